# Sourced by scripts/launch and scripts/test: installs the Debian/Ubuntu packages that are
# missing (and only those), with sudo when not root.

SCOPEKEEPER_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev libqt6sql6-sqlite libgl-dev libxkbcommon-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    xvfb xauth fonts-dejavu-core python3 clang-format clang libclang-rt-14-dev
    libboost1.81-dev libssl-dev libqt6sql6-psql postgresql openssl
    qtkeychain-qt6-dev libsecret-1-0 dbus gnome-keyring
    python3-dogtail at-spi2-core xdotool libicu-dev sqlite3 nginx-light wrk
    desktop-file-utils appstream dpkg-dev file
)

scopekeeper_install_deps() {
    local missing=()
    local pkg
    for pkg in "${SCOPEKEEPER_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # Packages with a service (nginx-light, postgresql) are for the tests, which start their
    # own: the system's copies are not started (policy-rc.d), so nothing listens on port 80.
    local policy=/usr/sbin/policy-rc.d
    local made_policy=0
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
        "${sudo[@]}" chmod 755 "$policy"
        made_policy=1
    fi
    local status=0
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" || status=$?
    if [ "$made_policy" = 1 ]; then
        "${sudo[@]}" rm -f "$policy"
    fi
    return "$status"
}

scopekeeper_build() {
    local root="$1"
    cmake --preset release >/dev/null
    cmake --build --preset release
}

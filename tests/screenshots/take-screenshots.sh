#!/usr/bin/env bash
# Starts the real console under Xvfb on a fresh demo store, walks through every screen with
# the keyboard (xdotool), and saves a PNG of each in OUT_DIR (default docs/screenshots).
#
#   tests/screenshots/take-screenshots.sh [path/to/scopekeeper] [OUT_DIR]
#
# Needs: xvfb xauth xdotool imagemagick openbox (apt-get install them; openbox gives dialogs
# real focus and stacking, as on a desktop). Not part of the test suite:
# the pictures are for people (README, guides) to look at.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
console="${1:-$root/build/release/app/scopekeeper}"
out="${2:-$root/docs/screenshots}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

if [ -z "${SCOPEKEEPER_IN_XVFB:-}" ]; then
    export SCOPEKEEPER_IN_XVFB=1
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$console" "$out"
fi

home="$(mktemp -d)"
trap 'kill "$pid" "${wm:-}" 2>/dev/null || true; rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
       XDG_RUNTIME_DIR="$home" QT_QPA_PLATFORM=xcb LANG="${LANG:-en_US.UTF-8}" USER=alex.admin

openbox >/dev/null 2>&1 &
wm=$!
sleep 0.5
"$console" --demo &
pid=$!

window=""
for _ in $(seq 1 100); do
    window="$(xdotool search --onlyvisible --name 'Scopekeeper' 2>/dev/null | head -1 || true)"
    [ -n "$window" ] && break
    sleep 0.1
done
[ -n "$window" ] || { echo "the console's window did not appear" >&2; exit 1; }
xdotool windowsize "$window" 1180 720 windowmove "$window" 40 30 windowactivate --sync "$window"
sleep 1.5

shot() { # name: the screen (the window and any dialog over it) as PNG
    sleep 0.8
    import -window root -crop 1200x780+30+0 +repage "$out/$1.png"
    echo "saved $out/$1.png"
}
key() { xdotool key --clearmodifiers "$@"; }
type_text() { xdotool type --delay 20 "$1"; }

shot 01-api-apps
key ctrl+2; shot 02-api-keys
key ctrl+3; shot 03-activity
key ctrl+1; sleep 0.3
key ctrl+n; sleep 1
type_text "Fraud Detection"; shot 04-create-app
# Tick the first group's "Select all" with the mouse (keyboard-only creation is covered by
# tst_appflows; under Xvfb with xdotool, Tab key events do not behave as on a desktop).
dialog="$(xdotool search --onlyvisible --name 'Fraud Detection' | head -1)"
eval "$(xdotool getwindowgeometry --shell "$dialog")"
# Its height depends on the language: the intro above the tabs takes one or two lines.
xdotool mousemove $((X + 40)) $((Y + ${SCOPEKEEPER_SELECT_ALL_Y:-156})) click 1; sleep 0.3
shot 05-create-app-scopes
key Return; sleep 1.5; shot 06-app-created-keys-step
key space; sleep 1              # Create API Key (focused)
type_text "Scoring service"; shot 07-create-key
key Return; sleep 1.5; shot 08-copy-and-close
key Escape; sleep 0.5; shot 09-close-without-copying
key Escape; sleep 0.5           # "Cancel": keep the key on screen
key Return; sleep 1             # Copy and Close
shot 10-key-copied
key alt+"${SCOPEKEEPER_DONE_KEY:-d}"; sleep 1   # Done (focus is back on Create API Key)
key ctrl+2; sleep 0.5; shot 11-api-keys-after
# File > Connect to Server… (its menu letters differ per language: English only).
if [ "${LANGUAGE:-en}" = en ]; then
    key alt+f; sleep 0.5; key c; sleep 1
    type_text "https://keys.example.com:8443"; shot 12-connect-to-server
    key Escape
fi

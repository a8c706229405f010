#!/usr/bin/env bash
# Saves the screenshots of take-screenshots.sh once per language the console speaks, with
# the language set the way a desktop sets it (LANG, LANGUAGE), in OUT_DIR/<language>
# (default build/screenshots). Look at them for text that is cut off or crowded.
#
#   tests/screenshots/all-languages.sh [path/to/scopekeeper] [OUT_DIR] [LANGUAGE...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
console="${1:-$root/build/release/app/scopekeeper}"
out="${2:-$root/build/screenshots}"
shift $(( $# > 2 ? 2 : $# ))
languages=("$@")
[ ${#languages[@]} -gt 0 ] || languages=(en de nl fr)
declare -A locales=([en]=en_US.UTF-8 [de]=de_DE.UTF-8 [nl]=nl_NL.UTF-8 [fr]=fr_FR.UTF-8)
# Where the script clicks in "Create an App" to tick the first scopes (pixels below the
# dialog's top): the intro above the scope tabs takes two lines in some languages.
declare -A select_all_y=([en]=156 [de]=170 [nl]=170 [fr]=170)
# The accelerator of "Done" in the app dialog's keys step.
declare -A done_key=([en]=d [de]=f [nl]=g [fr]=t)
for language in "${languages[@]}"; do
    LANG="${locales[$language]:-$language.UTF-8}" LANGUAGE="$language" \
        SCOPEKEEPER_SELECT_ALL_Y="${select_all_y[$language]:-156}" \
        SCOPEKEEPER_DONE_KEY="${done_key[$language]:-d}" \
        "$root/tests/screenshots/take-screenshots.sh" "$console" "$out/$language"
done

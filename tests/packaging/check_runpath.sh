#!/bin/sh
# No program looks for its libraries in the directory it is started from: an empty entry in
# its RUNPATH (or RPATH) is the current directory to the dynamic loader, so a library put
# there would be loaded. CMake pads a build tree's RUNPATH with empty entries unless told not
# to (CMAKE_BUILD_WITH_INSTALL_RPATH).
#
#   check_runpath.sh READELF PROGRAM…
readelf="$1"
shift
status=0
for program in "$@"; do
    path=$("$readelf" -d "$program" | sed -n 's/.*(R[UN]*PATH).*\[\(.*\)\]$/\1/p')
    if [ -z "$path" ]; then
        echo "$program: no RUNPATH"
        continue
    fi
    case ":$path:" in
    *::*)
        echo "$program: RUNPATH [$path] has an empty entry, the current directory"
        status=1
        ;;
    *)
        echo "$program: RUNPATH [$path]"
        ;;
    esac
done
exit $status

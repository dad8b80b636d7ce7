#!/bin/sh
# Builds one libFuzzer target: Fuzz/build.sh extract|dot|json [OUTPUT_DIR]
#
# The package's modules are compiled with plain swiftc (no SwiftPM), instrumented with
# -sanitize=fuzzer,address, so the normal `swift build` and `swift test` never see these
# flags. Without SwiftPM there is no resource bundle: a stub `Bundle.module` is compiled
# in, and the lexicon is found through VARTA_LEXICON_DIR (set by the Makefile's fuzz rule).
set -eu
target=${1:?usage: Fuzz/build.sh extract|dot|json [OUTPUT_DIR]}
root=$(cd "$(dirname "$0")/.." && pwd)
out=${2:-$root/.build-fuzz}
[ -f "$root/Fuzz/$target.swift" ] || { echo "no such fuzz target: $target" >&2; exit 2; }
mkdir -p "$out/modules"
# -enable-testing: the json target compares the internal fast reader with JSONDecoder.
# -package-name: the modules share `package` declarations (String.withUTF8Bytes), as SwiftPM builds them.
flags="-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6 -enable-testing -package-name Varta"
graphviz_flags="-I $root/Sources/CGraphviz $(pkg-config --cflags libgvc | sed 's/-I/-Xcc -I/g')"

# module NAME EXTRA_FLAGS: compiles Sources/NAME (plus extra files) into one object and module.
# Skipped when the object is newer than every source, so targets share the work.
module() {
    name=$1; shift
    if [ -f "$out/modules/$name.o" ] && [ -z "$(find "$root/Sources/$name" "$0" -newer "$out/modules/$name.o" -print -quit)" ]; then
        return
    fi
    # shellcheck disable=SC2086
    swiftc $flags -wmo -module-name "$name" -I "$out/modules" "$@" \
        -emit-module -emit-module-path "$out/modules/$name.swiftmodule" \
        -c -o "$out/modules/$name.o" "$root"/Sources/"$name"/*.swift
}

printf 'import Foundation\n\n// SwiftPM writes this accessor; plain swiftc does not.\nextension Foundation.Bundle {\n    static var module: Bundle { Bundle.main }\n}\n' \
    > "$out/modules/BundleModule.swift"

case $target in
    extract) modules="VartaCore VartaExtraction VartaFormats" ;;
    dot) modules="VartaCore VartaFormats VartaGraphviz" ;;
    json) modules="VartaCore VartaFormats" ;;
esac
objects=""
for name in $modules; do
    case $name in
        VartaExtraction) module "$name" "$out/modules/BundleModule.swift" ;;
        # shellcheck disable=SC2086
        VartaGraphviz) module "$name" $graphviz_flags ;;
        *) module "$name" ;;
    esac
    objects="$objects $out/modules/$name.o"
done
# shellcheck disable=SC2086
swiftc $flags -I "$out/modules" $graphviz_flags "$root/Fuzz/$target.swift" $objects \
    -lgvc -lcgraph -lcdt -use-ld=lld -o "$out/fuzz-$target"
echo "$out/fuzz-$target"

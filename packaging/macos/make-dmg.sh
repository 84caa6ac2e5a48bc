#!/usr/bin/env bash
# Put FamilyCase.app in a compressed, read-only disk image with a link to /Applications, so
# people install it by dragging. macOS only (hdiutil).
#
#   packaging/macos/make-dmg.sh dist/pyinstaller/FamilyCase.app dist/FamilyCase-0.1.0-macos-arm64.dmg
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 PATH/FamilyCase.app OUTPUT.dmg" >&2
    exit 2
fi
app=$1
dmg=$2
[ -d "$app/Contents/MacOS" ] || { echo "make-dmg.sh: $app is not an app bundle" >&2; exit 1; }
version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
# ditto keeps what cp may not: symbolic links inside frameworks, permissions, extended
# attributes and code signatures.
ditto "$app" "$staging/FamilyCase.app"
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
hdiutil create -volname "FamilyCase $version" -srcfolder "$staging" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$dmg"
hdiutil verify "$dmg"
echo "Made $dmg"

#!/usr/bin/env bash
# Build FamilyCase.app and its disk image on a Mac (macOS 13 or later, Xcode command line
# tools, Python 3.11 from python.org as python3):
#
#   packaging/macos/build-macos.sh [--fresh]
#
# Makes, in dist/:
#   pyinstaller/FamilyCase.app                      the app (built for this Mac's architecture)
#   FamilyCase-VERSION-macos-ARCH.dmg              the disk image to hand out
#   FamilyCase-VERSION-macos-ARCH.dmg.sha256
#
# Signing and notarisation (see docs/install.md, "Signing") happen when these are set:
#   MACOS_CODESIGN_IDENTITY  e.g. "Developer ID Application: Anyshire Council (ABCDE12345)";
#                            PyInstaller signs every binary with the hardened runtime and
#                            packaging/macos/entitlements.plist; the .dmg is signed too
#   MACOS_NOTARY_PROFILE     a notarytool keychain profile, made once with
#                            xcrun notarytool store-credentials; the .dmg is then notarised
#                            by Apple and the ticket stapled to it
set -euo pipefail
cd "$(dirname "$0")/../.."

fresh=0
[ "${1:-}" = "--fresh" ] && fresh=1

VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(uname -m)  # arm64 or x86_64
VENV=build/venv-macos
APP=dist/pyinstaller/FamilyCase.app
DMG=dist/FamilyCase-$VERSION-macos-$ARCH.dmg
echo "==> FamilyCase $VERSION for macOS $ARCH"

echo "==> Build environment: FamilyCase's runtime dependencies and PyInstaller, nothing else"
if [ "$fresh" = 1 ]; then rm -rf "$VENV"; fi
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
pip=("$VENV/bin/python" -m pip --quiet --disable-pip-version-check)
"${pip[@]}" install -r packaging/requirements-build.txt
"${pip[@]}" install --force-reinstall --no-deps .
"${pip[@]}" install .
if "${pip[@]}" list --format=freeze | grep -i -E '^(pytest|pytest-qt|hypothesis|ruff|pypdf)=='; then
    echo "build-macos.sh: the build environment holds test tools" >&2
    exit 1
fi

echo "==> PyInstaller: packaging/familycase.spec (signing: ${MACOS_CODESIGN_IDENTITY:-no})"
rm -rf dist/pyinstaller
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist/pyinstaller --workpath build/pyinstaller packaging/familycase.spec
printed=$("$APP/Contents/MacOS/familycase" --version)
[ "$printed" = "FamilyCase $VERSION" ] || { echo "--version printed '$printed'" >&2; exit 1; }
plist_version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist")
[ "$plist_version" = "$VERSION" ] || { echo "Info.plist says $plist_version" >&2; exit 1; }

echo "==> Smoke test (command line, and the desktop app with Qt's offscreen platform)"
python3 packaging/smoke_test.py --binary "$APP/Contents/MacOS/familycase" \
    --bundle dist/pyinstaller/familycase --archive-viewer "$VENV/bin/pyi-archive_viewer" \
    --gui offscreen

if [ -n "${MACOS_CODESIGN_IDENTITY:-}" ]; then
    echo "==> Checking the app's signature"
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

echo "==> Disk image"
packaging/macos/make-dmg.sh "$APP" "$DMG"

if [ -n "${MACOS_CODESIGN_IDENTITY:-}" ]; then
    codesign --sign "$MACOS_CODESIGN_IDENTITY" --timestamp "$DMG"
    if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
        echo "==> Notarisation (Apple checks the image for malware; takes minutes)"
        xcrun notarytool submit "$DMG" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
        xcrun stapler staple "$DMG"
        xcrun stapler validate "$DMG"
        spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
    fi
fi

(cd dist && shasum -a 256 "$(basename "$DMG")" >"$(basename "$DMG").sha256")
echo "==> Done: $DMG ($(($(stat -f %z "$DMG") / 1000000)) MB)"
cat "$DMG.sha256"

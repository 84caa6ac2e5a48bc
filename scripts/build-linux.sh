#!/usr/bin/env bash
# Build FamilyCase's Linux installers on this machine, validate them and smoke-test them.
#
#   scripts/build-linux.sh           build, package, validate, install for a pretend user, test
#   scripts/build-linux.sh --fresh   the same, from a new build virtual environment
#
# Makes, in dist/ (git-ignored):
#   familycase-VERSION-linux-MACHINE.tar.gz  per user, no root: unpack, then ./install.sh --user
#   familycase_VERSION_DEBARCH.deb           for every user: sudo apt install ./familycase_*.deb
#   SHA256SUMS                               checksums of both, to publish with them
#   pyinstaller/familycase/                  the one-folder bundle both are made from
# and the smoke test's screenshots in build/smoke-test/. The bundle runs on the glibc of the
# machine it was built on or newer (the script prints which): build on the oldest distribution
# you support. No AppImage: appimagetool is only published on GitHub (see docs/install.md).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/system-packages.sh

fresh=0
for argument in "$@"; do
    case "$argument" in
        --fresh) fresh=1 ;;
        -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build-linux.sh: unknown option '$argument' (see --help)" >&2; exit 2 ;;
    esac
done

step() { printf '\n==> %s\n' "$*"; }
fail() { echo "build-linux.sh: $*" >&2; exit 1; }

APP_ID=org.familycase.FamilyCase
VENV=build/venv-linux
BUNDLE=dist/pyinstaller/familycase
STAGE=build/linux-stage
SHOTS=build/smoke-test

step "System packages (build tools, validators, Xvfb for the smoke test)"
ensure_system_packages binutils dpkg-dev desktop-file-utils appstream xvfb xauth xdotool \
    x11-utils imagemagick

VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
DEB_ARCH=$(dpkg --print-architecture)
MACHINE=$(uname -m)
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || date +%s)
export SOURCE_DATE_EPOCH  # file dates inside the tarball and the .deb: the last commit's
TARBALL_NAME=familycase-$VERSION-linux-$MACHINE
DEB_NAME=familycase_${VERSION}_${DEB_ARCH}.deb
echo "FamilyCase $VERSION for $MACHINE ($DEB_ARCH)"

step "Build environment $VENV: FamilyCase's runtime dependencies and PyInstaller, nothing else"
stamp=$(cat pyproject.toml packaging/requirements-build.txt | sha256sum | cut -c1-16)
if [ "$fresh" = 1 ] || [ "$(cat "$VENV/.stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$VENV"  # dependencies changed: start clean, so nothing stale is bundled
    python3 -m venv "$VENV"
fi
pip=("$VENV/bin/python" -m pip --quiet --disable-pip-version-check)
"${pip[@]}" install -r packaging/requirements-build.txt
"${pip[@]}" install --force-reinstall --no-deps .  # always this working tree, never editable
"${pip[@]}" install .
echo "$stamp" >"$VENV/.stamp"
dev_tools=$("${pip[@]}" list --format=freeze | grep -i -E '^(pytest|pytest-qt|hypothesis|ruff|pypdf)==' || true)
[ -z "$dev_tools" ] || fail "the build environment holds test tools: $dev_tools"

step "PyInstaller: packaging/familycase.spec"
rm -rf dist/pyinstaller
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist/pyinstaller --workpath build/pyinstaller packaging/familycase.spec
[ -x "$BUNDLE/familycase" ] || fail "PyInstaller made no $BUNDLE/familycase"

step "Desktop entry, AppStream metadata and icons"
rm -rf "$STAGE"
share=$STAGE/share
install -Dm644 "packaging/linux/$APP_ID.desktop" "$share/applications/$APP_ID.desktop"
install -Dm644 "packaging/linux/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
    install -Dm644 "packaging/icons/png/familycase-$size.png" \
        "$share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -Dm644 packaging/icons/familycase.svg "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
desktop-file-validate "$share/applications/$APP_ID.desktop"
echo "desktop-file-validate: $APP_ID.desktop is valid"
appstreamcli validate --no-net "$share/metainfo/$APP_ID.metainfo.xml"
release=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$share/metainfo/$APP_ID.metainfo.xml" | head -1)
[ "$release" = "$VERSION" ] ||
    fail "the newest <release> in $APP_ID.metainfo.xml is '$release', pyproject.toml says $VERSION"

rm -f dist/familycase-*-linux-*.tar.gz dist/familycase_*.deb dist/SHA256SUMS

step "Tarball (per-user install): dist/$TARBALL_NAME.tar.gz"
tree=$STAGE/tarball/$TARBALL_NAME
mkdir -p "$tree"
cp -a "$BUNDLE" "$tree/familycase"
cp -a "$share" "$tree/share"
install -m755 packaging/linux/install.sh "$tree/install.sh"
install -m644 docs/install.md "$tree/INSTALL.md"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
    -C "$STAGE/tarball" -cf - "$TARBALL_NAME" | gzip -n -6 >"dist/$TARBALL_NAME.tar.gz"

step "Debian package (system install): dist/$DEB_NAME"
eval "$(python3 packaging/linux/system_deps.py "$BUNDLE")"  # sets GLIBC, DEPENDS, RECOMMENDS
echo "Needs glibc $GLIBC or newer. Depends: $DEPENDS"
echo "Recommends: $RECOMMENDS"
root=$STAGE/deb
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/doc/familycase"
cp -a "$BUNDLE" "$root/opt/familycase"
ln -s /opt/familycase/familycase "$root/usr/bin/familycase"
cp -a "$share/." "$root/usr/share/"
cat >"$root/usr/share/doc/familycase/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: FamilyCase
Comment: FamilyCase is proprietary. /opt/familycase/_internal holds the Python runtime, Qt
 (LGPL-3.0, as PySide6 wheels, dynamically linked and replaceable) and the Python libraries
 listed in pyproject.toml, each under its own licence; their licence files are in the
 *.dist-info folders beside them.

Files: *
Copyright: FamilyCase contributors
License: proprietary
 All rights reserved.
EOF
chmod -R u=rwX,go=rX "$root"
cat >"$root/DEBIAN/control" <<EOF
Package: familycase
Version: $VERSION
Architecture: $DEB_ARCH
Maintainer: ${DEB_MAINTAINER:-FamilyCase packaging <packaging@familycase.invalid>}
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $DEPENDS
Recommends: $RECOMMENDS
Section: misc
Priority: optional
Description: encrypted whole-family case files for early-help teams
 FamilyCase keeps one file per family for key workers in council early-help
 teams: the household, the agencies around it and the work done with it.
 Everything that identifies a person is encrypted with a key for that family.
 .
 This package installs the desktop app and the familycase command in
 /opt/familycase. Vaults live in each user's data folder and are never
 removed by this package.
EOF
dpkg-deb --root-owner-group -Zxz --build "$root" "dist/$DEB_NAME" >/dev/null
dpkg-deb --info "dist/$DEB_NAME" | sed -n '/Package:/,$p'
dpkg-deb --contents "dist/$DEB_NAME" >"$STAGE/deb-contents.txt"
for path in ./opt/familycase/familycase ./usr/bin/familycase \
    "./usr/share/applications/$APP_ID.desktop" "./usr/share/metainfo/$APP_ID.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"; do
    grep -q " $path\( ->\|$\)" "$STAGE/deb-contents.txt" || fail "$DEB_NAME lacks $path"
done
rm -rf "$STAGE/deb-check"
dpkg-deb -x "dist/$DEB_NAME" "$STAGE/deb-check"
deb_version=$("$STAGE/deb-check/opt/familycase/familycase" --version)
[ "$deb_version" = "FamilyCase $VERSION" ] || fail "the packaged familycase says '$deb_version'"
echo "The packaged /opt/familycase/familycase runs: $deb_version"

(cd dist && sha256sum "$TARBALL_NAME.tar.gz" "$DEB_NAME" >SHA256SUMS)

step "Install the tarball for a pretend user (HOME=$STAGE/home) and check the install"
home=$(pwd)/$STAGE/home
mkdir -p "$home/unpacked" "$home/.local/share/FamilyCase"
echo "stands for a vault" >"$home/.local/share/FamilyCase/keep-me"
tar -xzf "dist/$TARBALL_NAME.tar.gz" -C "$home/unpacked"
as_user=(env -u XDG_DATA_HOME -u XDG_BIN_HOME HOME="$home")
"${as_user[@]}" "$home/unpacked/$TARBALL_NAME/install.sh" --user
"${as_user[@]}" "$home/unpacked/$TARBALL_NAME/install.sh" --user >/dev/null  # upgrade in place
desktop-file-validate "$home/.local/share/applications/$APP_ID.desktop"
grep -q "^Exec=\"$home/.local/opt/familycase/familycase\"$" \
    "$home/.local/share/applications/$APP_ID.desktop" || fail "the installed menu entry's Exec"
[ -f "$home/.local/share/icons/hicolor/48x48/apps/$APP_ID.png" ] || fail "no installed icon"

step "Smoke test of the installed copy (packaging/smoke_test.py)"
python3 packaging/smoke_test.py --binary "$home/.local/bin/familycase" \
    --bundle "$home/.local/opt/familycase" --archive-viewer "$VENV/bin/pyi-archive_viewer" \
    --screenshots "$SHOTS"

step "Uninstall the pretend user's copy: the program goes, the vault folder stays"
"${as_user[@]}" "$home/unpacked/$TARBALL_NAME/install.sh" --user --uninstall
[ ! -e "$home/.local/opt/familycase" ] && [ ! -e "$home/.local/bin/familycase" ] ||
    fail "install.sh --uninstall left the program behind"
[ -f "$home/.local/share/FamilyCase/keep-me" ] || fail "install.sh --uninstall touched the vault folder"
rm -rf "$home"
echo "Uninstalled; the vault folder was left alone."

step "Done"
bundle_bytes=$(du -sb "$BUNDLE" | cut -f1)
printf 'Bundle (unpacked):  %s  %d MB\n' "$BUNDLE" $((bundle_bytes / 1000000))
for file in "dist/$TARBALL_NAME.tar.gz" "dist/$DEB_NAME"; do
    printf '%-19s %s  %d MB\n' "$(basename "$file" | sed 's/.*\.deb$/Debian package:/; s/.*\.tar\.gz$/Tarball:/')" \
        "$file" $(($(stat -c %s "$file") / 1000000))
done
echo "Checksums:          dist/SHA256SUMS"
cat dist/SHA256SUMS
echo "Runs on glibc $GLIBC or newer. Screenshots from the smoke test: $SHOTS/"

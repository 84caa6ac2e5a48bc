#!/bin/sh
# Install FamilyCase for one person, without root, from this unpacked tarball.
#
#   ./install.sh --user               install (or upgrade) for the person running it
#   ./install.sh --user --uninstall   remove the program again
#
# Where things go (XDG_DATA_HOME and XDG_BIN_HOME are honoured when set):
#   ~/.local/opt/familycase/            the program (replaced whole on upgrade)
#   ~/.local/bin/familycase             a link to it, for the command line
#   ~/.local/share/applications/        the menu entry (org.familycase.FamilyCase.desktop)
#   ~/.local/share/icons/hicolor/       the icon
#   ~/.local/share/metainfo/            the description software centres read
#
# Your vaults are never touched, by installing, upgrading or uninstalling: they live in
# ~/.local/share/FamilyCase (or wherever FAMILYCASE_DATA or --data points).
# For a system-wide install use the .deb package instead (sudo apt install ./familycase_*.deb).
set -eu

APP_ID=org.familycase.FamilyCase
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)

usage() {
    sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
}

mode=""
action=install
for argument in "$@"; do
    case "$argument" in
        --user) mode=user ;;
        --uninstall) action=uninstall ;;
        -h | --help) usage; exit 0 ;;
        *) echo "install.sh: unknown option '$argument' (see ./install.sh --help)" >&2; exit 2 ;;
    esac
done
if [ "$mode" != user ]; then
    echo "install.sh: say --user to install FamilyCase for yourself under ~/.local" >&2
    echo "(for every user of this computer, install the .deb package instead)" >&2
    exit 2
fi
if [ -z "${HOME:-}" ]; then
    echo "install.sh: HOME is not set" >&2
    exit 2
fi

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
bin_home=${XDG_BIN_HOME:-$HOME/.local/bin}
opt_dir=$HOME/.local/opt/familycase
desktop_file=$data_home/applications/$APP_ID.desktop
metainfo_file=$data_home/metainfo/$APP_ID.metainfo.xml
icon_root=$data_home/icons/hicolor

refresh_menus() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data_home/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icon_root/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$icon_root" 2>/dev/null || true
    fi
    touch "$icon_root" 2>/dev/null || true
}

if [ "$action" = uninstall ]; then
    rm -rf "$opt_dir" "$opt_dir.new" "$opt_dir.old"
    link="$bin_home/familycase"
    if [ -L "$link" ]; then rm -f "$link"; fi
    rm -f "$desktop_file" "$metainfo_file"
    find "$icon_root" -name "$APP_ID.*" -type f -delete 2>/dev/null || true
    refresh_menus
    echo "FamilyCase has been removed."
    echo "Your vaults were not touched (by default in $data_home/FamilyCase)."
    exit 0
fi

if [ ! -x "$here/familycase/familycase" ]; then
    echo "install.sh: run me from the unpacked FamilyCase folder (familycase/ is missing)" >&2
    exit 1
fi

# The program: copy next to the old one, then swap, so a failed copy leaves the old one working.
mkdir -p "$(dirname "$opt_dir")" "$bin_home"
rm -rf "$opt_dir.new" "$opt_dir.old"
cp -R "$here/familycase" "$opt_dir.new"
if [ -e "$opt_dir" ]; then mv "$opt_dir" "$opt_dir.old"; fi
mv "$opt_dir.new" "$opt_dir"
rm -rf "$opt_dir.old"
ln -sfn "$opt_dir/familycase" "$bin_home/familycase"

# The menu entry, pointing at the program by its full path (~/.local/bin is not always on the
# PATH a desktop session starts programs with). Quoted for the desktop-entry format.
mkdir -p "$(dirname "$desktop_file")" "$(dirname "$metainfo_file")"
exec_path=$(printf '%s' "$opt_dir/familycase" | sed 's/[\\"`$]/\\\\&/g')
while IFS= read -r line; do
    case "$line" in
        Exec=familycase) printf 'Exec="%s"\n' "$exec_path" ;;
        TryExec=familycase) printf 'TryExec=%s\n' "$opt_dir/familycase" ;;
        *) printf '%s\n' "$line" ;;
    esac
done <"$here/share/applications/$APP_ID.desktop" >"$desktop_file.tmp"
mv "$desktop_file.tmp" "$desktop_file"
cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$metainfo_file"

# The icon, every size.
(cd "$here/share/icons/hicolor" && find . -type f) | while IFS= read -r icon; do
    mkdir -p "$icon_root/$(dirname "$icon")"
    cp "$here/share/icons/hicolor/$icon" "$icon_root/$icon"
done
refresh_menus

version=$("$opt_dir/familycase" --version 2>/dev/null || echo "FamilyCase")
echo "$version is installed in $opt_dir"
echo "Start it from your applications menu, or run: familycase"
case ":$PATH:" in
    *":$bin_home:"*) ;;
    *) echo "Note: $bin_home is not on your PATH; add it to run 'familycase' from a terminal." ;;
esac
echo "Your vaults are kept in $data_home/FamilyCase unless FAMILYCASE_DATA or --data says otherwise."

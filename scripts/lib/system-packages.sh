# Sourced by the install and test scripts: install the Debian/Ubuntu packages FamilyCase needs
# (Python with venv, and the libraries Qt's xcb/offscreen platforms load) when any is missing.
# Usage: ensure_system_packages [extra packages...]

ensure_system_packages() {
    local packages=(
        python3 python3-venv python3-pip
        libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
        libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
        libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0
        libxcb-xkb1 libx11-xcb1 fonts-dejavu-core
        "$@"
    )
    local missing=()
    local package
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "FamilyCase needs these system packages: ${missing[*]}" >&2
        echo "Install them with your system's package manager, then run this again." >&2
        return 1
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Create .venv (once) and install FamilyCase into it, with the given extras, e.g. "[test]".
ensure_venv() {
    local extras="${1:-}"
    if [ ! -x .venv/bin/python ]; then
        python3 -m venv .venv
    fi
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".${extras}"
}

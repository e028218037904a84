#!/bin/sh
# Install Homeward from this unpacked archive, for one user or for every user of the PC.
#
#   ./install.sh               for you:      ~/.local/opt/homeward, ~/.local/bin/homeward
#   sudo ./install.sh --system for everyone: /opt/homeward, /usr/local/bin/homeward
#   ./install.sh --uninstall [--system]     removes the program, never the data
#
# The data (database, backups, logs) lives in each user's data folder,
# ~/.local/share/Homeward (or $XDG_DATA_HOME/Homeward), and is never touched here.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
MODE=user
ACTION=install
PREFIX=""

usage() {
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    echo "Options: --system  --prefix DIR (where the program folder goes)  --uninstall  --help"
}

while [ $# -gt 0 ]; do
    case "$1" in
        --system) MODE=system ;;
        --user) MODE=user ;;
        --uninstall) ACTION=uninstall ;;
        --prefix)
            [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
            PREFIX=$2
            shift
            ;;
        -h|--help) usage; exit 0 ;;
        *) echo "install.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

if [ "$MODE" = system ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "install.sh: --system installs for every user and needs root (sudo)." >&2
        exit 1
    fi
    APPDIR=${PREFIX:-/opt/homeward}
    BINDIR=/usr/local/bin
    SHARE=/usr/local/share
else
    [ -n "${HOME:-}" ] || { echo "install.sh: HOME is not set" >&2; exit 1; }
    APPDIR=${PREFIX:-$HOME/.local/opt/homeward}
    BINDIR=$HOME/.local/bin
    SHARE=${XDG_DATA_HOME:-$HOME/.local/share}
fi
ICON_SIZES="16 22 24 32 48 64 128 256 512"

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || true
}

if [ "$ACTION" = uninstall ]; then
    # Only what install.sh put in place; the data folders are left alone on purpose.
    if [ -L "$BINDIR/homeward" ]; then rm -f "$BINDIR/homeward"; fi
    rm -f "$SHARE/applications/homeward.desktop"
    for size in $ICON_SIZES; do
        rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/homeward.png"
    done
    rm -f "$SHARE/icons/hicolor/scalable/apps/homeward.svg"
    if [ -x "$APPDIR/homeward" ]; then rm -rf "$APPDIR"; fi
    refresh_menus
    echo "Homeward was removed from $APPDIR. The data in each user's data folder was kept."
    exit 0
fi

[ -x "$HERE/homeward/homeward" ] || {
    echo "install.sh: run me from the unpacked archive (homeward/homeward is missing)" >&2
    exit 1
}

# Copy next to the target first and swap it in, so an interrupted install never
# leaves half a program behind and an update replaces the old version whole.
mkdir -p "$(dirname "$APPDIR")" "$BINDIR" "$SHARE/applications"
STAGING="$APPDIR.installing.$$"
rm -rf "$STAGING"
cp -R "$HERE/homeward" "$STAGING"
if [ -e "$APPDIR" ]; then
    rm -rf "$APPDIR.previous"
    mv "$APPDIR" "$APPDIR.previous"
fi
mv "$STAGING" "$APPDIR"
rm -rf "$APPDIR.previous"
if [ "$MODE" = system ]; then chmod -R a+rX "$APPDIR"; fi

ln -sf "$APPDIR/homeward" "$BINDIR/homeward"
for size in $ICON_SIZES; do
    mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
    cp "$HERE/icons/hicolor/${size}x${size}/apps/homeward.png" \
        "$SHARE/icons/hicolor/${size}x${size}/apps/homeward.png"
done
mkdir -p "$SHARE/icons/hicolor/scalable/apps"
cp "$HERE/icons/hicolor/scalable/apps/homeward.svg" "$SHARE/icons/hicolor/scalable/apps/homeward.svg"
sed -e "s|^Exec=.*|Exec=$APPDIR/homeward|" -e "s|^TryExec=.*|TryExec=$APPDIR/homeward|" \
    "$HERE/homeward.desktop" > "$SHARE/applications/homeward.desktop"
chmod 644 "$SHARE/applications/homeward.desktop"
refresh_menus

echo "Homeward $(cat "$HERE/VERSION" 2>/dev/null || echo "") is installed in $APPDIR."
echo "Start it from the applications menu, or run: $BINDIR/homeward"
case ":$PATH:" in
    *":$BINDIR:"*) ;;
    *) echo "(Add $BINDIR to your PATH to type 'homeward' in a terminal.)" ;;
esac

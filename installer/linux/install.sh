#!/bin/sh
# Install the one-folder bundle for every user of this machine: /opt/freshtill, a `freshtill` command in
# /usr/local/bin, the desktop entry (Till, with a Back office action) and its icon.
#   sudo installer/linux/install.sh [dist/freshtill]
# Upgrading is the same command: the old folder is replaced whole (the till database lives in each user's
# data folder, ~/.local/share/freshtill, or $FRESHTILL_DATA_DIR, never in /opt).
set -eu
here=$(dirname "$0")
bundle=${1:-$here/../../dist/freshtill}
[ -x "$bundle/freshtill" ] || { echo "No bundle at $bundle: run python3 installer/build.py first." >&2; exit 1; }
rm -rf /opt/freshtill.new
cp -a "$bundle" /opt/freshtill.new
rm -rf /opt/freshtill
mv /opt/freshtill.new /opt/freshtill
ln -sf /opt/freshtill/freshtill /usr/local/bin/freshtill
install -D -m 644 "$here/freshtill.desktop" /usr/share/applications/freshtill.desktop
install -D -m 644 "$here/../../resources/icons/freshtill.png" /usr/share/icons/hicolor/256x256/apps/freshtill.png
install -D -m 644 "$here/../../resources/icons/freshtill.svg" /usr/share/icons/hicolor/scalable/apps/freshtill.svg
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q /usr/share/icons/hicolor || true
if result=$(/opt/freshtill/freshtill self-check 2>&1); then
    echo "FreshTill installed in /opt/freshtill (self-check passed)."
else
    echo "$result" | grep 'self-check failed' >&2
    exit 1
fi

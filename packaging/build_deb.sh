#!/usr/bin/env bash
# Builds dist/factdesk_<version>_<arch>.deb from the PyInstaller folder (packaging/build_app.sh makes
# it first when dist/factdesk is missing) with dpkg-deb alone:
#   /opt/factdesk/                 the application folder
#   /usr/bin/factdesk              the launcher (the window, or the command line)
#   /usr/share/applications/       the desktop entry (opens .factdesk files)
#   /usr/share/metainfo/           the AppStream metadata
#   /usr/share/mime/packages/      the application/x-factdesk type for *.factdesk
#   /usr/share/icons/hicolor/      the icon, SVG and PNG 16..512, for the app and its files
# Debian's triggers (shared-mime-info, desktop-file-utils, hicolor-icon-theme) update their caches
# on install, so the package needs no maintainer scripts.
#
#   packaging/build_deb.sh            # then: sudo apt install ./dist/factdesk_0.1.0_amd64.deb
#   FACTDESK_DEB_COMPRESS=xz ...      # smaller, several times slower to build
#   packaging/build_deb.sh --check    # also install it into a scratch root (dpkg -x) and run its
#                                     # self-check from there
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)
arch=$(dpkg --print-architecture)
app="${FACTDESK_DIST:-dist}/factdesk"
[ -x "$app/factdesk" ] || bash packaging/build_app.sh

out="${FACTDESK_DIST:-dist}/factdesk_${version}_${arch}.deb"
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
pkg="$root/pkg"

install -d "$pkg/opt" "$pkg/usr/bin" "$pkg/DEBIAN"
cp -a "$app" "$pkg/opt/factdesk"
cat > "$pkg/usr/bin/factdesk" <<'LAUNCHER'
#!/bin/sh
# FactDesk: `factdesk` opens the window, `factdesk PROJECT.factdesk` that project, `factdesk --help`
# lists the commands, `factdesk --smoke` checks the installation.
exec /opt/factdesk/factdesk "$@"
LAUNCHER
chmod 0755 "$pkg/usr/bin/factdesk"

install -D -m 0644 packaging/linux/org.factdesk.FactDesk.desktop \
  "$pkg/usr/share/applications/org.factdesk.FactDesk.desktop"
install -D -m 0644 packaging/linux/org.factdesk.FactDesk.metainfo.xml \
  "$pkg/usr/share/metainfo/org.factdesk.FactDesk.metainfo.xml"
install -D -m 0644 packaging/linux/factdesk-mime.xml "$pkg/usr/share/mime/packages/factdesk.xml"
install -D -m 0644 resources/icons/factdesk.svg "$pkg/usr/share/icons/hicolor/scalable/apps/factdesk.svg"
install -D -m 0644 resources/icons/factdesk.svg \
  "$pkg/usr/share/icons/hicolor/scalable/mimetypes/application-x-factdesk.svg"
(cd resources/icons/hicolor && find . -name '*.png' -print0) | while IFS= read -r -d '' png; do
  install -D -m 0644 "resources/icons/hicolor/$png" "$pkg/usr/share/icons/hicolor/$png"
done

# what Qt's window needs of the system (the rest of the bundle's libraries travel inside it)
depends="libc6 (>= 2.36), libgl1, libegl1, libfontconfig1, libfreetype6, libglib2.0-0, libdbus-1-3"
depends="$depends, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0"
depends="$depends, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xfixes0"
depends="$depends, libxcb-xkb1, libxkbcommon0, libxkbcommon-x11-0"
maintainer="${FACTDESK_DEB_MAINTAINER:-The FactDesk team <factdesk@localhost>}"

# Debian's policy files: the licence, and a changelog for this version
doc="$pkg/usr/share/doc/factdesk"
install -d "$doc"
licence=$(sed -n 's/^license = { text = "\(.*\)" }/\1/p' pyproject.toml | head -1)
cat > "$doc/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: FactDesk
Comment: /opt/factdesk bundles Python, Qt (PySide6, LGPL-3.0) and the Python libraries listed in
 requirements.lock of the source, each under its own licence.

Files: *
Copyright: The FactDesk team
License: ${licence:-Proprietary}
COPYRIGHT
printf 'factdesk (%s) unstable; urgency=medium\n\n  * Release %s (see CHANGELOG.md).\n\n -- %s  %s\n' \
  "$version" "$version" "$maintainer" "$(date -R -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")" \
  | gzip -9n > "$doc/changelog.gz"
chmod 0644 "$doc/copyright" "$doc/changelog.gz"
# shared libraries are not programs
find "$pkg/opt/factdesk" -type f -name '*.so*' -exec chmod 0644 {} +

size=$(du -sk --apparent-size "$pkg" | cut -f1)
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: factdesk
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $size
Section: editors
Priority: optional
Depends: $depends
Recommends: fonts-noto-core | fonts-dejavu-core, shared-mime-info, desktop-file-utils, hicolor-icon-theme
Description: workbench for Arabic fact-checkers
 FactDesk reads Arabic news articles (saved web pages, Word documents, PDFs,
 plain text), highlights the claims they make, links each claim to every
 article that repeats it, gathers evidence with its sources, gives a verdict
 and exports a report. A project is one file, backed up automatically;
 nothing is fetched from the internet.
CONTROL

find "$pkg" -type d -exec chmod 0755 {} +
dpkg-deb --root-owner-group -Z"${FACTDESK_DEB_COMPRESS:-gzip}" --build "$pkg" "$out" >/dev/null
echo "built $out: $(du -h "$out" | cut -f1) ($(du -k "$out" | cut -f1) KiB; installed ${size} KiB)"

if [ "${1:-}" = --check ]; then
  scratch="$root/installed"
  dpkg-deb -x "$out" "$scratch"
  tmp="$root/run"
  mkdir -p "$tmp"
  (cd "$tmp" && env -u PYTHONPATH -u VIRTUAL_ENV QT_QPA_PLATFORM=offscreen \
    "$scratch/opt/factdesk/factdesk" --smoke)
  echo "self-check of the unpacked package passed"
fi

#!/usr/bin/env bash
# Builds FactDesk as a one-folder application with PyInstaller (packaging/factdesk.spec) and checks
# it: dist/factdesk/factdesk --smoke builds the demo, opens it in the window offscreen and exits 0.
#
#   packaging/build_app.sh                 # dist/factdesk/ (Linux; Windows and macOS untested)
#   FACTDESK_BUNDLE_HEAVY=1 packaging/build_app.sh   # with camel-tools and torch, to compare sizes
#
# Needs a Python with FactDesk's dependencies and PyInstaller: PYTHON=/path/to/python (default: the
# build venv .pkgvenv, made here on first use: torch's CPU build first, then requirements.lock).
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  VENV="${FACTDESK_PKG_VENV:-.pkgvenv}"
  if [ ! -x "$VENV/bin/pyinstaller" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "torch==2.13.0" \
      || "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "torch==2.13.0" \
           --index-url https://download.pytorch.org/whl/cpu
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r requirements.lock "pyinstaller>=6.10"
  fi
  PY="$VENV/bin/python"
fi

suffix=""
[ "${FACTDESK_BUNDLE_HEAVY:-}" = 1 ] && suffix="-heavy"
dist="${FACTDESK_DIST:-dist}"
[ -z "$suffix" ] || dist="$dist/heavy"
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "build/pyinstaller$suffix" \
  packaging/factdesk.spec
end=$(date +%s)

app="$dist/factdesk"
echo "built $app in $((end - start)) s: $(du -sh "$app" | cut -f1) ($(du -s --block-size=1M "$app" | cut -f1) MiB)"

# The bundle's own check, from a folder outside the repository, with no Python of ours on the path.
here=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && env -u PYTHONPATH -u VIRTUAL_ENV QT_QPA_PLATFORM=offscreen "$here/$app/factdesk" --smoke)
echo "smoke check of $app passed"

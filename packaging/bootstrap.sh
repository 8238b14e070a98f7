#!/usr/bin/env bash
# Sets up FactDesk in ./.venv (once; again only when pyproject.toml or the lock changes) and then:
#   bootstrap.sh app    builds the demo project from seeds/ and opens it in the window
#   bootstrap.sh test   runs the whole test suite (what CI runs)
# Needs Python 3.11+ (set PYTHON=/path/to/python3.11 to choose one).
set -euo pipefail
cd "$(dirname "$0")/.."

what="${1:-app}"
shift || true
PY="${PYTHON:-python3}"
VENV="${FACTDESK_VENV:-.venv}"

if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "FactDesk needs Python 3.11 or newer; $("$PY" --version 2>&1) found. Set PYTHON=..." >&2
  exit 2
fi
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"

stamp="$VENV/.factdesk-installed-$(cat pyproject.toml requirements-dev.lock | sha256sum | cut -c1-16)"
if [ ! -e "$stamp" ]; then
  echo "Setting up FactDesk in $VENV (first run only)..." >&2
  # camel-tools needs torch; the CPU build first, or pip pulls several GB of CUDA wheels.
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "torch==2.13.0" \
    || "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "torch==2.13.0" \
         --index-url https://download.pytorch.org/whl/cpu
  # The versions tested together: requirements-dev.lock pins every dependency (packaging/README.md).
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -c requirements-dev.lock -e ".[dev]"
  rm -f "$VENV"/.factdesk-installed-*
  touch "$stamp"
fi

case "$what" in
  app)
    demo="${FACTDESK_DEMO:-demo/demo.factdesk}"
    mkdir -p "$(dirname "$demo")"
    [ -e "$demo" ] || "$VENV/bin/factdesk" demo "$demo"
    exec "$VENV/bin/factdesk" "$demo" "$@"
    ;;
  test)
    # The tests make PDFs with LibreOffice (Writer), open the reports in it (Calc), need an Arabic
    # TrueType font for Qt's (and for the printable report's PDF), and the freedesktop tools that
    # validate the packaging files.
    need=()
    command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
    lo_program="$(dirname "$(readlink -f "$(command -v soffice 2>/dev/null || echo /usr/lib/libreoffice/program/soffice)")")"
    [ -e "$lo_program/libsclo.so" ] || need+=(libreoffice-calc-nogui)
    [ -n "$(fc-list ':lang=ar:fontformat=TrueType' file 2>/dev/null)" ] || need+=(fonts-dejavu-core)
    # tests/test_packaging_files.py checks the desktop entry, AppStream metadata and MIME type with these
    command -v desktop-file-validate >/dev/null 2>&1 || need+=(desktop-file-utils)
    command -v appstreamcli >/dev/null 2>&1 || need+=(appstream)
    command -v update-mime-database >/dev/null 2>&1 || need+=(shared-mime-info)
    # The printable report: WeasyPrint lays out and shapes with Pango and HarfBuzz (and subsets fonts
    # with HarfBuzz-subset); the PDF test reads it back with pdftotext (poppler-utils).
    for lib in libpango-1.0.so.0:libpango-1.0-0 libpangoft2-1.0.so.0:libpangoft2-1.0-0 \
               libharfbuzz-subset.so.0:libharfbuzz-subset0; do
      ldconfig -p 2>/dev/null | grep -q "${lib%%:*}" || need+=("${lib##*:}")
    done
    command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
    if [ ${#need[@]} -gt 0 ]; then
      if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing what the tests need: ${need[*]} (first run only)..." >&2
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
      else
        echo "The tests need: ${need[*]} (Debian/Ubuntu: sudo apt-get install ${need[*]})." >&2
        echo "Without them the PDF, report and packaging-file tests fail, saying what is missing." >&2
      fi
    fi
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    "$VENV/bin/ruff" check factdesk tests bench packaging
    "$VENV/bin/ruff" format --check factdesk tests bench packaging
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  *)
    echo "usage: packaging/bootstrap.sh [app|test] [extra arguments]" >&2
    exit 2
    ;;
esac

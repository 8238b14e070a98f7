#!/usr/bin/env bash
# Rewrites the lock files from pyproject.toml (see packaging/README.md):
#   requirements.lock      what an installed FactDesk runs on (the [project] dependencies, pinned)
#   requirements-dev.lock  the same pins plus the dev extra (tests, linters), what bootstrap.sh installs
# torch is left out of both (packaging/lock-overrides.txt): bootstrap.sh installs its CPU build first.
# Pass --upgrade to move every pin to the newest release the ranges in pyproject.toml allow;
# without it, uv keeps the pins already in the files and only resolves what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
UV="${UV:-uv}"
common=(--custom-compile-command "packaging/update_lock.sh" --universal --python-version 3.11 --override packaging/lock-overrides.txt --quiet "$@")
"$UV" pip compile pyproject.toml "${common[@]}" -o requirements.lock
"$UV" pip compile pyproject.toml --extra dev -c requirements.lock "${common[@]}" -o requirements-dev.lock
echo "wrote requirements.lock and requirements-dev.lock"

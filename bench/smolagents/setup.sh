#!/usr/bin/env bash
# Creates bench/smolagents/.venv with smolagents 1.26.0 and its OpenAI client
# from PyPI, every version pinned in requirements.txt. Does nothing when the
# virtualenv is already there with that smolagents.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
python="${PYTHON:-python3}"

if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import smolagents, openai; assert smolagents.__version__ == "1.26.0"' 2>/dev/null; then
    exit 0
fi
"$python" -c 'import sys; assert sys.version_info >= (3, 10), "smolagents 1.26 needs Python 3.10 or newer"'
rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps --requirement "$here/requirements.txt"
"$venv/bin/python" -c 'import smolagents, openai; print("smolagents", smolagents.__version__, "openai", openai.__version__)'

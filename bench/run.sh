#!/usr/bin/env bash
# The one command: builds codeact's benchmark and mock in release, creates
# the smolagents virtualenv if it is missing, runs every scenario on both
# sides and writes the generated part of BENCHMARKS.md (the rest is kept).
#
#   bash bench/run.sh            the full run (about 5 minutes after the build)
#   bash bench/run.sh --quick    a smoke run (about a minute)
#
# Other arguments go to `codeact-bench all` (see `codeact-bench all --help`),
# for example --no-smolagents.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

echo "bench/run.sh: building codeact-bench and codeact-mock (release)" >&2
cargo build --release --locked -p codeact-bench -p codeact-mock --bins

skip_smolagents=false
for arg in "$@"; do
    [ "$arg" = "--no-smolagents" ] && skip_smolagents=true
done
if [ "$skip_smolagents" = false ]; then
    echo "bench/run.sh: the smolagents virtualenv (bench/smolagents/.venv)" >&2
    bash bench/smolagents/setup.sh
fi

exec "${CARGO_TARGET_DIR:-$root/target}/release/codeact-bench" all "$@"

#!/usr/bin/env bash
# Generates the small and medium sparse instances and lap2000 with the shared seeded generator, in a
# small virtualenv (numpy + scipy). Idempotent: existing files are kept. Used by .ci/run.
# Usage: bench/make-instances.sh DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
gen="$here/../../shared/bench/gen_instances.py"
dir=${1:?usage: make-instances.sh DIR}
mkdir -p "$dir"
if [ -f "$dir/small.bin" ] && [ -f "$dir/medium.bin" ] && [ -f "$dir/lap2000.bin" ]; then
  exit 0
fi
venv="$dir/venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q numpy==2.4.6 scipy==1.17.1
fi
[ -f "$dir/small.bin" ] || "$venv/bin/python" "$gen" sparse small 2000 1000 1 "$dir"
[ -f "$dir/medium.bin" ] || "$venv/bin/python" "$gen" sparse medium 20000 10000 2 "$dir"
[ -f "$dir/lap2000.bin" ] || "$venv/bin/python" "$gen" dense lap2000 2000 11 "$dir" 1000

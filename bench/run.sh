#!/usr/bin/env bash
# Runs Tandem's matching engine and the peer solvers on the same instances, in one run, and prints
# the ratio table. Peers come from a virtualenv made by ../shared/bench/setup-peers.sh (PyPI).
#
# Usage: bench/run.sh [--sizes small,medium,large] [--repeat N] [--slow-peers]
#   --sizes       sparse instances to run (default: small,medium,large); dense lap* always run
#   --repeat      runs per measurement, the median is reported (default 3; large runs once)
#   --slow-peers  also run scipy LAPJVsp on large (about 150 s) and matching on large (~90 s)
# Results: a markdown table on stdout and target/bench/results.json.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared="$root/../shared/bench"
work="$root/target/bench/peers"
if [ ! -f "$shared/setup-peers.sh" ]; then
  echo "the shared benchmark kit ($shared) is missing" >&2
  exit 1
fi
echo "== peers and instances (first run: a few minutes)" >&2
bash "$shared/setup-peers.sh" "$work" >&2
echo "== building tandem (release)" >&2
cargo build --release --locked -p tandem-cli --manifest-path "$root/Cargo.toml" >&2
exec "$work/venv/bin/python" "$root/bench/compare.py" \
  --tandem "$root/target/release/tandem" --peers "$shared/bench_peers.py" \
  --instances "$work/inst" --out "$root/target/bench/results.json" "$@"

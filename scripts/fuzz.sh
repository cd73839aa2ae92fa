#!/usr/bin/env bash
# Coverage-guided fuzzing of the import's readers and column mapper with cargo-fuzz (issue 10).
# Not part of `.ci/run`: run it by hand for as long as you like.
#
#   bash scripts/fuzz.sh            # every target for 300 s
#   bash scripts/fuzz.sh 1800 xlsx  # one target for half an hour
#
# Each target starts from the committed seeds in fuzz/corpus/<target>/ and writes what it finds
# into a scratch folder; afterwards libFuzzer's merge keeps only inputs that add coverage, so the
# committed corpus grows by what is new rather than by thousands of near-copies. A crash stops the
# run with exit 1 and leaves the input under fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"

seconds=${1:-300}
shift || true
targets=${*:-read_table mapper xlsx}

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
# cargo-fuzz passes nightly-only flags (sanitizer, coverage passes); the machine has only a stable
# compiler, which accepts them with RUSTC_BOOTSTRAP.
export RUSTC_BOOTSTRAP=1

for target in $targets; do
  scratch=$(mktemp -d)
  echo "== $target: ${seconds} s"
  started=$(date +%s)
  cargo fuzz run "$target" "$scratch" "corpus/$target" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 2>&1 \
    | tee "$scratch.log" | grep -E '^(#[0-9]+ +DONE|stat::|==[0-9]+==ERROR|SUMMARY)' || true
  status=${PIPESTATUS[0]}
  elapsed=$(($(date +%s) - started))
  runs=$(grep -E '^stat::number_of_executed_units' "$scratch.log" | awk '{print $2}' | tail -1)
  echo "$target: ${runs:-?} runs in ${elapsed} s, exit $status"
  if [ "$status" -ne 0 ]; then
    echo "*** $target crashed: see fuzz/artifacts/$target/ and $scratch.log" >&2
    exit 1
  fi
  before=$(ls "corpus/$target" | wc -l)
  cargo fuzz run "$target" "corpus/$target" "$scratch" -- -merge=1 >"$scratch.merge.log" 2>&1
  echo "$target: corpus $before -> $(ls "corpus/$target" | wc -l) files"
  rm -rf "$scratch" "$scratch.log" "$scratch.merge.log"
done

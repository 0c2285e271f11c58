#!/usr/bin/env bash
# Runs one libFuzzer harness for a while on a scratch copy of its seed corpus and prints one summary line:
#   run-fuzzer.sh HARNESS SEED_CORPUS WORK_DIR SECONDS [extra libFuzzer flags...]
# The corpus grows in WORK_DIR/corpus (never in the repository); a crashing input is left in WORK_DIR/artifacts and
# its path printed, and the exit status is then 1. The full libFuzzer log is WORK_DIR/fuzz.log.
set -uo pipefail
harness=$1 seeds=$2 work=$3 seconds=$4
shift 4
name=$(basename "$harness")

rm -rf "$work/corpus" "$work/artifacts"
mkdir -p "$work/corpus" "$work/artifacts"
cp -R "$seeds"/. "$work/corpus/"
seed_count=$(find "$work/corpus" -type f | wc -l)

# Timeouts count as findings: each harness promises time linear in its input, and no input here is large.
"$harness" "$work/corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" "$@" >"$work/fuzz.log" 2>&1
status=$?

execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log" | tail -1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/fuzz.log" | tail -1)
corpus_count=$(find "$work/corpus" -type f | wc -l)
crashes=$(find "$work/artifacts" -type f | sort)

if [ $status -ne 0 ] || [ -n "$crashes" ]; then
    echo "FUZZ FAILURE $name: libFuzzer exited $status after ${execs:-?} executions"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|ROPA_FUZZ_CHECK|.*runtime error)' "$work/fuzz.log" | head -5 | sed 's/^/    /'
    for input in $crashes; do
        echo "    input kept: $input"
    done
    echo "    reproduce: $harness $(echo "$crashes" | head -1)"
    echo "    full log:  $work/fuzz.log"
    exit 1
fi
printf '%-20s %10s execs in %ss, %6s exec/s, corpus %s -> %s inputs\n' \
    "$name" "${execs:-?}" "$seconds" "${rate:-?}" "$seed_count" "$corpus_count"

#!/usr/bin/env bash
# Fuzzes SMMKit's input boundaries with Jazzer, one @FuzzTest per JVM (Jazzer fuzzes one target
# per run). Never run by CI or by a plain build; see docs/fuzzing.md.
#
#   scripts/fuzz.sh [seconds-per-target] [target-name...]
#
# seconds-per-target defaults to 600; target names (such as postsCsv or audit) pick targets, all
# by default. Each run logs to target/fuzz/<name>.log; a summary line per target (executions,
# seconds, result) goes to standard output and to target/fuzz/summary.tsv. A finding is written
# by Jazzer into the target's corpus directory under src/test/resources (crash-<sha1>), where the
# plain build replays it from then on: fix the bug, keep the file. The corpus Jazzer grows while
# fuzzing stays in <module>/.cifuzz-corpus (ignored by git) and seeds the next run.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
[[ $# -gt 0 ]] && shift
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/fuzz.sh [seconds-per-target] [target-name...]" >&2
  exit 2
fi

# module:test-class#method
all=(
  smm-metrics:dev.smmkit.metrics.io.ReadersFuzzTest#postsCsv
  smm-metrics:dev.smmkit.metrics.io.ReadersFuzzTest#postsJson
  smm-metrics:dev.smmkit.metrics.io.ReadersFuzzTest#uciFacebook
  smm-metrics:dev.smmkit.metrics.io.ReadersFuzzTest#instagramInsights
  smm-core:dev.smmkit.core.json.SmmJsonFuzzTest#readEachType
  smm-smo:dev.smmkit.smo.PageFuzzTest#audit
  smm-smo:dev.smmkit.smo.PageFuzzTest#shareMetadata
)
targets=()
if [[ $# -eq 0 ]]; then
  targets=("${all[@]}")
else
  for name in "$@"; do
    found=
    for t in "${all[@]}"; do
      [[ "${t##*#}" == "$name" ]] && targets+=("$t") && found=1
    done
    [[ -n "$found" ]] || { echo "scripts/fuzz.sh: no target named $name" >&2; exit 2; }
  done
fi

mkdir -p target/fuzz
status=0
for t in "${targets[@]}"; do
  module=${t%%:*}
  test=${t#*:}
  name=${test##*#}
  log=target/fuzz/$name.log
  echo "fuzzing $test ($module) for ${seconds}s, log: $log"
  if [[ "$test" == *PageFuzzTest* ]]; then
    # The real pages of the SMO tests seed the HTML targets (they are not copied into the corpus).
    seeds="$module/.cifuzz-corpus/${test%%#*}/$name"
    mkdir -p "$seeds"
    cp -n smm-smo/src/test/resources/social-meta/*.html "$seeds/"
  fi
  rc=0
  ./mvnw -B -Pfuzz test -pl "$module" -am \
    -Dtest="$test" -Djazzer.max_duration="${seconds}s" >"$log" 2>&1 || rc=$?
  runs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  secs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\2/p' "$log" | tail -1)
  if [[ $rc -eq 0 ]]; then result=ok; else result=FINDING; status=1; fi
  if [[ $rc -ne 0 ]] && ! grep -q "FuzzTestFindingException\|== Java Exception" "$log"; then
    result="FAILED (see log)"
  fi
  printf '%s\t%s\t%s\t%s\n' "$name" "${runs:-?}" "${secs:-?}" "$result" | tee -a target/fuzz/summary.tsv
done
exit $status

#!/usr/bin/env bash
# Metadata extraction, SMMKit vs metascraper, on the same 46 pages, on this machine, in one run.
# Run from the repository root:  smm-benchmarks/metascraper/compare.sh [SECONDS]
# Needs: JDK 17 (the Maven wrapper fetches the rest) and Node 20+ with npm.
set -euo pipefail
seconds="${1:-10}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

if [ ! -d "$here/node_modules" ]; then
  npm ci --prefix "$here" --no-audit --no-fund >/dev/null
fi
if [ ! -f smm-benchmarks/target/benchmarks.jar ]; then
  ./mvnw -B -q -Pbenchmarks -pl smm-benchmarks -am package -DskipTests
fi

java -jar smm-benchmarks/target/benchmarks.jar 'SmoAuditBenchmark.(extractMetadata|jsoupParseOnly)' \
  -wi 3 -w 2 -i 5 -r "$seconds" -rf json -rff /tmp/smmkit-smo-jmh.json >/dev/null
node "$here/bench.mjs" --seconds "$seconds" --json >/tmp/smmkit-metascraper.json

node -e '
const jmh = require("/tmp/smmkit-smo-jmh.json");
const ms = require("/tmp/smmkit-metascraper.json");
const score = n => jmh.find(b => b.benchmark.endsWith(n)).primaryMetric;
const ours = score("extractMetadata");
const parse = score("jsoupParseOnly");
console.log(`SMMKit extractMetadata   ${ours.score.toFixed(1)} pages/s (+/- ${ours.scoreError.toFixed(1)})`);
console.log(`jsoup parse only        ${parse.score.toFixed(1)} pages/s (baseline, no extraction)`);
console.log(`metascraper ${ms.version}     ${ms.pagesPerSecond.toFixed(1)} pages/s`);
console.log(`ratio SMMKit / metascraper: ${(ours.score / ms.pagesPerSecond).toFixed(1)}x`);
'

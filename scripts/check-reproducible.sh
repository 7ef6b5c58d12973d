#!/usr/bin/env bash
# Reproducible-build check: builds the published modules twice from clean and compares every
# artifact byte for byte (jar, sources, javadoc, SBOM, POM). Exit 1 and a list of the differing
# files if any differ. Also runs maven-artifact-plugin's check-buildplan (plugins known to be
# non-reproducible). Used by .ci/run; takes about a minute on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
modules=smm-bom,smm-core,smm-metrics,smm-smo
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

./mvnw -B -q artifact:check-buildplan -pl "$modules" -am

build() {
  ./mvnw -B -q clean verify -DskipTests -pl "$modules" -am
  mkdir -p "$out/$1"
  for m in ${modules//,/ }; do
    cp "$m"/target/*.jar "$out/$1/" 2>/dev/null || true
    cp "$m"/target/*-cyclonedx.json "$out/$1/" 2>/dev/null || true
  done
  cp smm-bom/pom.xml "$out/$1/smm-bom.pom"
}
build first
build second

status=0
count=0
for f in "$out"/first/*; do
  name=$(basename "$f")
  count=$((count + 1))
  if ! cmp -s "$f" "$out/second/$name"; then
    echo "not reproducible: $name" >&2
    status=1
  fi
done
if [ "$count" -lt 10 ]; then
  echo "expected at least 10 artifacts, found $count" >&2
  status=1
fi
[ "$status" = 0 ] && echo "reproducible: $count artifacts identical in two clean builds"
exit "$status"

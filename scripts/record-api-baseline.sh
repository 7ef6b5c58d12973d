#!/usr/bin/env bash
# Records the public API of the published modules as the japicmp baseline (api-baseline/*.jar):
# the class files of their non-internal packages, nothing else. Run it only when a release is cut,
# or when a breaking change is accepted on purpose (and written in CHANGELOG.md under "Migration").
# Until the first release the baseline stands for the last accepted API.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package -pl smm-core,smm-metrics,smm-smo -am
mkdir -p api-baseline
for m in smm-core smm-metrics smm-smo; do
  work=$(mktemp -d)
  (cd "$work" && unzip -q "$OLDPWD/$m/target/$m-"*[0-9T].jar 'dev/*' -x '*/internal/*' '*.properties')
  rm -f "api-baseline/$m.jar"
  (cd "$work" && find dev -name '*.class' | LC_ALL=C sort | TZ=UTC touch -d 2026-01-01T00:00:00 $(cat) && \
    find dev -name '*.class' | LC_ALL=C sort | zip -q -X -D "$OLDPWD/api-baseline/$m.jar" -@)
  rm -rf "$work"
  echo "api-baseline/$m.jar: $(unzip -l "api-baseline/$m.jar" | tail -1)"
done

#!/usr/bin/env bash
# Times a warm, offline `upgrade-risk scan` against `mvn -o dependency:list` on the same project, in the same run,
# and prints the ratio (target: <= 0.5). Usage: bench/scan-vs-maven.sh [PROJECT_DIR] [RUNS]
# Default project: spring-petclinic from the shared corpus. Both tools share the default local repository.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PROJECT=${1:-$ROOT/../shared/corpus/maven/spring-petclinic}
RUNS=${2:-5}
[ -f "$PROJECT/pom.xml" ] || { echo "no pom.xml in $PROJECT" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -r "$PROJECT" "$WORK/project"   # dependency:list must not write into the corpus
MVN=("$ROOT/mvnw" -q -B -f "$WORK/project/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list
     -DoutputFile="$WORK/list.txt")
SCAN=("$ROOT/upgrade-risk" scan "$WORK/project" --offline --format json --output "$WORK/report.json")

echo "warming up (online once, so both tools find everything in the local repository)..." >&2
"${MVN[@]}" >/dev/null
"$ROOT/upgrade-risk" scan "$WORK/project" --format json --output "$WORK/report.json" >/dev/null || true

. "$ROOT/bench/lib.sh"

MAVEN_MS=$(median_ms "${MVN[@]}" -o)
SCAN_MS=$(median_ms "${SCAN[@]}")
echo "project:                         $(basename "$PROJECT")"
echo "mvn -o dependency:list (median): ${MAVEN_MS} ms over $RUNS runs"
echo "upgrade-risk scan -o (median):   ${SCAN_MS} ms over $RUNS runs"
awk -v s="$SCAN_MS" -v m="$MAVEN_MS" 'BEGIN { printf "ratio scan / maven:              %.2f (target <= 0.50)\n", s / m }'

#!/usr/bin/env bash
# Times a warm, offline `upgrade-risk scan` against `mvn -o dependency:list` on the same project, in the same run,
# interleaved, and prints each Maven's median and the ratio (target: <= 0.35). Both the Maven on the PATH (if any)
# and the wrapper's Maven are measured and named, so the ratio is read against the fastest Maven a user may run.
# Usage: bench/scan-vs-maven.sh [PROJECT_DIR] [RUNS]   (default: spring-petclinic from the shared corpus, 5 runs)
# Both tools share the default local repository; the scan's descriptor cache is warm after the warm-up run.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PROJECT=${1:-$ROOT/../shared/corpus/maven/spring-petclinic}
RUNS=${2:-5}
[ -f "$PROJECT/pom.xml" ] || { echo "no pom.xml in $PROJECT" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -r "$PROJECT" "$WORK/project"   # dependency:list must not write into the corpus
GOAL=(org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list -DoutputFile="$WORK/list.txt")
MAVENS=("$ROOT/mvnw")
if command -v mvn >/dev/null 2>&1; then MAVENS+=("$(command -v mvn)"); fi
SCAN=("$ROOT/upgrade-risk" scan "$WORK/project" --offline --no-progress --format json --output "$WORK/report.json")

echo "warming up (online once, so every tool finds everything in the local repository)..." >&2
for m in "${MAVENS[@]}"; do "$m" -q -B -f "$WORK/project/pom.xml" "${GOAL[@]}" >/dev/null; done
"$ROOT/upgrade-risk" scan "$WORK/project" --no-progress --format json --output "$WORK/report.json" >/dev/null || true

. "$ROOT/bench/lib.sh"
echo "project: $(basename "$PROJECT") ($(grep -c '<module>' "$WORK/project/pom.xml" || true) modules listed at the top)"
SCAN_MS=$(median_ms "${SCAN[@]}")
for m in "${MAVENS[@]}"; do
  version=$("$m" -B -v 2>/dev/null | sed -n '1{s/\x1b\[[0-9;]*m//g;s/ (.*//;p;}')
  MAVEN_MS=$(median_ms "$m" -q -B -o -f "$WORK/project/pom.xml" "${GOAL[@]}")
  printf '%-40s %6s ms (median of %s; %s)\n' "mvn -o dependency:list" "$MAVEN_MS" "$RUNS" "$version, $m"
  awk -v s="$SCAN_MS" -v m="$MAVEN_MS" 'BEGIN { printf "  ratio scan / this maven: %.2f (target <= 0.35)\n", s / m }'
done
printf '%-40s %6s ms (median of %s)\n' "upgrade-risk scan -o" "$SCAN_MS" "$RUNS"

#!/usr/bin/env bash
# Times `upgrade-risk diff` of a real change against one `upgrade-risk scan` of the same project, warm and offline,
# in the same run, and prints the ratio (target: <= 1.3). Usage: bench/diff-vs-scan.sh [PROJECT_DIR] [RUNS]
# The project (default: spring-petclinic from the shared corpus) is copied into a temporary git repository with
# two commits: as it is, then with the webjars-bootstrap version bumped (a change that moves a resolved version).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PROJECT=${1:-$ROOT/../shared/corpus/maven/spring-petclinic}
RUNS=${2:-5}
[ -f "$PROJECT/pom.xml" ] || { echo "no pom.xml in $PROJECT" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -r "$PROJECT" "$WORK/repo"
rm -rf "$WORK/repo/.git"   # a fresh repository, whatever the project was
cd "$WORK/repo"
git init -q -b main . && git add -A && git -c user.name=bench -c user.email=bench@example.org commit -qm base
if grep -q '<webjars-bootstrap.version>5.3.8<' pom.xml; then
  sed -i 's|<webjars-bootstrap.version>5.3.8<|<webjars-bootstrap.version>5.3.7<|' pom.xml
else
  echo "this project has no webjars-bootstrap 5.3.8 to bump; the diff compares equal manifests" >&2
fi
git -c user.name=bench -c user.email=bench@example.org commit -q --allow-empty -am "bump webjars-bootstrap"
CLI="$ROOT/upgrade-risk"
DIFF=("$CLI" diff --path "$WORK/repo" --base HEAD~1 --head HEAD --offline --no-progress --format json --output "$WORK/diff.json")
SCAN=("$CLI" scan "$WORK/repo" --offline --no-progress --format json --output "$WORK/scan.json")

echo "warming up (online once, so both revisions resolve from the local repository)..." >&2
"$CLI" diff --path "$WORK/repo" --base HEAD~1 --head HEAD --format json --output "$WORK/diff.json" >/dev/null 2>&1 || true
"${SCAN[@]}" >/dev/null 2>&1 || true

. "$ROOT/bench/lib.sh"

SCAN_MS=$(median_ms "${SCAN[@]}")
DIFF_MS=$(median_ms "${DIFF[@]}")
echo "project:                  $(basename "$PROJECT") ($(grep -c '"name"' "$WORK/scan.json") packages in the report)"
echo "changes found by diff:    $(grep -o '"kind" : "[a-z]*"' "$WORK/diff.json" | sort | uniq -c | tr -s ' ' | paste -sd, -)"
echo "scan -o (median):         ${SCAN_MS} ms over $RUNS runs"
echo "diff -o HEAD~1 (median):  ${DIFF_MS} ms over $RUNS runs"
awk -v d="$DIFF_MS" -v s="$SCAN_MS" 'BEGIN { printf "ratio diff / scan:        %.2f (target <= 1.30)\n", d / s }'

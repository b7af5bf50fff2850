#!/usr/bin/env bash
# Times warm, offline scans where start-up is most of the cost, with their targets: a Go module with one
# dependency (<= 350 ms) and the 1,487-package npm lockfile of chart.js 2.9.4 from the shared corpus (<= 450 ms),
# next to `upgrade-risk --version` (the floor: JVM start and the command line). Usage: bench/scan-small.sh [RUNS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-5}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/go" "$WORK/npm"
printf 'module example.com/small\n\ngo 1.21\n\nrequire nhooyr.io/websocket v1.8.7\n' > "$WORK/go/go.mod"
LOCK=$ROOT/../shared/corpus/npm/chartjs-v2.9.4
if [ -f "$LOCK/package-lock.json" ]; then cp "$LOCK/package.json" "$LOCK/package-lock.json" "$WORK/npm/"; fi
CLI="$ROOT/upgrade-risk"
"$CLI" --version >/dev/null   # builds the jar and the class-data archive if needed

. "$ROOT/bench/lib.sh"
report() { printf '%-46s %6s ms (median of %s; target %s)\n' "$1" "$2" "$RUNS" "$3"; }
report "upgrade-risk --version" "$(median_ms "$CLI" --version)" "-"
report "scan: Go, one dependency, text" "$(median_ms "$CLI" scan "$WORK/go" --offline --no-progress)" "<= 350"
report "scan: Go, one dependency, json" \
  "$(median_ms "$CLI" scan "$WORK/go" --offline --no-progress --format json --output "$WORK/go.json")" "<= 350"
if [ -f "$WORK/npm/package-lock.json" ]; then
  report "scan: npm, 1,487 packages, json" \
    "$(median_ms "$CLI" scan "$WORK/npm" --offline --no-progress --format json --output "$WORK/npm.json")" "<= 450"
else
  echo "SKIPPED: npm lockfile: the shared corpus is not beside the clone"
fi

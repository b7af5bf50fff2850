#!/usr/bin/env bash
# Times `upgrade-risk history` over a synthetic repository of N commits that change a go.mod (default 1,000),
# interleaved with as many commits that change only a README (target: under 30 s for 1,000).
# Usage: bench/history-bench.sh [MANIFEST_COMMITS]
# The go.mod moves nhooyr.io/websocket through v1.8.7..v1.8.12 and bumps golang.org/x/text every commit, so each
# manifest commit is a new state to scan; websocket's bad window (v1.8.10) comes and goes along the way.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${1:-1000}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
git init -q -b main "$WORK/repo"
{
  t=1700000000
  for i in $(seq 1 "$N"); do
    ws=$(( 7 + i % 6 ))
    gomod="module example.org/bench

go 1.22

require (
	nhooyr.io/websocket v1.8.$ws
	golang.org/x/text v0.$(( i / 100 )).$(( i % 100 ))
)
"
    readme="docs revision $i"
    for kind in gomod readme; do
      t=$(( t + 60 ))
      if [ "$kind" = gomod ]; then path=go.mod; body=$gomod; msg="bump dependencies ($i)"; else path=README.md; body=$readme; msg="docs ($i)"; fi
      echo "commit refs/heads/main"
      echo "author Bench <bench@example.org> $t +0000"
      echo "committer Bench <bench@example.org> $t +0000"
      echo "data ${#msg}"; echo "$msg"
      echo "M 100644 inline $path"
      echo "data $(printf '%s' "$body" | wc -c)"; printf '%s\n' "$body"
    done
  done
} | git -C "$WORK/repo" fast-import --quiet
git -C "$WORK/repo" checkout -q main
echo "repository: $(git -C "$WORK/repo" rev-list --count HEAD) commits, $N of them change go.mod" >&2
"$ROOT/upgrade-risk" --version >/dev/null   # build the jar first if needed, outside the timing
start=$(date +%s%N)
GOPROXY=off "$ROOT/upgrade-risk" history --path "$WORK/repo" --max-commits "$N" --format json --output "$WORK/history.json"
end=$(date +%s%N)
ms=$(( (end - start) / 1000000 ))
echo "history: $(grep -o '"statesScanned" : [0-9]*' "$WORK/history.json"), $(grep -o '"commitsWalked" : [0-9]*' "$WORK/history.json")"
echo "wall time: ${ms} ms (target < 30000 ms)"

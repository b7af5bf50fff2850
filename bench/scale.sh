#!/usr/bin/env bash
# Scale: scans a synthetic 500-module Maven reactor and a synthetic 20,000-package npm lockfile with the heap capped
# at 256 MB (-Xmx256m), and prints wall time and peak resident memory of each. Usage: bench/scale.sh [MODULES] [PACKAGES]
# The reactor is shaped like the big real ones (Camel, Hadoop): 20 core modules in a chain (core-i depends on
# core-(i-1)), and every other module depends on two core modules, on the previous module of its family of ten, and
# on Guava and Jackson (fetched by a warm-up run). The lockfile is shaped like a real one too: the root depends on 200
# packages; package i depends on packages 2i+1 and 2i+2 and on one more at 7i+3 (so chains stay short, about 15
# deep, while many packages are shared), and every 50th is also nested under another (node_modules/a/node_modules/b).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MODULES=${1:-500}
PACKAGES=${2:-20000}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
CLI="$ROOT/upgrade-risk"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (GNU time) for the peak memory" >&2; exit 2; }

reactor() {
  local dir=$WORK/reactor
  mkdir -p "$dir"
  {
    echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
    echo '<groupId>bench</groupId><artifactId>root</artifactId><version>1.0</version><packaging>pom</packaging><modules>'
    for i in $(seq 1 "$MODULES"); do echo "<module>m$i</module>"; done
    echo '</modules></project>'
  } > "$dir/pom.xml"
  for i in $(seq 1 "$MODULES"); do
    mkdir -p "$dir/m$i"
    {
      echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
      echo "<parent><groupId>bench</groupId><artifactId>root</artifactId><version>1.0</version></parent>"
      echo "<artifactId>m$i</artifactId><dependencies>"
      echo '<dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId><version>33.3.1-jre</version></dependency>'
      echo '<dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId><version>2.17.2</version></dependency>'
      if [ "$i" -le 20 ]; then
        deps="$((i - 1))"
      else
        deps="$(( (i * 7) % 20 + 1 )) $(( (i * 13) % 20 + 1 ))"
        if [ $(( i % 10 )) -ne 1 ]; then deps="$deps $((i - 1))"; fi
      fi
      for d in $deps; do
        if [ "$d" -ge 1 ] && [ "$d" -ne "$i" ]; then
          echo "<dependency><groupId>bench</groupId><artifactId>m$d</artifactId><version>1.0</version></dependency>"
        fi
      done
      echo '</dependencies></project>'
    } > "$dir/m$i/pom.xml"
  done
}

lockfile() {
  local dir=$WORK/npm
  mkdir -p "$dir"
  python3 - "$PACKAGES" "$dir/package-lock.json" <<'PY'
import json, sys
n, out = int(sys.argv[1]), sys.argv[2]
packages = {"": {"name": "bench", "version": "1.0.0",
                 "dependencies": {f"p{i}": f"^1.{i}.0" for i in range(min(200, n))}}}
for i in range(n):
    deps = {f"p{j}": f"^1.{j}.0" for j in (2 * i + 1, 2 * i + 2, 7 * i + 3) if j < n}
    packages[f"node_modules/p{i}"] = {"version": f"1.{i}.0", "resolved": f"https://registry.npmjs.org/p{i}/-/p{i}-1.{i}.0.tgz",
                                      "integrity": "sha512-AAAA", "dependencies": deps}
    if i % 50 == 0 and i + 1 < n:
        packages[f"node_modules/p{i}/node_modules/p{i + 1}"] = {"version": f"2.{i + 1}.0"}
json.dump({"name": "bench", "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": packages},
          open(out, "w"), indent=2)
PY
}

measure() { # label, command...: wall seconds and peak RSS of one run (exit 1, findings, counts as success)
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/time" env JAVA_OPTS="-Xmx256m" "$@" >/dev/null 2>"$WORK/err" || [ $? -eq 1 ] \
    || { echo "$label failed:"; cat "$WORK/err"; return 1; }
  awk -v l="$label" '{ printf "%-44s %6.2f s wall, peak RSS %4d MB (heap capped at 256 MB)\n", l, $1, $2 / 1024 }' "$WORK/time"
}

echo "generating a $MODULES-module reactor and a $PACKAGES-package lockfile..." >&2
reactor
lockfile
"$CLI" scan "$WORK/reactor" --no-progress --format json --output "$WORK/r.json" >/dev/null 2>&1 || true  # warm-up
measure "scan: $MODULES-module reactor (warm, offline)" \
  "$CLI" scan "$WORK/reactor" --offline --no-progress --format json --output "$WORK/r.json"
measure "scan: $MODULES-module reactor (--no-cache)" \
  "$CLI" scan "$WORK/reactor" --offline --no-cache --no-progress --format json --output "$WORK/r.json"
measure "scan: $PACKAGES-package lockfile (offline)" \
  "$CLI" scan "$WORK/npm" --offline --no-progress --format json --output "$WORK/n.json"

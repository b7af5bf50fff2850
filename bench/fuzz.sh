#!/usr/bin/env bash
# Fuzzes every parser we wrote (go.mod, go.sum, package-lock.json, gradle.lockfile, Gradle verification metadata,
# the policy, knowledge-base entries, OSV import) with N mutated inputs each (default 1,000,000): every input must be
# read or refused with a user-facing error, and never hang (60 s). Prints, per parser as it finishes, how many were read and
# refused. Usage: bench/fuzz.sh [N] [SEED] [TARGETS]   (TARGETS: comma-separated names, e.g. GO_MOD,POLICY; default all)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${1:-1000000}
SEED=${2:-20261127}
TARGETS=${3:-}
cd "$ROOT"
start=$(date +%s)
./mvnw -q -B -pl scanner -am test -Dtest=ParserFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dupgrade-risk.fuzz.iterations="$N" -Dupgrade-risk.fuzz.seed="$SEED" -Dupgrade-risk.fuzz.targets="$TARGETS" 2>&1 \
  | grep --line-buffered -E '^fuzz |FAIL|threw|still ran after' || true
echo "seed $SEED, $N inputs per parser, $(( $(date +%s) - start )) s in all"

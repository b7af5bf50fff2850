#!/usr/bin/env bash
# JMH benchmarks of the knowledge base: cold load of the bundled KB (target < 300 ms) and matching a 10,000-node
# graph against a synthetic 200,000-entry KB (target < 100 ms). Usage: bench/kb-bench.sh [JMH options]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
./mvnw -q -B -Pbench -pl bench/jmh -am package -DskipTests
exec java -jar bench/jmh/target/benchmarks.jar "$@"

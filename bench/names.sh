#!/usr/bin/env bash
# Warm cost of the check stage's name pass over the CPython standard library (thread CPU ms per
# MB), next to lex+parse of the same files. Usage: bench/names.sh [rounds] [warmup-rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
exec java -Xms2g -Xmx2g -cp "target/classes:target/test-classes" \
    io.portalis.accel.python.semantics.NameCheckBenchmark "$@"

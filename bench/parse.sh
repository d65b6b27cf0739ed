#!/usr/bin/env bash
# Warm lex+parse throughput over the CPython standard library, side by side with CPython's
# ast.parse over the same files in the same run. Usage: bench/parse.sh [rounds] [warmup-rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
cp_file=target/bench-classpath.txt
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
exec java -Xms2g -Xmx2g -cp "target/classes:target/test-classes:$(cat "$cp_file")" \
    io.portalis.accel.python.parser.ParseBenchmark "$@"

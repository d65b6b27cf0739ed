#!/usr/bin/env bash
# Lexing throughput, CPU engine vs OpenCL engine, at batch sizes 64 KB .. MAX_MB (default 256).
# Usage: bench/lexer-throughput.sh [CORPUS_DIR] [MAX_MB] [--device N]
# CORPUS_DIR defaults to the CPython stdlib of python3. CPU OpenCL devices (POCL) are allowed.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-$(python3 -c "import sysconfig;print(sysconfig.get_paths()['stdlib'])")}"
shift || true
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx6g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  io.portalis.accel.bench.LexerBenchmark "$corpus" "$@"

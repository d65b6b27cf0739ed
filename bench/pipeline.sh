#!/usr/bin/env bash
# The whole per-file pipeline (read ▸ lex ▸ parse ▸ check ▸ translate ▸ write), in process, warm,
# one thread, over a corpus of translatable code: source lines per CPU second (issue 11).
#
#   bench/pipeline.sh [TARGET_MB] [WARMUP] [ROUNDS]
#
# The corpus: every .py of src/test/resources/rust-diff/, src/test/resources/mypy-strict/ and
# examples/ that translates on its own (--layout files, ok), copied into as many numbered folders as
# reach TARGET_MB (default 3). It is rebuilt under $WORK (default /tmp/portalis-pipeline) from the jar
# at $JAR, so the same corpus serves a before/after comparison of two jars when the first builds it.
# The measuring class (bench/jmh/java/.../PipelineThroughput.java) is compiled with javac against the
# jar; no JMH build is needed. Set JAVA_OPTS for JFR and the like.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
JAR="${JAR:-$root/target/portalis-accel.jar}"
WORK="${WORK:-/tmp/portalis-pipeline}"
target_mb="${1:-3}"
warmup="${2:-3}"
rounds="${3:-5}"
. "$root/bench/lib.sh"
ensure_jar pipeline.sh

corpus="$WORK/corpus"
if [ ! -f "$corpus/.done" ]; then
  rm -rf "$WORK/probe" "$corpus"
  mkdir -p "$WORK/probe/in" "$corpus"
  n=0
  for dir in "$root/src/test/resources/rust-diff" "$root/src/test/resources/mypy-strict" "$root/examples"; do
    while IFS= read -r f; do
      n=$((n + 1))
      cp "$f" "$WORK/probe/in/f$(printf %04d $n)_$(basename "$f")"
    done < <(find "$dir" -name '*.py' | sort)
  done
  java -jar "$JAR" -q transpile "$WORK/probe/in" -o "$WORK/probe/out" --strategy cpu --layout files \
    --no-calibration >/dev/null 2>&1 || true
  mkdir -p "$corpus/c0"
  for rs in "$WORK/probe/out"/*.rs; do
    b="$(basename "$rs" .rs)"
    cp "$WORK/probe/in/$b.py" "$corpus/c0/"
  done
  one=$(du -sb "$corpus/c0" | cut -f1)
  copies=$(( (target_mb * 1024 * 1024 + one - 1) / one ))
  for i in $(seq 1 $((copies - 1))); do cp -r "$corpus/c0" "$corpus/c$i"; done
  echo "pipeline.sh: $(ls "$corpus/c0" | wc -l) translatable files of $n, $one bytes, $copies copies" >&2
  touch "$corpus/.done"
fi

classes="$WORK/classes"
mkdir -p "$classes"
javac -d "$classes" -cp "$JAR" "$root/bench/jmh/java/io/portalis/accel/bench/PipelineThroughput.java"
rm -rf "$WORK/out"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -Dportalis.log.level=ERROR -cp "$classes:$JAR" io.portalis.accel.bench.PipelineThroughput \
  "$corpus" "$WORK/out" "$warmup" "$rounds"

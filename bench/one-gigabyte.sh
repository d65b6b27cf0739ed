#!/usr/bin/env bash
# Bounded memory on a big input (issue 6): generates SIZE_MB of typed Python in files of FILE_MB each,
# runs `portalis-accel transpile` on it with a fixed heap, and checks that the run finished, that the
# report lists every file once, and how much memory the process took at its peak.
#
# Environment (all optional):
#   SIZE_MB=1024     total input size
#   FILE_MB=1        size of each generated file
#   HEAP=512m        the JVM's -Xmx
#   THREADS=2        CPU worker threads
#   STRATEGY=cpu     the strategy
#   WORK=/tmp/portalis-1gb   scratch folder (input, output, report, stderr)
#   JAR=target/portalis-accel.jar   built with ./mvnw -B -DskipTests package when missing
# Output: one line: files, ok/failed, input and output bytes, wall time, peak RSS; exit 1 if the run
# did not finish (e.g. the heap ran out: the JVM exits with 3 via -XX:+ExitOnOutOfMemoryError) or the
# report does not list every file.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZE_MB="${SIZE_MB:-1024}"
FILE_MB="${FILE_MB:-1}"
HEAP="${HEAP:-512m}"
THREADS="${THREADS:-2}"
STRATEGY="${STRATEGY:-cpu}"
WORK="${WORK:-/tmp/portalis-1gb}"
JAR="${JAR:-$root/target/portalis-accel.jar}"

. "$root/bench/lib.sh"
need_gnu_time one-gigabyte
ensure_jar one-gigabyte

src="$WORK/src-$SIZE_MB-$FILE_MB"
if [ ! -f "$src/.complete" ]; then
  echo "one-gigabyte: generating $SIZE_MB MB in $FILE_MB MB files under $src" >&2
  rm -rf "$src"
  python3 - "$src" "$SIZE_MB" "$FILE_MB" <<'PY'
import os, sys
root, size_mb, file_mb = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
target = file_mb * 1024 * 1024
for n in range(max(1, size_mb // file_mb)):
    d = os.path.join(root, f"d{n // 100:03}")
    os.makedirs(d, exist_ok=True)
    parts, size, i = [], 0, 0
    while size < target:
        s = f"def f{i}(x: int, y: int) -> int:\n    if x > y:\n        return x * {i} - y\n    return y + {i}\n\n\n"
        parts.append(s)
        size += len(s)
        i += 1
    parts.append(f"print(f0(1, 2) + f{i - 1}(3, 4))\n")
    with open(os.path.join(d, f"m{n:05}.py"), "w") as f:
        f.write("".join(parts))
open(os.path.join(root, ".complete"), "w").close()
PY
fi

expected=$(find "$src" -name '*.py' | wc -l)
rm -rf "$WORK/out"
set +e
/usr/bin/time -f '%e %M' -o "$WORK/time.txt" java "-Xmx$HEAP" -XX:+ExitOnOutOfMemoryError -jar "$JAR" -q \
  transpile "$src" -o "$WORK/out" --strategy "$STRATEGY" --threads "$THREADS" >"$WORK/report.json" 2>"$WORK/stderr.txt"
code=$?
set -e
read -r wall rss_kb <"$WORK/time.txt"
python3 - "$WORK/report.json" "$expected" "$code" "$wall" "$rss_kb" "$HEAP" <<'PY'
import json, sys
path, expected, code, wall, rss_kb, heap = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5]), sys.argv[6]
try:
    r = json.load(open(path))
except ValueError:
    print(f"exit {code}: no report (heap {heap} too small?), wall {wall} s, peak RSS {rss_kb // 1024} MB")
    sys.exit(1)
paths = [f["path"] for f in r["files"]]
s = r["summary"]
ok = len(paths) == len(set(paths)) == expected == s["files"]
print(f"exit {code}, heap {heap}: {s['files']} files ({s['ok']} ok, {s['failed']} failed), "
      f"{s['bytes_in'] / 2**20:.0f} MB in, {s['bytes_out'] / 2**20:.0f} MB out, wall {wall} s, "
      f"peak RSS {rss_kb // 1024} MB, every file listed once: {ok}")
sys.exit(0 if ok and code in (0, 1) else 1)
PY

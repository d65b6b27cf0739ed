# Shared by the bench scripts (sourced, not run). Each function takes the script's name for its
# messages; the caller has set `root` (the repository) and `JAR`.

# Stops the script (exit 2) when GNU time, which measures peak RSS, is missing.
need_gnu_time() {
  [ -x /usr/bin/time ] || { echo "$1: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
}

# Builds the jar with the Maven wrapper when it is not there yet.
ensure_jar() {
  if [ ! -f "$JAR" ]; then
    echo "$1: building $JAR" >&2
    (cd "$root" && ./mvnw -B -q -DskipTests package >&2)
  fi
}

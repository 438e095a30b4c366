#!/usr/bin/env bash
# Time from starting a JVM to the first frame, interleaved runs, medians (not part of CI).
#   java -jar: an empty JavaFX window and the main window on a demo journal, from target/rapport.jar;
#   installed (when /opt/rapport exists): the same empty window on the bundled runtime, and the
#   installed app with and without its class-data archive.
# The main window's second figure is its first frame with Today's rows in it.
# Needs a display: run under xvfb-run -a -s "-screen 0 1440x900x24" on a server.
# Usage: installer/first-frame.sh [RUNS]   (default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
[ -n "${DISPLAY:-}" ] || { echo "first-frame: no DISPLAY (run under xvfb-run)" >&2; exit 1; }
[ -f target/rapport.jar ] || { echo "first-frame: no target/rapport.jar: run mvn -B -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data
java -jar target/rapport.jar demo "$work/demo.rapport" >/dev/null
frame=$work/frame

# one LABEL COMMAND...: appends "frame content" (ms from the start) to $work/LABEL
one() {
  local label=$1; shift
  rm -f "$frame"
  local started; started=$(date +%s%3N)
  "$@" >/dev/null 2>&1
  awk -v s="$started" 'NR == 1 { f = $1 - s } NR == 2 { c = $1 - s } END { print f, (c ? c : "-") }' "$frame" >> "$work/$label"
}
opts=(-Drapport.firstFrameFile="$frame" -Drapport.exitAfterFirstFrame=true)
installed=
[ -x /opt/rapport/bin/Rapport ] && installed=yes
for _ in $(seq "$runs"); do
  one "java-jar-empty" java "${opts[@]}" -cp target/rapport.jar dev.rapport.ui.EmptyWindow
  one "java-jar-main" java "${opts[@]}" -jar target/rapport.jar --journal "$work/demo.rapport"
  if [ -n "$installed" ]; then
    one "installed-empty" /opt/rapport/lib/runtime/bin/java "${opts[@]}" -cp "/opt/rapport/lib/app/*" dev.rapport.ui.EmptyWindow
    RAPPORT_JAVA_OPTIONS="${opts[*]}" one "installed-main" /opt/rapport/bin/Rapport --journal "$work/demo.rapport"
    RAPPORT_CDS=off RAPPORT_JAVA_OPTIONS="${opts[*]}" one "installed-main-no-app-archive" /opt/rapport/bin/Rapport --journal "$work/demo.rapport"
  fi
done
median() { sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'; }
printf '%-32s %12s %16s\n' "start ($runs runs, median)" "first frame" "with Today's rows"
for f in "$work"/java-jar-* "$work"/installed-*; do
  [ -f "$f" ] || continue
  printf '%-32s %9s ms %13s ms\n' "$(basename "$f")" "$(median "$f" 1)" "$(median "$f" 2)"
done

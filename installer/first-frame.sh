#!/usr/bin/env bash
# Time from starting a JVM to the first frame, interleaved runs, medians (not part of CI).
#   java -jar: an empty JavaFX window and the main window on a demo journal, from target/rapport.jar;
#   installed (/opt/rapport, or the unpacked app image named by RAPPORT_HOME): the empty window on the
#   bundled runtime — as it is, with the JIT options the launcher gives the window, and with those and a
#   class-data archive of its own — and the installed app as it starts (quick JIT, the app's archive),
#   with both compilers (RAPPORT_JIT=full) and without its archive (RAPPORT_CDS=off).
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
window_jit=(-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1) # what the launcher gives the window
home=${RAPPORT_HOME:-/opt/rapport}
installed=
if [ -x "$home/bin/Rapport" ]; then
  installed=yes
  runtime=$home/lib/runtime/bin/java
  empty_cp="$home/lib/app/*"
  # the empty window's own class-data archive (on top of the runtime's), made by one start
  "$runtime" -XX:ArchiveClassesAtExit="$work/empty.jsa" -Drapport.exitAfterFirstFrame=true -cp "$empty_cp" \
    dev.rapport.tools.window.EmptyWindow >/dev/null 2>&1
fi
for _ in $(seq "$runs"); do
  one "java-jar-empty" java "${opts[@]}" -cp target/rapport.jar dev.rapport.tools.window.EmptyWindow
  one "java-jar-main" java "${opts[@]}" -jar target/rapport.jar --journal "$work/demo.rapport"
  if [ -n "$installed" ]; then
    one "installed-empty" "$runtime" "${opts[@]}" -cp "$empty_cp" dev.rapport.tools.window.EmptyWindow
    one "installed-empty-quick-jit" "$runtime" "${window_jit[@]}" "${opts[@]}" -cp "$empty_cp" dev.rapport.tools.window.EmptyWindow
    one "installed-empty-quick-jit-archive" "$runtime" -XX:SharedArchiveFile="$work/empty.jsa" "${window_jit[@]}" \
      "${opts[@]}" -cp "$empty_cp" dev.rapport.tools.window.EmptyWindow
    RAPPORT_JAVA_OPTIONS="${opts[*]}" one "installed-main" "$home/bin/Rapport" --journal "$work/demo.rapport"
    RAPPORT_JIT=full RAPPORT_JAVA_OPTIONS="${opts[*]}" one "installed-main-full-jit" "$home/bin/Rapport" --journal "$work/demo.rapport"
    RAPPORT_CDS=off RAPPORT_JAVA_OPTIONS="${opts[*]}" one "installed-main-no-app-archive" "$home/bin/Rapport" --journal "$work/demo.rapport"
  fi
done
median() { sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'; }
printf '%-36s %12s %16s\n' "start ($runs runs, median)" "first frame" "with Today's rows"
for f in "$work"/java-jar-* "$work"/installed-*; do
  [ -f "$f" ] || continue
  printf '%-36s %9s ms %13s ms\n' "$(basename "$f")" "$(median "$f" 1)" "$(median "$f" 2)"
done
ratio() { awk -v a="$(median "$work/$1" 1)" -v b="$(median "$work/$2" 1)" -v l="$1 / $2" 'BEGIN { printf "%-70s %.2fx\n", l, a / b }'; }
ratio java-jar-main java-jar-empty
if [ -n "$installed" ]; then
  ratio installed-main installed-empty
  ratio installed-main installed-empty-quick-jit
  ratio installed-main installed-empty-quick-jit-archive
fi

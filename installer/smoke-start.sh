#!/usr/bin/env bash
# Smoke start of the app image this machine built (Linux, macOS, or Windows in Git Bash): writes a demo
# journal with the app's own launcher and runtime, starts the window on it, waits for its first frame
# with Today's rows, takes a screenshot where the system lets it, and expects the app to quit by itself
# with exit 0 (-Drapport.exitAfterFirstFrame=MILLIS). Needs no install rights; the release workflow runs it
# on every platform after installer/build.sh (Linux without a display: under xvfb-run).
# Usage: installer/smoke-start.sh   Writes target/installer/smoke/ (the journal, first-frame, smoke.png).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'smoke-start: %s\n' "$*" >&2; }
fail() { say "$*"; exit 1; }
now_ms() { perl -MTime::HiRes=time -e 'printf "%d\n", time * 1000'; }
# Java on Windows wants C:\... paths; Git Bash gives /d/a/...
lines() { if [ -f "$1" ]; then wc -l < "$1"; else echo 0; fi; }
native_path() { if command -v cygpath >/dev/null; then cygpath -w "$1"; else printf '%s\n' "$1"; fi; }

image=target/installer/image
case "$(uname -s)" in
  Linux) launcher=$image/Rapport/bin/Rapport ;;
  Darwin) launcher=$image/Rapport.app/Contents/MacOS/Rapport ;;
  MINGW* | MSYS* | CYGWIN*) launcher=$image/Rapport/Rapport.exe ;;
  *) fail "unknown system $(uname -s)" ;;
esac
[ -x "$launcher" ] || fail "no app image at $launcher: run installer/build.sh first"

if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || fail "no DISPLAY and no xvfb-run (sudo apt-get install -y xvfb)"
  exec xvfb-run -a -s "-screen 0 1440x900x24" "$0" "$@"
fi

work=$PWD/target/installer/smoke
rm -rf "$work" && mkdir -p "$work"
journal=$(native_path "$work/demo.rapport")
frame=$work/first-frame

"$launcher" demo "$journal" >"$work/demo.log" 2>&1 || fail "the demo journal was not written (see $work/demo.log)"
[ -s "$work/demo.rapport" ] || fail "the launcher exited 0 but wrote no demo journal"

# JAVA_TOOL_OPTIONS reaches the JVM behind every launcher (jpackage's native ones read no other variable).
export JAVA_TOOL_OPTIONS="-Drapport.firstFrameFile=$(native_path "$frame") -Drapport.exitAfterFirstFrame=5000"
started=$(now_ms)
"$launcher" --journal "$journal" >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 240); do
  [ "$(lines "$frame")" -ge 2 ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
[ "$(lines "$frame")" -ge 2 ] || { kill "$pid" 2>/dev/null || true; fail "no first frame with Today's rows within 120 s (see $work/app.log)"; }

shot=$work/smoke.png
case "$(uname -s)" in
  Linux) import -window root "$shot" 2>/dev/null || say "no screenshot: ImageMagick's import is missing" ;;
  Darwin) screencapture -x "$shot" 2>/dev/null || say "no screenshot: screencapture was refused" ;;
  *) powershell -NoProfile -Command "
       Add-Type -AssemblyName System.Windows.Forms, System.Drawing
       \$b = [System.Windows.Forms.Screen]::PrimaryScreen.Bounds
       \$bmp = New-Object System.Drawing.Bitmap \$b.Width, \$b.Height
       [System.Drawing.Graphics]::FromImage(\$bmp).CopyFromScreen(\$b.Location, [System.Drawing.Point]::Empty, \$b.Size)
       \$bmp.Save('$(native_path "$shot")')" 2>/dev/null || say "no screenshot: the desktop could not be captured" ;;
esac

status=0
wait "$pid" || status=$?
[ "$status" -eq 0 ] || fail "the app exited with $status (see $work/app.log)"
first=$(( $(sed -n 1p "$frame") - started ))
content=$(( $(sed -n 2p "$frame") - started ))
say "OK: first frame after $first ms, Today's rows after $content ms, quit by itself with exit 0"
[ -s "$shot" ] && say "screenshot: $shot"
exit 0

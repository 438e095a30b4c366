#!/usr/bin/env bash
# Smoke test of a built Linux package, as root on a Debian-like machine (not part of CI):
# installs it, starts the installed app under Xvfb on a demo journal, takes a screenshot, closes the
# window as a window manager would, removes the package and checks nothing is left in /opt or /usr.
# Needs: xvfb-run, xdotool, ImageMagick's import, python3 (apt-get install -y xvfb xdotool imagemagick).
# Usage: installer/smoke-test.sh [deb|rpm]   (default deb; rpm is installed with rpm -i --nodeps)
# Writes the screenshot to target/installer/smoke.png and prints the first-frame time.
set -euo pipefail
cd "$(dirname "$0")/.."
type=${1:-deb}
pkg=$(ls target/installer/packages/*."$type" 2>/dev/null | head -1)
[ -n "$pkg" ] || { echo "smoke-test: no .$type in target/installer/packages: run installer/build.sh $type" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "smoke-test: installing $pkg"
if [ "$type" = deb ]; then apt-get install -y "./$pkg" >"$work/install.log" 2>&1; else rpm -i --nodeps "$pkg" 2>/dev/null; fi
[ -x /opt/rapport/bin/Rapport ] && [ -L /usr/bin/rapport ] || { echo "smoke-test: not installed" >&2; exit 1; }
[ -f /opt/rapport/lib/app/rapport.jsa ] && echo "smoke-test: class-data archive made" || echo "smoke-test: no class-data archive"
[ -f /opt/rapport/lib/app/native/libsqlitejdbc.so ] || { echo "smoke-test: no lib/app/native/libsqlitejdbc.so" >&2; exit 1; }
command -v unzip >/dev/null || { echo "smoke-test: needs unzip" >&2; exit 1; }
# unzip -l NAME exits 0 when the jar holds the entry, 11 when it does not
if unzip -l /opt/rapport/lib/app/ical4j-*.jar META-INF/services/java.time.zone.ZoneRulesProvider >/dev/null 2>&1; then
  echo "smoke-test: ical4j still lists its time zones as a service" >&2; exit 1
fi

export XDG_DATA_HOME=$work/data
rapport demo "$work/demo.rapport"
export RAPPORT_JAVA_OPTIONS="-Drapport.firstFrameFile=$work/first-frame"
xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
  date +%s%3N > "$1/started"
  rapport --journal "$1/demo.rapport" & pid=$!
  for i in $(seq 60); do [ -s "$1/first-frame" ] && break; sleep 0.5; done
  sleep 2
  import -window root target/installer/smoke.png
  python3 installer/linux/close-window.py $(xdotool search --name Rapport)
  wait $pid' _ "$work"
# the app writes wall-clock times (epoch ms): its first frame, then the first with Today's rows
started=$(cat "$work/started")
echo "smoke-test: app closed with exit 0; first frame after $(( $(sed -n 1p "$work/first-frame") - started )) ms," \
  "Today's rows after $(( $(sed -n 2p "$work/first-frame") - started )) ms; screenshot target/installer/smoke.png"

echo "smoke-test: removing"
if [ "$type" = deb ]; then apt-get remove -y rapport >"$work/remove.log" 2>&1; apt-get purge -y rapport >/dev/null 2>&1; else rpm -e rapport 2>/dev/null; fi
left=$(ls -d /opt/rapport /usr/bin/rapport /usr/share/applications/rapport-* 2>/dev/null || true)
[ -z "$left" ] || { echo "smoke-test: left behind: $left" >&2; exit 1; }
echo "smoke-test: removed cleanly"

#!/usr/bin/env bash
# Issue 25: the window at 150 % text size in a real X window (not run by CI), for looking at:
# every main screen, a client page, the new-entry sheet and the heat map's table, in one language.
#
#   LANG_CODE=uk .ci/a11y-screenshots.sh        # screenshots in $OUT (default /tmp), a11y-uk-*.png
#   SIZE=175 LANG_CODE=en .ci/a11y-screenshots.sh
#
# Needs xvfb-run, xdotool and ImageMagick's import; runs the compiled classes through Maven
# (mvn -o exec:java), with the text size and language in a throw-away preferences node.
set -euo pipefail
cd "$(dirname "$0")/.."
LANG_CODE=${LANG_CODE:-en}
SIZE=${SIZE:-150}
OUT=${OUT:-/tmp}
NODE=a11y-shots-$LANG_CODE
PREFS=$HOME/.java/.userPrefs/$NODE/appearance
mkdir -p "$PREFS" "$OUT"
cat > "$PREFS/prefs.xml" <<XML
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
<map MAP_XML_VERSION="1.0">
  <entry key="theme" value="LIGHT"/>
  <entry key="textSize" value="$SIZE"/>
</map>
XML
[ -d target/classes/dev/rapport ] || mvn -B -q -o -DskipTests process-classes

cat > "$OUT/a11y-drive-$LANG_CODE.sh" <<SH
#!/usr/bin/env bash
set -euo pipefail
RAPPORT_LANG=$LANG_CODE MAVEN_OPTS="-Drapport.preferences=$NODE -Xmx400m" mvn -B -q -o exec:java -Dexec.args=--demo >"$OUT/a11y-app-$LANG_CODE.log" 2>&1 &
APP=\$!
for i in \$(seq 1 240); do
  WIN=\$(xdotool search --name "Rapport" 2>/dev/null | head -1 || true)
  [ -n "\$WIN" ] && break
  sleep 0.5
done
[ -n "\$WIN" ] || { echo "no Rapport window"; kill \$APP; exit 1; }
sleep 15
xdotool windowsize --sync "\$WIN" 1280 800 || true
xdotool windowmove "\$WIN" 0 0 || true
xdotool windowfocus --sync "\$WIN" || true
sleep 2
shot() { sleep 6; import -window root "$OUT/a11y-$LANG_CODE-\$1.png"; }
k() { xdotool key --delay 120 "\$@"; }
shot 1-today
k ctrl+2; shot 2-clients
k ctrl+3; shot 3-journal
k ctrl+4; shot 4-promises
k ctrl+5; shot 5-problems
k ctrl+6; shot 6-requests
k ctrl+7; shot 7-health
k ctrl+8; shot 8-settings
k ctrl+1; sleep 1; k ctrl+n; shot 9-new-entry
k Escape; sleep 1; k ctrl+2; sleep 2; k Tab; sleep 0.5
xdotool key --delay 200 ctrl+k; sleep 1; xdotool type --delay 80 "Baltic"; sleep 2; k Return; shot 10-client-page
kill \$APP || true
SH
chmod +x "$OUT/a11y-drive-$LANG_CODE.sh"
xvfb-run -a -s "-screen 0 1280x800x24" "$OUT/a11y-drive-$LANG_CODE.sh"
ls "$OUT"/a11y-"$LANG_CODE"-*.png

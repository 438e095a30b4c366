#!/usr/bin/env bash
# Issue 16, flow (a), in a real window (not run by CI; Monocle's headless focus can differ from an
# X window's): on a fresh demo journal, from Today, log a phone call with Northwind (chosen by
# typing "nor"), the first person present ticked, and a promise due next Friday made in it -
# xdotool keys only, no mouse - then check the saved rows through the CLI's JSON export.
#
#   .ci/keyboard-flow.sh            # builds target/rapport.jar if missing
#   OUT=/tmp/flow .ci/keyboard-flow.sh
#
# Needs xvfb-run, xdotool, ImageMagick's import and python3. Screenshots: $OUT/*.png.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/rapport.jar
OUT=${OUT:-target/keyboard-flow}
[ -f "$JAR" ] || mvn -B -q -DskipTests package
mkdir -p "$OUT"
JOURNAL=$OUT/flow.rapport
rm -f "$JOURNAL" "$JOURNAL"-* "$OUT"/*.png "$OUT"/export.json
java -jar "$JAR" demo "$JOURNAL" >/dev/null

# Typed as people say it: the date field reads "next fri" as the first Friday after today.
DUE_ISO=$(date -d "next friday" +%F)
DUE_TYPED="next fri"
TITLE="Budget call $(date +%H%M%S)"
PROMISE="Send the revised budget"

cat > "$OUT/drive.sh" <<EOF
#!/usr/bin/env bash
set -euo pipefail
java -Duser.language=en -Duser.country=US -jar "$JAR" --journal "$JOURNAL" >"$OUT/app.log" 2>&1 &
APP=\$!
for i in \$(seq 1 120); do
  WIN=\$(xdotool search --name "Rapport" 2>/dev/null | head -1 || true)
  [ -n "\$WIN" ] && break
  sleep 0.5
done
[ -n "\$WIN" ] || { echo "no Rapport window"; kill \$APP; exit 1; }
# drawn: the window shows more than a blank fill (a loaded machine takes a while)
for i in \$(seq 1 120); do
  import -window root "$OUT/0-start.png"
  [ "\$(convert "$OUT/0-start.png" -format %k info:)" -gt 200 ] && break
  sleep 0.5
done
sleep 2                                   # Today's rows
xdotool windowfocus --sync "\$WIN" || true
import -window root "$OUT/1-today.png"
k() { xdotool key --delay 120 "\$@"; sleep 0.4; }
t() { xdotool type --delay 60 "\$1"; sleep 0.4; }
k ctrl+n;                   sleep 1.5      # the sheet slides in
import -window root "$OUT/2-sheet-open.png"
t "nor";                    import -window root "$OUT/3-client-typed.png"
k Tab                                      # takes Northwind, on to the date
k Tab Tab                                  # past the date and the time
t "cal"; k Tab                             # the channel
t "$TITLE"; k Tab                          # the title
k space                                    # the first person present
k alt+p                                    # a promise made in this call
t "$PROMISE"; k Tab
t "$DUE_TYPED"
import -window root "$OUT/4-filled.png"
k ctrl+Return;              sleep 1.5
import -window root "$OUT/5-saved.png"
kill \$APP
wait \$APP 2>/dev/null || true
EOF
chmod +x "$OUT/drive.sh"
xvfb-run -a -s "-screen 0 1440x900x24" "$OUT/drive.sh"

java -jar "$JAR" export json --journal "$JOURNAL" --out "$OUT/export.json" >/dev/null
python3 - "$OUT/export.json" "$TITLE" "$PROMISE" "$DUE_ISO" <<'EOF'
import json, sys
path, title, promise, due = sys.argv[1:]
tables = json.load(open(path, encoding="utf-8"))["tables"]
clients = {c["id"]: c["name"] for c in tables["client"]}
entries = [i for i in tables["interaction"] if i["title"] == title]
assert len(entries) == 1, f"one entry titled {title!r}, found {len(entries)}"
entry = entries[0]
assert clients[entry["client_id"]].startswith("Northwind"), clients[entry["client_id"]]
assert entry["channel"] == "CALL", entry["channel"]
present = [r["contact_id"] for r in tables["interaction_contact"] if r["interaction_id"] == entry["id"]]
assert len(present) == 1, f"one person present, found {present}"
promises = [p for p in tables["promise"] if p["what"] == promise]
assert len(promises) == 1, f"one promise {promise!r}, found {len(promises)}"
p = promises[0]
assert p["interaction_id"] == entry["id"], f"promise linked to entry {entry['id']}, was {p['interaction_id']}"
assert p["due"] == due, f"due {due}, was {p['due']}"
assert p["client_id"] == entry["client_id"]
print(f"OK: entry {entry['id']} '{title}' ({entry['channel']}) for {clients[entry['client_id']]} with 1 person; "
      f"promise {p['id']} '{promise}' due {p['due']} linked to it")
EOF

#!/usr/bin/env bash
# Builds Rapport's package for the platform it runs on, from what Maven left in target/:
#   target/rapport-VERSION.jar and the runtime dependency jars in target/installer/input.
# Called by `mvn -B -Pinstaller -DskipTests package` (see installer/README.md); not part of CI.
#
# Usage: installer/package.sh VERSION [TYPE...]
#   Linux TYPEs: portable deb rpm (default: each of them this machine can build; rpm needs rpmbuild,
#                deb needs dpkg-deb and fakeroot; the others are skipped, said so, exit 0)
#   macOS TYPEs: portable dmg (default: both)
#   portable: a zip of the app image with its runtime, to unpack and start without install rights
#   (app-image is another name for it).
# Signing (macOS): RAPPORT_MAC_SIGN_IDENTITY names a "Developer ID Application" certificate in the
#   keychain; without it the app is not signed (said so).
# Output: target/installer/packages/
set -euo pipefail
cd "$(dirname "$0")/.."

version=${1:?usage: installer/package.sh VERSION [TYPE...]}
shift
types=("$@")

name=Rapport
package=rapport
vendor="Rapport"
description="An offline desktop relationship journal for consultants"
copyright="Copyright (C) 2026 Rapport"
main_class=dev.rapport.Launcher
main_jar=rapport-$version.jar

root=target/installer
input=$root/input
runtime=$root/runtime
image=$root/image
out=$root/packages

say() { printf 'installer: %s\n' "$*" >&2; }
fail() { say "$*"; exit 1; }

# The JDK's tools: $JAVA_HOME if set, else the JDK of the `java` on the PATH.
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
for tool in jdeps jlink jpackage; do
  [ -x "$jdk/bin/$tool" ] || fail "no $tool in $jdk/bin: set JAVA_HOME to a JDK 17 or newer"
done
jdeps=$jdk/bin/jdeps
jlink=$jdk/bin/jlink
jpackage=$jdk/bin/jpackage

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  *) fail "on Windows run installer/package.ps1 (mvn -B -Pinstaller -DskipTests package does)" ;;
esac
arch=$(uname -m)
case "$arch" in amd64) arch=x86_64 ;; arm64) arch=aarch64 ;; esac
arch_name=$( [ "$arch" = x86_64 ] && echo x64 || echo "$arch" )

# What a package type needs besides the JDK, and how to get it on Debian/Ubuntu (empty: nothing).
missing_for() {
  case "$1" in
    rpm) command -v rpmbuild >/dev/null || echo "rpmbuild (sudo apt-get install -y rpm)" ;;
    deb) command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null \
           || echo "dpkg-deb and fakeroot (sudo apt-get install -y dpkg-dev fakeroot)" ;;
  esac
}
asked=${#types[@]}
if [ "$asked" -eq 0 ]; then
  [ "$os" = linux ] && types=(portable deb rpm) || types=(portable dmg)
fi
buildable=()
skipped=()
for type in "${types[@]}"; do
  [ "$type" = app-image ] && type=portable
  need=$(missing_for "$type")
  if [ -z "$need" ]; then
    buildable+=("$type")
  elif [ "$asked" -gt 0 ]; then
    fail "cannot build the .$type package here: it needs $need"
  else
    skipped+=("$type: needs $need")
  fi
done
[ ${#buildable[@]} -gt 0 ] || fail "nothing to build here: ${skipped[*]}"
types=("${buildable[@]}")

# --- 1. the input: the plain app jar and the dependency jars ------------------------------------
[ -f "target/$main_jar" ] || fail "target/$main_jar is missing: run mvn -B -Pinstaller -DskipTests package"
[ -d "$input" ] || fail "$input is missing: run mvn -B -Pinstaller -DskipTests package"
cp "target/$main_jar" "$input/"
# JavaFX's jars without a platform classifier are empty placeholders; the -linux/-mac/-win ones hold the code.
for jar in "$input"/javafx-*.jar; do
  if [[ $(basename "$jar") =~ ^javafx-[a-z]+-[0-9.]+\.jar$ ]]; then rm -f "$jar"; fi
done
# sqlite-jdbc carries its native library for 25 systems (13 MB); a package is for one: keep its own.
native="$( [ "$os" = mac ] && echo Mac || echo Linux )/$arch"
for jar in "$input"/sqlite-jdbc-*.jar; do
  if ! command -v zip >/dev/null; then
    say "no zip: sqlite-jdbc keeps the native libraries of every system (13 MB more)"
  elif unzip -l "$jar" "org/sqlite/native/$native/*" >/dev/null 2>&1; then
    zip -q -d "$jar" 'org/sqlite/native/*' -x "org/sqlite/native/$native/*"
  fi
  # Linux: the library also as a file beside the jars (lib/app/native), which the launcher names, so a
  # start loads it where it is instead of copying it out of the jar and comparing the copy (~35 ms).
  if [ "$os" = linux ]; then
    if command -v unzip >/dev/null && unzip -l "$jar" "org/sqlite/native/$native/libsqlitejdbc.so" >/dev/null 2>&1; then
      mkdir -p "$input/native"
      unzip -q -o -j "$jar" "org/sqlite/native/$native/libsqlitejdbc.so" -d "$input/native"
    else
      say "no unzip, or no SQLite library for $native in sqlite-jdbc: it is copied out of the jar at every start"
    fi
  fi
done
# ical4j lists its time zones as a service, which the JDK builds at the first date of any kind,
# ~150 ms of every start; calendars register them when they need them (export/CalendarZones), as
# in the shaded jar (pom.xml).
for jar in "$input"/ical4j-*.jar; do
  if command -v zip >/dev/null; then
    zip -q -d "$jar" META-INF/services/java.time.zone.ZoneRulesProvider || [ $? -eq 12 ] # 12: already gone
  else
    say "no zip: ical4j's time zones load at every start (~150 ms)"
  fi
done
rm -rf "$runtime" "$image" "$out"
mkdir -p "$image" "$out"

# The class path in a fixed order (the app first): a class-data archive only fits the same path.
classpath=("$main_jar")
while IFS= read -r jar; do
  [ "$jar" = "$main_jar" ] || classpath+=("$jar")
done < <(cd "$input" && ls -1 -- *.jar | LC_ALL=C sort)

# --- 2. a small runtime: only the JDK modules the jars use --------------------------------------
# From the app's jar through every jar it reaches on the class path: given as roots, a modular jar
# (POI, under the .msg reader) would be resolved as a module and fail on its automatic-module needs.
modules=$(cd "$input" && IFS=: && "$jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
  --class-path "${classpath[*]}" --recursive "$main_jar")
# jdk.localedata, which jdeps cannot see: dates in the user's language (Formats uses localized
# styles), for the languages below (all of them would add 7 MB); others fall back to English.
modules="$modules,jdk.localedata"
locales=en,de,fr,es,it,pt,nl,da,sv,nb,fi,pl,cs,sk,hu,ro,lt,lv,et,uk,ru,el,tr,ja,zh,ko
say "runtime modules: $modules"
"$jlink" --add-modules "$modules" --include-locales="$locales" --strip-debug --no-header-files \
  --no-man-pages --compress=2 --generate-cds-archive --output "$runtime"
# The archive for heaps over 32 GB (no compressed pointers) is 11 MB that Rapport never uses.
rm -f "$runtime"/lib/server/classes_nocoops.jsa

# --- 3. the application image -------------------------------------------------------------------
common=(--name "$name" --app-version "$version" --vendor "$vendor" --description "$description"
        --copyright "$copyright")
icon=icons/rapport-256.png
[ "$os" = mac ] && icon=icons/rapport.icns
# macOS keeps jpackage's launcher: the window starts sooner with the JIT's quick compiler only (README, Start-up).
# Linux replaces the launcher below with a script that decides this per start.
java_options=()
[ "$os" = mac ] && java_options=(--java-options "-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1")
signing=()
if [ "$os" = mac ]; then
  if [ -n "${RAPPORT_MAC_SIGN_IDENTITY:-}" ]; then
    signing=(--mac-sign --mac-signing-key-user-name "$RAPPORT_MAC_SIGN_IDENTITY")
  else
    say "not signed: RAPPORT_MAC_SIGN_IDENTITY is not set (macOS will ask before the first start)"
  fi
fi
"$jpackage" --type app-image --dest "$image" "${common[@]}" --icon "$icon" \
  --input "$input" --main-jar "$main_jar" --main-class "$main_class" --runtime-image "$runtime" \
  ${java_options[@]+"${java_options[@]}"} ${signing[@]+"${signing[@]}"}

if [ "$os" = linux ]; then
  app=$image/$name
  # jpackage 17's native launcher asks dpkg/rpm which package owns it on every start (~0.45 s):
  # a plain script over the bundled runtime starts the same JVM without that.
  cp_line=$(printf '$app/%s:' "${classpath[@]}")
  sed -e "s|@CLASSPATH@|${cp_line%:}|" -e "s|@MAIN_CLASS@|$main_class|" installer/linux/launcher.sh > "$app/bin/$name"
  chmod 755 "$app/bin/$name"

  # The classes a start loads, for the class-data archive the install step dumps (lib/app/rapport.jsa).
  # Needs a display: the one there is, else Xvfb; without either the package still works, without it.
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  run=()
  if [ -z "${DISPLAY:-}" ]; then
    if command -v xvfb-run >/dev/null; then run=(xvfb-run -a -s "-screen 0 1440x900x24"); else run=(none); fi
  fi
  if [ "${run[0]:-}" = none ]; then
    say "no DISPLAY and no xvfb-run: the package will have no class list (starts ~30% slower)"
  else
    XDG_DATA_HOME=$work "$app/bin/$name" demo "$work/demo.rapport" >/dev/null
    XDG_DATA_HOME=$work RAPPORT_JAVA_OPTIONS="-XX:DumpLoadedClassList=$work/classlist -Drapport.exitAfterFirstFrame=true" \
      timeout 120 "${run[@]}" "$app/bin/$name" --journal "$work/demo.rapport"
    cp "$work/classlist" "$app/lib/app/rapport.classlist"
    say "class list: $(wc -l < "$app/lib/app/rapport.classlist") classes"
  fi
fi

# --- 4. the packages ----------------------------------------------------------------------------
for type in "${types[@]}"; do
  case "$os:$type" in
    linux:portable)
      portable="$name-$version-linux-$arch_name-portable"
      if command -v zip >/dev/null; then
        (cd "$image" && zip -qry "$OLDPWD/$out/$portable.zip" "$name")
      else
        say "no zip: the portable app is a .tar.gz"
        tar -C "$image" -czf "$out/$portable.tar.gz" "$name"
      fi ;;
    mac:portable)
      ditto -c -k --keepParent "$image/$name.app" "$out/$name-$version-mac-$arch_name-portable.zip" ;;
    linux:deb | linux:rpm)
      deps="libgtk-3-0, libgl1"
      [ "$type" = rpm ] && deps="gtk3, mesa-libGL"
      resources=$(mktemp -d)
      # the menu entry (StartupWMClass lets docks match the window to it) and the install scripts
      cp installer/linux/Rapport.desktop installer/linux/"$type"/* "$resources/"
      "$jpackage" --type "$type" --dest "$out" "${common[@]}" --icon icons/rapport-256.png \
        --app-image "$image/$name" --resource-dir "$resources" \
        --linux-package-name "$package" --linux-shortcut --linux-menu-group "Office" \
        --linux-app-category "$( [ "$type" = deb ] && echo misc || echo Applications/Office )" \
        --linux-package-deps "$deps"
      rm -rf "$resources" ;;
    mac:dmg)
      "$jpackage" --type dmg --dest "$out" "${common[@]}" --icon icons/rapport.icns \
        --app-image "$image/$name.app" --mac-package-identifier dev.rapport --mac-package-name "$name" \
        ${signing[@]+"${signing[@]}"}
      # the x64 and arm64 disk images would have the same name in one release
      mv "$out/$name-$version.dmg" "$out/$name-$version-mac-$arch_name.dmg" ;;
    *) fail "cannot build a $type package on $os" ;;
  esac
done

say "built:"
ls -l "$out" >&2
for line in ${skipped[@]+"${skipped[@]}"}; do say "skipped $line"; done

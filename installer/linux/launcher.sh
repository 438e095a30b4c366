#!/bin/sh
# Rapport's launcher (installer/linux/launcher.sh; package.sh fills in the class path).
# Starts the bundled runtime directly: jpackage 17's native launcher asks dpkg/rpm about itself on every start.
# Uses the class-data archive lib/app/rapport.jsa when the install step made one (RAPPORT_CDS=dump makes it).
# Extra JVM options: RAPPORT_JAVA_OPTIONS.
here=$(dirname "$(readlink -f "$0")")
home=$(dirname "$here")
app=$home/lib/app
cp="@CLASSPATH@"
if [ "${RAPPORT_CDS:-}" = dump ]; then
  exec "$home/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/rapport.classlist" \
    -XX:SharedArchiveFile="$app/rapport.jsa" -cp "$cp"
fi
# The window (no command: nothing, --demo, --journal FILE, as cli/DesktopArgs reads them) compiles with
# the JIT's quick compiler only, on one thread: on two cores the compilers compete with the first frame
# for the CPU (a fifth off the time to it). Commands, which may crunch a whole journal, keep the JVM's JIT.
quick_jit=yes
demo=
journal=
value=
for arg in "$@"; do
  if [ -n "$value" ]; then
    value=
    case $arg in -*) quick_jit= ; break ;; esac # an option, not a file
    case $arg in *[![:space:]]*) ;; *) quick_jit= ; break ;; esac # blank
    continue
  fi
  case $arg in
    --demo) [ -z "$demo" ] || { quick_jit= ; break; }; demo=yes ;;
    --journal=?*) [ -z "$journal" ] || { quick_jit= ; break; }; journal=yes ;;
    --journal) [ -z "$journal" ] || { quick_jit= ; break; }; journal=yes; value=yes ;;
    *) quick_jit= ; break ;;
  esac
done
[ -n "$value" ] && quick_jit= # --journal without its file
[ "${RAPPORT_JIT:-}" = full ] && quick_jit=
# The JVM's options go in front of the arguments one by one, so a folder with spaces stays one word;
# the user's own (RAPPORT_JAVA_OPTIONS) come last of them, so they win over the launcher's.
set -- -cp "$cp" @MAIN_CLASS@ "$@"
# shellcheck disable=SC2086 # word splitting of the user's option list is wanted
set -- ${RAPPORT_JAVA_OPTIONS:-} "$@"
# SQLite's library as a file (package.sh puts it there), instead of a copy out of the jar at every start
if [ -r "$app/native/libsqlitejdbc.so" ]; then
  set -- -Dorg.sqlite.lib.path="$app/native" -Dorg.sqlite.lib.name=libsqlitejdbc.so "$@"
fi
[ -n "$quick_jit" ] && set -- -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 "$@"
if [ -r "$app/rapport.jsa" ] && [ "${RAPPORT_CDS:-}" != off ]; then
  set -- -XX:SharedArchiveFile="$app/rapport.jsa" -Xshare:auto "$@"
fi
exec "$home/lib/runtime/bin/java" "$@"

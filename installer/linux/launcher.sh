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
cds=
if [ -r "$app/rapport.jsa" ] && [ "${RAPPORT_CDS:-}" != off ]; then
  cds="-XX:SharedArchiveFile=$app/rapport.jsa -Xshare:auto"
fi
# shellcheck disable=SC2086 # word splitting of the option lists is wanted
exec "$home/lib/runtime/bin/java" $cds ${RAPPORT_JAVA_OPTIONS:-} -cp "$cp" @MAIN_CLASS@ "$@"

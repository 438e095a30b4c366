#!/usr/bin/env bash
# One command for this platform's Rapport packages, written to target/installer/packages/.
# Usage: installer/build.sh [TYPE...]   Linux: app-image deb rpm (default all) · macOS: app-image dmg (default dmg)
# The same as `mvn -B -Pinstaller -DskipTests package` (which Windows uses, see README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B -Pinstaller -DskipTests -Dinstaller.types="$*" package

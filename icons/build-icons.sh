#!/usr/bin/env bash
# Regenerates every icon in this folder from rapport.svg, so the set is reproducible:
#   rapport-{16,32,48,64,128,256,512}.png  the window (Maven copies all but 512 into the jar) and Linux packages
#   rapport.ico                            Windows (.msi and the launcher), 16–256 px
#   rapport.icns                           macOS (.dmg and the .app), 16–512 px
# Needs ImageMagick 6 (`apt-get install imagemagick`) and png2icns (`apt-get install icnsutils`).
# Usage: icons/build-icons.sh   (from any folder)
set -euo pipefail
cd "$(dirname "$0")"

# The real ImageMagick, not a wrapper earlier on the PATH; override with CONVERT=... if it lives elsewhere.
CONVERT=${CONVERT:-/usr/bin/convert}
[ -x "$CONVERT" ] || CONVERT=$(command -v convert)
command -v png2icns >/dev/null || { echo "build-icons: png2icns is missing (apt-get install icnsutils)" >&2; exit 1; }

sizes=(16 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
  # Render at 4x the target's density, then scale down: crisp edges at 16 and 32 px.
  # -strip and a fixed date keep the files byte-for-byte the same from one run to the next.
  density=$((size * 4 * 72 / 512))
  "$CONVERT" -background none -density "$density" rapport.svg -resize "${size}x${size}" \
    -strip -define png:exclude-chunks=date,time "PNG32:rapport-$size.png"
done

# Windows: 16–128 as bitmaps, 256 stored as PNG (ImageMagick does that by itself for 256).
"$CONVERT" rapport-16.png rapport-32.png rapport-48.png rapport-64.png rapport-128.png rapport-256.png rapport.ico

# macOS: png2icns picks the icon type from each PNG's size (64 px has no .icns slot).
png2icns rapport.icns rapport-16.png rapport-32.png rapport-48.png rapport-128.png rapport-256.png rapport-512.png >/dev/null

echo "build-icons: wrote ${sizes[*]/#/rapport-} .png, rapport.ico and rapport.icns"

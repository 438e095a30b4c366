#!/usr/bin/env python3
"""Writes src/main/resources/dev/rapport/i18n/zone-places.tsv: each time zone of tzdata's zone.tab
with its country and its exemplar city in English, Lithuanian, Romanian, Russian and Ukrainian,
from CLDR (the JDK carries CLDR's zone and country names but not its exemplar cities).

Needs tzdata (/usr/share/zoneinfo/zone.tab) and CLDR's XML (Debian: apt-get install unicode-cldr-core).
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

CLDR = os.environ.get("CLDR", "/usr/share/unicode/cldr/common")
ZONE_TAB = os.environ.get("ZONE_TAB", "/usr/share/zoneinfo/zone.tab")
# zones tzdata renamed after this CLDR release: their CLDR names are under the old ids
RENAMED = {"Europe/Kyiv": ["Europe/Kiev"], "Pacific/Kanton": ["Pacific/Enderbury"]}
LANGS = ["en", "lt", "ro", "ru", "uk"]
OUT = os.path.join(os.path.dirname(__file__), "..", "src/main/resources/dev/rapport/i18n/zone-places.tsv")


def aliases():
    groups = {}
    for t in ET.parse(os.path.join(CLDR, "bcp47/timezone.xml")).iter("type"):
        names = (t.get("alias") or "").split()
        for n in names:
            groups[n] = names
    return groups


def cities(lang):
    found = {}
    for z in ET.parse(os.path.join(CLDR, "main", lang + ".xml")).iter("zone"):
        city = z.find("exemplarCity")
        if city is not None and city.text and city.get("alt") is None:
            found[z.get("type")] = city.text.strip()
    return found


def main():
    groups = aliases()
    names = {lang: cities(lang) for lang in LANGS}
    rows = []
    with open(ZONE_TAB, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            country, _, zone = line.rstrip("\n").split("\t")[:3]
            keys = [zone] + [k for k in groups.get(zone, []) + RENAMED.get(zone, []) if k != zone]
            row = [zone, country]
            for lang in LANGS:
                city = next((names[lang][k] for k in keys if k in names[lang]), None)
                if city is None:
                    city = zone.rsplit("/", 1)[-1].replace("_", " ") if lang == "en" else ""
                row.append(city)
            rows.append(row)
    rows.sort()
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# zone\tcountry\t" + "\t".join(LANGS) + "\n")
        out.write("# From tzdata's zone.tab and CLDR's exemplar cities; written by docs/tools/zone_places.py.\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"{len(rows)} zones", file=sys.stderr)


if __name__ == "__main__":
    main()

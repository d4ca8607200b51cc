#!/usr/bin/env python3
"""Writes GeoNames' towns and cities (those of 15,000 people or more, with their regions
and countries) as a table the entity recognizer's training reads: one place a line,
name TAB region TAB country code TAB country TAB population TAB latitude TAB longitude.

The places come from Debian's libgeonames0, which keeps GeoNames' cities15000 list
(CC BY 4.0, geonames.org) inside its shared library as a compressed GVariant array of
(id, name, region code, region, country code, country, time zone, population, latitude,
longitude) records. Nothing is fetched from the network by this script.

    scripts/geonames-places.py [LIBRARY] > places.tsv
"""
import glob
import re
import struct
import sys
import zlib

LIBRARY = next(iter(sorted(glob.glob("/usr/lib/*/libgeonames.so.0"))), "/usr/lib/libgeonames.so.0")
# Seven strings, each ended by a NUL; the id is digits, the country code two capitals.
RECORD = re.compile(rb"(\d{3,12})\x00([^\x00]+)\x00([^\x00]*)\x00([^\x00]*)\x00([A-Z]{2})\x00([^\x00]+)\x00([^\x00]*)\x00")


def compressed_table(library):
    """The largest zlib stream in the library: the cities' resource."""
    best = b""
    for found in re.finditer(rb"\x78[\x01\x5e\x9c\xda]", library):
        try:
            table = zlib.decompressobj().decompress(library[found.start():])
        except zlib.error:
            continue
        if len(table) > len(best):
            best = table
    return best


def records(table):
    """Each record starts at a multiple of eight; the population (int32) follows the
    strings at the next multiple of four, the coordinates (two doubles) at the next of eight."""
    for found in RECORD.finditer(table):
        start = found.start()
        while start % 8 and start < found.end(1):
            start += 1
        if start % 8 or start >= found.end(1):
            continue
        at = (found.end() + 3) // 4 * 4
        (population,) = struct.unpack_from("<i", table, at)
        latitude, longitude = struct.unpack_from("<dd", table, (at + 4 + 7) // 8 * 8)
        if population < 0 or not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            continue
        name, region, code, country = (found.group(k).decode() for k in (2, 4, 5, 6))
        yield name, region, code, country, population, latitude, longitude


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else LIBRARY
    try:
        library = open(path, "rb").read()
    except OSError as error:
        sys.exit(f"geonames-places: cannot read {path}: {error.strerror} (install Debian's libgeonames0)")
    rows = list(records(compressed_table(library)))
    if len(rows) < 10000:
        sys.exit(f"geonames-places: {path} holds {len(rows)} places; expected GeoNames' cities15000")
    for row in rows:
        print("\t".join(str(value) if not isinstance(value, float) else f"{value:.4f}" for value in row))
    print(f"geonames-places: {len(rows)} places from {path}", file=sys.stderr)


if __name__ == "__main__":
    main()

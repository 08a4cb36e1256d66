#!/usr/bin/env python3
"""Regenerate assets/geo/countries-{50m,110m}.geojson from the npm package world-atlas 2.0.2.

Usage: python3 scripts/build_geo.py [PATH_TO_UNPACKED_WORLD_ATLAS_PACKAGE]
Without a path the package is fetched with `npm pack` into a temporary directory.
Standard library only; ISO numeric -> alpha-3 codes come from scripts/iso3166.csv
(ISO 3166-1 table written once from the data of the Python package pycountry 26.2.16).

Geometry is written exactly as the TopoJSON decodes (rings closed, orientation and
antimeridian crossings untouched): the atlas repairs those when it loads the file.
"""
import csv
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VERSION = "2.0.2"
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "assets" / "geo"
DIGITS = {"50m": 4, "110m": 3}

# Keys for units the numeric id does not identify (Natural Earth ADM0_A3 style).
KEY_BY_NAME = {
    "Kosovo": "XKX",
    "N. Cyprus": "CYN",
    "Somaliland": "SOL",
    "Siachen Glacier": "KAS",
    "Indian Ocean Ter.": "IOA",  # Christmas I. and Cocos (Keeling) Is., no id in the data
    "Ashmore and Cartier Is.": "ATC",  # shares id 036 with Australia
}
# Names Natural Earth 4.1.0 has outdated or oddly styled.
NAME_FIX = {"Macedonia": "North Macedonia", "eSwatini": "Eswatini"}


def fetch_package(tmp):
    """Download world-atlas with `npm pack` into tmp and return the unpacked package directory."""
    subprocess.run(["npm", "pack", "--loglevel=error", f"world-atlas@{VERSION}"], cwd=tmp,
                   check=True, stdout=subprocess.DEVNULL)
    with tarfile.open(Path(tmp) / f"world-atlas-{VERSION}.tgz") as tar:
        tar.extractall(tmp, **({"filter": "data"} if hasattr(tarfile, "data_filter") else {}))
    return Path(tmp) / "package"


def decode_arcs(topo, digits):
    """Absolute, rounded [lon, lat] points of every arc (undo delta coding and quantization)."""
    t = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        if t is None:
            pts = [list(p[:2]) for p in arc]
        else:
            (sx, sy), (tx, ty) = t["scale"], t["translate"]
            x = y = 0
            pts = []
            for dx, dy, *_ in arc:
                x, y = x + dx, y + dy
                pts.append([x * sx + tx, y * sy + ty])
        arcs.append([[round(px, digits), round(py, digits)] for px, py in pts])
    return arcs


def ring(arcs, indices):
    """Stitch arcs into one closed ring; index ~i means arc i reversed."""
    pts = []
    for i in indices:
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(a[1:] if pts else a)  # drop the shared joint point
    while len(pts) < 4:  # degenerate ring, as topojson-client pads it
        pts.append(pts[0])
    return pts


def geometry(arcs, g):
    if g["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [ring(arcs, r) for r in g["arcs"]]}
    if g["type"] == "MultiPolygon":
        return {"type": "MultiPolygon",
                "coordinates": [[ring(arcs, r) for r in poly] for poly in g["arcs"]]}
    raise ValueError(f"unexpected geometry type {g['type']}")


def build(src, res, alpha3):
    topo = json.loads((src / f"countries-{res}.json").read_text(encoding="utf-8"))
    arcs = decode_arcs(topo, DIGITS[res])
    features, seen = [], {}
    for g in topo["objects"]["countries"]["geometries"]:
        name, iso = g["properties"]["name"], g.get("id")
        key = KEY_BY_NAME.get(name) or alpha3.get(iso)
        if key is None:
            sys.exit(f"error: {res}: no key for {name!r} (id {iso!r}); add it to KEY_BY_NAME")
        if key in seen:
            sys.exit(f"error: {res}: key {key} used by both {seen[key]!r} and {name!r}")
        seen[key] = name
        props = {"key": key, "name": NAME_FIX.get(name, name), "iso_n3": iso}
        features.append({"type": "Feature", "properties": props, "geometry": geometry(arcs, g)})
    features.sort(key=lambda f: f["properties"]["key"])
    # One feature per line keeps diffs readable.
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"countries-{res}.geojson"
    path.write_text(text, encoding="utf-8")
    no_iso = [f["properties"]["key"] for f in features if f["properties"]["iso_n3"] is None]
    print(f"{path}: {len(features)} features, {path.stat().st_size} bytes; "
          f"without ISO id: {', '.join(no_iso)}")


def main():
    with open(HERE / "iso3166.csv", newline="", encoding="utf-8") as f:
        alpha3 = {r["numeric"]: r["alpha_3"] for r in csv.DictReader(f)}
    with tempfile.TemporaryDirectory(prefix="world-atlas-") as tmp:
        src = Path(sys.argv[1]) if len(sys.argv) > 1 else fetch_package(tmp)
        for res in DIGITS:
            build(src, res, alpha3)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes assets/geo/countries-50m-simplified.geojson: the bundled 1:50m map with each
country's outline simplified to TOLERANCE degrees (shapely's topology-preserving
Douglas-Peucker), every property kept. The atlas draws it between the 1:110m map and the
full 1:50m map, where a pixel spans 0.04 to 0.1 degree: the same picture from far fewer
triangles, which a software renderer draws faster and in less memory.

Source: Natural Earth 1:50m admin-0 (public domain), as bundled. Needs `pip install shapely`.
"""
import json
import pathlib

from shapely.geometry import mapping, shape

TOLERANCE_DEGREES = 0.02
ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "assets/geo/countries-50m.geojson"
TARGET = ROOT / "assets/geo/countries-50m-simplified.geojson"


def rounded(value):
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, (list, tuple)):
        return [rounded(v) for v in value]
    return value


def main():
    collection = json.loads(SOURCE.read_text(encoding="utf-8"))
    for feature in collection["features"]:
        geometry = shape(feature["geometry"]).simplify(TOLERANCE_DEGREES, preserve_topology=True)
        feature["geometry"] = {
            "type": geometry.geom_type,
            "coordinates": rounded(mapping(geometry)["coordinates"]),
        }
    TARGET.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {TARGET} ({TARGET.stat().st_size} bytes)")


if __name__ == "__main__":
    main()

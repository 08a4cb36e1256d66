#!/usr/bin/env python3
"""Write assets/i18n/LANG/countries.json: today's name of every country of the bundled map in
each language, from the Unicode CLDR (through the `babel` package's copy of it).

Map keys are ISO 3166-1 alpha-3 codes; CLDR names territories by alpha-2, mapped through
Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json). Kosovo (XKX) is CLDR's XK.
The few Natural Earth units with no ISO code (Somaliland, Northern Cyprus, the Siachen
Glacier, two Australian territories) keep the map's own name, which the file's note says.

Usage: pip install babel; python3 scripts/build_country_names.py
"""
import json
from pathlib import Path

import babel
import babel.core
from babel import Locale

LANGUAGES = ["fr", "es", "pt", "sw", "hi"]
ROOT = Path(__file__).resolve().parent.parent
iso = json.loads(Path("/usr/share/iso-codes/json/iso_3166-1.json").read_text())["3166-1"]
alpha2 = {c["alpha_3"]: c["alpha_2"] for c in iso}
alpha2["XKX"] = "XK"
features = json.loads((ROOT / "assets/geo/countries-50m.geojson").read_text())["features"]
cldr = babel.core.get_cldr_version()

for code in LANGUAGES:
    territories = Locale.parse(code).territories
    names = {}
    kept = []
    for feature in features:
        key = feature["properties"]["key"]
        a2 = alpha2.get(key)
        if a2 and a2 in territories:
            names[key] = territories[a2]
        else:
            names[key] = feature["properties"]["name"]
            kept.append(feature["properties"]["name"])
    out = {
        "language": code,
        "note": (
            f"Today's country names from the Unicode CLDR, version {cldr} (babel {babel.__version__}), "
            "by ISO 3166-1 code; written by scripts/build_country_names.py. Kept as the map names them "
            "(no ISO code): " + ", ".join(sorted(kept)) + "."
        ),
        "sources": [
            {
                "title": f"Unicode Common Locale Data Repository (CLDR) {cldr}: territory names ({code})",
                "url": "https://cldr.unicode.org/",
            }
        ],
        "countries": dict(sorted(names.items())),
    }
    target = ROOT / "assets/i18n" / code / "countries.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    print(target, len(names), "names;", len(kept), "kept")

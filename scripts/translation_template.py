#!/usr/bin/env python3
"""Print the English skeleton of a language's content file (assets/i18n/LANG/content.json).

Every string a visitor reads that comes from the data: organization names and abbreviations
(with their former names), event titles, summaries and "sources differ" notes, stories,
the figures of 1984, the "About the map" notes, the names of the time (countries of the
time, historical states, administering powers, host and founding cities), and the notes of
country cards (a membership's, a period's), keyed by their English text. A translator copies
this file and replaces every English value; the keys and list lengths stay as they are.

Usage: python3 scripts/translation_template.py [ASSETS_DIR] > template.json
"""
import json
import sys
from pathlib import Path

assets = Path(sys.argv[1] if len(sys.argv) > 1 else "assets")
data = assets / "data"

organizations = json.loads((data / "organizations.json").read_text())["organizations"]
events = json.loads((data / "events.geojson").read_text())["features"]
countries = json.loads((data / "countries.json").read_text())
figures = json.loads((data / "figures.json").read_text())["figures"]
stories = [json.loads(p.read_text()) for p in sorted((assets / "stories").glob("*.json"))]

names = set()
out = {
    "language": "en",
    "language_name": "English",
    "organizations": {},
    "events": {},
    "stories": {},
    "figures": {},
    "map_notes": countries.get("map_notes", []),
    "names": {},
    "name_sources": {},
    "notes": {},
}
for o in organizations:
    entry = {"name": o["name"], "short_name": o["short_name"]}
    if o.get("former_names"):
        entry["former_names"] = [
            {"name": f["name"], "short_name": f["short_name"]} for f in o["former_names"]
        ]
    entry["basis"] = "official"
    entry["sources"] = []
    out["organizations"][o["id"]] = entry
    if o.get("founded_city"):
        names.add(o["founded_city"]["name"])
for feature in events:
    p = feature["properties"]
    entry = {"title": p["title"], "summary": p["summary"]}
    if p.get("note"):
        entry["note"] = p["note"]
    out["events"][p["id"]] = entry
    names.add(p["city"])
    names.add(p["country"])
for s in stories:
    out["stories"][s["id"]] = {
        "title": s["title"],
        "summary": s.get("summary", ""),
        "steps": [{"title": st["title"], "caption": st["caption"]} for st in s["steps"]],
    }
for f in figures:
    entry = {"label": f["label"], "text": f["text"]}
    if f.get("atlas_note"):
        entry["atlas_note"] = f["atlas_note"]
    out["figures"][f["id"]] = entry
for h in countries["historical_states"]:
    names.add(h["name"])
for c in countries["countries"]:
    for period in c["periods"]:
        names.add(period["name"])
        if period.get("administered_by"):
            names.add(period["administered_by"])
names.discard("")
out["names"] = {n: n for n in sorted(names)}
# Notes on country cards (a membership's, a period's), keyed by their English text.
notes = set()
for o in organizations:
    for member in o["members"]:
        if member.get("note"):
            notes.add(member["note"])
for c in countries["countries"]:
    for period in c["periods"]:
        if period.get("note"):
            notes.add(period["note"])
out["notes"] = {n: n for n in sorted(notes)}
json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
print()

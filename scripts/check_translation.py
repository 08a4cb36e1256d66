#!/usr/bin/env python3
"""Check a language's content file against the English skeleton.

Usage: python3 scripts/check_translation.py TEMPLATE.json LANG/content.json

Reports every key of the template that the file lacks, every list whose length differs,
every empty string, and keys the template does not have. Exits 1 if anything is wrong.
Values left identical to the English are counted (names and abbreviations often are).
"""
import json
import sys

template = json.load(open(sys.argv[1]))
target = json.load(open(sys.argv[2]))
problems = []
same = []
SKIP = {"language", "language_name", "basis", "sources", "name_sources"}


def walk(t, v, path):
    if isinstance(t, dict):
        if not isinstance(v, dict):
            problems.append(f"{path}: expected an object")
            return
        for k in t:
            if k in SKIP:
                continue
            if k not in v:
                problems.append(f"{path}.{k}: missing")
            else:
                walk(t[k], v[k], f"{path}.{k}")
        for k in v:
            if k not in t and k not in SKIP:
                problems.append(f"{path}.{k}: not in the template")
    elif isinstance(t, list):
        if not isinstance(v, list) or len(v) != len(t):
            problems.append(f"{path}: expected a list of {len(t)}")
            return
        for i, (a, b) in enumerate(zip(t, v)):
            walk(a, b, f"{path}[{i}]")
    elif isinstance(t, str):
        if not isinstance(v, str) or not v.strip():
            problems.append(f"{path}: empty or not a string")
        elif v == t and t:
            same.append(path)


walk(template, target, "")
for org_id, entry in target.get("organizations", {}).items():
    if entry.get("basis") not in ("official", "translation", "own_language"):
        problems.append(f".organizations.{org_id}.basis: must be official, translation or own_language")
for p in problems:
    print(p)
print(f"{len(problems)} problems; {len(same)} values identical to the English", file=sys.stderr)
sys.exit(1 if problems else 0)

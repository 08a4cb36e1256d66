#!/usr/bin/env python3
"""Compare a language's interface.ftl with the English one: message ids, and the variables
each message uses. (`ssc-atlas validate` makes the same checks with the real Fluent parser.)

Usage: python3 scripts/check_ftl.py assets/i18n/en/interface.ftl assets/i18n/fr/interface.ftl
"""
import re
import sys


def messages(path):
    out = {}
    current = None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        m = re.match(r"^([a-z][a-z0-9-]*)\s*=(.*)$", line)
        if m:
            current = m.group(1)
            out[current] = m.group(2)
        elif current and (line[0] in " \t" or line.startswith("}")):
            out[current] += "\n" + line
        else:
            print(f"{path}: cannot read line: {line.rstrip()}")
    return {k: set(re.findall(r"\$([a-z_]+)", v)) for k, v in out.items()}


english = messages(sys.argv[1])
other = messages(sys.argv[2])
problems = 0
for key, variables in english.items():
    if key not in other:
        print(f"missing: {key}")
        problems += 1
    elif other[key] != variables:
        print(f"variables differ in {key}: {sorted(other[key])} (English {sorted(variables)})")
        problems += 1
for key in other:
    if key not in english:
        print(f"not in English: {key}")
        problems += 1
print(f"{problems} problems", file=sys.stderr)
sys.exit(1 if problems else 0)

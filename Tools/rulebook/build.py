#!/usr/bin/env python3
"""Writes Sources/HavenCore/Resources/Signals/rules.json from rules.py and classes.py."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from classes import ALIASES, CLASSES  # noqa: E402
from rules import COMBOS, RULES  # noqa: E402

out = {"classes": CLASSES, "aliases": ALIASES, "rules": RULES, "combos": COMBOS}
path = os.path.join(HERE, "..", "..", "Sources", "HavenCore", "Resources", "Signals", "rules.json")
with open(path, "w") as fh:
    json.dump(out, fh, indent=1, ensure_ascii=False)
print(len(RULES), "rules", sum(len(r["patterns"]) for r in RULES), "patterns")

#!/usr/bin/env python3
"""Builds `haven classify` input lines from the rule book's own patterns, for checking that a
change to the matcher or the tokenizer leaves the output byte for byte as it was.

Each message fills one or two random patterns (a class becomes one of its words, a gap becomes
up to that many words, `a|b` one of its choices) and puts a few random class words around
them; half get a context turn built the same way. The same seed gives the same lines.

Usage (compare the build before a change with the one after):
    python3 Benchmarks/pattern_messages.py --count 40000 > /tmp/patterns.jsonl
    /path/to/old/haven classify --input /tmp/patterns.jsonl --output /tmp/before.jsonl
    .build/release/haven classify --input /tmp/patterns.jsonl --output /tmp/after.jsonl
    cmp /tmp/before.jsonl /tmp/after.jsonl
"""
import argparse
import json
import random
import re

ANCHORS = "^$<>[]"


def fill(pattern, classes, filler, rng):
    """One concrete word list for a pattern."""
    words = []
    for item in pattern.split():
        gap = re.match(r"\*(\d+)(.*)", item)
        if gap:
            words += [rng.choice(filler) for _ in range(rng.randint(0, int(gap.group(1))))]
            item = gap.group(2)
        item = item.strip(ANCHORS)
        if not item:
            continue
        choice = rng.choice(item.split("|"))
        if choice.startswith("@"):
            members = classes.get(choice[1:]) or [choice[1:].lower()]
            words.append(rng.choice(members))
        else:
            words.append(choice)
    return words


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rules", default="Sources/HavenCore/Resources/Signals/rules.json")
    parser.add_argument("--count", type=int, default=40000)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    with open(args.rules, encoding="utf-8") as f:
        book = json.load(f)
    classes = book["classes"]
    filler = [word for members in classes.values() for word in members if " " not in word]
    patterns = [p for rule in book["rules"] for p in rule["patterns"]]
    rng = random.Random(args.seed)
    for i in range(args.count):
        words = [rng.choice(filler) for _ in range(rng.randint(0, 3))]
        words += fill(rng.choice(patterns), classes, filler, rng)
        words += [rng.choice(filler) for _ in range(rng.randint(0, 3))]
        if rng.random() < 0.3:
            words += fill(rng.choice(patterns), classes, filler, rng)
        text = " ".join(words)
        if rng.random() < 0.3:
            text = text.capitalize() + rng.choice([".", "!", "?", ""])
        context = []
        if rng.random() < 0.5:
            context = [{"speaker": "B", "text": " ".join(fill(rng.choice(patterns), classes, filler, rng))}]
        print(json.dumps({"id": str(i), "speaker": "A", "text": text, "context": context}, ensure_ascii=False))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes a synthetic Android WhatsApp export of N messages to stdout (for import timing only).

Two people, a message every 5 s to 5 min, 3 % multi-line messages, 1 % media placeholders.
The words are a fixed neutral list: this file measures parsing speed, not analysis quality.
"""
import datetime
import random
import sys

WORDS = ("i think we should talk about this later okay love you too why did you say that sorry "
         "my bad dinner tonight can you pick up the kids tomorrow really again never always fine "
         "whatever thanks").split()


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rng = random.Random(7)
    moment = datetime.datetime(2019, 1, 1, 8, 0)
    out = sys.stdout
    out.write("01/01/2019, 08:00 - Messages and calls are end-to-end encrypted. No one outside of this "
              "chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n")
    for _ in range(count):
        moment += datetime.timedelta(seconds=rng.randint(5, 300))
        sender = "Alex Morgan" if rng.random() < 0.5 else "Sam Rivera"
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 14)))
        if rng.random() < 0.03:
            text += "\n" + " ".join(rng.choice(WORDS) for _ in range(5))
        if rng.random() < 0.01:
            text = "<Media omitted>"
        out.write(f"{moment:%d/%m/%Y, %H:%M} - {sender}: {text}\n")


if __name__ == "__main__":
    main()

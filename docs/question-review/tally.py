#!/usr/bin/env python3
"""Tallies a blind review: the reviewer's ratings.json joined with our key.json.

    python3 docs/question-review/tally.py docs/question-review/round-1

ratings.json is a list of {"q": "Q1", "rating": "USE|MINOR|REJECT", "defects": [...], "reason": "..."}.
Prints USE / MINOR / REJECT overall, per article and per kind, and the count of each defect, as Markdown.
"""
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path


def line(label, ratings):
    c = Counter(r["rating"] for r in ratings)
    n = len(ratings)
    pct = lambda k: f"{c[k]} ({100 * c[k] / n:.0f}%)" if n else "0"
    usable = c["USE"] + c["MINOR"]
    return f"| {label} | {n} | {pct('USE')} | {pct('MINOR')} | {pct('REJECT')} | {100 * usable / n:.0f}% |"


def main():
    folder = Path(sys.argv[1])
    key = {k["q"]: k for k in json.loads((folder / "key.json").read_text())["questions"]}
    ratings = json.loads((folder / "ratings.json").read_text())
    for r in ratings:
        r.update({"article": key[r["q"]]["article"], "kind": key[r["q"]]["kind"]})
    head = "| | n | USE | MINOR | REJECT | USE or MINOR |\n|---|---|---|---|---|---|"
    print(head)
    print(line("all", ratings))
    for group in ("article", "kind"):
        groups = defaultdict(list)
        for r in ratings:
            groups[r[group]].append(r)
        for name in sorted(groups):
            print(line(f"{group}: {name}", groups[name]))
    defects = Counter(d for r in ratings for d in r.get("defects", []))
    print("\n| defect | count | share |\n|---|---|---|")
    for d, n in defects.most_common():
        print(f"| {d} | {n} | {100 * n / len(ratings):.0f}% |")


if __name__ == "__main__":
    main()

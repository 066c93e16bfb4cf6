#!/usr/bin/env python3
"""Draws a blind-review sample from Lectern's dry-run output.

    java -jar target/lectern.jar import --dry-run --json ARTICLE... > bank.jsonl
    python3 docs/question-review/sample.py bank.jsonl --seed 20261202 --per-article 12 --out docs/question-review/round-1

Writes sample.md (what the reviewer sees: article and lesson title, source sentence, stem, options, key and
explanation; never the kind, the score or anything of the generator) and key.json (for us: which article, kind and id
each Qn is, with the generator's quality score when the JSON has one). The draw is random with the given seed, at most
--per-article questions from each article, shuffled across articles.
"""
import argparse
import json
import random
from pathlib import Path


def questions(lines):
    for line in lines:
        course = json.loads(line)
        if "error" in course:
            continue
        for lesson in course["lessons"]:
            for q in lesson["questions"]:
                yield course, lesson, q


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bank")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--per-article", type=int, default=12)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    by_article = {}
    with open(args.bank, encoding="utf-8") as f:
        for course, lesson, q in questions(f):
            by_article.setdefault(course["source"], []).append((course, lesson, q))
    drawn = []
    for source in sorted(by_article):
        pool = by_article[source]
        drawn += rng.sample(pool, min(args.per_article, len(pool)))
    rng.shuffle(drawn)

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    sample, key = [], []
    for n, (course, lesson, q) in enumerate(drawn, 1):
        letters = "ABCDEFGH"
        sample.append(f"## Q{n}\n")
        sample.append(f"- Article: {course['title']}\n- Lesson: {lesson['title']}\n")
        sample.append(f"- Source sentence: {q['sourceSentence']}\n")
        sample.append(f"- Stem: {q['stem']}\n")
        for i, option in enumerate(q["options"]):
            sample.append(f"  - {letters[i]}) {option}\n")
        sample.append(f"- Keyed answer: {letters[q['answer']]}\n")
        sample.append(f"- Explanation: {q['explanation']}\n\n")
        key.append({"q": f"Q{n}", "source": course["source"], "article": course["title"], "kind": q["kind"],
                    "id": q["id"], "quality": q.get("quality")})
    counts = {s: sum(1 for k in key if k["source"] == s) for s in sorted(by_article)}
    header = (f"# Blind review sample\n\n{len(drawn)} questions drawn with seed {args.seed}, at most "
              f"{args.per_article} per article, from {len(counts)} articles.\n\n")
    (out / "sample.md").write_text(header + "".join(sample), encoding="utf-8")
    (out / "key.json").write_text(json.dumps({"seed": args.seed, "per_article": args.per_article,
                                               "pool": {s: len(p) for s, p in by_article.items()},
                                               "drawn": counts, "questions": key}, indent=1), encoding="utf-8")
    print(f"{len(drawn)} questions from {len(counts)} articles -> {out}/sample.md, {out}/key.json")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Runs ../shared/bin/corpus-score on the seed corpus and fails unless every
seed meets the goals of the project: no boilerplate leak, recall >= 0.97,
title 30-60 characters, meta description 120-156, at least two headings for
an article over 300 words, no section over 300 words, deterministic output.
Prints the score table either way."""
import argparse, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "bin", "corpus-score"))


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bin", default="build/titraille")
    ap.add_argument("--score", default=SCORE)
    a = ap.parse_args()
    table = subprocess.run([a.score, "--bin", a.bin, "--corpus", "seeds"], capture_output=True, text=True)
    print(table.stdout, end="")
    rows = json.loads(subprocess.run([a.score, "--bin", a.bin, "--corpus", "seeds", "--json"],
                                     capture_output=True, text=True, check=False).stdout)
    problems = []
    for r in rows:
        if "error" in r:
            problems.append(f"{r['id']}: {r['error']}")
            continue
        if r["leak"]:
            problems.append(f"{r['id']}: {r['leak']} leaked lines")
        if r["recall"] < 0.97:
            problems.append(f"{r['id']}: recall {r['recall']}")
        if not 30 <= r["title"] <= 60:
            problems.append(f"{r['id']}: title of {r['title']} characters")
        if not 120 <= r["meta"] <= 156:
            problems.append(f"{r['id']}: meta description of {r['meta']} characters")
        if r["words"] > 300 and r["h2"] < 2:
            problems.append(f"{r['id']}: {r['h2']} headings for {r['words']} words")
        if r["maxsec"] > 300:
            problems.append(f"{r['id']}: a section of {r['maxsec']} words")
        if r["det"] != "yes":
            problems.append(f"{r['id']}: not deterministic")
    for p in problems:
        print("check-seeds: " + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

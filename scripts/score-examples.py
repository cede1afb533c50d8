#!/usr/bin/env python3
"""Scores titraille on the project's own examples (data/examples/*.txt with
gold labels in tests/gold/*.gold.json), the same way ../shared/bin/corpus-score
scores the seeds: recall of article words, boilerplate/prompt leaks, title and
meta lengths, headings, longest section, determinism.

Usage: scripts/score-examples.py [--bin build/titraille] [--verbose]
"""
import argparse, collections, json, os, re, subprocess, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORD = re.compile(r"\w+")


def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(s.lower().split())


def tokens(s):
    return WORD.findall(norm(s))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "titraille"))
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    gold_dir = os.path.join(ROOT, "tests", "gold")
    cols = ["recall", "leak", "title", "meta", "h2", "maxsec", "words", "det"]
    print(f"{'example':<32}" + "".join(f"{c:>8}" for c in cols))
    bad = 0
    for f in sorted(os.listdir(gold_dir)):
        if not f.endswith(".gold.json"):
            continue
        name = f[: -len(".gold.json")]
        src = os.path.join(ROOT, "data", "examples", name + ".txt")
        gold = json.load(open(os.path.join(gold_dir, f), encoding="utf-8"))
        p = subprocess.run([a.bin, "--format", "json", src], capture_output=True)
        if p.returncode != 0:
            print(f"{name:<32}ERROR {p.stderr.decode()[:200]}")
            bad += 1
            continue
        art = json.loads(p.stdout)
        body = [x for s in art["sections"] for x in s["paragraphs"]]
        heads = [s["heading"] for s in art["sections"] if s["heading"]]
        everything = norm(" \n ".join(body + heads + [art["title"], art["h1"], art["meta_description"]]))
        g = collections.Counter(tokens(" ".join(gold["article_paragraphs"] + gold["headings"])))
        b = collections.Counter(tokens(" ".join(body)))
        recall = sum((b & g).values()) / max(1, sum(g.values()))
        leaks = [l for l in gold["boilerplate_lines"] + gold["prompt_lines"] if norm(l) in everything]
        secw = [sum(len(tokens(x)) for x in s["paragraphs"]) for s in art["sections"]]
        p2 = subprocess.run([a.bin, "--format", "json", src], capture_output=True)
        row = [round(recall, 3), len(leaks), len(art["title"]), len(art["meta_description"]),
               len(heads), max(secw or [0]), len(tokens(" ".join(body))), "yes" if p2.stdout == p.stdout else "no"]
        print(f"{name:<32}" + "".join(f"{str(c):>8}" for c in row))
        if a.verbose:
            for l in leaks:
                print(f"    leaked: {l[:100]}")
            bodyn = norm(" \n ".join(body))
            for para in gold["article_paragraphs"]:
                if norm(para) not in bodyn:
                    print(f"    changed or lost: {para[:100]}")
        if leaks or recall < 0.95:
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

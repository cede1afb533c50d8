#!/usr/bin/env python3
"""Compares titraille's `checks` with Yoast SEO's verdict on the same articles.

For every seed of ../shared/corpus/seeds (*.txt) and every data/examples/*.txt,
runs `titraille --format html` and `--format json`, then the Yoast judge of
../shared/tools/judge on the HTML with the keyphrase of the JSON, and compares
the rating (good / ok / bad) of each assessment both compute. Prints a table
(assessment x article: ours/Yoast, `=` when they agree) and the agreement.

Usage: scripts/compare-yoast.py [--bin build/titraille] [--shared ../shared] [--verbose]
Exit status 0, or 1 when the agreement is below --target (default 95 %).
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

# Yoast assessments a text controls, all computed by titraille under the same id.
SHARED = ["introductionKeyword", "keyphraseLength", "keyphraseDensity", "metaDescriptionKeyword",
          "metaDescriptionLength", "subheadingsKeyword", "textLength", "keyphraseInSEOTitle", "titleWidth",
          "slugKeyword", "singleH1", "subheadingsTooLong", "textParagraphTooLong", "textSentenceLength",
          "textTransitionWords", "passiveVoice", "sentenceBeginnings"]
SHORT = {"good": "G", "ok": "O", "bad": "B"}


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(root, "build", "titraille"))
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(root), "shared"))
    ap.add_argument("--target", type=float, default=95.0)
    ap.add_argument("--verbose", action="store_true", help="print Yoast's feedback where the ratings differ")
    args = ap.parse_args()
    judge = os.path.join(args.shared, "tools", "judge", "yoast-judge.mjs")
    inputs = sorted(glob.glob(os.path.join(args.shared, "corpus", "seeds", "*.txt")))
    inputs += sorted(glob.glob(os.path.join(root, "data", "examples", "*.txt")))
    results = {}  # article -> assessment -> (ours, yoast)
    widths = {}
    with tempfile.TemporaryDirectory() as tmp:
        for path in inputs:
            name = os.path.basename(path)[:-4]
            html = os.path.join(tmp, name + ".html")
            subprocess.run([args.bin, "--format", "html", "-o", html, path], check=True)
            doc = json.loads(subprocess.run([args.bin, "--format", "json", path], check=True,
                                            capture_output=True, text=True).stdout)
            yoast = json.loads(subprocess.run(["node", judge, html, "--keyphrase", doc["keyphrase"]], check=True,
                                              capture_output=True, text=True).stdout)
            ours = {c["id"]: c for c in doc["checks"]}
            theirs = {a["identifier"]: a for block in ("seo", "readability") for a in yoast[block]["assessments"]}
            widths[name] = yoast["inputs"]["title_width_px"]
            results[name] = {}
            for a in SHARED:
                if a in theirs and a in ours:
                    results[name][a] = (ours[a]["status"], theirs[a]["rating"])
                    if args.verbose and ours[a]["status"] != theirs[a]["rating"]:
                        print(f"{name} {a}: ours {ours[a]['status']} ({ours[a]['detail']}); "
                              f"Yoast {theirs[a]['rating']} ({theirs[a]['text']})")
    names = list(results)
    short = [n[:12] for n in names]
    print("Ratings ours/Yoast (G good, O ok, B bad; '=' agree, '!' differ)")
    print(f"{'assessment':22}" + "".join(f"{s:>14}" for s in short))
    agree = total = 0
    for a in SHARED:
        row = f"{a:22}"
        for n in names:
            if a not in results[n]:
                row += f"{'-':>14}"
                continue
            o, y = results[n][a]
            total += 1
            agree += o == y
            row += f"{SHORT.get(o, o) + '/' + SHORT.get(y, y) + ('=' if o == y else '!'):>14}"
        print(row)
    print(f"{'titleWidth (px)':22}" + "".join(f"{widths[n]:>14}" for n in names))
    pct = 100.0 * agree / total if total else 0.0
    print(f"\nagreement: {agree}/{total} = {pct:.1f} % over {len(names)} articles and {len(SHARED)} assessments")
    return 0 if pct >= args.target else 1


if __name__ == "__main__":
    sys.exit(main())

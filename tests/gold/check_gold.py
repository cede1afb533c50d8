#!/usr/bin/env python3
"""Consistency check for the titraille gold labels.

For every data/examples/NN-topic.txt and tests/gold/NN-topic.gold.json pair:
  * the JSON parses and has exactly the expected keys and types;
  * every gold string occurs verbatim in the input;
  * no boilerplate or prompt string is a substring of an article paragraph or heading;
  * every non-empty input line is covered by the gold strings (the line equals,
    contains or is contained in a gold string), and, more strictly, every line is
    exactly one gold string or two gold strings glued together, with each
    boilerplate/prompt/heading string listed once per occurrence;
  * the article word count (regex \\w+ over article_paragraphs) is within the plan;
  * the noise kinds detected in the file are the planned ones.
Then it checks corpus-level constraints (each noise kind in at least two files,
one ALL CAPS title, two short and at least four long articles, no noise string
reused across files).

No arguments; paths are relative to this file. Exits non-zero on any problem.
An exactly repeated article paragraph is listed once in article_paragraphs.
"""
import collections
import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
EXAMPLES = ROOT / "data" / "examples"

KEYS = ["title", "prompt_lines", "boilerplate_lines", "headings",
        "article_paragraphs", "truncated_paragraphs", "metadata"]
META_KEYS = {"date", "source", "dateline", "author"}

# Hand-written plan: topic, article word range (\w+ tokens), noise kinds.
PLAN = {
    "01-inondations-gard": dict(
        topic="floods in the Gard", words=(451, 900),
        kinds="prompt-line title-repeated site-name date-line byline dateline-glued "
              "breadcrumb share reading-time photo-credit ad lire-aussi related-header "
              "cookie subheadings"),
    "02-greve-sncf": dict(
        topic="national rail strike", words=(451, 900),
        kinds="prompt-multi site-name breadcrumb date-line reading-time audio agency-credit "
              "ad lire-aussi truncated-end paywall newsletter voir-plus"),
    "03-canicule-occitanie": dict(
        topic="heat wave and water restrictions in Occitanie", words=(150, 250),
        kinds="prompt-glued-title site-name date-line foreign-en foreign-es foreign-id "
              "similar-news-block straight-quotes source-trailer loading"),
    "04-football-entraineur": dict(
        topic="football club changes coach", words=(451, 900), glued=["mercrediLes"],
        kinds="prompt-line site-name breadcrumb title-repeated byline date-line share ad "
              "subheadings glued-words related-header voir-plus cookie"),
    "05-incendie-grece": dict(
        topic="wildfire on a Greek island", words=(451, 900),
        kinds="prompt-multi site-name date-line agency-credit loading photo-credit "
              "dateline-glued repeated-paragraph truncated-end foreign-pt foreign-en "
              "similar-news-block source-trailer"),
    "06-reforme-retraites": dict(
        topic="pension reform vote in the National Assembly", words=(451, 900),
        kinds="site-name prompt-line title-caps title-repeated byline date-line "
              "reading-time audio loading subheadings doubled-guillemets ad lire-aussi "
              "related-header newsletter cookie"),
    "07-archeologie-bretagne": dict(
        topic="archaeological discovery in Brittany", words=(150, 250),
        kinds="prompt-glued-title site-name dateline-line date-line photo-credit "
              "truncated-start foreign-es foreign-pt foreign-id similar-news-block "
              "source-trailer"),
    "08-licenciements-usine-nord": dict(
        topic="layoffs at a car factory in the Nord", words=(300, 450), glued=["avaitdéjà"],
        kinds="site-name prompt-multi title-repeated byline date-line share dateline-line "
              "photo-credit glued-words ad lire-aussi newsletter"),
}

# Minimum number of files per kind across the corpus (exact count for title-caps).
SPECIAL_MIN = {"truncated-start": 1, "doubled-guillemets": 1, "straight-quotes": 1,
               "repeated-paragraph": 1, "paywall": 1, "breadcrumb": 1}
EXACT = {"title-caps": 1}
RANGE = {"subheadings": (2, 3)}

GLUED_TEASER = re.compile(r"[a-zà-ÿ?][A-ZÀ-Ý][a-zà-ÿ]")


def words(paragraphs):
    return sum(len(re.findall(r"\w+", p)) for p in paragraphs)


def detect(name, text, lines, g):
    """Return the set of noise/defect kinds found in one example."""
    bp, pr, art = g["boilerplate_lines"], g["prompt_lines"], g["article_paragraphs"]
    title, meta = g["title"], g.get("metadata", {})
    line_set = set(lines)
    found = set()

    def anyb(rx, flags=0):
        return any(re.search(rx, b, flags) for b in bp)

    if any(p in line_set for p in pr if "," not in p):
        found.add("prompt-line")
    if any(p in line_set and p.count(",") >= 2 for p in pr):
        found.add("prompt-multi")
    if title and any(p + title in line_set for p in pr):
        found.add("prompt-glued-title")
    if title and (bp.count(title) >= 1 or title.upper() in bp):
        found.add("title-repeated")
    if title and title.upper() in bp:
        found.add("title-caps")
    if meta.get("source") and any(meta["source"] in b for b in bp):
        found.add("site-name")
    if anyb(r"20\d\d"):
        found.add("date-line")
    if anyb(r"^Par [A-ZÉ]"):
        found.add("byline")
    if anyb(r"^(Avec AFP|\(Reuters\)|\(AFP\)|Avec Reuters)$"):
        found.add("agency-credit")
    dl = meta.get("dateline")
    if dl and art and art[0].startswith(dl.upper()):
        found.add("dateline-glued")
    if dl and anyb(r"^" + re.escape(dl) + r"\s*[(/]"):
        found.add("dateline-line")
    if anyb(r"^\S.* > \S"):
        found.add("breadcrumb")
    if anyb(r"^(PUBLICITÉ|Publicité|ANNONCE|Espace publicitaire|Contenu sponsorisé)$"):
        found.add("ad")
    if anyb(r"(?i)(lecture\s*:?\s*\d+\s*min|\d+\s*min(utes)? de lecture)"):
        found.add("reading-time")
    if anyb(r"(?i)^écout"):
        found.add("audio")
    if anyb(r"^(Partager|Copier le lien|Envoyer par|LinkedIn|Imprimer)"):
        found.add("share")
    if anyb(r"(?i)newsletter|lettre «|lettre politique"):
        found.add("newsletter")
    if anyb(r"(?i)cookies|traceurs"):
        found.add("cookie")
    if anyb(r"^Lire aussi : "):
        found.add("lire-aussi")
    for hdr in ("Sur le même sujet", "À lire aussi", "Sur le même thème"):
        if hdr in bp and hdr in line_set:
            i = lines.index(hdr)
            nxt = [l for l in lines[i + 1:i + 4] if l]
            if len(nxt) >= 2 and all(l in bp for l in nxt):
                found.add("related-header")
    if anyb(r"(?i)(\bphoto\b|© \w+ \w+ / )"):
        found.add("photo-credit")
    if anyb(r"^Voir plus"):
        found.add("voir-plus")
    if anyb(r"(?i)^(chargement|loading)"):
        found.add("loading")
    if anyb(r"^(Source link|Article source|Lihat sumber asli)$"):
        found.add("source-trailer")
    if anyb(r"abonnés"):
        found.add("paywall")
    if anyb(r"^(Loading\.\.\.|Share this article|Related news|Read more »)$"):
        found.add("foreign-en")
    if anyb(r"^(Leer más »|Noticias relacionadas|Leer artículo completo »|Fuente:)"):
        found.add("foreign-es")
    if anyb(r"^(Leia mais »|Leia também)"):
        found.add("foreign-pt")
    if anyb(r"^(Berita terkait|Baca selengkapnya »|Baca juga|Sumber:|Lihat sumber|Selasa)"):
        found.add("foreign-id")
    if sum(1 for b in bp if len(b) > 60 and GLUED_TEASER.search(b)) >= 2:
        found.add("similar-news-block")
    if g["headings"]:
        found.add("subheadings")
    if any(not re.search(r"[.!?»\"…]$", t) for t in g["truncated_paragraphs"]):
        found.add("truncated-end")
    if any(t[:1].islower() for t in g["truncated_paragraphs"]):
        found.add("truncated-start")
    glued = PLAN.get(name, {}).get("glued", [])
    if glued and all(any(w in p for p in art) for w in glued):
        found.add("glued-words")
    if any("« «" in p for p in art):
        found.add("doubled-guillemets")
    if any('"' in p for p in art):
        found.add("straight-quotes")
    if any(text.count(p) >= 2 for p in art):
        found.add("repeated-paragraph")
    return found


def check_one(name, txt_path, gold_path, problems):
    def bad(msg):
        problems.append(f"{name}: {msg}")

    raw = txt_path.read_bytes()
    if b"\r" in raw:
        bad("input contains CR characters (LF only expected)")
    text = raw.decode("utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        bad(f"gold JSON does not parse: {e}")
        return None
    if set(g) != set(KEYS):
        bad(f"gold keys {sorted(g)} != {sorted(KEYS)}")
        return None
    if g["title"] is not None and not isinstance(g["title"], str):
        bad("title must be a string or null")
    for k in KEYS[1:6]:
        if not isinstance(g[k], list) or not all(isinstance(s, str) for s in g[k]):
            bad(f"{k} must be a list of strings")
            return None
    meta = g["metadata"]
    if not isinstance(meta, dict) or not set(meta) <= META_KEYS:
        bad(f"metadata keys {list(meta)} not a subset of {sorted(META_KEYS)}")
        meta = {}
    if "date" in meta:
        d = meta["date"]
        ok = re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d[+-]\d\d:\d\d)?", d or "")
        try:
            datetime.datetime.fromisoformat(d)
        except Exception:  # noqa: BLE001
            ok = False
        if not ok:
            bad(f"metadata.date not ISO 8601: {d!r}")
    for k in ("source", "author"):
        if k in meta and meta[k] not in text:
            bad(f"metadata.{k} {meta[k]!r} not found in input")
    if "dateline" in meta and meta["dateline"].lower() not in text.lower():
        bad(f"metadata.dateline {meta['dateline']!r} not found in input")

    title = g["title"]
    art, heads = g["article_paragraphs"], g["headings"]
    noise = g["prompt_lines"] + g["boilerplate_lines"]
    all_strings = ([title] if title else []) + noise + heads + art

    # 1. every gold string verbatim in the input
    for s in all_strings + g["truncated_paragraphs"]:
        if s not in text:
            bad(f"gold string not in input: {s[:70]!r}")
    for t in g["truncated_paragraphs"]:
        if t not in art:
            bad(f"truncated paragraph not in article_paragraphs: {t[:60]!r}")
    if len(set(art)) != len(art):
        bad("article_paragraphs contains duplicates")
    # 2. noise strings: long enough, not inside article text
    for s in noise:
        if len(s) < 4:
            bad(f"noise string shorter than 4 chars: {s!r}")
        for p in art + heads:
            if s in p:
                bad(f"noise string {s[:50]!r} is a substring of article text {p[:50]!r}")
    # 3a. coverage as specified: each line equals, contains or is contained in a gold string
    for i, line in enumerate(lines, 1):
        if line.strip() and not any(line == s or s in line or line in s for s in all_strings):
            bad(f"line {i} not covered: {line[:70]!r}")
    # 3b. strict coverage: each line is one gold string or two glued ones, and the
    # multiset of non-article segments equals the gold lists
    gold_set = set(all_strings)
    segments = collections.Counter()
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if line in gold_set:
            segments[line] += 1
            continue
        split = next((k for k in range(1, len(line))
                      if line[:k] in gold_set and line[k:] in gold_set), None)
        if split is None:
            bad(f"line {i} is not a gold string nor two glued gold strings: {line[:70]!r}")
        else:
            segments[line[:split]] += 1
            segments[line[split:]] += 1
    expected = collections.Counter(noise + heads + ([title] if title else []))
    for s in set(expected) | set(segments):
        if s in art:
            continue
        if segments[s] != expected[s]:
            bad(f"{s[:60]!r} occurs {segments[s]}x as a line segment but is listed {expected[s]}x")
    for p in art:
        if segments[p] < 1:
            bad(f"article paragraph is not a full line: {p[:60]!r}")

    # 4. word count and kinds
    n = words(art)
    plan = PLAN.get(name)
    found = detect(name, text, lines, g)
    if plan is None:
        bad("example missing from PLAN")
        return n, found
    lo, hi = plan["words"]
    if not lo <= n <= hi:
        bad(f"article words {n} outside planned range {lo}-{hi}")
    planned = set(plan["kinds"].split())
    if planned != found:
        if planned - found:
            bad(f"planned kinds not detected: {sorted(planned - found)}")
        if found - planned:
            bad(f"detected kinds not in plan: {sorted(found - planned)}")
    return n, found


def main():
    problems = []
    txts = sorted(EXAMPLES.glob("*.txt"))
    if not txts:
        print(f"no examples found in {EXAMPLES}")
        return 1
    results = {}
    noise_owner = {}
    for txt in txts:
        name = txt.stem
        gold = HERE / f"{name}.gold.json"
        if not gold.exists():
            problems.append(f"{name}: missing gold file {gold.name}")
            continue
        before = len(problems)
        res = check_one(name, txt, gold, problems)
        if res is None:
            print(f"{name}: FAIL (unreadable gold)")
            continue
        n, found = res
        results[name] = (n, found)
        g = json.loads(gold.read_text(encoding="utf-8"))
        for s in set(g["prompt_lines"] + g["boilerplate_lines"]) - {g["title"]}:
            noise_owner.setdefault(s, set()).add(name)
        status = "ok" if len(problems) == before else "FAIL"
        topic = PLAN.get(name, {}).get("topic", "?")
        print(f"{name}: {status} | {topic} | {n} article words | {len(g['article_paragraphs'])} paragraphs"
              f" | noise: {', '.join(sorted(found))}")
    for name in PLAN:
        if name not in results:
            problems.append(f"{name}: planned example missing")

    # corpus-level constraints
    for s, owners in noise_owner.items():
        if len(owners) > 1:
            problems.append(f"noise string reused in {sorted(owners)}: {s!r}")
    counts = collections.Counter(k for _, f in results.values() for k in f)
    all_kinds = {k for p in PLAN.values() for k in p["kinds"].split()}
    for k in sorted(all_kinds):
        c = counts[k]
        if k in EXACT:
            ok = c == EXACT[k]
        elif k in RANGE:
            ok = RANGE[k][0] <= c <= RANGE[k][1]
        else:
            ok = c >= SPECIAL_MIN.get(k, 2)
        if not ok:
            problems.append(f"corpus: kind {k!r} present in {c} files (constraint not met)")
    wc = [n for n, _ in results.values()]
    if sum(150 <= n <= 250 for n in wc) != 2:
        problems.append("corpus: expected exactly two short articles (150-250 words)")
    if sum(n > 450 for n in wc) < 4:
        problems.append("corpus: expected at least four articles over 450 words")
    if any(n > 900 or n < 150 for n in wc):
        problems.append("corpus: article word counts must stay within 150-900")

    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(results)} examples checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

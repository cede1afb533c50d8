#!/usr/bin/env python3
"""Check the titraille lexicon files (no arguments).

Finds the lists relative to this script and verifies, for every list:
UTF-8, LF line endings, final newline, a comment header (with the licence),
no blank lines, no entry with surrounding spaces, NFC normalisation,
no ASCII apostrophe (look-ups use U+2019), no duplicates, entries sorted in
byte order, lower case where required; abbreviations end with a period and,
when lower case, are not the end of a word of fr/common.txt;
for the foreign-language lists, that no entry is also in
lang/fr.txt, fr/stopwords.txt or fr/common.txt; and for lang/fr-shared.txt,
that every entry is such a French word followed by a tab and known language codes.
Prints the entry count per file; exits 1 if a problem was found.
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LICENCE = 'Written for titraille; CC0'
FOREIGN = ['en', 'es', 'pt', 'it', 'de', 'nl', 'id', 'tr']
FRENCH_SOURCES = ['lang/fr.txt', 'fr/stopwords.txt', 'fr/common.txt']
# file -> (lower case required, expected entries: None = any, 0 = comments only)
FILES = {f'lang/{c}.txt': (True, None) for c in FOREIGN}
FILES.update({
    'lang/fr.txt': (True, None),
    'lang/fr-overlap-excluded.txt': (True, 0),
    'lang/fr-shared.txt': (True, None),
    'fr/stopwords.txt': (True, None),
    'fr/elisions.txt': (True, None),
    'fr/abbreviations.txt': (False, None),
    'fr/common.txt': (True, None),
    'fr/places.txt': (False, None),
    'fr/months.txt': (True, None),
    'fr/weekdays.txt': (True, None),
    'fr/unfinished-ends.txt': (True, None),
})

problems = []


def problem(rel, msg):
    problems.append(f'{rel}: {msg}')


def load(rel):
    """Return the list of entries of a file, recording any format problem."""
    path = os.path.join(HERE, rel)
    if not os.path.isfile(path):
        problem(rel, 'missing')
        return []
    data = open(path, 'rb').read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        problem(rel, f'not UTF-8 ({e})')
        return []
    if text.startswith('\ufeff'):
        problem(rel, 'starts with a BOM')
    if '\r' in text:
        problem(rel, 'contains CR (line endings must be LF)')
    if not text.endswith('\n'):
        problem(rel, 'does not end with a newline')
    lines = text.split('\n')[:-1] if text.endswith('\n') else text.split('\n')
    if not lines or not lines[0].startswith('#'):
        problem(rel, 'no comment header on the first line')
    header = []
    for line in lines:
        if not line.startswith('#'):
            break
        header.append(line)
    if len(header) < 2:
        problem(rel, 'comment header is shorter than two lines')
    if not any(LICENCE in h for h in header):
        problem(rel, f'header does not state the licence "{LICENCE}"')
    entries = []
    for n, line in enumerate(lines[len(header):], len(header) + 1):
        if line.startswith('#'):
            continue
        if line == '':
            problem(rel, f'line {n}: blank line')
            continue
        if line != line.strip():
            problem(rel, f'line {n}: surrounding spaces in {line!r}')
        if "'" in line:
            problem(rel, f"line {n}: ASCII apostrophe in {line!r} (write U+2019, the form looked up)")
        if unicodedata.normalize('NFC', line) != line:
            problem(rel, f'line {n}: not NFC-normalised: {line!r}')
        entries.append(line)
    return entries


def main():
    loaded = {}
    for rel, (lower, expected) in FILES.items():
        entries = load(rel)
        loaded[rel] = entries
        if expected is not None and len(entries) != expected:
            problem(rel, f'expected {expected} entries, found {len(entries)}')
        seen = set()
        for e in entries:
            if e in seen:
                problem(rel, f'duplicate entry {e!r}')
            seen.add(e)
        encoded = [e.encode('utf-8') for e in entries]
        for a, b in zip(encoded, encoded[1:]):
            if a > b:
                problem(rel, f'not sorted: {a.decode()!r} before {b.decode()!r}')
                break
        if lower:
            for e in entries:
                if e != e.lower():
                    problem(rel, f'entry not lower case: {e!r}')
        if rel not in ('fr/abbreviations.txt', 'fr/places.txt', 'fr/months.txt', 'lang/fr-shared.txt'):
            for e in entries:
                if any(c.isspace() for c in e):
                    problem(rel, f'entry contains white space: {e!r}')

    # months: "name<TAB>number", numbers 1..12 all present
    numbers = set()
    for e in loaded['fr/months.txt']:
        parts = e.split('\t')
        if len(parts) != 2 or not parts[1].isdigit() or not 1 <= int(parts[1]) <= 12:
            problem('fr/months.txt', f'bad entry {e!r} (want name<TAB>1-12)')
        else:
            numbers.add(int(parts[1]))
    if numbers != set(range(1, 13)):
        problem('fr/months.txt', f'month numbers missing: {sorted(set(range(1, 13)) - numbers)}')

    # abbreviations end with a period. The sentence splitter (ICU suppressBreakAfter)
    # matches them as a suffix of the preceding text with no word boundary, so a
    # lower-case abbreviation must not be a common word or the end of one
    # ("p." would swallow the sentence end in "trop.").
    common = set(loaded['fr/common.txt'])
    allowed = {'sept.'}  # kept on purpose: month abbreviation in dates ("12 sept. 2023")
    for e in loaded['fr/abbreviations.txt']:
        if not e.endswith('.'):
            problem('fr/abbreviations.txt', f'entry without final period: {e!r}')
            continue
        stem = e[:-1]
        if e in allowed or not stem[:1].islower():
            continue
        clash = sorted(w for w in common if w.endswith(stem))
        if clash:
            problem('fr/abbreviations.txt',
                    f'{e!r} also matches the end of common words: {", ".join(clash[:5])}')

    # foreign lists must not hold French words
    french = set()
    for rel in FRENCH_SOURCES:
        french.update(loaded[rel])
    for code in FOREIGN:
        rel = f'lang/{code}.txt'
        for e in loaded[rel]:
            if e in french:
                problem(rel, f'entry is also French: {e!r}')

    # shared words: "word<TAB>codes", a French word, codes of foreign lists
    for e in loaded['lang/fr-shared.txt']:
        parts = e.split('\t')
        if len(parts) != 2 or not parts[1].split():
            problem('lang/fr-shared.txt', f'bad entry {e!r} (want word<TAB>codes)')
            continue
        if parts[0] not in french:
            problem('lang/fr-shared.txt', f'not a French word of {", ".join(FRENCH_SOURCES)}: {parts[0]!r}')
        for code in parts[1].split():
            if code not in FOREIGN:
                problem('lang/fr-shared.txt', f'unknown language code {code!r} in {e!r}')

    for rel in FILES:
        print(f'{len(loaded[rel]):6d}  {rel}')
    if problems:
        print(f'\n{len(problems)} problem(s):', file=sys.stderr)
        for p in problems:
            print('  ' + p, file=sys.stderr)
        return 1
    print('\nOK')
    return 0


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""Writes tests/data/page-10000-words.txt: a whole news page of about 10 000
words, as a browser paste gives it, built from the project's own examples
(data/examples/*.txt). Used to time titraille on a large page:

    python3 tests/data/make_page_10000_words.py
    build/titraille -f json tests/data/page-10000-words.txt

Layout: site header and menus, a cookie banner, the headline and byline, the
article (every paragraph of the examples that ends like a sentence, in order),
a related list with teasers, a comment section made of the same sentences in
another order, the footer. Deterministic: the same examples give the same page.
"""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(HERE, "..", "..", "data", "examples")
OUT = os.path.join(HERE, "page-10000-words.txt")
TARGET = 10000


def words(s):
    return len(re.findall(r"\w+", s))


paragraphs = []
for name in sorted(os.listdir(EXAMPLES)):
    if name.endswith(".txt"):
        for line in open(os.path.join(EXAMPLES, name), encoding="utf-8"):
            line = line.strip()
            if words(line) >= 25 and line[-1] in ".!?»":
                paragraphs.append(line)

header = ["Le Courrier du Sud-Est", "Accueil", "Actualités", "Régions", "Économie", "Sport", "Culture",
          "Météo", "Faits divers", "Se connecter", "S’abonner",
          "Vos choix concernant les cookies",
          "Avec nos partenaires, nous traitons vos données personnelles pour mesurer l’audience et vous "
          "proposer des contenus adaptés.",
          "Stocker et/ou accéder à des informations sur un appareil",
          "Continuer sans accepter", "Tout accepter",
          "Accueil > Régions > Actualité",
          "Intempéries, grèves et chantiers : une semaine chargée dans le Sud-Est",
          "Par Claire Dumas", "Publié le 14 mars 2024 à 08h15", "Partager sur Facebook", "Partager sur Twitter"]
footer = ["Mentions légales", "Nous contacter", "Plan du site", "© 2024 Le Courrier du Sud-Est - Tous droits réservés"]

lines = list(header)
lines += paragraphs
lines += ["Sur le même sujet"]
for i, p in enumerate(paragraphs[:12]):
    lines += ["Régions : un dossier de la semaine, épisode " + str(i + 1), p.split(". ")[0] + ".", "Lire la suite"]
lines += ["148 commentaires"]
total = sum(words(l) for l in lines) + sum(words(l) for l in footer)
k = 0
while total < TARGET:
    # Comments: the article's sentences, from the last paragraph backwards.
    p = paragraphs[len(paragraphs) - 1 - (k % len(paragraphs))]
    sentences = re.split(r"(?<=[.!?])\s+", p)
    comment = " ".join(reversed(sentences))
    lines += ["Lecteur_" + str(k + 1), "Il y a " + str(k % 23 + 1) + " heures", comment, "Répondre"]
    total += words(comment) + words(lines[-4]) + words(lines[-3]) + 1
    k += 1
lines += footer
with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n\n".join(lines) + "\n")
print(OUT, sum(words(l) for l in lines), "words", os.path.getsize(OUT), "bytes")

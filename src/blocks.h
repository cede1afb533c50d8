// Source-derived blocks (after report): "L’essentiel", "Les chiffres clés",
// "Chronologie", "Les acteurs", each built only from sentences and phrases
// extracted from the body, each omitted when the material is thin
// (rules/blocks.xml). Filled into Document::info_blocks, in page order
// (L’essentiel first: rendered above the introduction; the others below
// the body).
#ifndef TITRAILLE_BLOCKS_H_
#define TITRAILLE_BLOCKS_H_

#include <string>
#include <vector>

#include "lexicon.h"
#include "pattern.h"
#include "titraille/document.h"

namespace titraille {

struct Resources;

struct BlockRules {
  struct Spec {
    std::string title;
    std::size_t min_items = 3, max_items = 5;
    // The title and the <source-title>s, folded: a subheading of the source
    // that opens with one of them (« Les chiffres clés du dossier », « En
    // chiffres ») is this box already, which is not made a second time.
    std::vector<std::string> source_titles;
  };
  Spec essentiel, chiffres, chronologie, acteurs;
  std::size_t min_sentences = 8, max_sentences = 300, essentiel_min_words = 8, essentiel_max_words = 35;
  // Words that make a sentence's opening refer to the one before it (« Elle
  // a aussi estimé… », « Cette hausse… »): no item of L’essentiel opens with one.
  std::vector<std::string> essentiel_not_first;
  // <not-opening>: words that refer back only before the first comma, in
  // the first essentiel_opening_words / 2 tokens (« Six minutes plus tard »).
  std::vector<std::string> essentiel_not_opening;
  // <not-first opening-words="N">: such a word in the first N/2 tokens, or
  // right after a comma within the first N, refers back too (« Pour ces
  // ménages, … », « Interrogé sur …, il a rappelé… »).
  std::size_t essentiel_opening_words = 12;
  // <not-start words="N">: words that refer back among the first N tokens
  // only (a possessive: « Son avocat a dénoncé… »).
  std::vector<std::string> essentiel_not_start;
  std::size_t essentiel_start_words = 0;
  double damping = 0.85;
  int iterations = 40;
  std::vector<std::vector<std::string>> modifiers;  // lower-case words
  std::vector<std::string> not_after, skip_units, multipliers, prenominal;
  std::vector<std::string> not_after_unless;  // <not-after unless-before>: an amount, no time (« à 22 millions »)
  // <not-after units="…">: words before a number that make it a time of day
  // only before these units (« peu avant 20 heures », not « après 48 jours »).
  struct TimeAfter {
    std::vector<std::string> words, units;
  };
  std::vector<TimeAfter> time_after;
  // <plural endings="…">: the endings of a plural noun; a number of two or
  // more before a word with none of them counts nothing (« Ariane 6 montre »).
  std::vector<std::string> plural_endings;
  // <unit-complement>: words after the unit that are part of it (« mètres
  // carrés »); <not-unit>: words after a number that count nothing
  // (« 60 000 aujourd’hui », « 260 supplémentaires »).
  std::vector<std::string> unit_complements, not_units;
  std::vector<std::vector<std::string>> not_after_phrases;  // <not-after-phrase>: « à partir de »
  // <compound>: the units of a measure written in parts (« 1 minute 05 »,
  // « 1 heure et 5 minutes »): no part of one is a figure.
  std::vector<std::string> compound_units;
  const WordList* figure_verbs = nullptr;  // <verbs list="…">: a word after the number that makes it no figure
  // <clause max-words="N" separators="…" first="…" not-first-endings="…">:
  // a figure is shown in its clause (between `separators`) when that clause
  // has at most N words, says more than the figure, stands outside any
  // quotation and opens with its subject: the figure itself, a word of
  // `first` (an article, a determiner), or a capitalised word that is no stop
  // word and, opening the sentence, has none of `not-first-endings` (a
  // participle: « Publié peu avant… »). Else no item: a figure out of its
  // clause counts nothing the reader can place (« 47 personnes »).
  std::size_t clause_max_words = 0;
  // <clause alone="true">: a figure out of its clause is an item too, as its
  // own words (the tests of figure finding; the shipped rules do not).
  bool figures_alone = false;
  std::vector<std::string> clause_separators, clause_first, clause_not_first_endings;
  // <needs-clause>: units that count nothing out of their clause (an
  // amount: « 26 millions d’euros »): such a figure is an item only in a
  // clause of its own, not in a clause that opens with it after a
  // comma (« …a requis six mois de prison, 15 000 euros d’amende »), which
  // goes on with the list of the clause before it, unless a finite verb
  // follows the figure: a word of `figure_verbs`, or one with an ending of
  // `verb_endings` but none of `not_verb_endings` (<clause verb-endings="…"
  // not-verb-endings="…">: « totalisent », not « paiement »).
  std::vector<std::string> needs_clause;
  std::vector<std::string> verb_endings, not_verb_endings;
  std::size_t per_day = 1, chronologie_max_words = 40;
  std::vector<std::string> week;  // weekdays in lower case, Monday first
  // A weekday after one of `ahead_before` (« jusqu’à vendredi », « d’ici
  // samedi ») or before one of `ahead_after` (« samedi prochain ») is a
  // deadline or a plan, not the day something happened.
  std::vector<std::string> ahead_before, ahead_after;
  std::vector<std::vector<std::string>> ahead_phrases;  // <ahead-phrase>: « à partir de » jeudi
  // <week determiners="…">: a word before the weekday that leaves the
  // item's sentence with it (« ce lundi 13 octobre »).
  std::vector<std::string> day_determiners;
  // <main-clause verbs="…">: a weekday after a comma, when the words before
  // that comma hold one of these finite verbs, is the day of a later clause,
  // not the sentence's (« Les salariés ont débrayé, le préfet réunit les
  // parties vendredi »): the sentence gives no item; a weekday right after
  // the comma is the main clause's adverbial.
  const WordList* main_clause_verbs = nullptr;
  // <future>: a sentence it finds in tells of what is to come; its item
  // comes after the others.
  Pattern future;
  // <part-of-day>: words after the weekday that the label takes with it
  // (« Samedi soir : »). The weekday, its date and such a word leave the
  // item's sentence when they are a bare adverbial there (the sentence's
  // start, after a comma or after a word that is no stop word: « a
  // remporté mercredi la 17ᵉ étape »), so that the day is not said twice.
  std::vector<std::string> part_of_day;
  const WordList* stopwords = nullptr;  // fr/stopwords
  std::size_t role_min_words = 2, role_max_words = 10;
  std::vector<std::string> role_stop;  // words that make an apposition a clause
  const WordList* role_verbs = nullptr;  // <role-stop verbs="…">: finite verbs, unless after a stop word
  std::vector<std::string> role_not_first;  // words a role never opens with (prepositions)
  // <role-not-participle endings="…">: a role never opens with a participle
  // (a word with one of `endings`) that one of these prepositions follows.
  std::vector<std::string> participle_endings, participle_prepositions;
  // A capitalised word of a role before the name is a complement's, after one
  // of `role_complement` and maybe one of `role_complement_articles` (« la
  // présidente de la BCE », « le ministre de l’Intérieur »).
  std::vector<std::string> role_complement, role_complement_articles;
  // <role-complement not-after="…">: words that, like `role_complement`,
  // make an article after them no role's (« à l’encontre de »).
  std::vector<std::string> role_not_after;
  // Lower-case words inside a name (« Lula da Silva », « von der Leyen »).
  std::vector<std::string> name_particles;
  // <role-nouns list="…" skip="…">: a role's first word after the words of
  // `skip` (its determiner, « alors ») and the adjectives of
  // `role_prenominal` (« l’ancienne ») is one of these nouns, whole or by a
  // part of a hyphenated word (« sous-préfète »); else it is no role. No
  // list: any word.
  const WordList* role_nouns = nullptr;
  const WordList* role_prenominal = nullptr;
  std::vector<std::string> role_skip;

  BlockRules(const DataBundle& data, const Lexicon& lexicon);
};

// PageRank over a symmetric similarity matrix (TextRank); one score per row.
std::vector<double> textrank(const std::vector<std::vector<double>>& sim, double damping, int iterations);

// The list items of each block for the sentences given (in article order).
std::vector<std::string> key_figures(const std::vector<Sentence>& sentences, const BlockRules& rules,
                                     const Lexicon& lexicon);
std::vector<std::string> actors(const std::vector<Sentence>& sentences, const BlockRules& rules,
                                const Lexicon& lexicon);
std::vector<std::string> chronology(const std::vector<Sentence>& sentences, const BlockRules& rules,
                                    const Lexicon& lexicon);

Document blocks(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_BLOCKS_H_

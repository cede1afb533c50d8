// Stage 9, keyphrase: chooses the focus keyphrase with a YAKE-like score over
// candidate noun phrases (rules/keyphrase.xml); --keyphrase overrides it.
#ifndef TITRAILLE_KEYPHRASE_H_
#define TITRAILLE_KEYPHRASE_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "lexicon.h"
#include "phrases.h"
#include "titraille/document.h"

namespace titraille {

struct Resources;

struct KeyphraseRules {
  PhraseRules phrases;
  std::size_t min_count = 2;
  double intro_factor = 0.5, multiword_factor = 0.8, long_factor = 2.0, title_factor = 0.3;
  double kicker_factor = 1.0;         // the source title's kicker (« Séisme au Maroc : … »)
  std::size_t kicker_max_words = 4;
  // A candidate the first body paragraph holds ranks before every other
  // (Yoast wants the keyphrase in the first paragraph and the meta description).
  bool lead_first = true;
  // A lower-case word only ever written right after a number in digits
  // (« 6 000 hectares », « 41 voix ») is a unit or a counted noun: never
  // ranked, and the fallback's last choice.
  bool skip_counted = true;
  // Candidates the source title names rank before every other (the title
  // says what the story is about), places after the other named ones (a
  // name of `places`, or one the text writes after a word of
  // `place_markers`: « à Vénissieux »); never one of `vague`. A named
  // candidate's score is multiplied by 1 + `title_position_factor` × its
  // relative position in the title (its subject comes early), and one whose
  // score is more than `title_max_ratio` times the best noun phrase's is
  // only named in passing and keeps its rank.
  bool title_first = false;
  const WordList* places = nullptr;
  std::unordered_set<std::string> place_markers, vague;
  double title_position_factor = 1.0, title_max_ratio = 4.0;
  // A named phrase that extends the first one (« prix de l’énergie » of
  // « prix ») and scores at most `title_extend_ratio` times it goes first:
  // the title names the more specific subject (0: never).
  double title_extend_ratio = 0.0;

  KeyphraseRules(const DataBundle& data, const Lexicon& lexicon);
};

struct ScoredPhrase {
  const Phrase* phrase;
  double score;  // lower is better
  bool in_lead = false;  // the first body paragraph holds it
  int tier = 0;  // 0 a noun phrase of the first paragraph, 1 another noun phrase, 2 no determiner seen
  // 0 named by the source title, 1 a place it names, 2 not named (or named
  // in passing; all 2 without <title-first>)
  int named = 2;
};

// The source title's sentences then the body's, numbered in that order.
std::vector<IndexedSentence> keyphrase_sentences(const Document& doc);

// YAKE's score of each content word of keyphrase_sentences(doc), by its
// lower case (lower is more salient). `verbs`: the verb forms of those
// sentences when the caller has them already, computed otherwise; `flags`:
// their content_flags() with those verbs, when the caller has them.
std::map<std::string, double> word_scores(const Document& doc, const KeyphraseRules& rules,
                                          const VerbForms* verbs = nullptr, const ContentFlags* flags = nullptr);

// Candidates of the body, best first, by the word scores of
// word_scores(doc, rules, verbs) (`scores` when the caller has them).
std::vector<ScoredPhrase> rank_keyphrases(const Document& doc, const std::map<std::string, Phrase>& phrases,
                                          const KeyphraseRules& rules, const VerbForms* verbs = nullptr,
                                          const std::map<std::string, double>* scores = nullptr);

Document keyphrase(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_KEYPHRASE_H_

// How Yoast SEO's analysis (yoastseo, French researcher) reads an article, so
// that the report's checks measure what Yoast measures: its sentence
// splitting, word counting, keyphrase matching (exact word forms, function
// words of the keyphrase ignored), transition words, periphrastic passive
// voice and sentence openings. The language knowledge is in lexicon/fr
// (transition-words, passive-*, clause-breakers, sentence-openers, stopwords).
#ifndef TITRAILLE_ANALYSIS_H_
#define TITRAILLE_ANALYSIS_H_

#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include "lexicon.h"

namespace titraille::analysis {

// The word lists is_participle() reads (pointers into the lexicon).
struct ParticipleWords {
  const WordList* participles;  // fr/passive-participles
  const WordList* endings;      // fr/participle-endings (-é, -ée…)
  const WordList* blockers;     // fr/participle-blockers (de, l’… before or glued)
  const WordList* exceptions;   // fr/passive-exceptions
  const WordList* openers;      // fr/sentence-openers (an article before makes a noun)
  explicit ParticipleWords(const Lexicon& lexicon);
};

struct Lists {
  const WordList* function_words;  // fr/stopwords
  const WordList* transitions;     // fr/transition-words
  const WordList* auxiliaries;     // fr/passive-auxiliaries
  const WordList* not_auxiliary;   // fr/passive-not-auxiliary
  const WordList* not_before;      // fr/passive-not-before (« est le député »)
  ParticipleWords participle;
  const WordList* breakers;        // fr/clause-breakers
  const WordList* openers;         // fr/sentence-openers
  // The transition words and phrases split into words, by first word.
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> transition_phrases;
  // Two-part connectors (fr/transition-pairs): both parts, split into words.
  std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> transition_pairs;
  explicit Lists(const Lexicon& lexicon);
};

// The sentences of one block (paragraph or heading): a sentence ends at
// "?", "!" followed by a space, and at ".", "…" or a closing quote after a
// full stop when a space and a capital letter, a digit or a quote follow.
std::vector<std::string> sentences(std::string_view block);

// Words as Yoast counts them: the pieces between white space (any Unicode
// space, NBSP and NNBSP included) without punctuation at either end.
std::vector<std::string> words(std::string_view text);
// words(text).size(), without building them.
std::size_t count_words(std::string_view text);

// Lower-case word tokens for matching: the pieces between white space,
// dashes, hyphens and brackets, without punctuation at either end, with
// apostrophes written ’.
std::vector<std::string> tokens(std::string_view text);
// tokens(text).size(), without building them.
std::size_t count_tokens(std::string_view text);

// The keyphrase's words to look for: lower-case, split at spaces and hyphens,
// without function words (unless nothing else is left).
std::vector<std::string> keyphrase_forms(std::string_view keyphrase, const Lists& lists);

// True when a token is the word form, alone or after an elided word (l’, d’…).
bool token_matches(std::string_view token, std::string_view form);

// A sentence's tokens as the keyphrase and transition checks read them, from
// one pass: tokens() with the punctuation at their ends kept as tokens of
// its own, one character each; word[k] is false for those.
struct SentenceTokens {
  std::vector<std::string> tokens;
  std::vector<bool> word;
};
SentenceTokens sentence_tokens(std::string_view sentence);

// Occurrences of the keyphrase in one sentence: 0 unless every form occurs,
// else the number of occurrences of the rarest form.
std::size_t count_in_sentence(std::string_view sentence, const std::vector<std::string>& forms);
std::size_t count_in_sentence(const SentenceTokens& sentence, const std::vector<std::string>& forms);

// Share (0 to 1) of the forms found in `text`.
double share_found(std::string_view text, const std::vector<std::string>& forms);

// Whether the sentence holds a transition word or phrase.
bool has_transition(std::string_view sentence, const Lists& lists);
bool has_transition(const SentenceTokens& sentence, const Lists& lists);

// Whether the sentence holds a periphrastic passive: a form of "être" (not
// reflexive, not "c’est") followed, within the same clause, by a past
// participle that is not a noun, an adjective or an active "être" verb.
bool is_passive(std::string_view sentence, const Lists& lists);
// The same, given the sentence's sentence_tokens() too: a sentence none of
// whose tokens is a form of "être" is not read again.
bool is_passive(std::string_view sentence, const SentenceTokens& tokens, const Lists& lists);

// Whether a lower-case word is a past participle (a regular ending of
// fr/participle-endings or a form of fr/passive-participles) and no noun,
// adjective or active "être" verb of fr/passive-exceptions, given the word
// before it (an article or a determiner makes it a noun: « le député »).
bool is_participle(const std::string& word, const std::string& before, const ParticipleWords& lists);

// The opening of a sentence, given its words(): its first word, lower case,
// with the second word when the first is an article, a demonstrative or a
// numeral.
std::string opening(const std::vector<std::string>& words, const Lists& lists);

}  // namespace titraille::analysis

#endif  // TITRAILLE_ANALYSIS_H_

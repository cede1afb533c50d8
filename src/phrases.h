struct PhraseRules;

// Candidate noun phrases of French text, without a tagger: runs of content
// words joined by connectors (rules/keyphrase.xml), with the determiner the
// text puts before them. Shared by the keyphrase, headings and title stages.
#ifndef TITRAILLE_PHRASES_H_
#define TITRAILLE_PHRASES_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lexicon.h"
#include "titraille/document.h"

namespace titraille {

struct PhraseRules {
  std::size_t max_words = 4;
  std::size_t min_letters = 3;
  std::map<std::string, std::string> connectors;  // word -> word it must follow ("" = any)
  // Every entry of the word lists of words that are never content words
  // (stop words, non-key words, months, weekdays): one look-up for all.
  std::unordered_set<std::string_view> excluded;
  // Adjectives written before their noun: no phrase ends on one that a
  // content word follows (« l’ancien » of « l’ancien député »).
  std::unordered_set<std::string_view> prenominal;
  // A past participle (by its ending) followed by one of these prepositions
  // has its complement after it: no phrase ends on it (« le premier décès
  // lié » of « … lié à la tempête »).
  std::vector<std::string_view> participle_endings;
  // Finite verb forms: one right after a content word is the verb of the
  // clause (« la préfecture indique »), never part of the phrase.
  std::unordered_set<std::string_view> finite_verbs;
  std::unordered_set<std::string> participle_complements;
  // Nouns that, like those participles, have their complement after them
  // when one of those prepositions follows (« la mise » of « la mise en
  // danger », « la prise » of « la prise en charge »).
  std::unordered_set<std::string_view> complement_nouns;
  // Words (« que », « qu’ ») that make the word before them a verb when it
  // follows the phrase's first word (« cette découverte montre que… »): no
  // candidate ends on it.
  std::unordered_set<std::string> verb_before;
  // Endings that a word after a singular head's content word cannot have
  // (plural adjectives, verbs of the third person plural), except these words.
  std::vector<std::string> plural_endings{"es"};
  std::unordered_set<std::string> plural_ending_exceptions;
  // Endings of a verb of the third person plural, after a plural head.
  std::vector<std::string> plural_head_verb_endings;
  // <plural-endings written-plural>: endings of a word written as a plural
  // (« urgences », « travaux »); a singular word after such a complement
  // ends the candidate.
  std::vector<std::string> written_plural;
  // <name-parts>: what a proper name holds besides its capitalised words.
  // `particles`: a word of these between two capitalised content words
  // (« Jean-Yves Le Goff », « Lula da Silva »), joined like a connector;
  // `number-digits`: a number of at most that many digits right after a
  // capitalised content word and before no plural word (« Ariane 6 »,
  // « France 2 », not « Lyon 3 000 habitants »), which a candidate keeps
  // and never ends before.
  std::unordered_set<std::string> name_particles;
  std::size_t name_number_digits = 0;
  // (Both tables are only looked up.)
  std::unordered_set<std::string> verb_markers;  // a word right after one of these is a verb form
  std::vector<std::string> verb_suffixes; // a word ending so is a verb form…
  std::set<std::string> verb_suffix_exceptions;  // …except these nouns
  std::vector<std::string> inversions;  // a word ending so is a verb and its subject (« a-t-il »)
  std::unordered_map<std::string, std::string> determiners;  // word before a noun -> its article ("du" -> "le")
  std::vector<std::string> articles;               // the articles, in tie-break order
};

// Words the text itself shows to be verbs: those right after a subject
// pronoun, a relative pronoun, a negation or an auxiliary ("qui dirigent",
// "ils ont", "a lancé"). Such words never belong to a noun phrase.
// Only looked up, never iterated: a hash set.
using VerbForms = std::unordered_set<std::string>;

struct Phrase {
  std::string key;                  // lower-case words joined by spaces
  std::string text;                 // most frequent surface form
  std::vector<std::string> words;   // lower-case content words
  std::size_t count = 0;
  // Occurrences right after a number written in digits: « hectares » of
  // « 6 000 hectares ». A word only ever seen so is a unit or a counted
  // noun, not what the text is about.
  std::size_t counted = 0;
  std::size_t first_sentence = 0;   // index of the first sentence it occurs in
  std::vector<std::size_t> sentences;  // where it occurs, in the order of the sentences given, each once
  // The lower-case tokens seen before it (t.form()) and their counts, in the
  // order first seen.
  std::vector<std::pair<std::string, std::size_t>> determiners;
  std::size_t determiner_count(std::string_view form) const;
  // Surface forms (views of the sentences given to extract_phrases) and
  // their counts, in the order first seen (a form seen only in a line in
  // capitals counts 0).
  std::vector<std::pair<std::string_view, std::size_t>> forms;
  std::size_t cased = 0;            // occurrences outside lines in capitals
  std::size_t capitalized = 0;      // of those, occurrences whose words are all capitalised
  std::size_t inner = 0;            // of those, occurrences after the sentence's first word
  std::size_t inner_capitalized = 0;  // of those, occurrences whose first word is capitalised
  // The first sentence it occurs in: a view of that Sentence's text, valid
  // while the sentences given to extract_phrases are.
  std::string_view example;
  bool proper() const { return capitalized * 2 > cased; }
  // The phrase as written inside a sentence: its text, with the first
  // letter in lower case unless it is a proper name or the text capitalises
  // its first word where no sentence starts (« l’État social », « le
  // Premier ministre »).
  std::string inside_sentence() const;
  // The definite article the text uses with the phrase ("le", "la",
  // "les", "l’"), by vote of the determiners seen before it (<determiners>
  // of rules/keyphrase.xml); "" for a proper name or when none is known.
  std::string article(const PhraseRules& rules) const;
  // A noun phrase: a proper name, or a phrase the text puts an article
  // before (« la canicule »).
  bool noun(const PhraseRules& rules) const { return proper() || !article(rules).empty(); }
};

// A sentence with its index in the document, for phrase extraction.
struct IndexedSentence {
  const Sentence* sentence;
  std::size_t index;
  bool from_heading = false;  // of a source subheading kept as its section's opening line
};

bool is_content_word(const Token& t, const PhraseRules& rules, const VerbForms& verbs);

VerbForms verb_forms(const std::vector<IndexedSentence>& sentences, const PhraseRules& rules);

// Whether each token of each sentence is a content word (is_content_word),
// by sentence: computed once for the stages that read the same sentences
// several times (the keyphrase's phrases and word scores).
using ContentFlags = std::vector<std::vector<char>>;
ContentFlags content_flags(const std::vector<IndexedSentence>& sentences, const PhraseRules& rules,
                           const VerbForms& verbs);

// Every candidate phrase of the sentences, by key. `flags`: their
// content_flags() with the same verbs when the caller has them.
std::map<std::string, Phrase> extract_phrases(const std::vector<IndexedSentence>& sentences, const PhraseRules& rules,
                                              const VerbForms& verbs, const ContentFlags* flags = nullptr);

// All sentences of the body, numbered in reading order.
std::vector<IndexedSentence> body_sentences(const Document& doc);

// The phrases of the source title and the body as the keyphrase stage
// extracted them (keyphrase_sentences(), with their verb forms), for the
// title stage: they hold views of the sentences, which are `sentences`.
struct SentencePhrases {
  std::vector<const Sentence*> sentences;
  std::map<std::string, Phrase> phrases;
};

}  // namespace titraille

#endif  // TITRAILLE_PHRASES_H_

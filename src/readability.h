// Stage 8, readability: re-punctuates the article text so that it reads more
// easily, without adding a word of fact. A sentence longer than Yoast's limit
// is split at a clause boundary that a rule of rules/readability.xml knows to
// be safe (the new sentence is an independent clause: subject and finite
// verb), and a paragraph over the word limit is split at the sentence
// boundary nearest to its middle. Every change is traced for --explain.
#ifndef TITRAILLE_READABILITY_H_
#define TITRAILLE_READABILITY_H_

#include <string>
#include <vector>

#include "lexicon.h"
#include "pattern.h"
#include "titraille/document.h"

namespace titraille {

struct Resources;
class Tokenizer;

struct ReadabilityRules {
  std::size_t long_words = 20, min_part_words = 5, paragraph_max_words = 150, max_subject_words = 6;
  struct Split {
    std::string id;
    Pattern boundary;
    std::size_t skip_words = 0;  // connector words kept at the start of the new sentence
    std::vector<Pattern> unless_before;
    std::string insert;   // words that open the new sentence in place of the boundary (« Cela »)
    bool participle = false;  // the new sentence is a participial clause rewritten (see below)
  };
  std::vector<Split> splits;
  std::vector<Pattern> unless_before, unless_after;  // for every split
  const WordList* pronouns = nullptr;
  const WordList* determiners = nullptr;
  const WordList* plural = nullptr;
  const WordList* verbs = nullptr;
  const WordList* clitics = nullptr;
  const WordList* negation = nullptr;
  std::vector<Pattern> verb_endings, plural_endings;
  std::vector<Pattern> not_verbs;
  const WordList* participles = nullptr;  // present participle -> past participle
  std::string participle_adverb;          // after the auxiliary of a rewritten participle (« aussi »)
  const WordList* linkers = nullptr;      // words that make the main clause not plain (« lorsque », « mais »)
  // The past participle after the auxiliary: a form of `past_forms` (« eu »)
  // or a word with one of `past_endings` after two letters or more.
  std::vector<std::string> past_forms, past_endings;

  ReadabilityRules(const DataBundle& data, const Lexicon& lexicon);
};

// True when tokens[start…] open an independent clause: a subject (pronoun,
// noun phrase or proper name) followed by a finite verb.
bool opens_clause(const std::vector<Token>& tokens, std::size_t start, const ReadabilityRules& rules);
// True when the tokens hold a finite verb (a known form, a verb ending, or a
// subject pronoun with its verb).
bool has_finite_verb(const std::vector<Token>& tokens, const ReadabilityRules& rules);

// A participial clause after a main clause, as a sentence of its own with the
// main clause's subject and tense: "Le ministre a salué l’accord" + "affirmant
// que …" -> "Il a aussi affirmé que …". Only when the main clause is a plain one
// (no comma, quotation, relative or subordinate clause, coordination), its
// subject is a pronoun, a singular noun phrase with le/la/un/une/ce/cette, or
// a proper name (restated), and its verb a compound past (a, ont, avait,
// avaient and a participle). Empty when not certain.
std::string participle_sentence(const std::vector<Token>& left, const std::string& right, Tokenizer& tokenizer,
                                const ReadabilityRules& rules);

// Splits one sentence at safe clause boundaries while it is long; returns the
// resulting sentences (the sentence itself when no split is safe) and appends
// the ids of the rules used to `applied`. `open_quote`: the sentence starts
// inside a quotation opened in an earlier sentence.
std::vector<std::string> split_sentence(const std::string& sentence, const ReadabilityRules& rules, Tokenizer& tokenizer,
                                        std::vector<std::string>& applied, bool open_quote = false);

// The sentence indexes where a paragraph of these sentence lengths (in words)
// is cut so that no part exceeds max_words when possible: each cut at the
// sentence boundary nearest to the middle of the part it cuts.
std::vector<std::size_t> paragraph_cuts(const std::vector<std::size_t>& sentence_words, std::size_t max_words);

Document readability(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_READABILITY_H_

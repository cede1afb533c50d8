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

#include "analysis.h"
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
    // How the new sentence is made: the text after the boundary as it is,
    // a participial clause rewritten (participle_sentence), a relative
    // clause given its antecedent as subject (relative_split), or a second
    // predicate given the first one's subject (predicate_sentence).
    enum class Rewrite { None, Participle, Relative, Predicate } rewrite = Rewrite::None;
    std::string adverb;  // predicate: after the second verb (« aussi », « ensuite »)
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
  // Words that cannot be inside the antecedent of a relative clause the
  // relative split rewrites (prepositions: « le fils du ministre, qui »).
  const WordList* prepositions = nullptr;
  // Auxiliaries of « être » (singular and plural forms) and the endings of a
  // past participle agreeing in gender and number after them, which make the
  // antecedent of « qui » certain (« qui s’est terminée »: feminine singular).
  std::vector<std::string> etre_singular, etre_plural;
  std::vector<std::string> masculine_singular, feminine_singular, masculine_plural, feminine_plural;
  // The words the rewrites read a clause's grammar from (<grammar>).
  struct Grammar {
    std::vector<std::string> masculine_determiners, feminine_determiners;  // singular, gender certain
    std::vector<std::string> masculine_pronouns, feminine_pronouns, plural_pronouns, indefinite_pronouns;
    std::vector<std::string> avoir, avoir_plural;  // « a », « ont »… before a participle
    std::vector<std::string> negation, reflexive;  // before an auxiliary, in this order
    std::vector<std::string> object_pronouns;      // end a run of clitics
    std::string adverb_ending;                     // « -ment »
  } grammar;

  // A split is not kept when it makes more than this many consecutive
  // sentences of the paragraph open with the same words, as Yoast reads
  // them (`openings`, analysis::opening), than there were.
  std::size_t max_same_openings = 2;
  analysis::Lists openings;

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
// avaient and a participle). lt and rt: the tokens of left and right. Empty
// when not certain.
std::string participle_sentence(const std::string& left, const std::vector<Token>& lt, const std::vector<Token>& rt,
                                const std::string& right, const ReadabilityRules& rules);

// A second predicate sharing the subject of a plain main clause, as a
// sentence of its own: "Les élus ont voté le budget" + "ont demandé un audit"
// -> "Les élus ont aussi demandé un audit". The subject is restated when it
// is a definite noun phrase (les, ces, l’) or a proper name, « Il »/« Elle »
// for a singular one opened by le, la, un, une, ce, cet, cette; the verb
// after the boundary (past any clitics) must be finite and agree with it.
// `keep` words of connector stay at the start (« Mais il a … »), and
// `adverb` follows the second verb unless it is negated. Empty when not
// certain.
std::string predicate_sentence(const std::string& left, const std::vector<Token>& lt, const std::vector<Token>& rt,
                               const std::string& right, std::size_t keep, const std::string& adverb,
                               const ReadabilityRules& rules);

// A relative clause « , qui … » as a sentence of its own, when its antecedent
// is certain; `before` and `after` are the two sentences (before without its
// full stop). Three cases:
// - the antecedent opens the sentence and the relative clause is an incise
//   before the main verb (« Le maire, qui a été réélu, a promis … » -> « Le
//   maire a été réélu. » « Il a promis … »);
// - the antecedent is a noun phrase (no preposition) right after the main
//   verb, restated with a demonstrative or as its proper name (« … a déclaré
//   un habitant, qui a requis l’anonymat » -> « Cet habitant a requis
//   l’anonymat »);
// - the relative clause's participle agrees (« qui s’est terminée ») and the
//   main clause's subject cannot be taken for the pronoun it gives (« Elle »).
// The main clause must be plain outside quotations (no reported speech whose
// part the relative clause could be), the relative clause must end the
// sentence (or, in the first case, end at its only comma).
bool relative_split(const std::string& left, const std::vector<Token>& lt, const std::string& right,
                    const std::vector<Token>& rt, const ReadabilityRules& rules, std::string& before, std::string& after);

// Splits one sentence at safe clause boundaries while it is long; returns the
// resulting sentences (the sentence itself when no split is safe) and appends
// the ids of the rules used to `applied`. `open_quote`: the sentence starts
// inside a quotation opened in an earlier sentence. `tokens`: the sentence's
// tokens when the caller has them.
std::vector<std::string> split_sentence(const std::string& sentence, const ReadabilityRules& rules, Tokenizer& tokenizer,
                                        std::vector<std::string>& applied, bool open_quote = false,
                                        const std::vector<Token>* tokens = nullptr);

// The sentence indexes where a paragraph of these sentence lengths (in words)
// is cut so that no part exceeds max_words when possible: each cut at the
// sentence boundary nearest to the middle of the part it cuts.
std::vector<std::size_t> paragraph_cuts(const std::vector<std::size_t>& sentence_words, std::size_t max_words);

Document readability(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_READABILITY_H_

// The near-duplicate measure of the multi-source merge: two sentences restate
// each other when they carry the same facts, whatever the wording around them.
//
// A sentence's facts (FactSignature) are three sets read from its tokens:
//   - terms: content words (not elided, at least 3 letters, not a stop word),
//     folded (lower case, no accents) and stemmed (rules/stemmer.xml);
//   - numbers: number tokens with their digit-group spaces removed ("120 000"
//     -> "120000", "3,5" kept as written);
//   - names: capitalised words that are not the sentence's first word and not
//     stop words, folded ("Haut-Karabakh" -> "haut-karabakh").
// similarity() is a weighted Dice coefficient over the three sets (a number
// or a name weighs kNamedWeight, a term 1): 2·|A∩B| / (|A| + |B|), in [0, 1].
// Two sentences restate each other at threshold t when similarity >= t; the
// merge uses kRestateThreshold (docs/architecture.md, "merge").
#ifndef TITRAILLE_SIMILARITY_H_
#define TITRAILLE_SIMILARITY_H_

#include <set>
#include <string>
#include <vector>

#include "lexicon.h"
#include "stemmer.h"
#include "titraille/document.h"

namespace titraille {

inline constexpr double kNamedWeight = 2.0;
inline constexpr double kRestateThreshold = 0.5;

// A number and the word it counts ("200 morts" -> {"200", "mort"}).
struct Quantity {
  std::string value;
  std::string unit;  // stem of the word after the number; empty when none
  std::string word;  // that word as written, in lower case
  bool operator<(const Quantity& o) const { return value != o.value ? value < o.value : unit < o.unit; }
};

struct FactSignature {
  std::set<std::string> terms;
  std::set<std::string> numbers;
  std::set<std::string> names;
  std::vector<Quantity> quantities;
  double weight() const;  // |terms| + kNamedWeight·(|numbers| + |names|)
};

FactSignature signature(const Sentence& s, const Stemmer& stemmer, const WordList& stopwords);
double similarity(const FactSignature& a, const FactSignature& b);
// Share of a's weight found in b (how much of a is already said by b).
double containment(const FactSignature& a, const FactSignature& b);
// True when b says everything a says about numbers and names, and more.
bool more_informative(const FactSignature& b, const FactSignature& a);
// The words of a list as Quantity::unit holds them (folded stems): the
// `ignore_units` of shared_figures() and contradiction(), computed once.
std::set<std::string> unit_stems(const WordList& words, const Stemmer& stemmer);

// The same counted thing with different figures ("200 morts" / "27 morts"),
// units of `ignore_units` (months, weekdays: see unit_stems()) excepted.
// Returns the unit, or empty when the two do not contradict each other.
std::string contradiction(const FactSignature& a, const FactSignature& b, const std::set<std::string>& ignore_units);

// Figures of a (a number with a counted word, not a date: units of
// `ignore_units` excepted) whose number b also gives with a counted word: "au moins 200 morts et
// plus de 400 blessés" and "la mort de plus de 200 personnes et 400 blessés"
// share two. Two sentences giving the same figures report the same fact.
std::size_t shared_figures(const FactSignature& a, const FactSignature& b, const std::set<std::string>& ignore_units);

// Pairs (i < j) of sentences restating each other at `threshold`.
std::vector<std::pair<std::size_t, std::size_t>> near_duplicate_pairs(const std::vector<FactSignature>& sigs,
                                                                       double threshold);

}  // namespace titraille

#endif  // TITRAILLE_SIMILARITY_H_

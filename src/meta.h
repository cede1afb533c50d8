// Stage 12, meta: the meta description, 120-156 characters from the lead,
// with the keyphrase, compressed by the rules of rules/meta.xml and ending on
// a whole word with a full stop or an ellipsis.
#ifndef TITRAILLE_META_H_
#define TITRAILLE_META_H_

#include <set>
#include <string>
#include <vector>

#include "lexicon.h"
#include "pattern.h"
#include "titraille/document.h"

namespace titraille {

struct Resources;

struct MetaRules {
  std::size_t min_chars = 120, max_chars = 156, lead_sentences = 3;
  struct Drop {
    std::string id;
    Pattern pattern;
  };
  std::vector<Drop> drops;
  // Applied only when cutting the sentence would lose the keyphrase
  // (<drop when="keyphrase">): a fronted adverbial before it.
  std::vector<Drop> keyphrase_drops;
  // Words that refer back to an earlier sentence (« Il », « Cela », « Mais »):
  // a description does not start with a sentence opening with one.
  std::set<std::string> not_first;
  // A comma a word of this list does not follow may open an incise that a
  // drop's opening comma would close (lexicon/fr/stopwords).
  const WordList* stopwords = nullptr;
  // Endings of a present participle: an incise dropped before one leaves
  // its comma (<participle-endings>).
  std::vector<std::string> participle_endings;

  MetaRules(const DataBundle& data, const Lexicon& lexicon);
};

// Applies the drop rules, in order, while `s` is longer than `max_chars`;
// never inside a quotation, nor where the drop's comma closes an incise.
// Then, when `keyphrase` (folded) is in `s` but cutting it at max_chars would
// lose it, the keyphrase drops, each kept only if the keyphrase stays; a
// sentence whose start was dropped gets its capital back.
std::string compress(std::string s, const MetaRules& rules, std::size_t max_chars, std::vector<std::string>& applied,
                     const std::string& keyphrase = "");
// Cuts `s` at the last whole word so that it fits in max_chars with "…".
std::string cut_at_word(const std::string& s, std::size_t max_chars);

Document meta(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_META_H_

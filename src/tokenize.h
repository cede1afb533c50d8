// French tokenization over ICU break iterators: sentences (with abbreviations
// that do not end a sentence), words with elisions split (l’, d’, qu’…),
// hyphenated compounds and inversions kept whole (Haut-Karabakh, a-t-il), and
// numbers written French style kept whole (120 000, 21h30, 3,5).
#ifndef TITRAILLE_TOKENIZE_H_
#define TITRAILLE_TOKENIZE_H_

#include <memory>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <unicode/brkiter.h>

#include "lexicon.h"
#include "titraille/document.h"

namespace titraille {

class Tokenizer {
 public:
  explicit Tokenizer(const Lexicon& lexicon);
  ~Tokenizer();

  std::vector<Sentence> sentences(std::string_view text);
  std::vector<Token> tokens(std::string_view text);
  // Words as a reader counts them: words and numbers, an elided article
  // counted with the word it is attached to.
  static std::size_t count_words(const std::vector<Token>& tokens);
  std::size_t count_words(std::string_view text) { return count_words(tokens(text)); }

 private:
  std::unique_ptr<icu::BreakIterator> sentence_;
  std::unique_ptr<icu::BreakIterator> word_;
  std::unordered_set<std::string> elisions_;
};

}  // namespace titraille

#endif  // TITRAILLE_TOKENIZE_H_

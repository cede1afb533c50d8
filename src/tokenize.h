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

  // `previous`: the block's sentences before its text changed; a sentence
  // found there again takes its tokens from it (they are moved out).
  std::vector<Sentence> sentences(std::string_view text, std::vector<Sentence>* previous = nullptr);
  std::vector<Token> tokens(std::string_view text);
  // Words as a reader counts them: words and numbers, an elided article
  // counted with the word it is attached to.
  static std::size_t count_words(const std::vector<Token>& tokens);
  std::size_t count_words(std::string_view text) { return count_words(tokens(text)); }

 private:
  // Appends the tokens of `text`, given as `length` UTF-16 code units and
  // the byte offset of each (bytes[length] is the end).
  void word_tokens(std::string_view text, const char16_t* units, int32_t length, const std::size_t* bytes,
                   std::vector<Token>& out);

  std::unique_ptr<icu::BreakIterator> sentence_;
  std::unique_ptr<icu::BreakIterator> word_;
  std::unordered_set<std::string> elisions_;
};

}  // namespace titraille

#endif  // TITRAILLE_TOKENIZE_H_

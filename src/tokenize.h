// French tokenization over ICU break iterators: sentences (with abbreviations
// that do not end a sentence), words with elisions split (l’, d’, qu’…),
// hyphenated compounds and inversions kept whole (Haut-Karabakh, a-t-il), and
// numbers written French style kept whole (120 000, 21h30, 3,5).
#ifndef TITRAILLE_TOKENIZE_H_
#define TITRAILLE_TOKENIZE_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
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
  // found there again takes its tokens from it (they are moved out), and so
  // does one that only the typography changed (spaces put between tokens or
  // changed, straight apostrophes made typographic), its tokens moved to
  // their new offsets.
  std::vector<Sentence> sentences(std::string_view text, std::vector<Sentence>* previous = nullptr);
  std::vector<Token> tokens(std::string_view text);
  // The sentence boundaries of `text` (code unit offsets, after 0 and up to
  // its length), before sentences() joins pieces that go on with a sentence.
  std::vector<int32_t> breaks(const icu::UnicodeString& text);
  // Words as a reader counts them: words and numbers, an elided article
  // counted with the word it is attached to.
  static std::size_t count_words(const std::vector<Token>& tokens);
  std::size_t count_words(std::string_view text) { return count_words(tokens(text)); }

 private:
  // Appends the tokens of `text`, given as `length` UTF-16 code units and
  // the byte offset of each (bytes[length] is the end).
  void word_tokens(std::string_view text, const char16_t* units, int32_t length, const std::size_t* bytes,
                   std::vector<Token>& out);

  // The abbreviations after which a sentence break is suppressed, with the
  // semantics of ICU's FilteredBreakIteratorBuilder (suppressBreakAfter),
  // which this replaces: building its tries cost a fifth of the Engine's
  // start-up. See suppressed().
  struct Hash {  // lets the table be searched by a view of the text
    using is_transparent = void;
    std::size_t operator()(std::u16string_view s) const { return std::hash<std::u16string_view>{}(s); }
  };
  struct Suppressions {
    // What ends before a break: true = a whole entry, false = its first part.
    std::unordered_map<std::u16string, bool, Hash, std::equal_to<>> backward;
    std::vector<std::u16string> forward;  // sorted: entries checked from their first part on
    std::size_t longest = 0;
  };
  // Whether the break before units[n] of a text of `length` units is
  // suppressed.
  bool suppressed(const char16_t* units, int32_t length, int32_t n) const;
  // breaks() in a vector of the thread's, valid until the next call.
  const std::vector<int32_t>& sentence_breaks(const icu::UnicodeString& text);

  std::unique_ptr<icu::BreakIterator> sentence_;
  Suppressions suppress_;
  std::unique_ptr<icu::BreakIterator> word_;
  std::unordered_set<std::string> elisions_;
};

// The last token of `sentences` that is no punctuation (a word, a number, a
// symbol), or null when there is none.
const Token* last_non_punct(const std::vector<Sentence>& sentences);

// A token that opens a quotation (« or “), or closes one (» or ”).
bool opens_quotation(const Token& t);
bool closes_quotation(const Token& t);

}  // namespace titraille

#endif  // TITRAILLE_TOKENIZE_H_

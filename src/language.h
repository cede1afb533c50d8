// Language identification of short lines (rules/language.xml and the word
// lists of lexicon/lang/): French, the languages of lexicon/lang/<code>.txt
// from their word lists and typical letters, and the languages of non-Latin
// scripts from the ICU script of their letters. Used by the boilerplate stage
// to recognise foreign site chrome ("Leer más", "Baca lebih lanjut »") while
// a French line naming foreign people or quoting an English phrase stays French.
#ifndef TITRAILLE_LANGUAGE_H_
#define TITRAILLE_LANGUAGE_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon.h"
#include "titraille/document.h"

namespace titraille {

class Tokenizer;

// What a line's words say about its language.
struct LanguageGuess {
  std::string code;          // the decided language: "fr", a foreign code, or empty when nothing tells
  std::string best;          // the foreign language with the most evidence (may be empty)
  std::size_t words = 0;     // words and numbers, elided articles not counted
  std::size_t french = 0;    // words found in the French lists
  std::size_t foreign = 0;   // evidence for `best`: its words and words with its letters
  bool by_script = false;    // decided by the script of the letters
  bool is_foreign() const { return !code.empty() && code != "fr"; }
};

class LanguageId {
 public:
  struct Thresholds {
    std::size_t min_evidence = 2;      // foreign evidence needed on a longer line…
    double ratio = 2.0;                // …at least this many times the French words
    std::size_t short_max_words = 3;   // a line this short is foreign on one foreign word and no French one
    double script_min_share = 0.5;     // share of the letters in a listed script that decides
  };

  // What the word lists say of one lower-cased word.
  struct Lookup {
    bool french = false;                               // in a French list
    const std::vector<std::size_t>* shared = nullptr;  // French and frequent in these languages (lang/fr-shared)
    uint64_t listed = 0;                               // bit k: in the list of the k-th foreign language
    uint64_t letters = 0;                              // bit k: not listed there, with one of its letters
  };
  // Lookups kept across identify() calls of one LanguageId: a page repeats its words.
  using Cache = std::unordered_map<std::string, Lookup>;

  LanguageId(const DataBundle& data, const Lexicon& lexicon);

  // The language of a block's tokens (all its sentences, in order). With a
  // cache, each different word is looked up in the lists once.
  LanguageGuess identify(const std::vector<Sentence>& sentences, Cache* cache = nullptr) const;
  // Tokenizes `text` first.
  LanguageGuess identify(std::string_view text, Tokenizer& tokenizer) const;

  const Thresholds& limits() const { return limits_; }
  // Codes of the foreign languages known from word lists, in code order.
  std::vector<std::string> languages() const;

 private:
  Lookup lookup(const std::string& word) const;

  struct Language {
    std::string code;
    const WordList* words = nullptr;
    std::u32string letters;  // letters typical of the language (rules/language.xml)
    bool ascii_letters = false;  // some of them ASCII: an ASCII word may have one
  };
  struct Script {
    int script = 0;  // UScriptCode
    std::string code;
    std::size_t group = 0;  // index of `code` in script_codes_
  };
  std::vector<Language> foreign_;          // lexicon/lang/<code>.txt but fr, code order
  std::vector<std::string> french_endings_;  // <french-endings>: endings of French words no list holds
  std::vector<const WordList*> french_;    // lang/fr, fr/stopwords, fr/common
  // lang/fr-shared: French words also frequent elsewhere -> indices in foreign_ of those languages.
  std::unordered_map<std::string, std::vector<std::size_t>> shared_;
  std::vector<Script> scripts_;
  std::vector<std::string> script_codes_;    // the codes of scripts_, sorted, unique
  std::size_t latin_group_ = static_cast<std::size_t>(-1);  // index in script_codes_ of Latin, if listed
  std::u32string open_quotes_, close_quotes_, toggle_quotes_;
  Thresholds limits_;
};

}  // namespace titraille

#endif  // TITRAILLE_LANGUAGE_H_

// French grammar for generated text (rules/french.xml): contraction of
// prepositions with articles, elision before a vowel, sentence case, and the
// template filler shared by the headings and title stages.
#ifndef TITRAILLE_FRENCH_H_
#define TITRAILLE_FRENCH_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "data.h"
#include "lexicon.h"

namespace titraille {

class FrenchGrammar {
 public:
  FrenchGrammar(const DataBundle& data, const Lexicon& lexicon);

  // Contractions and elisions over the whole text.
  std::string agree(std::string_view text) const;
  // Fills {slot} placeholders, applies agree() and puts the first letter in
  // upper case. A missing slot gives an empty result.
  std::string fill(std::string_view pattern, const std::map<std::string, std::string>& slots) const;
  // "le" + "cessez-le-feu" -> "le cessez-le-feu", "l’" + "armée" -> "l’armée".
  static std::string with_article(const std::string& article, const std::string& phrase);
  // A place whose name holds its article (lexicon/fr/places: « Le Havre »,
  // « La Réunion ») given without it (« Havre », as a keyphrase's words
  // are): its whole name; any other text as it is.
  std::string place_name(const std::string& name) const;

 private:
  struct Contraction {
    std::vector<std::string> from;  // words
    std::string to;
  };
  std::vector<Contraction> contractions_;
  std::map<std::string, std::string> elisions_;
  std::u32string vowels_;
  // <semivowel>: letters that are consonants before a vowel (« de Yanis »,
  // « le yoga »), and the words that elide all the same (« l’Yonne »).
  std::u32string semivowels_;
  std::vector<std::string> semivowel_elides_;
  // <mute-h>: the lower-case words whose h is aspirated (the others elide),
  // and the names opening with H that elide (the others do not).
  const WordList* aspirated_ = nullptr;
  std::vector<std::string> mute_h_names_;
  const WordList* places_ = nullptr;
  std::vector<std::string> place_articles_;  // <place-articles>
  bool starts_with_vowel(std::string_view word) const;
};

}  // namespace titraille

#endif  // TITRAILLE_FRENCH_H_

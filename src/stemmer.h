// A light French stemmer: strips the longest matching suffix of
// rules/stemmer.xml while a minimum stem length remains. Good enough to bring
// "négociations"/"négociation"/"négocier" together for lexical cohesion
// (sections stage); not a linguistic analysis.
#ifndef TITRAILLE_STEMMER_H_
#define TITRAILLE_STEMMER_H_

#include <string>
#include <string_view>
#include <vector>

#include "data.h"
#include "lexicon.h"

namespace titraille {

class Stemmer {
 public:
  Stemmer(const DataBundle& data, const Lexicon& lexicon);
  // `word` in lower case.
  std::string stem(std::string_view word) const;

 private:
  struct Suffix {
    std::string text;
    std::string replace;
    std::size_t min_stem;  // code points that must remain
  };
  std::vector<Suffix> suffixes_;  // longest first
};

}  // namespace titraille

#endif  // TITRAILLE_STEMMER_H_

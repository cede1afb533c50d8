// Stage 10, headings: a French subheading for every section that has none,
// from the templates of rules/headings.xml filled with the section's own
// salient phrase, agreed by rules/french.xml, in sentence case.
#ifndef TITRAILLE_HEADINGS_H_
#define TITRAILLE_HEADINGS_H_

#include <set>
#include <string>
#include <vector>

#include "french.h"
#include "lexicon.h"
#include "phrases.h"
#include "titraille/document.h"

namespace titraille {

struct Resources;

struct HeadingRules {
  struct Template {
    std::string id, family, when, text;
    bool keyphrase = false;
  };
  std::vector<Template> templates;
  std::set<std::string> speech;
  std::vector<std::string> fallbacks;  // headings for a section no template fits
  std::size_t min_words = 3, max_words = 10;
  double keyphrase_share = 0.5;
  std::size_t max_phrase_words = 3;  // content words of a salient phrase

  HeadingRules(const DataBundle& data, const Lexicon& lexicon);
};

Document headings(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_HEADINGS_H_

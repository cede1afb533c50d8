// Stage 14, report: the SEO checks of rules/checks.xml, the warnings (body
// shorter than asked, no padding), and the list of everything removed from
// the input, in input order.
#ifndef TITRAILLE_REPORT_H_
#define TITRAILLE_REPORT_H_

#include <map>
#include <string>

#include "analysis.h"
#include "lexicon.h"
#include "titraille/document.h"

namespace titraille {

struct Resources;

struct CheckRules {
  std::size_t default_min_words = 300;
  std::size_t min_article_words = 10;  // less article text than this is unusable input
  // check id -> attribute -> value
  std::map<std::string, std::map<std::string, double>> limits;
  double get(const std::string& check, const std::string& attr, double fallback) const;
  analysis::Lists lists;  // the word lists of the readability and keyphrase checks

  CheckRules(const DataBundle& data, const Lexicon& lexicon);
};

// True when `haystack` holds `needle` as whole words, ignoring case,
// apostrophe forms and spacing.
bool contains_phrase(const std::string& haystack, const std::string& needle);

Document report(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_REPORT_H_

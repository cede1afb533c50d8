// Stage 13, slug: an ASCII slug of the title: ICU lower-casing and NFKD
// decomposition without the accents, plus the letter map of rules/slug.xml.
#ifndef TITRAILLE_SLUG_H_
#define TITRAILLE_SLUG_H_

#include <map>
#include <set>
#include <string>

#include "lexicon.h"
#include "titraille/document.h"

namespace titraille {

struct Resources;

struct SlugRules {
  std::map<char32_t, std::string> map;  // letters that NFKD does not reduce to ASCII
  std::set<std::string> stopwords;      // folded like the slug
  std::size_t max_words = 8, max_chars = 75;

  SlugRules(const DataBundle& data, const Lexicon& lexicon);
  std::string ascii(const std::string& s) const;
};

std::string make_slug(const std::string& text, const SlugRules& rules);

Document slug(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_SLUG_H_

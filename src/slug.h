// Stage 13, slug: an ASCII slug of the title through ICU transliteration
// (rules/slug.xml).
#ifndef TITRAILLE_SLUG_H_
#define TITRAILLE_SLUG_H_

#include <memory>
#include <set>
#include <string>

#include <unicode/translit.h>

#include "lexicon.h"
#include "titraille/document.h"

namespace titraille {

struct Resources;

struct SlugRules {
  std::unique_ptr<icu::Transliterator> transform;
  std::set<std::string> stopwords;  // transformed
  std::size_t max_words = 8, max_chars = 75;

  SlugRules(const DataBundle& data, const Lexicon& lexicon);
  std::string ascii(const std::string& s) const;
};

std::string make_slug(const std::string& text, const SlugRules& rules);

Document slug(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_SLUG_H_

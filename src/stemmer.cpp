#include "stemmer.h"

#include <algorithm>

#include "pattern.h"
#include "text.h"

namespace titraille {

Stemmer::Stemmer(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/stemmer.xml");
  for (pugi::xml_node s : file.root().children("suffix")) {
    suffixes_.push_back({s.attribute("text").as_string(), s.attribute("replace").as_string(),
                         s.attribute("min-stem").as_uint(3)});
  }
  std::stable_sort(suffixes_.begin(), suffixes_.end(),
                   [](const Suffix& a, const Suffix& b) { return a.text.size() > b.text.size(); });
}

std::string Stemmer::stem(std::string_view word) const {
  const char last = word.empty() ? '\0' : word.back();
  for (const Suffix& s : suffixes_) {
    // (The last byte first: most suffixes are ruled out by it alone.)
    if (word.size() <= s.text.size() || (!s.text.empty() && s.text.back() != last) ||
        word.compare(word.size() - s.text.size(), s.text.size(), s.text) != 0)
      continue;
    std::string_view base = word.substr(0, word.size() - s.text.size());
    if (text::length(base) < s.min_stem) continue;
    return std::string(base) + s.replace;
  }
  return std::string(word);
}

}  // namespace titraille

#include "slug.h"

#include <vector>

#include "pattern.h"
#include "resources.h"
#include "text.h"
#include "titraille/titraille.h"

namespace titraille {

SlugRules::SlugRules(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/slug.xml");
  pugi::xml_node root = file.root();
  std::string id = root.attribute("transform").as_string("Any-Latin; Latin-ASCII; Lower");
  UErrorCode status = U_ZERO_ERROR;
  UParseError perr;
  transform.reset(icu::Transliterator::createInstance(text::u(id), UTRANS_FORWARD, perr, status));
  if (U_FAILURE(status)) file.fail("transform", "ICU cannot build the transform '" + id + "'");
  max_words = root.attribute("max-words").as_uint(8);
  max_chars = root.attribute("max-chars").as_uint(75);
  for (const std::string& w : lexicon.list("fr/stopwords").entries()) stopwords.insert(ascii(w));
}

std::string SlugRules::ascii(const std::string& s) const {
  icu::UnicodeString u = text::u(s);
  transform->transliterate(u);
  return text::utf8(u);
}

std::string make_slug(const std::string& input, const SlugRules& rules) {
  std::string a = rules.ascii(input);
  std::vector<std::string> words;
  std::string cur;
  for (char c : a) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      cur += c;
    } else if (!cur.empty()) {
      words.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(cur);
  // Elided letters (l, d, qu…) are stop words too.
  while (!words.empty() && rules.stopwords.count(words.front())) words.erase(words.begin());
  if (words.size() > rules.max_words) words.resize(rules.max_words);
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty() && out.size() + 1 + w.size() > rules.max_chars) break;
    out += (out.empty() ? "" : "-") + w;
  }
  while (!out.empty()) {
    std::size_t dash = out.rfind('-');
    std::string last = dash == std::string::npos ? out : out.substr(dash + 1);
    if (!rules.stopwords.count(last)) break;
    out = dash == std::string::npos ? "" : out.substr(0, dash);
  }
  return out;
}

Document slug(Document doc, Resources& res) {
  doc.slug = make_slug(doc.title, res.slug);
  if (doc.slug.empty()) doc.slug = make_slug(doc.keyphrase, res.slug);
  return doc;
}

}  // namespace titraille

#include "slug.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <vector>

#include "pattern.h"
#include "resources.h"
#include "text.h"
#include "titraille/titraille.h"

namespace titraille {

SlugRules::SlugRules(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/slug.xml");
  pugi::xml_node root = file.root();
  for (pugi::xml_node m : root.children("map")) {
    char32_t from = text::first_char(m.attribute("from").as_string());
    if (!from) file.fail("map", "a <map> needs from=");
    map[from] = m.attribute("to").as_string();
  }
  max_words = root.attribute("max-words").as_uint(8);
  max_chars = root.attribute("max-chars").as_uint(75);
  for (std::string_view w : lexicon.list("fr/stopwords").entries()) {
    // ascii() of an ASCII word is the word in lower case: no ICU round trip.
    bool plain = std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    stopwords.insert(plain ? text::lower(w) : ascii(std::string(w)));
  }
}

std::string SlugRules::ascii(const std::string& s) const {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString u = nfkd->normalize(text::u(text::lower(s)), status);
  std::string out;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (c < 0x80) {
      out += static_cast<char>(c);
      continue;
    }
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    auto it = map.find(static_cast<char32_t>(c));
    out += it != map.end() ? it->second : " ";
  }
  return out;
}

std::string make_slug(const std::string& input, const SlugRules& rules) {
  std::string a = rules.ascii(input);
  std::vector<std::string> words;
  // Whether a word is joined to the one before it by a hyphen alone
  // (« sud-ouest », « saint-etienne »): a compound is kept whole or left
  // out, never cut (« …-dans-le-sud » would name another place).
  std::vector<bool> joined;
  std::string cur, gap;
  auto flush = [&] {
    if (cur.empty()) return;
    joined.push_back(!words.empty() && gap == "-");
    words.push_back(cur);
    cur.clear();
    gap.clear();
  };
  for (char c : a) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      cur += c;
    } else {
      flush();
      gap += c;
    }
  }
  flush();
  // Elided letters (l, d, qu…) are stop words too.
  std::size_t first = 0;
  while (first < words.size() && rules.stopwords.count(words[first])) ++first;
  // The words that fit, whole compounds only (unless one compound alone is too long).
  std::size_t n = first;
  for (std::size_t chars = 0; n < words.size() && n - first < rules.max_words; ++n) {
    const std::size_t add = (n == first ? 0 : 1) + words[n].size();
    if (n > first && chars + add > rules.max_chars) break;
    chars += add;
  }
  std::size_t whole = n;
  while (whole > first && whole < words.size() && joined[whole]) --whole;
  if (whole > first) n = whole;
  std::string out;
  for (std::size_t i = first; i < n; ++i) out += (i == first ? "" : "-") + words[i];
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

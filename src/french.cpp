#include "french.h"

#include <algorithm>

#include "pattern.h"
#include "text.h"

namespace titraille {
namespace {

// Keeps the case of the first letter of `model` on `word`.
std::string same_case(const std::string& model, const std::string& word) {
  return text::starts_with_upper(model) ? text::capitalize_first(word) : word;
}

}  // namespace

FrenchGrammar::FrenchGrammar(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/french.xml");
  for (pugi::xml_node c : file.root().children("contraction"))
    contractions_.push_back({text::split_words(c.attribute("from").as_string()), c.attribute("to").as_string()});
  for (pugi::xml_node e : file.root().children("elision"))
    elisions_[e.attribute("word").as_string()] = e.attribute("to").as_string();
  places_ = &lexicon.list("fr/places");
  place_articles_ = text::split_words(file.root().child("place-articles").text().as_string());
  auto code_points = [](std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) out.push_back(text::next_char(s, i));
    return out;
  };
  vowels_ = code_points(file.root().child("vowels").text().as_string());
  pugi::xml_node semi = file.root().child("semivowel");
  semivowels_ = code_points(semi.attribute("letters").as_string());
  semivowel_elides_ = text::split_words(semi.attribute("elides").as_string());
  if (pugi::xml_node h = file.root().child("mute-h")) {
    aspirated_ = &lexicon.list(h.attribute("aspirated").as_string("fr/h-aspire"));
    mute_h_names_ = text::split_words(h.attribute("names").as_string());
  }
}

bool FrenchGrammar::starts_with_vowel(std::string_view word) const {
  std::size_t at = 0;
  const char32_t first = word.empty() ? 0 : text::next_char(word, at);
  // A mute h: a lower-case word not listed as aspirated (« l’histoire », not
  // « la hausse »), or a name listed (« l’Hérault », not « de Hambourg »).
  if ((first == U'h' || first == U'H') && aspirated_ && at < word.size() &&
      vowels_.find(text::next_char(word, at)) != std::u32string::npos) {
    if (first == U'H') return std::find(mute_h_names_.begin(), mute_h_names_.end(), word) != mute_h_names_.end();
    // (« haut-commissaire »: its first part.)
    const std::size_t part = word.find_first_of(" -");
    return !aspirated_->contains(word) && (part == std::string_view::npos || !aspirated_->contains(word.substr(0, part)));
  }
  if (vowels_.find(first) == std::u32string::npos) return false;
  if (semivowels_.find(first) == std::u32string::npos || at >= word.size()) return true;
  // « Yanis », « yoga »: a consonant before a vowel; « Yves », « Ypres »: a vowel.
  return vowels_.find(text::next_char(word, at)) == std::u32string::npos ||
         std::find(semivowel_elides_.begin(), semivowel_elides_.end(), word) != semivowel_elides_.end();
}

std::string FrenchGrammar::with_article(const std::string& article, const std::string& phrase) {
  if (article.empty()) return phrase;
  if (article == "l’" || article == "l'") return "l’" + phrase;
  return article + " " + phrase;
}

std::string FrenchGrammar::place_name(const std::string& name) const {
  if (name.empty() || !text::starts_with_upper(name)) return name;
  for (const std::string& article : place_articles_) {
    // (« L’ » is glued to the name, the others are followed by a space.)
    const std::string whole = article + (text::last_char(article) == U'\u2019' ? "" : " ") + name;
    if (places_->contains(whole)) return whole;
  }
  return name;
}

std::string FrenchGrammar::agree(std::string_view input) const {
  std::vector<std::string> words = text::split_words(input);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    bool done = false;
    for (const Contraction& c : contractions_) {
      if (i + c.from.size() > words.size()) continue;
      bool match = true;
      for (std::size_t k = 0; k < c.from.size() && match; ++k) match = text::lower(words[i + k]) == c.from[k];
      if (!match) continue;
      // An article that elides before a vowel is not contracted: "de le
      // archaïsme" is "de l’archaïsme", not "du archaïsme".
      const std::size_t next = i + c.from.size();
      if (next < words.size() && elisions_.count(c.from.back()) && starts_with_vowel(words[next])) continue;
      out.push_back(same_case(words[i], c.to));
      i += c.from.size() - 1;
      done = true;
      break;
    }
    if (done) continue;
    auto e = elisions_.find(text::lower(words[i]));
    if (e != elisions_.end() && i + 1 < words.size() && starts_with_vowel(words[i + 1])) {
      words[i + 1] = same_case(words[i], e->second) + words[i + 1];
      continue;
    }
    out.push_back(words[i]);
  }
  return text::join(out, " ");
}

std::string FrenchGrammar::fill(std::string_view pattern, const std::map<std::string, std::string>& slots) const {
  std::string filled;
  for (std::size_t i = 0; i < pattern.size();) {
    if (pattern[i] == '{') {
      std::size_t close = pattern.find('}', i);
      if (close == std::string_view::npos) return {};
      auto it = slots.find(std::string(pattern.substr(i + 1, close - i - 1)));
      if (it == slots.end() || it->second.empty()) return {};
      filled += it->second;
      i = close + 1;
    } else {
      filled += pattern[i++];
    }
  }
  return text::capitalize_first(agree(filled));
}

}  // namespace titraille

#include "language.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "pattern.h"
#include "text.h"
#include "tokenize.h"

namespace titraille {
namespace {

std::u32string chars(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out.push_back(text::next_char(s, i));
  return out;
}

bool has(const std::u32string& set, std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (set.find(text::next_char(s, i)) != std::u32string::npos) return true;
  return false;
}

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Per-language tallies of one line.
struct Tally {
  std::size_t strong = 0;     // words of its list or with its letters, outside quotes and names
  std::size_t weak = 0;       // the same inside quotations or on name-like words
  std::size_t exclusive = 0;  // words of its list found in no other list
  std::size_t shared = 0;     // French words listed for it in lang/fr-shared
};

}  // namespace

LanguageId::LanguageId(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/language.xml");
  pugi::xml_node root = file.root();
  if (pugi::xml_node d = root.child("decide")) {
    limits_.min_evidence = d.attribute("min-evidence").as_uint(2);
    limits_.ratio = d.attribute("ratio").as_double(2.0);
    limits_.short_max_words = d.attribute("short-max-words").as_uint(3);
    limits_.script_min_share = d.attribute("script-min-share").as_double(0.5);
  }
  if (pugi::xml_node q = root.child("quotes")) {
    open_quotes_ = chars(q.attribute("open").as_string());
    close_quotes_ = chars(q.attribute("close").as_string());
    toggle_quotes_ = chars(q.attribute("toggle").as_string());
  }
  for (const std::string& name : lexicon.names("lang/")) {
    std::string code = name.substr(5);
    if (code == "fr") continue;
    // Notes and side lists (fr-overlap-excluded, fr-shared) are not languages.
    if (code.find('-') != std::string::npos || code.find('/') != std::string::npos) continue;
    foreign_.push_back({code, &lexicon.list(name), {}});
  }
  if (foreign_.size() > 64) file.fail("lexicon/lang", "more than 64 languages");  // the bits of Lookup
  for (pugi::xml_node l : root.children("letters")) {
    std::string code = l.attribute("lang").as_string();
    auto it = std::find_if(foreign_.begin(), foreign_.end(), [&](const Language& x) { return x.code == code; });
    if (it == foreign_.end()) file.fail("letters " + code, "no word list lexicon/lang/" + code + ".txt");
    it->letters = chars(text::trim(l.text().get()));
    it->ascii_letters = std::any_of(it->letters.begin(), it->letters.end(), [](char32_t c) { return c < 0x80; });
  }
  french_endings_ = text::split_words(root.child("french-endings").text().as_string());
  for (pugi::xml_node s : root.children("script")) {
    std::string name = s.attribute("name").as_string();
    int script = u_getPropertyValueEnum(UCHAR_SCRIPT, name.c_str());
    if (script == UCHAR_INVALID_CODE) file.fail("script " + name, "unknown ICU script name");
    std::string code = s.attribute("code").as_string();
    if (code.empty()) file.fail("script " + name, "no code");
    scripts_.push_back({script, code, 0});
  }
  // Letters are counted per script code, in code order (several scripts may share one).
  for (const Script& sc : scripts_) script_codes_.push_back(sc.code);
  std::sort(script_codes_.begin(), script_codes_.end());
  script_codes_.erase(std::unique(script_codes_.begin(), script_codes_.end()), script_codes_.end());
  for (Script& sc : scripts_)
    sc.group = static_cast<std::size_t>(std::lower_bound(script_codes_.begin(), script_codes_.end(), sc.code) -
                                        script_codes_.begin());
  const auto latin = std::find_if(scripts_.begin(), scripts_.end(), [](const Script& sc) { return sc.script == USCRIPT_LATIN; });
  if (latin != scripts_.end()) latin_group_ = latin->group;
  for (const char* name : {"lang/fr", "fr/stopwords", "fr/common"})
    if (const WordList* l = lexicon.find(name)) french_.push_back(l);
  // lang/fr-shared: each word with the indices in foreign_ of the codes after it.
  if (const WordList* shared = lexicon.find("lang/fr-shared"))
    for (std::string_view w : shared->entries()) {
      std::string codes = " " + std::string(shared->value(w)) + " ";
      std::vector<std::size_t>& langs = shared_[std::string(w)];
      for (std::size_t k = 0; k < foreign_.size(); ++k)
        if (codes.find(" " + foreign_[k].code + " ") != std::string::npos) langs.push_back(k);
    }
}

std::vector<std::string> LanguageId::languages() const {
  std::vector<std::string> out;
  for (const Language& l : foreign_) out.push_back(l.code);
  return out;
}

LanguageGuess LanguageId::identify(std::string_view text, Tokenizer& tokenizer) const {
  return identify(tokenizer.sentences(text));
}

LanguageId::Lookup LanguageId::lookup(const std::string& word) const {
  Lookup l;
  l.french = std::any_of(french_.begin(), french_.end(), [&](const WordList* list) { return list->contains(word); });
  if (l.french) {
    if (auto it = shared_.find(word); it != shared_.end()) l.shared = &it->second;
    return l;
  }
  const bool ascii = is_ascii(word);
  for (std::size_t k = 0; k < foreign_.size(); ++k) {
    const Language& lang = foreign_[k];
    if (lang.words->contains(word))
      l.listed |= uint64_t{1} << k;
    else if (!lang.letters.empty() && (lang.ascii_letters || !ascii) && has(lang.letters, word))
      l.letters |= uint64_t{1} << k;
  }
  // (« réglementée »: an ending only French words have, on a word no list holds.)
  l.french = !l.listed && !l.letters && text::ends_with_any(word, french_endings_, 2);
  return l;
}

LanguageGuess LanguageId::identify(const std::vector<Sentence>& sentences, Cache* cache) const {
  LanguageGuess g;
  std::vector<Tally> tally(foreign_.size());
  std::vector<std::size_t> script_count(script_codes_.size());  // letters of the listed scripts, per code
  std::size_t letters = 0;
  int quote_depth = 0;
  std::size_t capitalized = 0;
  Lookup uncached;
  for (const Sentence& s : sentences) {
    bool initial = true;  // the next word starts a sentence or a quotation
    for (const Token& t : s.tokens) {
      for (std::size_t i = 0; i < t.text.size();) {
        UChar32 c = static_cast<unsigned char>(t.text[i]);
        if (c < 0x80) {  // ASCII: letters are Latin, without asking ICU (nor decoding)
          ++i;
          if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) continue;
          ++letters;
          if (latin_group_ < script_count.size()) ++script_count[latin_group_];
          continue;
        }
        c = static_cast<UChar32>(text::next_char(t.text, i));
        if (!u_isalpha(c)) continue;
        ++letters;
        UErrorCode err = U_ZERO_ERROR;
        int script = uscript_getScript(c, &err);
        if (U_FAILURE(err)) continue;
        for (std::size_t k = 0; k < scripts_.size(); ++k)
          if (scripts_[k].script == script) {
            ++script_count[scripts_[k].group];
            break;
          }
      }
      if (t.kind == TokenKind::Punct) {
        char32_t c = text::first_char(t.text);
        if (quote_depth > 0 && close_quotes_.find(c) != std::u32string::npos) {
          --quote_depth;
        } else if (open_quotes_.find(c) != std::u32string::npos) {
          ++quote_depth;
          initial = true;
        } else if (toggle_quotes_.find(c) != std::u32string::npos) {
          quote_depth = quote_depth > 0 ? quote_depth - 1 : 1;
          if (quote_depth > 0) initial = true;
        } else if (c == U':') {
          initial = true;
        }
        continue;
      }
      if (t.kind == TokenKind::Number) {
        if (!t.elided) ++g.words;
        continue;
      }
      if (!t.elided) {
        ++g.words;
        if (t.capitalized) ++capitalized;
      }
      bool name_like = t.capitalized && !initial;
      initial = false;
      bool weak = name_like || quote_depth > 0;
      const Lookup* w = &uncached;
      if (!cache) {
        uncached = lookup(t.lower);
      } else {
        auto [it, added] = cache->try_emplace(t.lower);
        if (added) it->second = lookup(t.lower);
        w = &it->second;
      }
      if (w->french) {
        ++g.french;
        if (w->shared)
          for (std::size_t k : *w->shared) ++tally[k].shared;
        continue;
      }
      std::size_t listed = 0, last = 0;
      for (std::size_t k = 0; k < foreign_.size(); ++k) {
        if (w->listed >> k & 1) {
          ++listed;
          last = k;
        }
        if ((w->listed | w->letters) >> k & 1) ++(weak ? tally[k].weak : tally[k].strong);
      }
      if (listed == 1) ++tally[last].exclusive;
    }
  }

  // 1. Script (in the order of the script codes).
  for (std::size_t k = 0; k < script_codes_.size(); ++k) {
    std::size_t n = script_count[k];
    if (n > 0 && letters > 0 && static_cast<double>(n) >= limits_.script_min_share * static_cast<double>(letters)) {
      g.code = g.best = script_codes_[k];
      g.foreign = n;
      g.by_script = true;
      return g;
    }
  }

  // 2. Best foreign language by word evidence.
  std::size_t best = foreign_.size();
  auto evidence = [&](std::size_t k) {
    // Weak evidence counts only on lines without French words (shared ones aside).
    return tally[k].strong + (g.french - tally[k].shared == 0 ? tally[k].weak : 0);
  };
  for (std::size_t k = 0; k < foreign_.size(); ++k) {
    std::size_t e = evidence(k);
    if (e == 0) continue;
    if (best == foreign_.size() || e > evidence(best) ||
        (e == evidence(best) && tally[k].exclusive > tally[best].exclusive))
      best = k;
  }
  if (best < foreign_.size()) {
    g.best = foreign_[best].code;
    g.foreign = evidence(best);
    std::size_t french = g.french - tally[best].shared;
    bool foreign = false;
    if (g.words <= limits_.short_max_words) {
      bool all_capitalized = capitalized == g.words && g.words > 1;
      foreign = french == 0 && g.foreign >= (all_capitalized ? g.words : 1);
    }
    if (!foreign)
      foreign = g.foreign >= limits_.min_evidence &&
                static_cast<double>(g.foreign) >= limits_.ratio * static_cast<double>(french);
    if (foreign) {
      g.code = g.best;
      return g;
    }
  }
  if (g.french > 0) g.code = "fr";
  return g;
}

}  // namespace titraille

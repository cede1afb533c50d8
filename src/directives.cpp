#include "directives.h"

#include <algorithm>
#include <optional>
#include <set>

#include "resources.h"
#include "text.h"

namespace titraille {
namespace {

bool is_separator_char(UChar32 c) {
  return c == ',' || c == ';' || c == '.' || c == ':' || c == '!' || c == '-' || c == '/' || c == '+' || c == '&' ||
         c == 0x2013 || c == 0x2014 || text::is_space(static_cast<char32_t>(c));
}

// A directive match may end at the end of the line, before a separator, or
// where a capital letter is glued to it.
bool ends_cleanly(const icu::UnicodeString& s, int32_t end) {
  if (end >= s.length()) return true;
  UChar32 next = s.char32At(end);
  if (is_separator_char(next)) return true;
  UChar32 prev = s.char32At(s.moveIndex32(end, -1));
  return text::is_upper(static_cast<char32_t>(next)) && text::is_letter(static_cast<char32_t>(prev));
}

}  // namespace

DirectiveRules::DirectiveRules(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/directives.xml");
  pugi::xml_node root = file.root();
  separator = file.pattern(root.child("separator"), "separator");
  for (pugi::xml_node d : root.children("directive")) {
    Directive dir;
    dir.id = d.attribute("id").as_string();
    if (dir.id.empty()) file.fail("?", "a <directive> needs an id");
    dir.sets = d.attribute("sets").as_string();
    dir.strong = std::string_view(d.attribute("strength").as_string("strong")) != "weak";
    dir.hint = d.attribute("hint").as_string();
    for (pugi::xml_node p : d.children("pattern")) dir.patterns.push_back(file.pattern(p, dir.id));
    if (dir.patterns.empty()) file.fail(dir.id, "a <directive> needs at least one <pattern>");
    directives.push_back(std::move(dir));
  }
  if (pugi::xml_node v = root.child("vocabulary")) {
    vocabulary_min = v.attribute("min").as_uint(2);
    vocabulary_start = file.pattern(v.child("start"), "vocabulary");
    for (pugi::xml_node w : v.children("word")) {
      std::string word = text::lower(w.text().as_string());
      if (word.empty()) file.fail("vocabulary", "a <word> is empty");
      vocabulary_by_byte[static_cast<unsigned char>(word[0])].push_back(vocabulary.size());
      vocabulary.push_back(std::move(word));
    }
    for (pugi::xml_node w : v.children("title-word")) title_words.push_back(text::lower(w.text().as_string()));
  }
}

namespace {

// Settings named by any directive pattern found anywhere in the line (for
// lines recognised by the vocabulary fallback).
void scan_settings(const DirectiveRules& rules, const icu::UnicodeString& s, DirectiveMatch& result) {
  for (const auto& d : rules.directives)
    for (const Pattern& p : d.patterns) {
      int32_t b, e;
      if (!p.find(s, 0, b, e)) continue;
      if (std::find(result.ids.begin(), result.ids.end(), d.id) == result.ids.end()) result.ids.push_back(d.id);
      if (d.sets == "min_words") {
        std::string n = text::utf8(p.group("n"));
        if (!n.empty()) result.min_words = std::max<std::size_t>(result.min_words, std::stoul(n));
      } else if (d.sets == "subheadings") {
        result.subheadings = true;
      } else if (d.sets == "customize_title") {
        result.customize_title = true;
        result.hint = "title";
      }
    }
}

// The distinct words of the vocabulary that `line` holds, each between
// two non-letters: one pass over the lowered line, trying at each word start
// only the words of the vocabulary that begin with its byte.
std::size_t vocabulary_words(const DirectiveRules& rules, const std::string& line) {
  if (rules.vocabulary.empty()) return 0;
  const std::string low = text::lower(line);
  const std::string_view v(low);
  std::vector<bool> seen(rules.vocabulary.size());
  std::size_t count = 0;
  bool prev_letter = false;
  for (std::size_t i = 0; i < v.size();) {
    if (!prev_letter)
      for (std::size_t k : rules.vocabulary_by_byte[static_cast<unsigned char>(v[i])]) {
        const std::string& w = rules.vocabulary[k];
        if (seen[k] || v.compare(i, w.size(), w) != 0) continue;
        if (i + w.size() < v.size() && text::is_letter(text::first_char(v.substr(i + w.size())))) continue;
        seen[k] = true;
        ++count;
      }
    prev_letter = text::is_letter(text::next_char(v, i));
  }
  return count;
}

bool vocabulary_prompt(const DirectiveRules& rules, const std::string& line, const icu::UnicodeString& s) {
  if (rules.vocabulary.empty() || rules.vocabulary_start.prefix(s, 0) <= 0) return false;
  // A sentence needs one word more: "Écrivez-nous un article…" is no prompt.
  return vocabulary_words(rules, line) >= rules.vocabulary_min + (text::ends_sentence(line) ? 1 : 0);
}

// Parses directives from the start of the line.
DirectiveMatch parse(const DirectiveRules& rules, const std::string& line) {
  DirectiveMatch result;
  icu::UnicodeString s = text::u(line);
  int32_t pos = 0;
  int32_t consumed = 0;  // end of the last directive
  bool strong = false;
  std::string hint;
  while (pos < s.length()) {
    int32_t sep_end = rules.separator.prefix(s, pos);
    if (sep_end > pos) pos = sep_end;
    if (pos >= s.length()) break;
    const DirectiveRules::Directive* best = nullptr;
    int32_t best_end = -1;
    const Pattern* best_pattern = nullptr;
    for (const auto& d : rules.directives) {
      for (const Pattern& p : d.patterns) {
        int32_t end = p.prefix(s, pos);
        if (end > pos && end > best_end && ends_cleanly(s, end)) {
          best = &d;
          best_end = end;
          best_pattern = &p;
        }
      }
    }
    if (!best) break;
    result.ids.push_back(best->id);
    strong = strong || best->strong;
    if (!best->hint.empty()) hint = best->hint;
    if (best->sets == "min_words") {
      best_pattern->prefix(s, pos);  // re-run to read the group
      std::string n = text::utf8(best_pattern->group("n"));
      if (!n.empty()) result.min_words = std::stoul(n);
    } else if (best->sets == "subheadings") {
      result.subheadings = true;
    } else if (best->sets == "customize_title") {
      result.customize_title = true;
    } else if (best->sets == "keyphrase") {
      best_pattern->prefix(s, pos);  // re-run to read the group
      result.keyphrase = std::string(text::trim(text::utf8(best_pattern->group("kp"))));
    }
    pos = consumed = best_end;
  }
  // What no directive pattern reads to its end may still be a prompt by its
  // vocabulary (below, also when a capital follows the directives found:
  // « Rédige un article optimisé SEO d’au moins 900 mots… »).
  auto by_vocabulary = [&]() {
    DirectiveMatch v;
    if (!vocabulary_prompt(rules, line, s)) return v;
    v.prompt = true;
    v.prompt_end = line.size();
    v.ids = {"vocabulary"};
    scan_settings(rules, s, v);  // adds the ids of the directives found in it
    return v;
  };
  if (!strong || (pos < s.length() && !text::is_upper(static_cast<char32_t>(s.char32At(pos))))) return by_vocabulary();
  if (pos >= s.length()) {
    result.prompt = true;
    result.prompt_end = line.size();
    result.hint = hint;
    return result;
  }
  // Text after the directives is kept as a line of its own when it is glued
  // to them ("…in frenchPourparlers") or, after a colon or a dash, starts a
  // sentence of at least three words.
  bool glued = pos == consumed;
  std::string between = text::utf8(s.tempSubString(consumed, pos - consumed));
  bool cut = between.find_first_of(":") != std::string::npos || between.find("\u2013") != std::string::npos ||
             between.find("\u2014") != std::string::npos;
  std::string rest_text = text::utf8(s.tempSubString(pos));
  std::size_t rest_words = 0;
  for (std::size_t k = 0; k < rest_text.size(); ++k)
    if (rest_text[k] == ' ' && k > 0 && rest_text[k - 1] != ' ') ++rest_words;
  ++rest_words;
  // So is a capitalised rest of three words or more that holds no word of
  // the prompts' vocabulary (« Écris un article SEO Carrefour va supprimer
  // 979 postes »; « … SEO d’au moins 900 mots » is the prompt going on).
  const bool plain = rest_words >= 3 && vocabulary_words(rules, rest_text) == 0;
  if (text::is_upper(static_cast<char32_t>(s.char32At(pos))) && (glued || (cut && rest_words >= 3) || plain)) {
    result.prompt = true;
    result.prompt_end = text::utf8(s.tempSubString(0, consumed)).size();
    result.rest = std::string(text::trim(text::utf8(s.tempSubString(pos))));
    result.hint = hint;
    return result;
  }
  return by_vocabulary();
}

// The instruction that strong directives read from byte `at` of `line` to
// its end, as a trailing one: the text before it, without the dash or bar
// that parts them, is kept (as the title unless the directives say
// otherwise). Nullopt when the directives stop short of the end, only the
// vocabulary reads it, or nothing is before it.
std::optional<DirectiveMatch> trailing_from(const DirectiveRules& rules, const std::string& line, std::size_t at) {
  DirectiveMatch tail = parse(rules, line.substr(at));
  if (!tail.prompt || !tail.rest.empty() || tail.ids == std::vector<std::string>{"vocabulary"}) return std::nullopt;
  std::string_view head = text::trim(std::string_view(line).substr(0, at));
  auto parting = [](char32_t c) { return c == '-' || c == '|' || c == ',' || c == U'\u2013' || c == U'\u2014'; };
  while (!head.empty() && parting(text::last_char(head)))
    head = text::trim(head.substr(0, text::prev_char_start(head, head.size())));
  if (head.empty()) return std::nullopt;
  tail.trailing = true;
  tail.prompt_end = line.size() - at;
  tail.rest = std::string(head);
  if (tail.hint.empty()) tail.hint = "title";
  return tail;
}

// An instruction after the title on its line, past a space or a dash
// (« …de la présidentielle - Make this article seo compatible, be in
// french », « …PRÉSIDENTIELLE Customize this title in french »): from a
// word in mixed case (« Make », « Rédige »), with three words or more
// before it. Only a line holding a word of the prompts' vocabulary, of a
// headline's length with the instruction (at most kMaxLine bytes), is tried.
std::optional<DirectiveMatch> trailing_instruction(const DirectiveRules& rules, const std::string& line) {
  constexpr std::size_t kMaxLine = 600;
  if (line.size() > kMaxLine || vocabulary_words(rules, line) == 0) return std::nullopt;
  std::size_t words = 0;
  for (std::size_t at = line.find(' '); at != std::string::npos; at = line.find(' ', at + 1)) {
    if (++words < 3) continue;
    const std::string_view after = std::string_view(line).substr(at + 1);
    if (!text::starts_with_upper(after) || text::is_all_caps(after.substr(0, after.find(' ')))) continue;
    if (auto tail = trailing_from(rules, line, at + 1)) return tail;
  }
  return std::nullopt;
}

}  // namespace

DirectiveMatch match_directives(const DirectiveRules& rules, const std::string& line) {
  DirectiveMatch m = parse(rules, line);
  // (A line the vocabulary calls a prompt may still have the title glued
  // to it: « …with an SEO-friendly titleGrève des contrôleurs… », below.)
  const bool by_vocabulary = m.prompt && !m.ids.empty() && m.ids.front() == "vocabulary";
  if (m.prompt && !by_vocabulary) return m;
  if (!m.prompt) {
    if (auto tail = trailing_instruction(rules, line)) return *tail;
  }
  // An instruction glued to the title that follows it, which the patterns
  // did not consume to its end: cut at the glue when the part before it is
  // an instruction on its own.
  std::size_t glue = text::case_glue(line);
  if (glue == std::string::npos) return m;
  // An instruction glued after the title (« …sans les États-UnisCustomize
  // this title in french »): a glue after which strong directives read the
  // line to its end.
  for (std::size_t at = glue; at != std::string::npos && at > 0;) {
    if (!by_vocabulary)
      if (auto tail = trailing_from(rules, line, at)) return *tail;
    const std::size_t next = text::case_glue(std::string_view(line).substr(at + 1));
    at = next == std::string::npos ? next : at + 1 + next;
  }
  DirectiveMatch head = parse(rules, line.substr(0, glue));
  if (!head.prompt || !head.rest.empty()) return m;
  if (by_vocabulary) {
    // Only when the instruction ends on a word of its vocabulary (« title »,
    // « french », « words »), three words or more after it: not at a name's
    // inner capital (« …about TotalEnergies results »).
    std::size_t word = glue;
    while (word > 0 && static_cast<unsigned char>(line[word - 1]) != ' ') --word;
    const std::string last = text::lower(line.substr(word, glue - word));
    const bool vocabulary_end =
        std::find(rules.vocabulary.begin(), rules.vocabulary.end(), last) != rules.vocabulary.end() ||
        std::find(rules.title_words.begin(), rules.title_words.end(), last) != rules.title_words.end();
    if (!vocabulary_end || text::split_words(std::string_view(line).substr(glue)).size() < 3) return m;
  }
  head.prompt_end = glue;
  head.rest = std::string(text::trim(std::string_view(line).substr(glue)));
  if (head.hint.empty()) {
    std::string low = text::lower(line.substr(0, glue));
    for (const std::string& w : rules.title_words)
      if (low.find(w) != std::string::npos) head.hint = "title";
  }
  return head;
}

Document directives(Document doc, Resources& res) {
  std::vector<Block> kept;
  kept.reserve(doc.blocks.size());
  for (Block& b : doc.blocks) {
    DirectiveMatch m = match_directives(res.directives, b.text);
    if (!m.prompt) {
      kept.push_back(std::move(b));
      continue;
    }
    std::string instruction = std::string(text::trim(m.trailing ? std::string_view(b.text).substr(b.text.size() - m.prompt_end)
                                                                : std::string_view(b.text).substr(0, m.prompt_end)));
    doc.removed.push_back({instruction, "prompt", "directives:" + text::join(m.ids, "+"), b.line});
    for (const std::string& id : m.ids) doc.settings.directives.push_back(id);
    if (m.min_words && !doc.settings.min_words_forced) doc.settings.min_words = std::max(doc.settings.min_words, m.min_words);
    if (m.subheadings) doc.settings.subheadings = true;
    if (m.customize_title) doc.settings.customize_title = true;
    // A keyphrase the prompt names, unless the command line gave one.
    if (!m.keyphrase.empty() && !doc.settings.keyphrase) {
      doc.settings.keyphrase = m.keyphrase;
      doc.settings.keyphrase_from = "directive";
    }
    if (!m.rest.empty()) {
      if (m.trailing) {
        b.span.end = b.span.begin + m.rest.size();
      } else {
        std::size_t at = b.text.size() - m.rest.size();
        b.span.begin += at;
      }
      b.text = m.rest;
      b.original = m.rest;
      b.hint = m.hint;
      b.rule = "after directive " + text::join(m.ids, "+");
      kept.push_back(std::move(b));
    }
  }
  doc.blocks = std::move(kept);
  return doc;
}

}  // namespace titraille

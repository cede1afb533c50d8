#include "fidelity.h"

#include <utility>

#include "pattern.h"
#include "resources.h"
#include "text.h"

namespace titraille {
namespace {

// A decimal number is one run, its separator written ',' ("1,2" and "1.2"
// are "1,2": "2 million" cut out of "1,2 million" is not supported). A
// thousands separator (a full stop, a space, a no-break space or a narrow
// one before exactly three digits) joins its groups: « 180.000 », « 180 000 »
// and « 180 000 » (typography's spaces) are all "180000".
void add_digit_runs(std::string_view s, std::set<std::string>& out) {
  std::string run;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  // Whether exactly three digits start at `at`.
  auto group_at = [&](std::size_t at) {
    return at + 3 <= s.size() && digit(s[at]) && digit(s[at + 1]) && digit(s[at + 2]) &&
           (at + 3 == s.size() || !digit(s[at + 3]));
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    std::size_t sep = 0;  // bytes of a thousands separator at i
    if (!run.empty()) {
      if (c == ' ' || c == '.') sep = 1;
      else if (s.compare(i, 2, "\u00A0") == 0) sep = 2;
      else if (s.compare(i, 3, "\u202F") == 0) sep = 3;
      // (« 7.450,5 »: the group may be followed by a decimal comma.)
      if (sep && !group_at(i + sep)) sep = 0;
    }
    if (sep) {
      i += sep - 1;
    } else if (digit(c)) {
      run += c;
    } else if (!run.empty() && (c == ',' || c == '.') && i + 1 < s.size() && digit(s[i + 1])) {
      run += ',';
    } else if (!run.empty()) {
      out.insert(run);
      run.clear();
    }
  }
  if (!run.empty()) out.insert(run);
}

std::string unify_apostrophes(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\'') out += "’";
    else out += c;
  }
  return out;
}

// A word as the input wrote it before typography: an ordinal's superscript
// letters back on the line (« XIXᵉ » is « XIXe »).
std::string without_superscripts(std::string s) {
  for (auto [sup, plain] : {std::pair<std::string_view, std::string_view>{"\u1D49", "e"}, {"\u02B3", "r"}})
    for (std::size_t at = s.find(sup); at != std::string::npos; at = s.find(sup, at + plain.size()))
      s.replace(at, sup.size(), plain);
  return s;
}

// The words repair may split a word into: at its full stops (« Argentan.La »,
// one word for ICU) and before a capital glued to a lower-case letter
// (« deQuimper »). Empty when there is neither.
std::vector<std::string> glued_parts(std::string_view word) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t end = 0; end <= word.size(); ++end) {
    if (end < word.size() && word[end] != '.') continue;
    std::string_view piece = word.substr(start, end - start);
    for (std::size_t glue = text::case_glue(piece); glue != std::string_view::npos; glue = text::case_glue(piece)) {
      parts.emplace_back(piece.substr(0, glue));
      piece.remove_prefix(glue);
    }
    parts.emplace_back(piece);
    start = end + 1;
  }
  if (parts.size() < 2) return {};
  std::erase(parts, std::string());
  return parts;
}

void collect_template_words(const pugi::xml_node& node, Tokenizer& tok, std::set<std::string>& out) {
  for (pugi::xml_node c : node.children()) {
    std::string_view name = c.name();
    if (name == "template" || name == "fallback" || name == "source-prefix" || name == "title")
      for (const Token& t : tok.tokens(c.text().as_string()))
        if (t.kind == TokenKind::Word) out.insert(t.lower);
    // A word a rewrite rule puts in (readability's <split insert="Cela">),
    // and the pronouns a rewrite gives a subject (readability's <grammar
    // feminine-pronouns="elle elles">: « La défense … Elle a aussi estimé »).
    for (pugi::xml_attribute a : c.attributes())
      if (std::string_view n = a.name(); n == "insert" || n.ends_with("-pronouns"))
        for (const Token& t : tok.tokens(a.as_string()))
          if (t.kind == TokenKind::Word) out.insert(t.lower);
    collect_template_words(c, tok, out);
  }
}

}  // namespace

FactChecker::FactChecker(const std::vector<std::string>& inputs, Resources& res) : res_(res) {
  for (const std::string& in : inputs) {
    add_digit_runs(in, digits_);
    for (std::string_view line : text::split_lines(in))
      for (const Token& t : res.tokenizer.tokens(line))
        if (t.kind == TokenKind::Word) {
          words_.insert(unify_apostrophes(t.text));
          words_.insert(t.lower);
          for (const std::string& part : glued_parts(t.text)) words_.insert(unify_apostrophes(part));
        }
  }
  for (const std::string& name : res.data.names("rules/")) {
    pugi::xml_document d;
    std::string_view content = res.data.get(name);
    if (d.load_buffer(content.data(), content.size())) collect_template_words(d, res.tokenizer, template_words_);
  }
}

std::vector<std::string> FactChecker::unsupported(std::string_view line) const {
  std::vector<std::string> out;
  std::set<std::string> digits;
  add_digit_runs(line, digits);
  for (const std::string& d : digits)
    if (!digits_.count(d)) out.push_back(d);
  for (const Sentence& s : res_.tokenizer.sentences(line)) {
    bool first = true;
    for (const Token& t : s.tokens) {
      if (t.kind != TokenKind::Word) continue;
      bool initial = first;
      first = false;
      if (!t.capitalized && !t.all_caps) continue;
      std::string w = without_superscripts(unify_apostrophes(t.text));
      if (words_.count(w) || words_.count(text::upper(w))) continue;
      if (initial && (words_.count(t.lower) || template_words_.count(t.lower))) continue;
      out.push_back(t.text);
    }
  }
  return out;
}

std::vector<std::string> check_fidelity(const Document& doc, const std::vector<std::string>& inputs, Resources& res) {
  FactChecker checker(inputs, res);
  std::vector<std::string> out;
  auto check = [&](const std::string& where, const std::string& line) {
    for (const std::string& t : checker.unsupported(line)) out.push_back(where + ": " + t);
  };
  check("title", doc.title);
  check("h1", doc.h1);
  check("meta_description", doc.meta_description);
  for (std::size_t i = 0; i < doc.sections.size(); ++i) {
    const Section& s = doc.sections[i];
    std::string at = "sections[" + std::to_string(i) + "]";
    if (s.heading) check(at + ".heading", *s.heading);
    for (std::size_t k = 0; k < s.paragraphs.size(); ++k)
      check(at + ".paragraphs[" + std::to_string(k) + "]", s.paragraphs[k].text);
  }
  for (std::size_t i = 0; i < doc.info_blocks.size(); ++i)
    for (std::size_t k = 0; k < doc.info_blocks[i].items.size(); ++k)
      check("blocks[" + std::to_string(i) + "].items[" + std::to_string(k) + "]", doc.info_blocks[i].items[k]);
  return out;
}

}  // namespace titraille

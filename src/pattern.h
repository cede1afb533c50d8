// ICU regular expressions read from rules/*.xml, and the loader of a rules
// file: <define name="x">…</define> elements are macros usable as {x} in any
// pattern of the same file (and in later defines), and {lexicon:fr/months}
// expands to the alternation of a word list's entries. Patterns and defines
// may span lines: each line is trimmed and the lines joined without space.
#ifndef TITRAILLE_PATTERN_H_
#define TITRAILLE_PATTERN_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include <pugixml.hpp>
#include <unicode/regex.h>
#include <unicode/unistr.h>

#include "data.h"
#include "lexicon.h"

namespace titraille {

class Pattern {
 public:
  Pattern() = default;
  // Throws Error(kRules) with `where` in the message when the pattern is invalid.
  Pattern(const std::string& source, const std::string& where, bool case_insensitive = true);

  bool valid() const { return state_ != nullptr; }
  // The whole string matches.
  bool full(const icu::UnicodeString& s) const;
  // A match starting at `start`; returns its end, or -1.
  int32_t prefix(const icu::UnicodeString& s, int32_t start = 0) const;
  // The first match at or after `start`; sets [begin, end).
  bool find(const icu::UnicodeString& s, int32_t start, int32_t& begin, int32_t& end) const;
  // s with every match replaced by `with` ($1 refers to the first group).
  icu::UnicodeString replace_all(const icu::UnicodeString& s, const icu::UnicodeString& with) const;
  // A named group of the last successful match (empty when it did not take part).
  icu::UnicodeString group(std::string_view name) const;

 private:
  struct State {
    std::unique_ptr<icu::RegexPattern> pattern;
    std::unique_ptr<icu::RegexMatcher> matcher;
    icu::UnicodeString subject;  // the matcher points into this copy
  };
  // Shared by copies: a Pattern is cheap to copy but not thread-safe.
  std::shared_ptr<State> state_;
  icu::RegexMatcher& start(const icu::UnicodeString& s) const;
};

class RuleFile {
 public:
  // name is e.g. "rules/boilerplate.xml". Throws Error(kRules) when the file
  // is missing or not well-formed XML.
  RuleFile(const DataBundle& data, const Lexicon& lexicon, std::string name);

  pugi::xml_node root() const { return doc_.document_element(); }
  const std::string& name() const { return name_; }
  // Expands {macros} of `source`.
  std::string expand(std::string_view source) const;
  // Compiles the text of `node` (after expansion); the attribute
  // case="sensitive" turns off case-insensitive matching.
  Pattern pattern(pugi::xml_node node, std::string_view id) const;
  // Error naming this file and the rule.
  [[noreturn]] void fail(std::string_view id, std::string_view message) const;

 private:
  std::string name_;
  const Lexicon& lexicon_;
  pugi::xml_document doc_;
  std::map<std::string, std::string, std::less<>> defines_;
};

}  // namespace titraille

#endif  // TITRAILLE_PATTERN_H_

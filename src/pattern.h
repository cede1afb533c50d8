// Regular expressions read from rules/*.xml, written in ICU's syntax and
// run by PCRE2 (16-bit code units, so offsets are those of
// icu::UnicodeString), and the loader of a rules file: <define name="x">…</define> elements are macros usable as {x} in any
// pattern of the same file (and in later defines), and {lexicon:fr/months}
// expands to the alternation of a word list's entries. Patterns and defines
// may span lines: each line is trimmed and the lines joined without space.
#ifndef TITRAILLE_PATTERN_H_
#define TITRAILLE_PATTERN_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <pugixml.hpp>
#include <unicode/unistr.h>

#include "data.h"
#include "lexicon.h"
#include "prefilter.h"

namespace titraille {

// The compiled forms of the embedded patterns, serialized by PCRE2 at build
// time (generated precomputed.cpp), sorted by key: a process decodes the
// forms it uses instead of compiling them. Empty in the tool that makes them.
struct CompiledSeed {
  std::string_view key;    // see Pattern::serialize()
  std::string_view bytes;  // pcre2_serialize_encode output
};
extern const CompiledSeed* const kCompiledSeeds;
extern const std::size_t kCompiledSeedCount;

// The patterns of the embedded rules files as RuleFile::pattern() makes them
// (macros and word lists expanded, translated to PCRE2's syntax), computed
// at build time (generated precomputed.cpp), sorted by (file, text,
// case_insensitive): a process that reads the embedded rules expands and
// analyses none of them. Empty in the tool that makes them.
struct PatternSeed {
  std::string_view file;   // "rules/boilerplate.xml"
  std::string_view text;   // the element's text, as written
  bool case_insensitive;
  std::string_view source;  // as Pattern::source()
  std::string_view engine;  // as Pattern::engine_source()
  const PrefilterSeed* prefilter;
};
extern const PatternSeed* const kPatternSeeds;
extern const std::size_t kPatternSeedCount;

// A pattern is compiled on its first use, and only when its prefilter (the
// literals every match contains) lets the subject through: most rules never
// see a line that could match them, and are never compiled.
class Pattern {
 public:
  enum class Compile { kLazy, kNow };
  Pattern() = default;
  // Throws Error(kRules) with `where` in the message when the pattern is
  // invalid: at once with Compile::kNow, else on first use.
  Pattern(const std::string& source, const std::string& where, bool case_insensitive = true,
          Compile when = Compile::kLazy);
  // An embedded rule's pattern as computed at build time.
  Pattern(const PatternSeed& seed, std::string where);

  bool valid() const { return state_ != nullptr; }
  // The literals every match contains, for tests and diagnostics.
  const Prefilter& prefilter() const;
  // For tests: every subject the prefilter rejects is also run through the
  // regex, and a match there throws std::logic_error naming the pattern.
  static void verify_prefilter(bool on);
  // When a compiled form is JIT-compiled: by default once the interpreter's
  // estimated extra work on the text it was given has paid for the
  // compilation (see pattern.cpp); at once or never, for tests. Matches are
  // the same either way.
  enum class Jit { kWhenItPays, kAtOnce, kNever };
  static void set_jit(Jit when);
  // The pattern in ICU's syntax as the rules write it (properties protected,
  // see pattern.cpp), and as given to PCRE2.
  const std::string& source() const;
  const std::string& engine_source() const;
  bool case_insensitive() const;

  // For the build-time tool: called with every pattern constructed.
  using Recorder = void (*)(const Pattern&);
  static void set_recorder(Recorder recorder);
  // Every compiled form of the pattern as (key, serialized code), for the
  // build-time tool. Throws Error(kRules) when the pattern is invalid.
  std::vector<std::pair<std::string, std::string>> serialize() const;
  // How many forms this process compiled rather than decoded, for tests.
  static uint64_t compiled_at_run_time();

  // For tests: called after every full/prefix/find/replace_all with what was
  // asked and what was answered, prefilter rejections included (the
  // differential test against ICU's regex engine).
  struct Call {
    enum Op { kFull, kPrefix, kFind, kReplace } op;
    const icu::UnicodeString& subject;
    int32_t from;
    bool matched;
    int32_t begin, end;                // the match, when matched (not for kReplace)
    const icu::UnicodeString* with;    // kReplace only
    const icu::UnicodeString* result;  // kReplace only
  };
  using Observer = void (*)(const Pattern&, const Call&);
  static void set_observer(Observer observer);
  // The whole string matches.
  bool full(const icu::UnicodeString& s) const;
  // A match starting at `start`; returns its end, or -1.
  int32_t prefix(const icu::UnicodeString& s, int32_t start = 0) const;
  // The first match at or after `start`; sets [begin, end).
  bool find(const icu::UnicodeString& s, int32_t start, int32_t& begin, int32_t& end) const;
  // Whether s holds a match (find() from 0, the match itself not wanted).
  bool found(const icu::UnicodeString& s) const;
  // s with every match replaced by `with` ($1 refers to the first group).
  icu::UnicodeString replace_all(const icu::UnicodeString& s, const icu::UnicodeString& with) const;
  // A named group of the last successful match (empty when it did not take part).
  icu::UnicodeString group(std::string_view name) const;

 private:
  struct State;
  struct Compiled;
  // Shared by copies: a Pattern is cheap to copy but not thread-safe.
  std::shared_ptr<State> state_;
  void compile() const;
  // False when the prefilter proves that s has no match.
  bool may_match(const icu::UnicodeString& s) const;
  // The compiled forms: unanchored (find, replace), anchored at the start
  // (prefix) or at both ends (full).
  enum Mode { kFind = 0, kPrefix = 1, kFull = 2 };
  // Runs the regex on s from `from`: a prefix match sees only s[from, end),
  // as ICU's lookingAt() on that region. `checked`: s is known to hold no
  // unpaired surrogate.
  bool run(const icu::UnicodeString& s, Mode mode, int32_t from, bool checked = false) const;
  icu::UnicodeString replace_all_matches(const icu::UnicodeString& s, const icu::UnicodeString& with) const;
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
  // When rules or lexicons come from disk, patterns are compiled as they are
  // read, so that an invalid one is reported before any input is touched;
  // the embedded ones are checked by the tests and compiled on first use.
  Pattern::Compile compile_mode() const { return compile_; }
  // For the build-time tool: called with every pattern made by pattern(),
  // the file, the element's text and its case.
  using Recorder = void (*)(std::string_view file, std::string_view text, bool case_insensitive, const Pattern&);
  static void set_recorder(Recorder recorder);
  // Error naming this file and the rule.
  [[noreturn]] void fail(std::string_view id, std::string_view message) const;

 private:
  std::string name_;
  const Lexicon& lexicon_;
  Pattern::Compile compile_;
  pugi::xml_document doc_;
  std::map<std::string, std::string, std::less<>> defines_;
};

}  // namespace titraille

#endif  // TITRAILLE_PATTERN_H_

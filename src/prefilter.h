// A literal prefilter for a regular expression: the strings that every match
// must contain, computed from the pattern text (the idea of RE2's prefilter,
// simplified). A line that contains none of them cannot match, so the regex
// is not run, and a pattern no line ever passes is never compiled.
//
// The analysis is conservative: a construct it does not understand, and any
// class, lookaround or optional part, only makes it demand less. It may let
// through a line that does not match; it never rejects one that does.
// Atoms and subjects are compared after full Unicode case folding, so the
// filter holds for case-insensitive patterns as well.
//
// The atoms of every prefilter go into one process-wide index, and a subject
// is scanned once for all of them (the result is cached per thread for the
// last subject): rules test one line against many patterns in a row.
#ifndef TITRAILLE_PREFILTER_H_
#define TITRAILLE_PREFILTER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <unicode/unistr.h>

namespace titraille {

// The requirement of one embedded pattern, computed at build time
// (generated precomputed.cpp): `requirement` holds the atom sets, each
// atom, case-folded, in UTF-16, followed by u'\x1f' and each set by u'\x1e'.
struct PrefilterSeed {
  std::string_view pattern;  // UTF-8, as given to Prefilter
  std::u16string_view requirement;
};
// Sorted by pattern; empty in the tool that computes them.
extern const PrefilterSeed* const kPrefilterSeeds;
extern const std::size_t kPrefilterSeedCount;

class Prefilter {
 public:
  enum class Source { kSeedsOrParse, kParse };
  // Accepts everything.
  Prefilter() = default;
  // Analyses an ICU regular expression (UTF-8), or takes its build-time seed.
  explicit Prefilter(std::string_view pattern, Source source = Source::kSeedsOrParse);
  // The build-time requirement of an embedded pattern.
  explicit Prefilter(const PrefilterSeed& seed);

  // For the build-time tool: called with every pattern analysed and its
  // requirement in the seed format.
  using Recorder = void (*)(const std::string& pattern, const std::u16string& requirement);
  static void set_recorder(Recorder recorder);

  // True when the analysis found no required literal.
  bool accepts_all() const { return all_of_.empty(); }
  // False only when s cannot contain a match.
  bool may_match(const icu::UnicodeString& s) const;
  // "(a|b) & (c)" in UTF-8, for tests and diagnostics; "*" when it accepts all.
  std::string describe() const;

 private:
  // Atoms one of which must occur: their ids in the process-wide index, and
  // the same as (word, mask) pairs over the bitset of a subject's atoms.
  struct AnyOf {
    std::vector<uint32_t> ids;
    std::vector<std::pair<uint32_t, uint64_t>> bits;
    std::vector<icu::UnicodeString> direct;  // when set: one-unit atoms, looked for as they are
  };
  std::vector<AnyOf> all_of_;
  // Adds the requirement that one of `atoms` (case-folded) occurs.
  void require(const std::vector<std::u16string_view>& atoms);
  // Adds every set of a requirement in the seed format.
  void require_all(std::u16string_view requirement);
};

}  // namespace titraille

#endif  // TITRAILLE_PREFILTER_H_

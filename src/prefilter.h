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
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <unicode/unistr.h>

namespace titraille {

// The requirement of one embedded pattern, computed at build time
// (generated precomputed.cpp): `requirement` holds the atom sets, each
// atom, case-folded, in UTF-16, followed by u'\x1f' and each set by u'\x1e'.
// One set of a requirement, an atom of which must occur: the atoms' ids in
// the process-wide index (sorted), the same as (word, mask) pairs over the
// bitset of a subject's atoms, and, when the atoms are a few one-unit
// letterless ones, those units (looked for directly in the subject).
struct PrefilterSet {
  const uint32_t* ids;
  uint32_t id_count;
  const uint64_t* bits;  // word index, mask, word index, mask…
  uint32_t bit_count;    // pairs
  std::u16string_view direct;
};
// `sets`: the same requirement with the ids of the build-time atom index
// (kAtomIndexSeed).
struct PrefilterSeed {
  std::string_view pattern;  // UTF-8, as given to Prefilter
  std::u16string_view requirement;
  const PrefilterSet* sets;
  std::size_t set_count;
};
// Sorted by pattern; empty in the tool that computes them.
extern const PrefilterSeed* const kPrefilterSeeds;
extern const std::size_t kPrefilterSeedCount;

// The process-wide atom index (see prefilter.cpp) as the build-time tool
// leaves it after loading the embedded rules (generated precomputed.cpp): a
// process copies its tables instead of adding every atom of every seed.
// Null in the tool that computes it.
struct AtomIndexSeed {
  std::u16string_view atoms;  // by id, each followed by u'\x1f'
  const uint32_t* ids;        // the table of ids by text
  std::size_t ids_size;
  const uint64_t* pairs;      // 1 024 words
  const uint64_t* triples;    // 1 024 words
  const uint64_t* bits;       // 1 024 words per key length
  const uint64_t* keys;       // the tables of each key length, one after the other
  const uint32_t* heads;
  std::size_t slots[4];       // their sizes
  const uint32_t* next;       // by id
};
extern const AtomIndexSeed* const kAtomIndexSeed;

// The same, as the build-time tool reads it (Prefilter::index_snapshot()).
struct AtomIndexSnapshot {
  std::u16string atoms;
  std::vector<uint32_t> ids;
  std::vector<uint64_t> pairs, triples, bits, keys;
  std::vector<uint32_t> heads;
  std::vector<std::size_t> slots;
  std::vector<uint32_t> next;
};

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
  // For the build-time tool: the atom index of the process.
  static AtomIndexSnapshot index_snapshot();

  // For the build-time tool: the sets of the requirement.
  const std::vector<PrefilterSet>& sets() const { return all_of_; }

  // True when the analysis found no required literal.
  bool accepts_all() const { return all_of_.empty(); }
  // False only when s cannot contain a match.
  bool may_match(const icu::UnicodeString& s) const;
  // "(a|b) & (c)" in UTF-8, for tests and diagnostics; "*" when it accepts all.
  std::string describe() const;

 private:
  // The sets one atom of each must occur: views of a seed's, or of owned_.
  std::vector<PrefilterSet> all_of_;
  struct Owned;
  std::shared_ptr<Owned> owned_;  // shared by copies
  // Adds the requirement that one of `atoms` (case-folded) occurs.
  void require(const std::vector<std::u16string_view>& atoms);
  // Adds every set of a requirement in the seed format.
  void require_all(std::u16string_view requirement);
};

}  // namespace titraille

#endif  // TITRAILLE_PREFILTER_H_

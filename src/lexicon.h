// Word lists from lexicon/*.txt: one entry per line, optionally followed by a
// tab and a value; '#' starts a comment line. See docs/rules.md.
#ifndef TITRAILLE_LEXICON_H_
#define TITRAILLE_LEXICON_H_

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "data.h"

namespace titraille {

// Hashes std::string and std::string_view alike, so that look-ups with a
// string_view do not build a std::string.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// The tables of an embedded word list, computed at build time by
// titraille_precompute (generated precomputed.cpp) exactly as WordList::add
// would build them from the file: a process that reads the embedded lexicon
// parses and hashes nothing. Sorted by name; empty in the tool itself.
struct WordListSeed {
  std::string_view name;          // as Lexicon::list(), e.g. "fr/stopwords"
  std::size_t content_size;       // of the file the tables were computed from
  const std::string_view* entries;
  const std::string_view* values;  // nullptr when no entry has a value
  std::size_t size;
  const uint32_t* slots;
  std::size_t slot_count;
};
extern const WordListSeed* const kWordListSeeds;
extern const std::size_t kWordListSeedCount;

// Entries and values are views of the lexicon file's text, which the
// Lexicon keeps alive (src/data.h), or of the build-time tables. Look-ups go
// through an open-addressing table of entry indices: no allocation per entry.
class WordList {
 public:
  WordList() = default;
  // The build-time tables, used in place.
  explicit WordList(const WordListSeed& seed);
  WordList(const WordList& other) { *this = other; }
  WordList& operator=(const WordList& other);

  void add(std::string_view entry, std::string_view value);
  bool contains(std::string_view word) const { return find(word) != kAbsent; }
  // Value after the tab, or empty.
  std::string_view value(std::string_view word) const;
  // Entries in file order.
  std::span<const std::string_view> entries() const { return {entries_, size_}; }
  std::size_t size() const { return size_; }
  // Room for about n entries.
  void reserve(std::size_t n);
  // The open-addressing table: entry index + 1 per slot, 0 when empty; its
  // size is a power of two. For the build-time tool and its tests.
  std::span<const uint32_t> slots() const { return {slots_, slot_count_}; }
  std::span<const std::string_view> values() const { return {values_, values_ ? size_ : 0}; }
  // The hash the table is built with (FNV-1a: the same in the build-time
  // tool and in the library whatever the standard library's).
  // True when the tables are the build-time ones.
  bool precomputed() const { return seeded_; }
  static uint64_t hash(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
    return h;
  }

 private:
  static constexpr uint32_t kAbsent = 0xFFFFFFFF;
  // The index of word in the entries, or kAbsent.
  uint32_t find(std::string_view word) const;
  void rehash(std::size_t slots);
  // Points the views at the owned vectors, after they changed.
  void own();
  // The tables: of the build-time seed, or of the vectors below.
  const std::string_view* entries_ = nullptr;
  const std::string_view* values_ = nullptr;
  const uint32_t* slots_ = nullptr;
  std::size_t size_ = 0, slot_count_ = 0;
  // Storage of a list built at run time.
  std::vector<std::string_view> order_, value_store_;  // by entry
  std::vector<uint32_t> slot_store_;
  bool seeded_ = false;
};

class Lexicon {
 public:
  explicit Lexicon(const DataBundle& data);
  // name is the path under lexicon/ without ".txt", e.g. "fr/stopwords".
  // Throws Error(kRules) when absent.
  const WordList& list(std::string_view name) const;
  const WordList* find(std::string_view name) const;
  // Names of the lists under a directory, e.g. "lang/".
  std::vector<std::string> names(std::string_view prefix) const;

 private:
  DataBundle data_;  // the files the entries are views of
  std::map<std::string, WordList, std::less<>> lists_;
};

}  // namespace titraille

#endif  // TITRAILLE_LEXICON_H_

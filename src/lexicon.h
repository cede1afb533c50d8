// Word lists from lexicon/*.txt: one entry per line, optionally followed by a
// tab and a value; '#' starts a comment line. See docs/rules.md.
#ifndef TITRAILLE_LEXICON_H_
#define TITRAILLE_LEXICON_H_

#include <map>
#include <string>
#include <string_view>
#include <cstdint>
#include <vector>

#include "data.h"

namespace titraille {

// Hashes std::string and std::string_view alike, so that look-ups with a
// string_view do not build a std::string.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Entries and values are views of the lexicon file's text, which the
// Lexicon keeps alive (src/data.h). Look-ups go through an open-addressing
// table of entry indices: no allocation per entry.
class WordList {
 public:
  void add(std::string_view entry, std::string_view value);
  bool contains(std::string_view word) const { return find(word) != kAbsent; }
  // Value after the tab, or empty.
  std::string_view value(std::string_view word) const;
  // Entries in file order.
  const std::vector<std::string_view>& entries() const { return order_; }
  std::size_t size() const { return order_.size(); }
  // Room for about n entries.
  void reserve(std::size_t n);

 private:
  static constexpr uint32_t kAbsent = 0xFFFFFFFF;
  // The index of word in order_, or kAbsent.
  uint32_t find(std::string_view word) const;
  void rehash(std::size_t slots);
  std::vector<std::string_view> order_, values_;  // by entry
  std::vector<uint32_t> slots_;                   // entry index + 1, 0 when empty; size a power of two
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

// The rule and lexicon files a run uses: those compiled into the binary,
// each optionally replaced by a file of the same name from --rules/--lexicon.
#ifndef TITRAILLE_DATA_H_
#define TITRAILLE_DATA_H_

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace titraille {

class DataBundle {
 public:
  // Every embedded file, keyed by its path in the source tree
  // ("rules/boilerplate.xml", "lexicon/fr/stopwords.txt", "data/...").
  static DataBundle embedded();

  // Replaces or adds the files found under dir (recursively), keyed as
  // prefix + "/" + their path relative to dir. Throws Error(kUnreadable).
  void override_from(const std::filesystem::path& dir, std::string_view prefix);

  // nullptr when absent.
  const std::string* find(std::string_view name) const;
  // Throws Error(kRules) naming the file when absent.
  const std::string& get(std::string_view name) const;
  std::vector<std::string> names(std::string_view prefix) const;
  // True when some file was replaced or added from disk.
  bool overridden() const { return overridden_; }

  // FNV-1a 64 over every (name, content) pair in name order: "fnv1a64:<hex>".
  std::string digest() const;

 private:
  std::map<std::string, std::string, std::less<>> files_;
  bool overridden_ = false;
};

}  // namespace titraille

#endif  // TITRAILLE_DATA_H_

// The rule and lexicon files a run uses: those compiled into the binary,
// each optionally replaced by a file of the same name from --rules/--lexicon.
// Contents are views: of the binary's own bytes for embedded files, of a
// store shared by every copy of the bundle for files read from disk, so a
// view stays valid while any copy of the bundle lives.
#ifndef TITRAILLE_DATA_H_
#define TITRAILLE_DATA_H_

#include <deque>
#include <filesystem>
#include <map>
#include <memory>
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

  // Throws Error(kRules) naming the file when absent.
  std::string_view get(std::string_view name) const;
  std::vector<std::string> names(std::string_view prefix) const;
  // The files under prefix, sharing this bundle's store: for a holder of
  // views into them.
  DataBundle share(std::string_view prefix) const;
  // True when `name` is the file compiled into the binary (not replaced from
  // disk): what the build-time tables were computed from.
  bool embedded(std::string_view name) const;
  // True when some file was replaced or added from disk.
  bool overridden() const { return overridden_; }

  // FNV-1a 64 over every (name, content) pair in name order: "fnv1a64:<hex>".
  // The embedded bundle's is computed at build time (kEmbeddedDigest).
  std::string digest() const;
  // The digest computed from the contents, for the build-time tool and tests.
  std::string compute_digest() const;

 private:
  std::map<std::string, std::string_view, std::less<>> files_;
  std::shared_ptr<std::deque<std::string>> store_;  // contents read from disk
  bool overridden_ = false;
};

// The embedded bundle's digest, generated at build time (empty in the tool
// that computes it).
extern const std::string_view kEmbeddedDigest;

}  // namespace titraille

#endif  // TITRAILLE_DATA_H_

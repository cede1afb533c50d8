// titraille: a deterministic, offline rewriter of messy French news text into
// an SEO article. This is the library's public entry point; the command-line
// tool (src/titraille_main.cc) is a thin layer over it.
#ifndef TITRAILLE_TITRAILLE_H_
#define TITRAILLE_TITRAILLE_H_

#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "titraille/document.h"

namespace titraille {

// Process exit codes of the command-line tool, also carried by Error.
enum class ExitCode : int {
  kOk = 0,
  kInternal = 1,    // a bug: please report it
  kUsage = 2,       // bad command line
  kUnreadable = 3,  // an input, a rules/lexicon file or an output could not be read or written
  kUnusable = 4,    // input that is not text, invalid UTF-8, empty, or with no article text left
  kRules = 5,       // a rules or lexicon file is malformed
};

class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message, std::string detail = {})
      : std::runtime_error(message), code_(code), detail_(std::move(detail)) {}
  ExitCode code() const { return code_; }
  // For "no article text left": the --explain report of the lines, saying
  // why each one was removed. Empty otherwise.
  const std::string& detail() const { return detail_; }

 private:
  ExitCode code_;
  std::string detail_;
};

// What the caller asks for; unset fields fall back to what the pasted
// directives ask for, then to the defaults of rules/checks.xml.
struct Options {
  std::optional<std::string> keyphrase;
  std::optional<std::size_t> min_words;
  bool repair_encoding = false;  // decode invalid UTF-8 bytes as Windows-1252
};

// One input of a merge: its bytes and the name used in messages and provenance.
struct MergeInput {
  std::string input;
  std::string name;
};

struct Resources;

// Loaded rules and lexicons plus the ICU services built from them. Building an
// Engine parses and compiles every rule once; rewrite() can then be called for
// many documents. An Engine is not thread-safe: use one per thread.
class Engine {
 public:
  // The rules and lexicons compiled into the binary, each file optionally
  // replaced by the file of the same relative name in rules_dir / lexicon_dir.
  explicit Engine(const std::optional<std::filesystem::path>& rules_dir = std::nullopt,
                  const std::optional<std::filesystem::path>& lexicon_dir = std::nullopt);
  ~Engine();
  Engine(Engine&&) noexcept;
  Engine& operator=(Engine&&) noexcept;

  // Runs the whole pipeline. Throws Error for unusable input.
  Document rewrite(std::string input, std::string name, const Options& options);

  // Several versions of one story (titraille --merge): each input is cleaned
  // by the pipeline up to sections, then the other inputs' new facts are
  // woven into inputs[primary]'s body and the rest of the pipeline runs on
  // the result (docs/architecture.md, "merge"). Document::sources lists the
  // inputs, primary first. An input other than the primary that has no
  // article text is skipped with a warning; the primary's failure throws.
  Document merge(std::vector<MergeInput> inputs, const Options& options, std::size_t primary = 0);

  // "titraille 0.1.0".
  static std::string version();
  // Digest of every rules and lexicon file the engine runs with.
  std::string rules_digest() const;

 private:
  std::unique_ptr<Resources> res_;
};

}  // namespace titraille

#endif  // TITRAILLE_TITRAILLE_H_

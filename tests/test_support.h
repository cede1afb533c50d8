// Helpers shared by the tests: one Engine for the whole run, file reading,
// and running the command-line binary.
#ifndef TITRAILLE_TEST_SUPPORT_H_
#define TITRAILLE_TEST_SUPPORT_H_

#include <string>
#include <vector>

#include "resources.h"
#include "titraille/titraille.h"

namespace titraille::testing {

// Paths relative to the source tree.
std::string source_path(const std::string& relative);
std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& content);

// A shared engine with the built-in rules.
Engine& engine();
// The built-in rules and lexicons, compiled, for stage-level tests.
Resources& resources();

// `s` with the typography stage undone for comparisons: apostrophes as ',
// no-break, narrow and thin spaces as spaces, space runs collapsed.
std::string plain_typography(std::string s);

// The body's paragraphs, each followed by a newline (headings left out).
std::string body_text(const Document& doc);

// Runs the pipeline on text with default options.
Document rewrite(const std::string& text, const Options& options = {});

struct RunResult {
  int status = 0;
  std::string out;
  std::string err;
};
// Runs the titraille binary with arguments (each shell-quoted), optional
// standard input and extra environment assignments ("LC_ALL=C").
RunResult run_cli(const std::vector<std::string>& args, const std::string& stdin_text = "",
                  const std::vector<std::string>& env = {});

// data/examples/*.txt, full paths in name order, and their names without
// directory and extension.
std::vector<std::string> example_files();
std::vector<std::string> example_names();
// Every line of those files, in that order (empty lines too).
const std::vector<std::string>& example_lines();
// A GoogleTest parameter name from a file name ("01-gard" -> "01_gard").
std::string param_name(const std::string& name);

// A fresh empty temporary directory, removed when the test process exits.
std::string temp_dir(const std::string& name);

}  // namespace titraille::testing

#endif  // TITRAILLE_TEST_SUPPORT_H_

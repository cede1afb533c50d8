// Inputs shared by the benchmarks: the ~5 KB article and the ~1 MB corpus,
// both read at run time from data/examples/ of the source tree.
#ifndef TITRAILLE_BENCH_INPUTS_H_
#define TITRAILLE_BENCH_INPUTS_H_

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#ifndef TITRAILLE_SOURCE_DIR
#error "TITRAILLE_SOURCE_DIR must be defined (see tests/bench/CMakeLists.txt)"
#endif

namespace titraille::bench {

// The one example used as "the 5 KB article" (5417 bytes).
inline constexpr const char* kArticleName = "06-reforme-retraites.txt";
// Target size of the large input.
inline constexpr std::size_t kLargeBytes = 1 << 20;

inline std::filesystem::path examples_dir() {
  return std::filesystem::path(TITRAILLE_SOURCE_DIR) / "data" / "examples";
}

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::filesystem::path article_path() { return examples_dir() / kArticleName; }
inline std::string article_5kb() { return read_file(article_path()); }

// Every data/examples/*.txt in name order, separated by a blank line, repeated
// until the text is at least kLargeBytes long.
inline std::string corpus_1mb() {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(examples_dir()))
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::string all;
  for (const auto& f : files) {
    all += read_file(f);
    all += "\n\n";
  }
  if (all.empty()) throw std::runtime_error("no data/examples/*.txt");
  std::string out;
  out.reserve(kLargeBytes + all.size());
  while (out.size() < kLargeBytes) out += all;
  return out;
}

}  // namespace titraille::bench

#endif  // TITRAILLE_BENCH_INPUTS_H_

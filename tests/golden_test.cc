// Golden files: the whole article in every format for each example of
// data/examples. Run with TITRAILLE_UPDATE_GOLDEN=1 to rewrite them after an
// intended change, then review the diff (scripts/update-golden.sh).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <regex>

#include "test_support.h"
#include "titraille/render.h"

namespace titraille {
namespace {

// The rules digest changes with every rule edit; golden files do not pin it.
std::string without_digest(const std::string& s) {
  static const std::regex digest("fnv1a64:[0-9a-f]{16}");
  return std::regex_replace(s, digest, "fnv1a64:DIGEST");
}

class GoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, WholeArticleInEveryFormat) {
  const std::string name = GetParam();
  std::string input = testing::read_file(testing::source_path("data/examples/" + name + ".txt"));
  Document doc = testing::engine().rewrite(input, name + ".txt", Options{});
  RenderInfo info{Engine::version(), testing::engine().rules_digest()};
  const bool update = std::getenv("TITRAILLE_UPDATE_GOLDEN") != nullptr;
  for (Format f : {Format::Markdown, Format::Html, Format::Json, Format::Text}) {
    std::string path = testing::source_path("tests/golden/" + name + "." + std::string(extension(f)));
    std::string got = without_digest(render(doc, f, info));
    if (update) {
      std::filesystem::create_directories(testing::source_path("tests/golden"));
      testing::write_file(path, got);
      continue;
    }
    ASSERT_TRUE(std::filesystem::exists(path)) << path << " is missing: run scripts/update-golden.sh";
    EXPECT_EQ(got, testing::read_file(path)) << "output differs from " << path
                                             << " (if intended: scripts/update-golden.sh, then review git diff)";
  }
}

INSTANTIATE_TEST_SUITE_P(Examples, GoldenTest, ::testing::ValuesIn(testing::example_names()),
                         [](const ::testing::TestParamInfo<std::string>& p) { return testing::param_name(p.param); });

}  // namespace
}  // namespace titraille

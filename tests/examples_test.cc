// The examples of data/examples against their hand-made gold labels in
// tests/gold: nothing labelled boilerplate or prompt may reach the article,
// the article text must be there, and the article must meet the SEO goals.
// Measured like ../shared/bin/corpus-score measures the seeds.
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>

#include "test_support.h"
#include "text.h"

namespace titraille {
namespace {

std::vector<std::string> labelled() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(testing::source_path("tests/gold"))) {
    std::string f = e.path().filename().string();
    if (f.size() > 10 && f.compare(f.size() - 10, 10, ".gold.json") == 0) out.push_back(f.substr(0, f.size() - 10));
  }
  std::sort(out.begin(), out.end());
  return out;
}

// corpus-score's norm(): NFKC, ’ -> ', no-break spaces -> space, lower case,
// spaces collapsed.
std::string norm(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::Normalizer2::getNFKCInstance(status)->normalize(text::u(s), status);
  return text::collapse_spaces(text::trim(text::lower(testing::plain_typography(text::utf8(u)))));
}

std::map<std::string, int> bag(const std::string& s) {
  std::map<std::string, int> b;
  // \w+ over the normalised text, as Python's re does for Unicode words.
  icu::UnicodeString u = text::u(norm(s));
  icu::UnicodeString word;
  for (int32_t i = 0; i <= u.length(); ++i) {
    UChar32 c = i < u.length() ? u.char32At(i) : ' ';
    if (u_isalnum(c) || c == '_' || u_charType(c) == U_NON_SPACING_MARK) {
      word.append(c);
    } else if (!word.isEmpty()) {
      ++b[text::utf8(word)];
      word.remove();
    }
    if (c > 0xFFFF) ++i;
  }
  return b;
}

class ExamplesTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ExamplesTest, MatchesItsGoldLabels) {
  const std::string name = GetParam();
  nlohmann::json gold = nlohmann::json::parse(testing::read_file(testing::source_path("tests/gold/" + name + ".gold.json")));
  Document doc = testing::rewrite(testing::read_file(testing::source_path("data/examples/" + name + ".txt")));

  std::string body, everything = doc.title + "\n" + doc.h1 + "\n" + doc.meta_description;
  std::size_t headings = 0, longest = 0;
  for (const Section& s : doc.sections) {
    if (s.heading) {
      ++headings;
      everything += "\n" + *s.heading;
    }
    for (const Paragraph& p : s.paragraphs) body += p.text + "\n";
    longest = std::max(longest, s.words());
  }
  everything += "\n" + body;
  const std::string all_norm = norm(everything);
  for (const char* key : {"boilerplate_lines", "prompt_lines"})
    for (const std::string& line : gold[key].get<std::vector<std::string>>())
      EXPECT_EQ(all_norm.find(norm(line)), std::string::npos) << key << " leaked: " << line;

  std::string gold_text;
  for (const char* key : {"article_paragraphs", "headings"})
    for (const std::string& p : gold[key].get<std::vector<std::string>>()) gold_text += p + "\n";
  std::map<std::string, int> g = bag(gold_text), b = bag(body);
  int common = 0, total = 0;
  for (const auto& [w, n] : g) {
    total += n;
    auto it = b.find(w);
    if (it != b.end()) common += std::min(n, it->second);
  }
  double recall = static_cast<double>(common) / std::max(1, total);
  EXPECT_GE(recall, 0.95) << "recall of the article's words";

  EXPECT_GE(text::length(doc.title), 30u) << doc.title;
  EXPECT_LE(text::length(doc.title), 60u) << doc.title;
  EXPECT_GE(text::length(doc.meta_description), 120u) << doc.meta_description;
  EXPECT_LE(text::length(doc.meta_description), 156u) << doc.meta_description;
  EXPECT_LE(longest, 300u);
  if (doc.words() > 300) { EXPECT_GE(headings, 2u); }
  if (gold["title"].is_string()) {
    ASSERT_TRUE(doc.metadata.original_title) << "title not found";
    EXPECT_EQ(norm(*doc.metadata.original_title), norm(gold["title"].get<std::string>()));
  }
  const nlohmann::json& m = gold["metadata"];
  if (m.contains("author")) { EXPECT_EQ(doc.metadata.author.value_or(""), m["author"].get<std::string>()); }
  if (m.contains("source") && doc.metadata.source) { EXPECT_EQ(norm(*doc.metadata.source), norm(m["source"].get<std::string>())); }
  // The gold may add a time zone the text does not give; the date itself must agree.
  if (m.contains("date") && doc.metadata.date) {
    EXPECT_EQ(doc.metadata.date->substr(0, 10), m["date"].get<std::string>().substr(0, 10)); }
}

INSTANTIATE_TEST_SUITE_P(Labelled, ExamplesTest, ::testing::ValuesIn(labelled()),
                         [](const ::testing::TestParamInfo<std::string>& p) { return testing::param_name(p.param); });

}  // namespace
}  // namespace titraille

#include "sections.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace titraille {
namespace {

TEST(SectionsTest, CutsWithinSizeLimitsAtTheLowestCohesion) {
  const SectionRules& rules = testing::resources().sections;
  // Six paragraphs of 60 words: two topics, {a} then {b}.
  std::vector<std::size_t> words(6, 60);
  std::vector<TermBag> terms = {{{"feu", 3}, {"pompier", 2}}, {{"feu", 2}, {"pompier", 3}}, {{"feu", 3}, {"forêt", 1}},
                                {{"vote", 3}, {"député", 2}}, {{"vote", 2}, {"loi", 3}},     {{"député", 3}, {"loi", 1}}};
  std::vector<std::size_t> starts = cut_sections(words, terms, rules);
  ASSERT_EQ(starts, (std::vector<std::size_t>{0, 3}));
}

TEST(SectionsTest, NoSectionOverTheMaximum) {
  const SectionRules& rules = testing::resources().sections;
  std::vector<std::size_t> words(20, 70);
  std::vector<TermBag> terms(20, TermBag{{"même", 1}});
  std::vector<std::size_t> starts = cut_sections(words, terms, rules);
  starts.push_back(words.size());
  for (std::size_t k = 0; k + 1 < starts.size(); ++k) {
    std::size_t total = 0;
    for (std::size_t i = starts[k]; i < starts[k + 1]; ++i) total += words[i];
    EXPECT_LE(total, rules.max_words);
    EXPECT_GE(total, rules.min_words);
  }
}

TEST(SectionsTest, SourceSubheadingOpensItsSection) {
  std::string para =
      "Les agriculteurs de la vallée ont perdu une grande partie de leurs récoltes après les orages de grêle qui se "
      "sont abattus sur la région samedi après-midi, selon la chambre d’agriculture. ";
  std::string text = para + "\n" + para + "Les dégâts sont considérables.\nUne aide d’urgence réclamée\n" + para +
                     "Le ministre est attendu lundi.\n" + para + "Les assureurs évaluent les pertes.\n";
  Document doc = testing::rewrite(text);
  bool found = false;
  for (const Section& s : doc.sections) {
    if (s.source_heading == "Une aide d’urgence réclamée") {
      found = true;
      ASSERT_FALSE(s.paragraphs.empty());
      EXPECT_EQ(s.paragraphs.front().text, "Une aide d’urgence réclamée.");
      EXPECT_TRUE(s.paragraphs.front().from_heading);
      EXPECT_TRUE(s.heading.has_value());
    }
  }
  EXPECT_TRUE(found);
}

TEST(SectionsTest, CosineOfTermBags) {
  EXPECT_DOUBLE_EQ(cosine({{"a", 1}}, {{"a", 2}}), 1.0);
  EXPECT_DOUBLE_EQ(cosine({{"a", 1}}, {{"b", 1}}), 0.0);
}

}  // namespace
}  // namespace titraille

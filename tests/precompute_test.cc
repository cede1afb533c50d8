// What titraille_precompute computes at build time (generated precomputed.cpp)
// is what the library computes at run time from the same rules/ and lexicon/,
// and files read from disk (--rules, --lexicon) are still read at run time.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "data.h"
#include "lexicon.h"
#include "pattern.h"
#include "prefilter.h"
#include "test_support.h"
#include "title.h"
#include "width.h"
#include "titraille/render.h"

namespace titraille {
namespace {

using testing::source_path;

// The source tree's lexicon, read from disk as --lexicon reads it.
DataBundle lexicon_from_disk() {
  DataBundle data = DataBundle::embedded();
  data.override_from(source_path("lexicon"), "lexicon");
  return data;
}

TEST(Precompute, EveryEmbeddedWordListUsesTheBuildTimeTables) {
  Lexicon embedded(DataBundle::embedded());
  std::vector<std::string> names = embedded.names("");
  ASSERT_GT(names.size(), 30u);
  EXPECT_EQ(names.size(), kWordListSeedCount);
  for (const std::string& name : names) EXPECT_TRUE(embedded.list(name).precomputed()) << name;
}

TEST(Precompute, BuildTimeWordListsAreWhatTheLoaderBuilds) {
  Lexicon embedded(DataBundle::embedded());
  Lexicon parsed(lexicon_from_disk());
  ASSERT_EQ(embedded.names(""), parsed.names(""));
  for (const std::string& name : parsed.names("")) {
    const WordList& seeded = embedded.list(name);
    const WordList& built = parsed.list(name);
    ASSERT_FALSE(built.precomputed()) << name;
    ASSERT_EQ(seeded.size(), built.size()) << name;
    for (std::size_t i = 0; i < built.size(); ++i) {
      EXPECT_EQ(seeded.entries()[i], built.entries()[i]) << name;
      EXPECT_EQ(seeded.value(built.entries()[i]), built.value(built.entries()[i])) << name;
      EXPECT_TRUE(seeded.contains(built.entries()[i])) << name;
    }
    EXPECT_TRUE(std::equal(seeded.slots().begin(), seeded.slots().end(), built.slots().begin(), built.slots().end()))
        << name;
    EXPECT_FALSE(seeded.contains("pas un mot de la liste")) << name;
  }
}

TEST(Precompute, AWordListFromDiskReplacesTheBuildTimeOne) {
  std::string dir = testing::temp_dir("precompute-lexicon");
  std::filesystem::create_directories(dir + "/fr");
  testing::write_file(dir + "/fr/months.txt", "# test\nbrumaire\t2\nthermidor\t11\n");
  DataBundle data = DataBundle::embedded();
  data.override_from(dir, "lexicon");
  EXPECT_FALSE(data.embedded("lexicon/fr/months.txt"));
  EXPECT_TRUE(data.embedded("lexicon/fr/stopwords.txt"));
  Lexicon lexicon(data);
  const WordList& months = lexicon.list("fr/months");
  EXPECT_FALSE(months.precomputed());
  EXPECT_EQ(months.size(), 2u);
  EXPECT_TRUE(months.contains("thermidor"));
  EXPECT_EQ(months.value("thermidor"), "11");
  EXPECT_FALSE(months.contains("janvier"));
  EXPECT_TRUE(lexicon.list("fr/stopwords").precomputed());
}

TEST(Precompute, ACopyOfABuildTimeListCanGrow) {
  Lexicon embedded(DataBundle::embedded());
  const WordList& months = embedded.list("fr/months");
  WordList copy = months;
  EXPECT_TRUE(copy.precomputed());
  copy.add("brumaire", "2");
  EXPECT_FALSE(copy.precomputed());
  EXPECT_EQ(copy.size(), months.size() + 1);
  EXPECT_EQ(copy.value("brumaire"), "2");
  EXPECT_EQ(copy.value(months.entries().front()), months.value(months.entries().front()));
  EXPECT_FALSE(months.contains("brumaire"));
}

// The <accents> table of the titles: the build-time one is used with the
// embedded rules and lists, and is the one built at run time from the same
// files read from disk; a list from disk makes it be built again.
TEST(Precompute, BuildTimeAccentTableIsWhatTheTitleRulesBuild) {
  ASSERT_NE(kAccentSeed, nullptr);
  DataBundle embedded_data = DataBundle::embedded();
  Lexicon embedded(embedded_data);
  TitleRules seeded(embedded_data, embedded);
  ASSERT_TRUE(seeded.accent_table().precomputed());
  DataBundle disk = lexicon_from_disk();
  disk.override_from(source_path("rules"), "rules");
  Lexicon parsed(disk);
  TitleRules built(disk, parsed);
  ASSERT_FALSE(built.accent_table().precomputed());
  ASSERT_GT(built.accent_table().size(), 100u);
  ASSERT_EQ(seeded.accent_table().size(), built.accent_table().size());
  for (std::string_view folded : built.accent_table().entries())
    EXPECT_EQ(seeded.accented(folded), built.accented(folded)) << folded;
  EXPECT_EQ(seeded.accented("tres"), "très");
  EXPECT_EQ(seeded.accented("tres-bien"), "");
  // (« accuse »: « accusé », in fr/common, ends with a <never-final> ending.)
  EXPECT_EQ(seeded.accented("accuse"), "");

  std::string dir = testing::temp_dir("precompute-accents");
  std::filesystem::create_directories(dir + "/fr");
  testing::write_file(dir + "/fr/stopwords.txt", "le\nla\n");
  DataBundle changed = DataBundle::embedded();
  changed.override_from(dir, "lexicon");
  Lexicon changed_lexicon(changed);
  EXPECT_FALSE(TitleRules(changed, changed_lexicon).accent_table().precomputed());
}

int rule_patterns_made_at_run_time = 0;
void count_rule_pattern(std::string_view, std::string_view, bool, const Pattern&) { ++rule_patterns_made_at_run_time; }

TEST(Precompute, BuildTimePrefilterSetsAreWhatTheAnalysisFinds) {
  ASSERT_GT(kPrefilterSeedCount, 100u);
  for (std::size_t i = 0; i < kPrefilterSeedCount; ++i) {
    const PrefilterSeed& seed = kPrefilterSeeds[i];
    const Prefilter seeded(seed);
    const Prefilter parsed(seed.pattern, Prefilter::Source::kParse);
    ASSERT_EQ(seeded.sets().size(), parsed.sets().size()) << seed.pattern;
    // The same atom ids: the build-time atom index is the one the process starts from.
    for (std::size_t k = 0; k < seeded.sets().size(); ++k) {
      const PrefilterSet& a = seeded.sets()[k];
      const PrefilterSet& b = parsed.sets()[k];
      EXPECT_EQ(std::vector<uint32_t>(a.ids, a.ids + a.id_count), std::vector<uint32_t>(b.ids, b.ids + b.id_count))
          << seed.pattern;
      EXPECT_EQ(std::vector<uint64_t>(a.bits, a.bits + 2 * a.bit_count),
                std::vector<uint64_t>(b.bits, b.bits + 2 * b.bit_count))
          << seed.pattern;
      EXPECT_EQ(a.direct, b.direct) << seed.pattern;
    }
    EXPECT_EQ(seeded.describe(), parsed.describe()) << seed.pattern;
  }
}

TEST(Precompute, EveryEmbeddedRulePatternHasItsSeed) {
  rule_patterns_made_at_run_time = 0;
  RuleFile::set_recorder(count_rule_pattern);
  { Engine embedded; }
  EXPECT_EQ(rule_patterns_made_at_run_time, 0);
  // Rules from disk are expanded and analysed as they are read.
  { Engine from_disk(source_path("rules"), std::nullopt); }
  RuleFile::set_recorder(nullptr);
  EXPECT_GT(rule_patterns_made_at_run_time, 100);
}

TEST(Precompute, BuildTimeRulePatternsAreWhatTheLoaderMakes) {
  ASSERT_GT(kPatternSeedCount, 100u);
  DataBundle data = DataBundle::embedded();
  data.override_from(source_path("rules"), "rules");
  data.override_from(source_path("lexicon"), "lexicon");
  Lexicon lexicon(data);
  for (std::size_t i = 0; i < kPatternSeedCount; ++i) {
    const PatternSeed& seed = kPatternSeeds[i];
    RuleFile file(data, lexicon, std::string(seed.file));
    pugi::xml_document doc;
    pugi::xml_node node = doc.append_child("pattern");
    node.text().set(std::string(seed.text).c_str());
    if (!seed.case_insensitive) node.append_attribute("case").set_value("sensitive");
    Pattern made = file.pattern(node, "test");
    Pattern seeded(seed, "test");
    EXPECT_EQ(seeded.source(), made.source()) << seed.text;
    EXPECT_EQ(seeded.engine_source(), made.engine_source()) << seed.text;
    EXPECT_EQ(seeded.case_insensitive(), made.case_insensitive()) << seed.text;
    EXPECT_EQ(seeded.prefilter().describe(), made.prefilter().describe()) << seed.text;
  }
}

TEST(Precompute, EmbeddedAndDiskRulesGiveTheSameArticle) {
  Engine embedded;
  Engine from_disk(source_path("rules"), source_path("lexicon"));
  for (const std::string& f : testing::example_files()) {
    std::string input = testing::read_file(f);
    Document a = embedded.rewrite(input, f, Options{});
    Document b = from_disk.rewrite(input, f, Options{});
    EXPECT_EQ(render(a, Format::Json, {}), render(b, Format::Json, {})) << f;
  }
}

TEST(Precompute, BuildTimeWidthTableIsWhatTheLoaderReads) {
  ASSERT_GT(kWidthSeedCount, 100u);
  DataBundle data = DataBundle::embedded();
  std::string dir = testing::temp_dir("precompute-widths");
  testing::write_file(dir + "/arial-widths.tsv", std::string(data.get("data/arial-widths.tsv")));
  data.override_from(dir, "data");
  ASSERT_FALSE(data.embedded("data/arial-widths.tsv"));
  WidthTable parsed(data), seeded(DataBundle::embedded());
  std::vector<WidthSeed> a = parsed.seeds(), b = seeded.seeds();
  ASSERT_EQ(a.size(), kWidthSeedCount);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].code, b[i].code);
    EXPECT_EQ(a[i].width, b[i].width) << static_cast<uint32_t>(a[i].code);
    EXPECT_EQ(a[i].code, kWidthSeeds[i].code);
  }
  EXPECT_EQ(parsed.pixels("Réforme des retraites : l’Assemblée adopte le texte"),
            seeded.pixels("Réforme des retraites : l’Assemblée adopte le texte"));
}

}  // namespace
}  // namespace titraille

// The literal prefilter of patterns (src/prefilter.h): what it requires of a
// subject, and the property that matters: it never rejects a subject the
// regex matches.
#include <gtest/gtest.h>

#include <atomic>
#include <random>
#include <thread>
#include <sstream>

#include "pattern.h"
#include "prefilter.h"
#include "test_support.h"
#include "text.h"

namespace titraille {
namespace {

std::string describe(const std::string& pattern) { return Prefilter(pattern).describe(); }

TEST(Prefilter, LetterlessAtomsAreFoundInEveryPartOfTheUnitFilter) {
  // One-unit atoms without letters are looked for through a filter of the
  // subject's units (64 words of 64 bits): ASCII below and above 0x40 and
  // beyond ASCII.
  Prefilter p("[%@»~]");
  ASSERT_EQ(p.describe(), "(%|@|~|»)");
  for (const char* yes : {"50 %", "a@b", "fin »", "~", "\u00E9t\u00E9 \u00BB"})
    EXPECT_TRUE(p.may_match(text::u(yes))) << yes;
  for (const char* no : {"", "abc", "50 pour cent", "\u00E9t\u00E9 \u00AB", "A B C ! ? ; :", "\u2019\u202F`^"})
    EXPECT_FALSE(p.may_match(text::u(no))) << no;
  // Units that share a bit with an atom in another word do not count.
  EXPECT_FALSE(p.may_match(icu::UnicodeString(static_cast<char16_t>(0x0025 + 0x40))));  // 'e'
  EXPECT_FALSE(p.may_match(icu::UnicodeString(static_cast<char16_t>(0x0040 - 0x40 + 0x80))));
}

// The scan of a subject is kept per thread and asked for again without a
// lock: atoms added meanwhile by another thread make it be scanned again,
// and answers stay right on both sides.
TEST(Prefilter, AnswersStayRightWhileAnotherThreadAddsAtoms) {
  const Prefilter fixed("numéro gagnant");
  const icu::UnicodeString yes = text::u("le numéro gagnant est sorti"), no = text::u("aucun numéro ne gagne");
  std::atomic<bool> wrong{false}, done{false};
  std::thread reader([&] {
    while (!done)
      if (!fixed.may_match(yes) || fixed.may_match(no)) wrong = true;
  });
  // A subject holding every atom added below: scanned before each is added,
  // it must be found to hold it after.
  std::string all = "numéro";
  for (int i = 0; i < 300; ++i) all += " zqxatome" + std::to_string(i) + "wv";
  const icu::UnicodeString every = text::u(all);
  for (int i = 0; i < 300; ++i) {
    if (fixed.may_match(every)) wrong = true;  // scans it, without the atom to come
    const std::string atom = "zqxatome" + std::to_string(i) + "wv";
    const Prefilter added(atom);
    if (!added.may_match(every) || added.may_match(text::u("sans rien"))) wrong = true;
    if (!fixed.may_match(yes) || fixed.may_match(no)) wrong = true;
  }
  done = true;
  reader.join();
  EXPECT_FALSE(wrong);
}

TEST(Prefilter, AlternationOfPhrasesRequiresOneOfThem) {
  EXPECT_EQ(describe("\\b(?:nous utilisons|ce site utilise)\\b"), "(ce site utilise|nous utilisons)");
}

TEST(Prefilter, SmallClassesAreEnumerated) {
  EXPECT_EQ(describe("s['’]abonner"), "(s'abonner|s’abonner)");
  EXPECT_EQ(describe("customi[sz]e"), "(customise|customize)");
}

TEST(Prefilter, AtomsAreCaseFolded) {
  EXPECT_EQ(describe("Mentions LÉGALES"), "(mentions légales)");
  EXPECT_EQ(describe("Straße"), "(strasse)");
}

TEST(Prefilter, LookaroundsAndAnchorsRequireNothing) {
  EXPECT_EQ(describe("(?<=\\S)[\\s\\u00A0\\u202F]*»"), "(»)");
  EXPECT_EQ(describe("(?!foo)bar$"), "(bar)");
  EXPECT_EQ(describe("^foo(?=bar)"), "(foo)");
}

TEST(Prefilter, GroupsEscapesAndQuoting) {
  EXPECT_EQ(describe("(?<name>abc)d"), "(abcd)");
  EXPECT_EQ(describe("\\Qa.b\\E"), "(a.b)");
  EXPECT_EQ(describe("x\\u00A0y"), "(x\u00A0y)");
  EXPECT_EQ(describe("(?i:lire) (?-i:plus)"), "(lire plus)");
  EXPECT_EQ(describe("a\\.b"), "(a.b)");
}

TEST(Prefilter, RepetitionsRequireTheirMinimum) {
  EXPECT_EQ(describe("[ ]{2,}"), "(  )");
  EXPECT_EQ(describe("(?:ab)+c"), "(ab) & (c)");
  EXPECT_EQ(describe("x(?:yz)?w"), "(xw|xyzw)");
}

TEST(Prefilter, UnknownOrOptionalPartsRequireNothing) {
  EXPECT_EQ(describe("a|b*"), "*");
  EXPECT_EQ(describe("(?:le\\s+)?\\d+"), "*");
  EXPECT_EQ(describe("[^abc]"), "*");
  EXPECT_EQ(describe("[a-z]+"), "*");
  EXPECT_EQ(describe("\\p{Lu}\\w+"), "*");
}

TEST(Prefilter, UnparsablePatternsAcceptEverything) {
  EXPECT_EQ(describe("(foo"), "*");
  EXPECT_EQ(describe("foo)"), "*");
  EXPECT_EQ(describe("*foo"), "*");
}

TEST(Prefilter, SeparatedLiteralsAreAllRequired) {
  EXPECT_EQ(describe("abonnez-vous.{0,20}newsletter"), "(abonnez-vous) & (newsletter)");
}

TEST(Prefilter, MayMatchComparesFoldedText) {
  Prefilter p("nous utilisons|ce site utilise");
  EXPECT_TRUE(p.may_match((text::u("NOUS UTILISONS des cookies"))));
  EXPECT_TRUE(p.may_match((text::u("Ce site utilise des traceurs"))));
  EXPECT_FALSE(p.may_match((text::u("Nous utiliserons la route"))));
}

TEST(Prefilter, LetterlessAtomsAreLookedForDirectly) {
  Prefilter p("(?<=\\p{L})[\\s\\u00A0]*([;!?]+)");
  EXPECT_EQ(p.describe(), "(!|;|?)");
  EXPECT_TRUE(p.may_match(text::u("Vraiment ?")));
  EXPECT_TRUE(p.may_match(text::u("ÉTÉ ; AUTOMNE")));
  EXPECT_FALSE(p.may_match(text::u("Non.")));
  Prefilter both("Lire aussi\\s*:");
  EXPECT_TRUE(both.may_match(text::u("LIRE AUSSI :")));
  EXPECT_FALSE(both.may_match(text::u("LIRE AUSSI")));
  EXPECT_FALSE(both.may_match(text::u("Lire : oui")));
}

TEST(Prefilter, ManyAtomsAreFoundByOneWalk) {
  std::string alternation;
  for (const char* w : {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"})
    alternation += std::string(alternation.empty() ? "" : "|") + w;
  Prefilter p("\\d+ (?:" + alternation + ")");
  EXPECT_TRUE(p.may_match((text::u("le 3 FÉVRIER 2024"))));
  EXPECT_TRUE(p.may_match((text::u("12 août"))));
  EXPECT_FALSE(p.may_match((text::u("le 3 du mois"))));
  EXPECT_FALSE(p.may_match((text::u(""))));
}

TEST(Prefilter, CachedScanFollowsTheSubject) {
  Prefilter p("déf");
  EXPECT_TRUE(p.may_match(text::u("ABC DÉF")));
  EXPECT_FALSE(p.may_match(text::u("ABC DEF")));
  EXPECT_TRUE(p.may_match(text::u("ABC DÉF")));
  // An atom added after a scan is seen in the next scan of the same subject.
  Prefilter q("abc d");
  EXPECT_TRUE(q.may_match(text::u("ABC DÉF")));
  EXPECT_FALSE(Prefilter("xyz").may_match(text::u("ABC DÉF")));
}

TEST(Prefilter, LazyPatternsAreStillCheckedWhenUsed) {
  Pattern bad("(unclosed", "test", true);
  EXPECT_THROW(bad.full(text::u("(unclosed")), Error);
  EXPECT_THROW(Pattern("(unclosed", "test", true, Pattern::Compile::kNow), Error);
}

TEST(Prefilter, EveryBuiltInPatternCompiles) {
  // Rules read from disk are compiled as they are read: this builds every
  // pattern of the source tree's rules at once.
  EXPECT_NO_THROW(Engine(testing::source_path("rules"), testing::source_path("lexicon")));
}

TEST(Prefilter, BuildTimeSeedsAreWhatTheParserComputes) {
  ASSERT_GT(kPrefilterSeedCount, 50u);
  for (std::size_t i = 0; i < kPrefilterSeedCount; ++i) {
    std::string_view p = kPrefilterSeeds[i].pattern;
    EXPECT_EQ(Prefilter(p).describe(), Prefilter(p, Prefilter::Source::kParse).describe())
        << kPrefilterSeeds[i].pattern;
  }
}

int parsed_at_run_time = 0;
void count_parse(const std::string&, const std::u16string&) { ++parsed_at_run_time; }

TEST(Prefilter, EveryEmbeddedPatternHasItsSeed) {
  parsed_at_run_time = 0;
  Prefilter::set_recorder(count_parse);
  { Engine embedded; }
  Prefilter::set_recorder(nullptr);
  EXPECT_EQ(parsed_at_run_time, 0);
  // Rules from disk that differ from the embedded ones are parsed.
  Prefilter::set_recorder(count_parse);
  Prefilter changed("not(?:an)?embedded pattern");
  Prefilter::set_recorder(nullptr);
  EXPECT_EQ(parsed_at_run_time, 1);
  EXPECT_EQ(changed.describe(), "(notanembedded pattern|notembedded pattern)");
}

// Lines of every example, in their case and upper-cased, shuffled into new
// documents: the whole pipeline runs with every prefilter rejection checked
// against the regex itself.
TEST(Prefilter, NeverRejectsAMatchOnTheExamples) {
  std::vector<std::string> lines;
  for (const std::string& f : testing::example_files()) {
    std::istringstream in(testing::read_file(f));
    for (std::string line; std::getline(in, line);) {
      lines.push_back(line);
      lines.push_back(text::utf8(text::u(line).toUpper()));
    }
  }
  Pattern::verify_prefilter(true);
  std::mt19937 rng(20261121);
  try {
    for (const std::string& f : testing::example_files()) testing::rewrite(testing::read_file(f));
    for (int doc = 0; doc < 20; ++doc) {
      std::string text;
      for (int k = 0; k < 60; ++k) text += lines[rng() % lines.size()] + "\n";
      try {
        testing::rewrite(text);
      } catch (const Error&) {
        // an unusable document is fine; only a prefilter mistake matters
      }
    }
  } catch (const std::logic_error& e) {
    Pattern::verify_prefilter(false);
    FAIL() << e.what();
  }
  Pattern::verify_prefilter(false);
}

}  // namespace
}  // namespace titraille

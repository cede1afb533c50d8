// Patterns (src/pattern.h): rules are written in ICU's regex syntax and run
// by PCRE2. The translation, the ICU semantics kept on top of PCRE2 (regions,
// replacement text), and a differential test: the whole pipeline runs on
// every example with each call checked against ICU's own regex engine.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <random>
#include <sstream>

#include <unicode/regex.h>

#include "pattern.h"
#include "test_support.h"
#include "text.h"

namespace titraille {
namespace {

using text::u;

TEST(Pattern, IcuEscapesAreTranslated) {
  Pattern p("a\\u00A0b", "test", false);
  EXPECT_EQ(p.engine_source(), "a\\x{00A0}b");
  EXPECT_TRUE(p.full(u("a\u00A0b")));
  EXPECT_FALSE(p.full(u("a b")));
  Pattern q("\\Q\\u00A0[\\E", "test", false);  // quoted text is not translated
  EXPECT_TRUE(q.full(u("\\u00A0[")));
}

TEST(Pattern, ConstructsPcre2WouldReadDifferentlyAreRefused) {
  EXPECT_THROW(Pattern("[a[b]]", "test"), Error);
  EXPECT_THROW(Pattern("[\\p{L}&&[^a]]", "test"), Error);
  EXPECT_THROW(Pattern("[a--b]", "test"), Error);
  EXPECT_THROW(Pattern("\\N{LATIN SMALL LETTER A}", "test"), Error);
  EXPECT_NO_THROW(Pattern("[[:alpha:]\\]]+", "test"));
}

TEST(Pattern, CaseInsensitiveButPropertiesKeepTheirCase) {
  Pattern p("\\p{Lu}rès", "test");
  EXPECT_TRUE(p.full(u("Près")));
  EXPECT_TRUE(p.full(u("PRÈS")));
  EXPECT_FALSE(p.full(u("près")));
}

TEST(Pattern, PrefixSeesOnlyItsRegionAsIcuLookingAt) {
  Pattern caret("^b", "test");
  EXPECT_EQ(caret.prefix(u("ab"), 1), 2);  // ^ matches where the region starts
  Pattern behind("(?<=a)b", "test");
  EXPECT_EQ(behind.prefix(u("ab"), 1), -1);  // the lookbehind cannot see before it
  int32_t b = 0, e = 0;
  EXPECT_TRUE(behind.find(u("ab"), 1, b, e));  // find() searches the whole string
  EXPECT_EQ(b, 1);
  EXPECT_EQ(e, 2);
}

TEST(Pattern, ReplacementTextFollowsIcu) {
  Pattern p("(?<n>\\d+) ?(%)", "test");
  EXPECT_EQ(text::utf8(p.replace_all(u("10 % et 20%"), u("$1\\u202F$2"))), "10\u202F% et 20\u202F%");
  EXPECT_EQ(text::utf8(p.replace_all(u("5 %"), u("${n}\\$"))), "5$");
  Pattern empty("x*", "test");
  EXPECT_EQ(text::utf8(empty.replace_all(u("axb"), u("-"))), "-a--b-");
}

TEST(Pattern, NamedGroupsOfTheLastMatch) {
  Pattern p("(?<day>\\d{1,2}) (?<month>mars|avril)", "test");
  EXPECT_TRUE(p.full(u("12 Mars")));
  EXPECT_EQ(text::utf8(p.group("day")), "12");
  EXPECT_EQ(text::utf8(p.group("month")), "Mars");
  EXPECT_EQ(p.prefix(u("le 3 avril"), 3), 10);
  EXPECT_EQ(text::utf8(p.group("day")), "3");
  EXPECT_TRUE(p.group("nope").isEmpty());
}

TEST(Pattern, LoneSurrogatesDoNotStopMatching) {
  icu::UnicodeString s = u("ab");
  s.append(static_cast<char16_t>(0xD800));
  s.append(u("cd"));
  int32_t b = 0, e = 0;
  Pattern p("cd", "test");
  EXPECT_TRUE(p.find(s, 0, b, e));
  EXPECT_EQ(b, 3);
}

TEST(Pattern, LoneSurrogatesAnywhereInALongSubject) {
  // The check for surrogates runs over blocks of units: one at every place
  // of a long subject is found, and a pair is not taken for a lone one.
  Pattern p("x(?=cd)", "test");
  for (int32_t at = 0; at < 40; ++at) {
    icu::UnicodeString s = u(std::string(40, 'a') + "xcd");
    s.setCharAt(at, static_cast<char16_t>(at % 2 ? 0xDC00 : 0xD800));
    int32_t b = 0, e = 0;
    EXPECT_TRUE(p.find(s, 0, b, e)) << at;
    EXPECT_EQ(b, 40) << at;
    EXPECT_EQ(text::utf8(p.replace_all(s, u("y"))).substr(at + 3), std::string(40 - at - 1, 'a') + "ycd") << at;
  }
  icu::UnicodeString pair = u(std::string(20, 'a'));
  pair.append(static_cast<UChar32>(0x1F600)).append(u("xcd"));
  int32_t b = 0, e = 0;
  EXPECT_TRUE(p.find(pair, 0, b, e));
  EXPECT_EQ(b, 22);
}

// The differential test: the observer re-runs every call with ICU.
struct Reference {
  std::map<std::string, std::unique_ptr<icu::RegexPattern>> compiled;
  std::vector<std::string> mismatches;
  long calls = 0;
};
Reference* reference = nullptr;

icu::RegexPattern& icu_pattern(const Pattern& p) {
  std::string key = (p.case_insensitive() ? "i:" : "s:") + p.source();
  auto& slot = reference->compiled[key];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError perr;
    slot.reset(icu::RegexPattern::compile(u(p.source()), p.case_insensitive() ? UREGEX_CASE_INSENSITIVE : 0, perr,
                                          status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU cannot compile " + p.source());
  }
  return *slot;
}

void compare_with_icu(const Pattern& p, const Pattern::Call& call) {
  ++reference->calls;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> m(icu_pattern(p).matcher(call.subject, status));
  bool matched = false;
  int32_t begin = 0, end = 0;
  icu::UnicodeString replaced;
  switch (call.op) {
    case Pattern::Call::kFull:
      matched = m->matches(status);
      end = matched ? call.subject.length() : 0;
      break;
    case Pattern::Call::kPrefix:
      m->region(call.from, call.subject.length(), status);
      matched = m->lookingAt(status);
      if (matched) begin = m->start(status), end = m->end(status);
      break;
    case Pattern::Call::kFind:
      matched = m->find(call.from, status);
      if (matched) begin = m->start(status), end = m->end(status);
      break;
    case Pattern::Call::kReplace:
      replaced = m->replaceAll(*call.with, status);
      matched = replaced != call.subject;
      break;
  }
  bool same = matched == call.matched && (!matched || (begin == call.begin && end == call.end)) &&
              (call.op != Pattern::Call::kReplace || replaced == *call.result);
  if (!same && reference->mismatches.size() < 20)
    reference->mismatches.push_back(p.source() + " on \"" + text::utf8(call.subject) + "\" from " +
                                    std::to_string(call.from) + ": PCRE2 " + std::to_string(call.matched) + " [" +
                                    std::to_string(call.begin) + "," + std::to_string(call.end) + ") ICU " +
                                    std::to_string(matched) + " [" + std::to_string(begin) + "," +
                                    std::to_string(end) + ")");
}

// Every example, and shuffled documents of their lines as written and
// upper-cased, through the whole pipeline.
void run_examples() {
  std::vector<std::string> lines;
  for (const std::string& f : testing::example_files()) {
    testing::rewrite(testing::read_file(f));
    std::istringstream in(testing::read_file(f));
    for (std::string line; std::getline(in, line);) {
      lines.push_back(line);
      lines.push_back(text::utf8(u(line).toUpper()));
    }
  }
  std::mt19937 rng(20261121);
  for (int doc = 0; doc < 12; ++doc) {
    std::string input;
    for (int k = 0; k < 60; ++k) input += lines[rng() % lines.size()] + "\n";
    try {
      testing::rewrite(input);
    } catch (const Error&) {
      // an unusable document is fine here
    }
  }
}

class SameAsIcu : public ::testing::TestWithParam<Pattern::Jit> {};

TEST_P(SameAsIcu, OnEveryCallOfThePipeline) {
  Reference ref;
  reference = &ref;
  Pattern::set_jit(GetParam());
  Pattern::set_observer(compare_with_icu);
  try {
    run_examples();
  } catch (...) {
    Pattern::set_observer(nullptr);
    Pattern::set_jit(Pattern::Jit::kWhenItPays);
    throw;
  }
  Pattern::set_observer(nullptr);
  Pattern::set_jit(Pattern::Jit::kWhenItPays);
  reference = nullptr;
  EXPECT_GT(ref.calls, 10000);
  std::string all;
  for (const std::string& m : ref.mismatches) all += m + "\n";
  EXPECT_TRUE(ref.mismatches.empty()) << all;
}

INSTANTIATE_TEST_SUITE_P(Jit, SameAsIcu, ::testing::Values(Pattern::Jit::kAtOnce, Pattern::Jit::kNever),
                         [](const ::testing::TestParamInfo<Pattern::Jit>& i) {
                           return std::string(i.param == Pattern::Jit::kAtOnce ? "JitAtOnce" : "Interpreted");
                         });

// The embedded rules' compiled forms come from the build (titraille_precompute):
// rewriting every example compiles none; a pattern the build never saw is
// compiled.
TEST(Pattern, EmbeddedFormsAreDecodedNotCompiled) {
  const uint64_t before = Pattern::compiled_at_run_time();
  Engine engine;
  for (const std::string& f : testing::example_files()) {
    try {
      engine.rewrite(testing::read_file(f), f, {});
    } catch (const Error&) {
      // an example meant to fail still ran its patterns
    }
  }
  EXPECT_EQ(Pattern::compiled_at_run_time(), before);
  Pattern novel("never (?:in|among) the embedded rules", "test");
  EXPECT_TRUE(novel.full(text::u("never among the embedded rules")));
  EXPECT_EQ(Pattern::compiled_at_run_time(), before + 1);
}

}  // namespace
}  // namespace titraille

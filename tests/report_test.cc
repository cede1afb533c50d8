// Unit tests of the report: the title width table and the thresholds of each
// check (the same as Yoast SEO's assessments), on documents built here.
#include <gtest/gtest.h>

#include <map>

#include "analysis.h"
#include "report.h"
#include "test_support.h"
#include "width.h"

namespace titraille {
namespace {

// A 12-word sentence without keyphrase, transition word or passive.
const std::string kFiller = "Les habitants du quartier attendent les secours sur la place du marché.";

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += (i ? " " : "") + s;
  return out;
}

// A document with the given keyphrase, title, meta description and sections
// (a heading, or none for the introduction, and paragraphs).
struct Page {
  std::string keyphrase = "inondations", title = "Inondations : les secours mobilisés dans le Gard";
  std::string meta = "Les inondations ont frappé le Gard cette nuit et les secours ont évacué des centaines "
                     "d’habitants dans plusieurs communes du département.";
  std::string slug = "inondations-secours-gard", h1;
  std::vector<std::pair<std::string, std::vector<std::string>>> sections{{"", {"Les inondations ont frappé le Gard."}}};
};

std::map<std::string, std::string> ratings(const Page& p) {
  Document doc;
  doc.keyphrase = p.keyphrase;
  doc.title = p.title;
  doc.h1 = p.h1;
  doc.meta_description = p.meta;
  doc.slug = p.slug;
  for (const auto& [heading, paragraphs] : p.sections) {
    Section s;
    if (!heading.empty()) s.heading = heading;
    for (const std::string& t : paragraphs) {
      Paragraph para;
      para.text = t;
      s.paragraphs.push_back(para);
    }
    doc.sections.push_back(s);
  }
  doc = report(std::move(doc), testing::resources());
  std::map<std::string, std::string> out;
  for (const Check& c : doc.checks) out[c.id] = c.status;
  return out;
}

TEST(TitleWidthTest, SumsArialAdvanceWidthsAt20Pixels) {
  const WidthTable& w = testing::resources().widths;
  // The Yoast judge measures this title at 297 px.
  EXPECT_EQ(w.pixels("Nîmes : inondations dans le Gard"), 297);
  EXPECT_EQ(w.pixels(""), 0);
  EXPECT_NEAR(w.width(U'W'), 1933.0 * 20 / 2048, 1e-9);
  EXPECT_NEAR(w.width(U'i'), 455.0 * 20 / 2048, 1e-9);
  // A character the font lacks (narrow no-break space) counts as wide as a digit.
  EXPECT_EQ(w.width(U'\u202F'), w.width(U'0'));
  EXPECT_GT(w.pixels(std::string(40, 'W')), 600);
}

TEST(TitleWidthTest, GeneratedTitlesFitIn600Pixels) {
  for (const std::string& f : testing::example_files()) {
    Document doc = testing::rewrite(testing::read_file(f));
    EXPECT_LE(testing::resources().widths.pixels(doc.title), 600) << doc.title;
  }
}

TEST(ReportTest, TitleWidthAndKeyphraseInTitle) {
  Page p;
  EXPECT_EQ(ratings(p)["titleWidth"], "good");
  EXPECT_EQ(ratings(p)["keyphraseInSEOTitle"], "good");
  p.title = "Les inondations : les secours mobilisés dans le Gard";  // only a function word before it
  EXPECT_EQ(ratings(p)["keyphraseInSEOTitle"], "good");
  p.title = "Gard : les inondations mobilisent les secours";
  EXPECT_EQ(ratings(p)["keyphraseInSEOTitle"], "ok");
  p.title = "Gard : les secours mobilisés toute la nuit";
  EXPECT_EQ(ratings(p)["keyphraseInSEOTitle"], "bad");
  p.title = "WWWWWWWWWW WWWWWWWWWW WWWWWWWWWW WWWWWW";  // 38 characters, 704 px
  EXPECT_EQ(ratings(p)["title-length"], "good");
  EXPECT_EQ(ratings(p)["titleWidth"], "bad");
  p.title = "";
  EXPECT_EQ(ratings(p)["titleWidth"], "bad");
}

TEST(ReportTest, KeyphraseLength) {
  Page p;
  p.keyphrase = "grève des éboueurs de Marseille";  // function words do not count
  EXPECT_EQ(ratings(p)["keyphraseLength"], "good");
  p.keyphrase = "grève éboueurs Marseille propreté urbaine";
  EXPECT_EQ(ratings(p)["keyphraseLength"], "ok");
  p.keyphrase = "grève éboueurs Marseille propreté urbaine déchets rues quartier commerçants";
  EXPECT_EQ(ratings(p)["keyphraseLength"], "bad");
  p.keyphrase = "";
  EXPECT_EQ(ratings(p)["keyphraseLength"], "bad");
}

TEST(ReportTest, MetaDescriptionLengthAndKeyphrase) {
  Page p;
  p.meta = std::string(120, 'a');
  EXPECT_EQ(ratings(p)["metaDescriptionLength"], "ok");  // Yoast wants more than 120
  p.meta = std::string(121, 'a');
  EXPECT_EQ(ratings(p)["metaDescriptionLength"], "good");
  p.meta = std::string(156, 'a');
  EXPECT_EQ(ratings(p)["metaDescriptionLength"], "good");
  p.meta = std::string(157, 'a');
  EXPECT_EQ(ratings(p)["metaDescriptionLength"], "ok");
  p.meta = "";
  EXPECT_EQ(ratings(p)["metaDescriptionLength"], "bad");
  EXPECT_EQ(ratings(p)["metaDescriptionKeyword"], "bad");
  p.meta = "Les inondations du Gard. Après les inondations, les secours.";
  EXPECT_EQ(ratings(p)["metaDescriptionKeyword"], "good");
  p.meta = "Inondations, inondations et inondations : le Gard sous l’eau.";
  EXPECT_EQ(ratings(p)["metaDescriptionKeyword"], "bad");  // three times is too many
}

TEST(ReportTest, KeyphraseInIntroductionAndSlug) {
  Page p;
  p.keyphrase = "secours mobilisés";
  p.sections = {{"", {"Les secours sont mobilisés. " + kFiller}}};
  EXPECT_EQ(ratings(p)["introductionKeyword"], "good");
  p.sections = {{"", {"Les secours arrivent. Ils sont mobilisés."}}};
  EXPECT_EQ(ratings(p)["introductionKeyword"], "ok");
  p.sections = {{"", {kFiller}}, {"Les secours mobilisés", {"Les secours sont mobilisés."}}};
  EXPECT_EQ(ratings(p)["introductionKeyword"], "bad");
  p.slug = "secours-gard";
  EXPECT_EQ(ratings(p)["slugKeyword"], "ok");
  p.slug = "gard-secours-mobilises";
  EXPECT_EQ(ratings(p)["slugKeyword"], "good");
  p.slug = "";
  EXPECT_EQ(ratings(p)["slugKeyword"], "bad");
}

TEST(ReportTest, KeyphraseDensity) {
  Page p;
  std::string body = repeat(kFiller, 25);  // 300 words
  p.sections = {{"", {body}}};
  EXPECT_EQ(ratings(p)["keyphraseDensity"], "bad");  // never
  p.sections = {{"", {"Les inondations. " + body}}};
  EXPECT_EQ(ratings(p)["keyphraseDensity"], "bad");  // once
  p.sections = {{"", {repeat("Les inondations.", 3) + " " + body}}};
  EXPECT_EQ(ratings(p)["keyphraseDensity"], "good");
  p.sections = {{"", {repeat("Les inondations.", 12) + " " + body}}};
  EXPECT_EQ(ratings(p)["keyphraseDensity"], "bad");  // over 3 %
  p.sections = {{"", {"Les inondations du Gard. " + kFiller}}};  // a short text: once is enough…
  EXPECT_EQ(ratings(p)["keyphraseDensity"], "good");
  p.sections = {{"", {"Les inondations du Gard. Les inondations."}}};  // …and twice too many
  EXPECT_EQ(ratings(p)["keyphraseDensity"], "bad");
}

TEST(ReportTest, TextLengthCountsTheWholePage) {
  Page p;
  p.sections = {{"", {repeat(kFiller, 25)}}};
  EXPECT_EQ(ratings(p)["textLength"], "good");  // 300 words
  p.sections = {{"", {repeat(kFiller, 21)}}};
  EXPECT_EQ(ratings(p)["textLength"], "ok");  // 252
  p.h1 = "Les inondations du Gard font des dégâts dans toutes les communes voisines";  // 12 words
  p.sections = {{"", {repeat(kFiller, 24)}}};
  EXPECT_EQ(ratings(p)["textLength"], "good");  // 288 + 12
  p.h1.clear();
  p.sections = {{"", {repeat(kFiller, 20)}}};
  EXPECT_EQ(ratings(p)["textLength"], "bad");  // 240
}

TEST(ReportTest, SubheadingsHoldTheKeyphraseInThirtyToSeventyFivePercent) {
  Page p;
  auto with = [&](int n_kp) {
    p.sections = {{"", {kFiller}}};
    for (int i = 0; i < 4; ++i)
      p.sections.push_back({i < n_kp ? "Les inondations, " + std::to_string(i) : "La suite, " + std::to_string(i), {kFiller}});
    return ratings(p)["subheadingsKeyword"];
  };
  EXPECT_EQ(with(0), "bad");
  EXPECT_EQ(with(1), "bad");  // fewer than ceil(4 × 0.3) = 2
  EXPECT_EQ(with(2), "good");
  EXPECT_EQ(with(3), "good");
  EXPECT_EQ(with(4), "bad");  // more than floor(4 × 0.75) = 3
  p.sections = {{"", {repeat(kFiller, 10)}}};
  EXPECT_EQ(ratings(p)["subheadingsKeyword"], "good");  // a short text needs none
  p.sections = {{"", {repeat(kFiller, 26)}}};
  EXPECT_EQ(ratings(p)["subheadingsKeyword"], "bad");  // 312 words without any
}

TEST(ReportTest, SectionAndParagraphLength) {
  Page p;
  p.sections = {{"", {repeat(kFiller, 12)}}, {"Les secours", {repeat(kFiller, 12) + " Un.", repeat(kFiller, 12)}}};
  // The longest paragraph has 145 words, the longest section 289.
  EXPECT_EQ(ratings(p)["textParagraphTooLong"], "good");
  EXPECT_EQ(ratings(p)["subheadingsTooLong"], "good");
  p.sections[1].second[0] = repeat(kFiller, 14);  // 168 words
  EXPECT_EQ(ratings(p)["textParagraphTooLong"], "ok");
  EXPECT_EQ(ratings(p)["subheadingsTooLong"], "ok");  // 300 < 312 <= 350
  p.sections[1].second[0] = repeat(kFiller, 18);  // 216 words
  EXPECT_EQ(ratings(p)["textParagraphTooLong"], "bad");
  EXPECT_EQ(ratings(p)["subheadingsTooLong"], "bad");  // 360 words
}

TEST(ReportTest, SentenceLength) {
  const std::string long_sentence =
      "Les habitants du quartier attendent depuis hier soir les secours sur la place du marché de la ville "
      "avec leurs enfants.";  // 21 words
  Page p;
  p.sections = {{"", {repeat(long_sentence, 1) + " " + repeat(kFiller, 3)}}};  // 25 %
  EXPECT_EQ(ratings(p)["textSentenceLength"], "good");
  p.sections = {{"", {repeat(long_sentence, 2) + " " + repeat(kFiller, 5)}}};  // 28.6 %
  EXPECT_EQ(ratings(p)["textSentenceLength"], "ok");
  p.sections = {{"", {repeat(long_sentence, 1) + " " + repeat(kFiller, 1)}}};  // 50 %
  EXPECT_EQ(ratings(p)["textSentenceLength"], "bad");
}

TEST(ReportTest, TransitionWords) {
  const std::string linked = "Cependant, les habitants du quartier attendent les secours sur la place.";
  Page p;
  auto share = [&](int linked_n) {
    p.sections = {{"", {repeat(linked, linked_n) + " " + repeat(kFiller, 20 - linked_n)}}};  // 240 words
    return ratings(p)["textTransitionWords"];
  };
  EXPECT_EQ(share(6), "good");  // 30 %
  EXPECT_EQ(share(4), "ok");    // 20 %
  EXPECT_EQ(share(3), "bad");   // 15 %
  p.sections = {{"", {repeat(kFiller, 10)}}};
  EXPECT_EQ(ratings(p)["textTransitionWords"], "good");  // under 200 words, not assessed
}

// Two-part connectors count when both parts are in the sentence, in any order
// (a part written twice the same, « soit », by one occurrence, as in Yoast).
TEST(AnalysisTest, TransitionPairsAndPhrases) {
  const analysis::Lists& l = testing::resources().checks.lists;
  EXPECT_TRUE(analysis::has_transition("D’une part les prix montent, d’autre part les salaires stagnent.", l));
  EXPECT_TRUE(analysis::has_transition("Il faut que la réunion soit reportée.", l));
  EXPECT_TRUE(analysis::has_transition("Les élus ont également voté le budget.", l));
  EXPECT_FALSE(analysis::has_transition("D’une part les prix montent.", l));
  EXPECT_FALSE(analysis::has_transition("Les élus ont voté le budget.", l));
}

TEST(ReportTest, PassiveVoice) {
  const analysis::Lists& l = testing::resources().checks.lists;
  EXPECT_TRUE(analysis::is_passive("La route a été coupée par les eaux.", l));
  EXPECT_TRUE(analysis::is_passive("Les écoles sont fermées jeudi.", l));
  EXPECT_TRUE(analysis::is_passive("Le suspect a été pris en flagrant délit.", l));
  EXPECT_TRUE(analysis::is_passive("Une réunion est prévue jeudi.", l));
  EXPECT_TRUE(analysis::is_passive("La motion devrait être débattue mardi.", l));
  EXPECT_FALSE(analysis::is_passive("Il est arrivé hier soir.", l));
  EXPECT_FALSE(analysis::is_passive("C’est une idée ancienne.", l));
  EXPECT_FALSE(analysis::is_passive("Elle s’est rendue à Nîmes.", l));
  EXPECT_FALSE(analysis::is_passive("Il est le député de la circonscription.", l));
  EXPECT_FALSE(analysis::is_passive("La rue est calme, les habitants ont quitté la ville.", l));
  // Given the sentence's tokens, the same answers; a sentence with no form
  // of « être » among its tokens is not passive.
  for (std::string_view s : {"La route a été coupée par les eaux.", "Une réunion est prévue jeudi.",
                             "La motion devrait être débattue mardi.", "Sera-t-elle adoptée par les députés ?",
                             "Le projet (été) adopté.", "Il est arrivé hier soir.", "C’est une idée ancienne.",
                             "Les élus ont voté le budget.", "Les écoles, fermées jeudi, rouvrent."})
    EXPECT_EQ(analysis::is_passive(s, analysis::sentence_tokens(s), l), analysis::is_passive(s, l)) << s;
  EXPECT_TRUE(analysis::is_passive("Sera-t-elle adoptée par les députés ?", analysis::sentence_tokens("Sera-t-elle adoptée par les députés ?"), l));
  Page p;
  const std::string passive = "Les écoles du quartier sont fermées jusqu’à la fin de la semaine.";
  auto share = [&](int n) {
    p.sections = {{"", {repeat(passive, n) + " " + repeat(kFiller, 20 - n)}}};
    return ratings(p)["passiveVoice"];
  };
  EXPECT_EQ(share(2), "good");  // 10 %
  EXPECT_EQ(share(3), "ok");    // 15 %
  EXPECT_EQ(share(4), "bad");   // 20 %
}

TEST(ReportTest, ConsecutiveSentenceBeginnings) {
  Page p;
  p.sections = {{"", {"Le maire parle. Le maire écoute. Le préfet répond."}}};
  EXPECT_EQ(ratings(p)["sentenceBeginnings"], "good");
  p.sections = {{"", {"Le maire parle. Le maire écoute. Le maire répond."}}};
  EXPECT_EQ(ratings(p)["sentenceBeginnings"], "bad");
  p.sections = {{"", {"Il parle. Il écoute."}}, {"", {"Il répond."}}};
  EXPECT_EQ(ratings(p)["sentenceBeginnings"], "bad");
}

TEST(AnalysisTest, SplitsSentencesAndCountsWordsLikeYoast) {
  EXPECT_EQ(analysis::sentences("Le préfet du Gard, M. Laurent Rivière, a parlé. Il part ? Oui… Non."),
            (std::vector<std::string>{"Le préfet du Gard, M.", "Laurent Rivière, a parlé.", "Il part ?", "Oui…", "Non."}));
  EXPECT_EQ(analysis::sentences("Il dit : « C’est fini. » Puis il part."),
            (std::vector<std::string>{"Il dit : « C’est fini.", "» Puis il part."}));
  EXPECT_EQ(analysis::sentences("Il a 3.5 ans. et plus"), (std::vector<std::string>{"Il a 3.5 ans. et plus"}));
  // « ! » or « ? », a space and a closing guillemet: Yoast ends the sentence there.
  EXPECT_EQ(analysis::sentences("« Qu’il parte\u202F!\u202F», lance un élu. Il part."),
            (std::vector<std::string>{"« Qu’il parte\u202F!", "», lance un élu.", "Il part."}));
  // Words: spaces (NBSP included) split, punctuation at the ends goes.
  EXPECT_EQ(analysis::words("Selon la préfecture, plus de 1\u00A0200 personnes : « évacuées »").size(), 9u);
  EXPECT_EQ(analysis::words("sapeurs-pompiers l’Hérault").size(), 2u);
  EXPECT_EQ(analysis::tokens("sapeurs-pompiers l’Hérault").size(), 3u);
  EXPECT_TRUE(analysis::token_matches("l’hérault", "hérault"));
  EXPECT_FALSE(analysis::token_matches("héraultais", "hérault"));
}

}  // namespace
}  // namespace titraille

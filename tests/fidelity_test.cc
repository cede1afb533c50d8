// The fidelity property: every number, date and capitalised name of an
// article occurs in an input. Unit tests of the checker, then the property on
// every example, every golden file and every multi-source example.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fidelity.h"
#include "test_support.h"
#include "titraille/render.h"

namespace titraille {
namespace {

using testing::resources;

TEST(FactChecker, NumbersAreComparedAsDigitRuns) {
  FactChecker c({"Le bilan fait état de 120 000 habitants, à 22h40."}, resources());
  EXPECT_TRUE(c.unsupported("Les 120 000 habitants.").empty());
  EXPECT_TRUE(c.unsupported("Le bilan à 22 h 40.").empty());
  EXPECT_EQ(c.unsupported("Les 130 000 habitants."), std::vector<std::string>{"130000"});
}

// Repair's work is no new fact: a thousands separator written with a full
// stop (« 180.000 » becomes « 180 000 »), and a word glued after a full stop
// (« Argentan.La » becomes « Argentan. La »).
TEST(FactChecker, RepairedNumbersAndGluedWordsAreTheInputs) {
  FactChecker c({"Près de 180.000 foyers et 7.450,5 points, à Argentan.La jeune femme a 3.5 ans."}, resources());
  EXPECT_TRUE(c.unsupported("Près de 180\u202F000 foyers.").empty());
  EXPECT_TRUE(c.unsupported("Près de 7\u202F450,5 points.").empty());
  EXPECT_TRUE(c.unsupported("Elle vit à Argentan. La jeune femme a 3,5 ans.").empty());
  FactChecker glued({"Le train au départ deQuimper est supprimé."}, resources());
  EXPECT_TRUE(glued.unsupported("Le train au départ de Quimper est supprimé.").empty());
  EXPECT_EQ(glued.unsupported("Le train au départ de Brest est supprimé."), std::vector<std::string>{"Brest"});
  EXPECT_EQ(c.unsupported("Près de 181\u202F000 foyers."), std::vector<std::string>{"181000"});
}

TEST(FactChecker, AnOrdinalSuperscriptIsTheInputsLetter) {
  FactChecker c({"Un retour au XIXe siècle."}, resources());
  EXPECT_TRUE(c.unsupported("Un retour au XIX\u1D49 siècle.").empty());
  EXPECT_EQ(c.unsupported("Un retour au XVIII\u1D49 siècle."), std::vector<std::string>{"XVIII\u1D49"});
}

TEST(FactChecker, ADecimalNumberIsOneRun) {
  FactChecker c({"Enedis compte 1,2 million de foyers privés d’électricité et 2,5 km de lignes."}, resources());
  EXPECT_TRUE(c.unsupported("1,2 million de foyers privés d’électricité").empty());
  EXPECT_TRUE(c.unsupported("2.5 km de lignes").empty());
  EXPECT_EQ(c.unsupported("2 millions de foyers"), std::vector<std::string>{"2"});
}

TEST(FactChecker, NamesMustOccurAsWritten) {
  FactChecker c({"Le maire Jean Dupont a parlé à Lyon. L'AZERBAÏDJAN ENVOIE DE L'AIDE"}, resources());
  EXPECT_TRUE(c.unsupported("Jean Dupont a parlé à Lyon.").empty());
  EXPECT_EQ(c.unsupported("Le maire Pierre Dupont est parti."), std::vector<std::string>{"Pierre"});
  // Recased from a headline in capitals.
  EXPECT_TRUE(c.unsupported("L’aide de l’Azerbaïdjan.").empty());
  // A sentence's first word may be a common word of the input.
  EXPECT_TRUE(c.unsupported("Maire de Lyon. Parlé.").empty());
}

TEST(FactChecker, FirstWordsOfTemplatesAreAllowedButNotNames) {
  FactChecker c({"Les tirs ont repris."}, resources());
  EXPECT_TRUE(c.unsupported("Que sait-on des tirs ?").empty());  // a template of rules/headings.xml
  EXPECT_EQ(c.unsupported("Retour de Marseille"), std::vector<std::string>{"Marseille"});
}

TEST(FactChecker, CatchesAnInventedName) {
  Document doc = testing::rewrite("Le maire de Lyon a inauguré mardi une nouvelle ligne de tramway qui relie la gare "
                                  "au campus, un chantier de quatre ans.\n");
  std::string input = "Le maire de Lyon a inauguré mardi une nouvelle ligne de tramway qui relie la gare au campus, "
                      "un chantier de quatre ans.\n";
  EXPECT_TRUE(check_fidelity(doc, {input}, resources()).empty());
  doc.sections.front().paragraphs.front().text += " Le préfet Marc Lenoir était présent en 2019.";
  auto issues = check_fidelity(doc, {input}, resources());
  ASSERT_EQ(issues.size(), 3u);
  EXPECT_EQ(issues[0], "sections[0].paragraphs[0]: 2019");
}

class FidelityExample : public ::testing::TestWithParam<std::string> {};

TEST_P(FidelityExample, EveryFactOfTheArticleIsInTheInput) {
  std::string input = testing::read_file(testing::source_path("data/examples/" + GetParam() + ".txt"));
  Document doc = testing::engine().rewrite(input, GetParam(), {});
  EXPECT_EQ(check_fidelity(doc, {input}, resources()), std::vector<std::string>{});
}

INSTANTIATE_TEST_SUITE_P(Examples, FidelityExample, ::testing::ValuesIn(testing::example_names()),
                         [](const auto& info) { return testing::param_name(info.param); });

// The golden files as written (JSON): their text against their input.
TEST(FidelityGolden, EveryGoldenJsonIsFaithfulToItsInput) {
  namespace fs = std::filesystem;
  int checked = 0;
  for (const auto& e : fs::directory_iterator(testing::source_path("tests/golden"))) {
    if (e.path().extension() != ".json") continue;
    std::string stem = e.path().stem().string();
    std::vector<std::string> inputs;
    fs::path single = testing::source_path("data/examples/" + stem + ".txt");
    fs::path multi = testing::source_path("data/examples/multi/" + stem);
    if (fs::exists(single)) inputs.push_back(testing::read_file(single.string()));
    else if (fs::is_directory(multi))
      for (const auto& f : fs::directory_iterator(multi)) inputs.push_back(testing::read_file(f.path().string()));
    ASSERT_FALSE(inputs.empty()) << stem;
    nlohmann::json j = nlohmann::json::parse(testing::read_file(e.path().string()));
    Document doc;
    doc.title = j["title"];
    doc.h1 = j["h1"];
    doc.meta_description = j["meta_description"];
    for (const auto& s : j["sections"]) {
      Section sec;
      if (!s["heading"].is_null()) sec.heading = s["heading"].get<std::string>();
      for (const auto& p : s["paragraphs"]) sec.paragraphs.push_back({p.get<std::string>(), {}, 0, false});
      doc.sections.push_back(sec);
    }
    if (j.contains("blocks"))
      for (const auto& b : j["blocks"]) {
        InfoBlock ib;
        for (const auto& it : b["items"]) ib.items.push_back(it.get<std::string>());
        doc.info_blocks.push_back(ib);
      }
    EXPECT_EQ(check_fidelity(doc, inputs, resources()), std::vector<std::string>{}) << stem;
    ++checked;
  }
  EXPECT_GE(checked, 8);
}

}  // namespace
}  // namespace titraille

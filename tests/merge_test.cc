// The multi-source merge: the near-duplicate measure (src/similarity.h), the
// grouping of quotes with their introduction, the merge itself, and golden
// files for the stories of data/examples/multi.
#include <cstdlib>
#include <filesystem>
#include <regex>

#include <gtest/gtest.h>

#include "fidelity.h"
#include "merge.h"
#include "resources.h"
#include "similarity.h"
#include "test_support.h"
#include "titraille/render.h"

namespace titraille {
namespace {

using testing::resources;
namespace fs = std::filesystem;

FactSignature sig(const std::string& sentence) {
  Resources& res = resources();
  std::vector<Sentence> s = res.tokenizer.sentences(sentence);
  EXPECT_EQ(s.size(), 1u) << sentence;
  return signature(s.front(), res.stemmer, res.lexicon.list("fr/stopwords"));
}

TEST(Similarity, SignatureHoldsStemmedTermsNumbersAndNames) {
  FactSignature s = sig("Le maire Jean Dupont a annoncé 120 000 euros de travaux à Lyon.");
  EXPECT_TRUE(s.numbers.count("120000"));
  EXPECT_TRUE(s.names.count("jean"));
  EXPECT_TRUE(s.names.count("lyon"));
  EXPECT_FALSE(s.names.count("le"));  // first word, stop word
  EXPECT_FALSE(s.terms.count("le"));
  ASSERT_EQ(s.quantities.size(), 1u);
  EXPECT_EQ(s.quantities[0].value, "120000");
  EXPECT_FALSE(s.quantities[0].unit.empty());
}

TEST(Similarity, RestatementScoresHighDifferentFactScoresLow) {
  FactSignature a = sig("Le séisme de magnitude 4,8 a fait 12 blessés mercredi à Digne.");
  FactSignature b = sig("Mercredi à Digne, un séisme de magnitude 4,8 a fait 12 blessés.");
  FactSignature c = sig("Les écoles de la commune resteront fermées jusqu’à vendredi.");
  EXPECT_GE(similarity(a, b), kRestateThreshold);
  EXPECT_LT(similarity(a, c), 0.2);
  EXPECT_DOUBLE_EQ(similarity(a, b), similarity(b, a));
  EXPECT_DOUBLE_EQ(similarity(a, a), 1.0);
}

TEST(Similarity, NumbersAndNamesWeighMoreThanWords) {
  FactSignature a = sig("Le conseil a voté le budget de la ville de Nantes.");
  FactSignature same_name = sig("Le budget de Nantes a été adopté.");
  FactSignature other_name = sig("Le budget de Rennes a été adopté.");
  EXPECT_GT(similarity(a, same_name), similarity(a, other_name));
}

TEST(Similarity, MoreInformativeKeepsEveryFigureAndAddsSome) {
  FactSignature a = sig("Le séisme a fait 12 blessés à Digne.");
  FactSignature b = sig("Le séisme a fait 12 blessés à Digne et endommagé 3 écoles.");
  EXPECT_TRUE(more_informative(b, a));
  EXPECT_FALSE(more_informative(a, b));
}

TEST(Similarity, ContradictionIsAnotherFigureForTheSameCountedThing) {
  Resources& res = resources();
  std::set<std::string> months = unit_stems(res.lexicon.list("fr/months"), res.stemmer);
  FactSignature a = sig("Selon la préfecture, le séisme a fait 12 blessés.");
  FactSignature b = sig("Selon les pompiers, le séisme a fait 15 blessés légers.");
  FactSignature c = sig("Le séisme a fait 12 blessés et 3 morts.");
  FactSignature d1 = sig("La réunion a eu lieu le 21 septembre.");
  FactSignature d2 = sig("La réunion a eu lieu le 22 septembre.");
  EXPECT_FALSE(contradiction(a, b, months).empty());
  EXPECT_TRUE(contradiction(a, c, months).empty());
  EXPECT_TRUE(contradiction(d1, d2, months).empty());  // dates are not counts
}

TEST(Similarity, SharedFiguresAreNumbersWithACountedWordNotDates) {
  Resources& res = resources();
  std::set<std::string> months = unit_stems(res.lexicon.list("fr/months"), res.stemmer);
  FactSignature a = sig("Selon les séparatistes, il y avait eu au moins 200 morts et plus de 400 blessés.");
  FactSignature b = sig("Le conflit a causé la mort de plus de 200 personnes et fait plus de 400 blessés.");
  FactSignature c = sig("La réunion du 21 septembre a réuni 12 délégués.");
  FactSignature d = sig("Le 21 septembre, les négociations ont commencé.");
  EXPECT_EQ(shared_figures(a, b, months), 2u);
  EXPECT_EQ(shared_figures(c, d, months), 0u);  // a day of the month is not a figure
  FactSignature e = sig("Le séisme s’est produit à 22 h 40.");
  FactSignature f = sig("Il a été ressenti à plus de 40 kilomètres.");
  EXPECT_EQ(shared_figures(f, e, months), 0u);  // 40 counts nothing in e
}

TEST(Similarity, PairsPerThreshold) {
  std::vector<FactSignature> s = {sig("Le séisme a fait 12 blessés à Digne mercredi soir."),
                                  sig("Mercredi soir, le séisme a fait 12 blessés à Digne."),
                                  sig("Les écoles resteront fermées jusqu’à vendredi.")};
  EXPECT_EQ(near_duplicate_pairs(s, 0.5).size(), 1u);
  EXPECT_EQ(near_duplicate_pairs(s, 0.0).size(), 3u);
}

TEST(SentenceUnits, AQuoteStaysWithItsIntroduction) {
  Resources& res = resources();
  auto units = sentence_units(res.tokenizer.sentences(
      "Le maire a pris la parole. Il a déclaré : « Nous reconstruirons. Rien ne nous arrêtera. » La séance a été levée."));
  ASSERT_GE(units.size(), 2u);
  EXPECT_EQ(units[0].size(), 1u);
  std::string second;
  for (const Sentence& x : units[1]) second += x.text + " ";
  EXPECT_NE(second.find("Nous reconstruirons"), std::string::npos);
  EXPECT_NE(second.find("arrêtera"), std::string::npos);
  // Without a quote, every sentence is a unit of its own.
  EXPECT_EQ(sentence_units(res.tokenizer.sentences("Il pleut. Le vent souffle. La mer monte.")).size(), 3u);
}

std::vector<MergeInput> story(const std::string& dir) {
  std::vector<MergeInput> out;
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(testing::source_path("data/examples/multi/" + dir)))
    files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) out.push_back({testing::read_file(f), fs::path(f).filename().string()});
  return out;
}

TEST(Merge, DropsARestatementAndKeepsTheNewFacts) {
  std::vector<MergeInput> in = {
      {"Le conseil municipal de Nantes a voté mardi un budget de 40 millions d’euros pour rénover les écoles de la "
       "ville.\n\nLes travaux commenceront en septembre dans les quartiers nord.\n",
       "a.txt"},
      {"Mardi, le conseil municipal de Nantes a voté un budget de 40 millions d’euros pour rénover les écoles.\n\n"
       "Douze écoles sont concernées, selon l’adjointe chargée de l’éducation, Claire Morin.\n",
       "b.txt"}};
  Document doc = testing::engine().merge(in, Options{});
  std::string body = testing::body_text(doc);
  EXPECT_NE(body.find("Claire Morin"), std::string::npos) << body;
  EXPECT_EQ(body.find("Mardi, le conseil"), std::string::npos) << body;
  bool dropped = false;
  for (const Removed& r : doc.removed)
    if (r.reason == "merge.restatement" && r.input == 1) dropped = true;
  EXPECT_TRUE(dropped);
  ASSERT_EQ(doc.sources.size(), 2u);
  EXPECT_EQ(doc.sources[0].name, "a.txt");
}

// A relative date of one input is no date_text beside the date another
// input gives.
TEST(Merge, ARelativeDateIsNoDateTextBesideAnotherInputsDate) {
  std::vector<MergeInput> in = {
      {"Mis à jour il y a 2 heures\n\nLe conseil municipal de Nantes a voté mardi un budget de 40 millions d’euros "
       "pour rénover les écoles de la ville.\n",
       "a.txt"},
      {"Publié le 12 mars 2024 à 08h40\n\nDouze écoles sont concernées, selon l’adjointe chargée de l’éducation, "
       "Claire Morin.\n",
       "b.txt"}};
  Document doc = testing::engine().merge(in, Options{});
  EXPECT_EQ(doc.metadata.date.value_or(""), "2024-03-12T08:40:00");
  EXPECT_FALSE(doc.metadata.date_text) << *doc.metadata.date_text;
}

TEST(Merge, PrimaryOptionSetsTheOrder) {
  std::vector<MergeInput> in = story("usine-papier");
  Document a = testing::engine().merge(in, Options{}, 0);
  Document b = testing::engine().merge(in, Options{}, 1);
  EXPECT_EQ(a.sources[0].name, in[0].name);
  EXPECT_EQ(b.sources[0].name, in[1].name);
  EXPECT_NE(a.sections.front().paragraphs.front().text, b.sections.front().paragraphs.front().text);
}

TEST(Merge, ContradictionIsKeptAndWarned) {
  Document doc = testing::engine().merge(story("seisme-digne"), Options{});
  std::string body = testing::body_text(doc);
  EXPECT_NE(body.find("12 blessés"), std::string::npos);
  EXPECT_NE(body.find("15 blessés"), std::string::npos);
  bool warned = false;
  for (const std::string& w : doc.warnings)
    if (w.find("sources disagree") != std::string::npos) warned = true;
  EXPECT_TRUE(warned);
}

TEST(Merge, MergedIsLongerThanEachInputAndHasNoNearDuplicates) {
  for (const char* name : {"seisme-digne", "usine-papier", "festival-lorient"}) {
    std::vector<MergeInput> in = story(name);
    Document doc = testing::engine().merge(in, Options{});
    for (const MergeInput& i : in) EXPECT_GT(doc.words(), testing::engine().rewrite(i.input, i.name, {}).words()) << name;
    Resources& res = resources();
    std::vector<FactSignature> sigs;
    for (const Section& s : doc.sections)
      for (const Paragraph& p : s.paragraphs)
        for (const Sentence& x : p.sentences) sigs.push_back(signature(x, res.stemmer, res.lexicon.list("fr/stopwords")));
    EXPECT_EQ(near_duplicate_pairs(sigs, res.merge.restate).size(), 0u) << name;
    std::vector<std::string> inputs;
    for (const MergeInput& i : in) inputs.push_back(i.input);
    EXPECT_EQ(check_fidelity(doc, inputs, res), std::vector<std::string>{}) << name;
  }
}

TEST(Merge, AContradictionNamesTheOutletWhenTheSentenceDoesNot) {
  std::vector<MergeInput> in = {
      {"Le Journal du Centre\n\nUn incendie a détruit mardi soir un entrepôt de la zone industrielle de Vierzon, "
       "dans le Cher, sans faire de victime.\n\nLe feu a mobilisé 45 pompiers pendant toute la nuit pour protéger "
       "les bâtiments voisins.\n",
       "a.txt"},
      {"Radio Berry Nord\n\nUn entrepôt de la zone industrielle de Vierzon a été détruit par un incendie mardi "
       "soir.\n\nLe feu a mobilisé 60 pompiers pendant toute la nuit pour protéger les bâtiments voisins.\n",
       "b.txt"}};
  Document doc = testing::engine().merge(in, Options{});
  ASSERT_EQ(doc.sources[1].outlet.value_or(""), "Radio Berry Nord");
  std::string body = testing::body_text(doc);
  EXPECT_NE(body.find("45 pompiers pendant toute la nuit pour protéger les bâtiments voisins. Selon Radio Berry Nord, "
                      "le feu a mobilisé 60 pompiers"),
            std::string::npos)
      << body;
  ASSERT_FALSE(doc.warnings.empty());
  EXPECT_NE(doc.warnings.front().find("45 in a.txt line 5, 60 in b.txt line 5"), std::string::npos)
      << doc.warnings.front();
}

TEST(Merge, SameInputsGiveSameBytesAndExplainNamesTheInputs) {
  RenderInfo info{Engine::version(), "x"};
  Document a = testing::engine().merge(story("seisme-digne"), Options{});
  Document b = testing::engine().merge(story("seisme-digne"), Options{});
  EXPECT_EQ(render(a, Format::Json, info), render(b, Format::Json, info));
  std::string e = explain(a);
  EXPECT_NE(e.find("merge of 3 inputs"), std::string::npos);
  EXPECT_NE(e.find("-- provenance"), std::string::npos);
  EXPECT_NE(e.find("[merge.restatement]"), std::string::npos);
}

TEST(Merge, ShortMergeSaysHowManyWordsAreMissing) {
  Options o;
  o.min_words = 5000;
  Document doc = testing::engine().merge(story("festival-lorient"), o);
  bool warned = false;
  for (const std::string& w : doc.warnings)
    if (w.find("fewer than the 5000 asked for") != std::string::npos) warned = true;
  EXPECT_TRUE(warned);
}

std::string without_digest(const std::string& s) {
  static const std::regex digest("fnv1a64:[0-9a-f]{16}");
  return std::regex_replace(s, digest, "fnv1a64:DIGEST");
}

class MergeGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(MergeGolden, WholeArticleInEveryFormat) {
  const std::string name = GetParam();
  Document doc = testing::engine().merge(story(name), Options{});
  RenderInfo info{Engine::version(), testing::engine().rules_digest()};
  const bool update = std::getenv("TITRAILLE_UPDATE_GOLDEN") != nullptr;
  for (Format f : {Format::Markdown, Format::Html, Format::Json, Format::Text}) {
    std::string path = testing::source_path("tests/golden/" + name + "." + std::string(extension(f)));
    std::string got = without_digest(render(doc, f, info));
    if (update) {
      testing::write_file(path, got);
      continue;
    }
    ASSERT_TRUE(fs::exists(path)) << path << " is missing: run scripts/update-golden.sh";
    EXPECT_EQ(got, testing::read_file(path)) << "output differs from " << path;
  }
}

INSTANTIATE_TEST_SUITE_P(Multi, MergeGolden,
                         ::testing::Values("seisme-digne", "usine-papier", "festival-lorient"),
                         [](const auto& info) { return testing::param_name(info.param); });

}  // namespace
}  // namespace titraille

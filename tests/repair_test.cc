#include "repair.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "test_support.h"
#include "text.h"

namespace titraille {
namespace {

std::string glue(const std::string& s) {
  std::vector<std::string> applied;
  return split_glued_words(s, testing::resources().repair, applied);
}

std::string typo(const std::string& s) {
  std::vector<std::string> applied;
  return french_typography(s, testing::resources().repair, applied);
}

TEST(RepairTest, SplitsWordsGluedByExtraction) {
  EXPECT_EQ(glue("l’AzerbaïdjanSelon le bilan"), "l’Azerbaïdjan Selon le bilan");
  EXPECT_EQ(glue("le cessez-le-feuEREVAN - Des milliers"), "le cessez-le-feu EREVAN - Des milliers");
  EXPECT_EQ(glue("la ville avaitdes relations"), "la ville avait des relations");
  EXPECT_EQ(glue("elle avaitdéjà prévenu"), "elle avait déjà prévenu");
}

TEST(RepairTest, LeavesRealWordsAlone) {
  for (const char* s : {"les études grandes méthodes", "une faiblesse signalées", "McDonald et iPhone",
                        "la LaReM", "les guides", "aides sociales", "DeVito"})
    EXPECT_EQ(glue(s), s);
}

TEST(RepairTest, FrenchTypography) {
  EXPECT_EQ(typo("l'armée d'Aliyev"), "l’armée d’Aliyev");
  EXPECT_EQ(typo("Il a dit \"non\" hier"), "Il a dit «\u202Fnon\u202F» hier");
  EXPECT_EQ(typo("« « assumer pleinement » »"), "«\u202Fassumer pleinement\u202F»");
  EXPECT_EQ(typo("Pourquoi ? Parce que ; enfin !"), "Pourquoi\u202F? Parce que\u202F; enfin\u202F!");
  EXPECT_EQ(typo("Bilan : 200 morts"), "Bilan\u00A0: 200 morts");
  EXPECT_EQ(typo("à 18:58 et http://exemple.fr/a?b=1"), "à 18:58 et http://exemple.fr/a?b=1");
  EXPECT_EQ(typo("soit 3,5 % de plus"), "soit 3,5\u202F% de plus");
  EXPECT_EQ(typo("120 000 habitants"), "120\u202F000 habitants");
  EXPECT_EQ(typo("Attendez... la suite"), "Attendez… la suite");
  EXPECT_EQ(typo("l’Arménie.« toutes"), "l’Arménie. «\u202Ftoutes");
  EXPECT_EQ(typo("les élus, les agents, etc. ; enfin"), "les élus, les agents, etc.\u202F; enfin");
  EXPECT_EQ(typo("routes, ponts, etc. : tout est à refaire"), "routes, ponts, etc.\u00A0: tout est à refaire");
}

TEST(RepairTest, ClosesAnOpenGuillemet) {
  std::vector<std::string> applied;
  EXPECT_EQ(balance_guillemets("Il a dit «\u202FC’est notre droit.", applied), "Il a dit «\u202FC’est notre droit.\u202F»");
  EXPECT_EQ(balance_guillemets("«\u202Fnon\u202F»", applied), "«\u202Fnon\u202F»");
}

TEST(RepairTest, LowerCaseAfterAColonForCommonWords) {
  std::vector<std::string> applied;
  const RepairRules& r = testing::resources().repair;
  EXPECT_EQ(lower_after_colon("Tensions à Nice\u00A0: Des tirs entendus", r, applied), "Tensions à Nice\u00A0: des tirs entendus");
  EXPECT_EQ(lower_after_colon("Bilan\u00A0: Emmanuel Macron répond", r, applied), "Bilan\u00A0: Emmanuel Macron répond");
}

TEST(RepairTest, MendsAParagraphCutAtItsEnd) {
  const std::string a =
      "Le tribunal administratif de Lyon a suspendu mardi l’arrêté municipal interdisant les barbecues dans les "
      "parcs de la ville.";
  const std::string b = "Les juges ont estimé que la mesure était disproportionnée au regard du risque, et le maire";
  const std::string c = "La municipalité dispose de quinze jours pour faire appel de cette décision devant la cour.";
  Document doc = testing::rewrite(a + "\n" + b + "\n" + c + "\n");
  bool found = false;
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs)
      if (p.text == "Les juges ont estimé que la mesure était disproportionnée au regard du risque.") found = true;
  EXPECT_TRUE(found);
  bool recorded = false;
  for (const Removed& r : doc.removed)
    if (r.reason == "truncated" && r.text == "et le maire") recorded = true;
  EXPECT_TRUE(recorded);
}

TEST(RepairTest, DropsAFragmentAfterTheLastSentence) {
  const std::string a =
      "Le tribunal administratif de Lyon a suspendu mardi l’arrêté municipal interdisant les barbecues dans les "
      "parcs de la ville.";
  const std::string b = "Le maire a regretté la décision.« une erreur";
  Document doc = testing::rewrite(a + "\n" + b + "\n" + a + " Encore.\n");
  bool found = false;
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs)
      if (p.text == "Le maire a regretté la décision.") found = true;
  EXPECT_TRUE(found);
}

// The items of an enumeration end with « ; » and the line announcing them
// with « : »: neither is a sentence cut off, and none gets « … ».
TEST(RepairTest, LeavesEnumerationsOpen) {
  const std::string text =
      "Le conseil départemental a voté jeudi un plan d’aide aux communes touchées par les crues de l’hiver dernier.\n"
      "Le plan prévoit plusieurs mesures pour les maires des villages sinistrés :\n"
      "une avance de trésorerie versée dans le mois pour les travaux de voirie les plus urgents ;\n"
      "un fonds de secours pour reloger les familles dont la maison reste inhabitable ;\n"
      "une aide technique des services du département pour monter les dossiers d’indemnisation.\n"
      "Les premières demandes pourront être déposées à partir du 3 février auprès de la préfecture.\n";
  Document doc = testing::rewrite(text);
  std::vector<std::string> paragraphs;
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs) paragraphs.push_back(p.text);
  auto has = [&](const std::string& p) { return std::find(paragraphs.begin(), paragraphs.end(), p) != paragraphs.end(); };
  EXPECT_TRUE(has("Le plan prévoit plusieurs mesures pour les maires des villages sinistrés\u00A0:")) << text::join(paragraphs, " | ");
  EXPECT_TRUE(has("un fonds de secours pour reloger les familles dont la maison reste inhabitable\u202F;"));
  for (const std::string& p : paragraphs) EXPECT_FALSE(p.ends_with("\u2026")) << p;
  for (const Removed& r : doc.removed) EXPECT_NE(r.reason, "truncated") << r.text;
  for (const std::string& w : doc.warnings) EXPECT_EQ(w.find("mid-sentence"), std::string::npos) << w;
}

}  // namespace
}  // namespace titraille

#include "boilerplate.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace titraille {
namespace {

// Three article paragraphs on a made-up story, to embed noise in.
const std::string kP1 =
    "La préfecture de la Drôme a interdit jeudi l’accès aux massifs forestiers du sud du département, en raison "
    "d’un risque d’incendie jugé très sévère par Météo-France.";
const std::string kP2 =
    "Les randonneurs et les cyclistes devront renoncer aux sentiers jusqu’à dimanche au moins, a précisé le "
    "préfet lors d’une conférence de presse à Valence.";
const std::string kP3 =
    "Les pompiers ont prépositionné une quarantaine de véhicules près des zones les plus exposées, tandis que "
    "deux avions bombardiers d’eau restent en alerte à Marignane.";

std::string reason_of(const Document& doc, const std::string& text) {
  for (const Removed& r : doc.removed)
    if (r.text == text) return r.reason;
  return "kept";
}

bool in_body(const Document& doc, const std::string& needle) {
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs)
      if (p.text.find(needle) != std::string::npos) return true;
  return false;
}

TEST(BoilerplateTest, LineRulesRemoveSiteChrome) {
  const std::vector<std::pair<std::string, std::string>> noise = {
      {"PUBLICITÉ", "boilerplate.ad"},
      {"Espace publicitaire", "boilerplate.ad"},
      {"Temps de lecture : 3 min", "boilerplate.ui"},
      {"6 min de lecture", "boilerplate.ui"},
      {"Source link -12", "boilerplate.ui"},
      {"Chargement…", "boilerplate.ui"},
      {"Cliquez sur play pour écouter cet article", "boilerplate.player"},
      {"Lu par une intelligence artificielle.", "boilerplate.player"},
      {"Photo d’illustration © Pierre Dumas / AFP", "boilerplate.caption"},
      {"Crédit photo : Marie Lenoir", "boilerplate.caption"},
      {"Partager sur Facebook", "boilerplate.share"},
      {"Facebook Twitter LinkedIn E-mail", "boilerplate.share"},
      {"Voir plus", "boilerplate.ui"},
      {"Abonnez-vous à notre newsletter pour ne rien manquer", "boilerplate.subscribe"},
      {"Cet article est réservé aux abonnés", "boilerplate.paywall"},
      {"Nous utilisons des cookies pour améliorer votre expérience. Tout accepter", "boilerplate.consent"},
      {"© 2024 Le Journal du Sud - Tous droits réservés", "boilerplate.footer"},
      {"Mots-clés : incendie, Drôme, sécheresse", "boilerplate.tags"},
      {"Accueil > Régions > Drôme", "boilerplate.nav"},
      {"12 commentaires", "boilerplate.comments"},
  };
  for (const auto& [line, reason] : noise) {
    Document doc = testing::rewrite(kP1 + "\n" + line + "\n" + kP2 + "\n" + kP3 + "\n");
    EXPECT_EQ(reason_of(doc, line), reason) << line;
    EXPECT_TRUE(in_body(doc, "Les randonneurs")) << line;
  }
}

TEST(BoilerplateTest, ForeignInterfaceTextGoesButFrenchQuotingEnglishStays) {
  const std::string quote =
      "« We will not give up », a lancé en anglais le maire de la commune jumelée, venu soutenir les sinistrés.";
  Document doc = testing::rewrite(kP1 + "\nLatest news from around the world\n" + kP2 + "\n" + quote + "\n" + kP3 +
                                  "\nBerita terkini hari ini\n");
  EXPECT_EQ(reason_of(doc, "Latest news from around the world"), "related");
  EXPECT_EQ(reason_of(doc, "Berita terkini hari ini"), "boilerplate.foreign");
  EXPECT_TRUE(in_body(doc, "We will not give up"));
}

TEST(BoilerplateTest, TeasersBeforeReadMoreLinesAfterARelatedHeader) {
  Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\n" + kP3 +
                                  "\nNoticias relacionadas\n"
                                  "Sécheresse : les agriculteurs de l’Ardèche inquietsLa chambre d’agriculture "
                                  "réclame des dérogations pour l’irrigation.\nLeer más »\n"
                                  "Feux de forêt : un été sous surveillanceLes services de l’État ont renforcé "
                                  "les patrouilles dans le massif.\nLeer más »\n");
  EXPECT_FALSE(in_body(doc, "agriculteurs de l’Ardèche"));
  EXPECT_FALSE(in_body(doc, "patrouilles"));
  EXPECT_TRUE(in_body(doc, "bombardiers"));
}

TEST(BoilerplateTest, ReadMoreAfterTheArticleKeepsItsLastParagraph) {
  Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\n" + kP3 + "\nRead more »\n");
  EXPECT_TRUE(in_body(doc, "bombardiers"));
}

TEST(BoilerplateTest, RelatedListAfterHeaderEndsWhereTheArticleResumes) {
  Document doc = testing::rewrite("Sur le même sujet\nIncendies : la Grèce appelle l’Europe à l’aide\n"
                                  "Canicule : record de chaleur battu à Perpignan\n" +
                                  kP1 + "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_EQ(reason_of(doc, "Incendies : la Grèce appelle l’Europe à l’aide"), "related");
  EXPECT_TRUE(in_body(doc, "préfecture de la Drôme"));
}

TEST(BoilerplateTest, TitleAndItsRepetitionsLeaveTheBody) {
  const std::string title = "Risque d’incendie : les massifs de la Drôme fermés au public";
  Document doc = testing::rewrite("Le Journal du Sud\n" + title + "\n" + title + "\n" + kP1 + "\n" + kP2 + "\n" + kP3 +
                                  "\n" + title + "\n");
  ASSERT_TRUE(doc.metadata.original_title);
  EXPECT_EQ(*doc.metadata.original_title, title);
  EXPECT_EQ(reason_of(doc, "Le Journal du Sud"), "boilerplate.site");
  int duplicates = 0;
  for (const Removed& r : doc.removed)
    if (r.text == title && r.reason == "duplicate") ++duplicates;
  EXPECT_EQ(duplicates, 2);
}

TEST(BoilerplateTest, RepeatedHeadlineWinsOverTheSiteName) {
  const std::string title = "Les massifs de la Drôme fermés au public jusqu’à dimanche";
  Document doc =
      testing::rewrite("Le Courrier de la Vallée\nRégions\n" + title + "\n" + kP1 + "\n" + kP2 + "\n" + title + "\n");
  ASSERT_TRUE(doc.metadata.original_title);
  EXPECT_EQ(*doc.metadata.original_title, title);
}

TEST(BoilerplateTest, SubheadingInsideTheArticleIsKept) {
  Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\nDes moyens aériens en alerte\n" + kP3 + "\n");
  bool found = false;
  for (const Block& b : doc.blocks)
    if (b.text == "Des moyens aériens en alerte") found = b.kind == BlockKind::Heading;
  EXPECT_TRUE(found);
  EXPECT_EQ(reason_of(doc, "Des moyens aériens en alerte"), "kept");
}

TEST(BoilerplateTest, TruncatedParagraphIsNotAHeading) {
  const std::string cut = "Les élus du département ont réclamé des renforts au ministère, et le président du conseil";
  Document doc = testing::rewrite(kP1 + "\n" + cut + "\n" + kP2 + "\n" + kP3 + "\n");
  for (const Block& b : doc.blocks)
    if (b.original == cut) EXPECT_EQ(b.kind, BlockKind::Article);
  EXPECT_TRUE(in_body(doc, "Les élus du département ont réclamé des renforts au ministère."));
}

TEST(BoilerplateTest, FeaturesCountFrenchAndForeignWords) {
  Block b;
  b.text = "Anda juga dapat membaca berita ini";
  b.sentences = testing::resources().tokenizer.sentences(b.text);
  BlockFeatures f = block_features(b, testing::resources().boilerplate, testing::resources().language);
  EXPECT_EQ(f.words, 6u);
  EXPECT_EQ(f.language, "id");
  EXPECT_GE(f.foreign, 5u);
  EXPECT_FALSE(f.terminal);
}

}  // namespace
}  // namespace titraille

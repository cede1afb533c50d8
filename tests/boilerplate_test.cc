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

// Two more paragraphs, so that the story is long enough for a comment
// section after it to count as the article's end.
const std::string kP4 =
    "Selon le service départemental d’incendie et de secours, plus de quatre cents hectares de garrigue ont déjà "
    "brûlé depuis le début du mois dans la vallée du Rhône, un chiffre sans précédent depuis l’été 2003.";
const std::string kP5 =
    "Les maires des communes concernées ont demandé aux habitants de débroussailler leurs terrains et de signaler "
    "sans attendre toute fumée suspecte, en rappelant que l’écobuage reste strictement interdit.";
const std::string kP6 =
    "La préfecture réexaminera la situation vendredi matin, en fonction des prévisions de vent et d’humidité "
    "transmises par les prévisionnistes, avant de décider d’une éventuelle levée des restrictions.";

std::string story() { return kP1 + "\n" + kP2 + "\n" + kP3 + "\n" + kP4 + "\n" + kP5 + "\n" + kP6 + "\n"; }

std::string rule_of(const Document& doc, const std::string& text) {
  for (const Removed& r : doc.removed)
    if (r.text == text) return r.rule;
  return "";
}

TEST(BoilerplateTest, CommentSectionAfterTheArticleIsRemovedWhole) {
  const std::string comment =
      "Je trouve scandaleux que l’on interdise les sentiers aux randonneurs alors que les vrais responsables des "
      "départs de feu ne sont jamais poursuivis, comme chaque année depuis que j’habite ici.";
  const std::string reply =
      "Tout à fait d’accord avec vous, il faudrait surtout plus de gardes forestiers sur le terrain pendant l’été.";
  Document doc = testing::rewrite(story() + "3 commentaires\nMarcel_26\nIl y a 2 heures\n" + comment +
                                  "\nRépondre\nSylvie D.\n" + reply + "\n");
  EXPECT_TRUE(in_body(doc, "levée des restrictions"));
  EXPECT_FALSE(in_body(doc, "scandaleux"));
  EXPECT_FALSE(in_body(doc, "gardes forestiers"));
  EXPECT_EQ(reason_of(doc, comment), "boilerplate.comments");
  EXPECT_NE(rule_of(doc, comment).find("after the end of the article"), std::string::npos);
}

TEST(BoilerplateTest, CommentCounterNextToTheTitleDoesNotEndTheArticle) {
  // Before any article text, "12 commentaires" is a counter, not the end.
  Document doc = testing::rewrite("Incendies : la Drôme ferme ses massifs\n12 commentaires\n" + story());
  EXPECT_TRUE(in_body(doc, "préfecture de la Drôme"));
  EXPECT_TRUE(in_body(doc, "levée des restrictions"));
}

TEST(BoilerplateTest, TextFarAfterTheArticleCoreGoes) {
  // A page footer: menus, then an "about us" paragraph that reads like text.
  const std::string about =
      "Le Journal du Sud est un quotidien régional indépendant fondé en 1946, présent dans six départements du "
      "Sud-Est et lu chaque jour par plus de deux cent mille personnes.";
  Document doc = testing::rewrite("Accueil\nRégions\nSports\nCulture\n" + story() +
                                  "Partager sur Facebook\nImprimer\nNos rubriques\nDrôme\nArdèche\nVaucluse\nGard\n"
                                  "Faits divers\nMétéo\nAgenda\nPetites annonces\nNous contacter\n" +
                                  about + "\n© 2024 Le Journal du Sud\n");
  EXPECT_TRUE(in_body(doc, "préfecture de la Drôme"));
  EXPECT_TRUE(in_body(doc, "levée des restrictions"));
  EXPECT_FALSE(in_body(doc, "quotidien régional indépendant"));
  EXPECT_NE(rule_of(doc, about).find("after the article's core"), std::string::npos);
}

TEST(BoilerplateTest, LeadAboveShareButtonsAndCaptionIsKept) {
  const std::string lead = "Face au risque d’incendie, l’accès aux forêts du sud de la Drôme est interdit jusqu’à "
                           "dimanche au moins.";
  Document doc = testing::rewrite(lead + "\nPartager sur Facebook\nPartager sur Twitter\nImprimer\n"
                                         "Un pompier dans la garrigue près de Nyons. (Photo Jean Morel / AFP)\n" +
                                  story());
  EXPECT_TRUE(in_body(doc, "Face au risque d’incendie"));
}

TEST(BoilerplateTest, TeaserCardsWithBylinesAfterARelatedHeaderGo) {
  const std::string excerpt =
      "Les sapeurs-pompiers de l’Hérault ont lutté toute la nuit contre un feu qui a parcouru deux cents hectares "
      "de pinède au nord de Montpellier.";
  Document doc = testing::rewrite(story() + "Articles liés\nFeux de forêt : nuit blanche dans l’Hérault\n" + excerpt +
                                  "\nPar Jeanne Martin\nLe 12/07/2024\n");
  EXPECT_EQ(reason_of(doc, excerpt), "related");
  EXPECT_TRUE(in_body(doc, "levée des restrictions"));
}

TEST(BoilerplateTest, LiveTickerMinutesDoNotSplitTheArticle) {
  Document doc = testing::rewrite(kP1 + "\n78'\n" + kP2 + "\n74'\n" + kP3 + "\n");
  EXPECT_EQ(reason_of(doc, "78'"), "boilerplate.ui");
  EXPECT_EQ(rule_of(doc, "78'"), "boilerplate:ticker");
  EXPECT_TRUE(in_body(doc, "préfecture de la Drôme"));
  EXPECT_TRUE(in_body(doc, "bombardiers"));
}

TEST(BoilerplateTest, CaptionCreditInParenthesesIsRemoved) {
  const std::string caption = "Un canadair au-dessus du massif de la Lance / (C) Paul Girard";
  Document doc = testing::rewrite(kP1 + "\n" + caption + "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_EQ(reason_of(doc, caption), "boilerplate.caption");
}

TEST(BoilerplateTest, OneWordSubheadingBetweenParagraphsIsKept) {
  Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\nPrévention\n" + kP3 + "\n" + kP4 + "\n");
  bool heading = false;
  for (const Block& b : doc.blocks)
    if (b.text == "Prévention") heading = b.kind == BlockKind::Heading;
  EXPECT_TRUE(heading);
}

TEST(BoilerplateTest, ExplainShowsTheCoreValueOfEachBlock) {
  Document doc = testing::rewrite("Accueil\n" + story());
  EXPECT_NE(rule_of(doc, "Accueil").find("boilerplate:"), std::string::npos);
  bool seen = false;
  for (const Block& b : doc.blocks)
    if (b.kind == BlockKind::Article && b.rule.find("core=+") != std::string::npos) seen = true;
  EXPECT_TRUE(seen);
}

}  // namespace
}  // namespace titraille

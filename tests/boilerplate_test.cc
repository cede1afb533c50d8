#include "boilerplate.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "test_support.h"
#include "text.h"

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

// Each line set between `before` and `after` is removed with its reason, and
// the article text after it (holding `kept`) stays.
void expect_each_removed(const std::vector<std::pair<std::string, std::string>>& noise, const std::string& before,
                         const std::string& after, const std::string& kept) {
  for (const auto& [line, reason] : noise) {
    Document doc = testing::rewrite(before + "\n" + line + "\n" + after + "\n");
    EXPECT_EQ(reason_of(doc, line), reason) << line;
    EXPECT_TRUE(in_body(doc, kept)) << line;
  }
}

// The standfirst under the headline stays when the share buttons below it
// are one line per network (« Facebook », « Twitter »…).
TEST(BoilerplateTest, StandfirstAboveOneButtonPerNetworkStays) {
  Document doc = testing::rewrite(
      "Incendie dans une usine chimique près de Rouen : 1 200 habitants évacués\n"
      "Un violent incendie s'est déclaré dans la nuit sur le site classé Seveso de la société Norvalis, à "
      "Petit-Couronne. Les pompiers ont maîtrisé le feu en fin de matinée, mais le confinement reste en vigueur.\n"
      "Partager\nFacebook\nTwitter\nLinkedIn\nWhatsApp\nCopier le lien\nLecture : 6 min.\nAbonnez-vous\n"
      "Il était 2 h 40 quand les premiers appels sont parvenus au centre de traitement de l'alerte. Sur la zone "
      "industrielle, un entrepôt de l'usine était en feu. En moins d'une heure, les flammes ont gagné un second "
      "bâtiment.\n"
      "« Nous avons eu affaire à un feu d'une intensité exceptionnelle », a raconté le colonel Marc Derville. Au "
      "plus fort de l'intervention, 180 sapeurs-pompiers ont été mobilisés.\n");
  EXPECT_TRUE(in_body(doc, "Un violent incendie")) << reason_of(doc, "Un violent incendie");
  for (const char* button : {"Facebook", "LinkedIn", "WhatsApp"}) EXPECT_EQ(reason_of(doc, button), "boilerplate.share");
}

// A box of key figures under its heading keeps every line, a temperature's
// too (« 39,4 °C relevés à Montélimar »), which is no heading.
TEST(BoilerplateTest, KeyFiguresBoxWithATemperatureStays) {
  Document doc = testing::rewrite(
      "Le préfet de la Drôme a placé 214 communes en situation de crise sécheresse mercredi. L'arrosage des "
      "jardins est interdit à toute heure jusqu'au 31 août.\n"
      "En chiffres\n214 communes en crise sécheresse\n39,4 °C relevés à Montélimar le 17 juillet\n"
      "Les agriculteurs dans l'inquiétude\n"
      "Pour le monde agricole, l'arrêté tombe au pire moment. Les prélèvements pour l'irrigation sont réduits de "
      "40 % dans les zones en alerte renforcée.\n");
  EXPECT_TRUE(in_body(doc, "214 communes en crise sécheresse"));
  bool figure_kept = false;
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs)
      figure_kept = figure_kept || (p.text.find("Montélimar le 17") != std::string::npos && !p.from_heading);
  EXPECT_TRUE(figure_kept);
}

// A breadcrumb whose last part is the headline, and a caption above the
// photographer's credit (« Photo Jean-Luc Bernier / Le Courrier des
// Pertuis »), leave the body.
TEST(BoilerplateTest, BreadcrumbEndingWithTheHeadlineAndCaptionAboveACredit) {
  const std::string body =
      "Une trentaine de parents et d'élus ont bloqué lundi matin l'entrée de l'école de Saint-Urcize, menacée de "
      "fermeture à la rentrée. Le rectorat invoque la baisse des effectifs.\n"
      "L'unique classe du village, qui accueille neuf élèves, doit fermer ses portes en juillet. Les enfants "
      "seraient scolarisés à Chaudes-Aigues, à 22 kilomètres de là.\n";
  for (const char* crumb : {"Accueil » Éducation » Cantal : les parents se mobilisent contre la fermeture de l'école",
                            "Beranda » Pendidikan » Cantal : les parents se mobilisent contre la fermeture de l'école"}) {
    Document doc = testing::rewrite("Cantal : les parents se mobilisent contre la fermeture de l'école\n" +
                                    std::string(crumb) + "\n" + body);
    EXPECT_EQ(reason_of(doc, crumb), "boilerplate.nav") << crumb;
  }
  const std::string caption = "Me Bertrand Lafargue, à son arrivée au tribunal de La Rochelle, mardi 14 mai.";
  Document doc = testing::rewrite(caption + "\nPhoto Jean-Luc Bernier / Le Courrier des Pertuis\n" + body);
  EXPECT_EQ(reason_of(doc, caption), "boilerplate.caption");
  EXPECT_TRUE(in_body(doc, "Une trentaine de parents"));
}

TEST(BoilerplateTest, LineRulesRemoveSiteChrome) {
  const std::vector<std::pair<std::string, std::string>> noise = {
      {"PUBLICITÉ", "boilerplate.ad"},
      {"Publicité - Continuez la lecture ci-dessous", "boilerplate.ad"},
      {"Tags :", "boilerplate.tags"},
      {"1,2 k", "boilerplate.share"},
      {"Tinggalkan Balasan", "boilerplate.comments"},
      {"Kirim Komentar", "boilerplate.comments"},
      {"Nama *", "boilerplate.comments"},
      {"Leave a Reply", "boilerplate.comments"},
      {"Powered by WordPress | Theme by ThemeKita", "boilerplate.footer"},
      {"La suite après la publicité", "boilerplate.ad"},
      {"Infographie Le Journal de Vendée", "boilerplate.caption"},
      {"Dessin Paul Lemoine", "boilerplate.caption"},
      {"La tribune du stade de la Beaujoire, samedi 4 octobre 2026. (AFP / Jean-Marc Quéré)", "boilerplate.caption"},
      {"Voir cette publication sur Instagram", "boilerplate.share"},
      {"Le préfet et le maire devant la salle des fêtes, lundi matin. Photo LP / A. B.", "boilerplate.caption"},
      {"Un hélicoptère survole la digue, mardi 3 mars. Photo La Gazette - Anne Morel", "boilerplate.caption"},
      {"Also read: Ligue 2 : le calendrier complet de la saison", "related"},
      {"Vous avez trouvé cet article intéressant ? Partagez-le !", "boilerplate.share"},
      {"En savoir plus sur la gestion de vos données et vos droits.", "boilerplate.subscribe"},
      {"Regarder la vidéo", "boilerplate.player"},
      {"Plein écran", "boilerplate.player"},
      {"Une publication partagée par Jeanne Martin (@jmartin)", "boilerplate.share"},
      {"Pour afficher ce contenu X (Twitter), vous devez accepter les cookies Réseaux sociaux.", "boilerplate.consent"},
      {"Ce contenu est bloqué car vous n’avez pas accepté les traceurs.", "boilerplate.share"},
      {"Espace publicitaire", "boilerplate.ad"},
      {"Temps de lecture : 3 min", "boilerplate.ui"},
      {"6 min de lecture", "boilerplate.ui"},
      {"Source link -12", "boilerplate.ui"},
      {"Chargement…", "boilerplate.ui"},
      {"Cliquez sur play pour écouter cet article", "boilerplate.player"},
      {"Lu par une intelligence artificielle.", "boilerplate.player"},
      {"Photo d’illustration © Pierre Dumas / AFP", "boilerplate.caption"},
      {"Crédit photo : Marie Lenoir", "boilerplate.caption"},
      {"Pixabay / Illustration", "boilerplate.caption"},
      {"Photo d’illustration. Des vagues frappent la digue du port, le 4 novembre 2025.", "boilerplate.caption"},
      {"Des sauveteurs fouillent les décombres, le 6 février 2023. AFP/Ozan Kose", "boilerplate.caption"},
      {"Des bénévoles nettoient la plage du Prado après le passage de la tempête Herminia, à Marseille, le 3 "
       "février 2025. © NICOLAS VALLAURI / AFP",
       "boilerplate.caption"},
      {"Le maire de Valence lors du conseil municipal à l’hôtel de ville, le 12 janvier 2025. PHILIPPE DESMAZES / AFP",
       "boilerplate.caption"},
      {"Une infirmière prépare une dose de vaccin au centre de Roubaix, le 12 mars. • © Lou Marin / FTV",
       "boilerplate.caption"},
      {"Lecture en cours", "boilerplate.player"},
      {"Ajouter à la liste de lecture", "boilerplate.ui"},
      {"Offrir cet article", "boilerplate.ui"},
      {"Voir les prévisions", "boilerplate.ui"},
      {"Demain 7°C / 13°C", "boilerplate.ui"},
      {"Voir le diaporama (12 photos)", "boilerplate.player"},
      {"3 / 12", "boilerplate.player"},
      {"Galerie photos", "boilerplate.player"},
      {"Découvrir l’offre à 1 € par mois", "boilerplate.paywall"},
      {"Accès illimité sans engagement", "boilerplate.paywall"},
      {"Vidéo suivante dans 5 secondes", "boilerplate.player"},
      {"La crue du Rhône à Valence, en vidéo", "boilerplate.player"},
      {"Partager sur Facebook", "boilerplate.share"},
      {"Partager sur X 348", "boilerplate.share"},
      {"Partages : 2 456", "boilerplate.share"},
      {"1,2 k partages · 35 commentaires", "boilerplate.share"},
      {"Vidéo - « On est à bout » : le témoignage d’une infirmière des urgences", "related"},
      {"VIDÉO. Incendie dans le Var : les images impressionnantes du feu", "related"},
      {"Facebook Twitter LinkedIn E-mail", "boilerplate.share"},
      {"Cet article vous a plu ? Partagez-le", "boilerplate.share"},
      {"Vous avez aimé cet article ? Laissez un commentaire", "boilerplate.share"},
      {"Lien copié dans le presse-papiers", "boilerplate.share"},
      {"Code d’intégration copié !", "boilerplate.share"},
      {"Voir plus", "boilerplate.ui"},
      {"Abonnez-vous à notre newsletter pour ne rien manquer", "boilerplate.subscribe"},
      {"Cet article est réservé aux abonnés", "boilerplate.paywall"},
      {"Je fais un don de 10 €", "boilerplate.subscribe"},
      {"Soutenez-nous", "boilerplate.subscribe"},
      {"Votre adresse e-mail", "boilerplate.subscribe"},
      {"Entrez votre courriel *", "boilerplate.subscribe"},
      {"Cliquez ici pour recevoir nos alertes mercato", "boilerplate.subscribe"},
      {"Nous utilisons des cookies pour améliorer votre expérience. Tout accepter", "boilerplate.consent"},
      {"© 2024 Le Journal du Sud - Tous droits réservés", "boilerplate.footer"},
      {"Mots-clés : incendie, Drôme, sécheresse", "boilerplate.tags"},
      {"Accueil > Régions > Drôme", "boilerplate.nav"},
      {"Faits divers", "boilerplate.nav"},
      {"12 commentaires", "boilerplate.comments"},
  };
  expect_each_removed(noise, kP1, kP2 + "\n" + kP3, "Les randonneurs");
}

TEST(BoilerplateTest, EngagementPromptRightAfterTheLastParagraphGoes) {
  // A closing line directly after the article may be kept as its last line;
  // an engagement prompt never is.
  const std::string prompt = "Cet article vous a plu ? Partagez-le";
  Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\n" + kP3 + "\n" + prompt + "\n");
  EXPECT_EQ(reason_of(doc, prompt), "boilerplate.share");
  EXPECT_FALSE(in_body(doc, "vous a plu"));
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
  // « Leer artículo completo », « Ler o artigo completo »: read-more lines too.
  for (const char* more : {"Leer artículo completo »", "Ler o artigo completo", "Lire l’article complet"}) {
    Document full = testing::rewrite(kP1 + "\n" + kP2 + "\n" + kP3 + "\nNoticias relacionadas\n" +
                                     "Sécheresse : les agriculteurs de l’Ardèche inquietsLa chambre d’agriculture "
                                     "réclame des dérogations pour l’irrigation.\n" + more + "\n");
    EXPECT_FALSE(in_body(full, "agriculteurs de l’Ardèche")) << more;
    EXPECT_EQ(reason_of(full, more), "related") << more;
  }
}

TEST(BoilerplateTest, ReadMoreAfterTheArticleKeepsItsLastParagraph) {
  Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\n" + kP3 + "\nRead more »\n");
  EXPECT_TRUE(in_body(doc, "bombardiers"));
  // A « Lire aussi : … » line is a teaser whole: it opens no list, and the
  // paragraph after it is the story's even with a read-more line below.
  Document inline_teaser = testing::rewrite(kP1 +
                                            "\nLire aussi : Canicule : le Var placé en vigilance rouge jusqu’à jeudi\n"
                                            "15h10\n" + kP2 + "\nRead more »\n" + kP3 + "\n");
  EXPECT_TRUE(in_body(inline_teaser, "randonneurs et les cyclistes"));
  EXPECT_EQ(reason_of(inline_teaser, "Lire aussi : Canicule : le Var placé en vigilance rouge jusqu’à jeudi"),
            "related");
  // The last paragraph lost a full stop far into it (« …achevéeSelon
  // l’ESA… »): two sentences glued, not a headline glued to its lead.
  Document glued = testing::rewrite(
      kP1 + "\n" + kP2 + "\n" + kP3 +
      "\nLe préfet fera un nouveau point samedi matin, avec les services de Météo-France et l’Office national des "
      "forêts. Les sentiers pourraient rouvrir lundi si les orages annoncés apportent assez de pluie sur le "
      "massifSelon la préfecture, aucune habitation n’est menacée.\nBaca lebih lanjut »\n");
  EXPECT_TRUE(in_body(glued, "aucune habitation n’est menacée")) << reason_of(glued, "Baca lebih lanjut »");
}

TEST(BoilerplateTest, RelatedListAfterHeaderEndsWhereTheArticleResumes) {
  Document doc = testing::rewrite("Sur le même sujet\nIncendies : la Grèce appelle l’Europe à l’aide\n"
                                  "Canicule : record de chaleur battu à Perpignan\n" +
                                  kP1 + "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_EQ(reason_of(doc, "Incendies : la Grèce appelle l’Europe à l’aide"), "related");
  EXPECT_TRUE(in_body(doc, "préfecture de la Drôme"));
}

// In a numbered list of teasers, the first line without a number is the
// article again: here a subheading over the next paragraphs.
TEST(BoilerplateTest, NumberedRelatedListEndsAtTheFirstLineWithoutANumber) {
  const std::string heading = "Des sentiers fermés jusqu’à dimanche";
  Document doc = testing::rewrite(kP1 + "\nLes plus lus\n1. Un accident fait trois blessés sur la RN7\n"
                                  "2. Ce restaurant drômois décroche sa première étoile\n"
                                  "3. Neige : les stations ouvrent enfin leurs pistes\n" +
                                  heading + "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_EQ(reason_of(doc, "3. Neige : les stations ouvrent enfin leurs pistes"), "related");
  EXPECT_EQ(reason_of(doc, heading), "kept");
  EXPECT_TRUE(in_body(doc, "Des sentiers fermés"));
  // Without numbers, a headline after headlines may be one more teaser.
  Document plain = testing::rewrite(kP1 + "\nLes plus lus\nUn accident fait trois blessés sur la RN7\n"
                                    "Ce restaurant drômois décroche sa première étoile\n"
                                    "Neige : les stations ouvrent enfin leurs pistes\n" +
                                    heading + "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_EQ(reason_of(plain, "Neige : les stations ouvrent enfin leurs pistes"), "related");
}

// « Lire aussi » set inside the article opens one teaser or a few: the
// article's own subheading right after its teaser, over article text, is
// kept. Under a list header (« Les plus lus ») the same line may be one more
// teaser (above).
TEST(BoilerplateTest, InlineReadAlsoHeaderLeavesTheSubheadingAfterItsTeaser) {
  const std::string heading = "Des sentiers fermés jusqu’à dimanche";
  const std::string teaser = "Neige : les stations des Alpes ouvrent enfin leurs pistes";
  for (const char* header : {"LIRE AUSSI", "À lire aussi :", "Lire également"}) {
    Document doc = testing::rewrite(kP1 + "\n" + header + "\n" + teaser + "\n" + heading + "\n" + kP2 + "\n" +
                                    kP3 + "\n");
    EXPECT_EQ(reason_of(doc, teaser), "related") << header;
    EXPECT_EQ(reason_of(doc, heading), "kept") << header;
    EXPECT_TRUE(in_body(doc, "Des sentiers fermés")) << header;
  }
}

// Two teasers in the same « Place : … » form after an inline « À lire
// aussi »: the second, though the article resumes after it, is a teaser too
// (it shares no word with the paragraph under it); a subheading without the
// form after one teaser is still the article's (above).
TEST(BoilerplateTest, InlineReadAlsoTakesTeasersOfTheSameForm) {
  const std::string first = "Grenoble : la patinoire rouvre après deux ans de travaux";
  const std::string second = "Chambéry : un nouveau cinéma de six salles ouvrira en septembre";
  Document doc = testing::rewrite(kP1 + "\nÀ LIRE AUSSI\n" + first + "\n" + second + "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_EQ(reason_of(doc, first), "related");
  EXPECT_EQ(reason_of(doc, second), "related");
  EXPECT_EQ(reason_of(doc, kP2), "kept");
}

// A live page's entries keep their time and headline, however short.
TEST(BoilerplateTest, LiveEntriesAreTheArticles) {
  const std::string entry = "15h10 – Le moteur Vinci rallumé avec succès";
  Document doc = testing::rewrite(kP1 + "\n" + entry + "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_EQ(reason_of(doc, entry), "kept");
  EXPECT_TRUE(in_body(doc, "moteur Vinci"));
}

// A table of results under its heading, right after article text (a
// stage's ranking, an election's shares), is the article's: kept, the
// heading as a heading. The same lines under no such heading go as before.
TEST(BoilerplateTest, ResultsTableUnderItsHeadingIsKept) {
  const std::string ranking = "Classement de la course\n1. Julie Bresset (FRA) en 2 h 04 min\n"
                              "2. Emma Lindqvist (SWE) à 12 s\n3. Anna Ferri (ITA) à 30 s\n";
  Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\n" + kP3 + "\n" + ranking);
  EXPECT_EQ(reason_of(doc, "Classement de la course"), "kept");
  EXPECT_EQ(reason_of(doc, "1. Julie Bresset (FRA) en 2 h 04 min"), "kept");
  EXPECT_EQ(reason_of(doc, "3. Anna Ferri (ITA) à 30 s"), "kept");
  // A second table right under the first one is the article's too.
  const std::string general = "Classement général\n1. Emma Lindqvist (SWE) 12 h 40 min\n2. Julie Bresset (FRA) à 8 s\n"
                              "3. Anna Ferri (ITA) à 1 min 02\n";
  Document two = testing::rewrite(kP1 + "\n" + kP2 + "\n" + ranking + general + kP3 + "\n");
  EXPECT_EQ(reason_of(two, "Classement général"), "kept");
  EXPECT_EQ(reason_of(two, "1. Emma Lindqvist (SWE) 12 h 40 min"), "kept");
  EXPECT_EQ(reason_of(two, "3. Anna Ferri (ITA) à 1 min 02"), "kept");
  const std::string shares = "Résultats du second tour\nMarc Olivier (Divers gauche) : 52,4 %\n"
                             "Hélène Roux (Les Républicains) : 47,6 %\nParticipation : 61,2 %\n";
  Document vote = testing::rewrite(kP1 + "\n" + kP2 + "\n" + shares + kP3 + "\n");
  EXPECT_EQ(reason_of(vote, "Résultats du second tour"), "kept");
  EXPECT_EQ(reason_of(vote, "Marc Olivier (Divers gauche) : 52,4 %"), "kept");
  EXPECT_EQ(reason_of(vote, "Participation : 61,2 %"), "kept");
  // Teasers under a list header are still teasers.
  Document related = testing::rewrite(kP1 + "\n" + kP2 + "\n" + kP3 +
                                      "\nLes plus lus\n1. Un accident fait trois blessés sur la RN7\n"
                                      "2. Ce restaurant drômois décroche sa première étoile\n");
  EXPECT_EQ(reason_of(related, "1. Un accident fait trois blessés sur la RN7"), "related");
  // « Classement » alone heads a site's standings, no table of the article.
  Document standings = testing::rewrite(kP1 + "\n" + kP2 + "\n" + kP3 +
                                        "\nClassement\n1. Grenoble 31 pts\n2. Vannes 27 pts\n3. Oyonnax 25 pts\n");
  EXPECT_NE(reason_of(standings, "1. Grenoble 31 pts"), "kept");
}

// A festival's palmarès (« Prize : « Film », by whom ») under its heading,
// and a table of results printed right after a paragraph without a heading
// (its rows close with their figures), are the article's; the paragraph
// after them is too. A ticker's rows, without a French word, are no table.
TEST(BoilerplateTest, PalmaresAndTableWithoutHeadingAreKept) {
  const std::string after = "Le film lauréat sortira en salles le 19 février, distribué par une petite société "
                            "lyonnaise qui en avait acquis les droits dès le tournage.";
  const std::string palmares = "Le palmarès complet\nGrand Prix : « Les Eaux dormantes », d’Inès Karadeniz (France)\n"
                               "Prix du jury : « Nord-Ouest », de Samuel Thibodeau (Canada)\n";
  Document prizes = testing::rewrite(kP1 + "\n" + kP2 + "\n" + kP3 + "\n" + palmares + after +
                                     "\nLire aussi : Festival de Cannes : le palmarès complet\nPartager sur Facebook\n");
  EXPECT_EQ(reason_of(prizes, "Le palmarès complet"), "kept");
  EXPECT_EQ(reason_of(prizes, "Prix du jury : « Nord-Ouest », de Samuel Thibodeau (Canada)"), "kept");
  EXPECT_EQ(reason_of(prizes, after), "kept");
  const std::string table = "Liste « Saint-Aubin en commun » (N. Verdier) … 3 614 voix … 41,8 %\n"
                            "Liste « Continuons ensemble » (J.-P. Roussel) … 3 078 voix … 35,6 %\n"
                            "Inscrits : 22 748 – Votants : 8 821 – Exprimés : 8 646\n";
  const std::string turnout = "Le taux de participation s’établit à 38,8 %, contre 52,1 % lors des municipales de 2020.";
  Document vote = testing::rewrite(kP1 + "\n" + kP2 + "\n" + kP3 + "\n" + table + turnout + "\n");
  EXPECT_EQ(reason_of(vote, "Liste « Continuons ensemble » (J.-P. Roussel) … 3 078 voix … 35,6 %"), "kept");
  EXPECT_EQ(reason_of(vote, "Inscrits : 22 748 – Votants : 8 821 – Exprimés : 8 646"), "kept");
  EXPECT_EQ(reason_of(vote, turnout), "kept");
  Document ticker = testing::rewrite(kP1 + "\n" + kP2 + "\nCAC 40 7 512,33 +0,45 %\nEUR/USD 1,0842 -0,12 %\n" + kP3 + "\n");
  EXPECT_NE(reason_of(ticker, "CAC 40 7 512,33 +0,45 %"), "kept");
}

// A line ending with an article or a preposition is a sentence cut off (by a
// paywall), never a heading: it stays as the paragraph it was, marked as cut.
TEST(BoilerplateTest, LineCutOffBeforeAPaywallIsNoHeading) {
  const std::string cut = "Cette annonce intervient alors que les syndicats de soignants réclament depuis plusieurs mois "
                          "la réouverture des";
  const std::string after = "Le ministre a également rappelé l’importance de la prévention. Depuis septembre, un "
                            "anticorps est proposé gratuitement dans les maternités.";
  Document doc = testing::rewrite(kP1 + "\n" + cut + "\nIl vous reste 68 % de cet article à lire. La suite est "
                                  "réservée aux abonnés.\nAbonnez-vous\n" + after + "\n");
  EXPECT_TRUE(in_body(doc, "la réouverture des…"));
  for (const Section& s : doc.sections) EXPECT_EQ(s.heading.value_or("").find("réouverture"), std::string::npos);
}

// A sentence then its photo credit, in parentheses or bare with a slash
// between outlet and photographer, is a caption; a request to switch an ad
// blocker off is an advert.
TEST(BoilerplateTest, CaptionEndingWithItsCreditAndAdBlockerRequest) {
  const std::string c1 = "Des bénévoles déblaient la boue devant la mairie, mardi matin. (Photo : Le Courrier / Paul Sérot)";
  const std::string c2 = "La salle des fêtes transformée en dortoir, en février. Photo La Voix / Inès Morel";
  const std::string ad = "Vous aimez nos articles ? Désactivez votre bloqueur de publicité pour nous soutenir.";
  Document doc = testing::rewrite(kP1 + "\n" + c1 + "\n" + kP2 + "\n" + c2 + "\n" + kP3 + "\n" + ad + "\n");
  EXPECT_EQ(reason_of(doc, c1), "boilerplate.caption");
  EXPECT_EQ(reason_of(doc, c2), "boilerplate.caption");
  EXPECT_EQ(reason_of(doc, ad), "boilerplate.ad");
  EXPECT_TRUE(in_body(doc, "bombardiers"));
}

// A related list ends before the article's own subheading: after a card
// closed by its read-more line, and after headlines when the subheading
// (no colon) shares a word with the text it heads.
TEST(BoilerplateTest, RelatedListEndsBeforeTheArticlesSubheading) {
  const std::string question = "Quels quartiers sont concernés ?";
  Document doc = testing::rewrite(kP1 + "\nBerita Terkait\nNeige : les stations ouvrent enfin leurs pistes\n"
                                  "Baca lebih lajut »\n" + question + "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_EQ(reason_of(doc, "Neige : les stations ouvrent enfin leurs pistes"), "related");
  EXPECT_EQ(reason_of(doc, question), "kept");
  const std::string heading = "Des sentiers fermés aux randonneurs";
  Document list = testing::rewrite(kP1 + "\nSur le même sujet\nArles : une fresque reconstituée après dix ans\n"
                                   "Lyon : une nécropole découverte sous un parking\n" + heading + "\n" + kP2 + "\n" +
                                   kP3 + "\n");
  EXPECT_EQ(reason_of(list, "Lyon : une nécropole découverte sous un parking"), "related");
  EXPECT_EQ(reason_of(list, heading), "kept");
}

// An enumeration of the article (a lead-in ending « : », items going on in
// lower case) does not end the article, even after a single paragraph.
TEST(BoilerplateTest, EnumerationAfterTheFirstParagraphKeepsTheRest) {
  Document doc = testing::rewrite(kP1 + "\nLes mesures prévues par l’arrêté :\n• l’interdiction des feux ;\n"
                                  "• la fermeture des pistes ;\n• des patrouilles renforcées.\n" +
                                  kP2 + "\n");
  EXPECT_TRUE(in_body(doc, "Les mesures prévues par l’arrêté"));
  EXPECT_TRUE(in_body(doc, "la fermeture des pistes"));
  EXPECT_TRUE(in_body(doc, "Les randonneurs et les cyclistes"));
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

// A repetition in capitals, without accents and with a straight apostrophe,
// has more printable ASCII characters than the title but the same folded key.
TEST(BoilerplateTest, TitleRepeatedInCapitalsWithoutAccentsIsADuplicate) {
  const std::string title = "Risque d’incendie : les massifs de la Drôme fermés au public";
  const std::string shouted = "RISQUE D'INCENDIE : LES MASSIFS DE LA DROME FERMES AU PUBLIC";
  Document doc =
      testing::rewrite("Le Journal du Sud\n" + title + "\n" + kP1 + "\n" + kP2 + "\n" + kP3 + "\n" + shouted + "\n");
  ASSERT_TRUE(doc.metadata.original_title);
  EXPECT_EQ(*doc.metadata.original_title, title);
  EXPECT_EQ(reason_of(doc, shouted), "duplicate");
}

// The boilerplate stage does not fold a block to compare it with a headline
// when the block has more printable ASCII characters than the headline's key
// has bytes: fold_ascii() must keep each of them as one byte or more.
TEST(BoilerplateTest, FoldingKeepsEveryPrintableAsciiCharacter) {
  for (const std::string s : {"L'Été « indien »", "ΣΟΦΙΑ d'Athènes", "  Tab\there  ", "İstanbul—Ankara",
                              "Œuvre n° 5 : « ok » ?", "a\u0301b\u0301 \"x\"", "ⱥ Ⱥ ß ẞ ﬁ"}) {
    auto printable =
        static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return c >= '!' && c <= '~'; }));
    EXPECT_GE(text::fold_ascii(s).size(), printable) << s;
  }
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
    if (b.original == cut) { EXPECT_EQ(b.kind, BlockKind::Article); }
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

// The story's first and last paragraphs are both in the body.
void expect_whole_story(const Document& doc) {
  EXPECT_TRUE(in_body(doc, "préfecture de la Drôme"));
  EXPECT_TRUE(in_body(doc, "levée des restrictions"));
}

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

// « Les réactions » or « Réactions » alone is the article's subheading over
// what the people concerned said, not the readers' comments: the article
// goes on after it. With a count (« 12 réactions ») it opens the comments.
TEST(BoilerplateTest, ReactionsHeadingInsideTheArticleIsNoCommentSection) {
  const std::string quote =
      "Le maire de Valence a salué « la prudence de la préfecture », tout en demandant une aide pour les "
      "commerçants des villages concernés.";
  for (const std::string heading : {"Les réactions", "Réactions"}) {
    Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\n" + kP3 + "\n" + kP4 + "\n" + kP5 + "\n" + heading + "\n" +
                                    quote + "\n" + kP6 + "\n");
    EXPECT_TRUE(in_body(doc, "la prudence de la préfecture")) << heading;
    EXPECT_TRUE(in_body(doc, "levée des restrictions")) << heading;
    EXPECT_EQ(reason_of(doc, heading), "kept") << heading;
  }
  Document doc = testing::rewrite(story() + "12 réactions\nMarcel_26\n" + quote + "\n");
  EXPECT_NE(reason_of(doc, "12 réactions"), "kept");
  EXPECT_FALSE(in_body(doc, "la prudence de la préfecture"));
}

TEST(BoilerplateTest, CommentCounterNextToTheTitleDoesNotEndTheArticle) {
  // Before any article text, "12 commentaires" is a counter, not the end.
  Document doc = testing::rewrite("Incendies : la Drôme ferme ses massifs\n12 commentaires\n" + story());
  expect_whole_story(doc);
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
  expect_whole_story(doc);
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

const Block* block_of(const Document& doc, const std::string& text) {
  for (const Block& b : doc.blocks)
    if (b.original == text || b.text == text) return &b;
  return nullptr;
}

TEST(BoilerplateTest, CookieBannerOfSeveralLinesGoesWhole) {
  const std::vector<std::string> banner = {
      "Vos choix concernant les cookies",
      "Avec nos partenaires, nous traitons vos données personnelles pour mesurer l’audience et vous proposer des "
      "contenus adaptés à vos centres d’intérêt.",
      "Stocker et/ou accéder à des informations sur un appareil",
      "Publicités et contenu personnalisés, mesure de performance des publicités et du contenu, études d’audience et "
      "développement de services",
      "Liste des partenaires (fournisseurs)",
      "Continuer sans accepter",
      "Tout accepter",
  };
  std::string page = "Le Journal du Sud\n";
  for (const std::string& line : banner) page += line + "\n";
  Document doc = testing::rewrite(page + story());
  for (const std::string& line : banner) {
    EXPECT_EQ(reason_of(doc, line), "boilerplate.consent") << line;
    EXPECT_EQ(rule_of(doc, line).rfind("boilerplate:cookie-banner", 0), 0u) << line;
  }
  expect_whole_story(doc);
}

TEST(BoilerplateTest, CookieBannerStopsAtTheArticle) {
  // The paragraph after the buttons speaks of data too, but it is not a
  // member of the banner: the banner ends at the first block that is not.
  const std::string about_data =
      "Les données de la station météorologique de Montélimar montrent une humidité de l’air inférieure à quinze "
      "pour cent depuis lundi.";
  // Buttons are whole lines: a sentence that says "accepter" is no button.
  const std::string accept = "Les habitants doivent accepter ces restrictions, a rappelé le préfet.";
  Document doc = testing::rewrite("Gestion des cookies\nTout accepter\n" + accept + "\n" + kP1 + "\n" + about_data +
                                  "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_TRUE(in_body(doc, "doivent accepter ces restrictions"));
  EXPECT_EQ(reason_of(doc, "Tout accepter"), "boilerplate.consent");
  EXPECT_TRUE(in_body(doc, "station météorologique"));
  EXPECT_TRUE(in_body(doc, "préfecture de la Drôme"));
}

// A paragraph of the story that reports a sanction for cookies says
// « refuser les traceurs » about a site, not to the reader: it is no
// notice; a notice that speaks to the reader still goes.
TEST(BoilerplateTest, AnArticleAboutCookiesIsNoCookieNotice) {
  const std::string sanction =
      "La commission reprochait à la plateforme d’avoir déposé, entre 2021 et 2023, des cookies publicitaires sur "
      "les terminaux de ses utilisateurs. L’autorité avait également relevé que le bouton permettant de refuser les "
      "traceurs était moins visible que celui permettant de les accepter.";
  const std::string notice = "En poursuivant votre navigation, vous acceptez l’utilisation de cookies.";
  const std::string verb_notice = "Vous pouvez refuser ou paramétrer les cookies à tout moment.";
  Document doc = testing::rewrite(notice + "\n" + verb_notice + "\n" + kP1 + "\n" + sanction + "\n" + kP2 + "\n" +
                                  kP3 + "\n");
  EXPECT_TRUE(in_body(doc, "moins visible que celui permettant"));
  EXPECT_EQ(reason_of(doc, notice), "boilerplate.consent");
  EXPECT_EQ(reason_of(doc, verb_notice), "boilerplate.consent");
  EXPECT_TRUE(in_body(doc, "préfecture de la Drôme"));
}

TEST(BoilerplateTest, PaywallNoticeGoesWithItsOfferAndLogin) {
  const std::vector<std::string> notice = {
      "Cet article est réservé aux abonnés. Il vous reste 70 % de l’article à lire.",
      "Offre découverte : 1 € le premier mois, sans engagement",
      "Déjà abonné ? Se connecter",
      "Découvrir les offres",
  };
  std::string page = story();
  for (const std::string& line : notice) page += line + "\n";
  Document doc = testing::rewrite(page);
  for (const std::string& line : notice) EXPECT_EQ(reason_of(doc, line), "boilerplate.paywall") << line;
  EXPECT_TRUE(in_body(doc, "levée des restrictions"));
}

// An editor's note on an update is no article text.
TEST(BoilerplateTest, UpdateNoteGoes) {
  const std::string note = "[Mise à jour à 18 h 30 avec la réaction du ministère]";
  Document doc = testing::rewrite(story() + note + "\n");
  EXPECT_EQ(reason_of(doc, note), "boilerplate.ui");
}

// Key points between the headline and the first paragraph are the
// article's, and none of them is taken for the headline.
TEST(BoilerplateTest, KeyPointsUnderTheHeadlineStay) {
  Document doc = testing::rewrite(
      "Incendies au Canada : plus de 30 000 personnes évacuées en Colombie-Britannique\n"
      "Ce qu’il faut retenir :\n"
      "• Plus de 30 000 habitants ont reçu l’ordre d’évacuer\n"
      "• Les pompiers redoutent un vent violent ce week-end\n"
      "Les autorités de Colombie-Britannique ont ordonné samedi l’évacuation de plus de 30 000 personnes dans la "
      "région de Kelowna, menacée par un incendie de forêt.\n"
      "Le feu a déjà parcouru plus de 40 000 hectares depuis mardi, selon les services de secours.\n");
  EXPECT_TRUE(in_body(doc, "habitants ont reçu l’ordre d’évacuer"));
  EXPECT_TRUE(in_body(doc, "Ce qu’il faut retenir"));
  EXPECT_EQ(doc.metadata.original_title.value_or(""),
            "Incendies au Canada : plus de 30 000 personnes évacuées en Colombie-Britannique");
  EXPECT_FALSE(doc.metadata.source) << *doc.metadata.source;
}

// A section of the site alone on its line is the page's rubric, no outlet.
TEST(BoilerplateTest, ARubricIsNoOutletName) {
  for (const std::string rubric : {"Environnement", "Faits divers", "France"}) {
    Document doc = testing::rewrite(rubric + "\nSécheresse : la Drôme interdit l’accès à ses massifs forestiers\n" + kP1 +
                                    "\n" + kP2 + "\n" + kP3 + "\n");
    EXPECT_FALSE(doc.metadata.source) << rubric << ": " << *doc.metadata.source;
  }
  Document doc = testing::rewrite("La Voix du Nord\nSécheresse : la Drôme interdit l’accès à ses massifs forestiers\n" +
                                  kP1 + "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_EQ(doc.metadata.source.value_or(""), "La Voix du Nord");
}

// A section of the site under a breadcrumb's « Accueil » is no outlet name.
TEST(BoilerplateTest, SectionAfterABreadcrumbIsNoOutletName) {
  Document doc = testing::rewrite("Sécheresse : la Drôme interdit l’accès à ses massifs forestiers\nEN DIRECT\n"
                                  "Accueil\nMétéo\nIncendies\n" + kP1 + "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_FALSE(doc.metadata.source) << *doc.metadata.source;
}

// A video player's lines between the headline and the byline are no
// headline, and the headline stays one.
TEST(BoilerplateTest, PlayerLinesUnderTheHeadlineAreNoHeadline) {
  Document doc = testing::rewrite("Sécheresse : la Drôme interdit l’accès à ses massifs forestiers\nRegarder la vidéo\n"
                                  "00:00 / 02:15\nPlein écran\nPar Julien Morel\nPublié le 25 mai 2025 à 22h05\n" +
                                  kP1 + "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_EQ(doc.metadata.original_title.value_or(""), "Sécheresse : la Drôme interdit l’accès à ses massifs forestiers");
  EXPECT_EQ(reason_of(doc, "Plein écran"), "boilerplate.player");
}

// A table of contents above the headline, its entries unnumbered: they are
// no headline, their repeats below stay subheadings, and none is the
// outlet's name; a republication notice is no article text.
TEST(BoilerplateTest, UnnumberedTableOfContentsAboveTheHeadline) {
  Document doc = testing::rewrite(
      "Sommaire\nUn risque jugé très sévère\nLes sentiers fermés\n"
      "La Drôme ferme ses massifs forestiers jusqu’à dimanche\n" + kP1 + "\nUn risque jugé très sévère\n" + kP3 +
      "\nLes sentiers fermés\n" + kP2 +
      "\nCet article est republié à partir de The Conversation sous licence Creative Commons. Lire l’article "
      "original.\n");
  EXPECT_EQ(doc.metadata.original_title.value_or(""), "La Drôme ferme ses massifs forestiers jusqu’à dimanche");
  EXPECT_FALSE(doc.metadata.source) << *doc.metadata.source;
  EXPECT_EQ(reason_of(doc, "Cet article est republié à partir de The Conversation sous licence Creative Commons. "
                           "Lire l’article original."),
            "boilerplate.footer");
  EXPECT_TRUE(in_body(doc, "Les pompiers ont prépositionné"));
}

// An opinion page's disclaimer and a match sheet (scorers with their
// minutes) are no article text.
TEST(BoilerplateTest, DisclaimerAndMatchSheet) {
  const std::string disclaimer = "Les opinions exprimées dans cette tribune n'engagent que leur auteur.";
  const std::string sheet =
      "Essais : Dupont (12e), Ramos (35e), Ntamack (52e), Kinghorn (67e) pour Toulouse ; Penaud (44e) pour Clermont";
  Document doc = testing::rewrite(kP1 + "\n" + disclaimer + "\n" + sheet + "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_EQ(reason_of(doc, disclaimer), "boilerplate.footer");
  EXPECT_EQ(reason_of(doc, sheet), "boilerplate.ui");
  EXPECT_TRUE(in_body(doc, "deux avions bombardiers"));
}

// A box of key figures under « Les chiffres clés » and a chart's caption
// inside the article are no article text; a figure alone stays (it may be
// a subheading); a page of figures and nothing else is no article (and no
// crash).
TEST(BoilerplateTest, KeyFiguresBoxAndChartCaption) {
  Document doc = testing::rewrite(kP1 + "\nLes chiffres clés\n7,6 %\nTaux de chômage au 3e trimestre\n2,4 millions\n"
                                  "Nombre de chômeurs au sens du BIT\n" + kP2 +
                                  "\nGraphique : évolution du taux de chômage depuis 2015 (en %)\n1 456 heures annuelles\n" +
                                  kP3 + "\n");
  EXPECT_EQ(reason_of(doc, "2,4 millions"), "boilerplate.ui");
  EXPECT_EQ(reason_of(doc, "Nombre de chômeurs au sens du BIT"), "boilerplate.ui");
  EXPECT_EQ(reason_of(doc, "Graphique : évolution du taux de chômage depuis 2015 (en %)"), "boilerplate.caption");
  EXPECT_EQ(reason_of(doc, "1 456 heures annuelles"), "kept");
  EXPECT_ANY_THROW(testing::rewrite("7,6 %\n2,4 millions\n60 000 emplois\n"));
}

// A box whose lines say what their figures count is the article's, even
// when a line opens with a noun phrase (« Des grêlons jusqu’à 4 cm de
// diamètre ») or the heading is « Les chiffres à retenir »; the subheading
// right after it heads the next paragraph, not a figure's label.
TEST(BoilerplateTest, KeyFiguresBoxOfPhrasesAndTheSubheadingAfterIt) {
  Document doc = testing::rewrite(kP1 + "\nLes chiffres clés\n6 000 hectares de forêt sous surveillance\n"
                                  "Des rafales jusqu’à 90 km/h sur les crêtes\n"
                                  "Environ 40 % des sentiers fermés au public\nDes moyens aériens en alerte\n" +
                                  kP2 + "\n" + kP3 + "\n");
  // (No figure in the needles: the typography puts no-break spaces in them.)
  for (const std::string line : {"hectares de forêt sous surveillance", "Des rafales jusqu’à", "des sentiers fermés"})
    EXPECT_TRUE(in_body(doc, line)) << line;
  const Block* heading = block_of(doc, "Des moyens aériens en alerte");
  ASSERT_NE(heading, nullptr);
  EXPECT_EQ(heading->kind, BlockKind::Heading);
  doc = testing::rewrite(kP1 + "\nLes chiffres à retenir\n612 M€ : budget du département\n58 M€ : nouvel emprunt\n"
                         "Un vote marqué par des absences\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_TRUE(in_body(doc, "nouvel emprunt"));
  heading = block_of(doc, "Un vote marqué par des absences");
  ASSERT_NE(heading, nullptr);
  EXPECT_EQ(heading->kind, BlockKind::Heading);
}

// « Label : what it labels » lines under a lead-in ending with « : » are an
// enumeration of the article, kept without a mark of a cut sentence; the
// paragraphs after them stay.
TEST(BoilerplateTest, LabelledLinesUnderALeadInAreTheArticles) {
  Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\nCe qu’il faut retenir :\n"
                                  "Les faits : un feu de broussailles jeudi, près de Nyons\n"
                                  "Le bilan : 400 hectares brûlés, deux maisons touchées\n"
                                  "Les moyens : 300 pompiers et deux avions\n" + kP3 + "\n" + kP4 + "\n");
  EXPECT_TRUE(in_body(doc, "un feu de broussailles jeudi, près de Nyons"));
  EXPECT_FALSE(in_body(doc, "près de Nyons…"));
  EXPECT_TRUE(in_body(doc, "pompiers et deux avions"));
  EXPECT_TRUE(in_body(doc, "bombardiers d’eau"));
  EXPECT_TRUE(in_body(doc, "garrigue"));
}

// A table of contents under the headline: its items are no headline.
TEST(BoilerplateTest, TableOfContentsIsNoHeadline) {
  Document doc = testing::rewrite(
      "Logement : ce que change la loi sur les meublés de tourisme\n"
      "Sommaire\n"
      "1. Des quotas pour les communes\n"
      "2. Une fiscalité moins avantageuse\n"
      "La loi sur la régulation des meublés de tourisme a été publiée mardi au Journal officiel. Elle donne aux "
      "maires de nouveaux outils pour limiter la location de courte durée.\n"
      "Les communes pourront fixer un nombre maximal de meublés de tourisme sur leur territoire.\n");
  EXPECT_EQ(doc.metadata.original_title.value_or(""), "Logement : ce que change la loi sur les meublés de tourisme");
  EXPECT_FALSE(in_body(doc, "Une fiscalité moins avantageuse"));
}

// A table of contents whose entries are questions, between the lead and the
// body: the entries go, the lead above them stays, the subheadings below stay.
TEST(BoilerplateTest, TableOfContentsBetweenTheLeadAndTheBodyKeepsTheLead) {
  const std::string lead =
      "Une enquête menée auprès de 2 400 cyclistes montre que les pistes séparées de la route réduisent nettement "
      "le nombre de chutes graves en ville.";
  Document doc = testing::rewrite(
      "Vélo en ville : les pistes protégées divisent les accidents par deux\n" + lead +
      "\nSommaire\n"
      "Pourquoi les pistes séparées protègent-elles mieux ?\n"
      "Que montre l’enquête ?\n"
      "Pourquoi les pistes séparées protègent-elles mieux ?\n"
      "Une bordure entre la piste et la chaussée empêche les voitures de serrer les cyclistes au dépassement.\n"
      "Que montre l’enquête ?\n"
      "Les cyclistes roulant sur une piste protégée ont deux fois moins d’accidents graves que les autres.\n");
  EXPECT_TRUE(in_body(doc, "réduisent nettement le nombre de chutes graves")) << testing::body_text(doc);
  EXPECT_EQ(reason_of(doc, "Que montre l’enquête ?"), "boilerplate.nav");
  EXPECT_TRUE(in_body(doc, "empêche les voitures de serrer les cyclistes")) << testing::body_text(doc);
  // (Kept as a section's heading, or as its opening line in a short article.)
  std::size_t kept = 0;
  for (const Section& s : doc.sections) {
    kept += s.heading && s.heading_origin == "source" && *s.heading == "Que montre l’enquête\u202F?";
    for (const Paragraph& p : s.paragraphs) kept += p.from_heading && p.text == "Que montre l’enquête\u202F?";
  }
  EXPECT_EQ(kept, 1u) << testing::body_text(doc);
}

// A metered paywall counts the articles read.
TEST(BoilerplateTest, MeteredPaywallNoticeGoes) {
  const std::string notice = "Vous avez lu 3 articles ce mois-ci. Créez un compte gratuit pour continuer.";
  Document doc = testing::rewrite(story() + notice + "\n");
  EXPECT_EQ(reason_of(doc, notice), "boilerplate.paywall");
  Document other = testing::rewrite(story() + "Il vous reste 2 articles gratuits ce mois-ci\n");
  EXPECT_EQ(reason_of(other, "Il vous reste 2 articles gratuits ce mois-ci"), "boilerplate.paywall");
}

TEST(BoilerplateTest, AuthorBoxAfterTheArticleGoes) {
  const std::string bio =
      "Jeanne Martin est journaliste au service Régions depuis 2015. Elle couvre les questions d’environnement et "
      "de sécurité civile dans le Sud-Est.";
  Document doc = testing::rewrite(story() + "À propos de l’auteur\nJeanne Martin\n" + bio +
                                  "\nVoir tous ses articles\n");
  EXPECT_EQ(reason_of(doc, "À propos de l’auteur"), "boilerplate.author");
  EXPECT_EQ(reason_of(doc, "Jeanne Martin"), "boilerplate.author");
  EXPECT_EQ(reason_of(doc, bio), "boilerplate.author");
  EXPECT_EQ(reason_of(doc, "Voir tous ses articles"), "boilerplate.author");
  EXPECT_TRUE(in_body(doc, "levée des restrictions"));
}

TEST(BoilerplateTest, ABiographyWithoutAnAuthorHeaderIsNotTakenForABox) {
  // "X est journaliste…" inside a story is article text.
  const std::string p = "Paul Girard est journaliste au quotidien local depuis vingt ans et n’avait jamais vu un "
                        "incendie aussi rapide, raconte-t-il.";
  Document doc = testing::rewrite(kP1 + "\n" + p + "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_TRUE(in_body(doc, "Paul Girard est journaliste"));
}

// A biography that starts with the byline's author opens the author box
// without a header; the same sentence about someone else is the story.
TEST(BoilerplateTest, TheBylineAuthorsBiographyGoesWithoutAHeader) {
  const std::string bio = "Claire Dumas est journaliste au service politique. Elle suit l’actualité du "
                          "gouvernement depuis 2015.";
  Document doc = testing::rewrite("Par Claire Dumas\n" + story() + bio + "\nPartager cet article\n");
  EXPECT_EQ(doc.metadata.author.value_or(""), "Claire Dumas");
  EXPECT_EQ(reason_of(doc, bio), "boilerplate.author");
  EXPECT_FALSE(in_body(doc, "Elle suit"));
  EXPECT_TRUE(in_body(doc, "levée des restrictions"));
  // Two authors; the apposition form.
  const std::string second = "Jean Roux, journaliste au service économie, couvre l’énergie.";
  Document two = testing::rewrite("Par Claire Dumas et Jean Roux\n" + story() + second + "\n");
  EXPECT_EQ(reason_of(two, second), "boilerplate.author");
  // Someone else's biography, and the byline's author named in the story.
  const std::string other = "Paul Girard est journaliste au quotidien local depuis vingt ans et n’avait jamais vu "
                            "un incendie aussi rapide, raconte-t-il.";
  Document third = testing::rewrite("Par Claire Dumas\n" + story() + other + "\n");
  EXPECT_TRUE(in_body(third, "Paul Girard est journaliste"));
  const std::string quoted = "Claire Dumas a interrogé les habitants du quartier, qui réclament des réponses depuis "
                             "le mois de juin.";
  Document fourth = testing::rewrite("Par Claire Dumas\n" + story() + quoted + "\n");
  EXPECT_TRUE(in_body(fourth, "Claire Dumas a interrogé"));
}

TEST(BoilerplateTest, EmbeddedPostAttributionStaysAfterThePost) {
  const std::string post = "Les pompiers de la Drôme sont mobilisés depuis ce matin sur trois départs de feu près de "
                           "Nyons, restez loin des massifs";
  const std::string signature = "— Préfecture de la Drôme (@Prefet26) July 12, 2024";
  Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\n" + post + "\n" + signature + "\n" + kP3 + "\n");
  EXPECT_TRUE(in_body(doc, "(@Prefet26)"));
  const Block* b = block_of(doc, signature);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->rule.rfind("boilerplate:embedded-post-attribution", 0), 0u);
}

// The attribution line without its dash, or with the handle alone, is the
// article's too; the post's link after it (« pic.twitter.com/… ») is removed
// and does not end the article: a short last paragraph after it stays.
TEST(BoilerplateTest, EmbeddedPostOtherFormsAndItsLink) {
  const std::string lead_in = "Sur le réseau social X, la préfecture a appelé les promeneurs à la prudence :";
  const std::string post = "Trois départs de feu près de Nyons ce matin. Restez loin des massifs 🔥 #Drome";
  const std::string last = "Les sentiers du massif resteront fermés au moins jusqu’à lundi soir.";
  for (const std::string signature :
       {"Préfecture de la Drôme (@Prefet26) 12 juillet 2024", "— @Prefet26, 12 juillet 2024"}) {
    Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\n" + kP3 + "\n" + lead_in + "\n" + signature + "\n" + post +
                                    "\npic.twitter.com/aB3dE5fG7h\n" + last + "\n");
    const Block* b = block_of(doc, signature);
    ASSERT_NE(b, nullptr) << signature;
    EXPECT_EQ(b->kind, BlockKind::Article) << signature;
    EXPECT_EQ(b->rule.rfind("boilerplate:embedded-post-attribution", 0), 0u) << signature;
    EXPECT_EQ(reason_of(doc, "pic.twitter.com/aB3dE5fG7h"), "boilerplate.share");
    EXPECT_TRUE(in_body(doc, "resteront fermés au moins")) << signature;
  }
}

// An enumeration the article ends with, its items written as one sentence
// (lower case, « ; » between them, no list mark), is the article's: neither
// its lead-in nor its items are the page's footer.
TEST(BoilerplateTest, EnumerationTheArticleEndsWithStays) {
  Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\n" + kP3 + "\nCe que prévoit l’arrêté pris jeudi par le préfet :\n"
                                  "une interdiction des barbecues dans tout le département ;\n"
                                  "une fermeture des pistes forestières aux véhicules ;\n"
                                  "des patrouilles renforcées jusqu’à la fin du mois.\n");
  EXPECT_TRUE(in_body(doc, "Ce que prévoit l’arrêté"));
  EXPECT_TRUE(in_body(doc, "interdiction des barbecues"));
  EXPECT_TRUE(in_body(doc, "fermeture des pistes forestières"));
  EXPECT_TRUE(in_body(doc, "patrouilles renforcées"));
}

TEST(BoilerplateTest, AttributionAfterARemovedPostGoesToo) {
  const std::string signature = "— Jeanne Martin (@jmartin) 12 juillet 2024";
  Document doc = testing::rewrite(kP1 + "\nPartager sur Facebook\n" + signature + "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_FALSE(in_body(doc, "@jmartin"));
}

TEST(BoilerplateTest, LeadInEndingWithAColonAndWhatItIntroducesStay) {
  const std::string lead_in = "les habitants peuvent signaler une fumée à l’adresse suivante :";
  Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\nPour cela, la préfecture a ouvert une boîte dédiée :\n"
                                  "alerte.feux@drome-exemple.fr\n" + kP3 + "\n" + lead_in + "\n" + kP4 + "\n");
  EXPECT_TRUE(in_body(doc, "alerte.feux@drome-exemple.fr"));
  EXPECT_TRUE(in_body(doc, "à l’adresse suivante"));
}

TEST(BoilerplateTest, HeadlineWithAnAbbreviatedNumberIsNoParagraph) {
  // "ép. 5" is not the end of a sentence: the teaser headline is one line of
  // a related list, with its excerpt and byline.
  const std::string headline = "Un été chez les pompiers, ép. 5 : la nuit du grand feu";
  const std::string excerpt = "Pendant tout l’été, notre reporter suit une caserne de la Drôme. Cinquième épisode, "
                              "au cœur d’une nuit d’incendie.";
  Document doc = testing::rewrite(story() + "Articles liés\n" + headline + "\n" + excerpt +
                                  "\nPar Jeanne Martin\nLe 05/08/2024\n");
  EXPECT_EQ(reason_of(doc, headline), "related");
  EXPECT_EQ(reason_of(doc, excerpt), "related");
}

TEST(BoilerplateTest, TeaserListWithExcerptsBetweenLabelsGoes) {
  const std::string e1 = "Notre reporter a passé une semaine avec les guetteurs de la vigie du mont Ventoux, qui "
                         "scrutent l’horizon de l’aube au crépuscule.";
  const std::string e2 = "Dans le Var, les viticulteurs replantent des haies pour ralentir le feu, une pratique "
                         "ancienne remise au goût du jour.";
  Document doc = testing::rewrite(story() + "Pour aller plus loin\nReportage Régions\n"
                                  "Sur la vigie du Ventoux, les sentinelles du feu\nRégions\n" + e1 +
                                  "\nReportage Environnement\nLes haies contre l’incendie\nEnvironnement\n" + e2 +
                                  "\nReportage Régions\n");
  EXPECT_EQ(reason_of(doc, e1), "related");
  EXPECT_EQ(reason_of(doc, e2), "related");
  EXPECT_TRUE(in_body(doc, "levée des restrictions"));
}

TEST(BoilerplateTest, TeaserCardsClosedByReadMoreLinesGoWhole) {
  // headline, excerpt, "Lire la suite": the list goes on past each card.
  const std::string e2 = "Les services de l’État ont renforcé les patrouilles dans le massif des Maures depuis le "
                         "début de la semaine.";
  const std::string e3 = "La chambre d’agriculture réclame des dérogations pour l’irrigation des vergers de la "
                         "vallée du Rhône.";
  Document doc = testing::rewrite(story() + "Sur le même sujet\nFeux de forêt : un été sous surveillance\n"
                                  "Les pompiers du Var ont été appelés à plus de cent reprises depuis juin, un record "
                                  "pour la saison.\nLire la suite\n"
                                  "Massif des Maures : les patrouilles renforcées\n" + e2 + "\nLire la suite\n"
                                  "Sécheresse : les agriculteurs inquiets\n" + e3 + "\nLire la suite\n"
                                  "3 commentaires\nMarcel_26\n");
  EXPECT_EQ(reason_of(doc, "Massif des Maures : les patrouilles renforcées"), "related");
  EXPECT_EQ(reason_of(doc, e2), "related");
  EXPECT_EQ(reason_of(doc, e3), "related");
  // The comment section closes the list: what follows is a comment.
  EXPECT_EQ(reason_of(doc, "Marcel_26"), "boilerplate.comments");
  EXPECT_TRUE(in_body(doc, "levée des restrictions"));
}

TEST(BoilerplateTest, WholePageOfTenThousandWordsKeepsItsArticleOnly) {
  // tests/data/page-10000-words.txt (tests/data/make_page_10000_words.py):
  // header, cookie banner, an article of 73 paragraphs, teasers, comments.
  Document doc = testing::rewrite(testing::read_file(testing::source_path("tests/data/page-10000-words.txt")));
  std::size_t consent = 0, comments = 0, related = 0;
  for (const Removed& r : doc.removed) {
    consent += r.reason == "boilerplate.consent";
    comments += r.reason == "boilerplate.comments";
    related += r.reason == "related";
  }
  EXPECT_GE(consent, 5u);
  EXPECT_GE(comments, 250u);
  EXPECT_GE(related, 20u);
  EXPECT_GT(doc.words(), 3000u);
  EXPECT_LT(doc.words(), 4000u);
  EXPECT_FALSE(in_body(doc, "Lecteur_"));
  EXPECT_FALSE(in_body(doc, "un dossier de la semaine"));
}

TEST(BoilerplateTest, HeadlineRightAboveTheArticleWinsOverAHeadlineLikeLineHigherUp) {
  const std::string promo = "Les dossiers de la semaine dans toute la région";
  const std::string title = "Risque d’incendie : les massifs de la Drôme fermés au public";
  Document doc = testing::rewrite("Le Journal du Sud\n" + promo + "\nAccueil\nRégions\nSports\nCulture\n" + title +
                                  "\nPar Jeanne Martin\nPublié le 12 juillet 2024\n" + story());
  ASSERT_TRUE(doc.metadata.original_title);
  EXPECT_EQ(*doc.metadata.original_title, title);
  EXPECT_EQ(reason_of(doc, promo), "boilerplate.ui");
  EXPECT_FALSE(in_body(doc, "Les dossiers de la semaine"));
}

TEST(BoilerplateTest, TwoLineHeadingInsideTheArticleIsKept) {
  // A heading over a subtitle ("the work, its kind and its publisher") that
  // is not a French phrase on its own.
  const std::string subtitle = "Le Vercors à pied (guide, 240 pages, Glénat)";
  Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\nPour les amateurs de grands espaces\n" + subtitle + "\n" + kP3 +
                                  "\n" + kP4 + "\n");
  const Block* b = block_of(doc, subtitle);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->kind, BlockKind::Heading);
  EXPECT_EQ(reason_of(doc, subtitle), "kept");
}

// A subheading made mostly of words outside the French lists (a name, a
// verb, a noun) heads the paragraph after it when that paragraph repeats one
// of its words; the same shape sharing no word is still removed.
TEST(BoilerplateTest, SubheadingTheNextParagraphTakesUpIsKept) {
  const std::string heading = "Marignane mobilise ses bombardiers";
  Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\n" + heading + "\n" + kP3 + "\n");
  const Block* b = block_of(doc, heading);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->kind, BlockKind::Heading);
  const std::string unrelated = "Valmorel inaugure ses télésièges";
  doc = testing::rewrite(kP1 + "\n" + kP2 + "\n" + unrelated + "\n" + kP3 + "\n");
  EXPECT_EQ(reason_of(doc, unrelated), "boilerplate.ui");
}

TEST(BoilerplateTest, ClosingSloganRightAfterTheLastParagraphStays) {
  Document doc = testing::rewrite(story() + "Sans prévention, pas de recherche de solutions durables\n"
                                            "Partager sur Facebook\nNous contacter\n");
  EXPECT_TRUE(in_body(doc, "Sans prévention, pas de recherche"));
}

// An aggregator's related list of one teaser in another language between
// the lead and a subheading over more text is an insert: the subheading is
// no teaser of it, and the lead stays the article's.
TEST(BoilerplateTest, AForeignTeaserBetweenTwoParagraphsIsAnInsert) {
  Document doc = testing::rewrite(
      "Les contrôleurs aériens en grève jeudi\n"
      "Les contrôleurs aériens réclament des recrutements et une revalorisation de leur prime de nuit. La direction "
      "de l’aviation civile propose un plan sur cinq ans.\n"
      "Berita Terkait\n"
      "Harga tiket pesawat naik menjelang libur panjang\n"
      "Les vols annulés à Orly\n"
      "Selon les prévisions publiées mardi par la DGAC, un vol sur deux sera annulé jeudi à Orly. Les compagnies "
      "ont prévenu leurs passagers par message.\n");
  EXPECT_EQ(reason_of(doc, "Les vols annulés à Orly"), "kept");
  EXPECT_TRUE(in_body(doc, "revalorisation de leur prime de nuit"));
  EXPECT_TRUE(in_body(doc, "un vol sur deux"));
}

// A post copied with its header in two lines (the author's name, then the
// handle alone) under a lead-in: the lead-in and the post's text stay, the
// header and the time line go; the article does not end above them.
TEST(BoilerplateTest, APostWithItsHandleOnALineOfItsOwnStaysUnderItsLeadIn) {
  Document doc = testing::rewrite(
      "Tempête sur la Manche\n"
      "Les pompiers de la Manche sont intervenus plus de 300 fois dans la nuit de dimanche à lundi, selon le "
      "service départemental d’incendie et de secours.\n"
      "La circulation restait très difficile lundi matin entre Cherbourg et Saint-Lô, selon la préfecture.\n"
      "La préfète a réagi sur X :\n"
      "Préfète de la Manche\n"
      "@Prefet50\n"
      "Limitez vos déplacements. 42 routes coupées, 3 800 foyers privés d’électricité.\n"
      "6:15 AM · 3 nov. 2025\n");
  EXPECT_TRUE(in_body(doc, "La préfète a réagi sur X"));
  EXPECT_TRUE(in_body(doc, "42 routes coupées"));
  EXPECT_EQ(reason_of(doc, "Préfète de la Manche"), "boilerplate.share");
  EXPECT_EQ(reason_of(doc, "@Prefet50"), "boilerplate.share");
  // A handle alone under no name is no header.
  doc = testing::rewrite(story() + "@Prefet50\n");
  EXPECT_NE(reason_of(doc, "@Prefet50"), "boilerplate.share");
}

// A short line ending with a colon between article text and a quotation says
// who speaks: it stays, whatever its words.
TEST(BoilerplateTest, ALeadInToAQuotationStays) {
  Document doc = testing::rewrite(
      "Handball : Montpellier en finale de la Coupe de France\n"
      "Montpellier a battu Nantes (31-27) samedi soir à Paris, en demi-finale de la Coupe de France. Les "
      "Héraultais affronteront Chambéry le 12 mai.\n"
      "« On a fait le match qu’il fallait, avec beaucoup de sérieux en défense », a estimé l’entraîneur après la "
      "rencontre.\n"
      "Karl Konan (@KarlKonan) sur X :\n"
      "« Fiers de ce groupe et de nos supporters. Rendez-vous le 12 mai pour aller chercher le titre »\n"
      "Côté nantais, la déception est grande. Le club a annoncé le départ de trois joueurs à l’intersaison.\n");
  EXPECT_TRUE(in_body(doc, "Karl Konan (@KarlKonan) sur X"));
}

// Headlines under a « Read more » line between two parts of the article
// are an inline list: they go, and the lead above them stays the article's.
TEST(BoilerplateTest, HeadlinesUnderAReadMoreLineBetweenTwoPartsAreAnInsert) {
  Document doc = testing::rewrite(
      "Nantes : le conseil métropolitain vote la gratuité des bus le week-end\n"
      "Le conseil de Nantes Métropole a voté jeudi soir la gratuité des bus et des tramways le week-end à partir du "
      "1er mars, par 61 voix contre 27. La mesure coûtera 14 millions d’euros par an.\n"
      "La présidente de la métropole a défendu une mesure « sociale et écologique », financée par le versement "
      "mobilité des entreprises.\n"
      "Read more »\n"
      "Saint-Nazaire : le pont fermé trois nuits pour travaux\n"
      "Rezé : une nouvelle piscine ouvrira à l’automne\n"
      "Vendée : la fréquentation des plages en hausse cet été\n"
      "Une opposition divisée\n"
      "Les élus de droite ont dénoncé une dépense « hors de prix » alors que la dette de la métropole augmente. "
      "Plusieurs amendements ont été rejetés.\n"
      "Les écologistes ont voté pour, en regrettant que la gratuité ne soit pas étendue à la semaine.\n");
  EXPECT_TRUE(in_body(doc, "la gratuité des bus et des tramways"));
  EXPECT_TRUE(in_body(doc, "versement mobilité"));
  EXPECT_TRUE(in_body(doc, "Plusieurs amendements ont été rejetés"));
  EXPECT_EQ(reason_of(doc, "Rezé : une nouvelle piscine ouvrira à l’automne"), "related");
  EXPECT_EQ(reason_of(doc, "Vendée : la fréquentation des plages en hausse cet été"), "related");
  EXPECT_EQ(doc.metadata.original_title.value_or(""), "Nantes : le conseil métropolitain vote la gratuité des bus le week-end");
}

}  // namespace
}  // namespace titraille

namespace titraille {
namespace {

TEST(BoilerplateTest, KeyFiguresIntroducedAfterTheLastParagraphStay) {
  // A box of figures under a lead-in right after the last paragraph: the
  // labels and the amounts are article text; the donation call after them
  // is not.
  Document doc = testing::rewrite(story() + "Bilan de la collecte au 14 juillet 2024 :\n"
                                            "SOMMES REÇUES PAR LE FONDS D’AIDE\n"
                                            "184 250 EUROS\n"
                                            "dont 12 400 euros des communes voisines\n"
                                            "PART REVERSÉE AUX SINISTRÉS\n"
                                            "87 %\n"
                                            "AIDEZ LES SINISTRÉS, PARTAGEZ !\n"
                                            "Faire un don en ligne :\n"
                                            "Partager sur Facebook\n");
  expect_whole_story(doc);
  EXPECT_TRUE(in_body(doc, "Bilan de la collecte"));
  EXPECT_TRUE(in_body(doc, "SOMMES REÇUES PAR LE FONDS"));
  // (the repair stage groups the digits with narrow no-break spaces)
  EXPECT_TRUE(in_body(doc, "250 EUROS"));
  EXPECT_TRUE(in_body(doc, "euros des communes voisines"));
  EXPECT_TRUE(in_body(doc, "87"));
  const Block* figure = block_of(doc, "184 250 EUROS");
  ASSERT_NE(figure, nullptr);
  EXPECT_EQ(figure->kind, BlockKind::Article);
  EXPECT_NE(figure->rule.find("figure introduced by line"), std::string::npos);
  EXPECT_FALSE(in_body(doc, "AIDEZ LES SINISTRÉS"));
  EXPECT_EQ(reason_of(doc, "Faire un don en ligne :"), "boilerplate.subscribe");
}

TEST(BoilerplateTest, KeyFiguresInsideTheArticleStay) {
  Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\nLe département a publié le bilan de ses dépenses :\n"
                                  "Location des avions bombardiers d’eau\n1,2 million d’euros\n"
                                  "Heures supplémentaires des pompiers\n450 000 €\n" + kP3 + "\n" + kP4 + "\n");
  EXPECT_TRUE(in_body(doc, "Location des avions"));
  EXPECT_TRUE(in_body(doc, "1,2 million d’euros"));
  EXPECT_TRUE(in_body(doc, "450\u202F000"));
  EXPECT_TRUE(in_body(doc, "Les pompiers ont prépositionné"));
}

TEST(BoilerplateTest, FiguresWithoutALeadInAfterTheArticleGo) {
  // Amounts after the article that no colon-ended article text introduces
  // (a shop's prices in the footer) stay out, and so do those after a line
  // removed as chrome.
  Document doc = testing::rewrite(story() + "Notre guide des randonnées\n24,90 €\nAbonnement annuel\n89 €\n"
                                            "Faire un don par chèque :\n50 euros\n");
  expect_whole_story(doc);
  EXPECT_FALSE(in_body(doc, "24,90"));
  EXPECT_FALSE(in_body(doc, "89"));
  EXPECT_FALSE(in_body(doc, "50 euros"));
  EXPECT_EQ(reason_of(doc, "24,90 €"), "boilerplate.ui");
}

TEST(BoilerplateTest, SubscriptionOfferAfterALeadInIsNoKeyFigure) {
  // The offer's prices are paywall lines (rules come first), so the lead-in
  // introduces no figures and goes with them.
  Document doc = testing::rewrite(story() + "Profitez de notre offre de bienvenue :\n9,99 € par mois\n"
                                            "puis 12 € par mois, résiliable à tout moment\n");
  expect_whole_story(doc);
  EXPECT_FALSE(in_body(doc, "offre de bienvenue"));
  EXPECT_EQ(reason_of(doc, "9,99 € par mois"), "boilerplate.paywall");
}

// A second story printed on the same page after the article's notes.
const std::string kOther =
    "La fréquentation des plages de la Côte d’Azur a reculé de 8 % en juillet, selon le comité régional du "
    "tourisme, qui l’attribue à la chaleur et au prix des locations.";

// The story, its fourth paragraph referring to a note by `mark` ("(1)").
std::string story_referring_to(const std::string& mark) {
  return kP1 + "\n" + kP2 + "\n" + kP3 +
         "\nSelon le service départemental d’incendie et de secours, plus de quatre cents hectares ont brûlé "
         "depuis le début du mois " +
         mark + ", un chiffre sans précédent.\n" + kP5 + "\n" + kP6 + "\n";
}

TEST(BoilerplateTest, NotesReferencedInTheTextCloseTheArticle) {
  // "(1)" in a paragraph, then the note "(1) …" after the signature: the
  // heading and the paragraphs after the notes are another story.
  Document doc = testing::rewrite(story_referring_to("(1)") +
                                  "Jeanne Martin\n(1) Chiffres du service départemental, arrêtés au 10 juillet.\n"
                                  "Le tourisme souffre-t-il de la chaleur ?\n" + kOther + "\n" + kOther + " " + kOther +
                                  "\n");
  expect_whole_story(doc);
  EXPECT_TRUE(in_body(doc, "Chiffres du service départemental"));
  EXPECT_FALSE(in_body(doc, "Côte d’Azur"));
  EXPECT_FALSE(in_body(doc, "souffre-t-il"));
  EXPECT_NE(rule_of(doc, kOther).find("after the article's notes"), std::string::npos);
}

TEST(BoilerplateTest, NumberedLineNoParagraphRefersToDoesNotCloseTheArticle) {
  // "(1)" opens a numbered point the text never refers to: the article goes on.
  Document doc = testing::rewrite(story() + "(1) Les sentiers du Diois restent ouverts aux riverains.\n" + kOther +
                                  "\n" + kOther + " " + kOther + "\n");
  EXPECT_TRUE(in_body(doc, "Côte d’Azur"));
  EXPECT_TRUE(in_body(doc, "sentiers du Diois"));
}

TEST(BoilerplateTest, NumberedNotesUnderANotesHeaderCloseTheArticle) {
  // "1. …" under "Sources": the article's notes, with no mark in the text.
  Document doc = testing::rewrite(story() + "Sources\n1. Bilan du service départemental au 10 juillet.\n"
                                  "Santé publique\n" + kOther + "\n" + kOther + " " + kOther + "\n");
  expect_whole_story(doc);
  EXPECT_TRUE(in_body(doc, "Bilan du service départemental"));
  EXPECT_FALSE(in_body(doc, "Côte d’Azur"));
}

TEST(BoilerplateTest, NumberedLineWithoutANotesHeaderDoesNotCloseTheArticle) {
  Document doc = testing::rewrite(story() + "1. Les sentiers du Diois restent ouverts aux riverains.\n" + kOther +
                                  "\n" + kOther + " " + kOther + "\n");
  EXPECT_TRUE(in_body(doc, "Côte d’Azur"));
}

TEST(BoilerplateTest, NotesAfterTheTeasersAreStillTheArticles) {
  // The notes come after a related list; the paragraph referring to them is
  // in the article: they are kept, and the teasers still go.
  Document doc = testing::rewrite(story_referring_to("[1]") +
                                  "À lire aussi\nFeux de forêt : un été sous surveillance\n"
                                  "Sécheresse : les agriculteurs inquiets\nNotes\n"
                                  "[1] Chiffres du service départemental, arrêtés au 10 juillet.\n");
  expect_whole_story(doc);
  EXPECT_TRUE(in_body(doc, "Chiffres du service départemental"));
  EXPECT_FALSE(in_body(doc, "un été sous surveillance"));
}

TEST(BoilerplateTest, NotesOfAShorterPieceAboveTheArticleDoNotCutIt) {
  // A short piece with its note, a menu, then a longer story: the notes are
  // not the end of the page's article.
  std::string longer;
  for (int k = 0; k < 3; ++k) longer += kOther + " " + kOther + "\n";
  Document doc = testing::rewrite(story_referring_to("(1)") +
                                  "(1) Chiffres du service départemental, arrêtés au 10 juillet.\n"
                                  "Accueil\nRégions\nSports\nCulture\n" + longer);
  EXPECT_TRUE(in_body(doc, "Côte d’Azur"));
}

// "A lire aussi", the capital written without its accent as pasted web text
// often has it: the same related-article header as "À lire aussi".
TEST(BoilerplateTest, ReadAlsoHeaderWithoutTheAccent) {
  Document doc = testing::rewrite(story() + "A lire aussi :\n" + kOther + "\n");
  expect_whole_story(doc);
  EXPECT_FALSE(in_body(doc, "A lire aussi"));
  bool related = false;
  for (const Removed& r : doc.removed)
    if (r.text == "A lire aussi :") related = r.reason == "related";
  EXPECT_TRUE(related);
  Document inline_teaser = testing::rewrite(story() + "A voir aussi : la carte des incendies de l’été\n");
  EXPECT_FALSE(in_body(inline_teaser, "la carte des incendies"));
}

// « À lire également : » inside the article is a teaser as « À lire aussi : »
// is (it had been kept as a heading over the next subheading).
TEST(BoilerplateTest, ReadAlsoWithEgalementInsideTheArticle) {
  Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\nÀ lire également : Incendies, dix ans après : les riverains toujours inquiets\n" +
                                  kP3 + "\n" + kP4 + "\n" + kP5 + "\n" + kP6 + "\n");
  expect_whole_story(doc);
  EXPECT_FALSE(in_body(doc, "dix ans après"));
  bool heading = false;
  for (const Section& s : doc.sections) heading = heading || (s.heading && s.heading->find("dix ans") != std::string::npos);
  EXPECT_FALSE(heading);
}

// A caption that ends with its credit in parentheses, or that opens with
// « Photo : » and ends with a credit, is a caption (the first had been kept,
// its credit cut as an unfinished sentence), even with a place in brackets
// before its credit.
TEST(BoilerplateTest, CaptionsEndingWithTheirCredit) {
  for (const std::string caption :
       {"Des pompiers sur les hauteurs de Valence, le 11 août. (Photo : Jean Martin/AFP)",
        "Photo : le préfet de la Drôme à Valence, le 12 août 2025. (Illustration) © Jean Martin/AFP",
        "Photo : des habitants évacués attendent devant la mairie, mardi soir. (Photo Le Quotidien/J. Martin)",
        "Le siège de la préfecture, à Valence (Drôme), en janvier 2026. (Crédit : Marie Dubois / Hans Lucas)",
        "La séance a été suspendue à deux reprises jeudi soir. Photo ER",
        "La station de pompage de Saint-Rémy, en bordure du Doubs. Photo d’archives ER/Paul Girard",
        "(Photo : le maire salue ses partisans devant la mairie de Valence, le 19 avril 2026. Jean Martin/AFP)",
        // (A place in brackets inside the caption, then a credit in capitals.)
        "L’école de Lamastre (Ardèche), fermée depuis la rentrée 2024. JEAN MARTIN / HANS LUCAS"}) {
    Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\n" + caption + "\n" + kP3 + "\n" + kP4 + "\n" + kP5 + "\n" + kP6 + "\n");
    expect_whole_story(doc);
    bool removed = false;
    for (const Removed& r : doc.removed) removed = removed || (r.reason == "boilerplate.caption" && r.text.find(caption.substr(0, 20)) != std::string::npos);
    EXPECT_TRUE(removed) << caption;
  }
}

// Next to a credit line, what the picture is (« Reconstitution du … par
// l’illustrateur … ») is its caption; the same words away from a credit
// are the story's.
TEST(BoilerplateTest, WhatThePictureIsNextToItsCredit) {
  const std::string caption = "Reconstitution du massif par l’illustrateur Marc Dubreuil.";
  Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\n© Muséum de Valence / Reproduction interdite\n" + caption +
                                  "\n" + kP3 + "\n" + kP4 + "\n" + kP5 + "\n" + kP6 + "\n");
  expect_whole_story(doc);
  EXPECT_EQ(reason_of(doc, caption), "boilerplate.caption");
  const std::string sentence =
      "Une vue aérienne publiée par la préfecture montre l’étendue des parcelles déjà brûlées au nord de la ville.";
  Document away = testing::rewrite(kP1 + "\n" + kP2 + "\n" + sentence + "\n" + kP3 + "\n" + kP4 + "\n");
  EXPECT_TRUE(in_body(away, "étendue des parcelles"));
}

// A breadcrumb whose last section opens with a figure is the page's
// navigation; the headline under it, names and a score in it, is the title.
TEST(BoilerplateTest, HeadlineOfNamesUnderABreadcrumbIsTheTitle) {
  const std::string headline = "Top 14 : Toulouse renverse Bordeaux-Bègles au bout du suspense (27-24)";
  Document doc = testing::rewrite("Rugby > Top 14 > 8e journée\n" + headline + "\n" + story());
  EXPECT_EQ(reason_of(doc, "Rugby > Top 14 > 8e journée"), "boilerplate.nav");
  EXPECT_EQ(doc.metadata.original_title.value_or(""), headline);
  expect_whole_story(doc);
}

// A short line a page repeats in its header and its footer, after the
// article's last paragraph, is the site's name, not the headline under it.
TEST(BoilerplateTest, TheSiteNameInTheHeaderAndTheFooterIsNoHeadline) {
  const std::string headline = "Déserts médicaux : le Sénat veut obliger les jeunes médecins à exercer en zone rurale";
  Document doc = testing::rewrite("Le Quotidien des Territoires\n" + headline + "\n" + story() +
                                  "Le Quotidien des Territoires\n");
  EXPECT_EQ(doc.metadata.original_title.value_or(""), headline);
  expect_whole_story(doc);
}

// "Lire aussi" followed by an author or a title: a teaser of another
// article, whatever punctuation follows; a sentence that only starts with the
// words stays.
TEST(BoilerplateTest, ReadAlsoBeforeAnAuthorOrATitle) {
  Document doc = testing::rewrite(story() + "Lire aussi Jeanne Martin, « Le port du Havre en pleine mutation », "
                                  "Le Mensuel, mars 2021.\n" + kOther + "\n");
  expect_whole_story(doc);
  EXPECT_FALSE(in_body(doc, "Le port du Havre"));
  Document kept = testing::rewrite(story() + "Lire aussi attentivement la notice des extincteurs est recommandé par "
                                   "les pompiers, qui rappellent les gestes de base aux propriétaires.\n");
  EXPECT_TRUE(in_body(kept, "notice des extincteurs"));
}

// A "trending" bar over the page: the related header's list stops at the
// article's own headline (over its author and date, then paragraphs), which
// is the title, not the longer line higher up in the menu.
TEST(BoilerplateTest, RelatedListStopsAtTheArticlesHeadline) {
  Document doc = testing::rewrite(
      "Accueil\nPolitique\nÉconomie\nStages de voile en Bretagne : une semaine offerte aux abonnés\nSport\n"
      "En ce moment\nRetraites : le vote du Sénat\nCanicule : les écoles fermées\n"
      "Incendies : la forêt des Landes sous surveillance\nClaire Dubois\n12 juillet 2024 à 07h30\n" +
      story());
  expect_whole_story(doc);
  EXPECT_EQ(doc.metadata.original_title.value_or(""), "Incendies : la forêt des Landes sous surveillance");
  EXPECT_FALSE(in_body(doc, "les écoles fermées"));
}

// A teaser card (headline, date, excerpt) under the related header is not
// the article's headline: its excerpt is followed by the next card, not by a
// paragraph. (The excerpts themselves are not all removed yet in this
// layout; see the session notes.)
TEST(BoilerplateTest, TeaserCardIsNotTheArticlesHeadline) {
  Document doc = testing::rewrite(
      "Accueil\nPolitique\nÉconomie\nSport\nEn ce moment\n"
      "Sécheresse : les agriculteurs inquiets\n3 juillet 2024\n"
      "Les éleveurs du Diois redoutent un été sans pluie et réclament des aides pour le fourrage.\n"
      "Tourisme : la fréquentation en baisse\n4 juillet 2024\n"
      "Les campings de la Drôme enregistrent moins de réservations que l’an dernier à la même époque.\n"
      "Incendies : la forêt des Landes sous surveillance\nClaire Dubois\n12 juillet 2024 à 07h30\n" +
      story());
  expect_whole_story(doc);
  EXPECT_NE(doc.metadata.original_title.value_or(""), "Sécheresse : les agriculteurs inquiets");
  EXPECT_NE(doc.metadata.original_title.value_or(""), "Tourisme : la fréquentation en baisse");
}

// A newsletter's promise without « votre » or « notre », and a photo's
// caption next to its credit; the same kind of sentence away from a credit
// is article text.
TEST(BoilerplateTest, NewsletterPromiseAndACaptionNextToItsCredit) {
  const std::string caption = "Une pharmacienne prépare une dose de vaccin à Toulouse, le 14 novembre 2025.";
  const std::string dated = "Le vote du budget aura lieu à la Maison de la Radio, le 14 novembre 2025.";
  Document doc = testing::rewrite(kP1 + "\n© AFP / Martin Leroux\n" + caption + "\n" + kP2 + "\n" + dated + "\n" +
                                  kP3 + "\nRecevez chaque matin l'essentiel de l'actualité sportive\n");
  EXPECT_EQ(reason_of(doc, "© AFP / Martin Leroux"), "boilerplate.caption");
  EXPECT_EQ(reason_of(doc, caption), "boilerplate.caption");
  EXPECT_EQ(reason_of(doc, "Recevez chaque matin l'essentiel de l'actualité sportive"), "boilerplate.subscribe");
  EXPECT_TRUE(in_body(doc, "Le vote du budget aura lieu"));
  EXPECT_TRUE(in_body(doc, "Les pompiers ont prépositionné"));
}

// A caption says when without the date (« …, mercredi soir. », « …, en mars
// 2024. »): it goes with the credit under it; the same ending far from a
// credit is the article's.
TEST(BoilerplateTest, CaptionWithADayOrAMonthAboveItsCredit) {
  const std::string caption = "Des pompiers luttent contre les flammes près de la zone industrielle, mercredi soir.";
  const std::string month = "Le chantier de la digue au nord du port de plaisance, en mars 2024.";
  const std::string article = "Le maire a réuni une cellule de crise à la mairie, mercredi soir.";
  Document doc = testing::rewrite(kP1 + "\n" + caption + "\n© Nicolas Tucat / AFP\n" + kP2 + "\n" + article + "\n" +
                                  kP3 + "\n" + month + "\nPhoto : Jeanne Roux / Ouest Actu\n" + kP4 + "\n");
  EXPECT_EQ(reason_of(doc, caption), "boilerplate.caption");
  EXPECT_EQ(reason_of(doc, month), "boilerplate.caption");
  EXPECT_EQ(reason_of(doc, article), "kept");
}

// A list of names and their amounts announced by a lead-in (« Orion
// Capital – 12 M€ ») is the article's: neither the list nor the paragraphs
// after it are cut off as the page's footer.
TEST(BoilerplateTest, AnnouncedListOfAmountsKeepsTheTextAfterIt) {
  const std::string lead =
      "La société Dumoulin a bouclé mardi une levée de fonds de 30 millions d’euros auprès de quatre investisseurs, "
      "selon un communiqué.";
  const std::string after =
      "Le directeur financier a précisé que les fonds serviront à recruter une centaine d’ingénieurs d’ici à la fin "
      "de l’année.";
  const std::string last = "Dumoulin, qui emploie 140 personnes, n’a pas souhaité communiquer sa valorisation.";
  Document doc = testing::rewrite(lead + "\n\nLes investisseurs ayant participé à l’opération :\nOrion Capital – 12 M€\n"
                                  "Bpifrance – 10 M€\nAlpes Ventures – 5 M€\nFonds Rhône Innovation – 1,5 Md€\n\n" +
                                  after + "\n\n" + last + "\n");
  for (const std::string& line : {lead, std::string("Les investisseurs ayant participé à l’opération :"),
                                  std::string("Orion Capital – 12 M€"), std::string("Fonds Rhône Innovation – 1,5 Md€"),
                                  after, last})
    EXPECT_EQ(reason_of(doc, line), "kept") << line;
}

// A player's error message, a credit alone in brackets, an English or
// Indonesian teaser label inside the article and a live page's greeting in
// two sentences are no article text.
TEST(BoilerplateTest, PlayerErrorsBracketedCreditsTeaserLabelsAndGreetings) {
  const std::vector<std::string> chrome = {
      "Votre navigateur ne supporte pas la lecture de cette vidéo.", "La vidéo n'a pas pu être chargée.",
      "(Crédit photo : AFP)", "Related: Valdorie : l'armée annonce une contre-offensive dans le Sud",
      "Baca juga: Harga obat naik menjelang akhir tahun",
      "Bonjour à tous et bienvenue dans ce direct consacré à la tempête. Merci de nous suivre, nous vous tiendrons "
      "informés tout au long de la journée.",
      "En continu"};
  std::string text = kP1 + "\n";
  for (const std::string& c : chrome) text += c + "\n" + kP2 + "\n";
  Document doc = testing::rewrite(text + kP3 + "\n");
  for (const std::string& c : chrome) EXPECT_NE(reason_of(doc, c), "kept") << c;
  EXPECT_TRUE(in_body(doc, "Les pompiers ont prépositionné"));
}

// A reader poll goes whole (its question too), and the subheading after it stays.
TEST(BoilerplateTest, AReaderPollGoesWhole) {
  const std::string heading = "Une mobilisation qui s’étend";
  Document doc = testing::rewrite(kP1 + "\n" + kP2 +
                                  "\nVotre avis nous intéresse\nFaut-il fermer les sentiers tout l’été ?\nOui 62 %\n"
                                  "Non 38 %\nVoter\n1 254 votes\n" + heading + "\n" + kP3 + "\n" + kP4 + "\n" + kP5 + "\n");
  for (const char* line : {"Votre avis nous intéresse", "Faut-il fermer les sentiers tout l’été ?", "Oui 62 %", "Voter",
                           "1 254 votes"})
    EXPECT_EQ(reason_of(doc, line), "boilerplate.ui") << line;
  EXPECT_EQ(reason_of(doc, heading), "kept");
  EXPECT_TRUE(in_body(doc, "bombardiers"));
}

}  // namespace
// The lead under the headline stays the article's across the furniture of
// the article's header (byline, date, reading time, listen and share
// buttons, comments, paywall notice: rules with header="true"); a line of
// market figures above the headline is no article text that would hide it.
TEST(BoilerplateTest, LeadAboveTheHeaderFurnitureStaysAndATickerHidesNoHeadline) {
  const std::string title = "Sécheresse : la Drôme ferme ses massifs forestiers jusqu’à dimanche";
  const std::string lead =
      "Le préfet invoque un risque d’incendie très sévère. Randonneurs et cyclistes sont priés de renoncer aux "
      "sentiers du sud du département.";
  Document doc = testing::rewrite(
      "Le Courrier du Sud-Est\n"
      "CAC 40 7 412,35 +0,42 %   SBF 120 5 781,02 +0,37 %   EUR/USD 1,0843 -0,11 %   Brent 82,14 $ +1,02 %\n" +
      title + "\n" + title + "\n" + lead +
      "\nPar Hugo Sarrazin\nPublié le 14 mai 2024 à 7h05\nTemps de lecture : 4 min\nÉcouter cet article\n"
      "Partager sur Facebook Partager sur X\n34 commentaires\nCet article est réservé aux abonnés\n"
      "Déjà abonné ? Se connecter\n" +
      kP1 + "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_TRUE(in_body(doc, "Randonneurs et cyclistes sont priés")) << reason_of(doc, lead);
  ASSERT_TRUE(doc.metadata.original_title.has_value());
  EXPECT_EQ(*doc.metadata.original_title, title);
}

// A video player's lines inside the article (controls, the title over the
// video) cost the article's core little: the paragraphs above it stay.
TEST(BoilerplateTest, VideoPlayerInsideTheArticleKeepsTheParagraphsAboveIt) {
  Document doc = testing::rewrite(
      kP1 + "\nLecture en cours\n00:00 / 02:47\nPlein écran\nActiver le son\n"
      "Vidéo suivante dans 5 secondes\nAnnuler\nLes pompiers face aux flammes près de Dieulefit, en vidéo\n"
      "Des renforts venus de l’Ardèche\n" + kP3 + "\n" + kP2 +
      " La circulation reste autorisée sur les routes départementales, mais le stationnement est interdit en "
      "lisière de forêt.\n");
  EXPECT_TRUE(in_body(doc, "a interdit jeudi l’accès aux massifs forestiers du sud du département, en raison"));
  EXPECT_EQ(reason_of(doc, "Les pompiers face aux flammes près de Dieulefit, en vidéo"), "boilerplate.player");
}

// Buttons and a weather widget between the headline and the first
// paragraph are no headings of the article (they had become its title).
TEST(BoilerplateTest, ReaderActionsAboveTheFirstParagraphAreNoHeadings) {
  Document doc = testing::rewrite(
      "Lille 11°C Averses\nDemain 7°C / 13°C\nVoir les prévisions\n"
      "Incendies : la Drôme ferme ses massifs forestiers jusqu’à dimanche\n"
      "Offrir cet article\nAjouter à la liste de lecture\n" +
      kP1 + "\n" + kP2 + "\n" + kP3 + "\n");
  for (const char* line : {"Lille 11°C Averses", "Demain 7°C / 13°C", "Voir les prévisions", "Offrir cet article",
                           "Ajouter à la liste de lecture"})
    EXPECT_EQ(reason_of(doc, line), "boilerplate.ui") << line;
  EXPECT_EQ(doc.metadata.original_title.value_or(""),
            "Incendies : la Drôme ferme ses massifs forestiers jusqu’à dimanche");
}


// A « Ce qu’il faut retenir » box: once one item is kept as article text,
// the next items of the same list stay with it, however short.
TEST(BoilerplateTest, TheNextItemsOfAKeptListStay) {
  Document doc = testing::rewrite(
      "Incendies : la Drôme ferme ses massifs forestiers jusqu’à dimanche\n"
      "Ce qu’il faut retenir\n"
      "- Le préfet a interdit jeudi l’accès aux massifs forestiers, en raison d’un risque d’incendie jugé très "
      "sévère\n"
      "- Les randonneurs et les cyclistes sont priés de renoncer aux sentiers\n"
      "- Les contrevenants risquent une amende de 135 euros\n"
      "Partager\n" +
      kP1 + "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_TRUE(in_body(doc, "Les randonneurs et les cyclistes sont priés de renoncer aux sentiers"))
      << reason_of(doc, "- Les randonneurs et les cyclistes sont priés de renoncer aux sentiers");
  EXPECT_TRUE(in_body(doc, "Les contrevenants risquent une amende de 135\u00A0euros"));
  // Items, not headings given a full stop.
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs)
      if (p.text.find("Les contrevenants") != std::string::npos || p.text.find("Les randonneurs et") != std::string::npos) {
        EXPECT_FALSE(p.from_heading) << p.text; }
  EXPECT_EQ(reason_of(doc, "Partager"), "boilerplate.share");
}


// A price per month inside an article's sentence is no paywall offer.
TEST(BoilerplateTest, APricePerMonthInASentenceStays) {
  const std::string line =
      "La direction de la propreté a proposé lundi une hausse de 60 euros par mois, jugée insuffisante par le "
      "syndicat majoritaire, qui appelle à poursuivre la grève.";
  Document doc = testing::rewrite(kP1 + "\n" + line + "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_TRUE(in_body(doc, "jugée insuffisante par le syndicat majoritaire")) << reason_of(doc, line);
}

// A headline in capitals right over a shorter line (its subtitle, or the
// first subheading) stays the headline.
TEST(BoilerplateTest, AShorterLineUnderTheHeadlineDoesNotReplaceIt) {
  const std::string headline = "INCENDIES : LA DRÔME FERME SES MASSIFS FORESTIERS JUSQU’À DIMANCHE";
  Document doc = testing::rewrite(headline + "\nUn risque jugé très sévère\n" + kP1 + "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_EQ(doc.metadata.original_title.value_or(""), headline);
}

// A chronology that ends the article keeps its last, shortest item.
TEST(BoilerplateTest, TheLastItemOfAChronologyStays) {
  Document doc = testing::rewrite(
      kP1 + "\n" + kP2 + "\n" + kP3 + "\nChronologie\n"
      "1er octobre 2025 : présentation du projet de loi de finances en Conseil des ministres.\n"
      "13 octobre : début de l’examen en commission des finances.\n"
      "4 novembre : vote solennel sur l’ensemble du texte en première lecture.\n"
      "Mi-novembre : examen au Sénat.\n"
      "Antoine Lefranc et Sophie Delorme\nLes plus lus\n");
  EXPECT_TRUE(in_body(doc, "Mi-novembre\u00A0: examen au Sénat.")) << reason_of(doc, "Mi-novembre : examen au Sénat.");
}

// A sentence that ends with an emoji after its full stop or exclamation mark
// is a whole sentence, not one cut off by the page.
TEST(BoilerplateTest, ASentenceEndingWithAnEmojiIsWhole) {
  Document doc = testing::rewrite(kP1 + "\n" + kP2 + " C’est historique ! 🎉\n" + kP3 + "\n");
  EXPECT_TRUE(in_body(doc, "C’est historique\u202F! 🎉"));
}


// A newsletter block inside the article: its name (quoted by the consent
// line), its promise; a poll's answers; the text of an embedded post.
TEST(BoilerplateTest, NewsletterNamePollAnswersAndEmbeddedPostText) {
  const std::string name = "L’essentiel du jour : notre sélection exclusive";
  const std::string promise =
      "Chaque jour, notre rédaction vous réserve le meilleur de l’info régionale. Une sélection rien que pour vous, "
      "pour rester en lien avec vos régions.";
  const std::string post = "Merci pour tout. Tu resteras dans nos cœurs. 🖤 #Dieulefit";
  const std::string long_p = kP1 + " " + kP2 + " " + kP3;  // (widgets cost the core more than a short paragraph)
  Document doc = testing::rewrite(
      long_p + "\n" + name + "\n" + promise +
      "\nFrance Télévisions utilise votre adresse e-mail afin de vous envoyer la newsletter « " + name +
      " ». Vous pouvez vous désinscrire à tout moment.\n" + long_p +
      "\nLe sondage\nSelon vous, faut-il fermer les massifs tout l’été ?\nOui, absolument\n"
      "Non, c’est trop contraignant\nVoter\nVoir les résultats\n" + long_p +
      "\nVoir cette publication sur Instagram\nUne publication partagée par Mairie de Dieulefit (@dieulefit)\n" + post +
      "\nLes pompiers restent mobilisés tout le week-end, avec des renforts venus de l’Ardèche et de l’Isère, a "
      "indiqué la préfecture.\n");
  EXPECT_EQ(reason_of(doc, name), "boilerplate.subscribe");
  EXPECT_EQ(reason_of(doc, promise), "boilerplate.subscribe");
  for (const char* line : {"Oui, absolument", "Non, c’est trop contraignant", "Voir les résultats"})
    EXPECT_EQ(reason_of(doc, line), "boilerplate.ui") << line;
  EXPECT_EQ(reason_of(doc, post), "boilerplate.share");
  EXPECT_TRUE(in_body(doc, "avec des renforts venus de l’Ardèche"));
}

}  // namespace titraille

namespace titraille {
namespace {

// A betting advert with the warning the law makes it print, its button, a
// player that may not show its video, the consent line of a sign-up form
// and a live page's refresh button: none is article text, and the article
// goes on after them. The same words in a sentence of the story stay.
TEST(BoilerplateTest, AdvertsButtonsAndPlayerMessagesInsideTheArticle) {
  const std::vector<std::pair<std::string, std::string>> noise = {
      {"Paris sportifs : jusqu’à 100 € offerts sur votre premier pari ! Jouer comporte des risques : endettement, "
       "isolement, dépendance. Appelez le 09 74 75 13 13.",
       "boilerplate.ad"},
      {"J'en profite", "boilerplate.ui"},
      {"Cette vidéo n'est pas disponible dans votre pays.", "boilerplate.player"},
      {"En vous inscrivant, vous acceptez notre politique de confidentialité.", "boilerplate.subscribe"},
      {"Actualiser", "boilerplate.ui"},
      {"Afficher les 3 nouveaux posts", "boilerplate.ui"},
      {"Bonjour à toutes et à tous, bienvenue dans ce direct consacré à la fermeture des massifs.", "boilerplate.ui"},
      {"Ce direct est désormais terminé. Merci de l’avoir suivi avec nous.", "boilerplate.ui"},
      {"Offre réservée aux nouveaux clients majeurs. Voir conditions sur le site.", "boilerplate.ad"},
      {"Écoutez notre podcast « Plan large » : chaque semaine, les coulisses du cinéma français. Disponible sur "
       "toutes les plateformes.",
       "boilerplate.ad"},
      {"Carte interactive : suivez en direct la progression de l'incendie", "boilerplate.share"},
      {"Afficher la carte", "boilerplate.share"},
  };
  expect_each_removed(noise, kP1 + "\n" + kP2, kP3, "bombardiers");
  const std::string sentence =
      "La vidéo est indisponible depuis mardi sur les plateformes, a indiqué la préfecture, qui a porté plainte "
      "contre X pour diffusion d’images d’une enquête en cours.";
  Document doc = testing::rewrite(kP1 + "\n" + kP2 + "\n" + sentence + "\n" + kP3 + "\n");
  EXPECT_EQ(reason_of(doc, sentence), "kept");
}

}  // namespace
}  // namespace titraille

namespace titraille {
namespace {

// A section's name above the headline, in French with its sub-section or in
// an aggregator's language, is not the outlet's name.
TEST(BoilerplateTest, SectionNamesAreNoOutlet) {
  for (const std::string section : {"Sains", "Rugby - Tournoi des Six Nations", "Espace", "World", "Terminé", "Compos"}) {
    Document doc = testing::rewrite(section + "\nLa Drôme ferme ses massifs forestiers jusqu’à dimanche\n" + kP1 +
                                    "\n" + kP2 + "\n" + kP3 + "\n");
    EXPECT_NE(doc.metadata.source.value_or(""), section);
    EXPECT_TRUE(in_body(doc, "bombardiers")) << section;
  }
  Document outlet = testing::rewrite("Le Courrier du Sud-Est\nLa Drôme ferme ses massifs forestiers jusqu’à dimanche\n" +
                                     kP1 + "\n" + kP2 + "\n" + kP3 + "\n");
  EXPECT_EQ(outlet.metadata.source.value_or(""), "Le Courrier du Sud-Est");
}

}  // namespace
}  // namespace titraille

namespace titraille {
namespace {

// Two paragraphs, a box of key figures and the paragraphs after it; the box's
// heading and lines in `box`.
Document boxed(const std::string& box) {
  return testing::rewrite(
      "Crue de l’Aa : les sinistrés de Saint-Omer attendent toujours leurs indemnités\n"
      "Trois semaines après la crue de l’Aa, des centaines de familles de Saint-Omer et des communes voisines vivent "
      "toujours dans des logements insalubres. Les assureurs promettent d’accélérer les versements.\n"
      "« On nous demande des photos, des factures, des devis, alors que tout est parti avec l’eau », raconte une "
      "retraitée, dont la maison a été envahie par plus d’un mètre d’eau.\n" +
      box +
      "Le préfet a annoncé jeudi la création d’un guichet unique pour aider les sinistrés à constituer leurs "
      "dossiers. Il ouvrira lundi à la mairie de Saint-Omer.\n"
      "Les associations, elles, réclament un fonds d’urgence. « Les familles ne peuvent pas attendre six mois », "
      "insiste le président du Secours populaire local.\n");
}

// A box between two paragraphs whose every line says what its figure counts
// is the article's under any short heading, a list mark before its lines or
// an ad's label above it; so is a « Fiche technique » of « Label : valeur »
// lines. The paragraphs after the box stay.
TEST(BoilerplateTest, ABoxOfDescribedFiguresBetweenParagraphsStays) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"Le bilan de la crue\n1 240 habitations touchées dans l’arrondissement\n87 entreprises sinistrées\n"
       "312 personnes relogées en urgence, dont 40 enfants\n",
       {"Le bilan de la crue", "87 entreprises sinistrées", "dont 40 enfants"}},
      {"PUBLICITÉ\nLes chiffres clés du dossier\n- 1 240 habitations touchées entre Saint-Omer et Arques en trois jours\n"
       "- Près de 87 entreprises sinistrées\n",
       {"habitations touchées entre Saint-Omer", "87 entreprises"}},
      {"Fiche technique\nDébit de pointe : 112 m³ par seconde\nHauteur d’eau : 1,20 mètre\n",
       {"Fiche technique", "Hauteur d’eau", "Débit de pointe"}},
      // The figure first, then what it is, after a colon.
      {"Chiffres clés\n1 240 km : la longueur des digues à contrôler\n87 m : la hauteur du barrage de l’Aa\n"
       "312 : le nombre de familles relogées\n",
       {"Chiffres clés", "la longueur des digues", "la hauteur du barrage", "le nombre de familles"}},
      // A unit with an exponent (« m³ »).
      {"Les chiffres clés\n40 000 m³ de boue évacués des rues\n87 familles relogées\n34 maisons en zone rouge\n",
       {"de boue évacués", "87 familles", "34 maisons"}},
      // A list under a short heading, between paragraphs, is a box the
      // article announces (the text after it had been lost with it).
      {"Ce qu’il faut retenir\n• Des indemnités versées en six mois en moyenne\n• Un fonds régional de 2 millions "
       "d’euros\n• Une cellule d’écoute pour les familles\n",
       {"Ce qu’il faut retenir", "versées en six mois", "Une cellule d’écoute"}},
      // A table of results under « Les principaux résultats de… ».
      {"Les principaux résultats du vote\n1. Liste d’union (Marie Dupont), 4 812 voix\n"
       "2. Liste citoyenne (Paul Roux), 3 906 voix\n3. Liste divers droite (Jean Petit), 1 214 voix\n",
       {"Les principaux résultats du vote", "Marie Dupont", "Jean Petit"}},
  };
  for (const auto& [box, kept] : cases) {
    Document doc = boxed(box);
    for (const std::string& k : kept) EXPECT_TRUE(in_body(doc, k)) << k << "\n" << box;
    EXPECT_TRUE(in_body(doc, "guichet unique")) << box;
    EXPECT_TRUE(in_body(doc, "Secours populaire")) << box;
  }
  // Bare figures under their labels are still a sidebar repeating the text.
  Document doc = boxed("Le bilan de la crue\n1 240\nHabitations touchées\n87\nEntreprises sinistrées\n");
  EXPECT_FALSE(in_body(doc, "Habitations touchées"));
  EXPECT_TRUE(in_body(doc, "guichet unique"));
}

}  // namespace
}  // namespace titraille

namespace titraille {
namespace {

// A site's copyright line is the footer, not a photo's credit; a photo's
// credit still is one.
TEST(BoilerplateTest, CopyrightLineIsTheFooter) {
  Document doc = testing::rewrite(story() + "© Ouest Actu 2024 - Tous droits réservés\n© Le Journal du Midi 2026\n"
                                            "© AFP / Martin Leroux\n");
  expect_whole_story(doc);
  EXPECT_EQ(reason_of(doc, "© Ouest Actu 2024 - Tous droits réservés"), "boilerplate.footer");
  EXPECT_EQ(reason_of(doc, "© Le Journal du Midi 2026"), "boilerplate.footer");
  EXPECT_EQ(reason_of(doc, "© AFP / Martin Leroux"), "boilerplate.caption");
}

// A paragraph of sentences after the teasers of a « À lire aussi » list is
// no teaser's excerpt when it shares no word with the headline above it:
// the article goes on (it had been removed, and the paragraph above the list
// with it).
TEST(BoilerplateTest, RelatedListStopsAtAParagraphOfAnotherSubject) {
  Document doc = testing::rewrite(
      "Lyon : la piscine du Rhône fermée pendant deux ans\n"
      "La mairie de Lyon a annoncé lundi la fermeture de la piscine du Rhône pour travaux pendant deux ans. Le "
      "chantier doit coûter 12 millions d'euros, selon l'adjoint aux sports.\n"
      "À lire aussi\n"
      "Lyon : le cinéma Comoedia fête ses 110 ans\n"
      "Presqu'île : les commerces indépendants face à la flambée des loyers\n"
      "Les vingt salariés de la piscine seront reclassés dans d'autres équipements municipaux, a précisé la mairie, "
      "qui dit avoir « tout fait pour que personne ne reste sur le carreau ».\n"
      "Les nageurs du club local devront s'entraîner à Villeurbanne en attendant la fin des travaux, ce qui inquiète "
      "déjà les parents.\n");
  EXPECT_TRUE(in_body(doc, "Les vingt salariés de la piscine"));
  EXPECT_TRUE(in_body(doc, "La mairie de Lyon a annoncé lundi"));
  EXPECT_EQ(reason_of(doc, "Presqu'île : les commerces indépendants face à la flambée des loyers"), "related");
}

// A post copied from the network's page: its header (name and handle, or
// handle and date), its time and its counters cost the core little, so the
// paragraph after the post is kept even when the post is in English; the
// header is kept above a French post's text.
TEST(BoilerplateTest, ACopiedPostDoesNotEndTheArticle) {
  const std::string lead =
      "Le cycliste breton Yann Le Dantec a remporté dimanche le Tour de Bretagne, au terme d'une dernière étape "
      "de 184 kilomètres disputée sous la pluie entre Lorient et Quimper.";
  const std::string after =
      "Le coureur de 24 ans disputera en juin le championnat de France, où il espère décrocher une sélection pour "
      "le Tour de l'Avenir.";
  Document en = testing::rewrite(lead + "\nTeam Armor Cycling @ArmorCycling\n"
                                 "What a win for @yledantec in the rain! Champion of Brittany! #TDB2026\n"
                                 "6:12 PM · May 3, 2026\n" + after + "\n");
  EXPECT_EQ(reason_of(en, "Team Armor Cycling @ArmorCycling"), "boilerplate.share");
  EXPECT_EQ(reason_of(en, "6:12 PM · May 3, 2026"), "boilerplate.share");
  EXPECT_TRUE(in_body(en, "Le coureur de"));
  const std::string post = "Quelle victoire de notre capitaine sous le déluge ! Merci à tous les supporters présents "
                           "sur le bord des routes.";
  Document fr = testing::rewrite(lead + "\n@ArmorCycling · 3 mai\n" + post + "\n1 204 Retweets 5,6 k J'aime\n" +
                                 after + "\n");
  EXPECT_EQ(reason_of(fr, "1 204 Retweets 5,6 k J'aime"), "boilerplate.share");
  EXPECT_EQ(reason_of(fr, "@ArmorCycling · 3 mai"), "kept");
  EXPECT_TRUE(in_body(fr, "Quelle victoire de notre capitaine"));
  EXPECT_TRUE(in_body(fr, "Le coureur de"));
  // The header is a line of its own: not cut as an unfinished sentence.
  EXPECT_FALSE(in_body(fr, "3 mai…"));
  // A handle alone may be a sidebar's: no post header.
  EXPECT_NE(reason_of(testing::rewrite(lead + "\n@ArmorCycling\n" + after + "\n"), "@ArmorCycling"),
            "boilerplate.share");
}

// A sentence announcing an enumeration under a subheading of the article
// is article text, not a second heading.
TEST(BoilerplateTest, LeadInUnderASubheadingIsArticleText) {
  Document doc = testing::rewrite(
      "Nantes : le conseil métropolitain vote la ligne 6 du tramway\n"
      "Les élus de Nantes Métropole ont adopté vendredi le projet de ligne 6 du tramway, pour un coût de 412 millions "
      "d'euros.\n"
      "Un financement encore incomplet\n"
      "Le plan de financement présenté vendredi repose sur trois piliers :\n"
      "Nantes Métropole apportera 248 millions d'euros, grâce au versement mobilité payé par les entreprises et à un "
      "emprunt ;\n"
      "l'État est sollicité à hauteur de 104 millions d'euros dans le cadre de l'appel à projets sur les transports "
      "collectifs ;\n"
      "la Région Pays de la Loire et l'Union européenne sont attendues pour les 60 millions restants.\n");
  bool lead_in = false;
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs)
      lead_in = lead_in || (p.text.find("repose sur trois piliers") != std::string::npos && !p.from_heading);
  EXPECT_TRUE(lead_in);
}

// The items of an enumeration whose labels hold a bracket (« Jordan Veretout
// (Aston Villa, 2015) : 10 M€ ») are kept with the first.
TEST(BoilerplateTest, EnumerationItemsWithABracketInTheirLabel) {
  Document doc = testing::rewrite(
      "Le milieu de terrain Moussa Diabaté quitte le FC Nantes pour Brighton contre 38 millions d'euros, un record "
      "pour le club.\n"
      "Pour d'autres supporters, le départ est logique. « À 38 millions, tu ne peux pas dire non », tempère Claire, "
      "croisée devant la boutique du club.\n"
      "Les plus gros transferts de l'histoire du FC Nantes :\n"
      "Moussa Diabaté (Brighton, 2024) : 38 M€\n"
      "Randal Kolo Muani (Francfort, 2022) : 0 M€ (fin de contrat)\n"
      "Emiliano Sala (Cardiff, 2019) : 17 M€\n"
      "Jordan Veretout (Aston Villa, 2015) : 10 M€\n"
      "Sur le plan sportif, les Canaris devront trouver rapidement un remplaçant, selon l'entraîneur du club.\n");
  for (const char* item : {"Randal Kolo Muani", "Emiliano Sala", "Jordan Veretout"})
    EXPECT_TRUE(in_body(doc, item)) << item << " " << reason_of(doc, "Jordan Veretout (Aston Villa, 2015) : 10 M€");
}

// Under a subheading of the article (« Les réactions »), a post's header
// is kept too: without it, the post's words read as the journalist's.
TEST(BoilerplateTest, APostsHeaderUnderASubheadingIsKept) {
  Document doc = testing::rewrite(
      "Théo Marchadier a remporté jeudi la 5e étape de Paris-Nice devant le Danois Mads Kjeldsen. Le Clermontois "
      "signe sa première victoire chez les professionnels.\n"
      "Les réactions\n"
      "Thibaut Pinot 🇫🇷 @ThibautPinot\n"
      "Quel panache ce petit Marchadier. Le cyclisme français a de l'avenir. #ParisNice\n"
      "5:31 PM · 13 mars 2025\n"
      "Dans le bus de son équipe, le vainqueur a découvert le message avec un large sourire.\n");
  EXPECT_TRUE(in_body(doc, "Thibaut Pinot")) << reason_of(doc, "Thibaut Pinot 🇫🇷 @ThibautPinot");
  EXPECT_TRUE(in_body(doc, "Quel panache"));
}

// A sign-up form between two paragraphs is one widget: its lines do not end
// the article before a short last paragraph, and a short line between two of
// its lines is its promise.
TEST(BoilerplateTest, ASignUpFormBetweenParagraphsIsOneWidget) {
  const std::string last = "Selon la mairie, une quarantaine de candidats se sont déjà présentés pour les postes "
                           "de saisonniers de la piscine.";
  Document doc = testing::rewrite(
      "Vannes : la piscine de Kercado rouvrira en juillet\n"
      "La piscine de Kercado, fermée depuis deux ans pour travaux, rouvrira le 1er juillet, a annoncé jeudi la "
      "mairie de Vannes.\n"
      "Inscrivez-vous à la newsletter Vannes et sa région\n"
      "Chaque matin, l'actualité de votre quartier.\n"
      "Votre adresse e-mail\n"
      "Je m'inscris\n" + last + "\n");
  EXPECT_EQ(reason_of(doc, "Chaque matin, l'actualité de votre quartier."), "boilerplate.subscribe");
  EXPECT_TRUE(in_body(doc, "une quarantaine de candidats"));
}

// A results table's heading after a lead-in ending « : » (whose post was
// removed) heads the table: the ranking is the article's.
TEST(BoilerplateTest, AResultsTableAfterALeadInIsKept) {
  Document doc = testing::rewrite(
      "La Bretonne Léa Morvan a remporté samedi le marathon de Vannes en 2 h 31 min, devant plus de 4 000 coureurs "
      "venus de toute la région, un record de participation pour l'épreuve.\n"
      "Sur les réseaux sociaux, son club n'a pas tardé à la féliciter :\n"
      "Vannes Athlé @VannesAthle\n"
      "What a race! Congrats Léa! #MarathonVannes\n"
      "11:05 AM · Oct 4, 2026\n"
      "Le classement du marathon de Vannes 2026\n"
      "1. Léa Morvan (Vannes Athlé) en 2 h 31 min 12 s\n"
      "2. Claire Jaouen (Lorient AC) à 1 min 40 s\n"
      "3. Anne Le Roux (Stade brestois) à 3 min 02 s\n"
      "La gagnante, qui courait sa deuxième course sur la distance, vise désormais les championnats de France en "
      "avril à Rennes.\n");
  EXPECT_EQ(reason_of(doc, "Le classement du marathon de Vannes 2026"), "kept");
  EXPECT_TRUE(in_body(doc, "Claire Jaouen (Lorient AC)"));
  EXPECT_TRUE(in_body(doc, "vise désormais les championnats"));
}

// A subheading whose words the French lists lack but whose participle ends
// as only French words do (« réglementée ») is French: it is kept.
TEST(BoilerplateTest, ASubheadingWithAFrenchParticipleIsKept) {
  Document doc = testing::rewrite(
      "Sept foyers de fièvre catarrhale ont été confirmés depuis lundi dans le nord de la Vendée, a indiqué la "
      "préfecture, qui a ordonné la vaccination des troupeaux voisins.\n"
      "Une zone réglementée élargie\n"
      "Le préfet a signé mardi un arrêté qui étend la zone à 41 communes. Les foires aux bestiaux de Challans et de "
      "Montaigu sont suspendues jusqu'à nouvel ordre.\n");
  EXPECT_EQ(reason_of(doc, "Une zone réglementée élargie"), "kept");
}


// A match sheet's line (scorers with their minutes) under the heading of a
// box of key figures is an item of that box: the box and the paragraph after
// it are the article's.
TEST(BoilerplateTest, AMatchSheetLineInABoxOfKeyFigures) {
  Document doc = testing::rewrite(
      "L’AS Nancy bat le FC Rouen\n"
      "L’AS Nancy s’est imposée 3-1 face au FC Rouen vendredi soir, lors de la 20e journée de National, grâce à un "
      "doublé de son attaquant Yanis Perrin.\n"
      "Les chiffres clés du match\n"
      "Score final : Nancy 3-1 Rouen\n"
      "Buteurs : Leroy (8e) ; Perrin (49e, 77e), Dumas (85e)\n"
      "Affluence : 11 204 spectateurs\n"
      "Côté rouennais, l’entraîneur a regretté une entame de seconde période bien trop passive de ses joueurs.\n");
  EXPECT_EQ(reason_of(doc, "Buteurs : Leroy (8e) ; Perrin (49e, 77e), Dumas (85e)"), "kept");
  EXPECT_TRUE(in_body(doc, "Affluence"));
  EXPECT_TRUE(in_body(doc, "entame de seconde période"));
}

}  // namespace
}  // namespace titraille

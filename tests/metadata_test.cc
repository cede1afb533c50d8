#include "metadata.h"
#include "titraille/render.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace titraille {
namespace {

const char* kBody =
    "Le conseil municipal a voté lundi soir la gratuité des transports en commun pour les moins de vingt-cinq "
    "ans, une mesure qui entrera en vigueur au premier janvier.\n"
    "La mesure coûtera près de quatre millions d’euros par an à la collectivité, selon les chiffres présentés "
    "par l’adjoint aux finances lors de la séance.\n";

TEST(MetadataTest, IsoDates) {
  const WordList& months = testing::resources().lexicon.list("fr/months");
  EXPECT_EQ(iso_date("22", "Septembre", "2023", "18", "58", "+01:00", months), "2023-09-22T18:58:00+01:00");
  EXPECT_EQ(iso_date("3", "mars", "2024", "10", "12", "", months), "2024-03-03T10:12:00");
  EXPECT_EQ(iso_date("1", "janv.", "2025", "", "", "", months), "2025-01-01");
  EXPECT_EQ(iso_date("05", "12", "2024", "18", "47", "", months), "2024-12-05T18:47:00");
  EXPECT_EQ(iso_date("9", "sept.", "2024", "7", "", "+2", months), "2024-09-09T07:00:00+02:00");
  EXPECT_FALSE(iso_date("32", "mars", "2024", "", "", "", months));
  EXPECT_FALSE(iso_date("3", "brumaire", "2024", "", "", "", months));
}

// An aggregator's post line: its poster (a site account names no author),
// its date in English or Indonesian, a comment count.
TEST(MetadataTest, AggregatorPostLines) {
  struct Case {
    const char* line;
    const char* date;
  } cases[] = {
      {"Posted by admin on 12 décembre 2024", "2024-12-12"},
      {"Diposting oleh admin | 14 Oktober 2025", "2025-10-14"},
      {"oleh Redaksi | 13 September 2024 | 0 Komentar", "2024-09-13"},
      {"Selasa, 23 Juli 2024 | 19:05 WIB", "2024-07-23T19:05:00"},
      {"Diposting oleh admin | 18 Februari 2025 | 12 Komentar", "2025-02-18"},
  };
  for (const Case& c : cases) {
    Document doc = testing::rewrite(std::string(c.line) + "\n" + kBody);
    EXPECT_EQ(doc.metadata.date.value_or(""), c.date) << c.line;
    EXPECT_FALSE(doc.metadata.author) << c.line;
    bool removed = false;
    for (const Removed& r : doc.removed) removed = removed || (r.text == c.line && r.reason == "metadata.date");
    EXPECT_TRUE(removed) << c.line;
  }
  // The aggregator's date of its copy yields to the article's own, below it.
  Document copied = testing::rewrite(std::string("Diposting oleh admin | 15 Maret 2025 | 0 Komentar\n") +
                                     "Par Nolwenn Guillou\nPublié le 14/03/2025 à 21h10\n" + kBody);
  EXPECT_EQ(copied.metadata.date.value_or(""), "2025-03-14T21:10:00");
  Document named = testing::rewrite(std::string("Posted by Jeanne Martin on 3 mars 2025\n") + kBody);
  EXPECT_EQ(named.metadata.author.value_or(""), "Jeanne Martin");
  EXPECT_EQ(named.metadata.date.value_or(""), "2025-03-03");
}

// The outlet after a byline's names is the source, not a co-author; a
// place there is neither.
TEST(MetadataTest, OutletAfterTheBylinesNames) {
  Document doc = testing::rewrite(std::string("Par Yann Le Floch, Ouest-France\n") + kBody);
  EXPECT_EQ(doc.metadata.author.value_or(""), "Yann Le Floch");
  EXPECT_EQ(doc.metadata.source.value_or(""), "Ouest-France");
  Document two = testing::rewrite(std::string("Par Yann Le Floch et Anne Morel, Ouest-France\n") + kBody);
  EXPECT_EQ(two.metadata.author.value_or(""), "Yann Le Floch et Anne Morel");
  Document place = testing::rewrite(std::string("Par Marie Dupont, Rennes\n") + kBody);
  EXPECT_EQ(place.metadata.author.value_or(""), "Marie Dupont");
  EXPECT_FALSE(place.metadata.source);
}

// The date of a byline, then its update after a bar.
TEST(MetadataTest, BylineDateThenUpdateAfterABar) {
  Document doc = testing::rewrite(
      std::string("Par Claire Weber - 14 oct. 2025 à 18:32 | mis à jour le 15 oct. 2025 à 07:10\n") + kBody);
  EXPECT_EQ(doc.metadata.author.value_or(""), "Claire Weber");
  EXPECT_EQ(doc.metadata.date.value_or(""), "2025-10-14T18:32:00");
  EXPECT_EQ(doc.metadata.date_modified.value_or(""), "2025-10-15T07:10:00");
}

// No outlet from a share button (« Pin ») nor from a reader's account in a
// comment's header (« Pédaleur63 · il y a 2 heures »), no dateline from a
// photographer's credit.
TEST(MetadataTest, NoSourceFromButtonsCommentsOrCredits) {
  Document pin = testing::rewrite(std::string("Pin\n") + kBody);
  EXPECT_FALSE(pin.metadata.source);
  Document comment = testing::rewrite(std::string(kBody) + "Commentaires (12)\nPédaleur63 · il y a 2 heures\n" +
                                      "Enfin une bonne nouvelle pour les étudiants !\n");
  EXPECT_FALSE(comment.metadata.source);
  EXPECT_FALSE(comment.metadata.date_text);
  Document credit = testing::rewrite(std::string("Photo Jean-Luc Bernier / Le Courrier des Pertuis\n") + kBody);
  EXPECT_FALSE(credit.metadata.dateline);
}

TEST(MetadataTest, DateBylineCreditAndSourceLinesLeaveTheBody) {
  Document doc = testing::rewrite(std::string("Rennes / L’Ouest Matin\nPar Camille Le Goff\n"
                                              "Publié le 14 mars 2024 à 08h15\nMis à jour le 14/03/2024 à 19:02\n"
                                              "Avec AFP\n") +
                                  kBody);
  const Metadata& m = doc.metadata;
  EXPECT_EQ(m.dateline.value_or(""), "Rennes");
  EXPECT_EQ(m.source.value_or(""), "L’Ouest Matin");
  EXPECT_EQ(m.author.value_or(""), "Camille Le Goff");
  EXPECT_EQ(m.date.value_or(""), "2024-03-14T08:15:00");
  EXPECT_EQ(m.date_modified.value_or(""), "2024-03-14T19:02:00");
  EXPECT_EQ(m.agency.value_or(""), "AFP");
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs) EXPECT_EQ(p.text.find("Camille"), std::string::npos);
  // A picture's credit is no place and outlet.
  for (const char* credit : {"Pixabay / Illustration", "Unsplash / Jean Morel", "Maxppp / Archives"}) {
    Document pic = testing::rewrite(std::string(credit) + "\n" + kBody);
    EXPECT_FALSE(pic.metadata.dateline) << credit;
    EXPECT_FALSE(pic.metadata.source) << credit;
  }
}

// A byline may carry the article's date, and a name an initial.
TEST(MetadataTest, BylineWithAnInitialAndTheDate) {
  Document doc = testing::rewrite(std::string("Par Jeanne Martin C. le 14.09.2020 à 11h46\n") + kBody);
  EXPECT_EQ(doc.metadata.author.value_or(""), "Jeanne Martin C.");
  EXPECT_EQ(doc.metadata.date.value_or(""), "2020-09-14T11:46:00");
  Document later = testing::rewrite(std::string("Par J.-P. Morel, publié le 3 février 2025\n") + kBody);
  EXPECT_EQ(later.metadata.author.value_or(""), "J.-P. Morel");
  EXPECT_EQ(later.metadata.date.value_or(""), "2025-02-03");
  // A dash between the name and the date; a reader's comment dated later,
  // after the article, does not date it.
  Document dashed = testing::rewrite(std::string("Par Claire Moreau - Le 12 décembre 2025 à 06h00\n") + kBody +
                                     "Réagir à cet article\nJeanmi58\n12/12/2025 à 08h14\nBien dit !\n");
  EXPECT_EQ(dashed.metadata.author.value_or(""), "Claire Moreau");
  EXPECT_EQ(dashed.metadata.date.value_or(""), "2025-12-12T06:00:00");
  Document agency = testing::rewrite(std::string("Par Julien Marchetti, avec AFP - 22 octobre 2024 à 18:35\n") + kBody);
  EXPECT_EQ(agency.metadata.author.value_or(""), "Julien Marchetti");
  EXPECT_EQ(agency.metadata.agency.value_or(""), "AFP");
  EXPECT_EQ(agency.metadata.date.value_or(""), "2024-10-22T18:35:00");
  // Two authors joined by « avec »; « avec » before an agency still names the agency.
  Document pair = testing::rewrite(std::string("Écrit par Sophie Lambert avec Karim Haddad\n") + kBody);
  EXPECT_EQ(pair.metadata.author.value_or(""), "Sophie Lambert avec Karim Haddad");
  Document with_agency = testing::rewrite(std::string("Par Sophie Lambert avec AFP\n") + kBody);
  EXPECT_EQ(with_agency.metadata.author.value_or(""), "Sophie Lambert");
  EXPECT_EQ(with_agency.metadata.agency.value_or(""), "AFP");
  for (const Document* d : {&doc, &later, &dashed, &agency, &pair})
    for (const Section& s : d->sections)
      for (const Paragraph& p : s.paragraphs) {
        EXPECT_EQ(p.text.find("Par "), std::string::npos) << p.text;
        EXPECT_EQ(p.text.find("crit par"), std::string::npos) << p.text;
      }
}

// « Le » with a capital before the day opens the date, not the name; a
// name's own « Le » stays.
TEST(MetadataTest, ACapitalLeBeforeTheDayIsNoPartOfTheName) {
  Document doc = testing::rewrite(std::string("Par Antoine Mercier Le 20 février 2025 à 19h02\n") + kBody);
  EXPECT_EQ(doc.metadata.author.value_or(""), "Antoine Mercier");
  EXPECT_EQ(doc.metadata.date.value_or(""), "2025-02-20T19:02:00");
  Document name = testing::rewrite(std::string("Par Camille Le Goff\n") + kBody);
  EXPECT_EQ(name.metadata.author.value_or(""), "Camille Le Goff");
}

// « Par AFP » credits the agency; a dateline in capitals that is no known
// place keeps its small words in lower case.
TEST(MetadataTest, ByTheAgencyAndAPlaceInCapitals) {
  Document doc = testing::rewrite(std::string("Par AFP\n") + kBody);
  EXPECT_EQ(doc.metadata.agency.value_or(""), "AFP");
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs) EXPECT_EQ(p.text.find("Par AFP"), std::string::npos) << p.text;
  Document dated = testing::rewrite(
      "SAN JOSÉ DE LAS LAJAS (AFP) - Le gouvernement a annoncé jeudi un plan de reconstruction des routes de la "
      "province après les inondations de la semaine dernière.\n"
      "Les travaux doivent commencer le mois prochain et durer deux ans, selon le ministère des Transports.\n"
      "Plus de 3 000 familles ont été relogées depuis le début de la crise, selon les autorités locales.\n");
  EXPECT_EQ(dated.metadata.dateline.value_or(""), "San José de Las Lajas");
}

TEST(MetadataTest, DateAfterALabelAndAColon) {
  Document doc = testing::rewrite(std::string("Créé : 04.03.2024, 07h36\nMis à jour : 05/03/2024 à 10:12\n") + kBody);
  EXPECT_EQ(doc.metadata.date.value_or(""), "2024-03-04T07:36:00");
  EXPECT_EQ(doc.metadata.date_modified.value_or(""), "2024-03-05T10:12:00");
}

TEST(MetadataTest, LineOfOutletDatesAndBylineBetweenSeparators) {
  const std::string line =
      "L’Ouest Matin | 14.03.2024 à 08h15 • Mis à jour le 15.03.2024 à 19h02 | Par Camille Le Goff (avec Paul Morel)";
  Document doc = testing::rewrite(line + "\n" + kBody);
  EXPECT_EQ(doc.metadata.date.value_or(""), "2024-03-14T08:15:00");
  EXPECT_EQ(doc.metadata.date_modified.value_or(""), "2024-03-15T19:02:00");
  EXPECT_EQ(doc.metadata.author.value_or(""), "Camille Le Goff");
  bool removed = false;
  for (const Removed& r : doc.removed)
    if (r.text == line) removed = r.reason == "metadata.date" && r.rule == "metadata:composite(name+numeric-date+updated-date+par)";
  EXPECT_TRUE(removed);
}

TEST(MetadataTest, PiecesThatAreNotAllMetadataMakeNoMetadataLine) {
  // A headline with a separator is not metadata, even next to a date.
  Document doc = testing::rewrite(std::string("Transports | la gratuité votée pour les moins de 25 ans | 14.03.2024\n") +
                                  kBody);
  EXPECT_FALSE(doc.metadata.date);
}

TEST(MetadataTest, RelativeDatesAreKeptAsPrinted) {
  Document doc = testing::rewrite(std::string("Mis à jour il y a 2 heures\n") + kBody);
  EXPECT_EQ(doc.metadata.date_text.value_or(""), "Mis à jour il y a 2 heures");
  EXPECT_FALSE(doc.metadata.date);
}

// An aggregator's time in English, its unit sometimes translated.
TEST(MetadataTest, EnglishRelativeTimesAreDates) {
  for (const std::string line : {"2 hours ago", "2 heures ago", "Posted 3 days ago"}) {
    Document doc = testing::rewrite(line + "\n" + kBody);
    EXPECT_EQ(doc.metadata.date_text.value_or(""), line);
  }
}

TEST(MetadataTest, DatelineAtTheStartOfTheFirstParagraph) {
  Document doc = testing::rewrite(std::string("BORDEAUX (Reuters) - ") + kBody);
  EXPECT_EQ(doc.metadata.dateline.value_or(""), "Bordeaux");  // recased from the places list
  EXPECT_EQ(doc.metadata.agency.value_or(""), "Reuters");
  EXPECT_EQ(doc.sections.front().paragraphs.front().text.rfind("Le conseil municipal", 0), 0u);
}

// A wire dateline may carry the day: "LYON, 12 mars (Reuters) - ".
TEST(MetadataTest, DatelineWithTheDayOfTheWire) {
  Document doc = testing::rewrite(std::string("BORDEAUX, 12 mars (Reuters) - ") + kBody);
  EXPECT_EQ(doc.metadata.dateline.value_or(""), "Bordeaux");
  EXPECT_EQ(doc.metadata.agency.value_or(""), "Reuters");
  EXPECT_EQ(doc.sections.front().paragraphs.front().text.rfind("Le conseil municipal", 0), 0u);
  // The wire's month may be shortened without a full stop (« 4 déc », « 12 oct »).
  for (const std::string day : {"4 déc", "12 oct", "3 nov."}) {
    Document shortened = testing::rewrite("LYON, " + day + " (AFP) - " + kBody);
    EXPECT_EQ(shortened.metadata.dateline.value_or(""), "Lyon") << day;
    EXPECT_EQ(shortened.sections.front().paragraphs.front().text.rfind("Le conseil municipal", 0), 0u) << day;
  }
}

// The extraction may glue the dash to the sentence: « Bordeaux, le 3 novembre –Le
// conseil… ». With the day it is still a dateline; without it, « Paris–Roubaix »
// opening a paragraph is none.
TEST(MetadataTest, DatelineWithTheDayAndADashGluedToTheSentence) {
  Document doc = testing::rewrite(std::string("Bordeaux, le 3 novembre –") + kBody);
  EXPECT_EQ(doc.metadata.dateline.value_or(""), "Bordeaux");
  EXPECT_EQ(doc.sections.front().paragraphs.front().text.rfind("Le conseil municipal", 0), 0u);
  Document race = testing::rewrite(
      "Paris–Roubaix reste la course la plus attendue du printemps, avec ses secteurs pavés redoutés des coureurs.\n"
      "Les organisateurs ont dévoilé mardi le parcours de la prochaine édition, qui compte trente secteurs.\n");
  EXPECT_FALSE(race.metadata.dateline);
  // Without the day, a dash glued to the sentence but spaced from the place.
  Document glued = testing::rewrite(std::string("Bordeaux -") + kBody);
  EXPECT_EQ(glued.metadata.dateline.value_or(""), "Bordeaux");
  EXPECT_EQ(race.sections.front().paragraphs.front().text.rfind("Paris–Roubaix", 0), 0u);
}

// A département and an agency each in parentheses, before or after the day;
// a correspondent's dateline, whatever the town.
TEST(MetadataTest, DatelineWithADepartementAndAnAgencyOrACorrespondent) {
  for (const std::string opening :
       {"KOUROU (Guyane), 12 février (AFP) - ", "Kourou (Guyane) (AFP) - "}) {
    Document doc = testing::rewrite(opening + kBody);
    EXPECT_EQ(doc.metadata.dateline.value_or(""), "Kourou") << opening;
    EXPECT_EQ(doc.metadata.agency.value_or(""), "AFP") << opening;
    EXPECT_EQ(doc.sections.front().paragraphs.front().text.rfind("Le conseil municipal", 0), 0u) << opening;
  }
  for (const std::string opening :
       {"Plouzanec, de notre correspondante. – ", "BRUXELLES, de notre envoyé spécial – ",
        "Kourou (Guyane), envoyé spécial. – ", "Plouzanec, correspondance. – "}) {
    Document doc = testing::rewrite(opening + kBody);
    EXPECT_FALSE(doc.metadata.dateline.value_or("").empty()) << opening;
    EXPECT_EQ(doc.sections.front().paragraphs.front().text.rfind("Le conseil municipal", 0), 0u) << opening;
  }
}

// The correspondent's dateline on a line of its own, with or without the
// place, is no paragraph of the article; the place is the dateline.
TEST(MetadataTest, CorrespondentsDatelineAloneOnItsLine) {
  for (const std::string line :
       {"Toulouse (Haute-Garonne), envoyé spécial.", "TOULOUSE (Haute-Garonne) – De notre correspondant",
        "De notre envoyée spéciale à Toulouse,"}) {
    Document doc = testing::rewrite(line + "\n" + kBody);
    EXPECT_EQ(doc.metadata.dateline.value_or(""), "Toulouse") << line;
    EXPECT_EQ(doc.sections.front().paragraphs.front().text.rfind("Le conseil municipal", 0), 0u) << line;
    bool removed = false;
    for (const Removed& r : doc.removed) removed = removed || (r.text == line && r.reason == "dateline");
    EXPECT_TRUE(removed) << line;
  }
}

// A source label may give the site's address (an aggregator's « Sumber: »).
TEST(MetadataTest, SourceLabelWithTheSitesAddress) {
  Document doc = testing::rewrite(std::string(kBody) + "Sumber: lefigaro-actu.example\n");
  EXPECT_EQ(doc.metadata.source.value_or(""), "lefigaro-actu.example");
  Document url = testing::rewrite(std::string(kBody) + "Source : https://www.courrier-sud.example/\n");
  EXPECT_EQ(url.metadata.source.value_or(""), "courrier-sud.example");
}

// A byline naming an agency credits the agency; a byline of two names gives
// the structured data two persons.
TEST(MetadataTest, AgencyBylineAndSeveralAuthors) {
  Document agency = testing::rewrite("Par Belga\n" + std::string(kBody));
  EXPECT_FALSE(agency.metadata.author) << *agency.metadata.author;
  EXPECT_EQ(agency.metadata.agency.value_or(""), "Belga");
  Document two = testing::rewrite("Par Antoine Lefranc et Sophie Delorme\n" + std::string(kBody));
  EXPECT_EQ(two.metadata.author.value_or(""), "Antoine Lefranc et Sophie Delorme");
  EXPECT_EQ(two.metadata.authors, (std::vector<std::string>{"Antoine Lefranc", "Sophie Delorme"}));
  const std::string html = render(two, Format::Html, RenderInfo{"titraille test", "none"});
  EXPECT_NE(html.find("\"author\":[{\"@type\":\"Person\",\"name\":\"Antoine Lefranc\"},{\"@type\":\"Person\","
                      "\"name\":\"Sophie Delorme\"}]"),
            std::string::npos)
      << html;
  Document one = testing::rewrite("Par Sophie Delorme\n" + std::string(kBody));
  EXPECT_TRUE(one.metadata.authors.empty());
}

TEST(MetadataTest, NoDatelineWithoutAPlace) {
  Document doc = testing::rewrite(
      "Le Premier ministre - qui s’exprimait depuis Matignon - a promis une réponse rapide aux élus locaux, "
      "inquiets de la baisse des dotations.\n"
      "Les maires ruraux réclament depuis des mois une compensation intégrale de la taxe supprimée en 2023.\n");
  EXPECT_FALSE(doc.metadata.dateline);
  EXPECT_EQ(doc.sections.front().paragraphs.front().text.rfind("Le Premier ministre", 0), 0u);
}

}  // namespace
}  // namespace titraille

namespace titraille {
namespace {

TEST(MetadataTest, DatelineInCapitalsIsRecased) {
  Document doc = testing::rewrite(std::string("SAINT-NAZAIRE, Loire-Atlantique — ") + kBody);
  EXPECT_EQ(doc.metadata.dateline.value_or(""), "Saint-Nazaire, Loire-Atlantique");
}

TEST(MetadataTest, OutletNameAtTheTopBecomesTheSource) {
  Document doc = testing::rewrite(std::string("Le Petit Quotidien\nGratuité des transports : le vote est acquis\n") + kBody);
  EXPECT_EQ(doc.metadata.source.value_or(""), "Le Petit Quotidien");
}

// A line of the page's interface is no outlet's name, even capitalised.
TEST(MetadataTest, InterfaceLineAtTheTopIsNoSource) {
  for (const char* ui : {"Aller au contenu principal", "Gérer mes préférences", "Services Le Journal \u25BE"}) {
    Document doc = testing::rewrite(std::string(ui) + "\nGratuité des transports : le vote est acquis\n" + kBody);
    EXPECT_FALSE(doc.metadata.source) << ui << " -> " << doc.metadata.source.value_or("");
  }
  Document doc =
      testing::rewrite(std::string("La Voix du Nord\nGratuité des transports : le vote est acquis\n") + kBody);
  EXPECT_EQ(doc.metadata.source.value_or(""), "La Voix du Nord");
}

}  // namespace
}  // namespace titraille

namespace titraille {
namespace {

// « Place, le 12 mars – » opens the paragraph; a dateline alone on its line
// is one too (it had become the original title, the real headline being
// dropped); a parenthesis that names no agency is the place's département.
TEST(MetadataTest, DatelineWithLeAloneOnItsLineOrWithADepartement) {
  Document doc = testing::rewrite(std::string("Brest, le 12 mars – ") + kBody);
  EXPECT_EQ(doc.metadata.dateline.value_or(""), "Brest");
  EXPECT_EQ(doc.sections.front().paragraphs.front().text.rfind("Le conseil municipal", 0), 0u);

  doc = testing::rewrite(std::string("Gratuité des transports : le vote est acquis à l’unanimité\nBrest, 12 mars – \n"
                                     "Par Camille Le Goff\n") +
                         kBody);
  EXPECT_EQ(doc.metadata.dateline.value_or(""), "Brest");
  EXPECT_EQ(doc.metadata.original_title.value_or(""), "Gratuité des transports : le vote est acquis à l’unanimité");

  doc = testing::rewrite(std::string("RENNES (Reuters) - \n") + kBody);
  EXPECT_EQ(doc.metadata.dateline.value_or(""), "Rennes");
  EXPECT_EQ(doc.metadata.agency.value_or(""), "Reuters");
  EXPECT_FALSE(doc.metadata.source);

  doc = testing::rewrite(std::string("MONTARGIS (Loiret) - ") + kBody);
  EXPECT_EQ(doc.metadata.dateline.value_or(""), "Montargis");
  EXPECT_FALSE(doc.metadata.agency) << *doc.metadata.agency;
}

// An outlet's name between the headline and the byline is neither the
// headline nor a heading (it had become the title); a line of figures is no
// name.
TEST(MetadataTest, OutletNameUnderTheHeadlineIsTheSource) {
  Document doc = testing::rewrite(std::string("Gratuité des transports : le vote est acquis à l’unanimité\n"
                                              "Le Courrier de l’Estuaire\nPar Camille Le Goff\n") +
                                  kBody);
  EXPECT_EQ(doc.metadata.source.value_or(""), "Le Courrier de l’Estuaire");
  EXPECT_EQ(doc.metadata.original_title.value_or(""), "Gratuité des transports : le vote est acquis à l’unanimité");
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs) EXPECT_EQ(p.text.find("Courrier"), std::string::npos) << p.text;
  doc = testing::rewrite(std::string("CAC 40 7 512,34 +0,45 %\nGratuité des transports : le vote est acquis\n") + kBody);
  EXPECT_FALSE(doc.metadata.source) << *doc.metadata.source;
}

}  // namespace
}  // namespace titraille

namespace titraille {
namespace {

// The newsroom signs (« Par la rédaction avec AFP » had been kept as the
// first paragraph); three sections between slashes are a breadcrumb (« Sports
// / Football / Ligue 1 » had opened the body and given the keyphrase).
TEST(MetadataTest, NewsroomBylineAndSlashBreadcrumb) {
  Document doc = testing::rewrite(std::string("Gratuité des transports : le vote est acquis à l’unanimité\n"
                                              "Actualité / Transports / Bretagne\nPar la rédaction avec AFP\n") +
                                  kBody);
  EXPECT_EQ(doc.metadata.agency.value_or(""), "AFP");
  EXPECT_EQ(doc.sections.front().paragraphs.front().text.rfind("Le conseil municipal", 0), 0u)
      << doc.sections.front().paragraphs.front().text;
  bool nav = false;
  for (const Removed& r : doc.removed) nav = nav || (r.reason == "boilerplate.nav" && r.text.find("Transports") != std::string::npos);
  EXPECT_TRUE(nav);
}

}  // namespace
}  // namespace titraille

namespace titraille {
namespace {

// Published and updated on one line: the update is read too (only the
// publication had been, with separate lines both were).
TEST(MetadataTest, PublishedAndUpdatedOnOneLine) {
  for (const std::string line : {"Publié le 3 juin 2024 à 09:10 Mis à jour le 3 juin 2024 à 18:45",
                                  "Publié le 03/06/2024 à 09h10, mis à jour le 03/06/2024 à 18h45"}) {
    Document doc = testing::rewrite(line + "\n" + kBody);
    EXPECT_EQ(doc.metadata.date.value_or(""), "2024-06-03T09:10:00") << line;
    EXPECT_EQ(doc.metadata.date_modified.value_or(""), "2024-06-03T18:45:00") << line;
    EXPECT_EQ(doc.sections.front().paragraphs.front().text.rfind("Le conseil municipal", 0), 0u) << line;
  }
}

// An update given as a time alone is on the publication's day, on the same
// line or the line after; a weekday may come before the day; a byline may
// carry the publication, its update and the reading time after dashes.
TEST(MetadataTest, UpdateAtATimeAloneTakesThePublicationDay) {
  struct Case {
    std::string lines, author, date, modified;
  } cases[] = {
      {"Par Jeanne Martin - Publié le 12/08/2026 à 14h32, mis à jour à 16h05", "Jeanne Martin", "2026-08-12T14:32:00",
       "2026-08-12T16:05:00"},
      {"Publié le mardi 4 février 2025 à 11h30, mis à jour à 16h05", "", "2025-02-04T11:30:00", "2025-02-04T16:05:00"},
      {"Publié le 4 février 2025 à 11h30 +01:00\nMis à jour à 16h05", "", "2025-02-04T11:30:00+01:00",
       "2025-02-04T16:05:00+01:00"},
      {"Par Marion Jacquot - 14 nov. 2024 à 19:30 - Temps de lecture : 4 min", "Marion Jacquot", "2024-11-14T19:30:00",
       ""},
  };
  for (const Case& c : cases) {
    Document doc = testing::rewrite(c.lines + "\n" + kBody);
    EXPECT_EQ(doc.metadata.author.value_or(""), c.author) << c.lines;
    EXPECT_EQ(doc.metadata.date.value_or(""), c.date) << c.lines;
    EXPECT_EQ(doc.metadata.date_modified.value_or(""), c.modified) << c.lines;
    EXPECT_FALSE(doc.metadata.date_text) << c.lines;
    EXPECT_EQ(doc.sections.front().paragraphs.front().text.rfind("Le conseil municipal", 0), 0u) << c.lines;
  }
  // With no publication read before it, the update is printed as it is.
  Document alone = testing::rewrite(std::string("Mis à jour à 16h05\n") + kBody);
  EXPECT_FALSE(alone.metadata.date_modified);
  EXPECT_EQ(alone.metadata.date_text.value_or(""), "Mis à jour à 16h05");
}

// The agencies in brackets after the byline, and an outlet « avec AFP »
// after « Source : »: the outlet is the source, the agency apart.
TEST(MetadataTest, AgencyInBracketsAfterTheBylineOrAfterTheOutlet) {
  Document doc = testing::rewrite(std::string("Par Hélène Marchetti (avec AFP et Reuters)\n") + kBody +
                                  "Source : Le Journal du Soir avec AFP\n");
  EXPECT_EQ(doc.metadata.author.value_or(""), "Hélène Marchetti");
  EXPECT_EQ(doc.metadata.agency.value_or(""), "AFP");
  EXPECT_EQ(doc.metadata.source.value_or(""), "Le Journal du Soir");
}

// Two authors, the first with her role between commas: both are the
// authors, the line is no headline.
TEST(MetadataTest, TwoAuthorsTheFirstWithHerRole) {
  Document doc = testing::rewrite(std::string("Crues de la Loire : trois communes évacuées près de Tours\n") +
                                  "Par Claire Bessière, envoyée spéciale à Tours, et Julien Roussel\n" +
                                  "Publié le 23/07/2025 à 11:42\n" + kBody);
  EXPECT_EQ(doc.metadata.author.value_or(""), "Claire Bessière et Julien Roussel");
  EXPECT_EQ(doc.metadata.original_title.value_or(""), "Crues de la Loire : trois communes évacuées près de Tours");
}

// A relative date stands for the date only when the page does not give it:
// « Mis à jour il y a 3 heures » next to the date read (before or after it)
// is no date_text (it had been, beside the date it does not tell).
TEST(MetadataTest, ARelativeDateIsNoDateTextBesideTheDate) {
  for (const std::string lines : {"12 mars 2024 08:40 (UTC+01:00)\nMis à jour il y a 3 heures\n",
                                   "Mis à jour il y a 3 heures\nPublié le 12 mars 2024 à 08h40\n"}) {
    Document doc = testing::rewrite(lines + kBody);
    EXPECT_EQ(doc.metadata.date.value_or("").substr(0, 16), "2024-03-12T08:40") << lines;
    EXPECT_FALSE(doc.metadata.date_text) << *doc.metadata.date_text;
    for (const Section& s : doc.sections)
      for (const Paragraph& p : s.paragraphs) EXPECT_EQ(p.text.find("il y a"), std::string::npos) << p.text;
  }
}

}  // namespace
}  // namespace titraille

namespace titraille {
namespace {

bool body_holds(const Document& doc, const std::string& needle) {
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs)
      if (p.text.find(needle) != std::string::npos) return true;
  return false;
}

// The outlet, the date and its time between bars: the time alone completes
// the date before it (the line had been kept as the first paragraph). The
// name opening the line is the outlet's once the author is known, and may be
// the author's own when none is.
TEST(MetadataTest, OutletDateAndTimeBetweenBars) {
  Document doc = testing::rewrite(std::string("Gratuité des transports : le vote est acquis à l’unanimité\n"
                                              "Le Courrier du Sud | Publié le 9 avril 2025 | 08:05\n"
                                              "Par Camille Le Goff\n") +
                                  kBody);
  EXPECT_EQ(doc.metadata.date.value_or(""), "2025-04-09T08:05:00");
  EXPECT_EQ(doc.metadata.source.value_or(""), "Le Courrier du Sud");
  EXPECT_FALSE(body_holds(doc, "Courrier du Sud"));
  doc = testing::rewrite(std::string("Gratuité des transports : le vote est acquis à l’unanimité\n"
                                     "Julie Caron | 9 avril 2025 | 08:05\n") +
                         kBody);
  EXPECT_EQ(doc.metadata.date.value_or(""), "2025-04-09T08:05:00");
  EXPECT_NE(doc.metadata.source.value_or(""), "Julie Caron");
  EXPECT_FALSE(body_holds(doc, "Julie Caron"));
  doc = testing::rewrite(std::string("Accueil | Par Camille Le Goff | 9 avril 2025\n") + kBody);
  EXPECT_FALSE(doc.metadata.source) << *doc.metadata.source;
}

// A date then the byline on one line: both are read and the line leaves the body.
TEST(MetadataTest, DateThenBylineOnOneLine) {
  Document doc = testing::rewrite(std::string("Le 22/10/2024 à 11:20 par la rédaction avec Reuters\n") + kBody);
  EXPECT_EQ(doc.metadata.date.value_or(""), "2024-10-22T11:20:00");
  EXPECT_EQ(doc.metadata.agency.value_or(""), "Reuters");
  EXPECT_EQ(doc.metadata.author.value_or(""), "la rédaction");
  EXPECT_FALSE(body_holds(doc, "rédaction"));
  Document named = testing::rewrite(std::string("Publié le 5 mai 2025 à 9h40 par Lucie Fabre\n") + kBody);
  EXPECT_EQ(named.metadata.date.value_or(""), "2025-05-05T09:40:00");
  EXPECT_EQ(named.metadata.author.value_or(""), "Lucie Fabre");
}

// A wire's day with an abbreviated month, and a town in small letters with
// its département in parentheses, are datelines; the département is no agency.
TEST(MetadataTest, DatelineWithAnAbbreviatedMonthOrATownAndItsDepartement) {
  Document doc = testing::rewrite(std::string("TOULON, 3 févr. – ") + kBody);
  EXPECT_EQ(doc.metadata.dateline.value_or(""), "Toulon");
  EXPECT_EQ(doc.sections.front().paragraphs.front().text.rfind("Le conseil municipal", 0), 0u)
      << doc.sections.front().paragraphs.front().text;
  doc = testing::rewrite(std::string("Quimperlé (Finistère) – ") + kBody);
  EXPECT_EQ(doc.metadata.dateline.value_or(""), "Quimperlé");
  EXPECT_FALSE(doc.metadata.agency) << *doc.metadata.agency;
  EXPECT_EQ(doc.sections.front().paragraphs.front().text.rfind("Le conseil municipal", 0), 0u)
      << doc.sections.front().paragraphs.front().text;
  // A parenthesis that names no place makes no dateline of a capitalised word.
  doc = testing::rewrite(std::string("Renaud (Ensemble) – ") + kBody);
  EXPECT_FALSE(doc.metadata.dateline) << *doc.metadata.dateline;
}

// A desk's signature with the date: the date is read.
TEST(MetadataTest, DeskSignatureWithTheDate) {
  Document doc = testing::rewrite(std::string("Rédaction Sports – 11 juin 2025\n") + kBody);
  EXPECT_EQ(doc.metadata.date.value_or(""), "2025-06-11");
  EXPECT_FALSE(body_holds(doc, "Rédaction"));
}

// An aggregator's English byline and date.
TEST(MetadataTest, EnglishBylineAndDate) {
  Document doc = testing::rewrite(std::string("By Sophie Marchal\nMarch 4, 2025 3:05 PM GMT+1 Updated 5 hours ago\n") + kBody);
  EXPECT_EQ(doc.metadata.author.value_or(""), "Sophie Marchal");
  EXPECT_FALSE(doc.metadata.source) << *doc.metadata.source;
  EXPECT_EQ(doc.metadata.date.value_or(""), "2025-03-04T15:05:00+01:00");
  Document morning = testing::rewrite(std::string("Sept. 12, 2024 12:30 AM\n") + kBody);
  EXPECT_EQ(morning.metadata.date.value_or(""), "2024-09-12T00:30:00");
}

}  // namespace
}  // namespace titraille

// Source-derived blocks (src/blocks.cpp, rules/blocks.xml).
#include <gtest/gtest.h>

#include "blocks.h"
#include "resources.h"
#include "test_support.h"
#include "text.h"
#include "titraille/render.h"

namespace titraille {
namespace {

using testing::resources;

std::vector<Sentence> sentences(const std::string& text) { return resources().tokenizer.sentences(text); }

// The shipped rules without <clause>: each figure as its own words, the
// phrase the tests of figure finding look at.
const BlockRules& phrase_rules() {
  static const BlockRules rules = [] {
    BlockRules r = resources().blocks;
    r.clause_max_words = 0;
    r.figures_alone = true;
    return r;
  }();
  return rules;
}

// With <clause>, a figure comes with what its clause says of it when the
// clause opens with its subject and is short; else it is no item (« Appuyés
// par 250 véhicules » has no subject, « Contre 9 pays » neither). Two
// figures of one clause give one item. A quotation opening its sentence
// gives none.
TEST(Blocks, KeyFiguresComeInTheirClause) {
  auto items = key_figures(
      sentences("Le groupe a annoncé la suppression de 1 850 postes, appuyé par 250 experts. L’action a chuté de 9,87 % "
                "à 18,42 euros mardi à la clôture. La compétition réunissait 14 films venus de 11 pays, contre 9 pays "
                "l’an dernier. « Nous avons transféré deux nourrissons de 5 semaines vers Grenoble », dit-elle."),
      resources().blocks, resources().lexicon);
  // (Not « 250 experts », « 9 pays »: out of their clause; nor « 5
  // semaines »: words said, told in passing.)
  ASSERT_EQ(items.size(), 3u) << text::join(items, " | ");
  EXPECT_EQ(items[0], "Le groupe a annoncé la suppression de 1 850 postes");
  EXPECT_EQ(items[1], "L’action a chuté de 9,87 % à 18,42 euros mardi à la clôture");
  EXPECT_EQ(items[2], "La compétition réunissait 14 films venus de 11 pays");
  // A figure quoted inside its sentence stays.
  items = key_figures(sentences("Selon les autorités locales, il y avait eu « au moins 200 morts » jeudi soir."),
                      phrase_rules(), resources().lexicon);
  EXPECT_EQ(text::join(items, " | "), "Au moins 200 morts");
  // « numéro 9 » names a shirt, no figure.
  EXPECT_TRUE(key_figures(sentences("Le nouveau numéro 9 olympien a signé jusqu’en 2030."), resources().blocks,
                          resources().lexicon)
                  .empty());
  // A short quotation is part of the clause, which it does not cut off
  // (« au niveau « crise », le plus élevé »).
  items = key_figures(sentences("La commission a retenu une liste de 705 revues reconnues comme « scientifiques »."),
                      resources().blocks, resources().lexicon);
  EXPECT_EQ(text::join(items, " | "), "La commission a retenu une liste de 705 revues reconnues comme « scientifiques »");
  items = key_figures(sentences("Par un arrêté signé mercredi, le préfet a placé 214 communes au niveau « crise », le "
                                "plus élevé du dispositif."),
                      resources().blocks, resources().lexicon);
  EXPECT_EQ(text::join(items, " | "), "Le préfet a placé 214 communes au niveau « crise »");
}

TEST(Blocks, TextRankFavoursTheSentenceLinkedToAllOthers) {
  // 0 is linked to 1, 2 and 3; those are linked to 0 only.
  std::vector<std::vector<double>> sim = {{0, 1, 1, 1}, {1, 0, 0, 0}, {1, 0, 0, 0}, {1, 0, 0, 0}};
  std::vector<double> s = textrank(sim, 0.85, 40);
  EXPECT_GT(s[0], s[1]);
  EXPECT_DOUBLE_EQ(s[1], s[2]);
}

TEST(Blocks, KeyFiguresAreNumbersWithWhatTheyCount) {
  auto items = key_figures(sentences("Le séisme a fait au moins 12 blessés. Les camions transportaient 40 tonnes de "
                                     "nourriture. La réunion a eu lieu le 21 septembre 2023 à 14h30. Il avait 30 ans. Le chantier a duré 3 semaines."),
                           phrase_rules(), resources().lexicon);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0], "Au moins 12 blessés");
  EXPECT_EQ(items[1], "40 tonnes de nourriture");
  EXPECT_EQ(items[2], "3 semaines");  // dates, years, times and ages are not key figures
  // No part of a measure written in parts; « 3 morts » after « et » still counts.
  items = key_figures(sentences("Il devance Ciccone de 1 minute 05 au sommet. Le vol a duré 1 heure et 5 minutes. "
                                "L’accident a fait 20 blessés et 3 morts."),
                      phrase_rules(), resources().lexicon);
  ASSERT_EQ(items.size(), 2u) << text::join(items, " | ");
  EXPECT_EQ(items[0], "20 blessés");
  EXPECT_EQ(items[1], "3 morts");
  // Nor a time of day after « à partir de »; a duration stays one.
  items = key_figures(sentences("Les salariés débraieront jeudi à partir de 10 heures. La grève durera 48 heures."),
                      phrase_rules(), resources().lexicon);
  ASSERT_EQ(items.size(), 1u) << text::join(items, " | ");
  EXPECT_EQ(items[0], "48 heures");
  // After « à », an amount is a figure, not a time of day; shown in its
  // clause, since an amount alone counts nothing.
  items = key_figures(sentences("Le montant s’élève à 22 millions d’euros. Le billet passe à 30 euros dès 18 heures."),
                      resources().blocks, resources().lexicon);
  EXPECT_EQ(text::join(items, " | "), "Le montant s’élève à 22 millions d’euros | Le billet passe à 30 euros dès 18 heures");
  EXPECT_TRUE(key_figures(sentences("Le montant s’élève à 22 millions d’euros."), phrase_rules(), resources().lexicon).empty());
  // Nor an exponent: « 10^25 opérations » is no « 25 opérations ».
  EXPECT_TRUE(key_figures(sentences("Les modèles entraînés avec plus de 10^25 opérations sont visés."), phrase_rules(),
                          resources().lexicon)
                  .empty());
}

// A unit keeps its complement (« mètres carrés »); a number after a weekday
// is a time of day, one before a word that counts nothing is no figure, a
// multiplier without « de … » counts nothing, and a number gives one figure.
TEST(BlocksTest, KeyFiguresKeepTheWholeUnitAndSayANumberOnce) {
  auto items = key_figures(
      sentences("L’usine de Vertou couvrira 12 000 mètres carrés. La vigilance court jusqu’à mardi 10 heures. "
                "La commune compte environ 9 500 aujourd’hui. Les dégâts dépassent 1,3 milliard. La maladie touche 52 "
                "enfants. Parmi les 52 malades, 7 ont été hospitalisés dans 3 hôpitaux."),
      phrase_rules(), resources().lexicon);
  EXPECT_EQ(text::join(items, " | "), "12 000 mètres carrés | 52 enfants | 3 hôpitaux");
}

// A number a verb follows is no figure (« Ariane 6 reste » had been listed
// as « 6 reste »); a number after a name still is (« Benalla 15 jours »).
TEST(BlocksTest, ANumberAVerbFollowsIsNoFigure) {
  auto items = key_figures(sentences("La cadence d’Ariane 6 reste inférieure aux prévisions. Le lanceur emporte 7 tonnes "
                                     "de charge. L’Élysée a suspendu Benalla 15 jours."),
                           phrase_rules(), resources().lexicon);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0], "7 tonnes de charge");
  EXPECT_EQ(items[1], "15 jours");
}

// An adjective that comes before its noun does not end the figure.
TEST(Blocks, KeyFiguresKeepTheNounAfterAPrenominalAdjective) {
  auto items = key_figures(sentences("L’État a promis 35 000 nouveaux logements d’ici à 2027. La ville compte 12 "
                                     "grandes écoles."),
                           phrase_rules(), resources().lexicon);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0], "35 000 nouveaux logements");
  EXPECT_EQ(items[1], "12 grandes écoles");
}

// An apposition opening with a preposition is no role.
TEST(Blocks, ActorsHaveNoCircumstanceForARole) {
  auto items = actors(sentences("Le président du syndicat, Paul Martin, lors d’une conférence de presse, a "
                                "demandé un plan. Jeanne Roux, pharmacienne à Lyon, confirme. Marc Petit, "
                                "selon ses proches, hésite."),
                      resources().blocks, resources().lexicon);
  for (const std::string& item : items) {
    EXPECT_EQ(item.find("lors d"), std::string::npos) << item;
    EXPECT_EQ(item.find("selon"), std::string::npos) << item;
  }
  EXPECT_NE(std::find(items.begin(), items.end(), "Jeanne Roux, pharmacienne à Lyon"), items.end());
}

TEST(Blocks, ActorsAreNamesWithTheRoleTheTextGives) {
  auto items = actors(sentences("Jean Dupont, maire de Lyon, a inauguré la ligne. Selon le préfet de région, Marie "
                                "Curel, le chantier est fini. Paul Martin a parlé."),
                      resources().blocks, resources().lexicon);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0], "Jean Dupont, maire de Lyon");
  EXPECT_EQ(items[1], "Marie Curel, le préfet de région");
}

// A noun phrase before a comma is a role only when the name after it is an
// apposition, closed by a comma or the sentence's end: a fronted phrase
// (« Interrogé sur le calendrier des travaux, Marc Lenoir a… ») is none (it
// had been given as his role).
TEST(Blocks, ActorsHaveNoFrontedPhraseForARole) {
  auto items = actors(sentences("Interrogé sur le calendrier des travaux, Marc Lenoir a refusé de s’avancer. "
                                "Questionnée sur la fermeture du service, Anne Vidal est restée prudente. "
                                "Selon le directeur du chantier, Paul Ribot, la livraison est prévue en mai."),
                      resources().blocks, resources().lexicon);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0], "Paul Ribot, le directeur du chantier");
}

// The role before the name may name an institution in capitals (« la
// directrice de l’Agence régionale de santé »); the name keeps its particles
// (« da », « van den »), whole.
TEST(Blocks, ActorsKeepProperNounsOfTheRoleAndParticlesOfTheName) {
  auto items = actors(sentences("« Les urgences tiennent », a assuré la directrice de l’Agence régionale de santé, "
                                "Sophie Marchal, mardi. La ministre portugaise, Ana Luísa Ferreira da Costa, a signé "
                                "l’accord. Le chef de la délégation néerlandaise, Pieter van den Berg, a salué le texte."),
                      resources().blocks, resources().lexicon);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0], "Sophie Marchal, la directrice de l’Agence régionale de santé");
  EXPECT_EQ(items[1], "Ana Luísa Ferreira da Costa, la ministre portugaise");
  EXPECT_EQ(items[2], "Pieter van den Berg, le chef de la délégation néerlandaise");
}

// What follows a name after a comma is no role when it holds a finite verb
// (the sentence goes on: « …, adjointe de Paul Vidal, devrait démissionner »),
// opens with a plural determiner (a list goes on: « le Quatuor Ébène, les
// solistes de… ») or with a conjunction.
TEST(Blocks, ActorsHaveNoClauseNorListForARole) {
  auto items = actors(sentences("Le journal révèle que Léa Girard, adjointe de Paul Vidal, devrait démissionner. "
                                "Le festival accueille le Quatuor Ébène, les solistes de l’Opéra de Lyon et un chœur. "
                                "Le texte a été salué par Marc Tessier, et beaucoup d’autres élus de la région. "
                                "Hugo Roy, spécialiste du risque climatique, s’inquiète."),
                      resources().blocks, resources().lexicon);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0], "Léa Girard, adjointe de Paul Vidal");
  EXPECT_EQ(items[1], "Hugo Roy, spécialiste du risque climatique");  // « risque » after « du » is a noun
}

// « millions d’euros » keeps its unit after the elided « d’ »; a clock
// time after « entre » is no figure.
TEST(Blocks, KeyFiguresKeepTheUnitAfterAnElidedPreposition) {
  auto items = key_figures(sentences("Le groupe a réalisé un chiffre d’affaires de 2,4 milliards d’euros. Le service "
                                     "ferme entre 22 heures et minuit. L’usine emploie 850 salariés."),
                           phrase_rules(), resources().lexicon);
  EXPECT_EQ(items, (std::vector<std::string>{"850 salariés"}));  // (an amount alone is no item)
  items = key_figures(sentences("Le groupe a réalisé un chiffre d’affaires de 2,4 milliards d’euros."), resources().blocks,
                      resources().lexicon);
  EXPECT_EQ(items, (std::vector<std::string>{"Le groupe a réalisé un chiffre d’affaires de 2,4 milliards d’euros"}));
}

// An amount needs a clause of its own: not alone (« 26 millions d’euros »:
// the price of what?), nor in the list a comma goes on with (« a requis six
// mois de prison, 15 000 euros d’amende »), unless a verb follows it.
TEST(Blocks, KeyFiguresShowAnAmountOnlyInAClauseOfItsOwn) {
  auto items = key_figures(
      sentences("Le club a recruté l’attaquant pour 32 millions d’euros. Le procureur a requis six mois de prison, "
                "15 000 euros d’amende et trois ans d’inéligibilité. Selon la mairie, 40 000 euros manquent au budget. "
                "Les marchés en cause totalisent 486 000 euros."),
      resources().blocks, resources().lexicon);
  EXPECT_EQ(text::join(items, " | "), "Le club a recruté l’attaquant pour 32 millions d’euros | 40 000 euros manquent au budget | "
                                      "Les marchés en cause totalisent 486 000 euros");
  items = key_figures(sentences("Le club a recruté, pour 32 millions d’euros, l’attaquant de Porto."), resources().blocks,
                      resources().lexicon);
  EXPECT_TRUE(items.empty()) << text::join(items, " | ");
  // Nor is any other figure out of its clause.
  items = key_figures(sentences("Le club a recruté l’attaquant, auteur de 31 buts."), resources().blocks, resources().lexicon);
  EXPECT_TRUE(items.empty()) << text::join(items, " | ");
}

// A name whose hyphenated part ends with a particle (« Garnier-Le ») is
// whole: no organisation before it, its first name stays.
TEST(Blocks, ActorsKeepAHyphenatedNameWithAParticle) {
  auto items = actors(sentences("« Nous faisons le choix du tramway », a défendu la présidente de la métropole, Sophie "
                                "Garnier-Le Bihan, en ouverture de séance."),
                      resources().blocks, resources().lexicon);
  EXPECT_EQ(items, (std::vector<std::string>{"Sophie Garnier-Le Bihan, la présidente de la métropole"}));
}

// A participle that a preposition follows is no role; a capitalised
// particle keeps a three-word name whole; a role before the name starts
// after the sentence's verb.
TEST(Blocks, ActorsHaveNoParticipleForARole) {
  auto items = actors(sentences("Le tribunal a relaxé l’épouse du maire, Claire Fabre, poursuivie pour recel. "
                                "Les patients iront au centre hospitalier Louis-Pasteur de Dole, situé à 40 kilomètres. "
                                "Le patron du groupe, Jan De Vries, a présenté le plan. "
                                "Une plainte a été déposée à l’encontre du directeur de cabinet du maire, Paul Lenoir. "
                                "Hugo Roy, spécialiste du risque climatique, s’inquiète."),
                      resources().blocks, resources().lexicon);
  EXPECT_EQ(items, (std::vector<std::string>{"Claire Fabre, l’épouse du maire", "Jan De Vries, le patron du groupe",
                                             "Hugo Roy, spécialiste du risque climatique"}));
}

// A role names an office, a trade or a relation (fr/role-nouns), after its
// determiner and a prenominal adjective: no adjective phrase, no thing, no
// group of several.
TEST(Blocks, ActorsHaveAnOfficeATradeOrARelationForARole) {
  auto items = actors(sentences("Le gardien Steve Mandanda, pris à contre-pied, ne pouvait rien faire. "
                                "Mandanda a sauvé les siens devant Wesley Saïd, seul au point de penalty. "
                                "Le maire aurait favorisé l’entreprise de gardiennage dirigée par son fils, Luc Morin. "
                                "La start-up a été fondée par Inès Kaci, deux anciens ingénieurs de l’école. "
                                "Anne Roux, sous-préfète de Redon, a reçu les élus. "
                                "Paul Sorel, l’ancien administrateur du festival, s’est exprimé. "
                                "Le projet avait été lancé par Marc Petit, alors ministre de l’Industrie."),
                      resources().blocks, resources().lexicon);
  EXPECT_EQ(text::join(items, " | "),
            "Anne Roux, sous-préfète de Redon | Paul Sorel, l’ancien administrateur du festival | "
            "Marc Petit, alors ministre de l’Industrie");
}

// « à partir de jeudi » tells when something starts; a weekday in a clause
// after a complete one is that clause's day, not the sentence's (but one
// right after the comma is the main clause's); « ce lundi » leaves the item
// with its day.
TEST(Blocks, ChronologyDatesOnlyTheMainClause) {
  auto items = chronology(sentences("L’intersyndicale a appelé à une grève à partir de jeudi. "
                                    "Les salariés ont débrayé dans la foulée, le préfet réunit les parties vendredi. "
                                    "Un orage a ravagé les vignes, mardi soir, à deux semaines des vendanges. "
                                    "Le Gard a été placé en vigilance rouge ce lundi 13 octobre à 16 heures. "
                                    "Le maire a visité les quartiers touchés samedi."),
                          resources().blocks, resources().lexicon);
  // (The week runs from Saturday: the widest gap is between Tuesday and it.)
  EXPECT_EQ(text::join(items, " | "),
            "Samedi\u00a0: Le maire a visité les quartiers touchés. | "
            "Lundi 13 octobre\u00a0: Le Gard a été placé en vigilance rouge à 16 heures. | "
            "Mardi soir\u00a0: Un orage a ravagé les vignes, à deux semaines des vendanges.");
}

// A sentence naming two weekdays tells of no one day.
TEST(Blocks, ChronologyTakesNoSentenceOfTwoDays) {
  auto items = chronology(sentences("Le feu, parti mardi, a été fixé dans la nuit de mercredi à jeudi. "
                                    "Les habitants sont rentrés vendredi. Le préfet est venu samedi. "
                                    "La route a rouvert dimanche."),
                          resources().blocks, resources().lexicon);
  ASSERT_EQ(items.size(), 3u) << text::join(items, " | ");
  EXPECT_EQ(items[0].rfind("Vendredi\u00a0: ", 0), 0u) << items[0];
}

// « jusqu’à vendredi », « samedi prochain »: a deadline and a plan give no
// item; « dès mardi » did happen.
TEST(Blocks, ChronologyLeavesOutDeadlinesAndPlans) {
  auto items = chronology(sentences("Les écoles restent fermées jusqu’à vendredi. Le club jouera samedi prochain à Nice. "
                                    "Il a dirigé sa première séance dès mardi."),
                          resources().blocks, resources().lexicon);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].rfind("Mardi\u00a0: ", 0), 0u) << items[0];
}

TEST(Blocks, ChronologyOrdersWeekdaysFromMonday) {
  auto items = chronology(sentences("Les secours sont arrivés jeudi matin. Le feu a pris mardi soir. Mercredi 5 juin, "
                                    "le vent est tombé."),
                          resources().blocks, resources().lexicon);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0], "Mardi soir\u00a0: Le feu a pris.");
  EXPECT_EQ(items[1], "Mercredi 5 juin\u00a0: le vent est tombé.");
  EXPECT_EQ(items[2], "Jeudi matin\u00a0: Les secours sont arrivés.");
}

// A story over a weekend runs from Saturday: the week is a cycle, begun
// after the widest gap between the days the story names.
TEST(Blocks, ChronologyOrdersAWeekendStoryFromSaturday) {
  auto items = chronology(sentences("Les urgences ont rouvert mardi matin. L’attaque a été détectée samedi soir. "
                                    "Les patients ont été transférés dimanche. Les consultations ont été reportées lundi."),
                          resources().blocks, resources().lexicon);
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].rfind("Samedi soir\u00a0: ", 0), 0u) << items[0];
  EXPECT_EQ(items[1].rfind("Dimanche\u00a0: ", 0), 0u) << items[1];
  EXPECT_EQ(items[2].rfind("Lundi\u00a0: ", 0), 0u) << items[2];
  EXPECT_EQ(items[3].rfind("Mardi matin\u00a0: ", 0), 0u) << items[3];
  // What is to come follows what happened, whatever its day.
  items = chronology(sentences("La course s’achèvera dimanche à Nice. Pedersen a gagné mardi au sprint. "
                               "Bernal a été examiné mercredi par le médecin."),
                     resources().blocks, resources().lexicon);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].rfind("Mardi\u00a0: ", 0), 0u) << items[0];
  EXPECT_EQ(items[2].rfind("Dimanche\u00a0: ", 0), 0u) << items[2];
}

// After its day and the colon, an item of the chronology takes no capital
// but a name's.
TEST(Blocks, ChronologyItemsTakeNoCapitalAfterTheColon) {
  Document doc = testing::rewrite(
      "Les pompiers de l’Hérault ont lutté toute la nuit contre un incendie qui a détruit 300 hectares de garrigue.\n"
      "Le feu a pris mardi soir près de Gignac, selon la préfecture, qui a fait évacuer un camping.\n"
      "Les secours ont maîtrisé le sinistre mercredi matin, après douze heures de lutte.\n"
      "Martin Roux, le maire de Gignac, a rencontré jeudi les habitants évacués de la commune.\n"
      "Une enquête a été ouverte pour déterminer l’origine du feu, a précisé le parquet de Montpellier.\n");
  const InfoBlock* chrono = nullptr;
  for (const InfoBlock& b : doc.info_blocks)
    if (b.id == "chronologie") chrono = &b;
  ASSERT_NE(chrono, nullptr);
  bool lower = false, name = false;
  for (const std::string& item : chrono->items) {
    lower = lower || item.find("Mardi soir\u00a0: le feu") == 0;
    name = name || item.find("Jeudi\u00a0: Martin Roux") == 0;
  }
  EXPECT_TRUE(lower) << text::join(chrono->items, " | ");
  EXPECT_TRUE(name) << text::join(chrono->items, " | ");
  // The day is said once: the label takes it, and its part of the day, from the sentence.
  const std::vector<std::string> expected = {
      "Mardi soir\u00a0: le feu a pris près de Gignac, selon la préfecture, qui a fait évacuer un camping.",
      "Mercredi matin\u00a0: les secours ont maîtrisé le sinistre, après douze heures de lutte.",
      "Jeudi\u00a0: Martin Roux, le maire de Gignac, a rencontré les habitants évacués de la commune."};
  EXPECT_EQ(chrono->items, expected);
}

// An item of L’essentiel never opens with a word that refers to the
// sentence before it, which the list does not show.
TEST(Blocks, EssentielItemsDoNotReferBack) {
  Document doc = testing::rewrite(
      "Le parquet a requis mardi cinq ans de prison contre le propriétaire de l’immeuble incendié à Lyon.\n"
      "Le propriétaire de l’immeuble est poursuivi pour homicides involontaires après l’incendie.\n"
      "L’incendie de l’immeuble avait fait quatre morts en février 2022 dans le 7e arrondissement.\n"
      "La défense a plaidé la relaxe du propriétaire. Elle a estimé que le propriétaire de l’immeuble "
      "ignorait tout de l’incendie.\n"
      "Un rapport d’expertise recommandait la mise aux normes de l’immeuble avant l’incendie.\n"
      "Cette expertise avait été transmise au propriétaire de l’immeuble dès 2019, selon le parquet.\n"
      "Les locataires de l’immeuble avaient écrit plusieurs fois au propriétaire avant l’incendie.\n"
      "Le jugement a été mis en délibéré au 12 janvier, a indiqué le tribunal.\n"
      "Les proches des victimes de l’incendie étaient nombreux dans la salle d’audience.\n"
      "Interrogé sur l’incendie de l’immeuble, il a rappelé que le propriétaire de l’immeuble avait été prévenu de "
      "l’incendie.\n"
      "Pour ces locataires de l’immeuble, l’incendie de l’immeuble reste un traumatisme, selon le parquet.\n"
      "Deux jours plus tard, le propriétaire de l’immeuble a été entendu sur l’incendie de l’immeuble par le parquet.\n"
      "Son avocat a plaidé la relaxe du propriétaire de l’immeuble après l’incendie, selon le parquet.\n"
      "En attendant, les locataires de l’immeuble incendié sont relogés par la mairie, selon le parquet.\n"
      "Concrètement, le propriétaire de l’immeuble devra indemniser les locataires après l’incendie.\n"
      "Le parquet a également requis une amende contre le propriétaire de l’immeuble après l’incendie.\n");
  ASSERT_FALSE(doc.info_blocks.empty());
  const InfoBlock& b = doc.info_blocks.front();
  ASSERT_EQ(b.id, "essentiel");
  for (const std::string& item : b.items) {
    EXPECT_NE(item.rfind("Elle ", 0), 0u) << item;
    EXPECT_NE(item.rfind("Cette ", 0), 0u) << item;
    // Nor one whose opening words do: « Interrogé sur …, il », « Pour ces locataires ».
    EXPECT_NE(item.rfind("Interrogé ", 0), 0u) << item;
    EXPECT_NE(item.rfind("Pour ces ", 0), 0u) << item;
    // Nor one told from the sentence before: « Deux jours plus tard, … ».
    EXPECT_NE(item.rfind("Deux jours plus tard", 0), 0u) << item;
    // Nor one whose first words hold a possessive (« Son avocat »), nor one
    // linked to the sentence before (« En attendant », « Concrètement »,
    // « a également requis »).
    EXPECT_NE(item.rfind("Son ", 0), 0u) << item;
    EXPECT_NE(item.rfind("En attendant", 0), 0u) << item;
    EXPECT_NE(item.rfind("Concrètement", 0), 0u) << item;
    EXPECT_EQ(item.find("également"), std::string::npos) << item;
    // The list is printed under the introduction: it repeats none of its sentences.
    for (const Paragraph& p : doc.sections.front().paragraphs)
      for (const Sentence& s : p.sentences) EXPECT_NE(item, s.text);
  }
}

// Nor is an item of the source's own list one.
TEST(Blocks, EssentielItemsAreNoItemsOfTheSourcesLists) {
  Document doc = testing::rewrite(
      "La métropole de Nantes a présenté jeudi un plan vélo de 90 millions d’euros pour doubler son réseau cyclable.\n"
      "Le plan vélo de la métropole comprend trois grands volets :\n"
      "• la création de douze lignes express du plan vélo reliant la périphérie au centre de la métropole ;\n"
      "• la sécurisation de 150 carrefours du réseau cyclable jugés dangereux par la métropole ;\n"
      "• l’installation de 10 000 places de stationnement pour les vélos du réseau de la métropole.\n"
      "Le vélo est un mode de transport à part entière, a déclaré la présidente de la métropole jeudi.\n"
      "La part des déplacements à vélo dans la métropole est passée de 3 % à 7 % en dix ans.\n"
      "Les associations d’usagers du vélo saluent un plan ambitieux pour le réseau de la métropole.\n"
      "L’opposition municipale dénonce un coût démesuré du plan vélo pour la métropole de Nantes.\n"
      "Les premiers travaux du réseau cyclable doivent commencer à l’automne dans la métropole.\n");
  ASSERT_FALSE(doc.info_blocks.empty());
  for (const std::string& item : doc.info_blocks.front().items) {
    EXPECT_EQ(item.rfind("\u2022", 0), std::string::npos) << item;
    EXPECT_FALSE(text::starts_with_lower(item)) << item;
  }
}

TEST(Blocks, ThinMaterialGivesNoBlock) {
  Document doc = testing::rewrite("Le maire de Lyon a inauguré mardi une nouvelle ligne de tramway qui relie la gare "
                                  "au campus, un chantier de quatre ans.\n");
  EXPECT_TRUE(doc.info_blocks.empty());
}

// A list of the source (two paragraphs or more with the same mark) is a
// list in Markdown and HTML; a single dash paragraph stays a paragraph.
TEST(Blocks, SourceListsRenderAsLists) {
  Document doc;
  Section s;
  for (const char* t : {"Les lignes touchées :", "- Lyon-Grenoble : 3 trains sur 10", "- Lyon-Annecy : aucun train",
                        "1. Marie Roux (Divers gauche) : 52 %", "2. Paul Morel (LR) : 48 %", "- seul tiret"}) {
    Paragraph p;
    p.text = t;
    s.paragraphs.push_back(p);
  }
  doc.sections.push_back(s);
  RenderInfo info{Engine::version(), "x"};
  const std::string md = render(doc, Format::Markdown, info);
  EXPECT_NE(md.find("\n\n- Lyon-Grenoble : 3 trains sur 10\n- Lyon-Annecy : aucun train\n"), std::string::npos) << md;
  EXPECT_NE(md.find("\n\n1. Marie Roux (Divers gauche) : 52 %\n2. Paul Morel (LR) : 48 %\n"), std::string::npos) << md;
  EXPECT_NE(md.find("\n\\- seul tiret\n"), std::string::npos) << md;
  const std::string html = render(doc, Format::Html, info);
  EXPECT_NE(html.find("<li>Lyon-Annecy : aucun train</li>"), std::string::npos) << html;
  EXPECT_NE(html.find("<li value=\"2\">Paul Morel (LR) : 48 %</li>"), std::string::npos) << html;
  EXPECT_NE(html.find("<p>- seul tiret</p>"), std::string::npos) << html;
}

// An enumeration without marks (items ending with « ; » under a line ending
// with a colon, the last maybe ending the sentence) is a list too; one item
// alone is a paragraph.
TEST(Blocks, EnumerationsWithoutMarksRenderAsLists) {
  Document doc;
  Section s;
  for (const char* t : {"Ce que l’on sait de l’enquête :", "le départ de feu a été localisé près de la route ;",
                        "aucun témoin n’a été identifié ;", "des prélèvements ont été réalisés.", "Le préfet a parlé :",
                        "la route reste fermée.", "Trois pistes :", "Une piste accidentelle ;", "Une piste criminelle."}) {
    Paragraph p;
    p.text = t;
    s.paragraphs.push_back(p);
  }
  doc.sections.push_back(s);
  RenderInfo info{Engine::version(), "x"};
  const std::string md = render(doc, Format::Markdown, info);
  EXPECT_NE(md.find("enquête :\n\n- le départ de feu a été localisé près de la route ;\n- aucun témoin n’a été identifié ;\n"
                    "- des prélèvements ont été réalisés.\n\nLe préfet"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("\n\nla route reste fermée.\n"), std::string::npos) << md;
  EXPECT_NE(md.find("\n\n- Une piste accidentelle ;\n- Une piste criminelle.\n"), std::string::npos) << md;
  const std::string html = render(doc, Format::Html, info);
  EXPECT_NE(html.find("<li>aucun témoin n’a été identifié ;</li>"), std::string::npos) << html;
  EXPECT_NE(html.find("<p>la route reste fermée.</p>"), std::string::npos) << html;
}

// A box the source prints without marks under its heading (a subheading
// kept as the section's opening line) or a lead-in ending with a colon:
// short lines that end no sentence are a list. Not a post's lines (its
// author, then its text ending with an emoji), nor lines holding sentences.
TEST(Blocks, BoxLinesWithoutMarksRenderAsLists) {
  Document doc;
  Section s;
  auto add = [&](const char* t, bool heading = false, bool post = false) {
    Paragraph p;
    p.text = t;
    p.from_heading = heading;
    p.post_attribution = post;
    s.paragraphs.push_back(p);
  };
  add("Les chiffres clés", true);
  add("214 communes en crise sécheresse");
  add("39,4 °C relevés à Montélimar le 17 juillet");
  add("Hauteur : 56 mètres");
  add("La sécheresse touche tout le département depuis le mois de juin.");
  add("Le préfet a publié ce message :");
  add("Préfet de la Drôme @Prefet26", false, true);
  add("Économisez l’eau ! Chaque geste compte 💧");
  add("Le bilan", true);
  add("Trois communes privées d’eau potable. Des camions-citernes");
  add("Une réunion jeudi");
  doc.sections.push_back(s);
  RenderInfo info{Engine::version(), "x"};
  const std::string md = render(doc, Format::Markdown, info);
  EXPECT_NE(md.find("\n\n- 214 communes en crise sécheresse\n- 39,4 °C relevés à Montélimar le 17 juillet\n"
                    "- Hauteur : 56 mètres\n\nLa sécheresse"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("\n\nPréfet de la Drôme @Prefet26\n\nÉconomisez"), std::string::npos) << md;
  EXPECT_NE(md.find("\n\nTrois communes privées d’eau potable. Des camions-citernes\n\nUne réunion jeudi\n"),
            std::string::npos)
      << md;
  const std::string html = render(doc, Format::Html, info);
  EXPECT_NE(html.find("<li>Hauteur : 56 mètres</li>"), std::string::npos) << html;
}

TEST(Blocks, RenderedInEveryFormat) {
  Document doc = testing::engine().rewrite(
      testing::read_file(testing::source_path("data/examples/01-inondations-gard.txt")), "01", {});
  ASSERT_FALSE(doc.info_blocks.empty());
  const InfoBlock& b = doc.info_blocks.front();
  RenderInfo info{Engine::version(), "x"};
  EXPECT_NE(render(doc, Format::Markdown, info).find("**" + b.title + "**"), std::string::npos);
  EXPECT_NE(render(doc, Format::Html, info).find("<aside data-block=\"" + b.id + "\">"), std::string::npos);
  EXPECT_NE(render(doc, Format::Text, info).find("- " + b.items.front()), std::string::npos);
  EXPECT_NE(render(doc, Format::Json, info).find("\"blocks\""), std::string::npos);
}

// A box of key figures or dates the source prints under its own heading
// (« Les chiffres clés », « Ses statistiques à Paris », « Chronologie »)
// is the article's: its lines stay, the paragraph after it stays, and no
// second box of that name is made. « +38 % » opening a line is no list.
TEST(BlocksTest, TheSourcesOwnBoxIsKeptAndNotMadeTwice) {
  const std::string text =
      "Pollution de l’air : les particules fines en baisse à Lyon\n\n"
      "Les concentrations de particules fines ont baissé de 12 % en dix ans dans l’agglomération lyonnaise, selon "
      "le dernier rapport de l’observatoire régional de la qualité de l’air publié mardi.\n\n"
      "Les niveaux restent pourtant au-dessus des seuils recommandés par l’Organisation mondiale de la santé dans "
      "la plupart des quartiers, en particulier le long des grands axes de circulation.\n\n"
      "Les chiffres clés\n"
      "12 % de particules fines en moins depuis 2015\n"
      "1 800 capteurs installés dans la métropole\n"
      "+38 % de jours de pollution en été\n\n"
      "L’observatoire publiera une nouvelle carte des quartiers les plus exposés au printemps prochain, avec des "
      "mesures prises à hauteur d’enfant devant les écoles.\n";
  Document doc = testing::rewrite(text);
  const std::string body = testing::body_text(doc);
  for (const char* kept : {"1 800 capteurs installés dans la métropole", "+38 % de jours de pollution en été",
                           "mesures prises à hauteur d’enfant devant les écoles"})
    EXPECT_NE(text::fold(body).find(text::fold(kept)), std::string::npos) << kept << "\n" << body;
  for (const InfoBlock& b : doc.info_blocks) EXPECT_NE(b.title, "Les chiffres clés");
  const RenderInfo info{Engine::version(), "x"};
  const std::string md = render(doc, Format::Markdown, info);
  // (The box's lines are a list; « +38 % » stays as written in its item.)
  EXPECT_NE(md.find("\n- 1\u202F800 capteurs installés dans la métropole\n- +38\u202F% de jours"), std::string::npos) << md;
}

}  // namespace
}  // namespace titraille

namespace titraille {
namespace {

// The source's box under a subheading that only opens with the box's title
// (« Les chiffres clés du dossier »), under another of its names (« En
// chiffres », « Les chiffres de l’observatoire »), or ending with one (« La
// pollution en chiffres »), is not made a second time either.
TEST(BlocksTest, TheSourcesBoxUnderAnotherTitleIsNotMadeTwice) {
  for (const char* heading :
       {"Les chiffres clés du dossier", "En chiffres", "La pollution en chiffres", "Les chiffres de l’observatoire"}) {
    const std::string text = std::string(
        "Pollution de l’air : les particules fines en baisse à Lyon\n\n"
        "Les concentrations de particules fines ont baissé de 12 % en dix ans dans l’agglomération lyonnaise, selon "
        "le dernier rapport de l’observatoire régional, qui a recensé 1 800 capteurs et 45 stations.\n\n"
        "Les niveaux restent pourtant au-dessus des seuils recommandés dans 30 quartiers, en particulier le long des "
        "grands axes de circulation, où vivent 200 000 habitants.\n\n") +
        heading + "\n"
        "12 % de particules fines en moins depuis 2015\n"
        "1 800 capteurs installés dans la métropole\n"
        "45 stations de mesure réparties sur le territoire\n\n"
        "L’observatoire publiera une nouvelle carte des quartiers les plus exposés au printemps prochain, avec des "
        "mesures prises à hauteur d’enfant devant les écoles.\n";
    Document doc = testing::rewrite(text);
    EXPECT_NE(text::fold(testing::body_text(doc)).find(text::fold("45 stations de mesure")), std::string::npos) << heading;
    for (const InfoBlock& b : doc.info_blocks) EXPECT_NE(b.title, "Les chiffres clés") << heading;
  }
}

// « Les chiffres de la récolte » heads a box of « Label : value » lines:
// the box and the paragraph after it are the article's.
TEST(BlocksTest, TheSourcesBoxUnderLesChiffresDeIsKept) {
  Document doc = testing::rewrite(
      "Cidre : une récolte de pommes en baisse en Normandie\n"
      "La récolte de pommes à cidre a commencé cette semaine dans le pays d'Auge, avec des volumes en baisse de près "
      "d'un tiers. Le gel d'avril a détruit une grande partie des fleurs dans les vergers du Calvados.\n"
      "L'interprofession a fixé le prix de la tonne à 190 euros. « Pour les petits producteurs, l'année sera très "
      "difficile », reconnaît son président.\n"
      "Les chiffres de la récolte\n"
      "Début du ramassage : 15 septembre dans la plupart des vergers\n"
      "Volume attendu : 180 000 tonnes (260 000 tonnes en 2023)\n"
      "Surface des vergers : environ 9 000 hectares\n"
      "Sur le marché, le cidre fermier se vend entre 4 et 6 euros la bouteille, un prix proche de celui de l'an "
      "dernier. La baisse des volumes ne sera donc pas compensée.\n");
  const std::string body = text::fold(testing::body_text(doc));
  for (const char* kept : {"180 000 tonnes", "9 000 hectares", "ne sera donc pas compensée"})
    EXPECT_NE(body.find(text::fold(kept)), std::string::npos) << kept;
  for (const Removed& r : doc.removed) EXPECT_NE(r.reason, "boilerplate.ui") << r.text;
}

// The lines of a box the source has under any subheading (« Fiche
// technique ») give no key figure a second time; the figures of the running
// text still make the generated box.
TEST(BlocksTest, KeyFiguresAreNotTakenFromTheSourcesBox) {
  const std::string text =
      "Le nouveau lanceur européen a réussi son cinquième vol\n\n"
      "Le lanceur a décollé mardi soir de Kourou. La fusée emportait 4 satellites à son bord. Les 1 200 "
      "invités étaient réunis dans la salle de contrôle.\n\n"
      "Le premier satellite pèse 2,1 tonnes. Le vol a duré 64 minutes, selon l’agence spatiale européenne.\n\n"
      "Fiche technique\n"
      "Hauteur : 56 mètres\n"
      "Masse au décollage : environ 530 tonnes\n"
      "Poussée au décollage : 1 500 tonnes\n\n"
      "Le prochain lancement est prévu au printemps, avec un satellite de télécommunications destiné à un "
      "opérateur asiatique.\n";
  Document doc = testing::rewrite(text);
  EXPECT_NE(testing::body_text(doc).find("Poussée au décollage"), std::string::npos);
  const InfoBlock* figures = nullptr;
  for (const InfoBlock& b : doc.info_blocks)
    if (b.title == "Les chiffres clés") figures = &b;
  ASSERT_NE(figures, nullptr);
  const std::string items = testing::plain_typography(text::join(figures->items, " | "));
  EXPECT_NE(items.find("4 satellites"), std::string::npos) << items;
  for (const char* boxed : {"56 mètres", "530 tonnes", "1 500 tonnes"}) EXPECT_EQ(items.find(boxed), std::string::npos) << items;
}

// A count of two or more takes a plural noun: a number before a singular
// word is a name's (« Ariane 6 montre », « Falcon 9 réutilisable »); « peu
// avant 20 heures » is a time of day; a figure of a negated clause is shown
// in its clause, with its negation, or not at all (« ne pourront plus être
// louées plus de 90 jours » is no « Plus de 90 jours »).
TEST(BlocksTest, KeyFiguresSayNothingTheTextDoesNot) {
  auto items = key_figures(
      sentences("« Ariane 6 montre vol après vol qu’elle est fiable », a-t-elle dit. Sa Falcon 9 réutilisable a volé "
                "130 fois. L’audience a été suspendue peu avant 20 heures. Les logements ne pourront plus être loués "
                "plus de 90 jours par an. La garde à vue a duré 48 heures. Le satellite pèse 1,5 tonne."),
      resources().blocks, resources().lexicon);
  EXPECT_EQ(text::join(items, " | "), "Sa Falcon 9 réutilisable a volé 130 fois | Les logements ne pourront plus être "
                                      "loués plus de 90 jours par an | La garde à vue a duré 48 heures | Le satellite pèse "
                                      "1,5 tonne");
  // In its clause, with the negation, the figure is said.
  items = key_figures(sentences("Les stocks ne dépassent plus 3 jours de consommation."), resources().blocks,
                      resources().lexicon);
  EXPECT_EQ(text::join(items, " | "), "Les stocks ne dépassent plus 3 jours de consommation");
}

}  // namespace
}  // namespace titraille

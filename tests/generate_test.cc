// Unit tests of the generating stages: keyphrase, headings, title, meta
// description, slug and report.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <regex>

#include "keyphrase.h"
#include "meta.h"
#include "phrases.h"
#include "report.h"
#include "slug.h"
#include "test_support.h"
#include "text.h"
#include "title.h"

namespace titraille {
namespace {

// The candidate phrases of a document's sentences, as the keyphrase stage
// extracts them (views into `doc`).
std::map<std::string, Phrase> phrases_of(const Document& doc) {
  const std::vector<IndexedSentence> sentences = keyphrase_sentences(doc);
  const PhraseRules& rules = testing::resources().keyphrase.phrases;
  return extract_phrases(sentences, rules, verb_forms(sentences, rules));
}

// A made-up story told in five paragraphs, with a title in capitals.
const std::string kStory =
    "GRÈVE DES ÉBOUEURS : LES DÉCHETS S’ACCUMULENT À MARSEILLE\n"
    "La grève des éboueurs de Marseille entre dans sa deuxième semaine et les déchets s’accumulent dans les rues "
    "du centre-ville, où plus de 3 000 tonnes n’ont pas été ramassées, selon la métropole.\n"
    "Les agents réclament une revalorisation de leurs primes de pénibilité et l’embauche de quarante titulaires. "
    "La direction de la propreté urbaine a proposé lundi une hausse de 60 euros par mois, jugée insuffisante par "
    "le syndicat majoritaire.\n"
    "Dans le quartier de Noailles, les commerçants disent perdre des clients. « Les touristes font demi-tour devant "
    "les poubelles », raconte Karim Benhadj, qui tient une épicerie rue d’Aubagne depuis vingt ans.\n"
    "La métropole a fait appel à une entreprise privée pour collecter les déchets autour des écoles et des "
    "hôpitaux, une décision dénoncée par le syndicat comme une atteinte au droit de grève des éboueurs.\n"
    "Une nouvelle réunion entre la direction et les représentants des éboueurs est prévue jeudi à l’hôtel de "
    "ville. Le préfet n’exclut pas des réquisitions si la situation sanitaire devait se dégrader.\n";

// A lower-case word that a determiner follows, or with a future ending
// (« -era », « -ira »), is a verb: no candidate ends on it.
TEST(KeyphraseTest, NoCandidateEndsOnAVerb) {
  Document doc = testing::rewrite(
      "La direction de l’établissement justifie cette décision par le manque de médecins.\n"
      "L’aéroport de la ville restera fermé jusqu’à dimanche, selon la direction de l’établissement.\n"
      "La direction de l’établissement a reçu les élus mardi.\n");
  const auto phrases = phrases_of(doc);
  EXPECT_FALSE(phrases.count("direction de l’établissement justifie"));
  EXPECT_FALSE(phrases.count("aéroport de la ville restera"));
  Document more = testing::rewrite(
      "Le centre de santé propose notamment une prime aux médecins.\nLe centre de santé recrute.\n");
  EXPECT_FALSE(phrases_of(more).count("centre de santé propose"));
  EXPECT_TRUE(phrases.count("direction de l’établissement"));
}

// Nor on a present participle or an infinitive (« l’amende pouvant aller »),
// inside the complements of a group « et » goes on with (« le service
// départemental d’incendie » of « …d’incendie et de secours »), nor on the
// verb after an acronym (« les puces d’IA attire »).
TEST(KeyphraseTest, NoCandidateEndsOnAParticipleACutNameOrAVerbAfterAnAcronym) {
  Document doc = testing::rewrite(
      "Les contrevenants s’exposent à une amende pouvant aller jusqu’à 1 500 euros.\n"
      "Les opérations de noyage devraient durer jusqu’à jeudi, selon le service départemental d’incendie et de "
      "secours.\n"
      "Le secteur des puces d’IA attire des investissements croissants en Europe.\n"
      "Le ministère de la Transition énergétique a publié un rapport.\n");
  const auto phrases = phrases_of(doc);
  EXPECT_FALSE(phrases.count("amende pouvant aller"));
  EXPECT_FALSE(phrases.count("amende pouvant"));
  EXPECT_TRUE(phrases.count("amende"));
  EXPECT_FALSE(phrases.count("service départemental d’incendie"));
  EXPECT_TRUE(phrases.count("service départemental"));
  EXPECT_FALSE(phrases.count("puces d’ia attire"));
  EXPECT_TRUE(phrases.count("puces d’ia"));
  EXPECT_TRUE(phrases.count("ministère de la transition énergétique"));
}

// A proper name keeps its particle (« Jean-Yves Le Goff », « Lula da
// Silva ») and its number (« Ariane 6 »: « Ariane » alone is no candidate
// there); a number that counts (« Lyon 3 000 habitants ») is no part of it.
TEST(KeyphraseTest, NamesKeepTheirParticlesAndNumbers) {
  Document doc = testing::rewrite(
      "Procès de Jean-Yves Le Goff à Rennes\n"
      "Jean-Yves Le Goff, ancien président de la région, comparaît depuis lundi à Rennes. Le lanceur Ariane 6 a "
      "décollé mardi de Kourou, et Ariane 6 doit accélérer sa cadence. Lula da Silva a salué le lancement.\n"
      "L’avocat de Jean-Yves Le Goff a dénoncé un dossier à charge. Le président Lula da Silva est attendu à "
      "Paris. La ville de Lyon compte 3 habitants de plus, selon Lyon 3 habitants.\n");
  const auto phrases = phrases_of(doc);
  EXPECT_TRUE(phrases.count("jean-yves le goff"));
  EXPECT_TRUE(phrases.count("lula da silva"));
  EXPECT_TRUE(phrases.count("ariane 6"));
  EXPECT_FALSE(phrases.count("ariane"));
  EXPECT_FALSE(phrases.count("lyon 3"));
  EXPECT_TRUE(phrases.count("lyon"));
  EXPECT_EQ(doc.keyphrase, "Jean-Yves Le Goff");
}

// A particle that is no French stop word (« der » of « Van der Poel »)
// keeps the name whole too, and is neither a content word of it (the
// name stays proper) nor the start of a candidate.
TEST(KeyphraseTest, ForeignParticlesKeepNamesWhole) {
  Document doc = testing::rewrite(
      "Cyclisme : Mathieu Van der Poel domine le Tour des Flandres\n"
      "Mathieu Van der Poel a remporté dimanche le Tour des Flandres pour la quatrième fois. Mathieu Van der Poel "
      "a distancé ses rivaux dans le dernier secteur pavé.\n"
      "Le Néerlandais Mathieu Van der Poel vise désormais un record de victoires sur les classiques.\n");
  const auto phrases = phrases_of(doc);
  ASSERT_TRUE(phrases.count("mathieu van der poel"));
  EXPECT_TRUE(phrases.at("mathieu van der poel").proper());
  EXPECT_FALSE(phrases.count("der poel"));
  EXPECT_EQ(doc.keyphrase, "Mathieu Van der Poel");
}

// A name written with digits (« G20 », « COP28 ») is a word and may be a
// candidate; a number or an ordinal (« 2024 », « 13e ») is none.
TEST(KeyphraseTest, NamesWithDigitsAreCandidates) {
  Document doc = testing::rewrite(
      "Les ministres du G7 réunis à Naples\n"
      "Les ministres des Finances du G7 se sont réunis vendredi à Naples, en Italie, pour préparer la COP28. "
      "Le G7 veut un accord avant la COP28, ont indiqué les diplomates présents dans le 13e arrondissement.\n"
      "Le G7 doit publier une déclaration commune samedi, à l’issue de deux jours de discussions.\n");
  const auto phrases = phrases_of(doc);
  EXPECT_TRUE(phrases.count("g7")) << "G7";
  EXPECT_TRUE(phrases.count("cop28")) << "COP28";
  EXPECT_FALSE(phrases.count("13e"));
  for (const Token& t : testing::resources().tokenizer.tokens("l’A320 du G20"))
    if (t.lower == "a320" || t.lower == "g20") { EXPECT_EQ(t.kind, TokenKind::Word) << t.text; }
}

// A verb and its subject written after it (« a-t-il », « témoigne-t-elle »)
// is no keyphrase word, whatever its case.
TEST(KeyphraseTest, AnInversionIsNoCandidate) {
  const std::string para =
      "« Nous avons fait le choix de la prudence pour les habitants », a-t-il déclaré devant la presse. "
      "A-t-il vraiment le choix ? Le préfet a demandé aux habitants du littoral de se tenir prêts, "
      "témoigne-t-elle. Les pompiers restent mobilisés sur le littoral toute la nuit. ";
  Document doc = testing::rewrite(para + "\n" + para + "\n");
  EXPECT_EQ(text::lower(doc.keyphrase).find("-t-"), std::string::npos) << doc.keyphrase;
  const auto phrases = phrases_of(doc);
  EXPECT_FALSE(phrases.count("a-t-il"));
  EXPECT_FALSE(phrases.count("témoigne-t-elle"));
}

// A unit a number counts is no subject (« 22 ans de prison » gave « Ans :
// l’ancien garagiste condamné »).
TEST(KeyphraseTest, AUnitIsNoKeyphrase) {
  Document doc = testing::rewrite(
      "Ploërmel : l’ancien boulanger condamné à 18 ans de prison\n"
      "La cour d’assises du Morbihan a condamné vendredi soir Thomas Garnier à 18 ans de réclusion criminelle pour "
      "le meurtre de son voisin.\n"
      "L’avocat général avait requis 20 ans. La défense, qui plaidait l’acquittement, dispose de dix jours pour "
      "faire appel. Les deux hommes se disputaient depuis des années.\n");
  EXPECT_NE(text::lower(doc.keyphrase), "ans");
  EXPECT_NE(text::lower(doc.keyphrase), "années");
  EXPECT_FALSE(doc.title.starts_with("Ans")) << doc.title;
}

// When no phrase repeats, the keyphrase is a noun of the first sentence,
// not a verb that sorts first (« bloquent » gave « Bloquent : ce qu’il faut
// savoir »).
TEST(KeyphraseTest, WithoutARepeatedPhraseANounIsChosen) {
  Document doc = testing::rewrite(
      "Depuis lundi matin, plusieurs centaines d’étudiants bloquent le campus du Tertre, à Nantes, contre la hausse "
      "des frais d’inscription.\n"
      "Le syndicat appelle à une manifestation samedi au départ de la place du Commerce.\n");
  EXPECT_NE(text::lower(doc.keyphrase), "bloquent");
  EXPECT_FALSE(doc.title.starts_with("Bloquent")) << doc.title;
}

TEST(KeyphraseTest, PicksTheStorySubject) {
  Document doc = testing::rewrite(kStory);
  EXPECT_TRUE(doc.keyphrase == "éboueurs" || doc.keyphrase == "grève des éboueurs") << doc.keyphrase;
}

// The subject of the lead wins over a name that only the later paragraphs
// repeat, and a lower-case word the text never puts after a determiner
// (an adjective, a participle) is never chosen over a noun.
TEST(KeyphraseTest, PrefersANounOfTheFirstParagraph) {
  const std::string story =
      "Les habitants de la vallée de la Durance ont été évacués mardi soir après la crue de la rivière, "
      "montée de deux mètres en quelques heures.\n"
      "À Sisteron, la mairie de Sisteron a ouvert le gymnase de Sisteron pour accueillir les familles. Sisteron "
      "compte plus de 7 000 habitants et Sisteron n’avait pas connu pareille crue depuis 1994.\n"
      "Les pompiers de Sisteron ont secouru une trentaine de personnes en alerte renforcée. Le préfet a maintenu "
      "l’alerte renforcée pour la nuit et la crue devrait baisser jeudi, selon les prévisionnistes.\n";
  Document doc = testing::rewrite(story);
  EXPECT_NE(doc.keyphrase, "Sisteron");
  EXPECT_NE(doc.keyphrase, "renforcée");
  EXPECT_NE(text::fold(story.substr(0, story.find('\n'))).find(text::fold(doc.keyphrase)), std::string::npos)
      << doc.keyphrase;
}

TEST(PhrasesTest, ASingularHeadTakesNoPluralAdjective) {
  Document doc = testing::rewrite(
      "Les soldats de maintien de la paix russes ont quitté la région jeudi après trois ans de mission.\n"
      "Le départ des soldats de maintien de la paix inquiète les habitants de la vallée depuis des semaines.\n"
      "La mission de paix internationale devait pourtant durer jusqu’à la fin de l’année prochaine.\n");
  std::vector<IndexedSentence> sentences = body_sentences(doc);
  const Resources& res = testing::resources();
  auto phrases = extract_phrases(sentences, res.keyphrase.phrases, verb_forms(sentences, res.keyphrase.phrases));
  EXPECT_EQ(phrases.count("paix russes"), 0u);
  // (A plural participle too: « menés » is the team's, not the locker room's.)
  EXPECT_EQ(phrases_of(testing::rewrite("Les Bleus rentrent au vestiaire menés 9-17 à la pause.\nLe vestiaire menés "
                                        "de dix points est resté calme.\n"))
                .count("vestiaire menés"),
            0u);
  EXPECT_EQ(phrases.count("paix internationale"), 1u);  // singular: kept
  EXPECT_EQ(phrases.count("soldats"), 1u);
  // The tokens seen before a phrase, counted: « Les soldats », « des soldats ».
  const Phrase& soldats = phrases.at("soldats");
  EXPECT_EQ(soldats.determiner_count("les"), 1u);
  EXPECT_EQ(soldats.determiner_count("des"), 1u);
  EXPECT_EQ(soldats.determiner_count("la"), 0u);
  EXPECT_EQ(soldats.count, 2u);
  EXPECT_EQ(soldats.text, "soldats");  // the most frequent form; a tie goes to the first in byte order
  // The content flags computed once give the same phrases.
  const VerbForms verbs = verb_forms(sentences, res.keyphrase.phrases);
  const ContentFlags flags = content_flags(sentences, res.keyphrase.phrases, verbs);
  ASSERT_EQ(flags.size(), sentences.size());
  for (std::size_t n = 0; n < sentences.size(); ++n)
    for (std::size_t k = 0; k < sentences[n].sentence->tokens.size(); ++k)
      EXPECT_EQ(flags[n][k] != 0, is_content_word(sentences[n].sentence->tokens[k], res.keyphrase.phrases, verbs));
  auto with_flags = extract_phrases(sentences, res.keyphrase.phrases, verbs, &flags);
  ASSERT_EQ(with_flags.size(), phrases.size());
  for (const auto& [key, p] : phrases) {
    ASSERT_EQ(with_flags.count(key), 1u) << key;
    EXPECT_EQ(with_flags.at(key).count, p.count) << key;
    EXPECT_EQ(with_flags.at(key).text, p.text) << key;
  }
}

// The keyphrase stage leaves its phrases of the source title and the body
// for the title stage, which takes them; they are what an extraction from
// the same sentences gives.
TEST(PhrasesTest, TheTitleStageTakesTheKeyphraseStagesPhrases) {
  const Resources& res = testing::resources();
  for (const std::string& file : testing::example_files()) {
    Document doc = testing::rewrite(testing::read_file(file));
    EXPECT_FALSE(doc.keyphrase_phrases) << file;  // taken by the title stage
  }
  Document doc = testing::rewrite(testing::read_file(testing::example_files().front()));
  const std::vector<IndexedSentence> sentences = keyphrase_sentences(doc);
  const VerbForms verbs = verb_forms(sentences, res.keyphrase.phrases);
  const ContentFlags flags = content_flags(sentences, res.keyphrase.phrases, verbs);
  const auto with_flags = extract_phrases(sentences, res.keyphrase.phrases, verbs, &flags);
  const auto without = extract_phrases(sentences, res.keyphrase.phrases, verbs);
  ASSERT_EQ(with_flags.size(), without.size());
  for (const auto& [key, p] : without) {
    ASSERT_EQ(with_flags.count(key), 1u) << key;
    EXPECT_EQ(with_flags.at(key).count, p.count) << key;
    EXPECT_EQ(with_flags.at(key).inner, p.inner) << key;
    EXPECT_EQ(with_flags.at(key).text, p.text) << key;
  }
}

// A title in capitals neither makes its words names nor gives their
// surface form: the body's casing does.
// After a singular head, a word ending like a verb of the third person
// plural is no part of the phrase (« l’armée marocaine larguent »).
TEST(PhrasesTest, AVerbAfterASingularHeadEndsThePhrase) {
  Document doc = testing::rewrite(
      "Les routes de montagne compliquent l’acheminement des secours dans la région.\n"
      "Des hélicoptères de l’armée marocaine larguent des vivres et des tentes dans les zones isolées.\n"
      "Les soldats de l’armée marocaine distribuent aussi de l’eau dans les villages.\n"
      "Le gouverneur a condamné l’incident violent survenu samedi près d’un camp.\n");
  auto phrases = phrases_of(doc);
  EXPECT_EQ(phrases.count("armée marocaine larguent"), 0u);
  EXPECT_EQ(phrases.count("armée marocaine distribuent"), 0u);
  EXPECT_EQ(phrases.count("armée marocaine"), 1u);
  EXPECT_EQ(phrases.count("incident violent"), 1u);  // a singular adjective in -ent is no verb
}

// After a plural head a word in -ent is the verb; after an adjective written
// before its noun, a noun in -ent is the noun.
TEST(PhrasesTest, AVerbAfterAPluralHeadEndsThePhrase) {
  Document doc = testing::rewrite(
      "Les associations de locataires saluent une avancée, selon un communiqué publié mardi.\n"
      "L’ancien président a rencontré les associations de locataires mercredi à Paris.\n"
      "L’ancien président doit présenter ses propositions au gouvernement la semaine prochaine.\n");
  auto phrases = phrases_of(doc);
  EXPECT_EQ(phrases.count("associations de locataires saluent"), 0u);
  EXPECT_EQ(phrases.count("associations de locataires"), 1u);
  EXPECT_EQ(phrases.count("ancien président"), 1u);
}

// A singular word after a plural complement is no adjective of it: the verb.
TEST(PhrasesTest, ASingularWordAfterAPluralComplementEndsThePhrase) {
  Document doc = testing::rewrite(
      "Le service des urgences fonctionne en mode dégradé depuis mercredi matin, selon la direction du CHU.\n"
      "Le service des urgences reste ouvert aux cas graves, a précisé la direction de l’hôpital jeudi.\n"
      "Les infirmiers du service des urgences réclament des renforts depuis plusieurs semaines.\n");
  auto phrases = phrases_of(doc);
  EXPECT_EQ(phrases.count("service des urgences fonctionne"), 0u);
  EXPECT_EQ(phrases.count("service des urgences"), 1u);
}

// A finite verb after a content word is the clause's verb.
TEST(PhrasesTest, AFiniteVerbAfterANounEndsThePhrase) {
  Document doc = testing::rewrite(
      "La préfecture indique travailler à de nouvelles mesures de protection des troupeaux.\n"
      "La préfecture annonce une réunion avec les éleveurs, selon un communiqué publié lundi.\n"
      "L’annonce de la préfecture a été saluée par les syndicats agricoles du département.\n");
  auto phrases = phrases_of(doc);
  EXPECT_EQ(phrases.count("préfecture indique"), 0u);
  EXPECT_EQ(phrases.count("préfecture annonce"), 0u);
  EXPECT_EQ(phrases.count("préfecture"), 1u);
}

// No phrase ends on an adjective written before the noun that follows it.
TEST(PhrasesTest, NoPhraseEndsOnAnAdjectiveBeforeItsNoun) {
  Document doc = testing::rewrite(
      "Le parquet a requis cinq ans de prison contre l’ancien député, jugé pour détournement de fonds.\n"
      "L’ancien député conteste toute intention frauduleuse, selon sa défense.\n"
      "Le jugement sera rendu à l’automne, a précisé le président du tribunal.\n");
  auto phrases = phrases_of(doc);
  EXPECT_EQ(phrases.count("ancien"), 0u);
  EXPECT_EQ(phrases.count("ancien député"), 1u);
}

// Nor on a participle whose complement follows it.
TEST(PhrasesTest, NoPhraseEndsOnAParticipleBeforeItsComplement) {
  Document doc = testing::rewrite(
      "Le ministre a confirmé jeudi le premier décès lié à la tempête, un automobiliste dans l’Aisne.\n"
      "Un second décès lié à la tempête a été signalé vendredi dans la Manche, selon la préfecture.\n"
      "Les secours ont été appelés plus de 3 000 fois pendant la nuit.\n");
  auto phrases = phrases_of(doc);
  EXPECT_EQ(phrases.count("premier décès lié"), 0u);
  EXPECT_EQ(phrases.count("décès lié"), 0u);
  EXPECT_EQ(phrases.count("premier décès"), 1u);
}

// Nor on a noun that says little without the complement after it (« la
// mise » of « la mise en danger »), nor on an ordinal before its noun, even
// one that is no phrase of its own (« la troisième » of « la troisième
// place »).
TEST(PhrasesTest, NoPhraseEndsOnANounBeforeItsComplementOrOnAnOrdinal) {
  Document doc = testing::rewrite(
      "Le propriétaire est poursuivi pour mise en danger de la vie d’autrui et homicides involontaires.\n"
      "Un rapport recommandait la mise aux normes de l’installation, selon le parquet.\n"
      "Le club lensois reprend la troisième place du classement après sa victoire.\n"
      "Le nombre de chômeurs au sens du BIT progresse de 60 000, au sens de l’Insee aussi.\n");
  auto phrases = phrases_of(doc);
  EXPECT_EQ(phrases.count("mise"), 0u);
  EXPECT_EQ(phrases.count("sens"), 0u);
  EXPECT_EQ(phrases.count("troisième"), 0u);
  EXPECT_EQ(phrases.count("installation"), 1u);
  EXPECT_EQ(phrases.count("classement"), 1u);
}

// Nor on a verb that « que » follows; and a phrase the text writes after
// « l’ » takes « l’ » (a mute h: « de l’homme », never « du homme »).
TEST(PhrasesTest, NoPhraseEndsOnAVerbBeforeQueAndAMuteHElides) {
  Document doc = testing::rewrite(
      "Un homme de 34 ans a été interpellé mardi à Toulouse après une série de cambriolages.\n"
      "Placé en garde à vue, l’homme a reconnu une partie des faits, selon la police.\n"
      "Pour les chercheurs, cette découverte montre que les forêts des Andes restent mal connues.\n");
  auto phrases = phrases_of(doc);
  EXPECT_EQ(phrases.count("découverte montre"), 0u);
  EXPECT_EQ(phrases.count("découverte"), 1u);
  ASSERT_EQ(phrases.count("homme"), 1u);
  EXPECT_EQ(phrases.at("homme").article(testing::resources().keyphrase.phrases), "l\u2019");
}

TEST(PhrasesTest, ALineInCapitalsGivesNoCasing) {
  Document doc = testing::rewrite(
      "INCENDIE À L’USINE DE SAINT-AVOLD : LES RIVERAINS CONFINÉS\n"
      "Un incendie s’est déclaré mardi soir dans une usine chimique de Saint-Avold, en Moselle, et les riverains "
      "ont été confinés pendant toute la nuit, a annoncé la préfecture.\n"
      "Les pompiers ont maîtrisé l’incendie mercredi matin, sans faire de blessé, selon le service départemental.\n"
      "Une enquête a été ouverte pour déterminer l’origine de l’incendie, qui a touché un entrepôt de solvants.\n");
  auto phrases = phrases_of(doc);
  ASSERT_EQ(phrases.count("incendie"), 1u);
  EXPECT_EQ(phrases.at("incendie").text, "incendie");
  EXPECT_FALSE(phrases.at("incendie").proper());
  ASSERT_EQ(phrases.count("riverains"), 1u);
  EXPECT_EQ(phrases.at("riverains").text, "riverains");
  // Only in capitals: written in lower case.
  ASSERT_EQ(phrases.count("confinés"), 0u);  // a participle the text shows as a verb form
  EXPECT_NE(doc.keyphrase, "INCENDIE");
  EXPECT_FALSE(text::is_all_caps(doc.keyphrase)) << doc.keyphrase;
}

// Inside a sentence, a phrase keeps the capital the text gives its first
// word away from a sentence's start (« l’État social », « les Français »),
// and loses one that only a sentence's start gave it.
TEST(PhrasesTest, InsideASentenceKeepsTheCapitalTheTextGives) {
  Document doc = testing::rewrite(
      "Le gouvernement présente son plan pour les hôpitaux publics\n"
      "Pour les syndicats, le démantèlement de l’État social continue et l’État social ne protège plus les "
      "plus fragiles, a estimé mardi la secrétaire générale lors d’une conférence de presse à Paris.\n"
      "Syndicats et patronat se retrouveront jeudi au ministère, où les Français attendent des annonces sur le "
      "financement des hôpitaux publics et sur l’État social.\n"
      "Les syndicats appellent à une grève nationale le 14 mars dans tous les hôpitaux publics du pays.\n");
  auto phrases = phrases_of(doc);
  ASSERT_EQ(phrases.count("état social"), 1u);
  EXPECT_FALSE(phrases.at("état social").proper());
  EXPECT_EQ(phrases.at("état social").inside_sentence(), "État social");
  ASSERT_EQ(phrases.count("syndicats"), 1u);
  EXPECT_EQ(phrases.at("syndicats").inside_sentence(), "syndicats");
  ASSERT_EQ(phrases.count("hôpitaux publics"), 1u);
  EXPECT_EQ(phrases.at("hôpitaux publics").inside_sentence(), "hôpitaux publics");
}

// A source title that opens with the keyphrase gives a title of its own
// by losing its last group, never the source title itself.
// No title of the keyphrase and a predicate whose subject it was
// (« Théo Marchadier : s’offre la 5ᵉ étape »), and a word the source title
// writes in lower case stays so whatever the body writes (« vote la ligne
// 6 », though the body names « La Chapelle-sur-Erdre »).
TEST(TitleTest, NoSubjectlessPredicateNorCapitalFromTheBody) {
  Document doc = testing::rewrite(
      "Paris-Nice : Théo Marchadier, 22 ans, s'offre la 5e étape\n"
      "Théo Marchadier a remporté jeudi la 5e étape de Paris-Nice devant le Danois Mads Kjeldsen. Théo "
      "Marchadier signe sa première victoire chez les professionnels.\n");
  ASSERT_EQ(doc.keyphrase, "Théo Marchadier");
  EXPECT_EQ(doc.title.find("Marchadier\u00A0: s’"), std::string::npos) << doc.title;
  Document tram = testing::rewrite(
      "Nantes : le conseil métropolitain vote la ligne 6 du tramway\n"
      "Les élus ont adopté vendredi le projet. La ligne 6 reliera Rezé à La Chapelle-sur-Erdre en 2030.\n");
  EXPECT_EQ(tram.title.find("La ligne"), std::string::npos) << tram.title;
  EXPECT_NE(tram.title.find("vote la ligne 6"), std::string::npos) << tram.title;
}

TEST(TitleTest, SourceTitleLedByTheKeyphraseIsShortened) {
  Document doc = testing::rewrite(
      "La Cour des comptes épingle les aéroports régionaux dans un rapport sévère\n"
      "La Cour des comptes a publié mercredi un rapport sévère sur la gestion des aéroports régionaux, dont "
      "beaucoup survivent grâce aux subventions des collectivités.\n"
      "Selon la Cour des comptes, une quinzaine d’aéroports accueillent moins de 100 000 passagers par an et "
      "ne couvrent pas leurs frais de fonctionnement.\n"
      "Les magistrats recommandent de fermer les plateformes les moins fréquentées et de mieux coordonner les "
      "aides publiques entre les régions.\n");
  ASSERT_EQ(doc.keyphrase, "Cour des comptes");
  EXPECT_EQ(doc.title, "La Cour des comptes épingle les aéroports régionaux");
}

// A shortened title never loses a group whose loss would change what it
// says: "contre", "avec", "selon" are not cut.
TEST(TitleTest, ShortenedTitlesKeepGroupsThatCarryTheMeaning) {
  Options o;
  o.keyphrase = "Nantes";
  Document doc = testing::rewrite(
      "Nantes : les chauffeurs de bus votent contre le nouvel accord salarial de la métropole\n"
      "Les chauffeurs de bus de Nantes ont voté lundi contre l’accord salarial proposé par la métropole, à une "
      "large majorité des suffrages exprimés.\n"
      "Les syndicats demandent une hausse de 120 euros par mois et de nouvelles embauches pour le réseau de Nantes.\n"
      "La métropole dit vouloir rouvrir les discussions avant la rentrée de septembre.\n",
      o);
  // Cut before "contre", the title would say that the drivers vote, not what against.
  EXPECT_NE(doc.title, "Nantes : les chauffeurs de bus votent");
  const std::string t = text::fold(doc.title);
  EXPECT_TRUE(t.find("votent") == std::string::npos || t.find("votent contre") != std::string::npos) << doc.title;
}

// No title ends on a function word or on a verb whose object was cut off:
// « … : Ariane 6 met » (of « met en orbite … »), « … la nouvelle ligne de »
// (of « ligne de car express », where « car » is the noun).
TEST(TitleTest, NoTitleEndsOnAVerbOrAFunctionWord) {
  const TitleRules& rules = testing::resources().titles;
  EXPECT_TRUE(rules.ends_incomplete("Sentinelle-Argos : Ariane 6 met"));
  EXPECT_TRUE(rules.ends_incomplete("Le Havre : la région finance la nouvelle ligne de"));
  EXPECT_TRUE(rules.ends_incomplete("Vendée : le vote de l’"));
  EXPECT_TRUE(rules.ends_incomplete("Rugby : le XV de France est ?"));
  EXPECT_FALSE(rules.ends_incomplete("Lens renverse Rennes et reprend la troisième place"));
  EXPECT_FALSE(rules.ends_incomplete("Le marché s’installe sur la place"));
  EXPECT_FALSE(rules.ends_incomplete("Rennes : le bus de nuit revient ?"));
  // A plural verb form, which no noun shares, needs its object even after a
  // determiner; a time group is a group a title may lose.
  EXPECT_TRUE(rules.ends_incomplete("Grève SNCF : les syndicats appellent"));
  EXPECT_TRUE(rules.ends_incomplete("Retraites : les élus ont"));
  // The word after an elision counts (« un » of « qu’un »), a subject
  // pronoun ends nothing, and a negation is closed (« ne … que »,
  // « n’… pas ») or the title says the opposite of the text.
  EXPECT_TRUE(rules.ends_incomplete("La SNCF ne pourrait assurer qu’un"));
  EXPECT_TRUE(rules.ends_incomplete("La SNCF a annoncé lundi qu’elle"));
  EXPECT_TRUE(rules.ends_incomplete("La SNCF a annoncé qu’elle ne pourrait assurer"));
  EXPECT_TRUE(rules.ends_incomplete("Le préfet n’autorise"));
  EXPECT_FALSE(rules.ends_incomplete("La SNCF n’assurera qu’un TGV sur deux"));
  EXPECT_FALSE(rules.ends_incomplete("Le préfet n’autorise pas la manifestation"));
  EXPECT_FALSE(rules.ends_incomplete("Le maire ne se représentera plus"));
  const std::vector<std::string> forms =
      shortened_forms("Grève SNCF : les syndicats appellent à un mouvement national pendant les fêtes", rules);
  EXPECT_NE(std::find(forms.begin(), forms.end(), "Grève SNCF : les syndicats appellent à un mouvement national"),
            forms.end());
  for (const std::string title :
       {"Ariane 6 met sur orbite le satellite climatique Sentinelle-Argos depuis Kourou",
        "Ariane 6 met en orbite le satellite climatique Sentinelle-Argos depuis Kourou",
        "Transports : la région finance la nouvelle ligne de car express entre Rouen et Le Havre"}) {
    Document doc = testing::rewrite(
        title + "\n"
        "La fusée Ariane 6 a décollé mardi soir de Kourou avec à son bord Sentinelle-Argos, un satellite chargé de "
        "mesurer la température des océans, et la région Normandie a voté jeudi une nouvelle ligne de car express "
        "entre Rouen et la gare du Havre.\n"
        "Pesant 1,4 tonne, Sentinelle-Argos embarque un radiomètre conçu à Toulouse. Les premières cartes de "
        "Sentinelle-Argos sont attendues à l’automne, et le car express du Havre doit rouler dès septembre.\n");
    EXPECT_FALSE(rules.ends_incomplete(doc.title)) << doc.title;
    EXPECT_FALSE(rules.ends_incomplete(doc.h1)) << doc.h1;
  }
}

// When only generic templates fit, the source's clause too long for a title
// is cut before a group instead (never after a number), and the amount a
// sentence gives with « à » stays with its verb.
TEST(TitleTest, ACutSourceClauseBeatsGenericTemplates) {
  Options o;
  o.keyphrase = "meurtre";
  Document doc = testing::rewrite(
      "Meurtre de Ploërmel : Thomas Garnier condamné à 18 ans de réclusion criminelle\n"
      "Après trois jours d’audience, la cour d’assises du Morbihan a reconnu vendredi l’ancien boulanger coupable "
      "du meurtre de son voisin, tué en mars 2023 au terme d’une dispute.\n"
      "L’avocat général avait requis vingt ans. La défense plaidait le coup de folie d’un homme épuisé par un "
      "conflit de voisinage vieux de dix ans.\n"
      "Le meurtre avait choqué ce quartier calme de Ploërmel, où les deux hommes vivaient depuis vingt ans.\n",
      o);
  EXPECT_EQ(doc.title, "Meurtre\u00A0: Thomas Garnier condamné à 18\u00A0ans");
  EXPECT_EQ(doc.h1, "Meurtre\u00A0: Thomas Garnier condamné à 18\u00A0ans de réclusion criminelle");
}

// The part of the source title that the keyphrase opens makes a title; the
// site's name after the source title is no part of the headline.
TEST(TitleTest, LeadSentenceOfTheKeyphraseWithoutTheSiteName) {
  Document doc = testing::rewrite(
      "Tour de France : Marc Vidal remporte l’étape reine dans les Alpes | Vélo Mag\n"
      "Marc Vidal a remporté jeudi la dix-septième étape du Tour de France au sommet de l’Alpe d’Huez, après une "
      "échappée de 80 kilomètres.\n"
      "Le coureur savoyard, âgé de 24 ans, signe la première victoire de sa carrière sur la Grande Boucle. Marc "
      "Vidal remonte à la sixième place du classement général.\n"
      "Son équipe avait perdu deux coureurs sur chute en début de semaine.\n");
  ASSERT_EQ(doc.keyphrase, "Marc Vidal");
  EXPECT_EQ(doc.title, "Marc Vidal remporte l’étape reine dans les Alpes");
  EXPECT_EQ(doc.h1.find("Vélo Mag"), std::string::npos) << doc.h1;
}

// The keyphrase opening one clause of the source title is put before no
// other clause of it (« Marc Vidal : Léa Morin garde le maillot jaune » says
// what Léa Morin did as if about Marc Vidal), and a subheading of the
// source ranks below a title from the source title.
TEST(TitleTest, KeyphraseIsPutBeforeNoOtherSubjectsClause) {
  Document doc = testing::rewrite(
      "Tour de l’Ain : Marc Vidal s’impose au sprint à Bourg, Léa Morin garde le maillot jaune\n"
      "Marc Vidal a remporté jeudi la troisième étape du Tour de l’Ain à Bourg-en-Bresse, au terme d’un sprint "
      "massif, devant deux coureurs belges.\n"
      "Le coureur savoyard, âgé de 24 ans, signe la deuxième victoire de sa carrière. Marc Vidal remonte à la "
      "sixième place du classement général.\n"
      "Une fin d’étape nerveuse\n"
      "Une chute a freiné le peloton à trois kilomètres de l’arrivée. Léa Morin, leader de l’épreuve, a été "
      "retardée mais conserve le maillot jaune avec six secondes d’avance.\n");
  ASSERT_EQ(doc.keyphrase, "Marc Vidal");
  EXPECT_EQ(doc.title.find("Léa Morin garde"), std::string::npos) << doc.title;
  EXPECT_EQ(doc.title.find("fin d’étape"), std::string::npos) << doc.title;
  EXPECT_EQ(doc.title, "Marc Vidal s’impose au sprint à Bourg") << doc.title;
  // A keyphrase whose part has no verb (a place and its state) may head the
  // clause after it.
  Options o;
  o.keyphrase = "Quimperlé";
  Document flood = testing::rewrite(
      "Crue de la Laïta : Quimperlé les pieds dans l’eau, 150 maisons évacuées\n"
      "La Laïta est sortie de son lit dans la nuit de lundi à mardi à Quimperlé, où 150 maisons ont été évacuées, "
      "selon la préfecture du Finistère.\n"
      "Le maire de Quimperlé a demandé la reconnaissance de l’état de catastrophe naturelle.\n"
      "Les eaux devraient baisser à Quimperlé à partir de jeudi, selon Vigicrues.\n",
      o);
  EXPECT_EQ(flood.title, "Quimperlé\u00A0: 150 maisons évacuées") << flood.title;
  // Nor when the keyphrase ends the name that opens the clause (the
  // surname of « Marc Vidal »).
  o.keyphrase = "Vidal";
  Document surname = testing::rewrite(
      "Tour de l’Ain : Marc Vidal s’impose au sprint à Bourg, Léa Morin garde le maillot jaune\n"
      "Marc Vidal a remporté jeudi la troisième étape du Tour de l’Ain à Bourg-en-Bresse, au terme d’un sprint "
      "massif, devant deux coureurs belges.\n"
      "Le coureur savoyard, âgé de 24 ans, signe la deuxième victoire de sa carrière. Vidal remonte à la "
      "sixième place du classement général.\n",
      o);
  EXPECT_EQ(surname.title.find("Léa Morin garde"), std::string::npos) << surname.title;
}

// A first name and a name after the keyphrase keep their capitals even when
// the body only writes them at sentence starts.
TEST(TitleTest, NameAfterTheKeyphraseKeepsItsCapital) {
  Document doc = testing::rewrite(
      "Tour de l’Ain : Marc Vidal s’impose au sprint, Léa Morin garde le maillot jaune\n"
      "Une fin d’étape nerveuse a marqué la journée à Bourg-en-Bresse, où le peloton a roulé vite sous la pluie.\n"
      "Marc Vidal a remporté jeudi la troisième étape du Tour de l’Ain au terme d’un sprint massif. Léa Morin "
      "conserve le maillot jaune.\n"
      "Marc Vidal remonte à la sixième place du classement général du Tour de l’Ain.\n");
  EXPECT_EQ(doc.title.find("marc"), std::string::npos) << doc.title;
  EXPECT_NE(doc.title.find("Marc Vidal"), std::string::npos) << doc.title;
}

// A part of the source title that holds the keyphrase (not at its start)
// makes a title before a subheading does; a subheading that is a quotation
// makes none (it would say nowhere who spoke).
TEST(TitleTest, PartOfTheSourceTitleHoldingTheKeyphraseBeatsASubheading) {
  Options o;
  o.keyphrase = "Guadeloupe";
  Document doc = testing::rewrite(
      "La tempête Ophélie frappe la Guadeloupe : trois blessés et des milliers de foyers privés de courant et d’eau\n"
      "La tempête tropicale Ophélie a touché la Guadeloupe dans la nuit de lundi à mardi, faisant trois blessés "
      "légers, selon la préfecture.\n"
      "« On n’avait jamais vu autant d’eau »\n"
      "Des milliers de foyers de Guadeloupe restaient privés d’électricité mardi soir. « On n’avait jamais vu autant "
      "d’eau », raconte un habitant de Pointe-à-Pitre.\n"
      "Les écoles de Guadeloupe resteront fermées jusqu’à jeudi, a annoncé le rectorat.\n",
      o);
  EXPECT_EQ(doc.title.find("«"), std::string::npos) << doc.title;
  EXPECT_EQ(doc.title, "La tempête Ophélie frappe la Guadeloupe") << doc.title;
}

// A source subheading makes a title whole or not at all: cut short, it may
// say the opposite (the next edition's anniversary made this one's).
TEST(TitleTest, ASubheadingIsNeverShortened) {
  Document doc = testing::rewrite(
      "Customize this title in frenchFestival des Grandes Dunes : 30 000 spectateurs pour une édition record à Royan\n"
      "La huitième édition du festival des Grandes Dunes s’est achevée dimanche soir à Royan sur un bilan inédit : "
      "30 000 spectateurs en trois jours, contre 21 000 l’an dernier. Les organisateurs se disent comblés.\n"
      "Les concerts de la grande scène ont affiché complet dès le vendredi. Les commerçants du centre-ville parlent "
      "d’un week-end exceptionnel pour le festival.\n"
      "Une édition anniversaire en préparation\n"
      "Les organisateurs du festival préparent déjà la dixième édition, prévue en 2027, qui sera celle de "
      "l’anniversaire. Ils promettent une programmation plus longue et une scène sur la plage.\n");
  EXPECT_EQ(doc.title.find("anniversaire"), std::string::npos) << doc.title;
}

// A quotation taken from the source title keeps its capital.
TEST(TitleTest, QuotationKeepsItsCapital) {
  Options o;
  o.keyphrase = "retraites";
  Document doc = testing::rewrite(
      "Retraites : « Nous irons jusqu’au bout », promet la ministre du Travail\n"
      "La ministre du Travail a promis mardi d’aller jusqu’au bout de la réforme des retraites, malgré la "
      "mobilisation syndicale.\n"
      "Les syndicats appellent à une nouvelle journée de grève sur les retraites jeudi prochain.\n"
      "Le texte doit être examiné au Sénat à partir du 12 mars.\n",
      o);
  EXPECT_NE(doc.title.find("\u00AB\u202FNous"), std::string::npos) << doc.title;
}

// A title never drops who said it: the claim would become a fact.
TEST(TitleTest, LeadSentenceNeverLosesItsAttribution) {
  Options o;
  o.keyphrase = "maire de Lyon";
  Document doc = testing::rewrite(
      "Le maire de Lyon a sous-estimé le coût du nouveau tramway, selon la chambre régionale des comptes\n"
      "Le maire de Lyon a sous-estimé de 40 millions d’euros le coût du nouveau tramway, selon la chambre "
      "régionale des comptes.\n"
      "Le rapport publié mardi pointe des études préalables insuffisantes et un calendrier trop serré.\n"
      "L’entourage du maire de Lyon conteste ces chiffres et promet une réponse détaillée.\n",
      o);
  const std::string t = text::fold(doc.title);
  EXPECT_TRUE(t.find("sous-estime") == std::string::npos || t.find("selon") != std::string::npos) << doc.title;
}

// A decimal comma does not cut the source title into clauses.
TEST(TitleTest, DecimalCommaIsNoClauseBoundary) {
  Document doc = testing::rewrite(
      "Tempête Ciarán : des rafales à 180 km/h, 1,2 million de foyers privés d’électricité\n"
      "La tempête Ciarán a frappé la façade atlantique dans la nuit de mercredi à jeudi, avec des rafales de plus "
      "de 180 km/h à la pointe du Raz.\n"
      "Enedis indique que 1,2 million de foyers restent privés d’électricité, dont 780 000 en Bretagne.\n"
      "La tempête Ciarán a aussi interrompu le trafic ferroviaire dans tout l’ouest du pays.\n");
  for (const std::string& t : {doc.title, doc.h1}) {
    EXPECT_EQ(t.find(": 2 million"), std::string::npos) << t;
    EXPECT_EQ(t.find(" 2 million"), std::string::npos) << t;
  }
}

// A shortened title or h1 never cuts « à » and an infinitive off the verb
// it completes, nor the infinitive off what it needs.
TEST(TitleTest, ShortenedFormsKeepAnInfinitiveComplement) {
  Options o;
  o.keyphrase = "Parlement grec";
  Document doc = testing::rewrite(
      "Le Parlement grec a adopté mercredi soir une loi autorisant certaines entreprises à imposer à leurs "
      "salariés une semaine de travail de six jours, une mesure vivement contestée par les syndicats.\n"
      "Le texte a été voté par 158 députés sur 300 au Parlement grec. Il concerne les entreprises qui "
      "fonctionnent en continu.\n"
      "Les syndicats, qui ont organisé une grève générale le 28 février, dénoncent une régression sociale.\n",
      o);
  for (const std::string& t : {doc.title, doc.h1}) {
    const std::string f = text::fold(t);
    EXPECT_FALSE(f.ends_with("entreprises")) << t;
    EXPECT_FALSE(f.ends_with("a imposer")) << t;
  }
}

// A keyphrase that completes the noun before it leaves the clause when it
// heads the title (« le chantier du téléphérique prend… »).
TEST(TitleTest, KeyphraseCompletingANounHeadsTheTitle) {
  Options o;
  o.keyphrase = "téléphérique";
  Document doc = testing::rewrite(
      "Brest : le chantier du téléphérique prend six mois de retard\n"
      "La mise en service du second tronçon du téléphérique de Brest est repoussée d’au moins six mois, a "
      "annoncé lundi la métropole.\n"
      "Une pièce du système d’entraînement du téléphérique présentait un défaut de fabrication, selon la métropole.\n"
      "Le constructeur s’est engagé à la remplacer à ses frais.\n",
      o);
  EXPECT_EQ(doc.title, "Téléphérique\u00A0: le chantier prend six mois de retard");
}

// « après » opens a complement, not a clause: the title keeps the verb
// (« Médiathèque Jacques-Demy : deux ans de travaux » said the opposite).
TEST(TitleTest, AComplementAfterApresIsNoClauseOfItsOwn) {
  Options o;
  o.keyphrase = "médiathèque Jacques-Demy";
  Document doc = testing::rewrite(
      "Nantes : la médiathèque Jacques-Demy rouvre après deux ans de travaux\n"
      "La médiathèque Jacques-Demy, fermée depuis février 2023, a rouvert ses portes samedi en présence de "
      "plusieurs centaines de lecteurs.\n"
      "Les travaux ont porté sur l’isolation du bâtiment et son accessibilité, selon la ville.\n"
      "La surface ouverte au public passe de 4 200 à 5 100 mètres carrés.\n",
      o);
  EXPECT_EQ(doc.title, "La médiathèque Jacques-Demy rouvre après deux ans de travaux");
  EXPECT_EQ(doc.title.find("\u00A0: deux ans"), std::string::npos);
}

// A group that gives the cause (« faute de médecins ») may be dropped from a
// long source title: what is left stays true.
TEST(TitleTest, ACauseGroupMayBeDropped) {
  Options o;
  o.keyphrase = "urgences";
  Document doc = testing::rewrite(
      "Urgences : l’hôpital de Vierzon ferme son service la nuit faute de médecins\n"
      "Le service des urgences de l’hôpital de Vierzon sera fermé la nuit à partir du 17 février, a annoncé "
      "l’agence régionale de santé.\n"
      "La direction explique cette décision par le départ de trois médecins urgentistes depuis l’automne.\n"
      "Les patients seront orientés vers les urgences de Bourges pendant les heures de fermeture.\n",
      o);
  EXPECT_EQ(doc.title, "Urgences\u00A0: l’hôpital de Vierzon ferme son service la nuit");
}

// A second predicate (« et reprend… ») may be dropped from a long source
// title; « et » before a name or a determiner, or after « entre », is kept.
TEST(TitleTest, ASecondPredicateMayBeDropped) {
  Options o;
  o.keyphrase = "Lens";
  Document doc = testing::rewrite(
      "Ligue 1 : Lens renverse Rennes au bout du suspense et reprend la troisième place\n"
      "Mené à la pause, Lens s’est imposé 2-1 face à Rennes dimanche soir grâce à un doublé de son attaquant.\n"
      "Les Lensois reprennent la troisième place du classement, à deux points de Marseille.\n"
      "Lens se déplacera à Nice samedi prochain, tandis que Rennes recevra Toulouse.\n",
      o);
  EXPECT_EQ(doc.title, "Lens renverse Rennes au bout du suspense");
  const TitleRules& rules = testing::resources().titles;
  std::vector<std::string> forms = shortened_forms("Lens renverse Rennes et Marseille en deux matchs", rules);
  EXPECT_EQ(std::count(forms.begin(), forms.end(), "Lens renverse Rennes"), 0);
  forms = shortened_forms("Accord commercial entre la France et les États-Unis", rules);
  EXPECT_EQ(forms.size(), 1u);
  forms = shortened_forms("Négociations entre Paris et Berlin et recul du gouvernement", rules);
  EXPECT_EQ(forms.size(), 1u);
}

// No form ends with an apposition cut down to its determiner and noun
// (« …du tramway, un chantier »): the next form drops it.
TEST(TitleTest, NoFormEndsWithABareApposition) {
  const TitleRules& rules = testing::resources().titles;
  const std::vector<std::string> forms =
      shortened_forms("Le conseil métropolitain vote la ligne 6 du tramway, un chantier à 412 millions d’euros", rules);
  EXPECT_EQ(std::count(forms.begin(), forms.end(), "Le conseil métropolitain vote la ligne 6 du tramway, un chantier"), 0);
  EXPECT_EQ(std::count(forms.begin(), forms.end(), "Le conseil métropolitain vote la ligne 6 du tramway"), 1);
}

// A keyphrase taken out of the source title with its preposition group takes
// the conjunction before it along; a kicker that does not hold the keyphrase
// makes a title only when no part of the title that says what happened
// does; « autour de Lyon » is a place a title may lose.
TEST(TitleTest, TheKickerAndACoordinatedGroup) {
  Options o;
  o.keyphrase = "Corbières";
  Document doc = testing::rewrite(
      "Orages dans l’Aude : une nuit d’angoisse à Narbonne et dans les Corbières\n"
      "Des pluies torrentielles se sont abattues mardi soir sur Narbonne et les Corbières, où plusieurs routes "
      "ont été coupées.\n"
      "Dans les Corbières, une vingtaine de personnes ont été hélitreuillées par la sécurité civile.\n"
      "Météo-France maintient la vigilance orange pour la nuit de mercredi.\n",
      o);
  EXPECT_FALSE(doc.title.ends_with(" et")) << doc.title;
  o.keyphrase = "Ardèche";
  Document kicker = testing::rewrite(
      "Canicule dans le Sud-Est : l’Ardèche et l’Isère passent en alerte sécheresse renforcée\n"
      "L’Ardèche et l’Isère passent mercredi en alerte sécheresse renforcée, a annoncé la préfecture de "
      "région.\n"
      "En Ardèche, l’arrosage des jardins est interdit de 8 heures à 20 heures.\n"
      "L’Isère limite aussi le remplissage des piscines.\n",
      o);
  EXPECT_EQ(kicker.title, "L’Ardèche et l’Isère passent en alerte sécheresse renforcée");
  const TitleRules& rules = testing::resources().titles;
  std::vector<std::string> forms = shortened_forms("Les agriculteurs bloquent les autoroutes autour de Lyon", rules);
  EXPECT_EQ(std::count(forms.begin(), forms.end(), "Les agriculteurs bloquent les autoroutes"), 1);
}

// A preposition and a word that make a state (« en panne », « en jeu »,
// « mis en examen ») are no group a title loses; the group before them may
// still go.
TEST(TitleTest, ShortenedFormsKeepFixedLocutions) {
  const TitleRules& rules = testing::resources().titles;
  std::vector<std::string> forms =
      shortened_forms("La Banque de France relève ses prévisions pour une industrie en panne", rules);
  EXPECT_EQ(std::count(forms.begin(), forms.end(), "La Banque de France relève ses prévisions pour une industrie"), 0);
  EXPECT_EQ(std::count(forms.begin(), forms.end(), "La Banque de France relève ses prévisions"), 1);
  forms = shortened_forms("Trois élus de Nîmes mis en examen", rules);
  EXPECT_EQ(forms.size(), 1u);
  forms = shortened_forms("Neuf départements placés en vigilance orange en Bretagne", rules);
  EXPECT_EQ(std::count(forms.begin(), forms.end(), "Neuf départements placés en vigilance orange"), 1);
  EXPECT_EQ(std::count(forms.begin(), forms.end(), "Neuf départements placés"), 0);
  // A proportion (« un train sur deux ») is one group; a comma before a
  // determiner or a number ends a form, one before a name does not.
  forms = shortened_forms("Grève des contrôleurs : les syndicats maintiennent leur appel, un vol sur deux annulé à Nantes",
                          rules);
  EXPECT_EQ(std::count(forms.begin(), forms.end(), "Grève des contrôleurs : les syndicats maintiennent leur appel, un vol"), 0);
  EXPECT_EQ(std::count(forms.begin(), forms.end(), "Grève des contrôleurs : les syndicats maintiennent leur appel, un vol sur deux annulé"), 1);
  EXPECT_EQ(std::count(forms.begin(), forms.end(), "Grève des contrôleurs : les syndicats maintiennent leur appel"), 1);
  forms = shortened_forms("Les maires de Lyon, Marseille et Toulouse écrivent au gouvernement", rules);
  EXPECT_EQ(std::count(forms.begin(), forms.end(), "Les maires de Lyon"), 0);
}

// A participle that qualifies the object of the clause's verb opens a group
// a long title may lose (<participle-group>); a participle that is the
// clause's predicate (no verb and object before it), one after an adverb
// and one with too few words before it are kept.
TEST(TitleTest, ShortenedFormsDropAParticipleGroupAfterTheObject) {
  const TitleRules& rules = testing::resources().titles;
  std::vector<std::string> forms = shortened_forms(
      "La cour d’appel confirme la peine de 18 mois de prison prononcée par le tribunal de Rennes", rules);
  EXPECT_EQ(std::count(forms.begin(), forms.end(), "La cour d’appel confirme la peine de 18 mois de prison"), 1);
  forms = shortened_forms("Grippe : les hôpitaux de Bretagne débordés par l’afflux de patients", rules);
  EXPECT_EQ(forms.size(), 1u);
  forms = shortened_forms("Un cycliste de 15 ans grièvement blessé par un chauffard à Lorient", rules);
  EXPECT_EQ(std::count(forms.begin(), forms.end(), "Un cycliste de 15 ans grièvement"), 0);
  forms = shortened_forms("Un cycliste de 15 ans renversé par un chauffard", rules);
  EXPECT_EQ(forms.size(), 1u);
}

// A clause whose trailing group holds the keyphrase gives its forms that
// dropped that group (the title had fallen back to « Série de
// cambriolages : ce que l’on sait de l’homme »).
TEST(TitleTest, AClauseLosesTheGroupThatHoldsTheKeyphrase) {
  Options o;
  o.keyphrase = "série de cambriolages";
  Document doc = testing::rewrite(
      "Toulouse : un homme interpellé après une série de cambriolages dans des pharmacies\n"
      "Un homme de 34 ans a été interpellé mardi à Toulouse, soupçonné d’une série de cambriolages dans des "
      "pharmacies de l’agglomération.\n"
      "Le suspect a reconnu une partie des faits, selon la police, qui lui impute cette série de cambriolages.\n"
      "Il doit être présenté mercredi à un juge d’instruction.\n",
      o);
  EXPECT_EQ(doc.title, "Série de cambriolages\u00A0: un homme interpellé");
}

// The keyphrase as the complement of a lone noun (« Mort de … ») stays with
// it: neither « Bernard Valmont : mort, figure… » nor the apposition that
// says who he was, nor a title that says his name twice; the source title
// shortened, which holds the keyphrase near its start, is the title.
TEST(TitleTest, AKeyphraseCompletingALoneNounStaysWithIt) {
  Options o;
  o.keyphrase = "Bernard Valmont";
  Document doc = testing::rewrite(
      "Mort de Bernard Valmont, figure du cinéma populaire français, à l’âge de 84 ans\n"
      "L’acteur Bernard Valmont est mort dimanche soir à Paris à l’âge de 84 ans, a annoncé sa famille.\n"
      "Bernard Valmont avait tourné plus de soixante films en cinquante ans de carrière, selon son agent.\n"
      "Ses obsèques auront lieu jeudi en l’église Saint-Roch, à Paris.\n",
      o);
  EXPECT_EQ(doc.title, "Mort de Bernard Valmont, figure du cinéma populaire français");
  for (const std::string& t : {doc.title, doc.h1}) {
    EXPECT_EQ(t.find("mort,"), std::string::npos) << t;
    EXPECT_NE(t, "Bernard Valmont\u00A0: figure du cinéma populaire français") << t;
    EXPECT_NE(t, "Bernard Valmont\u00A0: à l’âge de 84\u00A0ans") << t;
    const std::size_t first = t.find("Valmont");
    EXPECT_EQ(t.find("Valmont", first + 1), std::string::npos) << t;
  }
}

// A place whose name holds its article keeps it where the keyphrase leads
// a title or a heading (« Havre : les habitants… »).
TEST(TitleTest, APlaceKeepsTheArticleOfItsName) {
  Options o;
  o.keyphrase = "Havre";
  Document doc = testing::rewrite(
      "Incendie dans une usine près du Havre : les habitants appelés à rester confinés\n"
      "Un important incendie s’est déclaré mardi matin dans une usine chimique près du Havre, a annoncé la préfecture.\n"
      "Les habitants de six communes proches du Havre ont été appelés à rester chez eux, fenêtres fermées.\n"
      "Une enquête a été ouverte par le parquet du Havre pour déterminer l’origine du sinistre.\n",
      o);
  EXPECT_EQ(doc.title.rfind("Le Havre\u00A0: ", 0), 0u) << doc.title;
  for (const Section& s : doc.sections)
    if (s.heading) { EXPECT_EQ(s.heading->rfind("Havre", 0), std::string::npos) << *s.heading; }
}

// « devant » opens a place group a long title may lose.
TEST(TitleTest, APlaceGroupOpenedByDevantMayBeDropped) {
  const std::vector<std::string> forms =
      shortened_forms("Les producteurs de lait manifestent devant les préfectures", testing::resources().titles);
  EXPECT_NE(std::find(forms.begin(), forms.end(), "Les producteurs de lait manifestent"), forms.end());
}

// A place of the lexicon keeps its capital after the keyphrase, though the
// body writes it only at the start of sentences; a title in capitals takes
// the accents the word lists give a word the body does not write.
TEST(TitleTest, APlaceKeepsItsCapitalAndCapitalsGetLexiconAccents) {
  Options o;
  o.keyphrase = "Dupont";
  Document doc = testing::rewrite(
      "Top 14 : Toulouse écrase Clermont et prend la tête du classement\n"
      "Le Stade toulousain a battu l’ASM Clermont Auvergne samedi soir, porté par un Antoine Dupont omniprésent.\n"
      "Toulouse se déplacera à La Rochelle la semaine prochaine. Dupont a marqué le premier essai.\n"
      "Clermont, onzième, recevra Perpignan samedi prochain.\n",
      o);
  EXPECT_NE(doc.title.find("Toulouse écrase Clermont"), std::string::npos) << doc.title;
  o.keyphrase = "SNCF";
  doc = testing::rewrite(
      "GREVE A LA SNCF : UN TRAFIC TRES PERTURBE\n"
      "Un mouvement de grève des contrôleurs perturbera la circulation des trains ce week-end, a annoncé la SNCF.\n"
      "La SNCF invite les voyageurs à reporter leur déplacement ou à échanger leur billet sans frais.\n"
      "Un nouveau rendez-vous est prévu lundi au siège de l’entreprise.\n",
      o);
  EXPECT_NE(text::lower(doc.h1).find("très"), std::string::npos) << doc.h1;
  EXPECT_EQ(text::lower(doc.h1).find("tres "), std::string::npos) << doc.h1;
}

// « d’ici » goes with the « à » after it: a shortened form never ends on it.
TEST(TitleTest, ALocutionGoesWithItsPreposition) {
  const std::vector<std::string> forms = shortened_forms(
      "Nantes veut doubler son réseau de pistes cyclables d’ici à 2030", testing::resources().titles);
  EXPECT_NE(std::find(forms.begin(), forms.end(), "Nantes veut doubler son réseau de pistes cyclables"), forms.end());
  for (const std::string& f : forms) EXPECT_FALSE(f.ends_with("d’ici")) << f;
}

// A name the body only writes at the start of sentences keeps its capital
// after the keyphrase when a verb follows it (« Plan : carrefour va… »).
TEST(TitleTest, ANameFollowedByAVerbKeepsItsCapital) {
  Options o;
  o.keyphrase = "plan";
  Document doc = testing::rewrite(
      "Carrefour va supprimer 979 postes dans ses sièges en France\n"
      "Carrefour a annoncé jeudi un plan de départs volontaires dans ses sièges, le troisième plan en six ans.\n"
      "Le plan ne prévoit aucun licenciement contraint, selon la direction du groupe.\n"
      "Les syndicats réclament l’ouverture de négociations sur le plan.\n",
      o);
  EXPECT_NE(doc.title.find("Carrefour va supprimer"), std::string::npos) << doc.title;
  EXPECT_EQ(doc.title.find("carrefour"), std::string::npos) << doc.title;
}

// A label with one capital goes as one in capitals does, and the headline
// without its label is the source's title, which is never copied.
TEST(TitleTest, ALabelInSentenceCaseGoesAndTheRestIsTheSourceTitle) {
  Options o;
  o.keyphrase = "tempête Ciarán";
  Document doc = testing::rewrite(
      "Vidéo. Tempête Ciarán : des rafales à 180 km/h sur la pointe de la Bretagne\n"
      "La tempête Ciarán a touché la Bretagne dans la nuit de mercredi à jeudi, avec des rafales à 180 km/h.\n"
      "Plus de 800 000 foyers sont privés d’électricité, selon Enedis, qui a mobilisé 3 000 techniciens.\n"
      "La tempête Ciarán doit quitter la France jeudi soir, selon Météo-France.\n",
      o);
  for (const std::string& t : {doc.title, doc.h1}) {
    EXPECT_EQ(text::fold_ascii(t).find("video"), std::string::npos) << t;
    EXPECT_NE(t, "Tempête Ciarán\u00A0: des rafales à 180\u00A0km/h sur la pointe de la Bretagne") << t;
  }
  EXPECT_EQ(doc.title, "Tempête Ciarán\u00A0: des rafales à 180\u00A0km/h") << doc.title;
}

// A page's label before the headline is no part of it, and a quotation in
// the headline keeps its capital and is never left open.
TEST(TitleTest, LabelGoesAndQuotationStaysWhole) {
  Options o;
  o.keyphrase = "vélo";
  Document doc = testing::rewrite(
      "ENTRETIEN. « Le vélo peut remplacer la voiture pour la moitié des trajets »\n"
      "Urbaniste, Thomas Renaud publie un essai sur la place du vélo dans les villes moyennes.\n"
      "Selon lui, la moitié des trajets en voiture y font moins de cinq kilomètres et le vélo pourrait les "
      "remplacer si les villes construisaient des pistes continues.\n"
      "L’État a annoncé un plan de 250 millions d’euros par an pour le vélo.\n",
      o);
  for (const std::string& t : {doc.title, doc.h1}) {
    EXPECT_EQ(t.find("ENTRETIEN"), std::string::npos) << t;
    EXPECT_EQ(t.find("« le"), std::string::npos) << t;
    std::size_t open = 0, close = 0;
    for (std::size_t at = t.find("\u00AB"); at != std::string::npos; at = t.find("\u00AB", at + 1)) ++open;
    for (std::size_t at = t.find("\u00BB"); at != std::string::npos; at = t.find("\u00BB", at + 1)) ++close;
    EXPECT_EQ(open, close) << t;
  }
}

// « Toulouse. Un incendie… »: the place and its full stop are a kicker.
TEST(TitleTest, APlaceAndAFullStopAreAKicker) {
  Options o;
  o.keyphrase = "entrepôt";
  Document doc = testing::rewrite(
      "Toulouse. Un incendie ravage un entrepôt de la zone industrielle\n"
      "Un important incendie a ravagé dans la nuit un entrepôt de la zone industrielle de Montaudran, à Toulouse, "
      "sans faire de blessé.\n"
      "Près de 80 sapeurs-pompiers ont été mobilisés pour protéger deux entrepôts voisins de l’entrepôt en feu.\n"
      "Une enquête a été ouverte pour déterminer l’origine du sinistre.\n",
      o);
  for (const std::string& t : {doc.title, doc.h1}) EXPECT_EQ(t.find("Toulouse."), std::string::npos) << t;
}

// A source heading gives the {heading} slot without its list number or
// footnote asterisk.
TEST(TitleTest, SourceHeadingsLoseTheirMarks) {
  EXPECT_EQ(text::without_marks("3) Grève et mobilisation"), "Grève et mobilisation");
  EXPECT_EQ(text::without_marks("12. Les mesures du plan"), "Les mesures du plan");
  EXPECT_EQ(text::without_marks("• Ce que dit la loi"), "Ce que dit la loi");
  EXPECT_EQ(text::without_marks("Description de l’erreur*"), "Description de l’erreur");
  EXPECT_EQ(text::without_marks("2024 en chiffres"), "2024 en chiffres");
  EXPECT_EQ(text::without_marks("*"), "");
}

// A common noun that heads the source title before its colon names the
// story's subject; a place there does not.
TEST(KeyphraseTest, TheTitlesKickerNamesTheSubject) {
  Document doc = testing::rewrite(
      "Grève à la SNCF : la mobilisation pourrait durer jusqu’au week-end\n"
      "Un TGV sur trois seulement circulait jeudi au premier jour de la grève lancée par les syndicats de la SNCF. "
      "Le trafic des TER était quasiment à l’arrêt dans plusieurs régions.\n"
      "La direction de la SNCF appelle les voyageurs à reporter leurs déplacements. Les TGV vers le Sud-Est sont "
      "les plus touchés, selon la direction.\n"
      "Les syndicats réclament une hausse des salaires et de nouvelles embauches. La grève pourrait durer jusqu’à "
      "dimanche.\n");
  EXPECT_EQ(doc.keyphrase, "grève");
  // The keyphrase opens the source title: its clause after the colon makes the title.
  EXPECT_EQ(doc.title, "Grève\u00A0: la mobilisation pourrait durer jusqu’au week-end");
  Document place = testing::rewrite(
      "Lorient : le Festival des Rives attend 80 000 visiteurs ce week-end\n"
      "Le Festival des Rives s’ouvre vendredi à Lorient avec plus de 200 concerts sur les quais du port.\n"
      "Les organisateurs du Festival des Rives attendent 80 000 visiteurs, un record, et la ville de Lorient a "
      "renforcé les navettes.\n"
      "Les bénévoles du festival sont plus de 1 500 cette année.\n");
  EXPECT_NE(place.keyphrase, "Lorient");
}

// The title's kicker is a noun whatever the text puts before it: « Dengue : »
// over « une épidémie de dengue », never « ampleur inédite ».
TEST(KeyphraseTest, TheKickerIsANounWithoutItsArticle) {
  Document doc = testing::rewrite(
      "Dengue : la Réunion face à une épidémie d'une ampleur inédite\n"
      "L'île de la Réunion fait face à une épidémie de dengue d'une ampleur inédite, avec plus de 25 000 cas "
      "confirmés depuis le début de l'année, selon l'Agence régionale de santé.\n"
      "Les autorités ont renforcé les opérations de démoustication dans les quartiers les plus touchés.\n"
      "La maladie, transmise par le moustique tigre, provoque de fortes fièvres. Les cas de dengue augmentent.\n");
  EXPECT_EQ(doc.keyphrase, "dengue");
}

// A candidate the source title names ranks before one only the standfirst
// holds; among those the title names, a place ranks last, and a word a
// number follows in the title (« Top 14 ») is no candidate of it.
TEST(KeyphraseTest, TheTitleNamesTheSubject) {
  Document doc = testing::rewrite(
      "Brevel va supprimer 480 postes dans ses usines en France\n"
      "Le fabricant de jouets prévoit un plan de départs volontaires, le deuxième en quatre ans.\n"
      "Brevel a annoncé mercredi son intention de supprimer 480 postes en France dans le cadre d’un plan de "
      "départs volontaires. Le plan doit être présenté aux syndicats le 12 mars.\n"
      "Les syndicats dénoncent un plan « brutal ». Le plan prévoit aussi la fermeture d’un entrepôt à Lille.\n"
      "La France reste le premier marché du groupe, qui réalise en France 40 % de ses ventes.\n");
  EXPECT_EQ(doc.keyphrase, "Brevel");
  // A title in capitals, without its accents, names « sécheresse » all the same.
  Document caps = testing::rewrite(
      "SECHERESSE : L'IRRIGATION INTERDITE DANS LE GERS\n"
      "Les agriculteurs du Gers ne pourront plus irriguer leurs champs à partir de lundi, a annoncé la préfecture. "
      "Les agriculteurs demandent des aides.\n"
      "La sécheresse frappe le département depuis le mois de mai, et les nappes sont au plus bas.\n"
      "Les éleveurs craignent de manquer de fourrage cet hiver si la sécheresse se prolonge.\n");
  EXPECT_EQ(caps.keyphrase, "sécheresse");
  // « Top 14 » is no candidate; « Toulouse » and « Clermont » are.
  Document rugby = testing::rewrite(
      "Top 14 : Toulouse écrase Clermont et prend la tête\n"
      "Le Stade toulousain a battu Clermont 45 à 10 samedi et prend la tête du Top 14. Le Top 14 reprend dans "
      "deux semaines.\n"
      "Clermont n’a jamais trouvé la solution face à la mêlée de Toulouse, qui a inscrit six essais.\n");
  EXPECT_NE(rugby.keyphrase, "Top");
  // A département between brackets after a town is a place: it comes after the subject.
  Document dept = testing::rewrite(
      "Manche : trois jeunes tués dans une collision frontale près de Saint-Lô\n"
      "Trois jeunes gens ont trouvé la mort samedi soir dans une collision frontale sur la route départementale 972, "
      "à hauteur de la commune de Saint-Gilles (Manche), a-t-on appris auprès de la gendarmerie de la Manche.\n"
      "La collision frontale s’est produite vers 21 h 30 dans une ligne droite. Les secours de la Manche sont "
      "arrivés rapidement sur les lieux.\n"
      "Le préfet de la Manche s’est rendu sur place dimanche après-midi.\n");
  EXPECT_EQ(dept.keyphrase, "collision frontale");
  // The more specific subject the title names: « grève des contrôleurs », not « grève ».
  Document strike = testing::rewrite(
      "Grève des contrôleurs : un TER sur trois circulera jeudi\n"
      "La grève des contrôleurs perturbera le trafic jeudi en Occitanie, a prévenu la direction régionale de la SNCF.\n"
      "La grève a été votée lundi. Les syndicats appellent à une grève reconductible pour les salaires, et la grève "
      "pourrait durer.\n"
      "La direction dénonce une grève injustifiée. Une précédente grève avait paralysé le réseau en mars.\n");
  EXPECT_EQ(strike.keyphrase, "grève des contrôleurs");
  // A live page's label is no subject.
  Document live = testing::rewrite(
      "DIRECT. Lancement d'Ariane 6 : la mission Hélios-2 a décollé de Kourou, suivez le vol en temps réel\n"
      "La fusée Ariane 6 a décollé à 14h27 de Kourou avec le satellite Hélios-2. Bonjour et bienvenue dans ce "
      "direct.\n"
      "14h40 – Le satellite Hélios-2 s'est séparé du lanceur. Le direct continue avec les équipes de Kourou.\n"
      "15h10 – Les équipes saluent le succès de la mission, suivie en direct par des milliers de personnes.\n");
  EXPECT_NE(text::lower(live.keyphrase), "direct") << live.keyphrase;
}

// A word only ever written after a number in digits is a unit or a counted
// noun (« 3 200 hectares », « 27 voix »): never the keyphrase, even when it is
// the only word the text repeats.
TEST(KeyphraseTest, ACountedNounIsNoSubject) {
  Document doc = testing::rewrite(
      "Un incendie de forêt a parcouru les collines au nord de Manosque dans la nuit de lundi à mardi.\n"
      "Selon les pompiers, près de 3 200 hectares ont brûlé, dont 400 hectares de chênes verts.\n");
  EXPECT_NE(doc.keyphrase, "hectares");
  EXPECT_FALSE(doc.keyphrase.empty());
  // The same word outside a count may be the subject.
  Document land = testing::rewrite(
      "Les hectares de vigne arrachés se multiplient dans le Bordelais, où la crise frappe les viticulteurs.\n"
      "La chambre d'agriculture compte les hectares perdus, 3 200 hectares depuis janvier.\n");
  EXPECT_EQ(land.keyphrase, "hectares");
}

TEST(KeyphraseTest, CommandLineKeyphraseWins) {
  Options o;
  o.keyphrase = "propreté urbaine";
  EXPECT_EQ(testing::rewrite(kStory, o).keyphrase, "propreté urbaine");
  EXPECT_TRUE(testing::rewrite(kStory, o).keyphrase_word_scores.empty());  // nothing was ranked
}

TEST(KeyphraseTest, WordScoresAreKeptForTheTitleStage) {
  // The scores the keyphrase stage kept are those of the finished document:
  // no stage after it changes the sentences they are computed from.
  Document doc = testing::rewrite(kStory);
  const Resources& res = testing::resources();
  ASSERT_FALSE(doc.keyphrase_word_scores.empty());
  EXPECT_EQ(doc.keyphrase_word_scores, word_scores(doc, res.keyphrase));
  // Lower case content words only, each scored.
  EXPECT_EQ(doc.keyphrase_word_scores.count("le"), 0u);
  for (const auto& [word, score] : doc.keyphrase_word_scores) {
    EXPECT_EQ(word, text::lower(word));
    EXPECT_GT(score, 0.0) << word;
  }
  // The ranking is the same with the kept scores as with scores computed anew.
  std::vector<IndexedSentence> sentences = keyphrase_sentences(doc);
  auto phrases = extract_phrases(sentences, res.keyphrase.phrases, verb_forms(sentences, res.keyphrase.phrases));
  auto kept = rank_keyphrases(doc, phrases, res.keyphrase, nullptr, &doc.keyphrase_word_scores);
  auto anew = rank_keyphrases(doc, phrases, res.keyphrase);
  ASSERT_EQ(kept.size(), anew.size());
  for (std::size_t i = 0; i < kept.size(); ++i) {
    EXPECT_EQ(kept[i].phrase, anew[i].phrase);
    EXPECT_EQ(kept[i].score, anew[i].score);
  }
}

TEST(TitleTest, RecasesAllCapsFromTheBody) {
  Document doc = testing::rewrite(kStory);
  const std::string caps = "GRÈVE DES ÉBOUEURS : LES DÉCHETS S’ACCUMULENT À MARSEILLE";
  EXPECT_EQ(recase(caps, testing::resources().tokenizer.tokens(caps), body_casing(doc)),
            "Grève des éboueurs : les déchets s’accumulent à Marseille");
}

// A title in capitals without its accents takes them back from the body's
// words, or whole from a repetition of the title the page printed in
// sentence case.
TEST(TitleTest, TitleInCapitalsGetsItsAccentsBack) {
  Document doc = testing::rewrite(kStory);
  const std::string caps = "GREVE DES EBOUEURS DE MARSEILLE";  // (« A » could be « a » or « à »)
  EXPECT_EQ(recase(caps, testing::resources().tokenizer.tokens(caps), body_casing(doc, true)),
            "Grève des éboueurs de Marseille");
  Document twice = testing::rewrite(
      "PENURIE DE MEDICAMENTS : LES PHARMACIENS S'INQUIETENT\n"
      "Pénurie de médicaments : les pharmaciens s'inquiètent\n"
      "Les pharmaciens ont recensé plus de 4 000 références de médicaments en rupture depuis janvier, un niveau "
      "jamais atteint, selon leur principal syndicat.\n"
      "Les pharmaciens demandent au gouvernement un plan d’urgence et des stocks de sécurité plus importants.\n"
      "Le ministère de la Santé promet un décret dans les prochaines semaines.\n");
  EXPECT_NE(twice.h1.find("pénurie de médicaments"), std::string::npos) << twice.h1;
  // A verb before its object keeps no participle's accent; a participle does.
  Document vote = testing::rewrite(
      "Le conseil municipal a adopté jeudi le budget de la ville. Les trois jeunes tués samedi étaient lycéens.\n"
      "Le budget adopté prévoit des travaux dans les écoles, a précisé le maire.\n");
  BodyCasing casing = body_casing(vote, true);
  casing.accents = &testing::resources().titles;
  const std::string verb = "LE CONSEIL MUNICIPAL ADOPTE UN BUDGET DE 187 MILLIONS";
  EXPECT_EQ(recase(verb, testing::resources().tokenizer.tokens(verb), casing),
            "Le conseil municipal adopte un budget de 187 millions");
  const std::string participle = "TROIS JEUNES TUES DANS UN ACCIDENT, LE BUDGET ADOPTE PAR LE CONSEIL";
  EXPECT_EQ(recase(participle, testing::resources().tokenizer.tokens(participle), casing),
            "Trois jeunes tués dans un accident, le budget adopté par le conseil");
}

// Two words that lose their accents the same way: the more frequent gives
// the accents, whatever the order of a hash table.
TEST(TitleTest, AccentsComeFromTheMoreFrequentWord) {
  Document doc = testing::rewrite(
      "La pêche au thon reprend en Méditerranée après deux ans d’interdiction, a annoncé le ministère.\n"
      "Les professionnels de la pêche saluent une décision attendue, mais la pêche de loisir reste encadrée.\n"
      "Un élu a parlé de « péché originel » à propos des quotas fixés il y a dix ans.\n");
  const std::string caps = "LA PECHE AU THON REPREND";
  EXPECT_EQ(recase(caps, testing::resources().tokenizer.tokens(caps), body_casing(doc, true)),
            "La pêche au thon reprend");
}

TEST(TitleTest, KeepsACapitalTheBodyAlsoWrites) {
  // "arméniens" (adjective) is the body's usual form, "Arméniens" (the
  // people) is written too: a sentence-case title keeps its capital.
  Document doc = testing::rewrite(
      "Les séparatistes arméniens ont rendu les armes jeudi après une offensive éclair de l’armée.\n"
      "Des milliers d’Arméniens de souche ont quitté la région, selon les autorités arméniennes.\n"
      "Les dirigeants arméniens et les responsables du gouvernement ont discuté de la sécurité des civils.\n"
      "Les observateurs arméniens craignent un exode massif dans les prochains jours.\n");
  const std::string title = "Les Arméniens de souche fuient la région";
  EXPECT_EQ(recase(title, testing::resources().tokenizer.tokens(title), body_casing(doc)), title);
  const std::string caps = "DES ARMÉNIENS DE SOUCHE FUIENT";  // all caps: the usual form
  EXPECT_EQ(recase(caps, testing::resources().tokenizer.tokens(caps), body_casing(doc)),
            "Des arméniens de souche fuient");
}

TEST(TitleTest, LinesInCapitalsSayNothingOfCasing) {
  // The body's key figures are labelled in capitals, more often than its
  // sentences write the same words: the usual form is still the sentences'.
  Document doc = testing::rewrite(
      "La collecte lancée par la fédération départementale des pompiers a dépassé toutes les attentes cet été.\n"
      "Le montant des dons collectés financera le remplacement des véhicules détruits par les incendies :\n"
      "TOTAL DES DONS COLLECTÉS EN JUILLET\n"
      "184 250 euros\n"
      "TOTAL DES DONS COLLECTÉS EN AOÛT\n"
      "96 120 euros\n"
      "La fédération reversera cette somme aux casernes du département avant la fin de l’année.\n");
  const std::string caps = "LE TOTAL DES DONS COLLECTÉS";
  EXPECT_EQ(recase(caps, testing::resources().tokenizer.tokens(caps), body_casing(doc)), "Le total des dons collectés");
}

TEST(TitleTest, LeadsWithTheKeyphraseAndNeverCopiesTheSourceTitle) {
  Document doc = testing::rewrite(kStory);
  EXPECT_GE(text::length(doc.title), 30u);
  EXPECT_LE(text::length(doc.title), 60u);
  EXPECT_EQ(text::fold(doc.title).rfind(text::fold(doc.keyphrase), 0), 0u) << doc.title;
  EXPECT_EQ(text::fold(doc.title).find(text::fold("les déchets s’accumulent à marseille grève")), std::string::npos);
  EXPECT_NE(text::fold(doc.title), text::fold("Grève des éboueurs : les déchets s’accumulent à Marseille"));
  EXPECT_FALSE(text::is_all_caps(doc.title));
  // Sentence case: no capital after the colon for a common word.
  std::size_t colon = doc.title.find(':');
  if (colon != std::string::npos) { EXPECT_FALSE(text::starts_with_upper(doc.title.substr(colon + 1)) &&
                                               doc.title.substr(colon + 2, 3) == "Les"); }
}

TEST(MetaTest, FromTheLeadWithTheKeyphraseEndingOnAWord) {
  Document doc = testing::rewrite(kStory);
  std::size_t n = text::length(doc.meta_description);
  EXPECT_GE(n, 120u);
  EXPECT_LE(n, 156u);
  EXPECT_NE(text::fold(doc.meta_description).find(text::fold(doc.keyphrase)), std::string::npos);
  char32_t last = text::last_char(text::strip_closers(doc.meta_description));
  EXPECT_TRUE(last == U'.' || last == U'…') << doc.meta_description;
}

// The description never opens with the end of a quotation a sentence
// before it opened (« Allez les Bleus ! » La France… ») nor with a line of a
// dialogue (« — Non, … »).
TEST(MetaTest, NeverOpensInsideAQuotationOrADialogue) {
  Document doc = testing::rewrite(
      "Les Bleus renversent l’Irlande au Vélodrome\n"
      "Sur la pelouse, le capitaine a lancé : « Quelle ambiance ce soir à Marseille ! Allez les Bleus ! » La "
      "France recevra l’Écosse samedi prochain au Stade de France pour la dernière journée du Tournoi.\n"
      "Les Bleus ont marqué trois essais en seconde période devant 65 000 spectateurs.\n");
  EXPECT_FALSE(doc.meta_description.starts_with("Allez")) << doc.meta_description;
  doc = testing::rewrite(
      "Écrans : faut-il confisquer le téléphone des adolescents ?\n"
      "— Non, interdire ne sert à rien, surtout à cet âge. Il faut fixer des règles claires avec l’adolescent, "
      "par exemple laisser les téléphones de la famille dans la cuisine le soir.\n"
      "— Le mode nuit des téléphones suffit-il ?\n"
      "— Il aide un peu. Un adolescent qui regarde des vidéos sur son téléphone jusqu’à minuit restera éveillé, que "
      "la lumière soit bleue ou orange, selon le médecin.\n");
  EXPECT_FALSE(doc.meta_description.starts_with("—")) << doc.meta_description;
}

// A source subheading kept as its section's opening line (given a full stop
// by the sections stage) never opens the description.
TEST(MetaTest, NoSourceSubheadingInTheDescription) {
  Document doc = testing::rewrite(
      "Grève des éboueurs : les déchets s’accumulent à Marseille\n"
      "Ce qu’il faut retenir\n"
      "- La grève des éboueurs de Marseille entre dans sa deuxième semaine, selon la métropole et les syndicats\n"
      "- Plus de 3 000 tonnes de déchets n’ont pas été ramassées dans les rues du centre-ville\n"
      "Une deuxième semaine de grève\n" +
      kStory.substr(kStory.find("\nLes agents") + 1));
  ASSERT_FALSE(doc.meta_description.empty());
  EXPECT_EQ(doc.meta_description.find("semaine de grève."), std::string::npos) << doc.meta_description;
}

TEST(MetaTest, CompressionDropsAttributionsFirst) {
  std::vector<std::string> applied;
  std::string s =
      "Les déchets s’accumulent dans les rues du centre-ville, où plus de 3 000 tonnes n’ont pas été ramassées, "
      "selon la métropole.";
  std::string c = compress(s, testing::resources().meta, 100, applied);
  EXPECT_EQ(c.find("selon"), std::string::npos);
  ASSERT_FALSE(applied.empty());
  EXPECT_EQ(applied.front(), "selon");
}


// compress() with the shipped rules, to `max` characters.
std::string compressed(const std::string& s, std::size_t max) {
  std::vector<std::string> applied;
  return compress(s, testing::resources().meta, max, applied);
}

// No drop inside a quotation (« entouré des siens » had been taken out of
// the family's words); an incise whose comma closes another stays (« du
// G20, réunis à Johannesburg ont adopté » had lost its comma); one dropped
// before a participle leaves its comma.
TEST(MetaTest, CompressionKeepsQuotationsAndTheCommasOfIncises) {
  std::string c = compressed("« Il s’est éteint paisiblement, entouré des siens, après un long combat contre la maladie », "
                             "précise le communiqué de la famille.", 60);
  EXPECT_NE(c.find("entouré des siens"), std::string::npos) << c;
  c = compressed("Les dirigeants du G20, réunis depuis samedi à Johannesburg, en Afrique du Sud, ont adopté dimanche une "
                 "déclaration finale commune sur le climat.", 100);
  EXPECT_EQ(c.find("Johannesburg ont"), std::string::npos) << c;
  c = compressed("Un violent incendie ravageait mardi l’île grecque de Céphalonie, en mer Ionienne, obligeant les autorités à "
                 "évacuer plus de 4 000 personnes vers les villages du nord.", 130);
  EXPECT_NE(c.find("Céphalonie, obligeant"), std::string::npos) << c;
  // An apposition after the incise keeps the comma before it.
  c = compressed("Le tarif de l’électricité augmentera de 4,5 % au 1er janvier, a annoncé mercredi le régulateur, une "
                 "hausse qui pèsera sur le budget de près de 20 millions de foyers abonnés au tarif bleu.", 120);
  EXPECT_EQ(c.find("janvier une hausse"), std::string::npos) << c;
  // An incise before « soit », « dont », « qui »… stays: what follows it
  // refers to it (« 45 millions d’euros soit près d’un quart de ses
  // effectifs » had been made of « …, tout en confirmant la suppression de
  // 320 postes, soit près d’un quart… »).
  c = compressed("La start-up a annoncé lundi une levée de fonds de 45 millions d’euros, tout en confirmant la suppression "
                 "de 320 postes, soit près d’un quart de ses effectifs.", 130);
  EXPECT_NE(c.find("320 postes"), std::string::npos) << c;
  // No item of an enumeration that a last item and « et » close: the town
  // between two commas is one of the list.
  c = compressed("Les maternités de Redon, Ploërmel, Pontivy et Carhaix fermeront la nuit à partir du 1er septembre, "
                 "faute de pédiatres pour assurer les gardes, a annoncé mardi l’agence régionale de santé.", 130);
  EXPECT_NE(c.find("Redon, Ploërmel, Pontivy et Carhaix"), std::string::npos) << c;
  // A quantity between commas is the subject (« près de 2 000 personnes »).
  c = compressed("Malgré le froid, près de 2 000 personnes selon les syndicats, 900 selon la police, ont manifesté "
                 "jeudi à Vierzon contre la fermeture de l’usine de pneus du groupe.", 130);
  EXPECT_NE(c.find("2 000 personnes"), std::string::npos) << c;
}

// After a name between commas (the subject's apposition), « , a annoncé… »
// is the sentence's verb, no attribution: dropping it left « Face à l’afflux,
// le ministre de la Santé, Bertrand Lemoine. ». A real attribution still goes.
TEST(MetaTest, CompressionKeepsTheVerbAfterTheSubjectsApposition) {
  std::string c = compressed("Face à l’afflux, le ministre de la Santé, Bertrand Lemoine, a annoncé jeudi matin le "
                             "déclenchement du plan blanc dans les hôpitaux de quatre régions et le déblocage de 50 "
                             "millions d’euros.", 150);
  EXPECT_NE(c.find("a annoncé jeudi"), std::string::npos) << c;
  c = compressed("Le trafic des trains régionaux reprendra progressivement lundi matin sur l’ensemble des lignes de "
                 "la région, a annoncé dimanche la direction de la SNCF.", 110);
  EXPECT_EQ(c.find("a annoncé"), std::string::npos) << c;
}

// Between two commas, a clause opened by a subject pronoun is the main
// clause, not an incidental.
TEST(MetaTest, CompressionKeepsAClauseOpenedByAPronoun) {
  std::vector<std::string> applied;
  std::string c = compress("Faute de solution, certains dorment chez des amis, dans des auberges de jeunesse ou même dans "
                           "leur véhicule, selon les associations étudiantes.",
                           testing::resources().meta, 80, applied);
  EXPECT_NE(c.find("certains dorment"), std::string::npos) << c;
}

// Nor an item of an enumeration: « Baisser le chauffage, limiter les
// déplacements, décaler l’usage… » keeps its middle item.
TEST(MetaTest, CompressionKeepsTheItemsOfAnEnumeration) {
  std::vector<std::string> applied;
  std::string c = compress("Baisser le chauffage, limiter les déplacements en voiture, décaler l’usage des appareils "
                           "électriques : les gestes demandés aux Français sont connus.",
                           testing::resources().meta, 100, applied);
  EXPECT_NE(c.find("limiter les déplacements"), std::string::npos) << c;
  c = compress("Les élus, les agents municipaux, les habitants du quartier : tous ont été consultés par la mairie.",
               testing::resources().meta, 60, applied);
  EXPECT_NE(c.find("les agents municipaux"), std::string::npos) << c;
  // The first item, then a last one and « et » without a determiner.
  c = compress("Au lycée Jean-Moulin de Roubaix, des dizaines d’élèves, professeurs et surveillants ont bloqué "
               "l’entrée jeudi matin pour dénoncer la fermeture de deux classes.",
               testing::resources().meta, 120, applied);
  EXPECT_NE(c.find("des dizaines d’élèves, professeurs"), std::string::npos) << c;
  // A segment with a verb is a clause, maybe the main one.
  c = compress("Entre mardi soir et mercredi matin, des orages violents se sont abattus sur la vallée, placée en "
               "vigilance orange par Météo-France depuis lundi.",
               testing::resources().meta, 110, applied);
  EXPECT_NE(c.find("se sont abattus"), std::string::npos) << c;
}

// An incise of a chain of them (« X, 58 ans, ancien notaire, comparaît »)
// is not dropped alone: the others would lose the comma before them.
TEST(MetaTest, CompressionKeepsAChainOfIncisesWhole) {
  std::vector<std::string> applied;
  for (const char* s :
       {"Bertrand Lafargue, 58 ans, ancien notaire à Marennes, comparaît depuis mardi devant le tribunal "
        "correctionnel de La Rochelle pour abus de confiance aggravé au préjudice de ses clients.",
        "Son propriétaire, Bernard Ferrand, arrière-petit-fils du fondateur, invoque la chute des ventes et la "
        "hausse des loyers du centre-ville pour expliquer la fermeture de la librairie familiale."}) {
    const std::string c = compress(s, testing::resources().meta, 120, applied);
    EXPECT_TRUE(c == s || (c.find("ans ancien") == std::string::npos && c.find("Lafargue ancien") == std::string::npos &&
                           c.find("propriétaire arrière") == std::string::npos && c.find("Ferrand arrière") == std::string::npos))
        << c;
  }
}

// A decimal comma is no clause boundary: compression never turns « 1,2
// million » into « 1 » or « 2 million ».
TEST(MetaTest, CompressionKeepsDecimalNumbers) {
  std::vector<std::string> applied;
  std::string s =
      "Enedis indique que 1,2 million de foyers restent privés d’électricité, dont 780 000 en Bretagne, et que "
      "le réseau a subi des dégâts sur 3,5 kilomètres de lignes, selon le directeur régional de l’entreprise.";
  std::string c = compress(s, testing::resources().meta, 110, applied);
  EXPECT_NE(c.find("1,2 million"), std::string::npos) << c;
  EXPECT_EQ(c.find("selon"), std::string::npos) << c;
  EXPECT_TRUE(c.find("3,5") != std::string::npos || c.find("3") == std::string::npos) << c;
}

// No compression rule takes the keyphrase away: « , dont … » that goes on
// past a comma is no trailing relative clause when the keyphrase is in it.
TEST(MetaTest, CompressionNeverDropsTheKeyphrase) {
  std::vector<std::string> applied;
  const std::string s =
      "Le parquet a requis cinq ans de prison, dont trois avec sursis, contre un ancien député accusé d’avoir "
      "détourné les fonds de ses assistants parlementaires.";
  const std::string c = compress(s, testing::resources().meta, 120, applied, "assistants parlementaires");
  EXPECT_NE(text::fold(c).find("assistants parlementaires"), std::string::npos) << c;
  EXPECT_EQ(c.find("dont trois"), std::string::npos) << c;  // the incidental still goes
}

// A fronted adverbial goes only when the cut would lose the keyphrase,
// and the sentence keeps its capital.
TEST(MetaTest, DropsAFrontedAdverbialToKeepTheKeyphrase) {
  const std::string s =
      "Au terme de trois semaines de débats souvent houleux, le conseil municipal a voté jeudi soir le budget "
      "de la piscine olympique, par 31 voix contre 12.";
  std::vector<std::string> applied;
  std::string c = compress(s, testing::resources().meta, 120, applied, text::fold("piscine olympique"));
  EXPECT_EQ(c.rfind("Le conseil municipal a voté jeudi soir", 0), 0u) << c;
  EXPECT_NE(std::find(applied.begin(), applied.end(), "fronted-adverbial"), applied.end());
  applied.clear();
  // The keyphrase survives the cut anyway: the adverbial stays.
  c = compress(s, testing::resources().meta, 120, applied, text::fold("conseil municipal"));
  EXPECT_EQ(c.rfind("Au terme de trois semaines", 0), 0u) << c;
  EXPECT_TRUE(applied.empty());
}

// A sentence that refers back (« Il », « Cela », « Mais ») never opens the
// description, even when it is the first to hold the keyphrase.
TEST(MetaTest, NeverStartsWithASentenceThatRefersBack) {
  Options o;
  o.keyphrase = "Durance";
  Document doc = testing::rewrite(
      "Le préfet des Alpes-de-Haute-Provence a ordonné mardi soir l’évacuation de trois campings.\n"
      "Il a estimé que la crue de la Durance pouvait encore monter dans la nuit.\n"
      "Les pompiers ont installé des barrages le long de la Durance, près de Sisteron, où plus de deux cents "
      "personnes ont passé la nuit dans un gymnase. Les routes restent coupées.\n",
      o);
  EXPECT_EQ(doc.meta_description.rfind("Il ", 0), std::string::npos) << doc.meta_description;
  EXPECT_EQ(doc.meta_description.rfind("Les pompiers", 0), 0u) << doc.meta_description;
}

TEST(MetaTest, CutAtWordKeepsWholeWordsAndAddsAnEllipsis) {
  std::string c = cut_at_word("Une phrase beaucoup trop longue pour tenir dans la limite fixée par les moteurs", 40);
  EXPECT_LE(text::length(c), 40u);
  EXPECT_EQ(text::last_char(c), U'…');
  EXPECT_EQ(c, "Une phrase beaucoup trop longue pour…");
  // Never inside a number, nor between a number and its unit: their spaces do not break.
  EXPECT_EQ(cut_at_word("Le festival a compté 62\u202F000 spectateurs, contre 48\u202F000 l’an dernier", 53),
            "Le festival a compté 62\u202F000 spectateurs, contre…");
  EXPECT_EQ(cut_at_word("Les rafales ont atteint 150\u00A0km/h sur la côte vendéenne", 30), "Les rafales ont atteint…");
  // No elided function word before the ellipsis either (« soit près d’un… »).
  EXPECT_EQ(cut_at_word("La suppression de 320 postes, soit près d’un quart de ses effectifs", 46),
            "La suppression de 320 postes, soit près…");
  // Nor between a number and what it counts; a year ending its phrase stays.
  EXPECT_EQ(cut_at_word("Le montant de l’opération s’élève à 65 millions d’euros selon le club", 40),
            "Le montant de l’opération s’élève…");
  EXPECT_EQ(cut_at_word("Un incendie avait fait quatre morts en février 2022 selon le parquet de Lyon", 54),
            "Un incendie avait fait quatre morts en février 2022…");
  // A guillemet left open is closed within the limit.
  const std::string quoted = "Le maire a salué « une victoire collective pour toute la ville et ses habitants » hier";
  for (std::size_t max = 25; max < 75; ++max) {
    const std::string q = cut_at_word(quoted, max);
    EXPECT_LE(text::length(q), max) << q;
    EXPECT_EQ(q.find("«") != std::string::npos, q.ends_with("…\u202F»")) << q;
  }
}

TEST(SlugTest, AsciiWordsWithoutStopWordsAtTheEnds) {
  const SlugRules& rules = testing::resources().slug;
  EXPECT_EQ(make_slug("Grève des éboueurs à Marseille", rules), "greve-des-eboueurs-a-marseille");
  // At most eight words, and no stop word left at the end of the cut.
  EXPECT_EQ(make_slug("Grève des éboueurs : les déchets s’accumulent à Marseille", rules),
            "greve-des-eboueurs-les-dechets-s-accumulent");
  EXPECT_EQ(make_slug("L’Œuvre de Noël à Saint-Étienne", rules), "oeuvre-de-noel-a-saint-etienne");
  EXPECT_EQ(make_slug("Le point sur la", rules), "point");
  // The eighth word opens a compound: the compound is left out whole, not cut
  // (« …-dans-le-sud » would name another place); stop words then end it.
  EXPECT_EQ(make_slug("Agriculteurs : les barrages s’étendent dans le Sud-Ouest", rules),
            "agriculteurs-les-barrages-s-etendent");
  EXPECT_EQ(make_slug("Les barrages s’étendent dans le Sud-Ouest", rules), "barrages-s-etendent-dans-le-sud-ouest");
}

TEST(HeadingsTest, EverySectionButTheIntroductionHasADistinctFrenchHeading) {
  std::string text = kStory +
                     "Les élus de l’opposition municipale ont demandé la tenue d’un conseil extraordinaire consacré à la "
                     "propreté, estimant que la métropole avait laissé pourrir le conflit depuis le printemps.\n"
                     "Les hôteliers du Vieux-Port redoutent l’impact de la crise sur la fréquentation des fêtes de fin "
                     "d’année. Plusieurs établissements ont déjà enregistré des annulations de groupes venus d’Italie.\n"
                     "Au marché de Noailles, les maraîchers remballent plus tôt qu’à l’ordinaire. « Personne ne veut "
                     "acheter des fruits à côté des sacs éventrés », explique une vendeuse installée depuis trente ans.\n"
                     "Les services sanitaires ont multiplié les opérations de dératisation dans les rues les plus touchées, "
                     "où les riverains signalent la présence de rats en plein jour depuis le début du mouvement.\n";
  Document doc = testing::rewrite(text);
  std::set<std::string> seen;
  ASSERT_GE(doc.sections.size(), 2u);
  for (std::size_t i = 1; i < doc.sections.size(); ++i) {
    ASSERT_TRUE(doc.sections[i].heading) << "section " << i;
    const std::string& h = *doc.sections[i].heading;
    EXPECT_TRUE(seen.insert(text::fold(h)).second) << "repeated heading " << h;
    EXPECT_TRUE(text::starts_with_upper(h)) << h;
    // No uncontracted article after de/à.
    EXPECT_EQ(h.find(" de le "), std::string::npos) << h;
    EXPECT_EQ(h.find(" de les "), std::string::npos) << h;
    EXPECT_EQ(h.find(" à le "), std::string::npos) << h;
    EXPECT_EQ(h.find(" la a"), std::string::npos) << h;
  }
}

TEST(ReportTest, ChecksAndTheShortBodyWarning) {
  Options o;
  o.min_words = 700;
  Document doc = testing::rewrite(kStory, o);
  std::map<std::string, std::string> status;
  for (const Check& c : doc.checks) status[c.id] = c.status;
  for (const char* id : {"title-length", "introductionKeyword", "keyphraseLength", "keyphraseDensity",
                         "metaDescriptionKeyword", "metaDescriptionLength", "subheadingsKeyword", "textLength",
                         "text-length", "keyphraseInSEOTitle", "titleWidth", "slugKeyword", "singleH1",
                         "subheadingsTooLong", "textParagraphTooLong", "textSentenceLength", "textTransitionWords",
                         "passiveVoice", "sentenceBeginnings"})
    EXPECT_TRUE(status.count(id)) << id;
  EXPECT_EQ(status["title-length"], "good");
  EXPECT_EQ(status["text-length"], "bad");
  bool warned = false;
  for (const std::string& w : doc.warnings)
    if (w.find("700") != std::string::npos && w.find("does not pad") != std::string::npos) warned = true;
  EXPECT_TRUE(warned);
}

TEST(ReportTest, RemovedPiecesAreInInputOrder) {
  Document doc = testing::rewrite("PUBLICITÉ\n" + kStory + "Partager sur Facebook\n");
  ASSERT_GE(doc.removed.size(), 3u);
  for (std::size_t i = 1; i < doc.removed.size(); ++i) EXPECT_LE(doc.removed[i - 1].line, doc.removed[i].line);
  EXPECT_EQ(doc.removed.front().text, "PUBLICITÉ");
  EXPECT_EQ(doc.removed.back().text, "Partager sur Facebook");
}

TEST(ReportTest, ContainsPhraseMatchesWholeWords) {
  EXPECT_TRUE(contains_phrase("La grève des éboueurs continue", "grève des éboueurs"));
  EXPECT_TRUE(contains_phrase("L’Azerbaïdjan", "Azerbaïdjan"));
  EXPECT_FALSE(contains_phrase("Les Azerbaïdjanais", "Azerbaïdjan"));
}

}  // namespace
}  // namespace titraille

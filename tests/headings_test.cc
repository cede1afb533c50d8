// Unit tests of the headings stage: the text-supported families (fact,
// stake, actor, question) and the agreement of the filled templates.
#include <gtest/gtest.h>

#include "headings.h"
#include "test_support.h"
#include "text.h"

namespace titraille {
namespace {

// The frames of one sentence, as "family: heading" with each template of its
// family filled (keyphrase templates aside).
std::vector<std::string> headings_of(const std::string& sentence) {
  Resources& res = testing::resources();
  Sentence s;
  s.text = sentence;
  s.tokens = res.tokenizer.tokens(sentence);
  std::vector<const Sentence*> one{&s};
  std::vector<IndexedSentence> indexed{{&s, 0}};
  std::vector<std::string> out;
  for (const HeadingFrame& f :
       heading_frames(one, res.headings, res.keyphrase.phrases, verb_forms(indexed, res.keyphrase.phrases)))
    for (const auto& tpl : res.headings.templates)
      if (tpl.when == f.family && !tpl.keyphrase) out.push_back(f.family + ": " + res.french.fill(tpl.text, f.slots));
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(HeadingFramesTest, StakeNounWithItsComplement) {
  auto h = headings_of("Les habitants vivent dans la crainte d’un exode massif depuis le début de l’offensive.");
  EXPECT_TRUE(has(h, "stake: La crainte d’un exode massif")) << text::join(h, " | ");
  // The definite article the determiner implies, elided before a vowel.
  h = headings_of("Les élus ont exprimé une inquiétude des riverains face aux travaux.");
  EXPECT_TRUE(has(h, "stake: L’inquiétude des riverains")) << text::join(h, " | ");
  h = headings_of("Les syndicats s’interrogent sur l’avenir du site de production.");
  EXPECT_TRUE(has(h, "stake: L’avenir du site")) << text::join(h, " | ");
}

TEST(HeadingFramesTest, FactIsANounItsParticipleAndTheAgent) {
  auto h = headings_of("Les séparatistes ont accepté mercredi un cessez-le-feu négocié par la Russie.");
  EXPECT_TRUE(has(h, "fact: Le cessez-le-feu négocié par la Russie")) << text::join(h, " | ");
  // The participle keeps the agreement the text gives it.
  h = headings_of("Elle a visité mardi une usine rachetée par un groupe chinois.");
  EXPECT_TRUE(has(h, "fact: L’usine rachetée par un groupe chinois")) << text::join(h, " | ");
}

// Words between guillemets are someone's claim: no fact nor stake from
// them, even in a sentence that only closes the quotation.
TEST(HeadingFramesTest, NoFactFromAQuotation) {
  EXPECT_TRUE(headings_of("Selon lui, l’enquête repose sur « un dossier monté par des adversaires politiques ».").empty());
  EXPECT_TRUE(headings_of("Il redoute « la crainte d’un exode massif » dans la vallée.").empty());
  EXPECT_TRUE(headings_of("Nous refusons un projet imposé par Paris », a lancé la maire.").empty());
  // Outside the quotation, the fact stays.
  auto h = headings_of("« C’est une trahison », dit-il du cessez-le-feu négocié par la Russie.");
  EXPECT_TRUE(has(h, "fact: Le cessez-le-feu négocié par la Russie")) << text::join(h, " | ");
}

TEST(HeadingFramesTest, ActorAndQuestionFromTheSubjectAndItsVerb) {
  auto h = headings_of("Bakou a proposé une amnistie aux combattants qui rendent les armes.");
  EXPECT_TRUE(has(h, "actor: Ce que propose Bakou")) << text::join(h, " | ");
  h = headings_of("La Russie demande un retrait des troupes avant la fin du mois.");
  EXPECT_TRUE(has(h, "actor: Ce que demande la Russie")) << text::join(h, " | ");
  // « que » elides before a vowel.
  h = headings_of("L’armée a exigé le départ des observateurs étrangers.");
  EXPECT_TRUE(has(h, "actor: Ce qu’exige l’armée")) << text::join(h, " | ");
  h = headings_of("Le texte prévoit une hausse des cotisations à partir de janvier.");
  EXPECT_TRUE(has(h, "question: Que prévoit le texte ?")) << text::join(h, " | ");
}

TEST(HeadingFramesTest, NothingTheTextDoesNotSupport) {
  // A plural subject (« ont ») has no singular present; a verb of no list;
  // a participle without an agent; a stake noun without complement.
  EXPECT_TRUE(headings_of("Les syndicats ont proposé une nouvelle grille de salaires.").empty());
  EXPECT_TRUE(headings_of("Le ministre a salué le travail des pompiers.").empty());
  EXPECT_TRUE(headings_of("Une réunion prévue jeudi doit fixer le calendrier.").empty());
  EXPECT_TRUE(headings_of("Les risques sont réels, selon la préfecture.").empty());
  // An agent cut before its own complement, a participle that takes no agent,
  // a capitalised stake noun (a title: « les Perspectives de l’emploi »).
  EXPECT_TRUE(headings_of("Les pompiers ont retrouvé une maison détruite par un incendie de forêt.").empty());
  EXPECT_TRUE(headings_of("Il salue le sénateur devenu par hasard le doyen de l’assemblée.").empty());
  EXPECT_TRUE(headings_of("L’OCDE publie mardi les Perspectives de l’emploi.").empty());
}

// Families a section supports come before the generic templates, each family
// used once before any repeats, and headings never say the same thing twice.
TEST(HeadingsTest, TextSupportedFamiliesAndNoTwoAlike) {
  std::string text =
      "GRÈVE DES ÉBOUEURS À MARSEILLE\n"
      "La grève des éboueurs de Marseille entre dans sa deuxième semaine et les déchets s’accumulent dans les rues "
      "du centre-ville, où plus de 3 000 tonnes n’ont pas été ramassées. Les éboueurs réclament une revalorisation "
      "de leurs primes et l’embauche de quarante titulaires.\n"
      "La métropole a proposé lundi une hausse de 60 euros par mois. Le syndicat majoritaire juge la hausse "
      "insuffisante et maintient le mouvement. La métropole a aussi fait appel à une entreprise privée pour "
      "collecter les déchets autour des écoles. La collecte confiée par la métropole à cette entreprise privée "
      "est dénoncée par le syndicat. Les agents de la métropole se réunissent chaque matin devant le dépôt de la "
      "Capelette pour voter la poursuite du mouvement, et les piquets de grève bloquent la sortie des camions.\n"
      "Dans le quartier de Noailles, les commerçants vivent dans la crainte d’une saison perdue. Les touristes "
      "font demi-tour devant les poubelles, racontent les épiciers de la rue d’Aubagne. Les restaurateurs "
      "évoquent la crainte d’une saison perdue et des annulations de groupes venus d’Italie. Plusieurs "
      "commerçants ont fermé plus tôt que d’habitude et les marchés de quartier se vident dès la fin de matinée, "
      "faute de clients prêts à traverser des rues encombrées de sacs éventrés.\n"
      "Le préfet n’exclut pas des réquisitions si la situation sanitaire devait se dégrader. Les services "
      "sanitaires ont multiplié les opérations de dératisation dans les rues les plus touchées, où les riverains "
      "signalent la présence de rats en plein jour. Les riverains des rues touchées demandent des bennes "
      "supplémentaires. Une nouvelle réunion entre la direction et les représentants des éboueurs est prévue "
      "jeudi à l’hôtel de ville, et le préfet attend un accord avant le week-end pour éviter les réquisitions.\n";
  Document doc = testing::rewrite(text);
  ASSERT_GE(doc.sections.size(), 2u);
  std::set<std::string> seen, families;
  for (std::size_t i = 1; i < doc.sections.size(); ++i) {
    ASSERT_TRUE(doc.sections[i].heading) << "section " << i;
    const std::string& h = *doc.sections[i].heading;
    EXPECT_TRUE(seen.insert(text::fold(h)).second) << h;
    families.insert(doc.sections[i].heading_origin);
  }
  // At least one heading comes from the text itself.
  bool supported = false;
  for (const char* id : {"fact", "stake", "actor", "question", "kp-fact", "kp-stake"})
    supported = supported || families.count(id);
  std::string all;
  for (const Section& s : doc.sections) all += (s.heading ? *s.heading : "-") + " [" + s.heading_origin + "] | ";
  EXPECT_TRUE(supported) << all;
  // « la crainte d’une saison perdue » is written twice: one heading at most says it.
  std::size_t crainte = 0;
  for (const Section& s : doc.sections)
    if (s.heading && text::fold(*s.heading).find("saison perdue") != std::string::npos) ++crainte;
  EXPECT_LE(crainte, 1u) << all;
}

// « Les propos de X » needs X to speak: a speech word after the name (past an
// apposition or brackets) or before it, with no addressee between.
// A phrase whose words all are the keyphrase's says nothing after it
// (« Trafic d’influence : l’influence »).
TEST(HeadingsTest, NoKeyphraseHeadingEchoesTheKeyphrase) {
  Document doc = testing::rewrite(
      "Trafic d'influence : un adjoint au maire de Niort jugé\n"
      "L'adjoint à l'urbanisme de Niort, Marc Deschamps, a comparu lundi devant le tribunal correctionnel de Niort pour "
      "trafic d'influence dans l'attribution de trois permis de construire.\n"
      "Face au président du tribunal, Paul Girard, il a contesté toute intervention. Le trafic d'influence ne suppose "
      "pas que l'influence ait abouti, a rappelé la procureure.\n"
      "Pour le parquet, le trafic d'influence est « constitué ». Il suffit que l'élu ait fait valoir une influence, "
      "réelle ou supposée, auprès du service.\n"
      "Le jugement a été mis en délibéré au 12 mars.\n");
  ASSERT_EQ(doc.keyphrase, "trafic d’influence");
  std::size_t headings = 0;
  for (const Section& s : doc.sections)
    if (s.heading) {
      ++headings;
      EXPECT_EQ(s.heading->find(": l’influence"), std::string::npos) << *s.heading;
    }
  EXPECT_GE(headings, 1u);
}

TEST(HeadingSpeakerTest, ANameIsASpeakerOnlyWhereItSpeaks) {
  Resources& res = testing::resources();
  auto speaks = [&](const std::string& key, const std::string& sentence) {
    Sentence s;
    s.text = sentence;
    s.tokens = res.tokenizer.tokens(sentence);
    return gives_as_speaker(key, {&s}, res.headings);
  };
  EXPECT_TRUE(speaks("jonas vingegaard", "« Nous irons jusqu’au bout », a déclaré Jonas Vingegaard."));
  EXPECT_TRUE(speaks("antoine keller", "Son avocat, Me Antoine Keller, a annoncé son intention de faire appel."));
  EXPECT_TRUE(speaks("catherine vidal", "« Chaque mètre cube compte », a souligné la préfète de l’Hérault, Mme Catherine Vidal."));
  EXPECT_TRUE(speaks("anne tréhin", "Ils ont été salués par la maire, Anne Tréhin, qui a annoncé la date."));
  EXPECT_TRUE(speaks("jan novak", "Le ministre Jan Novak (ODS) avait estimé que le texte était prêt."));
  EXPECT_TRUE(speaks("ineos grenadiers", "Le coureur devrait prendre le départ, selon son équipe Ineos Grenadiers."));
  EXPECT_FALSE(speaks("remco evenepoel", "Le Belge Remco Evenepoel, quatrième de l’étape, pointe à 40 secondes."));
  EXPECT_FALSE(speaks("france inter", "« Il rendait tout le monde meilleur », a-t-il déclaré sur France Inter."));
  EXPECT_FALSE(speaks("jean durand", "Le maire a indiqué que Jean Durand serait reçu lundi."));
  EXPECT_FALSE(speaks("lukas vermeulen", "Le club a ciblé le Belge Lukas Vermeulen, actuellement à Gand, selon la presse."));
  EXPECT_FALSE(speaks("paul martin", "Paul Martin a été interpellé mardi, a indiqué la police."));
}

TEST(HeadingSpeakerTest, APersonsNameIsNotATopic) {
  const HeadingRules& rules = testing::resources().headings;
  EXPECT_TRUE(is_person_name("Lucas Marchetti", rules));
  EXPECT_TRUE(is_person_name("Jean de La Fontaine", rules));
  EXPECT_FALSE(is_person_name("Tempête Gaspard", rules));
  EXPECT_FALSE(is_person_name("Banque de France", rules));
  EXPECT_FALSE(is_person_name("FC Nantes", rules));
  EXPECT_FALSE(is_person_name("Marseille", rules));
  EXPECT_FALSE(is_person_name("grève des éboueurs", rules));
}

}  // namespace
}  // namespace titraille

#include "readability.h"

#include <gtest/gtest.h>

#include "segment.h"
#include "test_support.h"

namespace titraille {
namespace {

std::vector<std::string> split(const std::string& s, bool open_quote = false) {
  std::vector<std::string> applied;
  return split_sentence(s, testing::resources().readability, testing::resources().tokenizer, applied, open_quote);
}

// The readability stage run on one article block holding this text.
Document run_stage(const std::string& text, int line) {
  Resources& res = testing::resources();
  Document doc;
  Block b;
  b.kind = BlockKind::Article;
  b.line = line;
  b.text = text;
  b.original = text;
  segment_block(b, res);
  doc.blocks.push_back(b);
  return readability(std::move(doc), res);
}

struct SplitCase {
  const char* rule;
  const char* sentence;
  const char* first;
  const char* second;
};

TEST(ReadabilityTest, SplitsALongSentenceAtASafeBoundary) {
  const SplitCase cases[] = {
      {"semicolon",
       "Les pompiers ont maîtrisé le feu dans la nuit au-dessus du petit village de montagne\u202F; les habitants pourront "
       "rentrer chez eux dès demain matin.",
       "Les pompiers ont maîtrisé le feu dans la nuit au-dessus du petit village de montagne.",
       "Les habitants pourront rentrer chez eux dès demain matin."},
      {"mais",
       "Le conseil municipal a adopté le budget de la commune pour l’année prochaine, mais l’opposition a voté contre le "
       "projet de nouvelle piscine.",
       "Le conseil municipal a adopté le budget de la commune pour l’année prochaine.",
       "Mais l’opposition a voté contre le projet de nouvelle piscine."},
      {"car",
       "La route départementale restera fermée à la circulation jusqu’à la fin de la semaine prochaine, car les ingénieurs "
       "doivent encore vérifier la solidité du pont.",
       "La route départementale restera fermée à la circulation jusqu’à la fin de la semaine prochaine.",
       "Car les ingénieurs doivent encore vérifier la solidité du pont."},
      {"puis",
       "Le ministre a d’abord rencontré les syndicats de la fonction publique dans la matinée, puis il a reçu les "
       "représentants des employeurs territoriaux.",
       "Le ministre a d’abord rencontré les syndicats de la fonction publique dans la matinée.",
       "Puis il a reçu les représentants des employeurs territoriaux."},
      {"colon",
       "Le maire a pris la décision que beaucoup de parents attendaient depuis le début de la semaine\u00A0: les écoles de "
       "la commune resteront fermées jusqu’à lundi.",
       "Le maire a pris la décision que beaucoup de parents attendaient depuis le début de la semaine.",
       "Les écoles de la commune resteront fermées jusqu’à lundi."},
      {"dash",
       "Le maire a annoncé la fermeture de la piscine municipale pendant tout l’été – les travaux de rénovation dureront "
       "au moins trois mois.",
       "Le maire a annoncé la fermeture de la piscine municipale pendant tout l’été.",
       "Les travaux de rénovation dureront au moins trois mois."},
      {"dash",
       "Le conseil municipal a voté le budget de l’année prochaine en fin de soirée – la hausse des impôts locaux "
       "atteindra deux pour cent en moyenne.",
       "Le conseil municipal a voté le budget de l’année prochaine en fin de soirée.",
       "La hausse des impôts locaux atteindra deux pour cent en moyenne."},
      {"et-comma",
       "Les commerçants du centre-ville ont rouvert leurs boutiques dès samedi matin, et les clients sont revenus en nombre "
       "malgré la pluie battante.",
       "Les commerçants du centre-ville ont rouvert leurs boutiques dès samedi matin.",
       "Les clients sont revenus en nombre malgré la pluie battante."},
      {"et",
       "Les eaux ont envahi le rez-de-chaussée de l’école primaire pendant la nuit et les enseignants ont dû déplacer les "
       "cours dans la salle des fêtes.",
       "Les eaux ont envahi le rez-de-chaussée de l’école primaire pendant la nuit.",
       "Les enseignants ont dû déplacer les cours dans la salle des fêtes."},
      {"et",
       "La nouvelle ligne de tramway desservira les quartiers nord de la ville dès septembre et Jean-Marc Dupuis "
       "inaugurera la première station.",
       "La nouvelle ligne de tramway desservira les quartiers nord de la ville dès septembre.",
       "Jean-Marc Dupuis inaugurera la première station."},
      {"et-comma",
       "Les chercheurs de ce laboratoire ont presque tous étudié dans une université américaine, et certains signent "
       "encore avec leur ancienne adresse.",
       "Les chercheurs de ce laboratoire ont presque tous étudié dans une université américaine.",
       "Certains signent encore avec leur ancienne adresse."},
      {"ce-qui",
       "La préfecture a fermé toutes les routes de la vallée pendant trois jours, ce qui a privé les éleveurs de leurs "
       "débouchés habituels.",
       "La préfecture a fermé toutes les routes de la vallée pendant trois jours.",
       "Cela a privé les éleveurs de leurs débouchés habituels."},
      // A participial clause takes the main clause's subject and tense.
      {"participle",
       "Le maire de la commune a salué le travail des bénévoles lors du conseil municipal, affirmant que la digue avait "
       "tenu grâce à eux.",
       "Le maire de la commune a salué le travail des bénévoles lors du conseil municipal.",
       "Il a aussi affirmé que la digue avait tenu grâce à eux."},
      {"participle",
       "Une violente tempête a frappé la côte atlantique dans la nuit de samedi à dimanche, causant d’importants dégâts "
       "et provoquant des coupures d’électricité.",
       "Une violente tempête a frappé la côte atlantique dans la nuit de samedi à dimanche.",
       "Elle a aussi causé d’importants dégâts et provoqué des coupures d’électricité."},
      {"participle",
       "Jean Dupuis a présenté sa démission au conseil d’administration de la coopérative du canton, estimant que la "
       "confiance des adhérents était rompue.",
       "Jean Dupuis a présenté sa démission au conseil d’administration de la coopérative du canton.",
       "Jean Dupuis a aussi estimé que la confiance des adhérents était rompue."},
      // A second verb of the same subject: the subject restated (a definite
      // plural noun phrase) or given as a pronoun, with « aussi ».
      {"predicate",
       "Les élus du conseil régional ont voté le budget des lycées pour l’année prochaine et ont demandé un audit des "
       "dépenses de fonctionnement.",
       "Les élus du conseil régional ont voté le budget des lycées pour l’année prochaine.",
       "Les élus du conseil régional ont aussi demandé un audit des dépenses de fonctionnement."},
      {"predicate",
       "La ministre de la Culture a inauguré le nouveau musée de la ville samedi matin et a annoncé la rénovation de deux "
       "théâtres.",
       "La ministre de la Culture a inauguré le nouveau musée de la ville samedi matin.",
       "Elle a aussi annoncé la rénovation de deux théâtres."},
      {"predicate",
       "Les pompiers sont arrivés sur place vers minuit après un long trajet dans la vallée et ont évacué les habitants "
       "des maisons les plus exposées.",
       "Les pompiers sont arrivés sur place vers minuit après un long trajet dans la vallée.",
       "Les pompiers ont aussi évacué les habitants des maisons les plus exposées."},
      // … a reflexive verb keeps its clitic before the auxiliary.
      {"predicate",
       "Les syndicats ont rencontré la direction de l’usine lundi après-midi et se sont déclarés satisfaits des premières "
       "propositions sur les salaires.",
       "Les syndicats ont rencontré la direction de l’usine lundi après-midi.",
       "Les syndicats se sont aussi déclarés satisfaits des premières propositions sur les salaires."},
      // … a negation takes no « aussi ».
      {"predicate",
       "Le gouvernement a promis une aide aux éleveurs touchés par la sécheresse de cet été et n’a fixé aucun calendrier "
       "de versement.",
       "Le gouvernement a promis une aide aux éleveurs touchés par la sécheresse de cet été.",
       "Il n’a fixé aucun calendrier de versement."},
      // … an unstressed pronoun before the verb is no subject (« leur »).
      {"predicate",
       "La directrice de l’école a reçu les parents d’élèves dans la salle polyvalente et leur a présenté le nouveau "
       "règlement intérieur.",
       "La directrice de l’école a reçu les parents d’élèves dans la salle polyvalente.",
       "Elle leur a aussi présenté le nouveau règlement intérieur."},
      // … after « , et », « , puis » (« ensuite ») or « , mais » (kept).
      {"predicate",
       "Le préfet de la région a reçu les représentants des agriculteurs dans la matinée, et a promis une aide "
       "exceptionnelle avant l’hiver.",
       "Le préfet de la région a reçu les représentants des agriculteurs dans la matinée.",
       "Il a aussi promis une aide exceptionnelle avant l’hiver."},
      {"predicate-puis",
       "Les enquêteurs ont d’abord interrogé les voisins de la victime pendant toute la journée, puis ont perquisitionné "
       "son appartement du centre-ville.",
       "Les enquêteurs ont d’abord interrogé les voisins de la victime pendant toute la journée.",
       "Les enquêteurs ont ensuite perquisitionné son appartement du centre-ville."},
      {"predicate-mais",
       "Les élus de l’opposition ont voté le budget de la commune pour l’année prochaine, mais ont refusé le projet de "
       "nouvelle piscine.",
       "Les élus de l’opposition ont voté le budget de la commune pour l’année prochaine.",
       "Mais les élus de l’opposition ont refusé le projet de nouvelle piscine."},
      // … a clitic of the first verb stays with it (« l’ont reconnu »).
      {"predicate-mais",
       "Les jurés l’ont reconnu coupable d’incendie volontaire ayant entraîné la mort de deux voisins, mais ont écarté la "
       "circonstance aggravante de préméditation.",
       "Les jurés l’ont reconnu coupable d’incendie volontaire ayant entraîné la mort de deux voisins.",
       "Mais les jurés ont écarté la circonstance aggravante de préméditation."},
      {"predicate-mais",
       "Nathalie Roche a remporté la première manche du slalom géant samedi matin, mais n’a pas pu prendre le départ de la "
       "seconde.",
       "Nathalie Roche a remporté la première manche du slalom géant samedi matin.",
       "Mais Nathalie Roche n’a pas pu prendre le départ de la seconde."},
      // A relative clause: an incise after the subject opening the sentence …
      {"relative",
       "Le nouveau directeur Paul Martin, qui a pris ses fonctions en janvier, a présenté hier son plan de redressement "
       "aux salariés de l’usine.",
       "Le nouveau directeur Paul Martin a pris ses fonctions en janvier.",
       "Il a présenté hier son plan de redressement aux salariés de l’usine."},
      {"relative",
       "Marie Lenoir, qui dirige le service des urgences depuis six ans, a réclamé mardi des renforts pour l’été auprès "
       "de l’agence régionale.",
       "Marie Lenoir dirige le service des urgences depuis six ans.",
       "Marie Lenoir a réclamé mardi des renforts pour l’été auprès de l’agence régionale."},
      {"relative",
       "Les deux candidats, qui se sont affrontés lors d’un débat télévisé très tendu, ont tous deux revendiqué la "
       "victoire dès dimanche soir.",
       "Les deux candidats se sont affrontés lors d’un débat télévisé très tendu.",
       "Les deux candidats ont tous deux revendiqué la victoire dès dimanche soir."},
      // … a noun phrase right after the main verb, taken up with a
      // demonstrative (never a name: it would be said twice in a row) …
      {"relative",
       "« Nous avons tout perdu dans l’incendie de la grange », a raconté un agriculteur, qui a demandé à rester anonyme "
       "par peur des représailles.",
       "« Nous avons tout perdu dans l’incendie de la grange », a raconté un agriculteur.",
       "Cet agriculteur a demandé à rester anonyme par peur des représailles."},
      // … or a participle whose agreement names the antecedent's gender and
      // number, when the main subject cannot be taken for it.
      {"relative",
       "Les habitants du quartier ont été relogés dans un gymnase pendant une inondation, qui s’est produite dans la "
       "nuit de samedi à dimanche.",
       "Les habitants du quartier ont été relogés dans un gymnase pendant une inondation.",
       "Elle s’est produite dans la nuit de samedi à dimanche."},
  };
  for (const SplitCase& c : cases) {
    std::vector<std::string> applied;
    std::vector<std::string> parts = split_sentence(c.sentence, testing::resources().readability,
                                                    testing::resources().tokenizer, applied);
    ASSERT_EQ(parts.size(), 2u) << c.rule << ": " << c.sentence;
    EXPECT_EQ(parts[0], c.first);
    EXPECT_EQ(parts[1], c.second);
    EXPECT_EQ(applied, std::vector<std::string>{c.rule});
  }
}

TEST(ReadabilityTest, LeavesUnsafeSentencesWhole) {
  const char* sentences[] = {
      // A short sentence is never split.
      "Il pleut, mais il fait doux.",
      // Inside guillemets: a quotation keeps its punctuation.
      "« Nous avons travaillé toute la nuit pour sauver les bâtiments, mais le vent a tout compliqué », a raconté un "
      "pompier volontaire du village.",
      // Inside parentheses.
      "La commune (qui compte trois mille habitants\u202F; elle est située sur la côte) a voté une aide d’urgence pour "
      "les sinistrés du quartier.",
      // A part under five words.
      "Il pleut\u202F; les habitants de la vallée ont été évacués vers le gymnase municipal avant minuit hier soir par "
      "les gendarmes.",
      // No subject and verb after the boundary.
      "Le gouvernement a présenté un plan d’aide aux agriculteurs touchés par la sécheresse de l’été, mais sans "
      "calendrier précis ni montant définitif.",
      // Dashes around an incise are no boundary.
      "Le maire de la commune – les habitants le savent depuis longtemps – a toujours défendu le projet de nouvelle "
      "piscine municipale.",
      // « non seulement …, mais » is one sentence with a second verb too.
      "Le projet a non seulement permis de rénover la gare de la ville, mais a aussi créé une centaine d’emplois dans "
      "la région.",
      // « et » joins two verbs sharing their object.
      "Les élus du conseil municipal ont longuement examiné et ont finalement adopté le budget de la commune pour "
      "l’année prochaine.",
      // … or two verbs of a relative clause.
      "Les habitants qui ont perdu leur maison dans l’incendie du quartier ont été relogés par la mairie et ont reçu une "
      "aide d’urgence.",
      // … or a participle agreeing with another subject than the first verb's.
      "Le maire a annoncé la fermeture de la piscine municipale pour des raisons de sécurité et sera remplacée par un "
      "bassin provisoire.",
      // … or a verb that does not agree with the subject.
      "La préfète a rencontré les maires des communes sinistrées par la tempête lundi matin et sont repartis avec des "
      "promesses.",
      // A relative clause after a preposition: « qui » may take up the plan
      // or the country.
      "Les séparatistes ont accepté un plan de paix négocié par la Suisse, qui a mis fin à trois semaines de combats "
      "dans la région.",
      // … in reported speech, where it may be the speaker's words.
      "Le ministre a affirmé que le gouvernement soutiendrait le maire, qui a été réélu dimanche avec une large majorité "
      "des voix.",
      // … not ending the sentence.
      "Le conseil a reçu le nouveau préfet de la région, qui a pris ses fonctions lundi, et lui a présenté ses projets "
      "pour la commune.",
      // … whose participle agrees with the main clause's subject too.
      "La ville a fermé ses écoles et ses crèches pendant toute la durée de la crue, qui s’est terminée seulement hier "
      "soir.",
      // … whose verb says nothing of its antecedent.
      "Le comité a publié un rapport sur la pollution des rivières de la région, qui a provoqué de vives réactions chez "
      "les élus.",
      // … an incise after a subject holding a complement (the son or the mayor).
      "Le fils du maire, qui a été élu conseiller municipal en mars dernier, a démissionné de ses fonctions hier soir "
      "sans explication.",
      // … an incise followed by another one before the main verb.
      "Le nouveau directeur, qui est arrivé en janvier, selon la presse locale, a présenté son plan aux salariés de "
      "l’usine.",
      // « et » joins two noun phrases after the verb, the second followed by an infinitive.
      "Les policiers ont vu les manifestants du cortège syndical et les commerçants du quartier se disputer devant la "
      "mairie.",
      // An attribution opening the sentence governs both clauses.
      "Selon la préfecture, plus de deux cents personnes ont été évacuées pendant la nuit et les routes resteront fermées "
      "jusqu’à lundi soir.",
      // An attribution closing it too.
      "Le pont du village a tenu malgré la violence de la crue, mais la moitié des murets de la vallée a été emportée, "
      "estime le maire.",
      // « non seulement …, mais » is one sentence.
      "Le projet a non seulement permis de rénover la gare de la ville, mais il a aussi créé une centaine d’emplois dans "
      "la région.",
      // A participial clause: a plural noun phrase's gender is unknown (« Ils » or « Elles »).
      "Les autorités ont fermé la grande plage de la commune en fin de matinée, estimant que la baignade était devenue "
      "trop dangereuse pour les enfants.",
      // … a participle coordinated with one the rules cannot rewrite;
      "Une violente tempête a frappé la côte atlantique dans la nuit de samedi à dimanche, causant d’importants dégâts "
      "et privant des milliers de foyers d’électricité.",
      // … a main clause with a subordinate clause, whose subject might be the participle's;
      "Le ministre a déclaré que le gouvernement n’était pas impliqué dans les négociations avec les syndicats, ajoutant "
      "que les discussions continueraient toute la semaine prochaine.",
      // … a present passive with « être », whose tense a compound past would change;
      "La route départementale est fermée à la circulation depuis mardi matin, obligeant les automobilistes à faire un "
      "long détour par la vallée.",
      // … a main clause in the present, whose tense the rules do not conjugate.
      "Le maire de la commune salue le travail des bénévoles lors de chaque conseil municipal, affirmant que la digue a "
      "tenu grâce à eux.",
      // The part before would end on an incise's closing dash.
      "Le rapport dresse la liste des sujets à la mode – c’est-à-dire ceux que retiennent les grandes revues –, ce qui "
      "aide les chercheurs à postuler.",
      // A relative clause before « et » may own what follows.
      "Le conflit qui a opposé les éleveurs de la vallée et les promeneurs a fait l’objet de trois réunions publiques "
      "cette année.",
      // A name right after the main verb is not said twice in a row
      // (« …Claire Morel. Claire Morel a présenté… »).
      "Le jury du festival a récompensé la réalisatrice Claire Morel, qui a présenté un documentaire sur les pêcheurs "
      "de la côte bretonne.",
      "« Les industriels tirent les prix vers le bas », estime Martine Gosselin, qui élève quatre-vingts vaches laitières "
      "près d’Argentan.",
      // Decimal commas are no boundary.
      "La hausse des prix de l’énergie atteint 2,5 % cette année dans la région et 3,1 % sur l’ensemble du pays selon "
      "l’institut.",
      // « , et du troisième pour le compte de… » coordinates a complement:
      // « compte », after a preposition and its article, is a noun.
      "Il s’agit du septième vol du lanceur depuis son premier vol en juillet 2024, et du troisième pour le compte de "
      "l’agence européenne.",
      // « suivantes : » announces what follows.
      "Les mesures prises par la préfecture pour les prochains jours sont les suivantes\u00A0: les écoles resteront "
      "fermées jusqu’à lundi.",
  };
  for (const char* s : sentences) {
    std::vector<std::string> parts = split(s);
    ASSERT_EQ(parts.size(), 1u) << s << "\n -> " << parts[0] << " | " << parts[1];
    EXPECT_EQ(parts[0], s);
  }
}

TEST(ReadabilityTest, NoSplitInsideAQuotationOpenedInAnEarlierSentence) {
  std::string s =
      "Nous avons travaillé toute la nuit pour sauver les bâtiments de la commune, mais le vent a tout compliqué », a "
      "raconté un pompier.";
  EXPECT_EQ(split(s, true).size(), 1u);
}

TEST(ReadabilityTest, SplitsAgainWhileAPartIsLong) {
  std::string s =
      "Les pompiers ont travaillé toute la nuit dans la vallée inondée par la crue, mais les secours ont manqué de "
      "bateaux et de gilets pendant plusieurs heures\u202F; les habitants ont donc attendu sur les toits des maisons "
      "jusqu’au lever du jour.";
  std::vector<std::string> applied;
  std::vector<std::string> parts =
      split_sentence(s, testing::resources().readability, testing::resources().tokenizer, applied);
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0], "Les pompiers ont travaillé toute la nuit dans la vallée inondée par la crue.");
  EXPECT_EQ(parts[1], "Mais les secours ont manqué de bateaux et de gilets pendant plusieurs heures.");
  EXPECT_EQ(parts[2], "Les habitants ont donc attendu sur les toits des maisons jusqu’au lever du jour.");
  EXPECT_EQ(applied, (std::vector<std::string>{"semicolon", "mais"}));  // the most balanced cut first
  // A sentence no longer long after one split is not split again.
  applied.clear();
  parts = split_sentence(
      "Les pompiers ont travaillé toute la nuit, mais les secours ont manqué de bateaux\u202F; les habitants ont "
      "attendu.",
      testing::resources().readability, testing::resources().tokenizer, applied);
  EXPECT_EQ(parts.size(), 1u);  // 18 words: not long
}

TEST(ReadabilityTest, ParagraphCutsNearTheMiddle) {
  EXPECT_TRUE(paragraph_cuts({50, 50, 50}, 150).empty());
  EXPECT_EQ(paragraph_cuts({30, 30, 30, 30, 30, 30}, 150), (std::vector<std::size_t>{3}));
  EXPECT_EQ(paragraph_cuts({10, 80, 20, 60, 20}, 150), (std::vector<std::size_t>{2}));
  // Each part is cut again while it is over the limit.
  EXPECT_EQ(paragraph_cuts({100, 100, 100}, 150), (std::vector<std::size_t>{1, 2}));
  // A single sentence cannot be cut.
  EXPECT_TRUE(paragraph_cuts({200}, 150).empty());
}

TEST(ReadabilityTest, StageSplitsParagraphsAndTracesEverySplit) {
  Resources& res = testing::resources();
  std::string text, sentence = "Les élus de la communauté de communes ont voté une aide aux agriculteurs touchés par la grêle. ";
  for (int i = 0; i < 10; ++i) text += sentence;
  text += "Le conseil municipal a adopté le budget de la commune pour l’année prochaine, mais l’opposition a voté contre "
          "le projet de nouvelle piscine.";
  Document doc = run_stage(text, 4);
  ASSERT_EQ(doc.blocks.size(), 2u);
  for (const Block& p : doc.blocks) {
    EXPECT_EQ(p.line, 4);
    EXPECT_LE(p.words(), res.readability.paragraph_max_words);
  }
  EXPECT_NE(doc.blocks[1].text.find("prochaine. Mais l’opposition a voté"), std::string::npos);
  ASSERT_EQ(doc.traces.size(), 2u);
  EXPECT_EQ(doc.traces[0].what, "split sentence line 4");
  EXPECT_EQ(doc.traces[0].origin,
            "readability:mais: Le conseil municipal a adopté le budget de la commune pour l’année prochaine, mais "
            "l’opposition a voté contre le projet de nouvelle piscine.");
  EXPECT_EQ(doc.traces[1].what, "split paragraph line 4");
}

TEST(ReadabilityTest, StageTracesARewrittenClause) {
  const std::string text =
      "Le nouveau directeur Paul Martin, qui a pris ses fonctions en janvier, a présenté hier son plan de "
      "redressement aux salariés de l’usine.";
  Document doc = run_stage(text, 7);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text,
            "Le nouveau directeur Paul Martin a pris ses fonctions en janvier. Il a présenté hier son plan de "
            "redressement aux salariés de l’usine.");
  EXPECT_EQ(doc.blocks[0].sentences.size(), 2u);
  ASSERT_EQ(doc.traces.size(), 1u);
  EXPECT_EQ(doc.traces[0].what, "split sentence line 7");
  EXPECT_EQ(doc.traces[0].origin, "readability:relative: " + text);
}

TEST(ReadabilityTest, StageKeepsASplitThatRepeatsOpeningsWhole) {
  const std::string sentence =
      "Il a longuement parlé aux habitants du quartier dans la salle des fêtes de la commune et a promis des travaux "
      "rapides.";
  // Alone, the sentence is split.
  Document alone = run_stage(sentence, 3);
  EXPECT_EQ(alone.blocks[0].sentences.size(), 2u);
  // Before another sentence opening with « Il », the split would make three
  // in a row.
  Document before = run_stage(sentence + " Il a ensuite visité le chantier de la future école.", 3);
  EXPECT_EQ(before.blocks[0].text, sentence + " Il a ensuite visité le chantier de la future école.");
  EXPECT_TRUE(before.traces.empty());
}

}  // namespace
}  // namespace titraille

#include "directives.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"
#include "text.h"

namespace titraille {
namespace {

DirectiveMatch match(const std::string& line) { return match_directives(testing::resources().directives, line); }

TEST(DirectivesTest, EnglishPromptLineWithSeveralInstructions) {
  DirectiveMatch m = match("Rewrite this text for SEO, use subheadings, write in French, at least 900 words");
  EXPECT_TRUE(m.prompt);
  EXPECT_TRUE(m.rest.empty());
  EXPECT_EQ(m.min_words, 900u);
  EXPECT_TRUE(m.subheadings);
}

TEST(DirectivesTest, FrenchPromptLine) {
  DirectiveMatch m = match("Rédige un article SEO de 800 mots avec des intertitres, en français");
  EXPECT_TRUE(m.prompt);
  EXPECT_EQ(m.min_words, 800u);
  EXPECT_TRUE(m.subheadings);
}

// « compatible SEO » after the text it is about, and « optimisé SEO » after
// « pour un article » (the first line had been removed as a page header,
// its 700 words lost).
TEST(DirectivesTest, FrenchPromptAskingForACompatibleText) {
  DirectiveMatch m = match("Rends cet article compatible SEO avec des sous-titres, en français, minimum 700 mots");
  EXPECT_TRUE(m.prompt);
  EXPECT_TRUE(m.rest.empty());
  EXPECT_EQ(m.min_words, 700u);
  EXPECT_TRUE(m.subheadings);
  EXPECT_NE(std::find(m.ids.begin(), m.ids.end(), "seo"), m.ids.end());
  m = match("Réécris ce texte en français pour un article optimisé SEO avec des sous-titres.");
  EXPECT_TRUE(m.prompt);
  EXPECT_NE(std::find(m.ids.begin(), m.ids.end(), "for-seo"), m.ids.end());
}

// An instruction glued after the title ends the line: the title is what
// precedes it (it had stayed in the original title, the directive lost).
TEST(DirectivesTest, TitleInstructionGluedAfterTheTitle) {
  DirectiveMatch m = match("Sommet du G20 : un accord a minima sur le climat, sans les États-UnisCustomize this title in french");
  EXPECT_TRUE(m.prompt);
  EXPECT_TRUE(m.trailing);
  EXPECT_TRUE(m.customize_title);
  EXPECT_EQ(m.rest, "Sommet du G20 : un accord a minima sur le climat, sans les États-Unis");
  EXPECT_EQ(m.hint, "title");
  // A name in two capitals is no glue of an instruction.
  EXPECT_FALSE(match("Le PDG de McDonald a présenté mardi les résultats annuels du groupe").prompt);
}

// An instruction after the title past a space or a dash, the title in
// capitals or not; an English phrase inside a title or a sentence that
// names an article is not one.
TEST(DirectivesTest, InstructionAfterTheTitlePastASpaceOrADash) {
  DirectiveMatch m = match(
      "Tempête Ciarán : 1,2 million de foyers privés d’électricité en Bretagne - Make this article seo compatible, be in "
      "french, create at least 700 words");
  EXPECT_TRUE(m.prompt);
  EXPECT_TRUE(m.trailing);
  EXPECT_EQ(m.min_words, 700u);
  EXPECT_EQ(m.rest, "Tempête Ciarán : 1,2 million de foyers privés d’électricité en Bretagne");
  m = match("GRÈVE À LA SNCF : LE TRAFIC TRÈS PERTURBÉ CE WEEK-END Customize this title in french");
  EXPECT_TRUE(m.prompt);
  EXPECT_TRUE(m.customize_title);
  EXPECT_EQ(m.rest, "GRÈVE À LA SNCF : LE TRAFIC TRÈS PERTURBÉ CE WEEK-END");
  EXPECT_EQ(m.hint, "title");
  EXPECT_FALSE(match("Le slogan « Make America Great Again » revient dans la campagne du candidat").prompt);
  EXPECT_FALSE(match("Le quotidien a publié mardi un article en français et en anglais sur la réforme.").prompt);
  EXPECT_FALSE(match("Trois médias Write a Title, Create Content et Rewrite News ont fusionné lundi.").prompt);
}

// « SEO » with a capital after the instruction does not pass for a title:
// the line is a prompt by its directives and vocabulary.
// Instructions no pattern foresaw, asked as a question or to go on writing,
// in French or English: prompts by their vocabulary.
TEST(DirectivesTest, QuestionsAndRequestsToGoOnArePrompts) {
  for (const char* line : {"Peux-tu reformuler ce texte en un article de presse optimisé pour le SEO, avec un titre "
                           "accrocheur et des intertitres ?",
                           "Continue la rédaction en français, garde un ton professionnel et ajoute une conclusion.",
                           "Please continue writing in French. Keep a professional tone and add a conclusion."}) {
    DirectiveMatch m = match(line);
    EXPECT_TRUE(m.prompt) << line;
    EXPECT_TRUE(m.rest.empty()) << line;
  }
  // A sentence of the article that opens with such a verb is none.
  EXPECT_FALSE(match("Continue la rédaction du plan local d’urbanisme, a demandé le maire.").prompt);
}

// A prompt read by its vocabulary, the title glued to its last word: the
// title is kept; a capital inside a name is no glue.
TEST(DirectivesTest, TitleGluedToAPromptReadByItsVocabulary) {
  DirectiveMatch m =
      match("Rewrite this article in French with an SEO-friendly titleGrève des éboueurs : Lyon sous les déchets");
  EXPECT_TRUE(m.prompt);
  EXPECT_EQ(m.rest, "Grève des éboueurs : Lyon sous les déchets");
  EXPECT_EQ(m.hint, "title");
  // (a plural of the vocabulary as well: « accrocheurs »)
  m = match("Réécris cet article pour le SEO, en français, au moins 800 mots, avec des intertitres "
            "accrocheursLocations de courte durée : Annecy plafonne Airbnb");
  EXPECT_TRUE(m.prompt);
  EXPECT_EQ(m.rest, "Locations de courte durée : Annecy plafonne Airbnb");
  m = match("Write an SEO article in French about TotalEnergies results for this year");
  EXPECT_TRUE(m.prompt);
  EXPECT_TRUE(m.rest.empty()) << m.rest;
}

// « don't change the facts » ends the prompt as well: the title glued to it
// is kept, not removed with it.
TEST(DirectivesTest, TitleGluedAfterAnInstructionToKeepTheFacts) {
  for (const std::string prompt :
       {"Write a SEO optimized article in french with subheadings, at least 800 words, don't change the facts",
        "Réécris cet article pour le SEO, ne change pas les faits", "Rewrite this article in French, keep the facts"}) {
    DirectiveMatch m = match(prompt + "Festival de Vallauris : « Les Eaux dormantes » remporte le Grand Prix");
    EXPECT_TRUE(m.prompt) << prompt;
    EXPECT_EQ(m.rest, "Festival de Vallauris : « Les Eaux dormantes » remporte le Grand Prix") << prompt;
  }
}

TEST(DirectivesTest, FrenchPromptWithSeoInCapitalsAndItsSource) {
  DirectiveMatch m = match("Rédige un article optimisé SEO d’au moins 900 mots en français à partir du texte suivant, "
                           "avec des intertitres.");
  EXPECT_TRUE(m.prompt);
  EXPECT_TRUE(m.rest.empty());
  EXPECT_EQ(m.min_words, 900u);
  EXPECT_TRUE(m.subheadings);
}

// A capitalised rest of three words or more without the prompts' vocabulary
// is a line of its own (the title), also after a plain space.
TEST(DirectivesTest, TitleAfterAPromptAndASpace) {
  DirectiveMatch m = match("Écris un article SEO Carrefour va supprimer 979 postes");
  EXPECT_TRUE(m.prompt);
  EXPECT_EQ(m.rest, "Carrefour va supprimer 979 postes");
}

// A request for subheadings closing the prompt, after « avec » or « et »,
// maybe with an adjective (« des intertitres accrocheurs »), then the title.
TEST(DirectivesTest, TitleAfterARequestForSubheadings) {
  DirectiveMatch m = match("Réécris cet article pour le SEO, avec des intertitres Canicule dans la Drôme : le préfet "
                           "interdit l'arrosage des jardins");
  EXPECT_TRUE(m.prompt);
  EXPECT_TRUE(m.subheadings);
  EXPECT_EQ(m.rest, "Canicule dans la Drôme : le préfet interdit l'arrosage des jardins");
  DirectiveMatch n = match("Réécris cet article pour le SEO, en français, avec au moins 800 mots et des intertitres "
                           "accrocheurs Top 14 : Toulouse écrase Bordeaux-Bègles et rejoint le Stade de France");
  EXPECT_TRUE(n.prompt);
  EXPECT_EQ(n.min_words, 800u);
  EXPECT_EQ(n.rest, "Top 14 : Toulouse écrase Bordeaux-Bègles et rejoint le Stade de France");
}

TEST(DirectivesTest, TitleInstructionGluedToTheTitle) {
  DirectiveMatch m = match("Customise this headline in frenchLes pompiers luttent contre un feu géant");
  EXPECT_TRUE(m.prompt);
  EXPECT_TRUE(m.customize_title);
  EXPECT_EQ(m.rest, "Les pompiers luttent contre un feu géant");
  EXPECT_EQ(m.hint, "title");
}

TEST(DirectivesTest, FrenchTitleInstructionGluedThroughTheVocabularyFallback) {
  DirectiveMatch m = match("Réécris ce titre pour GoogleInondations : la Seine en crue");
  EXPECT_TRUE(m.prompt);
  EXPECT_EQ(m.rest, "Inondations : la Seine en crue");
  EXPECT_EQ(m.hint, "title");
}

TEST(DirectivesTest, FrenchRequestForACatchyTitleGluedToTheTitle) {
  DirectiveMatch m = match("Rédige un titre accrocheurLa Loire à son plus bas niveau depuis 1976");
  EXPECT_TRUE(m.prompt);
  EXPECT_TRUE(m.customize_title);
  EXPECT_EQ(m.rest, "La Loire à son plus bas niveau depuis 1976");
  EXPECT_EQ(m.hint, "title");
  EXPECT_TRUE(match("Écris-moi un titre plus percutant").customize_title);
  // A sentence about a title is no request for one.
  EXPECT_FALSE(match("Le titre accrocheur du journal a choqué ses lecteurs.").prompt);
}

// A French request ending with a full stop, "pour le référencement", and a
// "Titre :" label before the title the user pasted.
TEST(DirectivesTest, FrenchRequestForSeoAndATitleLabel) {
  DirectiveMatch m = match("Réécris cet article en français pour le référencement, avec des intertitres et au moins "
                           "800 mots.");
  EXPECT_TRUE(m.prompt);
  EXPECT_EQ(m.min_words, 800u);
  EXPECT_TRUE(m.subheadings);
  DirectiveMatch t = match("Titre : Santé : la vente de puffs interdite en France à partir de janvier");
  EXPECT_TRUE(t.prompt);
  EXPECT_EQ(t.rest, "Santé : la vente de puffs interdite en France à partir de janvier");
  EXPECT_EQ(t.hint, "title");
  // A sentence needs three words of the vocabulary to be a prompt.
  EXPECT_FALSE(match("Écrivez un article sur votre commune : le journal le publiera.").prompt);
}

// A prompt may name the focus keyphrase; the command line's wins.
TEST(DirectivesTest, FocusKeywordOfThePrompt) {
  EXPECT_EQ(match("Focus keyword: vaccination").keyphrase, "vaccination");
  EXPECT_EQ(match("Mot-clé principal : vaccination antigrippale").keyphrase, "vaccination antigrippale");
  EXPECT_EQ(match("Keyword: vaccination, grippe, pharmaciens").keyphrase, "vaccination");
  EXPECT_FALSE(match("Mots-clés : incendie, Drôme, sécheresse").prompt);  // a page's tags
  const std::string page =
      "Focus keyword: vaccination\n"
      "La campagne de vaccination contre la grippe est prolongée jusqu’au 28 février, a annoncé lundi le "
      "ministère de la Santé.\n"
      "Le taux de vaccination des plus de 65 ans atteint 52 %, loin de l’objectif de 75 %.\n"
      "Les pharmaciens ont réalisé près de la moitié des injections de la grippe cette saison.\n";
  EXPECT_EQ(testing::rewrite(page).keyphrase, "vaccination");
  Options o;
  o.keyphrase = "grippe";
  EXPECT_EQ(testing::rewrite(page, o).keyphrase, "grippe");
}

TEST(DirectivesTest, VocabularyFallbackCatchesUnforeseenWording) {
  DirectiveMatch m = match("Make a long article in French with keywords and a conclusion, 1200 words");
  EXPECT_TRUE(m.prompt);
  EXPECT_EQ(m.min_words, 1200u);
}

TEST(DirectivesTest, ArticleSentencesAreNotPrompts) {
  EXPECT_FALSE(match("Plus de 300 mots de vocabulaire ont été ajoutés au dictionnaire cette année.").prompt);
  EXPECT_FALSE(match("En français, le mot « article » désigne aussi une partie d’une loi.").prompt);
  EXPECT_FALSE(match("Unique en France, ce musée rouvre ses portes samedi.").prompt);
  EXPECT_FALSE(match("Écrivez-nous : le journal publiera les meilleures lettres dimanche.").prompt);
}

TEST(DirectivesTest, StageRemovesPromptsAndSetsSettings) {
  Document doc = testing::rewrite(
      "Make this article SEO friendly, add subheadings, at least 650 words\n"
      "Customize this title in frenchGrève des contrôleurs aériens ce week-end\n"
      "Les contrôleurs aériens ont déposé un préavis de grève pour samedi et dimanche, a annoncé mardi le "
      "syndicat majoritaire de la profession, qui réclame des embauches.\n"
      "La direction générale de l’aviation civile a demandé aux compagnies de réduire leurs programmes de vols "
      "d’un tiers dans les aéroports de Paris, Lyon et Marseille.\n");
  EXPECT_EQ(doc.settings.min_words, 650u);
  EXPECT_TRUE(doc.settings.customize_title);
  ASSERT_TRUE(doc.metadata.original_title);
  EXPECT_EQ(*doc.metadata.original_title, "Grève des contrôleurs aériens ce week-end");
  ASSERT_GE(doc.removed.size(), 2u);
  EXPECT_EQ(doc.removed[0].reason, "prompt");
  EXPECT_EQ(doc.removed[1].text, "Customize this title in french");
}

TEST(DirectivesTest, CommandLineMinimumWins) {
  Options o;
  o.min_words = 100;
  Document doc = testing::rewrite(
      "Write at least 2000 words\n"
      "Les contrôleurs aériens ont déposé un préavis de grève pour samedi et dimanche, a annoncé mardi le "
      "syndicat majoritaire de la profession.\n",
      o);
  EXPECT_EQ(doc.settings.min_words, 100u);
}

// Where a word is glued to the next (a lower-case letter, then a capital),
// the place a prompt is cut off the text it was pasted to.
TEST(DirectivesTest, CaseGlueFindsALowerLetterBeforeACapital) {
  EXPECT_EQ(text::case_glue("référencementCanicule"), std::string("référencement").size());
  EXPECT_EQ(text::case_glue("étéÉtude"), std::string("été").size());
  EXPECT_EQ(text::case_glue("ASCII seul. Puis Fin"), std::string::npos);
  EXPECT_EQ(text::case_glue("McDonald"), 2u);
  EXPECT_EQ(text::case_glue("1A aB"), 4u);
  EXPECT_EQ(text::case_glue("ÉTÉ ǅx"), std::string::npos);  // title case is not lower case
  EXPECT_EQ(text::case_glue("xǅ"), 1u);                        // but counts as a capital
  EXPECT_EQ(text::case_glue("abcdefXyz", 6), std::string::npos);
  EXPECT_EQ(text::case_glue("abcdefXyz", 7), 6u);
}

}  // namespace
}  // namespace titraille

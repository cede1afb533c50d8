#include "french.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace titraille {
namespace {

const FrenchGrammar& fr() { return testing::resources().french; }

TEST(FrenchTest, ContractsPrepositionsAndArticles) {
  EXPECT_EQ(fr().agree("Les enjeux de le cessez-le-feu"), "Les enjeux du cessez-le-feu");
  EXPECT_EQ(fr().agree("Que sait-on de les négociations ?"), "Que sait-on des négociations ?");
  EXPECT_EQ(fr().agree("Retour à le calme"), "Retour au calme");
  EXPECT_EQ(fr().agree("Aide à les sinistrés"), "Aide aux sinistrés");
  EXPECT_EQ(fr().agree("Le point sur la réforme"), "Le point sur la réforme");
}

TEST(FrenchTest, ElidesBeforeAVowel) {
  EXPECT_EQ(fr().agree("La position de Israël"), "La position d’Israël");
  EXPECT_EQ(fr().agree("Ce que dit le armée"), "Ce que dit l’armée");
  EXPECT_EQ(fr().agree("la question de la eau"), "la question de l’eau");
  EXPECT_EQ(fr().agree("Ce que il faut savoir"), "Ce qu’il faut savoir");
  // No elision before a consonant.
  EXPECT_EQ(fr().agree("la position de la France"), "la position de la France");
}

// A lower-case word opening with a mute h elides, one with an aspirated h
// (lexicon/fr/h-aspire) does not; a name opening with H elides only when
// <mute-h names> holds it.
TEST(FrenchTest, ElidesBeforeAMuteH) {
  EXPECT_EQ(fr().agree("la histoire du festival"), "l’histoire du festival");
  EXPECT_EQ(fr().agree("la colère de les habitants"), "la colère des habitants");
  EXPECT_EQ(fr().agree("la colère de habitants"), "la colère d’habitants");
  EXPECT_EQ(fr().agree("le hôpital de Vannes"), "l’hôpital de Vannes");
  EXPECT_EQ(fr().agree("le hameau"), "le hameau");
  EXPECT_EQ(fr().agree("la hausse de les prix"), "la hausse des prix");
  EXPECT_EQ(fr().agree("le haut-commissaire"), "le haut-commissaire");
  EXPECT_EQ(fr().agree("la préfecture de le Hérault"), "la préfecture de l’Hérault");
  EXPECT_EQ(fr().agree("le port de Hambourg"), "le port de Hambourg");
  // French first names have a mute h.
  EXPECT_EQ(fr().agree("Les propos de Hélène Marquet"), "Les propos d’Hélène Marquet");
  EXPECT_EQ(fr().agree("La position de Hervé Morin"), "La position d’Hervé Morin");
}

TEST(FrenchTest, YIsAConsonantBeforeAVowel) {
  EXPECT_EQ(fr().agree("Le point sur le centre de Yanis Ould-Ali"), "Le point sur le centre de Yanis Ould-Ali");
  EXPECT_EQ(fr().agree("le yoga"), "le yoga");
  EXPECT_EQ(fr().agree("Le retour de Yves Marchand"), "Le retour d’Yves Marchand");
  EXPECT_EQ(fr().agree("La préfecture de le Yonne"), "La préfecture de l’Yonne");
  EXPECT_EQ(fr().agree("La traversée vers le île de Yeu"), "La traversée vers l’île d’Yeu");
}

TEST(FrenchTest, ElisionComesBeforeContraction) {
  EXPECT_EQ(fr().agree("Ce que l’on sait de le archaïsme"), "Ce que l’on sait de l’archaïsme");
  EXPECT_EQ(fr().agree("Retour à le équilibre"), "Retour à l’équilibre");
  EXPECT_EQ(fr().agree("Les enjeux de le État"), "Les enjeux de l’État");
  // "les" does not elide: the contraction stands before a vowel.
  EXPECT_EQ(fr().agree("Les enjeux de les élections"), "Les enjeux des élections");
  EXPECT_EQ(fr().agree("Aide à les entreprises"), "Aide aux entreprises");
}

TEST(FrenchTest, FillsTemplatesInSentenceCase) {
  std::map<std::string, std::string> slots{{"def", "le cessez-le-feu"}};
  EXPECT_EQ(fr().fill("{def} en question", slots), "Le cessez-le-feu en question");
  EXPECT_EQ(fr().fill("Les enjeux de {def}", slots), "Les enjeux du cessez-le-feu");
  EXPECT_EQ(fr().fill("Les enjeux de {missing}", slots), "");
}

TEST(FrenchTest, ArticleWithPhrase) {
  EXPECT_EQ(FrenchGrammar::with_article("l’", "armée"), "l’armée");
  EXPECT_EQ(FrenchGrammar::with_article("les", "séparatistes"), "les séparatistes");
  EXPECT_EQ(FrenchGrammar::with_article("", "Stepanakert"), "Stepanakert");
}

}  // namespace
}  // namespace titraille

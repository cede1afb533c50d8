#include "tokenize.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace titraille {
namespace {

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  for (const Token& t : testing::resources().tokenizer.tokens(s))
    if (t.kind != TokenKind::Punct) out.push_back(t.text);
  return out;
}

std::vector<std::string> sentences(const std::string& s) {
  std::vector<std::string> out;
  for (const Sentence& x : testing::resources().tokenizer.sentences(s)) out.push_back(x.text);
  return out;
}

TEST(TokenizeTest, SplitsElisions) {
  EXPECT_EQ(words("l’avenir d'Evlakh jusqu’à qu’il"),
            (std::vector<std::string>{"l’", "avenir", "d'", "Evlakh", "jusqu’", "à", "qu’", "il"}));
  // Not an elision: aujourd’hui stays one word.
  EXPECT_EQ(words("aujourd’hui"), (std::vector<std::string>{"aujourd’hui"}));
  auto toks = testing::resources().tokenizer.tokens("l’armée");
  ASSERT_EQ(toks.size(), 2u);
  EXPECT_TRUE(toks[0].elided);
  EXPECT_EQ(toks[0].lower, "l");
}

TEST(TokenizeTest, KeepsHyphenatedNamesAndInversions) {
  EXPECT_EQ(words("Haut-Karabakh a-t-il cessez-le-feu"),
            (std::vector<std::string>{"Haut-Karabakh", "a-t-il", "cessez-le-feu"}));
}

TEST(TokenizeTest, KeepsFrenchNumbers) {
  EXPECT_EQ(words("120 000 habitants à 21h30, 3,5 % et 2\u202F000 soldats"),
            (std::vector<std::string>{"120 000", "habitants", "à", "21h30", "3,5", "et", "2\u202F000", "soldats"}));
  // A year followed by a count is two numbers.
  EXPECT_EQ(words("en 2020 200 morts"), (std::vector<std::string>{"en", "2020", "200", "morts"}));
}

TEST(TokenizeTest, AbbreviationsDoNotEndSentences) {
  EXPECT_EQ(sentences("M. Bayramov a parlé. Mme Leroy aussi."),
            (std::vector<std::string>{"M. Bayramov a parlé.", "Mme Leroy aussi."}));
  EXPECT_EQ(sentences("Selon J. Martin, c’est fini. La suite demain."),
            (std::vector<std::string>{"Selon J. Martin, c’est fini.", "La suite demain."}));
}

TEST(TokenizeTest, QuestionInsideQuotesDoesNotSplitTheSentence) {
  EXPECT_EQ(sentences("« Que faire ? » a-t-il demandé. Personne n’a répondu."),
            (std::vector<std::string>{"« Que faire ? » a-t-il demandé.", "Personne n’a répondu."}));
}

TEST(TokenizeTest, CountsWordsLikeAReader) {
  EXPECT_EQ(testing::resources().tokenizer.count_words("L’armée a tiré 2 000 obus."), 5u);
}

}  // namespace
}  // namespace titraille

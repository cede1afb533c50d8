#include "tokenize.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>

#include <gtest/gtest.h>

#include "repair.h"
#include "text.h"

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

// Text wrapped at a fixed width is joined back into paragraphs, whatever
// the number of lines, also where a line starts with a figure.
TEST(SegmentTest, JoinsHardWrappedLinesIntoParagraphs) {
  const std::string page =
      "Nucléaire : EDF repousse encore la mise en service de l’EPR\n\n"
      "EDF a annoncé vendredi un nouveau report de la mise en service\n"
      "du réacteur EPR de Flamanville, dans la Manche, désormais attendue\n"
      "au printemps prochain, soit avec plus de douze ans de retard sur le\n"
      "calendrier initial fixé lors du lancement du chantier par l’électricien.\n\n"
      "Selon l’électricien, des ajustements techniques sur le circuit de\n"
      "refroidissement doivent encore être réalisés. Le coût est estimé à\n"
      "13,2 milliards d’euros, contre 3,3 milliards prévus au lancement des\n"
      "travaux en 2007, selon la Cour des comptes qui a publié un rapport.\n";
  Document doc = testing::rewrite(page);
  const std::string body = testing::body_text(doc);
  EXPECT_NE(body.find("dans la Manche, désormais attendue au printemps prochain"), std::string::npos) << body;
  EXPECT_NE(body.find("estimé à 13,2 milliards"), std::string::npos) << body;
}

// A wrapped line that ends with a word that cannot end a sentence goes on
// with the next even when that one starts with a capital (a name); a word
// cut at its hyphen is whole again; a label above a paragraph (an advert
// marker) and a headline longer than the wrapping width stay apart.
TEST(SegmentTest, HardWrappedLinesGoOnBeforeANameAndAfterAHyphen) {
  const std::string page =
      "Un dinosaure à plumes inédit découvert dans les Pyrénées par une équipe de chercheurs\n"
      "Le 3 mars 2025 à 16h05\n"
      "Une équipe de paléontologues a annoncé lundi la découverte d’une\n"
      "nouvelle espèce de dinosaure dans un gisement de l’Ariège, près d’Aulus-les-\n"
      "Bains. L’animal vivait il y a environ 72 millions d’années, explique\n"
      "Hélène Castaing, paléontologue au muséum et première autrice de l’étude au\n"
      "Muséum de Toulouse. Les fouilles ont duré trois étés, et les résultats\n"
      "ont été publiés lundi dans une revue scientifique de référence.\n\n"
      "PUBLICITÉ\n"
      "« C’est une pièce manquante de l’évolution des dinosaures à plumes en\n"
      "Europe », a-t-elle ajouté lors d’une conférence de presse à Toulouse.\n\n"
      "Les fossiles seront présentés au public à partir du 15 avril, dans le\n"
      "cadre d’une exposition temporaire consacrée aux dinosaures d’Occitanie.\n";
  Document doc = testing::rewrite(page);
  const std::string body = testing::body_text(doc);
  EXPECT_NE(body.find("près d’Aulus-les-Bains. L’animal"), std::string::npos) << body;
  EXPECT_NE(body.find("explique Hélène Castaing"), std::string::npos) << body;
  EXPECT_NE(body.find("de l’étude au Muséum de Toulouse."), std::string::npos) << body;
  EXPECT_EQ(body.find("PUBLICITÉ"), std::string::npos) << body;
  EXPECT_NE(body.find("C’est une pièce manquante de l’évolution des dinosaures à plumes en Europe"), std::string::npos) << body;
  EXPECT_EQ(body.find("Le 3 mars 2025"), std::string::npos) << body;
}

TEST(TextTest, LowerFirstLeavesAnAcronym) {
  EXPECT_EQ(text::lower_first("EDF repousse la mise en service"), "EDF repousse la mise en service");
  EXPECT_EQ(text::lower_first("Le chantier prend du retard"), "le chantier prend du retard");
  EXPECT_EQ(text::lower_first("« Nous irons »"), "« nous irons »");
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
  // A company's name: « Warner Bros. Animation » is one sentence.
  EXPECT_EQ(sentences("Les studios Warner Bros. Animation y présenteront leurs projets. Le jury délibère."),
            (std::vector<std::string>{"Les studios Warner Bros. Animation y présenteront leurs projets.",
                                      "Le jury délibère."}));
}

// Tokenizer::breaks() suppresses the breaks ICU's FilteredBreakIterator,
// which it replaced, suppressed with the same entries: on hand-made cases
// (entries anywhere, the first part of « c.-à-d. », spaces of every kind)
// and on every line of the project's test and example texts.
TEST(TokenizeTest, SuppressedBreaksAreThoseOfIcuFilteredIterator) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
  for (std::string_view abbr : testing::resources().lexicon.list("fr/abbreviations").entries())
    if (!(abbr.size() > 2 && abbr[0] >= 'A' && abbr[0] <= 'Z' && abbr[1] == '.'))
      builder->suppressBreakAfter(text::u(abbr), status);
  for (UChar32 c = 'A'; c <= 'Z'; ++c) builder->suppressBreakAfter(icu::UnicodeString(c).append(u'.'), status);
  std::unique_ptr<icu::BreakIterator> icu_breaks(
      builder->wrapIteratorWithFilter(icu::BreakIterator::createSentenceInstance(icu::Locale("fr"), status), status));
  ASSERT_TRUE(U_SUCCESS(status));
  auto reference = [&](const icu::UnicodeString& u) {
    std::vector<int32_t> out;
    icu_breaks->setText(u);
    icu_breaks->first();
    for (int32_t e = icu_breaks->next(); e != icu::BreakIterator::DONE; e = icu_breaks->next()) out.push_back(e);
    return out;
  };
  std::vector<std::string> texts = {
      "M. Dupont est venu. Mme Durand aussi. MM. Martin et Petit sont partis.",
      "Il a vu le Dr. House, etc. La suite est connue.",
      "Le texte, c.-à-d. la loi, est voté. C’est fait.",
      "Il a dit c. Le reste suit. Avec c.-à-dire rien.",
      "Le tarif est de 10 € env. Le prix a baissé.",
      "Né en 52 av. J.-C. Il a régné. Voir fig. 3 et p. 12. Fin.",
      "Le PDG de la Sté. Générale parle. Puis M.\u00A0Dupont. Puis M.  Durand.",
      "Une phrase qui finit par M. Une autre qui finit par etc.",
      "Il est arrivé. Puis il est reparti ! Vraiment ? Oui… Enfin.",
      "Voir l’art. 49.3 de la Constitution. Le vote a eu lieu.",
      "A. B. C. D. sont des initiales. La fin.",
      "c.-à-d. Le début. c. La fin.",
  };
  const std::filesystem::path root = TITRAILLE_SOURCE_DIR;
  for (const char* dir : {"data/examples", "tests/data", "tests/data/unseen"})
    for (const auto& f : std::filesystem::directory_iterator(root / dir)) {
      if (f.path().extension() != ".txt") continue;
      std::ifstream in(f.path());
      std::string line;
      while (std::getline(in, line)) texts.push_back(line);
    }
  ASSERT_GT(texts.size(), 500u);
  std::size_t breaks = 0;
  for (const std::string& t : texts) {
    const icu::UnicodeString u = text::u(t).unescape();
    const std::vector<int32_t> expected = reference(u);
    EXPECT_EQ(testing::resources().tokenizer.breaks(u), expected) << t;
    breaks += expected.size();
  }
  EXPECT_GT(breaks, 1000u);
}

TEST(TokenizeTest, QuestionInsideQuotesDoesNotSplitTheSentence) {
  EXPECT_EQ(sentences("« Que faire ? » a-t-il demandé. Personne n’a répondu."),
            (std::vector<std::string>{"« Que faire ? » a-t-il demandé.", "Personne n’a répondu."}));
}

// The closing guillemet of a quotation ends the sentence before it; the
// sentence after it is one of its own (it had been « Allez les Bleus ! » La
// France recevra… »).
TEST(TokenizeTest, AClosingGuillemetEndsTheSentenceBeforeIt) {
  EXPECT_EQ(sentences("Le capitaine a lancé : « Quelle ambiance ce soir ! Allez les Bleus ! » La France recevra "
                      "l’Écosse samedi."),
            (std::vector<std::string>{"Le capitaine a lancé : « Quelle ambiance ce soir !", "Allez les Bleus ! »",
                                      "La France recevra l’Écosse samedi."}));
  EXPECT_EQ(sentences("Il a dit : « Nous partons. » Le bus est parti. « Pourquoi ? » demande-t-il."),
            (std::vector<std::string>{"Il a dit : « Nous partons. »", "Le bus est parti.",
                                      "« Pourquoi ? » demande-t-il."}));
}

TEST(TokenizeTest, CountsWordsLikeAReader) {
  EXPECT_EQ(testing::resources().tokenizer.count_words("L’armée a tiré 2 000 obus."), 5u);
}

void expect_same_tokens(const std::vector<Token>& a, const std::vector<Token>& b, const std::string& where) {
  ASSERT_EQ(a.size(), b.size()) << where;
  for (std::size_t k = 0; k < a.size(); ++k) {
    EXPECT_EQ(a[k].text, b[k].text) << where;
    EXPECT_EQ(a[k].lower, b[k].lower) << where;
    EXPECT_EQ(a[k].kind, b[k].kind) << where;
    EXPECT_EQ(a[k].capitalized, b[k].capitalized) << where;
    EXPECT_EQ(a[k].all_caps, b[k].all_caps) << where;
    EXPECT_EQ(a[k].elided, b[k].elided) << where;
    EXPECT_EQ(a[k].offset, b[k].offset) << where;
  }
}

TEST(TokenizeTest, ApostrophesOfEveryKindSplitElisions) {
  EXPECT_EQ(words("l'avenir lʼavenir l’avenir"),
            (std::vector<std::string>{"l'", "avenir", "lʼ", "avenir", "l’", "avenir"}));
  // Only a word's first apostrophe is looked at.
  EXPECT_EQ(words("aujourd’hui’l’x"), (std::vector<std::string>{"aujourd’hui’l’x"}));
}

// The words of a sentence are iterated over its slice of the block: they are
// the tokens of the sentence's text taken alone, whatever comes before
// (characters of two UTF-16 units, ill-formed bytes).
TEST(TokenizeTest, SentenceTokensAreThoseOfTheSentenceAlone) {
  Tokenizer& tok = testing::resources().tokenizer;
  std::vector<std::string> blocks = {
      "Le 𝐀 vaut 120\u202F000 €. L’𝟘 aussi, dit-il. « Quoi ? » Rien.",
      "Un \xF0\x9F\x98\x80 émoji. Un octet \xFF mal formé. Et l'élision d’un ʼautre. Fin.",
      "1er mai. Le 2e. 21h30 : réunion ; 3,5 % ! Puis 2 000 soldats.",
  };
  blocks.insert(blocks.end(), testing::example_lines().begin(), testing::example_lines().end());
  std::size_t checked = 0;
  for (const std::string& b : blocks) {
    for (const Sentence& s : tok.sentences(b)) {
      expect_same_tokens(s.tokens, tok.tokens(s.text), s.text);
      ++checked;
    }
  }
  EXPECT_GT(checked, 100u);
}

// Re-segmenting a changed block keeps the tokens of its unchanged sentences,
// and gives the same sentences as segmenting it afresh.
TEST(TokenizeTest, ResegmentingKeepsWhatDidNotChange) {
  Tokenizer& tok = testing::resources().tokenizer;
  const std::string before = "Il pleut. Le maire a dit \"non\". Il pleut. Fin de l'histoire.";
  const std::string after = "Il pleut. Le maire a dit « non ». Il pleut. Fin de l’histoire. Suite.";
  std::vector<Sentence> previous = tok.sentences(before);
  ASSERT_EQ(previous.size(), 4u);
  std::vector<Sentence> kept = tok.sentences(after, &previous);
  std::vector<Sentence> fresh = tok.sentences(after);
  ASSERT_EQ(kept.size(), fresh.size());
  for (std::size_t k = 0; k < kept.size(); ++k) {
    EXPECT_EQ(kept[k].text, fresh[k].text);
    EXPECT_EQ(kept[k].offset, fresh[k].offset);
    expect_same_tokens(kept[k].tokens, fresh[k].tokens, kept[k].text);
  }
  // The unchanged sentences gave their tokens away, in order, and so did the
  // one only its apostrophe changed; the one with new quotation marks kept them.
  EXPECT_TRUE(previous[0].tokens.empty());
  EXPECT_FALSE(previous[1].tokens.empty());
  EXPECT_TRUE(previous[2].tokens.empty());
  EXPECT_TRUE(previous[3].tokens.empty());
}

// A sentence the French typography changed (spaces put before « : » or
// inside guillemets, apostrophes curled, numbers' groups parted by a narrow
// space) takes the tokens it had, moved: the same tokens as tokenizing it
// afresh, on every line of the examples and on lines made for the purpose;
// changes inside a token or that take a space out are tokenized afresh.
TEST(TokenizeTest, TypographyKeepsTheTokensItMoves) {
  Tokenizer& tok = testing::resources().tokenizer;
  std::vector<std::string> lines = {
      "Il a dit: «Non!» Puis l'homme est parti; 312 000 euros, 12% et 21h30.",
      "« « Nous verrons », a-t-il dit. L'Etat paiera 2 000 000 d'euros.",
      "Fin en 2023.« Nous partons »,dit-il. Et 1er mai: grève ?",
      "Aujourd'hui , la C.G.T. et l'U.E. s'opposent ...",
  };
  lines.insert(lines.end(), testing::example_lines().begin(), testing::example_lines().end());
  std::size_t shifted = 0;
  for (const std::string& before : lines) {
    std::vector<std::string> applied;
    const std::string after = french_typography(before, testing::resources().repair, applied);
    if (after == before) continue;
    std::vector<Sentence> previous = tok.sentences(before);
    std::vector<Sentence> kept = tok.sentences(after, &previous);
    std::vector<Sentence> fresh = tok.sentences(after);
    ASSERT_EQ(kept.size(), fresh.size()) << after;
    for (std::size_t k = 0; k < kept.size(); ++k) {
      EXPECT_EQ(kept[k].text, fresh[k].text);
      EXPECT_EQ(kept[k].offset, fresh[k].offset);
      expect_same_tokens(kept[k].tokens, fresh[k].tokens, kept[k].text);
    }
    // Changed sentences that gave their tokens away.
    for (const Sentence& p : previous)
      shifted += p.tokens.empty() &&
                 std::none_of(fresh.begin(), fresh.end(), [&](const Sentence& f) { return f.text == p.text; });
  }
  EXPECT_GT(shifted, 100u);  // the moves were made, not only fresh tokenizations
}

TEST(TokenizeTest, CaseFlagsOfAsciiAndOtherWords) {
  struct Case {
    const char* word;
    const char* lower;
    bool capitalized, all_caps;
  };
  for (const Case& c : {Case{"ONU", "onu", true, true}, Case{"Paris", "paris", true, false},
                        Case{"iPhone", "iphone", false, false}, Case{"A", "a", true, false},
                        Case{"3D", "3d", false, false}, Case{"ÉTAT", "état", true, true},
                        Case{"Évry", "évry", true, false}, Case{"éTÉ", "été", false, false}}) {
    std::vector<Token> t = testing::resources().tokenizer.tokens(c.word);
    ASSERT_EQ(t.size(), 1u) << c.word;
    EXPECT_EQ(t[0].lower, c.lower) << c.word;
    EXPECT_EQ(t[0].capitalized, c.capitalized) << c.word;
    EXPECT_EQ(t[0].all_caps, c.all_caps) << c.word;
  }
  // Punctuation and numbers carry no case.
  for (const Token& t : testing::resources().tokenizer.tokens("2020 , ;")) {
    EXPECT_FALSE(t.capitalized) << t.text;
    EXPECT_FALSE(t.all_caps) << t.text;
  }
}

}  // namespace
}  // namespace titraille

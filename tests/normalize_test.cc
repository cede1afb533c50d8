#include "normalize.h"

#include <gtest/gtest.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include "text.h"

#include "test_support.h"

namespace titraille {
namespace {

TEST(NormalizeTest, StripsBomAndUnifiesLineEndings) {
  EXPECT_EQ(normalize_text(decode_input("\xEF\xBB\xBFUn\r\nDeux\rTrois\n", "f", false)), "Un\nDeux\nTrois");
}

TEST(NormalizeTest, DecodesHtmlCharacterReferences) {
  const NormalizeRules& rules = testing::resources().normalize;
  EXPECT_EQ(decode_character_references("l&#39;État d&apos;abord &amp; caf&eacute;", rules), "l'État d'abord & café");
  EXPECT_EQ(decode_character_references("&laquo;&nbsp;oui&nbsp;&raquo; &#x2019; &#8217;", rules),
            "\u00AB\u00A0oui\u00A0\u00BB \u2019 \u2019");
  // Not references: left as written.
  EXPECT_EQ(decode_character_references("AT&T; R&D &unknown; &#0; &#xD800; & fin &", rules),
            "AT&T; R&D &unknown; &#0; &#xD800; & fin &");
  Document doc = testing::rewrite(
      "Le conseil municipal a voté l&#39;extension du tramway jusqu&#39;à l&rsquo;aéroport, pour un coût de "
      "120&nbsp;millions d&#39;euros.\n");
  EXPECT_EQ(doc.sections.front().paragraphs.front().text.find("&#39;"), std::string::npos);
  EXPECT_NE(doc.sections.front().paragraphs.front().text.find("l’extension"), std::string::npos);
}

TEST(NormalizeTest, ComposesToNfc) {
  // "e" + COMBINING ACUTE ACCENT -> "é"
  EXPECT_EQ(normalize_text("e\xCC\x81t\xC3\xA9"), "\xC3\xA9t\xC3\xA9");
}

TEST(NormalizeTest, FoldsSpacesButKeepsFrenchNoBreakSpaces) {
  // EM SPACE and TAB become one space; NBSP before ':' stays; NBSP between
  // words becomes a space; NNBSP inside guillemets stays.
  EXPECT_EQ(normalize_text("a\xE2\x80\x83\tb"), "a b");
  EXPECT_EQ(normalize_text("Titre\xC2\xA0: suite"), "Titre\xC2\xA0: suite");
  EXPECT_EQ(normalize_text("deux\xC2\xA0mots"), "deux mots");
  EXPECT_EQ(normalize_text("\xC2\xAB\xE2\x80\xAFOui\xE2\x80\xAF\xC2\xBB"), "\xC2\xAB\xE2\x80\xAFOui\xE2\x80\xAF\xC2\xBB");
  EXPECT_EQ(normalize_text("120\xC2\xA0" "000"), "120\xC2\xA0" "000");
}

TEST(NormalizeTest, RemovesZeroWidthAndControlCharacters) {
  EXPECT_EQ(normalize_text("a\xE2\x80\x8B" "b\x01" "c\xC2\xAD" "d"), "abcd");
}

TEST(NormalizeTest, TrimsLinesAndCollapsesSpaces) {
  EXPECT_EQ(normalize_text("  un   deux  \n\n  trois "), "un deux\n\ntrois");
}

TEST(NormalizeTest, InvalidUtf8NamesTheByteOffset) {
  try {
    decode_input("abc\xC3(def", "page.txt", false);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUnusable);
    EXPECT_NE(std::string(e.what()).find("page.txt"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("byte offset 3"), std::string::npos) << e.what();
  }
}

TEST(NormalizeTest, RepairEncodingReadsWindows1252) {
  EXPECT_EQ(decode_input("caf\xE9 l\x92" "eau", "f", true), "caf\xC3\xA9 l\xE2\x80\x99" "eau");
}

TEST(NormalizeTest, ReadsUtf16WithBom) {
  std::string le("\xFF\xFE" "A\0\xE9\0", 6);
  EXPECT_EQ(decode_input(le, "f", false), "A\xC3\xA9");
}

TEST(NormalizeTest, RejectsBinaryData) {
  std::string bin("PK\x03\x04\0\0\x01", 7);
  EXPECT_THROW(decode_input(bin, "f", false), Error);
}

TEST(NormalizeTest, OneBlockPerNonEmptyLineWithSpans) {
  Document doc;
  doc.name = "t";
  doc.input = "Premier\n\n  Deuxième ligne\n";
  doc = normalize(std::move(doc), testing::resources());
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[1].text, "Deuxième ligne");
  EXPECT_EQ(doc.blocks[1].line, 3);
  EXPECT_EQ(doc.text.substr(doc.blocks[1].span.begin, doc.blocks[1].span.end - doc.blocks[1].span.begin),
            "Deuxième ligne");
}

TEST(NormalizeTest, EmptyInputIsAnError) {
  Document doc;
  doc.name = "vide.txt";
  doc.input = " \n\t\n";
  EXPECT_THROW(normalize(std::move(doc), testing::resources()), Error);
}

}  // namespace
}  // namespace titraille

namespace titraille {
namespace {

// The reference for text::fold_ascii: the whole string through ICU at once.
std::string fold_ascii_reference(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString d = icu::Normalizer2::getNFDInstance(status)->normalize(text::u(text::fold(s)), status);
  icu::UnicodeString out;
  for (int32_t i = 0; i < d.length(); i = d.moveIndex32(i, 1))
    if (u_charType(d.char32At(i)) != U_NON_SPACING_MARK) out.append(d.char32At(i));
  return text::utf8(out);
}

// A paste of HTML source: block tags become line breaks, inline tags go,
// scripts go with their content; a « < » in plain text, or in a paste with
// too few block tags, stays; « &lt;b&gt; » is decoded after, so stays text.
TEST(NormalizeTest, StripsTheMarkupOfAnHtmlPaste) {
  const NormalizeRules& rules = testing::resources().normalize;
  EXPECT_EQ(strip_markup("<h1>Budget : le 49.3</h1>\n<p class=\"a>b\">Le texte, <em>inversement</em>.</p>"
                         "<script>var x = '<p>';</script><!-- pub --><p>Fin &lt;b&gt;</p>",
                         rules),
            "\nBudget : le 49.3\n\n\nLe texte, inversement.\n\nFin &lt;b&gt;\n");
  const std::string text = "La balise <b> met en gras ; si x < y et <p> ici, alors rien.\nDeuxième ligne <br>";
  EXPECT_EQ(strip_markup(text, rules), text);
  Document doc = testing::rewrite(
      "<h1>Tramway : la ligne T3 prolongée jusqu’à l’aéroport en 2027</h1>\n"
      "<p>Le conseil de la métropole a voté jeudi le prolongement de la ligne T3 du tramway jusqu’à l’aéroport, "
      "pour un coût de 120&nbsp;millions d’euros.</p>\n"
      "<h2>Six nouvelles stations</h2>\n"
      "<p>Les travaux commenceront au printemps et dureront <strong>deux ans</strong>, selon le vice-président "
      "chargé des transports, qui promet des perturbations limitées.</p>\n");
  const std::string body = testing::body_text(doc);
  EXPECT_EQ(body.find('<'), std::string::npos) << body;
  EXPECT_NE(body.find("dureront deux ans, selon"), std::string::npos) << body;
  EXPECT_EQ(doc.metadata.original_title.value_or(""), "Tramway : la ligne T3 prolongée jusqu’à l’aéroport en 2027");
}

// A line marked whole in Markdown (a heading, bold) is read without its
// marks; marks inside a line, a hashtag and a lone « ** » stay.
TEST(NormalizeTest, ReadsALineMarkedWholeInMarkdown) {
  EXPECT_EQ(unmark_line("## Trois campings évacués"), "Trois campings évacués");
  EXPECT_EQ(unmark_line("# Titre #"), "Titre");
  EXPECT_EQ(unmark_line("**Trois campings évacués**"), "Trois campings évacués");
  EXPECT_EQ(unmark_line("__Le vent faiblit__"), "Le vent faiblit");
  for (const char* kept : {"#MeToo : la parole se libère", "Un **gras** au milieu", "**", "** note **",
                           "**Un** et **deux**", "####### sept"})
    EXPECT_EQ(unmark_line(kept), kept);
  Document doc = testing::rewrite(
      "Incendie : le feu progresse vers la mer dans le massif de la Clape\n\n"
      "Un incendie s’est déclaré mardi matin sur la commune de Fleury, dans le massif de la Clape, et a déjà "
      "parcouru plus de 800 hectares de garrigue selon la préfecture.\n\n"
      "**Trois campings évacués**\n\n"
      "Les campings situés entre Fleury et Saint-Pierre-la-Mer ont été entièrement évacués dans l’après-midi, "
      "et près de 2 800 vacanciers ont été conduits vers un gymnase de Narbonne.\n");
  const std::string body = testing::body_text(doc);
  EXPECT_EQ(body.find("**"), std::string::npos) << body;
  EXPECT_NE(body.find("Trois campings évacués"), std::string::npos) << body;
}

TEST(FoldAsciiTest, DropsAccentsCaseQuotesAndExtraSpaces) {
  EXPECT_EQ(text::fold_ascii("  Éléphant's  «Noël»\u00A0ŒUVRE — Straße  "), "elephant’s «noel» œuvre - straße");
}

TEST(FoldAsciiTest, MatchesTheWholeStringIcuFold) {
  for (const std::string& s : {std::string("ΟΔΥΣΣΕΥΣ et Σίσυφος"), std::string("İstanbul, ǅemal, ﬁn, Ǆ"),
                               std::string("e\u0301te\u0301 \"dit\" – l'été"), std::string("\t Ça  va ?  ")})
    EXPECT_EQ(text::fold_ascii(s), fold_ascii_reference(s)) << s;
  for (const std::string& f : testing::example_files()) {
    std::string text = testing::read_file(f);
    std::size_t at = 0;
    for (std::size_t nl; (nl = text.find('\n', at)) != std::string::npos; at = nl + 1) {
      std::string line = text.substr(at, nl - at);
      ASSERT_EQ(text::fold_ascii(line), fold_ascii_reference(line)) << line;
    }
  }
}

}  // namespace
}  // namespace titraille

namespace titraille {
namespace {

TEST(LowerTest, MatchesIcuFrenchLowerCase) {
  for (const std::string& s : {std::string("ÉTÉ À PARIS, Œuvre"), std::string("ΟΔΥΣΣΕΥΣ"), std::string("İSTANBUL ǅ ẞ"),
                               std::string("Haut-Karabakh L’ONU")})
    EXPECT_EQ(text::lower(s), text::utf8(text::u(s).toLower(icu::Locale("fr")))) << s;
}

}  // namespace
}  // namespace titraille

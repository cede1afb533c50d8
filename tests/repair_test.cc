#include "repair.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <gtest/gtest.h>

#include "test_support.h"
#include "text.h"

namespace titraille {
namespace {

std::string glue(const std::string& s) {
  std::vector<std::string> applied;
  return split_glued_words(s, testing::resources().repair, applied);
}

// The same, the labels cut out of the text listed in `cut`.
std::string cut_glue(const std::string& s, std::vector<std::pair<std::string, std::string>>& cut) {
  std::vector<std::string> applied;
  return split_glued_words(s, testing::resources().repair, applied, &cut);
}

// The glue check as it was first written, over ICU strings: the UTF-8 one
// must split exactly where it does.
bool reference_known(const std::vector<const WordList*>& lists, std::string_view word) {
  for (const WordList* l : lists)
    if (l->contains(word)) return true;
  return false;
}
bool reference_word_char(UChar32 c) { return u_isalpha(c) || c == '-' || c == 0x2019 || c == '\''; }
#define known reference_known
std::string reference_glue(const std::string& input, const RepairRules& rules, std::vector<std::string>& applied) {
  icu::UnicodeString s = text::u(input);
  icu::UnicodeString out;
  bool changed = false;
  int32_t i = 0;
  const int32_t n = s.length();
  while (i < n) {
    // One run of word characters.
    int32_t b = i;
    while (i < n && reference_word_char(s.char32At(i))) i = s.moveIndex32(i, 1);
    if (i == b) {
      out.append(s.char32At(i));
      i = s.moveIndex32(i, 1);
      continue;
    }
    icu::UnicodeString word = s.tempSubString(b, i - b);
    // Split at a lower->upper transition when the right part is a known word.
    int32_t split = -1;
    bool lower_glue = false;
    bool camel = false;  // a transition before this one
    for (int32_t k = 1; k < word.length(); k = word.moveIndex32(k, 1)) {
      UChar32 prev = word.char32At(word.moveIndex32(k, -1));
      UChar32 cur = word.char32At(k);
      if (!u_islower(prev) || !u_isupper(cur)) continue;
      const bool camel_before = camel;
      camel = true;
      icu::UnicodeString left = word.tempSubString(0, k);
      icu::UnicodeString right = word.tempSubString(k);
      // Right part up to the next non-letter (e.g. "SelonLe" stays per part).
      if (static_cast<std::size_t>(left.countChar32()) < rules.capital_min_left) continue;
      int32_t letters = 0, caps = 0;
      for (int32_t q = 0; q < right.length(); q = right.moveIndex32(q, 1)) {
        UChar32 c = right.char32At(q);
        if (!u_isalpha(c)) break;
        ++letters;
        if (u_isupper(c)) ++caps;
      }
      icu::UnicodeString first_word = right.tempSubString(0, right.moveIndex32(0, letters));
      std::string right_lower = text::lower(text::utf8(first_word));
      bool left_lower = true;
      for (int32_t q = 0; q < left.length(); q = left.moveIndex32(q, 1))
        if (!u_islower(left.char32At(q))) left_lower = false;
      if (camel_before && caps != letters && static_cast<std::size_t>(letters) < rules.camel_min_right) continue;
      if (!left_lower && caps != letters && static_cast<std::size_t>(letters) < rules.camel_min_right &&
          !known(rules.capital_sentence, right_lower) && !known(rules.capital_words, text::lower(text::utf8(left))))
        continue;
      if ((caps == letters && static_cast<std::size_t>(caps) >= rules.capital_min_caps) ||
          (letters >= 2 && known(rules.capital_words, right_lower)) ||
          (letters == 1 && known(rules.capital_sentence, right_lower)) ||
          (letters >= 2 && left_lower && known(rules.capital_words, text::utf8(left)))) {
        split = k;
        break;
      }
    }
    if (split < 0 && word.length() >= 5) {
      std::string whole = text::utf8(word);
      bool all_lower = true;
      for (int32_t q = 0; q < word.length(); q = word.moveIndex32(q, 1))
        if (!u_islower(word.char32At(q))) all_lower = false;
      if (all_lower && !known(rules.capital_words, whole)) {
        // Each code point boundary of the word: (UTF-16 index, byte offset).
        std::vector<std::pair<int32_t, std::size_t>> cuts;
        for (int32_t k = 0, byte = 0; k <= word.length(); k = word.moveIndex32(k, 1)) {
          cuts.emplace_back(k, static_cast<std::size_t>(byte));
          if (k == word.length()) break;
          byte += U8_LENGTH(word.char32At(k));
        }
        const int32_t last = word.length() - static_cast<int32_t>(rules.lower_min_right);
        for (auto it = cuts.rbegin(); it != cuts.rend(); ++it) {
          const int32_t k = it->first;
          if (k > last) continue;
          if (k < static_cast<int32_t>(rules.lower_min_left)) break;
          const std::string_view left = std::string_view(whole).substr(0, it->second), right = std::string_view(whole).substr(it->second);
          if (known(rules.lower_left, left) && known(rules.lower_right, right)) {
            split = k;
            lower_glue = true;
            break;
          }
        }
      }
    }
    if (split > 0) {
      // A capitalised opener of the <capital sentence> lists after lower case: a lost full stop.
      icu::UnicodeString right = word.tempSubString(split);
      const bool sentence = !lower_glue && u_isupper(right.char32At(0)) &&
                            u_islower(word.char32At(word.moveIndex32(split, -1))) &&
                            known(rules.capital_sentence, text::lower(text::utf8(right)));
      out.append(word.tempSubString(0, split)).append(sentence ? ". " : " ").append(right);
      changed = true;
      applied.push_back(lower_glue ? "glue.lower" : sentence ? "glue.sentence" : "glue.capital");
    } else {
      out.append(word);
    }
  }
  return changed ? text::utf8(out) : input;
}
#undef known

std::string typo(const std::string& s) {
  std::vector<std::string> applied;
  return french_typography(s, testing::resources().repair, applied);
}

TEST(RepairTest, SplitsWordsGluedByExtraction) {
  EXPECT_EQ(glue("l’AzerbaïdjanSelon le bilan"), "l’Azerbaïdjan. Selon le bilan");
  EXPECT_EQ(glue("le cessez-le-feuEREVAN - Des milliers"), "le cessez-le-feu EREVAN - Des milliers");
  EXPECT_EQ(glue("la ville avaitdes relations"), "la ville avait des relations");
  EXPECT_EQ(glue("elle avaitdéjà prévenu"), "elle avait déjà prévenu");
  // A known word in lower case glued to a name.
  EXPECT_EQ(glue("au départ deQuimper et deBrest"), "au départ de Quimper et de Brest");
  EXPECT_EQ(glue("le iPhone et McDonald"), "le iPhone et McDonald");
  // An article or a subject pronoun glued after lower case opens a sentence
  // whose full stop went with the line break.
  EXPECT_EQ(glue("le dégagement des véhiculesUne déviation a été mise en place"),
            "le dégagement des véhicules. Une déviation a été mise en place");
  EXPECT_EQ(glue("la route est restée ferméeIls ont dû attendre"), "la route est restée fermée. Ils ont dû attendre");
  // So does a preposition, « À » too though it has one letter.
  EXPECT_EQ(glue("dans le calmeSelon la préfecture"), "dans le calme. Selon la préfecture");
  EXPECT_EQ(glue("le projet reste insulaireÀ Ajaccio, les élus"), "le projet reste insulaire. À Ajaccio, les élus");
  // A name in camel case ends with a short word: it is no glue
  // (« BlaBla » had been cut as a label, leaving « Car indique »).
  EXPECT_EQ(glue("la situation. BlaBlaCar indique une hausse"), "la situation. BlaBlaCar indique une hausse");
  // So does a name whose first part is no word before a short one; a
  // sentence's opener after a place is still glue.
  EXPECT_EQ(glue("les particuliers consultent le site VigiEau pour connaître"),
            "les particuliers consultent le site VigiEau pour connaître");
  EXPECT_EQ(glue("la pluie est tombée sur RouenLa préfecture"), "la pluie est tombée sur Rouen. La préfecture");
  std::vector<std::pair<std::string, std::string>> cut;
  EXPECT_EQ(cut_glue("BlaBlaCar indique une hausse", cut), "BlaBlaCar indique une hausse");
  EXPECT_TRUE(cut.empty());
}

// A capitalised word glued to a sentence opener at the start of a sentence
// is a label of the page (a dateline): it goes, the sentence stays. Inside a
// sentence, or when it is a common word, it is only split off.
TEST(RepairTest, GluedLabelAtASentenceStartIsCut) {
  std::vector<std::pair<std::string, std::string>> cut;
  EXPECT_EQ(cut_glue("publié mardi soir.LyonSelon la préfecture, le bilan", cut), "publié mardi soir.Selon la préfecture, le bilan");
  ASSERT_EQ(cut.size(), 1u);
  EXPECT_EQ(cut[0], (std::pair<std::string, std::string>{"dateline", "Lyon"}));
  cut.clear();
  EXPECT_EQ(cut_glue("Saint-DenisLes secours sont arrivés", cut), "Les secours sont arrivés");
  ASSERT_EQ(cut.size(), 1u);
  EXPECT_EQ(cut[0].second, "Saint-Denis");
  cut.clear();
  EXPECT_EQ(cut_glue("les pourparlers avec l’AzerbaïdjanSelon le bilan", cut), "les pourparlers avec l’Azerbaïdjan. Selon le bilan");
  EXPECT_EQ(cut_glue("Il l’a dit à Emmanuel MacronLe lendemain", cut), "Il l’a dit à Emmanuel Macron. Le lendemain");
  EXPECT_EQ(cut_glue("LePrésident a parlé", cut), "Le Président a parlé");
  EXPECT_TRUE(cut.empty());
  // Through the stage: the sentence keeps its spacing, the label is listed.
  Document doc = testing::rewrite(
      "Les habitants de la vallée ont été évacués dans la nuit de lundi à mardi, selon un communiqué publié "
      "mardi soir.LyonSelon la préfecture, plus de deux cents personnes ont été relogées dans des gymnases.\n");
  bool listed = false;
  for (const auto& rm : doc.removed) listed = listed || (rm.text == "Lyon" && rm.reason == "dateline");
  EXPECT_TRUE(listed);
}

TEST(RepairTest, GlueCheckSplitsAsTheIcuStringVersion) {
  const RepairRules& r = testing::resources().repair;
  std::vector<std::string> lines = {
      "l’AzerbaïdjanSelon le bilan", "le cessez-le-feuEREVAN - Des milliers", "la ville avaitdes relations",
      "elle avaitdéjà prévenu", "McDonald et iPhone, la LaReM, DeVito", "étéÉTÉ éÉtudiant avaitdes", "abDe abcDEF",
      "𝐚𝐀 𝐚bcDes 𝐀bcdeDes avait𝐚des", "ǅa aǅb lesǅtudes", "mot\xFF\xFEmotDes avaitdes\xC3", "xDes ab-cdEFG a’bcDes l'avaitdes",
      "avaitdes-des avaitdès avaitdesDes", ""};
  lines.insert(lines.end(), testing::example_lines().begin(), testing::example_lines().end());
  // Each line also with its words glued two by two, in both cases.
  const std::size_t n = lines.size();
  for (std::size_t i = 0; i < n; ++i) {
    std::string glued, capital;
    bool drop = false, raise = false;
    for (char c : lines[i]) {
      if (c == ' ') {
        drop = !drop;
        if (drop) {
          raise = true;
          continue;
        }
      }
      glued += c;
      capital += raise && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
      raise = false;
    }
    lines.push_back(glued);
    lines.push_back(capital);
  }
  std::size_t splits = 0;
  for (const std::string& l : lines) {
    std::vector<std::string> a, b;
    EXPECT_EQ(split_glued_words(l, r, a), reference_glue(l, r, b)) << l;
    EXPECT_EQ(a, b) << l;
    splits += a.size();
  }
  EXPECT_GT(splits, 100u);
}

TEST(RepairTest, LeavesRealWordsAlone) {
  for (const char* s : {"les études grandes méthodes", "une faiblesse signalées", "McDonald et iPhone",
                        "la LaReM", "les guides", "aides sociales", "DeVito"})
    EXPECT_EQ(glue(s), s);
}

// A list item, or a line a <keep> rule kept (an embedded post's signature),
// is no cut-off sentence: no « … », nothing dropped.
TEST(RepairTest, ListItemsAndKeptLinesAreNotTruncated) {
  Document doc = testing::rewrite(
      "Le conseil municipal a adopté lundi soir un plan de circulation qui entrera en vigueur au printemps, "
      "après deux ans de concertation avec les habitants et les commerçants du centre-ville.\n"
      "Les principales mesures du plan :\n"
      "1. Une zone piétonne élargie à trois nouvelles rues. Le samedi\n"
      "2. Un parking relais à l’entrée nord de la ville\n"
      "Le maire a salué un plan « équilibré », que l’opposition juge insuffisant pour réduire la pollution.\n"
      "— Jeanne Martin (@jmartin) March 3, 2024\n");
  std::string body = testing::body_text(doc);
  EXPECT_NE(body.find("2. Un parking relais à l’entrée nord de la ville\n"), std::string::npos) << body;
  EXPECT_EQ(body.find("la ville…"), std::string::npos) << body;
  EXPECT_NE(body.find("Le samedi"), std::string::npos) << body;
}

// A post's line that ends with an emoji ends its sentence there: nothing is
// dropped as a cut-off end, no « … » is added.
TEST(RepairTest, LineEndingWithAnEmojiIsNotTruncated) {
  Document doc = testing::rewrite(
      "Le conseil municipal a adopté lundi soir un plan de circulation qui entrera en vigueur au printemps, "
      "après deux ans de concertation avec les habitants et les commerçants du centre-ville.\n"
      "Le maire a salué le vote sur les réseaux sociaux. Un grand jour pour notre ville 🎉\n"
      "L’opposition juge le plan insuffisant pour réduire la pollution et demande un référendum local.\n");
  std::string body = testing::body_text(doc);
  EXPECT_NE(body.find("Un grand jour pour notre ville 🎉"), std::string::npos) << body;
  EXPECT_EQ(body.find("🎉…"), std::string::npos) << body;
  EXPECT_TRUE(doc.warnings.empty() || doc.warnings.front().find("cut off") == std::string::npos);
}

TEST(RepairTest, FrenchTypography) {
  EXPECT_EQ(typo("l'armée d'Aliyev"), "l’armée d’Aliyev");
  // An elision before a hashtag or a handle: « l’#influenza », « d’@Arianespace ».
  EXPECT_EQ(typo("contre l'#influenza et d'@Arianespace"), "contre l’#influenza et d’@Arianespace");
  EXPECT_EQ(typo("Il a dit \"non\" hier"), "Il a dit «\u202Fnon\u202F» hier");
  EXPECT_EQ(typo("« « assumer pleinement » »"), "«\u202Fassumer pleinement\u202F»");
  // English quotation marks become guillemets, but not inside guillemets,
  // where they mark a quotation in the quotation.
  EXPECT_EQ(typo("Il a dit “nous verrons” hier"), "Il a dit «\u202Fnous verrons\u202F» hier");
  EXPECT_EQ(typo("« Il a répondu : “Je me sens bien.” Alors on a misé sur lui », dit-il, “sans regret”"),
            "«\u202FIl a répondu\u00A0: “Je me sens bien.” Alors on a misé sur lui\u202F», dit-il, «\u202Fsans "
            "regret\u202F»");
  EXPECT_EQ(typo("Pourquoi ? Parce que ; enfin !"), "Pourquoi\u202F? Parce que\u202F; enfin\u202F!");
  EXPECT_EQ(typo("Bilan : 200 morts"), "Bilan\u00A0: 200 morts");
  EXPECT_EQ(typo("à 18:58 et http://exemple.fr/a?b=1"), "à 18:58 et http://exemple.fr/a?b=1");
  EXPECT_EQ(typo("soit 3,5 % de plus"), "soit 3,5\u202F% de plus");
  EXPECT_EQ(typo("120 000 habitants"), "120\u202F000 habitants");
  EXPECT_EQ(typo("Attendez... la suite"), "Attendez… la suite");
  EXPECT_EQ(typo("l’Arménie.« toutes"), "l’Arménie. «\u202Ftoutes");
  EXPECT_EQ(typo("les élus, les agents, etc. ; enfin"), "les élus, les agents, etc.\u202F; enfin");
  EXPECT_EQ(typo("routes, ponts, etc. : tout est à refaire"), "routes, ponts, etc.\u00A0: tout est à refaire");
  EXPECT_EQ(typo("— Vous partez déjà ?"), "—\u00A0Vous partez déjà\u202F?");
  EXPECT_EQ(typo("– les collèges ;"), "–\u00A0les collèges\u202F;");
  EXPECT_EQ(typo("Paris – Lyon"), "Paris – Lyon");  // only a dash that opens the line
}

TEST(RepairTest, RomanOrdinalsAndUnitsOfTime) {
  EXPECT_EQ(typo("un retour au XIXe siècle"), "un retour au XIX\u1D49 siècle");
  EXPECT_EQ(typo("sous la Ve République"), "sous la V\u1D49 République");
  EXPECT_EQ(typo("Vie chère et Ce soir"), "Vie chère et Ce soir");  // words, not numerals
  EXPECT_EQ(typo("réduire à 90 jours par an"), "réduire à 90\u00A0jours par an");
}

// The space rules list the three spaces normalize leaves and start at the
// character they change (rules/repair.xml): the edge cases of the forms
// they had before, \s classes and the digits consumed with the space.
TEST(RepairTest, SpacesInNumbersUnitsAndBeforeCommas) {
  EXPECT_EQ(typo("1 234 567 euros"), "1\u202F234\u202F567\u00A0euros");
  EXPECT_EQ(typo("2\u00A0000 000 personnes"), "2\u202F000\u202F000 personnes");
  EXPECT_EQ(typo("12345 678 et 1234 567"), "12345 678 et 1234 567");  // no group of more than three digits
  EXPECT_EQ(typo("A1 234 et 12 3456"), "A1 234 et 12 3456");            // a digit inside a word, four after
  EXPECT_EQ(typo("en 2024 500 000 euros"), "en 2024 500\u202F000\u00A0euros");
  EXPECT_EQ(typo("à 5 km et 10 m de haut, 3 mois"), "à 5\u00A0km et 10\u00A0m de haut, 3\u00A0mois");
  EXPECT_EQ(typo("5 kmh et 3 mousses"), "5 kmh et 3 mousses");  // no unit: a word goes on
  EXPECT_EQ(typo("35 m², 3 000 m³ et 12 km²"), "35\u00A0m², 3\u202F000\u00A0m³ et 12\u00A0km²");
  EXPECT_EQ(typo("parti , puis rentré ."), "parti, puis rentré.");
  EXPECT_EQ(typo("parti\u00A0\u00A0, puis ,rentré"), "parti, puis ,rentré");
  EXPECT_EQ(typo("« oui  »"), "«\u202Foui\u202F»");
}

// Thousands written with full stops, hours already spaced, a quotation
// glued after a full stop that follows a figure, a sign or a guillemet.
TEST(RepairTest, DottedThousandsSpacedHoursAndGluedQuotations) {
  EXPECT_EQ(typo("180.000 foyers et 1.200.000 habitants"), "180\u202F000 foyers et 1\u202F200\u202F000 habitants");
  EXPECT_EQ(typo("version 2.0.1, IP 192.168.1.1, 1.5 point, 1.2345 et 12.3"),
            "version 2.0.1, IP 192.168.1.1, 1.5 point, 1.2345 et 12.3");
  EXPECT_EQ(typo("vers 6 h 30 et 18\u00A0h 05"), "vers 6\u00A0h\u00A030 et 18\u00A0h\u00A005");
  // A race time is no time of day: « 4h38'15'' » stays.
  EXPECT_EQ(typo("en 4h38'15'' et à 21h30"), "en 4h38'15'' et à 21\u00A0h\u00A030");
  EXPECT_EQ(typo("à 2,4 %.« Le processus"), "à 2,4\u202F%. «\u202FLe processus");
  EXPECT_EQ(typo("en 2023.« Nous"), "en 2023. «\u202FNous");
  EXPECT_EQ(typo("« non ».« On verra"), "«\u202Fnon\u202F». «\u202FOn verra");
}

// A sentence glued after a figure's full stop, a comma glued to the next word;
// decimals, versions and initials stay as they are.
TEST(RepairTest, SpacesAfterAFigureFullStopAndAGluedComma) {
  EXPECT_EQ(typo("stable, à 5,1 %.Le taux"), "stable, à 5,1\u202F%. Le taux");
  EXPECT_EQ(typo("en 2024.Les prix"), "en 2024. Les prix");
  EXPECT_EQ(typo("vers l’Italie,selon Météo-France"), "vers l’Italie, selon Météo-France");
  EXPECT_EQ(typo("3,5 millions, version 2.0, 3.A et 12.XL"), "3,5 millions, version 2.0, 3.A et 12.XL");
  EXPECT_EQ(typo("les axes x,y et z,t"), "les axes x,y et z,t");  // single letters: no words
  EXPECT_EQ(typo("(Rhône).La direction"), "(Rhône). La direction");
  EXPECT_EQ(typo("« abasourdi ».Il a"), "«\u202Fabasourdi\u202F». Il a");
  EXPECT_EQ(typo("en septembre 2024,quelques jours"), "en septembre 2024, quelques jours");
  EXPECT_EQ(typo("Prochaine étape:l’enquête publique"), "Prochaine étape\u00A0: l’enquête publique");
  EXPECT_EQ(typo("à 14:30 et sur https://exemple.fr"), "à 14:30 et sur https://exemple.fr");
  EXPECT_EQ(typo("le rapport d'« incohérence »"), "le rapport d’«\u202Fincohérence\u202F»");
}

// A teaser a page inserts inside a paragraph is cut out, and listed.
TEST(RepairTest, InlineReadAlsoIsCutOut) {
  Document doc = testing::rewrite(
      "Plus de 80 sapeurs-pompiers ont été mobilisés pour circonscrire le feu, qui a ravagé un bâtiment de 3 000 m². "
      "(Lire aussi : Lyon : un nouvel incendie dans le quartier de Gerland) Aucune victime n'est à déplorer, selon la "
      "préfecture.\n"
      "Les causes de l'incendie restent inconnues. Une enquête a été ouverte par le parquet de Lyon pour déterminer "
      "l'origine du sinistre.\n");
  const std::string body = testing::body_text(doc);
  EXPECT_EQ(body.find("Lire aussi"), std::string::npos) << body;
  EXPECT_NE(body.find("m². Aucune victime"), std::string::npos) << body;
  bool listed = false;
  for (const Removed& r : doc.removed)
    listed = listed || (r.reason == "related" && r.text.find("(Lire aussi : Lyon") == 0);
  EXPECT_TRUE(listed);
  // Glued after a full stop, without brackets: up to the next sentence.
  Document glued = testing::rewrite(
      "Les malfaiteurs ont emporté une quarantaine de montres de luxe et plusieurs bagues serties de diamants.Lire "
      "aussi : Nantes : trois bijouteries cambriolées en une semaine, un suspect interpellé Aucun coup de feu n'a été "
      "tiré et personne n'a été blessé.\n"
      "Les enquêteurs de la police judiciaire ont lancé un appel à témoins et exploitent les images de vidéosurveillance.\n");
  const std::string glued_body = testing::body_text(glued);
  EXPECT_EQ(glued_body.find("Lire aussi"), std::string::npos) << glued_body;
  EXPECT_EQ(glued_body.find("Nantes"), std::string::npos) << glued_body;
  EXPECT_NE(glued_body.find("diamants. Aucun coup de feu"), std::string::npos) << glued_body;
  // Closing the paragraph: up to its end (its figure had made a key figure of the story).
  Document last = testing::rewrite(
      "Le maire a ouvert la salle des fêtes pour accueillir les familles. Une cellule psychologique y a été "
      "installée jeudi après-midi. Lire aussi : Tempête dans les Pyrénées, 12 000 foyers privés d'électricité\n"
      "Selon Météo-France, il est tombé 186 millimètres de pluie en 72 heures sur le secteur, soit deux mois de "
      "précipitations.\n");
  const std::string last_body = testing::body_text(last);
  EXPECT_EQ(last_body.find("Lire aussi"), std::string::npos) << last_body;
  EXPECT_EQ(last_body.find("foyers"), std::string::npos) << last_body;
  EXPECT_NE(last_body.find("jeudi après-midi.\n"), std::string::npos) << last_body;
}

TEST(RepairTest, LoaderWordGluedToTheLastSentenceIsCutOut) {
  Document doc = testing::rewrite(
      "Le joueur de 23 ans s'est engagé jusqu'en juin 2030 avec le club, qui cherchait un avant-centre depuis le "
      "début de l'été.Loading...\n"
      "L'entraîneur a salué l'arrivée d'un joueur qui devrait être titularisé dès le prochain match à domicile.\n");
  const std::string body = testing::body_text(doc);
  EXPECT_EQ(body.find("Loading"), std::string::npos) << body;
  EXPECT_NE(body.find("début de l’été."), std::string::npos) << body;
}

TEST(RepairTest, TypographyReadsIllFormedBytesAsReplacementCharacters) {
  EXPECT_EQ(typo("sans changement"), "sans changement");
  EXPECT_EQ(typo("un octet \xFF seul"), "un octet \uFFFD seul");
  EXPECT_EQ(typo("l'octet \xC3"), "l’octet \uFFFD");
}

TEST(RepairTest, ClosesAnOpenGuillemet) {
  std::vector<std::string> applied;
  EXPECT_EQ(balance_guillemets("Il a dit «\u202FC’est notre droit.", applied), "Il a dit «\u202FC’est notre droit.\u202F»");
  EXPECT_EQ(balance_guillemets("«\u202Fnon\u202F»", applied), "«\u202Fnon\u202F»");
}

TEST(RepairTest, LowerCaseAfterAColonForCommonWords) {
  std::vector<std::string> applied;
  const RepairRules& r = testing::resources().repair;
  EXPECT_EQ(lower_after_colon("Tensions à Nice\u00A0: Des tirs entendus", r, applied), "Tensions à Nice\u00A0: des tirs entendus");
  EXPECT_EQ(lower_after_colon("Bilan\u00A0: Emmanuel Macron répond", r, applied), "Bilan\u00A0: Emmanuel Macron répond");
  // An elided article goes with the word after it.
  EXPECT_EQ(lower_after_colon("Mercredi\u00A0: L’annonce est tombée", r, applied), "Mercredi\u00A0: l’annonce est tombée");
  EXPECT_EQ(lower_after_colon("Bilan\u00A0: L’Oréal recrute", r, applied), "Bilan\u00A0: L’Oréal recrute");
  // Before an acronym, the article alone.
  EXPECT_EQ(lower_after_colon("Vendredi\u00A0: L’ARS publie ses analyses", r, applied),
            "Vendredi\u00A0: l’ARS publie ses analyses");
  EXPECT_EQ(lower_after_colon("Bilan\u00A0: ONU et OMS réunies", r, applied), "Bilan\u00A0: ONU et OMS réunies");
}

TEST(RepairTest, MendsAParagraphCutAtItsEnd) {
  const std::string a =
      "Le tribunal administratif de Lyon a suspendu mardi l’arrêté municipal interdisant les barbecues dans les "
      "parcs de la ville.";
  const std::string b = "Les juges ont estimé que la mesure était disproportionnée au regard du risque, et le maire";
  const std::string c = "La municipalité dispose de quinze jours pour faire appel de cette décision devant la cour.";
  Document doc = testing::rewrite(a + "\n" + b + "\n" + c + "\n");
  bool found = false;
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs)
      if (p.text == "Les juges ont estimé que la mesure était disproportionnée au regard du risque.") found = true;
  EXPECT_TRUE(found);
  bool recorded = false;
  for (const Removed& r : doc.removed)
    if (r.reason == "truncated" && r.text == "et le maire") recorded = true;
  EXPECT_TRUE(recorded);
}

TEST(RepairTest, DropsAFragmentAfterTheLastSentence) {
  const std::string a =
      "Le tribunal administratif de Lyon a suspendu mardi l’arrêté municipal interdisant les barbecues dans les "
      "parcs de la ville.";
  const std::string b = "Le maire a regretté la décision.« une erreur";
  Document doc = testing::rewrite(a + "\n" + b + "\n" + a + " Encore.\n");
  bool found = false;
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs)
      if (p.text == "Le maire a regretté la décision.") found = true;
  EXPECT_TRUE(found);
}

// Whether one paragraph of the body is `text` (body_text() ends each with a line break).
bool has_paragraph(const Document& doc, const std::string& text) {
  return ("\n" + testing::body_text(doc)).find("\n" + text + "\n") != std::string::npos;
}

// A paragraph without its full stop is not cut down when it is whole: an
// attribution or a closing guillemet ends it (it gets its full stop), a last
// clause with a verb of its own is kept (with its full stop when a paragraph
// of the article follows, else marked with « … »); only a dangling clause
// goes, with a warning that says what was left out.
// The article's last paragraph without its full stop may be the page's cut:
// it keeps « … ». A label and its number after the last sentence (« Infos :
// 0 800 76 76 76 ») is whole.
TEST(RepairTest, LastParagraphWithoutItsFullStopAndALabelledNumber) {
  const std::string a =
      "Un incendie a détruit dans la nuit de mardi à mercredi un immeuble de trois étages à Vernoux, en Ardèche.";
  Document doc = testing::rewrite(a + "\nLe feu serait parti d’un local à poubelles, selon les premiers éléments de "
                                      "l’enquête ouverte par le parquet de Privas.\nLe chantier de reconstruction durera au "
                                      "moins dix ans, selon la mairie. Les travaux débuteront en octobre, et la facture "
                                      "sera partagée avec la région\n");
  EXPECT_TRUE(has_paragraph(doc, "Le chantier de reconstruction durera au moins dix ans, selon la mairie. Les travaux "
                                 "débuteront en octobre, et la facture sera partagée avec la région…"))
      << testing::body_text(doc);
  Document post = testing::rewrite(a + "\nLe confinement est maintenu. Restez chez vous, fermez portes et fenêtres. "
                                       "Infos : 0 800 76 76 76\n" + a + "\n");
  EXPECT_TRUE(has_paragraph(post, "Le confinement est maintenu. Restez chez vous, fermez portes et fenêtres. "
                                  "Infos\u00A0: 0\u202F800 76 76 76."))
      << testing::body_text(post);
}

TEST(RepairTest, KeepsAParagraphThatOnlyLacksItsFullStop) {
  const std::string a =
      "Un incendie a détruit dans la nuit de mardi à mercredi un immeuble de trois étages à Vernoux, en Ardèche.";
  Document doc = testing::rewrite(
      a + "\nLe feu serait parti d’un local à poubelles. Une enquête a été ouverte par le parquet, a indiqué le maire\n"
          "Interrogé sur le calendrier, il a répondu : « Les travaux commenceront dès l’automne, nous n’attendrons pas »\n"
          "Le préfet a été clair : « Personne ne rentrera chez soi ce soir. Nous verrons demain »\n"
          "Le chantier durera dix ans, les travaux débuteront en octobre, et la facture sera partagée avec la région\n"
          "Selon un diplomate, les deux parties ont évoqué une supervision internationale du site, mais les "
          "représentants ont quitté la salle sans\n" + a + "\n");
  const std::string body = testing::body_text(doc);
  EXPECT_TRUE(has_paragraph(doc, "Le feu serait parti d’un local à poubelles. Une enquête a été ouverte par le parquet, "
                                 "a indiqué le maire.")) << body;
  EXPECT_TRUE(has_paragraph(doc, "Interrogé sur le calendrier, il a répondu\u00A0: «\u202FLes travaux commenceront dès "
                                 "l’automne, nous n’attendrons pas\u202F».")) << body;
  EXPECT_TRUE(has_paragraph(doc, "Le préfet a été clair\u00A0: «\u202FPersonne ne rentrera chez soi ce soir. Nous "
                                 "verrons demain\u202F».")) << body;
  EXPECT_TRUE(has_paragraph(doc, "Le chantier durera dix ans, les travaux débuteront en octobre, et la facture sera "
                                 "partagée avec la région.")) << body;
  EXPECT_TRUE(has_paragraph(doc, "Selon un diplomate, les deux parties ont évoqué une supervision internationale du "
                                 "site.")) << body;
  std::vector<std::string> truncated;
  for (const Removed& r : doc.removed)
    if (r.reason == "truncated") truncated.push_back(r.text);
  EXPECT_EQ(truncated, std::vector<std::string>{"mais les représentants ont quitté la salle sans"});
  bool warned = false;
  for (const std::string& w : doc.warnings)
    if (w.find("left out (« mais les représentants ont quitté la salle sans »)") != std::string::npos) warned = true;
  EXPECT_TRUE(warned) << text::join(doc.warnings, " | ");
}

// A quoted post's signature (« — Name (@handle) date ») ends it: no « … »
// and no warning of a cut sentence.
TEST(RepairTest, AQuotedPostsSignatureIsNoCutSentence) {
  const std::string a =
      "Un incendie a détruit dans la nuit de mardi à mercredi un immeuble de trois étages à Vernoux, en Ardèche.";
  Document doc = testing::rewrite(
      a + "\n« Vingt personnes relogées cette nuit. Merci aux services de la ville. #Vernoux » — Mairie de Vernoux "
          "(@VernouxMairie) March 4, 2026\n" + a + "\n");
  for (const std::string& w : doc.warnings) EXPECT_EQ(w.find("mid-sentence"), std::string::npos) << w;
  EXPECT_EQ(testing::body_text(doc).find("2026…"), std::string::npos) << testing::body_text(doc);
  // Nor a handle alone before a French date.
  doc = testing::rewrite(a + "\n« Vingt personnes relogées cette nuit. Merci aux services de la ville. » — @VernouxMairie, "
                             "4 mars 2026\n" + a + "\n");
  for (const std::string& w : doc.warnings) EXPECT_EQ(w.find("mid-sentence"), std::string::npos) << w;
  EXPECT_EQ(testing::body_text(doc).find("mars …"), std::string::npos) << testing::body_text(doc);
}

// What a page leaves at the end of a paragraph is cut out of it: the link of
// an embedded post's picture, a link, « Lire la suite… », a wire story's
// signature.
TEST(RepairTest, CutsLinksAndSignaturesAtTheEndOfAParagraph) {
  const std::string a =
      "Un incendie a détruit dans la nuit de mardi à mercredi un immeuble de trois étages à Vernoux, en Ardèche.";
  Document doc = testing::rewrite(
      a + "\nLes riverains doivent garder leurs fenêtres fermées. Évitez le secteur. #Vernoux #incendie "
          "pic.twitter.com/xK29fQaLmv\n"
          "Le collectif rassemble 31 revues parmi les plus prestigieuses de la discipline.http://www.exemple.org/r/2009\n"
          "Ces produits sont très toxiques pour les insectes, les oiseaux et les animaux aquatiques. (ats/nxp)\n"
          "Le réalisateur revient sur cette expérience unique. Lire la suite de la critique de Marc Durand sur "
          "Exemple.fr\n"
          "Le procès s'est ouvert dans la salle 2 du tribunal de Rennes. Photo archives Le Journal de l'Ouest / "
          "Anne-Marie Le Goff\n" + a + "\n");
  const std::string body = testing::body_text(doc);
  for (const char* p : {"Les riverains doivent garder leurs fenêtres fermées. Évitez le secteur.",
                        "Le procès s’est ouvert dans la salle 2 du tribunal de Rennes.",
                        "Ces produits sont très toxiques pour les insectes, les oiseaux et les animaux aquatiques.",
                        "Le réalisateur revient sur cette expérience unique.",
                        "Le collectif rassemble 31 revues parmi les plus prestigieuses de la discipline."})
    EXPECT_TRUE(has_paragraph(doc, p)) << p << "\n" << body;
  for (const Removed& r : doc.removed) EXPECT_NE(r.reason, "truncated") << r.text;
}

// A live page's posts open with their time: it becomes the sentence's
// opening phrase, the word after it in lower case unless a name. One line
// opening with a time is no live page.
TEST(RepairTest, ALivePostsTimeOpensItsSentence) {
  const std::string a =
      "Les pompiers du Finistère ont réalisé plus de 400 interventions depuis le début de l’après-midi, "
      "principalement pour des chutes d’arbres.";
  Document live = testing::rewrite(a + "\n20h48 Le préfet a annoncé la réouverture de la route nationale 165.\n"
                                       "20h30 - Enedis compte encore 90 000 foyers privés d’électricité en Bretagne.\n" +
                                   a + "\n");
  const std::string body = testing::body_text(live);
  EXPECT_TRUE(has_paragraph(live, "À 20\u00A0h\u00A048, le préfet a annoncé la réouverture de la route nationale 165."))
      << body;
  EXPECT_TRUE(has_paragraph(live, "À 20\u00A0h\u00A030, Enedis compte encore 90\u202F000 foyers privés d’électricité en "
                                  "Bretagne.")) << body;
  Document one = testing::rewrite(a + "\n20h48 Le préfet a annoncé la réouverture de la route nationale 165.\n" + a + "\n");
  EXPECT_TRUE(has_paragraph(one, "20\u00A0h\u00A048 Le préfet a annoncé la réouverture de la route nationale 165."))
      << testing::body_text(one);
}

// A live page printing each post's time on a line of its own: the time
// opens the post's text (under the post's heading, if any), which keeps its
// heading; the page's headline stays the headline, not the first post's.
TEST(RepairTest, ALivePostsTimeOnItsOwnLineOpensItsText) {
  const std::string text =
      "Tempête Ciarán : 90 000 foyers privés d’électricité en Bretagne\n"
      "Les pompiers du Finistère ont réalisé plus de 400 interventions depuis le début de l’après-midi, "
      "principalement pour des chutes d’arbres.\n"
      "21 h 10\n"
      "La route nationale rouverte\n"
      "Le préfet a annoncé la réouverture de la route nationale 165 entre Quimper et Brest.\n"
      "20h30\n"
      "Enedis compte encore 90 000 foyers privés d’électricité dans la région, selon son dernier bilan.\n";
  Document doc = testing::rewrite(text);
  const std::string body = testing::body_text(doc);
  EXPECT_TRUE(has_paragraph(doc, "À 21\u00A0h\u00A010, le préfet a annoncé la réouverture de la route nationale 165 "
                                 "entre Quimper et Brest.")) << body;
  EXPECT_TRUE(has_paragraph(doc, "À 20\u00A0h\u00A030, Enedis compte encore 90\u202F000 foyers privés d’électricité "
                                 "dans la région, selon son dernier bilan.")) << body;
  EXPECT_EQ(doc.metadata.original_title.value_or(""), "Tempête Ciarán : 90 000 foyers privés d’électricité en Bretagne");
  for (const Removed& r : doc.removed) EXPECT_NE(r.text, "21 h 10");
}

// The items of an enumeration end with « ; » and the line announcing them
// with « : »: neither is a sentence cut off, and none gets « … ».
TEST(RepairTest, LeavesEnumerationsOpen) {
  const std::string text =
      "Le conseil départemental a voté jeudi un plan d’aide aux communes touchées par les crues de l’hiver dernier.\n"
      "Le plan prévoit plusieurs mesures pour les maires des villages sinistrés :\n"
      "une avance de trésorerie versée dans le mois pour les travaux de voirie les plus urgents ;\n"
      "un fonds de secours pour reloger les familles dont la maison reste inhabitable ;\n"
      "une aide technique des services du département pour monter les dossiers d’indemnisation.\n"
      "Les premières demandes pourront être déposées à partir du 3 février auprès de la préfecture.\n";
  Document doc = testing::rewrite(text);
  EXPECT_TRUE(has_paragraph(doc, "Le plan prévoit plusieurs mesures pour les maires des villages sinistrés\u00A0:"))
      << testing::body_text(doc);
  EXPECT_TRUE(has_paragraph(doc, "un fonds de secours pour reloger les familles dont la maison reste inhabitable\u202F;"));
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs) EXPECT_FALSE(p.text.ends_with("\u2026")) << p.text;
  for (const Removed& r : doc.removed) EXPECT_NE(r.reason, "truncated") << r.text;
  for (const std::string& w : doc.warnings) EXPECT_EQ(w.find("mid-sentence"), std::string::npos) << w;
}

// A handle, a hashtag or a part of an address keeps its capitals glued.
TEST(RepairTest, HandlesAndHashtagsAreNotSplit) {
  const std::string s =
      "Le club a répondu sur le compte @GonesNation avec le mot-dièse #MerciKylian, relayé sur exemple.fr/LeDirect.";
  EXPECT_EQ(glue(s), s);
  EXPECT_EQ(glue("Le compte GonesNation a répondu."), "Le compte Gones Nation a répondu.");
}

// A sentence the page cut in two with a line of its own (an advertisement's
// label, a credit) is joined again; on the very next line too; not a line
// after a blank one with nothing removed between, nor an enumeration's item.
TEST(RepairTest, JoinsASentenceThePageCutInTwo) {
  const std::string text =
      "Procès du braqueur de la bijouterie de Lorient : douze ans de prison\n\n"
      "La cour d’assises du Morbihan a condamné vendredi le principal accusé à douze ans de prison. Les jurés n’ont pas "
      "retenu\nPUBLICITÉ\nla circonstance aggravante de la bande organisée, au grand soulagement de la défense.\n\n"
      "Son avocat a annoncé qu’il ne ferait pas appel de cette décision rendue après six heures de délibéré, "
      "car son client\nreconnaît les faits depuis le premier jour de l’enquête.\n\n"
      "Le second accusé, qui conduisait la voiture le soir du vol, écope de cinq ans dont trois avec sursis.\n";
  Document doc = testing::rewrite(text);
  const std::string body = testing::body_text(doc);
  EXPECT_TRUE(has_paragraph(doc,
                            "La cour d’assises du Morbihan a condamné vendredi le principal accusé à douze ans de prison. "
                            "Les jurés n’ont pas retenu la circonstance aggravante de la bande organisée, au grand "
                            "soulagement de la défense."))
      << body;
  EXPECT_NE(body.find("car son client reconnaît les faits depuis le premier jour"), std::string::npos) << body;
  EXPECT_EQ(body.find("PUBLICITÉ"), std::string::npos) << body;
  for (const Removed& r : doc.removed) EXPECT_NE(r.reason, "truncated") << r.text;
  for (const std::string& w : doc.warnings) EXPECT_EQ(w.find("mid-sentence"), std::string::npos) << w;
}

TEST(RepairTest, DoesNotJoinAcrossABlankLineOrIntoAList) {
  const std::string text =
      "La préfecture a présenté mardi son plan contre la sécheresse aux agriculteurs du département, qui "
      "attendaient\n\n"
      "des mesures plus fortes pour l’irrigation des cultures de maïs pendant les mois d’été.\n\n"
      "Les restrictions prévues par l’arrêté préfectoral touchent plusieurs usages\n"
      "- l’arrosage des jardins et des espaces verts entre 8 heures et 20 heures ;\n"
      "- le lavage des véhicules en dehors des stations professionnelles équipées.\n"
      "Elles entreront en vigueur samedi et seront réexaminées à la fin du mois selon le niveau des rivières.\n";
  Document doc = testing::rewrite(text);
  const std::string body = testing::body_text(doc);
  EXPECT_EQ(body.find("qui attendaient des mesures"), std::string::npos) << body;
  EXPECT_EQ(body.find("plusieurs usages -"), std::string::npos) << body;
  EXPECT_EQ(body.find("plusieurs usages l’arrosage"), std::string::npos) << body;
}

// An advertisement's label left inside a paragraph is cut out; the word in
// a title in capitals, or « la publicité » in a sentence, is not.
TEST(RepairTest, CutsAnAdvertisementLabelInsideAParagraph) {
  const std::string text =
      "LA PUBLICITÉ POLITIQUE ENCADRÉE PAR UNE NOUVELLE LOI\n\n"
      "Le Parlement a adopté mardi une loi qui encadre la publicité politique sur les réseaux sociaux. PUBLICITÉ Les "
      "partis devront déclarer chaque campagne payée auprès de l’autorité de contrôle.\n\n"
      "Les plateformes auront six mois pour se conformer aux nouvelles règles. Advertisement\n\n"
      "Les sanctions pourront atteindre 6 % du chiffre d’affaires mondial des entreprises concernées par le texte.\n";
  Document doc = testing::rewrite(text);
  const std::string body = testing::body_text(doc);
  EXPECT_NE(body.find("la publicité politique sur les réseaux sociaux. Les partis devront"), std::string::npos) << body;
  EXPECT_NE(body.find("aux nouvelles règles.\n"), std::string::npos) << body;
  EXPECT_EQ(body.find("Advertisement"), std::string::npos) << body;
  EXPECT_EQ(body.find("PUBLICITÉ"), std::string::npos) << body;
  bool cut = false;
  for (const Removed& r : doc.removed) cut = cut || (r.reason == "boilerplate.ad" && r.text == "PUBLICITÉ");
  EXPECT_TRUE(cut);
}

}  // namespace
}  // namespace titraille

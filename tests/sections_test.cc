#include "sections.h"

#include "titraille/render.h"
#include "titraille/titraille.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace titraille {
namespace {

TEST(SectionsTest, CutsWithinSizeLimitsAtTheLowestCohesion) {
  const SectionRules& rules = testing::resources().sections;
  // Six paragraphs of 60 words: two topics, {a} then {b}.
  std::vector<std::size_t> words(6, 60);
  std::vector<TermBag> terms = {{{"feu", 3}, {"pompier", 2}}, {{"feu", 2}, {"pompier", 3}}, {{"feu", 3}, {"forêt", 1}},
                                {{"vote", 3}, {"député", 2}}, {{"vote", 2}, {"loi", 3}},     {{"député", 3}, {"loi", 1}}};
  std::vector<std::size_t> starts = cut_sections(words, terms, rules);
  ASSERT_EQ(starts, (std::vector<std::size_t>{0, 3}));
}

TEST(SectionsTest, NoSectionOverTheMaximum) {
  const SectionRules& rules = testing::resources().sections;
  std::vector<std::size_t> words(20, 70);
  std::vector<TermBag> terms(20, TermBag{{"même", 1}});
  std::vector<std::size_t> starts = cut_sections(words, terms, rules);
  starts.push_back(words.size());
  for (std::size_t k = 0; k + 1 < starts.size(); ++k) {
    std::size_t total = 0;
    for (std::size_t i = starts[k]; i < starts[k + 1]; ++i) total += words[i];
    EXPECT_LE(total, rules.max_words);
    EXPECT_GE(total, rules.min_words);
  }
}

TEST(SectionsTest, SourceSubheadingOpensItsSection) {
  std::string para =
      "Les agriculteurs de la vallée ont perdu une grande partie de leurs récoltes après les orages de grêle qui se "
      "sont abattus sur la région samedi après-midi, selon la chambre d’agriculture. ";
  std::string text = para + "\n" + para + "Les dégâts sont considérables.\nUne aide d’urgence réclamée\n" + para +
                     "Le ministre est attendu lundi.\n" + para + "Les assureurs évaluent les pertes.\n";
  Document doc = testing::rewrite(text);
  bool found = false;
  for (const Section& s : doc.sections) {
    if (s.source_heading == "Une aide d’urgence réclamée") {
      found = true;
      ASSERT_FALSE(s.paragraphs.empty());
      EXPECT_EQ(s.paragraphs.front().text, "Une aide d’urgence réclamée");  // no full stop invented
      EXPECT_TRUE(s.paragraphs.front().from_heading);
      EXPECT_TRUE(s.heading.has_value());
    }
  }
  EXPECT_TRUE(found);
  // Set apart in bold where the format has markup; plain in text and JSON.
  const RenderInfo info{Engine::version(), "x"};
  EXPECT_NE(render(doc, Format::Markdown, info).find("\n\n**Une aide d’urgence réclamée**\n\n"), std::string::npos);
  EXPECT_NE(render(doc, Format::Html, info).find("<p>\n        <strong>Une aide d’urgence réclamée</strong>"),
            std::string::npos)
      << render(doc, Format::Html, info);
  EXPECT_NE(render(doc, Format::Json, info).find("\"Une aide d’urgence réclamée\""), std::string::npos);
}

// A subheading over a numbered list announces it: it opens its section with
// a colon (any other opening line is left as the source wrote it).
TEST(SectionsTest, SubheadingOverAListOpensWithAColon) {
  std::string para =
      "Les agriculteurs de la vallée ont perdu une grande partie de leurs récoltes après les orages de grêle qui se "
      "sont abattus sur la région samedi après-midi, selon la chambre d’agriculture. ";
  std::string text = para + "\n" + para + "Les dégâts sont considérables.\nLes mesures annoncées\n"
                     "1. Une aide d’urgence de 500 euros par exploitation.\n2. Un report des cotisations sociales.\n" +
                     para + "Le ministre est attendu lundi.\n";
  Document doc = testing::rewrite(text);
  bool found = false;
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs)
      if (p.from_heading && p.text.starts_with("Les mesures annoncées")) {
        found = true;
        EXPECT_EQ(p.text, "Les mesures annoncées\u00A0:");
      }
  EXPECT_TRUE(found);
}

// A heading over a subtitle (« Pour les amateurs de jazz » over « Blue Note
// (documentaire, 1h30, Arte) ») opens the section with it; a line in
// capitals over a heading is no heading of the article.
TEST(SectionsTest, HeadingOverASubtitleOpensTheSectionWithIt) {
  const std::string text =
      "Séries, documentaires, films : voici les programmes que la rédaction recommande pour cette semaine, sur "
      "les chaînes de télévision comme sur les plateformes de vidéo à la demande.\n"
      "Pour les amateurs de jazz\n"
      "Blue Note (documentaire, 1h30, Arte)\n"
      "Le réalisateur retrace l’histoire du label new-yorkais à travers les archives de ses fondateurs et les "
      "témoignages des musiciens qui ont enregistré ses disques les plus célèbres, de 1939 à nos jours.\n"
      "SÉRIES ET DOCUMENTAIRES\n"
      "Une série venue du froid\n"
      "Tournée dans le nord de la Finlande, cette série policière suit une enquêtrice de Rovaniemi pendant la "
      "longue nuit polaire, dans une ville où tout le monde se connaît et où personne ne parle.\n";
  Document doc = testing::rewrite(text);
  std::vector<std::string> openings;
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs)
      if (p.from_heading) openings.push_back(p.text);
  ASSERT_EQ(openings.size(), 3u);
  EXPECT_EQ(openings[0], "Pour les amateurs de jazz");
  EXPECT_EQ(openings[1], "Blue Note (documentaire, 1\u00A0h\u00A030, Arte)");
  EXPECT_EQ(openings[2], "Une série venue du froid");
}

// A list stays whole: an item after its lead-in (« : ») or another item is
// no place for a cut, and the introduction does not stop inside it.
TEST(SectionsTest, ListsAreNotCut) {
  const std::string text =
      "Le gouvernement a présenté mercredi son projet de budget pour l’an prochain, qui prévoit 40 milliards "
      "d’euros d’économies afin de ramener le déficit public sous la barre des 5 % du produit intérieur brut.\n"
      "Les principales mesures du texte :\n"
      "• un gel du barème de l’impôt sur le revenu ;\n"
      "• une contribution exceptionnelle des grandes entreprises ;\n"
      "• une hausse du budget des armées.\n"
      "Les oppositions ont dénoncé un texte injuste et annoncé le dépôt de nombreux amendements dès l’ouverture "
      "des débats à l’Assemblée nationale, prévue le 20 octobre.\n"
      "Le Haut Conseil des finances publiques a jugé optimistes les prévisions de croissance du gouvernement, "
      "estimant que l’hypothèse retenue pour l’an prochain était supérieure au consensus des économistes.\n"
      "Faute de majorité absolue, le gouvernement n’exclut pas de recourir à l’article 49.3 de la Constitution "
      "pour faire adopter le texte avant la fin de l’année.\n";
  Document doc = testing::rewrite(text);
  std::size_t section_of_lead_in = 99, section_of_last_item = 98;
  for (std::size_t i = 0; i < doc.sections.size(); ++i)
    for (const Paragraph& p : doc.sections[i].paragraphs) {
      if (p.text.starts_with("Les principales mesures")) section_of_lead_in = i;
      if (p.text.find("hausse du budget des armées") != std::string::npos) section_of_last_item = i;
    }
  EXPECT_EQ(section_of_lead_in, section_of_last_item);
  // Nor does the meta description take an item of it.
  EXPECT_EQ(doc.meta_description.find("\u2022"), std::string::npos) << doc.meta_description;
}

// What a lead-in ending with « : » or « ; » announces (a list, a quoted
// post, the next item of an enumeration) is joined to it; so is an item to
// the item before it; a paragraph to the item before it is not.
TEST(SectionsTest, WhatALeadInAnnouncesIsJoinedToIt) {
  auto para = [](const std::string& t) {
    Paragraph p;
    p.text = t;
    return p;
  };
  const Paragraph lead_in = para("Le syndicat des campings a réagi sur le réseau social X :");
  const Paragraph post = para("« Saison gâchée, clients remboursés : nous demandons une indemnisation rapide. »");
  EXPECT_TRUE(joined(lead_in, post));
  EXPECT_TRUE(joined(para("une hausse de 65 euros des droits en licence ;"), para("une clause de revoyure en juin.")));
  EXPECT_TRUE(joined(para("• un gel du barème ;"), para("• une hausse du budget des armées.")));
  EXPECT_FALSE(joined(post, para("Les assureurs promettent d’examiner chaque dossier au cas par cas.")));
  EXPECT_FALSE(joined(para("• une hausse du budget des armées."), para("Les oppositions ont dénoncé un texte injuste.")));
  // A post's text to its header line (marked so by the boilerplate stage).
  Paragraph header = para("Syndicat des campings @SynCampings · 12 août");
  header.post_attribution = true;
  EXPECT_TRUE(joined(header, post));
  EXPECT_FALSE(joined(para("Écrivez-nous à redaction@exemple.fr."), post));
}

TEST(SectionsTest, CosineOfTermBags) {
  EXPECT_DOUBLE_EQ(cosine({{"a", 1}}, {{"a", 2}}), 1.0);
  EXPECT_DOUBLE_EQ(cosine({{"a", 1}}, {{"b", 1}}), 0.0);
}

}  // namespace
}  // namespace titraille

#include "headings.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "pattern.h"
#include "resources.h"
#include "text.h"

namespace titraille {

HeadingRules::HeadingRules(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/headings.xml");
  pugi::xml_node root = file.root();
  min_words = root.attribute("min-words").as_uint(3);
  max_words = root.attribute("max-words").as_uint(10);
  keyphrase_share = root.attribute("keyphrase-share").as_double(0.5);
  max_phrase_words = root.attribute("max-phrase-words").as_uint(3);
  for (pugi::xml_node t : root.children("template")) {
    Template tpl{t.attribute("id").as_string(), t.attribute("family").as_string(), t.attribute("when").as_string("common"),
                 text::collapse_spaces(text::trim(t.text().as_string())),
                 std::string_view(t.attribute("keyphrase").as_string()) == "yes"};
    if (tpl.id.empty() || tpl.text.empty()) file.fail(tpl.id, "a <template> needs an id and a text");
    templates.push_back(std::move(tpl));
  }
  for (pugi::xml_node f : root.children("fallback")) fallbacks.emplace_back(text::trim(f.text().as_string()));
  std::istringstream in(root.child("speech").text().as_string());
  std::string w;
  while (in >> w) speech.insert(text::lower(w));
}

namespace {

std::size_t word_count(const std::string& s) {
  std::istringstream in(s);
  std::string w;
  std::size_t n = 0;
  while (in >> w)
    if (w != ":" && w != "?" && w != "!" && w != "–") ++n;
  return n;
}

bool contains_folded(const std::string& haystack, const std::string& needle) {
  return !needle.empty() && text::fold(haystack).find(text::fold(needle)) != std::string::npos;
}

// Salient phrases of one section: frequent in it, rare elsewhere.
struct Salient {
  const Phrase* phrase;
  double score;
};

}  // namespace

Document headings(Document doc, Resources& res) {
  if (doc.sections.size() < 2) return doc;
  const HeadingRules& rules = res.headings;
  const FrenchGrammar& fr = res.french;

  // Phrases per section, and in how many sections each occurs.
  std::vector<std::map<std::string, Phrase>> per_section;
  std::map<std::string, std::size_t> df;
  std::size_t index = 0;
  const VerbForms verbs = verb_forms(body_sentences(doc), res.keyphrase.phrases);
  for (const Section& s : doc.sections) {
    std::vector<IndexedSentence> sentences;
    for (const Paragraph& p : s.paragraphs)
      for (const Sentence& sent : p.sentences) sentences.push_back({&sent, index++});
    per_section.push_back(extract_phrases(sentences, res.keyphrase.phrases, verbs));
    for (const auto& [key, _] : per_section.back()) ++df[key];
  }

  std::size_t total = 0, with_kp = 0;
  for (const Section& s : doc.sections)
    if (s.heading) {
      ++total;
      if (contains_folded(*s.heading, doc.keyphrase)) ++with_kp;
    }
  std::size_t to_generate = 0;
  for (std::size_t i = 1; i < doc.sections.size(); ++i)
    if (!doc.sections[i].heading) ++to_generate;
  total += to_generate;

  std::set<std::string> used_phrases, used_headings;
  for (const Section& s : doc.sections)
    if (s.heading) used_headings.insert(text::fold(*s.heading));
  std::set<std::string> used_templates;
  const double n_sections = static_cast<double>(doc.sections.size());
  std::string kp_key = text::lower(doc.keyphrase);

  for (std::size_t si = 1; si < doc.sections.size(); ++si) {
    Section& section = doc.sections[si];
    if (section.heading) continue;
    // Does the section report speech?
    bool speech = false;
    for (const Paragraph& p : section.paragraphs)
      for (const Sentence& s : p.sentences)
        for (const Token& t : s.tokens)
          if (rules.speech.count(t.lower)) speech = true;

    std::vector<Salient> ranked;
    for (const auto& [key, p] : per_section[si]) {
      if (key == kp_key || used_phrases.count(key) || p.words.size() > rules.max_phrase_words) continue;
      double idf = std::log(1.0 + n_sections / static_cast<double>(df[key]));
      double score = static_cast<double>(p.count) * idf * (1.0 + 0.3 * static_cast<double>(p.words.size() - 1));
      ranked.push_back({&p, score});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Salient& a, const Salient& b) {
      if (a.score != b.score) return a.score > b.score;
      return a.phrase->key < b.phrase->key;
    });
    bool want_kp = !doc.keyphrase.empty() &&
                   static_cast<double>(with_kp) < rules.keyphrase_share * static_cast<double>(total);
    std::string chosen, chosen_template, origin;
    for (const Salient& cand : ranked) {
      const Phrase& p = *cand.phrase;
      std::string article = p.article(res.keyphrase.phrases);
      bool proper = p.proper();
      std::string kind;
      if (proper && p.words.size() >= 2 && speech) kind = "person";
      else if (proper && p.words.size() == 1 && p.determiners.count("à")) kind = "place";
      else if (!proper && !article.empty()) kind = "common";
      else if (proper) kind = "proper";
      else continue;
      std::string np = proper ? p.text : text::lower_first(p.text);
      std::map<std::string, std::string> slots{{"np", np}, {"kp", doc.keyphrase},
                                               {"def", FrenchGrammar::with_article(article, np)}};
      // Keyphrase templates first when the share of headings with it is low;
      // a template already used only when no other fits.
      for (int pass = 0; pass < 4 && chosen.empty(); ++pass) {
        bool kp_pass = pass % 2 == 0 ? want_kp : !want_kp;
        bool reuse = pass >= 2;
        for (const auto& tpl : rules.templates) {
          if (tpl.keyphrase != kp_pass) continue;
          bool applies = tpl.when == kind || (tpl.when == "proper" && proper) ||
                         (tpl.when == "common" && kind == "common");
          if (!applies) continue;
          if (!tpl.keyphrase && used_templates.count(tpl.id) && !reuse) continue;
          std::string h = fr.fill(tpl.text, slots);
          if (h.empty()) continue;
          std::size_t w = word_count(h);
          if (w < rules.min_words || w > rules.max_words || used_headings.count(text::fold(h))) continue;
          chosen = h;
          chosen_template = tpl.id;
          origin = p.example;
          used_phrases.insert(p.key);
          if (!tpl.keyphrase) used_templates.insert(tpl.id);
          break;
        }
      }
      if (!chosen.empty()) break;
    }
    if (chosen.empty()) {
      // No phrase of the section fits a template: a <fallback> heading not
      // used yet (the section is merged into the previous one afterwards
      // when the two fit together).
      for (const std::string& f : rules.fallbacks)
        if (!used_headings.count(text::fold(f))) {
          chosen = f;
          break;
        }
      // Only a text that repeats itself exhausts them: the last one serves again.
      if (chosen.empty() && !rules.fallbacks.empty()) chosen = rules.fallbacks.back();
      if (chosen.empty()) continue;
      chosen_template = "fallback";
      origin = "no salient phrase in the section";
    }
    if (contains_folded(chosen, doc.keyphrase)) ++with_kp;
    used_headings.insert(text::fold(chosen));
    section.heading = chosen;
    section.heading_origin = chosen_template;
    section.heading_source = origin;
  }
  // A section left with a fallback heading (or none) joins the previous one
  // when together they stay within the size of a section.
  for (std::size_t i = doc.sections.size(); i-- > 1;) {
    Section& s = doc.sections[i];
    if (s.heading && s.heading_origin != "fallback") continue;
    Section& prev = doc.sections[i - 1];
    if (s.heading && prev.words() + s.words() > res.sections.max_words) continue;
    for (Paragraph& p : s.paragraphs) prev.paragraphs.push_back(std::move(p));
    doc.sections.erase(doc.sections.begin() + static_cast<std::ptrdiff_t>(i));
  }
  for (std::size_t i = 0; i < doc.sections.size(); ++i) {
    const Section& s = doc.sections[i];
    if (!s.heading) continue;
    doc.traces.push_back({"headings", "heading " + std::to_string(i), *s.heading,
                          "template " + s.heading_origin + ", phrase from: " + s.heading_source, 0});
  }
  return doc;
}

}  // namespace titraille

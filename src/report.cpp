#include "report.h"

#include <algorithm>
#include <cstdio>

#include "pattern.h"
#include "resources.h"
#include "text.h"

namespace titraille {

CheckRules::CheckRules(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/checks.xml");
  default_min_words = file.root().attribute("default-min-words").as_uint(300);
  min_article_words = file.root().attribute("min-article-words").as_uint(10);
  for (pugi::xml_node c : file.root().children("check"))
    for (pugi::xml_attribute a : c.attributes())
      if (std::string_view(a.name()) != "id") limits[c.attribute("id").as_string()][a.name()] = a.as_double();
}

double CheckRules::get(const std::string& check, const std::string& attr, double fallback) const {
  auto c = limits.find(check);
  if (c == limits.end()) return fallback;
  auto a = c->second.find(attr);
  return a == c->second.end() ? fallback : a->second;
}

bool contains_phrase(const std::string& haystack, const std::string& needle) {
  if (needle.empty()) return false;
  std::string h = " " + text::fold(haystack) + " ", n = text::fold(needle);
  std::size_t at = h.find(n);
  while (at != std::string::npos) {
    char32_t before = text::last_char(std::string_view(h).substr(0, at));
    char32_t after = text::first_char(std::string_view(h).substr(at + n.size()));
    if (!text::is_letter(before) && !text::is_letter(after)) return true;
    at = h.find(n, at + 1);
  }
  return false;
}

namespace {

std::string fmt(const char* f, double a, double b = 0, double c = 0) {
  char buf[200];
  std::snprintf(buf, sizeof buf, f, a, b, c);
  return buf;
}

std::string rate(double v, double good_min, double good_max, double ok_min, double ok_max) {
  if (v >= good_min && v <= good_max) return "good";
  if (v >= ok_min && v <= ok_max) return "ok";
  return "bad";
}

}  // namespace

Document report(Document doc, Resources& res) {
  const CheckRules& r = res.checks;
  auto& checks = doc.checks;
  checks.clear();
  const std::string& kp = doc.keyphrase;

  double tl = static_cast<double>(text::length(doc.title));
  checks.push_back({"title-length",
                    rate(tl, r.get("title-length", "good-min", 30), r.get("title-length", "good-max", 60),
                         r.get("title-length", "ok-min", 20), r.get("title-length", "ok-max", 70)),
                    fmt("%.0f characters (goal %.0f to %.0f)", tl, r.get("title-length", "good-min", 30),
                        r.get("title-length", "good-max", 60))});
  double ml = static_cast<double>(text::length(doc.meta_description));
  checks.push_back({"meta-length",
                    rate(ml, r.get("meta-length", "good-min", 120), r.get("meta-length", "good-max", 156),
                         r.get("meta-length", "ok-min", 100), r.get("meta-length", "ok-max", 160)),
                    fmt("%.0f characters (goal %.0f to %.0f)", ml, r.get("meta-length", "good-min", 120),
                        r.get("meta-length", "good-max", 156))});
  bool kp_title_start = !kp.empty() && text::fold(doc.title).rfind(text::fold(kp), 0) == 0;
  checks.push_back({"keyphrase-in-title", kp_title_start ? "good" : contains_phrase(doc.title, kp) ? "ok" : "bad",
                    kp_title_start ? "the title starts with the keyphrase"
                                   : contains_phrase(doc.title, kp) ? "the keyphrase is in the title, not at its start"
                                                                    : "the keyphrase is not in the title"});
  std::string intro = doc.sections.empty() || doc.sections.front().paragraphs.empty()
                          ? ""
                          : doc.sections.front().paragraphs.front().text;
  bool in_intro = contains_phrase(intro, kp);
  checks.push_back({"keyphrase-in-introduction", in_intro ? "good" : "bad",
                    in_intro ? "the first paragraph holds the keyphrase" : "the first paragraph lacks the keyphrase"});
  bool in_meta = contains_phrase(doc.meta_description, kp);
  checks.push_back({"keyphrase-in-meta", in_meta ? "good" : "bad",
                    in_meta ? "the meta description holds the keyphrase" : "the meta description lacks the keyphrase"});
  std::string kp_slug = make_slug(kp, res.slug);
  bool in_slug = !kp_slug.empty() && ("-" + doc.slug + "-").find("-" + kp_slug + "-") != std::string::npos;
  checks.push_back({"keyphrase-in-slug", in_slug ? "good" : "bad",
                    in_slug ? "the slug holds the keyphrase" : "the slug lacks the keyphrase"});
  std::size_t headings = 0, with_kp = 0;
  for (const Section& s : doc.sections)
    if (s.heading) {
      ++headings;
      if (contains_phrase(*s.heading, kp)) ++with_kp;
    }
  double share = headings ? static_cast<double>(with_kp) / static_cast<double>(headings) : 0;
  checks.push_back({"keyphrase-in-subheadings",
                    headings == 0 ? "bad"
                    : share >= r.get("keyphrase-in-subheadings", "good-min", 0.3) &&
                            share <= r.get("keyphrase-in-subheadings", "good-max", 0.75)
                        ? "good"
                        : with_kp ? "ok" : "bad",
                    fmt("%.0f of %.0f subheadings hold the keyphrase", static_cast<double>(with_kp),
                        static_cast<double>(headings))});

  double words = static_cast<double>(doc.words());
  double min_words = static_cast<double>(doc.settings.min_words);
  std::string length_status = words >= min_words ? "good"
                              : words >= r.get("text-length", "ok-share", 0.75) * min_words ? "ok"
                                                                                             : "bad";
  checks.push_back({"text-length", length_status, fmt("%.0f words (minimum %.0f)", words, min_words)});
  if (words < min_words)
    doc.warnings.push_back(fmt("the body has %.0f words, %.0f fewer than the %.0f asked for; titraille does not pad: "
                               "add other sources of the story to reach the length",
                               words, min_words - words, min_words));

  double longest = 0;
  double longest_paragraph = 0, sentences = 0, long_sentences = 0;
  double long_words = r.get("sentence-length", "long-words", 20);
  for (const Section& s : doc.sections) {
    longest = std::max(longest, static_cast<double>(s.words()));
    for (const Paragraph& p : s.paragraphs) {
      double pw = 0;
      for (const Sentence& sent : p.sentences) {
        double w = static_cast<double>(sent.words());
        pw += w;
        sentences += 1;
        if (w > long_words) long_sentences += 1;
      }
      longest_paragraph = std::max(longest_paragraph, pw);
    }
  }
  checks.push_back({"longest-section",
                    rate(longest, 0, r.get("longest-section", "good-max", 300), 0, r.get("longest-section", "ok-max", 350)),
                    fmt("%.0f words in the longest section (at most %.0f)", longest, r.get("longest-section", "good-max", 300))});
  checks.push_back({"paragraph-length",
                    rate(longest_paragraph, 0, r.get("paragraph-length", "good-max", 150), 0,
                         r.get("paragraph-length", "ok-max", 200)),
                    fmt("%.0f words in the longest paragraph (at most %.0f)", longest_paragraph,
                        r.get("paragraph-length", "good-max", 150))});
  double long_share = sentences > 0 ? long_sentences / sentences : 0;
  checks.push_back({"sentence-length",
                    rate(long_share, 0, r.get("sentence-length", "good-max", 0.25), 0, r.get("sentence-length", "ok-max", 0.3)),
                    fmt("%.0f%% of sentences have more than %.0f words", long_share * 100, long_words)});

  // Everything left out of the article, in input order.
  for (const Block& b : doc.blocks)
    if (b.kind == BlockKind::Removed || b.kind == BlockKind::Title)
      doc.removed.push_back({b.original, b.reason, b.rule, b.line});
  std::stable_sort(doc.removed.begin(), doc.removed.end(),
                   [](const Removed& a, const Removed& b) { return a.line < b.line; });
  return doc;
}

}  // namespace titraille

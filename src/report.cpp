#include "report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "pattern.h"
#include "resources.h"
#include "text.h"

namespace titraille {

CheckRules::CheckRules(const DataBundle& data, const Lexicon& lexicon) : lists(lexicon) {
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

// A percentage as Yoast rounds it before comparing (one decimal).
double percent(double part, double whole) {
  return whole > 0 ? std::round(part / whole * 1000.0) / 10.0 : 0;
}

// The article as the HTML page shows it: the h1, then each section's heading
// (h2) and paragraphs (p).
struct PageBlock {
  enum Kind { H1, H2, P } kind;
  std::string text;
};

std::vector<PageBlock> page_blocks(const Document& doc) {
  std::vector<PageBlock> out;
  if (!doc.h1.empty()) out.push_back({PageBlock::H1, doc.h1});
  for (const Section& s : doc.sections) {
    if (s.heading) out.push_back({PageBlock::H2, *s.heading});
    for (const Paragraph& p : s.paragraphs) out.push_back({PageBlock::P, p.text});
  }
  return out;
}

// Whether `hay` holds `needle` as whole words (case and apostrophes
// ignored), and where (code points before it), or -1.
long find_words(const std::string& hay, const std::string& needle) {
  std::vector<std::string> h = analysis::tokens(hay), n = analysis::tokens(needle);
  if (n.empty()) return -1;
  for (std::size_t i = 0; i + n.size() <= h.size(); ++i)
    if (std::equal(n.begin(), n.end(), h.begin() + static_cast<std::ptrdiff_t>(i))) return static_cast<long>(i);
  return -1;
}

}  // namespace

Document report(Document doc, Resources& res) {
  const CheckRules& r = res.checks;
  const analysis::Lists& lists = r.lists;
  auto& checks = doc.checks;
  checks.clear();
  auto add = [&](const char* id, std::string status, std::string detail) {
    checks.push_back({id, std::move(status), std::move(detail)});
  };
  const std::string& kp = doc.keyphrase;
  const std::vector<std::string> forms = analysis::keyphrase_forms(kp, lists);
  const std::vector<PageBlock> blocks = page_blocks(doc);

  // What Yoast counts on the page.
  double page_words = 0, token_words = 0, kp_count = 0;
  std::vector<std::string> all_sentences;
  std::vector<analysis::SentenceTokens> sentence_tokens;  // of all_sentences
  double longest_paragraph = 0;
  std::vector<double> heading_texts;  // words under each heading (h1 included)
  std::size_t subheadings = 0, subheadings_with_kp = 0;
  for (const PageBlock& b : blocks) {
    double w = static_cast<double>(analysis::count_words(b.text));
    page_words += w;
    token_words += static_cast<double>(analysis::count_tokens(b.text));
    for (std::string& s : analysis::sentences(b.text)) {
      analysis::SentenceTokens toks = analysis::sentence_tokens(s);
      kp_count += static_cast<double>(analysis::count_in_sentence(toks, forms));
      all_sentences.push_back(std::move(s));
      sentence_tokens.push_back(std::move(toks));
    }
    if (b.kind == PageBlock::P) {
      longest_paragraph = std::max(longest_paragraph, w);
      if (heading_texts.empty()) heading_texts.push_back(0);
      heading_texts.back() += w;
    } else {
      heading_texts.push_back(0);
    }
    if (b.kind == PageBlock::H2) {
      ++subheadings;
      if (!forms.empty() && analysis::share_found(b.text, forms) > r.get("subheadingsKeyword", "word-share", 0.5))
        ++subheadings_with_kp;
    }
  }

  // Our own limit: the SEO title's length in characters.
  double tl = static_cast<double>(text::length(doc.title));
  add("title-length",
      rate(tl, r.get("title-length", "good-min", 30), r.get("title-length", "good-max", 60),
           r.get("title-length", "ok-min", 20), r.get("title-length", "ok-max", 70)),
      fmt("%.0f characters (goal %.0f to %.0f)", tl, r.get("title-length", "good-min", 30),
          r.get("title-length", "good-max", 60)));

  // introductionKeyword: the keyphrase's words in one sentence of the first paragraph.
  {
    std::string intro;
    for (const PageBlock& b : blocks)
      if (b.kind == PageBlock::P) {
        intro = b.text;
        break;
      }
    bool in_sentence = false;
    for (const std::string& s : analysis::sentences(intro))
      if (!forms.empty() && analysis::share_found(s, forms) == 1.0) in_sentence = true;
    bool in_paragraph = !forms.empty() && analysis::share_found(intro, forms) == 1.0;
    add("introductionKeyword", in_sentence ? "good" : in_paragraph ? "ok" : "bad",
        in_sentence    ? "a sentence of the first paragraph holds the keyphrase"
        : in_paragraph ? "the first paragraph holds the keyphrase's words, not in one sentence"
                       : "the first paragraph lacks the keyphrase");
  }

  // keyphraseLength: content words of the keyphrase.
  {
    double n = kp.empty() ? 0 : static_cast<double>(forms.size());
    add("keyphraseLength",
        n == 0 ? "bad" : rate(n, 1, r.get("keyphraseLength", "good-max", 4), 1, r.get("keyphraseLength", "ok-max", 8)),
        fmt("%.0f content words in the keyphrase (goal 1 to %.0f)", n, r.get("keyphraseLength", "good-max", 4)));
  }

  // keyphraseDensity: occurrences per 100 words, weighted by the keyphrase's length.
  {
    std::string status;
    double len = static_cast<double>(forms.size());
    double density = token_words > 0 ? kp_count / token_words * 100 : 0;
    double weighted = density * (0.7 + len / 3);
    double min_d = r.get("keyphraseDensity", "good-min", 0.5), max_d = r.get("keyphraseDensity", "good-max", 3);
    if (kp.empty() || token_words == 0) {
      status = "bad";
    } else if (token_words < r.get("keyphraseDensity", "short-text", 100)) {
      double max_count = token_words > r.get("keyphraseDensity", "short-text", 100) / 2 ? 2 : 1;
      status = kp_count >= 1 && kp_count <= max_count ? "good" : "bad";
    } else {
      double min_count = std::max(2.0, std::ceil(min_d * token_words / (100 * (0.7 + len / 3))));
      if (kp_count == 0 || weighted < min_d || kp_count == 1) status = "bad";
      else if (weighted <= max_d || (kp_count == 2 && min_count <= 2)) status = "good";
      else status = "bad";
    }
    add("keyphraseDensity", status,
        fmt("the keyphrase occurs %.0f times in %.0f words (weighted density %.2f%%)", kp_count, token_words, weighted));
  }

  // metaDescriptionKeyword: the keyphrase once or twice in the meta description.
  {
    double n = 0;
    for (const std::string& s : analysis::sentences(doc.meta_description))
      n += static_cast<double>(analysis::count_in_sentence(s, forms));
    add("metaDescriptionKeyword",
        n >= 1 && n <= r.get("metaDescriptionKeyword", "good-max", 2) ? "good" : "bad",
        fmt("the keyphrase occurs %.0f times in the meta description (goal 1 to %.0f)", n,
            r.get("metaDescriptionKeyword", "good-max", 2)));
  }

  // metaDescriptionLength: more than 120 and at most 156 characters.
  {
    double ml = static_cast<double>(text::length(doc.meta_description));
    double lo = r.get("metaDescriptionLength", "good-above", 120), hi = r.get("metaDescriptionLength", "good-max", 156);
    add("metaDescriptionLength", ml == 0 ? "bad" : ml > lo && ml <= hi ? "good" : "ok",
        fmt("%.0f characters (goal %.0f to %.0f)", ml, lo + 1, hi));
  }

  // subheadingsKeyword: the keyphrase in 30 to 75 % of the subheadings.
  {
    std::string status;
    double count = static_cast<double>(subheadings), matches = static_cast<double>(subheadings_with_kp);
    double lo = std::ceil(count * r.get("subheadingsKeyword", "good-min", 0.3));
    double hi = std::floor(count * r.get("subheadingsKeyword", "good-max", 0.75));
    if (kp.empty() || page_words == 0) status = "bad";
    else if (subheadings == 0) status = page_words >= r.get("subheadingsKeyword", "long-text", 300) ? "bad" : "good";
    else if (matches > 0 && matches < lo) status = "bad";
    else if (count > 1 && matches > hi) status = "bad";
    else if (count == 1 && matches == 1) status = "good";
    else if (matches >= lo && matches <= hi) status = "good";
    else status = "bad";
    add("subheadingsKeyword", status, fmt("%.0f of %.0f subheadings hold the keyphrase", matches, count));
  }

  // textLength: words on the page, headings included.
  add("textLength",
      page_words >= r.get("textLength", "good-min", 300)  ? "good"
      : page_words >= r.get("textLength", "ok-min", 250) ? "ok"
                                                          : "bad",
      fmt("%.0f words on the page (at least %.0f)", page_words, r.get("textLength", "good-min", 300)));

  // Our own: the body length asked for (--min-words or a pasted directive).
  double words = static_cast<double>(doc.words());
  double min_words = static_cast<double>(doc.settings.min_words);
  std::string length_status = words >= min_words ? "good"
                              : words >= r.get("text-length", "ok-share", 0.75) * min_words ? "ok"
                                                                                             : "bad";
  add("text-length", length_status, fmt("%.0f words (minimum %.0f)", words, min_words));
  if (words < min_words)
    doc.warnings.push_back(fmt("the body has %.0f words, %.0f fewer than the %.0f asked for; titraille does not pad: "
                               "add other sources of the story to reach the length",
                               words, min_words - words, min_words));

  // keyphraseInSEOTitle: the exact keyphrase at the title's start.
  {
    long at = kp.empty() ? -1 : find_words(doc.title, kp);
    bool at_start = at == 0;
    if (at > 0) {
      at_start = true;
      std::vector<std::string> before = analysis::tokens(doc.title);
      for (long i = 0; i < at; ++i)
        if (!lists.function_words->contains(before[static_cast<std::size_t>(i)])) at_start = false;
    }
    bool all_words = !forms.empty() && analysis::share_found(doc.title, forms) == 1.0;
    add("keyphraseInSEOTitle", at_start ? "good" : at >= 0 || all_words ? "ok" : "bad",
        at_start    ? "the title starts with the keyphrase"
        : at >= 0   ? "the keyphrase is in the title, not at its start"
        : all_words ? "the keyphrase's words are in the title, not together"
                    : "the keyphrase is not in the title");
  }

  // titleWidth: Arial 20 px, at most 600 px.
  {
    double px = static_cast<double>(res.widths.pixels(doc.title));
    double max_px = r.get("titleWidth", "good-max", 600);
    add("titleWidth", px > 0 && px <= max_px ? "good" : "bad",
        fmt("%.0f px wide in Arial 20 px (at most %.0f)", px, max_px));
  }

  // slugKeyword: the keyphrase's words in the slug.
  {
    std::set<std::string> slug_words;
    std::string w;
    for (char c : doc.slug + "-") {
      if (c == '-') {
        if (!w.empty()) slug_words.insert(w);
        w.clear();
      } else {
        w += c;
      }
    }
    double found = 0;
    for (const std::string& f : forms)
      if (slug_words.count(make_slug(f, res.slug))) found += 1;
    double share = forms.empty() ? 0 : found / static_cast<double>(forms.size());
    std::string status = kp.empty() || doc.slug.empty() ? "bad"
                         : forms.size() < 3            ? (share == 1.0 ? "good" : "ok")
                                                       : (share > 0.5 ? "good" : "ok");
    add("slugKeyword", status, fmt("%.0f of the keyphrase's %.0f words in the slug", found, static_cast<double>(forms.size())));
  }

  // singleH1: one h1 at most (the rendered page has the h1 only).
  add("singleH1", "good", "one h1");

  // subheadingsTooLong: at most 300 words after each heading.
  {
    double longest = heading_texts.empty() ? 0 : *std::max_element(heading_texts.begin(), heading_texts.end());
    double good_max = r.get("subheadingsTooLong", "good-max", 300), ok_max = r.get("subheadingsTooLong", "ok-max", 350);
    std::string status = page_words <= good_max ? "good" : rate(longest, 0, good_max, 0, ok_max);
    add("subheadingsTooLong", status, fmt("%.0f words under the longest heading (at most %.0f)", longest, good_max));
  }

  // textParagraphTooLong: at most 150 words per paragraph.
  add("textParagraphTooLong",
      rate(longest_paragraph, 0, r.get("textParagraphTooLong", "good-max", 150), 0,
           r.get("textParagraphTooLong", "ok-max", 200)),
      fmt("%.0f words in the longest paragraph (at most %.0f)", longest_paragraph,
          r.get("textParagraphTooLong", "good-max", 150)));

  // Readability over every sentence of the page (headings are sentences too).
  double n_sent = static_cast<double>(all_sentences.size()), long_sent = 0, transitions = 0, passives = 0;
  double long_words = r.get("textSentenceLength", "long-words", 20);
  std::size_t repeated = 0, run = 0;
  std::string previous;
  for (std::size_t k = 0; k < all_sentences.size(); ++k) {
    const std::string& s = all_sentences[k];
    const std::vector<std::string> ws = analysis::words(s);
    if (static_cast<double>(ws.size()) > long_words) long_sent += 1;
    if (analysis::has_transition(sentence_tokens[k], lists)) transitions += 1;
    if (analysis::is_passive(s, sentence_tokens[k], lists)) passives += 1;
    std::string open = analysis::opening(ws, lists);
    run = !open.empty() && open == previous ? run + 1 : 1;
    previous = open;
    if (run > static_cast<std::size_t>(r.get("sentenceBeginnings", "max-same", 2)) && run == 3) ++repeated;
  }
  {
    double pct = percent(long_sent, n_sent);
    add("textSentenceLength",
        rate(pct, 0, r.get("textSentenceLength", "good-max", 25), 0, r.get("textSentenceLength", "ok-max", 30)),
        fmt("%.1f%% of sentences have more than %.0f words", pct, long_words));
  }
  {
    double pct = percent(transitions, n_sent);
    std::string status = token_words < r.get("textTransitionWords", "min-words", 200) ? "good"
                         : pct >= r.get("textTransitionWords", "good-min", 30)       ? "good"
                         : pct >= r.get("textTransitionWords", "ok-min", 20)         ? "ok"
                                                                                      : "bad";
    add("textTransitionWords", status, fmt("%.1f%% of sentences hold a transition word", pct));
  }
  {
    double pct = percent(passives, n_sent);
    add("passiveVoice", rate(pct, 0, r.get("passiveVoice", "good-max", 10), 0, r.get("passiveVoice", "ok-max", 15)),
        fmt("%.1f%% of sentences are in the passive voice", pct));
  }
  add("sentenceBeginnings", repeated == 0 ? "good" : "bad",
      fmt("%.0f runs of more than %.0f sentences opening with the same words", static_cast<double>(repeated),
          r.get("sentenceBeginnings", "max-same", 2)));

  // Everything left out of the article, in input order.
  for (const Block& b : doc.blocks)
    if (b.kind == BlockKind::Removed || b.kind == BlockKind::Title)
      doc.removed.push_back({b.original, b.reason, b.rule, b.line});
  std::stable_sort(doc.removed.begin(), doc.removed.end(),
                   [](const Removed& a, const Removed& b) { return a.line < b.line; });
  return doc;
}

}  // namespace titraille

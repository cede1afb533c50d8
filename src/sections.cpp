#include "sections.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "pattern.h"
#include "resources.h"
#include "text.h"
#include "tokenize.h"

namespace titraille {

SectionRules::SectionRules(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/sections.xml");
  pugi::xml_node root = file.root();
  intro_min_words = root.child("intro").attribute("min-words").as_uint(40);
  intro_max_words = root.child("intro").attribute("max-words").as_uint(150);
  pugi::xml_node s = root.child("section");
  min_words = s.attribute("min-words").as_uint(80);
  max_words = s.attribute("max-words").as_uint(300);
  target_words = s.attribute("target-words").as_uint(190);
  window = s.attribute("window").as_uint(2);
  cohesion_weight = s.attribute("cohesion-weight").as_double(1.0);
  size_weight = s.attribute("size-weight").as_double(1.0);
  short_penalty = s.attribute("short-penalty").as_double(8.0);
  list_cut_penalty = s.attribute("list-cut-penalty").as_double(50.0);
  std::string as = root.child("source-headings").attribute("as").as_string("lead");
  if (as != "lead" && as != "heading") file.fail("source-headings", "as= must be lead or heading");
  source_headings_as_lead = as == "lead";
}

namespace {

void add_terms(TermBag& bag, const Sentence& s, const Stemmer& stemmer, const WordList& stopwords) {
  for (const Token& t : s.tokens)
    if (t.kind == TokenKind::Word && !t.elided && text::length(t.lower) >= 3 && !stopwords.contains(t.lower))
      bag[stemmer.stem(t.lower)] += 1;
}

}  // namespace

TermBag content_terms(const Paragraph& p, const Stemmer& stemmer, const WordList& stopwords) {
  TermBag bag;
  for (const Sentence& s : p.sentences) add_terms(bag, s, stemmer, stopwords);
  return bag;
}

TermBag content_terms(const Sentence& s, const Stemmer& stemmer, const WordList& stopwords) {
  TermBag bag;
  add_terms(bag, s, stemmer, stopwords);
  return bag;
}

double cosine(const TermBag& a, const TermBag& b) {
  // Both bags are sorted: one merge walk (the sums run in the same order as
  // a look-up of each term of a in b would, so the result is the same).
  double dot = 0, na = 0, nb = 0;
  for (const auto& [k, v] : a) na += v * v;
  for (const auto& [k, v] : b) nb += v * v;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    int c = i->first.compare(j->first);
    if (c < 0) {
      ++i;
    } else if (c > 0) {
      ++j;
    } else {
      dot += i->second * j->second;
      ++i;
      ++j;
    }
  }
  return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0;
}

std::vector<PackedBag> pack(const std::vector<TermBag>& bags) {
  std::map<std::string_view, std::uint32_t> ids;
  for (const TermBag& b : bags)
    for (const auto& [k, v] : b) ids.emplace(k, 0);
  std::uint32_t next = 0;
  for (auto& [k, id] : ids) id = next++;
  std::vector<PackedBag> out(bags.size());
  for (std::size_t i = 0; i < bags.size(); ++i) {
    for (const auto& [k, v] : bags[i]) {
      out[i].terms.emplace_back(ids[k], v);
      out[i].norm2 += v * v;
    }
  }
  return out;
}

double cosine(const PackedBag& a, const PackedBag& b) {
  double dot = 0;
  for (auto i = a.terms.begin(), j = b.terms.begin(); i != a.terms.end() && j != b.terms.end();) {
    if (i->first < j->first) {
      ++i;
    } else if (i->first > j->first) {
      ++j;
    } else {
      dot += i->second * j->second;
      ++i;
      ++j;
    }
  }
  return a.norm2 > 0 && b.norm2 > 0 ? dot / std::sqrt(a.norm2 * b.norm2) : 0;
}

std::vector<std::size_t> cut_sections(const std::vector<std::size_t>& words, const std::vector<TermBag>& terms,
                                      const SectionRules& rules, const std::vector<char>& joined) {
  const std::size_t m = words.size();
  if (m == 0) return {};
  // Similarity across each gap g (between paragraph g-1 and g), of the terms
  // of `window` paragraphs on each side, on the bags as term ids.
  const std::vector<PackedBag> packed = pack(terms);
  std::vector<std::pair<std::uint32_t, double>> all;
  // The sum of some packed bags, each term's weights added in the order of
  // the bags, as a string-keyed bag would add them (a stable sort keeps that
  // order), so the cosine is the same.
  auto sum = [&](auto each_bag) {
    all.clear();
    each_bag([&](const PackedBag& b) { all.insert(all.end(), b.terms.begin(), b.terms.end()); });
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    PackedBag out;
    for (const auto& [id, v] : all) {
      if (out.terms.empty() || out.terms.back().first != id) out.terms.emplace_back(id, 0.0);
      out.terms.back().second += v;
    }
    for (const auto& [id, v] : out.terms) out.norm2 += v * v;
    return out;
  };
  std::vector<double> sim(m, 0.0);
  for (std::size_t g = 1; g < m; ++g) {
    PackedBag left = sum([&](auto add) {
      for (std::size_t k = 0; k < rules.window && k < g; ++k) add(packed[g - 1 - k]);
    });
    PackedBag right = sum([&](auto add) {
      for (std::size_t k = 0; k < rules.window && g + k < m; ++k) add(packed[g + k]);
    });
    sim[g] = cosine(left, right);
  }
  std::vector<std::size_t> prefix(m + 1, 0);
  for (std::size_t i = 0; i < m; ++i) prefix[i + 1] = prefix[i] + words[i];
  auto size_cost = [&](std::size_t w) {
    double target = static_cast<double>(rules.target_words);
    double d = (static_cast<double>(w) - target) / target;
    double cost = rules.size_weight * d * d;
    if (w < rules.min_words) cost += rules.short_penalty * (static_cast<double>(rules.min_words - w) / rules.min_words);
    if (w > rules.max_words) cost += 1000.0 + static_cast<double>(w - rules.max_words);
    return cost;
  };
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> best(m + 1, inf);
  std::vector<std::size_t> from(m + 1, 0);
  best[0] = 0;
  for (std::size_t j = 1; j <= m; ++j) {
    // Only sections within the maximum size are tried (and always the single
    // paragraph j-1), which keeps the search linear in the paragraphs.
    for (std::size_t i = j; i-- > 0;) {
      if (i + 1 < j && prefix[j] - prefix[i] > rules.max_words) break;
      if (best[i] == inf) continue;
      double c = best[i] + size_cost(prefix[j] - prefix[i]) + (i > 0 ? rules.cohesion_weight * sim[i] : 0.0);
      if (i > 0 && i < joined.size() && joined[i]) c += rules.list_cut_penalty;
      if (c < best[j] - 1e-12) {
        best[j] = c;
        from[j] = i;
      }
    }
  }
  std::vector<std::size_t> starts;
  for (std::size_t j = m; j > 0; j = from[j]) starts.push_back(from[j]);
  std::reverse(starts.begin(), starts.end());
  return starts;
}

bool joined(const Paragraph& prev, const Paragraph& next) {
  return text::opens_list(prev.text) || (!text::list_mark(next.text).empty() && !text::list_mark(prev.text).empty()) ||
         prev.post_attribution;
}

namespace {

Paragraph paragraph_of(const Block& b) {
  Paragraph p;
  p.text = b.text;
  p.sentences = b.sentences;
  p.source_line = b.line;
  p.post_attribution = b.hint == "post-attribution";
  return p;
}

std::size_t words_of(const Paragraph& p) {
  std::size_t n = 0;
  for (const Sentence& s : p.sentences) n += s.words();
  return n;
}

// Cuts one run of paragraphs into sections; the first keeps `heading`.
void add_cut(std::vector<Section>& out, std::vector<Paragraph> paras, std::optional<std::string> heading,
             std::string origin, std::string source_heading, Resources& res) {
  if (paras.empty()) return;
  std::vector<std::size_t> words;
  std::vector<TermBag> terms;
  const WordList& stop = res.lexicon.list("fr/stopwords");
  for (const Paragraph& p : paras) {
    words.push_back(words_of(p));
    terms.push_back(content_terms(p, res.stemmer, stop));
  }
  std::vector<char> in_list(paras.size(), 0);
  for (std::size_t g = 1; g < paras.size(); ++g) in_list[g] = joined(paras[g - 1], paras[g]);
  std::vector<std::size_t> starts = cut_sections(words, terms, res.sections, in_list);
  for (std::size_t k = 0; k < starts.size(); ++k) {
    Section s;
    if (k == 0) {
      s.heading = heading;
      s.heading_origin = origin;
      s.source_heading = source_heading;
    }
    std::size_t end = k + 1 < starts.size() ? starts[k + 1] : paras.size();
    for (std::size_t i = starts[k]; i < end; ++i) s.paragraphs.push_back(std::move(paras[i]));
    out.push_back(std::move(s));
  }
}

}  // namespace

Document sections(Document doc, Resources& res) {
  const SectionRules& rules = res.sections;
  // Paragraphs in order, with the source headings between them.
  struct Unit {
    bool heading;
    Paragraph para;
  };
  std::vector<Unit> units;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::Heading) {
      units.push_back({true, paragraph_of(b)});
    } else if (b.kind == BlockKind::Article) {
      units.push_back({false, paragraph_of(b)});  // the readability stage has split long paragraphs
    }
  }
  // A heading with no paragraph after it is dropped; but when subheadings
  // become opening lines, a heading over a subtitle (a heading right before
  // one that a paragraph follows: « Pour dépasser le tabac » over « Vape Wave
  // (documentaire, 1h28) ») opens the section with it.
  auto over_subtitle = [&](std::size_t i) {
    // (Not a line in capitals: a rubric's label, a call to the reader.)
    return rules.source_headings_as_lead && i + 2 < units.size() && units[i + 1].heading &&
           !units[i + 2].heading && (i == 0 || !units[i - 1].heading) && !text::is_all_caps(units[i].para.text);
  };
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (!units[i].heading) continue;
    if ((i + 1 >= units.size() || units[i + 1].heading) && !over_subtitle(i)) {
      doc.removed.push_back({units[i].para.text, "boilerplate.heading", "sections:heading without text after it",
                             units[i].para.source_line});
      units.erase(units.begin() + static_cast<std::ptrdiff_t>(i));
      --i;
    }
  }
  if (units.empty()) return doc;

  // Introduction: the first paragraphs before any heading.
  Section intro;
  std::size_t i = 0, intro_words = 0;
  while (i < units.size() && !units[i].heading) {
    std::size_t w = words_of(units[i].para);
    // (A list the introduction has begun stays in it while it fits.)
    const bool continues = !intro.paragraphs.empty() && joined(intro.paragraphs.back(), units[i].para);
    if (!intro.paragraphs.empty() && ((intro_words >= rules.intro_min_words && !continues) ||
                                      intro_words + w > rules.intro_max_words))
      break;
    intro_words += w;
    intro.paragraphs.push_back(std::move(units[i].para));
    ++i;
  }
  if (!intro.paragraphs.empty()) doc.sections.push_back(std::move(intro));

  // Then runs of paragraphs, each under the source heading that opens it.
  while (i < units.size()) {
    std::optional<std::string> heading;
    std::string origin, source_heading;
    std::vector<Paragraph> run;
    // The source's subheading opens its section as a line of its own, as
    // the source wrote it (no full stop is added: the renderers set it
    // apart, in bold); the headings stage writes the section's heading.
    // A heading over a numbered or bulleted list announces it: a colon
    // (« Classement de l’étape : » over « 1. … »).
    auto opening_line = [&](std::size_t at) {
      Paragraph lead = units[at].para;
      const bool over_list = at + 1 < units.size() && !units[at + 1].heading &&
                             !text::list_mark(units[at + 1].para.text).empty();
      if (over_list && !text::ends_sentence(lead.text) && !lead.text.ends_with(':')) {
        lead.text += "\u00A0:";
        lead.sentences = res.tokenizer.sentences(lead.text);
      }
      lead.from_heading = true;
      return lead;
    };
    if (units[i].heading && i + 1 < units.size() && units[i + 1].heading)  // a heading over a subtitle (kept above)
      run.push_back(opening_line(i++));
    if (units[i].heading) {
      source_heading = units[i].para.text;
      if (rules.source_headings_as_lead) {
        run.push_back(opening_line(i));
      } else {
        heading = units[i].para.text;
        origin = "source";
      }
      ++i;
    }
    while (i < units.size() && !units[i].heading) run.push_back(std::move(units[i++].para));
    add_cut(doc.sections, std::move(run), heading, origin, source_heading, res);
  }
  return doc;
}

}  // namespace titraille

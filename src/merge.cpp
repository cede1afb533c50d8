#include "merge.h"

#include <algorithm>
#include <cstdio>

#include "provenance.h"
#include "resources.h"
#include "sections.h"
#include "segment.h"
#include "similarity.h"
#include "titraille/titraille.h"
#include "text.h"

namespace titraille {

MergeRules::MergeRules(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/merge.xml");
  pugi::xml_node root = file.root();
  restate = root.attribute("restate").as_double(0.5);
  contain = root.attribute("contain").as_double(0.85);
  contain_min_weight = root.attribute("contain-min-weight").as_double(6);
  topic = root.attribute("topic").as_double(0.2);
  min_words = root.attribute("min-words").as_uint(5);
  short_run_words = root.attribute("short-run-words").as_uint(30);
  max_paragraph_words = root.attribute("max-paragraph-words").as_uint(150);
  anchor_decay = root.attribute("anchor-decay").as_double(0.5);
  figures = root.attribute("figures").as_uint(2);
  figures_topic = root.attribute("figures-topic").as_double(0.3);
  if (!(restate > 0 && restate <= 1)) file.fail("merge", "restate= must be in (0, 1]");
  pugi::xml_node a = root.child("attribution");
  if (!a) file.fail("attribution", "missing <attribution>");
  attribution = file.pattern(a, "attribution");
  source_prefix = root.child("source-prefix").text().as_string();
}

std::vector<std::vector<Sentence>> sentence_units(const std::vector<Sentence>& sentences) {
  std::vector<std::vector<Sentence>> units;
  int open = 0;  // « not closed yet in the current unit
  for (const Sentence& s : sentences) {
    std::string_view t = text::trim(s.text);
    bool opens_quote = t.starts_with("«") || t.starts_with("\"") || t.starts_with("“");
    bool join = !units.empty() && (open > 0 || opens_quote ||
                                   text::strip_closers(text::trim(units.back().back().text)).ends_with(":"));
    if (!join) {
      units.emplace_back();
      open = 0;
    }
    units.back().push_back(s);
    for (std::size_t i = 0; i + 1 < s.text.size(); ++i) {
      if (s.text.compare(i, 2, "«") == 0) ++open;
      if (s.text.compare(i, 2, "»") == 0 && open > 0) --open;
    }
  }
  return units;
}

namespace {

struct Unit {
  std::vector<Sentence> sentences;
  FactSignature sig;
  int input = 0;
  int line = 0;
  std::size_t words = 0;
};

struct MBlock {
  Block block;
  std::vector<Unit> units;  // article blocks only
  int id = 0;
  int anchor = -1;  // the block it was inserted after
};

FactSignature unite(const std::vector<FactSignature>& sigs) {
  FactSignature out;
  for (const FactSignature& s : sigs) {
    out.terms.insert(s.terms.begin(), s.terms.end());
    out.numbers.insert(s.numbers.begin(), s.numbers.end());
    out.names.insert(s.names.begin(), s.names.end());
    out.quantities.insert(out.quantities.end(), s.quantities.begin(), s.quantities.end());
  }
  return out;
}

std::string unit_text(const Unit& u) {
  std::string t;
  for (const Sentence& s : u.sentences) {
    if (!t.empty()) t += ' ';
    t += s.text;
  }
  return t;
}

// The units' texts, one space between them (a paragraph's text).
std::string units_text(const std::vector<Unit>& units) {
  std::string t;
  for (const Unit& u : units) t += (t.empty() ? "" : " ") + unit_text(u);
  return t;
}

std::string fmt2(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

class Merger {
 public:
  Merger(std::vector<Document>& docs, Resources& res)
      : docs_(docs), res_(res), rules_(res.merge), stop_(res.lexicon.list("fr/stopwords")) {
    // Dates are not counted things: "21 septembre" and "22 septembre" do not contradict.
    for (const char* list : {"fr/months", "fr/weekdays"}) dates_.merge(unit_stems(res.lexicon.list(list), res.stemmer));
  }

  Document run();

 private:
  std::vector<Document>& docs_;
  Resources& res_;
  const MergeRules& rules_;
  const WordList& stop_;
  std::set<std::string> dates_;  // units (folded stems) of the months and weekdays
  std::vector<MBlock> body_;
  std::vector<Removed> removed_;
  std::vector<std::string> warnings_;
  std::vector<Trace> traces_;
  int next_id_ = 0;

  const std::string& name(int input) const { return docs_[static_cast<std::size_t>(input)].name; }

  Unit make_unit(std::vector<Sentence> sentences, int input, int line) {
    Unit u;
    std::vector<FactSignature> sigs;
    for (const Sentence& s : sentences) {
      sigs.push_back(signature(s, res_.stemmer, stop_));
      u.words += s.words();
    }
    u.sig = unite(sigs);
    u.sentences = std::move(sentences);
    u.input = input;
    u.line = line;
    return u;
  }

  // The kept unit most similar to u: (block index, unit index, similarity).
  struct Match {
    std::size_t block = 0, unit = 0;
    double sim = -1, contained = 0;
    bool same_figures = false;
  };
  Match best_match(const Unit& u) const {
    Match m;
    // What u says may be split over two kept sentences: the two it is the
    // most contained in, for its containment in their union below.
    const FactSignature* top[2] = {nullptr, nullptr};
    double best[2] = {0, 0};
    const bool weighty = u.sig.weight() >= rules_.contain_min_weight;
    for (std::size_t b = 0; b < body_.size(); ++b)
      for (std::size_t k = 0; k < body_[b].units.size(); ++k) {
        const FactSignature& o = body_[b].units[k].sig;
        double c = containment(u.sig, o);
        if (c > best[0]) {
          top[1] = top[0], best[1] = best[0];
          top[0] = &o, best[0] = c;
        } else if (c > best[1]) {
          top[1] = &o, best[1] = c;
        }
        if (m.same_figures) continue;
        double s = similarity(u.sig, o);
        // The same figures (two, or one in a sentence on the same topic) are the same fact.
        std::size_t f = rules_.figures > 0 ? shared_figures(u.sig, o, dates_) : 0;
        if (rules_.figures > 0 &&
            ((f >= rules_.figures && s >= rules_.topic) || (f >= 1 && s >= rules_.figures_topic))) {
          m = {b, k, s, c, true};
          continue;
        }
        if (s > m.sim) m = {b, k, s, c, false};
        if (c > m.contained && weighty) m.contained = c;
      }
    if (weighty && top[1]) m.contained = std::max(m.contained, containment(u.sig, unite({*top[0], *top[1]})));
    return m;
  }

  bool restates(const Match& m) const {
    return m.same_figures || m.sim >= rules_.restate || m.contained >= rules_.contain;
  }

  // A kept unit giving another figure for the same counted thing.
  bool find_contradiction(const Unit& u, std::size_t& block, std::size_t& unit, std::string& what) const {
    for (std::size_t b = 0; b < body_.size(); ++b)
      for (std::size_t k = 0; k < body_[b].units.size(); ++k) {
        const Unit& o = body_[b].units[k];
        if (o.input == u.input || similarity(u.sig, o.sig) < rules_.topic) continue;
        std::string c = contradiction(u.sig, o.sig, dates_);
        if (!c.empty()) {
          block = b;
          unit = k;
          what = c;
          return true;
        }
      }
    return false;
  }

  // "Selon <outlet>, le …" for a sentence that names no source.
  void name_source(Unit& u) {
    const Document& d = docs_[static_cast<std::size_t>(u.input)];
    if (!d.metadata.source || rules_.source_prefix.empty() || u.sentences.empty()) return;
    Sentence& s = u.sentences.front();
    if (rules_.attribution.found(text::u(s.text))) return;
    if (s.tokens.empty() || !stop_.contains(s.tokens.front().lower)) return;
    std::string prefix = rules_.source_prefix;
    std::size_t at = prefix.find("{source}");
    if (at == std::string::npos) return;
    prefix.replace(at, 8, *d.metadata.source);
    Block tmp;
    tmp.text = prefix + text::lower_first(s.text);
    segment_block(tmp, res_);
    if (tmp.sentences.size() != 1) return;
    s = tmp.sentences.front();
  }

  Paragraph as_paragraph(const std::vector<Unit>& units) const {
    Paragraph p;
    for (const Unit& u : units)
      for (const Sentence& s : u.sentences) p.sentences.push_back(s);
    return p;
  }

  std::size_t words_of(const MBlock& b) const {
    std::size_t n = 0;
    for (const Unit& u : b.units) n += u.words;
    return n;
  }

  void weave(std::vector<Unit> run, int input, int line);
  void take_primary();
  void take_secondary(int input);
  Document assemble();
};

void Merger::take_primary() {
  Document& d = docs_[0];
  for (Block& b : d.blocks) {
    MBlock mb;
    mb.block = b;
    mb.block.input = 0;
    mb.id = next_id_++;
    if (b.kind == BlockKind::Article) {
      for (std::vector<Sentence>& group : sentence_units(b.sentences)) {
        Unit u = make_unit(std::move(group), 0, b.line);
        Match m = best_match(u);
        if (m.sim >= 0 && restates(m)) {
          removed_.push_back({unit_text(u), "merge.restatement",
                              "merge: restates line " + std::to_string(body_[m.block].units[m.unit].line) +
                                  " (similarity " + fmt2(m.sim) + ")",
                              b.line, 0});
          continue;
        }
        mb.units.push_back(std::move(u));
      }
      if (mb.units.empty()) continue;
    }
    body_.push_back(std::move(mb));
  }
}

void Merger::weave(std::vector<Unit> run, int input, int line) {
  if (run.empty()) return;
  const WordList& stop = stop_;
  TermBag bag = content_terms(as_paragraph(run), res_.stemmer, stop);
  std::size_t run_words = 0;
  for (const Unit& u : run) run_words += u.words;
  // The article paragraph it is closest to.
  std::size_t anchor = body_.size();
  double best = 0;
  for (std::size_t b = 0; b < body_.size(); ++b) {
    if (body_[b].block.kind != BlockKind::Article) continue;
    // A paragraph that already received runs weighs less, so that one
    // general paragraph does not take every new fact and push the primary's
    // next paragraphs far down.
    std::size_t placed = 0;
    for (const MBlock& o : body_)
      if (o.anchor == body_[b].id) ++placed;
    double c = cosine(bag, content_terms(as_paragraph(body_[b].units), res_.stemmer, stop)) /
               (1.0 + rules_.anchor_decay * static_cast<double>(placed));
    if (c > best + 1e-12) {
      best = c;
      anchor = b;
    }
  }
  if (anchor == body_.size()) {  // nothing in common: after the last paragraph
    for (std::size_t b = body_.size(); b-- > 0;)
      if (body_[b].block.kind == BlockKind::Article) {
        anchor = b;
        break;
      }
    if (anchor == body_.size()) return;
  }
  MBlock& a = body_[anchor];
  std::string text = units_text(run);
  if (run_words < rules_.short_run_words && words_of(a) + run_words <= rules_.max_paragraph_words) {
    traces_.push_back({"merge", "woven " + name(input) + " line " + std::to_string(line), text,
                       "appended to the paragraph of " + name(a.block.input) + " line " + std::to_string(a.block.line) +
                           " (cosine " + fmt2(best) + ")",
                       line});
    for (Unit& u : run) a.units.push_back(std::move(u));
    return;
  }
  MBlock nb;
  nb.block.kind = BlockKind::Article;
  nb.block.line = line;
  nb.block.input = input;
  nb.block.reason = "merge";
  nb.block.rule = "merge: new facts from " + name(input) + ", after line " + std::to_string(a.block.line) + " of " +
                  name(a.block.input) + " (cosine " + fmt2(best) + ")";
  nb.units = std::move(run);
  nb.id = next_id_++;
  nb.anchor = a.id;
  traces_.push_back({"merge", "woven " + name(input) + " line " + std::to_string(line), text,
                     "new paragraph after " + name(a.block.input) + " line " + std::to_string(a.block.line) +
                         " (cosine " + fmt2(best) + ")",
                     line});
  // After the anchor and the paragraphs inserted after it before.
  std::size_t at = anchor + 1;
  while (at < body_.size() && body_[at].anchor == a.id) ++at;
  body_.insert(body_.begin() + static_cast<std::ptrdiff_t>(at), std::move(nb));
}

void Merger::take_secondary(int input) {
  Document& d = docs_[static_cast<std::size_t>(input)];
  for (Block& b : d.blocks) {
    if (b.kind == BlockKind::Removed || b.kind == BlockKind::Title) {
      removed_.push_back({b.original, b.kind == BlockKind::Title ? "title" : b.reason, b.rule, b.line, input});
      continue;
    }
    if (b.kind == BlockKind::Heading) {
      removed_.push_back({b.original, "merge.heading", "merge: subheading of a secondary input", b.line, input});
      continue;
    }
    if (b.kind != BlockKind::Article) continue;
    std::vector<Unit> run;
    int run_line = b.line;
    for (std::vector<Sentence>& group : sentence_units(b.sentences)) {
      Unit u = make_unit(std::move(group), input, b.line);
      // A fragment whose beginning was lost in that input is not woven in.
      if (text::starts_with_lower(u.sentences.front().text)) {
        removed_.push_back({unit_text(u), "merge.fragment", "merge: starts mid-sentence, not woven in", b.line, input});
        continue;
      }
      if (u.words < rules_.min_words) {
        removed_.push_back({unit_text(u), "merge.short", "merge: fewer than " + std::to_string(rules_.min_words) +
                                                             " words, not woven in",
                            b.line, input});
        continue;
      }
      std::size_t cb = 0, cu = 0;
      std::string what;
      if (find_contradiction(u, cb, cu, what)) {
        weave(std::move(run), input, run_line);
        run.clear();
        // Recomputed: weave may have inserted a block before cb.
        find_contradiction(u, cb, cu, what);
        Unit& other = body_[cb].units[cu];
        std::string mine, theirs, word;
        for (const Quantity& q : u.sig.quantities)
          if (q.unit == what) mine += (mine.empty() ? "" : ", ") + q.value, word = q.word;
        for (const Quantity& q : other.sig.quantities)
          if (q.unit == what) theirs += (theirs.empty() ? "" : ", ") + q.value;
        warnings_.push_back("sources disagree on a figure (" + word + "): " + theirs + " in " + name(other.input) +
                            " line " + std::to_string(other.line) + ", " + mine + " in " + name(input) + " line " +
                            std::to_string(b.line) + "; both are kept, side by side");
        name_source(other);
        name_source(u);
        traces_.push_back({"merge", "contradiction " + name(input) + " line " + std::to_string(b.line), unit_text(u),
                           "kept after: " + unit_text(other), b.line});
        body_[cb].units.insert(body_[cb].units.begin() + static_cast<std::ptrdiff_t>(cu) + 1, std::move(u));
        continue;
      }
      Match m = best_match(u);
      if (m.sim >= 0 && restates(m)) {
        weave(std::move(run), input, run_line);
        run.clear();
        m = best_match(u);
        Unit& kept = body_[m.block].units[m.unit];
        if (more_informative(u.sig, kept.sig) && u.sentences.size() == kept.sentences.size()) {
          removed_.push_back({unit_text(kept), "merge.restatement",
                              "merge: said more fully by " + name(input) + " line " + std::to_string(b.line) +
                                  " (similarity " + fmt2(m.sim) + ")",
                              kept.line, kept.input});
          traces_.push_back({"merge", "replaced " + name(kept.input) + " line " + std::to_string(kept.line),
                             unit_text(u), "more informative version from " + name(input) + " line " +
                                               std::to_string(b.line),
                             b.line});
          kept = std::move(u);
        } else {
          removed_.push_back({unit_text(u), "merge.restatement",
                              "merge: restates " + name(kept.input) + " line " + std::to_string(kept.line) +
                                  " (similarity " + fmt2(m.sim) + ")",
                              b.line, input});
        }
        continue;
      }
      if (run.empty()) run_line = b.line;
      run.push_back(std::move(u));
    }
    weave(std::move(run), input, run_line);
  }
}

Document Merger::assemble() {
  Document& p = docs_[0];
  Document m;
  m.name = p.name;
  m.input = p.input;
  m.text = p.text;
  m.settings = p.settings;
  m.metadata = p.metadata;
  for (std::size_t i = 0; i < docs_.size(); ++i) {
    Document& d = docs_[i];
    int in = static_cast<int>(i);
    if (i > 0) {
      if (!m.settings.min_words_forced) m.settings.min_words = std::max(m.settings.min_words, d.settings.min_words);
      for (const std::string& id : d.settings.directives)
        if (std::find(m.settings.directives.begin(), m.settings.directives.end(), id) == m.settings.directives.end())
          m.settings.directives.push_back(id);
      auto fill = [](std::optional<std::string>& to, const std::optional<std::string>& from) {
        if (!to && from) to = from;
      };
      fill(m.metadata.date, d.metadata.date);
      fill(m.metadata.date_modified, d.metadata.date_modified);
      fill(m.metadata.date_text, d.metadata.date_text);
      fill(m.metadata.dateline, d.metadata.dateline);
      if (!m.metadata.author && d.metadata.author) m.metadata.authors = d.metadata.authors;
      fill(m.metadata.author, d.metadata.author);
      fill(m.metadata.agency, d.metadata.agency);
      if (m.metadata.date) m.metadata.date_text.reset();  // as the metadata stage does
    }
    for (Removed r : d.removed) {
      r.input = in;
      m.removed.push_back(std::move(r));
    }
    for (const std::string& w : d.warnings) m.warnings.push_back(d.name + ": " + w);
    for (Trace t : d.traces) {
      t.what = d.name + ": " + t.what;
      m.traces.push_back(std::move(t));
    }
    m.sources.push_back(source_of(d));
  }
  for (Removed& r : removed_) m.removed.push_back(std::move(r));
  for (std::string& w : warnings_) m.warnings.push_back(std::move(w));
  for (Trace& t : traces_) m.traces.push_back(std::move(t));
  // The primary's title, else the first secondary's.
  bool has_title = std::any_of(body_.begin(), body_.end(),
                               [](const MBlock& b) { return b.block.kind == BlockKind::Title; });
  for (MBlock& mb : body_) {
    Block b = std::move(mb.block);
    if (b.kind == BlockKind::Article) {
      std::string t = units_text(mb.units);
      if (b.text != t) {
        b.text = t;
        if (b.input != 0 || b.reason == "merge") b.original = t;
        segment_block(b, res_);
      }
    }
    m.blocks.push_back(std::move(b));
  }
  if (!has_title) {
    for (std::size_t i = 1; i < docs_.size(); ++i) {
      auto it = std::find_if(docs_[i].blocks.begin(), docs_[i].blocks.end(),
                             [](const Block& b) { return b.kind == BlockKind::Title; });
      if (it == docs_[i].blocks.end()) continue;
      Block t = *it;
      t.input = static_cast<int>(i);
      m.blocks.insert(m.blocks.begin(), t);
      m.metadata.original_title = docs_[i].metadata.original_title;
      // Not in removed as a secondary's title any more: it is this article's.
      std::erase_if(m.removed, [&](const Removed& r) {
        return r.input == static_cast<int>(i) && r.reason == "title" && r.line == t.line;
      });
      break;
    }
  }
  return m;
}

Document Merger::run() {
  take_primary();
  for (std::size_t i = 1; i < docs_.size(); ++i) take_secondary(static_cast<int>(i));
  return assemble();
}

}  // namespace

Document merge_documents(std::vector<Document> docs, Resources& res) {
  if (docs.empty()) throw Error(ExitCode::kUsage, "nothing to merge");
  Merger m(docs, res);
  return m.run();
}

}  // namespace titraille

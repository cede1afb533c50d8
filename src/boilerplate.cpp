#include "boilerplate.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "resources.h"
#include "text.h"

namespace titraille {
namespace {

// One rule element: its <pattern>s, match mode ("whole" or "find") and word
// limit. Top-level rules and the <open>/<member> parts of a <section> share it.
BoilerplateRules::Rule load_rule(const RuleFile& file, pugi::xml_node n, std::string id, std::string reason,
                                 bool find_default, std::size_t max_words, const std::string& missing) {
  BoilerplateRules::Rule r;
  r.id = std::move(id);
  r.reason = std::move(reason);
  r.max_words = n.attribute("max-words").as_uint(static_cast<unsigned>(max_words));
  r.search = std::string_view(n.attribute("match").as_string(find_default ? "find" : "whole")) == "find";
  r.core_penalty = n.attribute("core-penalty").as_double(-1);
  r.inline_header = n.attribute("inline").as_bool(false);
  r.after_article = n.attribute("after-article").as_bool(false);
  r.header = n.attribute("header").as_bool(false);
  r.offer = n.attribute("offer").as_bool(false);
  r.introduces_post = n.attribute("introduces-post").as_bool(false);
  r.post_time = n.attribute("post-time").as_bool(false);
  r.attribution = n.attribute("attribution").as_bool(false);
  r.after_name = n.attribute("after-name").as_bool(false);
  r.closes_post = n.attribute("closes-post").as_bool(false);
  r.box_item = n.attribute("box-item").as_bool(false);
  r.self_contained = n.attribute("self-contained").as_bool(false);
  for (pugi::xml_node p : n.children("pattern")) r.patterns.push_back(file.pattern(p, r.id));
  if (r.patterns.empty()) file.fail(r.id, missing);
  return r;
}

std::vector<BoilerplateRules::Rule> load(const RuleFile& file, const char* element) {
  std::vector<BoilerplateRules::Rule> rules;
  for (pugi::xml_node n : file.root().children(element))
    rules.push_back(load_rule(file, n, n.attribute("id").as_string(element), n.attribute("reason").as_string("boilerplate"),
                              false, BoilerplateRules::Rule{}.max_words, "no <pattern>"));
  return rules;
}

// The <open> or <member> children of a <section>: one rule per element, each
// with its own match mode and word limit.
std::vector<BoilerplateRules::Rule> load_parts(const RuleFile& file, pugi::xml_node section, const char* element,
                                               bool find_default, std::size_t max_words, const std::string& id) {
  std::vector<BoilerplateRules::Rule> parts;
  for (pugi::xml_node n : section.children(element))
    parts.push_back(load_rule(file, n, id, section.attribute("reason").as_string("boilerplate"), find_default, max_words,
                              std::string("no <pattern> in <") + element + ">"));
  return parts;
}

std::vector<BoilerplateRules::Section> load_sections(const RuleFile& file) {
  std::vector<BoilerplateRules::Section> sections;
  for (pugi::xml_node n : file.root().children("section")) {
    BoilerplateRules::Section sec;
    sec.id = n.attribute("id").as_string("section");
    sec.reason = n.attribute("reason").as_string("boilerplate");
    sec.member_max_words = n.attribute("member-max-words").as_uint(80);
    sec.max_blocks = n.attribute("max-blocks").as_uint(12);
    sec.opened_by_author = n.attribute("opened-by-author").as_bool(false);
    sec.author_separators = text::split_words(n.attribute("author-separators").as_string());
    sec.opens = load_parts(file, n, "open", false, 30, sec.id);
    sec.members = load_parts(file, n, "member", true, sec.member_max_words, sec.id);
    if (sec.opens.empty()) file.fail(sec.id, "no <open>");
    sections.push_back(std::move(sec));
  }
  return sections;
}

const BoilerplateRules::Rule* full_match(const std::vector<BoilerplateRules::Rule>& rules, const icu::UnicodeString& s,
                                         std::size_t words = 0) {
  for (const auto& r : rules) {
    if (words > r.max_words) continue;
    int32_t b, e;
    for (const Pattern& p : r.patterns)
      if (r.search ? p.find(s, 0, b, e) : p.full(s)) return &r;
  }
  return nullptr;
}

// Whether the metadata stage moved the block out (a date, a byline).
bool metadata_line(const Block& b) { return b.reason.rfind("metadata.", 0) == 0; }

void remove(Block& b, std::string reason, std::string rule) {
  b.kind = BlockKind::Removed;
  b.reason = std::move(reason);
  b.rule = std::move(rule);
}

class Classifier {
 public:
  Classifier(Document& doc, const BoilerplateRules& rules, const LanguageId& language)
      : doc_(doc), rules_(rules), blocks_(doc.blocks) {
    features_.reserve(blocks_.size());
    u_.reserve(blocks_.size());
    printable_ascii_.reserve(blocks_.size());
    for (Block& b : blocks_) {
      u_.push_back(text::u(b.text));  // the text does not change in this stage
      printable_ascii_.push_back(static_cast<std::size_t>(
          std::count_if(b.text.begin(), b.text.end(), [](char c) { return c >= '!' && c <= '~'; })));
      features_.push_back(block_features(b, rules_, language, &words_));
      b.score = score(features_.back());
    }
  }

  void run() {
    apply_rules();
    apply_sections();
    mark_foreign();
    follow_related_headers();
    mark_contents();
    find_title();
    mark_interface_lines();
    decide_rest();
  }

 private:
  const BoilerplateRules::Thresholds& lim() const { return rules_.limits; }

  static double score(const BlockFeatures& f) {
    double words = std::min(1.0, static_cast<double>(f.words) / 20.0);
    double fr = f.words ? std::min(1.0, static_cast<double>(f.french) / static_cast<double>(f.words) / 0.4) : 0;
    double s = 0.4 * words + 0.3 * (f.terminal ? 1 : 0) + 0.3 * fr;
    if (f.foreign > f.french) s -= 0.5;
    return std::max(0.0, s);
  }

  static bool is_foreign(const BlockFeatures& f) { return f.foreign_line; }

  // A finished sentence followed by more text ("…la décision.« une erreur").
  // What follows the mark must not read as the same sentence going on: a
  // lower-case word, or a number after a short abbreviation ("ép. 5",
  // "vol. 2").
  static bool inner_sentence_end(const std::string& t) {
    std::string_view core = text::strip_closers(t);
    for (std::size_t k = 1; k + 1 < core.size(); ++k) {
      char c = core[k];
      if (c != '.' && c != '!' && c != '?') continue;
      std::string_view head = core.substr(0, k);
      char32_t before = text::last_char(head);
      char32_t after = text::first_char(core.substr(k + 1));
      if (!text::is_lower(before) || text::is_letter(after) || text::is_digit(after) || after == U'.') continue;
      std::size_t n = k + 1;
      while (n < core.size() && core[n] == ' ') ++n;
      char32_t next = text::first_char(core.substr(n));
      if (text::is_lower(next)) continue;
      if (text::is_digit(next) && c == '.') {
        std::size_t letters = 0;
        for (std::size_t p = head.size(); p > 0 && letters < 3; ++letters) {
          p = text::prev_char_start(head, p);
          if (!text::is_letter(text::first_char(head.substr(p)))) break;
        }
        if (letters < 3) continue;
      }
      return true;
    }
    return false;
  }

  bool article_like(std::size_t i) const {
    const BlockFeatures& f = features_[i];
    if (is_foreign(f)) return false;
    if (f.words >= lim().article_min_words && inner_sentence_end(blocks_[i].text)) return true;
    // A one-sentence question of headline length is a headline.
    if (f.question && blocks_[i].sentences.size() <= 1 && f.words <= lim().heading_max_words_no_comma) return false;
    if (f.terminal && f.words >= lim().article_min_words) return true;
    // (A line of figures, a ticker, is none: some of its words are French.)
    return f.words >= lim().article_unpunctuated_min_words && !few_french(f, f.words) && !heading_like(i);
  }

  // Fewer than one French word in french-min-part of `words`.
  bool few_french(const BlockFeatures& f, std::size_t words) const { return f.french * lim().french_min_part < words; }

  // The line's last word is one no phrase ends with (« …la réouverture des »).
  bool ends_unfinished(std::size_t i) const {
    const Token* t = last_non_punct(blocks_[i].sentences);
    return t && t->kind == TokenKind::Word && rules_.unfinished_end->contains(t->form());
  }

  // A phrase of a few words, capitalised, without a sentence end, not a
  // list of names.
  bool heading_shape(std::size_t i) const {
    const BlockFeatures& f = features_[i];
    const Block& b = blocks_[i];
    if (f.words < 2 || (f.terminal && !f.question)) return false;
    if (!text::starts_with_upper(b.text) && !text::is_digit(text::first_char(b.text))) return false;
    if (is_foreign(f) || inner_sentence_end(b.text) || ends_unfinished(i)) return false;
    if (f.capitalized == f.words && f.stop == 0) return false;
    if (f.words <= lim().heading_max_words) return true;
    return f.words <= lim().heading_max_words_no_comma && !f.comma;
  }

  // Headings are French phrases: some French words.
  bool heading_like(std::size_t i) const {
    const BlockFeatures& f = features_[i];
    return heading_shape(i) && f.french != 0 && !few_french(f, f.words);
  }

  // A heading whose words are mostly missing from the French word lists
  // (« Pogacar conforte son maillot jaune »): it announces the paragraph
  // after it, which repeats one of its words; a French stop word, no
  // interface word, no colon (« Lyon : … » is a teaser's form) and no list
  // mark.
  bool announcing_heading(std::size_t i) const {
    const BlockFeatures& f = features_[i];
    const std::string& t = blocks_[i].text;
    return heading_shape(i) && f.french >= 1 && f.stop >= 1 && f.ui == 0 && t.find(':') == std::string::npos &&
           text::list_mark(t).empty() && headline_of_next(i, 1);
  }

  // A headline: like a heading, up to title-max-words even with commas.
  bool title_like(std::size_t i) const {
    const BlockFeatures& f = features_[i];
    const Block& b = blocks_[i];
    if (f.words < 3 || f.words > lim().title_max_words || (f.terminal && !f.question)) return false;
    if (!text::starts_with_upper(b.text) && !text::is_digit(text::first_char(b.text))) return false;
    // Some French words, names apart (« Top 14 : Toulouse renverse
    // Bordeaux-Bègles… » names a team and a town).
    if (is_foreign(f) || f.french == 0 || few_french(f, f.words - std::min(f.words, f.capitalized))) return false;
    return !(f.capitalized == f.words && f.stop == 0);
  }

  // A teaser of the list a "read more" line closes: inside a list (after a
  // related header, a teaser or a read-more line), or a headline glued to
  // its lead ("…l’AzerbaïdjanSelon le dernier bilan…"), or no article text.
  bool teaser_before_readmore(std::size_t i) const {
    if (!article_like(i)) return true;
    for (std::size_t k = i; k-- > 0;) {
      const Block& b = blocks_[k];
      // A teaser whole on its line (« Lire aussi : … ») opens no list: the
      // paragraph of the story after it is no item.
      if (one_line_teaser_[k]) continue;
      if (b.kind == BlockKind::Removed && b.reason == "related") return true;
      if (readmore_[k]) return true;
      if (b.kind == BlockKind::Pending || b.kind == BlockKind::Article || b.kind == BlockKind::Title) break;
    }
    // A headline glued to its lead: as long as a headline, with no sentence
    // end inside it (not two sentences of a paragraph that lost the full
    // stop between them, far into it).
    const std::string& t = blocks_[i].text;
    const std::size_t glue = text::case_glue(t, 300);
    if (glue == std::string::npos) return false;
    const std::string head = t.substr(0, glue);
    return !inner_sentence_end(head) && head.find("\u2026 ") == std::string::npos &&
           text::split_words(head).size() <= lim().title_max_words;
  }

  // A teaser's excerpt: followed by its byline, its date or a read-more line.
  bool card(std::size_t i) const {
    return i + 1 < blocks_.size() && (metadata_line(blocks_[i + 1]) || readmore_[i + 1] != nullptr);
  }

  // Index of the next block still undecided or already article, or npos.
  std::size_t next_open(std::size_t i) const {
    for (std::size_t j = i + 1; j < blocks_.size(); ++j)
      if (blocks_[j].kind == BlockKind::Pending || blocks_[j].kind == BlockKind::Article) return j;
    return npos;
  }

  void apply_rules() {
    readmore_.assign(blocks_.size(), nullptr);
    one_line_teaser_.assign(blocks_.size(), false);
    opens_.assign(rules_.sections.size(), std::vector<signed char>(blocks_.size(), -1));
    bool article_seen = false;  // a block before this one reads as article text
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      Block& b = blocks_[i];
      const icu::UnicodeString& s = u_[i];
      readmore_[i] = full_match(rules_.readmore, s);
      const bool article_before = article_seen;
      article_seen = article_seen || (b.kind == BlockKind::Pending && article_like(i));
      if (b.kind != BlockKind::Pending) continue;
      for (std::size_t k = 0; k < rules_.sections.size(); ++k) opens(k, i);
      if (features_[i].words <= lim().related_max_words) {
        if (const auto* r = full_match(rules_.related, s)) {
          remove(b, r->reason, "boilerplate:" + r->id);
          opener_.push_back(i);
          opener_rule_.push_back(r);
          continue;
        }
      }
      if (const auto* r = full_match(rules_.teasers, s); r && (article_before || !r->after_article)) {
        remove(b, r->reason, "boilerplate:" + r->id);
        one_line_teaser_[i] = true;
        continue;
      }
      if (const auto* r = full_match(rules_.lines, s, features_[i].words)) {
        if (r->after_name) {
          if (i == 0 || blocks_[i - 1].kind != BlockKind::Pending || !name_like(i - 1)) continue;
          remove(blocks_[i - 1], r->reason, "boilerplate:" + r->id);
        }
        remove(b, r->reason, "boilerplate:" + r->id);
        if (r->post_time) b.hint = "post-time";
        continue;
      }
    }
    // A block followed by a "read more" line is a teaser.
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      const BoilerplateRules::Rule* rm = readmore_[i];
      if (!rm) continue;
      bool teaser = i > 0 && blocks_[i - 1].kind == BlockKind::Pending && teaser_before_readmore(i - 1);
      if (teaser) remove(blocks_[i - 1], rm->reason, "boilerplate:teaser (followed by a " + rm->id + " line)");
      if (blocks_[i].kind == BlockKind::Pending || (teaser && blocks_[i].reason == "boilerplate.ui"))
        remove(blocks_[i], teaser ? rm->reason : "boilerplate.ui", "boilerplate:" + rm->id);
      // With inline="true", a read-more line that two headlines follow
      // opens their list (an aggregator's teasers under « Read more »
      // between two parts of the article), an inline one: it costs the
      // article's core little.
      if (rm->inline_header && i + 2 < blocks_.size() && title_like(i + 1) && !article_like(i + 1) &&
          title_like(i + 2) && !article_like(i + 2)) {
        const auto at = std::lower_bound(opener_.begin(), opener_.end(), i);
        opener_rule_.insert(opener_rule_.begin() + (at - opener_.begin()), rm);
        opener_.insert(at, i);
      }
    }
  }

  // Widgets of several lines (<section>): from each block matching an
  // <open> rule, the neighbouring blocks that match a <member> rule, after
  // then before it. Blocks already taken by the metadata stage, the title or
  // a prompt are not touched, and stop the section.
  void apply_sections() {
    for (std::size_t k = 0; k < rules_.sections.size(); ++k) {
      const auto& sec = rules_.sections[k];
      for (std::size_t i = 0; i < blocks_.size(); ++i) {
        Block& b = blocks_[i];
        if (!open_to_section(i) || !opens(k, i)) continue;
        const std::string rule = "boilerplate:" + sec.id;
        const std::string member_rule = rule + " (opened on line " + std::to_string(b.line) + ")";
        remove(b, sec.reason, rule);
        std::size_t taken = 1, last = i;
        for (std::size_t j = i + 1; j < blocks_.size() && taken < sec.max_blocks; ++j, ++taken) {
          if (!member_of(k, j)) break;
          remove(blocks_[j], sec.reason, member_rule);
          last = j;
        }
        for (std::size_t j = i; j-- > 0 && taken < sec.max_blocks; ++taken) {
          if (!member_of(k, j)) break;
          remove(blocks_[j], sec.reason, member_rule);
        }
        i = last;
      }
    }
  }

  bool open_to_section(std::size_t i) const {
    const Block& b = blocks_[i];
    if (b.kind == BlockKind::Pending) return true;
    return b.kind == BlockKind::Removed && b.rule.rfind("boilerplate:", 0) == 0;
  }

  // One of the rules matches block i (each within its max-words).
  bool matches(const std::vector<BoilerplateRules::Rule>& rules, std::size_t i) const {
    return full_match(rules, u_[i], features_[i].words) != nullptr;
  }

  bool member_of(std::size_t k, std::size_t j) const {
    const BoilerplateRules::Section& sec = rules_.sections[k];
    if (!open_to_section(j) || features_[j].words > sec.member_max_words) return false;
    return opens(k, j) || matches(sec.members, j);
  }

  // Block i matches an <open> rule of section k. Computed in apply_rules for
  // every pending block, while the prefilter still holds that block's scan
  // (it keeps the last subject only, and apply_sections goes through the
  // blocks once per section); on demand for the others.
  bool opens(std::size_t k, std::size_t i) const {
    signed char& hit = opens_[k][i];
    if (hit < 0) {
      const BoilerplateRules::Section& sec = rules_.sections[k];
      hit = matches(sec.opens, i) || (sec.opened_by_author && features_[i].words <= sec.member_max_words &&
                                      names_an_author(blocks_[i].text, sec.author_separators) &&
                                      matches(sec.members, i));
    }
    return hit;
  }

  // The block starts with the name of one of the byline's authors (« Claire
  // Dumas est journaliste… », « Claire Dumas, journaliste… »). Names of one
  // word are not trusted: an agency, a first name.
  bool names_an_author(std::string_view t, const std::vector<std::string>& separators) const {
    if (!doc_.metadata.author) return false;
    // The byline's names: its words up to a separator word or a comma.
    std::vector<std::string> names(1);
    for (std::string w : text::split_words(*doc_.metadata.author)) {
      const bool comma = w.ends_with(',');
      if (comma) w.pop_back();
      if (std::find(separators.begin(), separators.end(), text::lower(w)) != separators.end()) {
        names.emplace_back();
        continue;
      }
      if (!w.empty()) names.back() += (names.back().empty() ? "" : " ") + w;
      if (comma) names.emplace_back();
    }
    for (const std::string& name : names) {
      if (name.find(' ') == std::string::npos || !t.starts_with(name)) continue;
      const char32_t after = text::first_char(t.substr(name.size()));
      if (!text::is_letter(after) && !text::is_digit(after)) return true;
    }
    return false;
  }


  void mark_foreign() {
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      const BlockFeatures& f = features_[i];
      if (blocks_[i].kind == BlockKind::Pending && is_foreign(f))
        remove(blocks_[i], "boilerplate.foreign",
               "features: language " + f.language + (f.by_script ? " by script" : "") + " (" + f.summary() + ")");
    }
  }

  void find_title() {
    std::size_t title = npos;
    for (std::size_t i = 0; i < blocks_.size(); ++i)
      if (blocks_[i].kind == BlockKind::Pending && blocks_[i].hint == "title") {
        title = i;
        break;
      }
    if (title == npos) {
      // Headlines before the article: a repeated one of at least
      // title-min-words words wins, then any repeated one (a short repeated
      // line is often a menu item, so a long one comes first), then one of at
      // least title-min-words words, then the first.
      std::size_t first = npos, long_one = npos, repeated = npos, repeated_long = npos;
      // (A short line the page repeats only after the article's last
      // paragraph is the site's name in its header and its footer, « Le
      // Quotidien des Territoires », no headline.)
      std::size_t last_text = 0;
      for (std::size_t k = 0; k < blocks_.size(); ++k)
        if (blocks_[k].kind == BlockKind::Pending && article_like(k) && features_[k].terminal) last_text = k;
      for (std::size_t i = 0; i < blocks_.size(); ++i) {
        if (blocks_[i].kind != BlockKind::Pending) continue;
        // An unpunctuated headline may be as long as a short paragraph.
        bool headline = title_like(i) && !features_[i].terminal;
        if (article_like(i) && !headline) break;
        if (!title_like(i) || !text::list_mark(blocks_[i].text).empty()) continue;  // (a list item is no headline)
        if (first == npos) first = i;
        if (long_one == npos && features_[i].words >= lim().title_min_words) long_one = i;
        if (repeated == npos || repeated_long == npos) {
          for (std::size_t k = 0; k < blocks_.size(); ++k)
            if (k != i && same_key(k, i)) {
              if (repeated == npos && (k < last_text || features_[i].words >= lim().title_min_words)) repeated = i;
              if (repeated_long == npos && features_[i].words >= lim().title_min_words) repeated_long = i;
            }
        }
      }
      title = repeated_long != npos ? repeated_long
              : repeated != npos    ? repeated
              : long_one != npos    ? long_one
                                    : first;
    }
    if (title == npos) return;
    set_title(title, blocks_[title].hint == "title" ? "boilerplate:title after a title directive"
                                                    : "boilerplate:first headline before the article");
  }

  // The source's headline is `title`: it becomes the Title block and its
  // repetitions duplicates.
  void set_title(std::size_t title, std::string rule) {
    title_ = title;
    Block& t = blocks_[title];
    t.kind = BlockKind::Title;
    t.reason = "title";
    t.rule = std::move(rule);
    doc_.metadata.original_title = t.text;
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      if (i == title) continue;
      Block& b = blocks_[i];
      if ((b.kind == BlockKind::Pending || b.kind == BlockKind::Removed) && same_key(i, title) &&
          b.reason != "prompt")
        remove(b, "duplicate", "boilerplate:repeats the title (line " + std::to_string(t.line) + ")");
    }
  }

  // The headline of the article itself, below a related header (a "trending"
  // bar over the page): a headline, at most two short lines (the author's
  // name), a date the metadata stage took, then two paragraphs in a row. A
  // teaser card's excerpt is followed by the next card, not by a paragraph.
  bool article_headline(std::size_t j) const {
    if (!title_like(j)) return false;
    bool dated = false;
    std::size_t short_lines = 0, k = j + 1;
    for (; k < blocks_.size(); ++k) {
      const Block& b = blocks_[k];
      if (b.kind == BlockKind::Removed) {
        if (metadata_line(b)) dated = true;
        continue;
      }
      if (b.kind != BlockKind::Pending) return false;
      if (article_like(k)) break;
      if (features_[k].words > 4 || features_[k].terminal || ++short_lines > 2) return false;
    }
    if (!dated || k >= blocks_.size()) return false;
    const std::size_t next = next_open(k);
    return next != npos && article_like(next);
  }

  // Whether article text comes before block i.
  bool article_before(std::size_t i) const {
    for (std::size_t k = 0; k < i; ++k)
      if ((blocks_[k].kind == BlockKind::Pending && article_like(k)) || blocks_[k].kind == BlockKind::Article)
        return true;
    return false;
  }

  // A headline opened by a kicker: one to `kicker-max-words` words, the
  // first capitalised, and a colon (« Vierzon : un nouveau cinéma… »).
  bool kicker_form(std::size_t j) const {
    const std::string& t = blocks_[j].text;
    const std::size_t colon = t.find(':');
    if (colon == std::string::npos || colon == 0 || !text::starts_with_upper(t)) return false;
    const std::size_t words = text::split_words(t.substr(0, colon)).size();
    return words >= 1 && words <= lim().kicker_max_words;
  }

  // Block j is right above article text that repeats at least
  // `headline-shared-words` of its words (lower case, four letters or more,
  // not stop words): it heads that text.
  bool headline_of_next(std::size_t j, std::size_t min_shared = 0) const {
    const std::size_t next = next_open(j);
    if (next == npos || !article_like(next)) return false;
    auto words = [&](const Block& b) {
      std::set<std::string> out;
      for (const Sentence& s : b.sentences)
        for (const Token& t : s.tokens)
          if (t.kind == TokenKind::Word && !t.elided && text::length(t.lower) >= 4 &&
              !rules_.stopwords->contains(t.lower))
            out.insert(t.lower);
      return out;
    };
    const std::set<std::string> head = words(blocks_[j]), body = words(blocks_[next]);
    std::size_t shared = 0;
    for (const std::string& w : head) shared += body.count(w);
    return shared >= (min_shared ? min_shared : lim().headline_shared_words);
  }

  // An item of a related list removed before the list was followed: a
  // teaser or a read-more line, or a line in another language (an
  // aggregator's teaser).
  static bool removed_item(const Block& b) {
    return b.kind == BlockKind::Removed && (b.reason == "related" || b.reason == "boilerplate.foreign");
  }

  void follow_related_headers() {
    inline_related_.assign(blocks_.size(), false);
    offer_part_.assign(blocks_.size(), false);
    for (std::size_t o = 0; o < opener_.size(); ++o) {
      const std::size_t opener = opener_[o];
      const bool inline_header = opener_rule_[o]->inline_header;
      if (inline_header) inline_related_[opener] = true;
      bool first = true;           // no item seen yet
      bool after_headline = false;  // the previous item was a teaser headline
      std::size_t items = 0;        // blocks taken as items so far
      std::size_t last_item = npos;  // the item taken last
      // The mark every item so far opened with ("" when they differ or have
      // none): in a numbered or bulleted list, a line without it ends the list.
      std::string mark;
      // Whether the article resumes right after the list with a heading
      // over article text.
      bool resumed = false;
      std::size_t j = opener + 1;
      for (; j < blocks_.size(); ++j) {
        Block& b = blocks_[j];
        if (b.kind != BlockKind::Pending) {
          // The comment section or the footer closes the list.
          if (b.reason == "boilerplate.comments" || b.reason == "boilerplate.footer") break;
          if (b.kind == BlockKind::Removed) after_headline = false;
          if (removed_item(b)) first = false;
          continue;
        }
        if (!first && article_headline(j)) break;
        // A list opened in the page header ("Top Stories World Business")
        // does not take the article's headline: a headline right above
        // the first paragraph that shares words with it.
        if (first && !article_before(opener) && title_like(j) && headline_of_next(j)) break;
        const std::string this_mark(text::list_mark(b.text));
        if (items >= 2 && !mark.empty() && this_mark.empty()) break;
        mark = first || this_mark == mark ? this_mark : "";
        bool teaser_next = j + 1 < blocks_.size() && readmore_[j + 1] != nullptr;
        if (!teaser_next && !(card(j) && !first) && !excerpt(j, items)) {
          if (article_like(j)) break;
          std::size_t next = next_open(j);
          // A heading followed by article text ends the list, unless it
          // follows another headline of the list (not under an inline
          // header: « Lire aussi », one teaser, then the article's own
          // subheading) or heads a card (its excerpt followed by a byline
          // or a date).
          // (After a headline of the list, a heading without a colon
          // that shares a word with the text after it heads that text:
          // « La vie d’une famille aisée » over « …une famille de notables ».)
          auto own_heading = [&] { return blocks_[j].text.find(':') == std::string::npos && headline_of_next(j, 1); };
          // (Two headlines of one list in the same « Place : … » form, the
          // second not heading the text after it, are both teasers, even
          // under an inline header: « Bourges : … », « Vierzon : … ».)
          auto same_form = [&] {
            return after_headline && last_item != npos && kicker_form(last_item) && kicker_form(j) &&
                   !headline_of_next(j, 1);
          };
          if (!first && heading_like(j) && next != npos && article_like(next) && !card(next) &&
              (!after_headline || inline_header || own_heading()) && !same_form()) {
            resumed = true;
            break;
          }
          if (features_[j].words > lim().related_max_words) break;
        }
        after_headline = title_like(j) || heading_like(j);
        remove(b, "related", "boilerplate:listed after the related-content header on line " +
                                 std::to_string(blocks_[opener].line));
        inline_related_[j] = inline_header;
        first = false;
        ++items;
        last_item = j;
      }
      // A list of a teaser or two after which the article resumes under a
      // heading (an aggregator's « Berita Terkait » between two paragraphs)
      // is an insert too, its header and items, removed here or in another
      // language.
      if (resumed && !inline_header && j - opener - 1 <= lim().insert_max_items)
        for (std::size_t k = opener; k < j; ++k)
          if (k == opener || removed_item(blocks_[k])) inline_related_[k] = true;
    }
  }

  // A teaser's excerpt inside a related list of at least two items so far:
  // short article text followed by another item of the list (a line that is
  // not article text and does not head article text), not by the article
  // resuming.
  bool excerpt(std::size_t j, std::size_t items) const {
    if (items < 2 || !article_like(j) || features_[j].words > lim().related_excerpt_max_words) return false;
    // (It says what the headline above it says: a paragraph of sentences
    // that shares no word with it goes on with the article.)
    if (features_[j].terminal && !headline_of_next(j - 1, 1)) return false;
    std::size_t next = next_open(j);
    if (next == npos || article_like(next)) return false;
    std::size_t after = next_open(next);
    return !(heading_like(next) && after != npos && article_like(after));
  }

  void mark_interface_lines() {
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      Block& b = blocks_[i];
      const BlockFeatures& f = features_[i];
      if (b.kind != BlockKind::Pending || f.terminal || f.words == 0) continue;
      if (f.words <= lim().ui_max_words &&
          static_cast<double>(f.ui) >= lim().ui_min_share * static_cast<double>(f.words)) {
        remove(b, "boilerplate.ui", "features: interface words (" + f.summary() + ")");
      } else if (f.words >= lim().menu_min_words && f.stop == 0 && f.capitalized == f.words) {
        remove(b, "boilerplate.nav", "features: menu of capitalised words (" + f.summary() + ")");
      }
    }
  }

  // A one- or two-word subheading between two paragraphs ("Financement").
  bool short_heading(std::size_t i) const {
    const BlockFeatures& f = features_[i];
    const Block& b = blocks_[i];
    if (f.words == 0 || f.words > 2 || f.terminal || is_foreign(f) || !text::starts_with_upper(b.text)) return false;
    if (f.words == 2 && f.capitalized == 2) return false;  // a signature ("Jeanne Martin")
    return i > 0 && (blocks_[i - 1].kind == BlockKind::Pending || blocks_[i - 1].kind == BlockKind::Article) &&
           article_like(i - 1);
  }

  // The last line of an article that ends without a full stop ("Sans
  // recherche, pas d’avenir"): a French phrase of a few words.
  bool closing_line(std::size_t i) const {
    const BlockFeatures& f = features_[i];
    const Block& b = blocks_[i];
    if (f.words < 5 || f.words > lim().heading_max_words || is_foreign(f) || !text::starts_with_upper(b.text))
      return false;
    // Not a lead-in to something else ("Faire un don en ligne :").
    if (text::last_char(b.text) == U':') return false;
    return f.stop >= 2 && f.french * 3 >= f.words * 2 && f.capitalized * 3 <= f.words && f.ui * 4 < f.words;
  }

  // The last item of a run of labelled sentences the article ends with: a
  // chronology or a programme (« 4 novembre : vote solennel sur l’ensemble du
  // texte. » then « Mi-novembre : examen au Sénat. »). Like the item before
  // it, a short label, a colon, and a sentence.
  bool next_labelled_item(std::size_t i) const {
    auto labelled = [&](std::size_t k) { return features_[k].terminal && labelled_line(k); };
    const BlockFeatures& f = features_[i];
    return i > 0 && blocks_[i - 1].kind == BlockKind::Article && f.words >= 3 && !is_foreign(f) && f.french >= 1 &&
           labelled(i) && labelled(i - 1);
  }

  // The second line of a two-line heading inside the article ("Le Vercors à
  // pied (guide, 240 pages, Glénat)" under "Pour les amateurs de grands
  // espaces"): a short unpunctuated line opening with a capital.
  bool subtitle(std::size_t i) const {
    const BlockFeatures& f = features_[i];
    return blocks_[i].kind == BlockKind::Pending && f.words >= 2 && f.words <= lim().heading_max_words &&
           !f.terminal && !is_foreign(f) && text::starts_with_upper(blocks_[i].text) && !article_like(i);
  }

  // A <figure> line ("184 250 euros", "dont 12 % de femmes"); under a
  // <figure-header>, a <ranked> line too.
  bool figure_line(std::size_t i, bool under_header = false) const {
    if (blocks_[i].kind != BlockKind::Pending && !(under_header && box_item(i))) return false;
    // (Asked many times of a block, answered once: the text does not change.)
    std::vector<signed char>& known = figure_known_[under_header ? 1 : 0];
    if (known.size() != blocks_.size()) known.assign(blocks_.size(), -1);
    if (known[i] < 0) known[i] = figure_match(i, under_header) ? 1 : 0;
    return known[i] == 1;
  }

  bool figure_match(std::size_t i, bool under_header) const {
    auto line = [&](const icu::UnicodeString& s) {
      const std::size_t words = features_[i].words;
      return full_match(rules_.figures, s, words) ||
             (under_header && (full_match(rules_.ranked, s, words) || full_match(rules_.table_rows, s, words)));
    };
    if (line(u_[i])) return true;
    // An item of a box under a bullet (« - Mardi 19 mars : … », « • 87
    // entreprises sinistrées »), read without it.
    const std::string_view mark = text::list_mark(blocks_[i].text);
    return !mark.empty() && mark != "1" && line(text::u(text::without_marks(blocks_[i].text)));
  }

  // A line removed by a rule with box-item="true" (a match sheet's scorers).
  bool box_item(std::size_t i) const { return removed_by(blocks_[i], &BoilerplateRules::Rule::box_item); }

  // A figure line, or the label of one above or below it.
  bool box_line(std::size_t i) const {
    return figure_line(i) || (figure_label(i) && ((i > 0 && figure_line(i - 1)) ||
                                                  (i + 1 < blocks_.size() && figure_line(i + 1))));
  }

  // A <table-row> line with French words (a stock ticker's rows have none).
  bool table_row(std::size_t i) const {
    return blocks_[i].kind == BlockKind::Pending && features_[i].french >= 2 && matches(rules_.table_rows, i);
  }

  // The block before k, past the lines already removed (an ad's label
  // between a paragraph and a box); npos when there is none.
  std::size_t kept_before(std::size_t k) const {
    while (k > 0 && blocks_[k - 1].kind == BlockKind::Removed) --k;
    return k == 0 ? npos : k - 1;
  }

  // A <figure-header> heading right after article text (past removed
  // lines), or right after another table's last line (« Classement de l’étape », its rows, then
  // « Classement général » and its rows): the rule it matches, or null.
  const BoilerplateRules::Rule* figure_header(std::size_t k) const {
    const std::size_t p = kept_before(k);
    if (p == npos || !(is_article(p) || figure_of_[p] != npos || prose_lead_in(p)) || features_[k].words > lim().heading_max_words ||
        features_[k].terminal)
      return nullptr;
    return full_match(rules_.figure_headers, u_[k], features_[k].words);
  }

  // The label of the figure on the next line ("Sommes reçues par le
  // fonds"): a short French line that is not a sentence.
  bool figure_label(std::size_t i) const {
    const BlockFeatures& f = features_[i];
    return blocks_[i].kind == BlockKind::Pending && f.words >= 1 && f.words <= lim().heading_max_words &&
           (!f.terminal || text::last_char(blocks_[i].text) == U':') && !is_foreign(f) && f.french >= 1 &&
           i + 1 < blocks_.size() && figure_line(i + 1);
  }

  // Key figures of the article: after article text ending with a colon (a
  // paragraph, or a French lead-in right after a paragraph), a run of
  // <figure> lines, each maybe under its label. figure_of_[i] is the line
  // that introduces the run block i belongs to (also set on that line when it
  // is a lead-in), npos elsewhere. Donation calls, share buttons and menus
  // between or after the figures are neither figures nor labels and end the
  // run. Found before the core, which they do not cut (core_value); kept when
  // the line introducing them is in the core or right after its last
  // paragraph (decide_rest).
  void find_figures() {
    figure_of_.assign(blocks_.size(), npos);
    figure_header_.assign(blocks_.size(), 0);
    if (rules_.figures.empty()) return;
    for (std::size_t k = 0; k < blocks_.size(); ++k) {
      if (blocks_[k].kind != BlockKind::Pending) continue;
      // A table without a heading: two rows or more right after article
      // text, which introduces them.
      if (k > 0 && is_article(k - 1) && k + 1 < blocks_.size() && table_row(k) && table_row(k + 1)) {
        std::size_t j = k;
        for (; j < blocks_.size() && (table_row(j) || figure_line(j, true)); ++j) figure_of_[j] = k - 1;
        k = j - 1;
        continue;
      }
      // A results table's heading (« Classement de l’étape ») needs no colon.
      const BoilerplateRules::Rule* header_rule = text::last_char(blocks_[k].text) != U':' ? figure_header(k) : nullptr;
      // Nor does any short heading between two paragraphs over a box whose
      // every line says what its figure counts (« Le bilan de la crue » /
      // « 87 entreprises sinistrées »…), checked below as for a
      // self-contained header.
      const std::size_t before = kept_before(k);
      const bool boxed = !header_rule && text::last_char(blocks_[k].text) != U':' && before != npos &&
                         is_article(before) && features_[k].words <= lim().heading_max_words && heading_like(k);
      const bool header = header_rule != nullptr || boxed;
      if (!header && text::last_char(blocks_[k].text) != U':') continue;
      bool paragraph = !header && article_like(k);
      if (!header && !paragraph && !(lead_in(k) && k > 0 && is_article(k - 1))) continue;
      std::vector<std::size_t> run;
      std::size_t j = k + 1;
      while (j < blocks_.size()) {
        if (figure_line(j, header)) {
          run.push_back(j++);
        } else if (figure_label(j) && (header || !figure_header(j))) {
          // (A results table's own heading right after a lead-in is no
          // label of its first line: the table is found from its heading.)
          run.push_back(j++);
          run.push_back(j++);
        } else {
          break;
        }
      }
      // A results table has two lines or more.
      if (run.empty() || (header && run.size() < 2)) continue;
      if (header && (boxed || header_rule->self_contained) &&
          !std::all_of(run.begin(), run.end(),
                       [&](std::size_t r) { return figure_line(r, !boxed) && features_[r].words >= 2; }))
        continue;
      if (boxed && !(j < blocks_.size() && is_article(j))) continue;
      if (!paragraph) figure_of_[k] = k;
      figure_header_[k] = header;
      for (std::size_t r : run) {
        figure_of_[r] = k;
        // (A box item a line rule removed is the box's: decided with it.)
        if (blocks_[r].kind == BlockKind::Removed) {
          blocks_[r].kind = BlockKind::Pending;
          blocks_[r].reason.clear();
          blocks_[r].rule.clear();
        }
      }
      k = j - 1;
    }
  }

  // Block i is a note line (a <note> pattern matches it whole); `mark` is
  // its note mark ("(1)", "[1]": the group `mark`, empty when that part of
  // the pattern did not match, as for "1. …").
  bool note_line(std::size_t i, std::string& mark) const {
    if (blocks_[i].kind != BlockKind::Pending) return false;
    for (const auto& r : rules_.notes) {
      if (features_[i].words > r.max_words) continue;
      for (const Pattern& p : r.patterns)
        if (p.full(u_[i])) {
          mark = text::utf8(p.group("mark"));
          return true;
        }
    }
    return false;
  }

  // An article paragraph before block i holds `mark` (a reference to the
  // note), not at its start. Each mark is looked for once, in the article
  // paragraphs only: the first one holding it is remembered.
  bool referenced(const std::string& mark, std::size_t i) {
    if (mark.empty()) return false;
    if (paragraphs_.empty())
      for (std::size_t k = 0; k < blocks_.size(); ++k)
        if (blocks_[k].kind == BlockKind::Pending && article_like(k)) paragraphs_.push_back(k);
    auto [it, added] = reference_.try_emplace(mark, npos);
    if (added)
      for (std::size_t k : paragraphs_) {
        std::size_t at = blocks_[k].text.find(mark);
        if (at != std::string::npos && at > 0) {
          it->second = k;
          break;
        }
      }
    return it->second < i;
  }

  // The article's notes ("(1) Ces chiffres sont ceux de l’Insee."): after
  // min-words-before words of article text, the first note line whose mark
  // an earlier paragraph refers to, or that comes right under a notes header
  // ("Notes", "Sources"), and the note lines right after it. They belong to
  // the article; nothing after them does (another story of the page
  // follows). Sets notes_first_ and notes_ref_ (the paragraph referring to
  // the first note, if any) and returns the index of the last note line, or
  // npos.
  std::size_t find_notes() {
    if (rules_.notes.empty()) return npos;
    std::size_t words = 0;
    std::string mark;
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      if (blocks_[i].kind != BlockKind::Pending) continue;
      if (words >= rules_.end_min_words && note_line(i, mark)) {
        bool ref = referenced(mark, i);
        if (ref || (i > 0 && matches(rules_.notes_headers, i - 1))) {
          notes_first_ = i;
          notes_ref_ = ref ? reference_.at(mark) : npos;
          std::size_t last = i;
          while (last + 1 < blocks_.size() && note_line(last + 1, mark)) ++last;
          return last;
        }
      }
      if (article_like(i)) words += features_[i].words;
    }
    return npos;
  }

  // Block i belongs to key figures the article introduces: their lead-in is
  // in the core or right after its last paragraph.
  bool kept_figure(std::size_t i, std::size_t first_article, std::size_t last_article) const {
    std::size_t k = figure_of_[i];
    return k != npos && first_article != npos && k >= first_article && k <= last_article + 1;
  }

  // A <keep> line (the attribution of an embedded post) right after article
  // text belongs to it.
  const BoilerplateRules::Rule* keep_rule(std::size_t i) const {
    if (i == 0 || !(is_article(i - 1) || prose_lead_in(i - 1)) || features_[i].words > lim().related_max_words)
      return nullptr;
    return full_match(rules_.keeps, u_[i], features_[i].words);
  }

  // Article text already decided, or undecided and article-like.
  bool is_article(std::size_t i) const {
    return blocks_[i].kind == BlockKind::Article || (blocks_[i].kind == BlockKind::Pending && article_like(i));
  }

  // « Label : what it labels », the label of one to four words, maybe with a
  // bracket (« 4 novembre : vote solennel », « Le verdict : 20 ans de
  // réclusion », « Emiliano Sala (Cardiff, 2019) : 17 M€ »).
  bool labelled_line(std::size_t i) const {
    const std::string_view t = blocks_[i].text;
    const std::size_t colon = t.find(" : ");
    if (colon == std::string_view::npos || colon == 0) return false;
    // (Not counting the spaces of a bracket: « Jordan Veretout (Aston Villa, 2015) : 10 M€ ».)
    std::size_t spaces = 0;
    int depth = 0;
    for (std::size_t k = 0; k < colon; ++k) {
      depth += t[k] == '(' ? 1 : t[k] == ')' ? -1 : 0;
      spaces += t[k] == ' ' && depth == 0;
    }
    return spaces <= 3;
  }

  // Such a line as an item of a box: capitalised, no longer than a heading.
  bool labelled_item(std::size_t i) const {
    return labelled_line(i) && text::starts_with_upper(blocks_[i].text) &&
           features_[i].words <= lim().heading_max_words_no_comma && !is_foreign(features_[i]);
  }

  // A French phrase announcing what follows ("…les caractéristiques suivantes :").
  bool lead_in(std::size_t i) const {
    const BlockFeatures& f = features_[i];
    return text::last_char(blocks_[i].text) == U':' && f.words >= 3 && f.stop >= 1 && !is_foreign(f) &&
           f.french * 2 >= f.words;
  }

  // A lead-in long enough to be a sentence of the article (« Sur le réseau
  // social X, la préfecture a appelé les promeneurs à la prudence : »), not
  // a form's or a button's (« Inscrivez-vous : »).
  bool prose_lead_in(std::size_t i) const { return lead_in(i) && features_[i].words >= lim().article_min_words; }

  // A short line ending with a colon between article text and a quotation
  // (« Antoine Dupont (@AntoDupont) sur X : » over « « Fiers de ce
  // groupe… » »): it says who speaks, whatever its words.
  bool quotation_lead_in(std::size_t i, std::size_t next) const {
    if (i == 0 || next != i + 1 || !is_article(i - 1) || text::last_char(blocks_[i].text) != U':' ||
        is_foreign(features_[i]) || !article_like(next))
      return false;
    const char32_t c = text::first_char(blocks_[next].text);
    return c == U'«' || c == U'“' || c == U'"';
  }

  // A lead-in right above a post's header line (« Le préfet a réagi sur X : »
  // over « Préfet du Gard » / « @Prefet30 »): a sentence of the article.
  bool introduces_post_header(std::size_t i) const {
    return lead_in(i) && i + 1 < blocks_.size() && removed_by(blocks_[i + 1], &BoilerplateRules::Rule::attribution);
  }

  // What a block adds to the article's core: its words when it reads like
  // article text, a penalty when it is chrome. Headings, the title and
  // metadata lines cost little (they sit inside or at the top of articles).
  // A line of a name: every word capitalised but the stop words, no number
  // and no sign but - . &, no full stop (« La Voix du Nord », not « Gérer
  // mes préférences » nor « CAC 40 7 512,34 »).
  bool name_like(std::size_t i) const {
    const BlockFeatures& f = features_[i];
    if (f.capitalized == 0 || f.terminal || f.words > lim().name_max_words) return false;
    for (const Sentence& s : blocks_[i].sentences)
      for (const Token& t : s.tokens)
        if (t.kind == TokenKind::Number || (t.kind == TokenKind::Punct && t.text != "-" && t.text != "." && t.text != "&") ||
            (t.kind == TokenKind::Word && !t.capitalized && !rules_.stopwords->contains(t.lower)))
          return false;
    return true;
  }

  // Whether a header line holds what no outlet's name does (<outlet-name>).
  bool outlet_excluded(const std::string& line) const {
    int32_t begin = 0, end = 0;
    const icu::UnicodeString u = text::u(line);
    return std::any_of(rules_.outlet_excluded.begin(), rules_.outlet_excluded.end(),
                       [&](const Pattern& p) { return p.find(u, 0, begin, end); });
  }

  // Whether block i is an item of an enumeration the article announces: a
  // line opening with a bullet or a number, after a line of the article
  // ending with « : » (its lead-in) and maybe other such items.
  bool enumeration_item(std::size_t i) const {
    if (!list_line(i)) return false;
    for (std::size_t j = i; j-- > 0;) {
      if (blocks_[j].kind == BlockKind::Removed) return false;
      if (text::last_char(blocks_[j].text) == U':' || box_heading(j)) return true;
      if (!list_line(j)) return false;
    }
    return false;
  }

  // A line of a list: it opens with a list mark, or it is an item of an
  // enumeration written as one sentence (« une hausse de 65 euros ; », then
  // « une clause de revoyure en juin 2026. »): lower case, ending with « ; »
  // or after a line that does; or a short label, a colon and what it
  // labels (« Le verdict : 20 ans de réclusion criminelle »).
  bool list_line(std::size_t i) const {
    const std::string& t = blocks_[i].text;
    if (!text::list_mark(t).empty() || labelled_item(i)) return true;
    if (!text::starts_with_lower(t)) return false;
    return text::last_char(t) == U';' || (i > 0 && text::last_char(blocks_[i - 1].text) == U';');
  }

  // A short heading of French words between a paragraph of article text
  // and a list (« Ce qu’il faut retenir » over « • Coût : 18 millions
  // d’euros par an »): a box of the article, announced like a lead-in
  // ending « : ».
  bool box_heading(std::size_t j) const {
    const BlockFeatures& f = features_[j];
    if (j == 0 || j + 1 >= blocks_.size() || f.terminal || text::last_char(blocks_[j].text) == U':' ||
        f.words > lim().box_heading_words || f.french < 1 ||
        is_foreign(f) || !text::list_mark(blocks_[j].text).empty() || text::list_mark(blocks_[j + 1].text).empty())
      return false;
    const BlockFeatures& before = features_[j - 1];
    return blocks_[j - 1].kind != BlockKind::Removed && before.terminal && before.words >= lim().box_lead_words &&
           !is_foreign(before);
  }

  // Whether block i is the next item of a list whose item before it is kept
  // as article text: « - La défense dispose de dix jours pour faire appel »
  // after « - La cour l’a condamné à 22 ans de réclusion criminelle, … » in a
  // « Ce qu’il faut retenir » box. Same mark, French words, no sentence of
  // its own needed.
  bool next_list_item(std::size_t i) const {
    const std::string_view mark = text::list_mark(blocks_[i].text);
    if (mark.empty() || i == 0 || blocks_[i - 1].kind != BlockKind::Article) return false;
    const BlockFeatures& f = features_[i];
    return text::list_mark(blocks_[i - 1].text) == mark && f.words >= 3 && !is_foreign(f) &&
           !few_french(f, f.words);
  }

  // Blocks i to `end` (excluded) are, but for metadata lines, one
  // enumeration: its lead-in ending « : » and its items.
  bool key_points_until(std::size_t i, std::size_t end) const {
    if (!in_enumeration(i)) return false;
    for (std::size_t k = i + 1; k < end; ++k)
      if (blocks_[k].kind == BlockKind::Pending && !enumeration_item(k)) return false;
    return true;
  }

  // An enumeration the article announces: one of its items, or the lead-in
  // ending « : » right before them.
  bool in_enumeration(std::size_t i) const {
    return enumeration_item(i) || box_heading(i) ||
           (text::last_char(blocks_[i].text) == U':' && i + 1 < blocks_.size() && enumeration_item(i + 1));
  }

  // The rule that removed block b (its rule is « boilerplate:<id> »), or null.
  const BoilerplateRules::Rule* removing_rule(const Block& b) const {
    if (b.kind != BlockKind::Removed || b.rule.rfind("boilerplate:", 0) != 0) return nullptr;
    return rules_.find_rule(b.rule.substr(12));
  }

  // Whether a rule with the attribute `flag` removed block b (« offer »,
  // « header », « box-item »…).
  bool removed_by(const Block& b, bool BoilerplateRules::Rule::*flag) const {
    const auto* r = removing_rule(b);
    return r && r->*flag;
  }

  // A line of a sign-up or consent form: removed by a rule with
  // offer="true", or found by its neighbours (remove_offer_names).
  bool offer_line(std::size_t j) const {
    return offer_part_[j] || removed_by(blocks_[j], &BoilerplateRules::Rule::offer);
  }

  // Whether a rule with header="true" removed the block (share buttons,
  // reading time…): furniture between a lead and the body.
  bool header_furniture(const Block& b) const { return removed_by(b, &BoilerplateRules::Rule::header); }

  double core_value(std::size_t i) const {
    const Block& b = blocks_[i];
    const BlockFeatures& f = features_[i];
    if (b.kind == BlockKind::Title || b.reason == "duplicate" || b.reason == "prompt" || contents_[i]) return 0;
    if (figure_of_[i] != npos) return 0;  // key figures and their lead-in (find_figures)
    // The lines of a box of figures no article text introduces (a sidebar,
    // removed later: two lines or more, figures and their labels) are data,
    // not chrome: they do not end the article before the paragraphs after
    // them. (A figure alone, a counter's « 0 », is no box.)
    if (box_line(i) && ((i > 0 && box_line(i - 1)) || (i + 1 < blocks_.size() && box_line(i + 1)))) return 0;
    if (b.kind == BlockKind::Removed) {
      // (A few teasers under a header set inside the article, « À lire
      // aussi », are an insert: the article goes on around them.)
      if (metadata_line(b) || b.reason == "dateline" || inline_related_[i]) return -lim().core_meta_penalty;
      // A sign-up form is one widget however many lines it has (its call,
      // its promise, its field, its button): a newsletter insert between
      // two paragraphs costs about what one line of chrome does.
      if (i > 0 && offer_line(i) && offer_line(i - 1)) return -lim().core_meta_penalty;
      if (const auto* r = removing_rule(b); r && r->core_penalty >= 0) {
        // A post's header in two lines (after-name="true") costs the core
        // little only under a lead-in announcing it (« Le préfet a réagi
        // sur X : »); elsewhere (a live page's posts of other stories) it is
        // chrome.
        if (r->after_name && !(i >= 1 && introduces_post_header(i - 1)) && !(i >= 2 && introduces_post_header(i - 2)))
          return -lim().core_gap_penalty;
        return -r->core_penalty;
      }
      return -lim().core_gap_penalty;
    }
    // Unpunctuated text (lists of teasers, link lines) weighs half.
    if (article_like(i)) return static_cast<double>(f.words) * (f.terminal ? 1.0 : lim().core_open_weight);
    // An enumeration the article announces does not cut it: its lead-in
    // ending « : » and its items (« • un gel du barème ; », « 1. … »).
    if (in_enumeration(i)) return 0;
    if (f.terminal && !f.question && f.french >= 1 && f.words >= 3) return 0;
    // What the article announces with « : » does not end it before the text
    // after it (a post's attribution line, a quoted post).
    if (prose_lead_in(i) || keep_rule(i) || introduces_post_header(i)) return 0;
    std::size_t next = next_open(i);
    if (heading_like(i) && next != npos && article_like(next)) return -lim().core_meta_penalty;
    return -lim().core_gap_penalty;
  }

  // The article's core: the contiguous run of blocks with the highest sum of
  // core_value() (maximum subarray, one pass), stopped at the <end> line or
  // after the article's notes, then widened backwards over an
  // article paragraph separated from it by a few widgets only (a lead above
  // the share buttons and the photo caption).
  void find_core() {
    end_ = find_end();
    find_figures();
    notes_ = find_notes();
    max_core(end_);
    // Notes are the article's when they, or the paragraph referring to them,
    // are inside the core, and the core holds more text before them than
    // after them; they close it: the core stops after them. Other notes (of
    // another, shorter piece of the page) are not the article's.
    if (notes_ != npos) {
      auto in_core = [&](std::size_t i) { return core_end_ != npos && i >= core_begin_ && i <= core_end_; };
      double before = 0, after = 0;
      for (std::size_t i = core_begin_; core_end_ != npos && i <= core_end_; ++i)
        if (value_[i] > 0 && (i < notes_first_ || i > notes_)) (i < notes_first_ ? before : after) += value_[i];
      if (in_core(notes_first_) && after < before) {
        if (notes_ + 1 < end_) max_core(notes_ + 1);
      } else if (!(notes_ref_ != npos && in_core(notes_ref_) && notes_first_ > core_end_)) {
        notes_first_ = notes_ = npos;
      }
    }
    if (core_end_ == npos) return;
    // Backwards: a paragraph above at most core-lead-gap chrome blocks, none a
    // related list or a menu.
    for (bool widened = true; widened;) {
      widened = false;
      std::size_t gap = 0;
      for (std::size_t j = core_begin_; j-- > 0;) {
        const Block& b = blocks_[j];
        if (contents_[j]) continue;
        if (b.reason == "related" || b.reason == "boilerplate.nav") break;
        if (value_[j] > 0) {
          if (b.kind == BlockKind::Pending) {
            core_begin_ = j;
            widened = true;
          }
          break;
        }
        if (value_[j] <= -lim().core_gap_penalty && !header_furniture(b) && ++gap > lim().core_lead_gap) break;
      }
    }
  }

  // The run of blocks before `stop` with the highest sum of core_value()
  // (maximum subarray, one pass), without its leading blocks of no value;
  // value_ holds each block's value (-1e9 from `stop` on).
  void max_core(std::size_t stop) {
    double best = 0, run = 0;
    std::size_t start = 0;
    value_.clear();
    core_begin_ = 0;
    core_end_ = npos;
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      double v = i >= stop ? -1e9 : core_value(i);
      value_.push_back(v);
      if (run <= 0) {
        run = 0;
        start = i;
      }
      run += v;
      if (run > best) {
        best = run;
        core_begin_ = start;
        core_end_ = i;
      }
    }
    if (core_end_ == npos) return;
    while (core_begin_ < blocks_.size() && value_[core_begin_] <= 0) ++core_begin_;
  }

  // The first <end> line (a comment section's header or form) after at least
  // min-words-before words of article text: nothing after it is the article.
  std::size_t find_end() {
    if (rules_.ends.empty()) return npos;
    std::size_t words = 0;
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      const Block& b = blocks_[i];
      if (words >= rules_.end_min_words && features_[i].words <= lim().related_max_words &&
          (b.kind == BlockKind::Pending || b.kind == BlockKind::Removed))
        if (const auto* r = full_match(rules_.ends, u_[i], features_[i].words)) {
          if (b.kind == BlockKind::Pending) remove(blocks_[i], r->reason, "boilerplate:" + r->id);
          end_rule_ = r->id;
          return i;
        }
      if (b.kind == BlockKind::Pending && article_like(i)) words += features_[i].words;
    }
    return npos;
  }

  // A table of contents: under a <contents-header> line, the lines that
  // the text prints again further down (its subheadings, questions
  // included) and the numbered ones are its entries, until the first line
  // that is neither. They are no headline, their repeats below stay the
  // article's subheadings, and the table, header included, does not cut
  // the article's core: a lead above it is the article's.
  void mark_contents() {
    contents_.assign(blocks_.size(), false);
    for (std::size_t h = 0; h < blocks_.size(); ++h) {
      if (!matches(rules_.contents_headers, h)) continue;
      if (blocks_[h].kind == BlockKind::Pending) remove(blocks_[h], "boilerplate.nav", "boilerplate:contents-header");
      contents_[h] = true;
      std::size_t i = h + 1;
      for (; i < blocks_.size(); ++i) {
        if (blocks_[i].kind != BlockKind::Pending || features_[i].words > lim().heading_max_words ||
            (features_[i].terminal && !features_[i].question))
          break;
        bool again = !text::list_mark(blocks_[i].text).empty();
        for (std::size_t k = i + 1; k < blocks_.size() && !again; ++k) again = same_key(k, i);
        if (!again) break;
        remove(blocks_[i], "boilerplate.nav",
               "boilerplate:entry of the table of contents on line " + std::to_string(blocks_[h].line));
        contents_[i] = true;
      }
      h = i - 1;
    }
  }

  // A headline right above the article's first paragraph (only metadata,
  // captions, share buttons and the like between them) is the source's
  // headline rather than a headline-like line found higher up the page
  // (a menu item, a teaser), unless a title directive named it.
  void retitle(std::size_t first_article) {
    if (first_article == npos || title_ == npos || blocks_[title_].hint == "title") return;
    // A headline printed twice (page header and article) is the headline.
    for (std::size_t k = 0; k < blocks_.size(); ++k)
      if (k != title_ && blocks_[k].reason == "duplicate" && same_key(k, title_)) return;
    // The pending blocks just above the first paragraph, nearest first: the
    // first headline among them, unless the title comes before it. Only a
    // French phrase qualifies (not a line of names, dates and counters).
    for (std::size_t j = first_article, seen = 0; j-- > 0 && seen < lim().title_window;) {
      if (j == title_) return;
      if (blocks_[j].kind != BlockKind::Pending) continue;
      if (article_like(j)) return;
      ++seen;
      // Key points or a table of contents under the headline, not the headline;
      // nor a live post's heading under its time.
      if (in_enumeration(j) || !text::list_mark(blocks_[j].text).empty()) continue;
      if (j > 0 && blocks_[j - 1].hint == "post-time") continue;
      const BlockFeatures& f = features_[j];
      // A name (every word capitalised but the stop words: « Le Courrier de
      // l’Ouest ») over the byline is the outlet's, not a headline.
      if (name_like(j)) continue;
      // (A headline over the article's byline and date qualifies whatever its words.)
      if (!article_headline(j) &&
          (!title_like(j) || f.terminal || f.words < lim().title_min_words || f.stop == 0 ||
           f.capitalized * 2 > f.words || f.french * 3 < f.words * 2))
        continue;
      if (j < title_) return;
      // A longer headline right above it, nothing between them but a byline
      // or a date, is the headline; this line is its subtitle or the first
      // subheading (« GRÈVE DES ÉBOUEURS : LES DÉCHETS S’ACCUMULENT À
      // MARSEILLE » over « Une deuxième semaine de grève »).
      if (features_[title_].words > f.words &&
          std::all_of(blocks_.begin() + static_cast<std::ptrdiff_t>(title_) + 1,
                      blocks_.begin() + static_cast<std::ptrdiff_t>(j),
                      metadata_line))
        return;
      std::size_t old = title_;
      remove(blocks_[old], "boilerplate.ui",
             "features: headline-like line far from the article (" + features_[old].summary() + ")");
      for (Block& d : blocks_)
        if (d.reason == "duplicate" && d.rule.rfind("boilerplate:repeats the title", 0) == 0)
          remove(d, "boilerplate.ui", "features: repeats a headline-like line far from the article");
      set_title(j, "boilerplate:headline right above the article");
      return;
    }
  }

  // A heading-like line whose words a sign-up or consent line nearby quotes
  // (a rule with offer="true") is the name of the newsletter or service it
  // offers (« L’essentiel du jour : notre sélection exclusive » over « … vous
  // envoyer la newsletter "L’essentiel du jour : notre sélection exclusive" … »).
  // A short line between two lines of a sign-up form (« Inscrivez-vous à la
  // newsletter Culture », « Chaque vendredi, le meilleur des sorties. »,
  // « Votre e-mail ») is the form's too: its promise.
  void remove_offer_names() {
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      Block& b = blocks_[i];
      if (b.kind == BlockKind::Pending && i > 0 && i + 1 < blocks_.size() && offer_line(i - 1) && offer_line(i + 1) &&
          features_[i].words <= lim().related_max_words) {
        remove(b, blocks_[i - 1].reason, "features: between the lines " + std::to_string(blocks_[i - 1].line) + " and " +
                                             std::to_string(blocks_[i + 1].line) + " of a sign-up form");
        offer_part_[i] = true;
        continue;
      }
      if (b.kind != BlockKind::Pending || features_[i].words < 2 || features_[i].terminal) continue;
      const std::size_t from = i >= 3 ? i - 3 : 0, to = std::min(blocks_.size(), i + 4);
      for (std::size_t j = from; j < to; ++j) {
        const Block& o = blocks_[j];
        if (j == i || o.kind != BlockKind::Removed || o.text.size() <= b.text.size() ||
            o.text.find(b.text) == std::string::npos)
          continue;
        if (!offer_line(j)) continue;
        remove(b, o.reason, "features: the name of what the line " + std::to_string(o.line) + " offers");
        offer_part_[i] = true;
        break;
      }
    }
  }

  // The text of a social post embedded in the page, under the line that
  // introduces it (a rule with introduces-post="true": « Une publication
  // partagée par … (@olympiahall) »): a short line with a <post-tag>
  // (« Adieu Élodie. … 🖤 #ElodieMarchand »), not the journalist's words.
  void remove_embedded_posts() {
    if (!rules_.post_tag.valid()) return;
    for (std::size_t i = 1; i < blocks_.size(); ++i) {
      Block& b = blocks_[i];
      const Block& above = blocks_[i - 1];
      if (b.kind != BlockKind::Pending || features_[i].words > lim().embed_post_max_words ||
          !removed_by(above, &BoilerplateRules::Rule::introduces_post))
        continue;
      if (!rules_.post_tag.found(text::u(b.text))) continue;
      remove(b, above.reason, "features: the text of the post embedded above (line " + std::to_string(above.line) + ")");
    }
    // A copied post's text between its header and its time line (rules with
    // attribution="true" and closes-post="true") that reads as no French
    // prose: « What a race! Congrats! #Marathon ».
    for (std::size_t i = 1; i + 1 < blocks_.size(); ++i) {
      if (blocks_[i].kind != BlockKind::Pending || !removed_by(blocks_[i - 1], &BoilerplateRules::Rule::attribution) ||
          !removed_by(blocks_[i + 1], &BoilerplateRules::Rule::closes_post) || article_like(i))
        continue;
      remove(blocks_[i], blocks_[i - 1].reason,
             "features: the text of the post between lines " + std::to_string(blocks_[i - 1].line) + " and " +
                 std::to_string(blocks_[i + 1].line));
    }
  }

  void decide_rest() {
    remove_embedded_posts();
    remove_offer_names();
    find_core();
    std::size_t first_article = npos, last_article = npos;
    for (std::size_t i = core_begin_; core_end_ != npos && i <= core_end_; ++i) {
      if (blocks_[i].kind == BlockKind::Pending && article_like(i)) {
        if (first_article == npos) first_article = i;
        last_article = i;
      }
    }
    retitle(first_article);
    // A box of key figures inside the article that no article text
    // introduces (under « Les chiffres clés »): each figure line that is no
    // sentence, with another one at most two lines away, and its label above
    // or below it, are no article text. (A figure alone may be a
    // subheading: « 1 456 heures annuelles ».)
    auto box_figure = [&](std::size_t i) { return figure_line(i) && figure_of_[i] == npos && !features_[i].terminal; };
    std::vector<bool> in_box(blocks_.size(), false);
    for (std::size_t i = first_article; first_article != npos && i < last_article; ++i)
      for (std::size_t d = 1; d <= 2 && box_figure(i); ++d)
        if ((i >= d && box_figure(i - d)) || (i + d < blocks_.size() && box_figure(i + d))) in_box[i] = true;
    for (std::size_t i = first_article; first_article != npos && i < last_article; ++i) {
      if (!in_box[i]) continue;
      const std::string why = "features: key figure of a box no article text introduces";
      if (i > 0 && figure_label(i - 1) && figure_of_[i - 1] == npos) remove(blocks_[i - 1], "boilerplate.ui", why);
      remove(blocks_[i], "boilerplate.ui", why);
      // (The label under the last figure, when the box puts its labels
      // under its figures (« 7,6 % » / « Taux de chômage »), not the
      // article's subheading right above its next paragraph: « Un vote
      // marqué par des absences » after « 58 M€ : nouvel emprunt ».)
      const bool labels_under = i >= 2 && in_box[i - 2] && !in_box[i - 1];
      const bool subheading = !labels_under && i + 2 < blocks_.size() && blocks_[i + 2].kind == BlockKind::Pending &&
                              article_like(i + 2) && heading_like(i + 1);
      if (i + 1 < blocks_.size() && blocks_[i + 1].kind == BlockKind::Pending && !features_[i + 1].terminal &&
          features_[i + 1].words <= lim().heading_max_words && !figure_line(i + 1) && figure_of_[i + 1] == npos &&
          !is_foreign(features_[i + 1]) && !subheading)
        remove(blocks_[i + 1], "boilerplate.ui", why);
    }
    // An enumeration the article ends with (its lead-in ending « : » and its
    // items): the lines after the last paragraph up to enumeration_end.
    std::size_t enumeration_end = last_article == npos ? 0 : last_article + 1;
    while (last_article != npos && enumeration_end < blocks_.size() && in_enumeration(enumeration_end)) ++enumeration_end;
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      Block& b = blocks_[i];
      if (b.kind != BlockKind::Pending) continue;
      const BlockFeatures& f = features_[i];
      std::string why = f.summary();
      char core[48];
      std::snprintf(core, sizeof core, " core=%+.0f", value_[i]);
      why += core;
      bool inside = first_article != npos && i >= first_article && i <= last_article;
      if (article_like(i) && inside) {
        b.kind = BlockKind::Article;
        b.rule = "features: article text (" + why + ")";
        continue;
      }
      if (kept_figure(i, first_article, last_article)) {
        b.rule = figure_header_[i]  ? "features: heading of the results after it (" + why + ")"
                 : figure_of_[i] == i ? "features: lead-in to the figures after it (" + why + ")"
                 : figure_line(i, figure_header_[figure_of_[i]]) || matches(rules_.table_rows, i) ? "features: figure introduced by line " +
                                        std::to_string(blocks_[figure_of_[i]].line) + " (" + why + ")"
                                    : "features: label of the figure after it (" + why + ")";
        // (A results table's heading is a heading of the article.)
        b.kind = figure_header_[i] ? BlockKind::Heading : BlockKind::Article;
        if (figure_of_[i] != i) b.hint = "figure";  // a figure or its label: not running text
        continue;
      }
      if (notes_ != npos && first_article != npos && i > first_article && i >= notes_first_ && i <= notes_) {
        b.kind = BlockKind::Article;
        b.rule = "features: note of the article (" + why + ")";
        continue;
      }
      if (first_article == npos || i < first_article) {
        std::size_t next = next_open(i);
        bool before_title = title_ != npos && i < title_;
        // Key points between the headline and the first paragraph (« Ce
        // qu’il faut retenir : » and its items) are the article's.
        if (title_ != npos && i > title_ && first_article != npos && key_points_until(i, first_article)) {
          b.kind = BlockKind::Article;
          b.rule = "features: key points before the first paragraph (" + why + ")";
          continue;
        }
        // (The last item of a list, a table of contents, is no heading.)
        const bool list_item = !text::list_mark(b.text).empty() && i > 0 &&
                               text::list_mark(blocks_[i - 1].text) == text::list_mark(b.text);
        if (!before_title && !list_item && heading_like(i) && !name_like(i) && next == first_article &&
            first_article != npos) {
          b.kind = BlockKind::Heading;
          b.rule = "features: heading before the first paragraph (" + why + ")";
        } else if (article_like(i)) {
          remove(b, "boilerplate.ui", "features: text before the article's core (" + why + ")");
        } else if (f.words <= lim().head_chrome_max_words || name_like(i)) {
          remove(b, "boilerplate.site", "features: page header before the article (" + why + ")");
          // The first name-like line of the page is the outlet's name: every
          // word but the stop words capitalised (« La Voix du Nord », not
          // « Gérer mes préférences »), no menu's arrow (« Services Le Monde ▾ »),
          // not right after a breadcrumb's or a menu's line (« Accueil »,
          // then « Météo »: a section of the site).
          const bool after_menu = i > 0 && blocks_[i - 1].kind == BlockKind::Removed &&
                                  blocks_[i - 1].reason == "boilerplate.nav";
          if (!doc_.metadata.source && !site_seen_ && name_like(i) && !after_menu && !outlet_excluded(b.text))
            doc_.metadata.source = b.text;
          site_seen_ = true;
        } else {
          remove(b, "boilerplate.ui", "features: page header before the article (" + why + ")");
        }
        continue;
      }
      if (i > end_) {
        remove(b, "boilerplate.comments", "features: after the end of the article (" + end_rule_ + " on line " +
                                              std::to_string(blocks_[end_].line) + ")");
        continue;
      }
      if (notes_ != npos && i > notes_) {
        remove(b, "boilerplate.ui", "features: after the article's notes (line " + std::to_string(blocks_[notes_].line) +
                                        ") (" + f.summary() + ")");
        continue;
      }
      if (i > last_article) {
        // A closing line right after the last paragraph: a French phrase.
        if (i == last_article + 1 && (closing_line(i) || next_labelled_item(i))) {
          b.kind = BlockKind::Article;
          b.rule = "features: closing line of the article (" + why + ")";
          continue;
        }
        if (const auto* r = i == last_article + 1 ? keep_rule(i) : nullptr) {
          keep(b, r, why);
          continue;
        }
        // (An enumeration the article ends with is classified as inside it,
        // below.)
        if (i >= enumeration_end) {
          remove(b, "boilerplate.ui",
                 std::string(article_like(i) ? "features: text after the article's core (" : "features: page footer after the article (") +
                     why + ")");
          continue;
        }
      }
      std::size_t next = next_open(i);
      if (const auto* r = keep_rule(i)) {
        keep(b, r, why);
      } else if ((prose_lead_in(i) || introduces_post_header(i)) && next != npos && i > 0 &&
                 (is_article(i - 1) || (blocks_[i - 1].kind == BlockKind::Heading && article_before(i - 1)))) {
        // (A sentence of the article, not a heading over what it announces,
        // even when what it announced was removed: a post in another
        // language; under a subheading of the article too: « Un financement
        // encore incomplet » / « Le plan repose sur trois piliers : ».)
        b.kind = BlockKind::Article;
        b.rule = "features: lead-in to the text after it (" + why + ")";
      } else if (box_heading(i)) {
        b.kind = BlockKind::Heading;
        b.rule = "features: heading of a list the article announces (" + why + ")";
      } else if (in_enumeration(i)) {
        b.kind = BlockKind::Article;
        b.rule = "features: enumeration announced by the article (" + why + ")";
        if (labelled_item(i)) b.hint = "figure";  // (data, not running text)
      } else if (next_list_item(i)) {
        b.kind = BlockKind::Article;
        b.rule = "features: next item of a list the article keeps (" + why + ")";
      } else if ((heading_like(i) || short_heading(i) || announcing_heading(i)) && next != npos && article_like(next)) {
        b.kind = BlockKind::Heading;
        b.rule = "features: heading followed by article text (" + why + ")";
      } else if (heading_like(i) && next == i + 1 && subtitle(next) && next_open(next) != npos &&
                 article_like(next_open(next))) {
        b.kind = BlockKind::Heading;
        b.rule = "features: heading over a subtitle (" + why + ")";
      } else if (i > 0 && blocks_[i - 1].kind == BlockKind::Heading && subtitle(i) && next != npos &&
                 article_like(next)) {
        b.kind = BlockKind::Heading;
        b.rule = "features: subtitle under a heading (" + why + ")";
      } else if (f.terminal && f.french >= 1 && f.words >= 3) {
        b.kind = BlockKind::Article;
        b.rule = "features: short paragraph inside the article (" + why + ")";
      } else if (lead_in(i) && i + 1 < blocks_.size() && next == i + 1) {
        b.kind = BlockKind::Article;
        b.rule = "features: lead-in to the text after it (" + why + ")";
      } else if (quotation_lead_in(i, next)) {
        b.kind = BlockKind::Article;
        b.rule = "features: lead-in to the quotation after it (" + why + ")";
      } else if (i > 0 && is_article(i - 1) && text::opens_list(blocks_[i - 1].text)) {
        // Announced by a line ending with « : », or the next item of an
        // enumeration whose items end with « ; ».
        b.kind = BlockKind::Article;
        b.rule = "features: introduced by the paragraph before it (" + why + ")";
      } else {
        remove(b, "boilerplate.ui", "features: short line without a sentence inside the article (" + why + ")");
      }
    }
    restore_attributions();
  }

  // A post's header line (a rule with attribution="true": « Préfet des
  // Landes @Prefet40 ») between article text (or a subheading of the article:
  // « Les réactions ») and the post's text, which the article keeps, names
  // who wrote that text: it is kept as a line of its own.
  void restore_attributions() {
    bool article_seen = false;
    for (std::size_t i = 1; i + 1 < blocks_.size(); ++i) {
      Block& b = blocks_[i];
      const BlockKind before = blocks_[i - 1].kind;
      article_seen = article_seen || before == BlockKind::Article;
      const auto* r = removing_rule(b);
      if (!r || !r->attribution || !(before == BlockKind::Article || (before == BlockKind::Heading && article_seen)) ||
          blocks_[i + 1].kind != BlockKind::Article)
        continue;
      keep(b, r, "the author of the post below, line " + std::to_string(blocks_[i + 1].line));
    }
  }

  // A line kept by rule r although it reads like chrome: a line of its own,
  // not a cut-off sentence; a post's attribution (attribution="true") is
  // joined to the paragraph after it.
  static void keep(Block& b, const BoilerplateRules::Rule* r, const std::string& why) {
    b.kind = BlockKind::Article;
    b.reason.clear();
    b.rule = "boilerplate:" + r->id + " (" + why + ")";
    b.hint = r->attribution ? "post-attribution" : "kept-line";
  }

  // fold_ascii() of a block's text, computed once.
  const std::string& key(std::size_t i) {
    if (keys_.empty()) keys_.resize(blocks_.size());
    if (keys_[i].empty()) keys_[i] = " " + text::fold_ascii(blocks_[i].text);
    return keys_[i];
  }

  // key(k) == key(i). fold_ascii() turns each printable ASCII character
  // (! to ~) into one byte or more, so a block with more of them than key(i)
  // has bytes cannot have the same key, and its key is not computed: a
  // headline is compared with the page's paragraphs without folding them.
  bool same_key(std::size_t k, std::size_t i) {
    const std::string& ki = key(i);
    if (1 + printable_ascii_[k] > ki.size()) return false;
    return key(k) == ki;
  }

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  std::vector<std::string> keys_;
  Document& doc_;
  const BoilerplateRules& rules_;
  std::vector<Block>& blocks_;
  std::vector<BlockFeatures> features_;
  LanguageId::Cache words_;  // the page's words as LanguageId found them in its lists
  std::vector<icu::UnicodeString> u_;  // each block's text as ICU string, for the rules
  std::vector<std::size_t> printable_ascii_;  // each block's printable ASCII characters (same_key)
  std::vector<const BoilerplateRules::Rule*> readmore_;  // the <readmore> rule each block matches, or null
  std::vector<bool> one_line_teaser_;  // removed by a <teaser> rule (a whole teaser on its line)
  mutable std::vector<std::vector<signed char>> opens_;  // [section][block]: opens() so far, -1 not yet known
  std::vector<std::size_t> opener_;
  std::vector<char> figure_header_;  // by block: a <figure-header> heading that introduces figures
  std::vector<const BoilerplateRules::Rule*> opener_rule_;  // the <related> rule of each opener
  std::size_t title_ = npos;
  std::size_t core_begin_ = 0, core_end_ = npos;  // the article's core (find_core)
  std::vector<double> value_;                     // core_value() of each block
  std::size_t end_ = npos;                        // the <end> line (find_end)
  std::string end_rule_;
  std::vector<bool> contents_;                    // a table of contents' header or entry (mark_contents)
  std::vector<std::size_t> figure_of_;            // find_figures()
  std::vector<bool> inline_related_;              // an inline related header or one of its items (follow_related_headers)
  std::vector<bool> offer_part_;                  // a line of a sign-up form found by its neighbours (remove_offer_names)
  mutable std::vector<signed char> figure_known_[2];  // figure_line() by block: -1 not asked yet
  std::size_t notes_first_ = npos, notes_ = npos;  // the article's notes, first and last line (find_notes)
  std::size_t notes_ref_ = npos;                   // the paragraph referring to the first note (find_notes)
  std::vector<std::size_t> paragraphs_;           // the article-like pending blocks (referenced)
  std::map<std::string, std::size_t> reference_;  // a note mark -> the first paragraph holding it (referenced)
  bool site_seen_ = false;
};

}  // namespace

BoilerplateRules::BoilerplateRules(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/boilerplate.xml");
  lines = load(file, "line");
  related = load(file, "related");
  teasers = load(file, "teaser");
  readmore = load(file, "readmore");
  ends = load(file, "end");
  keeps = load(file, "keep");
  figures = load(file, "figure");
  figure_headers = load(file, "figure-header");
  ranked = load(file, "ranked");
  table_rows = load(file, "table-row");
  notes = load(file, "note");
  notes_headers = load(file, "notes-header");
  contents_headers = load(file, "contents-header");
  sections = load_sections(file);
  if (pugi::xml_node e = file.root().child("end")) end_min_words = e.attribute("min-words-before").as_uint(150);
  if (pugi::xml_node f = file.root().child("features")) {
    limits.heading_max_words = f.attribute("heading-max-words").as_uint(12);
    limits.heading_max_words_no_comma = f.attribute("heading-max-words-no-comma").as_uint(20);
    limits.article_min_words = f.attribute("article-min-words").as_uint(8);
    limits.article_unpunctuated_min_words = f.attribute("article-unpunctuated-min-words").as_uint(15);
    limits.ui_max_words = f.attribute("ui-max-words").as_uint(6);
    limits.ui_min_share = f.attribute("ui-min-share").as_double(0.5);
    limits.french_min_part = f.attribute("french-min-part").as_uint(3);
    limits.menu_min_words = f.attribute("menu-min-words").as_uint(4);
    limits.head_chrome_max_words = f.attribute("head-chrome-max-words").as_uint(4);
    limits.name_max_words = f.attribute("name-max-words").as_uint(6);
    limits.related_max_words = f.attribute("related-max-words").as_uint(30);
    limits.related_excerpt_max_words = f.attribute("related-excerpt-max-words").as_uint(80);
    limits.title_min_words = f.attribute("title-min-words").as_uint(5);
    limits.title_max_words = f.attribute("title-max-words").as_uint(25);
    limits.title_window = f.attribute("title-window").as_uint(6);
    limits.headline_shared_words = f.attribute("headline-shared-words").as_uint(2);
    limits.kicker_max_words = f.attribute("kicker-max-words").as_uint(3);
    limits.core_gap_penalty = f.attribute("core-gap-penalty").as_double(12);
    limits.core_meta_penalty = f.attribute("core-meta-penalty").as_double(2);
    limits.insert_max_items = f.attribute("insert-max-items").as_uint(2);
    limits.core_open_weight = f.attribute("core-open-weight").as_double(0.5);
    limits.core_lead_gap = f.attribute("core-lead-gap").as_uint(4);
    limits.box_heading_words = f.attribute("box-heading-words").as_uint(6);
    limits.box_lead_words = f.attribute("box-lead-words").as_uint(12);
    limits.embed_post_max_words = f.attribute("embed-post-max-words").as_uint(60);
  }
  if (pugi::xml_node t = file.root().child("post-tag")) post_tag = file.pattern(t, "post-tag");
  unfinished_end = &lexicon.list(file.root().child("unfinished-end").attribute("list").as_string("fr/unfinished-ends"));
  for (pugi::xml_node n : file.root().child("outlet-name").children("exclude"))
    outlet_excluded.push_back(file.pattern(n, "outlet-name"));
  ui = &lexicon.list("fr/ui");
  stopwords = &lexicon.list("fr/stopwords");
}

const BoilerplateRules::Rule* BoilerplateRules::find_rule(const std::string& id) const {
  for (const auto* list : {&lines, &related, &teasers, &readmore})
    for (const Rule& r : *list)
      if (r.id == id) return &r;
  return nullptr;
}

std::string BlockFeatures::summary() const {
  char buf[160];
  std::snprintf(buf, sizeof buf, "words=%zu end=%s fr=%zu stop=%zu foreign=%zu%s%s ui=%zu caps=%zu", words,
                terminal ? "sentence" : "open", french, stop, foreign, language.empty() ? "" : ":", language.c_str(), ui,
                capitalized);
  return buf;
}

BlockFeatures block_features(const Block& block, const BoilerplateRules& rules, const LanguageId& language,
                             LanguageId::Cache* words) {
  BlockFeatures f;
  f.terminal = text::ends_sentence(block.text);
  char32_t last = text::last_char(text::strip_closers(block.text));
  f.question = last == U'?' || last == U'!';
  f.comma = block.text.find(',') != std::string::npos;
  for (const Sentence& s : block.sentences) {
    for (const Token& t : s.tokens) {
      if (t.kind != TokenKind::Word) continue;
      if (t.capitalized && !t.elided) ++f.capitalized;
      if (rules.stopwords->contains(t.lower)) ++f.stop;
      if (rules.ui->contains(t.lower)) ++f.ui;
    }
  }
  LanguageGuess g = language.identify(block.sentences, words);
  f.words = g.words;
  f.french = g.french;
  f.foreign = g.foreign;
  f.language = g.best;
  f.foreign_line = g.is_foreign();
  f.by_script = g.by_script;
  return f;
}

Document boilerplate(Document doc, Resources& res) {
  Classifier(doc, res.boilerplate, res.language).run();
  return doc;
}

}  // namespace titraille

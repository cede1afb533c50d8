#include "metadata.h"

#include <algorithm>
#include <cstdio>

#include "resources.h"
#include "segment.h"
#include "text.h"

namespace titraille {
namespace {

std::vector<MetadataRules::Rule> load(const RuleFile& file, const char* element) {
  std::vector<MetadataRules::Rule> rules;
  for (pugi::xml_node n : file.root().children(element)) {
    MetadataRules::Rule r;
    r.id = n.attribute("id").as_string(element);
    r.kind = n.attribute("kind").as_string();
    r.check_place = std::string_view(n.attribute("check").as_string("place")) != "none";
    r.repost = n.attribute("repost").as_bool();
    for (pugi::xml_node p : n.children("pattern")) r.patterns.push_back(file.pattern(p, r.id));
    rules.push_back(std::move(r));
  }
  return rules;
}

// The first rule whose pattern matches the whole line.
const Pattern* full_match(const std::vector<MetadataRules::Rule>& rules, const icu::UnicodeString& s,
                          const MetadataRules::Rule** which) {
  for (const auto& r : rules)
    for (const Pattern& p : r.patterns)
      if (p.full(s)) {
        *which = &r;
        return &p;
      }
  return nullptr;
}

std::string group(const Pattern& p, const char* name) { return std::string(text::trim(text::utf8(p.group(name)))); }

bool is_place(const MetadataRules& rules, std::string_view name) {
  std::string_view first = text::trim(name.substr(0, name.find(',')));
  if (text::is_all_caps(first) && text::length(first) >= 3) return true;
  if (!rules.places) return false;
  return rules.place_spellings().count(text::fold(first)) != 0;
}

// A dateline's place: a place itself, or a town in small letters whose
// département in parentheses (the group `region`) is a known place
// (« Redon (Ille-et-Vilaine) – »).
bool is_dateline_place(const MetadataRules& rules, const Pattern& p, std::string_view name) {
  if (is_place(rules, name)) return true;
  const std::string region = group(p, "region");
  return !region.empty() && rules.places && rules.place_spellings().count(text::fold(region)) != 0;
}

// "NÎMES, Grèce" -> "Nîmes, Grèce": a place written in capitals takes the
// spelling of the places list, or a capital on each word.
std::string recase_place(const MetadataRules& rules, const std::string& place) {
  std::string out;
  std::size_t start = 0;
  while (start <= place.size()) {
    std::size_t comma = place.find(',', start);
    std::string part(text::trim(std::string_view(place).substr(start, comma == std::string::npos ? std::string::npos : comma - start)));
    if (text::is_all_caps(part)) {
      const std::map<std::string, std::string>& spellings = rules.place_spellings();
      auto known = spellings.find(text::fold(part));
      std::string found = known == spellings.end() ? "" : known->second;
      if (found.empty()) {
        // A capital on each word but the articles and prepositions inside
        // the name (« SANTIAGO DU CHILI » -> « Santiago du Chili »).
        std::vector<std::string> words = text::split_words(text::lower(part));
        for (std::size_t w = 0; w < words.size(); ++w) {
          std::string word = words[w];
          if (w == 0 || !rules.stopwords || !rules.stopwords->contains(word)) {
            bool cap = true;
            std::string cased;
            for (std::size_t i = 0; i < word.size();) {
              std::size_t at = i;
              text::next_char(word, i);
              std::string ch = word.substr(at, i - at);
              cased += cap ? text::upper(ch) : ch;
              cap = ch == "-";
            }
            word = cased;
          }
          found += (w ? " " : "") + word;
        }
      }
      part = found;
    }
    if (!out.empty()) out += ", ";
    out += part;
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

void set_once(std::optional<std::string>& field, const std::string& value) {
  if (!field && !value.empty()) field = value;
}

std::string date_byline_or_credit(const MetadataRules& rules, const icu::UnicodeString& s, const std::string& text,
                                  Metadata& md, std::string& rule_id);

// A part of a metadata line read on its own (the update after the
// publication, the byline after a date, the date after a desk's
// signature): when it is read as `reason`, `md` takes what it gave and
// `rule_id` its rule's id after a "+".
bool read_part(const MetadataRules& rules, const std::string& part, std::string_view reason, Metadata& md,
               std::string& rule_id) {
  Metadata read = md;
  std::string id;
  if (part.empty() || date_byline_or_credit(rules, text::u(part), part, read, id) != reason) return false;
  md = std::move(read);
  rule_id += "+" + id;
  return true;
}

// A date, byline or credit filling `md`; returns the removal reason (empty
// when the text is none of them) and sets `rule_id`.
std::string date_byline_or_credit(const MetadataRules& rules, const icu::UnicodeString& s, const std::string& text,
                                  Metadata& md, std::string& rule_id) {
  const MetadataRules::Rule* rule = nullptr;
  if (const Pattern* p = full_match(rules.dates, s, &rule)) {
    // An update at a time alone is on the day of the publication read
    // before it (on the same line or above); without one it is printed as is.
    // (In the publication's time zone: what follows its time.)
    if (rule->kind == "modified-time" && md.date && md.date->size() >= 10) {
      if (auto iso = iso_date(md.date->substr(8, 2), md.date->substr(5, 2), md.date->substr(0, 4), group(*p, "hour"),
                              group(*p, "minute"), md.date->size() > 19 ? md.date->substr(19) : "", *rules.months)) {
        set_once(md.date_modified, *iso);
        rule_id = rule->id;
        return "metadata.date";
      }
    }
    if (rule->kind == "relative" || rule->kind == "modified-time") {
      set_once(md.date_text, text);
      rule_id = rule->id;
      return "metadata.date";
    }
    // « 9:14 AM », « 3:05 PM », « 12:30 AM »: the hour on 24.
    std::string hour = group(*p, "hour");
    if (const std::string ampm = text::lower(group(*p, "ampm")); !ampm.empty() && !hour.empty()) {
      int h = std::atoi(hour.c_str());
      if (h >= 1 && h <= 12) hour = std::to_string(h % 12 + (ampm[0] == 'p' ? 12 : 0));
    }
    auto iso = iso_date(group(*p, "day"), group(*p, "month"), group(*p, "year"), hour, group(*p, "minute"),
                        group(*p, "tz"), *rules.months, rules.foreign_months);
    // The byline after the date must be one.
    Metadata signed_md = md;
    std::string byline_id;
    if (const std::string byline = group(*p, "byline");
        iso && !byline.empty() && !read_part(rules, byline, "metadata.author", signed_md, byline_id))
      iso.reset();
    if (iso) {
      md = std::move(signed_md);
      if (rule->kind == "modified") set_once(md.date_modified, *iso);
      else set_once(md.date, *iso);
      rule_id = rule->id + byline_id;
      // The update printed after the publication on the same line.
      read_part(rules, group(*p, "modified"), "metadata.date", md, rule_id);
      return "metadata.date";
    }
  }
  if (const Pattern* p = full_match(rules.bylines, s, &rule)) {
    // A second author after the first one's role (« Par Claire Martin,
    // envoyée spéciale à Nice, et Paul Roux »): group `author2`.
    const std::string second = group(*p, "author2");
    set_once(md.author, group(*p, "author") + (second.empty() ? "" : " et " + second));
    set_once(md.agency, group(*p, "agency"));
    // The outlet after the names (« Par Yann Le Floch, Ouest-France »), not a place.
    if (const std::string outlet = group(*p, "outlet"); !outlet.empty() && !is_place(rules, outlet))
      set_once(md.source, outlet);
    rule_id = rule->id;
    if (const std::string when = group(*p, "date"); !when.empty()) {
      std::string date_id;
      Metadata dated = md;
      if (date_byline_or_credit(rules, text::u(when), when, dated, date_id) == "metadata.date") {
        md = dated;
        rule_id += "+" + date_id;
        // A site's account signs (« Posted by admin on 12 décembre 2024 »): the line gave a date only.
        if (group(*p, "author").empty()) return "metadata.date";
      }
    }
    return "metadata.author";
  }
  if (const Pattern* p = full_match(rules.credits, s, &rule)) {
    set_once(md.agency, group(*p, "agency"));
    rule_id = rule->id;
    // The date after a desk's signature (« Rédaction Culture – 27 février 2025 »).
    return read_part(rules, group(*p, "date"), "metadata.date", md, rule_id) ? "metadata.date" : "metadata.agency";
  }
  return "";
}

// Whether a piece of a composite line is no name: a word gluing letters and
// digits (« Pédaleur63 »: a reader's account, as a comment's header names
// it), or three words and more with one in lower case that is no stop word
// (« Danilo accable Tuchel »: a related article's headline).
bool not_a_name(const MetadataRules& rules, std::string_view piece) {
  const std::vector<std::string> words = text::split_words(piece);
  for (const std::string& w : words) {
    bool letter = false, digit = false;
    for (char c : w) {
      digit = digit || (c >= '0' && c <= '9');
      letter = letter || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
    }
    if (letter && digit) return true;
    if (words.size() >= 3 && !text::starts_with_upper(w) && rules.stopwords &&
        !rules.stopwords->contains(text::lower(w)))
      return true;
  }
  return false;
}

// The pieces of `s` between the matches of `separator` (begin, end in `s`).
std::vector<std::pair<int32_t, int32_t>> split_at(const Pattern& separator, const icu::UnicodeString& s) {
  std::vector<std::pair<int32_t, int32_t>> pieces;
  int32_t from = 0, b = 0, e = 0;
  while (separator.find(s, from, b, e) && e > b) {
    pieces.emplace_back(from, b);
    from = e;
  }
  pieces.emplace_back(from, s.length());
  return pieces;
}

// A line of several pieces between separators ("Le Monde | 04.05.2015 à
// 13h36 • Mis à jour le 05.05.2015 | Par Jeanne Martin"): every piece a date,
// a byline, a credit or a short name (the outlet, a section), at least one a
// date or a byline. Fills `md` and returns the reason, else "".
// `outlet`: the name opening the line, unless it is the page's interface
// (« Accueil »): the outlet's when the author is known, else maybe the author's.
std::string composite_line(const MetadataRules& rules, const icu::UnicodeString& s, Metadata& md, std::string& rule_id,
                           std::string& outlet) {
  if (!rules.separator.valid()) return "";
  const std::vector<std::pair<int32_t, int32_t>> pieces = split_at(rules.separator, s);
  if (pieces.size() < 2) return "";
  Metadata found = md;
  std::string reason, ids, name;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    const auto [begin, end] = pieces[i];
    std::string t(text::trim(text::utf8(s.tempSubString(begin, end - begin))));
    std::string id;
    Metadata before = found;
    const icu::UnicodeString piece = text::u(t);
    std::string r = date_byline_or_credit(rules, piece, t, found, id);
    // A date whose time is the next piece (« Publié le 3 mars 2025 | 17:42 »):
    // the two pieces with the separator between them are read as one date.
    if (r == "metadata.date" && i + 1 < pieces.size()) {
      std::string joined(text::trim(text::utf8(s.tempSubString(begin, pieces[i + 1].second - begin))));
      Metadata with_time = before;
      std::string joined_id;
      if (date_byline_or_credit(rules, text::u(joined), joined, with_time, joined_id) == "metadata.date") {
        found = with_time;
        id = joined_id + "+time";
        ++i;
      }
    }
    if (r.empty() && std::any_of(rules.composite_ignored.begin(), rules.composite_ignored.end(),
                                 [&](const Pattern& p) { return p.full(piece); })) {
      id = "ignored";
    } else if (r.empty()) {
      // A short name: capitalised words, no sentence, no account.
      std::size_t words = 1;
      for (char c : t) words += c == ' ';
      if (t.empty() || words > rules.composite_name_max_words || !text::starts_with_upper(t) || text::ends_sentence(t) ||
          not_a_name(rules, t))
        return "";
      id = "name";
      if (i == 0) {
        bool chrome = rules.ui != nullptr;
        for (const std::string& w : text::split_words(text::lower(t))) chrome = chrome && rules.ui->contains(w);
        if (!chrome) name = t;
      }
    } else if (reason.empty() || r == "metadata.date") {
      reason = reason == "metadata.date" ? reason : r;
    }
    ids += (ids.empty() ? "" : "+") + id;
  }
  if (reason.empty() || reason == "metadata.agency") return "";
  md = found;
  outlet = name;
  rule_id = "composite(" + ids + ")";
  return reason;
}

}  // namespace

MetadataRules::MetadataRules(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/metadata.xml");
  dates = load(file, "date");
  bylines = load(file, "byline");
  credits = load(file, "credit");
  source_lines = load(file, "source-line");
  datelines = load(file, "dateline");
  if (pugi::xml_node c = file.root().child("composite")) {
    separator = file.pattern(c.child("separator"), "composite");
    composite_name_max_words = c.attribute("name-max-words").as_uint(4);
    for (pugi::xml_node n : c.children("ignore")) composite_ignored.push_back(file.pattern(n, "composite"));
  }
  if (pugi::xml_node a = file.root().child("author-separator")) author_separator = file.pattern(a, "author-separator");
  months = &lexicon.list("fr/months");
  for (const std::string& name : text::split_words(file.root().child("foreign-months").attribute("lists").as_string()))
    if (const WordList* list = lexicon.find(name)) foreign_months.push_back(list);
  places = lexicon.find("fr/places");
  stopwords = lexicon.find("fr/stopwords");
  ui = lexicon.find("fr/ui");
}

const std::map<std::string, std::string>& MetadataRules::place_spellings() const {
  if (!place_spellings_) {
    place_spellings_.emplace();
    if (places)
      for (std::string_view p : places->entries()) (*place_spellings_)[text::fold(p)] = p;
  }
  return *place_spellings_;
}

std::optional<std::string> iso_date(const std::string& day, const std::string& month, const std::string& year,
                                    const std::string& hour, const std::string& minute, const std::string& tz,
                                    const WordList& months, const std::vector<const WordList*>& other_months) {
  int m = 0;
  if (!month.empty() && text::is_digit(text::first_char(month))) {
    m = std::atoi(month.c_str());
  } else {
    std::string key = text::lower(month);
    if (!key.empty() && key.back() == '.') key.pop_back();
    std::vector<const WordList*> lists{&months};
    lists.insert(lists.end(), other_months.begin(), other_months.end());
    for (const WordList* list : lists) {
      if (m) break;
      for (std::string_view name : list->entries())
        if (name.compare(0, key.size(), key) == 0 && key.size() >= 3) {
          m = std::atoi(std::string(list->value(name)).c_str());
          break;
        }
    }
  }
  int d = std::atoi(day.c_str()), y = std::atoi(year.c_str());
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900) return std::nullopt;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  std::string out = buf;
  if (!hour.empty()) {
    int h = std::atoi(hour.c_str()), mi = minute.empty() ? 0 : std::atoi(minute.c_str());
    if (h > 23 || mi > 59) return out;
    std::snprintf(buf, sizeof buf, "T%02d:%02d:00", h, mi);
    out += buf;
    if (!tz.empty()) {
      std::string t;
      for (char c : tz)
        if (c != ' ') t += c;
      if (t.rfind("\xE2\x88\x92", 0) == 0) t = "-" + t.substr(3);  // U+2212 minus
      char sign = t[0] == '-' ? '-' : '+';
      std::string digits = t.substr(1);
      int th = 0, tm = 0;
      std::size_t colon = digits.find(':');
      if (colon != std::string::npos) {
        th = std::atoi(digits.substr(0, colon).c_str());
        tm = std::atoi(digits.substr(colon + 1).c_str());
      } else if (digits.size() > 2) {
        th = std::atoi(digits.substr(0, digits.size() - 2).c_str());
        tm = std::atoi(digits.substr(digits.size() - 2).c_str());
      } else {
        th = std::atoi(digits.c_str());
      }
      if (th <= 14 && tm < 60) {
        std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, th, tm);
        out += buf;
      }
    }
  }
  return out;
}

// Whether the rule ids `ids` (« composite(posted-by+day-month-year-foreign) »)
// name a rule with repost="true".
bool reposted(const MetadataRules& rules, const std::string& ids) {
  for (const auto* list : {&rules.dates, &rules.bylines})
    for (const MetadataRules::Rule& r : *list) {
      if (!r.repost) continue;
      for (std::size_t at = ids.find(r.id); at != std::string::npos; at = ids.find(r.id, at + 1)) {
        const std::size_t end = at + r.id.size();
        auto boundary = [](char c) { return c == '+' || c == '(' || c == ')'; };
        if ((at == 0 || boundary(ids[at - 1])) && (end == ids.size() || boundary(ids[end]))) return true;
      }
    }
  return false;
}

Document metadata(Document doc, Resources& res) {
  const MetadataRules& rules = res.metadata;
  Metadata& md = doc.metadata;
  std::optional<std::string> repost_date;  // the aggregator's date of its copy
  int article_like_seen = 0;
  std::vector<std::string> outlets;  // names opening lines of dates and bylines
  for (Block& b : doc.blocks) {
    if (b.kind != BlockKind::Pending) continue;
    icu::UnicodeString s = text::u(b.text);
    const MetadataRules::Rule* rule = nullptr;
    std::string id;
    const std::optional<std::string> date_before = md.date;
    std::string reason = date_byline_or_credit(rules, s, b.text, md, id);
    if (reason.empty()) {
      std::string name;
      reason = composite_line(rules, s, md, id, name);
      if (!name.empty()) outlets.push_back(name);
    }
    // An aggregator's date of its copy stands aside for the article's own.
    if (reason == "metadata.date" && md.date != date_before && reposted(rules, id)) {
      set_once(repost_date, md.date.value_or(""));
      md.date = date_before;
    }
    if (!reason.empty()) {
      b.kind = BlockKind::Removed;
      b.reason = reason;
      b.rule = "metadata:" + id;
      continue;
    }
    if (const Pattern* p = full_match(rules.source_lines, s, &rule)) {
      std::string place = group(*p, "dateline");
      if (!rule->check_place || is_dateline_place(rules, *p, place)) {
        set_once(md.dateline, recase_place(rules, place));
        set_once(md.source, group(*p, "source"));
        set_once(md.agency, group(*p, "agency"));
        b.kind = BlockKind::Removed;
        b.reason = "dateline";
        b.rule = "metadata:" + rule->id;
        continue;
      }
    }
    // A dateline opening one of the first article paragraphs.
    if (article_like_seen < 3 && b.sentences.size() >= 1 && text::ends_sentence(b.text)) {
      ++article_like_seen;
      for (const auto& r : rules.datelines) {
        for (const Pattern& p : r.patterns) {
          int32_t end = p.prefix(s, 0);
          if (end <= 0) continue;
          std::string place = group(p, "dateline");
          if (r.check_place && !is_dateline_place(rules, p, place)) continue;
          set_once(md.dateline, recase_place(rules, place));
          set_once(md.agency, group(p, "agency"));
          std::string prefix = text::utf8(s.tempSubString(0, end));
          doc.removed.push_back({std::string(text::trim(prefix)), "dateline", "metadata:" + r.id, b.line});
          b.text = b.text.substr(prefix.size());
          b.span.begin += prefix.size();
          segment_block(b, res);
          goto next_block;
        }
      }
    }
  next_block:;
  }
  // A relative date stands for the date the page does not give: beside the
  // date read from another line (« 28 février 2025 18:58 », then « Mis à jour
  // il y a 2 heures ») it tells nothing date_text could be read as.
  if (!md.date) md.date = repost_date;
  if (md.date) md.date_text.reset();
  // The name opening a line of dates and bylines (« Ouest Actu | Publié le
  // 3 mars 2025 | 17:42 ») is the outlet's once the author is known: else it
  // may be the author's own (« Marie Martin | lundi 9 décembre 2019 »).
  for (const std::string& name : outlets)
    if (md.author && text::fold(*md.author) != text::fold(name)) set_once(md.source, name);
  // Several authors, one by one (« Antoine Lefranc et Sophie Delorme »).
  if (md.author && md.authors.empty() && rules.author_separator.valid()) {
    const icu::UnicodeString u = text::u(*md.author);
    std::vector<std::string> names;
    bool whole = true;  // no empty name between two separators
    for (const auto& [begin, end] : split_at(rules.author_separator, u)) {
      whole = whole && end > begin;
      names.push_back(text::utf8(u.tempSubString(begin, end - begin)));
    }
    if (names.size() > 1 && whole) md.authors = std::move(names);
  }
  return doc;
}

}  // namespace titraille

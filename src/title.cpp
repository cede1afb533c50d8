#include "title.h"

#include <algorithm>
#include <limits>
#include <set>
#include <utility>

#include "french.h"
#include "keyphrase.h"
#include "repair.h"
#include "resources.h"
#include "text.h"

namespace titraille {

namespace {

// The lower-case, trimmed items of a "a|b|c" element.
std::vector<std::string> bar_list(pugi::xml_node node) {
  std::vector<std::string> out;
  std::string all = node.text().as_string();
  for (std::size_t b = 0; b <= all.size();) {
    std::size_t e = all.find('|', b);
    if (e == std::string::npos) e = all.size();
    std::string item(text::trim(std::string_view(all).substr(b, e - b)));
    if (!item.empty()) out.push_back(text::lower(item));
    b = e + 1;
  }
  return out;
}

}  // namespace

TitleRules::TitleRules(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/titles.xml");
  pugi::xml_node root = file.root();
  min_chars = root.attribute("min-chars").as_uint(30);
  max_chars = root.attribute("max-chars").as_uint(60);
  h1_max_chars = root.attribute("h1-max-chars").as_uint(90);
  inner_max_offset = root.attribute("inner-max-offset").as_uint(0);
  max_px = root.attribute("max-px").as_int(600);
  generic_rank = root.attribute("generic-rank").as_int(std::numeric_limits<int>::min());
  prepositions = bar_list(root.child("preposition"));
  std::stable_sort(prepositions.begin(), prepositions.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  trim_prepositions = bar_list(root.child("trim"));
  cut_before = bar_list(root.child("cut-before"));
  fixed_locutions = bar_list(root.child("fixed"));
  if (pugi::xml_node c = root.child("coordination")) {
    coordinations = bar_list(c);
    coordination_not_before = &lexicon.list(c.attribute("not-before").as_string("fr/stopwords"));
  }
  predicate_elisions = text::split_words(root.child("predicate-elisions").text().as_string());
  locutions = bar_list(root.child("locution"));
  articles = text::split_words(root.child("articles").text().as_string());
  // The cut pattern keeps its spaces: it is read raw.
  cut = Pattern(root.child("cut").text().as_string(), "rules/titles.xml: cut", true, file.compile_mode());
  complement_cuts = text::split_words(root.child("cut").attribute("complement").as_string());
  attribution = file.pattern(root.child("attribution"), "attribution");
  site_suffix = file.pattern(root.child("site-suffix"), "site-suffix");
  if (pugi::xml_node c = root.child("complement")) complement = file.pattern(c, "complement");
  if (pugi::xml_node l = root.child("label")) label = file.pattern(l, "label");
  if (pugi::xml_node k = root.child("kicker-dot")) kicker_dot = file.pattern(k, "kicker-dot");
  if (pugi::xml_node n = root.child("noun-complement")) {
    noun_complement = bar_list(n);
    noun_determiners = text::split_words(n.attribute("determiners").as_string());
  }
  if (pugi::xml_node g = root.child("participle-group")) {
    participle_lists.emplace(lexicon);
    participle_followed_by = text::split_words(g.attribute("followed-by").as_string());
    participle_min_before = g.attribute("min-before").as_uint(4);
    participle_not_after = &lexicon.list(g.attribute("not-after").as_string("fr/stopwords"));
  }
  if (pugi::xml_node a = root.child("accents")) {
    for (const std::string& name : text::split_words(a.attribute("lists").as_string()))
      accent_lists_.push_back(&lexicon.list(name));
    never_final_ = text::split_words(a.attribute("never-final").as_string());
    for (const std::string& w : text::split_words(a.attribute("verb-before").as_string())) verb_before_.insert(w);
    participle_endings_ = &lexicon.list(a.attribute("participle-endings").as_string("fr/participle-endings"));
    accents_seeded_ = kAccentSeed && data.embedded("rules/titles.xml") &&
                      std::all_of(accent_lists_.begin(), accent_lists_.end(), [](const WordList* l) { return l->precomputed(); });
  }
  if (pugi::xml_node n = root.child("incomplete-end")) {
    incomplete_words = text::split_words(n.attribute("words").as_string());
    incomplete_verbs = text::split_words(n.attribute("verbs").as_string());
    incomplete_always = text::split_words(n.attribute("always").as_string());
    incomplete_after = text::split_words(n.attribute("unless-after").as_string());
    negation = text::split_words(n.attribute("negation").as_string());
    negation_ends = text::split_words(n.attribute("negation-ends").as_string());
  }
  for (pugi::xml_node t : root.children("template"))
    templates.push_back({t.attribute("id").as_string(), std::string(text::trim(t.text().as_string())),
                         t.attribute("rank").as_int()});
}

bool TitleRules::ends_incomplete(std::string_view title) const {
  // An elided word is glued to what follows it: « …de l’ » cannot end.
  if (const char32_t c = text::last_char(text::trim(title)); c == U'\u2019' || c == U'\'') return true;
  // (The words without their punctuation: « … ? » and « …» » end on the word before.)
  const std::vector<std::string> words = analysis::words(title);
  if (words.empty()) return false;
  // (A word after an elision counts by itself: « un » of « qu’un »; fold()
  // writes every apostrophe ’.)
  auto in = [&](const std::vector<std::string>& list, std::size_t back) {
    return back <= words.size() &&
           text::listed(list, text::split_elision(text::fold(words[words.size() - back])).second);
  };
  // A negation left open: « ne » with no « pas », « plus », « que »… after
  // it; the word that closes it may end the title (« …ne se représentera
  // plus »). « n’a » is « n’ » then « a », « qu’un » « qu’ » then « un ».
  bool open = false, closed_last = false;
  for (const std::string& word : text::split_words(text::fold(title))) {
    const auto [elision, rest] = text::split_elision(word);
    for (const std::string_view form : {elision, rest}) {
      if (form.empty()) continue;
      closed_last = false;
      if (text::listed(negation, form)) {
        open = true;
      } else if (open && text::listed(negation_ends, form)) {
        open = false;
        closed_last = true;
      }
    }
  }
  if (open) return true;
  if (!closed_last && (in(incomplete_words, 1) || in(incomplete_always, 1))) return true;
  return in(incomplete_verbs, 1) && !in(incomplete_after, 2) && !in(incomplete_after, 3);
}

bool TitleRules::known_word(std::string_view lower) const {
  return std::any_of(accent_lists_.begin(), accent_lists_.end(), [&](const WordList* l) { return l->contains(lower); });
}

const WordList& TitleRules::accent_table() const {
  std::call_once(accented_once_, [this] {
    if (accents_seeded_) {
      accented_ = WordList(*kAccentSeed);
      return;
    }
    // The lists are in lower case; a word of ASCII letters has no accent.
    std::unordered_map<std::string, std::string_view> first;
    std::unordered_set<std::string> ambiguous;
    std::vector<std::pair<std::string, std::string_view>> found;  // in the lists' order
    for (const WordList* list : accent_lists_)
      for (std::string_view w : list->entries()) {
        if (std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) continue;
        if (text::ends_with_any(w, never_final_, 0)) continue;
        std::string folded = text::fold_ascii(w);
        if (folded == w || known_word(folded)) continue;
        if (auto [it, fresh] = first.emplace(folded, w); !fresh && it->second != w) ambiguous.insert(folded);
        found.emplace_back(std::move(folded), w);
      }
    for (auto& [folded, w] : found)
      if (!ambiguous.count(folded)) accented_.add(accent_keys_.emplace_back(std::move(folded)), w);
  });
  return accented_;
}

std::string_view TitleRules::accented(std::string_view folded) const { return accent_table().value(folded); }

bool TitleRules::participle_ending(std::string_view spelled) const {
  if (!participle_endings_) return false;
  for (std::string_view e : participle_endings_->entries())
    if (spelled.ends_with(e)) return true;
  return false;
}

BodyCasing body_casing(const Document& doc, bool unaccented) {
  // t.form() -> its written forms and their counts (each word is decided
  // alone: the order of the table does not matter).
  BodyCasing out;
  // Most words are written one way: the first written form and its count
  // need no vector.
  struct Written {
    std::string_view first;
    int n = 0;
    std::vector<std::pair<std::string_view, int>> more;
  };
  std::unordered_map<std::string_view, Written> forms;
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs)
      for (const Sentence& sent : p.sentences) {
        if (text::is_all_caps(sent.text)) continue;  // a line in capitals says nothing of casing
        for (std::size_t i = 1; i < sent.tokens.size(); ++i) {
          const Token& t = sent.tokens[i];
          if (t.kind != TokenKind::Word) continue;
          if (sent.tokens[i - 1].text == "." || sent.tokens[i - 1].text == "«" || sent.tokens[i - 1].text == ":") continue;
          Written& written =
              forms[t.elided ? std::string_view(out.forms.emplace_back(t.form())) : std::string_view(t.lower)];
          if (written.n == 0) {
            written = {t.text, 1, {}};
          } else if (written.first == t.text) {
            ++written.n;
          } else {
            auto f = std::find_if(written.more.begin(), written.more.end(), [&](const auto& w) { return w.first == t.text; });
            if (f != written.more.end()) ++f->second;
            else written.more.emplace_back(t.text, 1);
          }
        }
      }
  out.usual.reserve(forms.size());
  out.seen.reserve(forms.size() * 2);
  // Words that fold to the same letters without accents (« pêche »,
  // « péché »): the most frequent wins, then the first in byte order, so
  // that the result does not hang on the hash table's order.
  std::unordered_map<std::string, int> unaccented_count;
  for (const auto& [form, written] : forms) {
    // The most frequent written form; a tie goes to the first in byte order.
    int best = 0;
    std::string_view usual;
    auto consider = [&](std::string_view w, int n) {
      out.seen.insert(w);
      if (n > best || (n == best && w < usual)) {
        best = n;
        usual = w;
      }
    };
    consider(written.first, written.n);
    for (const auto& [w, n] : written.more) consider(w, n);
    out.usual.emplace(form, usual);
    if (unaccented) {
      std::string folded = text::fold_ascii(form);
      auto [it, fresh] = out.unaccented.try_emplace(folded, usual);
      int& count = unaccented_count[folded];
      if (!fresh && (best > count || (best == count && usual < it->second))) it->second = usual;
      if (fresh || best > count) count = best;
    }
  }
  return out;
}

std::string recase(const std::string& title, const std::vector<Token>& tokens, const BodyCasing& casing) {
  const bool all_caps = text::is_all_caps(title);
  std::string out;
  std::size_t at = 0;
  // A word that opens the title, a sentence or a quotation keeps the case
  // it is written in (« ENTRETIEN. « Le vélo… » »), unless in capitals.
  bool opening = true;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    out += title.substr(at, t.offset - at);
    at = t.offset + t.text.size();
    if (t.kind != TokenKind::Word) {
      out += t.text;
      if (t.kind == TokenKind::Punct)
        opening = t.text == "\u00AB" || t.text == "\"" || t.text == "." || t.text == "!" || t.text == "?";
      continue;
    }
    const bool opens = std::exchange(opening, false);
    auto it = casing.usual.find(t.form());
    // (A word in lower case in a title not in capitals stays so: the body's
    // « La Chapelle-sur-Erdre » does not make « vote la ligne 6 » « vote La ligne 6 ».)
    if (!all_caps && (opens || casing.seen.count(t.text) || !t.capitalized)) {
      out += t.text;
    } else if (it != casing.usual.end()) {
      out += it->second;
    } else if (!all_caps) {
      out += t.text;
    } else {
      // The spelling with accents the body, then the <accents> lists, give
      // it; not a participle's final « é » before an object (« ADOPTE UN
      // BUDGET » is the verb: <accents verb-before>).
      const std::string folded = text::fold_ascii(t.form());
      std::string_view spelled;
      if (auto u = casing.unaccented.find(folded); u != casing.unaccented.end()) spelled = u->second;
      else if (casing.accents) spelled = casing.accents->accented(folded);
      if (!spelled.empty() && casing.accents && casing.accents->participle_ending(spelled)) {
        std::size_t next = k + 1;
        while (next < tokens.size() && tokens[next].kind != TokenKind::Word) ++next;
        if (next < tokens.size() && casing.accents->verb_before(tokens[next].form())) spelled = {};
      }
      out += spelled.empty() ? text::lower(t.text) : std::string(spelled);
    }
  }
  if (at < title.size()) out += title.substr(at);
  return text::capitalize_first(out);
}

namespace {

bool contains_folded(const std::string& haystack, const std::string& needle) {
  return !needle.empty() && text::fold(haystack).find(text::fold(needle)) != std::string::npos;
}

// `original` without the group that carries the keyphrase, or "" when the
// keyphrase opens the title (it would leave a headless sentence).
// Where the group that the preposition at byte `prep` of `low` opens
// starts: at the <locution> word right before it (« près de Carnac »,
// « d’ici à 2030 »), else at `prep`.
std::size_t group_start(std::string_view low, std::size_t prep, const TitleRules& rules) {
  std::string_view head = low.substr(0, prep);
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  const std::size_t sp = head.rfind(' ');
  const std::size_t word = sp == std::string_view::npos ? 0 : sp + 1;
  for (const std::string& l : rules.locutions)
    if (head.substr(word) == l) return word;
  return prep;
}

std::string without_keyphrase(const std::string& original, const std::string& kp, const TitleRules& rules) {
  if (kp.empty()) return original;
  const std::string low = text::lower(original), kp_low = text::lower(kp);
  const std::size_t at = low.find(kp_low);
  if (at == std::string::npos || low.size() != original.size()) return original;
  const std::string_view region = std::string_view(low).substr(0, at);
  for (const std::string& prep : rules.prepositions) {
    std::string needle = text::lower(prep);
    if (text::last_char(needle) != U'\u2019') needle += ' ';
    if (region.size() < needle.size() || region.substr(region.size() - needle.size()) != needle) continue;
    std::size_t start = region.size() - needle.size();
    if (start > 0 && low[start - 1] != ' ') continue;
    // "près de Carnac": the word that needs the preposition goes too.
    start = group_start(low, start, rules);
    if (start == 0) return "";
    // « Mort de Bernard Valmont, … »: a lone noun before the group needs it.
    if (text::split_words(text::trim(std::string_view(original).substr(0, start))).size() < 2) return original;
    // Only a group at the end of the title or before a break can go
    // ("… au Karabakh", "… à Nîmes, …"); inside a phrase it would leave a hole.
    std::string after_kp = original.substr(at + kp_low.size());
    bool at_break = text::trim(after_kp).empty() || rules.cut.prefix(text::u(after_kp), 0) > 0 ||
                    text::first_char(text::trim(after_kp)) == U'?' || text::first_char(text::trim(after_kp)) == U'!';
    if (!at_break) return original;
    // « … à Nîmes et dans les Cévennes »: the conjunction goes with the group.
    std::string_view head = text::trim(std::string_view(original).substr(0, start));
    for (const std::string& c : rules.coordinations)
      if (head.size() > c.size() && text::lower(head.substr(head.size() - c.size())) == c &&
          head[head.size() - c.size() - 1] == ' ') {
        head = text::trim(head.substr(0, head.size() - c.size()));
        break;
      }
    return text::collapse_spaces(text::trim(std::string(head) + original.substr(at + kp_low.size())));
  }
  // "Kp : the rest": the title already leads with the keyphrase.
  std::string_view after = text::trim(std::string_view(original).substr(at + kp_low.size()));
  if (region.empty() && !after.empty() && (after.front() == ':' || text::first_char(after) == U'\u2013' ||
                                           text::first_char(after) == U'\u2014')) {
    std::size_t skip = after.front() == ':' ? 1 : 3;  // ":" or a 3-byte dash
    return std::string(text::trim(after.substr(skip)));
  }
  // The keyphrase opens the title: taking it out would leave no subject.
  std::string_view before = text::trim(region);
  if (before.empty() || std::find(rules.articles.begin(), rules.articles.end(), before) != rules.articles.end())
    return "";
  return original;
}

// Whether `word` (lower case) is an entry of `list`, an elided entry
// (« l’ », « d’ ») matching the word it is glued to (« l’eau »).
bool one_of(const std::vector<std::string>& list, std::string_view word) {
  return std::any_of(list.begin(), list.end(), [&](const std::string& w) {
    return word == w || (text::last_char(w) == U'\u2019' && word.starts_with(w));
  });
}

// The text of `s` before `part` when a comma closes it, without that comma
// and trimmed; nullopt otherwise.
std::optional<std::string_view> before_comma(const std::string& s, const std::string& part) {
  const std::size_t at = s.find(part);
  if (at == std::string::npos) return std::nullopt;
  std::string_view before = text::trim(std::string_view(s).substr(0, at));
  if (before.empty() || before.back() != ',') return std::nullopt;
  before.remove_suffix(1);
  return before;
}

// `clause` without the keyphrase when it is the complement of the noun
// before it (« le chantier du téléphérique prend… » → « le chantier
// prend… »): a determiner, one word, a <noun-complement> preposition and the
// keyphrase. "" when the keyphrase is not so placed.
std::string without_noun_complement(const std::string& clause, const std::string& kp, const TitleRules& rules) {
  if (kp.empty()) return "";
  const std::string low = text::lower(clause), kp_low = text::lower(kp);
  const std::size_t at = low.find(kp_low);
  if (at == std::string::npos || low.size() != clause.size()) return "";
  const std::size_t end = at + kp_low.size();
  if (end < low.size() && text::is_letter(text::first_char(std::string_view(low).substr(end)))) return "";
  const std::string_view region = std::string_view(low).substr(0, at);
  for (const std::string& prep : rules.noun_complement) {
    std::string needle = prep;
    if (text::last_char(needle) != U'\u2019') needle += ' ';
    if (region.size() < needle.size() + 1 || region.substr(region.size() - needle.size()) != needle ||
        region[region.size() - needle.size() - 1] != ' ')
      continue;
    const std::size_t start = region.size() - needle.size() - 1;  // the space before the preposition
    const std::vector<std::string> before = text::split_words(region.substr(0, start));
    if (before.empty()) return "";
    const std::string& noun = before.back();
    // « le chantier », or one word after an elided determiner: « l’avenir ».
    const bool elided = noun.find("\u2019") != std::string::npos && one_of(rules.noun_determiners, noun);
    if (!elided && (before.size() < 2 || !one_of(rules.noun_determiners, before[before.size() - 2]))) return "";
    if (!text::starts_with_lower(noun)) return "";
    return text::collapse_spaces(text::trim(clause.substr(0, start) + clause.substr(end)));
  }
  return "";
}

// Whether the keyphrase is the subject that opens `original` (alone or after
// one of the <articles>: "Le Conseil d’État annule…"), without a colon or a
// dash after it (that case is the {original} slot's).
bool keyphrase_opens(const std::string& original, const std::string& kp, const TitleRules& rules) {
  if (kp.empty()) return false;
  const std::string low = text::lower(original), kp_low = text::lower(kp);
  const std::size_t at = low.find(kp_low);
  if (at == std::string::npos) return false;
  std::string_view before = text::trim(std::string_view(low).substr(0, at));
  if (!before.empty() && std::find(rules.articles.begin(), rules.articles.end(), before) == rules.articles.end())
    return false;
  std::string_view after = text::trim(std::string_view(original).substr(std::min(original.size(), at + kp_low.size())));
  if (after.empty()) return false;
  const char32_t next = text::first_char(after);
  return next != U':' && next != U'\u2013' && next != U'\u2014';
}

// The parts of `s` between <cut> boundaries that have three words or more.
// A boundary that opens a complement (« rouvre après deux ans de travaux »)
// splits nothing: what follows it is no clause of its own, and the part
// before it is whole only with it (its shortened forms drop it).
std::vector<std::string> clauses(const std::string& s, const TitleRules& rules) {
  std::vector<std::string> out;
  icu::UnicodeString u = text::u(s);
  int32_t start = 0, b, e;
  while (start < u.length()) {
    int32_t end = u.length(), next = u.length();
    for (int32_t from = start; rules.cut.find(u, from, b, e) && e > b; from = e) {
      const std::string boundary = text::lower(text::trim(text::utf8(u.tempSubString(b, e - b))));
      if (std::find(rules.complement_cuts.begin(), rules.complement_cuts.end(), boundary) != rules.complement_cuts.end())
        continue;
      end = b;
      next = e;
      break;
    }
    std::string part(text::trim(text::utf8(u.tempSubString(start, end - start))));
    if (std::count(part.begin(), part.end(), ' ') >= 2) out.push_back(part);
    start = next;
  }
  return out;
}

// The words of `s` before the colon that follows `part` (the title's
// kicker, `part` its end), empty when no colon follows it.
std::string_view kicker_ending_with(const std::string& s, const std::string& part) {
  const std::size_t at = s.find(part);
  if (at == std::string::npos) return {};
  const std::size_t end = at + part.size();
  return text::trim(std::string_view(s).substr(end)).starts_with(":") ? std::string_view(s).substr(0, end)
                                                                       : std::string_view();
}

// Whether `part` of `s` comes right after a closing quotation mark: the
// words that say who spoke (« “…”, promet la ministre »), no title.
bool after_quotation(const std::string& s, const std::string& part) {
  std::size_t at = s.find(part);
  if (at == std::string::npos) return false;
  std::string_view before = std::string_view(s).substr(0, at);
  while (!before.empty() && (before.back() == ' ' || before.back() == ',')) before.remove_suffix(1);
  return before.ends_with("\u00BB") || before.ends_with("\"") || before.ends_with("\u201D");
}

// Whether `part` of `s` comes after a comma without being a clause: it
// opens with a function word that is no determiner (« …, à l’âge de 84
// ans »: when, not what happened) or with an elided pronoun of
// <predicate-elisions> (its subject is before the comma).
bool after_comma_no_clause(const std::string& s, const std::string& part, const TitleRules& rules) {
  if (!before_comma(s, part)) return false;
  const std::vector<std::string> words = text::split_words(part);
  if (words.empty() || !text::starts_with_lower(words.front())) return false;
  const std::string first = text::lower(words.front());
  // (Nor a predicate: « …, 22 ans, s’offre la 5ᵉ étape ».)
  if (std::any_of(rules.predicate_elisions.begin(), rules.predicate_elisions.end(),
                  [&](const std::string& e) { return first.starts_with(e); }))
    return true;
  return rules.coordination_not_before->contains(first) && !one_of(rules.noun_determiners, first);
}

// Whether `part` of `s` is an apposition to the keyphrase that does not
// open `s`: after « keyphrase, », a lower-case word that is no function
// word (« Mort de Bernard Valmont, figure du cinéma populaire » says who
// he was; what happened is before him).
bool apposition_of_keyphrase(const std::string& s, const std::string& part, const std::string& kp,
                             const TitleRules& rules) {
  const std::optional<std::string_view> before = before_comma(s, part);
  if (kp.empty() || !before) return false;
  const std::string low = text::lower(*before), kp_low = text::lower(kp);
  if (!low.ends_with(kp_low) || low.size() == kp_low.size() || keyphrase_opens(s, kp, rules)) return false;
  const std::vector<std::string> words = text::split_words(part);
  return !words.empty() && text::starts_with_lower(words.front()) &&
         !rules.coordination_not_before->contains(text::lower(words.front()));
}

// Whether `s` opens with a name the keyphrase ends: one or two capitalised
// words, then the keyphrase (« Mathieu Van der Poel s’offre… » for « Van
// der Poel »).
bool name_ends_with_keyphrase(const std::string& s, const std::string& kp) {
  const std::size_t at = text::lower(s).find(text::lower(kp));
  if (kp.empty() || at == std::string::npos || at == 0) return false;
  const std::vector<std::string> before = text::split_words(std::string_view(s).substr(0, at));
  return !before.empty() && before.size() <= 2 &&
         std::all_of(before.begin(), before.end(), [](const std::string& w) { return text::starts_with_upper(w); });
}

// Whether `part` of `s` follows, after a comma, a part that the keyphrase
// opens (or a name it ends): a clause with a subject of its own (« Mads Pedersen s’impose au
// sprint, Vingegaard garde le maillot jaune »), which the keyphrase put
// before it would claim (« Mads Pedersen : Vingegaard garde… »).
bool after_keyphrase_clause(const std::string& s, const std::string& part, const std::string& kp,
                            const std::vector<std::string>& parts, const TitleRules& rules) {
  const std::optional<std::string_view> before = before_comma(s, part);
  if (kp.empty() || !before) return false;
  for (const std::string& other : parts) {
    if (&other == &part || !before->ends_with(other) ||
        !(keyphrase_opens(other, kp, rules) || name_ends_with_keyphrase(other, kp)))
      continue;
    // The keyphrase's part is a clause when a verb follows the keyphrase:
    // a lower-case word that opens no noun phrase nor complement (a
    // determiner, a <noun-complement> or <preposition> word): « Mads
    // Pedersen s’impose », « la ministre veut »; « Redon les pieds dans
    // l’eau » is none, and « Redon : 200 habitations évacuées » says
    // nothing of Redon it did.
    const std::size_t at = text::lower(other).find(text::lower(kp));
    if (at == std::string::npos) continue;
    const std::vector<std::string> after = text::split_words(std::string_view(other).substr(at + kp.size()));
    if (after.empty() || !text::starts_with_lower(after.front())) continue;
    const std::string first = text::lower(after.front());
    if (!one_of(rules.noun_determiners, first) && !one_of(rules.noun_complement, first) &&
        !one_of(rules.prepositions, first))
      return true;
  }
  return false;
}

// Byte offset of the last « et » (a <coordination>) of `low` (" " + lower
// case + " ") that opens a second predicate or noun: a lower-case word of
// three letters or more, no function word, follows it; npos if none. Not
// after « entre » (« entre la France et l’Allemagne »).
std::size_t last_coordination(const std::string& low, const std::string& s, const TitleRules& rules) {
  std::size_t best = std::string::npos;
  for (const std::string& c : rules.coordinations) {
    const std::string needle = " " + c + " ";
    for (std::size_t at = low.rfind(needle); at != std::string::npos && at > 0; at = low.rfind(needle, at - 1)) {
      const std::size_t w = at + needle.size();
      const std::size_t e = low.find(' ', w);
      const std::string_view word = std::string_view(low).substr(w, e - w);
      // `low` has one more byte in front than `s`.
      const bool lower_case = w - 1 < s.size() && text::starts_with_lower(std::string_view(s).substr(w - 1));
      if (lower_case && text::length(word) >= 3 && !rules.coordination_not_before->contains(word) &&
          std::string_view(low).substr(0, at).find(" entre ") == std::string_view::npos) {
        if (best == std::string::npos || at > best) best = at;
        break;
      }
      if (at == 0) break;
    }
  }
  return best;
}

}  // namespace

namespace {

// Byte offset in `low` (" " + lower case + " ") of the space before the last
// participle that opens a <participle-group> (« … d’euros infligée par la
// CNIL »), or npos.
std::size_t last_participle_group(const std::string& low, const TitleRules& rules) {
  if (!rules.participle_lists) return std::string::npos;
  std::vector<std::pair<std::size_t, std::string>> words;  // (offset of the space before, word)
  for (std::size_t at = 0; at + 1 < low.size();) {
    const std::size_t next = low.find(' ', at + 1);
    if (next == std::string::npos) break;
    if (next > at + 1) words.emplace_back(at, low.substr(at + 1, next - at - 1));
    at = next;
  }
  auto opens_group = [&](std::size_t k) {
    if (k >= words.size()) return false;
    const std::string& w = words[k].second;
    if (std::find(rules.participle_followed_by.begin(), rules.participle_followed_by.end(), w) !=
        rules.participle_followed_by.end())
      return true;
    const std::string rest = low.substr(words[k].first + 1);
    return std::any_of(rules.trim_prepositions.begin(), rules.trim_prepositions.end(), [&](const std::string& p) {
      return rest.starts_with(p) && (text::last_char(p) == U'\u2019' || rest.compare(p.size(), 1, " ") == 0);
    });
  };
  // The clause before the participle (from the last colon or comma) has
  // `min-before` words or more, and a verb with its object in it: a word
  // followed by one of <accents verb-before> (« confirme l’amende »), so
  // that the participle is not the clause's own predicate (« les
  // pharmacies saisies par la demande »).
  auto boundary = [](const std::string& w) { return w.ends_with(":") || w.ends_with(","); };
  auto verb_and_object = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i + 1 < to; ++i) {
      const std::string& w = words[i].second;
      const auto [elision, rest] = text::split_elision(words[i + 1].second);
      const std::string_view det = elision.empty() ? rest : elision;  // « l’amende »: « l’ »
      if (!rules.participle_not_after->contains(w) && !text::starts_with_upper(w) && rules.verb_before(det)) return true;
    }
    return false;
  };
  for (std::size_t k = words.size(); k-- > 1;) {
    // (The word before, after its elided article: « d’euros » is « euros ».)
    const std::string_view before = text::split_elision(words[k - 1].second).second;
    if (before.empty() || before.ends_with("ment") || rules.participle_not_after->contains(before) ||
        rules.participle_not_after->contains(words[k - 1].second) || boundary(words[k - 1].second))
      continue;
    if (!analysis::is_participle(words[k].second, words[k - 1].second, *rules.participle_lists) || !opens_group(k + 1))
      continue;
    std::size_t start = k;
    while (start > 0 && !boundary(words[start - 1].second)) --start;
    if (k - start >= rules.participle_min_before && verb_and_object(start, k)) return words[k].first;
  }
  return std::string::npos;
}

}  // namespace

// `s` and its shorter forms: trailing groups that open with a <trim>
// preposition ("… à l’usine de X") or a <coordination> (« … et reprend la
// troisième place ») dropped one by one while three words remain.
// The space after the last comma of `low` (" " + lower case + " ") that a
// determiner (<noun-complement determiners>) or a number follows; npos if
// none.
std::size_t last_comma_group(const std::string& low, const TitleRules& rules) {
  for (std::size_t at = low.rfind(", "); at != std::string::npos && at > 0; at = low.rfind(", ", at - 1)) {
    const std::size_t w = at + 2, e = low.find(' ', w);
    if (e == std::string::npos) continue;
    const std::string_view word = std::string_view(low).substr(w, e - w);
    if (!word.empty() && (text::is_digit(text::first_char(word)) || one_of(rules.noun_determiners, word))) return at + 1;
  }
  return std::string::npos;
}

std::vector<std::string> shortened_forms(std::string s, const TitleRules& rules) {
  std::vector<std::string> out{s};
  // No form ends before the end of the last <complement> (« autorisant les
  // entreprises à imposer à leurs salariés… » loses neither « à imposer »
  // nor what « imposer » needs); byte offset in `s`, each form a prefix of it.
  std::size_t keep_until = 0;
  if (rules.complement.valid()) {
    const icu::UnicodeString u = text::u(s);
    int32_t b = 0, e = 0;
    for (int32_t from = 0; rules.complement.find(u, from, b, e) && e > b; from = e)
      keep_until = text::utf8(u.tempSubString(0, e)).size();
  }
  while (true) {
    std::string low = " " + text::lower(s) + " ";
    std::size_t best = std::string::npos;
    // (The last group the preposition opens that is no <fixed> locution.)
    auto fixed_at = [&](std::size_t at) {
      return std::any_of(rules.fixed_locutions.begin(), rules.fixed_locutions.end(), [&](const std::string& f) {
        return low.compare(at + 1, f.size(), f) == 0 && low[at + 1 + f.size()] == ' ';
      });
    };
    for (const std::string& p : rules.trim_prepositions) {
      const std::string needle = " " + p + " ";
      std::size_t at = low.rfind(needle);
      while (at != std::string::npos && fixed_at(at)) at = at == 0 ? std::string::npos : low.rfind(needle, at - 1);
      if (at != std::string::npos && (best == std::string::npos || at > best)) best = at;
      if (text::last_char(p) == U'\u2019') {
        at = low.rfind(" " + p);
        if (at != std::string::npos && (best == std::string::npos || at > best)) best = at;
      }
    }
    if (const std::size_t c = last_coordination(low, s, rules);
        c != std::string::npos && (best == std::string::npos || c > best))
      best = c;
    if (const std::size_t g = last_participle_group(low, rules);
        g != std::string::npos && (best == std::string::npos || g > best))
      best = g;
    // A comma before a new noun group, a determiner or a number: « …leur
    // préavis, un TGV sur deux annoncé » ends as well before it.
    if (const std::size_t c = last_comma_group(low, rules); c != std::string::npos && (best == std::string::npos || c > best))
      best = c;
    if (best == std::string::npos || best == 0) break;
    // (`best` is the space before the preposition; `low` opens with a space.)
    best = group_start(low, best + 1, rules) - 1;
    if (best == 0) break;
    std::string head(text::trim(std::string_view(s).substr(0, best)));
    if (std::count(head.begin(), head.end(), ' ') < 2) break;
    while (!head.empty() && (head.back() == ',' || head.back() == ':')) head.pop_back();
    s = std::string(text::trim(head));
    if (s.size() <= keep_until) break;
    // An apposition cut down to its determiner and noun says nothing (« …du
    // tramway, un chantier » of « …, un chantier à 412 millions d’euros »):
    // no form; the next one drops it.
    if (const std::size_t comma = s.rfind(", "); comma != std::string::npos) {
      const std::vector<std::string> tail = text::split_words(std::string_view(s).substr(comma + 2));
      if (tail.size() <= 2 && !tail.empty() && one_of(rules.noun_determiners, text::lower(tail.front()))) continue;
    }
    out.push_back(s);
  }
  return out;
}

namespace {

struct Candidate {
  std::string text, id, origin;
  int rank;
  bool opens = false;  // opens with the keyphrase
};

// The headline without the site's name a page title puts after it
// (<site-suffix>: « … | Tennis Actu »; « … - Le Journal » only when that is
// the outlet the metadata found).
std::string without_site_suffix(const std::string& title, const std::optional<std::string>& source,
                                const TitleRules& rules) {
  const icu::UnicodeString u = text::u(title);
  int32_t b = 0, e = 0;
  for (int32_t from = 0; rules.site_suffix.find(u, from, b, e) && e > b; from = b + 1) {
    if (e != u.length() || b == 0) continue;
    const std::string head(text::trim(text::utf8(u.tempSubString(0, b))));
    const std::string tail = text::utf8(u.tempSubString(b));
    if (tail.find('|') != std::string::npos || (source && text::fold(tail).find(text::fold(*source)) != std::string::npos))
      return head;
  }
  return title;
}

// The headline without the label a page prints before it (<label>:
// « ENTRETIEN. », « DIRECT - », « VIDÉO. »).
// A place and a full stop before the headline (« Toulouse. Un incendie… »,
// <kicker-dot>) is a kicker, written with a colon: « Toulouse : un incendie… ».
std::string without_label(const std::string& title, const TitleRules& rules) {
  std::string out = title;
  if (rules.label.valid()) {
    const int32_t end = rules.label.prefix(text::u(out), 0);
    if (end > 0) {
      const std::string rest(text::trim(text::utf8(text::u(out).tempSubString(end))));
      if (!rest.empty()) out = rest;
    }
  }
  if (rules.kicker_dot.valid()) {
    const icu::UnicodeString u = text::u(out);
    if (const int32_t e = rules.kicker_dot.prefix(u, 0); e > 0) {
      std::string kicker(text::trim(text::utf8(u.tempSubString(0, e))));
      if (!kicker.empty() && kicker.back() == '.') kicker.pop_back();
      out = kicker + "\u00A0: " + text::utf8(u.tempSubString(e));  // (the slots set the case)
    }
  }
  return out;
}

// The first clause of the lead's first sentence when the keyphrase is its
// subject (« Léa Marchand a créé la sensation mardi »), and its shortened
// forms; none that would cut off an attribution (« …, selon la police ») or
// leave a quotation open.
std::vector<std::string> lead_sentence_forms(const Document& doc, const TitleRules& rules) {
  std::vector<std::string> out;
  if (doc.sections.empty() || doc.sections.front().paragraphs.empty()) return out;
  const Paragraph& p = doc.sections.front().paragraphs.front();
  if (p.sentences.empty()) return out;
  std::string sentence(text::trim(p.sentences.front().text));
  if (!keyphrase_opens(sentence, doc.keyphrase, rules)) return out;
  const icu::UnicodeString u = text::u(sentence);
  int32_t b = u.length(), e = 0;
  if (!rules.cut.find(u, 0, b, e) || e <= b) b = u.length();
  std::string clause(text::trim(text::utf8(u.tempSubString(0, b))));
  while (!clause.empty() && (clause.back() == '.' || clause.back() == ',')) clause.pop_back();
  if (std::count(clause.begin(), clause.end(), ' ') < 2) return out;
  for (const std::string& form : shortened_forms(clause, rules)) {
    const std::string dropped = sentence.substr(std::min(sentence.size(), form.size()));
    if (rules.attribution.found(text::u(dropped))) continue;
    const bool open_quote = form.find("\u00AB") != std::string::npos && form.find("\u00BB") == std::string::npos;
    if (!open_quote) out.push_back(form);
  }
  return out;
}

}  // namespace

Document title(Document doc, Resources& res) {
  const TitleRules& rules = res.titles;
  const FrenchGrammar& fr = res.french;
  const Block* tb = nullptr;
  for (const Block& b : doc.blocks)
    if (b.kind == BlockKind::Title) tb = &b;
  bool caps = tb && text::is_all_caps(tb->text);
  for (const Section& s : doc.sections) caps = caps || text::is_all_caps(s.source_heading);
  BodyCasing casing = body_casing(doc, caps);
  if (caps) casing.accents = &rules;
  std::string kp = doc.keyphrase;
  if (!kp.empty()) {
    auto it = casing.usual.find(text::lower(kp));
    if (!text::starts_with_upper(kp) || it == casing.usual.end()) kp = text::capitalize_first(kp);
    kp = fr.place_name(kp);  // « Le Havre : … », never « Havre : … »
  }

  // Each slot may have several values: one candidate per combination.
  std::map<std::string, std::vector<std::string>> slots{{"kp", {kp}}};
  // A slot keeps the capital of its first word when the body writes that
  // word with one inside sentences, or, when the body never writes it there,
  // when a finite verb follows it: a bare noun subject is a name
  // (« Carrefour va supprimer 979 postes »; a common noun would have its
  // article), or when it is a place of the lexicon (« Toulouse écrase
  // Clermont », the body naming Toulouse only at the start of sentences).
  // The words are the phrase rules' (rules/keyphrase.xml).
  const PhraseRules& words = res.keyphrase.phrases;
  const WordList& places = res.lexicon.list("fr/places");
  auto starts_proper = [&](const std::string& s) {
    auto toks = res.tokenizer.tokens(s);
    if (toks.empty()) return false;
    const Token& t = toks.front();
    if (t.elided) return false;
    auto c = casing.usual.find(t.lower);
    if (c != casing.usual.end()) return text::starts_with_upper(c->second);
    if (t.kind != TokenKind::Word || !text::starts_with_upper(t.text) || words.excluded.count(t.lower)) return false;
    // (A first name and a name that the body only writes at sentence
    // starts: « Marc Vidal s’impose… ».)
    const bool name_pair = toks.size() > 1 && toks[1].kind == TokenKind::Word && toks[1].capitalized &&
                           !rules.known_word(t.lower) && !rules.known_word(toks[1].lower);
    return places.contains(t.text) || name_pair || (toks.size() > 1 && words.finite_verbs.count(toks[1].lower));
  };
  // (A quotation keeps its capital: « Il manque 250 000 places ».)
  auto as_slot = [&](const std::string& s) {
    return starts_proper(s) || s.starts_with("\u00AB") || s.starts_with("\"") ? s : text::lower_first(s);
  };
  std::string original_line;
  if (doc.metadata.original_title) {
    // A title in capitals that the page also printed in sentence case (a
    // line removed as its repetition) takes that spelling, accents and all;
    // else each word takes the body's.
    std::string spelled;
    if (tb && text::is_all_caps(tb->text))
      for (const Block& r : doc.blocks)
        if (r.kind == BlockKind::Removed && r.reason == "duplicate" &&
            r.rule.starts_with("boilerplate:repeats the title") && !text::is_all_caps(r.text)) {
          std::vector<std::string> applied;
          spelled = french_typography(std::string(text::trim(r.text)), res.repair, applied);
          break;
        }
    if (spelled.empty())
      spelled = tb ? recase(tb->text, res.tokenizer.tokens(tb->text), casing) : *doc.metadata.original_title;
    std::string recased = without_label(without_site_suffix(spelled, doc.metadata.source, rules), rules);
    original_line = recased;
    // {lead}: the source title that opens with the keyphrase, shortened
    // (never whole: that would be the source's title); {part}: a part of it
    // that opens with the keyphrase (« Tour de France : Marc Vidal remporte
    // l’étape reine »), with its shortened forms.
    if (keyphrase_opens(recased, doc.keyphrase, rules))
      for (const std::string& form : shortened_forms(recased, rules))
        if (form != recased) slots["lead"].push_back(form);
    const std::vector<std::string> title_parts = clauses(recased, rules);
    for (const std::string& part : title_parts)
      if (part != recased && keyphrase_opens(part, doc.keyphrase, rules))
        for (const std::string& form : shortened_forms(part, rules)) slots["part"].push_back(form);
    // {inner}: the source title's shortened forms that hold the keyphrase
    // near their start without opening with it (« Mort de Bernard Valmont,
    // figure du cinéma populaire français »).
    if (const std::size_t kp_at = text::lower(recased).find(text::lower(doc.keyphrase));
        !doc.keyphrase.empty() && kp_at != std::string::npos && kp_at > 0 &&
        text::length(std::string_view(recased).substr(0, kp_at)) <= rules.inner_max_offset &&
        !keyphrase_opens(recased, doc.keyphrase, rules))
      for (const std::string& form : shortened_forms(recased, rules))
        if (form != recased && contains_folded(form, doc.keyphrase)) slots["inner"].push_back(form);
    // {holder}: a part of the source title (not the whole) that holds the
    // keyphrase anywhere, and its shortened forms that still hold it (« Le
    // cyclone Garance frappe La Réunion » of « …, : deux morts… »).
    for (const std::string& part : title_parts)
      if (part != recased && contains_folded(part, doc.keyphrase))
        for (const std::string& form : shortened_forms(part, rules))
          if (contains_folded(form, doc.keyphrase)) slots["holder"].push_back(form);
    std::string rest = without_keyphrase(recased, doc.keyphrase, rules);
    // (Not when the keyphrase could not be taken out: it would be said twice.)
    if (!rest.empty() && !contains_folded(rest, doc.keyphrase)) slots["original"] = shortened_forms(as_slot(rest), rules);
    // {clause}: from the rest, or from the whole title when the keyphrase
    // opens it (« Grève à la SNCF : la mobilisation pourrait durer… »).
    const std::string whole = rest.empty() ? recased : rest;
    const std::string whole_slot = as_slot(whole);
    const std::vector<std::string> parts = clauses(whole_slot, rules);
    for (const std::string& part : parts) {
      // A kicker that does not name the keyphrase is a label more than the
      // news: {kicker}, ranked below the parts that say what happened
      // (« Hérault : canicule en Occitanie » of « Canicule en Occitanie :
      // l’Hérault et l’Aude passent… »).
      const std::string_view kicker = &part != &parts.back() ? kicker_ending_with(whole_slot, part) : "";
      if (!kicker.empty() && !contains_folded(std::string(kicker), doc.keyphrase)) {
        for (const std::string& form : shortened_forms(as_slot(part), rules)) slots["kicker"].push_back(form);
        continue;
      }
      if (after_quotation(whole, part) || after_comma_no_clause(whole_slot, part, rules) ||
          apposition_of_keyphrase(whole_slot, part, doc.keyphrase, rules) ||
          after_keyphrase_clause(whole_slot, part, doc.keyphrase, parts, rules))
        continue;
      if (contains_folded(part, doc.keyphrase)) {
        // « le chantier du téléphérique prend… »: the keyphrase heads the title instead.
        const std::string clause = without_noun_complement(part, doc.keyphrase, rules);
        if (!clause.empty() && !contains_folded(clause, doc.keyphrase)) {
          for (const std::string& form : shortened_forms(as_slot(clause), rules)) slots["clause"].push_back(form);
          continue;
        }
        // « un homme interpellé après une série de cambriolages… »: the
        // forms that dropped the group holding the keyphrase (« Série de
        // cambriolages : un homme interpellé »).
        for (const std::string& form : shortened_forms(as_slot(part), rules))
          if (!contains_folded(form, doc.keyphrase)) slots["clause"].push_back(form);
        continue;
      }
      for (const std::string& form : shortened_forms(as_slot(part), rules)) slots["clause"].push_back(form);
    }
  }
  for (const Section& s : doc.sections)
    if (!s.source_heading.empty() && !contains_folded(s.source_heading, doc.keyphrase)) {
      // A heading in capitals is recased as an all-caps source title is.
      // A numbered heading loses its number, a footnote its asterisk.
      const std::string marked(text::without_marks(s.source_heading));
      // (A quotation says who spoke nowhere: « Verdier : « On l’a appris… » ».)
      if (marked.empty() || marked.starts_with("\u00AB") || marked.starts_with("\"")) continue;
      const std::string heading =
          text::is_all_caps(marked) ? recase(marked, res.tokenizer.tokens(marked), casing) : marked;
      // Whole: a subheading cut short may say the opposite (« Une édition
      // anniversaire en préparation » is not « une édition anniversaire »).
      slots["heading"].push_back(as_slot(heading));
    }
  // The most salient phrases besides the keyphrase, counted over the source
  // title and the body as the keyphrase's are (« la sécheresse » of
  // « … passent en alerte sécheresse »).
  {
    std::vector<IndexedSentence> sentences = keyphrase_sentences(doc);
    // The keyphrase stage's phrases when it read these very sentences (it
    // does unless --keyphrase was given), else extracted here.
    const std::shared_ptr<SentencePhrases> shared = std::move(doc.keyphrase_phrases);
    const bool same_sentences =
        shared && shared.use_count() == 1 && shared->sentences.size() == sentences.size() &&
        std::equal(sentences.begin(), sentences.end(), shared->sentences.begin(),
                   [](const IndexedSentence& a, const Sentence* b) { return a.sentence == b; });
    std::map<std::string, Phrase> phrases =
        same_sentences ? std::move(shared->phrases)
                       : extract_phrases(sentences, res.keyphrase.phrases, verb_forms(sentences, res.keyphrase.phrases));
    // The word scores are the keyphrase stage's (the sentences they are
    // computed from have not changed since); without them rank_keyphrases
    // computes them, verb forms included.
    std::vector<ScoredPhrase> ranked =
        rank_keyphrases(doc, phrases, res.keyphrase, nullptr,
                        doc.keyphrase_word_scores.empty() ? nullptr : &doc.keyphrase_word_scores);
    int n = 0;
    std::string kp_low = text::lower(doc.keyphrase);
    for (const ScoredPhrase& sp : ranked) {
      const Phrase& p = *sp.phrase;
      if (kp_low.find(p.key) != std::string::npos || p.key.find(kp_low) != std::string::npos) continue;
      if (p.proper() || p.article(res.keyphrase.phrases).empty()) continue;
      slots[n == 0 ? "def1" : "def2"] = {FrenchGrammar::with_article(p.article(res.keyphrase.phrases), p.inside_sentence())};
      if (++n == 2) break;
    }
  }

  std::vector<Candidate> candidates;
  if (std::vector<std::string> forms = lead_sentence_forms(doc, rules); !forms.empty()) slots["sentence"] = forms;

  const std::string kp_folded = text::fold(doc.keyphrase);
  std::string original_key =
      doc.metadata.original_title
          ? text::fold_ascii(without_label(without_site_suffix(*doc.metadata.original_title, doc.metadata.source, rules), rules))
          : "";
  for (const auto& tpl : rules.templates) {
    // The slots the template uses, and every combination of their values.
    std::vector<std::string> names;
    for (std::size_t i = tpl.text.find('{'); i != std::string::npos; i = tpl.text.find('{', i + 1))
      names.push_back(tpl.text.substr(i + 1, tpl.text.find('}', i) - i - 1));
    std::vector<std::map<std::string, std::string>> combos{{}};
    for (const std::string& n : names) {
      auto it = slots.find(n);
      if (it == slots.end() || it->second.empty()) {
        combos.clear();
        break;
      }
      std::vector<std::map<std::string, std::string>> next;
      for (const auto& c : combos)
        for (const std::string& v : it->second) {
          auto copy = c;
          copy[n] = v;
          next.push_back(std::move(copy));
        }
      combos = std::move(next);
    }
    for (const auto& combo : combos) {
      std::string t = fr.fill(tpl.text, combo);
      if (t.empty() || rules.ends_incomplete(t)) continue;
      // Never the source title itself, nor a text containing it; one colon at most.
      if (!original_key.empty() && text::fold_ascii(t).find(original_key) != std::string::npos) continue;
      if (std::count(t.begin(), t.end(), ':') > 1) continue;
      // No quotation left open or closed alone (« « Le vélo peut remplacer… »).
      auto occurrences = [&](std::string_view mark) {
        std::size_t n = 0;
        for (std::size_t at = t.find(mark); at != std::string::npos; at = t.find(mark, at + mark.size())) ++n;
        return n;
      };
      if (occurrences("\u00AB") != occurrences("\u00BB")) continue;
      std::string origin = tpl.id == "kp-original" || tpl.id == "kp-clause" || tpl.id == "kp-lead" || tpl.id == "kp-part" ||
                                   tpl.id == "kp-inner" || tpl.id == "kp-holder" || tpl.id == "kp-kicker"
                               ? "source title: " + original_line
                           : tpl.id == "kp-sentence" ? "lead sentence: " + doc.sections.front().paragraphs.front().sentences.front().text
                           : tpl.id == "kp-heading" ? "source heading: " + combo.at("heading")
                                                    : "phrases of the body";
      candidates.push_back({t, tpl.id, origin, tpl.rank, !kp_folded.empty() && text::fold(t).starts_with(kp_folded)});
    }
  }
  // The SEO title must also fit Yoast's width, measured as it will be
  // printed (after the typography stage).
  auto too_wide = [&](const std::string& t) {
    std::vector<std::string> applied;
    return res.widths.pixels(french_typography(t, res.repair, applied)) > rules.max_px;
  };
  // Among candidates of one rank, one that opens with the keyphrase (as
  // Yoast wants it), then the longest.
  auto pick = [&](std::size_t min_c, std::size_t max_c, bool fit_width = true) -> const Candidate* {
    const Candidate* best = nullptr;
    std::size_t best_len = 0;
    bool best_opens = false;
    for (const Candidate& c : candidates) {
      std::size_t len = text::length(c.text);
      if (len < min_c || len > max_c) continue;
      const bool o = c.opens;
      // (Whether it beats the best so far first: the width costs more.)
      if (best && !(c.rank > best->rank ||
                    (c.rank == best->rank && (o > best_opens || (o == best_opens && len > best_len)))))
        continue;
      if (fit_width && too_wide(c.text)) continue;
      best = &c;
      best_len = len;
      best_opens = o;
    }
    return best;
  };
  const Candidate* t = pick(rules.min_chars, rules.max_chars);
  if (!t || t->rank <= rules.generic_rank) {
    // Fallback: the keyphrase-led candidate cut at a word boundary.
    // (A candidate too long or too wide loses words at its end until it fits.)
    // When only generic templates fit (« … : ce qu’il faut savoir »), the
    // cut of a candidate read from the source beats them.
    const bool beat_generic = t != nullptr;
    for (const Candidate& c : candidates) {
      if (beat_generic && c.rank <= rules.generic_rank) continue;
      if (text::length(c.text) <= rules.max_chars && !too_wide(c.text)) continue;
      icu::UnicodeString u = text::u(c.text);
      int32_t cut = static_cast<int32_t>(rules.max_chars) + 1;
      std::string shortened;
      // Beating a generic template, the cut is only made before a group
      // (<trim>, <cut-before>: « …condamné à 22 ans | de réclusion
      // criminelle ») and never after a number (« lève 40 | millions »).
      auto group_cut = [&](int32_t at) {
        const std::string rest = " " + text::lower(text::utf8(u.tempSubString(at + 1))) + " ";
        auto opens = [&](const std::string& p) {
          return rest.compare(1, p.size(), p) == 0 && (rest[1 + p.size()] == ' ' || text::last_char(p) == U'\u2019');
        };
        return std::any_of(rules.trim_prepositions.begin(), rules.trim_prepositions.end(), opens) ||
               std::any_of(rules.cut_before.begin(), rules.cut_before.end(), opens);
      };
      do {
        cut = u.lastIndexOf(' ', 0, cut - 1);
        if (cut <= 0) break;
        if (beat_generic && !group_cut(cut)) continue;
        shortened = std::string(text::trim(text::utf8(u.tempSubString(0, cut))));
        while (!shortened.empty() && (shortened.back() == ',' || shortened.back() == ':')) shortened.pop_back();
        shortened = std::string(text::trim(shortened));
      } while (shortened.empty() || too_wide(shortened) || rules.ends_incomplete(shortened) ||
               (beat_generic && text::is_digit(text::last_char(shortened))));
      if (cut <= 0) continue;
      candidates.push_back({shortened, c.id + "-cut", c.origin, beat_generic ? rules.generic_rank + 1 : c.rank - 10});
      break;
    }
    t = pick(rules.min_chars, rules.max_chars);
    if (!t) t = pick(10, rules.max_chars);
  }
  if (t) {
    doc.title = t->text;
    doc.traces.push_back({"title", "title", doc.title, "template " + t->id + ", from " + t->origin, 0});
  } else {
    doc.title = kp;
  }
  const Candidate* h = pick(rules.min_chars, rules.h1_max_chars, false);
  doc.h1 = h ? h->text : doc.title;
  if (h) doc.traces.push_back({"title", "h1", doc.h1, "template " + h->id + ", from " + h->origin, 0});
  return doc;
}

}  // namespace titraille

#include "blocks.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <span>

#include "pattern.h"
#include "repair.h"
#include "resources.h"
#include "sections.h"
#include "similarity.h"
#include "text.h"
#include "tokenize.h"

namespace titraille {


BlockRules::BlockRules(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/blocks.xml");
  stopwords = &lexicon.list("fr/stopwords");
  for (pugi::xml_node b : file.root().children("block")) {
    std::string id = b.attribute("id").as_string();
    Spec spec{b.attribute("title").as_string(), b.attribute("min-items").as_uint(3), b.attribute("max-items").as_uint(5)};
    if (spec.title.empty()) file.fail(id, "title= is required");
    spec.source_titles.push_back(text::fold(spec.title));
    for (pugi::xml_node t : b.children("source-title")) spec.source_titles.push_back(text::fold(t.text().as_string()));
    if (id == "essentiel") {
      essentiel = spec;
      min_sentences = b.attribute("min-sentences").as_uint(8);
      max_sentences = b.attribute("max-sentences").as_uint(300);
      essentiel_min_words = b.attribute("min-words").as_uint(8);
      essentiel_max_words = b.attribute("max-words").as_uint(35);
      damping = b.attribute("damping").as_double(0.85);
      iterations = b.attribute("iterations").as_int(40);
      essentiel_not_first = text::split_words(text::lower(b.child("not-first").text().as_string()));
      essentiel_opening_words = b.child("not-first").attribute("opening-words").as_uint(12);
      essentiel_not_start = text::split_words(text::lower(b.child("not-start").text().as_string()));
      essentiel_start_words = b.child("not-start").attribute("words").as_uint(0);
      essentiel_not_opening = text::split_words(text::lower(b.child("not-opening").text().as_string()));
    } else if (id == "chiffres") {
      chiffres = spec;
      for (pugi::xml_node m : b.children("modifier")) modifiers.push_back(text::split_words(text::lower(m.text().as_string())));
      for (pugi::xml_node n : b.children("not-after")) {
        if (const char* units = n.attribute("units").as_string(); *units) {
          time_after.push_back({text::split_words(n.text().as_string()), text::split_words(units)});
          continue;
        }
        if (!not_after.empty()) file.fail(id, "one <not-after> without units=");
        not_after = text::split_words(n.text().as_string());
        not_after_unless = text::split_words(n.attribute("unless-before").as_string());
      }
      plural_endings = text::split_words(b.child("plural").attribute("endings").as_string());
      for (pugi::xml_node m : b.children("not-after-phrase"))
        not_after_phrases.push_back(text::split_words(text::lower(m.text().as_string())));
      skip_units = text::split_words(b.child("skip-unit").text().as_string());
      unit_complements = text::split_words(b.child("unit-complement").text().as_string());
      not_units = text::split_words(b.child("not-unit").text().as_string());
      compound_units = text::split_words(b.child("compound").text().as_string());
      multipliers = text::split_words(b.child("multiplier").text().as_string());
      for (std::string_view w : lexicon.list(b.child("prenominal").attribute("list").as_string("fr/prenominal")).entries())
        prenominal.emplace_back(w);
      figure_verbs = &lexicon.list(b.child("verbs").attribute("list").as_string("fr/finite-verbs"));
      clause_max_words = b.child("clause").attribute("max-words").as_uint(0);
      figures_alone = b.child("clause").attribute("alone").as_bool(false);
      clause_separators = text::split_words(b.child("clause").attribute("separators").as_string());
      clause_first = text::split_words(b.child("clause").attribute("first").as_string());
      clause_not_first_endings = text::split_words(b.child("clause").attribute("not-first-endings").as_string());
      verb_endings = text::split_words(b.child("clause").attribute("verb-endings").as_string());
      not_verb_endings = text::split_words(b.child("clause").attribute("not-verb-endings").as_string());
      needs_clause = text::split_words(text::lower(b.child("needs-clause").text().as_string()));
    } else if (id == "chronologie") {
      chronologie = spec;
      per_day = b.attribute("per-day").as_uint(1);
      chronologie_max_words = b.attribute("max-words").as_uint(40);
      week = text::split_words(b.child("week").text().as_string());
      ahead_before = text::split_words(text::lower(b.child("ahead").attribute("before").as_string()));
      part_of_day = text::split_words(text::lower(b.child("part-of-day").text().as_string()));
      for (pugi::xml_node m : b.children("ahead-phrase")) ahead_phrases.push_back(text::split_words(text::lower(m.text().as_string())));
      day_determiners = text::split_words(text::lower(b.child("week").attribute("determiners").as_string()));
      if (const char* verbs = b.child("main-clause").attribute("verbs").as_string(); *verbs) main_clause_verbs = &lexicon.list(verbs);
      ahead_after = text::split_words(text::lower(b.child("ahead").attribute("after").as_string()));
      if (pugi::xml_node f = b.child("future")) future = file.pattern(f, "chronologie.future");
      if (week.size() != 7) file.fail(id, "<week> must list the seven weekdays from Monday");
    } else if (id == "acteurs") {
      acteurs = spec;
      role_min_words = b.attribute("role-min-words").as_uint(2);
      role_max_words = b.attribute("role-max-words").as_uint(10);
      role_stop = text::split_words(b.child("role-stop").text().as_string());
      if (const char* verbs = b.child("role-stop").attribute("verbs").as_string(); *verbs) role_verbs = &lexicon.list(verbs);
      role_not_first = text::split_words(b.child("role-not-first").text().as_string());
      participle_endings = text::split_words(b.child("role-not-participle").attribute("endings").as_string());
      role_not_after = text::split_words(b.child("role-complement").attribute("not-after").as_string());
      participle_prepositions = text::split_words(b.child("role-not-participle").text().as_string());
      role_complement = text::split_words(b.child("role-complement").text().as_string());
      role_complement_articles = text::split_words(b.child("role-complement").attribute("articles").as_string());
      name_particles = text::split_words(b.child("name-particle").text().as_string());
      if (pugi::xml_node n = b.child("role-nouns")) {
        role_nouns = &lexicon.list(n.attribute("list").as_string("fr/role-nouns"));
        role_prenominal = &lexicon.list(n.attribute("prenominal").as_string("fr/prenominal"));
        role_skip = text::split_words(text::lower(n.attribute("skip").as_string()));
      }
    } else {
      file.fail(id, "unknown block id (essentiel, chiffres, chronologie, acteurs)");
    }
  }
}

std::vector<double> textrank(const std::vector<std::vector<double>>& sim, double damping, int iterations) {
  // sim must be symmetric (a similarity).
  const std::size_t n = sim.size();
  std::vector<double> score(n, 1.0), out_sum(n, 0.0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      if (i != j) out_sum[i] += sim[i][j];
  // The weight of each link j -> i, damping * sim / out_sum, computed once
  // (sim is symmetric: row i gives the links into i); only non-zero links
  // are kept, in the order of j, so the sums are those of the dense loop.
  std::vector<std::vector<std::pair<std::size_t, double>>> links(n);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      if (i != j && sim[i][j] > 0 && out_sum[j] > 0) links[i].emplace_back(j, damping * sim[i][j] / out_sum[j]);
  for (int it = 0; it < iterations; ++it) {
    std::vector<double> next(n, 1.0 - damping);
    for (std::size_t i = 0; i < n; ++i)
      for (const auto& [j, w] : links[i]) next[i] += w * score[j];
    score = std::move(next);
  }
  return score;
}

namespace {

bool is_word(const Token& t) { return t.kind == TokenKind::Word; }

using text::listed;

// The words of `phrase` (in lower case) are the tokens right before token `i`
// (compared without accents or case).
bool phrase_before(const std::vector<Token>& tk, std::size_t i, const std::vector<std::string>& phrase) {
  if (phrase.empty() || phrase.size() > i) return false;
  for (std::size_t k = 0; k < phrase.size(); ++k)
    if (text::fold(tk[i - phrase.size() + k].text) != text::fold(phrase[k])) return false;
  return true;
}

std::string slice(const Sentence& s, std::size_t first, std::size_t last) {
  std::size_t b = s.tokens[first].offset, e = s.tokens[last].offset + s.tokens[last].text.size();
  return s.text.substr(b, e - b);
}

bool has_quote(std::string_view s) {
  return s.find("«") != std::string_view::npos || s.find("»") != std::string_view::npos ||
         s.find('"') != std::string_view::npos || s.find("“") != std::string_view::npos;
}

// A quote out of its context: the sentence opens with a quote mark, or leaves
// one open or closes one it did not open.
bool loose_quote(std::string_view s) {
  std::string_view t = text::trim(s);
  if (t.starts_with("«") || t.starts_with("\"") || t.starts_with("“")) return true;
  int depth = 0;
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (t.compare(i, 2, "«") == 0) ++depth;
    if (t.compare(i, 2, "»") == 0 && --depth < 0) return true;
  }
  return depth != 0 || t.find('"') != std::string_view::npos;
}

// The whole part of a number written French style (« 4 200 » 4200, « 2,1 »
// 2), saturating; no locale is involved.
uint64_t whole_part(std::string_view t) {
  uint64_t v = 0;
  for (char c : t) {
    if (c == ',' || c == '.') break;
    if (c >= '0' && c <= '9') v = std::min<uint64_t>(v * 10 + static_cast<uint64_t>(c - '0'), 1'000'000'000'000);
  }
  return v;
}

bool is_year(const std::string& t) {
  if (t.size() != 4 || !std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  int y = std::stoi(t);
  return y >= 1900 && y <= 2100;
}

// A common word that can carry a role or a counted thing.
bool content_lower(const Token& t, const WordList& stop) {
  return is_word(t) && !t.elided && !t.capitalized && text::length(t.lower) >= 3 && !stop.contains(t.lower);
}

// The most tokens of a quotation inside a figure's clause.
constexpr std::size_t kMaxInnerQuotation = 6;

// The clause around tokens first..last of `s` (between <clause> separators),
// when it says more than the figure in few enough words, outside any
// quotation, and opens with its subject; else the figure's own words.
// The clause of tokens first..last: [begin, end] between <clause> separators
// (without the sentence's final stop).
void clause_bounds(const Sentence& s, std::size_t first, std::size_t last, const BlockRules& rules,
                   std::size_t& begin, std::size_t& end) {
  const auto& tk = s.tokens;
  auto separator = [&](std::size_t k) { return tk[k].kind == TokenKind::Punct && listed(rules.clause_separators, tk[k].text); };
  begin = first;
  end = last;
  while (begin > 0 && !separator(begin - 1)) --begin;
  while (end + 1 < tk.size()) {
    if (!separator(end + 1)) {
      ++end;
      continue;
    }
    // A short quotation inside the clause is part of it (« a placé 214
    // communes au niveau « crise », le plus élevé »): the clause does not
    // stop before it, cut off.
    std::size_t close = end + 2;
    while (close < tk.size() && close <= end + kMaxInnerQuotation && tk[close].text != "\u00BB" && tk[close].text != "\u00AB")
      ++close;
    if (tk[end + 1].text != "\u00AB" || close >= tk.size() || tk[close].text != "\u00BB") break;
    end = close;
  }
  while (end > last && tk[end].kind == TokenKind::Punct && tk[end].text != "\u00BB") --end;
}

// Whether a finite verb is among tokens (after, last] of `s`: a word of the
// <verbs> list, or one with a <clause verb-endings> ending and none of its
// not-verb-endings (« totalisent », not « paiement »).
bool verb_after(const Sentence& s, std::size_t after, std::size_t last, const BlockRules& rules) {
  for (std::size_t k = after + 1; k <= last && k < s.tokens.size(); ++k) {
    const Token& t = s.tokens[k];
    if ((rules.figure_verbs && rules.figure_verbs->contains(t.lower)) ||
        (is_word(t) && !rules.stopwords->contains(t.lower) && text::ends_with_any(t.lower, rules.verb_endings, 3) &&
         !text::ends_with_any(t.lower, rules.not_verb_endings, 1)))
      return true;
  }
  return false;
}

// `begin`, `end`: the clause's bounds (clause_bounds).
std::string figure_in_clause(const Sentence& s, std::size_t& first, std::size_t& last, std::size_t begin,
                             std::size_t end, const BlockRules& rules) {
  const auto& tk = s.tokens;
  const WordList& stop = *rules.stopwords;
  std::size_t words = 0;
  int quotes = 0;  // guillemets left open before the clause
  for (std::size_t k = begin; k <= end; ++k) words += tk[k].kind != TokenKind::Punct && !tk[k].elided;
  for (std::size_t k = 0; k < begin; ++k) quotes += tk[k].text == "«" ? 1 : tk[k].text == "»" ? -1 : 0;
  const bool more = begin < first || end > last;
  // « Valorel a enregistré… », « La compétition réunissait… », the figure
  // itself; not « Appuyés par 250 véhicules », « Nous avons dû… ».
  const Token& opening = tk[begin];
  const bool subject =
      begin == first || listed(rules.clause_first, opening.form()) ||
      (opening.kind == TokenKind::Word && opening.capitalized && !stop.contains(opening.lower) &&
       (begin > 0 || !text::ends_with_any(opening.lower, rules.clause_not_first_endings, 3)));
  // (Nor one that a quotation or a bracket cuts after a stop word: « …reconnues comme ».)
  if (rules.clause_max_words == 0 || !more || words > rules.clause_max_words || quotes != 0 || !subject ||
      (end > last && stop.contains(tk[end].lower)))
    return slice(s, first, last);
  first = begin;
  last = end;
  return slice(s, begin, end);
}

}  // namespace

std::vector<std::string> key_figures(const std::vector<Sentence>& sentences, const BlockRules& rules,
                                     const Lexicon& lexicon) {
  const WordList& stop = lexicon.list("fr/stopwords");
  const WordList& months = lexicon.list("fr/months");
  const WordList& weekdays = lexicon.list("fr/weekdays");
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const Sentence& s : sentences) {
    const auto& tk = s.tokens;
    std::size_t shown_until = 0;  // the end of the last clause shown (a figure in it is said)
    for (std::size_t i = 0; i < tk.size(); ++i) {
      if (i < shown_until) continue;
      if (tk[i].kind != TokenKind::Number || is_year(tk[i].text)) continue;
      if (tk[i].text.find_first_not_of("0123456789 ,.\u00a0\u202f") != std::string::npos) continue;  // 21h30
      if (i + 1 >= tk.size() || !content_lower(tk[i + 1], stop)) continue;
      if (i > 0 && tk[i - 1].lower == "h") continue;  // the minutes of "22 h 40"
      // An exponent (« 10^25 opérations ») or the second part of a number (« 3,5/10 »).
      if (i > 0 && (tk[i - 1].text == "^" || tk[i - 1].text == "/")) continue;
      if (months.contains(tk[i + 1].lower) || weekdays.contains(tk[i + 1].lower)) continue;
      if (i > 0 && listed(rules.not_after, tk[i - 1].lower) && !listed(rules.not_after_unless, tk[i + 1].lower)) continue;
      if (std::any_of(rules.not_after_phrases.begin(), rules.not_after_phrases.end(),
                      [&](const std::vector<std::string>& m) { return phrase_before(tk, i, m); }))
        continue;
      if (listed(rules.skip_units, tk[i + 1].lower) || listed(rules.not_units, tk[i + 1].form())) continue;
      // « lundi 6 heures »: a time of day; « peu avant 20 heures » too.
      if (i > 0 && weekdays.contains(tk[i - 1].lower)) continue;
      if (i > 0 && std::any_of(rules.time_after.begin(), rules.time_after.end(), [&](const BlockRules::TimeAfter& t) {
            return listed(t.words, tk[i - 1].form()) && listed(t.units, tk[i + 1].lower);
          }))
        continue;
      // « Ariane 6 montre », « sa Falcon 9 réutilisable »: a count of two or
      // more takes a plural noun; a number before a singular word counts
      // nothing (the number of a name).
      if (!rules.plural_endings.empty() && whole_part(tk[i].text) >= 2 &&
          !text::ends_with_any(tk[i + 1].lower, rules.plural_endings, 1))
        continue;
      // A part of a compound measure: « 1 minute 05 », « 1 heure et 5 minutes ».
      if (listed(rules.compound_units, tk[i + 1].lower) &&
          ((i + 2 < tk.size() && tk[i + 2].kind == TokenKind::Number) ||
           (i >= 2 && tk[i - 1].lower == "et" && listed(rules.compound_units, tk[i - 2].lower))))
        continue;
      // « Ariane 6 reste… »: a number a verb follows is no figure.
      if (rules.figure_verbs && rules.figure_verbs->contains(tk[i + 1].lower)) continue;
      std::size_t last = i + 1;
      // "35 000 nouveaux logements": an adjective before its noun.
      if (listed(rules.prenominal, tk[last].lower) && last + 1 < tk.size() && content_lower(tk[last + 1], stop)) ++last;
      // "40 tonnes de nourriture", "9 millions d’euros"
      // … unless that word opens a longer phrase ("2 000 soldats de maintien de la paix").
      auto of = [&](std::size_t k) { return k < tk.size() && (tk[k].lower == "de" || tk[k].form() == "d’"); };
      if (last + 2 < tk.size() && of(last + 1) && content_lower(tk[last + 2], stop) && !of(last + 3))
        last += 2;
      if (last == i + 1 && listed(rules.multipliers, tk[i + 1].lower)) continue;
      // « 9 000 mètres carrés »: the unit is whole.
      if (last == i + 1 && last + 1 < tk.size() && listed(rules.unit_complements, tk[last + 1].lower)) ++last;
      std::size_t first = i;
      for (const std::vector<std::string>& m : rules.modifiers)
        if (phrase_before(tk, i, m)) {
          first = i - m.size();
          break;
        }
      // A figure of words quoted as said (a quotation opening the sentence:
      // « Ici, dans un village de 3 000 habitants… », a plaidé l’élu) is the
      // speaker's, told in passing; a figure quoted inside the sentence
      // (il y avait eu « au moins 200 morts ») stays.
      if (opens_quotation(tk[0]) &&
          std::none_of(tk.begin() + 1, tk.begin() + static_cast<std::ptrdiff_t>(i), [](const Token& t) { return closes_quotation(t); }))
        continue;
      // One figure per number: « 47 cas » then « 47 malades » say it twice.
      if (!seen.insert(tk[i].text).second) continue;
      std::size_t begin = first, end = last;
      clause_bounds(s, first, last, rules, begin, end);
      // Two figures of one clause give it once.
      const std::size_t figure_first = first, figure_last = last;
      std::string item = text::capitalize_first(figure_in_clause(s, first, last, begin, end, rules));
      // A figure out of its clause counts nothing the reader can place
      // (« 47 personnes », « 24 heures », « 363 communes »), and may lose
      // its negation (« ne pourront plus être louées plus de 90 jours »):
      // no item.
      const bool alone = first == figure_first && last == figure_last;
      if (alone && !rules.figures_alone) continue;
      // An amount needs a clause of its own (« 26 millions d’euros » of
      // what?), not the rest of a list a comma goes on with (« a requis six
      // mois de prison, 15 000 euros d’amende »).
      if ((alone || (first == figure_first && first > 0 && tk[first - 1].text == "," &&
                     !verb_after(s, figure_last, last, rules))) &&
          std::any_of(tk.begin() + static_cast<std::ptrdiff_t>(i) + 1, tk.begin() + static_cast<std::ptrdiff_t>(figure_last) + 1,
                      [&](const Token& t) { return listed(rules.needs_clause, t.lower); }))
        continue;
      shown_until = last + 1;
      if (std::find(out.begin(), out.end(), item) == out.end()) out.push_back(std::move(item));
    }
  }
  return out;
}

// Whether tokens [first, last] of `tk` name an office, a trade or a relation
// (BlockRules::role_nouns): their first word after the skipped words and the
// prenominal adjectives is a role noun, whole or by a part of a hyphenated
// word.
bool names_role(const std::vector<Token>& tk, std::size_t first, std::size_t last, const BlockRules& rules) {
  if (!rules.role_nouns) return true;
  std::size_t k = first;
  while (k <= last && (listed(rules.role_skip, tk[k].form()) || rules.role_prenominal->contains(tk[k].lower))) ++k;
  if (k > last || !is_word(tk[k])) return false;
  if (rules.role_nouns->contains(tk[k].lower)) return true;
  std::string_view rest = tk[k].lower;
  for (std::size_t dash; (dash = rest.find('-')) != std::string_view::npos; rest.remove_prefix(dash + 1))
    if (rules.role_nouns->contains(rest.substr(0, dash))) return true;
  return rest != tk[k].lower && rules.role_nouns->contains(rest);
}

std::vector<std::string> actors(const std::vector<Sentence>& sentences, const BlockRules& rules,
                                const Lexicon& lexicon) {
  const WordList& stop = lexicon.list("fr/stopwords");
  // What may close an apposition.
  static const std::set<std::string> closers = {",", ".", ";", ":", "!", "?", "(", ")", "–", "—", "…"};
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const Sentence& s : sentences) {
    const auto& tk = s.tokens;
    auto name_word = [&](std::size_t k) {
      return k < tk.size() && is_word(tk[k]) && tk[k].capitalized && !tk[k].elided;
    };
    for (std::size_t i = 0; i < tk.size(); ++i) {
      // A run of two or more capitalised words not opening with a function word.
      if (!is_word(tk[i]) || !tk[i].capitalized || tk[i].all_caps || stop.contains(tk[i].lower)) continue;
      if (i > 0 && is_word(tk[i - 1]) && tk[i - 1].capitalized) continue;  // inside a run
      std::size_t j = i;
      // Lower-case particles (one or two) between capitalised words belong to
      // the name: « Luiz Inácio Lula da Silva », « Pieter van den Berg ».
      bool particle = false;
      for (;;) {
        if (name_word(j + 1)) {
          ++j;
          continue;
        }
        std::size_t p = j + 1;
        while (p < tk.size() && p - j <= 2 && is_word(tk[p]) && !tk[p].capitalized && listed(rules.name_particles, tk[p].form()))
          ++p;
        if (p == j + 1 || !name_word(p) || tk[p].all_caps) break;
        j = p;
        particle = true;
      }
      if (j == i) continue;
      // "à Reuters Hikmet Hajiev": three capitalised words or more with no
      // particle among them start with an organisation; the name is the last two.
      std::size_t from = i;
      // (A capitalised particle too: « Pieter Van Damme ».)
      // (Or one ending a hyphenated name: « Sophie Garnier-Le Bihan ».)
      for (std::size_t k = i + 1; k < j; ++k) {
        const std::string& w = tk[k].lower;
        const std::size_t dash = w.rfind('-');
        const std::string_view last = dash == std::string::npos ? std::string_view() : std::string_view(w).substr(dash + 1);
        if (stop.contains(w) || listed(rules.name_particles, w) ||
            (!last.empty() && (stop.contains(last) || listed(rules.name_particles, last))))
          particle = true;
      }
      if (j - i >= 2 && !particle) from = j - 1;
      std::string name = slice(s, from, j);
      std::string role;
      // "Name, role," (an apposition ending at a comma or the sentence end).
      if (j + 2 < tk.size() && tk[j + 1].text == ",") {
        std::size_t k = j + 2, words = 0;
        // A role opens with a noun or its article, not a preposition (« lors
        // d’une conférence », « selon la police »).
        bool ok = is_word(tk[k]) && !tk[k].capitalized && !listed(rules.role_not_first, tk[k].lower);
        // « Sylvie Voinot, poursuivie pour recel », « …, situé à 33 kilomètres »:
        // what was done to the name or where it is, no role.
        if (ok && k + 1 < tk.size() && listed(rules.participle_prepositions, tk[k + 1].form()) &&
            text::ends_with_any(tk[k].lower, rules.participle_endings, 3))
          ok = false;
        while (ok && k < tk.size() && tk[k].kind != TokenKind::Punct) {
          if (listed(rules.role_stop, tk[k].lower)) ok = false;
          // « …, devrait démissionner »: a finite verb, not a noun after its
          // article or preposition (« spécialiste du risque »).
          if (rules.role_verbs && rules.role_verbs->contains(tk[k].lower) && !(k > j + 2 && stop.contains(tk[k - 1].lower)))
            ok = false;
          if (!tk[k].elided) ++words;
          ++k;
        }
        if (ok && k < tk.size() && (tk[k].text == "," || tk[k].text == ".") && words >= rules.role_min_words &&
            words <= rules.role_max_words && content_lower(tk[tk[j + 2].elided || stop.contains(tk[j + 2].lower) ? j + 3 : j + 2], stop))
          role = names_role(tk, j + 2, k - 1, rules) ? slice(s, j + 2, k - 1) : std::string();
      }
      // "le maire, Name," (the role before the name). The name must be an
      // apposition, closed by punctuation or the sentence's end: after
      // « Interrogée sur la suite du calendrier, Name a… » the comma closes a
      // fronted phrase, which is no role.
      const bool apposition = j + 1 == tk.size() || (tk[j + 1].kind == TokenKind::Punct && closers.count(tk[j + 1].text));
      if (role.empty() && i >= 3 && tk[i - 1].text == "," && apposition) {
        std::size_t k = i - 1, words = 0;
        bool ok = false;
        // A capitalised word of the role waiting for the « de » of its
        // complement (« la présidente de la BCE », « le ministre de l’Intérieur »).
        bool proper = false;
        while (k-- > 0) {
          const Token& t = tk[k];
          if (t.kind == TokenKind::Punct) break;
          // (A verb: the role began after it, at an article it did not reach.)
          if (listed(rules.role_stop, t.lower) || (rules.role_verbs && rules.role_verbs->contains(t.lower))) break;
          const bool article = listed(rules.role_complement_articles, t.form());
          // The role's determiner, unless it follows a « de » (« de la BCE »).
          if (article && !(k > 0 && listed(rules.role_complement, tk[k - 1].form()))) {
            ++words;
            ok = !proper;
            break;
          }
          if (t.capitalized) {
            proper = true;
          } else if (proper) {
            if (listed(rules.role_complement, t.form())) proper = false;
            else if (!listed(rules.role_complement_articles, t.form())) break;
          }
          ++words;
          if (words > rules.role_max_words) break;
        }
        // (Not an article after « à » or « de »: « à l’encontre du
        // directeur », « à la tête de » are no roles.)
        if (ok && k > 0 && (listed(rules.role_not_after, tk[k - 1].form()) || listed(rules.role_complement, tk[k - 1].form())))
          ok = false;
        if (ok && k < i - 1 && listed(rules.role_complement_articles, tk[k].form()) && words >= rules.role_min_words &&
            words <= rules.role_max_words && content_lower(tk[k + 1], stop) && names_role(tk, k, i - 2, rules))
          role = text::lower_first(slice(s, k, i - 2));
      }
      if (role.empty() || !seen.insert(text::fold(name)).second) continue;
      out.push_back(name + ", " + role);
    }
  }
  return out;
}

// The sentence without tokens [first, last] (a chronology item's day) when
// they are a bare adverbial: at its start, after a comma or after a word
// that is no stop word (BlockRules::part_of_day); else the sentence.
std::string without_day(const Sentence& s, std::size_t first, std::size_t last, const BlockRules& rules) {
  const std::vector<Token>& t = s.tokens;
  if (first > 0 && listed(rules.day_determiners, t[first - 1].lower)) --first;  // « ce lundi »
  const bool bare = first == 0 || t[first - 1].text == "," ||
                    (is_word(t[first - 1]) && !rules.stopwords->contains(t[first - 1].lower));
  if (!bare || last + 1 >= t.size()) return s.text;
  std::string before(text::trim(std::string_view(s.text).substr(0, t[first].offset)));
  std::string after(text::trim(std::string_view(s.text).substr(t[last].offset + t[last].text.size())));
  // « Samedi soir, le concert… », « Le maire, mardi, a annoncé… »: one comma goes with the day.
  if (after.starts_with(",") && (before.empty() || before.ends_with(",")))
    after = std::string(text::trim(std::string_view(after).substr(1)));
  if (before.empty()) return after;
  if (before.ends_with(",") && (after.starts_with(".") || after.starts_with(","))) before.pop_back();
  const bool glued = after.starts_with(".") || after.starts_with(",") || after.starts_with(";");
  return before + (glued ? "" : " ") + after;
}

std::vector<std::string> chronology(const std::vector<Sentence>& sentences, const BlockRules& rules,
                                    const Lexicon& lexicon) {
  constexpr std::size_t kNoDay = 7;
  const WordList& months = lexicon.list("fr/months");
  struct Item {
    std::size_t day, order;
    std::string text;
    bool ahead = false;
  };
  std::vector<Item> items;
  std::map<std::size_t, std::size_t> per_day;
  for (std::size_t n = 0; n < sentences.size(); ++n) {
    const Sentence& s = sentences[n];
    if (s.words() > rules.chronologie_max_words || has_quote(s.text) || !text::ends_sentence(s.text)) continue;
    // A sentence naming two weekdays (« parti mardi, le feu a été fixé dans
    // la nuit de mercredi à jeudi ») tells of no one day.
    std::vector<std::size_t> day_of(s.tokens.size(), kNoDay);  // each token's weekday
    std::set<std::size_t> named;
    for (std::size_t i = 0; i < s.tokens.size(); ++i)
      if (auto it = std::find(rules.week.begin(), rules.week.end(), s.tokens[i].lower); it != rules.week.end())
        named.insert(day_of[i] = static_cast<std::size_t>(it - rules.week.begin()));
    if (named.size() > 1) continue;
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      const std::size_t day = day_of[i];
      if (day == kNoDay) continue;
      // The one or two words before the weekday, as written between them.
      const std::string one = i >= 1 ? s.tokens[i - 1].form() : std::string();
      const std::string two =
          i >= 2 ? s.tokens[i - 2].form() + (s.tokens[i - 2].elided ? "" : " ") + one : std::string();
      if (listed(rules.ahead_before, one) || listed(rules.ahead_before, two) ||
          (i + 1 < s.tokens.size() && listed(rules.ahead_after, s.tokens[i + 1].lower)) ||
          std::any_of(rules.ahead_phrases.begin(), rules.ahead_phrases.end(),
                      [&](const std::vector<std::string>& m) { return phrase_before(s.tokens, i, m); }))
        continue;
      // (The day of a clause after a complete one: not the sentence's. A
      // day right after the comma is the main clause's adverbial: « a
      // ravagé les vignes, mardi soir, à deux semaines des vendanges ».)
      if (rules.main_clause_verbs && i > 0 && s.tokens[i - 1].text != ",") {
        const auto comma = std::find_if(s.tokens.begin(), s.tokens.begin() + static_cast<std::ptrdiff_t>(i),
                                        [](const Token& t) { return t.text == "," || t.text == ";"; });
        if (comma != s.tokens.begin() + static_cast<std::ptrdiff_t>(i) &&
            std::any_of(s.tokens.begin(), comma, [&](const Token& t) { return rules.main_clause_verbs->contains(t.lower); }))
          break;
      }
      if (per_day[day] >= rules.per_day) break;
      ++per_day[day];
      std::size_t last = i;
      if (i + 2 < s.tokens.size() && s.tokens[i + 1].kind == TokenKind::Number && months.contains(s.tokens[i + 2].lower))
        last = i + 2;  // "jeudi 21 septembre"
      if (last + 1 < s.tokens.size() && listed(rules.part_of_day, s.tokens[last + 1].lower)) ++last;  // "samedi soir"
      std::string label = text::capitalize_first(slice(s, i, last));
      const bool ahead = rules.future.valid() && rules.future.found(text::u(s.text));
      items.push_back({day, n, label + "\u00a0: " + without_day(s, i, last, rules), ahead});
      break;
    }
  }
  // The week is a cycle: the story's days run from the one after the widest
  // gap between two days it names (« samedi, dimanche, lundi, mardi », not
  // Monday first). Equal gaps: the first from Monday.
  std::set<std::size_t> days;
  for (const Item& i : items)
    if (!i.ahead) days.insert(i.day);
  std::size_t start = 0;
  if (!days.empty()) {
    std::size_t widest = 0;
    for (auto it = days.begin(); it != days.end(); ++it) {
      const std::size_t next = std::next(it) == days.end() ? *days.begin() + 7 : *std::next(it);
      if (next - *it > widest) {
        widest = next - *it;
        start = next % 7;
      }
    }
  }
  std::stable_sort(items.begin(), items.end(), [start](const Item& a, const Item& b) {
    if (a.ahead != b.ahead) return b.ahead;
    return (a.day + 7 - start) % 7 < (b.day + 7 - start) % 7;
  });
  std::vector<std::string> out;
  for (Item& i : items) out.push_back(std::move(i.text));
  return out;
}

Document blocks(Document doc, Resources& res) {
  const BlockRules& rules = res.blocks;
  std::vector<Sentence> body;
  std::size_t intro_sentences = 0;  // the first ones of `body`: the introduction's
  // The body without the lines of a box the source already has (« Fiche
  // technique » over « Hauteur : 56 mètres »…: the lines after a subheading
  // of the source that end no sentence): they give no key figure a second time.
  std::vector<Sentence> running;
  for (const Section& sec : doc.sections) {
    bool box = false;
    for (const Paragraph& p : sec.paragraphs) {
      box = p.from_heading || (box && !text::ends_sentence(p.text));
      if (p.from_heading) continue;
      body.insert(body.end(), p.sentences.begin(), p.sentences.end());
      if (!box) running.insert(running.end(), p.sentences.begin(), p.sentences.end());
    }
    if (&sec == &doc.sections.front() && !sec.heading) intro_sentences = body.size();
  }
  doc.info_blocks.clear();
  // The source's own headings: a box the source already has (« Les chiffres
  // clés du dossier », « Le match en chiffres », « Chronologie » over its
  // lines: a heading opening or ending with a title) is not made a second
  // time (Spec::source_titles).
  std::vector<std::string> source_headings;
  for (const Section& sec : doc.sections) {
    if (!sec.source_heading.empty()) source_headings.push_back(text::fold(text::strip_closers(sec.source_heading)));
    for (const Paragraph& p : sec.paragraphs)
      if (p.from_heading) source_headings.push_back(text::fold(text::strip_closers(p.text)));
  }
  // (As whole words: « en chiffres » ends « Le match en chiffres ».)
  auto opens_or_ends_with = [](std::string_view heading, std::string_view t) {
    const std::size_t rest = heading.size() - std::min(heading.size(), t.size());
    return (heading.starts_with(t) && (rest == 0 || heading[t.size()] == ' ')) ||
           (rest > 0 && heading.ends_with(t) && heading[rest - 1] == ' ');
  };
  auto add = [&](const char* id, const BlockRules::Spec& spec, std::vector<std::string> items) {
    for (const std::string& heading : source_headings)
      for (const std::string& t : spec.source_titles)
        if (opens_or_ends_with(heading, t)) return;
    if (items.size() < spec.min_items) return;
    if (items.size() > spec.max_items) items.resize(spec.max_items);
    doc.info_blocks.push_back({id, spec.title, std::move(items)});
  };
  // L’essentiel: TextRank centrality.
  if (body.size() >= rules.min_sentences) {
    const WordList& stop = res.lexicon.list("fr/stopwords");
    std::vector<TermBag> bags;
    // The first max_sentences of the body.
    const std::span<const Sentence> ranked(body.data(), std::min(body.size(), rules.max_sentences));
    for (const Sentence& s : ranked) bags.push_back(content_terms(s, res.stemmer, stop));
    std::vector<PackedBag> packed = pack(bags);
    std::vector<std::vector<double>> sim(ranked.size(), std::vector<double>(ranked.size(), 0.0));
    for (std::size_t i = 0; i < ranked.size(); ++i)
      for (std::size_t j = i + 1; j < ranked.size(); ++j) sim[i][j] = sim[j][i] = cosine(packed[i], packed[j]);
    std::vector<double> score = textrank(sim, rules.damping, rules.iterations);
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
      std::size_t w = ranked[i].words();
      const std::vector<Token>& tk = ranked[i].tokens;
      // (In the opening words, up to a comma, and the word after an opening
      // phrase's comma: « Pour ces ménages, … », « Interrogé sur …, il a
      // rappelé… »; not « …à ce stade » further on.)
      auto back_word = [&](std::size_t k) {
        return k < tk.size() && listed(rules.essentiel_not_first, tk[k].form());
      };
      bool refers_back = false;
      for (std::size_t k = 0; k < tk.size() && k < rules.essentiel_start_words; ++k)
        refers_back = refers_back || listed(rules.essentiel_not_start, tk[k].form());
      for (std::size_t k = 0; k < tk.size() && k < rules.essentiel_opening_words && !refers_back; ++k) {
        if (tk[k].text == ",") {
          refers_back = back_word(k + 1);
          break;
        }
        refers_back = k < rules.essentiel_opening_words / 2 && (back_word(k) || listed(rules.essentiel_not_opening, tk[k].form()));
      }
      // (An item of the source's own list, « • l’installation de… », is no
      // sentence of its own.)
      const bool list_item = !text::list_mark(ranked[i].text).empty() || text::starts_with_lower(ranked[i].text);
      // (The introduction is printed right above the list: no item repeats it.)
      if (i >= intro_sentences && w >= rules.essentiel_min_words && w <= rules.essentiel_max_words &&
          !loose_quote(ranked[i].text) &&
          !refers_back && !list_item && text::ends_sentence(ranked[i].text) &&
          text::strip_closers(ranked[i].text).back() == '.')
        order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return score[a] > score[b] + 1e-12; });
    std::size_t k = std::clamp<std::size_t>(ranked.size() / 10, rules.essentiel.min_items, rules.essentiel.max_items);
    // Best first, skipping a sentence that restates one already chosen.
    std::vector<std::size_t> chosen;
    std::vector<FactSignature> sigs;
    for (std::size_t i : order) {
      if (chosen.size() >= k) break;
      FactSignature sg = signature(ranked[i], res.stemmer, stop);
      if (std::any_of(sigs.begin(), sigs.end(),
                      [&](const FactSignature& o) { return similarity(sg, o) >= res.merge.restate * 0.8; }))
        continue;
      chosen.push_back(i);
      sigs.push_back(std::move(sg));
    }
    order = std::move(chosen);
    std::sort(order.begin(), order.end());
    std::vector<std::string> items;
    for (std::size_t i : order) items.push_back(ranked[i].text);
    add("essentiel", rules.essentiel, std::move(items));
  }
  add("chiffres", rules.chiffres, key_figures(running, rules, res.lexicon));
  // « Mardi : les élèves… »: no capital after the colon but a name's.
  std::vector<std::string> chrono = chronology(body, rules, res.lexicon);
  std::vector<std::string> applied;
  for (std::string& item : chrono) item = lower_after_colon(item, res.repair, applied);
  add("chronologie", rules.chronologie, std::move(chrono));
  add("acteurs", rules.acteurs, actors(body, rules, res.lexicon));
  return doc;
}

}  // namespace titraille

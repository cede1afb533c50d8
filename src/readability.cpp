#include "readability.h"

#include <algorithm>
#include <map>
#include <optional>

#include <unicode/uchar.h>

#include "resources.h"
#include "segment.h"
#include "text.h"
#include "tokenize.h"

namespace titraille {

ReadabilityRules::ReadabilityRules(const DataBundle& data, const Lexicon& lexicon) : openings(lexicon) {
  RuleFile file(data, lexicon, "rules/readability.xml");
  pugi::xml_node root = file.root();
  long_words = root.child("sentence").attribute("long-words").as_uint(20);
  min_part_words = root.child("sentence").attribute("min-part-words").as_uint(5);
  paragraph_max_words = root.child("paragraph").attribute("max-words").as_uint(150);
  max_same_openings = root.child("sentence").attribute("max-same-openings").as_uint(2);
  for (pugi::xml_node s : root.children("split")) {
    std::string id = s.attribute("id").as_string();
    if (id.empty()) file.fail("split", "<split> without id");
    std::string_view rewrite = s.attribute("rewrite").as_string();
    Split::Rewrite how = rewrite.empty()             ? Split::Rewrite::None
                         : rewrite == "participle" ? Split::Rewrite::Participle
                         : rewrite == "relative"   ? Split::Rewrite::Relative
                         : rewrite == "predicate"  ? Split::Rewrite::Predicate
                                                   : (file.fail(id, "unknown rewrite " + std::string(rewrite)), Split::Rewrite::None);
    splits.push_back({id, file.pattern(s, id), s.attribute("skip-words").as_uint(0), {},
                      s.attribute("insert").as_string(), how, s.attribute("adverb").as_string()});
  }
  for (pugi::xml_node u : root.children("unless-after")) unless_after.push_back(file.pattern(u, "unless-after"));
  for (pugi::xml_node u : root.children("unless-before")) {
    std::string id = u.attribute("split").as_string();
    if (id.empty()) {
      unless_before.push_back(file.pattern(u, "unless-before"));
      continue;
    }
    auto it = std::find_if(splits.begin(), splits.end(), [&](const Split& s) { return s.id == id; });
    if (it == splits.end()) file.fail(id, "<unless-before> names no <split>");
    it->unless_before.push_back(file.pattern(u, id + ".unless-before"));
  }
  pugi::xml_node clause = root.child("clause");
  if (!clause) file.fail("clause", "missing <clause>");
  max_subject_words = clause.attribute("max-subject-words").as_uint(6);
  auto list = [&](const char* attr) -> const WordList* {
    std::string name = clause.attribute(attr).as_string();
    if (name.empty()) file.fail("clause", std::string("missing attribute ") + attr);
    return &lexicon.list(name);
  };
  pronouns = list("pronouns");
  determiners = list("determiners");
  plural = list("plural");
  verbs = list("verbs");
  clitics = list("clitics");
  negation = list("negation");
  for (pugi::xml_node v : root.children("verb-ending"))
    (v.attribute("plural").as_bool(false) ? plural_endings : verb_endings)
        .push_back(file.pattern(v, "verb-ending"));
  for (pugi::xml_node v : root.children("not-verb")) not_verbs.push_back(file.pattern(v, "not-verb"));
  participles = &lexicon.list(root.child("participle-clause").attribute("list").as_string("fr/participle-rewrites"));
  participle_adverb = root.child("participle-clause").attribute("adverb").as_string();
  linkers = &lexicon.list(root.child("participle-clause").attribute("linkers").as_string("fr/clause-linkers"));
  // A required attribute holding space-separated words.
  auto words = [&](const char* element, const char* attr) {
    std::vector<std::string> w = text::split_words(root.child(element).attribute(attr).as_string());
    if (w.empty()) file.fail(element, std::string("missing attribute ") + attr);
    return w;
  };
  past_forms = text::split_words(root.child("participle-clause").attribute("past-forms").as_string());
  past_endings = words("participle-clause", "past-endings");
  prepositions = &lexicon.list(root.child("relative").attribute("prepositions").as_string("fr/prepositions"));
  etre_singular = words("relative", "etre-singular");
  etre_plural = words("relative", "etre-plural");
  masculine_singular = words("relative", "masculine-singular");
  feminine_singular = words("relative", "feminine-singular");
  masculine_plural = words("relative", "masculine-plural");
  feminine_plural = words("relative", "feminine-plural");
  grammar.masculine_determiners = words("grammar", "masculine-determiners");
  grammar.feminine_determiners = words("grammar", "feminine-determiners");
  grammar.masculine_pronouns = words("grammar", "masculine-pronouns");
  grammar.feminine_pronouns = words("grammar", "feminine-pronouns");
  grammar.plural_pronouns = words("grammar", "plural-pronouns");
  grammar.indefinite_pronouns = words("grammar", "indefinite-pronouns");
  grammar.avoir = words("grammar", "avoir");
  grammar.avoir_plural = words("grammar", "avoir-plural");
  grammar.negation = words("grammar", "negation");
  grammar.reflexive = words("grammar", "reflexive");
  grammar.object_pronouns = words("grammar", "object-pronouns");
  grammar.adverb_ending = words("grammar", "adverb-ending").front();
}

namespace {

bool is_word(const Token& t) { return t.kind == TokenKind::Word; }

bool in(const std::vector<std::string>& words, const std::string& w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool is_relative(const Token& t) {
  std::string k = t.form();
  return k == "qui" || k == "que" || k == "qu’" || k == "dont" || k == "où";
}

// A lower-case word that is a finite verb form; plural endings only after a
// plural subject.
bool is_finite(const Token& t, bool plural_subject, const ReadabilityRules& rules) {
  if (!is_word(t) || t.capitalized || t.elided) return false;
  if (rules.verbs->contains(t.lower)) return true;
  icu::UnicodeString w = text::u(t.lower);
  for (const Pattern& p : rules.not_verbs)
    if (p.full(w)) return false;
  for (const Pattern& p : rules.verb_endings)
    if (p.full(w)) return true;
  if (plural_subject)
    for (const Pattern& p : rules.plural_endings)
      if (p.full(w)) return true;
  return false;
}

// The byte offset `pos` of `s` is inside « », “ ”, straight double quotes or
// parentheses: one of them is open before it (`open_before` says the sentence
// starts inside a quotation), or closed after it without being opened.
bool inside_quotes(std::string_view s, std::size_t pos, bool open_before) {
  int guillemets = open_before ? 1 : 0, curly = 0, parens = 0, straight = 0;
  int close_g = 0, close_c = 0, close_p = 0;  // unmatched closers after pos
  std::size_t i = 0;
  while (i < s.size()) {
    bool before = i < pos;
    char32_t c = text::next_char(s, i);
    if (before) {
      switch (c) {
        case U'«': ++guillemets; break;
        case U'»': --guillemets; break;
        case U'“': ++curly; break;
        case U'”': --curly; break;
        case U'(': ++parens; break;
        case U')': --parens; break;
        case U'"': straight ^= 1; break;
        default: break;
      }
    } else {
      switch (c) {
        case U'«': --close_g; break;
        case U'»': ++close_g; break;
        case U'“': --close_c; break;
        case U'”': ++close_c; break;
        case U'(': --close_p; break;
        case U')': ++close_p; break;
        default: break;
      }
      // A closer with no opener after pos closes something opened before it.
      if (close_g > 0 || close_c > 0 || close_p > 0) return true;
    }
  }
  return guillemets > 0 || curly > 0 || parens > 0 || straight != 0;
}

bool any_found(const std::vector<Pattern>& patterns, const std::string& s) {
  icu::UnicodeString u = text::u(s);
  return std::any_of(patterns.begin(), patterns.end(), [&](const Pattern& p) { return p.found(u); });
}

// A past participle after an auxiliary (« déclaré », « eu », « pris »,
// « promis », « offert »).
bool past_participle(const Token& t, const ReadabilityRules& rules) {
  if (!is_word(t) || t.capitalized || t.elided) return false;
  if (in(rules.past_forms, t.lower)) return true;
  for (const std::string& e : rules.past_endings)
    if (t.lower.size() > e.size() + 1 && t.lower.ends_with(e)) return true;
  return false;
}

// A punctuation mark inside a word (« Jean-Marc », « aujourd’hui »).
bool joiner(const Token& t) {
  return t.kind == TokenKind::Punct && (t.text == "-" || t.text == "’" || t.text == "'");
}

bool quote_or_joiner(const Token& t) {
  return joiner(t) || opens_quotation(t) || closes_quotation(t) || (t.kind == TokenKind::Punct && t.text == "\"");
}

// No relative pronoun, « que » nor word of `linkers` outside « » and “ ”:
// nothing the clause after the boundary could belong to but the main clause.
bool plain_outside_quotes(const std::vector<Token>& tokens, const ReadabilityRules& rules) {
  int depth = 0;
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::Punct) {
      if (opens_quotation(t)) ++depth;
      if (closes_quotation(t) && depth > 0) --depth;
      continue;
    }
    if (depth == 0 && (is_relative(t) || rules.linkers->contains(t.form()))) return false;
  }
  return depth == 0;
}

enum class Gender { Unknown, Masculine, Feminine };

// Singular determiners whose gender is certain.
Gender determiner_gender(const std::string& w, const ReadabilityRules& rules) {
  if (in(rules.grammar.masculine_determiners, w)) return Gender::Masculine;
  if (in(rules.grammar.feminine_determiners, w)) return Gender::Feminine;
  return Gender::Unknown;
}

// tokens[k - 1] is a finite verb, or a past participle after « avoir » or
// « être » (one adverb may come between).
bool after_verb(const std::vector<Token>& tokens, std::size_t k, const ReadabilityRules& rules) {
  if (k == 0 || !is_word(tokens[k - 1])) return false;
  const Token& v = tokens[k - 1];
  if (is_finite(v, true, rules)) return true;
  if (!past_participle(v, rules)) return false;
  auto auxiliary = [&](const Token& t) {
    const std::string f = t.form();
    return in(rules.grammar.avoir, f) || in(rules.past_forms, f) || in(rules.etre_singular, f) ||
           in(rules.etre_plural, f);
  };
  return (k >= 2 && auxiliary(tokens[k - 2])) || (k >= 3 && is_word(tokens[k - 2]) && auxiliary(tokens[k - 3]));
}

// The gender and number a participle after a form of « être » (or « a été »,
// « ont été »…) shows, from tokens[j] (« ne » and « se » before it allowed);
// none when there is no such participle or its number is not the
// auxiliary's.
struct Agreement {
  Gender gender = Gender::Unknown;
  bool plural = false;
};

std::optional<Agreement> etre_agreement(const std::vector<Token>& rt, std::size_t j, const ReadabilityRules& rules) {
  if (j < rt.size() && in(rules.grammar.negation, rt[j].form())) ++j;
  if (j < rt.size() && in(rules.grammar.reflexive, rt[j].form())) ++j;
  if (j >= rt.size()) return std::nullopt;
  bool plural;
  const std::string aux = rt[j].form();
  if (in(rules.etre_singular, aux) || in(rules.etre_plural, aux)) {
    plural = in(rules.etre_plural, aux);
    ++j;
  } else if (in(rules.grammar.avoir, aux) && j + 1 < rt.size() && rt[j + 1].form() == "été") {
    plural = in(rules.grammar.avoir_plural, aux);
    j += 2;
  } else {
    return std::nullopt;
  }
  if (j + 1 < rt.size() && is_word(rt[j]) && rt[j].lower.ends_with(rules.grammar.adverb_ending)) ++j;  // one adverb
  if (j >= rt.size() || !is_word(rt[j]) || rt[j].capitalized || rt[j].elided) return std::nullopt;
  const std::string& p = rt[j].lower;
  auto ends = [&](const std::vector<std::string>& endings) {
    for (const std::string& e : endings)
      if (p.size() > e.size() + 1 && p.ends_with(e)) return true;
    return false;
  };
  // Longer endings first: « -ées » before « -és » and « -ée ».
  Agreement a;
  if (ends(rules.feminine_plural)) a = {Gender::Feminine, true};
  else if (ends(rules.masculine_plural)) a = {Gender::Masculine, true};
  else if (ends(rules.feminine_singular)) a = {Gender::Feminine, false};
  else if (ends(rules.masculine_singular)) a = {Gender::Masculine, false};
  else return std::nullopt;
  if (a.plural != plural) return std::nullopt;
  return a;
}

// Who a new sentence about a clause's subject names.
struct Subject {
  std::string restated;  // « Il », « Elle », or the subject as written
  bool plural = false;
  Gender gender = Gender::Unknown;
  bool proper = false;   // a proper name, restated as written
  std::size_t verb = 0;  // the token after the subject
};

// Past up to four clitics (« ne », « se », « y », « en », « l’ »…), but not
// le, la, les, nous, vous, which may as well open a subject.
std::size_t skip_clitics(const std::vector<Token>& tokens, std::size_t k, const ReadabilityRules& rules) {
  for (int n = 0; n < 4 && k < tokens.size() && is_word(tokens[k]) && rules.clitics->contains(tokens[k].form()); ++n) {
    if (in(rules.grammar.object_pronouns, tokens[k].form())) break;
    ++k;
  }
  return k;
}

// A finite verb of the third person in the subject's number.
bool agrees(const Token& t, const Subject& subject, const ReadabilityRules& rules) {
  if (!is_finite(t, subject.plural, rules)) return false;
  const std::string& w = t.lower;
  bool plural_form = (w.ends_with("ent") && !w.ends_with("ient")) || w.ends_with("ont");
  if (subject.plural) return plural_form;
  return !plural_form && !w.ends_with("ons") && !w.ends_with("ez");
}

// The word after « qui » (past its clitics), which is a verb: in the
// antecedent's number when its form says it.
bool relative_verb_agrees(const std::vector<Token>& rt, const Subject& subject, const ReadabilityRules& rules) {
  std::size_t k = skip_clitics(rt, 0, rules);
  if (k >= rt.size() || !is_word(rt[k]) || rt[k].capitalized) return false;
  if (is_finite(rt[k], subject.plural, rules)) return agrees(rt[k], subject, rules);
  const std::string& w = rt[k].lower;
  bool plural_form = w.ends_with("nt");
  return subject.plural ? plural_form : !plural_form && !w.ends_with("ons") && !w.ends_with("ez");
}

// The subject opening a clause: a subject pronoun (il, elle, ils, elles,
// on), a singular noun phrase opened by le, la, un, une, ce, cet, cette (« Il »,
// « Elle »), with `restate` a definite one opened by les, ces or l’ (restated
// as written), or a proper name (restated).
std::optional<Subject> clause_subject(const std::string& left, const std::vector<Token>& lt, const ReadabilityRules& rules,
                                      bool restate) {
  if (lt.empty() || !is_word(lt[0])) return std::nullopt;
  Subject s;
  const std::string first = lt[0].form();
  std::size_t v = 1;
  const ReadabilityRules::Grammar& gr = rules.grammar;
  if (rules.pronouns->contains(first) && (in(gr.masculine_pronouns, first) || in(gr.feminine_pronouns, first) ||
                                          in(gr.indefinite_pronouns, first))) {
    s.restated = text::capitalize_first(first);
    s.plural = in(gr.plural_pronouns, first);
    s.gender = in(gr.feminine_pronouns, first)    ? Gender::Feminine
               : in(gr.masculine_pronouns, first) ? Gender::Masculine
                                                  : Gender::Unknown;
  } else if (Gender g = determiner_gender(first, rules); g != Gender::Unknown) {
    s.restated = g == Gender::Feminine ? "Elle" : "Il";
    s.gender = g;
    while (v < lt.size() && v <= 2 * rules.max_subject_words && is_word(lt[v]) && !rules.verbs->contains(lt[v].lower)) ++v;
  } else if (restate && (first == "les" || first == "ces" || first == "l’")) {
    s.plural = first != "l’";
    // (Up to the verb or a clitic before it: « Les jurés l’ont reconnu »
    // has the subject « Les jurés ». After a preposition, « l’ » is an
    // article (« Les élus de l’opposition »); le, la, les, nous, vous may
    // be inside the noun phrase: « de la commune ».)
    auto clitic = [&](std::size_t k) {
      return rules.clitics->contains(lt[k].form()) && !in(gr.object_pronouns, lt[k].form()) &&
             !rules.prepositions->contains(lt[k - 1].form());
    };
    while (v < lt.size() && v <= 2 * rules.max_subject_words && (is_word(lt[v]) || joiner(lt[v])) &&
           !is_finite(lt[v], s.plural, rules) && !rules.negation->contains(lt[v].form()) && !clitic(v))
      ++v;
  } else if (lt[0].capitalized && !lt[0].elided && !rules.determiners->contains(first)) {
    v = 0;
    s.proper = true;
    while (v < lt.size() && ((is_word(lt[v]) && lt[v].capitalized) || (v > 0 && joiner(lt[v])))) ++v;
  } else {
    return std::nullopt;
  }
  if (v >= lt.size() || v == 0) return std::nullopt;
  if (s.restated.empty())
    s.restated = text::capitalize_first(text::trim(std::string_view(left).substr(0, lt[v].offset)));
  s.verb = v;
  return s;
}

// A noun phrase from tokens[from] to the end: a determiner and words
// without a preposition or finite verb, or a proper name.
struct NounPhrase {
  Subject subject;           // for a new sentence opening with it as subject
  std::string demonstrative; // the phrase taken up again: « cet habitant », or its proper name
  bool by_name = false;      // taken up by its proper name
};

std::optional<NounPhrase> noun_phrase(const std::string& left, const std::vector<Token>& lt, std::size_t from,
                                      const ReadabilityRules& rules) {
  if (from >= lt.size() || !is_word(lt[from])) return std::nullopt;
  const std::string det = lt[from].form();
  const bool determiner = !lt[from].elided ? rules.determiners->contains(det) || det == "des" : det == "l’";
  const bool proper = !determiner && lt[from].capitalized && !lt[from].elided;
  if (!determiner && !proper) return std::nullopt;
  std::size_t name = lt.size();  // where the proper name ending the phrase starts
  for (std::size_t k = from + (determiner ? 1 : 0); k < lt.size(); ++k) {
    const Token& t = lt[k];
    if (joiner(t)) continue;
    // A number after a plural determiner (« les deux candidats »).
    if (k == from + 1 && (det == "les" || det == "ces") &&
        (t.kind == TokenKind::Number || (is_word(t) && rules.plural->contains(t.form()))))
      continue;
    if (!is_word(t) || rules.prepositions->contains(t.form()) || is_relative(t) || rules.determiners->contains(t.form()) ||
        rules.linkers->contains(t.form()) || t.form() == "et" || is_finite(t, true, rules) || (proper && !t.capitalized))
      return std::nullopt;
    if (!t.capitalized) name = lt.size();
    else if (name == lt.size()) name = k;
  }
  if (determiner && from + 1 >= lt.size()) return std::nullopt;
  NounPhrase np;
  std::string_view whole = text::trim(std::string_view(left).substr(lt[from].offset));
  const std::string name_text = name < lt.size() ? std::string(text::trim(std::string_view(left).substr(lt[name].offset))) : "";
  if (proper) {
    np.subject.restated = np.demonstrative = std::string(whole);
    np.by_name = true;
    return np;
  }
  Gender g = determiner_gender(det, rules);
  np.subject.gender = g;
  np.subject.plural = det == "les" || det == "des" || det == "ces";
  if (g != Gender::Unknown) np.subject.restated = g == Gender::Feminine ? "Elle" : "Il";
  else if (det != "des") np.subject.restated = text::capitalize_first(whole);
  const bool definite = det == "le" || det == "la" || det == "les" || det == "l’";
  if (!name_text.empty() && name > from + 1) {
    np.demonstrative = name_text;  // « le président Jean Dupont » -> « Jean Dupont »
    np.by_name = true;
  } else if (name == from + 1 && definite) {
    np.demonstrative = text::capitalize_first(whole);  // « la Russie »
  } else {
    std::string rest(text::trim(std::string_view(left).substr(lt[from + 1].offset)));
    char32_t c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(text::first_char(rest))));
    bool vowel = std::u32string_view(U"aàâeéèêëiîïoôuùûœy").find(c) != std::u32string_view::npos;
    if (np.subject.plural) np.demonstrative = "Ces " + rest;
    else if (g == Gender::Feminine) np.demonstrative = "Cette " + rest;
    else if (g == Gender::Masculine && c != U'h') np.demonstrative = (vowel ? "Cet " : "Ce ") + rest;
  }
  return np;
}

}  // namespace

std::string participle_sentence(const std::string& left, const std::vector<Token>& lt, const std::vector<Token>& rt,
                                const std::string& right, const ReadabilityRules& rules) {
  if (rt.size() < 2 || !is_word(rt[0]) || rt[0].capitalized || !rules.participles->contains(rt[0].lower)) return {};
  // A plain main clause.
  bool between = false;  // « entre A et B » coordinates no clauses
  for (const Token& t : lt) {
    if (t.kind == TokenKind::Punct && t.text != "-" && t.text != "’" && t.text != "'") return {};
    std::string k = t.form();
    if (k == "entre") between = true;
    if (is_relative(t) || rules.linkers->contains(k) || (k == "et" && !between)) return {};
  }
  // The subject, and where its verb is.
  std::optional<Subject> subject = clause_subject(left, lt, rules, false);
  if (!subject) return {};
  const bool plural = subject->plural;
  std::size_t v = subject->verb;
  if (v + 1 >= lt.size()) return {};
  // The compound past: « avoir », then a participle.
  std::size_t a = v;
  const std::string aux = lt[a].form();
  // Only « avoir »: « est fermée » may be a present passive, whose tense the
  // compound past would change.
  bool pluperfect = aux == "avait" || aux == "avaient";
  bool aux_plural = aux == "ont" || aux == "avaient";
  if (!(aux == "a" || aux == "ont" || pluperfect)) return {};
  if (aux_plural != plural) return {};
  std::size_t pp = a + 1;
  if (pp < lt.size() && !past_participle(lt[pp], rules) && pp + 1 < lt.size()) ++pp;  // one adverb (« a aussi promis »)
  if (!past_participle(lt[pp], rules)) return {};
  std::string out = subject->restated + " " + (pluperfect ? (plural ? "avaient" : "avait") : (plural ? "ont" : "a")) + " " +
                    (rules.participle_adverb.empty() ? "" : rules.participle_adverb + " ") + std::string(rules.participles->value(rt[0].lower)) + right.substr(rt[0].text.size());
  // A participle coordinated with the first one (« et alimentant »); one
  // the list cannot rewrite leaves the sentence whole.
  for (std::size_t k = 2; k < rt.size(); ++k) {
    if (rt[k - 1].lower != "et" || !is_word(rt[k])) continue;
    if (!rules.participles->contains(rt[k].lower)) {
      if (rt[k].lower.ends_with("ant")) return {};
      continue;
    }
    {
      std::string from = " et " + rt[k].text + " ", to = " et " + std::string(rules.participles->value(rt[k].lower)) + " ";
      if (std::size_t at = out.find(from); at != std::string::npos) out.replace(at, from.size(), to);
    }
  }
  return out;
}

std::string predicate_sentence(const std::string& left, const std::vector<Token>& lt, const std::vector<Token>& rt,
                               const std::string& right, std::size_t keep, const std::string& adverb,
                               const ReadabilityRules& rules) {
  // A plain main clause: no comma, colon or parenthesis (quotations may be
  // there), no relative or subordinate clause outside quotations.
  for (const Token& t : lt)
    if (t.kind == TokenKind::Punct && !quote_or_joiner(t)) return {};
  if (!plain_outside_quotes(lt, rules)) return {};
  std::optional<Subject> subject = clause_subject(left, lt, rules, true);
  if (!subject) return {};
  // The subject's own verb, then something after it (« a examiné et a
  // approuvé le budget » shares its object: no split).
  std::size_t v = skip_clitics(lt, subject->verb, rules);
  if (v >= lt.size() || !agrees(lt[v], *subject, rules)) return {};
  bool complement = false;
  for (std::size_t k = v + 1; k < lt.size(); ++k)
    complement = complement || lt[k].kind == TokenKind::Number ||
                 (is_word(lt[k]) && (rules.determiners->contains(lt[k].form()) || rules.prepositions->contains(lt[k].form()) ||
                                     lt[k].capitalized));
  if (!complement) return {};
  // The connector kept (« mais »), then the second verb, past its clitics,
  // agreeing with the same subject; `adverb` after it says how the second act
  // follows the first (« Les élus ont aussi demandé »), unless a negation is
  // there.
  std::size_t c = 0;
  for (std::size_t kept = 0; c < rt.size() && kept < keep; ++c)
    if (is_word(rt[c])) ++kept;
  std::size_t w = skip_clitics(rt, c, rules);
  if (c >= rt.size() || w >= rt.size() || !agrees(rt[w], *subject, rules)) return {};
  // A participle agreeing with another subject (« Le maire … et sera
  // remplacée »): not the same subject.
  if (std::optional<Agreement> agreed = etre_agreement(rt, w, rules);
      agreed && subject->gender != Gender::Unknown && agreed->gender != subject->gender)
    return {};
  bool negated = false;
  for (std::size_t k = c; k < w; ++k) negated = negated || rt[k].form() == "ne" || rt[k].form() == "n’";
  std::string connector(text::trim(std::string_view(right).substr(0, rt[c].offset)));
  std::string who = connector.empty() || subject->proper ? subject->restated : text::lower_first(subject->restated);
  std::string out = connector.empty() ? who + " " : text::capitalize_first(connector) + " " + who + " ";
  std::size_t shift = out.size();
  out += right.substr(rt[c].offset);
  if (!negated && !adverb.empty() && !(w + 1 < rt.size() && rt[w + 1].lower == adverb))
    out.insert(shift + rt[w].offset - rt[c].offset + rt[w].text.size(), " " + adverb);
  return out;
}

bool relative_split(const std::string& left, const std::vector<Token>& lt, const std::string& right,
                    const std::vector<Token>& rt, const ReadabilityRules& rules, std::string& before, std::string& after) {
  if (lt.empty() || rt.empty()) return false;
  // 1. The relative clause is an incise after the subject that opens the
  // sentence; it ends at its only comma, before the main verb.
  if (!has_finite_verb(lt, rules)) {
    std::optional<NounPhrase> np = noun_phrase(left, lt, 0, rules);
    if (!np || np->subject.restated.empty()) return false;
    std::size_t comma = 0;
    while (comma < rt.size() && !(rt[comma].kind == TokenKind::Punct && rt[comma].text == ",")) {
      if (rt[comma].kind == TokenKind::Punct && !joiner(rt[comma])) return false;
      ++comma;
    }
    if (comma == rt.size()) return false;
    const Subject& subject = np->subject;
    std::size_t main_verb = skip_clitics(rt, comma + 1, rules);
    if (skip_clitics(rt, 0, rules) >= comma || !relative_verb_agrees(rt, subject, rules)) return false;
    if (main_verb >= rt.size() || !agrees(rt[main_verb], subject, rules)) return false;
    for (std::size_t k = comma + 1; k < rt.size(); ++k)
      if (rt[k].kind == TokenKind::Punct && rt[k].text == "," && k + 1 < rt.size() && agrees(rt[k + 1], subject, rules))
        return false;  // a second incise (« X, qui A, B, a dit ») is not the main verb yet
    before = left + " " + std::string(text::trim(std::string_view(right).substr(0, rt[comma].offset)));
    after = subject.restated + " " + std::string(text::trim(std::string_view(right).substr(rt[comma].offset + 1)));
    return true;
  }
  // 2 and 3: the relative clause ends the sentence, after a plain main clause.
  for (std::size_t k = 0; k + 1 < rt.size(); ++k)
    if (rt[k].kind == TokenKind::Punct && !joiner(rt[k])) return false;
  if (!plain_outside_quotes(lt, rules)) return false;
  // 2. A noun phrase right after the main verb, restated with a
  // demonstrative or as its proper name.
  for (std::size_t from = lt.size() - 1; from > 0 && lt.size() - from <= rules.max_subject_words; --from) {
    if (!after_verb(lt, from, rules)) continue;
    std::optional<NounPhrase> np = noun_phrase(left, lt, from, rules);
    if (!np || np->demonstrative.empty()) continue;
    // A name said twice in a row reads badly (« …, estime Marie Roux.
    // Marie Roux élève 80 vaches »): the sentence stays whole.
    if (np->by_name) return false;
    if (!relative_verb_agrees(rt, np->subject, rules)) return false;
    before = left;
    after = np->demonstrative + " " + right;
    return true;
  }
  // 3. The participle of the relative clause gives its antecedent's gender
  // and number.
  std::optional<Agreement> agreed = etre_agreement(rt, 0, rules);
  if (!agreed) return false;
  const bool plural = agreed->plural;
  const Gender gender = agreed->gender;
  // The main clause's subject must not be one the pronoun could name.
  std::optional<Subject> main = clause_subject(left, lt, rules, true);
  if (!main || (main->plural == plural && (main->gender == gender || main->gender == Gender::Unknown))) return false;
  before = left;
  after = std::string(plural ? (gender == Gender::Feminine ? "Elles" : "Ils") : (gender == Gender::Feminine ? "Elle" : "Il")) +
          " " + right;
  return true;
}

bool opens_clause(const std::vector<Token>& tokens, std::size_t start, const ReadabilityRules& rules) {
  if (start >= tokens.size()) return false;
  const Token& first = tokens[start];
  std::size_t n = tokens.size();
  if (is_word(first) && rules.pronouns->contains(first.form())) {
    std::size_t j = start + 1;
    for (int k = 0; k < 4 && j < n && is_word(tokens[j]) && rules.clitics->contains(tokens[j].form()); ++k) ++j;
    return j < n && is_word(tokens[j]) && !is_relative(tokens[j]) && !tokens[j].capitalized;
  }
  bool determiner = (is_word(first) && !first.capitalized &&
                     (rules.determiners->contains(first.form()) || rules.plural->contains(first.form()) ||
                      first.form() == "l’")) ||
                    first.kind == TokenKind::Number;
  bool proper = is_word(first) && first.capitalized && !first.elided;
  if (!determiner && !proper) return false;
  bool plural = first.kind == TokenKind::Number || rules.plural->contains(first.lower);
  for (std::size_t k = start + 1; k < n && k <= start + rules.max_subject_words; ++k) {
    const Token& t = tokens[k];
    if (t.kind == TokenKind::Punct && t.text == "-" && proper) continue;  // SUD-Rail, Jean-Luc
    if (t.kind == TokenKind::Punct) return false;
    if (is_relative(t)) return false;
    // A determiner that is also an unstressed pronoun needs a noun before
    // the verb: « leur a présenté », « l’a présenté » open no clause
    // (« certains signent », « ce ne sont » do).
    if (k == start + 1 && rules.clitics->contains(first.form()) &&
        (rules.negation->contains(t.form()) || is_finite(t, plural, rules)))
      return false;
    if (rules.negation->contains(t.form())) {
      // « ne » shows a verb; a reflexive « se » must be followed by a finite
      // verb (« les élus se sont réunis », not « … se réunir »).
      if (t.form() == "ne" || t.form() == "n’") return true;
      return k + 1 < n && is_finite(tokens[k + 1], plural, rules);
    }
    // A word right after a preposition, or after a preposition and its
    // article, is a noun, not the verb (« du troisième pour le compte de
    // l’ESA », « prise en compte »).
    const Token& before = tokens[k - 1];
    const bool after_preposition =
        is_word(before) && (rules.prepositions->contains(before.form()) ||
                            (k >= start + 2 && (rules.determiners->contains(before.form()) || before.form() == "l’") &&
                             is_word(tokens[k - 2]) && rules.prepositions->contains(tokens[k - 2].form())));
    if (!after_preposition && is_finite(t, plural, rules)) return true;
    if (proper && !t.capitalized) return false;  // a proper name is a run of capitalised words
  }
  return false;
}

bool has_finite_verb(const std::vector<Token>& tokens, const ReadabilityRules& rules) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (is_finite(tokens[i], false, rules)) return true;
    if (is_word(tokens[i]) && rules.pronouns->contains(tokens[i].form()) && opens_clause(tokens, i, rules)) return true;
    if (i > 0 && rules.plural->contains(tokens[i - 1].form()) && opens_clause(tokens, i - 1, rules)) return true;
  }
  return false;
}

std::vector<std::string> split_sentence(const std::string& sentence, const ReadabilityRules& rules, Tokenizer& tokenizer,
                                        std::vector<std::string>& applied, bool open_quote,
                                        const std::vector<Token>* tokens) {
  if (Tokenizer::count_words(tokens ? *tokens : tokenizer.tokens(sentence)) <= rules.long_words) return {sentence};
  icu::UnicodeString u = text::u(sentence);
  // Every rule's boundaries cut the sentence at the same few places: each
  // part is tokenized once.
  std::map<std::string, std::vector<Token>, std::less<>> parts;
  auto tokens_of = [&](const std::string& part) -> const std::vector<Token>& {
    auto it = parts.find(part);
    if (it == parts.end()) it = parts.emplace(part, tokenizer.tokens(part)).first;
    return it->second;
  };
  struct Candidate {
    std::size_t longer = 0;
    const ReadabilityRules::Split* rule = nullptr;
    std::string before, after;  // the two sentences (before without its full stop)
  };
  using Rewrite = ReadabilityRules::Split::Rewrite;
  Candidate best;
  // Whether a pattern list finds something in a part: several boundaries
  // leave the same parts, each list is run once on each.
  std::map<std::pair<const std::vector<Pattern>*, std::string>, bool> found_in;
  auto found = [&](const std::vector<Pattern>& patterns, const std::string& part) {
    if (patterns.empty()) return false;
    auto [it, added] = found_in.try_emplace({&patterns, part}, false);
    if (added) it->second = any_found(patterns, part);
    return it->second;
  };
  for (const ReadabilityRules::Split& rule : rules.splits) {
    int32_t from = 0, b = 0, e = 0;
    while (from < u.length() && rule.boundary.find(u, from, b, e)) {
      from = e > b ? e : b + 1;
      std::size_t begin = text::utf8(u.tempSubString(0, b)).size();
      std::size_t end = text::utf8(u.tempSubString(0, e)).size();
      if (inside_quotes(sentence, begin, open_quote)) continue;
      std::string left = std::string(text::trim(std::string_view(sentence).substr(0, begin)));
      std::string right(text::trim(std::string_view(sentence).substr(end)));
      // (The part before first: it often settles the boundary alone.)
      const std::vector<Token>& lt = tokens_of(left);
      std::size_t lw = Tokenizer::count_words(lt);
      if (rule.rewrite != Rewrite::Relative &&
          (lw < rules.min_part_words || (best.rule && lw >= best.longer)))
        continue;
      const std::vector<Token>* rt = &tokens_of(right);
      std::size_t rw = Tokenizer::count_words(*rt);
      // A relative clause's new sentences are counted once made.
      if (rule.rewrite != Rewrite::Relative && (lw < rules.min_part_words || rw < rules.min_part_words)) continue;
      if (rt->empty() || !is_word(rt->front())) continue;
      // An incise closed by a dash (« …, c’est-à-dire X –, ce qui ») would end
      // the sentence on « –. ».
      if (char32_t last = text::last_char(left); last == U'–' || last == U'—' || last == U'-') continue;
      // A candidate no shorter than the best one found cannot replace it:
      // the costlier checks below are not run for it.
      if (rule.rewrite != Rewrite::Relative && best.rule && std::max(lw, rw) >= best.longer) continue;
      std::string before = left, sentence_after;
      if (rule.rewrite == Rewrite::Participle) {
        sentence_after = participle_sentence(left, lt, *rt, right, rules);
        if (sentence_after.empty()) continue;
      } else if (rule.rewrite == Rewrite::Predicate) {
        sentence_after = predicate_sentence(left, lt, *rt, right, rule.skip_words, rule.adverb, rules);
        if (sentence_after.empty()) continue;
      } else if (rule.rewrite == Rewrite::Relative) {
        if (!relative_split(left, lt, right, *rt, rules, before, sentence_after)) continue;
        lw = Tokenizer::count_words(tokens_of(before));
        rw = Tokenizer::count_words(tokens_of(sentence_after));
        if (lw < rules.min_part_words || rw < rules.min_part_words) continue;
      } else {
        std::size_t at = 0;
        for (std::size_t skipped = 0; at < rt->size() && skipped < rule.skip_words; ++at)
          if (is_word((*rt)[at])) ++skipped;
        sentence_after = rule.insert.empty() ? text::capitalize_first(right) : rule.insert + " " + right;
        if (!rule.insert.empty()) {
          // The clause is checked with the inserted words (« Cela a
          // provoqué »), past an inserted adverbial ending with a comma.
          rt = &tokens_of(sentence_after);
          at = 0;
          if (rule.insert.ends_with(","))
            while (at < rt->size() && (*rt)[at++].text != ",") {}
        }
        if (!opens_clause(*rt, at, rules) || !has_finite_verb(lt, rules)) continue;
      }
      std::size_t longer = std::max(lw, rw);
      if (best.rule && longer >= best.longer) continue;
      // An attribution after the boundary may cover the part before it; in
      // a relative split it is the main clause of the sentence. (Checked
      // last: the patterns cost more than the grammar tests above.)
      if (found(rule.unless_before, left) || found(rules.unless_before, left) ||
          (rule.rewrite != Rewrite::Relative && found(rules.unless_after, right)))
        continue;
      best = {longer, &rule, std::move(before), std::move(sentence_after)};
    }
  }
  if (!best.rule) return {sentence};
  applied.push_back(best.rule->id);
  std::vector<std::string> out = split_sentence(best.before + ".", rules, tokenizer, applied, open_quote);
  for (std::string& s : split_sentence(best.after, rules, tokenizer, applied, false)) out.push_back(std::move(s));
  return out;
}

std::vector<std::size_t> paragraph_cuts(const std::vector<std::size_t>& sentence_words, std::size_t max_words) {
  std::vector<std::size_t> cuts;
  // Cuts [from, to) recursively at the boundary nearest to its middle.
  auto cut = [&](auto&& self, std::size_t from, std::size_t to) -> void {
    std::size_t total = 0;
    for (std::size_t i = from; i < to; ++i) total += sentence_words[i];
    if (total <= max_words || to - from < 2) return;
    std::size_t best = from + 1, best_gap = std::string::npos, prefix = 0;
    for (std::size_t i = from + 1; i < to; ++i) {
      prefix += sentence_words[i - 1];
      std::size_t gap = prefix * 2 > total ? prefix * 2 - total : total - prefix * 2;
      if (gap < best_gap) {
        best_gap = gap;
        best = i;
      }
    }
    self(self, from, best);
    cuts.push_back(best);
    self(self, best, to);
  };
  cut(cut, 0, sentence_words.size());
  return cuts;
}

namespace {

// The longest run of equal, non-empty openings.
std::size_t longest_run(const std::vector<std::string>& openings) {
  std::size_t longest = 0, run = 0;
  for (std::size_t i = 0; i < openings.size(); ++i) {
    run = !openings[i].empty() && i > 0 && openings[i] == openings[i - 1] ? run + 1 : 1;
    if (!openings[i].empty()) longest = std::max(longest, run);
  }
  return longest;
}

// True when the parts of a split sentence, between the sentences around it,
// make a longer run of sentences opening with the same words than the whole
// sentence did, and a run over the limit (« Il a parlé et a dit X. Il a
// ensuite … » -> three sentences opening with « Il »).
bool repeats_openings(const std::string& previous, const std::vector<std::string>& parts, const std::string& whole,
                      const std::string& next, const ReadabilityRules& rules) {
  auto opening = [&](const std::string& s) { return s.empty() ? s : analysis::opening(analysis::words(s), rules.openings); };
  std::vector<std::string> split{opening(previous)}, unsplit{opening(previous), opening(whole), opening(next)};
  for (const std::string& p : parts) split.push_back(opening(p));
  split.push_back(opening(next));
  std::size_t run = longest_run(split);
  return run > rules.max_same_openings && run > longest_run(unsplit);
}

}  // namespace

Document readability(Document doc, Resources& res) {
  const ReadabilityRules& rules = res.readability;
  std::vector<Block> out;
  out.reserve(doc.blocks.size());
  for (Block& b : doc.blocks) {
    if (b.kind != BlockKind::Article) {
      out.push_back(std::move(b));
      continue;
    }
    // Long sentences.
    std::string rebuilt;
    bool changed = false;
    int quote_depth = 0;  // « opened before the sentence, in this paragraph
    std::string previous;  // the last sentence written
    for (std::size_t i = 0; i < b.sentences.size(); ++i) {
      const Sentence& s = b.sentences[i];
      bool open_quote = quote_depth > 0;
      for (std::size_t k = 0; k < s.text.size();) {
        char32_t c = text::next_char(s.text, k);
        if (c == U'«') ++quote_depth;
        if (c == U'»' && quote_depth > 0) --quote_depth;
      }
      std::size_t end = i + 1 < b.sentences.size() ? b.sentences[i + 1].offset : b.text.size();
      std::string original(text::trim(std::string_view(b.text).substr(s.offset, end - s.offset)));
      std::vector<std::string> applied;
      // A sentence short enough is left as it is; its tokens are already known.
      const bool known = original == s.text;
      const bool short_enough = known && Tokenizer::count_words(s.tokens) <= rules.long_words;
      std::vector<std::string> parts =
          short_enough ? std::vector<std::string>{original}
                       : split_sentence(original, rules, res.tokenizer, applied, open_quote, known ? &s.tokens : nullptr);
      const std::string next = i + 1 < b.sentences.size() ? b.sentences[i + 1].text : std::string();
      if (parts.size() > 1 && repeats_openings(previous, parts, original, next, rules)) parts = {original};
      previous = parts.back();
      if (parts.size() > 1) {
        changed = true;
        std::string joined = text::join(parts, " ");
        doc.traces.push_back({"readability", "split sentence line " + std::to_string(b.line), joined,
                              "readability:" + text::join(applied, "+") + ": " + original, b.line});
        original = std::move(joined);
      }
      if (!rebuilt.empty()) rebuilt += ' ';
      rebuilt += original;
    }
    if (changed) {
      b.text = std::move(rebuilt);
      segment_block(b, res);
    }
    // Long paragraphs.
    std::vector<std::size_t> words;
    for (const Sentence& s : b.sentences) words.push_back(s.words());
    std::vector<std::size_t> cuts = paragraph_cuts(words, rules.paragraph_max_words);
    if (cuts.empty()) {
      out.push_back(std::move(b));
      continue;
    }
    cuts.push_back(b.sentences.size());
    std::size_t from = 0;
    std::vector<std::string> sizes;
    std::vector<Block> parts;
    for (std::size_t to : cuts) {
      std::size_t begin = b.sentences[from].offset;
      std::size_t end = to < b.sentences.size() ? b.sentences[to].offset : b.text.size();
      Block part;  // not a copy of b: its text and sentences may be large
      part.span = b.span;
      part.line = b.line;
      part.kind = b.kind;
      part.reason = b.reason;
      part.rule = b.rule;
      part.score = b.score;
      part.hint = b.hint;
      part.truncated_start = from == 0 && b.truncated_start;
      part.text = std::string(text::trim(std::string_view(b.text).substr(begin, end - begin)));
      part.original = from == 0 ? b.original : part.text;
      segment_block(part, res);
      sizes.push_back(std::to_string(part.words()));
      parts.push_back(std::move(part));
      from = to;
    }
    doc.traces.push_back({"readability", "split paragraph line " + std::to_string(b.line),
                          std::to_string(parts.size()) + " paragraphs of " + text::join(sizes, ", ") + " words",
                          "readability:paragraph: " + std::to_string(b.words()) + " words over " +
                              std::to_string(rules.paragraph_max_words),
                          b.line});
    for (Block& p : parts) out.push_back(std::move(p));
  }
  doc.blocks = std::move(out);
  return doc;
}

}  // namespace titraille

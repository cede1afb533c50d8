#include "readability.h"

#include <algorithm>

#include "resources.h"
#include "segment.h"
#include "text.h"
#include "tokenize.h"

namespace titraille {

ReadabilityRules::ReadabilityRules(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/readability.xml");
  pugi::xml_node root = file.root();
  long_words = root.child("sentence").attribute("long-words").as_uint(20);
  min_part_words = root.child("sentence").attribute("min-part-words").as_uint(5);
  paragraph_max_words = root.child("paragraph").attribute("max-words").as_uint(150);
  for (pugi::xml_node s : root.children("split")) {
    std::string id = s.attribute("id").as_string();
    if (id.empty()) file.fail("split", "<split> without id");
    splits.push_back({id, file.pattern(s, id), s.attribute("skip-words").as_uint(0), {},
                      s.attribute("insert").as_string(), std::string_view(s.attribute("rewrite").as_string()) == "participle"});
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
  past_forms = text::split_words(root.child("participle-clause").attribute("past-forms").as_string());
  past_endings = text::split_words(root.child("participle-clause").attribute("past-endings").as_string());
  if (past_endings.empty()) file.fail("participle-clause", "missing attribute past-endings");
}

namespace {

bool is_word(const Token& t) { return t.kind == TokenKind::Word; }

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
  int32_t b = 0, e = 0;
  for (const Pattern& p : patterns)
    if (p.find(u, 0, b, e)) return true;
  return false;
}

// A past participle after an auxiliary (« déclaré », « eu », « pris »,
// « promis », « offert »).
bool past_participle(const Token& t, const ReadabilityRules& rules) {
  if (!is_word(t) || t.capitalized || t.elided) return false;
  if (std::find(rules.past_forms.begin(), rules.past_forms.end(), t.lower) != rules.past_forms.end()) return true;
  for (const std::string& e : rules.past_endings)
    if (t.lower.size() > e.size() + 1 && t.lower.ends_with(e)) return true;
  return false;
}

}  // namespace

std::string participle_sentence(const std::vector<Token>& lt, const std::string& right, Tokenizer& tokenizer,
                                const ReadabilityRules& rules) {
  std::vector<Token> rt = tokenizer.tokens(right);
  if (rt.size() < 2 || !is_word(rt[0]) || rt[0].capitalized || !rules.participles->contains(rt[0].lower)) return {};
  // A plain main clause.
  bool between = false;  // « entre A et B » coordinates no clauses
  for (const Token& t : lt) {
    if (t.kind == TokenKind::Punct && t.text != "-" && t.text != "’" && t.text != "'") return {};
    std::string k = t.form();
    if (k == "entre") between = true;
    if (is_relative(t) || rules.linkers->contains(k) || (k == "et" && !between)) return {};
  }
  if (lt.empty() || !is_word(lt[0])) return {};
  // The subject, and where its verb is.
  std::string subject;
  bool plural = false;
  std::size_t v = 0;
  const std::string first = lt[0].form();
  if (rules.pronouns->contains(first) && (first == "il" || first == "elle" || first == "ils" || first == "elles" || first == "on")) {
    subject = text::capitalize_first(first);
    plural = first == "ils" || first == "elles";
    v = 1;
  } else if (first == "le" || first == "un" || first == "ce" || first == "cet" || first == "la" || first == "une" ||
             first == "cette") {
    subject = (first == "la" || first == "une" || first == "cette") ? "Elle" : "Il";
    v = 1;
    while (v < lt.size() && v <= 2 * rules.max_subject_words && is_word(lt[v]) && !rules.verbs->contains(lt[v].lower)) ++v;
  } else if (lt[0].capitalized && !lt[0].elided && !rules.determiners->contains(first)) {
    while (v < lt.size() && is_word(lt[v]) && lt[v].capitalized) ++v;
    for (std::size_t k = 0; k < v; ++k) subject += (k ? " " : "") + lt[k].text;
  } else {
    return {};
  }
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
  std::string out = subject + " " + (pluperfect ? (plural ? "avaient" : "avait") : (plural ? "ont" : "a")) + " " +
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
    if (rules.negation->contains(t.form())) {
      // « ne » shows a verb; a reflexive « se » must be followed by a finite
      // verb (« les élus se sont réunis », not « … se réunir »).
      if (t.form() == "ne" || t.form() == "n’") return true;
      return k + 1 < n && is_finite(tokens[k + 1], plural, rules);
    }
    if (is_finite(t, plural, rules)) return true;
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
                                        std::vector<std::string>& applied, bool open_quote) {
  if (Tokenizer::count_words(tokenizer.tokens(sentence)) <= rules.long_words) return {sentence};
  icu::UnicodeString u = text::u(sentence);
  struct Candidate {
    std::size_t begin = 0, end = 0, longer = 0;
    const ReadabilityRules::Split* rule = nullptr;
    std::string after;  // the new sentence
  };
  Candidate best;
  for (const ReadabilityRules::Split& rule : rules.splits) {
    int32_t from = 0, b = 0, e = 0;
    while (from < u.length() && rule.boundary.find(u, from, b, e)) {
      from = e > b ? e : b + 1;
      std::size_t begin = text::utf8(u.tempSubString(0, b)).size();
      std::size_t end = text::utf8(u.tempSubString(0, e)).size();
      if (inside_quotes(sentence, begin, open_quote)) continue;
      std::string left = std::string(text::trim(std::string_view(sentence).substr(0, begin)));
      std::string right(text::trim(std::string_view(sentence).substr(end)));
      std::vector<Token> lt = tokenizer.tokens(left), rt = tokenizer.tokens(right);
      std::size_t lw = Tokenizer::count_words(lt), rw = Tokenizer::count_words(rt);
      if (lw < rules.min_part_words || rw < rules.min_part_words) continue;
      if (rt.empty() || !is_word(rt.front())) continue;
      // An incise closed by a dash (« …, c’est-à-dire X –, ce qui ») would end
      // the sentence on « –. ».
      if (char32_t last = text::last_char(left); last == U'–' || last == U'—' || last == U'-') continue;
      if (any_found(rule.unless_before, left) || any_found(rules.unless_before, left) ||
          any_found(rules.unless_after, right))
        continue;
      std::string sentence_after;
      if (rule.participle) {
        sentence_after = participle_sentence(lt, right, tokenizer, rules);
        if (sentence_after.empty()) continue;
      } else {
        std::size_t at = 0;
        for (std::size_t skipped = 0; at < rt.size() && skipped < rule.skip_words; ++at)
          if (is_word(rt[at])) ++skipped;
        sentence_after = rule.insert.empty() ? text::capitalize_first(right) : rule.insert + " " + right;
        if (!rule.insert.empty()) {
          // The clause is checked with the inserted words (« Cela a
          // provoqué »), past an inserted adverbial ending with a comma.
          rt = tokenizer.tokens(sentence_after);
          at = 0;
          if (rule.insert.ends_with(","))
            while (at < rt.size() && rt[at++].text != ",") {}
        }
        if (!opens_clause(rt, at, rules) || !has_finite_verb(lt, rules)) continue;
      }
      std::size_t longer = std::max(lw, rw);
      if (!best.rule || longer < best.longer) best = {begin, end, longer, &rule, sentence_after};
    }
  }
  if (!best.rule) return {sentence};
  applied.push_back(best.rule->id);
  std::string left = std::string(text::trim(std::string_view(sentence).substr(0, best.begin))) + ".";
  std::string right = best.after;
  std::vector<std::string> out = split_sentence(left, rules, tokenizer, applied, open_quote);
  for (std::string& s : split_sentence(right, rules, tokenizer, applied, false)) out.push_back(std::move(s));
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
      const bool short_enough = original == s.text && Tokenizer::count_words(s.tokens) <= rules.long_words;
      std::vector<std::string> parts =
          short_enough ? std::vector<std::string>{original}
                       : split_sentence(original, rules, res.tokenizer, applied, open_quote);
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

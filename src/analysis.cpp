#include "analysis.h"

#include <algorithm>
#include <array>

#include "text.h"

namespace titraille::analysis {

namespace {

// White space as JavaScript's \s sees it (Yoast splits words on it).
bool is_js_space(char32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

// Yoast's punctuation, removed at both ends of a word.
bool is_punct(char32_t c) {
  static const std::u32string set =
      U"\u2013-()_[]\u2019\u2018\u201C\u201D\u301D\u301E\u301F\u201F\u201E\"'.?!:;,\u00BF\u00A1\u00AB\u00BB\u2039\u203A"
      U"\u2014\u00D7+&\u06D4\u061F\u060C\u061B\u3002\uFF61\uFF01\u203C\uFF1F\u2047\u2049\u2048\u2025\u2026<>\\";
  // Called for every character: ASCII through a table, Latin letters at once.
  static const std::array<bool, 128> ascii = [] {
    std::array<bool, 128> a{};
    for (char32_t x : set)
      if (x < 0x80) a[x] = true;
    return a;
  }();
  if (c < 0x80) return ascii[c];
  if (c >= 0xC0 && c <= 0x24F && c != 0xD7) return false;  // Latin letters (× is in the set)
  return set.find(c) != std::u32string::npos;
}

// Characters Yoast reads as quotation marks (after its quote normalisation).
bool is_quote(char32_t c) {
  static const std::u32string set =
      U"'\u2018\u2019\u201B`\u2039\u203A\"\u201C\u201D\u301D\u301E\u301F\u201F\u201E\u300E\u300F\u00AB\u00BB";
  if (c < 0x80) return c == '\'' || c == '`' || c == '"';
  return set.find(c) != std::u32string::npos;
}

// Characters that end a sentence besides the full stop.
bool is_delimiter(char32_t c) {
  static const std::u32string set = U"\u201D\u301E\u301F\u201E\u300F\u203A\u00BB\u2019\u201B`\"?!\u2026";
  // Called for every character: ASCII and Latin letters at once.
  if (c < 0x80) return c == '`' || c == '"' || c == '?' || c == '!';
  if (c >= 0xC0 && c <= 0x24F) return false;
  return set.find(c) != std::u32string::npos;
}

bool valid_start(char32_t c) {
  return text::is_upper(c) || text::is_digit(c) || is_quote(c) || c == U'\u00BF' || c == U'\u00A1' || c == '<';
}

std::u32string decode(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out += text::next_char(s, i);
  return out;
}

std::string encode(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) text::append_utf8(out, c);
  return out;
}

// Lower case, apostrophes as ’.
std::string normal(std::string_view s) {
  // An ASCII word (most of them) in one pass.
  if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
      if (c == '\'' || c == '`') out += "\u2019";
      else out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    }
    return out;
  }
  std::string low = text::lower(s), out;
  if (low.find_first_of("'`") == std::string::npos && low.find("\u2018") == std::string::npos &&
      low.find("\u201B") == std::string::npos)
    return low;  // no apostrophe to rewrite
  for (std::size_t i = 0; i < low.size();) {
    char32_t c = text::next_char(low, i);
    if (c == '\'' || c == U'\u2018' || c == U'\u201B' || c == '`') c = U'\u2019';
    text::append_utf8(out, c);
  }
  return out;
}

// Calls emit(view, core) for each piece of `s` between separators, its ends
// stripped of punctuation (core true); with keep_punct, the stripped
// punctuation is emitted too, one character at a time, in its place (core
// false). One pass over the
// UTF-8 bytes: a piece is only located (its bytes, where its first and after
// its last character that is not punctuation are), never copied.
template <typename Sep, typename Emit>
void for_each_piece(std::string_view s, Sep is_sep, bool keep_punct, Emit emit) {
  constexpr std::size_t none = std::string_view::npos;
  std::size_t from = 0, core_b = none, core_e = 0;
  auto each_char = [&](std::size_t b, std::size_t e) {
    for (std::size_t i = b; i < e;) {
      std::size_t start = i;
      text::next_char(s, i);
      emit(s.substr(start, i - start), false);
    }
  };
  auto flush = [&](std::size_t to) {
    if (core_b == none) {
      if (keep_punct) each_char(from, to);
    } else {
      if (keep_punct) each_char(from, core_b);
      emit(s.substr(core_b, core_e - core_b), true);
      if (keep_punct) each_char(core_e, to);
    }
    core_b = none;
  };
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t c = text::next_char(s, i);
    if (is_sep(c)) {
      flush(start);
      from = i;
    } else if (!is_punct(c)) {
      if (core_b == none) core_b = start;
      core_e = i;
    }
  }
  flush(s.size());
}

// The pieces of for_each_piece, copied.
template <typename Sep>
std::vector<std::string> split(std::string_view s, Sep is_sep, bool keep_punct) {
  std::vector<std::string> out;
  for_each_piece(s, is_sep, keep_punct, [&](std::string_view piece, bool) { out.emplace_back(piece); });
  return out;
}

bool is_token_sep(char32_t c) {
  return is_js_space(c) || c == U'\u2013' || c == U'\u2014' || c == '-' || c == '[' || c == ']';
}

// "fermées" -> "fermé"; "pris" -> "pris" and "pri" (both are tried).
std::vector<std::string> bases(const std::string& w) {
  std::vector<std::string> out{w};
  if (w.ends_with("es")) out.push_back(w.substr(0, w.size() - 2));
  if (w.ends_with('e') || w.ends_with('s')) out.push_back(w.substr(0, w.size() - 1));
  return out;
}

}  // namespace

bool is_participle(const std::string& w, const std::string& before, const ParticipleWords& lists) {
  for (std::string_view prefix : lists.blockers->entries())
    if (prefix.ends_with("\u2019") && w.starts_with(prefix)) return false;  // "l’été"
  bool regular = false;
  for (std::string_view suf : lists.endings->entries())
    if (w.ends_with(suf) && text::length(w) > text::length(suf)) regular = true;
  bool irregular = false;
  for (const std::string& b : bases(w))
    if (lists.participles->contains(b)) irregular = true;
  if (!regular && !irregular) return false;
  for (const std::string& b : bases(w))
    if (lists.exceptions->contains(b)) return false;
  // An article or a determiner right before it makes it a noun ("est le député").
  if (lists.openers->contains(before) || lists.blockers->contains(before)) return false;
  return true;
}

ParticipleWords::ParticipleWords(const Lexicon& lexicon)
    : participles(&lexicon.list("fr/passive-participles")),
      endings(&lexicon.list("fr/participle-endings")),
      blockers(&lexicon.list("fr/participle-blockers")),
      exceptions(&lexicon.list("fr/passive-exceptions")),
      openers(&lexicon.list("fr/sentence-openers")) {}

Lists::Lists(const Lexicon& lexicon)
    : function_words(&lexicon.list("fr/stopwords")),
      transitions(&lexicon.list("fr/transition-words")),
      auxiliaries(&lexicon.list("fr/passive-auxiliaries")),
      not_auxiliary(&lexicon.list("fr/passive-not-auxiliary")),
      not_before(&lexicon.list("fr/passive-not-before")),
      participle(lexicon),
      breakers(&lexicon.list("fr/clause-breakers")),
      openers(&lexicon.list("fr/sentence-openers")) {
  auto words_of = [](std::string_view entry) { return text::split_words(entry); };
  for (std::string_view entry : transitions->entries()) {
    std::vector<std::string> ws = words_of(entry);
    if (!ws.empty()) transition_phrases[ws.front()].push_back(std::move(ws));
  }
  const WordList& pairs = lexicon.list("fr/transition-pairs");
  for (std::string_view entry : pairs.entries()) {
    std::size_t dots = entry.find(" \u2026 ");
    if (dots == std::string::npos) continue;
    std::vector<std::string> first = words_of(entry.substr(0, dots)), second = words_of(entry.substr(dots + 5));
    if (!first.empty() && !second.empty()) transition_pairs.emplace_back(std::move(first), std::move(second));
  }
}

std::vector<std::string> sentences(std::string_view block) {
  // The code points, and the byte offset where each starts (with the end of
  // the block last); a sentence is copied out of the block's bytes, unless
  // an invalid byte was read as U+FFFD, whose encoding is then written.
  std::u32string u;
  std::vector<std::size_t> at;
  bool exact = true;
  for (std::size_t i = 0; i < block.size();) {
    at.push_back(i);
    char32_t c = text::next_char(block, i);
    if (c == U'\uFFFD' && block.substr(at.back(), i - at.back()) != "\uFFFD") exact = false;
    u += c;
  }
  at.push_back(block.size());
  std::vector<std::string> out;
  std::size_t from = 0;  // the first code point of the current sentence
  auto push = [&](std::size_t to) {  // the sentence is the code points [from, to)
    std::string piece = exact ? std::string(block.substr(at[from], at[to] - at[from])) : encode(u.substr(from, to - from));
    std::string s(text::trim(piece));
    if (!s.empty()) out.push_back(s);
    from = to;
  };
  // The first character after position i, and the one after it with a run of
  // white space counted as one character.
  auto next_two = [&](std::size_t i, char32_t& n0, char32_t& n1) {
    n0 = i + 1 < u.size() ? u[i + 1] : 0;
    std::size_t j = i + 2;
    if (is_js_space(n0))
      while (j < u.size() && is_js_space(u[j])) ++j;
    n1 = j < u.size() ? u[j] : 0;
  };
  for (std::size_t i = 0; i < u.size(); ++i) {
    char32_t c = u[i], n0, n1;
    if (c != '.' && !is_delimiter(c)) continue;
    next_two(i, n0, n1);
    if (c == '.') {
      if (n0 && is_js_space(n0) && n1 && valid_start(n1)) push(i + 1);
    } else {
      // « ! » then a space and a closing guillemet ends the sentence, as in
      // Yoast: « … comptes ! », s’indigne X » is two sentences.
      bool closing = n1 == U'\u00BB' || n1 == U'\u201D' || n1 == U'\u203A';
      if (!n0 || !is_js_space(n0) || !n1 || (is_delimiter(n1) && !(closing && (c == '!' || c == '?'))) || n1 == '.')
        continue;
      bool quote = is_quote(c);
      if (quote && (i == 0 || u[i - 1] != '.')) continue;
      if (quote || c == U'\u2026') {
        if (valid_start(n1)) push(i + 1);
      } else {
        push(i + 1);
      }
    }
  }
  push(u.size());
  return out;
}

std::vector<std::string> words(std::string_view s) { return split(s, is_js_space, false); }

std::size_t count_words(std::string_view s) {
  std::size_t n = 0;
  for_each_piece(s, is_js_space, false, [&](std::string_view, bool) { ++n; });
  return n;
}

std::vector<std::string> tokens(std::string_view s) {
  std::vector<std::string> out;
  for_each_piece(s, is_token_sep, false, [&](std::string_view piece, bool) { out.push_back(normal(piece)); });
  return out;
}

std::size_t count_tokens(std::string_view s) {
  std::size_t n = 0;
  for_each_piece(s, is_token_sep, false, [&](std::string_view, bool) { ++n; });
  return n;
}

std::vector<std::string> keyphrase_forms(std::string_view keyphrase, const Lists& lists) {
  std::vector<std::string> all = tokens(keyphrase), content;
  for (const std::string& w : all)
    if (!lists.function_words->contains(w)) content.push_back(w);
  return content.empty() ? all : content;
}

bool token_matches(std::string_view token, std::string_view form) {
  if (token == form) return true;
  return token.size() > form.size() && token.ends_with(form) &&
         text::last_char(token.substr(0, token.size() - form.size())) == U'\u2019';
}

SentenceTokens sentence_tokens(std::string_view sentence) {
  SentenceTokens out;
  for_each_piece(sentence, is_token_sep, true, [&](std::string_view piece, bool core) {
    out.tokens.push_back(normal(piece));
    out.word.push_back(core);
  });
  return out;
}

std::size_t count_in_sentence(const SentenceTokens& sentence, const std::vector<std::string>& forms) {
  if (forms.empty()) return 0;
  std::size_t least = SIZE_MAX;
  for (const std::string& f : forms) {
    std::size_t n = 0;
    for (std::size_t k = 0; k < sentence.tokens.size(); ++k) n += sentence.word[k] && token_matches(sentence.tokens[k], f);
    least = std::min(least, n);
  }
  return least;
}

std::size_t count_in_sentence(std::string_view sentence, const std::vector<std::string>& forms) {
  return forms.empty() ? 0 : count_in_sentence(sentence_tokens(sentence), forms);
}

double share_found(std::string_view s, const std::vector<std::string>& forms) {
  if (forms.empty()) return 0;
  std::vector<std::string> toks = tokens(s);
  std::size_t found = 0;
  for (const std::string& f : forms)
    for (const std::string& t : toks)
      if (token_matches(t, f)) {
        ++found;
        break;
      }
  return static_cast<double>(found) / static_cast<double>(forms.size());
}

bool has_transition(std::string_view sentence, const Lists& lists) {
  return has_transition(sentence_tokens(sentence), lists);
}

bool has_transition(const SentenceTokens& sentence, const Lists& lists) {
  const std::vector<std::string>& toks = sentence.tokens;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    auto it = lists.transition_phrases.find(toks[i]);
    if (it == lists.transition_phrases.end()) continue;
    for (const std::vector<std::string>& ws : it->second)
      if (ws.size() <= toks.size() - i && std::equal(ws.begin(), ws.end(), toks.begin() + static_cast<std::ptrdiff_t>(i)))
        return true;
  }
  auto holds = [&](const std::vector<std::string>& ws) {
    for (std::size_t i = 0; i + ws.size() <= toks.size(); ++i)
      if (std::equal(ws.begin(), ws.end(), toks.begin() + static_cast<std::ptrdiff_t>(i))) return true;
    return false;
  };
  for (const auto& [first, second] : lists.transition_pairs)
    if (holds(first) && holds(second)) return true;
  return false;
}

bool is_passive(std::string_view sentence, const Lists& lists) {
  // Words (lower case, ’) and whether a comma closes each one.
  std::vector<std::string> ws;
  std::vector<bool> comma_after;
  for_each_piece(sentence, is_js_space, true, [&](std::string_view piece, bool) {
    if (piece == ",") {
      if (!comma_after.empty()) comma_after.back() = true;
      return;
    }
    if (piece != ":" && piece.size() <= 3 && is_punct(text::first_char(piece))) return;
    ws.push_back(normal(piece));
    comma_after.push_back(false);
  });
  const std::size_t n = ws.size();
  auto breaker_at = [&](std::size_t i) {
    return lists.breakers->contains(ws[i]) || lists.auxiliaries->contains(ws[i]) ||
           (i + 1 < n && lists.breakers->contains(ws[i] + " " + ws[i + 1]));
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (!lists.auxiliaries->contains(ws[i])) continue;
    if (i > 0 && lists.not_auxiliary->contains(ws[i - 1])) continue;
    if (i > 1 && lists.not_auxiliary->contains(ws[i - 2] + " " + ws[i - 1])) continue;
    if (i + 1 < n && lists.not_before->contains(ws[i + 1])) continue;
    for (std::size_t j = i + 1; j < n && !comma_after[j - 1] && !breaker_at(j); ++j)
      if (is_participle(ws[j], ws[j - 1], lists.participle)) return true;
  }
  return false;
}

bool is_passive(std::string_view sentence, const SentenceTokens& tokens, const Lists& lists) {
  // Every word is_passive() reads as an auxiliary is a token here too, or
  // starts with one (« est-il »: « est », « il »), as the token separators
  // are spaces and dashes.
  if (std::none_of(tokens.tokens.begin(), tokens.tokens.end(),
                   [&](const std::string& t) { return lists.auxiliaries->contains(t); }))
    return false;
  return is_passive(sentence, lists);
}

std::string opening(const std::vector<std::string>& ws, const Lists& lists) {
  if (ws.empty()) return "";
  std::string first = normal(ws[0]);
  if (lists.openers->contains(first) && ws.size() > 1) return first + " " + normal(ws[1]);
  return first;
}

}  // namespace titraille::analysis

#include "tokenize.h"

#include <algorithm>

#include <unicode/locid.h>
#include <unicode/rbbi.h>
#include <unicode/utf16.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "text.h"
#include "titraille/titraille.h"

namespace titraille {
namespace {

// UTF-8 text as UTF-16, the native form of the break iterators (faster than
// iterating over UTF-8 through a UText), with the byte offset of each code
// unit to map their boundaries back. Ill-formed bytes become U+FFFD, as
// ICU's UTF-8 UText reads them. A block is converted once: its sentences are
// slices of it.
class Utf16Text {
 public:
  void assign(std::string_view utf8) {
    text_.remove();
    char16_t* buffer = text_.getBuffer(static_cast<int32_t>(utf8.size()) + 1);
    if (capacity_ < utf8.size() + 1) {  // grown, never zero-filled
      capacity_ = std::max(utf8.size() + 1, 2 * capacity_);
      bytes_.reset(new std::size_t[capacity_]);
    }
    std::size_t* bytes = bytes_.get();
    int32_t n = 0;
    const int32_t length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
      const int32_t at = i;
      const auto lead = static_cast<unsigned char>(utf8[static_cast<std::size_t>(i)]);
      if (lead < 0x80) {
        buffer[n] = lead;
        bytes[n++] = static_cast<std::size_t>(i++);
        continue;
      }
      UChar32 c;
      U8_NEXT(utf8.data(), i, length, c);
      if (c < 0) c = 0xFFFD;
      if (c <= 0xFFFF) {
        buffer[n] = static_cast<char16_t>(c);
        bytes[n++] = static_cast<std::size_t>(at);
      } else {
        buffer[n] = U16_LEAD(c);
        bytes[n++] = static_cast<std::size_t>(at);
        buffer[n] = U16_TRAIL(c);
        bytes[n++] = static_cast<std::size_t>(at);
      }
    }
    bytes[n] = utf8.size();
    units_ = n;
    text_.releaseBuffer(n);
  }
  const icu::UnicodeString& text() const { return text_; }
  const char16_t* units() const { return text_.getBuffer(); }
  // The byte offset of a code unit (of the end for length()).
  std::size_t byte(int32_t unit) const { return bytes_[static_cast<std::size_t>(unit)]; }
  const std::size_t* bytes() const { return bytes_.get(); }
  // The code unit at a byte offset where a code point starts (or the end).
  int32_t unit(std::size_t byte) const {
    const std::size_t* b = bytes_.get();
    return static_cast<int32_t>(std::lower_bound(b, b + units_ + 1, byte) - b);
  }

 private:
  icu::UnicodeString text_;
  std::unique_ptr<std::size_t[]> bytes_;  // units_ + 1 offsets
  std::size_t capacity_ = 0;
  int32_t units_ = 0;
};

// Reused per thread: the iterators read the text in place while they
// iterate, and a Tokenizer's iterators serve one iteration at a time. The
// block's text of sentences() is kept apart from the text of tokens().
Utf16Text& block_text() {
  thread_local Utf16Text t;
  return t;
}
Utf16Text& token_text() {
  thread_local Utf16Text t;
  return t;
}

// The first apostrophe (' U+2019 U+02BC) of a word, as [at, k) in bytes.
// Read byte by byte: none of their bytes can be a trail byte, so this finds
// the character a decoder would (in ill-formed text too).
bool first_apostrophe(std::string_view p, std::size_t& at, std::size_t& k) {
  for (std::size_t i = 0; i < p.size(); ++i) {
    const auto b = static_cast<unsigned char>(p[i]);
    if (b == '\'') {
      at = i;
      k = i + 1;
      return true;
    }
    if (b == 0xE2 && i + 2 < p.size() && static_cast<unsigned char>(p[i + 1]) == 0x80 &&
        static_cast<unsigned char>(p[i + 2]) == 0x99) {
      at = i;
      k = i + 3;
      return true;
    }
    if (b == 0xCA && i + 1 < p.size() && static_cast<unsigned char>(p[i + 1]) == 0xBC) {
      at = i;
      k = i + 2;
      return true;
    }
  }
  return false;
}
// The piece holds U+202F (E2 80 AF).
bool has_nnbsp(std::string_view p) {
  for (std::size_t i = 0; i + 2 < p.size(); ++i)
    if (p[i] == '\xE2' && p[i + 1] == '\x80' && p[i + 2] == '\xAF') return true;
  return false;
}
bool is_hyphen(std::string_view t) { return t == "-" || t == "\u2011"; }
bool all_digits(std::string_view t) {
  if (t.empty()) return false;
  for (char c : t)
    if (c < '0' || c > '9') return false;
  return true;
}
bool is_number_gap(std::string_view gap) {
  return gap == " " || gap == "\u00A0" || gap == "\u202F";
}

// The token of `text`, appended to `out`.
Token& add_token(std::vector<Token>& out, std::string_view text, std::size_t offset, TokenKind kind) {
  Token& t = out.emplace_back();
  t.text.assign(text);
  t.offset = offset;
  t.kind = kind;
  bool ascii = true;
  for (char c : text) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    // Lower case, first letter and capitals in one pass, as text::lower,
    // starts_with_upper and is_all_caps answer for ASCII.
    t.lower.assign(text);
    bool decided = false, lower_seen = false;
    int letters = 0;
    for (char& c : t.lower) {
      const bool upper = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z', digit = c >= '0' && c <= '9';
      if (!decided && (upper || low || digit)) {
        decided = true;
        t.capitalized = upper;
      }
      lower_seen = lower_seen || low;
      letters += upper || low;
      if (upper) c = static_cast<char>(c + 32);
    }
    if (kind != TokenKind::Word) t.capitalized = false;
    t.all_caps = kind == TokenKind::Word && !lower_seen && letters >= 2;
  } else {
    t.lower = text::lower(text);
    if (kind == TokenKind::Word) {
      t.capitalized = text::starts_with_upper(text);
      t.all_caps = text::is_all_caps(text);
    }
  }
  // Apostrophes folded so that lexicon look-ups see one form.
  for (std::size_t at = t.lower.find('\''); at != std::string::npos; at = t.lower.find('\'', at + 3))
    t.lower.replace(at, 1, "\u2019");
  return t;
}

}  // namespace

Tokenizer::Tokenizer(const Lexicon& lexicon) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale fr("fr");
  // The entries, as ICU's builder keeps them: unique, in code unit order.
  std::vector<std::u16string> entries;
  for (std::string_view abbr : lexicon.list("fr/abbreviations").entries()) {
    // "J.-C." would disable the suppression of the initial "J." (ICU keeps
    // one entry per prefix); the initials below cover its last part "C.".
    if (abbr.size() > 2 && abbr[0] >= 'A' && abbr[0] <= 'Z' && abbr[1] == '.') continue;
    const icu::UnicodeString u = text::u(abbr);
    entries.emplace_back(u.getBuffer(), static_cast<std::size_t>(u.length()));
  }
  // Initials ("J. Martin") never end a sentence.
  for (char16_t c = u'A'; c <= u'Z'; ++c) entries.push_back({c, u'.'});
  std::sort(entries.begin(), entries.end());
  entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
  // ICU's build(): an entry with a full stop before its end ("c.-à-d.") is
  // checked forwards once its first part ("c.") ends the text before a
  // break; so is every other entry starting with that part, itself
  // included; the first part goes into the backward table once.
  constexpr int kSuppressInReverse = 1, kAddToForward = 2;
  std::vector<int> partial(entries.size(), 0);
  std::vector<std::u16string> prefixes;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::size_t nn = entries[i].find(u'.');
    if (nn == std::u16string::npos || nn + 1 == entries[i].size()) continue;
    const std::u16string_view head(entries[i].data(), nn + 1);
    bool same_as = false;
    for (std::size_t j = 0; j < entries.size(); ++j) {
      if (j == i || std::u16string_view(entries[j]).substr(0, nn + 1) != head) continue;
      if (partial[j] == 0) partial[j] = kSuppressInReverse | kAddToForward;
      else if (partial[j] & kSuppressInReverse) same_as = true;
    }
    if (!same_as && partial[i] == 0) {
      prefixes.emplace_back(head);
      partial[i] = kSuppressInReverse | kAddToForward;
    }
  }
  Suppressions& s = suppress_;
  for (std::u16string& p : prefixes) s.backward.emplace(std::move(p), false);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    s.longest = std::max(s.longest, entries[i].size());
    if (partial[i] == 0) s.backward.emplace(std::move(entries[i]), true);
    else s.forward.push_back(std::move(entries[i]));
  }
  std::sort(s.forward.begin(), s.forward.end());
  sentence_.reset(icu::BreakIterator::createSentenceInstance(fr, status));
  word_.reset(icu::BreakIterator::createWordInstance(fr, status));
  if (U_FAILURE(status)) throw Error(ExitCode::kInternal, std::string("ICU: cannot create break iterators: ") + u_errorName(status));
  for (std::string_view e : lexicon.list("fr/elisions").entries()) elisions_.emplace(e);
}

bool Tokenizer::suppressed(const char16_t* units, int32_t length, int32_t n) const {
  // As ICU's SimpleFilteredSentenceBreakIterator: the break at the end of
  // the text stays; one space before the break is passed ("M. |Dupont");
  // the longest entry (or first part of one) ending there decides, with no
  // word boundary required before it.
  if (n <= 0 || n >= length) return false;
  const Suppressions& s = suppress_;
  const int32_t end = units[n - 1] == u' ' ? n - 1 : n;
  const auto most = static_cast<int32_t>(std::min<std::size_t>(s.longest, static_cast<std::size_t>(end)));
  for (int32_t len = most; len > 0; --len) {
    auto it = s.backward.find(std::u16string_view(units + end - len, static_cast<std::size_t>(len)));
    if (it == s.backward.end()) continue;
    if (it->second) return true;
    // A first part: the text from it on must read as one of the entries
    // that start with it, walked unit by unit as ICU's forward trie.
    const std::u16string_view rest(units + end - len, static_cast<std::size_t>(length - (end - len)));
    for (std::size_t k = 1; k <= rest.size(); ++k) {
      const std::u16string_view read = rest.substr(0, k);
      auto first = std::lower_bound(s.forward.begin(), s.forward.end(), read,
                                    [](const std::u16string& a, std::u16string_view b) { return a < b; });
      const bool any = first != s.forward.end() && first->starts_with(read);
      if (!any) return false;
      const bool whole = *first == read;
      const bool longer = whole ? first + 1 != s.forward.end() && first[1].starts_with(read) : true;
      if (!longer) return whole;
      if (k == rest.size()) return whole;
    }
    return false;
  }
  return false;
}

Tokenizer::~Tokenizer() = default;

const std::vector<int32_t>& Tokenizer::sentence_breaks(const icu::UnicodeString& text) {
  thread_local std::vector<int32_t> ends;
  ends.clear();
  sentence_->setText(text);
  const char16_t* units = text.getBuffer();
  const int32_t length = text.length();
  sentence_->first();
  for (int32_t end = sentence_->next(); end != icu::BreakIterator::DONE; end = sentence_->next())
    if (!suppressed(units, length, end)) ends.push_back(end);
  return ends;
}

std::vector<int32_t> Tokenizer::breaks(const icu::UnicodeString& text) { return sentence_breaks(text); }

std::vector<Token> Tokenizer::tokens(std::string_view text) {
  Utf16Text& over = token_text();
  over.assign(text);
  std::vector<Token> out;
  word_tokens(text, over.units(), over.text().length(), over.bytes(), out);
  return out;
}

void Tokenizer::word_tokens(std::string_view text, const char16_t* units, int32_t length, const std::size_t* bytes,
                            std::vector<Token>& out) {
  // The word iterator over the code units as they are (a sentence is a
  // slice of its block's); bytes[k] - bytes[0] is the offset in `text` of
  // unit k.
  UErrorCode error = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUChars(&ut, length ? units : u"", length, &error);
  word_->setText(&ut, error);
  utext_close(&ut);
  if (U_FAILURE(error)) throw Error(ExitCode::kInternal, std::string("ICU: cannot iterate over words: ") + u_errorName(error));
  const std::size_t base = bytes[0];
  struct Raw {
    std::size_t b, e;
    TokenKind kind;
  };
  thread_local std::vector<Raw> raw, joined;
  raw.clear();
  joined.clear();
  int32_t start = word_->first();
  for (int32_t end = word_->next(); end != icu::BreakIterator::DONE; start = end, end = word_->next()) {
    int32_t status = word_->getRuleStatus();
    std::size_t b = bytes[start] - base, e = bytes[end] - base;
    std::string_view piece = text.substr(b, e - b);
    // U+202F is a word joiner for ICU (Mongolian); in French text it is a
    // space: a token is cut at it, the number groups are joined below.
    if (has_nnbsp(piece)) {
      std::size_t at = 0;
      while (at < piece.size()) {
        std::size_t nb = piece.find("\xE2\x80\xAF", at);
        std::size_t end = nb == std::string_view::npos ? piece.size() : nb;
        if (end > at) {
          std::string_view part = piece.substr(at, end - at);
          TokenKind k = text::is_digit(text::first_char(part)) ? TokenKind::Number
                        : text::is_letter(text::first_char(part)) ? TokenKind::Word
                                                                  : TokenKind::Punct;
          raw.push_back({b + at, b + end, k});
        }
        if (nb == std::string_view::npos) break;
        at = nb + 3;
      }
      continue;
    }
    if (status >= UBRK_WORD_NONE && status < UBRK_WORD_NONE_LIMIT) {
      if (text::trim(piece).empty()) continue;
      raw.push_back({b, e, TokenKind::Punct});
    } else if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT &&
               !text::is_letter(text::first_char(piece))) {
      // (ICU counts « G20 », « COP28 », « l’A320 » as numbers: they are words.)
      raw.push_back({b, e, TokenKind::Number});
    } else {
      raw.push_back({b, e, text::is_digit(text::first_char(piece)) ? TokenKind::Number : TokenKind::Word});
    }
  }
  // Join hyphenated compounds and French digit groups.
  for (std::size_t i = 0; i < raw.size(); ++i) {
    Raw cur = raw[i];
    while (true) {
      if (i + 2 < raw.size() && cur.kind != TokenKind::Punct && raw[i + 1].b == cur.e &&
          is_hyphen(text.substr(raw[i + 1].b, raw[i + 1].e - raw[i + 1].b)) && raw[i + 2].b == raw[i + 1].e &&
          raw[i + 2].kind != TokenKind::Punct) {
        cur.e = raw[i + 2].e;
        if (raw[i + 2].kind == TokenKind::Word) cur.kind = TokenKind::Word;
        i += 2;
        continue;
      }
      // "120 000": a group of one to three digits, then groups of three.
      if (i + 1 < raw.size() && cur.kind == TokenKind::Number && raw[i + 1].kind == TokenKind::Number) {
        std::string_view cur_text = text.substr(cur.b, cur.e - cur.b);
        bool grouped = cur_text.size() <= 3 || cur_text.find_first_of(" \xC2\xE2") != std::string_view::npos;
        if (grouped && is_number_gap(text.substr(cur.e, raw[i + 1].b - cur.e)) &&
            all_digits(text.substr(raw[i + 1].b, raw[i + 1].e - raw[i + 1].b)) && raw[i + 1].e - raw[i + 1].b == 3) {
          cur.e = raw[i + 1].e;
          i += 1;
          continue;
        }
      }
      break;
    }
    joined.push_back(cur);
  }
  out.reserve(out.size() + joined.size());
  for (const Raw& r : joined) {
    std::string_view piece = text.substr(r.b, r.e - r.b);
    if (r.kind == TokenKind::Word) {
      // Elision: l’avenir -> l’ + avenir, at the word's first apostrophe.
      std::size_t at = 0, k = 0;
      if (first_apostrophe(piece, at, k) && at > 0 && k < piece.size() &&
          elisions_.count(text::lower(piece.substr(0, at)))) {
        Token& el = add_token(out, piece.substr(0, k), r.b, TokenKind::Word);
        el.elided = true;
        el.lower = text::lower(piece.substr(0, at));
        piece = piece.substr(k);
        add_token(out, piece, r.b + k, TokenKind::Word);
        piece = {};
      }
      if (!piece.empty()) add_token(out, piece, r.b, TokenKind::Word);
    } else {
      add_token(out, piece, r.b, r.kind);
    }
  }
}

const Token* last_non_punct(const std::vector<Sentence>& sentences) {
  for (auto s = sentences.rbegin(); s != sentences.rend(); ++s)
    for (auto t = s->tokens.rbegin(); t != s->tokens.rend(); ++t)
      if (t->kind != TokenKind::Punct) return &*t;
  return nullptr;
}

bool opens_quotation(const Token& t) { return t.kind == TokenKind::Punct && (t.text == "«" || t.text == "\u201C"); }

bool closes_quotation(const Token& t) { return t.kind == TokenKind::Punct && (t.text == "»" || t.text == "\u201D"); }

std::size_t Tokenizer::count_words(const std::vector<Token>& tokens) {
  std::size_t n = 0;
  for (const Token& t : tokens)
    if (t.kind != TokenKind::Punct && !t.elided) ++n;
  return n;
}

namespace {

// A character of a sentence and the one there after a typography repair:
// the same, or a straight apostrophe made typographic.
bool same_char(char32_t was, char32_t now) { return was == now || (was == '\'' && now == U'\u2019'); }

// `now` is the token `was` with the changes same_char allows, and in a
// number another space between its groups (« 312 000 » -> « 312 000 »).
bool same_token(const Token& was, std::string_view now) {
  const std::string_view before = was.text;
  std::size_t i = 0, j = 0;
  while (i < before.size() && j < now.size()) {
    const std::size_t i0 = i, j0 = j;
    if (same_char(text::next_char(before, i), text::next_char(now, j))) continue;
    if (was.kind != TokenKind::Number || !is_number_gap(before.substr(i0, i - i0)) || !is_number_gap(now.substr(j0, j - j0)))
      return false;
  }
  return i == before.size() && j == now.size();
}

// The tokens of `was` for the sentence `now`, when `now` is its text with
// spaces put between tokens or changed, and straight apostrophes made
// typographic (what French typography does to a line: « dit: » -> « dit : »,
// « l'Etat » -> « l’Etat »). Tokens depend on the text alone, and such a
// change leaves them as they were, moved. False, `out` untouched, when `now`
// differs otherwise: a space taken out (it may join two words) or put or
// changed inside a token (« 21h30 » -> « 21 h 30 »), unless between the
// groups of a number. On success the tokens are moved out of `was`.
bool shift_tokens(Sentence& was, std::string_view now, std::vector<Token>& out) {
  const std::string_view before = was.text;
  // Where each character of `before` starts and ends in `now`.
  thread_local std::vector<std::size_t> start, end;
  start.assign(before.size() + 1, std::string_view::npos);
  end.assign(before.size() + 1, std::string_view::npos);
  std::size_t i = 0, j = 0;
  auto skip_spaces = [](std::string_view s, std::size_t& k) {
    for (std::size_t next = k; k < s.size() && text::is_space(text::next_char(s, next));) k = next;
  };
  while (true) {
    const std::size_t i0 = i, j0 = j;
    skip_spaces(before, i);
    skip_spaces(now, j);
    if (i > i0 && j == j0) return false;
    if (i == before.size() || j == now.size()) break;
    start[i] = j;
    if (!same_char(text::next_char(before, i), text::next_char(now, j))) return false;
    end[i] = j;
  }
  if (i != before.size() || j != now.size()) return false;
  // Checked first: the tokens are moved out only when every one fits.
  for (const Token& t : was.tokens) {
    const std::size_t b = t.offset, e = t.offset + t.text.size();
    if (e <= b || start[b] == std::string_view::npos || end[e] == std::string_view::npos) return false;
    const std::string_view there = now.substr(start[b], end[e] - start[b]);
    if (there != t.text && !same_token(t, there)) return false;
  }
  out = std::move(was.tokens);
  for (Token& t : out) {
    const std::size_t b = t.offset, e = t.offset + t.text.size();
    const std::string_view there = now.substr(start[b], end[e] - start[b]);
    if (there != t.text) {
      t.text = std::string(there);
      if (t.kind == TokenKind::Number) t.lower = t.text;  // digits and spaces: no case
    }
    t.offset = start[b];
  }
  return true;
}

}  // namespace

std::vector<Sentence> Tokenizer::sentences(std::string_view text, std::vector<Sentence>* previous) {
  thread_local std::vector<std::pair<std::size_t, std::size_t>> spans;
  spans.clear();
  Utf16Text& over = block_text();
  over.assign(text);
  {
    const std::vector<int32_t>& ends = sentence_breaks(over.text());
    int32_t start = 0;
    for (int32_t end : ends) {
      const int32_t from = start;
      start = end;
      std::size_t b = over.byte(from), e = over.byte(end);
      std::string_view piece = text.substr(b, e - b);
      std::string_view trimmed = text::trim(piece);
      if (trimmed.empty()) continue;
      b += static_cast<std::size_t>(trimmed.data() - piece.data());
      e = b + trimmed.size();
      bool has_letter = false;
      for (std::size_t i = 0; i < trimmed.size() && !has_letter;) {
        UChar32 c;
        int32_t idx = static_cast<int32_t>(i);
        U8_NEXT(trimmed.data(), idx, static_cast<int32_t>(trimmed.size()), c);
        i = static_cast<std::size_t>(idx);
        has_letter = c > 0 && (text::is_letter(static_cast<char32_t>(c)) || text::is_digit(static_cast<char32_t>(c)));
      }
      // A piece that starts lower case or holds no word continues the previous
      // sentence ("« Pourquoi ? » a-t-il demandé.").
      if (!spans.empty() && (!has_letter || text::starts_with_lower(trimmed))) {
        spans.back().second = e;
        continue;
      }
      // A closing guillemet after a space (« …les Bleus ! » La France… »)
      // ends the previous sentence; what follows it opens the next one
      // unless it starts lower case (« « Que faire ? » a-t-il demandé »).
      // (The piece holds a letter or a digit: `rest` is not empty.)
      if (!spans.empty() && text::first_char(trimmed) == U'»') {
        static constexpr std::size_t kClose = sizeof("»") - 1;
        std::string_view rest = text::trim(trimmed.substr(kClose));
        const char32_t next = text::first_char(rest);
        if (text::starts_with_lower(rest) || !(text::is_letter(next) || text::is_digit(next))) {
          spans.back().second = e;
          continue;
        }
        spans.back().second = b + kClose;
        b = e - rest.size();
      }
      spans.emplace_back(b, e);
    }
  }
  std::vector<Sentence> out;
  out.reserve(spans.size());
  std::size_t reused = 0;  // the previous sentences before it are passed
  for (auto [b, e] : spans) {
    Sentence s;
    s.text = std::string(text.substr(b, e - b));
    s.offset = b;
    // The tokens of a sentence depend on its text alone: a sentence the
    // previous segmentation of the block had takes its tokens back.
    bool found = false;
    if (previous) {
      for (std::size_t k = reused; k < previous->size(); ++k)
        if ((*previous)[k].text == s.text) {
          s.tokens = std::move((*previous)[k].tokens);
          reused = k + 1;
          found = true;
          break;
        }
      // Or one of the next two (the first may be gone: « « Nous… »), changed
      // only in its spaces and apostrophes.
      for (std::size_t k = reused; !found && k < previous->size() && k < reused + 2; ++k)
        if (shift_tokens((*previous)[k], s.text, s.tokens)) {
          reused = k + 1;
          found = true;
        }
    }
    if (!found) {
      // The sentence's slice of the block's code units.
      const int32_t ub = over.unit(b), ue = over.unit(e);
      word_tokens(s.text, over.units() + ub, ue - ub, over.bytes() + ub, s.tokens);
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace titraille

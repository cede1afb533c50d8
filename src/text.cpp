#include "text.h"

#include <algorithm>
#include <unordered_map>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace titraille::text {
namespace {

const icu::Locale& french() {
  static const icu::Locale fr("fr");
  return fr;
}

char32_t decode_at(std::string_view s, std::size_t& i) {
  UChar32 c;
  int32_t idx = static_cast<int32_t>(i);
  U8_NEXT(s.data(), idx, static_cast<int32_t>(s.size()), c);
  i = static_cast<std::size_t>(idx);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

}  // namespace

icu::UnicodeString u(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::string lower(std::string_view s) {
  // Code point by code point, as fold_ascii below: ASCII directly, the rest
  // through ICU once per code point and thread. Only the Greek capital sigma
  // lowers by context (final form): such strings go through ICU whole.
  // The ASCII head of the string (most words are all of it), in place.
  std::size_t ascii = 0;
  while (ascii < s.size() && static_cast<unsigned char>(s[ascii]) < 0x80) ++ascii;
  std::string out(s.substr(0, ascii));
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  if (ascii == s.size()) return out;
  // Latin letters (up to U+024F) by index, others through a hash table.
  thread_local std::string latin[0x250];
  thread_local std::unordered_map<char32_t, std::string> cache;
  if (cache.size() > 4096) cache.clear();
  out.reserve(s.size());
  for (std::size_t i = ascii; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    std::size_t start = i;
    char32_t c = decode_at(s, i);
    if (c == U'\u03A3') return utf8(u(s).toLower(french()));
    if (c < 0x250) {  // (a lower-cased character is never empty)
      std::string& l = latin[c];
      if (l.empty()) l = utf8(u(s.substr(start, i - start)).toLower(french()));
      out += l;
      continue;
    }
    auto it = cache.find(c);
    if (it == cache.end()) it = cache.emplace(c, utf8(u(s.substr(start, i - start)).toLower(french()))).first;
    out += it->second;
  }
  return out;
}
std::string upper(std::string_view s) { return utf8(u(s).toUpper(french())); }

std::string fold(std::string_view s) {
  std::string lowered = lower(s);
  std::string out;
  out.reserve(lowered.size());
  bool pending_space = false;
  std::size_t i = 0;
  while (i < lowered.size()) {
    char32_t c = decode_at(lowered, i);
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    switch (c) {
      case U'\'': case U'\u2018': case U'\u02BC': c = U'\u2019'; break;
      case U'"': case U'\u201C': case U'\u201D': case U'\u201E': c = U'"'; break;
      case U'\u2013': case U'\u2014': case U'\u2212': c = U'-'; break;
      default: break;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    append_utf8(out, c);
  }
  return out;
}

namespace {

// fold_ascii of the whole string through ICU: lower case, quotes and dashes
// unified, NFD, combining marks dropped.
std::string fold_ascii_icu(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed = nfd->normalize(u(fold(s)), status);
  if (U_FAILURE(status)) return fold(s);
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) out.append(c);
    i += U16_LENGTH(c);
  }
  return utf8(out);
}

}  // namespace

// Every step of fold_ascii_icu works code point by code point (with the
// French locale, only the Greek capital sigma lowers by context), so the
// result is built from ASCII directly and from a per-thread cache of the
// other code points' folds: the same bytes, several times faster.
std::string fold_ascii(std::string_view s) {
  // Latin letters (up to U+024F) by index, others through a hash table.
  thread_local std::string latin[0x250];
  thread_local bool latin_known[0x250] = {};
  thread_local std::unordered_map<char32_t, std::string> cache;
  if (cache.size() > 4096) cache.clear();
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    const unsigned char b = static_cast<unsigned char>(s[i]);
    // ASCII without decoding (is_space's ASCII white space: U+0009..U+000D, U+0020).
    char32_t c = b < 0x80 ? (++i, b) : decode_at(s, i);
    if (b < 0x80 ? b == ' ' || (b >= '\t' && b <= '\r') : is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (c == U'\u03A3') return fold_ascii_icu(s);
    if (pending_space) out.push_back(' ');
    pending_space = false;
    if (c < 0x80 && c != U'\'') {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      continue;
    }
    if (c < 0x250) {
      if (!latin_known[c]) {
        latin[c] = fold_ascii_icu(s.substr(start, i - start));
        latin_known[c] = true;
      }
      out += latin[c];
      continue;
    }
    auto it = cache.find(c);
    if (it == cache.end()) it = cache.emplace(c, fold_ascii_icu(s.substr(start, i - start))).first;
    out += it->second;
  }
  return out;
}

std::string_view trim(std::string_view s) {
  std::size_t b = 0;
  while (b < s.size()) {
    std::size_t j = b;
    if (!is_space(decode_at(s, j))) break;
    b = j;
  }
  std::size_t e = s.size();
  while (e > b) {
    std::size_t p = prev_char_start(s, e);
    std::size_t j = p;
    if (!is_space(decode_at(s, j))) break;
    e = p;
  }
  return s.substr(b, e - b);
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    char32_t c = decode_at(s, i);
    if (is_space(c) && c != U'\u00A0' && c != U'\u202F') {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.append(s.substr(start, i - start));
  }
  return out;
}

std::size_t length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

char32_t first_char(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t i = 0;
  return decode_at(s, i);
}

char32_t last_char(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t i = prev_char_start(s, s.size());
  return decode_at(s, i);
}

std::size_t prev_char_start(std::string_view s, std::size_t end) {
  if (end == 0) return 0;
  std::size_t i = end - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

// ASCII is answered without ICU: its only L, Lu, Ll and Nd characters are
// A-Z and a-z, A-Z, a-z and 0-9.
bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
  return u_isalpha(static_cast<UChar32>(c));
}
bool is_upper(char32_t c) {
  if (c < 0x80) return c >= U'A' && c <= U'Z';
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}
bool is_lower(char32_t c) { return c < 0x80 ? c >= U'a' && c <= U'z' : u_islower(static_cast<UChar32>(c)); }
bool is_digit(char32_t c) { return c < 0x80 ? c >= U'0' && c <= U'9' : u_isdigit(static_cast<UChar32>(c)); }
bool is_space(char32_t c) {
  // ASCII without ICU: White_Space there is U+0009..U+000D and U+0020.
  if (c < 0x80) return c == U' ' || (c >= U'\t' && c <= U'\r');
  return c == U'\u00A0' || c == U'\u202F' || u_isUWhiteSpace(static_cast<UChar32>(c));
}

std::string capitalize_first(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    char32_t c = decode_at(s, i);
    if (is_letter(c)) {
      std::string out(s.substr(0, start));
      out += upper(s.substr(start, i - start));
      out.append(s.substr(i));
      return out;
    }
    if (is_digit(c)) break;
  }
  return std::string(s);
}

std::string lower_first(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    char32_t c = decode_at(s, i);
    if (is_letter(c)) {
      // An acronym keeps its capitals (« EDF repousse… »).
      if (is_upper(c) && i < s.size()) {
        std::size_t j = i;
        if (const char32_t next = decode_at(s, j); is_upper(next)) return std::string(s);
      }
      std::string out(s.substr(0, start));
      out += lower(s.substr(start, i - start));
      out.append(s.substr(i));
      return out;
    }
    if (is_digit(c)) break;
  }
  return std::string(s);
}

namespace {
// An emoji and what composes one (joiner, variation selector, skin tone,
// flag letters): « C’est historique ! 🎉 » ends its sentence.
bool is_emoji_part(char32_t c) {
  return c == 0x200D || c == 0xFE0F || (c >= 0x1F1E6 && c <= 0x1F1FF) || (c >= 0x1F3FB && c <= 0x1F3FF) ||
         (c > 0x2000 && u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_EXTENDED_PICTOGRAPHIC));
}

bool is_closer(char32_t c) {
  return c == U'»' || c == U'"' || c == U'\u201D' || c == U'\u2019' || c == U')' || c == U']' ||
         c == U'\'' || c == U'\u203A' || is_space(c) || is_emoji_part(c);
}
}  // namespace

std::string_view strip_closers(std::string_view s) {
  std::size_t e = s.size();
  while (e > 0) {
    std::size_t p = prev_char_start(s, e);
    std::size_t j = p;
    if (!is_closer(decode_at(s, j))) break;
    e = p;
  }
  return s.substr(0, e);
}

bool listed(const std::vector<std::string>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool ends_with_any(std::string_view word, const std::vector<std::string>& endings, std::size_t min_stem) {
  return std::any_of(endings.begin(), endings.end(),
                     [&](const std::string& e) { return word.size() >= e.size() + min_stem && word.ends_with(e); });
}

bool closes_unopened_quote(std::string_view s) {
  const std::size_t close = s.find("»");
  return close != std::string_view::npos && s.substr(0, close).find("«") == std::string_view::npos;
}

bool ends_sentence(std::string_view s) {
  char32_t c = last_char(strip_closers(s));
  return c == U'.' || c == U'!' || c == U'?' || c == U'…';
}

bool ends_with_emoji(std::string_view s) { return is_emoji_part(last_char(trim(s))); }

bool starts_with_upper(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t c = decode_at(s, i);
    if (is_letter(c)) return is_upper(c);
    if (is_digit(c)) return false;
  }
  return false;
}

bool starts_with_lower(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t c = decode_at(s, i);
    if (is_letter(c)) return is_lower(c);
    if (is_digit(c)) return false;
  }
  return false;
}

bool valid_utf8(std::string_view s) {
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) return false;
  }
  return true;
}

bool is_all_caps(std::string_view s) {
  int letters = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t c = decode_at(s, i);
    if (is_lower(c)) return false;
    if (is_letter(c)) ++letters;
  }
  return letters >= 2;
}

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t b = 0;
  while (b <= s.size()) {
    std::size_t e = s.find('\n', b);
    if (e == std::string_view::npos) {
      if (b < s.size()) out.push_back(s.substr(b));
      break;
    }
    out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  for (std::size_t i = 0; i < s.size();) {
    while (i < s.size() && space(s[i])) ++i;
    std::size_t b = i;
    while (i < s.size() && !space(s[i])) ++i;
    if (i > b) out.emplace_back(s.substr(b, i - b));
  }
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out.append(sep);
    out += parts[i];
  }
  return out;
}

bool opens_list(std::string_view s) {
  const char32_t c = last_char(s);
  return c == U';' || c == U':';
}

std::string_view list_mark(std::string_view s) {
  std::size_t d = 0;
  while (d < s.size() && d < 3 && s[d] >= '0' && s[d] <= '9') ++d;
  if (d > 0 && d < 3 && d + 1 < s.size() && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ') return "1";
  static constexpr std::string_view kBullets[] = {"\u2022", "-", "\u2013", "*", "\u25AA", "\u25E6",
                                                  "\u2192", "\u25B6", "\u25BA", "\u203A"};
  for (std::string_view bullet : kBullets)
    if (s.size() > bullet.size() && s.substr(0, bullet.size()) == bullet && s[bullet.size()] == ' ') return bullet;
  return {};
}

std::string_view without_marks(std::string_view s) {
  if (!list_mark(s).empty()) s.remove_prefix(s.find(' ') + 1);
  while (!s.empty() && (s.back() == '*' || s.back() == ' ')) s.remove_suffix(1);
  return s;
}

char32_t next_multibyte_char(std::string_view s, std::size_t& i) { return decode_at(s, i); }

std::pair<std::string_view, std::string_view> split_elision(std::string_view word) {
  const std::size_t ap = word.find("\u2019");
  if (ap == std::string_view::npos || ap > 3) return {std::string_view(), word};
  return {word.substr(0, ap + 3), word.substr(ap + 3)};
}

std::size_t case_glue(std::string_view s, std::size_t max_chars) {
  bool prev_lower = false;
  std::size_t seen = 0;
  for (std::size_t i = 0; i < s.size() && seen < max_chars; ++seen) {
    const std::size_t at = i;
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {  // ASCII, decided in place
      ++i;
      if (prev_lower && b >= 'A' && b <= 'Z') return at;
      prev_lower = b >= 'a' && b <= 'z';
      continue;
    }
    const char32_t c = decode_at(s, i);
    if (prev_lower && is_upper(c)) return at;
    prev_lower = is_lower(c);
  }
  return std::string_view::npos;
}

void append_utf8(std::string& out, char32_t c) {
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, 4, static_cast<UChar32>(c), error);
  if (!error) out.append(buf, static_cast<std::size_t>(n));
}

}  // namespace titraille::text

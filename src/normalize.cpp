#include "normalize.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include "pattern.h"
#include "resources.h"
#include "text.h"
#include "titraille/titraille.h"

namespace titraille {
namespace {

// Windows-1252 for the bytes 0x80-0x9F; other bytes map to themselves (Latin-1).
constexpr char16_t kCp1252[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

char32_t cp1252(unsigned char b) { return b >= 0x80 && b < 0xA0 ? kCp1252[b - 0x80] : b; }

std::string from_utf16(std::string_view bytes, const char* codepage) {
  icu::UnicodeString s(bytes.data(), static_cast<int32_t>(bytes.size()), codepage);
  return text::utf8(s);
}

bool keeps_nbsp(char32_t prev, char32_t next) {
  switch (next) {
    case U';': case U':': case U'!': case U'?': case U'»': case U'%': case U'€': case U'\u203A':
      return true;
    default:
      break;
  }
  if (prev == U'«' || prev == U'\u2039') return true;
  return text::is_digit(prev) && text::is_digit(next);
}

}  // namespace

std::string decode_input(std::string_view bytes, std::string_view name, bool repair_encoding) {
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF && static_cast<unsigned char>(bytes[1]) == 0xFE)
    return from_utf16(bytes.substr(2), "UTF-16LE");
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE && static_cast<unsigned char>(bytes[1]) == 0xFF)
    return from_utf16(bytes.substr(2), "UTF-16BE");
  std::size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos)
    throw Error(ExitCode::kUnusable, std::string(name) + ": binary data, not text (NUL byte at byte offset " +
                                         std::to_string(nul) + ")");
  // Valid UTF-8 (the usual case) is validated in place and copied once;
  // with --repair-encoding, invalid bytes are re-read as Windows-1252.
  std::string out;
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  int32_t length = static_cast<int32_t>(bytes.size());
  std::size_t controls = 0;
  int32_t copied = 0;  // bytes[0, copied) are in out
  for (int32_t i = 0; i < length;) {
    if (data[i] >= 0x20 && data[i] < 0x80) {
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0) {
      if (!repair_encoding)
        throw Error(ExitCode::kUnusable, std::string(name) + ": invalid UTF-8 at byte offset " + std::to_string(start) +
                                             " (use --repair-encoding to read such bytes as Windows-1252)");
      // Re-read one byte as Windows-1252 and go on after it.
      out.append(bytes.substr(static_cast<std::size_t>(copied), static_cast<std::size_t>(start - copied)));
      text::append_utf8(out, cp1252(data[start]));
      i = copied = start + 1;
      continue;
    }
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') ++controls;
  }
  out.append(bytes.substr(static_cast<std::size_t>(copied)));
  if (controls * 20 > bytes.size() && controls > 8)
    throw Error(ExitCode::kUnusable, std::string(name) + ": binary data, not text (" + std::to_string(controls) +
                                         " control characters)");
  if (out.size() >= 3 && out.compare(0, 3, "\xEF\xBB\xBF") == 0) out.erase(0, 3);
  return out;
}

std::string normalize_text(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
  std::string composed;
  if (U_SUCCESS(status) && !nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) {
    icu::StringByteSink<std::string> sink(&composed);
    nfc->normalizeUTF8(0, piece, sink, nullptr, status);
    utf8 = composed;
  }
  if (U_FAILURE(status)) throw Error(ExitCode::kInternal, "ICU: NFC normalization failed");

  // One pass over the UTF-8, code point by code point; printable ASCII other
  // than the space is copied as it is.
  std::string out;
  out.reserve(utf8.size());
  char32_t prev = 0;  // the last code point of out, 0 when out is empty
  const std::size_t n = utf8.size();
  std::size_t i = 0;
  char32_t c = n ? text::next_char(utf8, i) : 0;
  while (c) {
    char32_t next = i < n ? text::next_char(utf8, i) : 0;
    char32_t here = c;
    c = next;
    if (here > 0x20 && here < 0x7F) {
      out.push_back(static_cast<char>(here));
      prev = here;
      continue;
    }
    if (here == '\r') {
      if (next == '\n') continue;  // CRLF: the LF follows
      here = '\n';
    }
    switch (here) {
      case 0x000B: case 0x000C: case 0x0085: case 0x2028: case 0x2029:
        here = '\n';
        break;
      case 0x200B: case 0x2060: case 0xFEFF: case 0x00AD: case 0x180E:
      case 0x200E: case 0x200F: case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
      case 0x2066: case 0x2067: case 0x2068: case 0x2069:
        continue;  // zero-width, soft hyphen, bidirectional controls
      case 0x00A0: case 0x202F:
        if (!keeps_nbsp(prev, next)) here = ' ';
        break;
      default:
        if (here == '\t' || (here != '\n' && text::is_space(here))) here = ' ';
        else if (here < 0x20 && here != '\n') continue;
        else if (here >= 0x7F && here < 0xA0) continue;
        break;
    }
    if (here == ' ') {
      // No space at a line start, none doubled.
      if (prev == 0 || prev == '\n' || prev == ' ' || prev == 0x00A0 || prev == 0x202F) continue;
    }
    if (here == '\n') {
      // No trailing spaces on a line.
      while (!out.empty() && out.back() == ' ') out.pop_back();
    }
    text::append_utf8(out, here);
    prev = here;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  return out;
}

NormalizeRules::NormalizeRules(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/normalize.xml");
  for (pugi::xml_node e : file.root().child("entities").children("entity")) {
    const std::string name = e.attribute("name").as_string();
    const unsigned long cp = std::strtoul(e.attribute("cp").as_string(), nullptr, 16);
    if (name.empty() || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      file.fail("entity", "needs a name and the hex code point of a character (cp=\"E9\")");
    entities.emplace(name, static_cast<char32_t>(cp));
  }
  if (pugi::xml_node m = file.root().child("markup")) {
    min_block_tags = m.attribute("min-block-tags").as_uint(3);
    for (const std::string& t : text::split_words(m.child("block").text().as_string())) block_tags.insert(text::lower(t));
    for (const std::string& t : text::split_words(m.child("drop").text().as_string())) dropped_tags.insert(text::lower(t));
  }
}

namespace {

bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The tag at `lt` (a « < »): its lower-case name, whether it closes, and the
// offset after its « > »; an empty name when « < » opens no tag.
struct Tag {
  std::string name;
  bool closing = false;
  std::size_t end = 0;
};

Tag read_tag(std::string_view s, std::size_t lt) {
  Tag t;
  std::size_t i = lt + 1;
  if (i < s.size() && s[i] == '/') {
    t.closing = true;
    ++i;
  }
  if (i >= s.size() || !ascii_alpha(s[i])) return {};
  while (i < s.size() && (ascii_alpha(s[i]) || (s[i] >= '0' && s[i] <= '9'))) t.name += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i++])));
  if (i < s.size() && s[i] != '>' && s[i] != '/' && s[i] != ' ' && s[i] != '\t' && s[i] != '\n') return {};
  // (A quoted attribute value may hold « > ».)
  char quote = 0;
  for (; i < s.size(); ++i) {
    if (quote) {
      if (s[i] == quote) quote = 0;
    } else if (s[i] == '"' || s[i] == '\'') {
      quote = s[i];
    } else if (s[i] == '>') {
      t.end = i + 1;
      return t;
    }
  }
  return {};
}

}  // namespace

std::string strip_markup(std::string_view s, const NormalizeRules& rules) {
  if (rules.block_tags.empty() || s.find('<') == std::string_view::npos) return std::string(s);
  std::size_t blocks = 0;
  for (std::size_t lt = s.find('<'); lt != std::string_view::npos && blocks < rules.min_block_tags;
       lt = s.find('<', lt + 1))
    if (const Tag t = read_tag(s, lt); !t.name.empty() && rules.block_tags.count(t.name)) ++blocks;
  if (blocks < rules.min_block_tags) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t lt = s.find('<', i);
    if (lt == std::string_view::npos) {
      out.append(s.substr(i));
      break;
    }
    out.append(s.substr(i, lt - i));
    if (s.substr(lt, 4) == "<!--") {
      const std::size_t close = s.find("-->", lt + 4);
      i = close == std::string_view::npos ? s.size() : close + 3;
      continue;
    }
    const Tag t = read_tag(s, lt);
    if (t.name.empty()) {
      out += '<';
      i = lt + 1;
      continue;
    }
    i = t.end;
    if (!t.closing && rules.dropped_tags.count(t.name)) {
      // Up to the tag that closes it (« </script> »), or the end.
      i = s.size();
      for (std::size_t k = s.find("</", t.end); k != std::string_view::npos; k = s.find("</", k + 2))
        if (const Tag c = read_tag(s, k); c.closing && c.name == t.name) {
          i = c.end;
          break;
        }
      continue;
    }
    if (rules.block_tags.count(t.name)) out += '\n';
  }
  return out;
}

std::string decode_character_references(std::string_view in, const NormalizeRules& rules) {
  if (in.find('&') == std::string_view::npos) return std::string(in);
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size();) {
    const std::size_t amp = in.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(in.substr(i));
      break;
    }
    out.append(in.substr(i, amp - i));
    i = amp + 1;
    // The reference: up to 32 bytes before its semicolon.
    const std::size_t semi = in.find(';', i);
    if (semi == std::string_view::npos || semi - i > 32 || semi == i) {
      out += '&';
      continue;
    }
    const std::string_view ref = in.substr(i, semi - i);
    char32_t cp = 0;
    if (ref[0] == '#') {
      const bool hex = ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X');
      const std::string_view digits = ref.substr(hex ? 2 : 1);
      bool ok = !digits.empty() && digits.size() <= 7;
      unsigned long v = 0;
      for (char c : digits) {
        const int d = c >= '0' && c <= '9'                 ? c - '0'
                      : hex && c >= 'a' && c <= 'f'        ? c - 'a' + 10
                      : hex && c >= 'A' && c <= 'F'        ? c - 'A' + 10
                                                           : -1;
        if (d < 0) ok = false;
        v = v * (hex ? 16 : 10) + static_cast<unsigned long>(std::max(d, 0));
      }
      if (ok && v > 0 && v <= 0x10FFFF && (v < 0xD800 || v > 0xDFFF)) cp = static_cast<char32_t>(v);
    } else if (auto it = rules.entities.find(std::string(ref)); it != rules.entities.end()) {
      cp = it->second;
    }
    if (cp == 0) {
      out += '&';
      continue;
    }
    text::append_utf8(out, cp);
    i = semi + 1;
  }
  return out;
}

std::string_view unmark_line(std::string_view t) {
  // « ## Trois campings évacués », « # Titre ## »: a Markdown heading.
  std::size_t hashes = 0;
  while (hashes < t.size() && t[hashes] == '#') ++hashes;
  if (hashes >= 1 && hashes <= 6 && hashes < t.size() && t[hashes] == ' ') {
    t = text::trim(t.substr(hashes + 1));
    while (!t.empty() && t.back() == '#') t.remove_suffix(1);
    return text::trim(t);
  }
  // « **Trois campings évacués** », « __…__ »: a line in bold, no marker inside.
  for (std::string_view m : {std::string_view("**"), std::string_view("__")})
    if (t.size() > 4 && t.starts_with(m) && t.ends_with(m)) {
      const std::string_view inner = t.substr(2, t.size() - 4);
      if (inner.find(m) == std::string_view::npos && inner.front() != ' ' && inner.back() != ' ') return inner;
    }
  return t;
}

Document normalize(Document doc, Resources& res) {
  doc.text = normalize_text(decode_character_references(
      strip_markup(decode_input(doc.input, doc.name, doc.settings.repair_encoding), res.normalize), res.normalize));
  std::size_t offset = 0;
  int line_no = 0;
  for (std::string_view line : text::split_lines(doc.text)) {
    ++line_no;
    std::size_t begin = offset;
    offset += line.size() + 1;
    std::string_view t = text::trim(unmark_line(text::trim(line)));
    if (t.empty()) continue;
    Block b;
    b.text = std::string(t);
    b.original = b.text;
    b.span.begin = begin + static_cast<std::size_t>(t.data() - line.data());
    b.span.end = b.span.begin + t.size();
    b.line = line_no;
    doc.blocks.push_back(std::move(b));
  }
  if (doc.blocks.empty()) throw Error(ExitCode::kUnusable, doc.name + ": empty input (no text)");
  return doc;
}

}  // namespace titraille

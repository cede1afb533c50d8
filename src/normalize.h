// Stage 1, normalize: bytes to clean NFC text, one Block per non-empty line.
// Checks the encoding (invalid UTF-8 is an error naming the byte offset,
// unless Settings::repair_encoding), strips a BOM, converts UTF-16 with a BOM,
// turns CRLF/CR into LF, folds the many Unicode spaces into U+0020 (keeping
// U+00A0/U+202F where French typography puts them), removes zero-width and
// control characters, strips the markup of a paste of HTML source and decodes
// HTML character references (rules/normalize.xml).
#ifndef TITRAILLE_NORMALIZE_H_
#define TITRAILLE_NORMALIZE_H_

#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "titraille/document.h"

namespace titraille {

struct Resources;
class DataBundle;
class Lexicon;

// rules/normalize.xml: the named HTML character references decoded, and
// how a paste of HTML source is read (<markup>).
struct NormalizeRules {
  std::unordered_map<std::string, char32_t> entities;
  std::set<std::string, std::less<>> block_tags;    // a line break before and after
  std::set<std::string, std::less<>> dropped_tags;  // removed with their content
  std::size_t min_block_tags = 3;                   // a paste with fewer is text
  NormalizeRules(const DataBundle& data, const Lexicon& lexicon);
};

// `text` without its HTML markup when it is HTML source (at least
// min_block_tags tags of the block_tags, opening or closing): each block tag
// becomes a line break, a dropped tag goes with its content, a comment and
// any other tag (<em>, <a href=…>) go, their text stays. Other text, and a
// « < » that opens no tag (« si x < y »), is left as written.
std::string strip_markup(std::string_view text, const NormalizeRules& rules);

// `text` with its HTML character references decoded: numeric ones (&#39;,
// &#x2019;) always, named ones (&eacute;) when listed. Anything else, and a
// reference to no character (&#0;, a surrogate), is left as written.
std::string decode_character_references(std::string_view text, const NormalizeRules& rules);

// A trimmed line without the Markdown that marks it whole as a heading
// (« ## Titre ») or in bold (« **Titre** », « __Titre__ »): a view into `line`.
std::string_view unmark_line(std::string_view line);

// Decodes bytes to valid UTF-8 (see above). Throws Error(kUnusable).
std::string decode_input(std::string_view bytes, std::string_view name, bool repair_encoding);
// NFC, line endings and spaces, on valid UTF-8.
std::string normalize_text(std::string_view utf8);

Document normalize(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_NORMALIZE_H_

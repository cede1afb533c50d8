// Output formats of an article: Markdown with YAML front matter, a complete
// HTML5 page, the JSON of CONTRACT.md, and plain text.
#ifndef TITRAILLE_RENDER_H_
#define TITRAILLE_RENDER_H_

#include <optional>
#include <string>
#include <string_view>

#include "titraille/document.h"

namespace titraille {

enum class Format { Markdown, Html, Json, Text };

std::optional<Format> parse_format(std::string_view name);
// File extension (without dot) for outputs written with --out-dir.
std::string_view extension(Format format);

struct RenderInfo {
  std::string generator;     // "titraille 0.1.0"
  std::string rules_digest;  // digest of the rules and lexicon used
};

std::string render(const Document& doc, Format format, const RenderInfo& info);

// The --explain report: every removed line with its reason and every
// generated line with the input it came from. Plain text, one item per line.
std::string explain(const Document& doc);

}  // namespace titraille

#endif  // TITRAILLE_RENDER_H_

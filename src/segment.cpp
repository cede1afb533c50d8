#include "segment.h"

#include "resources.h"
#include "text.h"

namespace titraille {
namespace {

// Text pasted from e-mail or PDF is wrapped at a fixed width: most lines are
// of similar length and end mid-sentence. Such lines are joined into
// paragraphs when the next line goes on in lower case, with a figure or a
// guillemet.
bool looks_hard_wrapped(const std::vector<Block>& blocks) {
  if (blocks.size() < 6) return false;
  std::size_t wrapped = 0;
  for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
    const Block& b = blocks[i];
    std::size_t len = text::length(b.text);
    // (An item of an enumeration ends with « ; » where it is meant to.)
    if (len >= 50 && len <= 90 && !text::ends_sentence(b.text) && !b.text.ends_with(';') &&
        blocks[i + 1].line == b.line + 1)
      ++wrapped;
  }
  return wrapped * 2 >= blocks.size();
}

}  // namespace

// The tokens of the sentences the change left as they were are kept.
void segment_block(Block& block, Resources& res) { block.sentences = res.tokenizer.sentences(block.text, &block.sentences); }

Document segment(Document doc, Resources& res) {
  if (looks_hard_wrapped(doc.blocks)) {
    std::vector<Block> joined;
    std::size_t last_line = 0;  // the last input line of joined.back()
    for (Block& b : doc.blocks) {
      if (!joined.empty()) {
        Block& prev = joined.back();
        // The next line goes on with the sentence: it starts in lower case,
        // with a figure (« 13,2 milliards ») or with a guillemet.
        const char32_t first = text::first_char(b.text);
        const bool goes_on = text::starts_with_lower(b.text) || text::is_digit(first) || first == U'\u00AB';
        if (prev.kind == BlockKind::Pending && static_cast<std::size_t>(b.line) == last_line + 1 && !text::ends_sentence(prev.text) && goes_on) {
          prev.text += " " + b.text;
          prev.original += " " + b.original;
          prev.span.end = b.span.end;
          last_line = b.line;
          continue;
        }
      }
      last_line = b.line;
      joined.push_back(std::move(b));
    }
    doc.blocks = std::move(joined);
  }
  for (Block& b : doc.blocks) segment_block(b, res);
  return doc;
}

}  // namespace titraille

#include "segment.h"

#include "resources.h"
#include "text.h"

namespace titraille {
namespace {

// Text pasted from e-mail or PDF is wrapped at a fixed width: most lines are
// of similar length and end mid-sentence. Such lines are joined into
// paragraphs when the next line goes on in lower case.
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
    for (Block& b : doc.blocks) {
      if (!joined.empty()) {
        Block& prev = joined.back();
        if (prev.kind == BlockKind::Pending && b.line == prev.line + 1 && !text::ends_sentence(prev.text) &&
            text::starts_with_lower(b.text)) {
          prev.text += " " + b.text;
          prev.original += " " + b.original;
          prev.span.end = b.span.end;
          continue;
        }
      }
      joined.push_back(std::move(b));
    }
    doc.blocks = std::move(joined);
  }
  for (Block& b : doc.blocks) segment_block(b, res);
  return doc;
}

}  // namespace titraille

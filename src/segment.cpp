#include "segment.h"

#include "lexicon.h"
#include "resources.h"
#include "text.h"

namespace titraille {
namespace {

// Text pasted from e-mail or PDF is wrapped at a fixed width: most lines are
// of similar length (kWrappedMin to kWrappedMax characters) and end
// mid-sentence.
constexpr std::size_t kWrappedMin = 50, kWrappedMax = 90;
// A line shorter than this that ends mid-sentence is a label or a heading
// (« PUBLICITÉ », « Un isolement insulaire »), not a wrapped line.
constexpr std::size_t kJoinedMin = 40;

bool looks_hard_wrapped(const std::vector<Block>& blocks) {
  if (blocks.size() < 6) return false;
  std::size_t wrapped = 0;
  for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
    const Block& b = blocks[i];
    std::size_t len = text::length(b.text);
    // (An item of an enumeration ends with « ; » where it is meant to.)
    if (len >= kWrappedMin && len <= kWrappedMax && !text::ends_sentence(b.text) && !b.text.ends_with(';') &&
        blocks[i + 1].line == b.line + 1)
      ++wrapped;
  }
  return wrapped * 2 >= blocks.size();
}

// Whether the line after `prev` goes on with its sentence. `last` is the
// last input line of `prev` (the one the next line follows), `lines` the
// number of input lines joined in `prev` so far. The line before must be a
// wrapped one that ends mid-sentence; the next line goes on when it starts
// in lower case, with a figure or a guillemet, or with a capital (a name)
// after a line of the wrapping width that ends with a word that cannot end
// a sentence (« … au » / « Muséum de Toulouse … ») or with a hyphen
// (« Aulus-les- » / « Bains »), or that is the second line of a wrapped
// paragraph or more, when the next line is of the wrapping width too or
// ends the sentence (not a headline above a tags line).
bool goes_on(const Block& prev, std::string_view last, std::size_t lines, const Block& next,
             const WordList& stopwords) {
  const std::size_t len = text::length(last);
  if (len < kJoinedMin || text::ends_sentence(prev.text) || text::is_all_caps(prev.text)) return false;
  const char32_t first = text::first_char(next.text);
  if (text::starts_with_lower(next.text) || text::is_digit(first) || first == U'\u00AB') return true;
  if (len < kWrappedMin || len > kWrappedMax || !text::starts_with_upper(next.text) || text::is_all_caps(next.text))
    return false;
  const std::size_t space = last.find_last_of(' ');
  const std::string_view word = space == std::string_view::npos ? last : last.substr(space + 1);
  if (word.ends_with('-') || word.ends_with('\'') || word.ends_with("\u2019") || stopwords.contains(text::lower(word)))
    return true;
  const std::size_t next_len = text::length(next.text);
  return lines >= 2 && ((next_len >= kWrappedMin && next_len <= kWrappedMax) || text::ends_sentence(next.text));
}

}  // namespace

void join_blocks(Block& prev, const Block& next) {
  // A word cut at its hyphen is whole again.
  const bool cut_word = prev.text.ends_with('-') &&
                        text::is_letter(text::last_char(std::string_view(prev.text).substr(0, prev.text.size() - 1)));
  const char* glue = cut_word ? "" : " ";
  prev.text += glue + next.text;
  prev.original += glue + next.original;
  prev.span.end = next.span.end;
}

// The tokens of the sentences the change left as they were are kept.
void segment_block(Block& block, Resources& res) { block.sentences = res.tokenizer.sentences(block.text, &block.sentences); }

Document segment(Document doc, Resources& res) {
  if (looks_hard_wrapped(doc.blocks)) {
    const WordList& stopwords = res.lexicon.list("fr/stopwords");
    std::vector<Block> joined;
    std::size_t last_line = 0;  // the last input line of joined.back()
    std::string last;           // its text
    std::size_t lines = 0;      // the input lines of joined.back()
    for (Block& b : doc.blocks) {
      if (!joined.empty()) {
        Block& prev = joined.back();
        if (prev.kind == BlockKind::Pending && static_cast<std::size_t>(b.line) == last_line + 1 &&
            goes_on(prev, last, lines, b, stopwords)) {
          join_blocks(prev, b);
          last_line = b.line;
          last = b.text;
          ++lines;
          continue;
        }
      }
      last_line = b.line;
      last = b.text;
      lines = 1;
      joined.push_back(std::move(b));
    }
    doc.blocks = std::move(joined);
  }
  for (Block& b : doc.blocks) segment_block(b, res);
  return doc;
}

}  // namespace titraille

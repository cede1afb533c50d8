#include "titraille/document.h"

namespace titraille {

std::size_t Sentence::words() const {
  std::size_t n = 0;
  for (const Token& t : tokens)
    if (t.kind != TokenKind::Punct && !t.elided) ++n;
  return n;
}

std::size_t Block::words() const {
  std::size_t n = 0;
  for (const Sentence& s : sentences) n += s.words();
  return n;
}

std::size_t Section::words() const {
  std::size_t n = 0;
  for (const Paragraph& p : paragraphs)
    for (const Sentence& s : p.sentences) n += s.words();
  return n;
}

std::size_t Document::words() const {
  std::size_t n = 0;
  for (const Section& s : sections) n += s.words();
  return n;
}

}  // namespace titraille

// Stage 3, segment: joins the lines of hard-wrapped text into paragraphs and
// splits every block into sentences and tokens (see tokenize.h).
#ifndef TITRAILLE_SEGMENT_H_
#define TITRAILLE_SEGMENT_H_

#include "titraille/document.h"

namespace titraille {

struct Resources;

// Re-segments one block after its text changed.
void segment_block(Block& block, Resources& res);

Document segment(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_SEGMENT_H_

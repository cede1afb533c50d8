// Stage 3, segment: joins the lines of hard-wrapped text into paragraphs and
// splits every block into sentences and tokens (see tokenize.h).
#ifndef TITRAILLE_SEGMENT_H_
#define TITRAILLE_SEGMENT_H_

#include "titraille/document.h"

namespace titraille {

struct Resources;

// Re-segments one block after its text changed.
void segment_block(Block& block, Resources& res);

// Appends `next`, the rest of the sentence `prev` ends in the middle of, to
// `prev` (text, original and span): with a space, or with nothing when
// `prev` ends on a word cut at its hyphen (« Aulus-les- » / « Bains »,
// « peut- » / « être »). The sentences are not segmented again.
void join_blocks(Block& prev, const Block& next);

Document segment(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_SEGMENT_H_

// Stage 7, dedupe: removes paragraphs and headings that repeat an earlier one
// (same words once case, spaces, quotes and apostrophes are folded).
#ifndef TITRAILLE_DEDUPE_H_
#define TITRAILLE_DEDUPE_H_

#include "titraille/document.h"

namespace titraille {

struct Resources;

Document dedupe(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_DEDUPE_H_

// Provenance: for every output item (title, h1, meta description, heading,
// paragraph, list item of a source-derived block), the inputs and byte ranges
// it came from. A sentence found verbatim in an input's bytes gives an exact
// range; a repaired one falls back to the input line it came from
// (exact=false); a generated line (title, heading, meta description) gets the
// input sentences that hold its content words and numbers, chosen greedily
// (the fewest sentences covering the most of them).
#ifndef TITRAILLE_PROVENANCE_H_
#define TITRAILLE_PROVENANCE_H_

#include "titraille/document.h"

namespace titraille {

struct Resources;

// One input as a Source: its name, bytes, outlet, title, article words and
// the sentences (article, heading and title blocks) provenance looks up.
// Document::sources of a merge holds one per input; a single input is its own.
Source source_of(const Document& doc);

Document provenance(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_PROVENANCE_H_

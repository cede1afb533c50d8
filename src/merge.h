// The multi-source merge (titraille --merge): several versions of one story,
// each cleaned by the pipeline up to (not including) sections, woven into one
// body: the primary's paragraphs in their order, with the sentences of the
// other inputs that carry a new fact inserted after the paragraph they are
// most similar to; restatements dropped (keeping the more informative
// version), quotes kept with the sentence that introduces them, different
// figures for the same thing kept side by side and listed in warnings.
// The rest of the pipeline (sections to report) then runs on the result.
#ifndef TITRAILLE_MERGE_H_
#define TITRAILLE_MERGE_H_

#include <string>
#include <vector>

#include "lexicon.h"
#include "pattern.h"
#include "titraille/document.h"

namespace titraille {

struct Resources;

struct MergeRules {
  double restate = 0.5, contain = 0.85, contain_min_weight = 6, topic = 0.2;
  std::size_t min_words = 5, short_run_words = 30, max_paragraph_words = 150;
  double anchor_decay = 0.5;
  std::size_t figures = 2;
  double figures_topic = 0.3;
  Pattern attribution;
  std::string source_prefix;

  MergeRules(const DataBundle& data, const Lexicon& lexicon);
};

// Sentences of one paragraph grouped so that a quote stays with the sentence
// that introduces it: a sentence is joined to the previous one when that one
// leaves a « open or ends with a colon, or when it opens with a quote mark.
std::vector<std::vector<Sentence>> sentence_units(const std::vector<Sentence>& sentences);

// docs[0] is the primary; every document has run the stages before
// "sections". Returns the merged document, ready for "sections".
Document merge_documents(std::vector<Document> docs, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_MERGE_H_

// The pipeline as data: the stages in order, so that the engine, the
// benchmark and the tests run the same sequence.
#ifndef TITRAILLE_PIPELINE_H_
#define TITRAILLE_PIPELINE_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "titraille/document.h"
#include "titraille/titraille.h"

namespace titraille {

struct Resources;

struct Stage {
  std::string_view name;
  Document (*run)(Document, Resources&);
};

// Every stage in order, with the two gates that reject unusable input (no
// article text after "sections", no content word after "keyphrase").
const std::vector<Stage>& stages();

// A new document for `input`, with the settings `options` ask for.
Document start(std::string input, std::string name, const Options& options, const Resources& res);

// Called after each stage with its name (for timing and tracing).
using StageObserver = std::function<void(std::string_view stage)>;

// Runs stages() over doc. Throws Error for unusable input.
Document run_stages(Document doc, Resources& res, const StageObserver& after_each = {});
// Runs the stages from `from` (included) to `until` (excluded; empty: to the end).
Document run_stages(Document doc, Resources& res, std::string_view from, std::string_view until,
                    const StageObserver& after_each = {});

}  // namespace titraille

#endif  // TITRAILLE_PIPELINE_H_

// No build-time data: linked into the tool that computes it
// (src/precompute_main.cc), and the library computes everything at run time.
#include "data.h"
#include "lexicon.h"
#include "pattern.h"
#include "prefilter.h"
#include "title.h"
#include "width.h"

namespace titraille {

const PrefilterSeed* const kPrefilterSeeds = nullptr;
const std::size_t kPrefilterSeedCount = 0;
const AtomIndexSeed* const kAtomIndexSeed = nullptr;
const std::string_view kEmbeddedDigest;
const CompiledSeed* const kCompiledSeeds = nullptr;
const std::size_t kCompiledSeedCount = 0;
const PatternSeed* const kPatternSeeds = nullptr;
const std::size_t kPatternSeedCount = 0;
const WidthSeed* const kWidthSeeds = nullptr;
const std::size_t kWidthSeedCount = 0;
const WordListSeed* const kWordListSeeds = nullptr;
const std::size_t kWordListSeedCount = 0;
const WordListSeed* const kAccentSeed = nullptr;

}  // namespace titraille

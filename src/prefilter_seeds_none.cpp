// No build-time prefilter seeds: linked into the tool that computes them.
#include "prefilter.h"

namespace titraille {

const PrefilterSeed* const kPrefilterSeeds = nullptr;
const std::size_t kPrefilterSeedCount = 0;

}  // namespace titraille

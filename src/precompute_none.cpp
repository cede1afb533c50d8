// No build-time data: linked into the tool that computes it
// (src/precompute_main.cc), and the library computes everything at run time.
#include "data.h"
#include "prefilter.h"

namespace titraille {

const PrefilterSeed* const kPrefilterSeeds = nullptr;
const std::size_t kPrefilterSeedCount = 0;
const std::string_view kEmbeddedDigest;

}  // namespace titraille

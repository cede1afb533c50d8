#include "resources.h"
#include "titraille/titraille.h"

namespace titraille {

Resources::Resources(DataBundle bundle)
    : data(std::move(bundle)),
      lexicon(data),
      normalize(data, lexicon),
      tokenizer(lexicon),
      stemmer(data, lexicon),
      french(data, lexicon),
      language(data, lexicon),
      directives(data, lexicon),
      metadata(data, lexicon),
      boilerplate(data, lexicon),
      repair(data, lexicon),
      readability(data, lexicon),
      sections(data, lexicon),
      keyphrase(data, lexicon),
      headings(data, lexicon),
      titles(data, lexicon),
      meta(data, lexicon),
      slug(data, lexicon),
      widths(data),
      checks(data, lexicon),
      merge(data, lexicon),
      blocks(data, lexicon) {}

namespace {
DataBundle bundle_for(const std::optional<std::filesystem::path>& rules_dir,
                      const std::optional<std::filesystem::path>& lexicon_dir) {
  DataBundle b = DataBundle::embedded();
  if (rules_dir) b.override_from(*rules_dir, "rules");
  if (lexicon_dir) b.override_from(*lexicon_dir, "lexicon");
  return b;
}
}  // namespace

Engine::Engine(const std::optional<std::filesystem::path>& rules_dir,
               const std::optional<std::filesystem::path>& lexicon_dir)
    : res_(std::make_unique<Resources>(bundle_for(rules_dir, lexicon_dir))) {}
Engine::~Engine() = default;
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;

std::string Engine::version() { return std::string("titraille ") + TITRAILLE_VERSION; }
std::string Engine::rules_digest() const { return res_->data.digest(); }

}  // namespace titraille

// titraille_stage_times: time per pipeline stage (and per part of Engine
// start-up), median of N runs, with std::chrono::steady_clock.
//
//   titraille_stage_times [--runs N] [--large-runs M] [--startup-runs K]
//
// The stages run in the order of Engine::rewrite (src/pipeline.cpp) on a
// Document set up the way Engine::rewrite sets it up; render(JSON) is timed
// as one more step. Inputs: the ~5 KB article and the ~1 MB corpus of
// bench/bench_inputs.h. Output: Markdown tables.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "bench_inputs.h"
#include "boilerplate.h"
#include "data.h"
#include "dedupe.h"
#include "directives.h"
#include "headings.h"
#include "keyphrase.h"
#include "meta.h"
#include "metadata.h"
#include "normalize.h"
#include "repair.h"
#include "report.h"
#include "resources.h"
#include "sections.h"
#include "segment.h"
#include "slug.h"
#include "title.h"
#include "titraille/render.h"
#include "titraille/titraille.h"

namespace {

using namespace titraille;
using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

using Stage = Document (*)(Document, Resources&);
const std::vector<std::pair<const char*, Stage>> kStages = {
    {"normalize", normalize}, {"directives", directives}, {"segment", segment},
    {"metadata", metadata},   {"boilerplate", boilerplate}, {"repair", repair},
    {"dedupe", dedupe},       {"sections", sections},     {"keyphrase", keyphrase},
    {"headings", headings},   {"title", title},           {"meta", meta},
    {"slug", slug},           {"report", report},
};
constexpr const char* kRender = "render (json)";

// The Document set-up of Engine::rewrite with default Options.
Document fresh_document(const std::string& input, Resources& res) {
  Document doc;
  doc.name = "bench";
  doc.input = input;
  doc.settings.repair_encoding = false;
  doc.settings.min_words = res.checks.default_min_words;
  return doc;
}

// times[stage][run] in ms; last row is render.
std::vector<std::vector<double>> time_stages(const std::string& input, Resources& res, int runs) {
  std::vector<std::vector<double>> times(kStages.size() + 1);
  const RenderInfo info{Engine::version(), res.data.digest()};
  for (int r = 0; r < runs; ++r) {
    Document doc = fresh_document(input, res);
    for (std::size_t i = 0; i < kStages.size(); ++i) {
      auto t0 = Clock::now();
      doc = kStages[i].second(std::move(doc), res);
      times[i].push_back(ms_since(t0));
      if (std::strcmp(kStages[i].first, "sections") == 0 && doc.sections.empty()) {
        std::fprintf(stderr, "titraille_stage_times: no article text found\n");
        std::exit(1);
      }
    }
    auto t0 = Clock::now();
    std::string json = render(doc, Format::Json, info);
    times.back().push_back(ms_since(t0));
    if (json.empty()) std::abort();
  }
  return times;
}

struct Part {
  const char* name;
  std::vector<double> ms;
};

// Engine start-up split into the members of Resources, built in the order of
// Resources::Resources (src/engine.cpp).
std::vector<Part> time_startup(int runs) {
  std::vector<Part> parts = {{"DataBundle::embedded", {}}, {"Lexicon", {}},        {"Tokenizer", {}},
                             {"Stemmer", {}},              {"FrenchGrammar", {}},  {"DirectiveRules", {}},
                             {"MetadataRules", {}},        {"BoilerplateRules", {}}, {"RepairRules", {}},
                             {"SectionRules", {}},         {"KeyphraseRules", {}}, {"HeadingRules", {}},
                             {"TitleRules", {}},           {"MetaRules", {}},      {"SlugRules", {}},
                             {"CheckRules", {}},           {"rules_digest", {}},   {"Engine (whole)", {}}};
  for (int r = 0; r < runs; ++r) {
    std::size_t i = 0;
    auto t0 = Clock::now();
    DataBundle data = DataBundle::embedded();
    parts[i++].ms.push_back(ms_since(t0));
    t0 = Clock::now();
    Lexicon lexicon(data);
    parts[i++].ms.push_back(ms_since(t0));
    t0 = Clock::now();
    Tokenizer tokenizer(lexicon);
    parts[i++].ms.push_back(ms_since(t0));
    auto one = [&](auto* tag) {
      using T = std::remove_pointer_t<decltype(tag)>;
      auto s = Clock::now();
      T built(data, lexicon);
      parts[i++].ms.push_back(ms_since(s));
    };
    one(static_cast<Stemmer*>(nullptr));
    one(static_cast<FrenchGrammar*>(nullptr));
    one(static_cast<DirectiveRules*>(nullptr));
    one(static_cast<MetadataRules*>(nullptr));
    one(static_cast<BoilerplateRules*>(nullptr));
    one(static_cast<RepairRules*>(nullptr));
    one(static_cast<SectionRules*>(nullptr));
    one(static_cast<KeyphraseRules*>(nullptr));
    one(static_cast<HeadingRules*>(nullptr));
    one(static_cast<TitleRules*>(nullptr));
    one(static_cast<MetaRules*>(nullptr));
    one(static_cast<SlugRules*>(nullptr));
    one(static_cast<CheckRules*>(nullptr));
    t0 = Clock::now();
    std::string digest = data.digest();
    parts[i++].ms.push_back(ms_since(t0));
    t0 = Clock::now();
    {
      Engine engine;
      parts[i++].ms.push_back(ms_since(t0));
    }
    if (digest.empty()) std::abort();
  }
  return parts;
}

int arg_int(int argc, char** argv, const char* name, int fallback) {
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], name) == 0) return std::max(1, std::atoi(argv[i + 1]));
  return fallback;
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = arg_int(argc, argv, "--runs", 101);
  const int large_runs = arg_int(argc, argv, "--large-runs", 5);
  const int startup_runs = arg_int(argc, argv, "--startup-runs", 51);
  try {
    const std::string small = bench::article_5kb();
    const std::string large = bench::corpus_1mb();
    Resources res(DataBundle::embedded());

    // Warm-up (ICU data, allocator), not counted.
    time_stages(small, res, 3);
    auto t_small = time_stages(small, res, runs);
    auto t_large = time_stages(large, res, large_runs);

    std::printf("## Per-stage time (median of %d runs for %s, %zu bytes; median of %d runs for the corpus, %zu bytes)\n\n",
                runs, bench::kArticleName, small.size(), large_runs, large.size());
    std::printf("| stage | ms, 5 KB | share, 5 KB | ms, 1 MB | share, 1 MB |\n");
    std::printf("|---|---:|---:|---:|---:|\n");
    double sum_small = 0, sum_large = 0;
    for (std::size_t i = 0; i < t_small.size(); ++i) {
      sum_small += median(t_small[i]);
      sum_large += median(t_large[i]);
    }
    for (std::size_t i = 0; i < t_small.size(); ++i) {
      const char* name = i < kStages.size() ? kStages[i].first : kRender;
      double a = median(t_small[i]), b = median(t_large[i]);
      std::printf("| %s | %.3f | %.1f%% | %.1f | %.1f%% |\n", name, a, 100 * a / sum_small, b, 100 * b / sum_large);
    }
    std::printf("| **sum of medians** | %.3f | 100%% | %.1f | 100%% |\n", sum_small, sum_large);
    std::printf("\n1 MB corpus throughput (pipeline without render): %.2f MB/s\n\n",
                (large.size() / 1e6) / ((sum_large - median(t_large.back())) / 1e3));

    auto parts = time_startup(startup_runs);
    std::printf("## Engine start-up (median of %d runs)\n\n| part | ms |\n|---|---:|\n", startup_runs);
    for (const Part& p : parts) std::printf("| %s | %.3f |\n", p.name, median(p.ms));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "titraille_stage_times: %s\n", e.what());
    return 1;
  }
  return 0;
}

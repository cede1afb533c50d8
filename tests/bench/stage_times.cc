// titraille_stage_times: time per pipeline stage (and per part of Engine
// start-up), median of N runs, with std::chrono::steady_clock.
//
//   titraille_stage_times [--runs N] [--large-runs M] [--startup-runs K]
//   titraille_stage_times --cold-only    one cold Engine start-up, "part<TAB>ms" lines
//   titraille_stage_times --cold-pipeline  one cold Engine and one cold run of the 5 KB
//                                        article: Engine, each stage and render, "step<TAB>ms"
//   titraille_stage_times --only STAGE [--large-runs M]  runs the stages before STAGE
//                                        once on the 1 MB corpus, then STAGE alone M times on
//                                        copies of that document (for a profiler), "STAGE<TAB>ms"
//
// The stages are those of Engine::rewrite, taken from stages() and start()
// of src/pipeline.h (so the driver cannot drift from the engine); render(JSON)
// is timed as one more step. Inputs: the ~5 KB article and the ~1 MB corpus of
// tests/bench/bench_inputs.h. Output: Markdown tables.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "bench_inputs.h"
#include "data.h"
#include "pipeline.h"
#include "resources.h"
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

constexpr const char* kRender = "render (json)";

// times[stage][run] in ms, one row per entry of stages() (src/pipeline.h:
// the stages and gates of Engine::rewrite, in order); last row is render.
std::vector<std::vector<double>> time_stages(const std::string& input, Resources& res, int runs) {
  const std::vector<Stage>& list = stages();
  std::vector<std::vector<double>> times(list.size() + 1);
  const RenderInfo info{Engine::version(), res.data.digest()};
  for (int r = 0; r < runs; ++r) {
    Document doc = start(input, "bench", Options{}, res);  // the set-up of Engine::rewrite
    for (std::size_t i = 0; i < list.size(); ++i) {
      auto t0 = Clock::now();
      doc = list[i].run(std::move(doc), res);
      times[i].push_back(ms_since(t0));
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
  bool cold_only = false, cold_pipeline = false;
  const char* only = nullptr;
  for (int i = 1; i < argc; ++i) {
    cold_only = cold_only || std::strcmp(argv[i], "--cold-only") == 0;
    cold_pipeline = cold_pipeline || std::strcmp(argv[i], "--cold-pipeline") == 0;
    if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc) only = argv[i + 1];
  }
  try {
    if (only) {
      const std::vector<Stage>& list = stages();
      auto it = std::find_if(list.begin(), list.end(), [&](const Stage& s) { return s.name == only; });
      if (it == list.end()) throw std::runtime_error(std::string("no stage named ") + only);
      Resources res(DataBundle::embedded());
      Document doc = start(bench::corpus_1mb(), "bench", Options{}, res);
      for (auto s = list.begin(); s != it; ++s) doc = s->run(std::move(doc), res);
      std::vector<double> ms;
      for (int r = 0; r < large_runs; ++r) {
        Document copy = doc;
        auto t0 = Clock::now();
        copy = it->run(std::move(copy), res);
        ms.push_back(ms_since(t0));
      }
      std::printf("%s\t%.3f\n", only, median(ms));
      return 0;
    }
    if (cold_pipeline) {
      // What a titraille process does after its start, each step timed once:
      // the first Engine, the first run of every stage, the first render.
      const std::string small = bench::article_5kb();
      auto t0 = Clock::now();
      Resources res(DataBundle::embedded());
      std::printf("Engine\t%.3f\n", ms_since(t0));
      const auto times = time_stages(small, res, 1);
      for (std::size_t i = 0; i < times.size(); ++i)
        std::printf("%s\t%.3f\n", i < stages().size() ? std::string(stages()[i].name).c_str() : kRender,
                    times[i].front());
      return 0;
    }
    if (cold_only) {
      // One cold start-up, as "part<TAB>ms" lines (tests/bench/measure.sh takes the
      // median over several processes).
      for (const Part& p : time_startup(1))
        if (std::strcmp(p.name, "Engine (whole)") != 0) std::printf("%s\t%.3f\n", p.name, p.ms.front());
      return 0;
    }
    // Start-up first, so that its first run is the cold start of the process.
    const std::vector<Part> startup = time_startup(startup_runs + 1);
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
      std::string name = i < stages().size() ? std::string(stages()[i].name) : kRender;
      double a = median(t_small[i]), b = median(t_large[i]);
      std::printf("| %s | %.3f | %.1f%% | %.1f | %.1f%% |\n", name.c_str(), a, 100 * a / sum_small, b, 100 * b / sum_large);
    }
    std::printf("| **sum of medians** | %.3f | 100%% | %.1f | 100%% |\n", sum_small, sum_large);
    std::printf("\n1 MB corpus throughput (pipeline without render): %.2f MB/s\n\n",
                (large.size() / 1e6) / ((sum_large - median(t_large.back())) / 1e3));

    std::printf("## Engine start-up, split into the members of Resources\n\n");
    std::printf("The first run is the first Engine of the process (cold: ICU data and caches loaded on first use;\n");
    std::printf("one sample, see --cold-only for more);\n");
    std::printf("the median is over the %d later runs (warm, what BM_EngineStartup sees).\n\n", startup_runs);
    std::printf("| part | ms, first run (cold) | ms, median (warm) |\n|---|---:|---:|\n");
    double cold_sum = 0, warm_sum = 0;
    for (const Part& p : startup) {
      std::vector<double> warm(p.ms.begin() + 1, p.ms.end());
      if (std::strcmp(p.name, "Engine (whole)") == 0) {
        std::printf("| **sum of the parts above** | %.3f | %.3f |\n", cold_sum, warm_sum);
        // Built right after the parts, so never cold: only the warm figure means something.
        std::printf("| Engine (whole, built after the parts) | – | %.3f |\n", median(warm));
        continue;
      }
      cold_sum += p.ms.front();
      warm_sum += median(warm);
      std::printf("| %s | %.3f | %.3f |\n", p.name, p.ms.front(), median(warm));
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "titraille_stage_times: %s\n", e.what());
    return 1;
  }
  return 0;
}

// Google Benchmark driver for titraille (see docs/performance.md).
//
//   BM_EngineStartup       constructing an Engine: loading and compiling every rule
//   BM_Article5KB          Engine::rewrite + render(JSON) on one ~5 KB article
//   BM_PipelineThroughput  Engine::rewrite on ~1 MB (all examples, repeated)
//   BM_IcuBaseline         bare ICU over the same ~1 MB: UTF-8 -> UTF-16, NFC,
//                          one word and one sentence BreakIterator pass (fr)
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "bench_inputs.h"
#include "titraille/render.h"
#include "titraille/titraille.h"

namespace {

using titraille::bench::article_5kb;
using titraille::bench::corpus_1mb;

const std::string& article() {
  static const std::string s = article_5kb();
  return s;
}
const std::string& corpus() {
  static const std::string s = corpus_1mb();
  return s;
}

void BM_EngineStartup(benchmark::State& state) {
  for (auto _ : state) {
    titraille::Engine engine;
    benchmark::DoNotOptimize(&engine);
  }
}
BENCHMARK(BM_EngineStartup)->Unit(benchmark::kMillisecond);

void BM_Article5KB(benchmark::State& state) {
  titraille::Engine engine;
  const titraille::RenderInfo info{titraille::Engine::version(), engine.rules_digest()};
  const std::string& input = article();
  std::size_t out_bytes = 0;
  for (auto _ : state) {
    titraille::Document doc = engine.rewrite(input, "article.txt", titraille::Options{});
    std::string json = titraille::render(doc, titraille::Format::Json, info);
    out_bytes = json.size();
    benchmark::DoNotOptimize(json.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(input.size()));
  state.counters["input_bytes"] = static_cast<double>(input.size());
  state.counters["json_bytes"] = static_cast<double>(out_bytes);
}
BENCHMARK(BM_Article5KB)->Unit(benchmark::kMillisecond);

void BM_PipelineThroughput(benchmark::State& state) {
  titraille::Engine engine;
  const std::string& input = corpus();
  for (auto _ : state) {
    titraille::Document doc = engine.rewrite(input, "corpus.txt", titraille::Options{});
    benchmark::DoNotOptimize(doc.sections.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(input.size()));
  state.counters["input_bytes"] = static_cast<double>(input.size());
}
BENCHMARK(BM_PipelineThroughput)->Unit(benchmark::kMillisecond);

void BM_IcuBaseline(benchmark::State& state) {
  const std::string& input = corpus();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::Locale fr("fr");
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(fr, status));
  std::unique_ptr<icu::BreakIterator> sentences(icu::BreakIterator::createSentenceInstance(fr, status));
  if (U_FAILURE(status)) {
    state.SkipWithError(u_errorName(status));
    return;
  }
  int64_t word_boundaries = 0, sentence_boundaries = 0;
  for (auto _ : state) {
    icu::UnicodeString us = icu::UnicodeString::fromUTF8(icu::StringPiece(input.data(), static_cast<int32_t>(input.size())));
    icu::UnicodeString normalized = nfc->normalize(us, status);
    word_boundaries = 0;
    words->setText(normalized);
    for (int32_t p = words->first(); p != icu::BreakIterator::DONE; p = words->next()) ++word_boundaries;
    sentence_boundaries = 0;
    sentences->setText(normalized);
    for (int32_t p = sentences->first(); p != icu::BreakIterator::DONE; p = sentences->next()) ++sentence_boundaries;
    benchmark::DoNotOptimize(word_boundaries);
    benchmark::DoNotOptimize(sentence_boundaries);
  }
  if (U_FAILURE(status)) state.SkipWithError(u_errorName(status));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(input.size()));
  state.counters["input_bytes"] = static_cast<double>(input.size());
  state.counters["word_boundaries"] = static_cast<double>(word_boundaries);
  state.counters["sentence_boundaries"] = static_cast<double>(sentence_boundaries);
}
BENCHMARK(BM_IcuBaseline)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

// The pipeline: every stage in order over one Document.
#include "pipeline.h"

#include <algorithm>

#include "blocks.h"
#include "boilerplate.h"
#include "dedupe.h"
#include "directives.h"
#include "headings.h"
#include "keyphrase.h"
#include "merge.h"
#include "meta.h"
#include "metadata.h"
#include "normalize.h"
#include "provenance.h"
#include "readability.h"
#include "repair.h"
#include "report.h"
#include "resources.h"
#include "sections.h"
#include "segment.h"
#include "slug.h"
#include "title.h"
#include "titraille/render.h"
#include "titraille/titraille.h"

namespace titraille {
namespace {

// Gate after "sections": an input with no article text left is unusable.
Document require_article(Document doc, Resources& res) {
  if (doc.sections.empty() || doc.words() < res.checks.min_article_words) {
    doc = report(std::move(doc), res);  // collects what was removed, for --explain
    throw Error(ExitCode::kUnusable,
                doc.name + ": no article text found (every line was recognised as boilerplate or instructions; "
                           "--explain lists why)",
                explain(doc));
  }
  return doc;
}

// Gate after "keyphrase": the title is built on the keyphrase.
Document require_keyphrase(Document doc, Resources&) {
  if (doc.keyphrase.empty())
    throw Error(ExitCode::kUnusable, doc.name + ": no content word in the article text to build a title on",
                explain(doc));
  return doc;
}

}  // namespace

const std::vector<Stage>& stages() {
  static const std::vector<Stage> list = {
      {"normalize", normalize},   {"directives", directives},
      {"segment", segment},       {"metadata", metadata},
      {"boilerplate", boilerplate}, {"repair", repair},
      {"dedupe", dedupe},         {"readability", readability},
      {"sections", sections},
      {"require-article", require_article},
      {"keyphrase", keyphrase},   {"require-keyphrase", require_keyphrase},
      {"headings", headings},     {"title", title},
      {"meta", meta},             {"slug", slug},
      {"typography", typography}, {"report", report},
      {"blocks", blocks},         {"provenance", provenance},
  };
  return list;
}

Document start(std::string input, std::string name, const Options& options, const Resources& res) {
  Document doc;
  doc.name = std::move(name);
  doc.input = std::move(input);
  doc.settings.repair_encoding = options.repair_encoding;
  doc.settings.keyphrase = options.keyphrase;
  if (options.keyphrase) doc.settings.keyphrase_from = "--keyphrase";
  if (options.min_words) {
    doc.settings.min_words = *options.min_words;
    doc.settings.min_words_forced = true;
  } else {
    doc.settings.min_words = res.checks.default_min_words;
  }
  return doc;
}

Document run_stages(Document doc, Resources& res, const StageObserver& after_each) {
  return run_stages(std::move(doc), res, stages().front().name, "", after_each);
}

Document run_stages(Document doc, Resources& res, std::string_view from, std::string_view until,
                    const StageObserver& after_each) {
  bool on = false;
  for (const Stage& stage : stages()) {
    if (stage.name == from) on = true;
    if (!until.empty() && stage.name == until) break;
    if (!on) continue;
    doc = stage.run(std::move(doc), res);
    if (after_each) after_each(stage.name);
  }
  return doc;
}

Document Engine::merge(std::vector<MergeInput> inputs, const Options& options, std::size_t primary) {
  if (inputs.empty()) throw Error(ExitCode::kUsage, "nothing to merge");
  if (primary >= inputs.size()) throw Error(ExitCode::kUsage, "the primary input is not among the inputs");
  std::rotate(inputs.begin(), inputs.begin() + static_cast<std::ptrdiff_t>(primary),
              inputs.begin() + static_cast<std::ptrdiff_t>(primary) + 1);
  std::vector<Document> docs;
  std::vector<std::string> skipped;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    std::string name = inputs[i].name;
    try {
      Document d = run_stages(start(std::move(inputs[i].input), std::move(name), options, *res_), *res_, "normalize",
                              "sections");
      std::size_t words = 0;
      for (const Block& b : d.blocks)
        if (b.kind == BlockKind::Article) words += b.words();
      if (words < res_->checks.min_article_words) {
        if (i == 0) {
          // The primary's failure is reported as for a single input.
          run_stages(std::move(d), *res_, "sections", "keyphrase");
          throw Error(ExitCode::kUnusable, inputs[i].name + ": no article text found");
        }
        skipped.push_back(d.name + ": no article text found");
        continue;
      }
      docs.push_back(std::move(d));
    } catch (const Error& e) {
      if (i == 0) throw;
      skipped.push_back(e.what());
    }
  }
  Document doc = merge_documents(std::move(docs), *res_);
  for (const std::string& s : skipped) doc.warnings.push_back("input skipped: " + s);
  doc = run_stages(std::move(doc), *res_, "sections", "");
  std::stable_sort(doc.removed.begin(), doc.removed.end(),
                   [](const Removed& a, const Removed& b) { return a.input < b.input; });
  return doc;
}

Document Engine::rewrite(std::string input, std::string name, const Options& options) {
  return run_stages(start(std::move(input), std::move(name), options, *res_), *res_);
}

}  // namespace titraille

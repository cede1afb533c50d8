// The pipeline: every stage in order over one Document.
#include "pipeline.h"

#include "boilerplate.h"
#include "dedupe.h"
#include "directives.h"
#include "headings.h"
#include "keyphrase.h"
#include "meta.h"
#include "metadata.h"
#include "normalize.h"
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
  };
  return list;
}

Document start(std::string input, std::string name, const Options& options, const Resources& res) {
  Document doc;
  doc.name = std::move(name);
  doc.input = std::move(input);
  doc.settings.repair_encoding = options.repair_encoding;
  doc.settings.keyphrase = options.keyphrase;
  if (options.min_words) {
    doc.settings.min_words = *options.min_words;
    doc.settings.min_words_forced = true;
  } else {
    doc.settings.min_words = res.checks.default_min_words;
  }
  return doc;
}

Document run_stages(Document doc, Resources& res, const StageObserver& after_each) {
  for (const Stage& stage : stages()) {
    doc = stage.run(std::move(doc), res);
    if (after_each) after_each(stage.name);
  }
  return doc;
}

Document Engine::rewrite(std::string input, std::string name, const Options& options) {
  return run_stages(start(std::move(input), std::move(name), options, *res_), *res_);
}

}  // namespace titraille

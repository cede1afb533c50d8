// The pipeline: every stage in order over one Document.
#include "boilerplate.h"
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

namespace titraille {

Document Engine::rewrite(std::string input, std::string name, const Options& options) {
  Resources& res = *res_;
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

  doc = normalize(std::move(doc), res);
  doc = directives(std::move(doc), res);
  doc = segment(std::move(doc), res);
  doc = metadata(std::move(doc), res);
  doc = boilerplate(std::move(doc), res);
  doc = repair(std::move(doc), res);
  doc = dedupe(std::move(doc), res);
  doc = sections(std::move(doc), res);
  if (doc.sections.empty() || doc.words() < res.checks.min_article_words) {
    doc = report(std::move(doc), res);  // collects what was removed, for --explain
    throw Error(ExitCode::kUnusable,
                doc.name + ": no article text found (every line was recognised as boilerplate or instructions; "
                           "--explain lists why)",
                explain(doc));
  }
  doc = keyphrase(std::move(doc), res);
  if (doc.keyphrase.empty())
    throw Error(ExitCode::kUnusable, doc.name + ": no content word in the article text to build a title on", explain(doc));
  doc = headings(std::move(doc), res);
  doc = title(std::move(doc), res);
  doc = meta(std::move(doc), res);
  doc = slug(std::move(doc), res);
  doc = report(std::move(doc), res);
  return doc;
}

}  // namespace titraille

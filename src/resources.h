// Everything a run needs besides the document: the rule and lexicon files,
// the word lists, the tokenizer and every stage's compiled rules. Built once
// per Engine.
#ifndef TITRAILLE_RESOURCES_H_
#define TITRAILLE_RESOURCES_H_

#include "blocks.h"
#include "boilerplate.h"
#include "data.h"
#include "directives.h"
#include "french.h"
#include "headings.h"
#include "keyphrase.h"
#include "language.h"
#include "lexicon.h"
#include "merge.h"
#include "meta.h"
#include "metadata.h"
#include "normalize.h"
#include "readability.h"
#include "repair.h"
#include "report.h"
#include "sections.h"
#include "slug.h"
#include "stemmer.h"
#include "title.h"
#include "tokenize.h"
#include "width.h"

namespace titraille {

struct Resources {
  explicit Resources(DataBundle bundle);

  DataBundle data;
  Lexicon lexicon;
  NormalizeRules normalize;
  Tokenizer tokenizer;
  Stemmer stemmer;
  FrenchGrammar french;
  LanguageId language;
  DirectiveRules directives;
  MetadataRules metadata;
  BoilerplateRules boilerplate;
  RepairRules repair;
  ReadabilityRules readability;
  SectionRules sections;
  KeyphraseRules keyphrase;
  HeadingRules headings;
  TitleRules titles;
  MetaRules meta;
  SlugRules slug;
  WidthTable widths;
  CheckRules checks;
  MergeRules merge;
  BlockRules blocks;
};

}  // namespace titraille

#endif  // TITRAILLE_RESOURCES_H_

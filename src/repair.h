// Stage 6, repair: splits words glued by a bad extraction where the evidence
// is clear, mends paragraphs cut off mid-sentence, balances guillemets and
// applies French typography (rules/repair.xml).
#ifndef TITRAILLE_REPAIR_H_
#define TITRAILLE_REPAIR_H_

#include <string>
#include <vector>

#include "lexicon.h"
#include "pattern.h"
#include "titraille/document.h"

namespace titraille {

struct Resources;

struct RepairRules {
  struct Replacement {
    std::string id;
    Pattern pattern;
    icu::UnicodeString with;
  };
  std::vector<Replacement> typography;
  // <inline>: what a page inserts inside a paragraph and is no article
  // text (« (Lire aussi : …) »): each match is cut out with its reason.
  struct Inline {
    std::string id, reason;
    Pattern pattern;
  };
  std::vector<Inline> inline_cuts;
  std::vector<const WordList*> capital_words, lower_left, lower_right;
  // <capital sentence="…">: a capitalised word of these lists glued to a
  // word in lower case opens a sentence whose full stop was lost
  // (« des véhiculesUne déviation » → « des véhicules. Une déviation »).
  std::vector<const WordList*> capital_sentence;
  std::size_t capital_min_left = 2, capital_min_caps = 3, camel_min_right = 4, lower_min_left = 3, lower_min_right = 2;
  std::size_t truncation_min_words = 6;
  std::size_t truncation_min_left = 3;  // fewer words left: the paragraph is removed

  RepairRules(const DataBundle& data, const Lexicon& lexicon);
};

// Each function returns the repaired text and appends the ids of the rules
// that changed it to `applied`.
// With `cut`, a capitalised word glued to a capitalised sentence opener at
// the start of a sentence (« …jeudi matin.ParisSelon le ministère… »), not a
// word of the lists, is a label left by the extraction (a dateline): it is
// cut out and appended to `cut` as ("dateline", word), not split off.
std::string split_glued_words(const std::string& text, const RepairRules& rules, std::vector<std::string>& applied,
                              std::vector<std::pair<std::string, std::string>>* cut = nullptr);
// `text` without the <inline> matches, each appended to `cut` as (reason, text).
std::string cut_inline(const std::string& text, const RepairRules& rules, std::vector<std::string>& applied,
                       std::vector<std::pair<std::string, std::string>>& cut);
std::string french_typography(const std::string& text, const RepairRules& rules, std::vector<std::string>& applied);
std::string balance_guillemets(const std::string& text, std::vector<std::string>& applied);
std::string lower_after_colon(const std::string& text, const RepairRules& rules, std::vector<std::string>& applied);

Document repair(Document doc, Resources& res);

// The French typography of repair, on what the pipeline generated: title,
// h1, generated headings, meta description.
Document typography(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_REPAIR_H_

// Stage 6, repair: splits words glued by a bad extraction where the evidence
// is clear, mends paragraphs cut off mid-sentence, balances guillemets and
// applies French typography (rules/repair.xml).
#ifndef TITRAILLE_REPAIR_H_
#define TITRAILLE_REPAIR_H_

#include <optional>
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
  // <live-time>: the time opening a post of a live page (« 20h48 Le préfet
  // a annoncé… »), rewritten as the sentence's opening phrase
  // (« À 20h48, le préfet… ») when at least live_min_lines article lines of
  // the page open with one.
  std::optional<Pattern> live_time;
  icu::UnicodeString live_with;
  std::size_t live_min_lines = 2;
  std::vector<const WordList*> capital_words, lower_left, lower_right;
  // <capital sentence="…">: a capitalised word of these lists glued to a
  // word in lower case opens a sentence whose full stop was lost
  // (« des véhiculesUne déviation » → « des véhicules. Une déviation »).
  std::vector<const WordList*> capital_sentence;
  std::size_t capital_min_left = 2, capital_min_caps = 3, camel_min_right = 4, lower_min_left = 3, lower_min_right = 2;
  std::size_t truncation_min_words = 6;
  std::size_t truncation_min_left = 3;  // fewer words left: the paragraph is removed
  // <truncation unfinished conjunctions verbs>: the words no sentence ends
  // with; the conjunctions that open a clause after a comma (« …, et le
  // maire »); the finite verbs that show a clause is whole.
  const WordList* unfinished = nullptr;
  const WordList* finite_verbs = nullptr;
  std::vector<std::string> conjunctions;
  // <truncation><complete-end>: how a paragraph without its full stop ends
  // when it is whole all the same (« …, a indiqué le maire », a closing
  // guillemet): it is given its full stop.
  std::vector<Pattern> complete_ends;

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
// `text` with its opening <live-time> rewritten (« À 20h48, le préfet… »),
// or `text` itself when it has none or the rules have no <live-time>.
std::string live_time(const std::string& text, const RepairRules& rules, std::vector<std::string>& applied);

Document repair(Document doc, Resources& res);

// The French typography of repair, on what the pipeline generated: title,
// h1, generated headings, meta description.
Document typography(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_REPAIR_H_

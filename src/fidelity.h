// Fidelity as a property: every number, date and capitalised name of an
// article occurs in one of its inputs. Numbers are compared as runs of digits
// ("120 000" and "22 h 40" are the runs 120/000 and 22/40, whatever the
// spacing and typography; a decimal number is one run, "1,2" or "1.2"); a capitalised word must occur as written in an
// input (or in capitals there, for a recased headline), except the first
// word of a sentence or heading, which may also occur in lower case, or be a
// word of the fixed text of a template of the rules (<template>, <fallback>,
// <source-prefix>, <title> elements, an `insert` attribute, the pronouns of
// a `…-pronouns` attribute).
#ifndef TITRAILLE_FIDELITY_H_
#define TITRAILLE_FIDELITY_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "titraille/document.h"

namespace titraille {

struct Resources;

class FactChecker {
 public:
  FactChecker(const std::vector<std::string>& inputs, Resources& res);
  // The numbers and names of `line` (one output line) no input has.
  std::vector<std::string> unsupported(std::string_view line) const;

 private:
  Resources& res_;
  std::set<std::string> digits_, words_, template_words_;
};

// Every unsupported number or name of the article's title, h1, meta
// description, headings, paragraphs and source-derived blocks, as
// "where: token". Empty when the article is faithful to its inputs.
std::vector<std::string> check_fidelity(const Document& doc, const std::vector<std::string>& inputs, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_FIDELITY_H_

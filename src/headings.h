// Stage 10, headings: a French subheading for every section that has none,
// from the templates of rules/headings.xml filled with the section's own
// salient phrase, agreed by rules/french.xml, in sentence case.
#ifndef TITRAILLE_HEADINGS_H_
#define TITRAILLE_HEADINGS_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "french.h"
#include "lexicon.h"
#include "phrases.h"
#include "titraille/document.h"

namespace titraille {

struct Resources;

struct HeadingRules {
  struct Template {
    std::string id, family, when, text;
    bool keyphrase = false;
  };
  std::vector<Template> templates;
  std::set<std::string> speech;
  std::vector<std::string> fallbacks;  // headings for a section no template fits
  std::size_t min_words = 3, max_words = 10;
  double keyphrase_share = 0.5;
  std::size_t max_phrase_words = 3;  // content words of a salient phrase
  double keyphrase_max_share = 0.75;  // never more headings with the keyphrase than this share
  // Word lists of the text-supported families (<frames>).
  const WordList* stake_nouns = nullptr;    // « craintes », « avenir »…
  const WordList* actor_verbs = nullptr;    // form -> present (« proposé » -> « propose »)
  const WordList* content_verbs = nullptr;  // form -> present (« prévu » -> « prévoit »)
  const WordList* stopwords = nullptr;
  std::set<std::string> not_passive;  // participles of « être » verbs: no agent after them (« devenu »)
  std::set<std::string> of_words;      // « de » and its forms: a stake noun's complement (« les craintes d’un exode »)
  std::set<std::string> to_words;      // « à » and its forms: the word before heads a locution (« face à »)
  std::set<std::string> agent_words;   // « par »: the agent after a participle
  std::set<std::string> subject_articles;  // « le », « la », « l’ »: a noun subject (« le texte prévoit »)

  HeadingRules(const DataBundle& data, const Lexicon& lexicon);
};

// A heading the section's own text supports, by family:
//   fact      a noun phrase and its participle with its agent, as written
//             (« le cessez-le-feu négocié par la Russie »)       slot {fact}
//   stake     a stake noun and its complement (« les craintes d’un exode
//             massif »)                                          slot {stake}
//   actor     a sentence's subject and its verb of wanting or saying
//             (« Bakou a proposé… »)                             slots {subject} {verb}
//   question  a subject and its verb of content (« le texte prévoit… »)
//                                                                slots {subject} {verb}
// The article is the definite one the text's determiner implies; {verb} is
// the present of the list's value.
struct HeadingFrame {
  std::string family;
  std::map<std::string, std::string> slots;
  std::string source;  // the sentence it comes from
};

std::vector<HeadingFrame> heading_frames(const std::vector<const Sentence*>& sentences, const HeadingRules& rules,
                                         const PhraseRules& phrases, const VerbForms& verbs);

Document headings(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_HEADINGS_H_

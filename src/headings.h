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
    // not-after-person="yes": never after a keyphrase that is a person's
    // name (« Lucas Marchetti : le vainqueur » would say who he is).
    bool not_after_person = false;
  };
  std::vector<Template> templates;
  std::set<std::string> speech;
  // A person's name is a speaker when a <speech> word follows it, past an
  // apposition between commas of at most `speech_reach` tokens and up to two
  // of `speech_auxiliaries` (« X, maire de Y, a déclaré », « X, qui a
  // annoncé »), or comes at most
  // `speech_reach` tokens before it with none of `speech_not_between`
  // between them (« a souligné la préfète, Mme X », « selon X », not « a
  // déclaré à France Inter »). `speech_before_only` words count only before
  // the name (« X…, selon les médias » is not X speaking).
  std::size_t speech_reach = 8;
  std::set<std::string> speech_auxiliaries, speech_not_between, speech_before_only;
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
  // A keyphrase is a person's name when it has two words or more, each
  // capitalised (particles apart), the first not in capitals nor one of
  // these common nouns (« Tempête Gaspard », « Banque de France »): <headings person-not="…">.
  const WordList* person_not = nullptr;
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

// Whether one of `sentences` gives the phrase of key `key` (its lower-case
// words) as a speaker (HeadingRules::speech_reach).
bool gives_as_speaker(const std::string& key, const std::vector<const Sentence*>& sentences, const HeadingRules& rules);
// Whether `phrase` is a person's name (HeadingRules::person_not).
bool is_person_name(const std::string& phrase, const HeadingRules& rules);

Document headings(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_HEADINGS_H_

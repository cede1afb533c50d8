// Stage 11, title: the SEO title (30-60 characters) and the h1, both leading
// with the keyphrase, in sentence case with proper nouns kept, never a copy
// of the source title (rules/titles.xml). An ALL-CAPS source title is recased
// from the casing the body uses for each word.
#ifndef TITRAILLE_TITLE_H_
#define TITRAILLE_TITLE_H_

#include <deque>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis.h"
#include "lexicon.h"
#include "pattern.h"
#include "titraille/document.h"

namespace titraille {

struct Resources;

struct TitleRules {
  std::size_t min_chars = 30, max_chars = 60, h1_max_chars = 90;
  std::size_t inner_max_offset = 0;  // characters before the keyphrase in an {inner} form
  long max_px = 600;  // widest title, Arial 20 px (Yoast's titleWidth)
  // Templates of this rank or lower say nothing of the story (« … : ce qu’il
  // faut savoir »): a source-read candidate cut at a word boundary beats them.
  int generic_rank = std::numeric_limits<int>::min();  // none unless the rules say
  std::vector<std::string> prepositions;  // longest first
  std::vector<std::string> trim_prepositions;  // open groups a long title may lose
  // <cut-before>: besides <trim>, the words before which a candidate read
  // from the source may be cut when only generic templates fit (« de »).
  std::vector<std::string> cut_before;
  // <fixed>: a preposition and a word that make a state, not a place or a
  // time (« en panne », « en jeu », « mis en examen »): never a group a
  // title loses.
  std::vector<std::string> fixed_locutions;
  // <coordination>: « et » and the like, and the function words (lexicon)
  // that may not follow them: « … et reprend la troisième place » is a
  // second predicate a long title may lose, « … et les Verts » is not.
  std::vector<std::string> coordinations;
  const WordList* coordination_not_before = nullptr;
  std::vector<std::string> predicate_elisions;  // <predicate-elisions>: a part opening with one has its subject before it
  std::vector<std::string> locutions;          // words that need their "de" ("près de")
  std::vector<std::string> articles;           // "le", "la", "les", "l’"
  Pattern cut;
  // Words of <cut> that open a complement, not a clause (<cut
  // complement="après avant">): {clause} and {part} go on across them.
  std::vector<std::string> complement_cuts;
  Pattern attribution;  // words that say who said it (« selon », « a déclaré »): never cut off
  Pattern site_suffix;  // a site's name after the headline (« … | Le Journal »)
  Pattern complement;   // « à » and an infinitive: no shortened form cuts before its end
  Pattern label;        // a label before the headline (« ENTRETIEN. », « DIRECT - »)
  Pattern kicker_dot;   // the full stop after a place that opens the headline (« Toulouse. Un… »)
  // « le chantier du téléphérique » loses « du téléphérique » when the
  // keyphrase heads the title: the prepositions, and the determiners the
  // noun before them must follow.
  std::vector<std::string> noun_complement, noun_determiners;
  // <participle-group>: a trailing group opened by a past participle that
  // qualifies the noun before it (« l’amende de 40 millions d’euros infligée
  // par la CNIL à Klivio »), when a word of `followed-by` or a <trim>
  // preposition follows the participle and `min-before` words or more come
  // before it: a long title may lose it. The participles and the nouns and
  // adjectives that end like them are the lexicon's (analysis::ParticipleWords).
  std::optional<analysis::ParticipleWords> participle_lists;
  std::vector<std::string> participle_followed_by;
  std::size_t participle_min_before = 0;
  const WordList* participle_not_after = nullptr;  // the word before may not be one of these
  // <incomplete-end>: a candidate never ends with one of `words` (a function
  // word: « …la nouvelle ligne de »), nor with one of `verbs` (a verb that
  // needs what follows it: « Ariane 6 met ») unless one of the two words
  // before it is one of `unless-after`, a determiner (« …sur la place »,
  // « …la troisième place »), nor, after any word, with one of `always` (the
  // plural forms of such verbs: « …les syndicats appellent »). Lower case.
  std::vector<std::string> incomplete_words, incomplete_verbs, incomplete_after, incomplete_always;
  // `negation`: a candidate whose last « ne » (or « n’ ») no word of
  // `negation-ends` follows is cut before the end of its negation (« …qu’elle
  // ne pourrait assurer » of « …ne pourrait assurer qu’un TGV sur deux »
  // says the opposite). Lower case; an elided word counts by its form
  // (« qu’ » of « qu’un »).
  std::vector<std::string> negation, negation_ends;
  bool ends_incomplete(std::string_view title) const;
  struct Template {
    std::string id, text;
    int rank = 0;
  };
  std::vector<Template> templates;
  // <accents lists="…">: a word of a title in capitals that the body does
  // not write takes its accents from these lists when they hold one
  // accented spelling of it and not the word without accents (« TRES » →
  // « très »), unless that spelling ends with one of `never-final` (« é »,
  // « és »: « PERTURBE » may be the verb as well as the participle).
  // Those spellings by their form without accents: the build-time table
  // (kAccentSeed) when the rules and the lists are the embedded ones, else
  // built at the first title in capitals (most articles have none).
  // accented() is empty when the table has no entry for `folded`.
  std::string_view accented(std::string_view folded) const;
  const WordList& accent_table() const;
  // Whether a spelling ends as a participle does (« adopté », « tués »: a
  // word of <accents participle-endings>, fr/participle-endings), and
  // whether a word is one of <accents verb-before>: the words a verb's
  // object opens with (« un », « le », « deux »…). A word of a title in
  // capitals before one is the verb, without the participle's accent.
  bool participle_ending(std::string_view spelled) const;
  bool verb_before(std::string_view lower) const { return verb_before_.count(std::string(lower)) > 0; }
  // Whether a lower-case word is one of the <accents> lists (French words).
  bool known_word(std::string_view lower) const;

  TitleRules(const DataBundle& data, const Lexicon& lexicon);

 private:
  std::vector<const WordList*> accent_lists_;
  std::vector<std::string> never_final_;
  std::set<std::string> verb_before_;
  const WordList* participle_endings_ = nullptr;
  bool accents_seeded_ = false;  // kAccentSeed applies
  mutable std::once_flag accented_once_;
  mutable WordList accented_;
  mutable std::deque<std::string> accent_keys_;  // the entries of a table built at run time
};

// The <accents> table of the embedded rules and lexicon, computed at build
// time by titraille_precompute (null in the tool itself).
extern const WordListSeed* const kAccentSeed;

// How the body writes its words away from a sentence start.
// Views of the document's tokens (and of `forms`): valid while the document is.
struct BodyCasing {
  std::unordered_map<std::string_view, std::string_view> usual;  // lower-case word -> its most frequent form
  std::unordered_set<std::string_view> seen;                      // every form written
  std::deque<std::string> forms;  // the forms that are no token's text (elided: « l’ »)
  // With `unaccented`: the usual form by the form without accents, for a
  // title in capitals that lost them (« PENURIE » -> « pénurie »); then,
  // when set, the <accents> table of `accents`.
  std::unordered_map<std::string, std::string_view> unaccented;
  const TitleRules* accents = nullptr;
};
BodyCasing body_casing(const Document& doc, bool unaccented = false);
// `title` with each word in the body's casing: a form the body also writes
// is kept ("les Arméniens" in a body where "arméniens" is more frequent, as
// an adjective), any other takes the body's usual form (all-caps words the
// body does not use are lower-cased); the first letter upper case.
std::string recase(const std::string& title, const std::vector<Token>& tokens, const BodyCasing& casing);

// `s` and its shorter forms, longest first: trailing groups opened by a
// <trim> preposition, a <coordination> or a <participle-group> participle
// dropped one by one while three words remain, never before the end of the
// last <complement>.
std::vector<std::string> shortened_forms(std::string s, const TitleRules& rules);

Document title(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_TITLE_H_

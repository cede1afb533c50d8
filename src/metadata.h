// Stage 4, metadata: moves dates, bylines, agency credits, datelines and the
// outlet's name out of the body into Document::metadata (rules/metadata.xml).
#ifndef TITRAILLE_METADATA_H_
#define TITRAILLE_METADATA_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lexicon.h"
#include "pattern.h"
#include "titraille/document.h"

namespace titraille {

struct Resources;

struct MetadataRules {
  struct Rule {
    std::string id;
    std::string kind;  // date: published|modified|relative
    bool check_place = true;
    bool repost = false;  // repost="true": an aggregator's date of its copy, used only when the page gives no other
    std::vector<Pattern> patterns;
  };
  std::vector<Rule> dates, bylines, credits, source_lines, datelines;
  Pattern separator;                         // <composite><separator>: between the pieces of a metadata line
  std::vector<Pattern> composite_ignored;    // <composite><ignore>: pieces that say nothing (« 0 Komentar »)
  Pattern author_separator;                  // <author-separator>: between the names of a byline's authors
  std::size_t composite_name_max_words = 4;  // <composite name-max-words>: longest name piece
  const WordList* months = nullptr;
  // Month names of other languages (aggregators' dates), from
  // <foreign-months lists="…">; the lists the lexicon lacks are skipped.
  std::vector<const WordList*> foreign_months;
  const WordList* places = nullptr;
  const WordList* stopwords = nullptr;  // stay in lower case inside a place recased from capitals
  const WordList* ui = nullptr;         // words of the page's interface: no outlet's name (« Accueil »)
  // text::fold(place) -> its spelling in the list; built on first use (only
  // a dateline candidate needs it).
  const std::map<std::string, std::string>& place_spellings() const;

  MetadataRules(const DataBundle& data, const Lexicon& lexicon);

 private:
  mutable std::optional<std::map<std::string, std::string>> place_spellings_;
};

// An ISO 8601 date from the groups of a date pattern, or nothing when the
// groups do not make a valid date.
std::optional<std::string> iso_date(const std::string& day, const std::string& month, const std::string& year,
                                    const std::string& hour, const std::string& minute, const std::string& tz,
                                    const WordList& months, const std::vector<const WordList*>& other_months = {});

Document metadata(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_METADATA_H_

// Stage 2, directives: recognises instructions written for a chatbot
// (rules/directives.xml), removes them, and turns what they ask for into
// Settings (minimum words, subheadings, a title to customise).
#ifndef TITRAILLE_DIRECTIVES_H_
#define TITRAILLE_DIRECTIVES_H_

#include <array>
#include <string>
#include <vector>

#include "lexicon.h"
#include "pattern.h"
#include "titraille/document.h"

namespace titraille {

struct Resources;

struct DirectiveRules {
  struct Directive {
    std::string id;
    std::string sets;  // setting changed: min_words, subheadings, customize_title, language, seo, rewrite
    bool strong = true;
    std::string hint;  // given to text glued after it
    std::vector<Pattern> patterns;
  };
  std::vector<Directive> directives;
  Pattern separator;
  Pattern vocabulary_start;
  std::vector<std::string> vocabulary;
  std::array<std::vector<std::size_t>, 256> vocabulary_by_byte;  // indices into vocabulary, by first byte
  std::size_t vocabulary_min = 2;
  std::vector<std::string> title_words;  // an instruction naming one of these is about the title

  DirectiveRules(const DataBundle& data, const Lexicon& lexicon);
};

// What the directives parser found in one line.
struct DirectiveMatch {
  bool prompt = false;          // the line is an instruction to remove
  std::size_t prompt_end = 0;   // bytes of the line that are instruction
  std::string rest;             // text kept after a glued instruction (before it when `trailing`)
  bool trailing = false;        // the instruction ends the line, glued to what precedes it
  std::string hint;
  std::vector<std::string> ids;  // directives found
  std::size_t min_words = 0;
  bool subheadings = false;
  bool customize_title = false;
  std::string keyphrase;  // a focus keyphrase the prompt names ("Focus keyword: vaccination")
};

DirectiveMatch match_directives(const DirectiveRules& rules, const std::string& line);

Document directives(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_DIRECTIVES_H_

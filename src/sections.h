// Stage 8, sections: turns the kept blocks into the article body: an
// introduction and sections under headings, cut by lexical cohesion
// (TextTiling-style) within the sizes of rules/sections.xml. Headings the
// source had are kept; paragraphs over the maximum are split at sentences.
#ifndef TITRAILLE_SECTIONS_H_
#define TITRAILLE_SECTIONS_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "lexicon.h"
#include "stemmer.h"
#include "titraille/document.h"

namespace titraille {

struct Resources;

struct SectionRules {
  std::size_t intro_min_words = 40, intro_max_words = 150;
  std::size_t min_words = 80, max_words = 300, target_words = 190, window = 2;
  double cohesion_weight = 1.0, size_weight = 1.0, short_penalty = 8.0;
  double list_cut_penalty = 50.0;  // a cut inside a list (an item after its lead-in or another item)
  bool source_headings_as_lead = true;

  SectionRules(const DataBundle& data, const Lexicon& lexicon);
};

// Stemmed content words of a paragraph with their counts.
using TermBag = std::map<std::string, double>;
TermBag content_terms(const Paragraph& p, const Stemmer& stemmer, const WordList& stopwords);
TermBag content_terms(const Sentence& s, const Stemmer& stemmer, const WordList& stopwords);
double cosine(const TermBag& a, const TermBag& b);
// Bags as (term id, weight) pairs, ids in the terms' sorted order, with their
// squared norms: for many cosines between the same bags. cosine() of two
// packed bags gives the same result as of the bags themselves.
struct PackedBag {
  std::vector<std::pair<std::uint32_t, double>> terms;
  double norm2 = 0;
};
std::vector<PackedBag> pack(const std::vector<TermBag>& bags);
double cosine(const PackedBag& a, const PackedBag& b);

// Whether `next` continues what `prev` opens or belongs to: anything after a
// lead-in ending « : » or « ; » (a list's items, a quoted post, the next
// item of an enumeration), or an item after another item (lines opening
// with a bullet or a number), or anything after a post's attribution line
// (Paragraph::post_attribution, from the boilerplate stage: the header
// « Préfet des Landes @Prefet40 » above the post's text). No section is cut
// between them.
bool joined(const Paragraph& prev, const Paragraph& next);

// Cuts paragraphs (word counts and term bags) into runs; returns the index
// where each run starts (the first is 0). joined[g] (when given) says that
// the gap before paragraph g is inside a list or after a lead-in: a cut
// there costs `list-cut-penalty`.
std::vector<std::size_t> cut_sections(const std::vector<std::size_t>& words, const std::vector<TermBag>& terms,
                                      const SectionRules& rules,
                                      const std::vector<char>& joined = {});

Document sections(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_SECTIONS_H_

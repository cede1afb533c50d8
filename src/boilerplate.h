// Stage 5, boilerplate: decides for every block whether it is article text,
// a heading, the title, or something to remove, and why (rules/boilerplate.xml;
// the language of each block comes from LanguageId, src/language.h).
#ifndef TITRAILLE_BOILERPLATE_H_
#define TITRAILLE_BOILERPLATE_H_

#include <optional>
#include <string>
#include <vector>

#include "language.h"
#include "lexicon.h"
#include "pattern.h"
#include "titraille/document.h"

namespace titraille {

struct Resources;

struct BoilerplateRules {
  struct Rule {
    std::string id;
    std::string reason;
    std::size_t max_words = 30;  // longer blocks are not tried
    bool search = false;         // match="find": anywhere in the block, not the whole block
    double core_penalty = -1;    // core-penalty: what a block it removes costs the article's core (-1: the default)
    // <related inline="true">: a header set inside the article (« Lire aussi »)
    // that opens one teaser or a few; a heading followed by article text
    // ends its list even right after a headline of it.
    bool inline_header = false;
    // after-article="true": only below the first article text (a label
    // that heads a teaser there is the page's own headline above it).
    bool after_article = false;
    // header="true": page furniture of an article's header (reading time,
    // share buttons, a paywall notice): a block it removes does not part
    // the lead from the paragraphs below (core-lead-gap).
    bool header = false;
    // offer="true": a sign-up or consent line; a heading-like line near it
    // that it quotes is the name of what it offers (a newsletter's).
    bool offer = false;
    // introduces-post="true": an embed line; a short line under it with a
    // <post-tag> is the embedded post's text.
    bool introduces_post = false;
    // post-time="true": the time a live page prints above a post (« 15 h 30 »):
    // the block gets the hint "post-time" (repair gives the time to the
    // post's text), and a heading right under it is the post's, no headline.
    bool post_time = false;
    // attribution="true": a post's header line (its author's name and
    // handle); kept when article text comes before it and the post's text,
    // kept, after it.
    bool attribution = false;
    // after-name="true": the rule matches only under a line of a name (a
    // post's author above its handle: « Préfet du Gard » / « @Prefet30 »),
    // which it removes too.
    bool after_name = false;
    // closes-post="true": a post's time line (« 12:47 PM · Apr 13, 2025 »);
    // a line between a post's header and it that reads as no French prose
    // is the post's text, removed with them.
    bool closes_post = false;
    // box-item="true": a line it removes (a match sheet's scorers) is an
    // item of a box of key figures when it comes in the run of lines under
    // a <figure-header>: kept there with the box.
    bool box_item = false;
    // self-contained="true" (a <figure-header>): its box is the article's
    // only when each line is a figure with what it counts (two words or
    // more), no bare figure under its label.
    bool self_contained = false;
    std::vector<Pattern> patterns;
  };
  std::vector<Rule> lines, related, teasers, readmore, ends, keeps;
  // <figure>: a line giving a figure (an amount, a share). A run of them,
  // each maybe under a short label line, introduced by article text ending
  // with a colon, is a box of key figures of the article.
  std::vector<Rule> figures;
  // <figure-header>: a heading that announces a table of results
  // (« Classement de l’étape », « Résultats du second tour »). Right after
  // article text, it introduces a run of <figure> and <ranked> lines (a
  // numbered rank, « Nom (liste) : 51,8 % »), kept as the article's.
  std::vector<Rule> figure_headers, ranked;
  // <table-row>: a row of a table whose figures close it (« Liste « Un
  // nouvel élan » (K. Benali) … 1 954 voix … 22,6 % »). Two rows or more
  // right after article text, each with French words, are the article's
  // even without a heading; under a <figure-header> they are rows too.
  std::vector<Rule> table_rows;
  // <note>: a line of the article's notes, its note mark ("(1)", "[1]") in
  // the group `mark`. The notes close the article when the mark is
  // referenced in its text or a <notes-header> line ("Notes") is right
  // above them.
  std::vector<Rule> notes, notes_headers;
  // <contents-header>: a table of contents' header (« Sommaire »).
  std::vector<Rule> contents_headers;
  // <section>: a widget of several lines (cookie banner, paywall notice,
  // author box). A block matching an <open> rule opens it; the blocks next
  // to it (after, then before) belong to it while they match a <member> rule
  // and have at most `member_max_words` words, up to `max_blocks` blocks.
  struct Section {
    std::string id;
    std::string reason;
    std::vector<Rule> opens;    // one per <open>: whole line by default (match="find")
    std::vector<Rule> members;  // one per <member>: anywhere in the block by default (match="whole")
    std::size_t member_max_words = 80;
    std::size_t max_blocks = 12;
    // opened-by-author="true": a block that starts with the name of an
    // author of the byline and matches a <member> pattern opens it too; the
    // byline's names are separated by commas and `author-separators` (« et »…).
    bool opened_by_author = false;
    std::vector<std::string> author_separators;
  };
  std::vector<Section> sections;
  std::size_t end_min_words = 150;  // article words needed before an <end> line counts
  const Rule* find_rule(const std::string& id) const;
  struct Thresholds {
    std::size_t heading_max_words = 12;
    std::size_t heading_max_words_no_comma = 20;
    std::size_t article_min_words = 8;
    std::size_t article_unpunctuated_min_words = 15;
    // A heading, a headline or an unpunctuated article line has at least
    // one French word in so many (names apart for a headline).
    std::size_t french_min_part = 3;
    std::size_t ui_max_words = 6;
    double ui_min_share = 0.5;
    std::size_t menu_min_words = 4;
    std::size_t head_chrome_max_words = 4;
    std::size_t name_max_words = 6;  // a line of a name (an outlet's) has at most so many words
    std::size_t related_max_words = 30;
    std::size_t related_excerpt_max_words = 80;  // longest teaser excerpt inside a related list
    std::size_t title_min_words = 5;
    std::size_t title_max_words = 25;
    std::size_t title_window = 6;  // undecided blocks searched above the first paragraph for the headline
    std::size_t headline_shared_words = 2;  // words a headline shares with the paragraph under it
    std::size_t kicker_max_words = 3;       // words before the colon of a teaser headline's kicker
    double core_gap_penalty = 12;    // what a chrome block costs the article's core
    double core_meta_penalty = 2;    // what a metadata line or a heading costs it
    // A related list of at most this many lines, after which the article
    // resumes, is an insert inside the article (each line costs the core
    // core_meta_penalty).
    std::size_t insert_max_items = 2;
    double core_open_weight = 0.5;   // weight of an unpunctuated article-like block's words
    std::size_t core_lead_gap = 4;   // chrome blocks allowed between a lead and the core
    // A heading of at most box-heading-words words between a paragraph of at
    // least box-lead-words words and a list announces that list, as a lead-in
    // ending « : » does (« Ce qu’il faut retenir » over « • … » items).
    std::size_t box_heading_words = 6, box_lead_words = 12;
    std::size_t embed_post_max_words = 60;  // longest text of a post under an embed line
  } limits;
  Pattern post_tag;  // <post-tag>: a hashtag or a handle in a post's text
  // <unfinished-end list="…">: a line ending with a word of the list (an
  // article, a preposition) is a sentence cut off, never a heading.
  const WordList* unfinished_end = nullptr;
  const WordList* ui = nullptr;
  // <outlet-name><exclude>: what a header line holds when it is no outlet's name (a menu's
  // arrow, a section of the site alone on its line); any one of them.
  std::vector<Pattern> outlet_excluded;
  const WordList* stopwords = nullptr;

  BoilerplateRules(const DataBundle& data, const Lexicon& lexicon);
};

// Features of one block, as the classifier and --explain see them.
struct BlockFeatures {
  std::size_t words = 0;
  bool terminal = false;      // ends like a sentence
  bool question = false;      // ends with ? or !
  bool comma = false;
  std::size_t french = 0;     // words found in the French lists
  std::size_t stop = 0;       // French stop words
  std::size_t foreign = 0;    // evidence for the best other language (LanguageGuess::foreign)
  std::string language;       // that language's code
  bool foreign_line = false;  // LanguageId decided the block is not French
  bool by_script = false;     // …from the script of its letters (foreign counts letters then)
  std::size_t ui = 0;         // UI words
  std::size_t capitalized = 0;
  std::string summary() const;
};

// `words`, when given, keeps LanguageId's word lookups for the next blocks.
BlockFeatures block_features(const Block& block, const BoilerplateRules& rules, const LanguageId& language,
                             LanguageId::Cache* words = nullptr);

Document boilerplate(Document doc, Resources& res);

}  // namespace titraille

#endif  // TITRAILLE_BOILERPLATE_H_

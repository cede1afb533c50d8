// The document model every pipeline stage reads and enriches.
//
// A Document starts as raw bytes and leaves the pipeline as an article: each
// stage fills the fields it owns (see docs/architecture.md for who owns what)
// and never rewrites another stage's decisions except through the fields below.
#ifndef TITRAILLE_DOCUMENT_H_
#define TITRAILLE_DOCUMENT_H_

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace titraille {

// A byte range [begin, end) in the normalized input text (Document::text).
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

enum class TokenKind { Word, Number, Punct };

struct Token {
  std::string text;   // as written (NFC)
  std::string lower;  // lower-cased, apostrophes folded to U+2019
  TokenKind kind = TokenKind::Word;
  bool capitalized = false;  // first letter upper case
  bool all_caps = false;     // two or more letters, all upper case
  bool elided = false;       // an elided article or pronoun: l’ d’ qu’ jusqu’…
  std::size_t offset = 0;    // byte offset in the block text
  // The form word lists hold: lower case, an elided word with its apostrophe
  // (« l’ », « qu’ »).
  std::string form() const { return elided ? lower + "\u2019" : lower; }
};

struct Sentence {
  std::string text;
  std::size_t offset = 0;  // byte offset in the block text
  std::vector<Token> tokens;
  std::size_t words() const;
};

// What the pipeline decided a block (one input line) is.
enum class BlockKind {
  Pending,  // not decided yet
  Article,  // body text
  Heading,  // a subheading the source already had
  Title,    // the source's title (moved to metadata.original_title)
  Removed,  // left out; see reason
};

struct Block {
  std::string text;       // current text, after repairs
  std::string original;   // text as it was in the normalized input
  Span span;              // where it came from in Document::text
  int line = 0;           // 1-based input line
  BlockKind kind = BlockKind::Pending;
  std::string reason;     // stable id of why it was removed or kept (see CONTRACT.md)
  std::string rule;       // the rule or features that decided it, for --explain
  double score = 0;       // classifier score (article likeness), for --explain
  bool truncated_start = false;  // starts mid-sentence
  // What an earlier stage knows: "title" after a title directive, "figure"
  // for a key figure or its label (a line of data, not running text),
  // "kept-line" for a line a rule keeps although it reads like chrome,
  // "post-attribution" for such a line naming a post's author (an embedded
  // post's signature, a copied post's header).
  std::string hint;
  std::vector<Sentence> sentences;  // filled by segment, refreshed after repair
  int input = 0;                  // index in Document::sources of a merged document (0 otherwise)
  std::size_t words() const;
};

struct Paragraph {
  std::string text;
  std::vector<Sentence> sentences;
  int source_line = 0;  // input line the paragraph came from
  bool from_heading = false;  // a subheading of the source, kept as the section's opening line
  bool post_attribution = false;  // a post's author line (hint "post-attribution"): no section is cut after it
};

struct Section {
  std::optional<std::string> heading;  // null only for the introduction
  std::string heading_origin;          // "source", or the template id that made it
  std::string heading_source;          // input sentence a generated heading came from
  std::string source_heading;          // the subheading the source had here, if any
  std::vector<Paragraph> paragraphs;
  std::size_t words() const;
};

struct Removed {
  std::string text;
  std::string reason;  // stable id: prompt, boilerplate.ui, duplicate, related...
  std::string rule;    // rule id or feature summary
  int line = 0;
  int input = 0;       // index in Document::sources of a merged document (0 otherwise)
};

struct Metadata {
  std::optional<std::string> date;           // ISO 8601 when known
  std::optional<std::string> date_modified;  // ISO 8601
  std::optional<std::string> date_text;      // a relative date left as printed, when no date was read
  std::optional<std::string> source;
  std::optional<std::string> dateline;
  std::optional<std::string> author;
  std::vector<std::string> authors;  // the author's names one by one, when it names several
  std::optional<std::string> agency;
  std::optional<std::string> original_title;
};

// What the user (or the prompt pasted with the text) asked for.
struct Settings {
  std::size_t min_words = 0;
  bool min_words_forced = false;  // set on the command line: directives do not change it
  bool subheadings = true;        // recorded; titraille always writes subheadings
  bool customize_title = false;   // recorded; the title never copies the source's anyway
  bool repair_encoding = false;
  std::optional<std::string> keyphrase;  // forced focus keyphrase
  std::string keyphrase_from;            // who forced it: "--keyphrase" or "directive" (a prompt's "Focus keyword: …")
  std::vector<std::string> directives;   // ids of the directives found, in input order
};

struct Check {
  std::string id;
  std::string status;  // good | ok | bad
  std::string detail;
};

// One line of --explain: what was generated or decided, and from what.
struct Trace {
  std::string stage;
  std::string what;    // e.g. "title", "h1", "heading 2", "meta description", "keyphrase"
  std::string text;    // the produced text
  std::string origin;  // the input sentence, rule or features it came from
  int line = 0;        // input line, when known
};

// Where a piece of the output comes from: an input (its index in
// Document::sources, or 0 for a single input), its line and a byte range of
// the input as read. `exact` is false when the text was repaired or
// generated and the range is the whole input line it rests on.
struct Origin {
  int input = 0;
  int line = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
  bool exact = true;
};

// One output item (title, h1, meta description, heading, paragraph, list item
// of a source-derived block) and the input pieces it came from.
struct Provenance {
  std::string kind;  // title | h1 | meta_description | heading | paragraph | item
  std::string where;  // "sections[2].paragraphs[0]", "blocks[1].items[3]"...
  std::string text;
  std::vector<Origin> origins;
};

// A sentence kept from one input of a merged document, with its line.
struct SourceSentence {
  std::string text;
  int line = 0;
};

// One input of a merged document (titraille --merge).
struct Source {
  std::string name;
  std::string input;                      // bytes as read
  std::optional<std::string> outlet;      // metadata.source of that input
  std::optional<std::string> title;       // metadata.original_title of that input
  std::vector<SourceSentence> sentences;  // article, heading and title sentences after cleaning
  std::size_t words = 0;                  // article words of that input alone
};

// A list built from extracted input sentences or fields ("L’essentiel",
// "Les chiffres clés", "Chronologie", "Les acteurs").
struct InfoBlock {
  std::string id;     // essentiel | chiffres | chronologie | acteurs
  std::string title;  // as printed
  std::vector<std::string> items;
};

struct SentencePhrases;  // src/phrases.h

struct Document {
  std::string name;   // input name for messages (the CLI passes "standard input" for stdin)
  std::string input;  // raw bytes as read
  std::string text;   // normalized UTF-8 text
  std::vector<Block> blocks;
  Settings settings;
  Metadata metadata;
  std::vector<Removed> removed;

  std::string keyphrase;
  std::string keyphrase_source;  // sentence the keyphrase was scored from
  // YAKE's score of each content word (lower case) of the source title and
  // the body, as the keyphrase stage computed it (lower is more salient);
  // the title stage ranks the body's phrases with the same scores. Not
  // rendered; empty when the keyphrase came from the command line.
  std::map<std::string, double> keyphrase_word_scores;
  // The noun phrases of the source title and the body, as the keyphrase
  // stage extracted them, for the title stage, which takes them (they hold
  // views of the sentences). Not rendered; null when the keyphrase came from
  // the command line.
  std::shared_ptr<SentencePhrases> keyphrase_phrases;
  std::vector<Section> sections;
  std::string title;
  std::string h1;
  std::string meta_description;
  std::string slug;
  std::vector<std::string> warnings;
  std::vector<Check> checks;
  std::vector<Trace> traces;

  std::vector<Source> sources;           // the inputs of a merged document; empty for one input
  std::vector<InfoBlock> info_blocks;    // source-derived blocks, in page order
  std::vector<Provenance> provenance;    // every output item and where it came from

  std::size_t words() const;  // body words, headings excluded
};

}  // namespace titraille

#endif  // TITRAILLE_DOCUMENT_H_

// UTF-8 text helpers shared by the stages: conversions to and from ICU
// strings, case mapping with the French locale, and character classes.
#ifndef TITRAILLE_TEXT_H_
#define TITRAILLE_TEXT_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <unicode/unistr.h>

namespace titraille::text {

icu::UnicodeString u(std::string_view utf8);
std::string utf8(const icu::UnicodeString& s);

std::string lower(std::string_view s);  // French locale
std::string upper(std::string_view s);  // French locale
// Comparison key: lower case, apostrophes as ’, quotes and dashes unified,
// runs of spaces (including non-breaking ones) as one ASCII space, trimmed.
std::string fold(std::string_view s);
// fold() without any accents either (for fuzzy equality of headlines).
std::string fold_ascii(std::string_view s);

std::string_view trim(std::string_view s);
std::string collapse_spaces(std::string_view s);  // any space run -> one ' '

// Code points.
std::size_t length(std::string_view s);
char32_t first_char(std::string_view s);
char32_t last_char(std::string_view s);
// The line opens an enumeration or goes on with one: it ends with the « ; »
// of an item or the « : » announcing items.
bool opens_list(std::string_view s);
// The mark a list item opens with, followed by a space: "1" for a number
// ("1.", "12)"), else the bullet itself ("•", "-", "–", "*", "▪", "▶"…);
// "" when the line is no list item.
std::string_view list_mark(std::string_view s);
// The line without its list mark and the space after it ("3) Grève et
// mobilisation" -> "Grève et mobilisation"), nor trailing footnote
// asterisks ("l’erreur*" -> "l’erreur").
std::string_view without_marks(std::string_view s);
// Byte offset of the start of the code point that ends at byte `end`.
std::size_t prev_char_start(std::string_view s, std::size_t end);

bool is_letter(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_digit(char32_t c);
bool is_space(char32_t c);  // including NBSP and NNBSP

// First letter upper / lower case, the rest unchanged; lower_first leaves
// a word that opens with two capitals (an acronym: « EDF », « SNCF »).
std::string capitalize_first(std::string_view s);
std::string lower_first(std::string_view s);

// True when s ends like a finished sentence: . ! ? … possibly followed by
// closing quotes or brackets.
bool ends_sentence(std::string_view s);
// True when s ends with an emoji (« Bonnes fêtes à tous 🎄 »): in a social
// post, the end of its sentence.
bool ends_with_emoji(std::string_view s);
// Whether `s` closes a « quotation » it did not open (a » before any «):
// the end of a quotation that a sentence before it opened.
bool closes_unopened_quote(std::string_view s);
// s without trailing closing quotes/brackets and spaces.
std::string_view strip_closers(std::string_view s);

bool starts_with_upper(std::string_view s);
bool starts_with_lower(std::string_view s);
// Whether `word` is one of the words of `list` (a rules attribute's words).
bool listed(const std::vector<std::string>& list, std::string_view word);
// Whether `word` ends with one of `endings` and has at least `min_stem`
// bytes before it (« poursuivie » ends with « ie »; « ie » alone does not).
bool ends_with_any(std::string_view word, const std::vector<std::string>& endings, std::size_t min_stem);
// Two or more letters and no lower-case letter.
bool is_all_caps(std::string_view s);
// Well-formed UTF-8: no truncated sequence, overlong form, surrogate or code
// point over U+10FFFF.
bool valid_utf8(std::string_view s);

std::vector<std::string_view> split_lines(std::string_view s);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
// The pieces between ASCII white space (space, tab, line breaks), as the word
// lists written in a rule attribute or element are read.
std::vector<std::string> split_words(std::string_view s);

void append_utf8(std::string& out, char32_t c);
// next_char of a character beyond ASCII.
char32_t next_multibyte_char(std::string_view s, std::size_t& i);
// The code point at byte i (U+FFFD for a bad byte); i moves past it.
inline char32_t next_char(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {  // ASCII, most characters of a text, decoded in place
    ++i;
    return b;
  }
  return next_multibyte_char(s, i);
}
// The elided word a word opens with, apostrophe ’ included (« l’ », « d’ »,
// « qu’ »: at most three bytes before the ’), and the rest of the word:
// « l’amende » gives « l’ » and « amende »; a word without one gives an
// empty elision and itself.
std::pair<std::string_view, std::string_view> split_elision(std::string_view word);

// Byte offset of the first capital letter directly after a lower-case one
// ("référencementCanicule": a word glued to the next), within the first
// max_chars code points; npos when there is none.
std::size_t case_glue(std::string_view s, std::size_t max_chars = std::string_view::npos);

}  // namespace titraille::text

#endif  // TITRAILLE_TEXT_H_

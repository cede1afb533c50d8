#include "repair.h"

#include <algorithm>
#include <sstream>

#include <unicode/utf8.h>

#include "resources.h"
#include "segment.h"
#include "text.h"

namespace titraille {
namespace {

std::vector<const WordList*> lists(const Lexicon& lexicon, std::string_view names) {
  std::vector<const WordList*> out;
  std::istringstream in{std::string(names)};
  std::string name;
  while (in >> name) out.push_back(&lexicon.list(name));
  return out;
}

bool known(const std::vector<const WordList*>& lists, std::string_view word) {
  for (const WordList* l : lists)
    if (l->contains(word)) return true;
  return false;
}

}  // namespace

RepairRules::RepairRules(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/repair.xml");
  pugi::xml_node root = file.root();
  if (pugi::xml_node c = root.child("glue").child("capital")) {
    capital_words = lists(lexicon, c.attribute("words").as_string());
    capital_min_left = c.attribute("min-left").as_uint(2);
    capital_min_caps = c.attribute("min-caps").as_uint(3);
    capital_sentence = lists(lexicon, c.attribute("sentence").as_string());
    camel_min_right = c.attribute("camel-min-right").as_uint(4);
  }
  if (pugi::xml_node l = root.child("glue").child("lower")) {
    lower_left = lists(lexicon, l.attribute("left").as_string());
    lower_right = lists(lexicon, l.attribute("right").as_string());
    lower_min_left = l.attribute("min-left").as_uint(3);
    lower_min_right = l.attribute("min-right").as_uint(2);
  }
  pugi::xml_node truncation = root.child("truncation");
  truncation_min_words = truncation.attribute("min-words").as_uint(6);
  truncation_min_left = truncation.attribute("min-left").as_uint(3);
  unfinished = &lexicon.list(truncation.attribute("unfinished").as_string("fr/unfinished-ends"));
  finite_verbs = &lexicon.list(truncation.attribute("verbs").as_string("fr/finite-verbs"));
  conjunctions = text::split_words(truncation.attribute("conjunctions").as_string());
  for (pugi::xml_node e : truncation.children("complete-end")) complete_ends.push_back(file.pattern(e, "complete-end"));
  for (pugi::xml_node r : root.child("inline").children("cut")) {
    std::string id = r.attribute("id").as_string("cut");
    inline_cuts.push_back({id, r.attribute("reason").as_string("related"), file.pattern(r, id)});
  }
  if (pugi::xml_node l = root.child("live-time")) {
    live_time.emplace(file.pattern(l, "live-time"));
    live_with = text::u(l.attribute("with").as_string()).unescape();
    live_min_lines = l.attribute("min-lines").as_uint(2);
  }
  for (pugi::xml_node r : root.child("typography").children("replace")) {
    std::string id = r.attribute("id").as_string("replace");
    typography.push_back({id, file.pattern(r, id), text::u(r.attribute("with").as_string()).unescape()});
  }
}

namespace {

// The character classes of the glue check, as ICU answers them (u_isalpha,
// u_islower, u_isupper: no title case), ASCII without ICU.
bool glue_alpha(char32_t c) {
  return c < 0x80 ? (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') : u_isalpha(static_cast<UChar32>(c));
}
bool glue_lower(char32_t c) { return c < 0x80 ? c >= U'a' && c <= U'z' : u_islower(static_cast<UChar32>(c)); }
bool glue_upper(char32_t c) { return c < 0x80 ? c >= U'A' && c <= U'Z' : u_isupper(static_cast<UChar32>(c)); }
bool glue_word_char(char32_t c) { return glue_alpha(c) || c == '-' || c == 0x2019 || c == '\''; }

// Where a word (a run of word characters of valid UTF-8, `units` UTF-16
// code units long) is split, as a byte offset in it, or npos. Lengths the
// rules give in code units are counted in UTF-16 units, as ICU's strings
// count them.
// `transition`: the word has a lower-case letter followed by a capital;
// `all_lower`: all its characters are lower-case letters.
std::size_t glue_split(std::string_view word, std::size_t units, bool transition, bool all_lower,
                       const RepairRules& rules, bool& lower_glue) {
  // A lower -> upper transition where the right part is a known word or a
  // run of capitals.
  if (transition) {
    std::size_t i = 0, left_chars = 0;
    char32_t prev = text::next_char(word, i);
    bool left_lower = glue_lower(prev);  // the part before the transition is all lower case
    bool camel = false;                  // the part before has a transition of its own (« BlaBla », « McDonald »)
    for (++left_chars; i < word.size(); ++left_chars) {
      const std::size_t k = i;
      const char32_t cur = text::next_char(word, i);
      const bool transition = glue_lower(prev) && glue_upper(cur);
      const bool lower_before = left_lower, camel_before = camel;
      left_lower = left_lower && glue_lower(cur);
      camel = camel || transition;
      prev = cur;
      if (!transition || left_chars < rules.capital_min_left) continue;
      // The right part's first word: its letters up to the next non-letter.
      std::size_t letters = 0, caps = 0, e = k;
      for (std::size_t q = k; q < word.size();) {
        const char32_t c = text::next_char(word, q);
        if (!glue_alpha(c)) break;
        ++letters;
        if (glue_upper(c)) ++caps;
        e = q;
      }
      // A name written in camel case ends with a short word (« BlaBlaCar »,
      // « TripAdvisorOr »?): only a longer one is taken as glued to it.
      if (camel_before && caps != letters && letters < rules.camel_min_right) continue;
      // (Or a known word in lower case glued to a name: « deQuimper ».)
      // (« À » is the one word of a letter that opens a sentence.)
      const std::string right = text::lower(word.substr(k, e - k));
      // So does a capitalised part that is no word, before a short word
      // that opens no sentence: a name (« VigiEau »), not « RouenLa ».
      if (!lower_before && caps != letters && letters < rules.camel_min_right &&
          !known(rules.capital_sentence, right) && !known(rules.capital_words, text::lower(word.substr(0, k))))
        continue;
      if ((caps == letters && caps >= rules.capital_min_caps) ||
          (letters >= 2 && known(rules.capital_words, right)) ||
          (letters == 1 && known(rules.capital_sentence, right)) ||
          (letters >= 2 && lower_before && known(rules.capital_words, word.substr(0, k))))
        return k;
    }
  }
  // An unknown lower-case word made of a left and a right word.
  if (units < 5 || !all_lower || known(rules.capital_words, word)) return std::string_view::npos;
  // Each code point boundary of the word: (UTF-16 index, byte offset).
  thread_local std::vector<std::pair<std::size_t, std::size_t>> cuts;
  cuts.clear();
  for (std::size_t i = 0, k = 0;;) {
    cuts.emplace_back(k, i);
    if (i == word.size()) break;
    k += text::next_char(word, i) > 0xFFFF ? 2 : 1;
  }
  for (auto it = cuts.rbegin(); it != cuts.rend(); ++it) {
    const auto [k, byte] = *it;
    if (k + rules.lower_min_right > units) continue;
    if (k < rules.lower_min_left) break;
    if (known(rules.lower_left, word.substr(0, byte)) && known(rules.lower_right, word.substr(byte))) {
      lower_glue = true;
      return byte;
    }
  }
  return std::string_view::npos;
}

// Whether a word starting at byte `b` of `s` opens a sentence: the start of
// the text, or the end of a sentence before it.
bool at_sentence_start(std::string_view s, std::size_t b) {
  const std::string_view before = text::trim(s.substr(0, b));
  return before.empty() || text::ends_sentence(before);
}

// Puts the word of `out` at byte `w` (after the spaces there) in lower case
// when it is a capitalised common word (of the glue's `words` lists), not a
// name; returns whether it did. « L’annonce », « D’autres »: an elided word
// goes with the word after it, which is a common one when written in lower
// case or listed (not « L’Oréal »), or an acronym (« l’ARS »).
bool lower_common_word(std::string& out, std::size_t w, const RepairRules& rules) {
  while (w < out.size() &&
         (out[w] == ' ' || static_cast<unsigned char>(out[w]) == 0xC2 || static_cast<unsigned char>(out[w]) == 0xA0))
    ++w;
  std::size_t e = w;
  while (e < out.size() && out[e] != ' ' && out[e] != ',' && out[e] != ':') ++e;
  std::string word = out.substr(w, e - w);
  std::string judged = word;
  bool lower_after = false;
  bool acronym = false;  // « L’ARS », « D’EDF »: the article goes in lower case, not the acronym
  if (const auto [elision, rest] = text::split_elision(word); !elision.empty() && !rest.empty()) {
    judged = rest;
    lower_after = text::starts_with_lower(judged);
    acronym = text::length(rest) >= 2 && text::is_all_caps(rest) && !text::is_all_caps(out);  // (not in a line in capitals)
  }
  if (word.empty() || !text::starts_with_upper(word) || (text::is_all_caps(word) && !acronym) ||
      !(lower_after || acronym || known(rules.capital_words, text::lower(judged))))
    return false;
  out = out.substr(0, w) + text::lower_first(word) + out.substr(e);
  return true;
}

}  // namespace

std::string split_glued_words(const std::string& input, const RepairRules& rules, std::vector<std::string>& applied,
                              std::vector<std::pair<std::string, std::string>>* cut) {
  // Ill-formed bytes are read as U+FFFD, as ICU reads them: the text split
  // is then the text with each replaced.
  const bool valid = text::valid_utf8(input);
  const std::string canonical = valid ? std::string() : text::utf8(text::u(input));
  const std::string_view s = valid ? std::string_view(input) : std::string_view(canonical);
  std::string out;
  std::size_t copied = 0;  // bytes of s already in out
  bool changed = false;
  for (std::size_t i = 0; i < s.size();) {
    // One run of word characters, and its length in UTF-16 units.
    const std::size_t b = i;
    std::size_t units = 0;
    bool prev_lower = false, transition = false, all_lower = true;
    while (i < s.size()) {
      std::size_t next = i;
      const char32_t c = text::next_char(s, next);
      if (!glue_word_char(c)) break;
      const bool lower = glue_lower(c);
      transition = transition || (prev_lower && glue_upper(c));
      all_lower = all_lower && lower;
      prev_lower = lower;
      units += c > 0xFFFF ? 2 : 1;
      i = next;
    }
    if (i == b) {
      text::next_char(s, i);
      continue;
    }
    if (!transition && (!all_lower || units < 5)) continue;  // nothing to split
    // A handle or a hashtag is written as its owner wrote it (« @GonesNation »,
    // « #JeSuisCharlie »); so is a word of an address (« …/LeMonde »).
    if (b > 0 && (s[b - 1] == '@' || s[b - 1] == '#' || s[b - 1] == '/')) continue;
    bool lower_glue = false;
    const std::size_t split = glue_split(s.substr(b, i - b), units, transition, all_lower, rules, lower_glue);
    if (split == std::string_view::npos) continue;
    const std::string_view left = s.substr(b, split);
    std::size_t first = 0;
    if (cut && !lower_glue && glue_upper(text::next_char(left, first)) && at_sentence_start(s, b) &&
        !known(rules.capital_words, text::lower(left))) {
      // « ParisSelon le ministère »: the label goes, the sentence stays.
      cut->emplace_back("dateline", std::string(left));
      out.append(s, copied, b - copied);
      copied = b + split;
      changed = true;
      applied.push_back("glue.label");
      continue;
    }
    // A sentence whose full stop went with the line break: « véhiculesUne ».
    const std::string_view right = s.substr(b + split, i - b - split);
    std::size_t r0 = 0, l_last = text::prev_char_start(left, left.size());
    const bool sentence = !lower_glue && glue_upper(text::next_char(right, r0)) &&
                          glue_lower(text::next_char(left, l_last)) && known(rules.capital_sentence, text::lower(right));
    out.append(s, copied, b + split - copied);
    out += sentence ? ". " : " ";
    copied = b + split;
    changed = true;
    applied.push_back(lower_glue ? "glue.lower" : sentence ? "glue.sentence" : "glue.capital");
  }
  if (!changed) return input;
  out.append(s, copied, s.size() - copied);
  return out;
}

std::string cut_inline(const std::string& input, const RepairRules& rules, std::vector<std::string>& applied,
                       std::vector<std::pair<std::string, std::string>>& cut) {
  std::string out = input;
  icu::UnicodeString u = text::u(out);  // out in UTF-16, converted again only when a rule cuts
  for (const RepairRules::Inline& r : rules.inline_cuts) {
    int32_t b = 0, e = 0;
    bool changed = false;
    icu::UnicodeString kept;
    int32_t from = 0;
    while (from < u.length() && r.pattern.find(u, from, b, e) && e > b) {
      kept.append(u, from, b - from);
      cut.emplace_back(r.reason, std::string(text::trim(text::utf8(u.tempSubString(b, e - b)))));
      from = e;
      changed = true;
    }
    if (!changed) continue;
    kept.append(u, from, u.length() - from);
    out = text::collapse_spaces(text::trim(text::utf8(kept)));
    u = text::u(out);
    applied.push_back("inline." + r.id);
  }
  return out;
}

std::string french_typography(const std::string& input, const RepairRules& rules, std::vector<std::string>& applied) {
  icu::UnicodeString s = text::u(input);
  bool changed = false;
  for (const auto& r : rules.typography) {
    icu::UnicodeString replaced = r.pattern.replace_all(s, r.with);
    // A subject left as it was comes back sharing its buffer.
    if (replaced.getBuffer() != s.getBuffer() && replaced != s) {
      s = std::move(replaced);
      changed = true;
      applied.push_back("typography." + r.id);
    }
  }
  // A line no rule changed is given back as it came, unless it has
  // ill-formed bytes (they are U+FFFD in the UTF-16 text).
  return changed || !text::valid_utf8(input) ? text::utf8(s) : input;
}

std::string balance_guillemets(const std::string& input, std::vector<std::string>& applied) {
  int depth = 0;
  bool unmatched_close = false;
  std::size_t i = 0;
  while (i < input.size()) {
    char32_t c = text::next_char(input, i);
    if (c == U'«') ++depth;
    if (c == U'»') {
      if (depth == 0) unmatched_close = true;
      else --depth;
    }
  }
  if (depth <= 0 || unmatched_close) return input;
  std::string out = input;
  for (int k = 0; k < depth; ++k) out += "\u202F»";
  applied.push_back("guillemets.close");
  return out;
}

std::string lower_after_colon(const std::string& input, const RepairRules& rules, std::vector<std::string>& applied) {
  // "Tensions à Stepanakert : Des tirs…": French does not capitalise after a
  // colon; a capitalised common word there is put in lower case.
  std::string out = input;
  std::size_t at = 0;
  while ((at = out.find(":", at)) != std::string::npos) {
    ++at;
    if (lower_common_word(out, at, rules)) applied.push_back("typography.lower-after-colon");
  }
  return out;
}

std::string live_time(const std::string& input, const RepairRules& rules, std::vector<std::string>& applied) {
  if (!rules.live_time) return input;
  const icu::UnicodeString s = text::u(input);
  const int32_t end = rules.live_time->prefix(s);
  if (end <= 0) return input;
  // (The pattern starts with ^: only the opening is replaced.)
  const icu::UnicodeString replaced = rules.live_time->replace_all(s, rules.live_with);
  std::string out = text::utf8(replaced);
  // The post's first word, after the new opening, now goes on the sentence:
  // in lower case unless a name.
  lower_common_word(out, out.size() - text::utf8(s.tempSubString(end)).size(), rules);
  applied.push_back("live-time");
  return out;
}

namespace {

// Byte offset just after the last ". " (or ! ? …) that ends a word of three
// letters or more, or npos: where a finished sentence stops before a
// fragment the sentence iterator did not separate ("…l’Arménie. « toutes").
std::size_t last_sentence_end(const std::string& t) {
  for (std::size_t i = t.size(); i-- > 1;) {
    if (t[i] != ' ') continue;
    std::string_view head = text::trim(std::string_view(t).substr(0, i));
    if (!text::ends_sentence(head)) continue;
    std::string_view core = text::strip_closers(head);
    core.remove_suffix(core.size() - text::prev_char_start(core, core.size()));
    std::size_t letters = 0;
    for (std::size_t k = core.size(); k > 0 && letters < 3;) {
      k = text::prev_char_start(core, k);
      if (!text::is_letter(text::first_char(core.substr(k)))) break;
      ++letters;
    }
    if (letters >= 3) return i;
  }
  return std::string::npos;
}

// Whether `clause` holds a finite verb of the list (« la facture sera
// partagée »): a clause of its own, not the start of one (« et le maire »).
bool has_finite_verb(std::string_view clause, const RepairRules& rules, Resources& res) {
  for (const Sentence& s : res.tokenizer.sentences(clause))
    for (const Token& k : s.tokens)
      if (k.kind == TokenKind::Word && rules.finite_verbs->contains(k.form())) return true;
  return false;
}

// The comma of `t` (after `last_start`, where its last sentence starts)
// whose clause after it dangles, or npos: a clause cut off (`cut_word`) or
// opened by a conjunction without a verb of its own, with at least
// <truncation min-words> words of its sentence before it.
std::size_t dangling_comma(const std::string& t, std::size_t last_start, bool cut_word, Resources& res) {
  const RepairRules& rules = res.repair;
  const std::size_t comma = t.rfind(',');
  if (comma == std::string::npos || comma <= last_start) return std::string::npos;
  const std::string_view clause = text::trim(std::string_view(t).substr(comma + 1));
  const std::string opener = text::lower(clause.substr(0, clause.find(' ')));
  const bool conjunction =
      std::find(rules.conjunctions.begin(), rules.conjunctions.end(), opener) != rules.conjunctions.end();
  if (!cut_word && !(conjunction && !has_finite_verb(clause, rules, res))) return std::string::npos;
  return res.tokenizer.count_words(std::string_view(t).substr(last_start, comma - last_start)) >=
                 rules.truncation_min_words
             ? comma
             : std::string::npos;
}

// Whether an article line (`t`, its text now) is a line of data or an enumeration's, not running
// text: an item (« … ; », « • … »), the line announcing a list (« … : »), a
// key figure or its label, a <keep> line (an embedded post's signature).
bool open_by_nature(const Block& b, std::string_view t) {
  return b.hint == "figure" || b.hint == "kept-line" || b.hint == "post-attribution" || text::opens_list(t) || !text::list_mark(t).empty();
}

// `listed`: the article line before ends with « ; » or « : », so a line
// starting in lower case is the next item of an enumeration, not a
// paragraph whose beginning was lost.
// A paragraph without its final punctuation is whole (« …, a indiqué le
// maire », « …nous n’attendrons pas » »: it gets its full stop), or lost its
// end with the extraction: a dangling clause after a comma, opened by a
// conjunction, with no verb or cut off (« …du risque, et le maire », « …,
// mais les représentants ont quitté la salle sans »), is left out; so is a
// last sentence cut off on a word no sentence ends with (« …la réouverture
// des ») or a fragment after a finished sentence (« …la décision. « une
// erreur »), when a sentence precedes it. Whatever is left out is listed
// and said in a warning. A paragraph still unfinished that another one of
// the article follows (`followed`), whose last sentence has a verb and ends
// on a word a sentence may end with, gets its full stop; else it is kept
// whole and ends with « … ».
std::string mend_truncation(std::string t, Block& b, bool listed, bool followed, Document& doc, Resources& res,
                            std::vector<std::string>& applied) {
  const RepairRules& rules = res.repair;
  // A line of data or of an enumeration is no cut-off sentence; nor is a
  // post's line ending with an emoji.
  if (!open_by_nature(b, t) && !text::ends_sentence(t) && !text::ends_with_emoji(t)) {
    // Where the last sentence starts (0: the paragraph is one sentence).
    const std::vector<Sentence> sentences = res.tokenizer.sentences(t);
    std::size_t last_start = 0;
    if (sentences.size() >= 2)
      last_start = sentences.back().offset;
    else if (std::size_t stop = last_sentence_end(t); stop != std::string::npos)
      last_start = stop;
    if (const std::size_t before = last_start > 0 ? res.tokenizer.count_words(t.substr(0, last_start)) : 0;
        last_start > 0 && before < rules.truncation_min_left) {
      // A label before a teaser's headline (« Vidéo. Les images… »):
      // nothing of it is article text.
      b.kind = BlockKind::Removed;
      b.reason = "truncated";
      b.rule = "repair:only " + std::to_string(before) + " word(s) left before an unfinished sentence";
      return t;
    }
    const std::string last(text::trim(std::string_view(t).substr(last_start)));
    std::string dropped;
    // A fragment after the last sentence (« …la décision. « une erreur »),
    // unless a whole quotation (« …avec l’Arménie. « toutes les actions » ») or
    // the end of one (« …a été clair : « Personne ne sortira ce soir. Nous
    // verrons demain »).
    const std::size_t open_quote = t.rfind("\u00AB");
    const bool quotation = last.ends_with("\u00BB") && open_quote != std::string::npos &&
                           (last.starts_with("\u00AB") || open_quote < last_start);
    bool drop_last =
        last_start > 0 && !quotation && res.tokenizer.count_words(last) < rules.truncation_min_words;
    if (std::any_of(rules.complete_ends.begin(), rules.complete_ends.end(),
                    [u = text::u(t)](const Pattern& p) { return p.found(u); })) {
      t += ".";
      applied.push_back("truncation.period");
      return t;
    }
    bool cut_word = false;
    if (!drop_last) {
      // (The last word of the paragraph is the last word of `last`.)
      const Token* end = last_non_punct(sentences);
      cut_word = end && end->kind == TokenKind::Word && rules.unfinished->contains(end->form());
      if (const std::size_t comma = dangling_comma(t, last_start, cut_word, res); comma != std::string::npos) {
        dropped = std::string(text::trim(std::string_view(t).substr(comma + 1)));
        t = t.substr(0, comma) + ".";
      }
      drop_last = dropped.empty() && cut_word && last_start > 0;  // a last sentence cut off
    }
    if (drop_last) {
      dropped = last;
      t = std::string(text::trim(std::string_view(t).substr(0, last_start)));
    }
    if (!dropped.empty()) {
      doc.removed.push_back({dropped, "truncated", "repair:unfinished sentence at the end of the paragraph", b.line});
      applied.push_back("truncation");
      doc.warnings.push_back("line " + std::to_string(b.line) +
                             ": the paragraph was cut off mid-sentence in the input; its unfinished end was left out (« " +
                             dropped + " »)");
    }
    // A last sentence that reads whole, with a verb of its own and no word
    // it could not end with, inside the article (a paragraph of the article
    // follows: no page's cut here), only lost its full stop.
    if (!text::ends_sentence(t) && dropped.empty() && followed && !cut_word && !quotation &&
        res.tokenizer.count_words(last) >= rules.truncation_min_words && has_finite_verb(last, rules, res)) {
      t += ".";
      applied.push_back("truncation.period");
      return t;
    }
    if (!text::ends_sentence(t)) {
      t += "…";
      applied.push_back("truncation.ellipsis");
      doc.warnings.push_back("line " + std::to_string(b.line) +
                             ": the paragraph ends mid-sentence in the input; it is kept and marked with …");
    }
  }
  if (text::starts_with_lower(t) && !listed) {
    b.truncated_start = true;
    doc.warnings.push_back("line " + std::to_string(b.line) +
                           ": the paragraph starts mid-sentence in the input (its beginning was lost)");
  }
  return t;
}

// Whether enough article lines open with a time for the page to be a live
// one (see RepairRules::live_time); `more`: posts whose time is on a line
// of its own.
bool live_page(const Document& doc, const RepairRules& rules, std::size_t more) {
  if (!rules.live_time) return false;
  std::size_t lines = more;
  if (lines >= rules.live_min_lines) return true;
  for (const Block& b : doc.blocks)
    if (b.kind == BlockKind::Article && rules.live_time->prefix(text::u(b.text)) > 0 && ++lines >= rules.live_min_lines)
      return true;
  return false;
}

// A live page's time on a line of its own (hint "post-time", removed by
// boilerplate) opens the text of its post: the article line after it, or
// after the post's heading (« 15 h 30 » / « Le préfet fait le point » /
// « Lors d’une conférence… »), so that live_time() makes it the sentence's
// opening phrase (« À 15 h 30, lors d’une conférence… »). Only on a live
// page: two posts or more so dated. Returns whether the page is a live one
// (live_page(), the posts given their time included).
bool attach_post_times(Document& doc, const RepairRules& rules) {
  if (!rules.live_time) return false;
  // Each time's post text: the index of its article line, or npos.
  std::vector<std::size_t> post(doc.blocks.size(), std::string::npos);
  std::size_t posts = 0;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (doc.blocks[i].kind != BlockKind::Removed || doc.blocks[i].hint != "post-time") continue;
    std::size_t j = i + 1;
    if (j < doc.blocks.size() && doc.blocks[j].kind == BlockKind::Heading) ++j;
    if (j < doc.blocks.size() && doc.blocks[j].kind == BlockKind::Article &&
        (text::starts_with_upper(doc.blocks[j].text) || doc.blocks[j].text.starts_with("\u00AB")) &&
        rules.live_time->prefix(text::u(doc.blocks[j].text)) <= 0) {
      post[i] = j;
      ++posts;
    }
  }
  if (!live_page(doc, rules, posts)) return false;
  if (!posts) return true;
  std::vector<Block> kept;
  kept.reserve(doc.blocks.size());
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (post[i] == std::string::npos) {
      kept.push_back(std::move(doc.blocks[i]));
      continue;
    }
    Block& target = doc.blocks[post[i]];
    target.text = std::string(text::trim(doc.blocks[i].text)) + " " + target.text;
    doc.traces.push_back({"repair", "the time of line " + std::to_string(doc.blocks[i].line) + " opens line " +
                                        std::to_string(target.line),
                          target.text, "post-time", target.line});
  }
  doc.blocks = std::move(kept);
  return true;
}

// A sentence the page cut in two: an article line that stops mid-sentence,
// then, on the next line or after lines the page inserted (« PUBLICITÉ »,
// a caption) that were removed, an article line that goes on in lower
// case (« Les jurés n’ont pas retenu » / PUBLICITÉ / « la préméditation,
// … »). The second part is joined to the first, so neither is taken for a
// cut-off sentence.
void rejoin_split_sentences(Document& doc, Resources& res) {
  constexpr std::size_t kMaxBetween = 3;  // removed lines between the two parts
  std::vector<Block> kept;
  kept.reserve(doc.blocks.size());
  std::size_t open = std::string::npos;  // index in `kept` of an unfinished article line
  std::size_t between = 0;               // removed lines since it
  for (Block& b : doc.blocks) {
    if (open != std::string::npos && b.kind == BlockKind::Removed && ++between <= kMaxBetween) {
      kept.push_back(std::move(b));
      continue;
    }
    if (open != std::string::npos && b.kind == BlockKind::Article && text::starts_with_lower(b.text) &&
        !open_by_nature(b, b.text) && (between > 0 || b.line == kept[open].line + 1)) {
      Block& prev = kept[open];
      const int from = prev.line;
      join_blocks(prev, b);
      segment_block(prev, res);
      doc.traces.push_back({"repair", "joined line " + std::to_string(b.line) + " to line " + std::to_string(from),
                            prev.text, "split-sentence", from});
      between = 0;
      if (text::ends_sentence(prev.text)) open = std::string::npos;
      continue;
    }
    open = b.kind == BlockKind::Article && !text::ends_sentence(b.text) && !open_by_nature(b, b.text) ? kept.size()
                                                                                             : std::string::npos;
    between = 0;
    kept.push_back(std::move(b));
  }
  doc.blocks = std::move(kept);
}

}  // namespace

Document repair(Document doc, Resources& res) {
  const RepairRules& rules = res.repair;
  bool listed = false;  // the last article line opens or continues an enumeration
  rejoin_split_sentences(doc, res);
  const bool live = attach_post_times(doc, rules);
  std::size_t last_article = doc.blocks.size();  // the index of the article's last paragraph
  for (std::size_t i = 0; i < doc.blocks.size(); ++i)
    if (doc.blocks[i].kind == BlockKind::Article) last_article = i;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    Block& b = doc.blocks[i];
    if (b.kind != BlockKind::Article && b.kind != BlockKind::Heading && b.kind != BlockKind::Title) continue;
    std::vector<std::string> applied;
    std::vector<std::pair<std::string, std::string>> cut;
    std::string t = cut_inline(b.text, rules, applied, cut);
    for (auto& [reason, text] : cut)
      doc.removed.push_back({std::move(text), reason, "repair:inline text of the page inside the paragraph", b.line});
    cut.clear();
    t = split_glued_words(t, rules, applied, &cut);
    for (auto& [reason, text] : cut)
      doc.removed.push_back({std::move(text), reason, "repair:a label glued to the sentence after it", b.line});
    if (live && b.kind == BlockKind::Article) t = live_time(t, rules, applied);
    t = french_typography(t, rules, applied);
    if (b.kind != BlockKind::Article) t = lower_after_colon(t, rules, applied);
    if (b.kind == BlockKind::Article) {
      t = mend_truncation(t, b, listed, i < last_article, doc, res, applied);
      if (b.kind == BlockKind::Removed) continue;  // the original text is what was removed
      listed = text::opens_list(t);
    } else {
      listed = b.kind == BlockKind::Heading && text::opens_list(t);  // « Les mesures prévues : »
    }
    t = balance_guillemets(t, applied);
    if (t != b.text) {
      b.text = std::move(t);
      segment_block(b, res);
      doc.traces.push_back({"repair", "repaired line " + std::to_string(b.line), b.text, text::join(applied, ", "), b.line});
    }
  }
  return doc;
}

Document typography(Document doc, Resources& res) {
  std::vector<std::string> applied;
  auto fix = [&](std::string& s) { s = french_typography(s, res.repair, applied); };
  fix(doc.title);
  fix(doc.h1);
  fix(doc.meta_description);
  for (Section& s : doc.sections)
    if (s.heading && s.heading_origin != "source") fix(*s.heading);
  return doc;
}

}  // namespace titraille

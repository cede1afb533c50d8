#include "meta.h"

#include <algorithm>


#include "phrases.h"
#include "resources.h"
#include "text.h"

namespace titraille {

MetaRules::MetaRules(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/meta.xml");
  pugi::xml_node root = file.root();
  min_chars = root.attribute("min-chars").as_uint(120);
  max_chars = root.attribute("max-chars").as_uint(156);
  lead_sentences = root.attribute("lead-sentences").as_uint(3);
  for (const std::string& w : text::split_words(root.child("not-first").text().as_string()))
    not_first.insert(text::lower(w));
  stopwords = &lexicon.list("fr/stopwords");
  for (const std::string& w : text::split_words(root.child("participle-endings").text().as_string()))
    participle_endings.push_back(w);
  for (pugi::xml_node d : root.children("drop")) {
    std::string id = d.attribute("id").as_string("drop");
    (std::string_view(d.attribute("when").as_string()) == "keyphrase" ? keyphrase_drops : drops)
        .push_back({id, file.pattern(d, id)});
  }
}

namespace {

// Whether offset `at` of `u` is inside a « quotation ».
bool quoted(const icu::UnicodeString& u, int32_t at) {
  int32_t open = 0;
  for (int32_t i = 0; i < at; ++i) open += u.charAt(i) == 0x00AB ? 1 : u.charAt(i) == 0x00BB ? -1 : 0;
  return open > 0;
}

// Whether the comma at `at` may close an incise: an earlier comma of the
// sentence (not a decimal one) is followed by a word that is no stop word,
// in lower case or a number (« Les dirigeants du G20, réunis à Johannesburg,
// en Afrique du Sud, ont adopté… »: « , en Afrique du Sud, » goes with the
// comma that closes « réunis… »). After « En 2024, la ville » the comma opens one.
bool closes_incise(const icu::UnicodeString& u, int32_t at, const WordList& stopwords) {
  if (at >= u.length() || u.charAt(at) != ',') return false;
  for (int32_t c = at - 1; c > 0; --c) {
    if (u.charAt(c) == '.' || u.charAt(c) == ';') return false;
    if (u.charAt(c) != ',' || (u_isdigit(u.charAt(c - 1)) && c + 1 < u.length() && u_isdigit(u.charAt(c + 1)))) continue;
    int32_t w = c + 1;
    while (w < at && u_isspace(u.charAt(w))) ++w;
    // (An age or a count opens one too: « Bertrand Lafargue, 58 ans, ancien
    // notaire à Marennes, comparaît… ».)
    if (w < at && u_isdigit(u.charAt(w))) return true;
    int32_t e = w;
    while (e < at && u_isalpha(u.char32At(e))) e = u.moveIndex32(e, 1);
    if (e == w || !u_islower(u.char32At(w))) return false;
    return !stopwords.contains(text::lower(text::utf8(u.tempSubString(w, e - w))));
  }
  return false;
}

// Whether the comma at `at` closes a name between commas, the apposition of
// the subject (« Face à l’afflux, le ministre, Bertrand Lemoine, a annoncé
// jeudi… »): what follows is the sentence's verb, no clause to drop.
bool closes_name_apposition(const icu::UnicodeString& u, int32_t at) {
  if (at >= u.length() || u.charAt(at) != ',') return false;
  int32_t words = 0;
  for (int32_t c = at; c > 0;) {
    while (c > 0 && u_isspace(u.charAt(c - 1))) --c;
    if (c > 0 && u.charAt(c - 1) == ',') return words >= 1;
    int32_t w = c;
    while (w > 0 && !u_isspace(u.charAt(w - 1)) && u.charAt(w - 1) != ',') --w;
    if (w == c || !u_isupper(u.char32At(w)) || ++words > 4) return false;
    c = w;
  }
  return false;
}

// The lower-case word at offset `at` of `u` (after spaces), or "".
std::string word_at(const icu::UnicodeString& u, int32_t at) {
  while (at < u.length() && u_isspace(u.charAt(at))) ++at;
  int32_t e = at;
  while (e < u.length() && u_isalpha(u.char32At(e))) e = u.moveIndex32(e, 1);
  return e > at && u_islower(u.char32At(at)) ? text::utf8(u.tempSubString(at, e - at)) : "";
}

// The comma that closes a segment of `u` right after offset `at` (a comma
// just read), at most kMaxApposition code units on, with no sentence end,
// semicolon or guillemet before it; -1 when there is none.
constexpr int32_t kMaxApposition = 60;
int32_t apposition_end(const icu::UnicodeString& u, int32_t at) {
  for (int32_t i = at; i < u.length() && i - at <= kMaxApposition; ++i) {
    const char16_t c = u.charAt(i);
    if (c == ',') return i > at ? i : -1;
    if (c == '.' || c == ';' || c == 0x00AB || c == 0x00BB || c == '!' || c == '?') return -1;
  }
  return -1;
}

// `s` without the matches of `p`, except those inside a quotation (its
// words are the speaker's) and those right after a name between commas
// (the subject's apposition). A match between two commas (an incise) is kept
// when its first comma closes an incise, and leaves its last comma when a
// participle clause follows (« …de Céphalonie, en mer Ionienne, obligeant… »
// gives « …de Céphalonie, obligeant… »).
std::string drop_all(const Pattern& p, const std::string& s, const MetaRules& rules) {
  const icu::UnicodeString u = text::u(s);
  icu::UnicodeString out;
  int32_t copied = 0, from = 0, b = 0, e = 0;
  bool dropped = false;
  int32_t chain = -1;  // the comma that closes the next apposition of a chain kept whole
  while (from <= u.length() && p.find(u, from, b, e)) {
    const bool incise = e > b && u.charAt(e - 1) == ',';
    bool keep = quoted(u, b) || (incise && closes_incise(u, b, *rules.stopwords)) || closes_name_apposition(u, b);
    // An incise of a chain of them (« Bertrand Lafargue, 58 ans, ancien
    // notaire à Marennes, comparaît… »): dropping one would leave the
    // others without the comma before them; the chain stays whole.
    if (incise && (b == chain || !keep)) {
      const int32_t next = apposition_end(u, e);
      if (next >= 0 || b == chain) keep = true;
      chain = next;
    }
    if (!keep) {
      out.append(u, copied, b - copied);
      const std::string next = incise ? word_at(u, e) : "";
      if (text::ends_with_any(next, rules.participle_endings, 3)) out.append(u',');
      copied = e;
      dropped = true;
    }
    from = e > b ? e : (e < u.length() ? u.moveIndex32(e, 1) : u.length() + 1);
  }
  if (!dropped) return s;
  out.append(u, copied, u.length() - copied);
  return text::utf8(out);
}

}  // namespace

std::string compress(std::string s, const MetaRules& rules, std::size_t max_chars, std::vector<std::string>& applied,
                     const std::string& keyphrase) {
  auto holds = [&](const std::string& x) { return text::fold(x).find(keyphrase) != std::string::npos; };
  // A drop never takes the keyphrase away (« …, dont trois avec sursis, et
  // 100 000 euros d’amende contre un ancien député… de ses assistants
  // parlementaires » is no trailing relative clause to lose).
  const bool had_keyphrase = !keyphrase.empty() && holds(s);
  for (const auto& d : rules.drops) {
    if (text::length(s) <= max_chars) break;
    std::string shorter = drop_all(d.pattern, s, rules);
    if (shorter != s && text::length(shorter) >= 40 && (!had_keyphrase || holds(shorter))) {
      s = shorter;
      applied.push_back(d.id);
    }
  }
  if (keyphrase.empty() || !holds(s)) return s;
  for (const auto& d : rules.keyphrase_drops) {
    if (text::length(s) <= max_chars || holds(cut_at_word(s, max_chars))) break;
    std::string shorter = text::capitalize_first(drop_all(d.pattern, s, rules));
    if (shorter != s && text::length(shorter) >= 40 && holds(shorter)) {
      s = shorter;
      applied.push_back(d.id);
    }
  }
  return s;
}

std::string cut_at_word(const std::string& s, std::size_t max_chars) {
  if (text::length(s) <= max_chars) return s;
  icu::UnicodeString u = text::u(s);
  // Room for the ellipsis.
  int32_t limit = u.moveIndex32(0, static_cast<int32_t>(max_chars) - 1);
  // Only at a plain space: the no-break ones hold a number (« 48 000 »), a
  // number and its unit (« 150 km/h ») or a word and its punctuation together.
  int32_t cut = limit;
  while (cut > 0 && u.charAt(cut) != ' ') --cut;
  if (cut <= 0) return "";
  icu::UnicodeString head = u.tempSubString(0, cut);
  // No dangling punctuation, guillemet or short function word before the ellipsis.
  while (true) {
    head.trim();
    if (head.isEmpty()) return "";
    UChar32 last = head.char32At(head.length() - 1);
    if (last == ',' || last == ';' || last == ':' || last == 0x00AB || last == 0x2013 || last == 0x2014 || last == '-' ||
        last == 0x202F || last == 0x00A0) {
      head.truncate(head.moveIndex32(head.length(), -1));
      continue;
    }
    int32_t space = head.lastIndexOf(' ');
    icu::UnicodeString word = head.tempSubString(space + 1);
    // (An elided one too: « d’un », « qu’il ».)
    const int32_t apostrophe = word.lastIndexOf(u'\u2019');
    const int32_t short_len = apostrophe >= 0 && apostrophe <= 3 ? word.length() - apostrophe - 1 : word.length();
    if (short_len <= 3 && space > 0 && !u_isdigit(word.char32At(0)) && u_islower(word.char32At(0))) {
      head.truncate(space);
      continue;
    }
    // Nor a number cut from what it counts (« s’élève à 65… » of « 65
    // millions d’euros »); a year or a number ending its phrase stays.
    const bool year = word.length() == 4 && (word.startsWith(u"19") || word.startsWith(u"20"));
    bool number = !word.isEmpty();  // digits and their separators only (not « 22 h 40 »)
    for (int32_t k = 0; k < word.length(); ++k) {
      const char16_t c = word.charAt(k);
      number = number && (u_isdigit(c) || c == 0x202F || c == 0x00A0 || c == ',' || c == '.');
    }
    // (What it counts: a lower-case word of four letters or more, « millions », « euros ».)
    if (space > 0 && head.length() == cut && number && !year && text::length(word_at(u, cut)) >= 4) {
      head.truncate(space);
      continue;
    }
    break;
  }
  // Unbalanced « would be left open.
  int32_t open = 0;
  for (int32_t i = 0; i < head.length(); ++i) {
    if (head.charAt(i) == 0x00AB) ++open;
    if (head.charAt(i) == 0x00BB) --open;
  }
  std::string out = text::utf8(head) + "…";
  if (open > 0) out += "\u202F»";
  // The guillemet closed takes room too: cut shorter.
  if (const std::size_t n = text::length(out); n > max_chars)
    return max_chars > n - max_chars ? cut_at_word(s, max_chars - (n - max_chars)) : "";
  return out;
}

Document meta(Document doc, Resources& res) {
  const MetaRules& rules = res.meta;
  std::vector<IndexedSentence> sentences = body_sentences(doc);
  if (sentences.empty()) return doc;
  std::string kp = text::fold(doc.keyphrase);
  // A sentence that can open the description: it does not refer back.
  auto standalone = [&](std::size_t i) {
    const std::vector<Token>& toks = sentences[i].sentence->tokens;
    // (Nor the end of a quotation a sentence before it opened: « Allez les Bleus ! »…)
    return toks.empty() || (!rules.not_first.count(toks.front().form()) &&
                            !text::closes_unopened_quote(sentences[i].sentence->text));
  };
  std::size_t start = 0;
  while (start + 1 < sentences.size() && !standalone(start)) ++start;
  for (std::size_t i = 0; i < sentences.size() && i < rules.lead_sentences; ++i)
    if (!kp.empty() && standalone(i) && text::fold(sentences[i].sentence->text).find(kp) != std::string::npos) {
      start = i;
      break;
    }
  std::vector<std::string> applied;
  std::string desc;
  std::vector<std::size_t> used;
  for (std::size_t i = start; i < sentences.size(); ++i) {
    std::string s = sentences[i].sentence->text;
    // (nor a list's item, nor a source subheading given a full stop by the sections stage)
    if (!text::ends_sentence(s) || !text::list_mark(s).empty() || sentences[i].from_heading) continue;
    std::size_t room = rules.max_chars - (desc.empty() ? 0 : text::length(desc) + 1);
    std::string piece = compress(s, rules, room, applied, kp);
    if (text::length(piece) > room) {
      if (!desc.empty() && text::length(desc) >= rules.min_chars) break;
      piece = cut_at_word(piece, room);
      if (piece.empty()) break;
      applied.push_back("cut-at-word");
    }
    desc += (desc.empty() ? "" : " ") + piece;
    used.push_back(i);
    if (text::length(desc) >= rules.min_chars || text::last_char(desc) == U'…' || text::last_char(desc) == U'»') {
      if (text::length(desc) >= rules.min_chars) break;
      if (piece.size() >= 3 && piece.compare(piece.size() - 3, 3, "…") == 0) break;
    }
  }
  // No sentence of the body ends as one (a list, text without
  // punctuation): the first one opens the description, cut at a word.
  if (desc.empty()) {
    const std::string& s = sentences[start].sentence->text;
    desc = text::length(s) <= rules.max_chars ? s : cut_at_word(s, rules.max_chars);
    if (desc.empty()) {  // (one word longer than the description)
      std::size_t at = 0;
      for (std::size_t n = 0; at < s.size() && n + 1 < rules.max_chars; ++n) text::next_char(s, at);
      desc = s.substr(0, at) + "…";
    }
    used.push_back(start);
    applied.push_back("no-sentence-end");
  }
  doc.meta_description = desc;
  std::string origin;
  for (std::size_t i : used) origin += (origin.empty() ? "" : " + ") + sentences[i].sentence->text;
  doc.traces.push_back({"meta", "meta description", desc,
                        "lead sentences: " + origin + (applied.empty() ? "" : " (rules: " + text::join(applied, ", ") + ")"),
                        0});
  return doc;
}

}  // namespace titraille

#include "meta.h"


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
  for (pugi::xml_node d : root.children("drop")) {
    std::string id = d.attribute("id").as_string("drop");
    (std::string_view(d.attribute("when").as_string()) == "keyphrase" ? keyphrase_drops : drops)
        .push_back({id, file.pattern(d, id)});
  }
}

std::string compress(std::string s, const MetaRules& rules, std::size_t max_chars, std::vector<std::string>& applied,
                     const std::string& keyphrase) {
  auto holds = [&](const std::string& x) { return text::fold(x).find(keyphrase) != std::string::npos; };
  // A drop never takes the keyphrase away (« …, dont trois avec sursis, et
  // 100 000 euros d’amende contre un ancien député… de ses assistants
  // parlementaires » is no trailing relative clause to lose).
  const bool had_keyphrase = !keyphrase.empty() && holds(s);
  for (const auto& d : rules.drops) {
    if (text::length(s) <= max_chars) break;
    std::string shorter = text::utf8(d.pattern.replace_all(text::u(s), icu::UnicodeString()));
    if (shorter != s && text::length(shorter) >= 40 && (!had_keyphrase || holds(shorter))) {
      s = shorter;
      applied.push_back(d.id);
    }
  }
  if (keyphrase.empty() || !holds(s)) return s;
  for (const auto& d : rules.keyphrase_drops) {
    if (text::length(s) <= max_chars || holds(cut_at_word(s, max_chars))) break;
    std::string shorter =
        text::capitalize_first(text::utf8(d.pattern.replace_all(text::u(s), icu::UnicodeString())));
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
  int32_t cut = limit;
  while (cut > 0 && !(u.charAt(cut) == ' ' || u.charAt(cut) == 0x00A0 || u.charAt(cut) == 0x202F)) --cut;
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
    if (word.length() <= 3 && space > 0 && !u_isdigit(word.char32At(0)) && u_islower(word.char32At(0))) {
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
    return toks.empty() || !rules.not_first.count(toks.front().form());
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
    if (!text::ends_sentence(s) || !text::list_mark(s).empty()) continue;  // (nor a list's item)
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
  doc.meta_description = desc;
  std::string origin;
  for (std::size_t i : used) origin += (origin.empty() ? "" : " + ") + sentences[i].sentence->text;
  doc.traces.push_back({"meta", "meta description", desc,
                        "lead sentences: " + origin + (applied.empty() ? "" : " (rules: " + text::join(applied, ", ") + ")"),
                        0});
  return doc;
}

}  // namespace titraille

#include "headings.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "analysis.h"
#include "pattern.h"
#include "resources.h"
#include "text.h"
#include "tokenize.h"

namespace titraille {

HeadingRules::HeadingRules(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/headings.xml");
  pugi::xml_node root = file.root();
  min_words = root.attribute("min-words").as_uint(3);
  max_words = root.attribute("max-words").as_uint(10);
  keyphrase_share = root.attribute("keyphrase-share").as_double(0.5);
  max_phrase_words = root.attribute("max-phrase-words").as_uint(3);
  keyphrase_max_share = root.attribute("keyphrase-max-share").as_double(0.75);
  pugi::xml_node frames = root.child("frames");
  auto list = [&](const char* attr, const char* def) -> const WordList* {
    return &lexicon.list(frames.attribute(attr).as_string(def));
  };
  stake_nouns = list("stake", "fr/stake-nouns");
  actor_verbs = list("actor", "fr/actor-verbs");
  content_verbs = list("content", "fr/content-verbs");
  stopwords = &lexicon.list("fr/stopwords");
  person_not = &lexicon.list(root.attribute("person-not").as_string("fr/common"));
  auto words = [&](const char* attr) {
    std::vector<std::string> ws = text::split_words(frames.attribute(attr).as_string());
    if (ws.empty()) file.fail("frames", std::string("missing attribute ") + attr);
    return std::set<std::string>(ws.begin(), ws.end());
  };
  not_passive = words("not-passive");
  of_words = words("of");
  to_words = words("to");
  agent_words = words("agent");
  subject_articles = words("subject-articles");
  for (pugi::xml_node t : root.children("template")) {
    Template tpl{t.attribute("id").as_string(), t.attribute("family").as_string(), t.attribute("when").as_string("common"),
                 text::collapse_spaces(text::trim(t.text().as_string())),
                 std::string_view(t.attribute("keyphrase").as_string()) == "yes",
                 std::string_view(t.attribute("not-after-person").as_string()) == "yes"};
    if (tpl.id.empty() || tpl.text.empty()) file.fail(tpl.id, "a <template> needs an id and a text");
    templates.push_back(std::move(tpl));
  }
  for (pugi::xml_node f : root.children("fallback")) fallbacks.emplace_back(text::trim(f.text().as_string()));
  pugi::xml_node sp = root.child("speech");
  auto word_set = [](const char* words) {
    std::set<std::string> out;
    for (const std::string& w : text::split_words(words)) out.insert(text::lower(w));
    return out;
  };
  speech = word_set(sp.text().as_string());
  speech_reach = sp.attribute("reach").as_uint(8);
  speech_auxiliaries = word_set(sp.attribute("auxiliaries").as_string());
  speech_not_between = word_set(sp.attribute("not-between").as_string());
  speech_before_only = word_set(sp.attribute("before-only").as_string());
}

bool gives_as_speaker(const std::string& key, const std::vector<const Sentence*>& sentences, const HeadingRules& rules) {
  const std::vector<std::string> words = text::split_words(key);
  if (words.empty()) return false;
  auto speech = [&](const Token& t) { return rules.speech.count(t.lower) > 0; };
  for (const Sentence* s : sentences) {
    const std::vector<Token>& t = s->tokens;
    for (std::size_t i = 0; i + words.size() <= t.size(); ++i) {
      std::size_t k = 0;
      while (k < words.size() && t[i + k].lower == words[k]) ++k;
      if (k < words.size()) continue;
      // After: an apposition between commas or brackets (or the comma that
      // ends one the name closes: « Son avocat, Me X, a annoncé »), an
      // auxiliary, the speech word.
      std::size_t j = i + words.size();
      auto verb_at = [&](std::size_t at) {
        return at < t.size() && (speech(t[at]) || rules.speech_auxiliaries.count(t[at].lower));
      };
      if (j < t.size() && (t[j].text == "," || t[j].text == "(") && !verb_at(j + 1)) {
        const std::string close_with = t[j].text == "," ? "," : ")";
        std::size_t close = j + 1;
        while (close < t.size() && close <= j + rules.speech_reach && t[close].text != close_with) ++close;
        if (close < t.size() && t[close].text == close_with) j = close + 1;
      } else if (j < t.size() && t[j].text == ",") {
        ++j;
      }
      for (int k = 0; k < 2 && j < t.size() && rules.speech_auxiliaries.count(t[j].lower); ++k) ++j;
      if (j < t.size() && speech(t[j]) && !rules.speech_before_only.count(t[j].lower)) return true;
      // Before: the speech word, and nothing between that names an addressee.
      for (std::size_t b = i; b-- > 0 && i - b <= rules.speech_reach;) {
        if (rules.speech_not_between.count(t[b].lower)) break;
        if (speech(t[b])) return true;
      }
    }
  }
  return false;
}

bool is_person_name(const std::string& phrase, const HeadingRules& rules) {
  const std::vector<std::string> words = text::split_words(phrase);
  return words.size() >= 2 && text::starts_with_upper(words.front()) && !text::is_all_caps(words.front()) &&
         !rules.person_not->contains(text::lower(words.front())) &&
         std::all_of(words.begin(), words.end(), [&](const std::string& w) {
           return text::starts_with_upper(w) || rules.stopwords->contains(text::lower(w));
         });
}

namespace {

std::size_t word_count(const std::string& s) {
  std::istringstream in(s);
  std::string w;
  std::size_t n = 0;
  while (in >> w)
    if (w != ":" && w != "?" && w != "!" && w != "–") ++n;
  return n;
}

bool word(const Token& t) { return t.kind == TokenKind::Word; }

// The definite article a determiner implies ("une" -> "la", "des" -> "les"),
// "" when the token is no determiner (a view of the rules' text).
std::string_view article_of(const Token& t, const PhraseRules& phrases) {
  auto it = phrases.determiners.find(t.form());
  return it == phrases.determiners.end() ? std::string_view() : std::string_view(it->second);
}

// Words i…j-1 as written, joined with the spaces the text has (none after
// an elided word).
std::string span(const std::vector<Token>& toks, std::size_t i, std::size_t j) {
  std::string out;
  for (std::size_t k = i; k < j; ++k) {
    if (k > i && !toks[k - 1].elided && toks[k].text != "-" && toks[k - 1].text != "-") out += ' ';
    out += toks[k].text;
  }
  return out;
}

// A lower-case content word (noun or adjective of a noun phrase).
bool np_word(const Token& t, const HeadingRules& rules, const PhraseRules& phrases, const VerbForms& verbs) {
  return word(t) && !t.capitalized && !t.elided && is_content_word(t, phrases, verbs) && !rules.stopwords->contains(t.lower);
}

// The end of a noun phrase complement starting at i: an optional
// determiner, then up to `max` content or capitalised words; 0 when none.
std::size_t complement_end(const std::vector<Token>& toks, std::size_t i, std::size_t max, const HeadingRules& rules,
                           const PhraseRules& phrases, const VerbForms& verbs) {
  if (i < toks.size() && !article_of(toks[i], phrases).empty()) ++i;
  std::size_t j = i;
  while (j < toks.size() && j - i < max &&
         (np_word(toks[j], rules, phrases, verbs) ||
          (word(toks[j]) && toks[j].capitalized && !rules.stopwords->contains(toks[j].lower))))
    ++j;
  // A word before « à » heads a locution (« face à », « grâce à »).
  if (j > i && j < toks.size() && rules.to_words.count(toks[j].lower)) --j;
  return j > i ? j : 0;
}

bool participle(const Token& t) {
  if (!word(t) || t.capitalized || t.elided) return false;
  for (std::string_view e : {"é", "ée", "és", "ées", "is", "ise", "ises", "it", "ite", "its", "ites", "ert", "erte", "erts", "ertes"})
    if (t.lower.size() > e.size() + 2 && t.lower.ends_with(e)) return true;
  // -u after a consonant (« vendu », « obtenue »), not « feu », « lieu ».
  for (std::string_view e : {"u", "ue", "us", "ues"})
    if (t.lower.size() > e.size() + 2 && t.lower.ends_with(e) &&
        std::string_view("aeiouy").find(t.lower[t.lower.size() - e.size() - 1]) == std::string_view::npos)
      return true;
  return false;
}

// What a heading says, to tell near-duplicates apart: its words folded,
// without stop words, without the keyphrase's words and without a plural
// -s or -x ("Les craintes d’un exode" = "Haut-Karabakh : la crainte d’un
// exode").
std::string gist(const std::string& heading, const std::vector<std::string>& kp_forms, const WordList& stopwords) {
  std::string out;
  for (std::string w : analysis::tokens(heading)) {
    if (std::size_t apo = w.find("\u2019"); apo != std::string::npos) w = w.substr(apo + 3);
    if (w.empty() || stopwords.contains(w) || std::find(kp_forms.begin(), kp_forms.end(), w) != kp_forms.end()) continue;
    w = text::fold(w);
    if (w.size() > 3 && (w.back() == 's' || w.back() == 'x')) w.pop_back();
    out += w + " ";
  }
  return out;
}

// Salient phrases of one section: frequent in it, rare elsewhere.
struct Salient {
  const Phrase* phrase;
  double score;
};

}  // namespace

std::vector<HeadingFrame> heading_frames(const std::vector<const Sentence*>& sentences, const HeadingRules& rules,
                                         const PhraseRules& phrases, const VerbForms& verbs) {
  std::vector<HeadingFrame> out;
  std::vector<char> quoted;
  for (const Sentence* s : sentences) {
    const std::vector<Token>& t = s->tokens;
    // Words between guillemets are someone's words, not the article's
    // facts: no fact nor stake from them (« une cabale montée par
    // l’opposition »). A sentence that closes a quotation it did not open
    // starts inside it.
    quoted.assign(t.size(), 0);
    const auto mark = std::find_if(t.begin(), t.end(), [](const Token& k) { return opens_quotation(k) || closes_quotation(k); });
    int depth = mark != t.end() && closes_quotation(*mark) ? 1 : 0;
    for (std::size_t k = 0; k < t.size(); ++k) {
      if (opens_quotation(t[k])) ++depth;
      quoted[k] = depth > 0;
      if (closes_quotation(t[k]) && depth > 0) --depth;
    }
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
      if (t[i].capitalized || quoted[i]) continue;
      const std::string_view article = article_of(t[i], phrases);
      if (article.empty()) continue;
      auto with_article = [&](std::size_t from, std::size_t to) {
        return article == "l’" ? "l’" + span(t, from, to) : std::string(article) + " " + span(t, from, to);
      };
      // stake: determiner, stake noun, de/d’/du/des and its complement.
      if (!t[i + 1].capitalized && rules.stake_nouns->contains(t[i + 1].lower) && i + 2 < t.size()) {
        if (rules.of_words.count(t[i + 2].form())) {
          std::size_t end = complement_end(t, i + 3, 3, rules, phrases, verbs);
          if (end) out.push_back({"stake", {{"stake", with_article(i + 1, end)}}, s->text});
        }
      }
      // fact: determiner, noun (and an adjective), participle, « par », agent.
      std::size_t j = i + 1;
      while (j < t.size() && j - i <= 2 && np_word(t[j], rules, phrases, verbs) && !participle(t[j])) ++j;
      if (j > i + 1 && j + 2 < t.size() && participle(t[j]) && !rules.not_passive.count(t[j].lower) &&
          rules.agent_words.count(t[j + 1].lower)) {
        // The agent must be whole: not followed by its own complement.
        std::size_t end = complement_end(t, j + 2, 3, rules, phrases, verbs);
        auto continues = [&](const Token& n) { return rules.of_words.count(n.form()) || rules.to_words.count(n.form()); };
        if (end && (end == t.size() || !word(t[end]) || (rules.stopwords->contains(t[end].lower) && !continues(t[end]))))
          out.push_back({"fact", {{"fact", with_article(i + 1, end)}}, s->text});
      }
    }
    // actor, question: the sentence's subject (a proper name, or a definite
    // article and a noun with an adjective) and a singular verb of a list,
    // finite or after « a ».
    std::size_t v = 0;
    std::string subject;
    if (!t.empty() && word(t[0]) && t[0].capitalized && !t[0].elided && !rules.stopwords->contains(t[0].lower)) {
      while (v < t.size() && word(t[v]) && t[v].capitalized && !rules.stopwords->contains(t[v].lower)) ++v;
      subject = span(t, 0, v);
    } else if (t.size() > 2 && word(t[0]) && rules.subject_articles.count(t[0].form()) &&
               word(t[1]) && !t[1].elided && !rules.stopwords->contains(t[1].lower) &&
               (t[1].capitalized || np_word(t[1], rules, phrases, verbs))) {
      v = 2;
      if (t[1].capitalized)  // « la Russie », « l’Union européenne »
        while (v < t.size() && word(t[v]) && t[v].capitalized && !rules.stopwords->contains(t[v].lower) && v < 4) ++v;
      else if (v < t.size() && np_word(t[v], rules, phrases, verbs) && !participle(t[v]))
        ++v;
      subject = text::lower_first(span(t, 0, v));
    }
    if (subject.empty() || v >= t.size()) continue;
    std::size_t at = v;
    if (t[at].lower == "a" && at + 1 < t.size()) ++at;
    for (auto [family, list] : {std::pair<const char*, const WordList*>{"actor", rules.actor_verbs},
                                {"question", rules.content_verbs}}) {
      if (!word(t[at]) || t[at].capitalized || !list->contains(t[at].lower)) continue;
      // After « a », a participle; else a finite form (the present itself,
      // or a past form that is no participle).
      bool after_a = at > v;
      bool finite = list->value(t[at].lower) == t[at].lower || !participle(t[at]);
      if (after_a ? !participle(t[at]) : !finite) continue;
      out.push_back({family, {{"subject", subject}, {"verb", std::string(list->value(t[at].lower))}}, s->text});
    }
  }
  return out;
}

Document headings(Document doc, Resources& res) {
  if (doc.sections.size() < 2) return doc;
  const HeadingRules& rules = res.headings;
  const FrenchGrammar& fr = res.french;

  // Phrases per section, and in how many sections each occurs.
  std::vector<std::map<std::string, Phrase>> per_section;
  std::map<std::string, std::size_t> df;
  std::size_t index = 0;
  const VerbForms verbs = verb_forms(body_sentences(doc), res.keyphrase.phrases);
  for (const Section& s : doc.sections) {
    std::vector<IndexedSentence> sentences;
    for (const Paragraph& p : s.paragraphs)
      for (const Sentence& sent : p.sentences) sentences.push_back({&sent, index++});
    per_section.push_back(extract_phrases(sentences, res.keyphrase.phrases, verbs));
    for (const auto& [key, _] : per_section.back()) ++df[key];
  }

  // Whether a heading holds the keyphrase as Yoast counts it (more than half
  // of its words).
  const std::vector<std::string> kp_forms = analysis::keyphrase_forms(doc.keyphrase, res.checks.lists);
  auto has_kp = [&](const std::string& h) { return !kp_forms.empty() && analysis::share_found(h, kp_forms) > 0.5; };
  std::size_t total = 0, with_kp = 0;
  for (const Section& s : doc.sections)
    if (s.heading) {
      ++total;
      if (has_kp(*s.heading)) ++with_kp;
    }
  std::size_t to_generate = 0;
  for (std::size_t i = 1; i < doc.sections.size(); ++i)
    if (!doc.sections[i].heading) ++to_generate;
  total += to_generate;

  std::set<std::string> used_phrases, used_headings;
  for (const Section& s : doc.sections)
    if (s.heading) used_headings.insert(text::fold(*s.heading));
  std::set<std::string> used_templates, used_families, used_gists;
  for (const Section& s : doc.sections)
    if (s.heading) used_gists.insert(gist(*s.heading, kp_forms, *rules.stopwords));
  // How many headings may hold the keyphrase.
  const std::size_t max_kp =
      total <= 1 ? total : static_cast<std::size_t>(std::floor(rules.keyphrase_max_share * static_cast<double>(total)));
  const double n_sections = static_cast<double>(doc.sections.size());
  std::string kp_key = text::lower(doc.keyphrase);
  std::set<std::string> kp_stems;  // the stems of the keyphrase's words
  for (const Sentence& s : res.tokenizer.sentences(kp_key))
    for (const Token& t : s.tokens)
      if (t.kind == TokenKind::Word && !t.elided) kp_stems.insert(res.stemmer.stem(t.lower));
  const bool kp_is_person = is_person_name(doc.keyphrase, rules);

  for (std::size_t si = 1; si < doc.sections.size(); ++si) {
    Section& section = doc.sections[si];
    if (section.heading) continue;
    std::vector<const Sentence*> section_sentences;
    for (const Paragraph& p : section.paragraphs)
      for (const Sentence& s : p.sentences) section_sentences.push_back(&s);

    std::vector<Salient> ranked;
    for (const auto& [key, p] : per_section[si]) {
      if (key == kp_key || used_phrases.count(key) || p.words.size() > rules.max_phrase_words) continue;
      // A name cut short: the phrase ends on a capitalised word that the text
      // always follows with one more word (« le Journal officiel de l’Union »
      // of « … l’Union européenne »).
      std::string_view last_word = p.text;
      if (const std::size_t sp = last_word.rfind(' '); sp != std::string_view::npos) last_word.remove_prefix(sp + 1);
      if (const std::size_t ap = last_word.rfind("\u2019"); ap != std::string_view::npos) last_word.remove_prefix(ap + 3);
      if (p.words.size() > 1 && text::starts_with_upper(last_word)) {
        bool cut_short = false;
        for (auto it = per_section[si].upper_bound(key + " ");
             it != per_section[si].end() && it->first.starts_with(key + " "); ++it)
          cut_short = cut_short || (it->second.words.size() == p.words.size() + 1 && it->second.count == p.count);
        if (cut_short) continue;
      }
      // A phrase does not end on an adverb: a -ment word the text never puts
      // after a determiner (« les ruisseaux habituellement »).
      if (const std::string& last = p.words.back(); p.words.size() > 1 && last.ends_with("ment")) {
        auto it = per_section[si].find(last);
        if (it == per_section[si].end() || it->second.article(res.keyphrase.phrases).empty()) continue;
      }
      double idf = std::log(1.0 + n_sections / static_cast<double>(df[key]));
      double score = static_cast<double>(p.count) * idf * (1.0 + 0.3 * static_cast<double>(p.words.size() - 1));
      ranked.push_back({&p, score});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Salient& a, const Salient& b) {
      if (a.score != b.score) return a.score > b.score;
      return a.phrase->key < b.phrase->key;
    });
    bool want_kp = !doc.keyphrase.empty() &&
                   static_cast<double>(with_kp) < rules.keyphrase_share * static_cast<double>(total);
    std::string chosen, chosen_template, origin;
    // A heading is acceptable when it has the right length, is new, and does
    // not raise the share of headings with the keyphrase over the maximum.
    auto acceptable = [&](const std::string& h) {
      if (h.empty()) return false;
      std::size_t w = word_count(h);
      if (w < rules.min_words || w > rules.max_words || used_headings.count(text::fold(h))) return false;
      if (used_gists.count(gist(h, kp_forms, *rules.stopwords))) return false;
      return !has_kp(h) || with_kp < max_kp;
    };

    // Headings the section's own text supports (fact, stake, actor,
    // question), the most salient first, a family not used yet first.
    std::vector<const Sentence*> sentences;
    for (const Paragraph& p : section.paragraphs)
      for (const Sentence& s : p.sentences) sentences.push_back(&s);
    std::vector<HeadingFrame> frames = heading_frames(sentences, rules, res.keyphrase.phrases, verbs);
    std::vector<std::pair<double, const HeadingFrame*>> by_salience;
    std::vector<std::string> folded_keys;  // of `ranked`, folded once for all frames
    if (!frames.empty())
      for (const Salient& c : ranked) folded_keys.push_back(text::fold(c.phrase->key));
    for (const HeadingFrame& f : frames) {
      std::string all;
      for (const auto& [_, v] : f.slots) all += " " + text::fold(v) + " ";
      double score = 0;
      for (std::size_t k = 0; k < ranked.size(); ++k)
        if (all.find(folded_keys[k]) != std::string::npos) score += ranked[k].score;
      by_salience.push_back({score, &f});
    }
    std::stable_sort(by_salience.begin(), by_salience.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    // with_kp_only: 1 = only headings holding the keyphrase, 0 = only others.
    auto try_frames = [&](int with_kp_only) {
      for (int pass = 0; pass < 2 && chosen.empty(); ++pass)
        for (const auto& [score, f] : by_salience) {
          if (score <= 0) continue;  // no salient phrase of the section in it
          if (pass == 0 && used_families.count(f->family)) continue;
          for (const auto& tpl : rules.templates) {
            if (tpl.when != f->family) continue;
            std::map<std::string, std::string> slots = f->slots;
            slots["kp"] = res.french.place_name(doc.keyphrase);
            std::string h = fr.fill(tpl.text, slots);
            if (!acceptable(h) || has_kp(h) != (with_kp_only == 1)) continue;
            chosen = h;
            chosen_template = tpl.id;
            origin = f->source;
            used_families.insert(f->family);
            return;
          }
        }
    };
    // Headings from the section's most salient phrase and the generic
    // templates; `passes`: 0/2 keyphrase templates when wanted (2 allows a
    // template used before), 1/3 the others.
    auto try_phrases = [&](std::initializer_list<int> passes) {
      for (const Salient& cand : ranked) {
        const Phrase& p = *cand.phrase;
        std::string article = p.article(res.keyphrase.phrases);
        bool proper = p.proper();
        std::string kind;
        if (proper && p.words.size() >= 2 && gives_as_speaker(p.key, section_sentences, rules)) kind = "person";
        else if (proper && p.words.size() == 1 && p.determiner_count("à")) kind = "place";
        else if (!proper && !article.empty()) kind = "common";
        else if (proper) kind = "proper";
        else continue;
        std::string np = p.inside_sentence();
        // A phrase that holds the keyphrase does not follow it (« Banque de
        // France : la Banque de France… »), nor one with a word derived from
        // a one-word keyphrase (« Lens : les lensois »), nor one whose words
        // all are the keyphrase's (« Prise illégale d’intérêts : l’intérêt »).
        const bool holds_kp =
            !kp_key.empty() && ((" " + p.key + " ").find(" " + kp_key + " ") != std::string::npos ||
                                (kp_key.find(' ') == std::string::npos && text::length(kp_key) >= 4 &&
                                 std::any_of(p.words.begin(), p.words.end(),
                                             [&](const std::string& w) { return w.starts_with(kp_key); })) ||
                                (!p.words.empty() && std::all_of(p.words.begin(), p.words.end(), [&](const std::string& w) {
                                  return kp_stems.count(res.stemmer.stem(w)) > 0;
                                })));
        std::map<std::string, std::string> slots{{"np", np}, {"kp", res.french.place_name(doc.keyphrase)},
                                                 {"def", FrenchGrammar::with_article(article, np)}};
        for (int pass : passes) {
          if (!chosen.empty()) break;
          bool kp_pass = pass % 2 == 0 ? want_kp : !want_kp;
          bool reuse = pass >= 2;
          for (const auto& tpl : rules.templates) {
            if (tpl.keyphrase != kp_pass || (tpl.keyphrase && holds_kp) || (tpl.not_after_person && kp_is_person)) continue;
            bool applies = tpl.when == kind || (tpl.when == "proper" && proper) ||
                           (tpl.when == "common" && kind == "common");
            if (!applies) continue;
            if (!tpl.keyphrase && used_templates.count(tpl.id) && !reuse) continue;
            std::string h = fr.fill(tpl.text, slots);
            if (!acceptable(h)) continue;
            chosen = h;
            chosen_template = tpl.id;
            origin = p.example;
            used_phrases.insert(p.key);
            if (!tpl.keyphrase) used_templates.insert(tpl.id);
            break;
          }
        }
        if (!chosen.empty()) break;
      }
    };
    if (want_kp) {
      try_frames(1);
      if (chosen.empty()) try_phrases({0, 2});
      if (chosen.empty()) try_frames(0);
      if (chosen.empty()) try_phrases({1, 3});
    } else {
      try_frames(0);
      if (chosen.empty()) try_frames(1);
      if (chosen.empty()) try_phrases({0, 1, 2, 3});
    }
    if (chosen.empty()) {
      // No phrase of the section fits a template: a <fallback> heading not
      // used yet (the section is merged into the previous one afterwards
      // when the two fit together).
      for (const std::string& f : rules.fallbacks)
        if (!used_headings.count(text::fold(f))) {
          chosen = f;
          break;
        }
      // Only a text that repeats itself exhausts them: the last one serves again.
      if (chosen.empty() && !rules.fallbacks.empty()) chosen = rules.fallbacks.back();
      if (chosen.empty()) continue;
      chosen_template = "fallback";
      origin = "no salient phrase in the section";
    }
    if (has_kp(chosen)) ++with_kp;
    used_headings.insert(text::fold(chosen));
    used_gists.insert(gist(chosen, kp_forms, *rules.stopwords));
    section.heading = chosen;
    section.heading_origin = chosen_template;
    section.heading_source = origin;
  }
  // A section left with a fallback heading (or none) joins the previous one
  // when together they stay within the size of a section.
  for (std::size_t i = doc.sections.size(); i-- > 1;) {
    Section& s = doc.sections[i];
    if (s.heading && s.heading_origin != "fallback") continue;
    Section& prev = doc.sections[i - 1];
    if (s.heading && prev.words() + s.words() > res.sections.max_words) continue;
    for (Paragraph& p : s.paragraphs) prev.paragraphs.push_back(std::move(p));
    doc.sections.erase(doc.sections.begin() + static_cast<std::ptrdiff_t>(i));
  }
  for (std::size_t i = 0; i < doc.sections.size(); ++i) {
    const Section& s = doc.sections[i];
    if (!s.heading) continue;
    doc.traces.push_back({"headings", "heading " + std::to_string(i), *s.heading,
                          "template " + s.heading_origin + ", phrase from: " + s.heading_source, 0});
  }
  return doc;
}

}  // namespace titraille

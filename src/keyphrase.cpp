#include "keyphrase.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <string_view>
#include <unordered_map>

#include "pattern.h"
#include "resources.h"
#include "text.h"

namespace titraille {

KeyphraseRules::KeyphraseRules(const DataBundle& data, const Lexicon& lexicon) {
  RuleFile file(data, lexicon, "rules/keyphrase.xml");
  pugi::xml_node root = file.root();
  phrases.max_words = root.attribute("max-words").as_uint(4);
  phrases.min_letters = root.attribute("min-letters").as_uint(3);
  min_count = root.attribute("min-count").as_uint(2);
  intro_factor = root.attribute("intro-factor").as_double(0.5);
  multiword_factor = root.attribute("multiword-factor").as_double(0.8);
  long_factor = root.attribute("long-factor").as_double(2.0);
  title_factor = root.attribute("title-factor").as_double(0.3);
  kicker_factor = root.attribute("kicker-factor").as_double(1.0);
  kicker_max_words = root.attribute("kicker-max-words").as_uint(4);
  lead_first = root.attribute("lead-first").as_bool(true);
  skip_counted = root.attribute("skip-counted").as_bool(true);
  if (pugi::xml_node tf = root.child("title-first")) {
    title_first = true;
    title_position_factor = tf.attribute("position-factor").as_double(1.0);
    title_max_ratio = tf.attribute("max-ratio").as_double(4.0);
    title_extend_ratio = tf.attribute("extend-ratio").as_double(0.0);
    places = &lexicon.list(tf.attribute("places").as_string("fr/places"));
    for (std::string& w : text::split_words(tf.attribute("place-after").as_string())) place_markers.insert(text::lower(w));
    for (std::string& w : text::split_words(tf.attribute("not").as_string())) vague.insert(text::lower(w));
  }
  for (const std::string& m : text::split_words(root.child("verb-markers").text().as_string()))
    phrases.verb_markers.insert(text::lower(m));
  pugi::xml_node vs = root.child("verb-suffixes");
  phrases.verb_suffixes = text::split_words(vs.text().as_string());
  for (std::string& x : text::split_words(vs.attribute("except").as_string()))
    phrases.verb_suffix_exceptions.insert(std::move(x));
  phrases.inversions = text::split_words(root.child("inversions").text().as_string());
  for (pugi::xml_node d : root.children("determiners")) {
    std::string article = d.attribute("article").as_string();
    if (article.empty()) file.fail("determiners", "needs article=");
    phrases.articles.push_back(article);
    for (const std::string& w : text::split_words(d.text().as_string())) phrases.determiners[w] = article;
  }
  for (pugi::xml_node c : root.children("connector"))
    phrases.connectors[text::lower(c.text().as_string())] = c.attribute("after").as_string();
  if (pugi::xml_node pe = root.child("plural-endings")) {
    phrases.plural_endings = text::split_words(pe.text().as_string());
    phrases.plural_head_verb_endings = text::split_words(pe.attribute("after-plural").as_string());
    phrases.written_plural = text::split_words(pe.attribute("written-plural").as_string());
    for (std::string& x : text::split_words(pe.attribute("except").as_string()))
      phrases.plural_ending_exceptions.insert(std::move(x));
  }
  if (pugi::xml_node np = root.child("name-parts")) {
    for (std::string& w : text::split_words(text::lower(np.attribute("particles").as_string())))
      phrases.name_particles.insert(std::move(w));
    phrases.name_number_digits = np.attribute("number-digits").as_uint(0);
  }
  if (pugi::xml_node pc = root.child("participle-complement")) {
    for (std::string_view e : lexicon.list(pc.attribute("endings").as_string("fr/participle-endings")).entries())
      phrases.participle_endings.push_back(e);
    for (std::string& w : text::split_words(pc.text().as_string())) phrases.participle_complements.insert(std::move(w));
    if (pugi::xml_attribute nouns = pc.attribute("nouns"))
      for (std::string_view e : lexicon.list(nouns.as_string()).entries()) phrases.complement_nouns.insert(e);
  }
  for (std::string& w : text::split_words(root.child("verb-before").text().as_string()))
    phrases.verb_before.insert(std::move(w));
  if (pugi::xml_node fv = root.child("finite-verbs"))
    for (std::string_view e : lexicon.list(fv.attribute("list").as_string("fr/finite-verbs")).entries())
      phrases.finite_verbs.insert(e);
  if (pugi::xml_node p = root.child("prenominal"))
    for (std::string_view entry : lexicon.list(p.attribute("list").as_string("fr/prenominal")).entries())
      phrases.prenominal.insert(entry);
  for (const char* name : {"fr/stopwords", "fr/nonkey", "fr/months", "fr/weekdays"})
    for (std::string_view entry : lexicon.list(name).entries()) phrases.excluded.insert(entry);
}

namespace {

// YAKE's per-word statistics (Campos et al., 2020), on lower-case words.
struct WordStats {
  double tf = 0, tf_upper = 0, tf_acronym = 0;
  std::vector<double> positions;  // sentence indices, one per occurrence (its sentences: the distinct ones)
  // The words around it, as views of the tokens: only the distinct ones
  // are counted (distinct() below).
  std::vector<std::string_view> left, right;
  double score = 0;
};

// The number of distinct words of `words` (sorted in place).
std::size_t distinct(std::vector<std::string_view>& words) {
  std::sort(words.begin(), words.end());
  return static_cast<std::size_t>(std::unique(words.begin(), words.end()) - words.begin());
}

// The YAKE score of each content word, by its lower case.
std::map<std::string, double> word_stats(const std::vector<IndexedSentence>& sentences, const PhraseRules& rules,
                                         const VerbForms& verbs, const ContentFlags* flags) {
  // Gathered by a view of the tokens' lower case (hashed), then read in
  // key order: the sums below run in the order of a map by key.
  std::unordered_map<std::string_view, WordStats> gathered;
  for (std::size_t n = 0; n < sentences.size(); ++n) {
    const IndexedSentence& is = sentences[n];
    const auto& toks = is.sentence->tokens;
    // In a line in capitals no word is an acronym or a name by its casing.
    const bool caps_line = text::is_all_caps(is.sentence->text);
    for (std::size_t i = 0; i < toks.size(); ++i) {
      const Token& t = toks[i];
      if (flags ? !(*flags)[n][i] : !is_content_word(t, rules, verbs)) continue;
      WordStats& w = gathered[t.lower];
      w.tf += 1;
      if (!caps_line) {
        if (t.all_caps) w.tf_acronym += 1;
        else if (t.capitalized && i > 0) w.tf_upper += 1;
      }
      w.positions.push_back(static_cast<double>(is.index));
      if (i > 0 && toks[i - 1].kind == TokenKind::Word) w.left.push_back(toks[i - 1].lower);
      if (i + 1 < toks.size() && toks[i + 1].kind == TokenKind::Word) w.right.push_back(toks[i + 1].lower);
    }
  }
  std::map<std::string, double> out;
  if (gathered.empty()) return out;
  std::vector<std::pair<std::string_view, WordStats*>> stats;
  stats.reserve(gathered.size());
  for (auto& [k, w] : gathered) stats.emplace_back(k, &w);
  std::sort(stats.begin(), stats.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  double mean = 0, max_tf = 0;
  for (const auto& [_, w] : stats) {
    mean += w->tf;
    max_tf = std::max(max_tf, w->tf);
  }
  mean /= static_cast<double>(stats.size());
  double var = 0;
  for (const auto& [_, w] : stats) var += (w->tf - mean) * (w->tf - mean);
  double sd = std::sqrt(var / static_cast<double>(stats.size()));
  double n_sentences = std::max<double>(1, static_cast<double>(sentences.size()));
  for (auto& [key, w] : stats) {
    double t_case = std::max(w->tf_upper, w->tf_acronym) / (1.0 + std::log(w->tf));
    std::vector<double>& pos = w->positions;
    std::sort(pos.begin(), pos.end());
    double median = pos[pos.size() / 2];
    double t_pos = std::log(std::log(3.0 + median));
    double t_norm = w->tf / (mean + sd);
    double dl = static_cast<double>(distinct(w->left)) / w->tf, dr = static_cast<double>(distinct(w->right)) / w->tf;
    double t_rel = 1.0 + (dl + dr) * (w->tf / max_tf);
    const std::size_t in_sentences =
        static_cast<std::size_t>(std::unique(pos.begin(), pos.end()) - pos.begin());  // pos is sorted
    double t_sent = static_cast<double>(in_sentences) / n_sentences;
    w->score = (t_rel * t_pos) / (t_case + t_norm / t_rel + t_sent / t_rel);
    out.emplace_hint(out.end(), key, w->score);
  }
  return out;
}

// A one-word phrase, no proper name, only ever seen after a number in digits.
bool counted_noun(const Phrase& p) { return p.words.size() == 1 && !p.proper() && p.counted == p.count; }

}  // namespace

std::vector<IndexedSentence> keyphrase_sentences(const Document& doc) {
  std::vector<IndexedSentence> out;
  std::size_t index = 0;
  for (const Block& b : doc.blocks)
    if (b.kind == BlockKind::Title)
      for (const Sentence& s : b.sentences) out.push_back({&s, index++});
  for (IndexedSentence is : body_sentences(doc)) out.push_back({is.sentence, index++});
  return out;
}

std::map<std::string, double> word_scores(const Document& doc, const KeyphraseRules& rules, const VerbForms* verbs,
                                          const ContentFlags* flags) {
  std::vector<IndexedSentence> sentences = keyphrase_sentences(doc);
  if (!verbs) flags = nullptr;  // flags go with the caller's verbs
  return word_stats(sentences, rules.phrases, verbs ? *verbs : verb_forms(sentences, rules.phrases), flags);
}

std::vector<ScoredPhrase> rank_keyphrases(const Document& doc, const std::map<std::string, Phrase>& phrases,
                                          const KeyphraseRules& rules, const VerbForms* verbs,
                                          const std::map<std::string, double>* scores) {
  std::map<std::string, double> computed;
  if (!scores) {
    computed = word_scores(doc, rules, verbs);
    scores = &computed;
  }
  const std::map<std::string, double>& stats = *scores;
  // The title's sentences and the introduction's.
  std::size_t intro_sentences = 0;
  for (const Block& b : doc.blocks)
    if (b.kind == BlockKind::Title) intro_sentences += b.sentences.size();
  // The first paragraph's sentences: [lead_begin, lead_end).
  std::size_t lead_begin = intro_sentences, lead_end = intro_sentences;
  if (!doc.sections.empty() && !doc.sections.front().paragraphs.empty())
    lead_end += doc.sections.front().paragraphs.front().sentences.size();
  if (!doc.sections.empty() && !doc.sections.front().heading)
    for (const Paragraph& p : doc.sections.front().paragraphs) intro_sentences += p.sentences.size();
  // The source title, as words, says what the story is about: each word
  // between spaces, without accents (a title in capitals often drops them:
  // « GREVE »), an elided word apart (« l’ epr de flamanville »), a number
  // as « # », a punctuation mark as « | ». Its kicker, the words before its first colon in their
  // sentence (« Séisme au Maroc : l’aide arrive… »), names the story's
  // subject.
  auto add_words = [](std::string& out, std::string_view s) {
    if (out.empty()) out = " ";
    const std::string folded = text::fold_ascii(s);
    for (std::size_t i = 0; i < folded.size(); ++i) {
      out += folded[i];
      if (folded.compare(i, 3, "\u2019") == 0) {
        out.append(folded, i + 1, 2);
        out += ' ';
        i += 2;
      }
    }
    if (out.back() != ' ') out += ' ';
  };
  std::string title_words, kicker_key;
  if (doc.metadata.original_title) {
    bool kicker_done = false;
    for (const Block& b : doc.blocks)
      if (b.kind == BlockKind::Title)
        for (const Sentence& s : b.sentences) {
          std::string words;
          std::size_t n = 0;
          for (const Token& t : s.tokens) {
            if (!kicker_done && t.kind == TokenKind::Punct && t.text == ":") {
              kicker_done = true;
              if (n <= rules.kicker_max_words) kicker_key = words;
            }
            if (t.kind != TokenKind::Word) add_words(title_words, t.kind == TokenKind::Number ? "#" : "|");
            if (t.kind != TokenKind::Word) continue;
            if (!words.empty() && !words.ends_with("\u2019")) words += ' ';
            words += t.form();
            add_words(title_words, t.form());
            ++n;
          }
        }
  }
  std::string key_words;
  std::vector<ScoredPhrase> out;
  for (const auto& [key, p] : phrases) {
    if (p.count < rules.min_count || (rules.skip_counted && counted_noun(p))) continue;
    double prod = 1, sum = 0;
    for (const std::string& w : p.words) {
      auto it = stats.find(w);
      double s = it == stats.end() ? 1.0 : it->second;
      prod *= s;
      sum += s;
    }
    double score = prod / (static_cast<double>(p.count) * (1.0 + sum));
    if (p.first_sentence < intro_sentences) score *= rules.intro_factor;
    if (p.words.size() > 1) score *= rules.multiword_factor;
    for (std::size_t k = 2; k < p.words.size(); ++k) score *= rules.long_factor;
    // Where the title names it: its first occurrence in title_words.
    std::size_t at = std::string::npos;
    if (!title_words.empty()) {
      key_words.clear();
      add_words(key_words, p.key);
      at = title_words.find(key_words);
    }
    if (at != std::string::npos) score *= rules.title_factor;
    // The kicker itself, or its first word (« séisme » of « séisme au maroc »),
    // when it is a common noun: a place, an event or a section that heads
    // the title (« Lorient : », « Tour de France : ») is no subject.
    const bool kicker = !kicker_key.empty() && !p.proper() &&
                        (p.key == kicker_key || (p.words.size() == 1 && kicker_key.starts_with(p.key + " ")));
    if (kicker) score *= rules.kicker_factor;
    bool in_lead = false;
    for (std::size_t i : p.sentences) in_lead = in_lead || (i >= lead_begin && i < lead_end);
    // A noun phrase: a proper name, or a phrase the text puts after a
    // determiner ("la canicule"); a lower-case word never seen after one is
    // an adjective or a participle ("alerte renforcée") more often than not.
    // The title's kicker is a noun whatever the text puts before it (« Dengue :
    // … » over « une épidémie de dengue »).
    bool noun = kicker || p.noun(rules.phrases);
    int tier = !noun ? 2 : (rules.lead_first && !in_lead) ? 1 : 0;
    // Named by the title: first, a place after the others (a place is
    // where, not what: « Vierzon : », « … à Lyon »); earlier in the title,
    // better. Not a vague noun, nor a word a number follows in the title,
    // part of a name it lacks (« Top 14 »).
    int named = 2;
    if (rules.title_first && noun && at != std::string::npos && !rules.vague.count(p.key) &&
        !std::string_view(title_words).substr(at + key_words.size() - 1).starts_with(" # ")) {
      bool place = p.proper() && rules.places->contains(p.text);
      // (« Saint-Gilles (Manche) »: a département between brackets; not an
      // acronym, « (CRE) », which is an organisation's.)
      for (const auto& [before, count] : p.determiners)
        place = place || (p.proper() && rules.place_markers.count(before) &&
                          (before != "(" || !text::is_all_caps(p.text)));
      named = place ? 1 : 0;
      score *= 1.0 + rules.title_position_factor * static_cast<double>(at) / static_cast<double>(title_words.size());
    }
    out.push_back({&p, score, in_lead, tier, named});
  }
  // A named candidate far weaker than the best noun phrase is named in
  // passing (« … à Nîmes et dans les Cévennes »): it keeps its rank.
  double best = std::numeric_limits<double>::infinity();
  for (const ScoredPhrase& sp : out)
    if (sp.tier < 2) best = std::min(best, sp.score);
  for (ScoredPhrase& sp : out)
    if (sp.named < 2 && sp.score > rules.title_max_ratio * best) sp.named = 2;
  std::stable_sort(out.begin(), out.end(), [](const ScoredPhrase& a, const ScoredPhrase& b) {
    if (a.named != b.named) return a.named < b.named;
    if (a.tier != b.tier) return a.tier < b.tier;
    if (a.score != b.score) return a.score < b.score;
    return a.phrase->key < b.phrase->key;
  });
  // The more specific subject the title names (« prix de l’énergie » over
  // « prix »): the best extension of the first named phrase, when close.
  if (rules.title_extend_ratio > 0 && !out.empty() && out.front().named == 0) {
    const std::string prefix = out.front().phrase->key + " ";
    auto longer = std::find_if(out.begin() + 1, out.end(), [&](const ScoredPhrase& sp) {
      return sp.named == 0 && sp.phrase->key.starts_with(prefix) &&
             sp.score <= rules.title_extend_ratio * out.front().score;
    });
    if (longer != out.end()) std::rotate(out.begin(), longer, longer + 1);
  }
  return out;
}

Document keyphrase(Document doc, Resources& res) {
  if (doc.settings.keyphrase) {
    doc.keyphrase = *doc.settings.keyphrase;
    doc.keyphrase_source = doc.settings.keyphrase_from.empty() ? "--keyphrase" : doc.settings.keyphrase_from;
    return doc;
  }
  std::vector<IndexedSentence> sentences = keyphrase_sentences(doc);
  const VerbForms verbs = verb_forms(sentences, res.keyphrase.phrases);
  const ContentFlags flags = content_flags(sentences, res.keyphrase.phrases, verbs);
  std::map<std::string, Phrase> phrases = extract_phrases(sentences, res.keyphrase.phrases, verbs, &flags);
  std::map<std::string, double> scores = word_scores(doc, res.keyphrase, &verbs, &flags);
  std::vector<ScoredPhrase> ranked = rank_keyphrases(doc, phrases, res.keyphrase, &verbs, &scores);
  doc.keyphrase_word_scores = std::move(scores);  // for the title stage
  if (ranked.empty()) {
    // No phrase repeats: the one-word candidate of the earliest sentence
    // (ties: the most frequent, then the first in key order), a noun (a
    // proper name, or a word the text puts an article before) before any
    // other word (« bloquent » of « des étudiants bloquent le campus »), and
    // any word before a counted noun (« hectares » of « 6 000 hectares »).
    auto better = [&](const Phrase& a, const Phrase& b) {
      if (counted_noun(a) != counted_noun(b)) return !counted_noun(a);
      const PhraseRules& pr = res.keyphrase.phrases;
      if (a.noun(pr) != b.noun(pr)) return a.noun(pr);
      if (a.first_sentence != b.first_sentence) return a.first_sentence < b.first_sentence;
      return a.count > b.count;
    };
    const Phrase* best = nullptr;
    for (const auto& [key, p] : phrases)
      if (p.words.size() == 1 && (!best || better(p, *best))) best = &p;
    if (best) {
      doc.keyphrase = best->inside_sentence();
      doc.keyphrase_source = best->example;
    }
  } else {
    // Written as inside a sentence: « séisme », not the « Séisme » that
    // opens the title.
    doc.keyphrase = ranked.front().phrase->inside_sentence();
    doc.keyphrase_source = ranked.front().phrase->example;
  }
  if (doc.keyphrase.empty()) return doc;
  std::string others;
  for (std::size_t i = 0; i < ranked.size() && i < 6; ++i) {
    char buf[192];
    std::snprintf(buf, sizeof buf, "%s%s (%.4f, %zux%s)", i ? "; " : "", ranked[i].phrase->text.c_str(),
                  ranked[i].score, ranked[i].phrase->count, ranked[i].tier == 0 ? ", lead" : ranked[i].tier == 2 ? ", no article" : "");
    others += buf;
  }
  doc.traces.push_back({"keyphrase", "keyphrase", doc.keyphrase,
                        "YAKE ranking (lower is better): " + others + "; first in: " + doc.keyphrase_source, 0});
  // The title stage ranks the same phrases of the same sentences.
  auto shared = std::make_shared<SentencePhrases>();
  for (const IndexedSentence& is : sentences) shared->sentences.push_back(is.sentence);
  shared->phrases = std::move(phrases);
  doc.keyphrase_phrases = std::move(shared);
  return doc;
}

}  // namespace titraille

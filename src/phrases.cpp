#include "phrases.h"

#include <algorithm>

#include "text.h"

namespace titraille {

std::string Phrase::article(const PhraseRules& rules) const {
  // Votes of the determiners seen before the phrase for each article; the
  // first article of the rules wins a tie.
  // (Every article a determiner implies is one of the rules' articles.)
  std::vector<std::size_t> votes(rules.articles.size(), 0);
  for (const auto& [d, n] : determiners) {
    auto it = rules.determiners.find(d);
    if (it == rules.determiners.end()) continue;
    auto a = std::find(rules.articles.begin(), rules.articles.end(), it->second);
    if (a != rules.articles.end()) votes[static_cast<std::size_t>(a - rules.articles.begin())] += n;
  }
  std::size_t best = 0, most = 0;
  for (std::size_t a = 0; a < votes.size(); ++a)
    if (votes[a] > most) {
      most = votes[a];
      best = a;
    }
  if (most == 0) return std::string();
  // The text wrote « l’ » before the phrase: its first word elides (« l’homme »,
  // a mute h that the grammar's vowels cannot tell), so « le » and « la » are « l’ ».
  const std::string& winner = rules.articles[best];
  if ((winner == "le" || winner == "la") && determiner_count("l\u2019") > 0) return "l\u2019";
  return winner;
}

std::size_t Phrase::determiner_count(std::string_view form) const {
  for (const auto& [d, n] : determiners)
    if (d == form) return n;
  return 0;
}

VerbForms verb_forms(const std::vector<IndexedSentence>& sentences, const PhraseRules& rules) {
  VerbForms verbs;
  for (const IndexedSentence& is : sentences) {
    const auto& toks = is.sentence->tokens;
    for (std::size_t i = 1; i < toks.size(); ++i) {
      if (toks[i].kind == TokenKind::Word && !toks[i].capitalized && rules.verb_markers.count(toks[i - 1].form()))
        verbs.insert(toks[i].lower);
    }
  }
  return verbs;
}

namespace {

// Whether `word` has one of `endings` and is none of the exceptions.
bool has_ending(const std::string& word, const std::vector<std::string>& endings, const PhraseRules& rules) {
  for (const std::string& e : endings)
    if (word.size() > e.size() && word.ends_with(e)) return !rules.plural_ending_exceptions.count(word);
  return false;
}

}  // namespace

bool is_content_word(const Token& t, const PhraseRules& rules, const VerbForms& verbs) {
  // The cheap tests first, the look-ups last.
  if (t.kind != TokenKind::Word || t.elided) return false;
  // A word with digits is a name when it opens with a capital letter
  // (« G20 », « COP28 », « A320 »), never otherwise (« 13e », « 2024 »).
  bool digits = false;
  for (char c : t.lower) digits = digits || (c >= '0' && c <= '9');
  if (digits) {
    if (!t.capitalized || t.text.empty() || t.text[0] < 'A' || t.text[0] > 'Z' || t.text.size() < 2) return false;
  } else if (text::length(t.lower) < rules.min_letters && !t.all_caps) {
    return false;
  }
  // A lower-case word with a verb ending (longer than the ending by three
  // bytes or more), unless the rules list it as a noun.
  if (!t.capitalized) {
    bool verb_ending = false;
    for (const std::string& suffix : rules.verb_suffixes)
      if (t.lower.size() > suffix.size() + 2 && (suffix.empty() || t.lower.back() == suffix.back()) &&
          t.lower.compare(t.lower.size() - suffix.size(), suffix.size(), suffix) == 0) {
        verb_ending = true;
        break;
      }
    if (verb_ending && !rules.verb_suffix_exceptions.count(t.lower)) return false;
  }
  if (rules.excluded.count(t.lower)) return false;
  for (const std::string& inv : rules.inversions)
    if (t.lower.size() > inv.size() && t.lower.ends_with(inv)) return false;
  return !verbs.count(t.lower);
}

ContentFlags content_flags(const std::vector<IndexedSentence>& sentences, const PhraseRules& rules,
                           const VerbForms& verbs) {
  ContentFlags out(sentences.size());
  for (std::size_t n = 0; n < sentences.size(); ++n) {
    const std::vector<Token>& toks = sentences[n].sentence->tokens;
    out[n].resize(toks.size());
    for (std::size_t k = 0; k < toks.size(); ++k) out[n][k] = is_content_word(toks[k], rules, verbs);
  }
  return out;
}

namespace {
// The text of each phrase: its most frequent form.
void choose_texts(std::map<std::string, Phrase>& phrases) {
  for (auto& [key, p] : phrases) {
    // The most frequent form; a tie goes to the first in byte order.
    std::size_t best = 0;
    std::string_view text;
    for (const auto& [form, n] : p.forms)
      if (n > best || (n == best && form < text)) {
        best = n;
        text = form;
      }
    if (best == 0 && !p.forms.empty()) {
      // Seen only in capitals: written in lower case, as a common noun (the
      // first such form in byte order).
      std::string_view first = p.forms.front().first;
      for (const auto& [form, n] : p.forms) first = std::min(first, form);
      p.text = text::lower(first);
    } else {
      p.text = text;
    }
  }
}
}  // namespace

std::map<std::string, Phrase> extract_phrases(const std::vector<IndexedSentence>& sentences, const PhraseRules& rules,
                                              const VerbForms& verbs, const ContentFlags* flags) {
  std::map<std::string, Phrase> out;
  std::string key, det;  // (reused: their buffers are kept)
  std::vector<char> content_at;
  for (std::size_t n = 0; n < sentences.size(); ++n) {
    const IndexedSentence& is = sentences[n];
    const std::vector<Token>& toks = is.sentence->tokens;
    const std::string& stext = is.sentence->text;
    // A line in capitals says nothing of how its words are written: its
    // occurrences neither vote for a proper name nor give the surface form.
    const bool caps_line = text::is_all_caps(stext);
    // The sentence's first word, which takes a capital whatever it is.
    std::size_t first_word = 0;
    while (first_word < toks.size() && toks[first_word].kind != TokenKind::Word) ++first_word;
    // Whether each token is a content word, decided once per sentence.
    if (flags) {
      content_at = (*flags)[n];
    } else {
      content_at.assign(toks.size(), 0);
      for (std::size_t k = 0; k < toks.size(); ++k) content_at[k] = is_content_word(toks[k], rules, verbs);
    }
    auto capitalized_content = [&](std::size_t k) {
      return k < toks.size() && content_at[k] && toks[k].capitalized;  // (a content word is a Word token)
    };
    // « Ariane 6 »: a short number after a capitalised content word, before
    // no plural word (<name-parts number-digits>).
    auto name_number = [&](std::size_t k) {
      if (k == 0 || k >= toks.size() || toks[k].kind != TokenKind::Number || !capitalized_content(k - 1)) return false;
      const std::string& n = toks[k].text;
      if (n.size() > rules.name_number_digits || n.find_first_not_of("0123456789") != std::string::npos) return false;
      return k + 1 >= toks.size() || toks[k + 1].kind != TokenKind::Word || toks[k + 1].capitalized ||
             !text::ends_with_any(toks[k + 1].lower, rules.written_plural, 1);
    };
    // « Jean-Yves Le Goff »: a particle between capitalised content words.
    auto name_particle = [&](std::size_t k) {
      return k > 0 && toks[k].kind == TokenKind::Word && !toks[k].elided && capitalized_content(k - 1) &&
             capitalized_content(k + 1) && rules.name_particles.count(toks[k].lower);
    };
    for (std::size_t i = 0; i < toks.size(); ++i) {
      // (A particle of a name written in lower case, « der » of « Van der
      // Poel », opens no phrase and is no content word inside one, even
      // when no stop word.)
      if (!content_at[i] || (!toks[i].capitalized && name_particle(i))) continue;
      // A group whose complements « et » goes on with (« le service
      // départemental d’incendie et de secours »): no phrase ends inside its
      // complements, only before the first (`coordinated_from`).
      std::size_t coordinated_from = toks.size();
      {
        std::size_t k = i, first_connector = toks.size();
        for (; k < toks.size() && (content_at[k] || rules.connectors.count(toks[k].form())); ++k)
          if (first_connector == toks.size() && k > i && !content_at[k]) first_connector = k;
        if (k > i + 1 && k + 1 < toks.size() && toks[k].lower == "et" && rules.connectors.count(toks[k + 1].form()) &&
            !rules.connectors.count(toks[k - 1].form()))
          coordinated_from = first_connector;
      }
      key.clear();
      std::size_t content = 0;
      bool all_caps_words = true;
      // The token before the phrase, counted as its determiner.
      det.clear();
      if (i > 0) {
        det = toks[i - 1].lower;
        if (toks[i - 1].elided) det += "\u2019";  // form()
      }
      // A head after a singular determiner ("la paix") takes no plural
      // adjective: in "les soldats de maintien de la paix russes" the
      // adjective belongs to an earlier noun.
      auto article = i == 0 ? rules.determiners.end() : rules.determiners.find(det);
      const bool singular_head = article != rules.determiners.end() && article->second != "les";
      const bool plural_head = article != rules.determiners.end() && article->second == "les";
      for (std::size_t j = i; j < toks.size(); ++j) {
        const Token& t = toks[j];
        const bool number = j > i && name_number(j);
        bool content_word = (content_at[j] && !(j > i && !t.capitalized && name_particle(j))) || number;
        // (After an adjective written before its noun comes the noun: « l’ancien président ».)
        const bool adjective_slot = j > i && !t.capitalized && content_at[j - 1] && t.lower.size() > 3 &&
                                    !rules.prenominal.count(toks[j - 1].lower);
        // A plural adjective or a verb after a singular head; a verb after a
        // plural one (« les associations de locataires saluent »).
        if (content_word && adjective_slot &&
            ((singular_head && has_ending(t.lower, rules.plural_endings, rules)) ||
             (plural_head && has_ending(t.lower, rules.plural_head_verb_endings, rules))))
          break;
        if (content_word && j > i && !t.capitalized && content_at[j - 1] && rules.finite_verbs.count(t.lower)) break;
        // A lower-case word after an acronym in a complement is the verb (« le
        // secteur des puces d’IA attire… »; a name may take its adjective:
        // « le ministère de la Transition énergétique »).
        if (content_word && j >= i + 2 && !t.capitalized && !number && toks[j - 1].all_caps &&
            rules.connectors.count(toks[j - 2].form()))
          break;
        // Nor a singular word after a plural complement (« le service des
        // urgences fonctionne »: no adjective of « urgences », a verb).
        if (content_word && adjective_slot && j >= i + 2 && !text::ends_with_any(t.lower, rules.written_plural, 0)) {
          auto d = rules.determiners.find(toks[j - 2].lower);
          if (d != rules.determiners.end() && d->second == "les" &&
              text::ends_with_any(toks[j - 1].lower, rules.written_plural, 0))
            break;
        }
        if (!key.empty() && !toks[j - 1].elided) key += ' ';
        if (!content_word && j > i && name_particle(j)) {
          key += t.lower;
          continue;
        }
        if (!content_word) {
          std::string form = t.form();
          auto c = rules.connectors.find(form);
          if (c == rules.connectors.end()) break;
          if (!c->second.empty() && (j == 0 || toks[j - 1].lower != c->second)) break;
          key += form;
          continue;
        }
        key += t.lower;  // a content word is never elided: its form is its lower case
        ++content;
        if (content > rules.max_words) break;
        if (!t.capitalized && !number) all_caps_words = false;
        // (Nor before the number of a name: « Ariane » of « Ariane 6 ».)
        if (name_number(j + 1)) continue;
        // A candidate ends on a content word, not on an adjective that
        // comes before the noun after it (« l’ancien député »).
        // The noun may be a word of no phrase of its own (« la troisième
        // place »): any lower-case word but a connector, a determiner or a
        // preposition.
        if (j + 1 < toks.size() && !t.capitalized && rules.prenominal.count(t.lower)) {
          const Token& next = toks[j + 1];
          if (content_at[j + 1] || (next.kind == TokenKind::Word && !next.capitalized && !next.elided &&
                                    !rules.connectors.count(next.lower) && !rules.determiners.count(next.lower) &&
                                    !rules.participle_complements.count(next.lower)))
            continue;
        }
        // Nor on a participle or a noun whose complement follows (« décès
        // lié à … », « la mise en danger »).
        if (j + 1 < toks.size() && !t.capitalized && rules.participle_complements.count(toks[j + 1].lower) &&
            j > i && std::any_of(rules.participle_endings.begin(), rules.participle_endings.end(),
                                 [&](std::string_view e) { return t.lower.size() > e.size() + 1 && t.lower.ends_with(e); }))
          continue;
        // (A noun of that list before « de » too: « le sens » of « au sens du BIT ».)
        if (j + 1 < toks.size() && !t.capitalized && rules.complement_nouns.count(t.lower) &&
            (rules.participle_complements.count(toks[j + 1].lower) || rules.connectors.count(toks[j + 1].form())))
          continue;
        // Nor on a verb that a conjunction follows (« la découverte montre » of
        // « cette découverte montre que… »).
        if (j > i && j + 1 < toks.size() && !t.capitalized && rules.verb_before.count(toks[j + 1].form())) continue;
        if (j > coordinated_from) continue;
        auto at = out.lower_bound(key);
        if (at == out.end() || at->first != key) at = out.emplace_hint(at, key, Phrase());
        Phrase& p = at->second;
        if (p.count == 0) {
          p.key = key;
          p.words.reserve(content);
          for (std::size_t k = i; k <= j; ++k)
            if (content_at[k]) p.words.push_back(toks[k].lower);
          p.first_sentence = is.index;
          p.example = stext;
        }
        ++p.count;
        if (i > 0 && toks[i - 1].kind == TokenKind::Number) ++p.counted;
        if (p.sentences.empty() || p.sentences.back() != is.index) p.sentences.push_back(is.index);
        std::size_t b = toks[i].offset, e = t.offset + t.text.size();
        std::string_view form = std::string_view(stext).substr(b, e - b);
        auto f = std::find_if(p.forms.begin(), p.forms.end(), [&](const auto& x) { return x.first == form; });
        if (caps_line) {
          if (f == p.forms.end()) p.forms.emplace_back(form, 0);  // only a last resort (see below)
        } else {
          ++p.cased;
          if (all_caps_words) ++p.capitalized;
          if (i > first_word) {
            ++p.inner;
            if (toks[i].capitalized) ++p.inner_capitalized;
          }
          if (f != p.forms.end()) ++f->second;
          else p.forms.emplace_back(form, 1);
        }
        auto d = std::find_if(p.determiners.begin(), p.determiners.end(), [&](const auto& x) { return x.first == det; });
        if (d != p.determiners.end()) ++d->second;
        else p.determiners.emplace_back(det, 1);
      }
    }
  }
  choose_texts(out);
  return out;
}

std::string Phrase::inside_sentence() const {
  if (proper() || (inner_capitalized * 2 > inner)) return text;
  return text::lower_first(text);
}

std::vector<IndexedSentence> body_sentences(const Document& doc) {
  std::vector<IndexedSentence> out;
  std::size_t index = 0;
  for (const Section& s : doc.sections)
    for (const Paragraph& p : s.paragraphs)
      for (const Sentence& sent : p.sentences) out.push_back({&sent, index++, p.from_heading});
  return out;
}

}  // namespace titraille

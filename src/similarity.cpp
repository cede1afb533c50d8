#include "similarity.h"

#include "text.h"

namespace titraille {
namespace {

// "120 000" -> "120000" (spaces of any kind dropped), "3,5" kept.
std::string number_key(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    char32_t c = text::next_char(s, i);
    if (!text::is_space(c)) out.append(s.substr(start, i - start));
  }
  return out;
}

template <class Set>
double common(const Set& a, const Set& b) {
  double n = 0;
  for (const auto& x : a)
    if (b.count(x)) n += 1;
  return n;
}

double shared_weight(const FactSignature& a, const FactSignature& b) {
  return common(a.terms, b.terms) + kNamedWeight * (common(a.numbers, b.numbers) + common(a.names, b.names));
}

}  // namespace

double FactSignature::weight() const {
  return static_cast<double>(terms.size()) + kNamedWeight * static_cast<double>(numbers.size() + names.size());
}

FactSignature signature(const Sentence& s, const Stemmer& stemmer, const WordList& stopwords) {
  FactSignature sig;
  bool first_word = true;
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    if (t.kind == TokenKind::Punct) continue;
    if (t.kind == TokenKind::Number) {
      Quantity q{number_key(t.text), "", ""};
      sig.numbers.insert(q.value);
      // The minutes of "22 h 40" count nothing.
      bool minutes = i > 0 && s.tokens[i - 1].lower == "h";
      // The counted word: the next word, past "de"/"d’" ("200 000 de personnes").
      for (std::size_t k = i + 1; !minutes && k < s.tokens.size() && k <= i + 3; ++k) {
        const Token& u = s.tokens[k];
        if (u.kind != TokenKind::Word) break;
        if (u.elided || u.lower == "de") continue;
        if (text::length(u.lower) < 3) break;  // "22 h 40" is a time, not a count
        q.unit = text::fold_ascii(stemmer.stem(u.lower));
        q.word = u.lower;
        break;
      }
      sig.quantities.push_back(q);
      first_word = false;
      continue;
    }
    bool was_first = first_word;
    first_word = false;
    if (t.elided || stopwords.contains(t.lower)) continue;
    if (t.capitalized && !was_first && !t.all_caps) sig.names.insert(text::fold_ascii(t.lower));
    else if (t.all_caps && text::length(t.text) >= 2) sig.names.insert(text::fold_ascii(t.lower));
    if (text::length(t.lower) >= 3) sig.terms.insert(text::fold_ascii(stemmer.stem(t.lower)));
  }
  return sig;
}

double similarity(const FactSignature& a, const FactSignature& b) {
  double total = a.weight() + b.weight();
  return total > 0 ? 2.0 * shared_weight(a, b) / total : 0.0;
}

double containment(const FactSignature& a, const FactSignature& b) {
  double w = a.weight();
  return w > 0 ? shared_weight(a, b) / w : 0.0;
}

bool more_informative(const FactSignature& b, const FactSignature& a) {
  for (const std::string& n : a.numbers)
    if (!b.numbers.count(n)) return false;
  for (const std::string& n : a.names)
    if (!b.names.count(n)) return false;
  return b.weight() > a.weight();
}

std::set<std::string> unit_stems(const WordList& words, const Stemmer& stemmer) {
  std::set<std::string> out;
  for (std::string_view w : words.entries()) out.insert(text::fold_ascii(stemmer.stem(text::lower(w))));
  return out;
}

std::size_t shared_figures(const FactSignature& a, const FactSignature& b, const std::set<std::string>& ignore_units) {
  // b must count something with the same number too ("200 morts" / "200
  // personnes"), not merely hold it ("22 h 40" / "40 kilomètres").
  std::set<std::string> counted;
  for (const Quantity& q : a.quantities) {
    if (q.unit.empty() || ignore_units.count(q.unit)) continue;
    for (const Quantity& o : b.quantities)
      if (o.value == q.value && !o.unit.empty() && !ignore_units.count(o.unit)) counted.insert(q.value);
  }
  return counted.size();
}

std::string contradiction(const FactSignature& a, const FactSignature& b, const std::set<std::string>& ignore_units) {
  for (const Quantity& qa : a.quantities) {
    if (qa.unit.empty()) continue;
    if (ignore_units.count(qa.unit)) continue;
    bool same_unit = false, same_value = false;
    for (const Quantity& qb : b.quantities) {
      if (qb.unit != qa.unit) continue;
      same_unit = true;
      if (qb.value == qa.value) same_value = true;
    }
    // b also gives a figure for this unit, and none of b's figures for it is a's.
    if (same_unit && !same_value) {
      bool a_has_b_value = false;
      for (const Quantity& qb : b.quantities)
        if (qb.unit == qa.unit)
          for (const Quantity& qa2 : a.quantities)
            if (qa2.unit == qa.unit && qa2.value == qb.value) a_has_b_value = true;
      if (!a_has_b_value) return qa.unit;
    }
  }
  return {};
}

std::vector<std::pair<std::size_t, std::size_t>> near_duplicate_pairs(const std::vector<FactSignature>& sigs,
                                                                       double threshold) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t i = 0; i < sigs.size(); ++i)
    for (std::size_t j = i + 1; j < sigs.size(); ++j)
      if (sigs[i].weight() > 0 && similarity(sigs[i], sigs[j]) >= threshold) out.emplace_back(i, j);
  return out;
}

}  // namespace titraille

#include "lexicon.h"

#include <algorithm>

#include "text.h"
#include "titraille/titraille.h"

namespace titraille {

namespace {
constexpr std::string_view kPrefix = "lexicon/";
}  // namespace

void WordList::add(std::string_view entry, std::string_view value) {
  if (find(entry) != kAbsent) return;
  if (2 * (order_.size() + 1) > slots_.size()) rehash(std::max<std::size_t>(16, 2 * slots_.size()));
  order_.push_back(entry);
  values_.push_back(value);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = StringHash{}(entry) & mask;
  while (slots_[i]) i = (i + 1) & mask;
  slots_[i] = static_cast<uint32_t>(order_.size());
}

uint32_t WordList::find(std::string_view word) const {
  if (slots_.empty()) return kAbsent;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = StringHash{}(word) & mask; slots_[i]; i = (i + 1) & mask)
    if (order_[slots_[i] - 1] == word) return slots_[i] - 1;
  return kAbsent;
}

void WordList::rehash(std::size_t slots) {
  slots_.assign(slots, 0);
  const std::size_t mask = slots - 1;
  for (uint32_t k = 0; k < order_.size(); ++k) {
    std::size_t i = StringHash{}(order_[k]) & mask;
    while (slots_[i]) i = (i + 1) & mask;
    slots_[i] = k + 1;
  }
}

void WordList::reserve(std::size_t n) {
  order_.reserve(n);
  values_.reserve(n);
  std::size_t slots = 16;
  while (slots < 2 * n) slots *= 2;
  if (slots > slots_.size()) rehash(slots);
}

std::string_view WordList::value(std::string_view word) const {
  uint32_t k = find(word);
  return k == kAbsent ? std::string_view() : values_[k];
}

Lexicon::Lexicon(const DataBundle& data) : data_(data.share(kPrefix)) {
  for (const std::string& file : data_.names(kPrefix)) {
    if (file.size() < 4 || file.compare(file.size() - 4, 4, ".txt") != 0) continue;
    std::string name = file.substr(kPrefix.size(), file.size() - kPrefix.size() - 4);
    WordList& list = lists_[name];
    std::string_view content = data_.get(file);
    std::size_t lines = static_cast<std::size_t>(std::count(content.begin(), content.end(), '\n')) + 1;
    list.reserve(lines);
    for (std::string_view line : text::split_lines(content)) {
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      std::string_view t = text::trim(line);
      if (t.empty() || t.front() == '#') continue;
      std::size_t tab = line.find('\t');
      if (tab == std::string_view::npos) {
        list.add(t, {});
      } else {
        list.add(text::trim(line.substr(0, tab)), text::trim(line.substr(tab + 1)));
      }
    }
  }
}

const WordList* Lexicon::find(std::string_view name) const {
  auto it = lists_.find(name);
  return it == lists_.end() ? nullptr : &it->second;
}

const WordList& Lexicon::list(std::string_view name) const {
  const WordList* l = find(name);
  if (!l) throw Error(ExitCode::kRules, "lexicon/" + std::string(name) + ".txt: missing word list");
  return *l;
}

std::vector<std::string> Lexicon::names(std::string_view prefix) const {
  std::vector<std::string> out;
  for (const auto& [name, _] : lists_)
    if (name.compare(0, prefix.size(), prefix) == 0) out.push_back(name);
  return out;
}

}  // namespace titraille

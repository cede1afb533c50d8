#include "lexicon.h"

#include <algorithm>

#include "text.h"
#include "titraille/titraille.h"

namespace titraille {

namespace {
constexpr std::string_view kPrefix = "lexicon/";
}  // namespace

void WordList::add(std::string_view entry, std::string_view value) {
  if (!words_.insert(entry).second) return;
  if (!value.empty()) values_.emplace(entry, value);
  order_.push_back(entry);
}

void WordList::reserve(std::size_t n) {
  words_.reserve(n);
  order_.reserve(n);
}

std::string_view WordList::value(std::string_view word) const {
  auto it = values_.find(word);
  return it == values_.end() ? std::string_view() : it->second;
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

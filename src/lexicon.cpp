#include "lexicon.h"

#include "text.h"
#include "titraille/titraille.h"

namespace titraille {

void WordList::add(std::string entry, std::string value) {
  if (!words_.insert(entry).second) return;
  if (!value.empty()) values_.emplace(entry, std::move(value));
  order_.push_back(std::move(entry));
}

std::string WordList::value(std::string_view word) const {
  auto it = values_.find(word);
  return it == values_.end() ? std::string() : it->second;
}

Lexicon::Lexicon(const DataBundle& data) {
  constexpr std::string_view kPrefix = "lexicon/";
  for (const std::string& file : data.names(kPrefix)) {
    if (file.size() < 4 || file.compare(file.size() - 4, 4, ".txt") != 0) continue;
    std::string name = file.substr(kPrefix.size(), file.size() - kPrefix.size() - 4);
    WordList& list = lists_[name];
    for (std::string_view line : text::split_lines(data.get(file))) {
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      std::string_view t = text::trim(line);
      if (t.empty() || t.front() == '#') continue;
      std::size_t tab = line.find('\t');
      if (tab == std::string_view::npos) {
        list.add(std::string(t), {});
      } else {
        list.add(std::string(text::trim(line.substr(0, tab))), std::string(text::trim(line.substr(tab + 1))));
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

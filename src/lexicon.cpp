#include "lexicon.h"

#include <algorithm>

#include "text.h"
#include "titraille/titraille.h"

namespace titraille {

namespace {
constexpr std::string_view kPrefix = "lexicon/";
}  // namespace

WordList::WordList(const WordListSeed& seed)
    : entries_(seed.entries),
      values_(seed.values),
      slots_(seed.slots),
      size_(seed.size),
      slot_count_(seed.slot_count),
      seeded_(true) {}

WordList& WordList::operator=(const WordList& other) {
  if (this == &other) return *this;
  order_ = other.order_;
  value_store_ = other.value_store_;
  slot_store_ = other.slot_store_;
  seeded_ = other.seeded_;
  if (seeded_) {
    entries_ = other.entries_;
    values_ = other.values_;
    slots_ = other.slots_;
    size_ = other.size_;
    slot_count_ = other.slot_count_;
  } else {
    own();
  }
  return *this;
}

void WordList::own() {
  entries_ = order_.data();
  values_ = value_store_.data();
  slots_ = slot_store_.data();
  size_ = order_.size();
  slot_count_ = slot_store_.size();
}

void WordList::add(std::string_view entry, std::string_view value) {
  if (seeded_) {  // copy the build-time tables before changing them
    order_.assign(entries_, entries_ + size_);
    value_store_ = values_ ? std::vector<std::string_view>(values_, values_ + size_) : std::vector<std::string_view>(size_);
    slot_store_.assign(slots_, slots_ + slot_count_);
    seeded_ = false;
    own();
  }
  if (find(entry) != kAbsent) return;
  if (2 * (order_.size() + 1) > slot_store_.size()) rehash(std::max<std::size_t>(16, 2 * slot_store_.size()));
  order_.push_back(entry);
  value_store_.push_back(value);
  const std::size_t mask = slot_store_.size() - 1;
  std::size_t i = hash(entry) & mask;
  while (slot_store_[i]) i = (i + 1) & mask;
  slot_store_[i] = static_cast<uint32_t>(order_.size());
  own();
}

uint32_t WordList::find(std::string_view word) const {
  if (!slot_count_) return kAbsent;
  const std::size_t mask = slot_count_ - 1;
  for (std::size_t i = hash(word) & mask; slots_[i]; i = (i + 1) & mask)
    if (entries_[slots_[i] - 1] == word) return slots_[i] - 1;
  return kAbsent;
}

void WordList::rehash(std::size_t slots) {
  slot_store_.assign(slots, 0);
  const std::size_t mask = slots - 1;
  for (uint32_t k = 0; k < order_.size(); ++k) {
    std::size_t i = hash(order_[k]) & mask;
    while (slot_store_[i]) i = (i + 1) & mask;
    slot_store_[i] = k + 1;
  }
  own();
}

void WordList::reserve(std::size_t n) {
  order_.reserve(n);
  value_store_.reserve(n);
  std::size_t slots = 16;
  while (slots < 2 * n) slots *= 2;
  if (slots > slot_store_.size()) rehash(slots);
}

std::string_view WordList::value(std::string_view word) const {
  uint32_t k = find(word);
  return k == kAbsent || !values_ ? std::string_view() : values_[k];
}

namespace {
// The build-time tables of lexicon/<name>.txt, when they were computed from
// a file of that size.
const WordListSeed* find_seed(std::string_view name, std::size_t content_size) {
  const WordListSeed* end = kWordListSeeds + kWordListSeedCount;
  const WordListSeed* it = std::lower_bound(kWordListSeeds, end, name,
                                            [](const WordListSeed& s, std::string_view n) { return s.name < n; });
  return it != end && it->name == name && it->content_size == content_size ? it : nullptr;
}
}  // namespace

Lexicon::Lexicon(const DataBundle& data) : data_(data.share(kPrefix)) {
  for (const std::string& file : data_.names(kPrefix)) {
    if (file.size() < 4 || file.compare(file.size() - 4, 4, ".txt") != 0) continue;
    std::string name = file.substr(kPrefix.size(), file.size() - kPrefix.size() - 4);
    std::string_view content = data_.get(file);
    if (data_.embedded(file)) {
      if (const WordListSeed* seed = find_seed(name, content.size())) {
        lists_.emplace(std::move(name), WordList(*seed));
        continue;
      }
    }
    WordList& list = lists_[name];
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

#include "width.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

#include "text.h"
#include "titraille/titraille.h"

namespace titraille {

namespace {
constexpr char32_t kDefault = 0xFFFFFFFF;  // the seed of the default width
}  // namespace

WidthTable::WidthTable(const DataBundle& data) {
  std::string_view tsv = data.get("data/arial-widths.tsv");
  if (data.embedded("data/arial-widths.tsv") && kWidthSeedCount) {
    widths_.reserve(kWidthSeedCount);
    for (std::size_t i = 0; i + 1 < kWidthSeedCount; ++i) widths_[kWidthSeeds[i].code] = kWidthSeeds[i].width;
    default_ = kWidthSeeds[kWidthSeedCount - 1].width;
    return;
  }
  bool has_default = false;
  for (std::string_view line : text::split_lines(tsv)) {
    line = text::trim(line);
    if (line.empty() || line.front() == '#') continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos)
      throw Error(ExitCode::kRules, "data/arial-widths.tsv: line without a tab: " + std::string(line));
    std::string key(line.substr(0, tab));
    std::string_view value = text::trim(line.substr(tab + 1));
    // from_chars reads a plain decimal number as strtod does (both round
    // correctly), much faster; anything else is left to strtod.
    double w = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), w);
    if (ec != std::errc() || end != value.data() + value.size()) w = std::strtod(std::string(value).c_str(), nullptr);
    if (key == "default") {
      default_ = w;
      has_default = true;
    } else {
      widths_[static_cast<char32_t>(std::strtoul(key.c_str(), nullptr, 16))] = w;
    }
  }
  if (!has_default) throw Error(ExitCode::kRules, "data/arial-widths.tsv: no `default` line");
}

std::vector<WidthSeed> WidthTable::seeds() const {
  std::vector<WidthSeed> out;
  for (const auto& [code, width] : widths_) out.push_back({code, width});
  std::sort(out.begin(), out.end(), [](const WidthSeed& a, const WidthSeed& b) { return a.code < b.code; });
  out.push_back({kDefault, default_});
  return out;
}

double WidthTable::width(char32_t c) const {
  auto it = widths_.find(c);
  return it == widths_.end() ? default_ : it->second;
}

long WidthTable::pixels(std::string_view s) const {
  double sum = 0;
  for (std::size_t i = 0; i < s.size();) sum += width(text::next_char(s, i));
  return std::lround(sum);
}

}  // namespace titraille

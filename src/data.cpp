#include "data.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <utility>

#include "titraille/titraille.h"

namespace titraille {
namespace embedded {
extern const std::pair<std::string_view, std::string_view> files[];
extern const std::size_t file_count;
}  // namespace embedded

DataBundle DataBundle::embedded() {
  DataBundle b;
  for (std::size_t i = 0; i < embedded::file_count; ++i)
    b.files_.emplace(std::string(embedded::files[i].first), embedded::files[i].second);
  return b;
}

bool DataBundle::embedded(std::string_view name) const {
  auto it = files_.find(name);
  if (it == files_.end()) return false;
  const auto* end = embedded::files + embedded::file_count;
  const auto* e = std::lower_bound(embedded::files, end, name,
                                   [](const std::pair<std::string_view, std::string_view>& f, std::string_view n) {
                                     return f.first < n;
                                   });
  return e != end && e->first == name && e->second.data() == it->second.data() && e->second.size() == it->second.size();
}

void DataBundle::override_from(const std::filesystem::path& dir, std::string_view prefix) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    throw Error(ExitCode::kUnreadable, dir.string() + ": not a directory");
  std::vector<std::filesystem::path> found;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file()) found.push_back(it->path());
  }
  if (ec) throw Error(ExitCode::kUnreadable, dir.string() + ": " + ec.message());
  std::sort(found.begin(), found.end());
  for (const auto& path : found) {
    std::string ext = path.extension().string();
    if (ext != ".xml" && ext != ".txt" && ext != ".tsv") continue;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ExitCode::kUnreadable, path.string() + ": cannot read");
    std::ostringstream content;
    content << in.rdbuf();
    std::string key = std::string(prefix) + "/" + path.lexically_relative(dir).generic_string();
    if (!store_) store_ = std::make_shared<std::deque<std::string>>();
    files_[key] = store_->emplace_back(content.str());
    overridden_ = true;
  }
}

std::string_view DataBundle::get(std::string_view name) const {
  auto it = files_.find(name);
  if (it == files_.end()) throw Error(ExitCode::kRules, std::string(name) + ": missing rules or lexicon file");
  return it->second;
}

std::vector<std::string> DataBundle::names(std::string_view prefix) const {
  std::vector<std::string> out;
  for (const auto& [name, _] : files_)
    if (name.compare(0, prefix.size(), prefix) == 0) out.push_back(name);
  return out;
}

DataBundle DataBundle::share(std::string_view prefix) const {
  DataBundle b;
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
    b.files_.emplace_hint(b.files_.end(), it->first, it->second);
  b.store_ = store_;
  b.overridden_ = overridden_;
  return b;
}

std::string DataBundle::digest() const {
  if (!overridden_ && !kEmbeddedDigest.empty()) return std::string(kEmbeddedDigest);
  return compute_digest();
}

std::string DataBundle::compute_digest() const {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  auto mix = [&h](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 0x100000001b3ULL;
    }
    h ^= 0xff;  // separator
    h *= 0x100000001b3ULL;
  };
  for (const auto& [name, content] : files_) {
    mix(name);
    mix(content);
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return std::string("fnv1a64:") + buf;
}

}  // namespace titraille

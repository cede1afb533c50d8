// Build-time tool: computes what the library would otherwise compute at every
// start-up, and writes it as a C++ source linked into the library:
// - the prefilter requirement of every pattern (src/prefilter.h), recorded
//   while rules/ and lexicon/ are loaded from the source tree as
//   `titraille --rules --lexicon` would, sorted by pattern;
// - every compiled form of every pattern, serialized by PCRE2 (src/pattern.h);
// - the tables of every word list of lexicon/ (src/lexicon.h), as the
//   library builds them when it reads a list;
// - the prefilter's atom index once every pattern is loaded (src/prefilter.h);
// - the title width table of data/arial-widths.tsv (src/width.h);
// - the <accents> table of the titles (src/title.h);
// - the digest of the embedded rules and lexicon (src/data.h).
//
//   titraille_precompute RULES_DIR LEXICON_DIR OUT.cpp
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "data.h"
#include "lexicon.h"
#include "pattern.h"
#include "prefilter.h"
#include "title.h"
#include "titraille/titraille.h"
#include "width.h"

namespace {

std::map<std::string, std::u16string>& seeds() {
  static std::map<std::string, std::u16string> s;
  return s;
}

void record(const std::string& pattern, const std::u16string& requirement) { seeds()[pattern] = requirement; }

std::vector<titraille::Pattern>& patterns() {
  static std::vector<titraille::Pattern> p;
  return p;
}

void record_pattern(const titraille::Pattern& p) { patterns().push_back(p); }

// The patterns of the rules files, by (file, text as written, case): their
// source and PCRE2 form.
using RuleKey = std::tuple<std::string, std::string, bool>;
std::map<RuleKey, std::pair<std::string, std::string>>& rule_patterns() {
  static std::map<RuleKey, std::pair<std::string, std::string>> r;
  return r;
}

void record_rule(std::string_view file, std::string_view text, bool icase, const titraille::Pattern& p) {
  rule_patterns()[RuleKey(file, text, icase)] = {p.source(), p.engine_source()};
}

// A C++ string literal: printable ASCII as is, everything else in octal.
std::string literal(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\' || c == '?' || c < 0x20 || c >= 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

// A C++ UTF-16 literal: printable ASCII as is, other code points as \\u or \\U.
std::string literal16(const std::u16string& s) {
  std::string out = "u\"";
  for (std::size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF)
      c = 0x10000 + ((c - 0xD800) << 10) + (s[++i] - 0xDC00);
    char buf[16];
    if (c == '"' || c == '\\' || c == '?' || c < 0x20 || c >= 0x7F) {
      if (c < 0x20)  // \u is not allowed for controls in a literal
        std::snprintf(buf, sizeof buf, "\\%03o", static_cast<unsigned>(c));
      else if (c < 0x10000)
        std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(c));
      else
        std::snprintf(buf, sizeof buf, "\\U%08X", static_cast<unsigned>(c));
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string view(std::string_view s) {
  return "std::string_view(" + literal(std::string(s)) + ", " + std::to_string(s.size()) + ")";
}

// A C++ array of unsigned integers, followed by a 0.
template <class Range>
std::string array(const char* type, const std::string& name, const Range& values) {
  using T = std::decay_t<decltype(*std::begin(values))>;
  std::string out = "const " + std::string(type) + " " + name + "[] = {";
  std::size_t k = 0;
  for (T v : values) out += std::to_string(v) + (std::is_same_v<T, uint64_t> ? "u" : "") + (++k % 16 ? "," : ",\n");
  return out + "0};\n";
}

// The arrays of one word list's tables, named after `id`, and the
// WordListSeed initializer that points at them.
std::string word_list_arrays(const std::string& id, const titraille::WordList& list, std::string_view name,
                             std::size_t content_size, std::string& initializer) {
  std::string out = "const std::string_view " + id + "_entries[] = {";
  for (std::string_view e : list.entries()) out += view(e) + ",\n";
  out += "{}};\n";
  bool values = false;
  for (std::string_view v : list.values()) values |= !v.empty();
  if (values) {
    out += "const std::string_view " + id + "_values[] = {";
    for (std::string_view v : list.values()) out += view(v) + ",\n";
    out += "{}};\n";
  }
  out += array("uint32_t", id + "_slots", list.slots());
  initializer = "{" + view(name) + ", " + std::to_string(content_size) + ", " + id + "_entries, " +
                (values ? id + "_values" : std::string("nullptr")) + ", " + std::to_string(list.size()) + ", " + id +
                "_slots, " + std::to_string(list.slots().size()) + "}";
  return out;
}

// The tables of every word list, as WordListSeed arrays.
std::string word_list_seeds(const std::filesystem::path& lexicon_dir, std::size_t& count) {
  titraille::DataBundle data = titraille::DataBundle::embedded();
  data.override_from(lexicon_dir, "lexicon");
  titraille::Lexicon lexicon(data);
  std::string out, table;
  std::size_t n = 0;
  for (const std::string& name : lexicon.names("")) {
    std::string initializer;
    out += word_list_arrays("wl" + std::to_string(n++), lexicon.list(name), name,
                            data.get("lexicon/" + name + ".txt").size(), initializer);
    table += "    " + initializer + ",\n";
  }
  count = n;
  return out + "\nconst WordListSeed word_lists[] = {\n" + table + "};\n";
}

// The <accents> table of rules/titles.xml over the lists it names (TitleRules::accent_table()).
std::string accent_seed(const std::filesystem::path& rules_dir, const std::filesystem::path& lexicon_dir) {
  titraille::DataBundle data = titraille::DataBundle::embedded();
  data.override_from(rules_dir, "rules");
  data.override_from(lexicon_dir, "lexicon");
  titraille::Lexicon lexicon(data);
  titraille::TitleRules rules(data, lexicon);
  std::string initializer;
  std::string out = word_list_arrays("accents", rules.accent_table(), "titles/accents", 0, initializer);
  return out + "const WordListSeed accent_table = " + initializer + ";\n";
}

// The sets of every seed's requirement with the ids of the atom index, as
// PrefilterSet arrays; `where[pattern]` is its first set and their number.
std::string prefilter_sets(std::map<std::string, std::pair<std::size_t, std::size_t>>& where) {
  titraille::Prefilter::set_recorder(nullptr);
  std::vector<uint32_t> ids;
  std::vector<uint64_t> bits;
  std::string sets;
  std::size_t n = 0;
  for (const auto& [pattern, requirement] : seeds()) {
    titraille::Prefilter p(pattern, titraille::Prefilter::Source::kParse);
    where[pattern] = {n, p.sets().size()};
    for (const titraille::PrefilterSet& set : p.sets()) {
      sets += "    {set_ids + " + std::to_string(ids.size()) + ", " + std::to_string(set.id_count) + ", set_bits + " +
              std::to_string(bits.size()) + ", " + std::to_string(set.bit_count) + ", std::u16string_view(" +
              literal16(std::u16string(set.direct)) + ", " + std::to_string(set.direct.size()) + ")},\n";
      ids.insert(ids.end(), set.ids, set.ids + set.id_count);
      bits.insert(bits.end(), set.bits, set.bits + 2 * set.bit_count);
      ++n;
    }
  }
  return array("uint32_t", "set_ids", ids) + array("uint64_t", "set_bits", bits) +
         "const PrefilterSet sets[] = {\n" + sets + "    {}};\n\n";
}

// The prefilter's atom index once every embedded pattern is loaded.
std::string atom_index_seed() {
  titraille::AtomIndexSnapshot index = titraille::Prefilter::index_snapshot();
  std::string out = array("uint32_t", "atom_ids", index.ids) + array("uint64_t", "atom_pairs", index.pairs) +
                    array("uint64_t", "atom_triples", index.triples) +
                    array("uint64_t", "atom_bits", index.bits) + array("uint64_t", "atom_keys", index.keys) +
                    array("uint32_t", "atom_heads", index.heads) + array("uint32_t", "atom_next", index.next);
  out += "const AtomIndexSeed atom_index = {std::u16string_view(" + literal16(index.atoms) + ", " +
         std::to_string(index.atoms.size()) + "), atom_ids, " + std::to_string(index.ids.size()) +
         ", atom_pairs, atom_triples, atom_bits, atom_keys, atom_heads, {";
  for (std::size_t k = 0; k < index.slots.size(); ++k) out += (k ? ", " : "") + std::to_string(index.slots[k]);
  return out + "}, atom_next};\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: titraille_precompute RULES_DIR LEXICON_DIR OUT.cpp\n";
    return 2;
  }
  titraille::Prefilter::set_recorder(record);
  titraille::Pattern::set_recorder(record_pattern);
  titraille::RuleFile::set_recorder(record_rule);
  std::map<std::string, std::string> compiled;
  std::string word_lists, atom_index, sets, accents;
  std::map<std::string, std::pair<std::size_t, std::size_t>> first_set;
  std::size_t word_list_count = 0;
  std::vector<titraille::WidthSeed> widths;
  try {
    widths = titraille::WidthTable(titraille::DataBundle::embedded()).seeds();
    word_lists = word_list_seeds(argv[2], word_list_count);
    accents = accent_seed(argv[1], argv[2]);
    titraille::Engine engine{std::filesystem::path(argv[1]), std::filesystem::path(argv[2])};
    for (const titraille::Pattern& p : patterns())
      for (auto& [key, bytes] : p.serialize()) compiled[key] = std::move(bytes);
    sets = prefilter_sets(first_set);
    atom_index = atom_index_seed();
  } catch (const std::exception& e) {
    std::cerr << "titraille_precompute: " << e.what() << "\n";
    return 1;
  }
  std::string out =
      "// Generated by titraille_precompute from rules/ and lexicon/: do not edit.\n"
      "#include \"data.h\"\n#include \"lexicon.h\"\n#include \"pattern.h\"\n#include \"prefilter.h\"\n#include \"title.h\"\n#include \"width.h\"\n\nnamespace titraille {\nnamespace {\n"
      + sets + "const PrefilterSeed seeds[] = {\n";
  for (const auto& [pattern, requirement] : seeds()) {
    const auto [begin, count] = first_set[pattern];
    out += "    {std::string_view(" + literal(pattern) + ", " + std::to_string(pattern.size()) + "), std::u16string_view(" + literal16(requirement) + ", " +
           std::to_string(requirement.size()) + "), sets + " + std::to_string(begin) + ", " + std::to_string(count) + "},\n";
  }
  out += "};\n\nconst PatternSeed rule_patterns[] = {\n";
  for (const auto& [key, forms] : rule_patterns()) {
    auto seed = seeds().find(forms.first);
    std::string prefilter = seed == seeds().end()
                                ? std::string("nullptr")
                                : "&seeds[" + std::to_string(std::distance(seeds().begin(), seed)) + "]";
    out += "    {" + view(std::get<0>(key)) + ", " + view(std::get<1>(key)) + ", " + (std::get<2>(key) ? "true" : "false") +
           ", " + view(forms.first) + ", " + view(forms.second) + ", " + prefilter + "},\n";
  }
  out += "};\n\n// Aligned: PCRE2 reads the serialized header's fields in place.\n";
  std::size_t n = 0;
  for (const auto& [key, bytes] : compiled)
    out += "alignas(8) const char code" + std::to_string(n++) + "[] = " + literal(bytes) + ";\n";
  out += "\nconst CompiledSeed compiled[] = {\n";
  n = 0;
  for (const auto& [key, bytes] : compiled)
    out += "    {std::string_view(" + literal(key) + ", " + std::to_string(key.size()) + "), std::string_view(code" +
           std::to_string(n++) + ", " + std::to_string(bytes.size()) + ")},\n";
  out += "};\n\n" + word_lists + "\n" + accents + "\n" + atom_index;
  out += "}  // namespace\n\nconst CompiledSeed* const kCompiledSeeds = compiled;\n"
         "const std::size_t kCompiledSeedCount = " + std::to_string(compiled.size()) + ";\n\n";
  out += "const PatternSeed* const kPatternSeeds = rule_patterns;\n"
         "const std::size_t kPatternSeedCount = " + std::to_string(rule_patterns().size()) + ";\n\n";
  out += "static const WidthSeed width_table[] = {\n";
  for (const titraille::WidthSeed& w : widths) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "    {0x%X, %a},\n", static_cast<unsigned>(w.code), w.width);
    out += buf;
  }
  out += "};\nconst WidthSeed* const kWidthSeeds = width_table;\nconst std::size_t kWidthSeedCount = " +
         std::to_string(widths.size()) + ";\n\n";
  out += "const WordListSeed* const kWordListSeeds = word_lists;\n"
         "const std::size_t kWordListSeedCount = " + std::to_string(word_list_count) + ";\n"
         "const WordListSeed* const kAccentSeed = &accent_table;\n\n";
  out += "const AtomIndexSeed* const kAtomIndexSeed = &atom_index;\n";
  out += "const PrefilterSeed* const kPrefilterSeeds = seeds;\n"
         "const std::size_t kPrefilterSeedCount = " +
         std::to_string(seeds().size()) + ";\n\nconst std::string_view kEmbeddedDigest = " +
         literal(titraille::DataBundle::embedded().compute_digest()) + ";\n\n}  // namespace titraille\n";
  std::ofstream f(argv[3], std::ios::binary);
  f << out;
  if (!f) {
    std::cerr << "titraille_precompute: cannot write " << argv[3] << "\n";
    return 1;
  }
  return 0;
}

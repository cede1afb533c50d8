#include "prefilter.h"

#include <algorithm>
#include <atomic>
#include <deque>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>
#include <vector>
#include <string_view>
#include <utility>

#include <unicode/uchar.h>

#include "text.h"

namespace titraille {

namespace {

// Strings as UTF-16, kept sorted and unique.
using Set = std::vector<std::u16string>;

void normalize(Set& s) {
  std::sort(s.begin(), s.end());
  s.erase(std::unique(s.begin(), s.end()), s.end());
}

bool has_empty(const Set& s) {
  return std::any_of(s.begin(), s.end(), [](const std::u16string& x) { return x.empty(); });
}

std::u16string units(UChar32 c) {
  icu::UnicodeString u(c);
  return std::u16string(u.getBuffer(), u.length());
}

// Largest set of exact strings kept before a node is reduced to a requirement.
constexpr std::size_t kMaxExact = 16;
// Largest class enumerated as literal characters ([sz], ['’]).
constexpr std::size_t kMaxClass = 8;
// Requirements kept per pattern (the most selective ones).
constexpr std::size_t kMaxRequirements = 4;
// Largest set of letterless atoms looked for one by one in the subject.
constexpr std::size_t kMaxDirect = 4;

// What a node of the regex can match: either exactly one of `strings`, or
// (not exact) something that contains an atom of each set of `all_of`.
struct Info {
  bool exact = false;
  Set strings;
  std::vector<Set> all_of;

  static Info empty() { return {true, {std::u16string()}, {}}; }
  static Info any() { return {}; }
  static Info literal(UChar32 c) { return {true, {units(c)}, {}}; }
};

// The requirement a node puts on the text: the sets one atom of which must occur.
std::vector<Set> requirement(const Info& i) {
  if (!i.exact) return i.all_of;
  if (i.strings.empty() || has_empty(i.strings)) return {};
  return {i.strings};
}

std::size_t shortest(const Set& s) {
  std::size_t n = SIZE_MAX;
  for (const auto& a : s) n = std::min(n, a.size());
  return n;
}

// Longer shortest atom first, then fewer atoms.
bool better(const Set& a, const Set& b) {
  std::size_t la = shortest(a), lb = shortest(b);
  if (la != lb) return la > lb;
  return a.size() < b.size();
}

const Set* best(const std::vector<Set>& v) {
  const Set* b = nullptr;
  for (const Set& s : v)
    if (!b || better(s, *b)) b = &s;
  return b;
}

// Every string of a followed by every string of b, into a.
void cross(Set& a, const Set& b) {
  if (b.size() == 1) {
    for (auto& x : a) x += b.front();  // still unique
    return;
  } else {
    Set out;
    out.reserve(a.size() * b.size());
    for (const auto& x : a)
      for (const auto& y : b) out.push_back(x + y);
    a = std::move(out);
  }
  normalize(a);
}

struct Unparsable {};

class Parser {
 public:
  explicit Parser(const icu::UnicodeString& p) {
    for (int32_t i = 0; i < p.length(); i = p.moveIndex32(i, 1)) cps_.push_back(p.char32At(i));
  }

  Info parse() {
    Info i = alternation();
    if (pos_ != cps_.size()) throw Unparsable{};  // an unbalanced ')'
    return i;
  }

 private:
  std::vector<UChar32> cps_;
  std::size_t pos_ = 0;

  bool at_end() const { return pos_ >= cps_.size(); }
  UChar32 peek(std::size_t ahead = 0) const { return pos_ + ahead < cps_.size() ? cps_[pos_ + ahead] : U_SENTINEL; }
  UChar32 next() {
    if (at_end()) throw Unparsable{};
    return cps_[pos_++];
  }
  void expect(UChar32 c) {
    if (next() != c) throw Unparsable{};
  }
  void skip_until(UChar32 c) {
    while (next() != c) {
    }
  }

  Info alternation() {
    std::vector<Info> branches{sequence()};
    while (peek() == '|') {
      ++pos_;
      branches.push_back(sequence());
    }
    if (branches.size() == 1) return std::move(branches.front());
    std::size_t total = 0;
    bool all_exact = true;
    for (const Info& b : branches) {
      all_exact = all_exact && b.exact;
      total += b.strings.size();
    }
    if (all_exact && total <= kMaxExact) {
      Info out{true, {}, {}};
      for (const Info& b : branches) out.strings.insert(out.strings.end(), b.strings.begin(), b.strings.end());
      normalize(out.strings);
      return out;
    }
    // Each branch must contribute its best requirement; one free branch frees all.
    Set any_of;
    for (const Info& b : branches) {
      std::vector<Set> r = requirement(b);
      const Set* s = best(r);
      if (!s) return Info::any();
      any_of.insert(any_of.end(), s->begin(), s->end());
    }
    normalize(any_of);
    return {false, {}, {std::move(any_of)}};
  }

  Info sequence() {
    Info out{true, {std::u16string()}, {}};
    Info run = Info::empty();  // the exact strings of the current literal run
    auto flush = [&] {
      for (Set& s : requirement(run)) out.all_of.push_back(std::move(s));
      run = Info::empty();
    };
    while (!at_end() && peek() != '|' && peek() != ')') {
      if (plain_literal() && run.strings.size() == 1) {  // the common case, without allocation
        UChar32 c = next();
        if (U_IS_BMP(c))
          run.strings.front() += static_cast<char16_t>(c);
        else
          run.strings.front() += units(c);
        continue;
      }
      Info item = quantified(atom());
      if (item.exact && run.strings.size() * item.strings.size() <= kMaxExact) {
        cross(run.strings, item.strings);
        continue;
      }
      out.exact = false;
      flush();
      if (item.exact)
        run = std::move(item);
      else
        for (Set& s : item.all_of) out.all_of.push_back(std::move(s));
    }
    if (out.exact) return run;
    flush();
    out.strings.clear();
    return out;
  }

  // The next code point stands for itself and is not quantified.
  bool plain_literal() const {
    static constexpr std::u16string_view special = u"\\()[]|.^$*+?{";
    auto is_special = [](UChar32 c) { return c < 0x80 && special.find(static_cast<char16_t>(c)) != std::u16string_view::npos; };
    UChar32 c = peek(), after = peek(1);
    return c != U_SENTINEL && !is_special(c) && !(after == '*' || after == '+' || after == '?' || after == '{');
  }

  Info quantified(Info item) {
    int min = 0, max = -1;
    switch (peek()) {
      case '*': ++pos_; break;
      case '+': ++pos_; min = 1; break;
      case '?': ++pos_; max = 1; break;
      case '{': {
        ++pos_;
        min = number();
        max = min;
        if (peek() == ',') {
          ++pos_;
          max = peek() == '}' ? -1 : number();
        }
        expect('}');
        break;
      }
      default: return item;
    }
    if (peek() == '?' || peek() == '+') ++pos_;  // lazy or possessive
    if (min == 0) {
      if (max == 1 && item.exact && item.strings.size() < kMaxExact) {
        item.strings.push_back(std::u16string());
        normalize(item.strings);
        return item;
      }
      return Info::any();
    }
    if (min == 1 && max == 1) return item;
    if (!item.exact) return item;
    // At least `min` repetitions: their concatenation must occur, as far as the size allows.
    Set req = item.strings;
    for (int k = 1; k < std::min(min, 4) && req.size() * item.strings.size() <= kMaxExact; ++k)
      cross(req, item.strings);
    Info out;
    if (!has_empty(req)) out.all_of.push_back(std::move(req));
    return out;
  }

  int number() {
    int n = 0;
    bool any = false;
    while (peek() >= '0' && peek() <= '9') {
      n = std::min(n * 10 + (next() - '0'), 100000);
      any = true;
    }
    if (!any) throw Unparsable{};
    return n;
  }

  UChar32 hex(int digits) {
    UChar32 v = 0;
    for (int k = 0; k < digits; ++k) {
      UChar32 c = next();
      int d = u_digit(c, 16);
      if (d < 0) throw Unparsable{};
      v = v * 16 + d;
    }
    return v;
  }

  Info atom() {
    UChar32 c = next();
    switch (c) {
      case '(': return group();
      case '[': return char_class();
      case '\\': return escape();
      case '.': return Info::any();
      case '^':
      case '$': return Info::empty();
      case '*':
      case '+':
      case '?':
      case '{': throw Unparsable{};
      default: return Info::literal(c);
    }
  }

  Info group() {
    bool lookaround = false;
    if (peek() == '?') {
      ++pos_;
      UChar32 c = next();
      if (c == '#') {
        skip_until(')');
        return Info::empty();
      }
      if (c == '=' || c == '!') {
        lookaround = true;
      } else if (c == '<' && (peek() == '=' || peek() == '!')) {
        ++pos_;
        lookaround = true;
      } else if (c == '<') {  // named group
        skip_until('>');
      } else if (c == ':' || c == '>') {
        // non-capturing or atomic group
      } else {
        // flags: (?ix-s) or (?ix-s:...)
        --pos_;
        while (!at_end() && peek() != ')' && peek() != ':') ++pos_;
        if (next() == ')') return Info::empty();
      }
    }
    Info inner = memoized_alternation();
    expect(')');
    return lookaround ? Info::empty() : inner;
  }

  // The inside of a group. Rules repeat their macros and word lists
  // ({lexicon:…} alternations of hundreds of words) in many patterns: the
  // analysis of a long group's text is kept for the whole process.
  Info memoized_alternation() {
    static constexpr std::size_t kMinMemo = 64;
    std::size_t close = 0;
    if (!find_close(close) || close - pos_ < kMinMemo) return alternation();
    std::u32string key(cps_.begin() + static_cast<std::ptrdiff_t>(pos_), cps_.begin() + static_cast<std::ptrdiff_t>(close));
    static std::mutex mutex;
    static std::unordered_map<std::u32string, Info> memo;
    {
      std::lock_guard lock(mutex);
      auto it = memo.find(key);
      if (it != memo.end()) {
        pos_ = close;
        return it->second;
      }
    }
    Info inner = alternation();
    if (pos_ == close) {
      std::lock_guard lock(mutex);
      memo.emplace(std::move(key), inner);
    }
    return inner;
  }

  // The position of the ')' closing the group whose inside starts at pos_;
  // false when the text is not simple enough to be sure.
  bool find_close(std::size_t& close) const {
    int depth = 1;
    for (std::size_t i = pos_; i < cps_.size(); ++i) {
      UChar32 c = cps_[i];
      if (c == '\\') {
        if (i + 1 < cps_.size() && cps_[i + 1] == 'Q') {  // \Q...\E
          for (i += 2; i + 1 < cps_.size() && !(cps_[i] == '\\' && cps_[i + 1] == 'E'); ++i) {
          }
          if (i + 1 >= cps_.size()) return false;
        }
        ++i;
      } else if (c == '[') {  // a class: to its ']', escapes skipped, no nesting
        std::size_t j = i + 1;
        if (j < cps_.size() && cps_[j] == '^') ++j;
        if (j < cps_.size() && cps_[j] == ']') ++j;
        for (; j < cps_.size() && cps_[j] != ']'; ++j) {
          if (cps_[j] == '[') return false;
          if (cps_[j] == '\\') ++j;
        }
        if (j >= cps_.size()) return false;
        i = j;
      } else if (c == '(') {
        ++depth;
      } else if (c == ')' && --depth == 0) {
        close = i;
        return true;
      }
    }
    return false;
  }

  Info escape() {
    UChar32 c = next();
    switch (c) {
      case 'Q': {
        Info out = Info::empty();
        std::u16string lit;
        while (!(peek() == '\\' && peek(1) == 'E')) {
          if (at_end()) break;  // \Q runs to the end of the pattern
          lit += units(next());
        }
        if (!at_end()) pos_ += 2;
        out.strings = {lit};
        return out;
      }
      case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G': return Info::empty();
      case 't': return Info::literal('\t');
      case 'n': return Info::literal('\n');
      case 'r': return Info::literal('\r');
      case 'f': return Info::literal('\f');
      case 'a': return Info::literal(0x07);
      case 'e': return Info::literal(0x1B);
      case 'u': return Info::literal(hex(4));
      case 'U': return Info::literal(hex(8));
      case 'x': {
        if (peek() != '{') return Info::literal(hex(2));
        ++pos_;
        UChar32 v = 0;
        while (peek() != '}') {
          int d = u_digit(next(), 16);
          if (d < 0) throw Unparsable{};
          v = v * 16 + d;
        }
        ++pos_;
        return Info::literal(v);
      }
      case 'p': case 'P': case 'N':
        if (peek() == '{')
          skip_until('}');
        else
          next();
        return Info::any();
      case 'k':
        if (peek() == '<') skip_until('>');
        return Info::any();
      default:
        if (c < 0x80 && (u_isalnum(c))) {
          while (peek() >= '0' && peek() <= '9') ++pos_;  // back reference or octal
          return Info::any();  // \d \s \w \h \v \X \R, their negations, and the rest
        }
        return Info::literal(c);  // an escaped symbol stands for itself
    }
  }

  // [...]: a few plain characters are enumerated; anything else accepts all.
  Info char_class() {
    bool plain = true;
    Set chars;
    if (peek() == '^') {
      plain = false;
      ++pos_;
    }
    bool first = true;
    int depth = 1;
    UChar32 previous = U_SENTINEL;
    while (depth) {
      UChar32 c = next();
      if (c == ']' && !first) {
        --depth;
        continue;
      }
      first = false;
      if (c == '[') {
        ++depth;
        plain = false;
      } else if (c == '\\') {
        UChar32 e = next();
        if (e == 'u')
          c = hex(4);
        else if (e < 0x80 && u_isalnum(e)) {
          plain = false;
          if ((e == 'p' || e == 'P' || e == 'N') && peek() == '{') skip_until('}');
          continue;
        } else
          c = e;
        chars.push_back(units(c));
      } else if (c == '-' && previous != U_SENTINEL && peek() != ']') {
        plain = false;  // a range
      } else if (c == '&' && peek() == '&') {
        plain = false;
      } else {
        chars.push_back(units(c));
      }
      previous = c;
    }
    normalize(chars);
    if (!plain || chars.empty() || chars.size() > kMaxClass) return Info::any();
    return {true, std::move(chars), {}};
  }
};

// Every atom of every prefilter of the process, and the scan of a subject
// for all of them at once. Atoms are keyed by their first K = min(length, 4)
// code units; at each position of the subject, a bitmap per K (a hash of the
// K units) skips most positions, and a hash table gives the atoms with that
// key. Keys of four units are rare enough in text that lookups stay few.
// The tables are flat arrays: a process starts from the index the build made
// for the embedded rules (kAtomIndexSeed) and copies them.
class AtomIndex {
 public:
  static AtomIndex& instance() {
    static AtomIndex index;
    return index;
  }

  AtomIndex() {
    if (const AtomIndexSeed* seed = kAtomIndexSeed) {
      load(*seed);
      return;
    }
    // Room for the atoms of the embedded rules (about 1 400), grown at once.
    atoms_.reserve(2048);
    next_.reserve(2048);
    for (Table& t : tables_) {
      t.keys.assign(2048, 0);
      t.heads.assign(2048, 0);
    }
  }

  // The ids of atoms, added when new; under one lock.
  void intern(const std::vector<std::u16string_view>& atoms, std::vector<uint32_t>& ids) {
    std::unique_lock lock(mutex_);
    for (std::u16string_view atom : atoms) ids.push_back(add(atom));
  }

  // The index as it stands, for the build-time tool.
  AtomIndexSnapshot snapshot() const {
    std::shared_lock lock(mutex_);
    AtomIndexSnapshot out;
    for (std::u16string_view a : atoms_) {
      out.atoms += a;
      out.atoms += u'\x1f';
    }
    out.ids = ids_;
    out.pairs = pairs_;
    out.triples = triples_;
    for (const Table& t : tables_) {
      out.bits.insert(out.bits.end(), t.bits.begin(), t.bits.end());
      out.keys.insert(out.keys.end(), t.keys.begin(), t.keys.end());
      out.heads.insert(out.heads.end(), t.heads.begin(), t.heads.end());
      out.slots.push_back(t.keys.size());
    }
    out.next = next_;
    return out;
  }

 private:
  // FNV-1a of the units: the same in the build-time tool and in the library.
  static std::size_t text_hash(std::u16string_view a) {
    uint64_t h = 0xcbf29ce484222325ull;
    for (char16_t c : a) h = (h ^ c) * 0x100000001b3ull;
    return static_cast<std::size_t>(h);
  }

  uint32_t add(std::u16string_view atom) {
    std::size_t mask = ids_.size() - 1;
    std::size_t slot = text_hash(atom) & mask;
    for (; ids_[slot]; slot = (slot + 1) & mask)
      if (atoms_[ids_[slot] - 1] == atom) return ids_[slot] - 1;
    const uint32_t id = static_cast<uint32_t>(atoms_.size());
    const std::u16string_view added = atoms_.emplace_back(owned_.emplace_back(atom));
    next_.push_back(0);
    ids_[slot] = id + 1;
    if (2 * atoms_.size() > ids_.size()) grow_ids();
    std::size_t k = std::min<std::size_t>(added.size(), kKey);
    Table& table = tables_[k - 1];
    uint64_t key = pack(added.data(), k);
    set_bit(table.bits, k == 1 ? static_cast<uint32_t>(key) : hash(key));
    table.insert(key, id, next_);
    if (added.size() >= 2) set_bit(pairs_, pair_bit(pack(added.data(), 2)));
    if (added.size() >= 3) set_bit(triples_, hash(pack(added.data(), 3)));
    generation_.fetch_add(1, std::memory_order_release);
    return id;
  }

  void load(const AtomIndexSeed& seed) {
    for (std::size_t start = 0, end; (end = seed.atoms.find(u'\x1f', start)) != std::u16string_view::npos; start = end + 1)
      atoms_.push_back(seed.atoms.substr(start, end - start));
    ids_.assign(seed.ids, seed.ids + seed.ids_size);
    pairs_.assign(seed.pairs, seed.pairs + kBitWords);
    triples_.assign(seed.triples, seed.triples + kBitWords);
    next_.assign(seed.next, seed.next + atoms_.size());
    std::size_t offset = 0;
    for (std::size_t k = 0; k < kKey; ++k) {
      Table& t = tables_[k];
      t.bits.assign(seed.bits + k * kBitWords, seed.bits + (k + 1) * kBitWords);
      t.keys.assign(seed.keys + offset, seed.keys + offset + seed.slots[k]);
      t.heads.assign(seed.heads + offset, seed.heads + offset + seed.slots[k]);
      offset += seed.slots[k];
      t.count = static_cast<std::size_t>(std::count_if(t.heads.begin(), t.heads.end(), [](uint32_t h) { return h != 0; }));
    }
  }

 public:
  icu::UnicodeString atom(uint32_t id) const {
    std::shared_lock lock(mutex_);
    std::u16string_view a = atoms_.at(id);
    return icu::UnicodeString(a.data(), static_cast<int32_t>(a.size()));
  }

  // A Bloom filter of a subject's code units as written (cheap), and the
  // bitset of the atoms that occur in it, case-folded, by id. Each is kept
  // per thread for the last subject it was asked for.
  struct Units {
    icu::UnicodeString subject;
    uint64_t bits[64];
    bool may_have(char16_t c) const { return bits[(c >> 6) & 63] >> (c & 63) & 1; }
  };
  // True when the cached copy `last` holds the text of s. A copy of a long
  // string shares its reference-counted buffer, and ICU copies a shared
  // buffer before writing to it: while `last` holds it, the same buffer
  // means the same text, and the lines tested against many patterns in a
  // row are recognised without comparing them.
  static bool same(const icu::UnicodeString& last, const icu::UnicodeString& s) {
    return last.length() == s.length() && (last.getBuffer() == s.getBuffer() || last == s);
  }
  static const Units& units(const icu::UnicodeString& s) {
    thread_local Units last;
    if (last.subject.isBogus() || !same(last.subject, s)) {
      last.subject = s;
      std::fill(std::begin(last.bits), std::end(last.bits), 0);
      const char16_t* raw = s.getBuffer();
      for (int32_t i = 0; i < s.length(); ++i) last.bits[(raw[i] >> 6) & 63] |= uint64_t{1} << (raw[i] & 63);
    }
    return last;
  }

  const std::vector<uint64_t>& present(const icu::UnicodeString& s) const {
    // The subjects scanned lately, by a hash of their text: the stages test
    // the same lines in turn (directives, metadata, boilerplate), each
    // against many patterns. Dropped whole when full or when atoms change.
    struct Scanned {
      icu::UnicodeString subject;
      std::vector<uint64_t> present;
    };
    thread_local struct {
      uint64_t generation = 0;
      const Scanned* last = nullptr;
      std::unordered_multimap<std::size_t, Scanned> by_hash;
    } cache;
    // The subject asked for last, without the lock: the cache is this
    // thread's, and an atom added since (the generation changed) makes it
    // be scanned again.
    if (cache.generation == generation_.load(std::memory_order_acquire) && cache.last &&
        same(cache.last->subject, s))
      return cache.last->present;
    std::shared_lock lock(mutex_);
    const uint64_t generation = generation_.load(std::memory_order_relaxed);
    if (cache.generation != generation || cache.by_hash.size() >= kCachedSubjects) {
      cache.by_hash.clear();
      cache.last = nullptr;
      cache.generation = generation;
    }
    const std::size_t h = std::hash<std::u16string_view>{}(
        std::u16string_view(s.getBuffer(), static_cast<std::size_t>(s.length())));
    for (auto [it, end] = cache.by_hash.equal_range(h); it != end; ++it)
      if (same(it->second.subject, s)) {
        cache.last = &it->second;
        return it->second.present;
      }
    Scanned& entry = cache.by_hash.emplace(h, Scanned{s, {}})->second;
    cache.last = &entry;
    std::vector<uint64_t>& present = entry.present;
    present.assign((atoms_.size() + 63) / 64, 0);
    const std::u16string& folded = fold(s);
    const char16_t* t = folded.data();
    const std::size_t n = folded.size();
    // The atoms whose key (first min(length, 4) units) is `key`, at i.
    auto visit = [&](const Table& table, uint64_t key, std::size_t i) {
      for (uint32_t head = table.find(key); head; head = next_[head - 1]) {
        const uint32_t id = head - 1;
        const std::u16string_view a = atoms_[id];
        if (a.size() <= n - i && (a.size() <= kKey || std::char_traits<char16_t>::compare(t + i, a.data(), a.size()) == 0))
          present[id >> 6] |= uint64_t{1} << (id & 63);
      }
    };
    for (std::size_t i = 0; i < n; ++i) {
      const uint64_t k1 = t[i];
      if (has_bit(tables_[0].bits, static_cast<uint32_t>(k1))) visit(tables_[0], k1, i);
      if (i + 1 >= n) continue;
      // Past one unit, only where some atom starts with these two, then three.
      const uint64_t k2 = k1 << 16 | t[i + 1];
      if (!has_bit(pairs_, pair_bit(k2))) continue;
      if (has_bit(tables_[1].bits, hash(k2))) visit(tables_[1], k2, i);
      if (i + 2 >= n) continue;
      const uint64_t k3 = k2 << 16 | t[i + 2];
      const uint32_t h3 = hash(k3);
      if (!has_bit(triples_, h3)) continue;
      if (has_bit(tables_[2].bits, h3)) visit(tables_[2], k3, i);
      if (i + 3 >= n) continue;
      const uint64_t k4 = k3 << 16 | t[i + 3];
      if (has_bit(tables_[3].bits, hash(k4))) visit(tables_[3], k4, i);
    }
    return present;
  }

 private:
  static constexpr std::size_t kKey = 4;
  static constexpr std::size_t kCachedSubjects = 4096;
  static constexpr std::size_t kBitWords = 1 << 10;  // 2^16 bits
  // The atoms of one key length: a bitmap of their keys (the unit itself for
  // one unit, else hashed), and an open-addressing table from a key to the
  // first of its atoms (id + 1, 0 when the slot is empty; next_ links the
  // others), at most half full.
  struct Table {
    std::vector<uint64_t> bits = std::vector<uint64_t>(kBitWords);
    std::vector<uint64_t> keys;
    std::vector<uint32_t> heads;
    std::size_t count = 0;
    static std::size_t slot_of(uint64_t key, std::size_t mask) {
      return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
    }
    uint32_t find(uint64_t key) const {
      const std::size_t mask = keys.size() - 1;
      for (std::size_t slot = slot_of(key, mask); heads[slot]; slot = (slot + 1) & mask)
        if (keys[slot] == key) return heads[slot];
      return 0;
    }
    void insert(uint64_t key, uint32_t id, std::vector<uint32_t>& next) {
      const std::size_t mask = keys.size() - 1;
      std::size_t slot = slot_of(key, mask);
      for (; heads[slot]; slot = (slot + 1) & mask)
        if (keys[slot] == key) {
          next[id] = heads[slot];
          heads[slot] = id + 1;
          return;
        }
      keys[slot] = key;
      heads[slot] = id + 1;
      if (2 * ++count > keys.size()) grow();
    }
    void grow() {
      std::vector<uint64_t> old_keys = std::move(keys);
      std::vector<uint32_t> old_heads = std::move(heads);
      keys.assign(2 * old_keys.size(), 0);
      heads.assign(2 * old_heads.size(), 0);
      const std::size_t mask = keys.size() - 1;
      for (std::size_t i = 0; i < old_keys.size(); ++i) {
        if (!old_heads[i]) continue;
        std::size_t slot = slot_of(old_keys[i], mask);
        while (heads[slot]) slot = (slot + 1) & mask;
        keys[slot] = old_keys[i];
        heads[slot] = old_heads[i];
      }
    }
  };
  static uint64_t pack(const char16_t* p, std::size_t k) {
    uint64_t key = 0;
    for (std::size_t j = 0; j < k; ++j) key = key << 16 | p[j];
    return key;
  }
  static uint32_t hash(uint64_t key) { return static_cast<uint32_t>((key * 0x9E3779B97F4A7C15ull) >> 48); }
  // The bit of two units in pairs_: themselves when both are Latin-1.
  static uint32_t pair_bit(uint64_t key) {
    return key < 0x100 << 16 && (key & 0xFF00) == 0 ? static_cast<uint32_t>(key >> 8 | (key & 0xFF)) : hash(key);
  }
  static bool has_bit(const std::vector<uint64_t>& bits, uint32_t b) { return bits[b >> 6] >> (b & 63) & 1; }
  static void set_bit(std::vector<uint64_t>& bits, uint32_t b) { bits[b >> 6] |= uint64_t{1} << (b & 63); }

  // Full case folding of s. Code units are folded one by one through a
  // cache; a string holding a character whose folding is longer (ß → ss) or
  // a surrogate is folded by ICU.
  static const std::u16string& fold(const icu::UnicodeString& s) {
    thread_local std::u16string out;
    static std::atomic<char16_t> cache[0x10000];  // 0: not computed; 0xFFFF: not one unit
    out.resize(static_cast<std::size_t>(s.length()));
    const char16_t* in = s.getBuffer();
    for (int32_t i = 0; i < s.length(); ++i) {
      char16_t c = in[i];
      if (c < 0x80) {
        out[i] = c >= 'A' && c <= 'Z' ? static_cast<char16_t>(c + 32) : c;
        continue;
      }
      char16_t f = cache[c].load(std::memory_order_relaxed);
      if (f == 0) {
        icu::UnicodeString one(c);
        if (!U16_IS_SURROGATE(c)) one.foldCase(U_FOLD_CASE_DEFAULT);
        f = U16_IS_SURROGATE(c) || one.length() != 1 ? char16_t{0xFFFF} : one.charAt(0);
        cache[c].store(f, std::memory_order_relaxed);
      }
      if (f == 0xFFFF) {
        icu::UnicodeString folded(s);
        folded.foldCase(U_FOLD_CASE_DEFAULT);
        out.assign(folded.getBuffer(), static_cast<std::size_t>(folded.length()));
        return out;
      }
      out[i] = f;
    }
    return out;
  }

  std::vector<uint64_t> pairs_ = std::vector<uint64_t>(kBitWords);    // first two units of atoms (pair_bit)
  std::vector<uint64_t> triples_ = std::vector<uint64_t>(kBitWords);  // first three units of atoms, hashed
  mutable std::shared_mutex mutex_;
  std::atomic<uint64_t> generation_{1};
  // The atoms by id: views of the seed's text or of owned_.
  std::vector<std::u16string_view> atoms_;
  std::deque<std::u16string> owned_;
  std::vector<uint32_t> next_;  // by id: the next atom of the same key, id + 1 (0: none)
  // The ids of atoms_ by their text: an open-addressing table of id + 1
  // (0 when empty), at most half full, its size a power of two.
  std::vector<uint32_t> ids_ = std::vector<uint32_t>(4096);
  void grow_ids() {
    ids_.assign(2 * ids_.size(), 0);
    const std::size_t mask = ids_.size() - 1;
    for (uint32_t id = 0; id < atoms_.size(); ++id) {
      std::size_t slot = text_hash(atoms_[id]) & mask;
      while (ids_[slot]) slot = (slot + 1) & mask;
      ids_[slot] = id + 1;
    }
  }
  Table tables_[kKey];
};

}  // namespace

namespace {

std::atomic<Prefilter::Recorder> recorder{nullptr};

// The seed format of a requirement (see PrefilterSeed).
std::u16string encode(const std::vector<Set>& req) {
  std::u16string out;
  for (const Set& s : req) {
    for (const std::u16string& a : s) {
      out += a;
      out += u'\x1f';
    }
    out += u'\x1e';
  }
  return out;
}

const PrefilterSeed* find_seed(std::string_view pattern) {
  const PrefilterSeed* end = kPrefilterSeeds + kPrefilterSeedCount;
  const PrefilterSeed* it = std::lower_bound(kPrefilterSeeds, end, pattern,
                                             [](const PrefilterSeed& s, std::string_view p) { return s.pattern < p; });
  return it != end && it->pattern == pattern ? it : nullptr;
}

}  // namespace

void Prefilter::set_recorder(Recorder r) { recorder = r; }

AtomIndexSnapshot Prefilter::index_snapshot() { return AtomIndex::instance().snapshot(); }

Prefilter::Prefilter(std::string_view pattern, Source source) {
  const PrefilterSeed* seed = source == Source::kSeedsOrParse ? find_seed(pattern) : nullptr;
  if (seed) {
    require_all(seed->requirement);
    return;
  }
  std::vector<Set> req;
  try {
    req = requirement(Parser(text::u(pattern)).parse());
    std::stable_sort(req.begin(), req.end(), better);
    if (req.size() > kMaxRequirements) req.resize(kMaxRequirements);
  } catch (const Unparsable&) {
    req.clear();  // accepts everything
  }
  // Atoms are matched case-folded; the seeds hold them folded.
  for (Set& s : req)
    for (std::u16string& str : s) {
      icu::UnicodeString a(str.data(), static_cast<int32_t>(str.size()));
      a.foldCase(U_FOLD_CASE_DEFAULT);
      str.assign(a.getBuffer(), static_cast<std::size_t>(a.length()));
    }
  std::u16string encoded = encode(req);
  if (Recorder r = recorder) r(std::string(pattern), encoded);
  require_all(encoded);
}

Prefilter::Prefilter(const PrefilterSeed& seed) {
  if (seed.sets)
    all_of_.assign(seed.sets, seed.sets + seed.set_count);
  else
    require_all(seed.requirement);
}

// The arrays the views of a parsed requirement point to; their elements do
// not move.
struct Prefilter::Owned {
  std::deque<std::vector<uint32_t>> ids;
  std::deque<std::vector<uint64_t>> bits;
  std::deque<std::u16string> direct;
};

void Prefilter::require_all(std::u16string_view requirement) {
  all_of_.reserve(all_of_.size() + static_cast<std::size_t>(std::count(requirement.begin(), requirement.end(), u'\x1e')));
  std::vector<std::u16string_view> atoms;
  std::size_t start = 0;
  for (std::size_t i = 0; i < requirement.size(); ++i) {
    if (requirement[i] == u'\x1f') {
      atoms.push_back(requirement.substr(start, i - start));
      start = i + 1;
    } else if (requirement[i] == u'\x1e') {
      require(atoms);
      atoms.clear();
      start = i + 1;
    }
  }
}

void Prefilter::require(const std::vector<std::u16string_view>& s) {
  // The empty string always occurs: no requirement.
  if (std::any_of(s.begin(), s.end(), [](std::u16string_view a) { return a.empty(); })) return;
  std::vector<uint32_t> ids;
  ids.reserve(s.size());
  AtomIndex::instance().intern(s, ids);
  if (ids.empty()) return;
  if (!owned_) owned_ = std::make_shared<Owned>();
  // A few one-unit atoms without letters or marks (punctuation, digits,
  // spaces) are looked for directly in the subject, through the Bloom
  // filter of its units: case folding never makes or changes such
  // characters, and no scan of every atom is needed. Longer atoms ("19",
  // "20") are found by the scan, which is shared with every pattern.
  std::u16string& direct = owned_->direct.emplace_back();
  if (s.size() <= kMaxDirect && std::all_of(s.begin(), s.end(), [](std::u16string_view a) {
        return a.size() == 1 && std::all_of(a.begin(), a.end(), [](char16_t c) {
          return !U16_IS_SURROGATE(c) && !u_isalpha(c) && !(U_GET_GC_MASK(c) & U_GC_M_MASK);
        });
      })) {
    for (std::u16string_view a : s) direct += a;
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::vector<uint64_t>& bits = owned_->bits.emplace_back();
  for (uint32_t id : ids) {
    if (bits.empty() || bits[bits.size() - 2] != id >> 6) bits.insert(bits.end(), {id >> 6, 0});
    bits.back() |= uint64_t{1} << (id & 63);
  }
  const std::vector<uint32_t>& kept = owned_->ids.emplace_back(std::move(ids));
  all_of_.push_back({kept.data(), static_cast<uint32_t>(kept.size()), bits.data(), static_cast<uint32_t>(bits.size() / 2),
                     direct});
}

bool Prefilter::may_match(const icu::UnicodeString& s) const {
  // Letterless one-unit atoms first, through the Bloom filter of the
  // subject's units (a false positive only lets the line through); then the
  // atoms that need the folded scan.
  const AtomIndex& index = AtomIndex::instance();
  bool scan = false;
  for (const PrefilterSet& any : all_of_) {
    if (any.direct.empty()) {
      scan = true;
      continue;
    }
    const AtomIndex::Units& units = AtomIndex::units(s);
    if (std::none_of(any.direct.begin(), any.direct.end(), [&](char16_t a) { return units.may_have(a); }))
      return false;
  }
  if (!scan) return true;
  const std::vector<uint64_t>& present = index.present(s);
  for (const PrefilterSet& any : all_of_) {
    if (!any.direct.empty()) continue;
    bool found = false;
    for (uint32_t k = 0; k < any.bit_count && !found; ++k) found = present[any.bits[2 * k]] & any.bits[2 * k + 1];
    if (!found) return false;
  }
  return true;
}

std::string Prefilter::describe() const {
  if (all_of_.empty()) return "*";
  std::string out;
  for (const PrefilterSet& any : all_of_) {
    std::vector<std::string> atoms;
    for (uint32_t k = 0; k < any.id_count; ++k) atoms.push_back(text::utf8(AtomIndex::instance().atom(any.ids[k])));
    std::sort(atoms.begin(), atoms.end());
    if (!out.empty()) out += " & ";
    out += '(';
    for (std::size_t k = 0; k < atoms.size(); ++k) out += (k ? "|" : "") + atoms[k];
    out += ')';
  }
  return out;
}

}  // namespace titraille

#include "pattern.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <new>
#include <string_view>
#include <stdexcept>
#include <tuple>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>

#include "text.h"
#include "titraille/titraille.h"

namespace titraille {

namespace {

// In a case-insensitive pattern, Unicode property classes keep their case
// (\p{Lu} stays upper case only, in ICU as in PCRE2): each \p{..}/\P{..}
// and each [...] class holding one is wrapped in (?-i:...).
std::string protect_properties(const std::string& p) {
  std::string out;
  out.reserve(p.size() + 32);
  for (std::size_t i = 0; i < p.size();) {
    if (p[i] == '\\' && i + 1 < p.size() && (p[i + 1] == 'p' || p[i + 1] == 'P') && i + 2 < p.size() && p[i + 2] == '{') {
      std::size_t close = p.find('}', i);
      if (close == std::string::npos) break;
      out += "(?-i:" + p.substr(i, close + 1 - i) + ")";
      i = close + 1;
      continue;
    }
    if (p[i] == '\\') {  // any other escape, copied whole
      out += p.substr(i, 2);
      i += 2;
      continue;
    }
    if (p[i] == '[') {
      // Find the end of the class, nested classes and escapes included.
      std::size_t j = i + 1, depth = 1;
      if (j < p.size() && p[j] == '^') ++j;
      if (j < p.size() && p[j] == ']') ++j;  // a literal ] first
      for (; j < p.size() && depth; ++j) {
        if (p[j] == '\\') {
          ++j;
          continue;
        }
        if (p[j] == '[') ++depth;
        if (p[j] == ']') --depth;
      }
      std::string cls = p.substr(i, j - i);
      bool property = cls.find("\\p{") != std::string::npos || cls.find("\\P{") != std::string::npos;
      out += property ? "(?-i:" + cls + ")" : cls;
      i = j;
      continue;
    }
    out += p[i++];
  }
  return out;
}


// ICU's pattern syntax, as the rules are written, to PCRE2's: \uhhhh and
// \Uhhhhhhhh become \x{..}; \Q..\E spans are copied as they are. The ICU
// constructs PCRE2 would read differently (nested classes, && and -- set
// operations, \N{name}) are refused, so that a rule never silently changes
// meaning.
std::string to_pcre2(const std::string& p, const std::string& where) {
  auto refuse = [&](const char* what) {
    throw Error(ExitCode::kRules, where + ": " + what + " is not supported: " + p);
  };
  std::string out;
  out.reserve(p.size() + 16);
  int depth = 0;  // inside a [...] class
  for (std::size_t i = 0; i < p.size();) {
    char c = p[i];
    if (c == '\\' && i + 1 < p.size()) {
      char e = p[i + 1];
      if (e == 'Q') {  // \Q...\E, verbatim
        std::size_t end = p.find("\\E", i + 2);
        std::size_t stop = end == std::string::npos ? p.size() : end + 2;
        out.append(p, i, stop - i);
        i = stop;
        continue;
      }
      if (e == 'u' || e == 'U') {
        std::size_t n = e == 'u' ? 4 : 8;
        if (i + 2 + n > p.size() ||
            p.find_first_not_of("0123456789abcdefABCDEF", i + 2) < i + 2 + n)
          refuse("a \\u escape without its hex digits");
        out += "\\x{" + p.substr(i + 2, n) + "}";
        i += 2 + n;
        continue;
      }
      if (e == 'N') refuse("\\N{name}");
      out.append(p, i, 2);
      i += 2;
      continue;
    }
    if (depth > 0) {
      if (c == '[' && (i + 1 >= p.size() || p[i + 1] != ':')) refuse("a nested class");
      if (c == '[') {  // [:posix:]
        std::size_t end = p.find(":]", i + 2);
        if (end == std::string::npos) refuse("an unterminated [:class:]");
        out.append(p, i, end + 2 - i);
        i = end + 2;
        continue;
      }
      if ((c == '&' || c == '-') && i + 1 < p.size() && p[i + 1] == c) refuse("a class set operation");
      if (c == ']') --depth;
      out += c;
      ++i;
      continue;
    }
    if (c == '[') {
      depth = 1;
      out += c;
      ++i;
      if (i < p.size() && p[i] == '^') out += p[i++];
      if (i < p.size() && p[i] == ']') out += p[i++];  // a literal ] first
      continue;
    }
    out += c;
    ++i;
  }
  return out;
}

// PCRE2 objects with their deleters.
// PCRE2's memory (decoded and compiled code, the match data and the
// interpreter's frames) comes from operator new: the command's own allocator
// (src/process_alloc.cc) serves it from the huge pages its other blocks are
// in, rather than glibc's heap, whose new pages are faulted in one by one.
void* pcre2_new(PCRE2_SIZE n, void*) { return ::operator new(n, std::nothrow); }
void pcre2_delete(void* p, void*) { ::operator delete(p); }
pcre2_general_context_16* general_context() {
  // (Never freed: every code and match data made with it may live as long as the process.)
  static pcre2_general_context_16* const context = pcre2_general_context_create_16(pcre2_new, pcre2_delete, nullptr);
  return context;
}

struct CodeDeleter {
  void operator()(pcre2_code_16* c) const { pcre2_code_free_16(c); }
};
struct MatchDataDeleter {
  void operator()(pcre2_match_data_16* m) const { pcre2_match_data_free_16(m); }
};
// One match data per thread, shared by every pattern: the interpreter keeps
// its backtracking frames there (20 KB at first), which one match data per
// compiled form multiplied (1.2 MB on a 5 KB article). A match's offsets are
// copied out of it at once (Pattern::Compiled::groups).
pcre2_match_data_16* shared_match_data(uint32_t pairs) {
  thread_local std::unique_ptr<pcre2_match_data_16, MatchDataDeleter> shared;
  if (!shared || pcre2_get_ovector_count_16(shared.get()) < pairs)
    shared.reset(pcre2_match_data_create_16(std::max<uint32_t>(pairs, 16), general_context()));
  return shared.get();
}

struct ContextDeleter {
  void operator()(pcre2_compile_context_16* c) const { pcre2_compile_context_free_16(c); }
};

// Like ICU, '.' and '$' treat every Unicode line terminator as one.
pcre2_compile_context_16* compile_context() {
  static const std::unique_ptr<pcre2_compile_context_16, ContextDeleter> context = [] {
    std::unique_ptr<pcre2_compile_context_16, ContextDeleter> c(pcre2_compile_context_create_16(general_context()));
    pcre2_set_newline_16(c.get(), PCRE2_NEWLINE_ANY);
    return c;
  }();
  return context.get();
}

std::atomic<bool> verify_rejections{false};
std::atomic<Pattern::Jit> jit_policy{Pattern::Jit::kWhenItPays};
std::atomic<uint64_t> run_time_compiles{0};

// True when s[begin, end) holds no unpaired surrogate (PCRE2 requires valid UTF-16).
bool valid_utf16(const char16_t* s, int32_t begin, int32_t end) {
  // First a loop the compiler vectorizes (an OR of 16-bit masks; an OR of
  // bools it does not): almost no text has any surrogate.
  uint16_t surrogates = 0;
  for (int32_t i = begin; i < end; ++i) surrogates |= static_cast<uint16_t>((s[i] & 0xF800) == 0xD800 ? 0xFFFF : 0);
  if (!surrogates) return true;
  for (int32_t i = begin; i < end; ++i) {
    char16_t c = s[i];
    if (c < 0xD800 || c > 0xDFFF) continue;
    if (c > 0xDBFF || i + 1 >= end || s[i + 1] < 0xDC00 || s[i + 1] > 0xDFFF) return false;
    ++i;
  }
  return true;
}

// s with each unpaired surrogate replaced by U+FFFD (same length).
icu::UnicodeString without_lone_surrogates(const icu::UnicodeString& s) {
  icu::UnicodeString out = s;
  for (int32_t i = 0; i < out.length(); ++i) {
    char16_t c = out.charAt(i);
    if (U16_IS_LEAD(c) && i + 1 < out.length() && U16_IS_TRAIL(out.charAt(i + 1)))
      ++i;
    else if (U16_IS_SURROGATE(c))
      out.setCharAt(i, 0xFFFD);
  }
  return out;
}

}  // namespace

// One compiled form of the pattern (see Mode). Anchoring at compile time
// lets PCRE2's JIT run all three.
struct Pattern::Compiled {
  std::unique_ptr<pcre2_code_16, CodeDeleter> code;
  // The offsets of the groups of the last successful match (PCRE2's
  // ovector, copied out of the thread's shared match data); sized, and the
  // JIT cost estimated, on the form's first run.
  std::vector<PCRE2_SIZE> groups;
  // Estimated instructions the interpreter may still spend more than the
  // JIT-compiled code before compiling pays (see jit_cost()).
  int64_t until_jit = 0;
  int64_t per_unit = 0;  // what a code unit of subject costs the interpreter more
  bool jitted = false;  // JIT compilation tried
  bool jit = false;     // and done: matched by pcre2_jit_match
};

struct Pattern::State {
  std::string source;   // ICU syntax, properties protected (what the prefilter reads)
  std::string engine;   // PCRE2 syntax
  bool case_insensitive = true;
  std::string where;
  Prefilter prefilter;
  Compiled modes[3];    // by Mode
  // The last successful match, for group().
  const Compiled* last = nullptr;
  icu::UnicodeString subject;
  int32_t window = 0;
};

namespace {
std::atomic<Pattern::Observer> observer{nullptr};
std::atomic<Pattern::Recorder> recorder{nullptr};
}  // namespace

Pattern::Pattern(const std::string& source, const std::string& where, bool case_insensitive, Compile when)
    : state_(std::make_shared<State>()) {
  state_->source = case_insensitive ? protect_properties(source) : source;
  state_->case_insensitive = case_insensitive;
  state_->where = where;
  state_->engine = to_pcre2(state_->source, where);
  state_->prefilter = Prefilter(state_->source);
  if (when == Compile::kNow) compile();
  if (Recorder r = recorder) r(*this);
}


Pattern::Pattern(const PatternSeed& seed, std::string where) : state_(std::make_shared<State>()) {
  state_->source = seed.source;
  state_->case_insensitive = seed.case_insensitive;
  state_->where = std::move(where);
  state_->engine = seed.engine;
  state_->prefilter = seed.prefilter ? Prefilter(*seed.prefilter) : Prefilter(state_->source);
  if (Recorder r = recorder) r(*this);
}

const Prefilter& Pattern::prefilter() const { return state_->prefilter; }

const std::string& Pattern::source() const { return state_->source; }
const std::string& Pattern::engine_source() const { return state_->engine; }
bool Pattern::case_insensitive() const { return state_->case_insensitive; }


void Pattern::set_observer(Observer o) { observer = o; }

void Pattern::set_recorder(Recorder r) { recorder = r; }

uint64_t Pattern::compiled_at_run_time() { return run_time_compiles; }

void Pattern::set_jit(Jit when) { jit_policy = when; }

void Pattern::verify_prefilter(bool on) { verify_rejections = on; }

namespace {

const uint32_t kAnchoring[3] = {0, PCRE2_ANCHORED, PCRE2_ANCHORED | PCRE2_ENDANCHORED};

// The key of one compiled form among the build-time seeds.
std::string code_key(const std::string& engine, bool icase, int mode) {
  return engine + '\x1f' + (icase ? 'i' : 's') + static_cast<char>('0' + mode);
}

// The build-time serialized form, when there is one this PCRE2 can decode.
std::unique_ptr<pcre2_code_16, CodeDeleter> decode_seed(const std::string& key) {
  const CompiledSeed* end = kCompiledSeeds + kCompiledSeedCount;
  const CompiledSeed* it = std::lower_bound(kCompiledSeeds, end, key,
                                            [](const CompiledSeed& s, const std::string& k) { return s.key < k; });
  if (it == end || it->key != key) return nullptr;
  pcre2_code_16* code = nullptr;
  if (pcre2_serialize_decode_16(&code, 1, reinterpret_cast<const uint8_t*>(it->bytes.data()), general_context()) != 1)
    return nullptr;
  return std::unique_ptr<pcre2_code_16, CodeDeleter>(code);
}

std::unique_ptr<pcre2_code_16, CodeDeleter> compile_code(const std::string& engine, bool icase, int mode,
                                                         const std::string& where) {
  if (auto seeded = decode_seed(code_key(engine, icase, mode))) return seeded;
  ++run_time_compiles;
  const uint32_t anchoring = kAnchoring[mode];
  icu::UnicodeString u = text::u(engine);
  uint32_t options = PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK | anchoring | (icase ? PCRE2_CASELESS : 0);
  int error = 0;
  PCRE2_SIZE offset = 0;
  std::unique_ptr<pcre2_code_16, CodeDeleter> code(
      pcre2_compile_16(reinterpret_cast<PCRE2_SPTR16>(u.getBuffer()), static_cast<PCRE2_SIZE>(u.length()), options,
                       &error, &offset, compile_context()));
  if (!code) {
    PCRE2_UCHAR16 message[256];
    int n = pcre2_get_error_message_16(error, message, 256);
    std::string why = n > 0 ? text::utf8(icu::UnicodeString(reinterpret_cast<const char16_t*>(message), n)) : "error";
    throw Error(ExitCode::kRules, where + ": invalid pattern (" + why + " at offset " + std::to_string(offset) +
                                      "): " + engine);
  }
  return code;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> Pattern::serialize() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (int mode = kFind; mode <= kFull; ++mode) {
    std::unique_ptr<pcre2_code_16, CodeDeleter> code =
        compile_code(state_->engine, state_->case_insensitive, mode, state_->where);
    const pcre2_code_16* codes[] = {code.get()};
    uint8_t* bytes = nullptr;
    PCRE2_SIZE size = 0;
    if (pcre2_serialize_encode_16(codes, 1, &bytes, &size, nullptr) < 0)
      throw Error(ExitCode::kInternal, state_->where + ": PCRE2 cannot serialize the pattern");
    out.emplace_back(code_key(state_->engine, state_->case_insensitive, mode),
                     std::string(reinterpret_cast<const char*>(bytes), size));
    pcre2_serialize_free_16(bytes);
  }
  return out;
}

// When JIT compilation pays. Compiling a form to machine code costs about
// 300 instructions per byte of its compiled pattern (PCRE2_INFO_SIZE); per
// code unit of subject, the interpreter spends more than the JIT-compiled
// code about 350 instructions when it must attempt a match at every
// position (an unanchored form with neither a known first code unit nor a
// start bitmap: one starting with \s, \p{N} or a lookbehind), about 14 when
// it can skip to the possible starts, about 8 for an anchored form, which
// stops early (callgrind counts of the rules' forms on the 5 KB article and
// the 10 000-word page). A form is compiled once the extra work estimated
// on the text it was given exceeds the compile cost: the text seen so far
// stands for the text to come. A form of the first kind is counted four
// times its cost: it is given every line of a document (typography,
// readability), and compiling it during its first line rather than after
// one or two saved 0.3 M instructions on the 5 KB article. A start bitmap
// of many letters (an alternation of words) makes the second estimate low:
// such forms are compiled late on a large input.
namespace {
void jit_cost(pcre2_code_16* code, int mode, int64_t& compile, int64_t& per_unit) {
  size_t size = 0;
  uint32_t first = 0;
  const uint8_t* bitmap = nullptr;
  pcre2_pattern_info_16(code, PCRE2_INFO_SIZE, &size);
  pcre2_pattern_info_16(code, PCRE2_INFO_FIRSTCODETYPE, &first);
  pcre2_pattern_info_16(code, PCRE2_INFO_FIRSTBITMAP, &bitmap);
  compile = 300 * static_cast<int64_t>(size);
  per_unit = kAnchoring[mode] ? 8 : (first || bitmap) ? 14 : 4 * 350;
}
}  // namespace

void Pattern::compile() const {
  // Compiling the unanchored form checks the pattern; the others are
  // compiled when first needed.
  State& st = *state_;
  Compiled& c = st.modes[kFind];
  if (!c.code) c.code = compile_code(st.engine, st.case_insensitive, kFind, st.where);
}

bool Pattern::run(const icu::UnicodeString& s, Mode mode, int32_t from, bool checked) const {
  State& st = *state_;
  const int32_t window = mode == kPrefix ? from : 0;
  Compiled& c = st.modes[mode];
  if (!c.code) c.code = compile_code(st.engine, st.case_insensitive, mode, st.where);
  if (c.groups.empty()) {
    uint32_t captures = 0;
    pcre2_pattern_info_16(c.code.get(), PCRE2_INFO_CAPTURECOUNT, &captures);
    c.groups.assign(2 * (std::size_t{captures} + 1), PCRE2_UNSET);
    jit_cost(c.code.get(), mode, c.until_jit, c.per_unit);
  }
  if (!c.jitted) {
    const Jit policy = jit_policy;
    if (policy == Jit::kWhenItPays) c.until_jit -= c.per_unit * (s.length() - from);
    if (policy == Jit::kAtOnce || (policy == Jit::kWhenItPays && c.until_jit <= 0)) {
      c.jitted = true;  // tried once; PCRE2 falls back to the interpreter when JIT is unavailable
      c.jit = pcre2_jit_compile_16(c.code.get(), PCRE2_JIT_COMPLETE) == 0;
    }
  }
  static const char16_t kEmpty[1] = {0};
  const char16_t* buffer = s.length() ? s.getBuffer() : kEmpty;
  int32_t length = s.length();
  icu::UnicodeString repaired;
  if (!checked && !valid_utf16(buffer, window, length)) {  // lone surrogates: U+FFFD, same offsets
    repaired = without_lone_surrogates(s);
    buffer = repaired.getBuffer();
  }
  // The JIT-compiled code is called directly (pcre2_match would check the
  // arguments again, which are valid here, and then call it).
  const auto subject = reinterpret_cast<PCRE2_SPTR16>(buffer + window);
  const auto subject_length = static_cast<PCRE2_SIZE>(length - window);
  const auto start = static_cast<PCRE2_SIZE>(from - window);
  pcre2_match_data_16* m = shared_match_data(static_cast<uint32_t>(c.groups.size() / 2));
  int rc = c.jit ? pcre2_jit_match_16(c.code.get(), subject, subject_length, start, 0, m, nullptr)
                 : pcre2_match_16(c.code.get(), subject, subject_length, start, PCRE2_NO_UTF_CHECK, m, nullptr);
  if (rc < 0) return false;
  std::copy_n(pcre2_get_ovector_pointer_16(m), c.groups.size(), c.groups.begin());
  st.last = &c;
  st.subject = s;
  st.window = window;
  return true;
}

bool Pattern::may_match(const icu::UnicodeString& s) const {
  if (state_->prefilter.accepts_all() || state_->prefilter.may_match(s)) return true;
  if (verify_rejections && run(s, kFind, 0))
    throw std::logic_error(state_->where + ": prefilter " + state_->prefilter.describe() +
                           " rejected a subject that matches: " + text::utf8(s));
  return false;
}

namespace {
// The [begin, end) of group n of the last match (offsets in the window), or
// false when the group did not take part.
bool group_range(const std::vector<PCRE2_SIZE>& ov, uint32_t n, int32_t& begin, int32_t& end) {
  if (2 * std::size_t{n} + 1 >= ov.size() || ov[2 * n] == PCRE2_UNSET) return false;
  begin = static_cast<int32_t>(ov[2 * n]);
  end = static_cast<int32_t>(ov[2 * n + 1]);
  return true;
}
}  // namespace

bool Pattern::full(const icu::UnicodeString& s) const {
  bool ok = may_match(s) && run(s, kFull, 0);
  if (Observer o = observer) o(*this, {Call::kFull, s, 0, ok, 0, ok ? s.length() : 0, nullptr, nullptr});
  return ok;
}

int32_t Pattern::prefix(const icu::UnicodeString& s, int32_t from) const {
  // As ICU's lookingAt() on the region [from, end): the match cannot see
  // before `from`, where ^ matches.
  int32_t b = 0, e = -1;
  bool ok = from >= 0 && from <= s.length() && may_match(s) && run(s, kPrefix, from);
  if (ok) group_range(state_->last->groups, 0, b, e);
  if (Observer o = observer) o(*this, {Call::kPrefix, s, from, ok, ok ? from : 0, ok ? from + e : 0, nullptr, nullptr});
  return ok ? from + e : -1;
}

bool Pattern::find(const icu::UnicodeString& s, int32_t from, int32_t& begin, int32_t& end) const {
  bool ok = from >= 0 && from <= s.length() && may_match(s) && run(s, kFind, from) &&
            group_range(state_->last->groups, 0, begin, end);
  if (Observer o = observer) o(*this, {Call::kFind, s, from, ok, ok ? begin : 0, ok ? end : 0, nullptr, nullptr});
  return ok;
}

bool Pattern::found(const icu::UnicodeString& s) const {
  int32_t begin = 0, end = 0;
  return find(s, 0, begin, end);
}

namespace {
// Appends ICU's replacement text `with` for the current match: $n and
// ${name} are groups, \uhhhh and \Uhhhhhhhh code points, any other \x is x.
void append_replacement(icu::UnicodeString& out, const icu::UnicodeString& with, const icu::UnicodeString& subject,
                        const pcre2_code_16* code, const std::vector<PCRE2_SIZE>& m) {
  int32_t n = with.length();
  for (int32_t i = 0; i < n;) {
    char16_t c = with.charAt(i);
    if (c == '\\' && i + 1 < n) {
      char16_t e = with.charAt(i + 1);
      int32_t digits = e == 'u' ? 4 : e == 'U' ? 8 : 0;
      if (digits && i + 2 + digits <= n) {
        UChar32 cp = 0;
        bool ok = true;
        for (int32_t d = 0; d < digits && ok; ++d) {
          int v = u_digit(with.charAt(i + 2 + d), 16);
          ok = v >= 0;
          cp = cp * 16 + v;
        }
        if (ok) {
          out.append(cp);
          i += 2 + digits;
          continue;
        }
      }
      out.append(e);
      i += 2;
      continue;
    }
    if (c == '$' && i + 1 < n) {
      int32_t g = -1, j = i + 1;
      if (with.charAt(j) == '{') {
        int32_t close = with.indexOf(u'}', j);
        if (close > j) {
          icu::UnicodeString name = with.tempSubString(j + 1, close - j - 1);
          name.append(static_cast<char16_t>(0));
          g = pcre2_substring_number_from_name_16(code, reinterpret_cast<PCRE2_SPTR16>(name.getBuffer()));
          j = close + 1;
        }
      } else {
        // As ICU: as many digits as still name a group.
        uint32_t groups = 0;
        pcre2_pattern_info_16(code, PCRE2_INFO_CAPTURECOUNT, &groups);
        while (j < n && u_isdigit(with.charAt(j))) {
          int32_t next = (g < 0 ? 0 : g) * 10 + u_charDigitValue(with.charAt(j));
          if (g >= 0 && next > static_cast<int32_t>(groups)) break;
          g = next;
          ++j;
        }
      }
      if (g >= 0) {
        int32_t b = 0, e = 0;
        if (group_range(m, static_cast<uint32_t>(g), b, e)) out.append(subject, b, e - b);
        i = j;
        continue;
      }
    }
    out.append(c);
    ++i;
  }
}
}  // namespace

icu::UnicodeString Pattern::replace_all(const icu::UnicodeString& s, const icu::UnicodeString& with) const {
  icu::UnicodeString out = replace_all_matches(s, with);
  if (Observer o = observer) o(*this, {Call::kReplace, s, 0, out != s, 0, 0, &with, &out});
  return out;
}

icu::UnicodeString Pattern::replace_all_matches(const icu::UnicodeString& s, const icu::UnicodeString& with) const {
  if (!may_match(s)) return s;
  // The subject is checked once here, not on every find of the loop.
  icu::UnicodeString subject = valid_utf16(s.getBuffer(), 0, s.length()) ? s : without_lone_surrogates(s);
  icu::UnicodeString out;
  int32_t copied = 0, from = 0;
  while (from <= s.length() && run(subject, kFind, from, true)) {
    int32_t b = 0, e = 0;
    const std::vector<PCRE2_SIZE>& m = state_->last->groups;
    group_range(m, 0, b, e);
    out.append(s, copied, b - copied);
    append_replacement(out, with, subject, state_->last->code.get(), m);
    copied = e;
    // As ICU's find(): after an empty match, go on one code point further.
    from = e > b ? e : (e < s.length() ? s.moveIndex32(e, 1) : s.length() + 1);
  }
  if (copied == 0 && out.isEmpty()) return s;
  out.append(s, copied, s.length() - copied);
  return out;
}

icu::UnicodeString Pattern::group(std::string_view name) const {
  const State& st = *state_;
  if (!st.last) return {};
  icu::UnicodeString n = text::u(name);
  n.append(static_cast<char16_t>(0));
  int g = pcre2_substring_number_from_name_16(st.last->code.get(), reinterpret_cast<PCRE2_SPTR16>(n.getBuffer()));
  int32_t b = 0, e = 0;
  if (g < 0 || !group_range(st.last->groups, static_cast<uint32_t>(g), b, e)) return {};
  return st.subject.tempSubString(st.window + b, e - b);
}

RuleFile::RuleFile(const DataBundle& data, const Lexicon& lexicon, std::string name)
    : name_(std::move(name)),
      lexicon_(lexicon),
      compile_(data.overridden() ? Pattern::Compile::kNow : Pattern::Compile::kLazy) {
  std::string_view content = data.get(name_);
  pugi::xml_parse_result r = doc_.load_buffer(content.data(), content.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!r) throw Error(ExitCode::kRules, name_ + ": not well-formed XML at byte " + std::to_string(r.offset) + ": " + r.description());
  for (pugi::xml_node d : root().children("define")) {
    std::string n = d.attribute("name").as_string();
    if (n.empty()) fail("define", "a <define> needs a name");
    std::string source;
    for (std::string_view line : text::split_lines(d.text().as_string())) source += text::trim(line);
    defines_[n] = expand(source);
  }
}

void RuleFile::fail(std::string_view id, std::string_view message) const {
  throw Error(ExitCode::kRules, name_ + ": rule '" + std::string(id) + "': " + std::string(message));
}

std::string RuleFile::expand(std::string_view source) const {
  std::string out;
  std::size_t i = 0;
  while (i < source.size()) {
    if (source[i] == '{' && (i == 0 || source[i - 1] != '\\')) {
      std::size_t close = source.find('}', i);
      if (close != std::string_view::npos) {
        std::string_view key = source.substr(i + 1, close - i - 1);
        if (key.rfind("lexicon:", 0) == 0) {
          const WordList& list = lexicon_.list(key.substr(8));
          std::vector<std::string_view> words(list.entries().begin(), list.entries().end());
          // Longest first so that alternation prefers the longest entry.
          std::stable_sort(words.begin(), words.end(),
                           [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
          out += "(?:";
          for (std::size_t k = 0; k < words.size(); ++k) {
            if (k) out += '|';
            out += "\\Q";
            out += words[k];
            out += "\\E";
          }
          out += ")";
          i = close + 1;
          continue;
        }
        auto it = defines_.find(key);
        if (it != defines_.end()) {
          out += "(?:" + it->second + ")";
          i = close + 1;
          continue;
        }
      }
    }
    out += source[i++];
  }
  return out;
}

namespace {
std::atomic<RuleFile::Recorder> rule_recorder{nullptr};

// The build-time form of an embedded rule's pattern.
const PatternSeed* find_pattern_seed(std::string_view file, std::string_view text, bool icase) {
  auto key = [](const PatternSeed& s) { return std::tuple(s.file, s.text, s.case_insensitive); };
  const auto wanted = std::tuple(file, text, icase);
  const PatternSeed* end = kPatternSeeds + kPatternSeedCount;
  const PatternSeed* it = std::lower_bound(kPatternSeeds, end, wanted,
                                           [&](const PatternSeed& s, const auto& w) { return key(s) < w; });
  return it != end && key(*it) == wanted ? it : nullptr;
}
}  // namespace

void RuleFile::set_recorder(Recorder r) { rule_recorder = r; }

Pattern RuleFile::pattern(pugi::xml_node node, std::string_view id) const {
  const std::string_view written = node.text().as_string();
  const bool icase = std::string_view(node.attribute("case").as_string("insensitive")) != "sensitive";
  std::string where = name_ + ": rule '" + std::string(id) + "'";
  // The embedded rules' patterns were expanded and analysed at build time.
  if (compile_ == Pattern::Compile::kLazy)
    if (const PatternSeed* seed = find_pattern_seed(name_, written, icase)) return Pattern(*seed, std::move(where));
  // A pattern may be written over several lines: each line is trimmed and
  // the lines are joined without separator.
  std::string source;
  for (std::string_view line : text::split_lines(written)) source += text::trim(line);
  if (source.empty()) fail(id, "empty pattern");
  Pattern p(expand(source), where, icase, compile_);
  if (Recorder r = rule_recorder) r(name_, written, icase, p);
  return p;
}

}  // namespace titraille

// The command's operator new and delete (src/process_alloc.cc), linked into
// this test binary as into titraille: every allocation below, GoogleTest's
// own included, goes through them.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <new>
#include <numeric>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Block {
  unsigned char* p;
  std::size_t n;
  unsigned char fill;
};

bool aligned16(const void* p) { return reinterpret_cast<std::uintptr_t>(p) % 16 == 0; }

// Every size from 0 to a little over 1 MB (the largest class), the class
// boundaries and their neighbours included.
std::vector<std::size_t> sizes() {
  std::vector<std::size_t> out;
  for (std::size_t n = 0; n <= 1100; ++n) out.push_back(n);
  for (std::size_t p = 1024; p <= (std::size_t{1} << 21); p *= 2)
    for (std::size_t q = 0; q <= 4; ++q)
      for (std::ptrdiff_t d : {-1, 0, 1}) out.push_back(p + q * (p / 4) + d);
  return out;
}

TEST(ProcessAlloc, BlocksAreAlignedDistinctAndKeepTheirBytes) {
  std::vector<Block> live;
  unsigned char fill = 1;
  for (std::size_t n : sizes()) {
    auto* p = static_cast<unsigned char*>(::operator new(n));
    ASSERT_NE(p, nullptr);
    EXPECT_TRUE(aligned16(p)) << n;
    std::memset(p, fill, n);
    live.push_back({p, n, fill});
    fill = static_cast<unsigned char>(fill % 250 + 1);
  }
  // No two live blocks overlap.
  std::vector<Block> sorted = live;
  std::sort(sorted.begin(), sorted.end(), [](const Block& a, const Block& b) { return a.p < b.p; });
  for (std::size_t i = 1; i < sorted.size(); ++i)
    EXPECT_LE(sorted[i - 1].p + sorted[i - 1].n, sorted[i].p) << sorted[i - 1].n << " then " << sorted[i].n;
  // Nothing written to one block reached another.
  for (const Block& b : live)
    for (std::size_t i = 0; i < b.n; ++i) ASSERT_EQ(b.p[i], b.fill) << "size " << b.n << " byte " << i;
  for (std::size_t i = 0; i < live.size(); ++i) {
    if (i % 2) ::operator delete(live[i].p, live[i].n);  // sized
    else ::operator delete(live[i].p);                    // unsized
  }
}

TEST(ProcessAlloc, ABlockGivenBackIsReusedForItsClass) {
  void* a = ::operator new(40);
  ::operator delete(a);
  void* b = ::operator new(48);  // same class of 48 bytes
  EXPECT_EQ(a, b);
  void* c = ::operator new(48);
  EXPECT_NE(b, c);
  ::operator delete(b);
  ::operator delete(c);
}

TEST(ProcessAlloc, SmallBlocksArePackedWithoutHeaders) {
  // Blocks of one class follow each other in their run, with no header
  // between them (glibc's malloc puts 16 bytes of header before each).
  std::vector<void*> v;
  for (int i = 0; i < 64; ++i) v.push_back(::operator new(16));
  int adjacent = 0;
  for (std::size_t i = 1; i < v.size(); ++i)
    adjacent += static_cast<char*>(v[i]) - static_cast<char*>(v[i - 1]) == 16;
  EXPECT_GE(adjacent, 32);
  for (void* p : v) ::operator delete(p);
}

TEST(ProcessAlloc, ManyBlocksOfEveryKindSurviveChurn) {
  // A deterministic mix of allocations and releases, as a run makes them.
  std::vector<Block> live;
  uint64_t state = 88172645463325252ull;
  auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (int step = 0; step < 200000; ++step) {
    if (live.empty() || next() % 3) {
      std::size_t n = next() % 256 == 0 ? next() % (std::size_t{3} << 20) : next() % 700;
      auto* p = static_cast<unsigned char*>(::operator new(n));
      unsigned char f = static_cast<unsigned char>(step);
      if (n) {
        p[0] = f;
        p[n - 1] = f;
      }
      live.push_back({p, n, f});
    } else {
      std::size_t i = next() % live.size();
      Block b = live[i];
      if (b.n) {
        ASSERT_EQ(b.p[0], b.fill);
        ASSERT_EQ(b.p[b.n - 1], b.fill);
      }
      ::operator delete(b.p);
      live[i] = live.back();
      live.pop_back();
    }
  }
  for (const Block& b : live) ::operator delete(b.p);
}

TEST(ProcessAlloc, ContainersWork) {
  std::map<std::string, std::vector<int>> m;
  for (int i = 0; i < 5000; ++i) m[std::to_string(i * 7919 % 10007)].assign(static_cast<std::size_t>(i % 300), i);
  long sum = 0;
  for (const auto& [k, v] : m) sum += std::accumulate(v.begin(), v.end(), 0L);
  long expected = 0;
  for (int i = 0; i < 5000; ++i) expected += static_cast<long>(i % 300) * i;
  EXPECT_EQ(sum, expected);
  std::string big(5u << 20, 'x');  // from malloc
  big.back() = 'y';
  EXPECT_EQ(big.front(), 'x');
  EXPECT_EQ(big.back(), 'y');
}

TEST(ProcessAlloc, ArraysNothrowAndAlignedFormsWork) {
  int* a = new int[1000];
  a[999] = 5;
  delete[] a;
  char* b = new (std::nothrow) char[77];
  ASSERT_NE(b, nullptr);
  delete[] b;
  struct alignas(64) Wide {
    char c[64];
  };
  auto w = std::make_unique<Wide>();  // aligned new: libstdc++'s own, not the classes
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(w.get()) % 64, 0u);
}

TEST(ProcessAlloc, TwoThreadsTakeTheLock) {
  // With a second thread, every call takes the lock; the blocks stay whole.
  auto work = [](int seed) {
    std::vector<std::string> v;
    for (int i = 0; i < 20000; ++i) {
      v.emplace_back(static_cast<std::size_t>(17 + (i * seed) % 200), static_cast<char>('a' + seed));
      if (v.size() > 50) v.erase(v.begin(), v.begin() + 25);
    }
    for (const std::string& s : v)
      if (s.find_first_not_of(static_cast<char>('a' + seed)) != std::string::npos) return false;
    return true;
  };
  bool ok1 = false, ok2 = false;
  std::thread t([&] { ok1 = work(3); });
  ok2 = work(5);
  t.join();
  EXPECT_TRUE(ok1);
  EXPECT_TRUE(ok2);
}

}  // namespace

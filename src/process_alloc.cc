// The titraille command's operator new and delete (linked into the
// executable only, never into the library).
//
// A run allocates about 20 000 blocks on a 5 KB article, nearly all through
// operator new, and frees most of them soon after. glibc's malloc spends
// about 140 instructions on each allocation its per-thread cache cannot
// serve. Here a block of up to 1 MB comes from a size class: 16 to 1 024
// bytes in steps of 16, then four sizes per power of two. Each class carves
// runs of 4 KB (one block per run above 4 KB) from one region of address
// space and keeps the blocks it is given back in a list, so an allocation or
// a release is a few instructions. The region is reserved at once (pages are
// only backed when touched) and given to the kernel's transparent huge pages,
// so that a run touches one or two huge pages instead of faulting in hundreds
// of small ones; nothing is given back before the process ends, which is
// short-lived. Larger blocks, and every block once the region is full, come
// from malloc; a block is recognised as one of the region's by its address.
//
// The fast path assumes one thread, as the command is; should a second
// thread ever exist (__libc_single_threaded false), every call takes a lock.
#include <sys/mman.h>
#include <sys/single_threaded.h>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <new>

namespace {

constexpr std::size_t kRunShift = 12;  // runs of 4 KB
constexpr std::size_t kRun = std::size_t{1} << kRunShift;
constexpr std::size_t kRegion = std::size_t{1} << 30;  // 1 GB of address space
constexpr std::size_t kHuge = std::size_t{2} << 20;
constexpr std::size_t kMaxSmall = 1024;       // classes 1..64: k * 16 bytes
constexpr std::size_t kMaxBlock = 1u << 20;   // classes 65..104: p + q * p / 4, p = 1 KB .. 512 KB, q = 1..4
constexpr std::size_t kClasses = 64 + 4 * 10 + 1;

constexpr std::array<std::size_t, kClasses> kSizes = [] {
  std::array<std::size_t, kClasses> s{};
  std::size_t k = 1;
  for (; k <= 64; ++k) s[k] = 16 * k;
  for (std::size_t p = kMaxSmall; p < kMaxBlock; p *= 2)
    for (std::size_t q = 1; q <= 4; ++q) s[k++] = p + q * (p / 4);
  return s;
}();
static_assert(kSizes[kClasses - 1] == kMaxBlock);

// The smallest class whose blocks hold n bytes (n <= kMaxBlock).
constexpr std::size_t class_for(std::size_t n) {
  if (n <= kMaxSmall) return n == 0 ? 1 : (n + 15) / 16;
  const std::size_t p = std::bit_floor(n - 1);  // kMaxSmall <= p < n
  const std::size_t quarter = p / 4;
  return 64 + 4 * static_cast<std::size_t>(std::countr_zero(p / kMaxSmall)) + (n - p + quarter - 1) / quarter;
}
static_assert(class_for(1) == 1 && class_for(16) == 1 && class_for(17) == 2 && class_for(1024) == 64);
static_assert(class_for(1025) == 65 && kSizes[65] == 1280 && class_for(2048) == 68 && kSizes[68] == 2048);
static_assert(class_for(2049) == 69 && class_for(kMaxBlock) == kClasses - 1);

struct FreeBlock {
  FreeBlock* next;
};

struct Heap {
  char* base = nullptr;  // the region, kHuge-aligned; nullptr before the first call
  bool unavailable = false;
  char* top = nullptr;  // next free run
  char* end = nullptr;
  FreeBlock* free[kClasses] = {};
  char* next[kClasses] = {};  // the current run of each class: its next block and its end
  char* stop[kClasses] = {};
  uint8_t run_class[kRegion >> kRunShift] = {};  // by run: its class (0: not a run's start)
};

constinit Heap heap;
std::mutex heap_lock;

bool reserve() {
  if (heap.base) return true;
  if (heap.unavailable) return false;
  void* p = mmap(nullptr, kRegion + kHuge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) {
    heap.unavailable = true;
    return false;
  }
  const auto at = (reinterpret_cast<std::uintptr_t>(p) + kHuge - 1) & ~(kHuge - 1);
  heap.base = heap.top = reinterpret_cast<char*>(at);
  heap.end = heap.base + kRegion;
#ifdef MADV_HUGEPAGE
  madvise(heap.base, kRegion, MADV_HUGEPAGE);
#endif
  return true;
}

void* take(std::size_t k) {
  if (FreeBlock* b = heap.free[k]) {
    heap.free[k] = b->next;
    return b;
  }
  const std::size_t size = kSizes[k];
  if (static_cast<std::size_t>(heap.stop[k] - heap.next[k]) < size) {
    const std::size_t run = (size + kRun - 1) & ~(kRun - 1);
    if (!reserve() || static_cast<std::size_t>(heap.end - heap.top) < run) return nullptr;
    heap.run_class[static_cast<std::size_t>(heap.top - heap.base) >> kRunShift] = static_cast<uint8_t>(k);
    heap.next[k] = heap.top;
    heap.stop[k] = heap.top + (run == kRun ? kRun - kRun % size : run);
    heap.top += run;
  }
  void* out = heap.next[k];
  heap.next[k] += size;
  return out;
}

void give_back(void* p, std::size_t k) {
  auto* b = static_cast<FreeBlock*>(p);
  b->next = heap.free[k];
  heap.free[k] = b;
}

// The class of a block of the region, 0 for a block from malloc. A block of
// a class up to 4 KB lies in a run of one page; a larger one starts its run.
std::size_t class_of(const void* p) {
  const auto offset = reinterpret_cast<std::uintptr_t>(p) - reinterpret_cast<std::uintptr_t>(heap.base);
  return offset < kRegion ? heap.run_class[offset >> kRunShift] : 0;
}

void* allocate(std::size_t n) {
  if (n <= kMaxBlock) {
    const std::size_t k = class_for(n);
    void* p = nullptr;
    if (__libc_single_threaded) {
      p = take(k);
    } else {
      std::lock_guard<std::mutex> hold(heap_lock);
      p = take(k);
    }
    if (p) return p;
  }
  for (;;) {
    if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
    std::new_handler handler = std::get_new_handler();
    if (!handler) throw std::bad_alloc();
    handler();
  }
}

void release(void* p) noexcept {
  if (!p) return;
  const std::size_t k = class_of(p);
  if (k == 0) {
    std::free(p);
  } else if (__libc_single_threaded) {
    give_back(p, k);
  } else {
    std::lock_guard<std::mutex> hold(heap_lock);
    give_back(p, k);
  }
}

}  // namespace

// libstdc++'s other forms (arrays, nothrow, sized) call these; its aligned
// forms use aligned_alloc and free, and stay as they are.
void* operator new(std::size_t n) { return allocate(n); }
void operator delete(void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }

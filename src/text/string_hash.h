// Hash containers of strings probed with a string_view without allocating.
//
// FlatStringMap is an open-addressing table whose 8-byte slots hold 32 bits
// of each key's hash (the bits that did not choose the slot) beside the
// entry's index, so a probe touches one compact slot array and, on a tag
// match, one entry: about twice as fast as std::unordered_map on the
// hundred-thousand-word tables of the text stage (which are memory-bound).
// Pointers returned by Find and Insert stay valid until the next Insert or
// Clear.
//
// Thread safety: const methods may be called concurrently; Insert and Clear
// need exclusive access.
#ifndef RASED_TEXT_STRING_HASH_H_
#define RASED_TEXT_STRING_HASH_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rased::text {

inline uint64_t HashString(std::string_view s) {
  // Eight bytes per multiply (keys are mostly 6-20 bytes of Arabic), the
  // length mixed in so that overlapping tail reads stay distinct, then a
  // final avalanche so that the low bits used for slots are good.
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = 0x243F6A8885A308D3ull ^ (static_cast<uint64_t>(n) * kMul);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 32;
    p += 8;
    n -= 8;
  }
  if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    h = (h ^ ((static_cast<uint64_t>(a) << 32) | b)) * kMul;
    h ^= h >> 32;
  } else if (n > 0) {
    const uint64_t w = static_cast<unsigned char>(p[0]) |
                       (static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
                       (static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
    h = (h ^ w) * kMul;
    h ^= h >> 32;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

template <typename V>
class FlatStringMap {
 public:
  const V* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    return Find(key, HashString(key));
  }
  V* Find(std::string_view key) {
    return const_cast<V*>(static_cast<const FlatStringMap*>(this)->Find(key));
  }
  bool Contains(std::string_view key) const { return Find(key) != nullptr; }

  // Batched lookups. A lookup in a large table waits on two cache misses
  // (the slot, then the entry); a caller with many keys in hand overlaps
  // them: Prefetch(HashString(k)) for every key, then PrefetchEntry(h) for
  // every key, then Find(k, h). Prefetching never changes what Find returns.
  void Prefetch(uint64_t h) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[h & mask_]);
  }
  void PrefetchEntry(uint64_t h) const {
    if (slots_.empty()) return;
    const Slot& s = slots_[h & mask_];
    if (s.index != kEmpty && s.tag == Tag(h)) __builtin_prefetch(&entries_[s.index]);
  }
  // Find(key) given h == HashString(key).
  const V* Find(std::string_view key, uint64_t h) const {
    const std::pair<std::string, V>* e = FindEntry(key, h);
    return e ? &e->second : nullptr;
  }
  // The stored (key, value) pair, nullptr when absent.
  const std::pair<std::string, V>* FindEntry(std::string_view key) const {
    return FindEntry(key, HashString(key));
  }
  const std::pair<std::string, V>* FindEntry(std::string_view key, uint64_t h) const {
    if (slots_.empty()) return nullptr;
    const uint32_t tag = Tag(h);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.index == kEmpty) return nullptr;
      if (s.tag == tag && entries_[s.index].first == key) return &entries_[s.index];
    }
  }

  // Inserts key -> value unless key is present; returns the stored value.
  V& Insert(std::string_view key, V value) {
    if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
    const uint64_t h = HashString(key);
    const uint32_t tag = Tag(h);
    size_t i = h & mask_;
    for (;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.index == kEmpty) break;
      if (s.tag == tag && entries_[s.index].first == key) return entries_[s.index].second;
    }
    slots_[i] = Slot{tag, static_cast<uint32_t>(entries_.size())};
    entries_.emplace_back(std::string(key), std::move(value));
    return entries_.back().second;
  }

  void Reserve(size_t n) {
    while (slots_.size() < n * 2) Grow();
    entries_.reserve(n);
  }
  void Clear() {
    slots_.assign(slots_.size(), Slot());
    entries_.clear();
  }
  size_t size() const { return entries_.size(); }
  const std::vector<std::pair<std::string, V>>& entries() const { return entries_; }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    uint32_t tag = 0;
    uint32_t index = kEmpty;
  };
  static uint32_t Tag(uint64_t h) { return static_cast<uint32_t>(h >> 32); }

  void Grow() {
    const size_t n = slots_.empty() ? 64 : slots_.size() * 2;
    std::vector<Slot> slots(n);
    mask_ = n - 1;
    // Slots keep only part of the hash: the entries are hashed again.
    for (uint32_t index = 0; index < entries_.size(); ++index) {
      const uint64_t h = HashString(entries_[index].first);
      size_t i = h & mask_;
      while (slots[i].index != kEmpty) i = (i + 1) & mask_;
      slots[i] = Slot{Tag(h), index};
    }
    slots_ = std::move(slots);
  }

  std::vector<Slot> slots_;
  std::vector<std::pair<std::string, V>> entries_;
  size_t mask_ = 0;
};

// A set: a map to nothing.
class FlatStringSet {
 public:
  bool Contains(std::string_view key) const { return map_.Find(key) != nullptr; }
  size_t count(std::string_view key) const { return Contains(key) ? 1 : 0; }
  void insert(std::string_view key) { map_.Insert(key, Empty()); }
  void Reserve(size_t n) { map_.Reserve(n); }
  size_t size() const { return map_.size(); }

 private:
  struct Empty {};
  FlatStringMap<Empty> map_;
};

using StringSet = FlatStringSet;
template <typename V>
using StringMap = FlatStringMap<V>;

}  // namespace rased::text

#endif  // RASED_TEXT_STRING_HASH_H_

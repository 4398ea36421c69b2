#include "store/name_keys.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "common/utf8.h"
#include "store/fts_tokenizer.h"
#include "text/normalize.h"
#include "text/translit.h"

namespace rased::store {

std::string NameKey(std::string_view name) {
  std::string key = text::MatchKey(name);
  // Only for a single word: in "وزارة الدفاع" the first letter is part of the name.
  if (key.find(' ') == std::string::npos && utf8::CountCodePoints(key) > 4) {
    if (key.rfind("\xD9\x84\xD9\x84", 0) == 0) return "\xD8\xA7\xD9\x84" + key.substr(4);  // لل
    static const char* kProclitics[] = {"\xD9\x88", "\xD9\x81", "\xD8\xA8", "\xD9\x84"};
    for (const char* p : kProclitics) {
      if (key.compare(0, 2, p) == 0 && key.compare(2, 4, "\xD8\xA7\xD9\x84") == 0) {
        return key.substr(2);  // وال… بال… only with the article, the safe case
      }
    }
  }
  return key;
}

std::string Skeleton(std::string_view name) { return text::SkeletonKey(name); }

std::vector<std::string> SkeletonDeletionKeys(std::string_view skeleton) {
  std::vector<std::string> out;
  out.emplace_back(skeleton);
  // Skeletons are ASCII-ish class letters, but stay safe on any UTF-8.
  std::vector<size_t> starts;
  for (size_t i = 0; i < skeleton.size();) {
    starts.push_back(i);
    utf8::Next(skeleton, i);
  }
  if (starts.size() < 4) return out;  // deletions of very short keys match too much
  starts.push_back(skeleton.size());
  for (size_t k = 0; k + 1 < starts.size(); ++k) {
    std::string d(skeleton.substr(0, starts[k]));
    d.append(skeleton.substr(starts[k + 1]));
    if (d != out.back()) out.push_back(std::move(d));
  }
  return out;
}

int EditDistance(std::string_view a, std::string_view b, int limit) {
  std::vector<char32_t> x, y;
  for (size_t i = 0; i < a.size();) x.push_back(utf8::Next(a, i));
  for (size_t i = 0; i < b.size();) y.push_back(utf8::Next(b, i));
  const int n = static_cast<int>(x.size()), m = static_cast<int>(y.size());
  if (std::abs(n - m) > limit) return limit + 1;
  std::vector<int> prev(m + 1), cur(m + 1);
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] != y[j - 1])});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return prev[m];
}

std::vector<std::string_view> Words(std::string_view key) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start < key.size()) {
    size_t end = key.find(' ', start);
    if (end == std::string_view::npos) end = key.size();
    if (end > start) out.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

uint64_t Fnv1a64(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

namespace {

// kSpread[v] holds bit k of v in byte k: adding kSpread of each byte of a
// value counts, in eight byte lanes, how often each bit was set.
struct SpreadTable {
  uint64_t v[256];
  constexpr SpreadTable() : v() {
    for (int x = 0; x < 256; ++x) {
      for (int k = 0; k < 8; ++k) v[x] |= static_cast<uint64_t>((x >> k) & 1) << (8 * k);
    }
  }
};
constexpr SpreadTable kSpread;

}  // namespace

uint64_t SimHash(const SearchKeyList& keys) {
  // Bit b of the result is set when more than half of the shingles set it
  // (the classic +1/-1 weights, counted eight bits at a time).
  int ones[64] = {0};
  uint64_t lanes[8] = {0};  // byte j, lane k: bit 8j+k; flushed before a lane overflows
  int in_lanes = 0, shingles = 0;
  auto flush = [&] {
    for (int j = 0; j < 8; ++j) {
      for (int k = 0; k < 8; ++k) ones[8 * j + k] += static_cast<int>((lanes[j] >> (8 * k)) & 0xFF);
      lanes[j] = 0;
    }
    in_lanes = 0;
  };
  uint64_t w1 = 0, w2 = 0;
  int seen = 0;
  for (const SearchKeyList::Key& k : keys.keys()) {
    if (k.colocated) continue;
    const uint64_t h = Fnv1a64(keys.key(k));
    if (++seen >= 3) {
      uint64_t shingle = h * 31 + w1 * 17 + w2;  // order-sensitive mix of three words
      shingle ^= shingle >> 33;
      shingle *= 0xff51afd7ed558ccdull;
      shingle ^= shingle >> 33;
      for (int j = 0; j < 8; ++j) lanes[j] += kSpread.v[(shingle >> (8 * j)) & 0xFF];
      ++shingles;
      if (++in_lanes == 255) flush();
    }
    w2 = w1;
    w1 = h;
  }
  flush();
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b) {
    if (2 * ones[b] > shingles) out |= uint64_t{1} << b;
  }
  return out;
}

uint64_t SimHash(std::string_view text) { return SimHash(SearchKeyList(text)); }

}  // namespace rased::store

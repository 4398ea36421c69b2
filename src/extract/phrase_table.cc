#include "extract/phrase_table.h"

#include <algorithm>
#include <cstring>

namespace rased::extract {

uint32_t PhraseTable::Shape(std::string_view w) {
  const size_t n = w.size();
  uint32_t f = static_cast<uint32_t>(n) * 0x9E3779B1u;
  if (n >= 2) {
    uint16_t head, tail;
    std::memcpy(&head, w.data(), 2);
    std::memcpy(&tail, w.data() + n - 2, 2);
    f ^= (static_cast<uint32_t>(head) * 0x85EBCA77u) ^ (static_cast<uint32_t>(tail) * 0xC2B2AE3Du);
  } else if (n == 1) {
    f ^= static_cast<unsigned char>(w[0]) * 0x85EBCA77u;
  }
  f ^= f >> 15;
  f *= 0x2C1B3C6Du;
  return f >> 20;  // 12 bits
}

void PhraseTable::Add(const std::vector<std::string>& words, int32_t payload) {
  if (words.empty() || words[0].empty()) return;
  std::vector<Entry>& entries = by_first_.Insert(words[0], {});
  const uint32_t b = Shape(words[0]);
  shape_[b >> 6] |= uint64_t{1} << (b & 63);
  std::vector<std::string> rest(words.begin() + 1, words.end());
  for (const Entry& e : entries) {
    if (e.rest == rest) return;
  }
  entries.push_back(Entry{std::move(rest), payload});
  // Longest first, so Longest() can stop at the first full match.
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& a, const Entry& b) { return a.rest.size() > b.rest.size(); });
}

PhraseMatch PhraseTable::Longest(std::span<const std::string_view> keys, size_t i,
                                 std::initializer_list<std::string_view> first_forms) const {
  PhraseMatch best;
  if (i >= keys.size()) return best;
  std::string_view tried[4];
  size_t n_tried = 0;
  for (std::string_view first : first_forms) {
    if (first.empty() || !MayStart(first)) continue;
    if (std::find(tried, tried + n_tried, first) != tried + n_tried) continue;
    if (n_tried < 4) tried[n_tried++] = first;
    const std::vector<Entry>* entries = by_first_.Find(first);
    if (entries == nullptr) continue;
    for (const Entry& e : *entries) {
      if (e.rest.size() + 1 <= best.length) break;
      if (i + 1 + e.rest.size() > keys.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < e.rest.size() && ok; ++k) ok = keys[i + 1 + k] == e.rest[k];
      if (ok) {
        best.payload = e.payload;
        best.length = static_cast<uint32_t>(e.rest.size() + 1);
        break;
      }
    }
  }
  return best;
}

int32_t PhraseTable::Find(std::string_view word) const {
  if (word.empty() || !MayStart(word)) return -1;
  const std::vector<Entry>* entries = by_first_.Find(word);
  if (entries == nullptr) return -1;
  for (const Entry& e : *entries) {
    if (e.rest.empty()) return e.payload;
  }
  return -1;
}

std::vector<std::string_view> PhraseTable::FirstWords() const {
  std::vector<std::string_view> out;
  out.reserve(by_first_.size());
  for (const auto& [first, entries] : by_first_.entries()) out.push_back(first);
  return out;
}

std::vector<std::string> KeyWords(std::string_view form,
                                  const std::function<std::string(std::string_view)>& key) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= form.size()) {
    size_t end = form.find(' ', start);
    if (end == std::string_view::npos) end = form.size();
    if (end > start) {
      std::string k = key(form.substr(start, end - start));
      if (!k.empty()) out.push_back(std::move(k));
    }
    start = end + 1;
  }
  return out;
}

}  // namespace rased::extract

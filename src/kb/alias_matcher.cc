#include "kb/alias_matcher.h"

#include "text/string_hash.h"

namespace rased {

AliasMatcher::AliasMatcher() { nodes_.emplace_back(); }

uint64_t AliasMatcher::EdgeHash(int32_t node, std::string_view token) {
  uint64_t h = text::HashString(token) + static_cast<uint64_t>(node) * 0x9E3779B97F4A7C15ull;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 32;
  return h;
}

int32_t AliasMatcher::Step(int32_t node, std::string_view token) const {
  if (slots_.empty()) return -1;
  const uint64_t h = EdgeHash(node, token);
  for (size_t i = h & mask_;; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (s.child < 0) return -1;
    if (s.hash == h) {
      const Node& child = nodes_[s.child];
      if (child.parent == node && child.label == token) return s.child;
    }
  }
}

std::span<const AliasHit> AliasMatcher::Hits(int32_t node) const {
  const auto& hits = nodes_[node].hits;
  return {hits.data(), hits.size()};
}

void AliasMatcher::Grow() {
  const size_t n = slots_.empty() ? 64 : slots_.size() * 2;
  std::vector<Slot> slots(n);
  mask_ = n - 1;
  for (const Slot& s : slots_) {
    if (s.child < 0) continue;
    size_t i = s.hash & mask_;
    while (slots[i].child >= 0) i = (i + 1) & mask_;
    slots[i] = s;
  }
  slots_ = std::move(slots);
}

void AliasMatcher::Add(const std::vector<std::string>& tokens, const AliasHit& hit) {
  if (tokens.empty()) return;
  int32_t node = kRoot;
  for (const std::string& token : tokens) {
    int32_t next = Step(node, token);
    if (next < 0) {
      next = static_cast<int32_t>(nodes_.size());
      Node child;
      child.parent = node;
      child.label = token;
      nodes_.push_back(std::move(child));
      // Edges are nodes but the root; keep the table at most half full.
      if (nodes_.size() * 2 > slots_.size()) Grow();
      const uint64_t h = EdgeHash(node, token);
      size_t i = h & mask_;
      while (slots_[i].child >= 0) i = (i + 1) & mask_;
      slots_[i] = Slot{h, next};
    }
    node = next;
  }
  for (AliasHit& existing : nodes_[node].hits) {
    if (existing.entity == hit.entity) {
      existing.weak = existing.weak && hit.weak;
      existing.latin = existing.latin && hit.latin;
      existing.contextual = existing.contextual && hit.contextual;
      existing.sports = existing.sports && hit.sports;
      return;
    }
  }
  nodes_[node].hits.push_back(hit);
}

}  // namespace rased

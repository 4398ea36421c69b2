#include "kb/alias_matcher.h"

namespace rased {

AliasMatcher::AliasMatcher() { nodes_.emplace_back(); }

uint64_t AliasMatcher::EdgeHash(int32_t node, std::string_view token) {
  // FNV-1a over the token, seeded with the parent node.
  uint64_t h = 1469598103934665603ull ^ (static_cast<uint64_t>(node) * 0x9E3779B97F4A7C15ull);
  for (unsigned char c : token) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

int32_t AliasMatcher::Step(int32_t node, std::string_view token) const {
  auto [begin, end] = edges_.equal_range(EdgeHash(node, token));
  for (auto it = begin; it != end; ++it) {
    const Node& child = nodes_[it->second];
    if (child.parent == node && child.label == token) return it->second;
  }
  return -1;
}

std::span<const AliasHit> AliasMatcher::Hits(int32_t node) const {
  const auto& hits = nodes_[node].hits;
  return {hits.data(), hits.size()};
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
      edges_.emplace(EdgeHash(node, token), next);
    }
    node = next;
  }
  for (AliasHit& existing : nodes_[node].hits) {
    if (existing.entity == hit.entity) {
      existing.weak = existing.weak && hit.weak;
      existing.latin = existing.latin && hit.latin;
      return;
    }
  }
  nodes_[node].hits.push_back(hit);
}

}  // namespace rased

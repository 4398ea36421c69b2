// AliasMatcher: a trie over sequences of normalised token keys, compiled from
// the knowledge base's names and aliases, walked one token at a time.
//
//   AliasMatcher m;
//   m.Add({"خليفه", "حفتر"}, /*entity=*/3, /*weak=*/false);
//   int32_t node = m.Step(AliasMatcher::kRoot, "خليفه");
//   node = m.Step(node, "حفتر");            // >= 0
//   for (const AliasHit& h : m.Hits(node)) ...   // entity 3
//
// The caller decides which key of each document token to feed (its key, its
// clitic-free base, a stripped variant of the first token), so the matcher
// itself knows nothing about Arabic morphology. Edges are found through one
// open-addressing table keyed by (node, token hash) that stores each edge's
// hash beside its child: no per-node maps, no allocation while matching, and
// a miss (the usual answer) costs one hash and one probe of a flat array.
//
// Thread safety: Add() is not thread-safe; after construction every const
// method may be called concurrently.
#ifndef RASED_KB_ALIAS_MATCHER_H_
#define RASED_KB_ALIAS_MATCHER_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rased {

struct AliasHit {
  uint32_t entity = 0;  // index into KnowledgeBase::entities()
  bool weak = false;    // a shared short alias ("~" in the TSV, see doc/kb_format.md)
  bool latin = false;   // came from name_en / aliases_en
  // A name that is also a word ("?" in the TSV: "القصير", the short): it names
  // the record only in a document that names the record's country. Always weak.
  bool contextual = false;
  // A club's bare name that is also a word ("^" in the TSV: "الهلال", the
  // crescent): it names the club only in a story about sport. Always
  // contextual.
  bool sports = false;
};

class AliasMatcher {
 public:
  static constexpr int32_t kRoot = 0;

  AliasMatcher();

  // Adds one alias given as its token keys (see KeyTokens in knowledge_base.h).
  // Adding the same (tokens, entity) twice keeps one hit; the strong flag wins.
  void Add(const std::vector<std::string>& tokens, const AliasHit& hit);

  // The child of `node` along `token`, or -1. `node` must be a valid node.
  int32_t Step(int32_t node, std::string_view token) const;

  // Entities whose alias ends exactly at `node` (empty for inner nodes).
  std::span<const AliasHit> Hits(int32_t node) const;

  // Whether any alias starts with `token` (a cheap pre-check for variants).
  bool StartsAlias(std::string_view token) const { return Step(kRoot, token) >= 0; }

  size_t node_count() const { return nodes_.size(); }

 private:
  struct Node {
    int32_t parent = -1;
    std::string label;  // the token key on the edge from the parent
    std::vector<AliasHit> hits;
  };
  struct Slot {
    uint64_t hash = 0;
    int32_t child = -1;  // -1: empty
  };
  static uint64_t EdgeHash(int32_t node, std::string_view token);
  void Grow();

  std::vector<Node> nodes_;
  std::vector<Slot> slots_;  // power-of-two size, at most half full
  size_t mask_ = 0;
};

}  // namespace rased

#endif  // RASED_KB_ALIAS_MATCHER_H_

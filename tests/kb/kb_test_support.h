// Helpers shared by the knowledge-base data tests.
#ifndef RASED_TESTS_KB_KB_TEST_SUPPORT_H_
#define RASED_TESTS_KB_KB_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "kb/alias_matcher.h"
#include "kb/knowledge_base.h"

namespace rased::test {

// Whether the alias matcher the entity stage runs over documents takes the
// whole of `name` to record `id` (FindByName would also try the Latin names'
// transliteration skeleton, which text never meets).
inline bool MatcherFinds(const KnowledgeBase& kb, std::string_view name, std::string_view id) {
  const AliasMatcher& m = kb.matcher();
  int32_t node = AliasMatcher::kRoot;
  for (const std::string& t : KeyTokens(name)) node = node < 0 ? node : m.Step(node, t);
  if (node < 0) return false;
  for (const AliasHit& h : m.Hits(node)) {
    if (kb.entities()[h.entity].id == id) return true;
  }
  return false;
}

// A name and whether it must take the matcher to record `id`.
struct NameCase {
  const char* name;
  const char* id;
  bool found;
};

inline void ExpectNamesFind(const KnowledgeBase& kb, std::span<const NameCase> cases) {
  for (const NameCase& c : cases) {
    EXPECT_EQ(MatcherFinds(kb, c.name, c.id), c.found) << c.name << " -> " << c.id;
  }
}

}  // namespace rased::test

#endif  // RASED_TESTS_KB_KB_TEST_SUPPORT_H_

// Helpers shared by the knowledge-base data tests: whether a name finds a
// record, and the records of one data file and the records they point to.
#ifndef RASED_TESTS_KB_KB_TEST_SUPPORT_H_
#define RASED_TESTS_KB_KB_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

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

// The records loaded from a data file whose name is one of `files`.
inline std::vector<const KbEntity*> RecordsFrom(const KnowledgeBase& kb,
                                                std::initializer_list<std::string_view> files) {
  std::vector<const KbEntity*> out;
  for (const KbEntity& e : kb.entities()) {
    for (std::string_view f : files) {
      if (e.source.find(f) != std::string::npos) {
        out.push_back(&e);
        break;
      }
    }
  }
  return out;
}

// Each country and affiliation `e` names is itself a record of `kb`, so that
// the hierarchy can be walked.
inline void ExpectParentsKnown(const KnowledgeBase& kb, const KbEntity& e) {
  if (!e.country.empty()) {
    EXPECT_NE(kb.FindById(e.country), nullptr) << e.source << ": unknown country " << e.country;
  }
  for (const std::string& a : e.affiliations) {
    EXPECT_NE(kb.FindById(a), nullptr) << e.source << ": unknown affiliation " << a;
  }
}

}  // namespace rased::test

#endif  // RASED_TESTS_KB_KB_TEST_SUPPORT_H_

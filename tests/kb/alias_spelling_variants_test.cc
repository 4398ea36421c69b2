// The spellings the press uses for one word interchangeably, accepted for
// every alias without listing each: "الأمريكية" / "الأميركية" (American),
// "فيدرالي" / "فدرالي" (federal), "عبد العزيز" / "عبدالعزيز" (a theophoric
// name joined or apart). Records written for this test.
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <string>

#include "kb/knowledge_base.h"
#include "kb_test_support.h"

namespace rased {
namespace {

std::unique_ptr<KnowledgeBase> Load(const std::string& name, const std::string& content) {
  const std::string path = testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  auto kb = KnowledgeBase::LoadFiles({path});
  EXPECT_TRUE(kb.ok()) << kb.status().ToString();
  return kb.ok() ? std::move(*kb) : nullptr;
}

// Three records, each with only one of the spellings in its aliases.
constexpr char kRecords[] =
    // The US State Department, written with "الأمريكية" only.
    "us-state-department\tORGANIZATION\tministry\tوزارة الخارجية الأمريكية\tUS State "
    "Department\tالخارجية الأمريكية\n"
    // The German Federal Office for Migration, written with "الفيدرالي" only.
    "bamf\tORGANIZATION\tgovernment\tالمكتب الفيدرالي للهجرة\tBAMF\n"
    // King Abdulaziz University, written with the name joined only.
    "kau\tORGANIZATION\tuniversity\tجامعة الملك عبدالعزيز\tKing Abdulaziz University\n"
    // Abdullah Square, written with the name apart only.
    "abdullah-square\tLOCATION\tdistrict\tساحة عبد الله\tAbdullah Square\n"
    // A town whose name opens with "عبد" and a short word: no article to join.
    "abd-al\tLOCATION\tcity\tعبد كوري\tAbd al-Kuri\n";

TEST(AliasSpellingVariantsTest, InterchangeableSpellingsFindTheRecord) {
  auto kb = Load("spelling_variants.tsv", kRecords);
  ASSERT_TRUE(kb);
  const test::NameCase cases[] = {
      {"وزارة الخارجية الأمريكية", "us-state-department", true},  // as listed
      {"وزارة الخارجية الأميركية", "us-state-department", true},  // ي before ر
      {"الخارجية الاميركية", "us-state-department", true},        // without hamza
      {"المكتب الفدرالي للهجرة", "bamf", true},                   // federal without ي
      {"جامعة الملك عبد العزيز", "kau", true},                    // the name apart
      {"جامعة الملك عبدالعزيز", "kau", true},                     // as listed
      {"ساحة عبدالله", "abdullah-square", true},                  // the name joined
      // "عبد" before a word without the article is no theophoric name to join.
      {"عبدكوري", "abd-al", false},
      // Only the alternations: another letter changed is another word.
      {"وزارة الخارجية الأمركية", "us-state-department", false},
  };
  test::ExpectNamesFind(*kb, cases);
}

TEST(AliasSpellingVariantsTest, ShippedOutletFoundInBothSpellings) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  // "Forbes, the American (magazine)": the knowledge base lists
  // "فوربس الأمريكية"; news writes "الأميركية" as often.
  const test::NameCase cases[] = {
      {"فوربس الأمريكية", "forbes", true},
      {"فوربس الأميركية", "forbes", true},
  };
  test::ExpectNamesFind(**kb, cases);
}

}  // namespace
}  // namespace rased

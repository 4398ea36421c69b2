// The Gulf states' administrative gazetteer (data/kb/places_admin_gulf.tsv):
// its records are found by the names the press gives them, and a record whose
// bare name is an ordinary word is found only with its head noun.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kb/knowledge_base.h"
#include "kb_test_support.h"

namespace rased {
namespace {

TEST(GulfAdminPlacesTest, NamesFindTheirRecordsAndWordsNeedTheirHead) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const test::NameCase cases[] = {
      // "imarat Dubai", the emirate of Dubai (the territory, not the city).
      {"إمارة دبي", "dubai-emirate", true},
      // "imarat Ras al-Khaimah", written with and without hamza.
      {"إمارة رأس الخيمة", "ras-al-khaimah-emirate", true},
      {"امارة راس الخيمة", "ras-al-khaimah-emirate", true},
      // "muhafazat al-Jahra", the Kuwaiti governorate.
      {"محافظة الجهراء", "jahra-governorate", true},
      // "al-Fahaheel", a town of Kuwait's Ahmadi governorate.
      {"الفحيحيل", "fahaheel", true},
      // "al-Dasma", an area of Kuwait City; bare, "the fatty (food)".
      {"منطقة الدسمة", "dasma", true},
      {"الدسمة", "dasma", false},
      // "al-Khiran" in Kuwait; bare, "the two good men" and a family name.
      {"منطقة الخيران", "khiran", true},
      {"الخيران", "khiran", false},
      // "Deira" in Dubai; bare, "homeland" in the Gulf dialects.
      {"منطقة ديرة", "deira", true},
      {"ديرة", "deira", false},
      // "baladiyat al-Rayyan", a municipality of Qatar.
      {"بلدية الريان", "rayyan-municipality", true},
      // "qaryat al-Eker", a village of Bahrain; bare, "the sediment".
      {"قرية العكر", "eker", true},
      {"العكر", "eker", false},
      // "Karranah", a village of Bahrain.
      {"كرانة", "karranah", true},
      // "wilayat Bawshar" in Muscat, bare and with its head.
      {"ولاية بوشر", "bawshar", true},
      {"بوشر", "bawshar", true},
      // "wilayat Yanqul" in Oman; bare, "(he) transfers".
      {"ولاية ينقل", "yanqul", true},
      {"ينقل", "yanqul", false},
      // "wilayat Manah" in Oman; bare, "grants".
      {"ولاية منح", "manah", true},
      {"منح", "manah", false},
      // "manfadh al-Nuwaiseeb", the Kuwaiti crossing facing al-Khafji.
      {"منفذ النويصيب", "nuwaiseeb-crossing", true},
      // "matar Salalah", the airport of Salalah.
      {"مطار صلالة", "salalah-airport", true},
  };
  test::ExpectNamesFind(**kb, cases);
}

// Every parent a record of the file names (its emirate, governorate or
// country) is itself a record, so that the hierarchy can be walked.
TEST(GulfAdminPlacesTest, AffiliationsNameKnownRecords) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  int records = 0;
  for (const KbEntity& e : (*kb)->entities()) {
    if (e.source.find("places_admin_gulf.tsv") == std::string::npos) continue;
    ++records;
    EXPECT_FALSE(e.country.empty()) << e.source;
    for (const std::string& a : e.affiliations) {
      EXPECT_NE((*kb)->FindById(a), nullptr) << e.source << ": unknown affiliation " << a;
    }
  }
  EXPECT_GT(records, 0);
}

}  // namespace
}  // namespace rased

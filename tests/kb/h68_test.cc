// The local places and armed groups of the 2015 wars
// (data/kb/places_local_conflict.tsv, data/kb/organizations_units_2015.tsv):
// their records are found by the names the press gives them, a name that is
// also an ordinary word is found only with its head noun or in a document
// about the right country, and every record points to known records.
// Sentences written for these tests, not taken from any corpus.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../ner/ner_test_support.h"
#include "kb/knowledge_base.h"
#include "kb_test_support.h"

namespace rased {
namespace {

TEST(ConflictPlacesKbTest, NamesFindTheirRecordsAndWordsNeedTheirHead) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const test::NameCase cases[] = {
      // "Buqayn", the town next to Madaya, bare and with its head.
      {"بقين", "buqayn", true},
      {"بلدة بقين", "buqayn", true},
      // "Jurin" in the Ghab plain and its army camp.
      {"جورين", "jurin", true},
      {"معسكر جورين", "jurin", true},
      // "Albu Aitha" north of Ramadi, written joined and apart.
      {"البوعيثة", "albu-aitha", true},
      {"البو عيثة", "albu-aitha", true},
      // "Wadi al-Dhabab" in Taiz; bare "al-Dhabab" is "the fog".
      {"منطقة الضباب", "dhabab-taiz", true},
      {"الضباب", "dhabab-taiz", false},
      // "Inma City" in Aden; bare "Inma" is "development" (and a bank).
      {"مدينة إنماء", "inma-city-aden", true},
      {"إنماء", "inma-city-aden", false},
      // "Tfail" in Lebanon; bare "al-Tufail" is "the parasite".
      {"بلدة الطفيل", "tufail-lebanon", true},
      {"الطفيل", "tufail-lebanon", false},
      // "Sur" in Diyarbakir; bare "sur" is "a wall".
      {"حي سور", "sur-diyarbakir", true},
      {"سور", "sur-diyarbakir", false},
      // "Tel Esqof" in the Nineveh plain, in its usual joined spelling.
      {"تلسقف", "tel-skuf", true},
      // "Wadi al-Deif" base near Maarat al-Numan.
      {"معسكر وادي الضيف", "wadi-al-deif-camp", true},
      // "Bzeibiz bridge" between Anbar and Baghdad.
      {"جسر بزيبز", "bzeibiz-bridge", true},
      // "Midyat" and "Agri" in Turkey.
      {"مديات", "midyat", true},
      {"ولاية أغري", "agri", true},
      // "Batman" province, as the press now spells it beside "Batman" (باطمان).
      {"ولاية باتمان", "batman", true},
  };
  test::ExpectNamesFind(**kb, cases);
}

TEST(ConflictUnitsKbTest, NamesFindTheirRecords) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const test::NameCase cases[] = {
      // "the 33rd Armoured Brigade" of al-Dhale.
      {"اللواء 33 مدرع", "brigade-33-armoured-yemen", true},
      // "Saraya Ashura", a Popular Mobilization faction.
      {"سرايا عاشوراء", "saraya-ashura", true},
      // "Liwa Dhulfiqar", written with the nominative and the genitive.
      {"لواء ذو الفقار", "liwa-dhulfiqar", true},
      {"لواء ذي الفقار", "liwa-dhulfiqar", true},
      // "the Euphrates Volcano (operations room)", short and long.
      {"بركان الفرات", "euphrates-volcano", true},
      {"غرفة عمليات بركان الفرات", "euphrates-volcano", true},
      // "Wilayat al-Khayr", the Islamic State's Deir ez-Zor province.
      {"ولاية الخير", "wilayat-al-khayr", true},
      // "Ansar al-Sharia", bare: the Libyan group is the usual referent.
      {"أنصار الشريعة", "ansar-al-sharia-libya", true},
      // "the international coalition", bare.
      {"التحالف الدولي", "global-coalition-against-daesh", true},
      // "Central Shield" of Misrata, with its head.
      {"قوات درع الوسط", "central-shield", true},
  };
  test::ExpectNamesFind(**kb, cases);
}

// Every country and parent the two files name is itself a record, so that the
// hierarchy can be walked.
TEST(ConflictPlacesKbTest, CountriesAndAffiliationsNameKnownRecords) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  int records = 0;
  for (const KbEntity& e : (*kb)->entities()) {
    if (e.source.find("places_local_conflict.tsv") == std::string::npos &&
        e.source.find("organizations_units_2015.tsv") == std::string::npos) {
      continue;
    }
    ++records;
    EXPECT_FALSE(e.country.empty()) << e.source;
    if (!e.country.empty()) {
      EXPECT_NE((*kb)->FindById(e.country), nullptr) << e.source << ": unknown country";
    }
    for (const std::string& a : e.affiliations) {
      EXPECT_NE((*kb)->FindById(a), nullptr) << e.source << ": unknown affiliation " << a;
    }
  }
  EXPECT_GT(records, 100);
}

class ConflictKbInTextTest : public testing::Test {
 protected:
  static void SetUpTestSuite() { ner::test::LoadStages({}, &stages_); }

  // The knowledge-base id of the entity with the mention `mention`; "" when
  // no entity has that mention or the entity has no record.
  static std::string KbIdOf(const std::string& text, const std::string& mention) {
    const Document doc = stages_.Run(text);
    const Entity* e = ner::test::FindEntity(doc, mention);
    return e == nullptr ? "" : e->kb_id;
  }

  static bool Links(const std::string& text, const std::string& id) {
    const Document doc = stages_.Run(text);
    for (const Entity& e : doc.entities) {
      if (e.kb_id == id) return true;
    }
    return false;
  }

  static ner::test::Stages stages_;
};

ner::test::Stages ConflictKbInTextTest::stages_;

TEST_F(ConflictKbInTextTest, NewsSentencesLinkTheRecords) {
  struct Case {
    const char* text;
    const char* mention;
    const char* want_id;
  };
  const Case cases[] = {
      // "Government forces shelled the town of Buqayn near Zabadani yesterday."
      {"وقصفت القوات الحكومية بلدة بقين القريبة من الزبداني أمس.", "بلدة بقين", "buqayn"},
      // "Iraqi forces advanced towards the Albu Aitha area north of Ramadi."
      // The head «منطقة» (area) stays outside the name, as for other areas.
      {"وتقدمت القوات العراقية نحو منطقة البوعيثة شمال الرمادي.", "البوعيثة", "albu-aitha"},
      // "Clashes broke out in the al-Dhabab area west of Taiz."
      {"واندلعت اشتباكات في منطقة الضباب غرب مدينة تعز.", "منطقة الضباب", "dhabab-taiz"},
      // "Saraya Ashura took part in the Tikrit operation."
      {"وشاركت سرايا عاشوراء في عملية تكريت.", "سرايا عاشوراء", "saraya-ashura"},
      // "The head of the National Security Bureau met the Yemeni prime minister."
      {"والتقى رئيس جهاز الأمن القومي رئيس الوزراء اليمني.", "جهاز الأمن القومي",
       "national-security-bureau-yemen"},
      // "International coalition aircraft struck Islamic State positions."
      {"وقصفت طائرات التحالف الدولي مواقع لتنظيم داعش في الرقة.", "التحالف الدولي",
       "global-coalition-against-daesh"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(KbIdOf(c.text, c.mention), c.want_id) << c.text;
  }
}

TEST_F(ConflictKbInTextTest, OrdinaryWordsAreNoPlaces) {
  struct Case {
    const char* text;
    const char* not_id;
  };
  const Case cases[] = {
      // "Thick fog covered the road this morning." Not the Taiz valley.
      {"وغطى الضباب الكثيف الطريق صباح اليوم.", "dhabab-taiz"},
      // "The café is named the Arbour because vines shade its entrance."
      // Not the village of al-Hasakah.
      {"وسمي المقهى العريشة لأن الكرمة تظلل مدخله.", "arishah-hasakah"},
      // "The Inma bank announced its results." Not Inma City in Aden.
      {"وأعلن مصرف الإنماء نتائجه المالية.", "inma-city-aden"},
      // "The new Batman film opens next week." Not the Turkish city.
      {"ويعرض فيلم باتمان الجديد الأسبوع المقبل.", "batman"},
  };
  for (const Case& c : cases) {
    EXPECT_FALSE(Links(c.text, c.not_id)) << c.text;
  }
}

}  // namespace
}  // namespace rased

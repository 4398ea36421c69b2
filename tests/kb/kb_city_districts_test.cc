// The quarters of the big Arab cities (data/kb/places_districts_2015.tsv):
// every record is a place with its position and known parents; a quarter is
// found by the name the press gives it, and a bare name that is also a
// family name, a word or a quarter of other cities is found only with its
// head, or (contextual, "?") only in a document that names its country.
// Sentences written for these tests, not taken from any corpus.
#include <gtest/gtest.h>

#include <string>

#include "../ner/ner_test_support.h"
#include "kb/knowledge_base.h"
#include "kb_test_support.h"

namespace rased {
namespace {

constexpr const char* kFile = "places_districts_2015.tsv";

// Each record is a quarter or square of a city (or the one body named after
// a quarter): a place with coordinates inside its country, a country,
// parents that are records, a description.
TEST(CityDistrictsKbTest, RecordsArePlacesWithPositionAndKnownParents) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const auto records = test::RecordsFrom(**kb, {kFile});
  int places = 0;
  for (const KbEntity* e : records) {
    test::ExpectParentsKnown(**kb, *e);
    EXPECT_FALSE(e->country.empty()) << e->source;
    EXPECT_FALSE(e->description.empty()) << e->source;
    if (e->type == EntityType::kOrganization) {
      EXPECT_FALSE(e->lat.has_value()) << e->source << ": a body has no position";
      continue;
    }
    ++places;
    EXPECT_EQ(e->type, EntityType::kLocation) << e->source;
    EXPECT_EQ(e->kind, "district") << e->source;
    ASSERT_TRUE(e->lat.has_value() && e->lon.has_value()) << e->source << ": no position";
    // Every city of the file lies between Alexandria and Basra, Aden and
    // Aleppo.
    EXPECT_TRUE(*e->lat > 12.0 && *e->lat < 37.5) << e->source;
    EXPECT_TRUE(*e->lon > 29.0 && *e->lon < 48.5) << e->source;
    EXPECT_FALSE(e->affiliations.empty()) << e->source;
    // The record is the one its id names: no later file replaced it.
    EXPECT_EQ((*kb)->FindById(e->id), e) << e->source;
  }
  EXPECT_GE(places, 20);
}

TEST(CityDistrictsKbTest, NamesFindTheirRecordsAndWordsNeedTheirHead) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const test::NameCase cases[] = {
      // "hayy al-Batha", the old market quarter of Riyadh; bare "al-Batha"
      // is also a border crossing with the Emirates and an Iraqi town.
      {"حي البطحاء", "batha-riyadh", true},
      {"البطحاء", "batha-riyadh", false},
      // "hayy al-Ruwais" of Jeddah; bare "al-Ruwais" is a family name.
      {"حي الرويس", "ruwais-jeddah", true},
      {"الرويس", "ruwais-jeddah", false},
      // "Manfuha" of Riyadh, bare and with its head.
      {"منفوحة", "manfuha", true},
      {"حي منفوحة", "manfuha", true},
      // "hayy Jarwal" of Mecca; bare "Jarwal" (also a man's name) is
      // contextual: the matcher finds it, the entity stage keeps it only
      // in a document that names Saudi Arabia.
      {"حي جرول", "jarwal-mecca", true},
      {"جرول", "jarwal-mecca", true},
      // "Ras Beirut", with hamza and as often printed without it.
      {"رأس بيروت", "ras-beirut", true},
      {"راس بيروت", "ras-beirut", true},
      // "Abi Samra" of Tripoli, in the genitive and the nominative.
      {"أبي سمراء", "abi-samra", true},
      {"أبو سمراء", "abi-samra", true},
      // "mintaqat al-Muhandisin" of Giza; "hayy al-Muhandisin" is a quarter
      // of several Saudi towns, and bare "al-Muhandisin" is "the engineers".
      {"منطقة المهندسين", "mohandessin", true},
      {"حي المهندسين", "mohandessin", false},
      {"المهندسين", "mohandessin", false},
      // "Talaat Harb Square" of Cairo; bare, the banker it is named after.
      {"ميدان طلعت حرب", "talaat-harb-square", true},
      {"طلعت حرب", "talaat-harb-square", false},
      // "al-Sweifieh" of Amman.
      {"الصويفية", "sweifieh", true},
      // "al-Hajun" of Mecca, bare and with its head.
      {"الحجون", "hajun-mecca", true},
      {"حي الحجون", "hajun-mecca", true},
      // "Bourj Hammoud" north-east of Beirut ("the tower of Hammoud").
      {"برج حمود", "bourj-hammoud", true},
      // "Wadi Hilweh" of Silwan, and the information centre named after it.
      {"وادي حلوة", "wadi-hilweh", true},
      {"مركز معلومات وادي حلوة", "wadi-hilweh-information-center", true},
      // "the French Hill" settlement of East Jerusalem.
      {"التلة الفرنسية", "french-hill", true},
  };
  test::ExpectNamesFind(**kb, cases);
}

// The records in news sentences, over the shipped data.
class CityDistrictsInTextTest : public ner::test::ShippedDataTest {};

TEST_F(CityDistrictsInTextTest, QuartersLinkInNewsSentences) {
  struct Case {
    const char* text;
    const char* id;
  };
  const Case cases[] = {
      // "The Riyadh municipality closed twenty shops selling counterfeit
      // goods in the al-Batha quarter."
      {"وأغلقت أمانة الرياض عشرين محلا لبيع البضائع المقلدة في حي البطحاء.", "batha-riyadh"},
      // "Civil defence teams put out a fire in a warehouse in the al-Zahir
      // quarter of Mecca last night."
      {"وأخمدت فرق الدفاع المدني حريقا في مستودع في حي الزاهر بمكة المكرمة مساء أمس.",
       "zahir-mecca"},
      // "The Jeddah municipality began paying the owners of houses in the
      // al-Ruwais quarter before it is rebuilt."
      {"وبدأت أمانة جدة صرف تعويضات ملاك المنازل في حي الرويس قبل إعادة تطويره.", "ruwais-jeddah"},
      // "A shell fell on a residential building in Bir Hassan, south of
      // Beirut, without casualties."
      {"وسقطت قذيفة على مبنى سكني في منطقة بئر حسن جنوب بيروت دون وقوع إصابات.", "bir-hassan"},
      // "The governor of Giza opened a new hospital in Mohandessin."
      {"وافتتح محافظ الجيزة مستشفى جديدا في منطقة المهندسين.", "mohandessin"},
      // "Police dispersed a protest in Talaat Harb Square in central Cairo."
      {"وفرقت الشرطة وقفة احتجاجية في ميدان طلعت حرب وسط القاهرة.", "talaat-harb-square"},
      // "The buses carried worshippers from Jarwal to the Grand Mosque in
      // Mecca." (the bare contextual name, in a story about Saudi Arabia:
      // Mecca names it)
      {"ونقلت الحافلات المصلين من جرول إلى المسجد الحرام في مكة المكرمة.", "jarwal-mecca"},
      // "The family moved to Jarwal in Mecca two years ago." (the sentence
      // left unlinked below, with the city named)
      {"وانتقلت الأسرة إلى جرول في مكة المكرمة قبل عامين.", "jarwal-mecca"},
      // "The Lebanese government decided to send part of the waste to the
      // Bourj Hammoud landfill." (a tower head, «برج», on a place name)
      {"وقررت الحكومة اللبنانية نقل جزء من النفايات إلى مكب برج حمود.", "bourj-hammoud"},
      // "The occupation demolished a house in Wadi Hilweh, the Wadi Hilweh
      // Information Center said." (the body found as a whole, the quarter
      // both inside its name and alone)
      {"وهدم الاحتلال منزلا في حي وادي حلوة، بحسب مركز معلومات وادي حلوة.",
       "wadi-hilweh-information-center"},
      {"وهدم الاحتلال منزلا في حي وادي حلوة، بحسب مركز معلومات وادي حلوة.", "wadi-hilweh"},
  };
  for (const Case& c : cases) {
    EXPECT_TRUE(stages_.Links(c.text, c.id)) << c.text;
  }
}

TEST_F(CityDistrictsInTextTest, NamesThatAreAlsoPeopleOrOtherPlacesStayUnlinked) {
  struct Case {
    const char* text;
    const char* not_id;
  };
  const Case cases[] = {
      // "The family moved to Jarwal two years ago." Nothing names Mecca or
      // Saudi Arabia: the contextual one-word name is not linked.
      {"وانتقلت الأسرة إلى جرول قبل عامين.", "jarwal-mecca"},
      // "Jarwal said that the poem has not been published yet." (a man)
      {"وقال جرول إن القصيدة لم تنشر بعد.", "jarwal-mecca"},
      // "Fahd al-Ruwais said the project will be finished this year in
      // Jeddah." (a family name, even in a story about Jeddah)
      {"وقال فهد الرويس إن المشروع سينجز هذا العام في جدة.", "ruwais-jeddah"},
      // "The inhabitants of the al-Muhandisin quarter in al-Ahsa asked for
      // street lighting." (a Saudi quarter of the same name, not Giza's)
      {"وطالب سكان حي المهندسين في الأحساء بإنارة الشوارع.", "mohandessin"},
      // "Trucks queued at the al-Batha crossing on the border with the
      // Emirates." (bare al-Batha: the crossing, not the Riyadh quarter)
      {"واصطفت الشاحنات أمام منفذ البطحاء على الحدود مع الإمارات.", "batha-riyadh"},
      // "Talaat Harb founded Banque Misr in 1920." (the man)
      {"وأسس طلعت حرب بنك مصر عام 1920.", "talaat-harb-square"},
  };
  for (const Case& c : cases) {
    EXPECT_FALSE(stages_.Links(c.text, c.not_id)) << c.text;
  }
}

}  // namespace
}  // namespace rased

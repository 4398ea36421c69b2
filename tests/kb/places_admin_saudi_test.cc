// Saudi Arabia's administrative geography in the shipped knowledge base
// (data/kb/places_admin_saudi.tsv): governorates, towns, quarters and
// facilities are found by the names the Saudi press gives them, and a
// governorate whose bare name is an ordinary word only with its head noun.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kb/alias_matcher.h"
#include "kb/knowledge_base.h"
#include "kb_test_support.h"

namespace rased {
namespace {

TEST(SaudiAdminPlacesTest, GovernoratesAndTownsFindTheirRecords) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const test::NameCase cases[] = {
      // "muhafazat al-Nabhaniyah": al-Nabhaniyah governorate (Qassim).
      {"محافظة النبهانية", "an-nabhaniyah", true},
      // "al-Nabhaniyah" bare: a proper name only.
      {"النبهانية", "an-nabhaniyah", true},
      // "Riyadh al-Khabra", a governorate of Qassim: not Riyadh the capital.
      {"رياض الخبراء", "riyadh-al-khabra", true},
      // "muhafazat Marat" (Riyadh region); bare "marrat" is "times".
      {"محافظة مرات", "marat", true},
      {"مرات", "marat", false},
      // "muhafazat al-Qura" (al-Baha region); bare "al-qura" is "the villages".
      {"محافظة القرى", "al-qura-baha", true},
      {"القرى", "al-qura-baha", false},
      // "muhafazat al-Ha'it" (Hail region); bare "al-ha'it" is "the wall".
      {"محافظة الحائط", "al-hait", true},
      {"الحائط", "al-hait", false},
      // "markaz al-Muwassam" (Jazan border); bare "al-mawsim" is "the season".
      {"مركز الموسم", "al-muwassam", true},
      {"الموسم", "al-muwassam", false},
      // "muhafazat Ras Tanura": the town, not the oil terminal of the same name.
      {"محافظة رأس تنورة", "ras-tanura-city", true},
      // "Tathlith" (Asir), also written without hamza marks in the press.
      {"تثليث", "tathlith", true},
      // "Abu Arish" written as one word.
      {"أبوعريش", "abu-arish", true},
      // "muhafazat al-Khobar": the city, whose bare name is "the news".
      {"محافظة الخبر", "khobar", true},
      // "Yanbu al-Sinaiyah": Yanbu Industrial City, not the old port town.
      {"ينبع الصناعية", "yanbu-industrial-city", true},
      // "madinat Jazan al-iqtisadiyah": Jazan Economic City.
      {"مدينة جازان الاقتصادية", "jazan-economic-city", true},
      // "al-Qudaih", the town of the Qatif area bombed in May 2015.
      {"القديح", "al-qudaih", true},
      // "Jiddah al-tarikhiyah": the old town of Jeddah.
      {"جدة التاريخية", "historic-jeddah", true},
  };
  test::ExpectNamesFind(**kb, cases);
}

TEST(SaudiAdminPlacesTest, FacilitiesFindTheirRecords) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const std::pair<const char*, const char*> cases[] = {
      // "Matar al-Qassim": Prince Nayef bin Abdulaziz Regional Airport.
      {"مطار القصيم", "qassim-airport"},
      // "Matar al-Amir Sultan bin Abd al-Aziz": the airport of Tabuk.
      {"مطار الأمير سلطان بن عبد العزيز", "tabuk-airport"},
      // "Minfadh Halat Ammar": the crossing, not the border town.
      {"منفذ حالة عمار", "halat-ammar-crossing"},
      // "Minfadh Jadidat Arar": the crossing to Iraq north of Arar.
      {"منفذ جديدة عرعر", "jadidat-arar-crossing"},
      // "Mina' al-Malik Fahd al-Sina'i bi-l-Jubail": Jubail's industrial port.
      {"ميناء الملك فهد الصناعي بالجبيل", "jubail-industrial-port"},
      // "Madinat al-Malik Fahd al-Tibbiyah": King Fahad Medical City, a hospital,
      // not a town named "al-Malik".
      {"مدينة الملك فهد الطبية", "king-fahd-medical-city"},
      // "Madinat al-Malik Abd Allah al-Riyadiyah": Jeddah's stadium complex.
      {"مدينة الملك عبدالله الرياضية", "king-abdullah-sports-city"},
      // "Qa'idat al-Malik Faysal al-Bahriyah": the Western Fleet's base at Jeddah.
      {"قاعدة الملك فيصل البحرية", "king-faisal-naval-base"},
  };
  for (const auto& [name, id] : cases) {
    std::vector<const KbEntity*> found = (*kb)->FindByName(name);
    ASSERT_FALSE(found.empty()) << name;
    EXPECT_EQ(found.front()->id, id) << name;
  }
}

}  // namespace
}  // namespace rased

#include "kb/knowledge_base.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "kb_test_support.h"

namespace rased {
namespace {

const std::string kTestData = std::string(RASED_TEST_SOURCE_DIR) + "/tests/kb/testdata/";

std::unique_ptr<KnowledgeBase> Fixture() {
  auto kb = KnowledgeBase::LoadFiles({kTestData + "fixture_kb.tsv"});
  EXPECT_TRUE(kb.ok()) << kb.status().ToString();
  return kb.ok() ? std::move(*kb) : nullptr;
}

std::string WriteTemp(const std::string& name, const std::string& content) {
  std::string path = testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(KnowledgeBaseTest, ParsesEveryColumn) {
  auto kb = Fixture();
  ASSERT_TRUE(kb);
  const KbEntity* moscow = kb->FindById("moscow");
  ASSERT_NE(moscow, nullptr);
  EXPECT_EQ(moscow->type, EntityType::kLocation);
  EXPECT_EQ(moscow->kind, "capital");
  EXPECT_EQ(moscow->name_ar, "موسكو");  // Moscow
  EXPECT_EQ(moscow->country, "russia");
  ASSERT_TRUE(moscow->lat.has_value());
  EXPECT_NEAR(*moscow->lat, 55.7558, 1e-9);
  EXPECT_NEAR(*moscow->lon, 37.6173, 1e-9);
  const KbEntity* haftar = kb->FindById("khalifa-haftar");
  ASSERT_NE(haftar, nullptr);
  EXPECT_EQ(haftar->aliases_en, (std::vector<std::string>{"Haftar", "Hafter", "Hiftar"}));
  EXPECT_EQ(haftar->affiliations, std::vector<std::string>{"libya"});
  EXPECT_FALSE(haftar->lat.has_value());
  EXPECT_NE(haftar->source.find("fixture_kb.tsv:"), std::string::npos);
  EXPECT_EQ(kb->FindById("nobody"), nullptr);
  EXPECT_EQ(kb->IndexOf("nobody"), -1);
}

struct NameCase {
  const char* name;
  const char* want_id;  // first result; nullptr for none
};

TEST(KnowledgeBaseTest, FindsByArabicAndLatinNames) {
  auto kb = Fixture();
  ASSERT_TRUE(kb);
  const NameCase cases[] = {
      {"خليفة حفتر", "khalifa-haftar"},  // Khalifa Haftar
      {"خليفه حفتر", "khalifa-haftar"},  // ta marbuta written as ha
      {"لحفتر", "khalifa-haftar"},       // li-Haftar: proclitic
      {"وبالجفرة", "jufra-airbase"},     // wa-bi-l-Jufra
      {"للأسد", "bashar-al-assad"},      // li-l-Assad: strong alias before weak
      {"Haftar", "khalifa-haftar"},
      {"hafter", "khalifa-haftar"},          // Latin spelling variant, case folded
      {"Khalifa Hiftar", "khalifa-haftar"},  // skeleton: XLF HFTR
      {"فاجنر", "wagner-group"},             // Wagner with jim
      {"Wagner", "wagner-group"},
      {"مملوك", nullptr},  // mamluk: not in the fixture
  };
  for (const NameCase& c : cases) {
    auto found = kb->FindByName(c.name);
    if (c.want_id == nullptr) {
      EXPECT_TRUE(found.empty()) << c.name;
    } else {
      ASSERT_FALSE(found.empty()) << c.name;
      EXPECT_EQ(found[0]->id, c.want_id) << c.name;
    }
  }
  // The weak claimant of "الأسد" still comes back, after the strong one.
  auto assad = kb->FindByName("الأسد");
  ASSERT_EQ(assad.size(), 2u);
  EXPECT_EQ(assad[1]->id, "hafez-al-assad");
}

TEST(KnowledgeBaseTest, MapsGentilicAdjectivesToCountries) {
  auto kb = Fixture();
  ASSERT_TRUE(kb);
  const NameCase cases[] = {
      {"الروسية", "russia"},                         // al-rusiyya
      {"روسي", "russia"},                            // rusi
      {"والليبي", "libya"},                          // wa-l-libi
      {"التركية", "turkey"}, {"الفرنسية", nullptr},  // French: no France in the fixture
  };
  for (const NameCase& c : cases) {
    const KbEntity* e = kb->FindByAdjective(c.name);
    if (c.want_id == nullptr) {
      EXPECT_EQ(e, nullptr) << c.name;
    } else {
      ASSERT_NE(e, nullptr) << c.name;
      EXPECT_EQ(e->id, c.want_id) << c.name;
    }
  }
}

TEST(KnowledgeBaseTest, LaterFilesReplaceRecordsWithTheSameId) {
  auto kb = KnowledgeBase::LoadFiles({kTestData + "fixture_kb.tsv", kTestData + "override_kb.tsv"});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  EXPECT_EQ((*kb)->size(), Fixture()->size());
  const KbEntity* b = (*kb)->FindById("benghazi");
  ASSERT_NE(b, nullptr);
  EXPECT_NEAR(*b->lat, 32.12, 1e-9);
  EXPECT_EQ((*kb)->FindByName("بنغازى")[0]->id, "benghazi");  // alef maqsura spelling
}

struct BadCase {
  const char* content;
  const char* message_part;
};

TEST(KnowledgeBaseTest, MalformedRecordsNameFileAndLine) {
  const BadCase cases[] = {
      {"# header\nok\tPERSON\t\tاسم\tName\nBad Id\tPERSON\t\tاسم\n", ":3: bad id"},
      {"x\tPEOPLE\t\tاسم\n", ":1: bad type"},
      {"x\tLOCATION\tcity\tمدينة\tCity\t\t\t\t91\t10\n", ":1: bad coordinates"},
      {"x\tLOCATION\tcity\tمدينة\tCity\t\t\t\tabc\t10\n", ":1: bad coordinates"},
      {"x\tLOCATION\tcity\n", ":1: no name_ar nor name_en"},
  };
  for (const BadCase& c : cases) {
    std::string path = WriteTemp("bad_kb.tsv", c.content);
    auto kb = KnowledgeBase::LoadFiles({path});
    ASSERT_FALSE(kb.ok()) << c.content;
    EXPECT_EQ(kb.status().code(), StatusCode::kDataLoss);
    EXPECT_NE(kb.status().message().find("bad_kb.tsv" + std::string(c.message_part)),
              std::string::npos)
        << kb.status().message();
  }
  EXPECT_EQ(KnowledgeBase::Load(testing::TempDir(), {"/nonexistent/kb.tsv"}).status().code(),
            StatusCode::kNotFound);
}

TEST(KnowledgeBaseTest, ReportsAliasCollisionsUnlessOneIsWeak) {
  auto kb = Fixture();
  ASSERT_TRUE(kb);
  EXPECT_TRUE(kb->AliasCollisions().empty());  // "الأسد" is weak for Hafez
  std::string path =
      WriteTemp("collide_kb.tsv",
                "a-one\tPERSON\t\tأحمد سالم\t\tسالم\nb-two\tPERSON\t\tمحمود سالم\t\tسالم\n"
                "c-city\tLOCATION\tcity\tسالم\tSalem\n");  // a city may share it: another type
  auto collide = KnowledgeBase::LoadFiles({path});
  ASSERT_TRUE(collide.ok());
  auto messages = (*collide)->AliasCollisions();
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_NE(messages[0].find("collide_kb.tsv:2"), std::string::npos) << messages[0];
  EXPECT_NE(messages[0].find("a-one"), std::string::npos);
}

// "?" marks a name that is also a word: weak (no collision), and its hits say
// so, for the entity stage to check the document's countries.
TEST(KnowledgeBaseTest, ContextualAliasesAreWeakAndMarkedInTheirHits) {
  std::string path =
      WriteTemp("contextual_kb.tsv",
                "qusayr\tLOCATION\tcity\tالقصير\tQusayr\tمدينة القصير|?القصير\t\tsyria\n"
                "qusayr-egypt\tLOCATION\tcity\tالقصير المصرية\t\t?القصير\t\tegypt\n");
  auto kb = KnowledgeBase::LoadFiles({path});
  ASSERT_TRUE(kb.ok()) << kb.status().message();
  EXPECT_TRUE((*kb)->AliasCollisions().empty());
  const KbEntity& qusayr = (*kb)->entities()[0];
  EXPECT_TRUE(IsContextualAlias(qusayr, "القصير"));  // the name itself, through "?القصير"
  EXPECT_TRUE(IsWeakAlias(qusayr, "القصير"));
  EXPECT_FALSE(IsContextualAlias(qusayr, "مدينة القصير"));
  const AliasMatcher& m = (*kb)->matcher();
  const int32_t bare = m.Step(AliasMatcher::kRoot, KeyTokens("القصير")[0]);
  ASSERT_GE(bare, 0);
  ASSERT_EQ(m.Hits(bare).size(), 2u);
  for (const AliasHit& h : m.Hits(bare)) EXPECT_TRUE(h.contextual && h.weak);
  int32_t headed = AliasMatcher::kRoot;
  for (const std::string& key : KeyTokens("مدينة القصير")) headed = m.Step(headed, key);
  ASSERT_GE(headed, 0);
  ASSERT_EQ(m.Hits(headed).size(), 1u);
  EXPECT_FALSE(m.Hits(headed)[0].contextual);
}

TEST(KnowledgeBaseTest, KeyTokensSplitsLikeTheTokenizer) {
  EXPECT_EQ(KeyTokens("سُوّيداء-24"), (std::vector<std::string>{"سويداء", "-", "24"}));
  EXPECT_EQ(KeyTokens("  قاعدة   الجفرة "), (std::vector<std::string>{"قاعده", "الجفره"}));
  EXPECT_EQ(KeyTokens("Getty Images"), (std::vector<std::string>{"getty", "images"}));
}

// Every record shipped in data/kb parses, and no two records of one type
// claim the same alias unless one marks it weak.
TEST(KnowledgeBaseDataTest, ShippedKnowledgeBaseLoadsWithoutCollisions) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  std::string all;
  for (const std::string& m : (*kb)->AliasCollisions()) all += m + "\n";
  EXPECT_TRUE(all.empty()) << all;
  for (const KbEntity& e : (*kb)->entities()) {
    if (!e.country.empty()) {
      EXPECT_NE((*kb)->FindById(e.country), nullptr)
          << e.source << ": unknown country " << e.country;
    }
  }
}

// A name every country gives its own institution ("مجلس النواب", the House of
// Representatives) is only ever a weak alias, so that the parliament the
// document names outright wins; the first claimant in load order is the
// default when the document names none.
TEST(KnowledgeBaseDataTest, SharedInstitutionNamesAreWeakEverywhere) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  struct Case {
    const char* alias;
    const char* default_id;
    size_t min_claimants;
  };
  const Case cases[] = {
      // "majlis al-nuwwab": House of Representatives (Libya, Egypt, Iraq, ...).
      {"مجلس النواب", "house-of-representatives-libya", 5},
      // "majlis al-shura": Consultative Council (Saudi Arabia, Oman, Qatar, ...).
      {"مجلس الشورى", "shura-council-saudi", 4},
      // "Oman" and "Amman" (عمّان) share a spelling without the shadda; the
      // Sultanate is named outright as "سلطنة عمان", Amman by default.
      {"عمان", "amman", 2},
  };
  for (const Case& c : cases) {
    std::vector<const KbEntity*> found = (*kb)->FindByName(c.alias);
    ASSERT_GE(found.size(), c.min_claimants) << c.alias;
    EXPECT_EQ(found.front()->id, c.default_id) << c.alias;
    for (const KbEntity* e : found) {
      EXPECT_TRUE(IsWeakAlias(*e, c.alias)) << c.alias << " is strong in " << e->source;
    }
  }
}

// Official Saudi news gives people their full "X bin Y bin Z" names; the
// shipped records list those forms next to the short ones.
TEST(KnowledgeBaseDataTest, FullOfficialNamesFindTheirRecords) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const std::pair<const char*, const char*> cases[] = {
      // "Adel bin Ahmed al-Jubeir", the foreign minister of 2015.
      {"عادل بن أحمد الجبير", "adel-al-jubeir"},
      // "Faisal bin Khalid bin Abdulaziz", governor of Asir, joined spelling.
      {"فيصل بن خالد بن عبدالعزيز", "faisal-bin-khalid-bin-abdulaziz"},
      // The same governor with "عبد العزيز" written apart.
      {"فيصل بن خالد بن عبد العزيز", "faisal-bin-khalid-bin-abdulaziz"},
      // "Abdulrahman bin Abdulaziz al-Sudais", imam of the Grand Mosque.
      {"عبدالرحمن بن عبدالعزيز السديس", "abdulrahman-al-sudais"},
  };
  for (const auto& [name, id] : cases) {
    std::vector<const KbEntity*> found = (*kb)->FindByName(name);
    ASSERT_FALSE(found.empty()) << name;
    EXPECT_EQ(found.front()->id, id) << name;
  }
}

// Places that are not administrative units (plains, rivers, islands, shrines)
// are found by the names the press gives them, with proclitics and without
// hamza or ta marbuta; a body named after a holy site is its own record.
TEST(KnowledgeBaseDataTest, GeographicFeaturesFindTheirRecords) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const std::pair<const char*, const char*> cases[] = {
      // "bi-Sahl al-Ruj": in the Ruj plain west of Idlib.
      {"بسهل الروج", "sahl-al-ruj"},
      // "Nahr Barada": the Barada river of Damascus.
      {"نهر بردى", "barada-river"},
      // "Jazirat Tiran" without hamza or ta marbuta marks: Tiran island.
      {"جزيره تيران", "tiran-island"},
      // "wa-l-Masjid al-Nabawi": and the Prophet's Mosque in Medina.
      {"والمسجد النبوي", "masjid-al-nabawi"},
      // "Jibal Zagros": the Zagros mountains.
      {"جبال زاغروس", "zagros-mountains"},
      // "Hur al-Hawiza": the Hawizeh marsh on the Iraq-Iran border.
      {"هور الحويزة", "hawizeh-marsh"},
      // The General Presidency for the Affairs of the Grand Mosque and the
      // Prophet's Mosque: an organisation, not the mosques it names.
      {"الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي", "two-holy-mosques-presidency"},
  };
  for (const auto& [name, id] : cases) {
    std::vector<const KbEntity*> found = (*kb)->FindByName(name);
    ASSERT_FALSE(found.empty()) << name;
    EXPECT_EQ(found.front()->id, id) << name;
  }
}

// State institutions are found by the names the Arabic press gives them, each
// in the record of its own state; a short form two states share is weak in
// both, so that neither claims it against the other.
TEST(KnowledgeBaseDataTest, StateInstitutionsFindTheirRecords) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  struct Case {
    const char* name;
    const char* id;
    const char* country;
  };
  const Case cases[] = {
      // "Expediency Discernment Council of the System" (Iran).
      {"مجلس تشخيص مصلحة النظام", "expediency-discernment-council", "iran"},
      // "the Expediency Council", its other usual name.
      {"مجمع تشخيص مصلحة النظام", "expediency-discernment-council", "iran"},
      // "the Iraqi presidency".
      {"الرئاسة العراقية", "iraqi-presidency", "iraq"},
      // "Muqataa headquarters", the Palestinian presidency compound in Ramallah.
      {"مقر المقاطعة", "muqataa-ramallah", "palestine"},
      // "the Palestine Monetary Authority".
      {"سلطة النقد الفلسطينية", "palestine-monetary-authority", "palestine"},
      // "the Political Security Organization" (Yemen).
      {"جهاز الأمن السياسي", "political-security-organization-yemen", "yemen"},
      // "the Constitutional Court of Kuwait".
      {"المحكمة الدستورية الكويتية", "constitutional-court-kuwait", "kuwait"},
      // "the Turkish General Staff".
      {"هيئة الأركان التركية", "turkish-general-staff", "turkey"},
      // "the Diwan of the Royal Court" (Oman).
      {"ديوان البلاط السلطاني", "diwan-of-royal-court-oman", "oman"},
  };
  for (const Case& c : cases) {
    std::vector<const KbEntity*> found = (*kb)->FindByName(c.name);
    ASSERT_FALSE(found.empty()) << c.name;
    EXPECT_EQ(found.front()->id, c.id) << c.name;
    EXPECT_EQ(found.front()->country, c.country) << c.name;
  }
  // "the electoral commission": Iraq's and Libya's both, weak in each.
  std::vector<const KbEntity*> commissions = (*kb)->FindByName("مفوضية الانتخابات");
  ASSERT_GE(commissions.size(), 2u);
  for (const KbEntity* e : commissions) {
    EXPECT_TRUE(IsWeakAlias(*e, "مفوضية الانتخابات")) << e->source;
  }
}

// The administrative gazetteer (places_admin_*.tsv) names a district or town
// bare only when the bare name is no ordinary word; otherwise the record is
// found with its head noun alone, so that "الليالي الملاح" (the fair nights)
// or "الضليعة في البحوث" (expert in research) name no place.
TEST(KnowledgeBaseDataTest, AdministrativeUnitsNamedByWordsNeedTheirHead) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const test::NameCase cases[] = {
      // "mudiriyat al-Milah", al-Milah district of Lahij (Yemen).
      {"مديرية الملاح", "milah-lahij", true},
      // "al-mallah": also "the sailor" and a family name.
      {"الملاح", "milah-lahij", false},
      // "Mashra'a wa Hadnan", a district of Taiz, bare and with its head.
      {"مشرعة وحدنان", "mashraa-hadnan", true},
      {"مديرية مشرعة وحدنان", "mashraa-hadnan", true},
      // "al-Dhli'ah" district of Hadramawt; bare, "the proficient (fem.)".
      {"مديرية الضليعة", "dhliaah", true},
      {"الضليعة", "dhliaah", false},
      // "nahiyat Kan'an", a sub-district of Diyala; bare, a given name.
      {"ناحية كنعان", "kanaan-diyala", true},
      {"كنعان", "kanaan-diyala", false},
      // "qada' Aqra" (Akre) in Nineveh, bare and with its head.
      {"قضاء عقرة", "aqra", true},
      {"عقرة", "aqra", true},
      // "Taftanaz", a town of Idlib.
      {"تفتناز", "taftanaz", true},
      // "al-Golid", a locality of Sudan's Northern state; bare, "the Gold
      // (Coast)" in Arabic transcription.
      {"محلية القولد", "golid", true},
      {"القولد", "golid", false},
      // "Balad Mudayra" (Rif Dimashq); bare, "director" in the accusative.
      {"بلدة مديرا", "mudayra", true},
      {"مديرا", "mudayra", false},
  };
  test::ExpectNamesFind(**kb, cases);
}

}  // namespace
}  // namespace rased

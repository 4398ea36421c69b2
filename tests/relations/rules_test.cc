// Loading and compiling the tables of data/relations/.
#include "relations/rules.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "kb/knowledge_base.h"

namespace rased::relations {
namespace {

std::string Key(const char* word) {
  std::vector<std::string> keys = KeyTokens(word);
  return keys.empty() ? "" : keys[0];
}

bool HasForm(const std::vector<std::pair<std::string, bool>>& forms, const char* word,
             bool future) {
  const std::string k = Key(word);
  return std::any_of(forms.begin(), forms.end(),
                     [&](const auto& f) { return f.first == k && f.second == future; });
}

TEST(VerbFormsTest, DerivesPastPresentAndFutureForms) {
  const auto forms = VerbForms(Key("استقبل"), Key("ستقبل"));
  EXPECT_TRUE(HasForm(forms, "استقبل", false));    // istaqbala, he received
  EXPECT_TRUE(HasForm(forms, "استقبلت", false));   // istaqbalat, she received
  EXPECT_TRUE(HasForm(forms, "استقبلوا", false));  // istaqbalū, they received
  EXPECT_TRUE(HasForm(forms, "يستقبل", false));    // yastaqbilu, he receives
  EXPECT_TRUE(HasForm(forms, "تستقبل", false));    // tastaqbilu, she receives
  EXPECT_TRUE(HasForm(forms, "يستقبلون", false));  // yastaqbilūn, they receive
  EXPECT_TRUE(HasForm(forms, "ستستقبل", true));    // sa-tastaqbilu, she will receive
  EXPECT_FALSE(HasForm(forms, "استقبال", false));  // istiqbāl, the noun, is not a verb form
}

TEST(VerbFormsTest, HollowVerbsTakeTheirLongVowel) {
  // zāra / yazūru (to visit): the perfect and imperfect stems differ.
  const auto forms = VerbForms(Key("زار"), Key("زور"));
  EXPECT_TRUE(HasForm(forms, "زارت", false));    // zārat, she visited
  EXPECT_TRUE(HasForm(forms, "يزوران", false));  // yazūrān, they two visit
  EXPECT_TRUE(HasForm(forms, "سيزوران", true));  // sa-yazūrān, they two will visit
}

TEST(RulesTest, LoadsTheShippedTables) {
  auto rules = Rules::Load(RASED_TEST_DATA_DIR);
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  EXPECT_GT((*rules)->triggers().size(), 50u);
  EXPECT_NE((*rules)->ClassesOf(Key("في")) & kPrep, 0u);           // fī, in
  EXPECT_NE((*rules)->ClassesOf(Key("الذي")) & kRel, 0u);          // alladhī, who
  EXPECT_NE((*rules)->ClassesOf(Key("مصادر")) & kUnnamed, 0u);     // maṣādir, sources
  EXPECT_EQ((*rules)->KindOf(Key("إنسانية")), "humanitarian");     // insāniyya
  EXPECT_NE((*rules)->ClassesOf(Key("قبل")) & kSubordinator, 0u);  // qabla (an), before
  EXPECT_NE((*rules)->ClassesOf(Key("بيان")) & kBulletin, 0u);     // bayān, statement
  const RoleRule* visitor = (*rules)->RoleOf("VISIT", "visitor");
  ASSERT_NE(visitor, nullptr);
  EXPECT_EQ(visitor->need, Need::kEntity);
  EXPECT_LT((*rules)->RoleOrder("VISIT", "visitor"), (*rules)->RoleOrder("VISIT", "destination"));
}

TEST(RulesTest, EveryTriggerTypeIsADesignType) {
  auto rules = Rules::Load(RASED_TEST_DATA_DIR);
  ASSERT_TRUE(rules.ok());
  const std::vector<std::string> types = {"MEETING",   "VISIT",       "COOPERATION", "SUPPORT",
                                          "HOSTILITY", "RECRUITMENT", "DEPLOYMENT",  "TRANSPORT",
                                          "AGREEMENT", "MEMBERSHIP",  "CONTROL",     "STATEMENT"};
  for (const TriggerRule& t : (*rules)->triggers()) {
    EXPECT_NE(std::find(types.begin(), types.end(), t.type), types.end()) << "line " << t.line;
  }
}

// A copy of the shipped tables with one file replaced.
class BrokenTableTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        std::filesystem::temp_directory_path() /
        ("rased_rules_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_ / "relations");
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(RASED_TEST_DATA_DIR) + "/relations")) {
      std::filesystem::copy_file(entry.path(), dir_ / "relations" / entry.path().filename());
    }
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / "relations" / name, std::ios::trunc) << text;
  }
  std::filesystem::path dir_;
};

TEST_F(BrokenTableTest, UnknownSlotNamesFileAndLine) {
  Write("triggers.tsv", "# comment\nnoun\tزيارة\tVISIT\tvisitor=nowhere;destination=gen\t0.8\n");
  auto rules = Rules::Load(dir_.string());
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(rules.status().message().find("triggers.tsv:2"), std::string::npos)
      << rules.status().ToString();
}

TEST_F(BrokenTableTest, RoleMissingFromRolesTableIsRejected) {
  Write("triggers.tsv", "noun\tزيارة\tVISIT\tvisitor=gen;guest=left;destination=pre:الى\t0.8\n");
  auto rules = Rules::Load(dir_.string());
  ASSERT_FALSE(rules.ok());
  EXPECT_NE(rules.status().message().find("guest"), std::string::npos);
}

TEST_F(BrokenTableTest, RequiredRoleWithoutSlotIsRejected) {
  // VISIT needs a destination; a line that never looks for one is a mistake.
  Write("triggers.tsv", "noun\tزيارة\tVISIT\tvisitor=gen\t0.8\n");
  auto rules = Rules::Load(dir_.string());
  ASSERT_FALSE(rules.ok());
  EXPECT_NE(rules.status().message().find("destination"), std::string::npos);
}

TEST_F(BrokenTableTest, AfterAndWithTogetherAreRejected) {
  // Both word lists run to the end of the field, so one line takes only one.
  Write("triggers.tsv",
        "noun\tهجوم\tHOSTILITY\tactor=gen;target=left\t0.6\tafter:مباراة|with:صدت\n");
  auto rules = Rules::Load(dir_.string());
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(rules.status().message().find("triggers.tsv:1"), std::string::npos);
}

TEST_F(BrokenTableTest, WithListIsReadIntoKeys) {
  // hujūm (attack), only after ṣaddat (she repelled) or aḥbaṭa (he foiled).
  Write("triggers.tsv", "noun\tهجوم\tHOSTILITY\tactor=gen;target=left\t0.6\tstop|with:صدت|أحبط\n");
  auto rules = Rules::Load(dir_.string());
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  ASSERT_EQ((*rules)->triggers().size(), 1u);
  const TriggerRule& t = (*rules)->triggers()[0];
  EXPECT_TRUE(t.stop);
  EXPECT_TRUE(t.not_after.empty());
  EXPECT_EQ(t.only_after, (std::vector<std::string>{Key("صدت"), Key("أحبط")}));
}

TEST_F(BrokenTableTest, IfListAndLooseAreRead) {
  // aṣdara (he issued), a statement only before bayānan (a statement) or
  // qarāran (a decision); the speaker alone is enough.
  Write("triggers.tsv",
        "verb\tأصدر/صدر\tSTATEMENT\tspeaker=subj;topic=topic\t0.7\tloose|if:بيانا|قرارا\n");
  auto rules = Rules::Load(dir_.string());
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  ASSERT_EQ((*rules)->triggers().size(), 1u);
  const TriggerRule& t = (*rules)->triggers()[0];
  EXPECT_TRUE(t.loose);
  EXPECT_TRUE(t.only_after.empty());
  EXPECT_EQ(t.only_before, (std::vector<std::string>{Key("بيانا"), Key("قرارا")}));
}

TEST_F(BrokenTableTest, TwoWordListsAreRejected) {
  Write("triggers.tsv", "noun\tهجوم\tHOSTILITY\tactor=gen;target=left\t0.6\tif:على|with:صدت\n");
  auto rules = Rules::Load(dir_.string());
  ASSERT_FALSE(rules.ok());
  EXPECT_NE(rules.status().message().find("triggers.tsv:1"), std::string::npos);
}

TEST_F(BrokenTableTest, PairSlotsBeforeTheTriggerAreKnown) {
  // tawattur (tension) between a pair named before it.
  Write("triggers.tsv",
        "noun\tتوتر\tHOSTILITY\tactor=lbetween1;target=lbetween2,ftext@people\t0.6\n");
  auto rules = Rules::Load(dir_.string());
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  const TriggerRule& t = (*rules)->triggers()[0];
  ASSERT_EQ(t.roles.size(), 2u);
  EXPECT_EQ(t.roles[0].alternatives[0].slots[0].kind, SlotKind::kLBetween1);
  EXPECT_EQ(t.roles[1].alternatives[1].slots[0].kind, SlotKind::kFText);
  EXPECT_NE(t.roles[1].alternatives[1].slots[0].word_class & kPeople, 0u);
}

TEST_F(BrokenTableTest, MissingTableIsNotFound) {
  std::filesystem::remove(dir_ / "relations" / "modality.tsv");
  auto rules = Rules::Load(dir_.string());
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace rased::relations

// Football clubs of the knowledge base (data/kb/organizations_football_clubs.tsv):
// a club is found by the name the sports pages give it, a club named after
// its city takes the city's name only with its head or its country's
// adjective, and the city inside a club's name is no mention of the city.
// Sentences written for these tests, not taken from any corpus.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../ner/ner_test_support.h"
#include "kb/knowledge_base.h"
#include "kb_test_support.h"

namespace rased {
namespace {

TEST(FootballClubsKbTest, EveryClubPointsToKnownRecords) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const auto records = test::RecordsFrom(**kb, {"organizations_football_clubs.tsv"});
  for (const KbEntity* e : records) {
    test::ExpectParentsKnown(**kb, *e);
    EXPECT_EQ(e->kind, "club") << e->source;
  }
  EXPECT_GT(records.size(), 15u);
}

class FootballClubsInTextTest : public ner::test::ShippedDataTest {};

TEST_F(FootballClubsInTextTest, ClubsAreFoundByTheirNames) {
  const ner::test::LinkCase cases[] = {
      // "Real Madrid beat Atletico Madrid two goals to one."
      {"فاز ريال مدريد على أتلتيكو مدريد بهدفين مقابل هدف.", "ريال مدريد", "real-madrid-cf"},
      {"فاز ريال مدريد على أتلتيكو مدريد بهدفين مقابل هدف.", "أتلتيكو مدريد", "atletico-madrid"},
      // "Manchester United drew with Chelsea at Old Trafford."
      {"وتعادل مانشستر يونايتد مع تشيلسي في ملعب أولد ترافورد.", "مانشستر يونايتد",
       "manchester-united-fc"},
      {"وتعادل مانشستر يونايتد مع تشيلسي في ملعب أولد ترافورد.", "تشيلسي", "chelsea-fc"},
      // "The player moved to the club of Barcelona last summer." (the head
      // names the club)
      {"وانتقل اللاعب إلى نادي برشلونة الصيف الماضي.", "نادي برشلونة", "fc-barcelona"},
      // "The minister visited the Spanish city of Barcelona." (the city)
      {"وزار الوزير مدينة برشلونة الإسبانية.", "برشلونة", "barcelona"},
  };
  ner::test::ExpectLinks(stages_, cases);
}

TEST_F(FootballClubsInTextTest, TheCityInAClubsNameIsNoMentionOfTheCity) {
  // "Bayern Munich beat Real Madrid." Neither Munich nor Madrid is named.
  const std::string text = "وتغلب بايرن ميونيخ على ريال مدريد.";
  EXPECT_FALSE(stages_.Links(text, "munich")) << ner::test::Dump(stages_.Run(text));
  EXPECT_FALSE(stages_.Links(text, "madrid")) << ner::test::Dump(stages_.Run(text));
  EXPECT_TRUE(stages_.Links(text, "bayern-munich")) << ner::test::Dump(stages_.Run(text));
}

// A Saudi club's bare name that is also a word ("^الهلال" in the knowledge
// base: the crescent) names the club in a story about sport, three words of
// the game or more (data/ner/sports_words.tsv), and nothing elsewhere.
TEST_F(FootballClubsInTextTest, BareClubNamesInAStoryAboutSport) {
  // "Al-Hilal beat Al-Nassr by two goals in the league yesterday, and the
  // team's coach said the match was hard."
  const std::string match =
      "فاز الهلال على النصر بهدفين في الدوري أمس، وقال مدرب الفريق إن المباراة صعبة.";
  EXPECT_TRUE(stages_.Links(match, "al-hilal-saudi-club")) << ner::test::Dump(stages_.Run(match));
  EXPECT_TRUE(stages_.Links(match, "al-nassr-saudi-club")) << ner::test::Dump(stages_.Run(match));
  // "The committee announced the sighting of the crescent last night."
  const std::string moon = "أعلنت اللجنة رؤية الهلال مساء أمس، وبدأ الناس الاحتفال بالعيد.";
  EXPECT_FALSE(stages_.Links(moon, "al-hilal-saudi-club")) << ner::test::Dump(stages_.Run(moon));
  // "The Asian federation moved the match, and the team's coach said the
  // player is ready for the round." (an adjective after it: another body)
  const std::string afc =
      "وقرر الاتحاد الآسيوي نقل المباراة، وأكد مدرب الفريق أن اللاعب جاهز للجولة.";
  EXPECT_FALSE(stages_.Links(afc, "al-ittihad-saudi-club")) << ner::test::Dump(stages_.Run(afc));
  // "The Saudi football federation said the final will be played in London,
  // and the federation said in a statement that the coach, the players and
  // the league are ready for the match." The bare word after the federation's
  // full name is the federation's, the club being named nowhere.
  const std::string federation =
      "قال الاتحاد العربي السعودي لكرة القدم إنه قرر إقامة المباراة في لندن. وذكر الاتحاد في "
      "بيان أن المدرب واللاعبين والدوري جاهزون للمباراة.";
  EXPECT_FALSE(stages_.Links(federation, "al-ittihad-saudi-club"))
      << ner::test::Dump(stages_.Run(federation));
  // "The federation fined Al-Ittihad club 100,000 riyals after the match, and
  // Al-Ittihad's coach said the league is hard": named as a club, the bare word
  // stays the club's.
  const std::string fined =
      "غرم اتحاد الكرة نادي الاتحاد 100 ألف ريال بعد المباراة، وقال مدرب الاتحاد إن الدوري "
      "صعب على اللاعبين.";
  EXPECT_TRUE(stages_.Links(fined, "al-ittihad-saudi-club")) << ner::test::Dump(stages_.Run(fined));
  // "Al-Ahly beat Zamalek in the Egyptian league, and the coach said the
  // match was hard." Of the two clubs of that name, Cairo's: the story names
  // Egypt (by its gentilic and through Zamalek).
  const std::string cairo =
      "وفاز الأهلي على الزمالك في الدوري المصري، وقال المدرب إن المباراة كانت صعبة على اللاعبين.";
  EXPECT_TRUE(stages_.Links(cairo, "al-ahly-egypt-club")) << ner::test::Dump(stages_.Run(cairo));
  EXPECT_FALSE(stages_.Links(cairo, "al-ahli-saudi-club")) << ner::test::Dump(stages_.Run(cairo));
}

}  // namespace
}  // namespace rased

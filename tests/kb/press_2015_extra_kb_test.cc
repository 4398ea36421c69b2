// The clubs, companies, outlets, groups, towns and stadiums of
// data/kb/organizations_2015_press_extra.tsv, the players and coaches of
// data/kb/people_sports_arts_2015.tsv and the 2015 additions to the place
// and facility tables, in context: the short names of the Saudi market
// reports, the London club and stadium of the sports pages, and the German
// given name that stays a person's. Sentences written for these tests, not
// taken from any corpus.
#include <gtest/gtest.h>

#include "../ner/ner_test_support.h"

namespace rased::ner {
namespace {

class Press2015ExtraKbTest : public test::ShippedDataTest {};

using test::LinkCase;

TEST_F(Press2015ExtraKbTest, ListedSaudiCompaniesUnderTheirMarketNames) {
  const LinkCase cases[] = {
      // "The shares of Ground Services and Medgulf Insurance were the most
      // active by value."
      {"وجاءت أسهم شركات الخدمات الأرضية وميدغلف للتأمين الأكثر نشاطا بالقيمة.", "الخدمات الأرضية",
       "saudi-ground-services"},
      {"وجاءت أسهم شركات الخدمات الأرضية وميدغلف للتأمين الأكثر نشاطا بالقيمة.", "ميدغلف للتأمين",
       "medgulf"},
      // "Alinma Tokio Marine led the gainers, followed by Malath Insurance."
      {"وتصدر الإنماء طوكيو مارين قائمة الأسهم المرتفعة، يليه سهم ملاذ للتأمين.",
       "الإنماء طوكيو مارين", "alinma-tokio-marine"},
      {"وتصدر الإنماء طوكيو مارين قائمة الأسهم المرتفعة، يليه سهم ملاذ للتأمين.", "ملاذ للتأمين",
       "malath-insurance"},
      // "Etihad Etisalat (Mobily) shares rose five percent."
      {"وارتفع سهم اتحاد اتصالات بنسبة خمسة في المائة.", "اتحاد اتصالات", "mobily"},
      // "The Securities Depository Center launched a new service for
      // investors."
      {"وأطلق مركز إيداع الأوراق المالية خدمة جديدة للمستثمرين.", "مركز إيداع الأوراق المالية",
       "securities-depository-center"},
      // "The chief executive of NAS Holding announced new flights."
      {"وأعلن الرئيس التنفيذي لمجموعة ناس القابضة عن رحلات جديدة.", "مجموعة ناس القابضة",
       "nas-holding"},
  };
  test::ExpectLinks(stages_, cases);
}

TEST_F(Press2015ExtraKbTest, ClubsStadiumsTownsAndGroups) {
  const LinkCase cases[] = {
      // "The Super Cup is played at Loftus Road, the ground of Queens Park
      // Rangers."
      {"وتقام مباراة كأس السوبر على ملعب لوفتس رود التابع لنادي كوينز بارك رينجرز.",
       "ملعب لوفتس رود", "loftus-road"},
      {"وتقام مباراة كأس السوبر على ملعب لوفتس رود التابع لنادي كوينز بارك رينجرز.",
       "نادي كوينز بارك رينجرز", "queens-park-rangers-fc"},
      // "The team drew with Etoile du Sahel in the Confederation Cup."
      {"وتعادل الفريق مع النجم الساحلي في بطولة الكونفدرالية.", "النجم الساحلي", "etoile-du-sahel"},
      // "The team set up its camp in the Swiss town of St. Moritz."
      {"وأقام الفريق معسكره في مدينة سان موريتز السويسرية.", "مدينة سان موريتز", "st-moritz"},
      // "The match is played at al-Jawhara stadium in Jeddah." (King
      // Abdullah Sports City, "the jewel", by its short name.)
      {"وتقام المباراة على ملعب الجوهرة في جدة مساء الجمعة.", "ملعب الجوهرة",
       "king-abdullah-sports-city"},
      // "The leader of the Khorasan group was killed in an air strike."
      {"وقتل زعيم جماعة خراسان في غارة جوية شمال سوريا.", "جماعة خراسان", "khorasan-group"},
  };
  test::ExpectLinks(stages_, cases);
  const test::MentionCase kept[] = {
      // "Bavaria's premier Horst Seehofer criticised the decision." The Dutch
      // town goes by its bare name only with its head: the German given
      // name stays a person's.
      {"وانتقد رئيس حكومة بافاريا هورست زيهوفر القرار.", {"PERSON هورست زيهوفر"}, {"هورست"}},
  };
  for (const auto& tc : kept) test::ExpectMentions(Mentions(tc.text), tc);
}

TEST_F(Press2015ExtraKbTest, PlayersAndCoachesByTheirSurnames) {
  const LinkCase cases[] = {
      // "Messi scored twice and Barcelona won." A headline names the player
      // by his surname alone.
      {"ميسي يسجل هدفين ويقود برشلونة للفوز.", "ميسي", "lionel-messi"},
      // "Donis excluded three players from the list of the camp."
      {"واستبعد دونيس ثلاثة لاعبين من قائمة المعسكر.", "دونيس", "georgios-donis"},
      // "Boloni gave the players two days off."
      {"ومنح بولوني اللاعبين راحة لمدة يومين.", "بولوني", "laszlo-boloni"},
      // "Van Gaal said the team is ready for the new season."
      {"وقال فان غال إن الفريق جاهز للموسم الجديد.", "فان غال", "louis-van-gaal"},
      // "Neymar and Suarez led the attack." A name of one word.
      {"وقاد نيمار وسواريز خط الهجوم.", "نيمار", "neymar"},
      // "Falcao will wear Chelsea's shirt this season."
      {"ويرتدي فالكاو قميص تشيلسي هذا الموسم.", "فالكاو", "radamel-falcao"},
      // "The Ghanaian Muntari arrived in Jeddah yesterday."
      {"ووصل الغاني سولي مونتاري إلى جدة أمس.", "سولي مونتاري", "sulley-muntari"},
  };
  test::ExpectLinks(stages_, cases);
  // "The Brazilian Ronaldo took part in the draw." Two famous players go by
  // the bare name: it names no record.
  EXPECT_EQ(stages_.KbIdOf("وشارك البرازيلي رونالدو في سحب القرعة.", "رونالدو"), "");
}

TEST_F(Press2015ExtraKbTest, PremierLeagueAndEuropeanClubs) {
  const LinkCase cases[] = {
      // "Leicester City beat Sunderland 4-2 in the first round of the
      // Premier League."
      {"وفاز ليستر سيتي على سندرلاند بأربعة أهداف مقابل هدفين في الجولة الأولى من الدوري "
       "الإنجليزي.",
       "ليستر سيتي", "leicester-city-fc"},
      {"وفاز ليستر سيتي على سندرلاند بأربعة أهداف مقابل هدفين في الجولة الأولى من الدوري "
       "الإنجليزي.",
       "سندرلاند", "sunderland-afc"},
      // "Wolfsburg signed the Belgian player from Chelsea."
      {"وتعاقد فولفسبورغ مع اللاعب البلجيكي القادم من تشيلسي.", "فولفسبورغ", "vfl-wolfsburg"},
      // "Aston Villa lost at home to West Ham."
      {"وخسر أستون فيلا على ملعبه أمام وست هام يونايتد.", "أستون فيلا", "aston-villa-fc"},
      {"وخسر أستون فيلا على ملعبه أمام وست هام يونايتد.", "وست هام يونايتد", "west-ham-united-fc"},
  };
  test::ExpectLinks(stages_, cases);
  // "The player trained in the Italian city of Genoa." The city is no club.
  EXPECT_EQ(stages_.KbIdOf("وتدرب اللاعب في مدينة جنوى الإيطالية.", "جنوى"), "");
}

TEST_F(Press2015ExtraKbTest, SaudiOfficialsPrincesPlayersAndArtists2015) {
  // data/kb/people_saudi_2015_extra.tsv: the long official forms of the
  // Saudi Press Agency, spokesmen, and players named in the line-ups.
  const LinkCase cases[] = {
      // "The acting head of the Royal Guard, General Hamad bin Mohammed
      // Al-Ohali, and the head of royal protocol attended the reception."
      {"وحضر الاستقبال رئيس الحرس الملكي المكلف الفريق أول حمد بن محمد العوهلي ورئيس المراسم "
       "الملكية خالد بن صالح العباد.",
       "حمد بن محمد العوهلي", "hamad-al-ohali"},
      {"وحضر الاستقبال رئيس الحرس الملكي المكلف الفريق أول حمد بن محمد العوهلي ورئيس المراسم "
       "الملكية خالد بن صالح العباد.",
       "خالد بن صالح العباد", "khalid-al-abbad"},
      // "The centre's spokesman Raafat Al-Sabbagh said the convoy crossed the
      // border."
      {"وقال المتحدث الرسمي للمركز رأفت الصباغ إن القافلة عبرت المنفذ صباح اليوم.", "رأفت الصباغ",
       "raafat-al-sabbagh"},
      // "Prince Rakan bin Salman bin Abdulaziz and Prince Talal bin Saud bin
      // Abdulaziz were among those received."
      {"وكان في الاستقبال الأمير راكان بن سلمان بن عبدالعزيز والأمير طلال بن سعود بن عبدالعزيز.",
       "راكان بن سلمان بن عبدالعزيز", "rakan-bin-salman"},
      {"وكان في الاستقبال الأمير راكان بن سلمان بن عبدالعزيز والأمير طلال بن سعود بن عبدالعزيز.",
       "طلال بن سعود بن عبدالعزيز", "talal-bin-saud"},
      // "Al Somah and Saleh Al-Amri scored Al-Ahli's goals."
      {"وسجل عمر السومة وصالح العمري هدفي الأهلي في الشوط الثاني.", "عمر السومة", "omar-al-somah"},
      // "Paris Saint-Germain completed the signing of Di Maria." A surname of
      // two words.
      {"وأتم باريس سان جيرمان التعاقد مع دي ماريا لمدة أربعة مواسم.", "دي ماريا", "angel-di-maria"},
      // "Laurent Blanc refused to talk about the deal before the match."
      {"ورفض لوران بلان الحديث عن الصفقة قبل المباراة.", "لوران بلان", "laurent-blanc"},
      // "The toddler Ali Saad Dawabsheh was burned to death." His full name
      // is one person's, not his father's after another given name.
      {"واستشهد الرضيع علي سعد دوابشة حرقا.", "علي سعد دوابشة", "ali-dawabsheh"},
      // "The ministry's spokesman Mubarak Al-Osaimi said the interviews end
      // on Thursday."
      {"وقال المتحدث الرسمي باسم وزارة التعليم مبارك العصيمي إن المقابلات تنتهي الخميس.",
       "مبارك العصيمي", "mubarak-al-osaimi"},
      // "Manchester United signed Schneiderlin from Southampton."
      {"وضم مانشستر يونايتد شنايدرلين من ساوثامبتون.", "شنايدرلين", "morgan-schneiderlin"},
  };
  test::ExpectLinks(stages_, cases);
}

}  // namespace
}  // namespace rased::ner

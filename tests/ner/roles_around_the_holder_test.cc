// Roles whose holder the words around a title decide: the subject of a verb
// of appointment is the appointer, a second post after an apposition, a
// title in the genitive of another post, a form of address at the end of a
// title, a complement with "ل" before the holder, the guest after a named
// host, and posts of one piece (الأمين العام المساعد، إمام وخطيب). Sentences
// written for these tests (not taken from any corpus), over the shipped data.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

using test::ExpectTitles;
using test::RolesCase;
using test::TitlesOf;

class RolesAroundTheHolderTest : public test::WordListTest {};

TEST_F(RolesAroundTheHolderTest, TheSubjectOfAnAppointmentIsTheAppointer) {
  const RolesCase cases[] = {
      // "And the minister appointed Sami al-Harbi director general of the
      // hospital": "الوزير" is who appointed, not a title of al-Harbi's.
      {"وعين الوزير سامي الحربي مديرا عاما للمستشفى.", "سامي الحربي", {"مديرا عاما للمستشفى"}},
      // "The king appointed Khalid al-Otaibi head of the oversight board."
      {"وعين الملك خالد العتيبي رئيسا لهيئة الرقابة.", "خالد العتيبي", {"رئيسا لهيئة الرقابة"}},
      // "Sami al-Harbi was appointed director general of the hospital":
      // without a title after the verb, the passive reading stands.
      {"وعين سامي الحربي مديرا عاما للمستشفى.", "سامي الحربي", {"مديرا عاما للمستشفى"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesAroundTheHolderTest, ASecondPostAfterAnAppositionWithoutAKnownBody) {
  // "Mohammed al-Harbi, secretary general of the Youth Forum Foundation and
  // former foreign minister, said terrorism is a danger": the body is no
  // known name, and "و" + a title closes the first post.
  const RolesCase c = {
      "وقال محمد الحربي، الأمين العام لمؤسسة منتدى الشباب ووزير الخارجية الأسبق، إن الإرهاب "
      "خطر.",
      "محمد الحربي",
      {"الأمين العام لمؤسسة منتدى الشباب", "وزير الخارجية الأسبق"}};
  ExpectTitles(Run(c.text), c);
}

TEST_F(RolesAroundTheHolderTest, ATitleInTheGenitiveOfAPostIsPartOfIt) {
  const RolesCase cases[] = {
      // "The head of the private affairs of the Custodian of the Two Holy
      // Mosques, Mr Hazem al-Ali, said the visit succeeded."
      {"وأكد رئيس الشؤون الخاصة لخادم الحرمين الشريفين الأستاذ حازم العلي أن الزيارة ناجحة.",
       "حازم العلي",
       {"رئيس الشؤون الخاصة لخادم الحرمين الشريفين"}},
      // "The deputy private secretary of the Custodian of the Two Holy
      // Mosques, assistant head of the royal court for executive affairs, Mr
      // Fahd al-Askar, arrived": two posts, the king's title inside the first.
      {"ووصل نائب السكرتير الخاص لخادم الحرمين الشريفين مساعد رئيس الديوان الملكي للشؤون "
       "التنفيذية الأستاذ فهد العسكر.",
       "فهد العسكر",
       {"نائب السكرتير الخاص لخادم الحرمين الشريفين",
        "مساعد رئيس الديوان الملكي للشؤون التنفيذية"}},
      // "The military adviser to President Hadi, General Jaafar Saad, said
      // the army advances": the name right after the genitive title is that
      // title's holder, and stays so.
      {"وقال المستشار العسكري للرئيس هادي اللواء جعفر سعد إن الجيش يتقدم.", "هادي", {"الرئيس"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesAroundTheHolderTest, AFormOfAddressEndsNoTitle) {
  // "The acting deputy head of the royal court, Mr Saad bin Ali al-Ghamdi,
  // attended the party."
  const RolesCase c = {"وحضر نائب رئيس الديوان الملكي المكلف الأستاذ سعد بن علي الغامدي الحفل.",
                       "سعد بن علي الغامدي",
                       {"نائب رئيس الديوان الملكي المكلف"}};
  ExpectTitles(Run(c.text), c);
}

TEST_F(RolesAroundTheHolderTest, ASlashBetweenATitleAndTheName) {
  const RolesCase cases[] = {
      // "The executive director, Dr / Khalid al-Subaie, stressed that the
      // hospital is ready."
      {"وأكد المدير التنفيذي الدكتور / خالد السبيعي أن المستشفى جاهز.",
       "خالد السبيعي",
       {"المدير التنفيذي", "الدكتور"}},
      // "Eng./ Fahd al-Otaibi said the project is complete."
      {"وقال المهندس/ فهد العتيبي إن المشروع اكتمل.", "فهد العتيبي", {"المهندس"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesAroundTheHolderTest, AnAirForceRankWrittenPilotThenStaff) {
  const RolesCase cases[] = {
      // "The base commander, Brigadier (pilot, staff) Saad al-Shehri,
      // attended the ceremony."
      {"وحضر قائد القاعدة العميد طيار ركن سعد الشهري الحفل.",
       "سعد الشهري",
       {"قائد القاعدة", "العميد طيار ركن"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesAroundTheHolderTest, AComplementWithLamOrBaBeforeTheHolder) {
  // "The deputy director general of the Arab Organisation for Combating
  // Desertification, Salem al-Otaibi, said the situation is serious."
  const RolesCase c = {
      "وقال نائب المدير العام للمنظمة العربية لمكافحة التصحر سالم العتيبي إن الوضع خطير.",
      "سالم العتيبي",
      {"نائب المدير العام للمنظمة العربية لمكافحة التصحر"}};
  ExpectTitles(Run(c.text), c);
  // "The director of educational media at the education [department] of
  // Jazan region, Saad al-Ghamdi, said school starts": "ب" + a noun in the
  // construct state, which no verb takes.
  const RolesCase bi = {
      "وصرح مدير الإعلام التربوي بتعليم منطقة جازان سعد الغامدي بأن الدراسة تبدأ.",
      "سعد الغامدي",
      {"مدير الإعلام التربوي بتعليم منطقة جازان"}};
  ExpectTitles(Run(bi.text), bi);
  // "The team seeks to sign the striker Sami al-Harbi in the summer": a
  // rank ("الفريق", also a team) takes no complement with "ل".
  const Document team = Run("ويسعى الفريق لضم المهاجم سامي الحربي في الصيف.");
  for (const std::string& t : TitlesOf(team, "سامي الحربي")) {
    EXPECT_EQ(t.find("\xD9\x84\xD8\xB6\xD9\x85"), std::string::npos)  // لضم
        << t << "\n"
        << test::Dump(team);
  }
  // "The minister addressed to the ambassador Fahd al-Ali an invitation":
  // "ل" + a title names someone else, no complement of the minister's.
  const Document doc = Run("ووجه وزير الخارجية للسفير فهد العلي دعوة لزيارة الرياض.");
  for (const std::string& t : TitlesOf(doc, "فهد العلي")) {
    EXPECT_EQ(t.find("\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1"), std::string::npos)  // وزير
        << t << "\n"
        << test::Dump(doc);
  }
}

TEST_F(RolesAroundTheHolderTest, AfterANamedHostTheNextPostIsTheGuests) {
  // "The region's emir, Prince Faisal bin Bandar, received the president of
  // the general court, Sheikh Ibrahim al-Husni."
  const std::string text =
      "واستقبل أمير المنطقة الأمير فيصل بن بندر رئيس المحكمة العامة الشيخ إبراهيم الحسني.";
  const Document doc = Run(text);
  ExpectTitles(doc, {text.c_str(), "الأمير فيصل بن بندر", {"أمير المنطقة", "الأمير"}});
  ExpectTitles(doc, {text.c_str(), "إبراهيم الحسني", {"رئيس المحكمة العامة", "الشيخ"}});
}

TEST_F(RolesAroundTheHolderTest, PostsOfOnePiece) {
  const RolesCase cases[] = {
      // "The assistant deputy [minister] for public security, Major General
      // Fahd al-Ali, said ...".
      {"وقال الوكيل المساعد لشؤون الأمن العام اللواء فهد العلي إن الخطة جاهزة.",
       "فهد العلي",
       {"الوكيل المساعد لشؤون الأمن العام", "اللواء"}},
      // "The assistant secretary general of the Arab League, Ambassador
      // Ahmed bin Helli, said the summit convenes."
      {"وقال الأمين العام المساعد للجامعة العربية السفير أحمد بن حلي إن القمة تنعقد.",
       "أحمد بن حلي",
       {"الأمين العام المساعد للجامعة العربية", "السفير"}},
      // "The imam and preacher of the Grand Mosque, Sheikh Saleh al-Ghamdi,
      // led the prayer."
      {"وأم المصلين إمام وخطيب المسجد الحرام الشيخ صالح الغامدي.",
       "صالح الغامدي",
       {"إمام وخطيب المسجد الحرام", "الشيخ"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

// A title in the genitive of a common noun ending a post, right before a
// name, is that name's; the post is someone else's.
TEST_F(RolesAroundTheHolderTest, ATitleInTheGenitiveOfACommonNounIsTheNamesOwn) {
  const RolesCase cases[] = {
      // "He served as a minister in President Francois Mitterrand's
      // government." (the president is Mitterrand's title)
      {"وعمل وزيرا في حكومة الرئيس فرانسوا ميتران لسنوات.", "فرانسوا ميتران", {"الرئيس"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesAroundTheHolderTest, APostEndingInAPossessiveIsCompleteBeforeTheHoldersTitle) {
  const RolesCase cases[] = {
      // "A member of its board, Dr Ihsan Abu Ghazala, said the company made
      // a profit": the noun with its pronoun is definite, so the doctor's
      // title after it is his own, no part of the post.
      {"وقال عضو مجلس إدارتها الدكتور إحسان أبو غزالة إن الشركة رابحة.",
       "إحسان أبو غزالة",
       {"عضو مجلس إدارتها", "الدكتور"}},
      // "Its director, Brigadier Saeed al-Qarni, confirmed the readiness of
      // the teams."
      {"وأكد مديرها العميد سعيد القرني جاهزية الفرق.", "سعيد القرني", {"مديرها", "العميد"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesAroundTheHolderTest, TheTeamIsNoRankInADocumentAboutATeam) {
  const RolesCase cases[] = {
      // "The team returned to Jeddah yesterday, and the team's administrator
      // Saad al-Harbi said the team is in good shape": "الفريق" is the
      // team, no rank of the name after it.
      {"وعاد الفريق إلى جدة أمس. وأكد إداري الفريق سعد الحربي أن الفريق في حالة جيدة.",
       "سعد الحربي",
       {}},
      // "The chief of staff, Lieutenant General Saad al-Harbi, said the
      // forces are ready": the rank, in a document about no team.
      {"وقال رئيس هيئة الأركان الفريق سعد الحربي إن القوات جاهزة.",
       "سعد الحربي",
       {"رئيس هيئة الأركان", "الفريق"}},
      // Set off by a comma, the rank stays one even beside a team: "The
      // team travelled to Cairo. The authority's head, Lieutenant General
      // Mohab Mamish, received it."
      {"وسافر الفريق إلى القاهرة، وأشاد بالفريق رئيس الهيئة، الفريق مهاب مميش.",
       "مهاب مميش",
       {"رئيس الهيئة", "الفريق"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

}  // namespace
}  // namespace rased::ner

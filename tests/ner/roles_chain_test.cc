// Roles of the entity stage: chains of titles before and after a name,
// titles with a scope or a destination, titles apart from their holder, and
// what is no role. Sentences written for these tests (not taken from any
// corpus), over the small fixture knowledge base of tests/kb/testdata.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

using test::ExpectTitles;
using test::RolesCase;
using test::TitlesOf;

class RolesChainTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    test::LoadStages({"/tests/kb/testdata/fixture_kb.tsv"}, &stages_);
  }
  static Document Run(const std::string& text) { return stages_.Run(text); }
  static const Entity* Find(const Document& doc, std::string_view mention) {
    return test::FindEntity(doc, mention);
  }
  static std::string Dump(const Document& doc) { return test::Dump(doc); }

  static test::Stages stages_;
};

test::Stages RolesChainTest::stages_;

TEST_F(RolesChainTest, EachTitleOfAChainIsARole) {
  const RolesCase cases[] = {
      // "The deputy crown prince, second deputy prime minister and minister
      // of defence, Prince Khalid bin Fahd, announced ...": four posts.
      {"وأعلن ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع، الأمير خالد بن "
       "فهد، عن خطة جديدة.",
       "خالد بن فهد",
       {"ولي ولي العهد", "النائب الثاني لرئيس مجلس الوزراء", "وزير الدفاع", "الأمير"}},
      // "The Custodian of the Two Holy Mosques, King Abdullah bin Abdulaziz,
      // arrived in Jeddah."
      {"ووصل خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز إلى جدة أمس.",
       "عبدالله بن عبدالعزيز",
       {"خادم الحرمين الشريفين", "الملك"}},
      // "The Custodian of the Two Holy Mosques, King Abdullah, received the
      // delegation in Jeddah yesterday": after a verb of meeting a royal
      // title still joins.
      {"واستقبل خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز في جدة أمس الوفد.",
       "عبدالله بن عبدالعزيز",
       {"خادم الحرمين الشريفين", "الملك"}},
      // "Staff Brigadier Sami al-Harbi said ...": one rank, one role.
      {"وقال العميد ركن سامي الحربي إن القوات تقدمت.", "سامي الحربي", {"العميد ركن"}},
      // "The Syrian vice-president and former prime minister Nader al-Khatib
      // said ...": the second title names no other country.
      {"وقال نائب الرئيس السوري رئيس الوزراء السابق نادر الخطيب إن الوضع صعب.",
       "نادر الخطيب",
       {"نائب الرئيس السوري", "رئيس الوزراء السابق"}},
      // "The interior minister, Sheikh Hamad al-Sabah, said ...": an
      // honorific between the office and the name is a title of its own.
      {"وقال وزير الداخلية الشيخ حمد الصباح إن الأمن مستتب.",
       "حمد الصباح",
       {"وزير الداخلية", "الشيخ"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesChainTest, TitlesAfterTheNameAreSplitToo) {
  const RolesCase cases[] = {
      // "Saud al-Qahtani, adviser in the office of the interior minister and
      // police spokesman, stressed that ..."
      {"وأكد سعود القحطاني المستشار في مكتب وزير الداخلية المتحدث باسم الشرطة أن الطريق آمن.",
       "سعود القحطاني",
       {"المستشار في مكتب وزير الداخلية", "المتحدث باسم الشرطة"}},
      // "Khalid al-Rubaie, the leading member of the Umma party, explained
      // that times are hard." (a profession whose complement names a body,
      // right after the name, without a comma)
      {"وأوضح خالد الربيعي القيادي في حزب الأمة أن الظروف صعبة.",
       "خالد الربيعي",
       {"القيادي في حزب الأمة"}},
      // "The first team's manager at Nahda club, Fouad al-Saleh, thanked the
      // board." (where the post is, "ب" + a club, between the title and the
      // name)
      {"وشكر مدير الفريق الأول بنادي النهضة فؤاد الصالح مجلس الإدارة.",
       "فؤاد الصالح",
       {"مدير الفريق الأول بنادي النهضة"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesChainTest, TitlesWithAScopeOrADestination) {
  const RolesCase cases[] = {
      // "The special envoy of the Russian president to Syria, Mikhail
      // Lavrentiev, arrived ..."
      {"ووصل المبعوث الخاص للرئيس الروسي إلى سوريا ميخائيل لافرنتييف إلى دمشق.",
       "ميخائيل لافرنتييف",
       {"المبعوث الخاص للرئيس الروسي إلى سوريا"}},
      // "The under-secretary of the Libyan health ministry, Salem al-Warfalli,
      // said ..."
      {"وقال وكيل وزارة الصحة الليبية سالم الورفلي إن المستشفيات ممتلئة.",
       "سالم الورفلي",
       {"وكيل وزارة الصحة الليبية"}},
      // "The human rights minister Mohammed Askar said ...": a ministry that
      // no table lists; the construct state runs to its definite noun.
      {"وقال وزير حقوق الإنسان محمد عسكر إن اللجنة بدأت عملها.",
       "محمد عسكر",
       {"وزير حقوق الإنسان"}},
      // "The ministry's under-secretary for mosques, preaching and guidance,
      // Dr Tawfiq al-Sudairi, said ...": "لـ" after a complete phrase, and
      // coordinated genitives.
      {"وقال وكيل الوزارة لشؤون المساجد والدعوة والإرشاد الدكتور توفيق السديري إن الخطة جاهزة.",
       "توفيق السديري",
       {"وكيل الوزارة لشؤون المساجد والدعوة والإرشاد", "الدكتور"}},
      // "The general supervisor of football Mansour al-Balawi and the team's
      // executive director Hamed al-Balawi attended": a post over a charge,
      // and "للفريق" (for the team) is no rank.
      {"وحضر المشرف العام على كرة القدم منصور البلوي والمدير التنفيذي للفريق حامد البلوي.",
       "منصور البلوي",
       {"المشرف العام على كرة القدم"}},
      {"وحضر المشرف العام على كرة القدم منصور البلوي والمدير التنفيذي للفريق حامد البلوي.",
       "حامد البلوي",
       {"المدير التنفيذي للفريق"}},
      // "The head of the committee of the families of the missing and the
      // detained, Mahmoud al-Shami, said ..."
      {"وقال رئيس لجنة أهالي المفقودين والمعتقلين محمود الشامي إن العدد ارتفع.",
       "محمود الشامي",
       {"رئيس لجنة أهالي المفقودين والمعتقلين"}},
      // "The MP for the Ahrar bloc, Jawad al-Saadi, said the session was
      // postponed." (a member of parliament "for" a bloc or a place)
      {"وقال النائب عن كتلة الأحرار جواد الساعدي إن الجلسة تأجلت.",
       "جواد الساعدي",
       {"النائب عن كتلة الأحرار"}},
      // "The MP for the Future bloc, Hoda al-Obeidi, demanded better services."
      {"وطالبت النائبة عن كتلة المستقبل هدى العبيدي بتحسين الخدمات.",
       "هدى العبيدي",
       {"النائبة عن كتلة المستقبل"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesChainTest, APostInTheAccusativeAfterTheName) {
  const RolesCase cases[] = {
      // "The council appointed Colonel Saeed al-Mansouri commander of the
      // northern front."
      {"وعين المجلس العقيد سعيد المنصوري قائدا للجبهة الشمالية.",
       "سعيد المنصوري",
       {"العقيد", "قائدا للجبهة الشمالية"}},
      // "The assembly elected Khaled al-Omari president." (no complement)
      {"وانتخبت الجمعية خالد العمري رئيسًا في جلستها أمس.", "خالد العمري", {"رئيسًا"}},
      // "It was decided to appoint Sami al-Otaibi minister of health": the
      // accusative "وزيرا" is no و + "زيرا" (and no word-list stem).
      {"وتقرر تعيين سامي العتيبي وزيرا للصحة.", "سامي العتيبي", {"وزيرا للصحة"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesChainTest, WhatIsNoRoleOfThePerson) {
  struct NoRoleCase {
    const char* text;
    const char* person;  // a mention of the person
    const char* title;   // a title that is not his
  };
  const NoRoleCase cases[] = {
      // "Attending were the Saudi foreign minister, and Salman al-Dosari, the
      // editor": after the comma "و" adds another person.
      {"وحضر اللقاء وزير الخارجية السعودي، وسلمان الدوسري رئيس التحرير.", "سلمان الدوسري",
       "وزير الخارجية السعودي"},
      // "Mr. Saad al-Fahd said ...": a form of address is no post.
      {"وقال السيد سعد الفهد إن الدراسة انتهت.", "سعد الفهد", "السيد"},
      // "The Russian president received the Syrian foreign minister Walid
      // al-Zoubi": the host's title is not the visitor's.
      {"واستقبل الرئيس الروسي وزير الخارجية السوري وليد الزعبي في موسكو.", "وليد الزعبي",
       "الرئيس الروسي"},
      // "Attending the meeting were the defence minister and the interior
      // minister, Brigadier Ali al-Hakimi": "و" starts another person's title.
      {"وحضر الاجتماع وزير الدفاع ووزير الداخلية العميد علي الحكيمي.", "علي الحكيمي",
       "وزير الدفاع"},
      // "The foreign minister received ambassador Ali al-Kayed": after a verb
      // of meeting the host's title is not the guest's.
      {"واستقبل وزير الخارجية السفير علي الكايد أمس.", "علي الكايد", "وزير الخارجية"},
      // "The governor of Jeddah received the province's police chief, Major
      // General Saad al-Ghamdi."
      {"واستقبل محافظ جدة مدير شرطة المحافظة اللواء سعد الغامدي.", "سعد الغامدي", "محافظ جدة"},
      // "The Egyptian president and Prince Mohammed bin Fahd attended the
      // ceremony": "و"
      // before the name starts another person.
      {"وحضر الحفل الرئيس المصري والأمير محمد بن فهد.", "محمد بن فهد", "الرئيس المصري"},
      // "The evening was attended by the great poet and Mohammed al-Kinani":
      // the name after "و" is still a person, but not the poet.
      {"وحضر الأمسية الشاعر الكبير ومحمد الكناني.", "محمد الكناني", "الشاعر الكبير"},
      // "Sultan bin Mohammed al-Mutawa won the prize": سلطان is his name here.
      {"وفاز سلطان بن محمد المطوع بالجائزة.", "سلطان بن محمد المطوع", "سلطان"},
  };
  for (const NoRoleCase& c : cases) {
    Document doc = Run(c.text);
    bool found = false;
    for (const Mention& m : doc.mentions) found |= doc.Slice(m.span) == c.person;
    ASSERT_TRUE(found) << c.text << "\n" << Dump(doc);
    for (const std::string& t : TitlesOf(doc, c.person)) {
      EXPECT_NE(t, c.title) << c.text << "\n" << Dump(doc);
    }
  }
}

TEST_F(RolesChainTest, ARankInTheGenitiveIsNoTitle) {
  // "The delegation was headed by the team manager Fouad al-Muslim":
  // الفريق is the team here, not a general's rank.
  Document doc = Run("وترأس البعثة مدير الفريق فؤاد المسلم، ويرافقه الإداري.");
  ExpectTitles(TitlesOf(doc, "فؤاد المسلم"), {"مدير الفريق"}, Dump(doc));
}

TEST_F(RolesChainTest, CommonNounsAroundTitles) {
  const RolesCase cases[] = {
      // "The coach Louis van Persie's team signed ...": without the article
      // فريق is a team, not the rank الفريق.
      {"وتعاقد فريق المدرب لويس فان بيرسي مع لاعب جديد.", "لويس فان بيرسي", {"المدرب"}},
      // "Prince Faisal bin Bandar, governor of the Riyadh region, received in
      // his office ...": "في مكتب" + a pronoun is where, not a post.
      {"واستقبل الأمير فيصل بن بندر أمير منطقة الرياض في مكتبه بقصر الحكم الوفد.",
       "فيصل بن بندر",
       {"الأمير", "أمير منطقة الرياض"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesChainTest, NoHolderInAnInstitutionsName) {
  // "The deputy head of the King Abdulaziz Foundation attended the
  // ceremony": the king names the foundation and holds no post here.
  Document doc = Run("وحضر نائب رئيس مؤسسة الملك عبدالعزيز الحفل.");
  EXPECT_TRUE(doc.roles.empty()) << Dump(doc);
}

TEST_F(RolesChainTest, AnEnvoyServesTheCountryOfHisTitleNotHisDestination) {
  // "Russia said yesterday that the special envoy of the Russian president
  // to Syria, Mikhail Lavrentiev, would arrive ..."
  Document doc =
      Run("وأعلنت روسيا أمس أن المبعوث الخاص للرئيس الروسي إلى سوريا ميخائيل لافرنتييف سيصل "
          "غدا.");
  bool found = false;
  for (const Role& r : doc.roles) {
    if (r.title != "المبعوث الخاص للرئيس الروسي إلى سوريا") continue;
    found = true;
    ASSERT_GE(r.organization, 0) << Dump(doc);
    EXPECT_EQ(doc.entities[r.organization].kb_id, "russia") << Dump(doc);
  }
  EXPECT_TRUE(found) << Dump(doc);
}

TEST_F(RolesChainTest, ATitleAgainIsOneRole) {
  // "Staff Brigadier Sami al-Harbi said ... Brigadier al-Harbi added ...":
  // the shorter title again is the same role.
  Document doc =
      Run("وقال العميد ركن سامي الحربي إن القوات تقدمت. وأضاف العميد الحربي أن المعارك مستمرة.");
  ExpectTitles(TitlesOf(doc, "سامي الحربي"), {"العميد ركن"}, Dump(doc));
}

TEST_F(RolesChainTest, APluralTitleBeforeAListInParenthesesIsEachHoldersRole) {
  // "The prime minister abolished the posts of the vice presidents (Khalid
  // al-Harbi, Sami al-Otaibi, Fahd al-Qahtani) yesterday."
  Document doc =
      Run("وألغى رئيس الوزراء مناصب نواب رئيس الجمهورية (خالد الحربي، سامي العتيبي، فهد القحطاني) "
          "أمس.");
  for (const char* person : {"خالد الحربي", "سامي العتيبي", "فهد القحطاني"}) {
    ExpectTitles(TitlesOf(doc, person), {"نواب رئيس الجمهورية"}, person + ("\n" + Dump(doc)));
  }
}

TEST_F(RolesChainTest, InThePresenceOfEndsTheTitleBefore) {
  // "The contract was signed with the player in the presence of the club's
  // vice-president Khalid al-Harbi": the player is another person.
  Document doc = Run("وجاء التوقيع مع اللاعب بحضور نائب رئيس النادي خالد الحربي في المطار.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"نائب رئيس النادي"}, Dump(doc));
  // "The governor received a gift from the committee head with the
  // participation of the two members Sami al-Otaibi and Fahd al-Qahtani":
  // no member heads the committee.
  doc = Run("وتسلم المحافظ هدية من رئيس اللجنة بمشاركة العضوين سامي العتيبي وفهد القحطاني.");
  ExpectTitles(TitlesOf(doc, "سامي العتيبي"), {}, Dump(doc));
}

TEST_F(RolesChainTest, AnOfficialSpokesmanInTheAccusative) {
  // "The council chose Sami al-Otaibi as its official spokesman for the
  // resistance."
  Document doc = Run("واختار المجلس سامي العتيبي ناطقا رسميا باسم المقاومة.");
  ExpectTitles(TitlesOf(doc, "سامي العتيبي"), {"ناطقا رسميا باسم المقاومة"}, Dump(doc));
}

TEST_F(RolesChainTest, AnAssistantMinisterAndAConscript) {
  // "The assistant interior minister Khalid al-Harbi said the conscript Sami
  // al-Otaibi was killed in the attack."
  Document doc = Run("وقال معاون وزير الداخلية خالد الحربي إن المجند سامي العتيبي قتل في الهجوم.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"معاون وزير الداخلية"}, Dump(doc));
  ExpectTitles(TitlesOf(doc, "سامي العتيبي"), {"المجند"}, Dump(doc));
}

TEST_F(RolesChainTest, APostAfterWhoWasIsTheNamesBefore) {
  const RolesCase cases[] = {
      // "They accuse Khalid al-Harbi, who was commander of the army in the
      // past, of ..."
      {"ويتهمون خالد الحربي الذي كان قائدا للجيش في الماضي بالتقصير.",
       "خالد الحربي",
       {"قائدا للجيش"}},
      // "Sara al-Otaibi, who became minister of health two years ago, said ..."
      {"وقالت سارة العتيبي التي أصبحت وزيرة للصحة قبل عامين إن الخطة جاهزة.",
       "سارة العتيبي",
       {"وزيرة للصحة"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesChainTest, ABodysPurposeInTheTitleBeforeTheHolder) {
  // "The spokeswoman of the Wagner Group for combating terrorism in Libya,
  // Sara al-Otaibi, said the truce holds": "ل" + a verbal noun and its
  // object after the body's name is still the title.
  Document doc =
      Run("وقالت المتحدثة باسم مجموعة فاغنر لمكافحة الإرهاب في ليبيا، سارة العتيبي، إن الهدنة "
          "صامدة.");
  ExpectTitles(TitlesOf(doc, "سارة العتيبي"),
               {"المتحدثة باسم مجموعة فاغنر لمكافحة الإرهاب في ليبيا"}, Dump(doc));
}

TEST_F(RolesChainTest, OneOfTheLeadersIsARoleButNoReference) {
  // "Khalid al-Harbi, one of the leaders of the Wagner Group, said ... One
  // of the leaders of the Wagner Group was killed yesterday.": the second
  // is not al-Harbi.
  Document doc =
      Run("وقال خالد الحربي أحد قادة مجموعة فاغنر إن الهدنة صامدة. وقتل أحد قادة مجموعة فاغنر "
          "أمس.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"أحد قادة مجموعة فاغنر"}, Dump(doc));
  for (const Mention& m : doc.mentions) {
    EXPECT_NE(doc.Slice(m.span), "أحد قادة مجموعة فاغنر") << Dump(doc);
  }
}

TEST_F(RolesChainTest, EditorsInChief) {
  const RolesCase cases[] = {
      // "The editor-in-chief of the al-Nahar newspaper, Khalid al-Harbi, said
      // the paper would return."
      {"وقال رئيس تحرير صحيفة النهار خالد الحربي إن الصحيفة ستعود.",
       "خالد الحربي",
       {"رئيس تحرير صحيفة النهار"}},
      // "And Khalid al-Harbi returned as editor-in-chief of the paper in 2011."
      {"وعاد خالد الحربي رئيسا لتحرير الصحيفة في 2011.", "خالد الحربي", {"رئيسا لتحرير الصحيفة"}},
      // "The editor-in-chief of the “al-Nahar” newspaper, Khalid al-Harbi,
      // said ...": the outlet's quoted name, then the holder's after a comma.
      {"وقال رئيس تحرير صحيفة “النهار”، خالد الحربي، إن الصحيفة ستعود.",
       "خالد الحربي",
       {"رئيس تحرير صحيفة “النهار”"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesChainTest, TheNameAfterOneOfIsTheGenitives) {
  // "Sami al-Otaibi, one of the advisers of the former president Khalid
  // al-Harbi, said ...": al-Harbi is the president, not an adviser.
  Document doc = Run("وقال سامي العتيبي أحد مستشاري الرئيس السابق خالد الحربي إن الحكومة فشلت.");
  for (const std::string& t : TitlesOf(doc, "خالد الحربي")) {
    EXPECT_EQ(t.find("\xD8\xA3\xD8\xAD\xD8\xAF"), std::string::npos) << Dump(doc);  // أحد
  }
  ExpectTitles(TitlesOf(doc, "سامي العتيبي"), {"أحد مستشاري الرئيس السابق"}, Dump(doc));
}

TEST_F(RolesChainTest, ABodysNameBeginningInsideTheTitle) {
  const RolesCase cases[] = {
      // "The head of the Libyan government, Khalid al-Harbi, said the truce
      // holds": "رئيس الحكومة" is a title and "الحكومة الليبية" a body.
      {"وقال رئيس الحكومة الليبية، خالد الحربي، إن الهدنة صامدة.",
       "خالد الحربي",
       {"رئيس الحكومة الليبية"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesChainTest, AQuotedComplementRightBeforeTheHolder) {
  const RolesCase cases[] = {
      // "The head of the “New Nation” party Khalid al-Harbi met the
      // delegation."
      {"والتقى رئيس حزب \"الأمة الجديدة\" خالد الحربي بالوفد أمس.",
       "خالد الحربي",
       {"رئيس حزب \"الأمة الجديدة\""}},
      // "The authorities returned the general coordinator of the “Unity
      // Current” Sami al-Otaibi to prison": a bare "ل" before the quote.
      {"وأعادت السلطات المنسق العام ل \"تيار الوحدة\" سامي العتيبي إلى السجن.",
       "سامي العتيبي",
       {"المنسق العام ل \"تيار الوحدة\""}},
      // "The head of the “Libyan” government Khalid al-Harbi described what
      // happened as terrorism": a quoted gentilic.
      {"ووصف رئيس الحكومة \"الليبية\" خالد الحربي ما جرى بالإرهاب.",
       "خالد الحربي",
       {"رئيس الحكومة \"الليبية\""}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesChainTest, AForeignGivenNameThatSpellsAWord) {
  // "The head of the delegation Nhial Deng said the delegation refuses the
  // paper": "نيال" is also a word, "دينق" none.
  Document doc = Run("وقال رئيس الوفد نيال دينق إن الوفد يرفض الوثيقة.");
  ExpectTitles(TitlesOf(doc, "نيال دينق"), {"رئيس الوفد"}, Dump(doc));
}

TEST_F(RolesChainTest, AnAgeInParenthesesBeforeTheApposition) {
  // "The session will hear the defence of James Robinson (39), the paper's
  // bureau chief": the age between name and comma is passed over.
  Document doc =
      Run("وقالت المحامية إن الجلسة ستخصص للدفاع عن جيمس روبنسون (39 عاما)، رئيس مكتب الصحيفة.");
  ExpectTitles(TitlesOf(doc, "جيمس روبنسون"), {"رئيس مكتب الصحيفة"}, Dump(doc));
  // "Salem al-Harbi (the minister's brother), the director of the school":
  // parentheses without an age are no age.
  Document aside = Run("وحضر سالم الحربي (شقيق الوزير)، مدير المدرسة، الحفل.");
  for (const std::string& title : TitlesOf(aside, "سالم الحربي")) {
    EXPECT_NE(title, "مدير المدرسة") << Dump(aside);
  }
}

TEST_F(RolesChainTest, ADeputyAssistantIsOnePost) {
  const RolesCase cases[] = {
      // "Sami al-Harbi, deputy assistant foreign minister for Gulf affairs,
      // died yesterday": "مساعد" (assistant, also a given name) is a post.
      {"وتوفي سامي الحربي، نائب مساعد وزير الخارجية لشؤون الخليج، أمس.",
       "سامي الحربي",
       {"نائب مساعد وزير الخارجية لشؤون الخليج"}},
      // "The deputy assistant foreign minister Sami al-Harbi said ...".
      {"وقال نائب مساعد وزير الخارجية سامي الحربي إن المحادثات مستمرة.",
       "سامي الحربي",
       {"نائب مساعد وزير الخارجية"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
    EXPECT_EQ(Find(doc, "مساعد"), nullptr) << Dump(doc);
  }
}

TEST_F(RolesChainTest, TwoTradesJoinedByAnd) {
  // "The text was written by the writer and novelist Sami al-Harbi, and
  // Khalid al-Ali directed it": two bare professions, one person.
  Document doc = Run("كتب النص الكاتب والروائي سامي الحربي، وأخرجه خالد العلي.");
  ExpectTitles(TitlesOf(doc, "سامي الحربي"), {"الكاتب", "الروائي"}, Dump(doc));
}

TEST_F(RolesChainTest, ASecondPostAfterTheNameWithAnd) {
  const RolesCase cases[] = {
      // "The arrival of Khalid al-Harbi, vice-president of the republic and
      // head of the Libyan government, in Tripoli": the second office names
      // a country the first does not.
      {"وكان وصول خالد الحربي نائب رئيس الجمهورية ورئيس الحكومة الليبية إلى طرابلس مهما.",
       "خالد الحربي",
       {"نائب رئيس الجمهورية", "رئيس الحكومة الليبية"}},
      // "Khalid al-Harbi, the Libyan vice-president and prime minister,
      // returned to Tripoli": a bare second office.
      {"وعاد خالد الحربي نائب الرئيس الليبي ورئيس الوزراء إلى طرابلس أمس.",
       "خالد الحربي",
       {"نائب الرئيس الليبي", "رئيس الوزراء"}},
      // "Colonel Sami al-Otaibi, commander of brigade 35 and commander of
      // the rescue operation, said ...": two offices of one kind after the
      // name are both his.
      {"وقال العقيد سامي العتيبي قائد اللواء 35 وقائد عملية الإنقاذ إن الوضع هادئ.",
       "سامي العتيبي",
       {"العقيد", "قائد اللواء 35", "قائد عملية الإنقاذ"}},
      // "Khalid al-Harbi, the defence minister, and the interior minister
      // Sami al-Otaibi said ...": the second office has a holder of its own.
      {"وقال خالد الحربي وزير الدفاع ووزير الداخلية سامي العتيبي إن الوضع هادئ.",
       "خالد الحربي",
       {"وزير الدفاع"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesChainTest, AnAdviserToANamedPresidentAfterHisOwnName) {
  // "Colonel Sami al-Otaibi, the military adviser to President Khalid
  // al-Harbi, announced that the city is safe": the adviser is al-Otaibi.
  Document doc =
      Run("وأعلن العقيد سامي العتيبي المستشار العسكري للرئيس خالد الحربي أن المدينة آمنة.");
  ExpectTitles(TitlesOf(doc, "سامي العتيبي"), {"العقيد", "المستشار العسكري للرئيس خالد الحربي"},
               Dump(doc));
  // The name after "للرئيس" is the president's (his title written "الرئيس").
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"الرئيس"}, Dump(doc));
  // "He was appointed special adviser to President Khalid al-Harbi": no
  // name before; the adviser is not the president.
  doc = Run("وكان قد عين مستشارا خاصا للرئيس خالد الحربي في العام الماضي.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"الرئيس"}, Dump(doc));
}

TEST_F(RolesChainTest, NoNameInAnAccusativeNounAndItsAdjective) {
  // "Sami al-Otaibi, the director general of the ministry, spends long
  // days in Tripoli": "أياما طويلة" (long days) is no holder.
  Document doc = Run("ويمضي سامي العتيبي، المدير العام لوزارة الخارجية، أياما طويلة في طرابلس.");
  EXPECT_EQ(Find(doc, "أياما طويلة"), nullptr) << Dump(doc);
  ExpectTitles(TitlesOf(doc, "سامي العتيبي"), {"المدير العام لوزارة الخارجية"}, Dump(doc));
}

TEST_F(RolesChainTest, TheAbbreviatedDoctorBeforeTheHolder) {
  const RolesCase cases[] = {
      // "Under the patronage of the education minister Dr Sami al-Otaibi the
      // programme closed."
      {"وتحت رعاية وزير التعليم د. سامي العتيبي اختتم البرنامج أمس.",
       "سامي العتيبي",
       {"وزير التعليم", "د."}},
      // "Dr Khalid al-Harbi, the director general of the ministry, said ...":
      // "د." alone introduces the name.
      {"وقال د. خالد الحربي، المدير العام للوزارة، إن الخطة جاهزة.",
       "خالد الحربي",
       {"د.", "المدير العام للوزارة"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
  // "The trip took 5 min.": a lone letter with no dot is no title.
  Document doc = Run("واستغرقت الرحلة 5 د من الوقت فقط.");
  EXPECT_TRUE(doc.roles.empty()) << Dump(doc);
}

// Over the shipped knowledge base, whose names the titles meet in the news,
// and the text stage with the word list, as the pipeline runs them.
class RolesShippedKbTest : public RolesChainTest {
 protected:
  static void SetUpTestSuite() {
    test::LoadStages({}, &shipped_);
    has_hunspell_ = test::UseWordList(&shipped_);
  }
  static test::Stages shipped_;
  static bool has_hunspell_;
};

bool RolesShippedKbTest::has_hunspell_ = false;

test::Stages RolesShippedKbTest::shipped_;

TEST_F(RolesShippedKbTest, AGroupsNisbaAfterATitleIsNoHolder) {
  // "The Houthi leader Khalid al-Harbi spoke of the battles": "الحوثي" is
  // a known person's name, here the adjective of his movement.
  Document doc = shipped_.Run("وتحدث القيادي الحوثي خالد الحربي عن المعارك أمس.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"القيادي الحوثي"}, Dump(doc));
  // "Senator Khalid al-Harbi said the agreement is bad."
  doc = shipped_.Run("وقال السيناتور الجمهوري خالد الحربي إن الاتفاق سيئ.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"السيناتور الجمهوري"}, Dump(doc));
  // The same with the spelling many papers use, "السناتور".
  doc = shipped_.Run("وقال السناتور الجمهوري خالد الحربي إن الاتفاق سيئ.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"السناتور الجمهوري"}, Dump(doc));
}

// The accusative of an office is the post one is named to, unless the table
// marks it as mostly an adjective ("كبيرا", big; data/ner/titles.tsv).
TEST_F(RolesShippedKbTest, AnAdjectiveInTheAccusativeIsNoPost) {
  // "When Khalid al-Harbi was old enough he left the village." / "Khalid
  // al-Harbi was old."
  for (const char* text :
       {"وعندما أصبح خالد الحربي كبيرا بما يكفي غادر القرية.", "وكان خالد الحربي كبيرا في السن."}) {
    const Document doc = shipped_.Run(text);
    EXPECT_TRUE(TitlesOf(doc, "خالد الحربي").empty()) << text << "\n" << Dump(doc);
  }
  // "Khalid al-Harbi was named minister of health."
  const Document doc = shipped_.Run("وعين خالد الحربي وزيرا للصحة.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"وزيرا للصحة"}, Dump(doc));
}

TEST_F(RolesShippedKbTest, AFormOfAddressBeforeAKnownNameIsNoPartOfThePost) {
  // "... attended by the director of administrative affairs, Mr Saud
  // al-Qahtani" (a name the knowledge base knows, found before the titles).
  Document doc = shipped_.Run("وحضر الحفل مدير الشؤون الإدارية الأستاذ سعود القحطاني.");
  ExpectTitles(TitlesOf(doc, "سعود القحطاني"), {"مدير الشؤون الإدارية"}, Dump(doc));
}

TEST_F(RolesChainTest, NoHolderInTheVerbsObjectAfterATitle) {
  // "The Libyan president issued a decree appointing ...", "The Egyptian
  // president, in support of the army, ...": accusatives of known nouns.
  const std::pair<const char*, const char*> cases[] = {
      {"وأصدر الرئيس الليبي قرارا بتعيين محافظ جديد للمدينة.", "قرارا"},
      {"وأكد الرئيس الليبي دعما كاملا للجيش في حربه.", "دعما"},
  };
  for (const auto& [text, object] : cases) {
    Document doc = Run(text);
    EXPECT_EQ(Find(doc, object), nullptr) << text << "\n" << Dump(doc);
    EXPECT_TRUE(doc.roles.empty()) << text << "\n" << Dump(doc);
  }
}

TEST_F(RolesShippedKbTest, AKnownTwoWordNameBeforeAnUnknownFamilyName) {
  // "Colonel Ali Saleh al-Hanshali said the city is safe": "علي صالح" also
  // names a former president, but the family name after it makes another
  // man's name.
  Document doc = shipped_.Run("وقال العقيد علي صالح الحنشلي إن المدينة آمنة.");
  ExpectTitles(TitlesOf(doc, "علي صالح الحنشلي"), {"العقيد"}, Dump(doc));
}

TEST_F(RolesChainTest, NamesAndTheirTitlesInAList) {
  // "The new ministers are: Khalid al-Harbi minister of agriculture, Dr
  // Sami al-Otaibi minister of transport.": each title after a name is that
  // name's, never the next one's.
  Document doc =
      Run("والوزراء الجدد هم: خالد الحربي وزير الزراعة، د. سامي العتيبي وزير النقل والمواصلات.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"وزير الزراعة"}, Dump(doc));
  ExpectTitles(TitlesOf(doc, "سامي العتيبي"), {"د.", "وزير النقل والمواصلات"}, Dump(doc));
}

TEST_F(RolesChainTest, ALaterPostOfANamedHolderMayNameTheCountry) {
  // "Prince Khalid bin Fahd, second deputy prime minister and Libyan
  // defence minister, arrived": the chain after the name goes on.
  Document doc = Run(
      "ووصل الأمير خالد بن فهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الليبي إلى طرابلس.");
  ExpectTitles(TitlesOf(doc, "خالد بن فهد"),
               {"الأمير", "النائب الثاني لرئيس مجلس الوزراء", "وزير الدفاع الليبي"}, Dump(doc));
}

TEST_F(RolesChainTest, StylesOfRoyaltyTheDoctorAndTheEngineerAreRoles) {
  const RolesCase cases[] = {
      // "The crown prince, His Royal Highness Prince Khalid bin Fahd,
      // arrived": the style joins the chain of titles before the name.
      {"ووصل ولي العهد صاحب السمو الملكي الأمير خالد بن فهد إلى جدة أمس.",
       "خالد بن فهد",
       {"ولي العهد", "صاحب السمو الملكي", "الأمير"}},
      // "Dr Sami al-Otaibi said the plan is ready."
      {"وقال الدكتور سامي العتيبي إن الخطة جاهزة.", "سامي العتيبي", {"الدكتور"}},
      // "Engineer Sami al-Otaibi said the plan is ready": the engineer's
      // title, as annotators of the news count it, like the doctor's.
      {"وقال المهندس سامي العتيبي إن الخطة جاهزة.", "سامي العتيبي", {"المهندس"}},
      {"وقالت المهندسة نورة السبيعي إن الخطة جاهزة.", "نورة السبيعي", {"المهندسة"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
  // "Engineer Sami al-Otaibi said ...": the engineer's title is a role as
  // the doctor's is; "Mr." alone is a form of address, no role.
  Document doc = Run("وقال المهندس سامي العتيبي إن الخطة جاهزة.");
  ExpectTitles(TitlesOf(doc, "سامي العتيبي"), {"المهندس"}, Dump(doc));
  doc = Run("وقال السيد سامي العتيبي إن الخطة جاهزة.");
  ExpectTitles(TitlesOf(doc, "سامي العتيبي"), {}, Dump(doc));
}

TEST_F(RolesShippedKbTest, AKnownNameTakingInTheTitlesLastWord) {
  // "His Majesty King Abdullah II received the delegation": the knowledge
  // base's name "الملك عبدالله الثاني" begins inside the title.
  Document doc = shipped_.Run("واستقبل جلالة الملك عبدالله الثاني الوفد أمس في عمان.");
  ExpectTitles(TitlesOf(doc, "الملك عبدالله الثاني"), {"جلالة الملك"}, Dump(doc));
}

TEST_F(RolesShippedKbTest, AKnownNameOpeningWithAnOfficeInTheConstructState) {
  // "The Sheikh of al-Azhar Ahmed al-Tayeb said ...": the office and its
  // definite complement before a known name (which the knowledge base once
  // listed with the office, as news writes it) are his role.
  Document doc = shipped_.Run("وقال شيخ الأزهر أحمد الطيب إن الفتوى مسؤولية.");
  ExpectTitles(TitlesOf(doc, "أحمد الطيب"), {"شيخ الأزهر"}, Dump(doc));
  // With "و" before it: "The prime minister and the Sheikh of al-Azhar
  // Ahmed al-Tayeb attended the conference."
  doc = shipped_.Run("وحضر المؤتمر رئيس الوزراء، وشيخ الأزهر أحمد الطيب.");
  ExpectTitles(TitlesOf(doc, "أحمد الطيب"), {"شيخ الأزهر"}, Dump(doc));
  // "The Saudi crown prince Mohammed bin Salman received the delegation."
  doc = shipped_.Run("واستقبل ولي العهد السعودي محمد بن سلمان الوفد.");
  ExpectTitles(TitlesOf(doc, "محمد بن سلمان"), {"ولي العهد السعودي"}, Dump(doc));
}

TEST_F(RolesShippedKbTest, AnOfficeOfAnotherCountryIsNoRoleOfAKnownHolder) {
  // "The president of the Kurdistan region, Masoud Barzani, met the Qatari
  // foreign minister in Erbil": the office after the known Iraqi's name
  // names Qatar, so it is not his (it is the guest's, unnamed).
  Document doc =
      shipped_.Run("والتقى رئيس إقليم كردستان مسعود بارزاني وزير الخارجية القطري في أربيل.");
  ExpectTitles(TitlesOf(doc, "مسعود بارزاني"), {"رئيس إقليم كردستان"}, Dump(doc));
  // The office of his own country stays his: "The Russian foreign minister
  // Sergei Lavrov said ...".
  doc = shipped_.Run("وقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي.");
  ExpectTitles(TitlesOf(doc, "سيرغي لافروف"), {"وزير الخارجية الروسي"}, Dump(doc));
}

TEST_F(RolesChainTest, DashesSetOffAnApposition) {
  const RolesCase cases[] = {
      // "Khalid al-Harbi -spokesman of the Nahda movement- said ..."
      {"وقال خالد الحربي -الناطق باسم حركة النهضة- إن الوضع صعب.",
       "خالد الحربي",
       {"الناطق باسم حركة النهضة"}},
      // "The spokesman of the Nahda movement -Khalid al-Harbi- said ..."
      {"وقال الناطق باسم حركة النهضة -خالد الحربي- إن الوضع صعب.",
       "خالد الحربي",
       {"الناطق باسم حركة النهضة"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
  // "King Faisal -may God have mercy on him- used to say so": no name in the
  // prayer after the dash.
  Document doc = Run("وكان الملك فيصل -رحمه الله- يقول ذلك دائما.");
  EXPECT_EQ(Find(doc, "رحمه الله"), nullptr) << Dump(doc);
  // "The head of the judiciary, Ayatollah Sadiq al-Amili, said ...": "آية
  // الله" (with its taa marbuta) is no prayer but the cleric's title, his
  // own after the post.
  doc = Run("وقال رئيس السلطة القضائية، آية الله صادق العاملي، إن القضاء مستقل.");
  ExpectTitles(TitlesOf(doc, "صادق العاملي"), {"رئيس السلطة القضائية", "آية الله"}, Dump(doc));
}

TEST_F(RolesChainTest, MoreShapesOfTitles) {
  const RolesCase cases[] = {
      // "The movement appointed Khalid al-Harbi secretary general of the
      // movement": the adjective of a post in the accusative.
      {"وقررت الحركة تعيين خالد الحربي أمينا عاما للحركة.", "خالد الحربي", {"أمينا عاما للحركة"}},
      // "The Nahda movement (“Nahda”) leader Dr Khalid al-Harbi said ...":
      // the quoted short name, then a title of the holder before his name.
      {"وقال القيادي في حركة النهضة \"النهضة\" الدكتور خالد الحربي إن الوضع صعب.",
       "خالد الحربي",
       {"القيادي في حركة النهضة \"النهضة\"", "الدكتور"}},
      // "The pilot Sami al-Otaibi said ..."
      {"وقال الطيار سامي العتيبي إن الرحلة تأخرت.", "سامي العتيبي", {"الطيار"}},
      // "The spokesman of the general staff, Brigadier Salim al-Harbi, said
      // ...": the rank written without the article before the given name.
      {"وقال المتحدث باسم رئاسة الأركان، عميد سالم الحربي، إن الرحلات مستمرة.",
       "سالم الحربي",
       {"المتحدث باسم رئاسة الأركان", "عميد"}},
      // "fighters loyal to the Libyan general, Salim al-Harbi": "لل" holds the
      // article of "اللواء", which is no brigade before a gentilic.
      {"وقال مقاتلون تابعون للواء الليبي، سالم الحربي، إنهم تقدموا.",
       "سالم الحربي",
       {"للواء الليبي"}},
      // "The general guide of the Brotherhood, Salim al-Harbi, said ...": a
      // movement's guide is its leader.
      {"وقال المرشد العام للجماعة سالم الحربي إن الجماعة باقية.",
       "سالم الحربي",
       {"المرشد العام للجماعة"}},
      // "... the forces of Salim al-Harbi, the self-declared supreme guide of
      // the army": the title after the name, set off by a comma.
      {"وتسيطر قوات سالم الحربي، المرشد الأعلى للجيش، على المدينة.",
       "سالم الحربي",
       {"المرشد الأعلى للجيش"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesShippedKbTest, APostAfterAsIsTheNamesBefore) {
  // "Khalid al-Harbi returned as editor-in-chief of the paper in 2011."
  Document doc = shipped_.Run("وعاد خالد الحربي كرئيس لتحرير الصحيفة في 2011.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"رئيس لتحرير الصحيفة"}, Dump(doc));
  // "Khalid al-Harbi spoke as an eyewitness": no title.
  doc = shipped_.Run("وتحدث خالد الحربي كشاهد عيان على الحادث.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {}, Dump(doc));
}

TEST_F(RolesChainTest, WhereThePostIsAndAnInnerDestination) {
  const RolesCase cases[] = {
      // "The head of the investigations section at the public prosecutor's
      // office, Khalid al-Harbi, said ..."
      {"وقال رئيس قسم التحقيقات بمكتب النائب العام خالد الحربي إن التحقيق بدأ.",
       "خالد الحربي",
       {"رئيس قسم التحقيقات بمكتب النائب العام"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesShippedKbTest, TheDestinationOfAnInnerTitle) {
  // "The deputy representative of Libya to the United Nations Sami
  // al-Otaibi said ...": "لدى" follows the inner title's destination.
  Document doc = shipped_.Run("وقال نائب مندوب ليبيا لدى الأمم المتحدة سامي العتيبي إن الوضع صعب.");
  ExpectTitles(TitlesOf(doc, "سامي العتيبي"), {"نائب مندوب ليبيا لدى الأمم المتحدة"}, Dump(doc));
}

TEST_F(RolesShippedKbTest, ABodysPurposeWithoutAKnownBody) {
  if (!has_hunspell_) GTEST_SKIP() << "needs the Arabic hunspell word list";
  // "The spokesman of the high committee for the relief of the displaced,
  // Khalid al-Harbi, said ...": no table names the committee.
  Document doc =
      shipped_.Run("وقال المتحدث باسم اللجنة العليا لإغاثة النازحين خالد الحربي إن الوضع صعب.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"المتحدث باسم اللجنة العليا لإغاثة النازحين"},
               Dump(doc));
}

TEST_F(RolesChainTest, CompoundRanksAndNamesSpokenFor) {
  const RolesCase cases[] = {
      // "Air Staff Major General Saleh al-Harbi said ...": one rank.
      {"وقال اللواء الطيار الركن صالح الحربي إن الطائرات عادت.",
       "صالح الحربي",
       {"اللواء الطيار الركن"}},
      // "Khalid al-Harbi appeared speaking for Haftar": Haftar is the one
      // spoken for, not a spokesman.
      {"وظهر خالد الحربي متحدثا باسم حفتر في المؤتمر.", "حفتر", {}},
      // "The opposition member of parliament Sami al-Otaibi": "المعارضة"
      // (the opposition) is no title.
      {"ومن المعارضة عضو البرلمان سامي العتيبي.", "سامي العتيبي", {"عضو البرلمان"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesShippedKbTest, AnOfficialIsAnOffice) {
  // "The official of the Democratic Party branch in Mosul, Khalid al-Harbi,
  // said ...": "مسؤول" is an office.
  Document doc =
      shipped_.Run("وقال مسؤول فرع الحزب الديمقراطي في الموصل خالد الحربي إن الوضع صعب.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"مسؤول فرع الحزب الديمقراطي في الموصل"}, Dump(doc));
}

TEST_F(RolesShippedKbTest, APluralOrDualTitleBeforeSeveralNames) {
  // "The two vice presidents, Nouri al-Maliki and Osama al-Nujaifi,
  // criticised the decision": each holds the post.
  Document doc = shipped_.Run("وانتقد نائبي رئيس الجمهورية نوري المالكي وأسامة النجيفي القرار.");
  for (const char* person : {"نوري المالكي", "أسامة النجيفي"}) {
    ExpectTitles(TitlesOf(doc, person), {"نائبي رئيس الجمهورية"}, person + ("\n" + Dump(doc)));
  }
  // "The protesters asked to remove the three vice presidents of Fuad Masum
  // (Ayad Allawi, Nouri al-Maliki and Osama al-Nujaifi) from power": the
  // first name is the president's; the bracket names the holders.
  doc = shipped_.Run(
      "وطالب المتظاهرون بإبعاد نواب رئيس الجمهورية فؤاد معصوم الثلاثة (إياد علاوي ونوري المالكي "
      "وأسامة النجيفي) عن الحكم.");
  for (const char* person : {"إياد علاوي", "نوري المالكي", "أسامة النجيفي"}) {
    ExpectTitles(TitlesOf(doc, person), {"نواب رئيس الجمهورية"}, person + ("\n" + Dump(doc)));
  }
  ExpectTitles(TitlesOf(doc, "فؤاد معصوم"), {}, Dump(doc));
}

TEST_F(RolesShippedKbTest, ATitleWithAPossessivePronoun) {
  if (!has_hunspell_) GTEST_SKIP() << "needs the Arabic hunspell word list";
  const RolesCase cases[] = {
      // "... as his foreign minister Sami al-Otaibi stressed."
      {"وهو ما أكده وزير خارجيته سامي العتيبي في المؤتمر.", "سامي العتيبي", {"وزير خارجيته"}},
      // "The prime minister and his interior minister Sami al-Otaibi
      // attended": the pronoun is the prime minister, another person.
      {"وحضر رئيس الحكومة الليبية ووزير داخليته سامي العتيبي أمس.",
       "سامي العتيبي",
       {"وزير داخليته"}},
      // "On Haftar's side, his office director and officers handle it": the
      // pronoun is Haftar; the director is someone else.
      {"بينما يتولاه من جانب حفتر مدير مكتبه وعدد من الضباط.", "حفتر", {}},
  };
  for (const RolesCase& c : cases) {
    Document doc = shipped_.Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesChainTest, GivenNamesThatAreWordsAfterATitle) {
  const RolesCase cases[] = {
      // "The spokesman of the province, Hikma Suleiman, announced ...":
      // "حكمة" (wisdom) is a given name after a title.
      {"وأعلن المتحدث باسم المحافظة حكمة سليمان أن القوات تقدمت.",
       "حكمة سليمان",
       {"المتحدث باسم المحافظة"}},
      // "The Israeli ambassador Yossi Levy stays in Congress."
      {"ويقيم السفير الإسرائيلي يوسي ليفي في الكونغرس.", "يوسي ليفي", {"السفير الإسرائيلي"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesChainTest, TwoOfficesSharingOneGenitive) {
  // "The chairman and director of the company, Khalid al-Harbi, said
  // profits rose": one title for the two heads.
  Document doc = Run("وقال رئيس ومدير الشركة خالد الحربي إن الأرباح زادت.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"رئيس ومدير الشركة"}, Dump(doc));
  // "The crown prince and deputy king, Prince Khalid bin Fahd": a title
  // with its genitive already is no head awaiting one.
  doc = Run("ووصل ولي العهد ونائب الملك الأمير خالد بن فهد إلى جدة.");
  ExpectTitles(TitlesOf(doc, "خالد بن فهد"), {"ولي العهد", "نائب الملك", "الأمير"}, Dump(doc));
}

TEST_F(RolesChainTest, AGivenNameThatIsATitleBeforeAnOffice) {
  // "Dr Sufyan Sultan, minister of agriculture, said ...": "سلطان" (sultan)
  // is his family name here; the office after it is his title.
  Document doc = Run("وقال د. سفيان سلطان وزير الزراعة إن الموسم جيد.");
  ExpectTitles(TitlesOf(doc, "سفيان سلطان"), {"د.", "وزير الزراعة"}, Dump(doc));
}

TEST_F(RolesChainTest, AnAdjectiveBeforeForIsNoSecondPost) {
  // "Sara al-Otaibi, the special assistant responsible for the energy file,
  // said the plan is ready": "المسؤولة عن" is an adjective of the post.
  Document doc = Run("وقالت سارة العتيبي، المساعدة الخاصة المسؤولة عن ملف الطاقة، إن الخطة جاهزة.");
  ExpectTitles(TitlesOf(doc, "سارة العتيبي"), {"المساعدة الخاصة المسؤولة"}, Dump(doc));
}

TEST_F(RolesChainTest, APluralTitleThenEachOfAndAList) {
  // "The vice-presidents, namely Khalid al-Harbi and Sami al-Otaibi, took
  // part in the meeting": "كل من" (each of) opens the list of holders.
  Document doc = Run("وشارك في الاجتماع نواب الرئيس كل من خالد الحربي وسامي العتيبي.");
  for (const char* person : {"خالد الحربي", "سامي العتيبي"}) {
    ExpectTitles(TitlesOf(doc, person), {"نواب الرئيس"}, person + ("\n" + Dump(doc)));
  }
}

TEST_F(RolesChainTest, AnOfficeWithoutCountryBeforeOneWithIt) {
  // "The vice-president and Libyan prime minister Khalid al-Harbi said the
  // talks go on": two posts of one man, the second naming the country.
  Document doc = Run("وقال نائب الرئيس رئيس الوزراء الليبي خالد الحربي إن المحادثات مستمرة.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"نائب الرئيس", "رئيس الوزراء الليبي"}, Dump(doc));
  // "The president received the Libyan prime minister Khalid al-Harbi": the
  // host and his guest, two men.
  doc = Run("واستقبل نائب الرئيس رئيس الوزراء الليبي خالد الحربي أمس.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"رئيس الوزراء الليبي"}, Dump(doc));
}

TEST_F(RolesChainTest, LessCommonGivenNamesAfterATitle) {
  const RolesCase cases[] = {
      // "The former governor of the province, Sakhr al-Harbi, denied the
      // claims."
      {"ونفى محافظ المنطقة السابق صخر الحربي هذه المزاعم.", "صخر الحربي", {"محافظ المنطقة السابق"}},
      // "The forces' commander Fadl Hassan said the road is open": "فضل"
      // (favour) is a given name after a title.
      {"وقال قائد القوات فضل حسن إن الطريق مفتوح.", "فضل حسن", {"قائد القوات"}},
      // "The club president Hudhayl al-Otaibi praised the team."
      {"وأشاد رئيس النادي هذيل العتيبي بالفريق.", "هذيل العتيبي", {"رئيس النادي"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesChainTest, ASportsClubsPresident) {
  // "The president of al-Wahda club, Khalid al-Harbi, praised the team":
  // "نادي" (club) heads the body's name, and the title reads over it.
  Document doc = Run("وأشاد رئيس نادي الوحدة خالد الحربي بالفريق.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"رئيس نادي الوحدة"}, Dump(doc));
  EXPECT_NE(Find(doc, "نادي الوحدة"), nullptr) << Dump(doc);
}

TEST_F(RolesChainTest, AGentilicWithoutTheArticleInTheHoldersName) {
  const RolesCase cases[] = {
      // "Prince Turki bin Muhammad said the society spent the sum": "تركي"
      // (Turki, also "Turkish") opens the name; "التركي" would qualify.
      {"وقال الأمير تركي بن محمد إن الجمعية أنفقت المبلغ.", "تركي بن محمد", {"الأمير"}},
      // "The official spokesman Hani Suri said the board is ready": "سوري"
      // without the article after a given name is his family name.
      {"وقال المتحدث الرسمي هاني سوري إن الإدارة جاهزة.", "هاني سوري", {"المتحدث الرسمي"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesChainTest, AnHonoraryMembersBodysPresident) {
  // "The president of the club's honorary members' board, Masoud al-Harbi,
  // is trying to solve the debts": indefinite nouns in the construct chain.
  Document doc = Run("ويحاول رئيس هيئة أعضاء شرف النادي مسعود الحربي حل أزمة الديون.");
  ExpectTitles(TitlesOf(doc, "مسعود الحربي"), {"رئيس هيئة أعضاء شرف النادي"}, Dump(doc));
}

TEST_F(RolesChainTest, TheNameAfterLiOrBiIsTheTitlesObject) {
  // "The preacher Khalid al-Harbi, the opponent of Putin, is behind the
  // campaign": the name after "ل" is the one opposed, no holder.
  Document doc = Run("ويقف الداعية خالد الحربي المعارض لبوتين وراء الحملة.");
  ASSERT_NE(Find(doc, "بوتين"), nullptr) << Dump(doc);
  ExpectTitles(TitlesOf(doc, "بوتين"), {}, Dump(doc));
  ExpectTitles(TitlesOf(doc, "لبوتين"), {}, Dump(doc));
}

TEST_F(RolesChainTest, AProfessionBetweenABodyAndTheHoldersName) {
  // "The club's board member, the lawyer Khalid al-Harbi, said the
  // elections come soon": the lawyer is his second title, not the club's.
  Document doc = Run("وقال عضو مجلس إدارة نادي الوحدة المحامي خالد الحربي إن الانتخابات قريبة.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"عضو مجلس إدارة نادي الوحدة", "المحامي"}, Dump(doc));
  EXPECT_EQ(Find(doc, "نادي الوحدة المحامي"), nullptr) << Dump(doc);
  // "The club president, Mr Khalid al-Harbi": a form of address is no part
  // of the office; after a common noun a profession may be its adjective.
  doc = Run("وقال رئيس النادي الأستاذ خالد الحربي إن الانتخابات قريبة.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"رئيس النادي"}, Dump(doc));
  doc = Run("وقال رئيس الفريق الإعلامي خالد الحربي إن الانتخابات قريبة.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"رئيس الفريق الإعلامي"}, Dump(doc));
}

TEST_F(RolesChainTest, ADualTitleAfterAListOfNames) {
  // "The union appointed Khalid al-Harbi and Sami al-Otaibi, the two members
  // of the executive committee, to the task force": each holds the post.
  Document doc =
      Run("وقرر الاتحاد تعيين خالد الحربي وسامي العتيبي عضوي اللجنة التنفيذية في فريق العمل.");
  for (const char* person : {"خالد الحربي", "سامي العتيبي"}) {
    ExpectTitles(TitlesOf(doc, person), {"عضوي اللجنة التنفيذية"}, person + ("\n" + Dump(doc)));
  }
}

TEST_F(RolesChainTest, AppositionAfterWahuaAndWhatIsNoRole) {
  const RolesCase cases[] = {
      // "According to Daniel Levi, who is a spokesman for the Likud party,
      // the law will be applied."
      {"وبحسب دانيال ليفي وهو متحدث باسم حزب الليكود فإن القانون سيطبق.",
       "دانيال ليفي",
       {"متحدث باسم حزب الليكود"}},
      // "Rezaian's lawyer said the verdict is near": a bare profession before
      // a name is in the construct state, the name is its genitive.
      {"وقالت محامية رضائيان إن الحكم قريب.", "رضائيان", {}},
      // "... it is unclear even to Rezaian's lawyer": so with a preposition.
      {"وقالت محامية رضائيان إن الحكم قريب، وهذا غير واضح حتى لمحامية رضائيان.", "رضائيان", {}},
      // "The spokesman of the coalition forces, Staff Brigadier Pilot Ahmed
      // Nasser, said ...": the air force rank is one title.
      {"وقال الناطق الرسمي باسم قوات التحالف العميد ركن طيار أحمد ناصر إن القوات تقدمت.",
       "أحمد ناصر",
       {"الناطق الرسمي باسم قوات التحالف", "العميد ركن طيار"}},
      // "The director of public security, Staff Lieutenant General Othman
      // Nasser, conveyed the greetings."
      {"ونقل مدير الأمن العام الفريق الركن عثمان ناصر أمس التحيات.",
       "عثمان ناصر",
       {"مدير الأمن العام", "الفريق الركن"}},
      // "The mufti of Syria, Dr Ahmed Nasser, said ...": "مفتي" after a
      // reporting verb is the office, no adjective.
      {"وقال مفتي سوريا الدكتور أحمد ناصر إن الجريمة بشعة.",
       "أحمد ناصر",
       {"مفتي سوريا", "الدكتور"}},
      // "Its spokesman, Iyad Nasser, merely said ...": "باسم" with a pronoun
      // completes the title before the holder's name.
      {"واكتفى الناطق باسمها إياد ناصر بالقول إن العناصر تخريبية.", "إياد ناصر", {"الناطق باسمها"}},
      // "The activist Kumail al-Nasser said ...": a given name of the Gulf.
      {"بدوره، قال الناشط كميل آل ناصر إن الحكم ظالم.", "كميل آل ناصر", {"الناشط"}},
      // "Professor "Daniel Brown", the astronomer, said ...": the holder's
      // name in quotes right after the title.
      {"وقال بروفيسور \"دانيال براون\" عالم الفلك إن الكوكب بعيد.", "دانيال براون", {"بروفيسور"}},
      // "... a spokesman for the ruling right-wing Likud party": "الحاكم"
      // (ruling) qualifies the party and is no second post.
      {"وبحسب دانيال ليفي وهو متحدث باسم حزب الليكود اليميني الحاكم فإن القانون سيطبق.",
       "دانيال ليفي",
       {"متحدث باسم حزب الليكود اليميني"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
  // "Kirby said at a press conference, in reply to a question, that ...":
  // "صحافي" qualifies the conference; "ردا" is no person.
  Document doc = Run("وقال جون كيربي في مؤتمر صحافي، ردا على سؤال، إن الحرب طويلة.");
  EXPECT_EQ(Find(doc, "ردا"), nullptr) << Dump(doc);
}

TEST_F(RolesChainTest, ScopesQuotedBodiesAndJoinedGentilics) {
  const RolesCase cases[] = {
      // "The head of the Libyan-Turkish dialogue committee, former minister
      // Khalil Nasr, warned ...": a dash joins the gentilics.
      {"وحذر رئيس لجنة الحوار الليبي - التركي، الوزير السابق خليل نصر، من الكارثة.",
       "خليل نصر",
       {"رئيس لجنة الحوار الليبي - التركي", "الوزير السابق"}},
      // "The man accused of killing the colonel in the air force Hassan
      // al-Sheikh was arrested": a rank's scope before the name.
      {"واعتقل المتهم بقتل العقيد في القوات الجوية حسان الشيخ أمس.",
       "حسان الشيخ",
       {"العقيد في القوات الجوية"}},
      // "The head of the «Unity and Renewal» bloc, MP Farid Haddad, said ..."
      {"وقال رئيس تكتل «الوحدة والتجديد» النائب فريد حداد إن الأزمة طويلة.",
       "فريد حداد",
       {"رئيس تكتل «الوحدة والتجديد»", "النائب"}},
      // "The coalition forces' commander, the retired Russian general Ivan
      // Petrov, visited Turkey": with the place named right after the verb
      // of meeting, both titles are the visitor's.
      {"وزار تركيا قائد قوات التحالف الجنرال الروسي المتقاعد إيفان بتروف أمس.",
       "إيفان بتروف",
       {"قائد قوات التحالف", "الجنرال الروسي المتقاعد"}},
      // "Sami Qardahi said the army is ready. They accuse Qardahi, who was
      // army commander, of negligence": a short form takes the post after it.
      {"وقال سامي قرداحي إن الجيش جاهز. ويتهمون قرداحي الذي كان قائدا للجيش، بالتقصير.",
       "قرداحي",
       {"قائدا للجيش"}},
      // "Imad Halwa; general manager of Unilever in the Emirates, said ...":
      // after ؛ an office in apposition; "مدير عام" takes the company's name
      // as its genitive, no person.
      {"من جانبه قال عماد حلوة؛ مدير عام يونيليفر في الإمارات، إن التغيير مهم.",
       "عماد حلوة",
       {"مدير عام يونيليفر"}},
      // "The general manager of Unilever in Libya, Sami Khaled, said ...":
      // the company, the place of the post, then the holder.
      {"وقال مدير عام يونيليفر في ليبيا سامي خالد إن التغيير مهم.",
       "سامي خالد",
       {"مدير عام يونيليفر في ليبيا"}},
      // "Tim Bell, head of «Knight Frank», said ...": a quoted genitive.
      {"وقال تيم بيل رئيس «نايت فرانك للعقارات» في لندن إن السوق نشط.",
       "تيم بيل",
       {"رئيس «نايت فرانك للعقارات»"}},
      // "Sergei Ivanov, deputy of the Russian president Ivan Petrov, said":
      // after a name and a comma, the office whose genitive is a titled name
      // is the first name's; the inner title is the second's.
      {"وقال سيرغي إيفانوف، نائب الرئيس الروسي إيفان بتروف، إن الوضع صعب.",
       "سيرغي إيفانوف",
       {"نائب الرئيس الروسي إيفان بتروف"}},
      {"وقال سيرغي إيفانوف، نائب الرئيس الروسي إيفان بتروف، إن الوضع صعب.",
       "إيفان بتروف",
       {"الرئيس الروسي"}},
      // "Nouri Sawish, a leading member of the Kurdistan alliance, said ...":
      // one definite profession and its scope after the name.
      {"وقال نوري ساويش القيادي في التحالف الكردستاني إن الاتفاق قريب.",
       "نوري ساويش",
       {"القيادي في التحالف الكردستاني"}},
      // "The Swiss Christian Gross, coach of al-Ahli, refused ...": a
      // profession with a definite complement in apposition, no comma.
      {"رفض السويسري كريستيان جروس مدرب فريق الأهلي ضم اللاعب.",
       "كريستيان جروس",
       {"مدرب فريق الأهلي"}},
      // "Mohammed al-Aqil", general manager of the airport's customs, said: the
      // quotes round the name set the apposition off.
      {"أوضح ذلك \"محمد العقيل\" مدير عام جمرك المطار، وقال إن العملية نجحت.",
       "محمد العقيل",
       {"مدير عام جمرك المطار"}},
      // "... the martyrdom of Captain Mohammed Hassan, assistant investigator
      // of the police section": a chain of indefinite nouns in the
      // construct state up to a definite one.
      {"وأسفر الانفجار عن استشهاد النقيب محمد حسن الحبشي معاون مباحث قسم الشرطة أمس.",
       "محمد حسن الحبشي",
       {"النقيب", "معاون مباحث قسم الشرطة"}},
      // "Sheikh Malallah al-Obaidi, head of the municipal council, announced":
      // "مال الله" is a compound given name.
      {"وأعلن الشيخ مال الله العبيدي رئيس المجلس البلدي للناحية عن خطة.",
       "مال الله العبيدي",
       {"الشيخ", "رئيس المجلس البلدي للناحية"}},
      // "We heard from its head that they set ambition a hard programme": no
      // verb or pronoun extends a post.
      {"وسمعنا من رئيسها أنهم وضعوا الطموح برنامجا صعبا.", "برنامجا", {}},
      // "The head of the security committee in parliament, MP Sami
      // al-Khatib, said ...": the post's scope, then the holder's own title.
      {"وقال رئيس اللجنة الأمنية في البرلمان النائب سامي الخطيب إن التحقيق انتهى.",
       "سامي الخطيب",
       {"رئيس اللجنة الأمنية في البرلمان", "النائب"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesChainTest, APostsScopeReadsOnToItsHolder) {
  const RolesCase cases[] = {
      // "The delegation includes Salem al-Harbi, the adviser at the royal
      // court, and Fahd al-Omari ...": one definite office after a name and
      // its scope, "في" or "ب" + definite words, is the name's post.
      {"ويضم الوفد سالم الحربي المستشار في الديوان الملكي وفهد العمري.",
       "سالم الحربي",
       {"المستشار في الديوان الملكي"}},
      {"وحضر الحفل سالم الحربي المستشار بالديوان الملكي.",
       "سالم الحربي",
       {"المستشار بالديوان الملكي"}},
      // "The adviser at the royal court, Mr Salem al-Fuhaidi, said ...": the
      // scope before the holder's form of address.
      {"وقال المستشار في الديوان الملكي الأستاذ سالم الفهيدي إن المعرض ناجح.",
       "سالم الفهيدي",
       {"المستشار في الديوان الملكي"}},
      // "The head of the semi-autonomous council in the east, Khalifa
      // Haftar, criticised the decision."
      {"وانتقد رئيس المجلس شبه المستقل في الشرق خليفة حفتر القرار.",
       "خليفة حفتر",
       {"رئيس المجلس شبه المستقل في الشرق"}},
      // "The Grand Mufti of the Kingdom, head of the council of scholars,
      // Sheikh Abdullah al-Mutlaq, said ...".
      {"وقال الشيخ عبدالله المطلق مفتي عام المملكة، رئيس مجلس العلماء، إن الأمر خطير.",
       "عبدالله المطلق",
       {"الشيخ", "مفتي عام المملكة", "رئيس مجلس العلماء"}},
      // "Among those seeing him off was Staff Colonel Sami al-Harbi, the
      // Saudi military attaché in Turkey."
      {"وكان في وداعه العقيد ركن سامي الحربي الملحق العسكري السعودي في تركيا.",
       "سامي الحربي",
       {"العقيد ركن", "الملحق العسكري السعودي في تركيا"}},
      // "The founding president Hafez al-Assad said ...": "المؤسس" right
      // after a title is its adjective.
      {"وقال الرئيس المؤسس حافظ الأسد إن الوحدة قادمة.", "حافظ الأسد", {"الرئيس المؤسس"}},
      // "The founder and leader of the movement, Khalifa Haftar, said ...".
      {"وقال مؤسس وزعيم الحركة خليفة حفتر إن الحوار انتهى.", "خليفة حفتر", {"مؤسس وزعيم الحركة"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesChainTest, NoScopeToAGuestAfterAVerbOfMeeting) {
  // "The crown prince received in Jeddah Prince Saad bin Fahd": the host's
  // title is not the guest's.
  Document doc = Run("واستقبل ولي العهد في جدة الأمير سعد بن فهد أمس.");
  ExpectTitles(TitlesOf(doc, "سعد بن فهد"), {"الأمير"}, Dump(doc));
}

TEST_F(RolesChainTest, AFamilyNameThatIsAWordBeforeWhoWas) {
  // "The opposition figure Sami Harb said the solution was near. They
  // accuse Harb, who was commander of the army, of negligence, and demand an
  // end to the war of attrition": "حرب" (war) stands for the man before
  // "الذي" (an indefinite noun takes none), not in "حرب الاستنزاف".
  Document doc = Run(
      "وقال المعارض سامي حرب إن الحل قريب. ويتهمون حرب الذي كان قائدا للجيش في الماضي بالتقصير. "
      "وطالبوا بوقف حرب الاستنزاف.");
  ExpectTitles(TitlesOf(doc, "حرب"), {"المعارض", "قائدا للجيش"}, Dump(doc));
  const Entity* harb = Find(doc, "سامي حرب");
  ASSERT_NE(harb, nullptr) << Dump(doc);
  EXPECT_EQ(harb->mentions.size(), 2u) << Dump(doc);
}

TEST_F(RolesChainTest, APostHeldAfterAVerbOfHolding) {
  const RolesCase cases[] = {
      // "They accused Khalid al-Omari, who holds the post of head of the
      // football federation, of ...".
      {"واتهموا خالد العمري الذي يشغل منصب رئيس اتحاد الكرة منذ عامين.",
       "خالد العمري",
       {"رئيس اتحاد الكرة"}},
      // "General Saad al-Qarni, who held the post of deputy chief of staff".
      {"وقال اللواء سعد القرني الذي كان يشغل منصب نائب رئيس الأركان إن الخطة جاهزة.",
       "سعد القرني",
       {"اللواء", "نائب رئيس الأركان"}},
      // "The police spokesman, Colonel Salem al-Harbi, who also holds the
      // post of director of traffic, said the road is closed": an adverb
      // before "منصب", a comma before "الذي".
      {"وقال المتحدث باسم الشرطة العقيد سالم الحربي، الذي يشغل أيضا منصب مدير إدارة المرور، إن "
       "الطريق مغلق.",
       "سالم الحربي",
       {"المتحدث باسم الشرطة", "العقيد", "مدير إدارة المرور"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
  }
}

TEST_F(RolesChainTest, NoPostInAPrepositionOrABeautyQueen) {
  // "Khalifa Haftar, the army commander, said before parliament ...": "أمام"
  // with its hamza above is "before", no imam.
  Document doc = Run("وقال خليفة حفتر، قائد الجيش، أمام البرلمان إن الحرب انتهت.");
  ExpectTitles(TitlesOf(doc, "خليفة حفتر"), {"قائد الجيش"}, Dump(doc));
  // "... with the help of the deposed man's men, Khalifa Haftar": no assistant.
  Document help = Run("وتقدمت القوات بمساعدة عناصر المخلوع، خليفة حفتر، نحو المدينة.");
  EXPECT_TRUE(TitlesOf(help, "خليفة حفتر").empty()) << Dump(help);
  // "Miss Universe was crowned yesterday": "جمال" (beauty) is no name here.
  Document queen = Run("وتوجت ملكة جمال الكون أمس في حفل كبير.");
  EXPECT_TRUE(queen.roles.empty()) << Dump(queen);
  EXPECT_EQ(Find(queen, "جمال الكون"), nullptr) << Dump(queen);
}

TEST_F(RolesChainTest, NoPostOfADelegationsHeadForItsMembers) {
  // "The delegation accompanying the deputy crown prince includes Dr Sami
  // al-Otaibi, minister of state": the crown prince is named elsewhere.
  Document doc = Run("ويضم الوفد المرافق لولي ولي العهد الدكتور سامي العتيبي وزير الدولة.");
  ExpectTitles(TitlesOf(doc, "سامي العتيبي"), {"الدكتور", "وزير الدولة"}, Dump(doc));
  // "He sent a cable to President Khalifa Haftar": no delegation, his title.
  Document cable = Run("وبعث برقية للرئيس خليفة حفتر أمس.");
  EXPECT_EQ(TitlesOf(cable, "خليفة حفتر").size(), 1u) << Dump(cable);
}

// "Colonel Salem Haftar, commander of the third battalion, said the forces
// advanced ... Colonel Haftar added that the front is calm": the family name
// alone is the colonel named in full before, not the knowledge base's
// namesake (Khalifa Haftar), who is never named in full here.
TEST_F(RolesChainTest, FamilyNameAloneIsTheNamesakeNamedInFull) {
  const Document doc =
      Run("قال العقيد سالم حفتر قائد الكتيبة الثالثة إن القوات تقدمت. وأضاف العقيد حفتر أن "
          "الجبهة هادئة.");
  const Entity* colonel = test::FindEntity(doc, "سالم حفتر");
  ASSERT_NE(colonel, nullptr) << test::Dump(doc);
  EXPECT_EQ(test::FindEntity(doc, "حفتر"), colonel) << test::Dump(doc);
  for (const Entity& e : doc.entities) EXPECT_NE(e.kb_id, "khalifa-haftar") << test::Dump(doc);
}

// Titles that read on as far as the title phrase goes: an apposition closed
// by punctuation, a construct chain before the holder, an envoy's
// destination, two offices joined by "و".

// The holder of `c` is found and his roles' titles are those of `c`.
void ExpectHolderTitles(const Document& doc, const RolesCase& c) {
  const std::string context = std::string(c.text) + "\n" + test::Dump(doc);
  ASSERT_NE(test::FindEntity(doc, c.person), nullptr) << context;
  ExpectTitles(TitlesOf(doc, c.person), c.titles, context);
}

TEST_F(RolesChainTest, AnApposedPostReadsOnToThePunctuation) {
  const RolesCase cases[] = {
      // "Salem bin Ahmad al-Otaibi, the acting traffic director of Tabuk
      // region, said traffic has resumed": nouns in the construct state,
      // then the region's name and an adjective, up to the comma.
      {"وقال سالم بن أحمد العتيبي، مدير مرور منطقة تبوك المكلف، إن الحركة عادت.",
       "سالم بن أحمد العتيبي",
       {"مدير مرور منطقة تبوك المكلف"}},
      // "Khalid al-Omari, the chief executive of the financial and banking
      // services sector in Riyadh, explained that profits rose": "ل" + a
      // noun, two coordinated adjectives and a scope with "في".
      {"وأوضح خالد العمري، الرئيس التنفيذي لقطاع الخدمات المالية والمصرفية في الرياض، أن "
       "الأرباح ارتفعت.",
       "خالد العمري",
       {"الرئيس التنفيذي لقطاع الخدمات المالية والمصرفية في الرياض"}},
      // "Khalid al-Omari, director general of the national maritime
      // transport company, had announced the plan."
      {"وكان خالد العمري، مدير عام الشركة الوطنية للنقل البحري، قد أعلن الخطة.",
       "خالد العمري",
       {"مدير عام الشركة الوطنية للنقل البحري"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectHolderTitles(doc, c);
  }
}

TEST_F(RolesChainTest, AConstructChainReadsOnToTheHolder) {
  const RolesCase cases[] = {
      // "The mayor of Taif governorate, Dr Fahd al-Harithi, said the project
      // is complete": "أمين" awaits its genitive, the governorate's name.
      {"وقال أمين محافظة الطائف الدكتور فهد الحارثي إن المشروع اكتمل.",
       "فهد الحارثي",
       {"أمين محافظة الطائف", "الدكتور"}},
      // "The deputy minister of education and mayor of Taif governorate, Dr
      // Fahd al-Harithi, said ...": two offices joined by "و", both his.
      {"وقال نائب وزير التعليم وأمين محافظة الطائف الدكتور فهد الحارثي إن المشروع اكتمل.",
       "فهد الحارثي",
       {"نائب وزير التعليم", "أمين محافظة الطائف", "الدكتور"}},
      // "The traffic director of Taif governorate, Colonel Salem
      // al-Zahrani, said the roads are open."
      {"وقال مدير مرور محافظة الطائف العقيد سالم الزهراني إن الطرق مفتوحة.",
       "سالم الزهراني",
       {"مدير مرور محافظة الطائف", "العقيد"}},
      // "The head of «al-Ufuq» company, engineer Salem al-Zahrani, said
      // ...": a quoted name completes the title; the engineer's title after
      // it is no part of the post, a role of its own.
      {"وقال رئيس شركة «الأفق» المهندس سالم الزهراني إن الطرق مفتوحة.",
       "سالم الزهراني",
       {"رئيس شركة «الأفق»", "المهندس"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectHolderTitles(doc, c);
  }
}

TEST_F(RolesChainTest, ABodysShortNameInBracketsBeforeTheHolder) {
  const RolesCase cases[] = {
      // "The director general of Gulf Aviation Company (Gulf Air), engineer
      // Muhammad Salem al-Anazi, said flights increased."
      {"وقال المدير العام لشركة الخليج للطيران (جلف إير)، المهندس محمد سالم العنزي، إن "
       "الرحلات زادت.",
       "محمد سالم العنزي",
       {"المدير العام لشركة الخليج للطيران (جلف إير)", "المهندس"}},
      // The same without the comma, the holder's name right after.
      {"وقال المدير العام لشركة الخليج للطيران (جلف إير) محمد سالم العنزي إن الرحلات زادت.",
       "محمد سالم العنزي",
       {"المدير العام لشركة الخليج للطيران (جلف إير)"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectHolderTitles(doc, c);
  }
}

TEST_F(RolesChainTest, AParticiplesClauseBetweenTheTitleAndTheHolder) {
  // "The secretary general of the world commission for human development,
  // part of the Muslim World League, Muhammad Salem al-Anazi, explained
  // that taking part matters": the clause between commas describes the body.
  const RolesCase c = {
      "وأوضح أمين عام الهيئة العالمية للتنمية البشرية، التابعة لرابطة العالم الإسلامي، محمد "
      "سالم العنزي، أن المشاركة مهمة.",
      "محمد سالم العنزي",
      {"أمين عام الهيئة العالمية للتنمية البشرية"}};
  Document doc = Run(c.text);
  ExpectHolderTitles(doc, c);
}

TEST_F(RolesChainTest, AfterWahuTheNextOfficeIsTheFirstNamesToo) {
  // "Judge Muhammad Salem al-Anazi, head of the criminal court, who is the
  // judge at the trial of the deposed president Ahmad Nasser al-Kaabi":
  // "وهو" after al-Anazi's post makes the next office his; the name after it
  // holds the title in its genitive.
  const char* text =
      "وقال المستشار محمد سالم العنزي رئيس محكمة الجنايات وهو قاضي محاكمة الرئيس المعزول "
      "أحمد ناصر الكعبي إن الجلسة تأجلت.";
  Document doc = Run(text);
  const RolesCase judge = {
      text,
      "محمد سالم العنزي",
      {"المستشار", "رئيس محكمة الجنايات", "قاضي محاكمة الرئيس المعزول أحمد ناصر الكعبي"}};
  ExpectHolderTitles(doc, judge);
  const RolesCase deposed = {text, "أحمد ناصر الكعبي", {"الرئيس المعزول"}};
  ExpectHolderTitles(doc, deposed);
}

TEST_F(RolesChainTest, AnEnvoysDestinationBeforeTheHolder) {
  // "The ambassador of the State of Kuwait to the Kingdom, Muhammad Salem
  // al-Anazi, attended the ceremony."
  const RolesCase c = {"وحضر الحفل سفير دولة الكويت لدى المملكة محمد سالم العنزي.",
                       "محمد سالم العنزي",
                       {"سفير دولة الكويت لدى المملكة"}};
  Document doc = Run(c.text);
  ExpectHolderTitles(doc, c);
}

TEST_F(RolesChainTest, ADualTitleInTheConstructStateIsEachNamesPost) {
  const RolesCase cases[] = {
      // "The two foreign ministers, Muhammad Salem al-Anazi and Ahmad Nasser
      // al-Kaabi,
      // discussed the situation in the region": "وزيرا" before a definite
      // genitive is the dual, not the accusative "وزيرًا".
      {"وبحث وزيرا الخارجية محمد سالم العنزي وأحمد ناصر الكعبي الأوضاع في المنطقة.",
       "أحمد ناصر الكعبي",
       {"وزيرا الخارجية"}},
      {"وبحث وزيرا الخارجية محمد سالم العنزي وأحمد ناصر الكعبي الأوضاع في المنطقة.",
       "محمد سالم العنزي",
       {"وزيرا الخارجية"}},
      // "The council named Samih Shukri minister for foreign affairs": the
      // accusative, with "ل", is his post alone.
      {"وعين المجلس سامح شكري وزيرا للخارجية.", "سامح شكري", {"وزيرا للخارجية"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectHolderTitles(doc, c);
  }
}

TEST_F(RolesChainTest, AfterANamedHostTheChainIsTheGuests) {
  // "Muhammad Salem al-Anazi received yesterday the former Libyan health
  // minister,
  // head of the Red Crescent society, Dr Nasser Baoum": the host is named
  // after the verb, so every title of the chain after him is the guest's.
  const RolesCase c = {
      "واستقبل محمد سالم العنزي أمس وزير الصحة الليبي السابق، رئيس جمعية الهلال الأحمر الدكتور "
      "ناصر باعوم.",
      "ناصر باعوم",
      {"وزير الصحة الليبي السابق", "رئيس جمعية الهلال الأحمر", "الدكتور"}};
  Document doc = Run(c.text);
  ExpectHolderTitles(doc, c);
  EXPECT_TRUE(TitlesOf(doc, "محمد سالم العنزي").empty()) << test::Dump(doc);
}

TEST_F(RolesChainTest, APostIntroducedAfterTheName) {
  const RolesCase cases[] = {
      // "Muhammad Salem al-Anazi took part, in his capacity as head of the
      // national elections committee, in the meeting": "بصفته" sets the post
      // off; "في الاجتماع" is the verb's, no part of it.
      {"وشارك محمد سالم العنزي بصفته رئيس اللجنة الوطنية للانتخابات في الاجتماع.",
       "محمد سالم العنزي",
       {"رئيس اللجنة الوطنية للانتخابات"}},
      // "Muhammad Salem al-Anazi, director of the campaign's office in Libya,
      // explained that the project ended": "بأن" (that) opens what he
      // explained and ends the title.
      {"وأوضح محمد سالم العنزي مدير مكتب الحملة في ليبيا بأن المشروع انتهى.",
       "محمد سالم العنزي",
       {"مدير مكتب الحملة في ليبيا"}},
      // "Muhammad Salem al-Anazi, who was recently named head of the national
      // committee, said the elections will be held."
      {"وقال محمد سالم العنزي الذي عين مؤخرا رئيسا للجنة الوطنية إن الانتخابات ستجري.",
       "محمد سالم العنزي",
       {"رئيسا للجنة الوطنية"}},
      // "Muhammad Salem al-Anazi, who appointed the prime minister, said ...":
      // the active verb's object is another's post.
      {"وقال محمد سالم العنزي الذي عين رئيس الوزراء إن الانتخابات ستجري.", "محمد سالم العنزي", {}},
      // "Mr President Bashar al-Assad stressed that ...": the style and the
      // office are one title.
      {"وأكد السيد الرئيس بشار الأسد أن الحرب مستمرة.", "بشار الأسد", {"السيد الرئيس"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectHolderTitles(doc, c);
  }
}

TEST_F(RolesShippedKbTest, AKnownPersonsFamilyNameAloneAfterAVerbOfMeeting) {
  // "Dr Abdullah al-Rabeeah arrived in Aden yesterday. Al-Rabeeah received
  // the health minister at the centre's headquarters": the family name, a
  // word too ("الربيعة"), of a person the knowledge base knows, stands for
  // him as the subject of a verb of meeting.
  Document doc = shipped_.Run(
      "وصل الدكتور عبدالله الربيعة إلى عدن أمس. واستقبل الربيعة وزير الصحة في مقر "
      "المركز.");
  const Entity* full = test::FindEntity(doc, "عبدالله الربيعة");
  ASSERT_NE(full, nullptr) << test::Dump(doc);
  EXPECT_EQ(test::FindEntity(doc, "الربيعة"), full) << test::Dump(doc);
}

// A post in the accusative with its body after "ل", posts held then
// ("عندما كان", "الذي عمل", "منصب"), an office joined by "و" to a kinship
// phrase in apposition, a quoted holder after his post.
TEST_F(RolesChainTest, AnAccusativePostTakesItsBodyAfterLam) {
  const RolesCase cases[] = {
      // "The management named Saad al-Otaibi director of the juniors' grade
      // team.": "ل" + a construct chain, up to the full stop.
      {"عينت الإدارة سعد العتيبي مديرا لفريق درجة الناشئين.",
       "سعد العتيبي",
       {"مديرا لفريق درجة الناشئين"}},
      // "The council elected Ahmad al-Ali president and commander of the
      // resistance council": one role per post in the accusative.
      {"وانتخب المجلس أحمد العلي رئيسا وقائدا لمجلس المقاومة في المدينة.",
       "أحمد العلي",
       {"رئيسا", "قائدا لمجلس المقاومة"}},
      // "The decision named Khalid al-Salem head of the public relations
      // department and Majid al-Harbi director of the president's office":
      // "و" opens the next appointment of the list.
      {"ونص القرار على تعيين خالد السالم رئيسا لإدارة العلاقات العامة وماجد الحربي مديرا "
       "لمكتب الرئيس.",
       "خالد السالم",
       {"رئيسا لإدارة العلاقات العامة"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectHolderTitles(doc, c);
  }
}

TEST_F(RolesChainTest, APostHeldThenIsTheNamesToo) {
  const RolesCase cases[] = {
      // "The gunmen tried to kill Saad al-Harbi when he was assistant to the
      // interior minister in 2009."
      {"حاول المسلحون اغتيال سعد الحربي عندما كان مساعدا لوزير الداخلية عام 2009.",
       "سعد الحربي",
       {"مساعدا لوزير الداخلية"}},
      // "Maher al-Nuaimi, who worked as adviser to the foreign minister,
      // stressed that the agreement matters."
      {"وأكد ماهر النعيمي، الذي عمل مستشارا لوزير الخارجية، أن الاتفاق مهم.",
       "ماهر النعيمي",
       {"مستشارا لوزير الخارجية"}},
      // "Khalid al-Salem left the hall when the prime minister was
      // speaking": a definite post after "عندما كان" is the verb's subject,
      // another person.
      {"وغادر خالد السالم القاعة عندما كان رئيس الوزراء يتحدث.", "خالد السالم", {}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectHolderTitles(doc, c);
  }
}

TEST_F(RolesChainTest, AnOfficeAfterAKinshipPhraseIsTheNames) {
  const RolesCase cases[] = {
      // "Hisham al-Asaad, the Syrian president's cousin and commander of the
      // National Defence Forces in Latakia, said the fighting goes on":
      // kinship is no post; the office after "و" is his.
      {"وقال هشام الأسعد، ابن عم الرئيس السوري وقائد قوات الدفاع الوطني في اللاذقية، إن "
       "المعارك مستمرة.",
       "هشام الأسعد",
       {"قائد قوات الدفاع الوطني في اللاذقية"}},
      // "Salem al-Qahtani, the governor's brother and director of the
      // region's hospital, said the wounded are stable": the same after
      // "شقيق".
      {"وقال سالم القحطاني، شقيق المحافظ ومدير مستشفى المنطقة، إن حالة المصابين مستقرة.",
       "سالم القحطاني",
       {"مدير مستشفى المنطقة"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectHolderTitles(doc, c);
  }
}

TEST_F(RolesChainTest, APostAfterMansibIsItsSubjects) {
  const RolesCase cases[] = {
      // "Fahd al-Otaibi said the government will return. Al-Otaibi has held
      // the post of prime minister since last year.": the subject between
      // the verb and "منصب".
      {"وقال فهد العتيبي إن الحكومة ستعود. ويشغل العتيبي منصب رئيس الوزراء منذ العام الماضي.",
       "فهد العتيبي",
       {"رئيس الوزراء"}},
      // "Major General Nasser Maqula holds the post of deputy chief of staff
      // for manpower, and held the post of commander of the southern
      // military region": "و" + the verb goes on with the same holder.
      {"يشار إلى أن اللواء ناصر مقولة يشغل منصب نائب رئيس هيئة الأركان لشؤون القوى البشرية، "
       "وشغل منصب قائد المنطقة الجنوبية العسكرية خلال الحرب.",
       "ناصر مقولة",
       {"اللواء", "نائب رئيس هيئة الأركان لشؤون القوى البشرية", "قائد المنطقة الجنوبية العسكرية"}},
      // "Saad al-Harbi held several posts during his 29 years in the army,
      // and held the post of deputy defence minister": the subject of the
      // earlier verb of holding.
      {"وتولى سعد الحربي عدة مناصب خلال عمله في الجيش لأكثر من 29 عاما، وشغل منصب نائب "
       "وزير الدفاع خلال الفترة الانتقالية.",
       "سعد الحربي",
       {"نائب وزير الدفاع"}},
      // "He stressed that Hussein al-Rubaie formerly held the post of deputy
      // legal adviser to the president": "في السابق" between verb and post.
      {"وأكد أن حسين الربيعي كان يشغل في السابق منصب نائب المستشار القانوني للرئيس.",
       "حسين الربيعي",
       {"نائب المستشار القانوني للرئيس"}},
      // "Ismail al-Ghamdi holds the post of chief executive of the business
      // sector and Mazid al-Harbi ...": the post reads on to the "و".
      {"ويشغل إسماعيل الغامدي منصب الرئيس التنفيذي لقطاع الأعمال ومزيد الحربي منصب المدير "
       "المالي.",
       "إسماعيل الغامدي",
       {"الرئيس التنفيذي لقطاع الأعمال"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectHolderTitles(doc, c);
  }
}

TEST_F(RolesChainTest, HisPostAsIsTheSubjects) {
  const RolesCase cases[] = {
      // "Khalid al-Salem said, in his post as deputy head of the council,
      // that the decision is final."
      {"وقال خالد السالم في منصبه كنائب لرئيس المجلس إن القرار نهائي.",
       "خالد السالم",
       {"نائب لرئيس المجلس"}},
      // "Khalid al-Omari was sworn in as deputy to President Hadi, besides
      // his post as prime minister": the name after "للرئيس" is a genitive,
      // not the subject.
      {"وكان خالد العمري قد أدى اليمين نائبا للرئيس هادي، إضافة إلى منصبه كرئيس للوزراء.",
       "خالد العمري",
       {"رئيس للوزراء"}},
      // "Saad al-Harbi added that he read the news of Khalid al-Salem's
      // removal from his post as minister": "أنه" opens another clause, whose
      // subject is not named; Saad gets no post.
      {"وأضاف سعد الحربي أنه قرأ خبر إعفاء الوزير من منصبه كوزير للخارجية.", "سعد الحربي", {}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectHolderTitles(doc, c);
  }
}

TEST_F(RolesChainTest, AQuotedHolderAfterHisPost) {
  const RolesCase cases[] = {
      // "The commander of the third brigade, "Brigadier Salem al-Harbi",
      // said the fighting goes on": the rank and name in quotes of their own.
      {"وقال قائد اللواء الثالث \"العميد سالم الحربي\" إن المعارك مستمرة.",
       "سالم الحربي",
       {"قائد اللواء الثالث", "العميد"}},
      // "The deputy head of the military council in the eastern region,
      // "Brigadier Yousef al-Sharaji", said ...": after a scope with "في".
      {"وقال نائب رئيس المجلس العسكري في المنطقة الشرقية \"العميد يوسف الشراجي\" إن المعارك "
       "مستمرة.",
       "يوسف الشراجي",
       {"نائب رئيس المجلس العسكري في المنطقة الشرقية", "العميد"}},
      // "The foreign minister said "President Salem al-Harbi has no place"
      // in the future": a quote that opens with a title is speech; the
      // minister is another person.
      {"وقال وزير الخارجية \"الرئيس سالم الحربي لا مكان له\" في المستقبل.",
       "سالم الحربي",
       {"الرئيس"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectHolderTitles(doc, c);
  }
}

TEST_F(RolesChainTest, AMonarchsTitleWithItsGentilic) {
  const RolesCase cases[] = {
      // "The Bahraini monarch, King Hamad bin Isa, took part in the
      // ceremony": "العاهل" + a gentilic is a post, chained to the rank.
      {"وشارك العاهل البحريني الملك حمد بن عيسى في الحفل.",
       "حمد بن عيسى",
       {"العاهل البحريني", "الملك"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectHolderTitles(doc, c);
  }
}

TEST_F(RolesChainTest, AProfessionWithItsAdjectiveAfterTheName) {
  const RolesCase cases[] = {
      // "Salem al-Harbi, the Yemeni political analyst, said the dialogue
      // failed": no comma, a definite profession, its adjective and gentilic.
      {"وقال سالم الحربي المحلل السياسي اليمني إن الحوار فشل.",
       "سالم الحربي",
       {"المحلل السياسي اليمني"}},
      // "Salem al-Harbi, the economic expert, said prices will rise."
      {"وقال سالم الحربي الخبير الاقتصادي إن الأسعار سترتفع.", "سالم الحربي", {"الخبير الاقتصادي"}},
  };
  for (const RolesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectHolderTitles(doc, c);
  }
}

TEST_F(RolesShippedKbTest, ABareTitleBeforeANameIsItsGenitive) {
  // "Khalid al-Harbi's lawyer said the ruling was unjust": the lawyer is
  // someone else.
  Document doc = shipped_.Run("وقال محامي خالد الحربي إن الحكم جائر.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {}, Dump(doc));
  // "The society held its meeting, and its head Khalid al-Harbi said ...":
  // the pronoun makes the title definite, and the name is its holder's.
  doc = shipped_.Run("وعقدت الجمعية اجتماعها، وقال رئيسها خالد الحربي إن العمل مستمر.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"رئيسها"}, Dump(doc));
  // "The adviser Khalid al-Harbi said ...": with the article, his own title.
  doc = shipped_.Run("وقال المستشار خالد الحربي إن العمل مستمر.");
  ExpectTitles(TitlesOf(doc, "خالد الحربي"), {"المستشار"}, Dump(doc));
}

TEST_F(RolesChainTest, TwoPostsJoinedByWaAfterAReportingVerbAreTheSubjects) {
  const RolesCase cases[] = {
      // "The general supervisor of media affairs at the emirate and official
      // spokesman Saad al-Mutairi stressed that the festival succeeded."
      {"وأكد المشرف العام على الشؤون الإعلامية بالإمارة والمتحدث الرسمي سعد المطيري أن "
       "المهرجان نجح.",
       "سعد المطيري",
       {"المشرف العام على الشؤون الإعلامية بالإمارة", "المتحدث الرسمي"}},
      // "The former head of the Nasr club and poet, Prince Faisal bin Turki,
      // revealed a new poem": "سابقا" between the posts.
      {"وكشف رئيس نادي النصر سابقا والشاعر الأمير فيصل بن تركي عن قصيدة جديدة.",
       "فيصل بن تركي",
       {"رئيس نادي النصر", "الشاعر", "الأمير"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesChainTest, AStyleOfAddressBetweenThePostAndTheHoldersTitle) {
  const RolesCase cases[] = {
      // "The justice minister, His Excellency Dr Walid al-Sumaani, said the
      // judiciary is independent."
      {"وقال وزير العدل معالي الدكتور وليد الصمعاني إن القضاء مستقل.",
       "وليد الصمعاني",
       {"وزير العدل", "الدكتور"}},
      // "The imam and preacher of the Grand Mosque, His Eminence Sheikh
      // Abdulrahman al-Sudais, said the season succeeded."
      {"وقال إمام وخطيب المسجد الحرام فضيلة الشيخ عبدالرحمن السديس إن الموسم نجح.",
       "عبدالرحمن السديس",
       {"إمام وخطيب المسجد الحرام", "الشيخ"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

}  // namespace
}  // namespace rased::ner

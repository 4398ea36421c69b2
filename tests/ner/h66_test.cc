// Entity stage tests for organisations, places and facilities named by their
// head words (src/ner/head_mentions.cc and the head tables of data/ner), on
// sentences written for them (not taken from any corpus).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class HeadNamesTest : public testing::Test {
 protected:
  static void SetUpTestSuite() { test::LoadStages({}, &stages_); }

  static std::vector<std::string> Mentions(const std::string& text) {
    return test::TypedMentions(stages_.Run(text));
  }

  static test::Stages stages_;
};

test::Stages HeadNamesTest::stages_;

using Case = test::MentionCase;

// Plural nouns of people or actions ("علماء", "أحرار", "شهداء", "عمليات")
// carry the genitive chain of a body's name on to its definite complement.
TEST_F(HeadNamesTest, PluralNounsContinueTheName) {
  const Case cases[] = {
      // "The Association of Muslim Scholars called for calm."
      {"ودعت هيئة علماء المسلمين إلى التهدئة.", {"ORGANIZATION هيئة علماء المسلمين"}, {}},
      // "The spokesman of the Free Men of the South brigade said the attack
      // failed."
      {"وقال المتحدث باسم لواء أحرار الجنوب إن الهجوم فشل.",
       {"ORGANIZATION لواء أحرار الجنوب"},
       {}},
      // "The Martyrs of Freedom battalion fought in the countryside."
      {"وقاتلت كتيبة شهداء الحرية في الريف.", {"ORGANIZATION كتيبة شهداء الحرية"}, {}},
      // "The spokesman of the Martyrs of Badr brigade said the shelling is
      // heavy." (a given name closes the name after a plural noun)
      {"وقال المتحدث باسم لواء شهداء بدر إن القصف عنيف.",
       {"ORGANIZATION لواء شهداء بدر"},
       {"PERSON بدر"}},
      // "The Mohammed al-Nahdi real-estate company sold the plot." (the
      // person's name goes on: no company "شركة محمد")
      {"وباعت مجموعة شركة محمد النهدي العقارية المخطط.", {}, {"مجموعة شركة محمد"}},
      // "The fact-finding committee the coalition formed had documented the
      // cases." ("للجنة" is ل + a head in the construct state)
      {"وسبق للجنة تقصي الحقائق التي شكلها الائتلاف أن وثقت الحالات.",
       {"ORGANIZATION لجنة تقصي الحقائق"},
       {}},
      // "The Front of the Revolutionaries of the North announced it joined."
      {"وأعلنت جبهة ثوار الشمال انضمامها.", {"ORGANIZATION جبهة ثوار الشمال"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// "لل" right after a head without the article is the preposition ل with the
// article: "a council for the notables" names no body.
TEST_F(HeadNamesTest, PrepositionAfterIndefiniteHeadNamesNothing) {
  const Case cases[] = {
      // "The administration announced the forming of a council of notables
      // in the town."
      {"وأعلنت الإدارة تشكيل مجلس للأعيان في البلدة.", {}, {"مجلس للأعيان"}},
      // "The ministry opened an office for the displaced in the city."
      {"وافتتحت الوزارة مكتبا للنازحين ومركز للإيواء في المدينة.", {}, {"مركز للإيواء"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A quote is a head's name only when nothing but adjectives stands between
// them: "في" or a verb with an attached pronoun makes it the object of a
// clause, and a head before a country's name alone is no body.
TEST_F(HeadNamesTest, QuotesAfterAClauseAreNoNames) {
  const Case cases[] = {
      // "Tehran denies activity at a military site and considers the
      // reports "fabrications"."
      {"وتنفي طهران وجود أنشطة في موقع عسكري وتعتبرها «افتراءات».", {}, {"افتراءات"}},
      // "The report raised Malaysia's place in the list "unjustly"."
      {"ورفع التقرير مركز ماليزيا في القائمة «بشكل غير عادل».",
       {"LOCATION ماليزيا"},
       {"بشكل غير عادل"}},
      // "They said it is no "canal" but a "branch"."
      {"وقالوا إنها ليست «قناة» بل «تفريعة» صغيرة.", {}, {"تفريعة"}},
      // "The coalition's aircraft destroyed a "rocket launcher" of the
      // rebels."
      {"ودمر طيران التحالف «منصة صواريخ» للمتمردين.", {}, {"منصة صواريخ"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A definite head, its adjectives (a second one joined by و) and ل + a body
// name that body's organ.
TEST_F(HeadNamesTest, OrganWithJoinedAdjectives) {
  const Case cases[] = {
      // "The UN Economic and Social Council adopted the resolution."
      {"واعتمد المجلس الاقتصادي والاجتماعي للأمم المتحدة القرار.",
       {"ORGANIZATION المجلس الاقتصادي والاجتماعي للأمم المتحدة"},
       {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// Foreign names after a head keep their "and" and "of".
TEST_F(HeadNamesTest, ForeignNamesWithAndOrOf) {
  const Case cases[] = {
      // "The Standard & Poor's agency lowered the company's rating."
      {"وخفضت مؤسسة ستاندرد آند بورز تصنيف الشركة.", {"ORGANIZATION مؤسسة ستاندرد آند بورز"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// After a settlement's or an area's head, a hill's or a well's head and its
// complement are the place's name, common nouns or not.
TEST_F(HeadNamesTest, PlaceHeadInsideASettlementName) {
  const Case cases[] = {
      // "The aircraft shelled the village of Tal al-Karama in the Quneitra
      // countryside."
      {"وقصف الطيران قرية تل الكرامة بريف القنيطرة.",
       {"LOCATION تل الكرامة", "LOCATION القنيطرة"},
       {}},
      // "The aircraft shelled the village of western Tayyiba." (the
      // direction's adjective is the name's)
      {"وقصف الطيران قرية الطيبة الغربية.", {"LOCATION الطيبة الغربية"}, {}},
      // "An official in the council of the al-Khalidiya district said the
      // situation is stable."
      {"وقال مسؤول في مجلس قضاء الخالدية إن الوضع مستقر.", {"ORGANIZATION مجلس قضاء الخالدية"}, {}},
      // "The aircraft shelled the village of Abu Dali." (a kunya names the
      // village, no person)
      {"وقصف الطيران قرية أبو دالي.", {"LOCATION أبو دالي"}, {"PERSON أبو دالي"}},
      // "The fighters withdrew to the village of Bir al-Sabil."
      {"وانسحب المقاتلون إلى قرية بئر السبيل.", {"LOCATION بئر السبيل"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// Where the complement of a body's head ends: a unit named by its complement
// is placed by "في"; a definite noun after a relative adjective is the
// verb's object; participles and elatives stay adjectives of the name.
TEST_F(HeadNamesTest, ComplementEndsAfterAdjectives) {
  const Case cases[] = {
      // "The Giants brigade fought on the west coast."
      {"وقاتل لواء العمالقة في الساحل الغربي.",
       {"ORGANIZATION لواء العمالقة"},
       {"لواء العمالقة في الساحل الغربي"}},
      // "The National Salvation Front rejected the agreement."
      {"ورفضت جبهة الإنقاذ الوطني الاتفاق.",
       {"ORGANIZATION جبهة الإنقاذ الوطني"},
       {"جبهة الإنقاذ الوطني الاتفاق"}},
      // "The forces entered the al-Marqab quarter in the centre of the
      // capital." (the direction places the quarter, outside its name)
      {"ودخلت القوات حي المرقب وسط العاصمة.", {"LOCATION حي المرقب"}, {"حي المرقب وسط العاصمة"}},
      // "The association of people with disabilities held its meeting."
      {"وعقدت جمعية الأشخاص ذوي الإعاقة اجتماعها.", {"ORGANIZATION جمعية الأشخاص ذوي الإعاقة"}, {}},
      // "The basic law of the authority forbids it." (a state's head and ل
      // + a body describe; no organ is named)
      {"ويمنع النظام الأساسي للسلطة الفلسطينية ذلك.", {}, {"النظام الأساسي للسلطة الفلسطينية"}},
      // "The Joint Arab Defence Council met yesterday."
      {"واجتمع مجلس الدفاع العربي المشترك أمس.", {"ORGANIZATION مجلس الدفاع العربي المشترك"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// An organisation's head without the article, one word and an adjective
// with it that agrees with the head: the word is the body's name.
TEST_F(HeadNamesTest, HeadNameAndAgreeingAdjective) {
  const Case cases[] = {
      // "The head of the Badr parliamentary bloc said the agreement is
      // rejected." (بدر is also a given name)
      {"وقال رئيس كتلة بدر النيابية إن الاتفاق مرفوض.",
       {"ORGANIZATION كتلة بدر النيابية"},
       {"PERSON بدر النيابية"}},
      // "The Alliance of Iraqi Forces withdrew from the session." (an
      // alliance's head with a gentilic)
      {"وانسحب تحالف القوى العراقية من الجلسة.", {"ORGANIZATION تحالف القوى العراقية"}, {}},
      // "The Iraqi Observatory for Human Rights said civilians were killed."
      {"وقال المرصد العراقي لحقوق الإنسان إن المدنيين قتلوا.",
       {"ORGANIZATION المرصد العراقي لحقوق الإنسان"},
       {}},
      // "A committee for granting citizenship decides on the requests." (an
      // abstract noun in ية, no adjective)
      {"وتنظر سلطة إعطاء الجنسية في الطلبات.", {}, {"سلطة إعطاء الجنسية"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// The third place of a list joined by و, closed by punctuation, is a place
// even when it is also an ordinary word.
TEST_F(HeadNamesTest, ThirdPlaceOfAList) {
  const Case cases[] = {
      // "The fighters advanced in Lawdar, al-Dhale and al-Hawta, sources
      // said." (الحوطة is also "the precaution")
      {"وتقدم المقاتلون في لودر والضالع والحوطة، بحسب مصادر.", {"LOCATION الحوطة"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A station named in quotes is a broadcaster when its adjective says so.
TEST_F(HeadNamesTest, TelevisionStationIsAnOutlet) {
  const Case cases[] = {
      // "The al-Fajr television station aired the interview."
      {"وبثت محطة «الفجر» التلفزيونية المقابلة.", {"ORGANIZATION الفجر"}, {"FACILITY الفجر"}},
      // "The "al-Zahrani" power station stopped working." (a facility)
      {"وتوقفت محطة «الزهراني» الكهربائية عن العمل.", {"FACILITY الزهراني"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// "النيل من" (to undermine) is a verbal noun, not the Nile.
TEST_F(HeadNamesTest, UnderminingIsNotTheNile) {
  const Case cases[] = {
      // "The group tries to undermine the country's unity."
      {"وتحاول الجماعة النيل من وحدة البلاد.", {}, {"النيل"}},
      // "Thousands fight under the banner of the jihadist groups." (a fixed
      // expression, no brigade)
      {"ويقاتل الآلاف تحت لواء التنظيمات المتشددة.", {}, {"لواء التنظيمات المتشددة"}},
      // "The Nile passes through Khartoum."
      {"ويمر النيل بالخرطوم.", {"LOCATION النيل"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

}  // namespace
}  // namespace rased::ner

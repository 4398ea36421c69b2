// Entity stage tests for places, facilities and organisations on sentences
// written for them (not taken from any corpus), over the shipped knowledge
// base and tables of data/.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class PlacesOrgsTest : public test::ShippedDataTest {};

using Case = test::MentionCase;

void Check(const std::vector<std::string>& got, const Case& tc) { test::ExpectMentions(got, tc); }

// A direction, or "ريف" (the countryside of), before a place locates in it:
// the place is the mention, and the phrase is a region only where the
// knowledge base names one.
TEST_F(PlacesOrgsTest, DirectionsAndCountrysideLocateInThePlace) {
  const Case cases[] = {
      // "Shelling hit the southern Idlib countryside and the western Hama
      // countryside."
      {"وتعرض ريف إدلب الجنوبي وريف حماة الغربي لقصف عنيف.",
       {"LOCATION إدلب", "LOCATION حماة"},
       {"ريف إدلب", "ريف حماة", "وريف حماة"}},
      // "The forces advanced east of Ramadi and in the south-east of Yemen."
      {"وتقدمت القوات شرق الرمادي وفي جنوب شرق اليمن.",
       {"LOCATION الرمادي", "LOCATION اليمن"},
       {"شرق الرمادي", "جنوب شرق اليمن", "شرق اليمن"}},
      // "Turkey wants a safe zone in northern Syria."
      {"وتريد تركيا منطقة آمنة في شمال سورية.", {"LOCATION سورية"}, {"شمال سورية"}},
      // "Rural Damascus is a province; eastern Libya a region of its own."
      {"وقال مسؤول في ريف دمشق إن الوفد سيزور شرق ليبيا.",
       {"LOCATION ريف دمشق", "LOCATION شرق ليبيا"},
       {}},
      // "The raids hit the Idlib countryside and the Aleppo countryside."
      // ("وريف" is also a word, lush)
      {"وطالت الغارات ريف إدلب وريف حلب.", {"LOCATION إدلب", "LOCATION حلب"}, {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A one-word place name that is also an ordinary word (or reads as one: تكريت
// as ت + a stem) needs a place context: "مثل" (such as) or another place it is
// listed with, before or after it. Without one it stays a word.
TEST_F(PlacesOrgsTest, PlaceNamesThatLookLikeWordsInLists) {
  const Case cases[] = {
      // "The group seized cities such as Tikrit and Baiji."
      {"وسيطر التنظيم على مدن مثل تكريت وبيجي.", {"LOCATION تكريت", "LOCATION بيجي"}, {}},
      // "The army fought in Mosul and Baiji."
      {"وقاتل الجيش في الموصل وبيجي.", {"LOCATION بيجي"}, {}},
      // "Three of its men were killed in an attack in Sinai; the money was
      // found inside it." (ب on the name is a preposition of place, but
      // "بداخله" is inside it, not Dakhla)
      {"وقتل ثلاثة من رجالها في هجوم بسيناء، وعثر على المال بداخله.",
       {"LOCATION سيناء"},
       {"داخله"}},
      // "The opposition took the village of "al-Mushayk" and the Bu Aitha
      // area." (a quoted name and a name the word list lacks after a place
      // head)
      {"وسيطرت المعارضة على قرية «المشيك» وعلى منطقة البوعيثة.",
       {"LOCATION المشيك", "LOCATION البوعيثة"},
       {}},
      // "Fighters fled from the conflict area." (a common noun)
      {"وفر المقاتلون من منطقة النزاع.", {}, {"النزاع"}},
      // "Rumours spread in the city." (سرت, a verb)
      {"وسرت الشائعات في المدينة.", {}, {"سرت"}},
      // "The ministry said the crisis is a purely financial one." (مالية,
      // financial, not Malé)
      {"وقالت الوزارة إن الأزمة مالية بحتة.", {}, {"مالية"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// Bodies the press names by a generic phrase and a gentilic, and heads whose
// complement is the name.
TEST_F(PlacesOrgsTest, GenericBodiesAndHeads) {
  const Case cases[] = {
      // "The Sudanese authorities arrested two sheikhs; the Turkish
      // authorities deported a third."
      {"واعتقلت السلطات السودانية شيخين، ورحلت السلطات التركية ثالثا.",
       {"ORGANIZATION السلطات السودانية", "ORGANIZATION السلطات التركية"},
       {}},
      // "The judiciary and the public prosecution opened an inquiry."
      {"وفتحت السلطة القضائية والادعاء العام تحقيقا.",
       {"ORGANIZATION السلطة القضائية", "ORGANIZATION الادعاء العام"},
       {}},
      // "The military police handed him to the military court."
      {"وسلمته الشرطة العسكرية إلى المحكمة العسكرية.",
       {"ORGANIZATION الشرطة العسكرية", "ORGANIZATION المحكمة العسكرية"},
       {}},
      // "The election commission said the vote is put off."
      {"وقالت مفوضية الانتخابات إن التصويت أجل.", {"ORGANIZATION مفوضية الانتخابات"}, {}},
      // "The Commando Regiment and the One Nation Current took part."
      {"وشارك فوج المغاوير وتيار الأمة الواحدة في المؤتمر.",
       {"ORGANIZATION فوج المغاوير", "ORGANIZATION تيار الأمة الواحدة"},
       {}},
      // "A Royal Air Force plane took off." (the generic phrase and the
      // body's own adjective)
      {"وأقلعت طائرة تابعة لسلاح الجو الملكي.", {"ORGANIZATION سلاح الجو الملكي"}, {}},
      // "The Shabab al-Mujahideen movement claimed the attack."
      {"وتبنت حركة شباب المجاهدين الهجوم.", {"ORGANIZATION حركة شباب المجاهدين"}, {}},
      // "The local government in Anbar said the forces advanced." (the local
      // body is named with its place, which stays a mention of its own)
      {"وقالت الحكومة المحلية في الأنبار إن القوات تقدمت.",
       {"ORGANIZATION الحكومة المحلية في الأنبار", "LOCATION الأنبار"},
       {}},
      // "The Popular Movement in Sudan said the talks stopped." (a definite
      // head, its relative adjective and the country it is in)
      {"وقالت الحركة الشعبية في السودان إن المفاوضات توقفت.",
       {"ORGANIZATION الحركة الشعبية في السودان", "LOCATION السودان"},
       {}},
      // "The popular movement grew in the city." (no country: no name)
      {"واتسعت الحركة الشعبية في المدينة.", {}, {"الحركة الشعبية"}},
      // "The leadership met." (a one-word generic phrase needs a gentilic)
      {"واجتمعت القيادة أمس.", {}, {"القيادة"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// Roundabouts, streets, camps and junctions: the complement after the head is
// the name, whatever word it is.
TEST_F(PlacesOrgsTest, LandmarksAfterTheirHeads) {
  const Case cases[] = {
      // "Protesters gathered at Azhari roundabout and Agriculture roundabout."
      {"وتجمع المحتجون عند دوار الأزهري ودوار الزراعة.",
       {"FACILITY دوار الأزهري", "FACILITY دوار الزراعة"},
       {}},
      // "The forces stormed Labouza camp near the Anad triangle."
      {"واقتحمت القوات معسكر لبوزة قرب مثلث العند.",
       {"FACILITY معسكر لبوزة", "LOCATION مثلث العند"},
       {}},
      // "A bomb exploded in Asyut Street." (the street, not the city)
      {"وانفجرت عبوة بشارع أسيوط.", {"FACILITY شارع أسيوط"}, {"أسيوط"}},
      // "The street is angry." (a definite head alone names nothing)
      {"والشارع غاضب من القرار.", {}, {"الشارع"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// An outlet's name ends before a participle that describes it, and "برئاسة"
// (chaired by) names no presidency.
TEST_F(PlacesOrgsTest, DescriptionsAfterNamesAndHeadsAfterB) {
  const Case cases[] = {
      // "His wife told al-Watan, the paper close to the authorities, ..."
      {"وقالت زوجته لصحيفة الوطن القريبة من السلطات إنها تلقت الخبر.",
       {"ORGANIZATION الوطن"},
       {"الوطن القريبة"}},
      // "The authorities suspended al-Wasat, the paper supporting the
      // opposition."
      {"وأوقفت السلطات صحيفة الوسط المساندة لخط المعارضة.",
       {"ORGANIZATION الوسط"},
       {"الوسط المساندة"}},
      // "The meeting was held, chaired by the Palestinian president Mahmoud
      // Abbas."
      {"وعقد الاجتماع برئاسة الرئيس الفلسطيني محمود عباس.",
       {"PERSON محمود عباس"},
       {"رئاسة الرئيس الفلسطيني"}},
      // "He submitted a report to the independent international committee
      // yesterday." (للجنة is ل + the definite head: no "لجنة الدولية")
      {"وقدم تقريرا للجنة الدولية المستقلة أمس.", {}, {"لجنة الدولية", "لجنة الدولية المستقلة"}},
      // "The Lebanese presidency announced that the mourning begins today."
      // (a body; without its gentilic the presidency names none of its own)
      {"وأعلنت رئاسة الجمهورية اللبنانية أن الحداد يبدأ اليوم.",
       {"ORGANIZATION رئاسة الجمهورية اللبنانية"},
       {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// Quotes around a word are not always a name after a head.
TEST_F(PlacesOrgsTest, QuotedWordsThatAreNoNames) {
  const Case cases[] = {
      // "... asked about the description by the head of the "Israeli"
      // government" (a gentilic in quotes)
      {"وردا على سؤال حول وصف رئيس الحكومة \"الإسرائيلية\" للاتفاق.", {}, {"الإسرائيلية"}},
      // "The attack attributed to the group will help create a "safe zone"."
      {"وقال إن الهجوم المنسوب للتنظيم سيساعد على خلق \"منطقة آمنة\" في الشمال.",
       {},
       {"منطقة آمنة"}},
      // "The newspaper said he told her "their loss will not go unanswered"."
      {"وقالت الصحيفة، إن \"حقهم لن يضيع\" أبدا.", {}, {"حقهم لن يضيع"}},
      // "He was known within the popular movement as "the man of hard tasks"."
      // (a definite head named by its complement takes no quote further on)
      {"وعرف داخل الحركة الشعبية بـ\"رجل المهام الصعبة\"، وشغل منصبا.", {}, {"رجل المهام الصعبة"}},
      // "The police chief told "Al-Watan" that the forces arrived; the writer
      // called for "muzzling the press"." (a quote after "لـ" and before what
      // was said is the outlet told)
      {"وقال مدير الشرطة لـ\"الوطن\" إن القوات وصلت، ودعا الكاتب لـ\"تكميم الأفواه\" مجددا.",
       {"ORGANIZATION الوطن"},
       {"تكميم الأفواه"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A one-word place name shaped like an adjective ("مالي": Mali, or
// financial; "السلمية": Salamiyah, or peaceful) after a plain noun is the
// adjective; after a noun that takes a country ("شعب", "رئيس", "في") it is
// the country.
TEST_F(PlacesOrgsTest, AdjectiveShapedCountryNames) {
  const Case cases[] = {
      // "The company paid a sum of money to the workers." (مبلغ مالي)
      {"ودفعت الشركة مبلغ مالي للعمال.", {}, {"مالي"}},
      // "The minister was questioned on charges of financial and
      // administrative corruption, and of financial support to a group."
      {"واستجوب الوزير في تهم فساد مالي وإداري ولدعم مالي لجماعة.", {}, {"مالي"}},
      // "The people of Mali want peace, said the president of Mali."
      {"وقال رئيس مالي إن شعب مالي يريد السلام.", {"LOCATION مالي"}, {}},
      // "The player returned to Mali."
      {"وعاد اللاعب إلى مالي أمس.", {"LOCATION مالي"}, {}},
      // "He said the alliance includes the peaceful and the armed opposition,
      // and that the solution is political."
      {"وقال إن التحالف يضم المعارضة السلمية والعسكرية، وإن الحل سياسي.", {}, {"السلمية"}},
      // "Three were killed in the town of Salamiyah in the Hama countryside."
      {"وقتل ثلاثة في مدينة السلمية بريف حماة.", {"LOCATION السلمية"}, {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// An adjective written with a hamza on its seat ("هادئ", calm) folds to the
// key of a name written without it ("هادي"); it names no one.
TEST_F(PlacesOrgsTest, HamzaAdjectivesAreNoNames) {
  const Case cases[] = {
      // "President Hadi said the situation in Aden is calm."
      {"وقال الرئيس هادي إن الوضع هادئ في عدن.", {"PERSON هادي", "LOCATION عدن"}, {"هادئ"}},
      // "The night was calm on the front lines."
      {"وكانت الليلة هادئة والجو هادئ على الجبهات.", {}, {"هادئ"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// Quarters named by one word after "حي", with the head in the name; a
// landmark's head before "لل" or an adjective names nothing.
TEST_F(PlacesOrgsTest, QuartersAfterTheirHead) {
  const Case cases[] = {
      // "The lists were hung on the walls in the Sumer quarter of Mosul."
      {"وعلقت القوائم على الجدران في حي سومر بالموصل.",
       {"LOCATION حي سومر", "LOCATION الموصل"},
       {}},
      // "Two were killed in the Zuhur quarter of Homs."
      {"وقتل اثنان في حي الزهور بمدينة حمص.", {"LOCATION حي الزهور"}, {}},
      // "The channel gave a live broadcast of the match; he lives in a
      // residential quarter in the city; the team set up a training camp in
      // Germany."
      {"ونقلت القناة بثا حي للمباراة، ويسكن في حي سكني في المدينة، وأقام الفريق معسكر تدريب في "
       "ألمانيا.",
       {"LOCATION ألمانيا"},
       {"حي للمباراة", "حي سكني", "معسكر تدريب"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A known word with the pronoun ي (my) after a preposition is no place.
TEST_F(PlacesOrgsTest, WordsWithMyAreNoPlaces) {
  const Case cases[] = {
      // "I wanted it to work, like many of my friends; messages came from my
      // loved ones. The ship left Novorossiysk."
      {"وأردت أن تعمل مثل كثير من أصدقائي، ووصلت رسائل من أحبائي. وغادرت السفينة نوفوروسيسك.",
       {"LOCATION نوفوروسيسك"},
       {"أصدقائي", "أحبائي"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A region named by a direction right after a town says where the town
// lies: the country is the mention. A governorate so named stays.
TEST_F(PlacesOrgsTest, DirectionRegionsAfterATownLocateIt) {
  const Case cases[] = {
      // "The resistance took the base in Lahij governorate, south of Yemen."
      {"وسيطرت المقاومة على القاعدة في محافظة لحج جنوب اليمن.", {"LOCATION اليمن"}, {"جنوب اليمن"}},
      // "The minister arrived in Benghazi, east of Libya; the delegation will
      // visit eastern Libya."
      {"ووصل الوزير إلى مدينة بنغازي شرقي ليبيا، وسيزور الوفد شرق ليبيا.",
       {"LOCATION ليبيا", "LOCATION شرق ليبيا"},
       {"شرقي ليبيا"}},
      // "A man was shot in Rafah in North Sinai."
      {"وأصيب رجل بطلق ناري في مدينة رفح بشمال سيناء.", {"LOCATION شمال سيناء"}, {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// "الحلف الأطلسي" is the alliance (NATO), "المحيط الأطلسي" the ocean.
TEST_F(PlacesOrgsTest, AtlanticAllianceAndOcean) {
  const Case cases[] = {
      // "The Atlantic alliance approves a plan to support the Iraqi army; the
      // ship crossed the Atlantic Ocean."
      {"الحلف الأطلسي يوافق على خطة دعم الجيش العراقي. وعبرت السفينة المحيط الأطلسي.",
       {"ORGANIZATION الحلف الأطلسي", "LOCATION المحيط الأطلسي"},
       {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// After a town's or village's head a word the word list knows as a common
// noun is still the name; after any place head it is one when the next words
// locate it in a larger place. Adjectives agreeing with the head are not.
TEST_F(PlacesOrgsTest, KnownWordsNamingSmallPlaces) {
  const Case cases[] = {
      // "The fighters entered the town of al-Hawta at dawn."
      {"ودخل المقاتلون مدينة الحوطة فجرا.", {"LOCATION الحوطة"}, {}},
      // "Clashes broke out in the al-Nakhila area west of Marib."
      {"واندلعت اشتباكات في منطقة النخيلة غربي مأرب.", {"LOCATION النخيلة", "LOCATION مأرب"}, {}},
      // "The police arrested a cell in the town of Sajnan in Bizerte province."
      // (The knowledge base names the governorate itself.)
      {"واعتقلت الشرطة خلية بمدينة سجنان من ولاية بنزرت.",
       {"LOCATION سجنان", "LOCATION ولاية بنزرت"},
       {}},
      // "He grew up in a small town in the Aleppo countryside; a camp for the
      // displaced in Baghdadi district."
      {"ونشأ في بلدة صغيرة في ريف حلب. وأقيم مخيم للنازحين في ناحية البغدادي.",
       {"LOCATION حلب"},
       {"صغيرة", "للنازحين"}},
      // "The base lies on a hill in Lahij province."
      {"وتقع القاعدة على تل بمحافظة لحج.", {"LOCATION محافظة لحج"}, {"تل بمحافظة لحج"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// "مديرية" heads a district as well as a directorate: before a place's name or
// a word the word list does not know it names the place, before a common noun
// a body.
TEST_F(PlacesOrgsTest, DistrictOrDirectorate) {
  const Case cases[] = {
      // "Aircraft struck positions in al-Matma district and in «Sirwah»
      // district."
      {"وقصفت الطائرات مواقع في مديرية المطمة في محافظة الجوف وفي مديرية «صرواح».",
       {"LOCATION مديرية المطمة", "LOCATION محافظة الجوف", "LOCATION صرواح"},
       {}},
      // "The education directorate said that the schools will close."
      {"وقالت مديرية التربية إن المدارس ستغلق.", {"ORGANIZATION مديرية التربية"}, {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// An outlet whose name is an adjective is named only where no plain noun
// before it takes it as its adjective.
TEST_F(PlacesOrgsTest, OutletsNamedByAdjectives) {
  const Case cases[] = {
      // "The lecture dealt with the Sumerian civilisation."
      {"وتناولت المحاضرة الحضارة السومرية.", {}, {"السومرية"}},
      // "Al Sumaria channel said ...; al-Sumaria reported that ..."
      {"وقالت قناة السومرية إن الوزير وصل. وذكرت السومرية أن الاجتماع انتهى.",
       {"ORGANIZATION السومرية"},
       {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A federation named by its country's gentilic, with what it is for after it.
TEST_F(PlacesOrgsTest, NationalFederations) {
  const Case cases[] = {
      // "The Canadian Football Association and the Saudi Swimming Federation
      // signed an agreement for the second time."
      {"ووقع الاتحاد الكندي لكرة القدم والاتحاد السعودي للسباحة اتفاقا للمرة الثانية.",
       {"ORGANIZATION الاتحاد الكندي لكرة القدم", "ORGANIZATION الاتحاد السعودي للسباحة"},
       {}},
      // "The Confederation of African Football met; the European Union
      // visited Cairo for the second time."
      {"واجتمع الاتحاد الأفريقي لكرة القدم. وزار الاتحاد الأوروبي القاهرة للمرة الثانية.",
       {"ORGANIZATION الاتحاد الأفريقي لكرة القدم", "ORGANIZATION الاتحاد الأوروبي"},
       {"الاتحاد الأوروبي القاهرة"}},
      // "The Soviet Union built the base."
      {"وبنى الاتحاد السوفيتي القاعدة.", {"LOCATION الاتحاد السوفيتي"}, {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A definite head with its adjectives before ل + a body or a place names that
// body's or place's organ; the body or place stays a mention of its own.
TEST_F(PlacesOrgsTest, OrgansOfABodyOrPlace) {
  const Case cases[] = {
      // "The advisory council of the Fatah movement said that the municipal
      // council of Baghdadi district met."
      {"وقال المجلس الاستشاري لحركة فتح إن المجلس البلدي لناحية البغدادي اجتمع.",
       {"ORGANIZATION المجلس الاستشاري لحركة فتح", "ORGANIZATION حركة فتح",
        "ORGANIZATION المجلس البلدي لناحية البغدادي", "LOCATION ناحية البغدادي"},
       {}},
      // "The new government backed Libya's decision": no organ of Libya.
      {"ودعمت الحكومة الجديدة لليبيا القرار.", {"LOCATION ليبيا"}, {"الحكومة الجديدة لليبيا"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// Places listed after a place: a word with the article joined by و that the
// word list lacks and that closes its phrase; dual and plural place heads.
TEST_F(PlacesOrgsTest, PlacesListedAfterAPlace) {
  const Case cases[] = {
      // "The shelling hit the two areas of al-Bu Alwan and al-Zankoura north
      // of Ramadi."
      {"واستهدف القصف منطقتي البوعلوان والزنكورة شمال الرمادي.",
       {"LOCATION البوعلوان", "LOCATION الزنكورة", "LOCATION الرمادي"},
       {}},
      // "The delegation visited Taiz and the southern and liberated
      // provinces." (common nouns after the place)
      {"وزار الوفد مدينة تعز والمحافظات الجنوبية والمناطق المحررة.",
       {"LOCATION تعز"},
       {"المحافظات", "المناطق"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A place's name quoted after "لـ" (told to) is the outlet named after it; the
// same name unquoted stays the place.
TEST_F(PlacesOrgsTest, OutletsNamedAfterPlacesWhenToldTo) {
  const Case cases[] = {
      // "The spokesman told Asharq al-Awsat that the talks failed; sources
      // revealed to Asharq al-Awsat a new plan. The Middle East lives a crisis."
      {"وقال المتحدث لـ«الشرق الأوسط»، إن المحادثات فشلت. وكشفت مصادر لـ«الشرق الأوسط» عن "
       "خطة جديدة. ويعيش الشرق الأوسط أزمة.",
       {"ORGANIZATION الشرق الأوسط", "LOCATION الشرق الأوسط"},
       {}},
      // "Asharq al-Awsat learned from informed sources that the deal is near,
      // and obtained a copy of the report; security in the Middle East
      // matters."
      {"وعلمت «الشرق الأوسط» من مصادر مطلعة أن الاتفاق قريب، وحصلت «الشرق الأوسط» على نسخة من "
       "التقرير. والأمن في «الشرق الأوسط» مهم.",
       {"ORGANIZATION الشرق الأوسط", "LOCATION الشرق الأوسط"},
       {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// Ordinary words that the knowledge base also knows as small places: a
// fixed expression ("مسقط رأسه", his birthplace; "الدول المطلة على", the
// states overlooking), a demonstrative before the word, or the passive
// auxiliary after a place head leave no place behind.
TEST_F(PlacesOrgsTest, WordsThatAreSmallPlacesOnlyInTheKb) {
  const Case cases[] = {
      // "The minister went back to Hadramawt (his birthplace) and then to
      // Muscat."
      {"وعاد الوزير إلى حضرموت (مسقط رأسه) ثم توجه إلى مسقط.",
       {"LOCATION حضرموت", "LOCATION مسقط"},
       {"مسقط رأسه"}},
      // "The states overlooking the Red Sea met in Cairo."
      {"واجتمعت الدول المطلة على البحر الأحمر في القاهرة.", {"LOCATION القاهرة"}, {"المطلة"}},
      // "The hospital opened an eye surgery department; this class failed
      // the people of Tabqa."
      {"وافتتح المستشفى قسما لجراحة العيون. وقال إن هذه الطبقة خذلت أهالي مدينة الطبقة.",
       {"LOCATION الطبقة"},
       {"العيون"}},
      // "Any breach in any area will be met by force."
      {"وأي خرق في أي منطقة فسيتم التصدي له بقوة.", {}, {"فسيتم", "منطقة فسيتم"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A place's name that opens with a function word ("ذي قار", "أم قصر") is
// found whole; an office before a one-word place, of one word or two ("حاكم
// دبي", "ولي عهد دبي"), makes it the office's place, never a person's name.
TEST_F(PlacesOrgsTest, PlacesOpeningWithFunctionWordsAndAfterOffices) {
  const Case cases[] = {
      // "The protests spread from Basra to Dhi Qar, and the ship reached Umm
      // Qasr."
      {"وامتدت الاحتجاجات من البصرة حتى ذي قار، ووصلت السفينة إلى أم قصر.",
       {"LOCATION البصرة", "LOCATION ذي قار", "LOCATION أم قصر"},
       {}},
      // "The crown prince of Dubai and the deputy ruler of Dubai received the
      // delegation."
      {"واستقبل ولي عهد دبي ونائب حاكم دبي الوفد.", {"LOCATION دبي"}, {"حاكم", "حاكم دبي"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// "ديوان" (a court or office of state), "دائرة" (a department) and "غرفة" (a
// chamber) head bodies' names; a gentilic closes the genitive chain, so the
// object after it is no part of the name.
TEST_F(PlacesOrgsTest, CourtsDepartmentsAndChambers) {
  const Case cases[] = {
      // "The presidential office announced that it filed a complaint, and the
      // Jordanian chamber of commerce and industry welcomed the decision."
      {"وأعلن ديوان الرئاسة أنه قدم شكوى، ورحبت غرفة التجارة والصناعة الأردنية بالقرار.",
       {"ORGANIZATION ديوان الرئاسة", "ORGANIZATION غرفة التجارة والصناعة الأردنية"},
       {}},
      // "The head of the Saudi refereeing department criticised the decision."
      {"وانتقد رئيس دائرة التحكيم السعودي القرار.",
       {"ORGANIZATION دائرة التحكيم السعودي"},
       {"دائرة التحكيم السعودي القرار"}},
      // "The joint operations room announced that the shelling stopped."
      {"وأعلنت غرفة العمليات أن القصف توقف.", {}, {"غرفة العمليات"}},
      // "The Tabuk chamber and the Pioneers' society signed a cooperation
      // agreement." (straight quotes: the "و" between them is no name)
      {"ووقعت \"غرفة تبوك\" و\"جمعية الرواد\" اتفاقية تعاون.",
       {"ORGANIZATION جمعية الرواد"},
       {"و"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A Latin abbreviation in quotes or brackets right after a body's name is
// that body's, not another body the knowledge base abbreviates so.
TEST_F(PlacesOrgsTest, AbbreviationAfterABodysName) {
  // "The federation signed a contract with the Saudi Telecom Company «stc»."
  const Document doc = stages_.Run("ووقع الاتحاد عقدا مع شركة الاتصالات السعودية «stc» أمس.");
  int bodies = 0;
  for (const Entity& e : doc.entities) bodies += e.type == EntityType::kOrganization;
  EXPECT_EQ(bodies, 1) << test::Dump(doc);
}

// A definite head, its adjectives and what the body is for name it; a
// government's or an army's head after و starts another body.
TEST_F(PlacesOrgsTest, BodiesNamedByWhatTheyAreFor) {
  const Case cases[] = {
      // "The General Authority for Civil Aviation and Meteorology and the
      // government issued a statement."
      {"وأصدرت الهيئة العامة للطيران المدني والأرصاد والحكومة بيانا.",
       {"ORGANIZATION الهيئة العامة للطيران المدني والأرصاد"},
       {}},
      // "The Higher Committee for the Relief and Shelter of the Displaced
      // decided to set up a camp."
      {"وقررت اللجنة العليا لإغاثة وإيواء النازحين إنشاء مخيم.",
       {"ORGANIZATION اللجنة العليا لإغاثة وإيواء النازحين"},
       {}},
      // "Government forces advanced to retake the city; the technical
      // committee met for the second time; the radio and television
      // corporation said that the speech was broadcast."
      {"وتقدمت القوات الحكومية لاستعادة المدينة. وعقدت اللجنة الفنية للمرة الثانية اجتماعا. "
       "وقالت مؤسسة الإذاعة والتلفزيون إن الخطاب بث.",
       {"ORGANIZATION مؤسسة الإذاعة والتلفزيون"},
       {"القوات الحكومية لاستعادة المدينة", "اللجنة الفنية للمرة الثانية"}},
      // "The base became the main command centre of the new force." (the
      // head governed by the noun before it)
      {"وتحولت القاعدة إلى مركز القيادة الرئيسي للقوة الجديدة.",
       {},
       {"القيادة الرئيسي للقوة الجديدة"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// Parliamentary blocs and coalitions are named by their head and complement.
TEST_F(PlacesOrgsTest, BlocsAndCoalitions) {
  const Case cases[] = {
      // "A deputy of the Citizen bloc asked for a hearing; the Civil
      // Democratic Alliance bloc announced its support."
      {"وطالب نائب عن كتلة المواطن بجلسة. وأعلنت كتلة التحالف المدني الديمقراطي دعمها.",
       {"ORGANIZATION كتلة المواطن", "ORGANIZATION كتلة التحالف المدني الديمقراطي"},
       {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// Common words and foreign words that spell a known name are no mention of it.
TEST_F(PlacesOrgsTest, CommonWordsThatSpellKnownNames) {
  const Case cases[] = {
      // "The channel aired «breaking news»; on the international level the
      // talks went on."
      {"وبثت القناة «خبرًا عاجلًا» عن الهجوم. وعلى الصعيد الدولي تواصلت المحادثات.",
       {},
       {"خبرًا عاجلًا", "الصعيد"}},
      // "With gloves of silk. And the show «Star Academy». And the ship «CMA
      // CGM TITAN» arrived."
      {"بقفازات من حرير. وبرنامج «ستار أكاديمي». والسفينة «CMA CGM TITAN» وصلت.",
       {},
       {"حرير", "أكاديمي", "CMA"}},
      // "Jihan al-Sadat attended the ceremony." (a given name)
      {"وحضرت جيهان السادات الحفل.", {}, {"جيهان"}},
      // "The education department of Sabya and the general education
      // department of Jazan region met."
      {"واجتمعت إدارة التعليم بمحافظة صبيا والإدارة العامة للتعليم بمنطقة جازان.",
       {"ORGANIZATION الإدارة العامة للتعليم"},
       {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// Quoted outlets listed after a dual outlet head: each is an outlet.
TEST_F(PlacesOrgsTest, QuotedOutletsInAList) {
  const Case cases[] = {
      // "The boards of the two newspapers «al-Oula» and «al-Shari'» said in
      // a statement that they stopped. They raised the slogans «freedom» and
      // «dignity»."
      {"وقالت إدارتا صحيفتي «الأولى» و«الشارع» في بيان إنهما توقفتا. ورفعوا شعاري «الحرية» "
       "و«الكرامة».",
       {"ORGANIZATION الأولى", "ORGANIZATION الشارع"},
       {"الحرية", "الكرامة"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A market named after a known name is the market, not what the name names
// elsewhere; a market of a commodity is no facility.
TEST_F(PlacesOrgsTest, MarketsAfterTheirHead) {
  const Case cases[] = {
      // "The prince approved a tent for the Okaz market; Okaz newspaper said
      // the project started; oil market prices rose."
      {"ووافق الأمير على خيمة سوق عكاظ. وقالت صحيفة عكاظ إن المشروع بدأ. وارتفعت أسعار سوق النفط.",
       {"FACILITY سوق عكاظ", "ORGANIZATION عكاظ"},
       {"سوق النفط"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// One adjective may come between a national head and its gentilic.
TEST_F(PlacesOrgsTest, AdjectiveBeforeTheGentilic) {
  const Case cases[] = {
      // "The Egyptian consulate general said that the plane arrived; the
      // Libyan judicial system is slow."
      {"وقالت القنصلية العامة المصرية إن الطائرة وصلت. ويعاني النظام القضائي الليبي من البطء.",
       {"FACILITY القنصلية العامة المصرية", "ORGANIZATION النظام القضائي الليبي"},
       {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// Police forces and committees named by what they do; a body of "the
// province" the text has in mind names none.
TEST_F(PlacesOrgsTest, PoliceAndCommitteesByTheirTask) {
  const Case cases[] = {
      // "The counter-terrorism police arrested ten people; the Arab Peace
      // Initiative committee met; the province's police closed the roads."
      {"واعتقلت شرطة مكافحة الإرهاب عشرة أشخاص. واجتمعت لجنة مبادرة السلام العربية. "
       "وأغلقت شرطة المحافظة الطرق.",
       {"ORGANIZATION شرطة مكافحة الإرهاب", "ORGANIZATION لجنة مبادرة السلام العربية"},
       {"شرطة المحافظة", "شرطة المحافظة الطرق"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A front line at a place is no body; a front named otherwise is one.
TEST_F(PlacesOrgsTest, FrontLinesAtPlaces) {
  const Case cases[] = {
      // "The resistance advanced on the Taiz front; al-Nusra Front fought on
      // the Aleppo front."
      {"وتقدمت المقاومة في جبهة تعز. وقاتلت جبهة النصرة في جبهة حلب.",
       {"LOCATION تعز", "ORGANIZATION جبهة النصرة", "LOCATION حلب"},
       {"جبهة تعز", "جبهة حلب"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A body its gentilic or its number already names is only placed by "في":
// the place after it is a mention of its own, not the end of the name.
TEST_F(PlacesOrgsTest, InAPlaceAfterAGentilicOrANumber) {
  const Case cases[] = {
      // "Officials said that the French oversight authority in Morocco issued
      // a new report; brigade 35 in Taiz advanced on the old city."
      {"وقال مسؤولون إن هيئة الرقابة الفرنسية في المغرب أصدرت تقريرا جديدا. "
       "وتقدم اللواء 35 في تعز نحو المدينة القديمة.",
       {"ORGANIZATION هيئة الرقابة الفرنسية", "LOCATION المغرب", "ORGANIZATION اللواء 35",
        "LOCATION تعز"},
       {"هيئة الرقابة الفرنسية في المغرب", "اللواء 35 في تعز"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A facility's head without the article, a name without it and an adjective
// with it: the adjective agrees with a definite phrase, so the name is proper
// even when its words read as common ones.
TEST_F(PlacesOrgsTest, FacilityNamedBeforeADefiniteAdjective) {
  const Case cases[] = {
      // "The injured were taken to the Ajyad general hospital and the Bani
      // Malik general hospital; the jets took off from Incirlik air base; the
      // team moved its camp to its new (site); the agreement filled our oil
      // needs; the association's database grew."
      {"ونقل المصابون إلى مستشفى أجياد العام ثم إلى مستشفى بني مالك العام. "
       "وأقلعت الطائرات من قاعدة أنجيرليك الجوية. ونقل الفريق معسكر فريقه الجديد. "
       "وقال إن الاتفاق سد احتياجاتنا النفطية. وتوسعت قاعدة بيانات الجمعية.",
       {"FACILITY مستشفى أجياد العام", "FACILITY مستشفى بني مالك العام",
        "FACILITY قاعدة أنجيرليك الجوية"},
       {"معسكر فريقه الجديد", "سد احتياجاتنا النفطية", "قاعدة بيانات الجمعية"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// "زنجبار" alone is Yemen's Zinjibar, which Arabic news names far more often
// than Tanzania's island; the island keeps "جزيرة زنجبار".
TEST_F(PlacesOrgsTest, ZinjibarAndZanzibar) {
  struct KbCase {
    const char* text;
    const char* kb_id;
  };
  const KbCase cases[] = {
      // "The resistance entered Zinjibar, capital of Abyan."
      {"ودخلت المقاومة زنجبار عاصمة محافظة أبين.", "zinjibar"},
      // "Tourists arrived on Zanzibar island off Tanzania."
      {"ووصل السياح إلى جزيرة زنجبار قبالة تنزانيا.", "zanzibar"},
  };
  for (const KbCase& tc : cases) {
    const Document doc = stages_.Run(tc.text);
    bool found = false;
    for (const Entity& e : doc.entities) found = found || e.kb_id == tc.kb_id;
    EXPECT_TRUE(found) << tc.text << " should name " << tc.kb_id;
  }
}

// What a body named after a person is for, ل + a noun and its genitive,
// completes its name; after a facility it says why someone went there.
TEST_F(PlacesOrgsTest, PurposeAfterABodyNamedAfterAPerson) {
  const Case cases[] = {
      // "The Prince Sultan centre for heart diseases opened a new wing; the
      // patient was taken to King Khalid hospital to receive treatment."
      {"وافتتح مركز الأمير سلطان لأمراض القلب جناحا جديدا. "
       "ونقل المريض إلى مستشفى الملك خالد لتلقي العلاج.",
       {"ORGANIZATION مركز الأمير سلطان لأمراض القلب", "FACILITY مستشفى الملك خالد"},
       {"مستشفى الملك خالد لتلقي العلاج", "مركز الأمير سلطان"}},
      // "The Prince Sultan fund for developing women announced loans; the
      // Prince Salman centre for youth development opened a course." (verbal
      // nouns with ت, no imperfect verbs)
      {"وأعلن صندوق الأمير سلطان لتنمية المرأة عن قروض. "
       "وافتتح مركز الأمير سلمان لتطوير الشباب دورة جديدة.",
       {"ORGANIZATION صندوق الأمير سلطان لتنمية المرأة",
        "ORGANIZATION مركز الأمير سلمان لتطوير الشباب"},
       {"صندوق الأمير سلطان", "مركز الأمير سلمان"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// Mosques, hotels and museums are named by whatever follows their head, a
// common noun too; a place's head after it describes the building instead.
// Municipalities, their secretariats and national teams are bodies.
TEST_F(PlacesOrgsTest, LandmarkBuildingsAndMunicipalBodies) {
  const Case cases[] = {
      // "The delegation visited the Bay'a mosque, then the Ritz hotel and the
      // museum of Islamic art."
      {"وزار الوفد مسجد البيعة ثم فندق الريتز ومتحف الفن الإسلامي.",
       {"FACILITY مسجد البيعة", "FACILITY فندق الريتز", "FACILITY متحف الفن الإسلامي"},
       {}},
      // "The wounded were taken to al-Jumhuriya hospital in Sanaa."
      {"ونقل الجرحى إلى مستشفى الجمهورية في صنعاء.", {"FACILITY مستشفى الجمهورية"}, {}},
      // "A suicide bomber struck the Emergency Forces' mosque." (the forces
      // keep their mention)
      {"واستهدف انتحاري مسجد قوات الطوارئ أمس.",
       {"FACILITY مسجد قوات الطوارئ", "ORGANIZATION قوات الطوارئ"},
       {}},
      // "The bus took the King Fahd tunnel to the King Abdullah station."
      // (named after persons, who do not act)
      {"وعبرت الحافلة نفق الملك فهد إلى محطة الملك عبدالله.",
       {"FACILITY نفق الملك فهد", "FACILITY محطة الملك عبدالله"},
       {"PERSON الملك عبدالله"}},
      // "The prince visited the King Fahd secondary school, the King Abdullah
      // park and the Imam Turki bin Abdullah mosque." (title and a known
      // person after an eponym noun)
      {"وزار الأمير مدرسة الملك فهد الثانوية وحديقة الملك عبدالله وجامع الإمام تركي بن "
       "عبدالله.",
       {"FACILITY مدرسة الملك فهد الثانوية", "FACILITY جامع الإمام تركي بن عبدالله"},
       {"PERSON تركي بن عبدالله"}},
      // "More than 1,500 schools were destroyed "partly or wholly"."
      {"وأكد أن أكثر من 1500 مدرسة دمرت \"جزئيا أو كليا\" في المحافظة.",
       {},
       {"مدرسة دمرت", "جزئيا أو كليا"}},
      // "The men prayed in the village mosque." (no name)
      {"وصلى الرجال في مسجد القرية بعد الظهر.", {}, {"مسجد القرية"}},
      // "The Riyadh region municipality and the Khobar municipality announced
      // the closure of the road; the Iraqi team beat the Saudi national
      // football team."
      {"وأعلنت أمانة منطقة الرياض وبلدية الخبر إغلاق الطريق، وفاز المنتخب العراقي على "
       "المنتخب السعودي لكرة القدم.",
       {"ORGANIZATION أمانة منطقة الرياض", "ORGANIZATION بلدية الخبر",
        "ORGANIZATION المنتخب العراقي", "ORGANIZATION المنتخب السعودي لكرة القدم"},
       {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A body's name may go on with a verbal noun without the article and its
// definite genitive ("منظمة حظر الأسلحة"); a government may be named after
// its leader, with his title, and the name ends with his.
TEST_F(PlacesOrgsTest, VerbalNounsAndLeadersInBodiesNames) {
  const Case cases[] = {
      // "The Organisation for the Prohibition of Chemical Weapons asked for a
      // new inquiry, and the fact-finding committee published its report."
      {"وطالبت منظمة حظر الأسلحة الكيماوية بتحقيق جديد، ونشرت لجنة تقصي الحقائق تقريرها.",
       {"ORGANIZATION منظمة حظر الأسلحة الكيماوية", "ORGANIZATION لجنة تقصي الحقائق"},
       {}},
      // "The government of President Bashar al-Assad signed the agreement,
      // and Abadi's government welcomed it."
      {"ووقعت حكومة الرئيس بشار الأسد الاتفاق، ورحبت به حكومة العبادي.",
       {"ORGANIZATION حكومة الرئيس بشار الأسد", "ORGANIZATION حكومة العبادي"},
       {"حكومة الرئيس", "حكومة الرئيس بشار الأسد الاتفاق"}},
      // "The government of the Custodian of the Two Holy Mosques spares no
      // effort."
      {"ولا تدخر حكومة خادم الحرمين الشريفين جهدا.",
       {"ORGANIZATION حكومة خادم الحرمين الشريفين"},
       {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// Headquarters and farms are named by what follows their head, unless it is
// a body the text has in mind ("مقر الشركة"); a body inside stays its own
// mention. An airline is named by "الخطوط" and its country's gentilic.
TEST_F(PlacesOrgsTest, HeadquartersFarmsAndAirlines) {
  const Case cases[] = {
      // "The president met the delegation at the presidency headquarters, then
      // went to the UN headquarters."
      {"واستقبل الرئيس الوفد في مقر الرئاسة، ثم توجه إلى مقر الأمم المتحدة.",
       {"FACILITY مقر الرئاسة", "FACILITY مقر الأمم المتحدة", "ORGANIZATION الأمم المتحدة"},
       {}},
      // "The minister visited the company's headquarters and the venue of the
      // festival." (no names)
      {"وزار الوزير مقر الشركة أمس ثم مقر المهرجان.", {}, {"مقر الشركة", "مقر المهرجان"}},
      // "They met at the interior ministry's headquarters." (the ministry keeps
      // its mention)
      {"واجتمعوا في مقر وزارة الداخلية.",
       {"FACILITY مقر وزارة الداخلية", "ORGANIZATION وزارة الداخلية"},
       {}},
      // "A shell fell on the Mashhour farm; Yemenia, which resumed its
      // flights, ..."
      {"وسقطت قذيفة على مزرعة المشهور، وقالت الخطوط اليمنية التي استأنفت رحلاتها إن الوضع هادئ.",
       {"FACILITY مزرعة المشهور", "ORGANIZATION الخطوط اليمنية"},
       {"الخطوط اليمنية التي"}},
      // "The planes struck the villages of al-Bu'lawan and al-Zankura."
      {"وقصفت الطائرات قرى البوعلوان والزنكورة.", {"LOCATION البوعلوان", "LOCATION الزنكورة"}, {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A party is named by its head with the article and relative adjectives,
// with or without its country's gentilic; "الحزب الحاكم" (the ruling party)
// and a bare "الحزب" name none.
TEST_F(PlacesOrgsTest, PartiesNamedByAdjectives) {
  const Case cases[] = {
      // "The Bourguibist Constitutional Party and the Islamic Party criticised
      // the ruling party."
      {"وانتقد الحزب الدستوري البورقيبي والحزب الإسلامي الحزب الحاكم.",
       {"ORGANIZATION الحزب الدستوري البورقيبي", "ORGANIZATION الحزب الإسلامي"},
       {"الحزب الحاكم"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A court is named by its head, the article and its country's gentilic; so
// is an embassy, also where the gentilic is the country's name ("السعودية").
// The gentilic agrees with the head: "المحكمة بأن" has none.
TEST_F(PlacesOrgsTest, CourtsAndEmbassiesNamedByGentilics) {
  const Case cases[] = {
      // "The US district court ruled that the decision was void, and the Saudi
      // embassy in Washington welcomed the ruling."
      {"وقضت المحكمة الجزئية الأمريكية بأن القرار باطل، ورحبت السفارة السعودية في واشنطن "
       "بالحكم.",
       {"ORGANIZATION المحكمة الجزئية الأمريكية", "FACILITY السفارة السعودية في واشنطن"},
       {}},
      // "Iranian customs seized the shipment."
      {"وضبطت الجمارك الإيرانية الشحنة.", {"ORGANIZATION الجمارك الإيرانية"}, {}},
      // "The court ruled that the decision was void." (no name)
      {"وقضت المحكمة بأن القرار باطل.", {}, {"المحكمة بأن"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A foreign name after an agency's head, maybe after "أنباء" (news), with
// "للأنباء" after it, is the agency's name.
TEST_F(PlacesOrgsTest, AgenciesNamedByForeignNames) {
  const Case cases[] = {
      // "The Doğan news agency and the Anadolu news agency reported the
      // attack."
      {"وذكرت وكالة دوجان للأنباء ووكالة أنباء الأناضول الهجوم.",
       {"ORGANIZATION وكالة دوجان للأنباء"},
       {"ORGANIZATION وكالة دوجان"}},
      // "The Doğan news agency said the toll rose."
      {"وقالت وكالة أنباء دوجان إن الحصيلة ارتفعت.", {"ORGANIZATION وكالة أنباء دوجان"}, {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// After a town's head one word that closes the phrase is the town's name,
// even one the word list knows; an adjective agrees with the head in ة.
TEST_F(PlacesOrgsTest, OneWordTownNamesAfterASettlementsHead) {
  const Case cases[] = {
      // "The minister arrived in the city of Nantes, then in a small town in
      // the countryside."
      {"ووصل الوزير إلى مدينة نانت، ثم إلى بلدة صغيرة في الريف.",
       {"LOCATION نانت"},
       {"صغيرة", "بلدة صغيرة"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// Plateaus, basins, plains, lakes, coasts and straits head places named by a
// place or a proper name; before a common noun they name none.
TEST_F(PlacesOrgsTest, LandformHeads) {
  const Case cases[] = {
      // "The Blue Nile rises on the Abyssinian plateau and crosses the Nile
      // basin; the forces took the Ghab plain and the Hadramawt coast."
      {"وينبع النيل الأزرق من هضبة الحبشة ويعبر حوض النيل، وسيطرت القوات على سهل الغاب "
       "وساحل حضرموت.",
       {"LOCATION هضبة الحبشة", "LOCATION حوض النيل", "LOCATION سهل الغاب", "LOCATION ساحل حضرموت"},
       {}},
      // "The matter was easy; he swam in the swimming pool."
      {"وكان الأمر سهل جدا، وسبح في حوض السباحة.", {}, {"حوض السباحة"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// An office of two words after "مكتب" names the body that serves it, its
// adjective included.
TEST_F(PlacesOrgsTest, OfficeOfATwoWordTitle) {
  const Case cases[] = {
      // "The case was referred to the attorney general's office."
      {"وأحيلت القضية إلى مكتب النائب العام أمس.", {"ORGANIZATION مكتب النائب العام"}, {}},
      // "The Labouza brigade advanced; the government formed a brigade to
      // protect the facilities." (a name that looks like ل + a word; ل + a
      // known noun is what the brigade is for)
      {"وتقدم لواء لبوزة نحو المدينة، وشكلت الحكومة لواء لحماية المنشآت.",
       {"ORGANIZATION لواء لبوزة"},
       {"لواء لحماية"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// Relative adjectives between a generic body's phrase and its country's
// gentilic belong to the name.
TEST_F(PlacesOrgsTest, AdjectivesBeforeTheGentilicOfAGenericBody) {
  const Case cases[] = {
      // "The Revolutionary Armed Forces of Colombia announced a ceasefire, and
      // the Kuwaiti security authorities arrested two men."
      {"وأعلنت القوات المسلحة الثورية الكولومبية وقف النار، واعتقلت السلطات الأمنية الكويتية "
       "رجلين.",
       {"ORGANIZATION القوات المسلحة الثورية الكولومبية", "ORGANIZATION السلطات الأمنية الكويتية"},
       {"ORGANIZATION القوات المسلحة"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A quoted foreign name after a definite body's head and its adjectives is
// the body's name.
TEST_F(PlacesOrgsTest, QuotedNamesAfterAHeadAndItsAdjectives) {
  const Case cases[] = {
      // "The family founded the historic bank «Santander»."
      {"وأسست العائلة المصرف التاريخي «ساتاندر» قبل قرنين.", {"ORGANIZATION ساتاندر"}, {}},
      // "The German company «Siemens» won the contract."
      {"وفازت الشركة الألمانية «سيمنز» بالعقد.", {"ORGANIZATION سيمنز"}, {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A definite committee's head and its adjectives before "في" and the body it
// sits in name one committee.
TEST_F(PlacesOrgsTest, CommitteesInTheBodyTheySitIn) {
  const Case cases[] = {
      // "The security committee in parliament and the legal committee in the
      // Iraqi Council of Representatives rejected the decision."
      {"ورفضت اللجنة الأمنية في البرلمان واللجنة القانونية في مجلس النواب العراقي القرار.",
       {"ORGANIZATION اللجنة الأمنية في البرلمان",
        "ORGANIZATION اللجنة القانونية في مجلس النواب العراقي"},
       {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A body's complement that opens with a common noun names the body; a
// person after it is the title holder's apposition, not the body's leader.
// A facility named after a place keeps the adjective after the place, and
// a noun joined after that adjective is something else.
TEST_F(PlacesOrgsTest, ComplementsEndAtAppositionsAndConjuncts) {
  const Case cases[] = {
      // "An official in the office attached to the head of the region's
      // government, Nechirvan Barzani, said the work goes on."
      {"وقال مسؤول في المكتب التابع لرئيس حكومة الإقليم نيجيرفان بارزاني إن العمل مستمر.",
       {"PERSON نيجيرفان بارزاني"},
       {"حكومة الإقليم نيجيرفان بارزاني"}},
      // "The forces of the deposed Ali Saleh attacked the town." (a rank-like
      // adjective still binds the person)
      {"وهاجمت قوات المخلوع علي صالح البلدة.", {"ORGANIZATION قوات المخلوع علي صالح"}, {}},
      // "The patient was moved to Tathlith general hospital and the health
      // sector sent a team."
      {"ونقل المريض إلى مستشفى تثليث العام والقطاع الصحي أرسل فريقا.",
       {"FACILITY مستشفى تثليث العام"},
       {"مستشفى تثليث", "مستشفى تثليث العام والقطاع الصحي"}},
      // "The measures of the European Investment Bank, aimed at completing a
      // banking union." (a participle joined by و opens a description)
      {"وأشاد بتدابير بنك الاستثمار الأوروبي والهادفة إلى استكمال اتحاد مصرفي.",
       {"ORGANIZATION بنك الاستثمار الأوروبي"},
       {"بنك الاستثمار الأوروبي والهادفة"}},
      // "A member of the Afghan High Peace Council said the round will be
      // held." (the elative after the gentilic is the council's name)
      {"وقال عضو مجلس السلام الأفغاني الأعلى إن الجولة ستعقد.",
       {"ORGANIZATION مجلس السلام الأفغاني الأعلى"},
       {}},
      // "The new Libyan government met." (a describing adjective stays out)
      {"واجتمعت الحكومة الليبية الجديدة أمس.", {}, {"الحكومة الليبية الجديدة"}},
      // "Flights resumed at Cairo international airport."
      {"واستؤنفت الرحلات في مطار القاهرة الدولي أمس.", {"FACILITY مطار القاهرة الدولي"}, {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A short name the knowledge base gives one country's body, followed by
// another country's gentilic, names that other country's body.
TEST_F(PlacesOrgsTest, ShortBodyNameWithAnotherCountrysGentilic) {
  const Case cases[] = {
      // "The Kuwaiti Red Crescent Society sent a convoy to the camps."
      {"وأرسلت هيئة الهلال الأحمر الكويتية قافلة إلى المخيمات.",
       {"ORGANIZATION هيئة الهلال الأحمر الكويتية"},
       {"هيئة الهلال الأحمر"}},
      // "The German president of the International Olympic Committee spoke."
      // (the gentilic does not agree with the committee: it is the man's)
      {"وتحدث رئيس اللجنة الأولمبية الدولية الألماني أمس.",
       {"ORGANIZATION اللجنة الأولمبية الدولية"},
       {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A quoted bare outlet name is read first as a newspaper's: the press
// quotes papers by their bare names, broadcasters with their heads.
TEST_F(PlacesOrgsTest, QuotedBareNameIsThePaper) {
  // "The official told «al-Riyadh» that the road will open next week."
  const Document doc = stages_.Run("وقال المسؤول لـ«الرياض» إن الطريق سيفتح الأسبوع المقبل.");
  const Entity* e = test::FindEntity(doc, "الرياض");
  ASSERT_NE(e, nullptr) << test::Dump(doc);
  EXPECT_EQ(e->kb_id, "al-riyadh-newspaper") << test::Dump(doc);
}

// A one-word place name that is also an ordinary noun, with an adjective
// agreeing after it, is that noun; after a head or a noun that governs it,
// the adjective may be the head's and the word stays the name.
TEST_F(PlacesOrgsTest, PlaceWordsWithTheirAdjectiveAreNouns) {
  const Case cases[] = {
      // "Thousands went out to the main squares of the cities."
      {"وخرج الآلاف إلى الميادين الرئيسية في المدن.", {}, {"الميادين"}},
      // "The middle class bears the burden of the prices."
      {"وتتحمل الطبقة الوسطى عبء الأسعار.", {}, {"الطبقة"}},
      // "The lights shone on the walls of the Pharaonic Luxor temple."
      {"وأضاءت الأنوار جدران معبد الأقصر الفرعوني.", {"LOCATION الأقصر"}, {}},
      // "Forces stormed the strategic al-Anad camp." (a head before it)
      {"واقتحمت القوات معسكر العند الاستراتيجي.", {}, {"العند الاستراتيجي"}},
      // "He travelled via the outer ring road to al-Ahsa leading to the
      // coast." (ل + the article is a preposition and the name)
      {"وسافر عبر الطريق الخارجي للأحساء المؤدي إلى الساحل.", {"LOCATION للأحساء"}, {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A facility named after a place keeps only the adjectives of its name:
// "العام", "الدولي"; "الاستراتيجي", "الحالي" describe it.
TEST_F(PlacesOrgsTest, FacilityAdjectivesAfterAPlace) {
  const Case cases[] = {
      // "Ships docked at the strategic port of Mocha."
      {"ورست السفن في ميناء المخاء الاستراتيجي أمس.",
       {"FACILITY ميناء المخاء"},
       {"ميناء المخاء الاستراتيجي"}},
      // "The patients were moved to Jazan general hospital and the health
      // centres."
      {"ونقل المرضى إلى مستشفى جازان العام والمراكز الصحية.", {"FACILITY مستشفى جازان العام"}, {}},
      // "The Emirates Authority for Standards and Metrology issued a
      // circular." (a "لل" complement goes on after the place)
      {"وأصدرت هيئة الإمارات للمواصفات والمقاييس تعميما.",
       {"ORGANIZATION هيئة الإمارات للمواصفات والمقاييس"},
       {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A company's head, a place and what the company is for name the company;
// the place stays a mention of its own.
TEST_F(PlacesOrgsTest, CompaniesNamedByAPlaceAndTheirPurpose) {
  const Case cases[] = {
      // "The Makkah Construction and Development Company signed a contract."
      {"ووقعت شركة مكة للإنشاء والتعمير عقدا جديدا.",
       {"ORGANIZATION شركة مكة للإنشاء والتعمير"},
       {"ORGANIZATION مكة"}},
      // "The Jeddah Company for Urban Development announced the start of
      // the works." (the object after the name is no part of it)
      {"وأعلنت شركة جدة للتنمية والتطوير العمراني البدء في الأعمال.",
       {"ORGANIZATION شركة جدة للتنمية والتطوير العمراني", "LOCATION جدة"},
       {"شركة جدة للتنمية والتطوير العمراني البدء"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A known body's name followed by two agreeing adjectives opens another
// body's name; one adjective only describes the known body.
TEST_F(PlacesOrgsTest, KnownNameOpeningALongerOne) {
  const Case cases[] = {
      // "The Ahwazi Popular Democratic Front claimed the attack."
      {"وتبنت الجبهة الديمقراطية الشعبية الأحوازية الهجوم.",
       {"ORGANIZATION الجبهة الديمقراطية الشعبية الأحوازية"},
       {"الجبهة الديمقراطية"}},
      // "The terrorist Daesh group claimed the attack."
      {"وتبنى تنظيم داعش الإرهابي الهجوم.", {}, {"تنظيم داعش الإرهابي"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// Quoted counts and quoted common nouns after "أي" (any) are no names, even
// with a head a few words before them.
TEST_F(PlacesOrgsTest, QuotedCountsAndKindsAreNoNames) {
  const Case cases[] = {
      // "The site published a list of "40 secret targets" of the agency."
      {"ونشر الموقع لائحة تضم \"40 هدفا سريا\" للوكالة.", {}, {"40 هدفا سريا"}},
      // "He said the group's leader cannot lead any "emirate" because he is
      // no scholar."
      {"وقال إن زعيم الجماعة لا يمكنه قيادة أي «إمارة» لأنه ليس عالما.", {}, {"إمارة"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// After a dual or plural place head, every name joined by و is a place,
// ordinary words among them.
TEST_F(PlacesOrgsTest, PlacesListedAfterADualOrPluralHead) {
  const Case cases[] = {
      // "The aircraft shelled the al-Hamra and al-Naqa areas north of the
      // city."
      {"وقصفت الطائرات منطقتي الحمرا والنقعة شمال المدينة.",
       {"LOCATION الحمرا", "LOCATION النقعة"},
       {}},
      // "Gunmen took the areas of al-Aziziya and al-Shaabin yesterday."
      {"وسيطر المسلحون على مناطق العزيزية والشعبين أمس.", {"LOCATION الشعبين"}, {}},
      // "Rain is expected over the regions of Tabuk and Hail." (a known
      // place after the plural head)
      {"ويتوقع هطول أمطار على مناطق تبوك وحائل.", {"LOCATION تبوك", "LOCATION حائل"}, {}},
      // "The campaigns covered the governorates of Qatif and al-Khobar."
      {"وشملت الحملات محافظات القطيف والخبر أمس.", {"LOCATION القطيف", "LOCATION الخبر"}, {}},
      // "Attacks hit the cities and governorates of the republic." (the
      // republic is the country, no place of the list)
      {"وتكررت الاعتداءات في مختلف مدن ومحافظات الجمهورية.", {}, {"الجمهورية"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A street or school named after a man called by his kunya ("أبي",
// father of) is a facility; the man does not act in the sentence.
TEST_F(PlacesOrgsTest, EponymsCalledByTheirKunya) {
  const Case cases[] = {
      // "The police closed Abu Bakr al-Siddiq street yesterday."
      {"وأغلقت الشرطة شارع أبي بكر الصديق أمس.",
       {"FACILITY شارع أبي بكر الصديق"},
       {"PERSON بكر الصديق"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A board every company or club has ("مجلس إدارة", "مجلس أمناء") before
// the body's name is that body's organ: the club or company is the entity.
TEST_F(PlacesOrgsTest, BoardBeforeABodysNameLeavesTheBody) {
  const Case cases[] = {
      // "The board of directors of al-Nour club met yesterday to pick a new
      // coach."
      {"واجتمع مجلس إدارة نادي النور أمس لاختيار مدرب جديد.",
       {"ORGANIZATION نادي النور"},
       {"مجلس إدارة نادي النور"}},
      // "The board of trustees of the Faisal Foundation approved the budget yesterday."
      {"وأقر مجلس أمناء مؤسسة الفيصل الخيرية أمس الميزانية.",
       {"ORGANIZATION مؤسسة الفيصل الخيرية"},
       {"مجلس أمناء مؤسسة الفيصل الخيرية"}},
      // "The chairman of the board of the Charitable Society for Orphans
      // said yesterday that donations rose." (what the society is for is
      // part of its name)
      {"وقال رئيس مجلس إدارة الجمعية الخيرية للأيتام أمس إن التبرعات زادت.",
       {"ORGANIZATION الجمعية الخيرية للأيتام"},
       {"مجلس إدارة الجمعية الخيرية للأيتام"}},
      // "The chairman of the board of al-Nakhil Real Estate Development
      // Company announced a new project yesterday."
      {"وأعلن رئيس مجلس إدارة شركة النخيل للتطوير العقاري أمس عن مشروع جديد.",
       {"ORGANIZATION شركة النخيل للتطوير العقاري"},
       {"مجلس إدارة شركة النخيل للتطوير العقاري"}},
      // "The club's board met yesterday." (no name: the club of the story)
      {"واجتمع مجلس إدارة النادي أمس.", {}, {"مجلس إدارة النادي", "النادي"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A naming participle ("المكنى", nicknamed; "المسمى", called) after a body's
// name opens a description of someone else: it ends the name.
TEST_F(PlacesOrgsTest, NamingParticipleEndsABodysName) {
  const Case cases[] = {
      // "The commander of the Houthi Thunderbolt battalion, nicknamed Abu
      // Ali, was killed in the clashes."
      {"وقتل قائد كتيبة الصاعقة الحوثية المكنى بأبي علي في الاشتباكات.",
       {"ORGANIZATION كتيبة الصاعقة الحوثية"},
       {"كتيبة الصاعقة الحوثية المكنى"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A facility's adjective ("العام", general) after its name closes it: a noun
// joined by و after it is another thing, also when the name is a word too.
TEST_F(PlacesOrgsTest, FacilityAdjectiveClosesTheName) {
  const Case cases[] = {
      // "The governor inspected al-Nour general hospital and the health
      // centre yesterday."
      {"وتفقد المحافظ مستشفى النور العام والمركز الصحي أمس.",
       {"FACILITY مستشفى النور"},
       {"مستشفى النور العام والمركز الصحي"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// Organisations, places and facilities named by their head words
// (src/ner/head_mentions.cc and the head tables of data/ner).

// Plural nouns of people or actions ("علماء", "أحرار", "شهداء", "عمليات")
// carry the genitive chain of a body's name on to its definite complement.
TEST_F(PlacesOrgsTest, PluralNounsContinueTheName) {
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
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// "لل" right after a head without the article is the preposition ل with the
// article: "a council for the notables" names no body.
TEST_F(PlacesOrgsTest, PrepositionAfterIndefiniteHeadNamesNothing) {
  const Case cases[] = {
      // "The administration announced the forming of a council of notables
      // in the town."
      {"وأعلنت الإدارة تشكيل مجلس للأعيان في البلدة.", {}, {"مجلس للأعيان"}},
      // "The ministry opened an office for the displaced in the city."
      {"وافتتحت الوزارة مكتبا للنازحين ومركز للإيواء في المدينة.", {}, {"مركز للإيواء"}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A quote is a head's name only when nothing but adjectives stands between
// them: "في" or a verb with an attached pronoun makes it the object of a
// clause, and a head before a country's name alone is no body.
TEST_F(PlacesOrgsTest, QuotesAfterAClauseAreNoNames) {
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
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A definite head, its adjectives (a second one joined by و) and ل + a body
// name that body's organ.
TEST_F(PlacesOrgsTest, OrganWithJoinedAdjectives) {
  const Case cases[] = {
      // "The UN Economic and Social Council adopted the resolution."
      {"واعتمد المجلس الاقتصادي والاجتماعي للأمم المتحدة القرار.",
       {"ORGANIZATION المجلس الاقتصادي والاجتماعي للأمم المتحدة"},
       {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// Foreign names after a head keep their "and" and "of".
TEST_F(PlacesOrgsTest, ForeignNamesWithAndOrOf) {
  const Case cases[] = {
      // "The Standard & Poor's agency lowered the company's rating."
      {"وخفضت مؤسسة ستاندرد آند بورز تصنيف الشركة.", {"ORGANIZATION مؤسسة ستاندرد آند بورز"}, {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// After a settlement's or an area's head, a hill's or a well's head and its
// complement are the place's name, common nouns or not.
TEST_F(PlacesOrgsTest, PlaceHeadInsideASettlementName) {
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
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// Where the complement of a body's head ends: a unit named by its complement
// is placed by "في"; a definite noun after a relative adjective is the
// verb's object; participles and elatives stay adjectives of the name.
TEST_F(PlacesOrgsTest, ComplementEndsAfterAdjectives) {
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
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// An organisation's head without the article, one word and an adjective
// with it that agrees with the head: the word is the body's name.
TEST_F(PlacesOrgsTest, HeadNameAndAgreeingAdjective) {
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
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// The third place of a list joined by و, closed by punctuation, is a place
// even when it is also an ordinary word.
TEST_F(PlacesOrgsTest, ThirdPlaceOfAList) {
  const Case cases[] = {
      // "The fighters advanced in Lawdar, al-Dhale and al-Hawta, sources
      // said." (الحوطة is also "the precaution")
      {"وتقدم المقاتلون في لودر والضالع والحوطة، بحسب مصادر.", {"LOCATION الحوطة"}, {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// A station named in quotes is a broadcaster when its adjective says so.
TEST_F(PlacesOrgsTest, TelevisionStationIsAnOutlet) {
  const Case cases[] = {
      // "The al-Fajr television station aired the interview."
      {"وبثت محطة «الفجر» التلفزيونية المقابلة.", {"ORGANIZATION الفجر"}, {"FACILITY الفجر"}},
      // "The "al-Zahrani" power station stopped working." (a facility)
      {"وتوقفت محطة «الزهراني» الكهربائية عن العمل.", {"FACILITY الزهراني"}, {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

// "النيل من" (to undermine) is a verbal noun, not the Nile.
TEST_F(PlacesOrgsTest, UnderminingIsNotTheNile) {
  const Case cases[] = {
      // "The group tries to undermine the country's unity."
      {"وتحاول الجماعة النيل من وحدة البلاد.", {}, {"النيل"}},
      // "Thousands fight under the banner of the jihadist groups." (a fixed
      // expression, no brigade)
      {"ويقاتل الآلاف تحت لواء التنظيمات المتشددة.", {}, {"لواء التنظيمات المتشددة"}},
      // "The Nile passes through Khartoum."
      {"ويمر النيل بالخرطوم.", {"LOCATION النيل"}, {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

}  // namespace
}  // namespace rased::ner

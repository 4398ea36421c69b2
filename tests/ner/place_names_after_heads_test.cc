// Entity stage tests for places named after a place's head: a new place after
// a head news writes into the name is mentioned with and without the head as
// one entity, a town named by unknown words before a definite relative
// adjective, dual and plural heads before lists of places (foreign names
// too), and a word of the language after a plural head that is no place
// (src/ner/head_mentions.cc, src/ner/entity_building.cc and
// data/ner/place_heads.tsv), on sentences written for them (not taken from
// any corpus).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class PlaceNamesAfterHeadsTest : public test::WordListTest {};

using Case = test::MentionCase;

// A new place after an area's or a town's head is mentioned with the head
// and without it, as annotators write it either way (a common word alone,
// "النخيل", palm trees, reads as the word), and both mentions are one entity.
TEST_F(PlaceNamesAfterHeadsTest, NewPlaceIsMentionedWithAndWithoutItsHead) {
  const Case cases[] = {
      // "Army units advanced from the al-Nakhil area in Aden towards the
      // coast."
      {"وتقدمت وحدات الجيش من منطقة النخيل في عدن نحو الساحل.",
       {"LOCATION منطقة النخيل", "LOCATION النخيل", "LOCATION عدن"},
       {}},
      // "The team reached the town of Silbubi in Mali this morning."
      {"ووصل الفريق إلى مدينة سيلبوبي في مالي صباح اليوم.",
       {"LOCATION مدينة سيلبوبي", "LOCATION سيلبوبي"},
       {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
  // One entity, named with its head.
  const Document doc = stages_.Run("وتقدمت وحدات الجيش من منطقة النخيل في عدن نحو الساحل.");
  const Entity* headed = test::FindEntity(doc, "منطقة النخيل");
  const Entity* bare = test::FindEntity(doc, "النخيل");
  ASSERT_NE(headed, nullptr);
  EXPECT_EQ(headed, bare);
  EXPECT_EQ(headed->name, "منطقة النخيل");
}

// After a town's or an area's head in the construct state, words without the
// article and then a definite relative adjective agreeing with the head name
// the place, whatever the word list reads in them; "لل" (to the) opens no
// adjective.
TEST_F(PlaceNamesAfterHeadsTest, TownNamedBeforeADefiniteAdjective) {
  const Case cases[] = {
      // "The national team took part in a friendly tournament held in the
      // French city of Lille last week." ("ليل" is also "night")
      {"وشارك المنتخب في بطولة ودية أقيمت في مدينة ليل الفرنسية الأسبوع الماضي.",
       {"LOCATION مدينة ليل", "LOCATION ليل"},
       {"LOCATION ليل الفرنسية", "LOCATION مدينة ليل الفرنسية"}},
      // "Two civilians were killed yesterday in the border village of Qah
      // by Turkey."
      {"وقتل مدنيان في قرية قاح الحدودية مع تركيا أمس.",
       {"LOCATION قاح"},
       {"LOCATION قاح الحدودية"}},
      // "The blast happened in the city of Quetta, capital of Balochistan
      // province." (a place's head in apposition closes the name)
      {"وقع الانفجار في مدينة كويتا عاصمة إقليم بلوشستان.", {"LOCATION كويتا"}, {}},
      // "The player moved to the city of Seattle in the north-west of the
      // United States." (directions close it)
      {"وانتقل اللاعب إلى مدينة سياتل شمال غرب الولايات المتحدة.", {"LOCATION سياتل"}, {}},
      // "The police raided a town near the city of Pisa." (a preposition
      // before a place's head is no name)
      {"وداهمت الشرطة بلدة قرب مدينة بيزا وسط البلاد.", {}, {"LOCATION قرب", "LOCATION بلدة قرب"}},
      // "He was born in the city of Lafayette, where thousands of students
      // live." (a relative pronoun closes it; the name keeps its ل)
      {"وولد في مدينة لافايت التي يسكنها آلاف الطلاب.",
       {"LOCATION مدينة لافايت", "LOCATION لافايت"},
       {"LOCATION افايت"}},
      // "The city of Brisbane lies on the east coast." (ب is the name's)
      {"وتقع مدينة بريزبن، على الساحل الشرقي.", {"LOCATION بريزبن"}, {"LOCATION ريزبن"}},
      // "The shell fell on the village of Katana in Samtah province." (a
      // name in ة the word list reads only as ك + a word)
      {"وسقط المقذوف في قرية كتنة في محافظة صامطة.", {"LOCATION كتنة"}, {}},
      // "Turkey called for an area under protection." (an adjective and a
      // preposition: no name)
      {"وقد دعت تركيا لإقامة منطقة خاضعة للحماية.", {}, {"LOCATION خاضعة", "LOCATION منطقة خاضعة"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// Dual and plural heads before a list: each member is a place, a foreign
// name without the article too; after a plural head a word of the language
// says what the areas have in common, wherever they lie.
TEST_F(PlaceNamesAfterHeadsTest, ListsAfterDualAndPluralHeads) {
  const Case cases[] = {
      // "The forces raided the two towns of Brital and al-Tayyiba in east
      // Lebanon."
      {"وشنت القوات حملة دهم في بلدتي بريتال والطيبة شرق لبنان.",
       {"LOCATION بريتال", "LOCATION الطيبة"},
       {}},
      // "The police closed the regions of Lombardy and Piedmont because of
      // the floods."
      {"وأعلنت الشرطة إغلاق أقاليم لومبارديا وبيمونتي بسبب الفيضانات.",
       {"LOCATION لومبارديا", "LOCATION بيمونتي"},
       {}},
      // "Three regiments graduated last month in Amiriyat al-Fallujah,
      // al-Khalidiya and al-Habbaniya." (commas before the و of the list)
      {"وتخرجت ثلاثة أفواج في عامرية الفلوجة، والخالدية، والحبانية، الشهر الماضي.",
       {"LOCATION الخالدية"},
       {}},
      // "The delegation toured the Jewish Quarter in the old city." (a
      // quarter's head)
      {"وتجول الوفد في حارة اليهود بالمدينة القديمة.", {"LOCATION حارة اليهود"}, {}},
      // "The region had hot and humid weather yesterday." ("حارة" is also
      // hot)
      {"وشهدت المنطقة أجواء حارة ورطبة أمس.", {}, {"LOCATION حارة ورطبة", "LOCATION حارة"}},
      // "Thousands of refugees live in the conflict zones in Syria."
      {"ويعيش آلاف اللاجئين في مناطق النزاع في سوريا.", {"LOCATION سوريا"}, {"LOCATION النزاع"}},
      // "Fighting went on in the areas of operations in Yemen."
      {"واستمرت المعارك في مناطق العمليات في اليمن.", {"LOCATION اليمن"}, {"LOCATION العمليات"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A mountain's, a valley's or a pass's head before its complement names the
// place, a common word too; a pass's head before a known body is the word
// (a hurdle).
TEST_F(PlaceNamesAfterHeadsTest, MountainsValleysAndPasses) {
  const Case cases[] = {
      // "The fighters took a position on Mount al-Muqattar, overlooking the
      // road."
      {"وسيطر المقاتلون على موقع في جبل المقطر، المطل على الطريق.", {"LOCATION جبل المقطر"}, {}},
      // "Floods swept Wadi al-Safra after the rain."
      {"وجرفت السيول وادي الصفراء بعد الأمطار.", {"LOCATION وادي الصفراء"}, {}},
      // "The militias fled towards the Thira pass, which links the two
      // provinces."
      {"وفرت الميليشيات باتجاه عقبة ثرة التي تربط المحافظتين.", {"LOCATION عقبة ثرة"}, {}},
      // "Rents are highest in the Chelsea quarter." (a known body's one-word
      // name after a place's head may be the place's)
      {"وتبلغ الإيجارات ذروتها في حي تشيلسي هذا الصيف.", {"LOCATION حي تشيلسي"}, {}},
      // "The team seeks to overcome the Manchester City hurdle this week."
      {"ويسعى الفريق لتخطي عقبة مانشستر سيتي هذا الأسبوع.", {}, {"LOCATION عقبة مانشستر سيتي"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// After a preposition of place, a word without the article the word list
// lacks is a place where a larger place locates it; not a plural with the
// article the list lacks.
TEST_F(PlaceNamesAfterHeadsTest, UnknownWordLocatedAfterAPreposition) {
  const Case cases[] = {
      // "The debate will be held tomorrow in Cleveland, Ohio."
      {"وستعقد المناظرة غدا في كليفلاند بولاية أوهايو.", {"LOCATION كليفلاند"}, {}},
      // "The company sells its crude to buyers in Asia."
      {"وتبيع الشركة خامها إلى المشترين في آسيا.", {}, {"LOCATION المشترين"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// "ولايتي" (two states) is a dual head; the Iranian adviser's family name
// after his given names stays his.
TEST_F(PlaceNamesAfterHeadsTest, DualHeadLeavesAKnownFamilyName) {
  const Case cases[] = {
      // "Ali Akbar Velayati said that Tehran supports dialogue."
      {"وقال علي أكبر ولايتي إن طهران تدعم الحوار.", {"PERSON علي أكبر ولايتي"}, {}},
      // "The battles in the two states of South Kordofan and Blue Nile went
      // on."
      {"واستمرت المعارك في ولايتي جنوب كردفان والنيل الأزرق.", {}, {"PERSON ولايتي"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A road and a park are named by their head and what follows it: a person
// after a title (the road or park is named after them, who does not act), a
// town, or a name of its own. "عن طريق" (by means of) is an idiom: its
// "طريق" heads no road, names no quoted word after it and leaves the head
// after it to name its own body.
TEST_F(PlaceNamesAfterHeadsTest, RoadsAndParksAfterTheirHeads) {
  const Case cases[] = {
      // "A car overturned last night on King Fahd Road in Buraidah."
      {"وانقلبت سيارة مساء أمس على طريق الملك فهد في مدينة بريدة.",
       {"FACILITY طريق الملك فهد", "LOCATION بريدة"},
       {"PERSON الملك فهد"}},
      // "The Eid festival opens today in the King Abdullah Park in Hofuf."
      {"وتنطلق فعاليات مهرجان العيد اليوم في منتزه الملك عبدالله البيئي بالهفوف.",
       {"FACILITY منتزه الملك عبدالله البيئي", "LOCATION الهفوف"},
       {"PERSON الملك عبدالله"}},
      // "The mayor visited al-Radf Park and the patrols spread along the
      // Taif-Baha road."
      {"وزار الأمين منتزه الردف العام، وانتشرت الدوريات على طريق الطائف الباحة.",
       {"FACILITY منتزه الردف", "FACILITY طريق الطائف الباحة"},
       {}},
      // "The goods reach Iraq by way of Kuwait." (a country, no road)
      {"وتصل البضائع إلى العراق عن طريق الكويت منذ أسبوع.",
       {"LOCATION الكويت", "LOCATION العراق"},
       {"FACILITY طريق الكويت"}},
      // "The two were pulled out by the rescue team." (ف is the word's own)
      {"وتم انتشالهما عن طريق فرقة الإنقاذ ونقلا إلى المستشفى.",
       {"ORGANIZATION فرقة الإنقاذ"},
       {"LOCATION رقة", "LOCATION الرقة"}},
      // "The idea was born by way of "joking" between friends."
      {"وجاءت الفكرة عن طريق «الدعابة» بين الأصدقاء.", {}, {"FACILITY الدعابة"}},
      // "The road starts from the King Abdullah ring road, "the eastern side"."
      // (a quote a word or more after a facility's head describes it)
      {"ويبدأ مسار الطريق من طريق الملك عبدالله الدائري «الضلع الشرقي» باتجاه الجنوب.",
       {"FACILITY طريق الملك عبدالله الدائري"},
       {"FACILITY الضلع الشرقي"}},
      // "The delegation left for Cairo by way of Taif airport." (the airport,
      // no road to it)
      {"وغادر الوفد إلى القاهرة عن طريق مطار الطائف مساء أمس.",
       {"FACILITY مطار الطائف"},
       {"FACILITY طريق مطار الطائف"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// "السعودية" is both the country and its feminine gentilic: right after a
// definite word it is that word's adjective (a definite noun takes no
// genitive) and no mention of the country; after a preposition, a verb, a
// noun in the construct state or a noun that takes a country's name it is the
// country.
TEST_F(PlaceNamesAfterHeadsTest, GentilicThatIsTheCountrysNameIsNoMention) {
  const Case cases[] = {
      // "The Saudi relief plane landed at Aden airport yesterday."
      {"وهبطت طائرة الإغاثة السعودية في مطار عدن أمس.",
       {"FACILITY مطار عدن"},
       {"LOCATION السعودية"}},
      // "The Saudi Society for Infection Control warned of the disease."
      {"وحذرت الجمعية السعودية لمكافحة العدوى من انتشار المرض.", {}, {"LOCATION السعودية"}},
      // "Exports to Saudi Arabia rose, and the minister visited Saudi Arabia
      // last week." (a title is no noun the name qualifies)
      {"وارتفعت الصادرات للسعودية، وزار الوزير السعودية الأسبوع الماضي.",
       {"LOCATION للسعودية", "LOCATION السعودية"},
       {}},
      // "The security of Saudi Arabia is a red line, the Saudi kingdom said."
      {"وقالت المملكة السعودية إن أمن السعودية خط أحمر.", {"LOCATION السعودية"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A town, a quarter or a mountain the knowledge base knows only with a head
// news writes into the name (its bare name is also a word or a given name) is
// mentioned with the head and without it, as one entity; a province keeps
// its head, its bare name being the city's.
TEST_F(PlaceNamesAfterHeadsTest, KnownPlaceWithItsHeadIsAlsoMentionedBare) {
  const Case cases[] = {
      // "Four hospitals operate at the holy site of Arafat and as many at
      // Mina."
      {"وتعمل أربعة مستشفيات في مشعر عرفات، ومثلها في مشعر منى.",
       {"LOCATION مشعر عرفات", "LOCATION عرفات", "LOCATION مشعر منى", "LOCATION منى"},
       {}},
      // "The municipality closed the road in the governorate of al-Khobar."
      {"وأغلقت البلدية الطريق في محافظة الخبر لمدة أسبوعين.",
       {"LOCATION محافظة الخبر", "LOCATION الخبر"},
       {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
  const Document doc = stages_.Run("وتعمل أربعة مستشفيات في مشعر عرفات، ومثلها في مشعر منى.");
  const Entity* bare = test::FindEntity(doc, "منى");
  ASSERT_NE(bare, nullptr);
  EXPECT_EQ(bare, test::FindEntity(doc, "مشعر منى"));
  // "The governor of the Makkah region opened the festival." (the province;
  // "مكة المكرمة" alone is the city's name)
  const Document region = stages_.Run("وافتتح أمير منطقة مكة المكرمة المهرجان أمس.");
  const Entity* province = test::FindEntity(region, "منطقة مكة المكرمة");
  ASSERT_NE(province, nullptr);
  for (uint32_t m : province->mentions) {
    EXPECT_NE(region.Slice(region.mentions[m].span), "مكة المكرمة");
  }
}

// A street, a road, a school or a mosque named after a companion or a patron
// by a given name and its chain of descent, without a title: the whole chain
// is the facility's name ("علي بن أبي طالب" inside it too), the person does
// not act, and what follows the chain only locates it.
TEST_F(PlaceNamesAfterHeadsTest, FacilityNamedByAChainOfDescent) {
  const Case cases[] = {
      // "Traffic was diverted yesterday to Uthman bin Affan Road north of
      // the city."
      {"وتحولت الحركة المرورية أمس إلى طريق عثمان بن عفان شمال المدينة.",
       {"FACILITY طريق عثمان بن عفان"},
       {"FACILITY طريق عثمان بن عفان شمال المدينة", "PERSON عثمان بن عفان"}},
      // "The director visited Usama bin Zaid primary school in the district."
      {"وزار المدير مدرسة أسامة بن زيد الابتدائية في الحي صباح أمس.",
       {"FACILITY مدرسة أسامة بن زيد الابتدائية"},
       {"PERSON أسامة بن زيد"}},
      // "The municipality paved Ali bin Abi Talib Street and Uthman bin Ali
      // bin Abi Talib Street."
      {"وسفلتت البلدية شارع علي بن أبي طالب، وشارع عثمان بن علي بن أبي طالب في الحي.",
       {"FACILITY شارع علي بن أبي طالب", "FACILITY شارع عثمان بن علي بن أبي طالب"},
       {"FACILITY شارع عثمان بن علي"}},
      // "The principal of Ahmad bin Muhammad Al Thani secondary school said
      // ..." (the family's name closes the chain)
      {"وقال مدير مدرسة أحمد بن محمد آل ثاني الثانوية إن الدراسة تبدأ غدا.",
       {"FACILITY مدرسة أحمد بن محمد آل ثاني الثانوية"},
       {"PERSON آل ثاني الثانوية"}},
      // "The girls' school Khadija bint Khuwaylid honoured its pupils."
      {"وكرمت مدرسة خديجة بنت خويلد طالباتها المتفوقات أمس.",
       {"FACILITY مدرسة خديجة بنت خويلد"},
       {"PERSON خديجة بنت خويلد"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// Bodies are named after their founder or patron the same way, and more
// often than streets: the chain of descent (a known person's too) and the
// body's adjective or purpose after it are the organisation's name; a title
// and a person after a body that names its own complement stay a person.
TEST_F(PlaceNamesAfterHeadsTest, OrganisationNamedByAChainOfDescent) {
  const Case cases[] = {
      // "Said bin Nasser charitable foundation gave university students
      // scholarships yesterday."
      {"وقدمت مؤسسة سعيد بن ناصر الخيرية منحا دراسية لطلاب الجامعات أمس.",
       {"ORGANIZATION مؤسسة سعيد بن ناصر الخيرية"},
       {"PERSON سعيد بن ناصر"}},
      // "Zayed bin Sultan Al Nahyan centre for charitable works opened a new
      // branch in the city."
      {"وافتتح مركز زايد بن سلطان آل نهيان للأعمال الخيرية فرعا جديدا في المدينة.",
       {"ORGANIZATION مركز زايد بن سلطان آل نهيان للأعمال الخيرية"},
       {"PERSON زايد بن سلطان آل نهيان"}},
      // "The director of the studies centre received Prince Faisal bin Saad."
      {"واستقبل مدير مركز الدراسات الأمير فيصل بن سعد وفدا من الجامعة.",
       {"PERSON فيصل بن سعد"},
       {"ORGANIZATION مركز الدراسات الأمير فيصل بن سعد"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// "مسجد رسول الله" (the Messenger of God's mosque) is the Prophet's Mosque in
// Medina, one entity with its usual name; mosques the knowledge base names.
TEST_F(PlaceNamesAfterHeadsTest, ProphetsMosqueByItsOtherName) {
  const Document doc =
      stages_.Run("وأدى المصلون صلاة الجمعة في مسجد رسول الله صلى الله عليه وسلم أمس.");
  const Entity* mosque = test::FindEntity(doc, "مسجد رسول الله");
  ASSERT_NE(mosque, nullptr);
  EXPECT_EQ(mosque->name, "المسجد النبوي");
  // Rabaa al-Adawiya mosque in Cairo: the given name that is also an ordinal
  // ("رابعة", fourth) is the knowledge base's.
  const Case known = {"واعتصم المئات أمام مسجد رابعة العدوية في شمال شرق القاهرة.",
                      {"FACILITY مسجد رابعة العدوية", "LOCATION القاهرة"},
                      {}};
  test::ExpectMentions(Mentions(known.text), known);
}

// A resort's, a square's and a cemetery's heads name a facility before a name
// of its own; before a town's name (and its adjectives) a resort leaves the
// town alone, a cemetery keeps the quarter as a mention of its own, and a
// square before a club's name is the club's field.
TEST_F(PlaceNamesAfterHeadsTest, ResortsAndCemeteries) {
  const Case cases[] = {
      // "The deceased was buried in Umm al-Hamam cemetery in Riyadh."
      {"ووري جثمان الفقيد الثرى في مقبرة أم الحمام بالرياض بعد صلاة العصر.",
       {"FACILITY مقبرة أم الحمام", "LOCATION أم الحمام", "LOCATION الرياض"},
       {}},
      // "Thousands gathered in Tiananmen Square in Beijing."
      {"واحتشد الآلاف في ميدان تيانانمين ببكين أمس.", {"FACILITY ميدان تيانانمين"}, {}},
      // "Barcelona won on Real Madrid's ground yesterday." (a field, no square)
      {"وفاز برشلونة على ميدان ريال مدريد مساء أمس بثلاثة أهداف.",
       {"ORGANIZATION ريال مدريد"},
       {"FACILITY ميدان ريال مدريد"}},
      // "The team set up its camp at the Imperial resort in Turkey."
      {"وأقام الفريق معسكره في منتجع إمبريال بتركيا لمدة أسبوعين.", {"FACILITY منتجع إمبريال"}, {}},
      // "Tourists left the Tunisian resort of Sousse after the attack."
      {"وغادر السياح منتجع سوسة السياحي بعد الهجوم الإرهابي.",
       {"LOCATION سوسة"},
       {"FACILITY منتجع سوسة السياحي", "FACILITY منتجع سوسة"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A square, a fort and a beach are named by a proper name after their heads;
// a common noun after them ("ساحة المعركة", the battlefield) names none, nor
// does a country's name after a square (the arena of a war), nor the
// facility or place a square or a beach belongs to, which stays the mention.
TEST_F(PlaceNamesAfterHeadsTest, SquaresFortsAndBeaches) {
  const Case cases[] = {
      // "Demonstrators gathered in the Trocadero square in Paris."
      {"وتجمع المتظاهرون في ساحة التروكاديرو في باريس مساء أمس.",
       {"FACILITY ساحة التروكاديرو", "LOCATION باريس"},
       {}},
      // "Tourists visited the Hever castle south of London."
      {"وزار السياح قلعة هيفر جنوب لندن خلال العطلة.", {"FACILITY قلعة هيفر", "LOCATION لندن"}, {}},
      // "The family spent the holiday on Jimbaran beach in Bali."
      {"وقضت الأسرة العطلة على شاطئ جيمباران في بالي.", {"LOCATION شاطئ جيمباران"}, {}},
      // "The soldiers fell on the battlefield." (a common noun)
      {"وسقط الجنود في ساحة المعركة قبل وصول التعزيزات.", {}, {"FACILITY ساحة المعركة"}},
      // "The organisation fights in the Syrian arena alongside al-Nusra."
      {"ويقاتل التنظيم في ساحة سوريا إلى جانب جماعات أخرى.",
       {"LOCATION سوريا"},
       {"FACILITY ساحة سوريا"}},
      // "The plane stood on the apron of King Abdulaziz airport."
      {"ووقفت الطائرة في ساحة مطار الملك عبدالعزيز الدولي بجدة.",
       {"FACILITY مطار الملك عبدالعزيز الدولي"},
       {"FACILITY ساحة مطار الملك عبدالعزيز الدولي"}},
      // "Swimmers crowded the Red Sea shore." (the sea stays the mention)
      {"واكتظ شاطئ البحر الأحمر بالمصطافين خلال العيد.",
       {"LOCATION البحر الأحمر"},
       {"LOCATION شاطئ البحر الأحمر"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A ring road with the article is named by an ordinal or a direction's
// adjective after it; "طريق دائري جديد" (a new ring road) names none.
TEST_F(PlaceNamesAfterHeadsTest, RingRoads) {
  const Case cases[] = {
      // "Traffic stopped on the southern ring road and the second ring road."
      {"وتعطلت الحركة على الطريق الدائري الجنوبي والدائري الثاني في الرياض.",
       {"FACILITY الدائري الجنوبي", "FACILITY الدائري الثاني", "LOCATION الرياض"},
       {}},
      // "A new ring road 30 km long was built around the town."
      {"وتم تنفيذ طريق دائري جديد حول المدينة بطول 30 كيلومترا.", {}, {"FACILITY دائري جديد"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

}  // namespace
}  // namespace rased::ner

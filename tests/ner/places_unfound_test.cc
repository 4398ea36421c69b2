// Places and facilities the head rules missed: a name in brackets or quotes
// right after a place's or a facility's head, and a facility's name that only
// looks like ب + a word. Sentences written for these tests.
#include <gtest/gtest.h>

#include "ner_test_support.h"

namespace rased::ner::test {
namespace {

class PlacesUnfoundTest : public WordListTest {};

// "قرية (بيت سوريك)": a head in the construct state and a bracketed name
// right after it name the place; not after a head that is also a word of
// another sense (قاعدة a rule, باب a column of a paper).
TEST_F(PlacesUnfoundTest, BracketedNameAfterAHead) {
  const MentionCase cases[] = {
      // The festival was held in the village of (Beit Surik) near Jerusalem.
      {"أقيم المهرجان في قرية (بيت سوريك) قرب القدس.", {"LOCATION بيت سوريك"}, {}},
      // The plane landed at (Farnborough) airport south of London.
      {"هبطت الطائرة في مطار (فارنبره) جنوب لندن.", {"FACILITY فارنبره"}, {}},
      // The delegation stayed at the (Hilton Ramses) hotel in Cairo.
      {"ونزل الوفد في فندق (هيلتون رمسيس) بالقاهرة.", {"FACILITY هيلتون رمسيس"}, {}},
      // Researchers found rocks in the (Mount Isa) area of Australia: a place,
      // no person.
      {"عثر الباحثون على صخور في منطقة (ماونت إيسا) بأستراليا.",
       {"LOCATION ماونت إيسا"},
       {"PERSON ماونت إيسا"}},
      // This is the rule of (the strongest wins) in politics.
      {"وهذه قاعدة (الأقوى يفوز) في السياسة.", {}, {"الأقوى يفوز"}},
      // The article was published in the (Opinion) column of the paper.
      {"ونشر المقال في باب (الرأي) من الصحيفة.", {}, {"الرأي"}},
  };
  for (const MentionCase& tc : cases) ExpectMentions(Mentions(tc.text), tc);
}

// Places (and two leaders) of the 2015 news the knowledge base gained:
// FIFA's city in its usual spelling, US states of the primaries, a Turkish
// town that is also a word, only where the story names Turkey.
TEST_F(PlacesUnfoundTest, WorldPlacesOfTheKnowledgeBase) {
  const MentionCase cases[] = {
      // The executive committee meets tomorrow in Zurich.
      {"وتجتمع اللجنة التنفيذية غدا في زيوريخ.", {"LOCATION زيوريخ"}, {}},
      // The governor of Wisconsin announced his candidacy in Iowa.
      {"وأعلن حاكم ويسكونسن ترشحه في أيوا.", {"LOCATION ويسكونسن", "LOCATION أيوا"}, {}},
      // The team began its camp in Afyon in Turkey.
      {"وبدأ الفريق معسكره في أفيون بتركيا.", {"LOCATION أفيون"}, {}},
      // The police seized a quantity of opium. (no Turkey: the drug)
      {"وضبطت الشرطة كمية من الأفيون.", {}, {"LOCATION الأفيون"}},
      // A bomb went off in Heliopolis east of Cairo. (no "مصر", Egypt)
      {"وانفجرت عبوة ناسفة بمصر الجديدة شرق القاهرة.", {"LOCATION مصر الجديدة"}, {"LOCATION مصر"}},
      // The two prime ministers, Narendra Modi and Sheikh Hasina, signed.
      {"ووقع رئيسا الوزراء نارندرا مودي وشيخة حسينة الاتفاق.",
       {"PERSON نارندرا مودي", "PERSON شيخة حسينة"},
       {}},
      // Jeb Bush announced his candidacy in the presidential race. (جيب,
      // a pocket, is a word too)
      {"وأعلن جيب بوش ترشحه لسباق الرئاسة.", {"PERSON جيب بوش"}, {}},
  };
  for (const MentionCase& tc : cases) ExpectMentions(Mentions(tc.text), tc);
}

// جبل «عيبان»: a landmark's head takes a quoted name as a town's does; a
// quoted clause (a verb first) or a list of names joined by و is none.
TEST_F(PlacesUnfoundTest, QuotedNameAfterALandmark) {
  const MentionCase cases[] = {
      // The fighters advanced towards Mount "Aiban" after heavy shelling.
      {"وتقدم المقاتلون نحو جبل «عيبان» بعد قصف عنيف.", {"LOCATION عيبان"}, {}},
      // Apparently the party chose to be a mountain that "keeps away from"
      // the disputes.
      {"ويبدو أن الحزب اختار أن يكون جبل \"يبتعد عن\" الخلافات.", {}, {"يبتعد عن"}},
      // Young Tuareg move through the "Libya Algeria Mali" triangle: three
      // places, not one.
      {"ويتنقل الشبان عبر مثلث «ليبيا الجزائر مالي» بحثا عن العمل.", {}, {"ليبيا الجزائر مالي"}},
      // The events are held in the quarters "al-Nakhil, al-Wurud and
      // al-Yasmin" of the city: three names, not one.
      {"وتقام الفعاليات بحي \"النخيل والورود والياسمين\" في المدينة.",
       {},
       {"النخيل والورود والياسمين"}},
  };
  for (const MentionCase& tc : cases) ExpectMentions(Mentions(tc.text), tc);
}

// ملعب «ويمبلي», مستشفى «بهية»: after a facility's head in the construct
// state a quoted word is its name even when it ends like an adjective; and a
// word that only looks like ب + a word ("بلاكبوش") is a facility's name whole.
TEST_F(PlacesUnfoundTest, FacilityNamesThatLookLikeWords) {
  const MentionCase cases[] = {
      // The final will be played at "Wembley" stadium in London next month.
      {"سيقام النهائي على ملعب «ويمبلي» في لندن الشهر المقبل.", {"FACILITY ويمبلي"}, {}},
      // The girl was taken to "Bahia" hospital in Cairo for treatment.
      {"نقلت الطفلة إلى مستشفى «بهية» في القاهرة لتلقي العلاج.", {"FACILITY بهية"}, {}},
      // A small plane crashed near Blackbushe airport yesterday.
      {"تحطمت طائرة صغيرة قرب مطار بلاكبوش أمس.", {"FACILITY مطار بلاكبوش"}, {"FACILITY لاكبوش"}},
  };
  for (const MentionCase& tc : cases) ExpectMentions(Mentions(tc.text), tc);
}

// "منطقة الحميرة": after an area's head a definite word written with ة that
// the word list reads only as a stem and the pronoun ه is unknown, a name;
// "منطقة الراحة" (the comfort zone) is a common noun.
TEST_F(PlacesUnfoundTest, UnknownFeminineWordAfterAnAreasHead) {
  const MentionCase cases[] = {
      // Clashes went on in the al-Humayra area yesterday.
      {"وتواصلت الاشتباكات في منطقة الحميرة أمس.", {"LOCATION الحميرة"}, {}},
      // The players entered the rest zone after the match.
      {"دخل اللاعبون منطقة الراحة بعد المباراة.", {}, {"الراحة", "منطقة الراحة"}},
  };
  for (const MentionCase& tc : cases) ExpectMentions(Mentions(tc.text), tc);
}

// A common word after an area's head is its name where the next words place
// it in a larger place: through "الواقعة" (which lies), a compound direction
// or "في" and a part of a place.
TEST_F(PlacesUnfoundTest, AreaPlacedByLocatedCompoundDirectionOrPart) {
  const MentionCase cases[] = {
      // The artillery shelled the al-Safsaf area, which lies north of Idlib.
      {"وقصفت المدفعية منطقة الصفصاف الواقعة شمال إدلب.", {"LOCATION الصفصاف"}, {}},
      // A shell hit the al-Sinaa area north-east of Baqubah.
      {"واستهدفت قذيفة منطقة الصناعة شمال شرق بعقوبة.", {"LOCATION الصناعة"}, {}},
      // Two soldiers were killed in the al-Rahma area in the Damascus
      // countryside.
      {"وقتل جنديان في منطقة الرحمة في ريف دمشق.", {"LOCATION الرحمة"}, {}},
      // ... in the al-Rahma area in North Sinai: the region stays whole.
      {"وقتل جنديان في منطقة الرحمة في شمال سيناء.",
       {"LOCATION الرحمة", "LOCATION شمال سيناء"},
       {}},
  };
  for (const MentionCase& tc : cases) ExpectMentions(Mentions(tc.text), tc);
}

// "X، عاصمة Y": the word before "the capital of" a known place is the
// capital's name; a word of the language only after a preposition of place,
// and never a verb or a common noun the sentence governs.
TEST_F(PlacesUnfoundTest, TheCapitalOfAKnownPlace) {
  const MentionCase cases[] = {
      // The rebels withdrew from al-Hawta, the capital of Lahij province.
      {"وانسحب المتمردون من الحوطة، عاصمة محافظة لحج الجنوبية.", {"LOCATION الحوطة"}, {}},
      // Police killed six gunmen in Bishkek, the capital of Kyrgyzstan: the
      // word is no ب + "شكك".
      {"قتلت الشرطة ستة مسلحين في بشكك، عاصمة قرغيزستان.", {"LOCATION بشكك"}, {"شكك"}},
      // The delegation visited the capital of Yemen yesterday.
      {"وزار الوفد عاصمة اليمن أمس.", {"LOCATION اليمن"}, {"الوفد"}},
      // The militias overran the capital of Yemen for months.
      {"وقد استباحت الميليشيات عاصمة اليمن لأشهر.", {}, {"استباحت", "الميليشيات"}},
      // Lyon was the capital of taste in France for centuries: a word of the
      // language after "the capital of" is no place, wherever it lies.
      {"كانت ليون عاصمة التذوق في فرنسا على مدى قرون.", {"LOCATION فرنسا"}, {"LOCATION التذوق"}},
  };
  for (const MentionCase& tc : cases) ExpectMentions(Mentions(tc.text), tc);
}

// "منطقة لامو الساحلية": a name that only looks like ل/ب/ك + a word, before
// a relative adjective agreeing with the head, is read whole; an adjective
// after the head alone is no name.
TEST_F(PlacesUnfoundTest, NameLookingLikeAProcliticBeforeAnAdjective) {
  const MentionCase cases[] = {
      // The attack took place in the coastal Lamu area near the border.
      {"ووقع الهجوم في منطقة لامو الساحلية بالقرب من الحدود.", {"LOCATION لامو"}, {"LOCATION امو"}},
      // The team trained in the English town of Brighton last week.
      {"وتدرب الفريق في مدينة برايتون الإنجليزية الأسبوع الماضي.", {"LOCATION برايتون"}, {}},
      // The delegation reached the Italian city of Bari yesterday: a word in
      // ي is no adjective of the feminine head.
      {"وصل الوفد إلى مدينة باري الإيطالية أمس.", {"LOCATION مدينة باري"}, {}},
      // The accident happened near the village of Naami; a city of
      // amusements (an amusement park) is no town's name.
      {"ووقع الحادث بالقرب من قرية نعمي.", {"LOCATION قرية نعمي"}, {}},
      {"وافتتحت الأمانة مدينة ملاهي.", {}, {"ملاهي", "مدينة ملاهي"}},
      // The ministry declared a new marine zone.
      {"وأعلنت الوزارة منطقة بحرية جديدة.", {}, {"بحرية"}},
  };
  for (const MentionCase& tc : cases) ExpectMentions(Mentions(tc.text), tc);
}

// "معسكر النمسا" (a team's training camp in Austria): a place's name alone
// after a camp's head is where the camp is held, no camp's name; the place
// stays a mention. A camp's own name stays one ("معسكر لبوزة").
TEST_F(PlacesUnfoundTest, CampHeldInAPlace) {
  const MentionCase cases[] = {
      // The national team ends its training camp in Austria next week.
      {"ويختتم المنتخب معسكر النمسا الأسبوع المقبل.",
       {"LOCATION النمسا"},
       {"FACILITY معسكر النمسا"}},
      // The fighters stormed the Labouza camp at dawn.
      {"واقتحم المقاتلون معسكر لبوزة فجر اليوم.", {"FACILITY معسكر لبوزة"}, {}},
  };
  for (const MentionCase& tc : cases) ExpectMentions(Mentions(tc.text), tc);
}

// "شارع جمال عبد الناصر": a person's name after a landmark's head names the
// landmark (a street, a mosque, a farm), a given name alone where the phrase
// closes; not an adjective that is also a given name ("مستشفى تركي").
TEST_F(PlacesUnfoundTest, LandmarkNamedAfterAPerson) {
  const MentionCase cases[] = {
      // A policeman was wounded on Gamal Abdel Nasser street in Alexandria.
      {"وأصيب شرطي في شارع جمال عبد الناصر بالإسكندرية.",
       {"FACILITY شارع جمال عبد الناصر"},
       {"PERSON جمال عبد الناصر"}},
      // The coalition's aircraft bombed Mansour's farm north-west of the
      // district.
      {"وقصفت الطائرات مزرعة منصور شمال غرب المديرية.", {"FACILITY مزرعة منصور"}, {}},
      // Shops line Khalid ibn al-Walid street next to the market: the
      // participle after the name stays out.
      {"وتنتشر المحلات في شارع خالد بن الوليد المجاور للسوق.",
       {"FACILITY شارع خالد بن الوليد"},
       {"FACILITY شارع خالد بن الوليد المجاور"}},
      // The wounded were taken to the Ibn Sina hospital.
      {"ونقل الجرحى إلى مستشفى ابن سينا بعد الحادث.", {"FACILITY مستشفى ابن سينا"}, {}},
      // He was taken to a Turkish hospital.
      {"ونقل الجريح إلى مستشفى تركي قرب الحدود.", {}, {"FACILITY مستشفى تركي"}},
      // The match was played in the Prince Nasser sports city in Jizan: a
      // city's head, a title, a name and the head's adjective; no town
      // called "the king" or "the prince".
      {"وأقيمت المباراة في مدينة الأمير ناصر بن عبدالعزيز الرياضية بجازان.",
       {"LOCATION مدينة الأمير ناصر بن عبدالعزيز الرياضية"},
       {"LOCATION مدينة الأمير", "LOCATION الأمير"}},
  };
  for (const MentionCase& tc : cases) ExpectMentions(Mentions(tc.text), tc);
}

// "منطقة فيصل جنوب الجيزة": a given name alone after an area's or a town's
// head that a larger place locates is the place's name; a given name that is
// a word too stays the word ("منطقة آمنة", a safe zone). A region named by a
// direction after a landmark's name places it ("شارع الحمراء وسط بيروت").
TEST_F(PlacesUnfoundTest, GivenNameOrDirectionAfterAHead) {
  const MentionCase cases[] = {
      // He bought two buildings in the Faisal district south of Giza.
      {"اشترى التاجر عمارتين في منطقة فيصل جنوب الجيزة.", {"LOCATION فيصل"}, {}},
      // Two suicide bombers struck the town of Maroua in northern Cameroon.
      {"وفجرت انتحاريتان نفسيهما في مدينة مروة شمال الكاميرون.", {"LOCATION مروة"}, {}},
      // Ankara wants a safe zone in northern Syria.
      {"وتريد أنقرة إقامة منطقة آمنة في شمال سوريا.", {}, {"آمنة", "منطقة آمنة"}},
      // A car bomb went off in the al-Jadida quarter east of Baghdad: the
      // quarter's name is a modifier alone ("new").
      {"وانفجرت سيارة مفخخة في حي الجديدة شرق بغداد.", {"LOCATION حي الجديدة"}, {}},
      // The fighters took the strategic Mount Sabir: the adjective after
      // the mountain's name describes it.
      {"وسيطر المقاتلون على جبل صبر الاستراتيجي.",
       {"LOCATION جبل صبر"},
       {"LOCATION جبل صبر الاستراتيجي"}},
      // Protesters gathered on Hamra street in downtown Beirut.
      {"وتجمع المحتجون في شارع الحمراء وسط بيروت.",
       {"FACILITY شارع الحمراء"},
       {"FACILITY شارع الحمراء وسط بيروت"}},
  };
  for (const MentionCase& tc : cases) ExpectMentions(Mentions(tc.text), tc);
}

// "عبر الحرور وزنجبار": after a preposition of place, a definite word joined
// by و to a town the knowledge base knows, closing the phrase, is a place too;
// not where the town opens a clause of its own.
TEST_F(PlacesUnfoundTest, DefiniteWordJoinedToAKnownTown) {
  const MentionCase cases[] = {
      // Some fled to Jaar through al-Hurur and Zinjibar.
      {"وفر بعضهم إلى جعار عبر الحرور وزنجبار.", {"LOCATION الحرور", "LOCATION زنجبار"}, {}},
      // People went out in the morning, and Aden prepares for the feast.
      {"وخرج الناس في الصباح وعدن تستعد للعيد.", {}, {"الصباح"}},
  };
  for (const MentionCase& tc : cases) ExpectMentions(Mentions(tc.text), tc);
}

// "في إب", "تعز وإب": a place's name of two letters written with إ names the
// place alone, where its key is a stop word's (آب, a month), and after و on a
// word too short for the conjunction to be read off; "كأب" (as a father) and
// "أب" stay words.
TEST_F(PlacesUnfoundTest, TwoLetterPlaceWrittenWithHamzaBelow) {
  const MentionCase cases[] = {
      // Aircraft struck positions in Ibb in central Yemen yesterday.
      {"وقصفت الطائرات مواقع في إب وسط اليمن أمس.", {"LOCATION إب"}, {}},
      // The clashes spread to Taiz, Ibb and al-Dhale in Yemen (the name without
      // its conjunction).
      {"وامتدت الاشتباكات في اليمن إلى تعز وإب والضالع.",
       {"LOCATION تعز", "LOCATION إب", "LOCATION الضالع"},
       {}},
      // A Yemeni official said he lived as a father to his children in Sanaa.
      {"وقال مسؤول يمني إنه عاش كأب لأطفاله في صنعاء.", {"LOCATION صنعاء"}, {"LOCATION أب"}},
  };
  for (const MentionCase& tc : cases) ExpectMentions(Mentions(tc.text), tc);
}

// "مدينة مشهد": after the head "مدينة" a city's name that is also a word (مشهد,
// a scene) is the city, with no country named in the story.
TEST_F(PlacesUnfoundTest, CityHeadGivesAWordlikeNameItsPlace) {
  const MentionCase cases[] = {
      // The delegation arrived in the city of Mashhad yesterday.
      {"ووصل الوفد إلى مدينة مشهد أمس.", {"LOCATION مشهد"}, {}},
      // The scene of the city at night was beautiful.
      {"وكان مشهد المدينة في الليل جميلا.", {}, {"LOCATION مشهد"}},
  };
  for (const MentionCase& tc : cases) ExpectMentions(Mentions(tc.text), tc);
}

}  // namespace
}  // namespace rased::ner::test

// Entity stage tests for organisation names no head rule found before
// (src/ner/head_mentions.cc, data/ner/org_heads.tsv): a body's head with the
// article and the relative adjective of a known group ("الميليشيات الحوثية"),
// a misspelt militia head, a body's head with two relative adjectives
// ("التحالف المدني الديمقراطي"), a mission of an international body ("بعثة
// الأمم المتحدة"), the paper's own name in its byline and between quotes
// ("سبق"، "الوطن"), not in its link line, on sentences written for them (not
// taken from any corpus).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class OrgNamesUnfoundTest : public test::WordListTest {};

using Case = test::MentionCase;

// A head with the article and the relative adjective of a group the
// knowledge base knows by its plural is that group, as the head and the
// group's name are; an adjective no group is named by stays a description.
TEST_F(OrgNamesUnfoundTest, HeadAndAGroupsRelativeAdjective) {
  const Case cases[] = {
      // "The Houthi militias shelled the city's neighbourhoods at dawn."
      {"وقصفت الميليشيات الحوثية أحياء المدينة فجرا.", {"ORGANIZATION الميليشيات الحوثية"}, {}},
      // "Fighters withdrew from the positions of the Houthi militia."
      {"وانسحب مقاتلون من مواقع المليشيا الحوثية.", {"ORGANIZATION المليشيا الحوثية"}, {}},
      // "The local militias handed over their weapons." (no group)
      {"وسلمت الميليشيات المحلية أسلحتها.", {}, {"الميليشيات المحلية"}},
      // "The first group met in the evening." (an ordinal, no group)
      {"واجتمعت المجموعة الأولى مساء.", {}, {"المجموعة الأولى"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
  EXPECT_EQ(stages_.KbIdOf("وقصفت الميليشيات الحوثية أحياء المدينة فجرا.", "الميليشيات الحوثية"),
            "houthis");
}

// "ميلشيات" (a common misspelling of ميليشيات) is the same head.
// After the preposition ل the article loses its alef ("للدفاع المدني"): the
// mention keeps the text as written, the entity's name has the article.
TEST_F(OrgNamesUnfoundTest, NameAfterThePrepositionKeepsItsArticle) {
  // "The civil defence spokesman in the Najran region explained that the
  // fire was small."
  const Document doc =
      stages_.Run("وأوضح المتحدث الإعلامي للدفاع المدني بمنطقة نجران أن الحريق محدود.");
  const Entity* body = test::FindEntity(doc, "للدفاع المدني");
  ASSERT_NE(body, nullptr) << test::Dump(doc);
  EXPECT_EQ(body->type, EntityType::kOrganization);
  EXPECT_EQ(body->name, "الدفاع المدني");
}

TEST_F(OrgNamesUnfoundTest, MisspeltMilitiaHead) {
  // "The Houthi militias blew up a bridge south of the city."
  EXPECT_EQ(stages_.KbIdOf("وفجرت ميلشيات الحوثي جسرا جنوب المدينة.", "ميلشيات الحوثي"), "houthis");
}

// A body's head with the article and two relative adjectives that agree with
// it names one body; not a head that is also a common noun or the name of a
// kind (an institute, a current of thought), nor a state's body. A word after
// a preposition ends the adjectives.
TEST_F(OrgNamesUnfoundTest, HeadAndTwoRelativeAdjectives) {
  const Case cases[] = {
      // "The Democratic Civil Alliance announced its boycott of the elections."
      {"وأعلن التحالف المدني الديمقراطي مقاطعته للانتخابات.",
       {"ORGANIZATION التحالف المدني الديمقراطي"},
       {}},
      // "The National Agricultural Committee said the harvest doubled."
      {"وقالت اللجنة الوطنية الزراعية إن المحصول تضاعف.",
       {"ORGANIZATION اللجنة الوطنية الزراعية"},
       {}},
      // "The World Scout Organisation took part in the closing evening."
      {"وشاركت المنظمة الكشفية العالمية بالأمسية الختامية.",
       {"ORGANIZATION المنظمة الكشفية العالمية"},
       {"المنظمة الكشفية العالمية بالأمسية", "المنظمة الكشفية العالمية بالأمسية الختامية"}},
      // "The industrial secondary institute opened new classes." (a kind of
      // school)
      {"وافتتح المعهد الثانوي الصناعي فصولا جديدة.", {}, {"المعهد الثانوي الصناعي"}},
      // "He thinks the Marxist communist current has receded." (a current of
      // thought)
      {"ويرى أن التيار الشيوعي الماركسي تراجع كثيرا.", {}, {"التيار الشيوعي الماركسي"}},
      // "The writer criticised the official racist regime." (a state's body,
      // described)
      {"وانتقد الكاتب النظام العنصري الرسمي في مقاله.", {}, {"النظام العنصري الرسمي"}},
      // "The ministry for social welfare handed out aid." (ل + a noun is no
      // adjective)
      {"ووزعت الوزارة للرعاية الاجتماعية المساعدات.", {}, {"الوزارة للرعاية الاجتماعية"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// The byline that opens the body names the publisher's own paper by its bare
// name, even a common word ("سبق", preceded), set off by dashes or a colon,
// and so does that name between quotes anywhere in the paper's article; the
// same word elsewhere, or another paper's article, names nothing.
TEST_F(OrgNamesUnfoundTest, PublishersNameInTheByline) {
  auto run = [](const std::string& publisher, const std::string& text) {
    return stages_.Run(text, publisher);
  };
  // Title, then "Khalid Salem - Sabq - Jeddah: the municipality opened a new
  // park yesterday."
  const std::string byline =
      "افتتاح حديقة جديدة\nخالد سالم- سبق- جدة: افتتحت البلدية حديقة جديدة أمس.";
  const Document own = run("sabq", byline);
  const Entity* paper = test::FindEntity(own, "سبق");
  ASSERT_NE(paper, nullptr) << test::Dump(own);
  EXPECT_EQ(paper->kb_id, "sabq");
  // "Sabq - agencies:" at the line's start.
  const Document agencies = run("sabq", "قصف جديد\nسبق- وكالات: قصفت الطائرات مواقع المسلحين أمس.");
  EXPECT_NE(test::FindEntity(agencies, "سبق"), nullptr) << test::Dump(agencies);
  // Another paper's article that carries Sabq's byline names Sabq too, as
  // the story's source (the knowledge-base byline rule of kb_mentions.cc).
  EXPECT_NE(test::FindEntity(run("okaz", byline), "سبق"), nullptr);
  // "A source told Al-Madina ..." in Al-Madina (publisher written in Arabic):
  // the paper between quotes, not the city of the same name.
  const Document quoted = run("المدينة", "خبر\nوقال مصدر لـ«المدينة» إن الطريق سيفتح غدا.");
  const Entity* madina = test::FindEntity(quoted, "المدينة");
  ASSERT_NE(madina, nullptr) << test::Dump(quoted);
  EXPECT_EQ(madina->type, EntityType::kOrganization);
  // "Al-Watan learnt that ..." in Al-Watan (publisher's Latin id).
  const Document learnt = run("alwatan", "خبر\nوعلمت \"الوطن\" أن الوزارة ستعلن القرار غدا.");
  const Entity* watan = test::FindEntity(learnt, "الوطن");
  ASSERT_NE(watan, nullptr) << test::Dump(learnt);
  EXPECT_EQ(watan->kb_id, "al-watan-saudi");
  // "The team preceded its rival to the final." (the verb, not the byline)
  EXPECT_EQ(
      test::FindEntity(run("sabq", "مباراة\nوقال المدرب إن الفريق سبق منافسه إلى النهائي."), "سبق"),
      nullptr);
}

// The link line a paper appends to its text names the paper: annotators
// list the outlet named there as they list any outlet the text names.
TEST_F(OrgNamesUnfoundTest, LinkLineNamesTheOutlet) {
  // "... the ministry said. Link to the story in Al-Weeam: the ministry
  // warns of floods"
  const Case cases[] = {
      {"وقالت الوزارة إن الطرق أغلقت. رابط الخبر بصحيفة الوئام: الوزارة تحذر من السيول",
       {"ORGANIZATION الوئام"},
       {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A branch head, a generic complement and ب with a town or a province name
// the local body there; the place stays a mention of its own. The
// complement alone is generic, and a body's head in it ("the ministry's
// office in Jeddah") or a name the word list lacks (a district) is no branch.
TEST_F(OrgNamesUnfoundTest, BranchNamedByItsPlace) {
  const Case cases[] = {
      // "The education department in the Makkah region announced the exam
      // timetable."
      {"وأعلنت إدارة التعليم بمنطقة مكة المكرمة جدول الاختبارات.",
       {"ORGANIZATION إدارة التعليم بمنطقة مكة المكرمة", "LOCATION منطقة مكة المكرمة"},
       {}},
      // "The social development centre in Buraidah organised a course."
      {"ونظم مركز التنمية الاجتماعية ببريدة دورة تدريبية.",
       {"ORGANIZATION مركز التنمية الاجتماعية ببريدة", "LOCATION بريدة"},
       {}},
      // "The traffic department launched a campaign." (no place: generic)
      {"وأطلقت إدارة المرور حملة جديدة.", {}, {"إدارة المرور"}},
      // "An employee of the ministry's office in Jeddah said ..."
      {"وقال موظف في مكتب الوزارة بجدة إن الطلبات كثيرة.", {"LOCATION جدة"}, {"مكتب الوزارة بجدة"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A company's or a group's name written in Latin letters after its head is
// the name when capitalised, and ends at the first Arabic word; a product's
// or an address's is not (نظام iOS).
TEST_F(OrgNamesUnfoundTest, LatinNameAfterACompanysHead) {
  const Case cases[] = {
      // "The Swissport company signed a contract with the airport."
      {"ووقعت شركة Swissport عقدا مع المطار.", {"ORGANIZATION Swissport"}, {"Swissport عقدا"}},
      // "The update reached the iOS system."
      {"ووصل التحديث إلى نظام iOS الجديد.", {}, {"iOS"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// Two definite nouns joined by و after a weak head list what one body deals
// in; a verbal noun ending in ه ("التوجيه") is such a noun, not a relative
// adjective, whatever its key.
TEST_F(OrgNamesUnfoundTest, JoinedNounEndingInHa) {
  const Case cases[] = {
      // "The control and guidance centre received a report of the fire."
      {"وتلقى مركز التحكم والتوجيه بلاغا عن الحريق.", {"ORGANIZATION مركز التحكم والتوجيه"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A mission before an international or regional body's name is a body of
// its own, the inner body named inside it; before a club's name it is the
// club's travelling squad, and the club stays the mention.
TEST_F(OrgNamesUnfoundTest, MissionOfAnInternationalBody) {
  const Case cases[] = {
      // "The UN mission to Libya said it would contact the parties."
      {"وقالت بعثة الأمم المتحدة إلى ليبيا إنها ستتصل بالأطراف.",
       {"ORGANIZATION بعثة الأمم المتحدة", "ORGANIZATION الأمم المتحدة"},
       {}},
      // "The EU mission welcomed the agreement."
      {"ورحبت بعثة الاتحاد الأوروبي بالاتفاق.", {"ORGANIZATION بعثة الاتحاد الأوروبي"}, {}},
      // "Zamalek's squad arrived at the airport at dawn."
      {"ووصلت بعثة الزمالك إلى المطار فجرا.", {"ORGANIZATION الزمالك"}, {"بعثة الزمالك"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A generic body's phrase keeps its own adjectives (general, joint,
// special, central, royal ...) before a gentilic, and one of them alone
// after a phrase of two words; a description after it stays outside.
TEST_F(OrgNamesUnfoundTest, GenericBodyAndItsOwnAdjectives) {
  const Case cases[] = {
      // "The Sudanese general staff announced a ceasefire."
      {"وأعلنت هيئة الأركان العامة السودانية وقف إطلاق النار.",
       {"ORGANIZATION هيئة الأركان العامة السودانية"},
       {"هيئة الأركان"}},
      // "The French joint chiefs of staff said the aircraft returned."
      {"وقالت هيئة الأركان المشتركة الفرنسية إن الطائرات عادت.",
       {"ORGANIZATION هيئة الأركان المشتركة الفرنسية"},
       {}},
      // "The general staff sent reinforcements to the border."
      {"وأرسلت هيئة الأركان العامة تعزيزات إلى الحدود.",
       {"ORGANIZATION هيئة الأركان العامة"},
       {"هيئة الأركان"}},
      // "The Sudanese chief of the general staff said the army advanced."
      // (a masculine gentilic after the feminine adjective is the chief's)
      {"وقال رئيس هيئة الأركان العامة السوداني إن الجيش تقدم.",
       {"ORGANIZATION هيئة الأركان العامة"},
       {"هيئة الأركان العامة السوداني"}},
      // "The special security forces stormed the building."
      {"واقتحمت قوات الأمن الخاصة المبنى.", {"ORGANIZATION قوات الأمن الخاصة"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// After a body's head and a place's name, an adjective of the kind
// (international, national ...) that agrees with the head is the body's own
// ("بنك الكويت الدولي"); one that does not agree is left out.
TEST_F(OrgNamesUnfoundTest, HeadPlaceAndTheBodysAdjective) {
  const Case cases[] = {
      // "The Bahrain International Bank announced its annual profits."
      {"وأعلن بنك البحرين الدولي أرباحه السنوية.", {"ORGANIZATION بنك البحرين الدولي"}, {}},
      // "The Kuwait National Society signed a new contract." (feminine head)
      {"ووقعت جمعية الكويت الوطنية عقدا جديدا.", {"ORGANIZATION جمعية الكويت الوطنية"}, {}},
      // "The Amman chamber signed [with] the international [partner]": a
      // masculine adjective after a feminine head is no part of its name.
      {"ووقعت غرفة عمان الدولي عقدا.", {"ORGANIZATION غرفة عمان"}, {"غرفة عمان الدولي"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// "مقاومة" without the article before a town's or province's name is the
// armed resistance of that place; before anything else it is a verbal noun.
TEST_F(OrgNamesUnfoundTest, ResistanceOfATown) {
  const Case cases[] = {
      // "The Marib resistance repelled an attack on its positions."
      {"وصدت مقاومة مأرب هجوما على مواقعها.", {"ORGANIZATION مقاومة مأرب"}, {}},
      // "A commander in the Taiz resistance said the fighters advanced."
      {"وقال قائد في مقاومة تعز إن المقاتلين تقدموا.", {"ORGANIZATION مقاومة تعز"}, {}},
      // "He said resisting the occupation is a legitimate right."
      {"وقال إن مقاومة الاحتلال حق مشروع.", {}, {"مقاومة الاحتلال"}},
      // "The bacteria showed resistance to the antibiotics."
      {"وأظهرت البكتيريا مقاومة للمضادات الحيوية.", {}, {"مقاومة للمضادات"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A company's head, its trade with the article, maybe an adjective of the
// kind and its country's gentilic name the company; not when the company's
// own name follows, which the phrase only describes, nor before an
// adjective that is no country's ("السكك الحديدية", the railways).
TEST_F(OrgNamesUnfoundTest, CompanyTradeAndCountry) {
  const Case cases[] = {
      // "The Kuwaiti national petroleum company raised its output."
      {"ورفعت شركة البترول الوطنية الكويتية إنتاجها.",
       {"ORGANIZATION شركة البترول الوطنية الكويتية"},
       {}},
      // "The Jordanian phosphate company announced its profits."
      {"وأعلنت شركة الفوسفات الأردنية أرباحها.", {"ORGANIZATION شركة الفوسفات الأردنية"}, {}},
      // "The railway company said the train was late."
      {"وقالت شركة السكك الحديدية إن القطار تأخر.", {}, {"شركة السكك الحديدية"}},
      // "The German airline Lufthansa cut its forecasts."
      {"وخفضت شركة الطيران الألمانية لوفتهانزا توقعاتها.", {}, {"شركة الطيران الألمانية"}},
      // "The private Jordanian airline «Najmat al-Sharq» runs two flights a
      // day." (the name after one more adjective)
      {"وتسير شركة الطيران الأردنية الخاصة «نجمة الشرق» رحلتين يوميا.",
       {},
       {"شركة الطيران الأردنية", "شركة الطيران الأردنية الخاصة"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A channel's, a paper's or a company's head before the bare name the
// knowledge base records names the linked body with its head, as the news
// writes it; a site's or a militia's head before a body's own name does not.
TEST_F(OrgNamesUnfoundTest, LinkedOutletNamedWithItsHead) {
  auto name_of = [this](const std::string& text, std::string_view mention) {
    const Document doc = stages_.Run(text);
    const Entity* e = test::FindEntity(doc, mention);
    return e ? e->name : std::string("(none) ") + test::Dump(doc);
  };
  // "Al Jazeera channel quoted a security source as saying ..."
  EXPECT_EQ(name_of("ونقلت قناة الجزيرة عن مصدر أمني قوله إن الهجوم فشل.", "الجزيرة"),
            "قناة الجزيرة");
  // "The company Boeing delivered three planes to the carrier."
  EXPECT_EQ(name_of("وسلمت شركة بوينغ ثلاث طائرات للناقل الوطني.", "بوينغ"), "شركة بوينغ");
  // "The site of the World Health Organization published the figures." (the
  // organisation's own name, not its site's)
  EXPECT_EQ(name_of("ونشر موقع منظمة الصحة العالمية الأرقام أمس.", "منظمة الصحة العالمية"),
            "منظمة الصحة العالمية");
  // "The UN radio reported the figures." (the body's radio, not the body)
  EXPECT_EQ(name_of("وبثت إذاعة الأمم المتحدة الأرقام أمس.", "الأمم المتحدة"), "الأمم المتحدة");
  // "Al Jazeera said ..." (no head, the record's name)
  EXPECT_EQ(name_of("وقالت الجزيرة إن مراسلها وصل إلى المدينة.", "الجزيرة"), "الجزيرة");
}

// The cabinet named alone is an entity: annotators list "مجلس الوزراء" as
// an organisation, inside an office's title too, as they list "وزارة
// الداخلية" without its country.
TEST_F(OrgNamesUnfoundTest, CabinetNamedAlone) {
  const Case cases[] = {
      // "The cabinet approved at its session yesterday a new system for ports."
      {"وأقر مجلس الوزراء في جلسته أمس نظاما جديدا للموانئ.", {"ORGANIZATION مجلس الوزراء"}, {}},
      // "The second deputy prime minister said the kingdom keeps to its plans."
      {"وقال النائب الثاني لرئيس مجلس الوزراء إن المملكة ماضية في خططها.",
       {"ORGANIZATION مجلس الوزراء"},
       {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// The Red Crescent, the public prosecution and the road police are named
// alone; a seafront promenade is named by its town.
TEST_F(OrgNamesUnfoundTest, BodiesEveryStateNamesAloneAndPromenades) {
  const Case cases[] = {
      // "Red Crescent teams took the injured to hospital, the Red Crescent
      // said."
      {"ونقلت فرق الهلال الأحمر المصابين إلى المستشفى بحسب الهلال الأحمر.",
       {"ORGANIZATION الهلال الأحمر"},
       {"الهلال"}},
      // "The public prosecution ordered the detention of the two suspects."
      {"وأمرت النيابة العامة بحبس المتهمين على ذمة التحقيق.", {"ORGANIZATION النيابة العامة"}, {}},
      // "Road police patrols stopped the vehicle on the Taif road."
      {"واستوقفت دوريات أمن الطرق المركبة على طريق الطائف.", {"ORGANIZATION أمن الطرق"}, {}},
      // "Families gathered on the Jeddah corniche on the evening of the Eid."
      // (Jeddah, which is also "grandmother", is the town after the head.)
      {"وتجمعت العائلات على كورنيش جدة مساء العيد.", {"FACILITY كورنيش جدة", "LOCATION جدة"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A body's head with the article, the world's or the Arabs' adjective and
// what the body is for name one body, as with a country's gentilic; a
// relative pronoun after و ends the name.
TEST_F(OrgNamesUnfoundTest, ScopeAdjectiveAndPurpose) {
  const Case cases[] = {
      // "The International Automobile Federation said in a report that the
      // driver died."
      {"وقال الاتحاد الدولي للسيارات في تقرير إن السائق توفي.",
       {"ORGANIZATION الاتحاد الدولي للسيارات"},
       {"الاتحاد"}},
      // "The Arab Football Union said the championship was postponed."
      {"وقال الاتحاد العربي لكرة القدم إن البطولة تأجلت.",
       {"ORGANIZATION الاتحاد العربي لكرة القدم"},
       {}},
      // "The International Centre for the Study of Extremism said ..."
      {"وقال المركز الدولي لدراسة التطرف إن المقاتلين عادوا.",
       {"ORGANIZATION المركز الدولي لدراسة التطرف"},
       {}},
      // "The Saudi Diabetes Society, which was founded twenty years ago, said
      // ..."
      {"وقالت الجمعية السعودية للسكري والتي تأسست قبل عشرين عاما إن القرار خاطئ.",
       {"ORGANIZATION الجمعية السعودية للسكري"},
       {"الجمعية السعودية للسكري والتي"}},
      // "The international federation said the sanctions are final." (no
      // purpose: any federation)
      {"وقال الاتحاد الدولي إن العقوبات نهائية.", {}, {"الاتحاد الدولي"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// Companies the business and technology pages name by their bare brand,
// often between quotes, and the Saudi central bank by its acronym.
TEST_F(OrgNamesUnfoundTest, CompaniesByTheirBrand) {
  const Case cases[] = {
      // "«Walmart» announced it would open new stores in Texas."
      {"وأعلنت «ولمرت» أنها ستفتح متاجر جديدة في تكساس.", {"ORGANIZATION ولمرت"}, {}},
      // "The «SAMA» report showed a rise in bank loans."
      {"وكشف تقرير «ساما» عن ارتفاع القروض المصرفية.", {"ORGANIZATION ساما"}, {}},
      // "Renault and Toyota raised their sales in Morocco."
      {"ورفعت رينو وتويوتا مبيعاتهما في المغرب.", {"ORGANIZATION رينو", "ORGANIZATION تويوتا"}, {}},
      // "He shared the photo on Instagram and Snapchat."
      {"ونشر الصورة على إنستغرام وسناب شات.",
       {"ORGANIZATION إنستغرام", "ORGANIZATION سناب شات"},
       {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A leader's title (and its gentilic) between "إدارة" and his known name:
// the administration is named by the whole phrase, the leader inside it.
TEST_F(OrgNamesUnfoundTest, AdministrationOfATitledLeader) {
  const Case cases[] = {
      // "President Barack Obama's administration sent the agreement to
      // Congress."
      {"وأرسلت إدارة الرئيس باراك أوباما الاتفاق إلى الكونغرس.",
       {"ORGANIZATION إدارة الرئيس باراك أوباما", "PERSON باراك أوباما"},
       {}},
      {"وأرسلت إدارة الرئيس الأمريكي باراك أوباما الاتفاق إلى الكونغرس.",
       {"ORGANIZATION إدارة الرئيس الأمريكي باراك أوباما", "PERSON باراك أوباما"},
       {"إدارة الرئيس الأمريكي"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// The Gulf's chambers of commerce by their full names.
TEST_F(OrgNamesUnfoundTest, GulfChambersOfCommerce) {
  const Case cases[] = {
      // "The Oman Chamber of Commerce and Industry organises the forum."
      {"وتنظم غرفة تجارة وصناعة عمان الملتقى في صلالة.",
       {"ORGANIZATION غرفة تجارة وصناعة عمان"},
       {}},
      // "The chairman of the Dubai Chamber said exports rose."
      {"وقال رئيس غرفة تجارة وصناعة دبي إن الصادرات ارتفعت.",
       {"ORGANIZATION غرفة تجارة وصناعة دبي"},
       {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// One word with the article that no word list knows after a facility's head
// names the facility; a common noun does not.
TEST_F(OrgNamesUnfoundTest, FacilityNamedByAnUnknownWord) {
  const Case cases[] = {
      // "A fire broke out in a warehouse on al-Khawajat road."
      {"واندلع حريق في مستودع على طريق الخواجات أمس.", {"FACILITY طريق الخواجات"}, {}},
      // "The patrols closed the road of the migration (the old road) for
      // maintenance."
      {"وأغلقت الدوريات طريق الهجرة للصيانة.", {}, {"طريق الهجرة"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// "قناة الإخبارية" alone is the Saudi channel; with the Syrian gentilic the
// Syrian one.
TEST_F(OrgNamesUnfoundTest, EkhbariyaChannel) {
  const test::LinkCase cases[] = {
      // "The spokesman told al-Ekhbariya channel that the work goes on."
      {"وقال المتحدث في تصريح لقناة الإخبارية إن العمل مستمر.", "الإخبارية", "al-ekhbariya-saudi"},
      // "Syrian al-Ikhbariya channel broadcast pictures from Homs."
      {"وبثت قناة الإخبارية السورية صورا من حمص.", "الإخبارية", "al-ikhbariya-syria"},
  };
  test::ExpectLinks(stages_, cases);
}

// "الهلال السعودي", "النصر السعودي": the club with its country's gentilic,
// as "الأهلي المصري" names Cairo's.
TEST_F(OrgNamesUnfoundTest, SaudiClubWithItsGentilic) {
  const Case cases[] = {
      // "Al-Hilal of Saudi Arabia lost to Egypt's al-Ahly in the friendly."
      {"وخسر فريق الهلال السعودي أمام الأهلي المصري في المباراة الودية.",
       {"ORGANIZATION الهلال السعودي", "ORGANIZATION الأهلي المصري"},
       {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// Foreign clubs by their name and country's gentilic: a city's name with the
// gentilic of its country after it is the city's club in a sports story.
TEST_F(OrgNamesUnfoundTest, ForeignClubsWithTheirGentilic) {
  const Case cases[] = {
      // "The player moved to Portugal's Porto after a season with Fiorentina."
      {"وانتقل اللاعب إلى بورتو البرتغالي بعد موسم مع فيورنتينا.",
       {"ORGANIZATION بورتو البرتغالي", "ORGANIZATION فيورنتينا"},
       {"LOCATION بورتو"}},
      // "Al-Taawoun drew with Baniyas of the Emirates and lost to Qatar's
      // al-Sadd."
      {"وتعادل التعاون مع بني ياس الإماراتي وخسر أمام السد القطري.",
       {"ORGANIZATION بني ياس الإماراتي", "ORGANIZATION السد القطري"},
       {}},
      // "Manchester City beat Italy's Roma on penalties." (the club, not
      // the city)
      {"وفاز مانشستر سيتي على روما الإيطالي بركلات الترجيح.",
       {"ORGANIZATION روما الإيطالي"},
       {"LOCATION روما"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// "الرباط الصليبي" (the cruciate ligament) names no Rabat; clubs named by a
// country's or a city's name with a gentilic are clubs.
TEST_F(OrgNamesUnfoundTest, LigamentsAndClubsNamedLikePlaces) {
  const Case cases[] = {
      // "The player tore his cruciate ligament and will miss six months."
      {"وتعرض اللاعب لقطع في الرباط الصليبي وسيغيب ستة أشهر.", {}, {"الرباط"}},
      // "Moghreb Tetouan beat Wydad; al-Hilal lost to Mexico's Club America."
      {"وفاز المغرب التطواني على الوداد البيضاوي، وخسر الهلال أمام أمريكا المكسيكي.",
       {"ORGANIZATION المغرب التطواني", "ORGANIZATION أمريكا المكسيكي"},
       {"LOCATION المغرب", "LOCATION أمريكا"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A field's word before a known town or region names that place's
// directorate ("تعليم الرياض"); before anything else it is the field, and
// the field's word alone refers to no directorate.
TEST_F(OrgNamesUnfoundTest, FieldAndPlaceNameTheDirectorate) {
  const Case cases[] = {
      // "The director of Riyadh education said classes start on Sunday."
      {"وقال مدير تعليم الرياض إن الدراسة تبدأ الأحد.",
       {"ORGANIZATION تعليم الرياض", "LOCATION الرياض"},
       {}},
      // "The head of the Jouf region passports said work goes on."
      {"وقال مدير جوازات منطقة الجوف إن العمل مستمر.", {"ORGANIZATION جوازات منطقة الجوف"}, {}},
      // "The programme aims at girls' education in the villages."
      {"ويهدف البرنامج إلى تعليم البنات في القرى.", {}, {"تعليم البنات"}},
      // "Jeddah health said ... and the minister of education attended."
      {"وأوضحت صحة جدة أن المستشفى جاهز بحضور وزير التعليم.",
       {"ORGANIZATION صحة جدة"},
       {"التعليم"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A complex named by an eponym or a place is a facility; one of common
// nouns is not.
TEST_F(OrgNamesUnfoundTest, ComplexesNamedByAnEponymOrAPlace) {
  const Case cases[] = {
      // "The minister visited the patients of the King Abdullah medical
      // complex in Jeddah."
      {"وزار الوزير مرضى مجمع الملك عبدالله الطبي في جدة.",
       {"FACILITY مجمع الملك عبدالله الطبي"},
       {"PERSON الملك عبدالله"}},
      // "The patient was taken to the Dammam medical complex."
      {"ونقل المريض إلى مجمع الدمام الطبي.", {"FACILITY مجمع الدمام الطبي"}, {}},
      // "The school lies in the new schools complex."
      {"وتقع المدرسة في مجمع المدارس الجديد.", {}, {"مجمع المدارس"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// The forces' head before a body named by a generic phrase of two words names
// that body; before one word ("قوات الجيش") it stays generic.
TEST_F(OrgNamesUnfoundTest, ForcesOfABodyNamedGenerically) {
  const Case cases[] = {
      // "The national army's forces and the popular resistance took new
      // positions in Marib."
      {"وسيطرت قوات الجيش الوطني والمقاومة الشعبية على مواقع جديدة في مأرب.",
       {"ORGANIZATION قوات الجيش الوطني"},
       {}},
      // "The minister inspected the readiness of the national guard's forces
      // in the region."
      {"وتفقد الوزير جاهزية قوات الحرس الوطني في المنطقة.", {"ORGANIZATION قوات الحرس الوطني"}, {}},
      // "The army's forces advanced towards the hills." (no name)
      {"وتقدمت قوات الجيش نحو التلال المحيطة.", {}, {"قوات الجيش"}},
      // "The civil defence law was amended." (a law, no body)
      {"وعدلت الحكومة نظام الدفاع المدني هذا العام.", {}, {"نظام الدفاع المدني"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// An organisation's head before a capitalised name in Latin letters names
// the body, head and name; a device's or a system's head does not.
TEST_F(OrgNamesUnfoundTest, LatinNameAfterAnOrganisationsHead) {
  const Case cases[] = {
      // "A study by the Catalyst organisation showed that ..."
      {"وأظهرت دراسة أعدتها منظمة Catalyst أن الشركات تحقق أداء أفضل.",
       {"ORGANIZATION منظمة Catalyst"},
       {}},
      // "The French association Otherways organised the exhibition."
      {"ونظمت جمعية OTHERWAYS الفرنسية المعرض في باريس.",
       {"ORGANIZATION جمعية OTHERWAYS الفرنسية"},
       {}},
      // "The YouGov institute said in a survey that ..."
      {"وقالت مؤسسة YouGov في استطلاع إن أصحاب العمل متفائلون.", {"ORGANIZATION مؤسسة YouGov"}, {}},
      // "The phone runs the Android system." (a product)
      {"ويعمل الهاتف بنظام Android الجديد.", {}, {"نظام Android", "Android"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

}  // namespace
}  // namespace rased::ner

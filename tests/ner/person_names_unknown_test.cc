// Persons the tables did not know: given names of the Peninsula missing from
// data/ner/given_names.tsv; bylines. Sentences written for these tests, over
// the shipped data and the text stage with the word list.
#include <gtest/gtest.h>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class PersonNamesUnknownTest : public test::WordListTest {};

TEST_F(PersonNamesUnknownTest, GivenNamesOfThePeninsula) {
  const test::PersonCase cases[] = {
      // "The journalist Battal al-Harbi said the club will sign two players."
      {"وقال الإعلامي بتال الحربي إن النادي سيتعاقد مع لاعبين.", {"بتال الحربي"}, {}},
      // "The preacher Shuja al-Dosari took part in the festival." (شجاع,
      // brave, is also a word)
      {"وشارك الداعية شجاع الدوسري في فعاليات المهرجان.", {"شجاع الدوسري"}, {}},
      // "Dr. Hatoon al-Fassi says women's work has grown."
      {"وتقول الدكتورة هتون الفاسي إن عمل المرأة زاد.", {"هتون الفاسي"}, {}},
      // "The lyrics are by Saeed bin Mani and the music by Samir Mabrouk."
      {"والأوبريت من كلمات سعيد بن مانع وألحان سمير مبروك.", {"سعيد بن مانع"}, {}},
      // "The citizen Mani al-Mulfi told the paper he bought a meal."
      {"وقال المواطن مانع الملفي للصحيفة إنه اشترى وجبة.", {"مانع الملفي"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, FamilyNisbasTheWordListReadsAsAdjectives) {
  const test::PersonCase cases[] = {
      // "The administrator Salih al-Saqri supervises the training session
      // with the technical staff." (صالح, righteous, is a word too)
      {"ويشرف على الحصة التدريبية الإداري صالح الصقري مع الجهاز الفني.", {"صالح الصقري"}, {}},
      // "A crew led by Fahd al-Ureini referees the match, with his two
      // assistants."
      {"ويدير المباراة طاقم يقوده فهد العريني ومساعداه.", {"فهد العريني"}, {}},
      // "The list included Saeed al-Shuaibi and Abdullah al-Ghamdi."
      {"وضمت القائمة سعيد الشعيبي وعبدالله الغامدي.", {"سعيد الشعيبي", "عبدالله الغامدي"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, GentilicGivenNameBeforeAHousesNisba) {
  const test::PersonCase cases[] = {
      // "The audience praised Turki al-Harbi's efforts in organising the
      // ceremony." (تركي is also "Turkish")
      {"وأشاد الحضور بجهود تركي الحربي في تنظيم الحفل.", {"تركي الحربي"}, {}},
      // "Turki al-Shahrani received the prize on behalf of his colleagues."
      {"وتسلم الجائزة تركي الشهراني نيابة عن زملائه.", {"تركي الشهراني"}, {}},
      // "A Turkish soldier was killed last week in an attack."
      {"وقتل جندي تركي الأسبوع الماضي في هجوم.", {}, {"تركي الأسبوع"}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, HousesNamesOfOtherShapesFromTheTable) {
  const test::PersonCase cases[] = {
      // "Nasser al-Mousa excels in playing with colours." (ناصر, helper, and
      // الموسى, the razor, are words too)
      {"ويمتاز ناصر الموسى بقدرته على اللعب بالألوان.", {"ناصر الموسى"}, {}},
      // "The coach praised Fahd al-Thunayan's performance in the match."
      {"وأشاد المدرب بأداء فهد الثنيان في المباراة.", {"فهد الثنيان"}, {}},
      // "The well-known poet Turki al-Dakhil put forward his new poem."
      {"وطرح الشاعر المعروف تركي الدخيل قصيدته الجديدة.", {"تركي الدخيل"}, {}},
      // "Amin al-Rihani wrote of his travels in the Peninsula."
      {"وكتب أمين الريحاني عن رحلاته في الجزيرة.", {"أمين الريحاني"}, {}},
      // "The song's lyrics are by the poet Khalid al-Muraikhi and its music
      // by Nasser al-Saleh."
      {"والأغنية من كلمات الشاعر خالد المريخي وألحان ناصر الصالح.", {"ناصر الصالح"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, CommonGivenNameBeforeAGivenNameThatEndsTheName) {
  const test::PersonCase cases[] = {
      // "Momen Zakaria scored the team's only goal in the tenth minute."
      // (مؤمن, believer, is a word too)
      {"وسجل هدف الفريق الوحيد مؤمن زكريا في الدقيقة العاشرة.", {"مؤمن زكريا"}, {}},
      // "Akram Salman, the former technical director, joined the team."
      {"وانضم إلى الفريق أكرم سلمان المدير الفني السابق.", {"أكرم سلمان"}, {}},
      // "It is a benign disease, common among men." (شائع, common, folds to
      // the given name شايع)
      {"وهو مرض حميد شائع لدى الرجال.", {}, {"حميد شائع"}},
      // "He was known by the name Muhammad in the quarter." (ب + اسم)
      {"وعرف باسم محمد في الحي.", {}, {"باسم محمد"}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, LineUpsSetApartWithDashes) {
  const test::PersonCase cases[] = {
      // "The line-up included Yasser al-Mosailem - Awad Khamis - Ahmed
      // Abbas." (a tatweel standing alone, then a hyphen, for the dash)
      {"وضمت التشكيلة: ياسر المسيليم ـ عوض خميس ـ أحمد عباس.", {"عوض خميس"}, {}},
      {"وضمت التشكيلة: ياسر المسيليم - عوض خميس - أحمد عباس.", {"عوض خميس"}, {}},
      // "Yousef al-Khalafi - a student counsellor - spoke of his experience."
      // (an apposition between dashes, no member)
      {"وتحدث يوسف الخلافي - مرشد طلابي - عن تجربته.", {"يوسف الخلافي"}, {"مرشد طلابي"}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, BylineWithATatweelForADash) {
  const test::PersonCase cases[] = {
      // "The club renews its coach's contract / Majid Maghribi - Jeddah /
      // The board agreed ..." (a tatweel standing alone for the dash)
      {"النادي يجدد عقد مدربه\nماجد مغربي ـ جدة\nوافقت إدارة النادي على تجديد عقد المدرب.",
       {"ماجد مغربي"},
       {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, BylineAfterThePagesNavigation) {
  const test::PersonCase cases[] = {
      // "Next Previous Ahmad Masri - Jeddah / The market saw ...": the
      // Latin words of the page before the byline on its line.
      {"ارتفاع أسعار الخضار\nNext Previous أحمد مصري – جدة\nشهدت أسواق الخضار ارتفاعا في "
       "الأسعار.",
       {"أحمد مصري"},
       {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, AndOthersEndsAList) {
  const test::PersonCase cases[] = {
      // "The court sentenced al-Shater, Hassan and others to prison." ("وآخرين",
      // and others, is no surname of the last member)
      {"قضت المحكمة بسجن الشاطر وحسن وآخرين.", {}, {"حسن وآخرين"}},
      {"قضت المحكمة بسجن مرسي ومحمد وغيرهما.", {}, {"محمد وغيرهما"}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, AFormFourVerbBeforeItsObjectEndsTheName) {
  const test::PersonCase cases[] = {
      // "The minister, Dr. Khalid, issued a decision to the directors." (أصدر,
      // issued, of the shape أفعل, before its accusative object)
      {"الوزير الدكتور خالد أصدر قراراً للمديرين بتنفيذ الخطة.", {"خالد"}, {"خالد أصدر"}},
      // "Dr. Muhammad Akram said the plan is ready." (أكرم, a given name)
      {"وقال الدكتور محمد أكرم إن الخطة جاهزة.", {"محمد أكرم"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, PlatiniIsKnownThoughHisNameReadsAsBPlusLatin) {
  const test::PersonCase cases[] = {
      // "The UEFA president, Michel Platini, met the Asian federation's head.
      // Platini said ..." (بلاتيني also reads ب + لاتيني, with a Latin)
      {"والتقى رئيس الاتحاد الأوروبي لكرة القدم ميشيل بلاتيني رئيس الاتحاد الآسيوي. "
       "وقال بلاتيني إن اللقاء كان مثمرا.",
       {"ميشيل بلاتيني", "بلاتيني"},
       {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, ATitleWordAfterATitledGivenNameIsTheFamilyName) {
  const test::PersonCase cases[] = {
      // "Sheikh Fahd al-Qadi, the committee's head, said the programme
      // succeeded." (القاضي, the judge, an office)
      {"وقال الشيخ فهد القاضي رئيس اللجنة إن البرنامج ناجح.", {"فهد القاضي"}, {}},
      // "Dr. Khalid al-Mukhrij explained that the project is ready." (المخرج,
      // the director, a profession)
      {"أوضح الدكتور خالد المخرج أن المشروع جاهز.", {"خالد المخرج"}, {}},
      // "Prince Faisal told the ambassador that the visit matters": an office
      // before أن may be the verb's object.
      {"وأبلغ الأمير فيصل السفير أن الزيارة مهمة.", {"فيصل"}, {"فيصل السفير"}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, AReportingVerbAfterBinIsTheFathersName) {
  const test::PersonCase cases[] = {
      // "Brigadier Salih bin Talib, director of the department, said ..."
      // (طالب, Talib; demanded)
      {"وأوضح العميد صالح بن طالب، مدير عام الإدارة، أن العمل مستمر.", {"صالح بن طالب"}, {}},
      // "The writer Dr. Hamoud Abu Talib called on the ministries to ..." (so
      // after "أبو")
      {"ودعا الكاتب الدكتور حمود أبو طالب الوزارات إلى الشفافية.", {"حمود أبو طالب"}, {}},
      // "Abu Marzouk demanded the release of the detainees": the verb stays
      // a verb.
      {"وطالب أبو مرزوق بالإفراج عن المعتقلين.", {}, {"طالب أبو مرزوق"}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, EnvoyAndPresidentOf2015ByTheirShortNames) {
  const test::PersonCase cases[] = {
      // "The UN envoy Ismail Ould Cheikh called for the truce to be extended."
      {"ودعا المبعوث الأممي إسماعيل ولد الشيخ إلى تمديد الهدنة.", {"إسماعيل ولد الشيخ"}, {}},
      // "The king sent a cable to President Abdulla Yameen of the Maldives."
      {"وبعث الملك برقية تهنئة للرئيس عبدالله يامين رئيس جمهورية المالديف.", {"عبدالله يامين"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, AbaAndAWordWithTheArticleIsAFamilyName) {
  const test::PersonCase cases[] = {
      // "The delegation, headed by the club's vice-president Khalid Aba
      // al-Khail, left for Europe." (أبا, the accusative of أبو, frozen in
      // the family name)
      {"وغادرت البعثة برئاسة نائب رئيس النادي خالد أبا الخيل إلى أوروبا.", {"خالد أبا الخيل"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, AKunyaAfterATitleIsAName) {
  const test::PersonCase cases[] = {
      // "Among the dead was the prominent Houthi leader Abu al-Diya
      // al-Hamdani." (a kunya with a word the tables do not know as a name)
      {"وكان بين القتلى القيادي الحوثي البارز أبو الضياء الهمداني.", {"أبو الضياء الهمداني"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, BylineWithThePlaceFirst) {
  const test::PersonCase cases[] = {
      // "Riyadh - Adel al-Duhailan / The municipality announced ..."
      {"البلدية تعلن مواعيد العمل\nالرياض - عادل الدحيلان\nأعلنت البلدية مواعيد العمل "
       "الجديدة.",
       {"عادل الدحيلان"},
       {}},
      // "Jeddah ـ Najib al-Harbi / ..." (a tatweel standing alone for the dash)
      {"النادي يجدد عقد مدربه\nجدة ـ نجيب الحربي\nوافقت إدارة النادي على تجديد العقد.",
       {"نجيب الحربي"},
       {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, AfterBinAWordReadAsAPrepositionsPhraseIsAName) {
  const test::PersonCase cases[] = {
      // "Major General Mansour bin Butaihan al-Juhani thanked the teams."
      // (بطيحان read as ب + a word)
      {"وشكر اللواء منصور بن بطيحان الجهني الفرق المشاركة.", {"منصور بن بطيحان الجهني"}, {}},
      // "Osama bin Laden founded the organisation." (لادن read as ل + a word)
      {"وكان أسامة بن لادن قد أسس التنظيم في أفغانستان.", {"أسامة بن لادن"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, PraiseToGodIsNoPrimeMinister) {
  const test::PersonCase cases[] = {
      // "The player said: praise God for my move to the club." ("الحمد
      // الله", a common spelling of "الحمد لله", is also the Palestinian
      // prime minister's family name; only his full name names him.)
      {"وقال اللاعب: الحمد الله على انتقالي إلى النادي.", {}, {"الحمد الله"}},
      {"وقال رئيس الوزراء الفلسطيني رامي الحمد الله إن الحكومة ستعمل.", {"رامي الحمد الله"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, ATatweelStandingAloneSeparatesNamesOfAList) {
  const test::PersonCase cases[] = {
      // "The squad: Walid al-Anazi ـ Omar Hawsawi ـ Muhammad Hussein ـ
      // Muhammad Eid ـ Khalid al-Ghamdi." (a line-up with tatweels for dashes)
      {"وضمت القائمة وليد العنزي ـ عمر هوساوي ـ محمد حسين ـ محمد عيد ـ خالد الغامدي.",
       {"محمد حسين", "محمد عيد"},
       {"محمد حسين ـ محمد عيد ـ خالد الغامدي"}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, ARegnalNumberEndsAMonarchsName) {
  const test::PersonCase cases[] = {
      // "The palace was built for King William the Third in 1700."
      {"وبني القصر للملك ويليام الثالث في عام 1700.", {"ويليام الثالث"}, {}},
      // "King Henry the Eighth admired the palace."
      {"وقد أعجب الملك هنري الثامن بالقصر.", {"هنري الثامن"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, AGivenNameAfterAWordOfKinshipWithItsPronoun) {
  const test::PersonCase cases[] = {
      // "His son Tariq led the mourners." (a given name alone)
      {"وتقدم المشيعين ابنه طارق.", {"طارق"}, {}},
      // "He argues with his sister Nadia every morning."
      {"وكان يتشاجر مع شقيقته نادية كل صباح.", {"نادية"}, {}},
      // "after his father was jailed behind bars": خلف (behind; Khalaf) is a
      // common given name, no relative's name.
      {"بعد سجن والده خلف القضبان.", {}, {"خلف"}},
  };
  test::ExpectPersons(stages_, cases);
}

TEST_F(PersonNamesUnknownTest, TheNameAfterTheVerbOfNaming) {
  const test::PersonCase cases[] = {
      // "One of the main suspects, called Khalid, recruited young men."
      {"وكان أحد المشتبه بهم الرئيسيين ويدعى خالد قد جند عددا من الشباب.", {"خالد"}, {}},
      // "The one called Mahdi confessed." (the participle)
      {"واعترف المدعو مهدي بتهريب الأسلحة.", {"مهدي"}, {}},
      // "Some claim that the plan failed": يدعي (claims) folds to the key of
      // يدعى; its printed ي tells it apart.
      {"ويدعي سعيد أن الخطة فشلت.", {}, {"سعيد"}},
      // "a small village called Ratenberg": no person.
      {"وتوجد قرية صغيرة تدعى راتنبرغ بين جبلين.", {}, {"راتنبرغ"}},
  };
  test::ExpectPersons(stages_, cases);
}

// A gentilic with the article standing for a person of that nation ("the
// Dutchman") before a foreign name of two words no list knows: the name is
// that person's. A word of the language there is no name.
TEST_F(PersonNamesUnknownTest, ForeignNameAfterAGentilicThatStandsForThePerson) {
  const test::PersonCase cases[] = {
      // "The club signed the Dutchman Kornelis Vandervelt and the German
      // Vilmar Oberhollenzer this summer." (invented names)
      {"وضم النادي الهولندي كورنيليس فاندرفيلت والألماني فيلمار أوبرهولنزر هذا الصيف.",
       {"كورنيليس فاندرفيلت", "فيلمار أوبرهولنزر"},
       {}},
      // "The players took part except the Brazilian Marcandinho, who is
      // still injured." (an invented name of one word)
      {"وشارك جميع اللاعبين باستثناء البرازيلي ماركانديو الذي يواصل علاجه.", {"ماركانديو"}, {}},
      // "The coach said: the Italians beat us to the title": after a plural
      // gentilic the verb is no name.
      {"وقال المدرب: الإيطاليون سبقونا إلى اللقب.", {}, {"سبقونا"}},
      // "Iraqi forces repelled an attack the group launched": a feminine
      // gentilic qualifies the noun before it, and the words after it are
      // the sentence's.
      {"وصدت القوات العراقية هجوما شنه التنظيم قرب المدينة.", {}, {"هجوما شنه"}},
      // "The English federation issued a ruling on the match": an accusative
      // and a verb are no name.
      {"وقال إن الاتحاد الإنجليزي أصدرت حكما في المباراة.", {}, {"أصدرت حكما"}},
  };
  test::ExpectPersons(stages_, cases);
}

// The particle "دي" (de, di) before a word no word list knows, or a first
// name, is a surname of two words; a first name of that shape right before
// it opens the name.
TEST_F(PersonNamesUnknownTest, ForeignParticleDiOpensASurname) {
  const test::PersonCase cases[] = {
      // "The club agreed to sign Di Stefanello for next season." (invented)
      {"ووافق النادي على ضم دي ستيفانيلو للموسم المقبل.", {"دي ستيفانيلو"}, {}},
      // "The winger Anselmo di Verrato scored the goal." (invented names)
      {"وسجل أنسيلمو دي فيراتو هدف المباراة.", {"أنسيلمو دي فيراتو"}, {}},
      // "The DJ played music at the party": a Latin letter's name is no surname.
      {"وعزف دي جيه الموسيقى في الحفل.", {}, {"دي جيه"}},
  };
  test::ExpectPersons(stages_, cases);
}

// Given names of the Peninsula's tribes the tables lacked, without a title
// before them.
TEST_F(PersonNamesUnknownTest, TribalGivenNamesWithoutATitle) {
  const test::PersonCase cases[] = {
      // "Jamaan al-Ghamdi said the teams finished their work."
      {"وقال جمعان الغامدي إن الفرق أنهت أعمالها.", {"جمعان الغامدي"}, {}},
      // "Fawzan al-Otaibi and Mutlaq al-Harbi won the prize."
      {"وفاز فوزان العتيبي ومطلق الحربي بالجائزة.", {"فوزان العتيبي", "مطلق الحربي"}, {}},
      // "Mirna al-Khatib stressed that the exhibition runs for a week."
      {"وأكدت ميرنا الخطيب أن المعرض يستمر أسبوعا.", {"ميرنا الخطيب"}, {}},
      // "Wahib al-Sahli said the team is ready."
      {"وقال وهيب السهلي إن الفريق جاهز.", {"وهيب السهلي"}, {}},
      // "The series stars Hattan Bahabri and Suhair al-Jawhari."
      {"ويشارك في بطولة المسلسل هتان باهبري وسهير الجوهري.", {"هتان باهبري", "سهير الجوهري"}, {}},
      // "Hadhloul bin Hussein attended the ceremony."
      {"وحضر الحفل هذلول بن حسين.", {"هذلول بن حسين"}, {}},
  };
  test::ExpectPersons(stages_, cases);
}

// A house's name that is also a modifier of a title ("الماضي", past;
// "المقبل", next) after a given name that is no word is the family name; after
// a month's name it is still the month's adjective.
TEST_F(PersonNamesUnknownTest, FamilyNameThatIsAlsoAModifier) {
  const test::PersonCase cases[] = {
      // "Muhammad al-Madi said the market will recover."
      {"وقال محمد الماضي إن السوق سيتعافى.", {"محمد الماضي"}, {}},
      // "Director Abdullah bin Abdulrahman al-Muqbil inspected the road."
      {"وتفقد المدير عبدالله بن عبدالرحمن المقبل الطريق.", {"عبدالله بن عبدالرحمن المقبل"}, {}},
      // "The series is shown next Ramadan": no one.
      {"ويعرض المسلسل في رمضان المقبل على القناة.", {}, {"رمضان المقبل"}},
  };
  test::ExpectPersons(stages_, cases);
}

// "أم" right after a reporting verb and before a given name is a mother's
// kunya; between two alternatives it is "or".
TEST_F(PersonNamesUnknownTest, MothersKunyaAfterAReportingVerb) {
  const test::PersonCase cases[] = {
      // "Umm Fahd said the families sold all their products."
      {"وقالت أم فهد إن الأسر باعت جميع منتجاتها.", {"أم فهد"}, {}},
      // "Umm Ali al-Asiri said the days of the feast bring the family
      // together."
      {"وذكرت أم علي العسيري أن أيام العيد تجمع العائلة.", {"أم علي العسيري"}, {}},
      // "Madam Umm Walid al-Ghamdi, a housewife, said ..."
      {"وتقول السيدة أم وليد الغامدي إن الأسرة تجتمع في العيد.", {"أم وليد الغامدي"}, {}},
      // "Umm Saad learned the craft of palm weaving as a child."
      {"أما أم سعد فقد تعلمت حرفة الخوص منذ طفولتها.", {"أم سعد"}, {}},
      // "It is not known whether he travelled or stayed": no one.
      {"ولا يعرف هل سافر أم بقي في المدينة.", {}, {"أم بقي"}},
  };
  test::ExpectPersons(stages_, cases);
}

}  // namespace
}  // namespace rased::ner

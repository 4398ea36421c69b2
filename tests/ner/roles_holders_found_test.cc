// Roles where the holder's name is found and a title stands near it but was
// not joined to it: a post before the abbreviation of a form of address
// ("م.", "أ."), a deputy's or assistant's post ("وكيل أمين ...", "...
// المساعد"), a post and an adverb of past time before the name ("الرئيس
// الأمريكي آنذاك X"), a post set off from the name by a quote or a bracket
// ("X" زعيم ...، ( X ) رئيس ...، X "القائد ..."، وزير ... "X"), a dual
// post before holders each with his own form of address, an attaché's post
// with "لدى" + the country, the host's chain of posts before his name and
// his guest, women's posts, and no post named by "his" (ونائبه X). Sentences written for these
// tests (not taken from any corpus), over the shipped data.
#include <gtest/gtest.h>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

using test::ExpectTitles;
using test::RolesCase;

class RolesHoldersFoundTest : public test::WordListTest {};

TEST_F(RolesHoldersFoundTest, AnAbbreviatedFormOfAddressCarriesThePostToTheName) {
  const RolesCase cases[] = {
      // "The mayor of Jazan, Eng. Yahya al-Ghazwani, said the project was
      // finished."
      {"وقال أمين منطقة جازان م. يحيى الغزواني إن المشروع اكتمل.",
       "يحيى الغزواني",
       {"أمين منطقة جازان"}},
      // "The director general of the company, Mr Saleh al-Omari, signed the
      // contract."
      {"ووقع المدير العام للشركة أ. صالح العمري العقد.", "صالح العمري", {"المدير العام للشركة"}},
      // Alone the abbreviation is a form of address, no post: "Eng. Fahd
      // al-Otaibi attended the meeting."
      {"وحضر م. فهد العتيبي الاجتماع.", "فهد العتيبي", {}},
      // After a year "م" is the era, no title: "The company was founded in
      // 1990 AD. Ali al-Harbi was its first manager."
      {"تأسست الشركة عام 1990م. علي الحربي كان أول مديريها.", "علي الحربي", {}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesHoldersFoundTest, DeputiesAndAssistantsHoldOnePost) {
  const RolesCase cases[] = {
      // "The deputy mayor of Tabuk region, Dr Nasser al-Balawi, inaugurated
      // the park."
      {"وافتتح وكيل أمين منطقة تبوك الدكتور ناصر البلوي الحديقة.",
       "ناصر البلوي",
       {"وكيل أمين منطقة تبوك", "الدكتور"}},
      // "The assistant deputy minister for technical affairs, Majed
      // al-Shammari, said ..."
      {"وقال وكيل الوزارة المساعد للشؤون الفنية ماجد الشمري إن العمل مستمر.",
       "ماجد الشمري",
       {"وكيل الوزارة المساعد للشؤون الفنية"}},
      // "The regional commander of the auxiliary forces, Said al-Idrissi,
      // attended the ceremony."
      {"وحضر القائد الجهوي للقوات المساعدة سعيد الإدريسي الحفل.",
       "سعيد الإدريسي",
       {"القائد الجهوي للقوات المساعدة"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesHoldersFoundTest, AnAdverbOfPastTimeBetweenThePostAndTheName) {
  const RolesCase cases[] = {
      // "The French president at the time, Jacques Chirac, opposed the war."
      {"وعارض الرئيس الفرنسي آنذاك جاك شيراك الحرب.", "جاك شيراك", {"الرئيس الفرنسي"}},
      // "The emir of Kuwait then, Sheikh Jaber al-Ahmad, received the delegation."
      {"واستقبل أمير الكويت حينها الشيخ جابر الأحمد الوفد.",
       "جابر الأحمد",
       {"أمير الكويت", "الشيخ"}},
      // "The king of Jordan at that time, King Hussein, visited the city."
      {"وزار ملك المملكة الأردنية الهاشمية آنذاك الملك حسين المدينة.",
       "الملك حسين",
       {"ملك المملكة الأردنية الهاشمية", "الملك"}},
      // A post one was named to is not the name's after the adverb: "He was
      // appointed adviser at the office of the crown prince of the time,
      // Prince Sultan."
      {"وعين مستشارا في مكتب ولي العهد آنذاك الأمير سلطان.", "سلطان", {"الأمير"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesHoldersFoundTest, QuotesAndBracketsSetThePostOff) {
  const RolesCase cases[] = {
      // A quote closing the words quoted up to the name: "The statement said
      // he "kept in touch with Hassan Nasrallah" the secretary general of
      // Hezbollah."
      {"وقال البيان إنه \"ظل على اتصال بحسن نصر الله\" الأمين العام لحزب الله.",
       "حسن نصر الله",
       {"الأمين العام لحزب الله"}},
      // A quote opening after the name round the post: "The strike killed
      // Abu Hafs al-Masri "the senior commander in the Nusra Front"."
      {"وأدت الغارة إلى مقتل أبو حفص المصري \"القائد الكبير في جبهة النصرة\"، بحسب المصادر.",
       "أبو حفص المصري",
       {"القائد الكبير في جبهة النصرة"}},
      // But not a quote of what the named person said: "Mohammed al-Ali said
      // "the president wants a solution"."
      {"وقال محمد العلي \"الرئيس يريد الحل\" أمس.", "محمد العلي", {}},
      // Brackets round the name: "During the visit of (Gordon Brown) the
      // former British prime minister, ..."
      {"وخلال زيارة ( غوردون براون ) رئيس وزراء بريطانيا السابق، أغلقت الطرق.",
       "غوردون براون",
       {"رئيس وزراء بريطانيا السابق"}},
      // A name quoted on its own after the post: "Turkey's foreign minister
      // "Davutoglu" arrived in Riyadh."
      {"ووصل وزير خارجية تركيا \"أحمد داود أوغلو\" إلى الرياض.",
       "أحمد داود أوغلو",
       {"وزير خارجية تركيا"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesHoldersFoundTest, ADualPostBeforeHoldersWithTheirFormsOfAddress) {
  // "The proposal submitted by the two former council members, Dr Saad
  // al-Qarni and Dr Nasser al-Harbi."
  const char* text =
      "ودرس المجلس المقترح المقدم من عضوي المجلس السابقين الدكتور سعد القرني "
      "والدكتور ناصر الحربي.";
  const Document doc = Run(text);
  ExpectTitles(doc, {text, "سعد القرني", {"عضوي المجلس السابقين", "الدكتور"}});
  ExpectTitles(doc, {text, "ناصر الحربي", {"الدكتور", "عضوي المجلس السابقين"}});
}

TEST_F(RolesHoldersFoundTest, AnAttachesPostTakesItsCountry) {
  const RolesCase cases[] = {
      // "The military attaché in Jordan, Colonel Fahd al-Mutairi, attended."
      {"وحضر الملحق العسكري لدى الأردن العقيد فهد المطيري.",
       "فهد المطيري",
       {"الملحق العسكري لدى الأردن", "العقيد"}},
      // "Fahd al-Mutairi, the Saudi military attaché in Egypt, said ..."
      {"وقال فهد المطيري الملحق العسكري السعودي لدى مصر إن التعاون مستمر.",
       "فهد المطيري",
       {"الملحق العسكري السعودي لدى مصر"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesHoldersFoundTest, TheHostsChainOfPostsBeforeHisNameAndHisGuest) {
  // "The adviser at the royal court and director general of the centre, Dr
  // Saad al-Dosari, received yesterday the secretary general of the
  // organisation, Hamad al-Ali."
  const char* text =
      "واستقبل المستشار بالديوان الملكي المدير العام للمركز الدكتور سعد الدوسري "
      "أمس الأمين العام للمنظمة حمد العلي.";
  const Document doc = Run(text);
  ExpectTitles(
      doc, {text, "سعد الدوسري", {"المستشار بالديوان الملكي", "المدير العام للمركز", "الدكتور"}});
  ExpectTitles(doc, {text, "حمد العلي", {"الأمين العام للمنظمة"}});
  // Without a guest after the name the titles before it are the guest's:
  // "The crown prince received the US secretary of state John Kerry."
  const char* guest = "واستقبل ولي العهد وزير الخارجية الأمريكي جون كيري.";
  ExpectTitles(Run(guest), {guest, "جون كيري", {"وزير الخارجية الأمريكي"}});
  // A headline run into the text: "Emir of Qatar meets the Russian foreign
  // minister / Sheikh Tamim met today ...": "التقى" ends the title.
  const char* headline = "أمير قطر يلتقي وزير الخارجية الروسي التقى الشيخ تميم بن حمد اليوم.";
  ExpectTitles(Run(headline), {headline, "الشيخ تميم بن حمد", {"الشيخ"}});
}

TEST_F(RolesHoldersFoundTest, WomensPostsAndTheGuideOfAMovement) {
  const RolesCase cases[] = {
      // "The US under secretary of state for political affairs, Wendy Smith,
      // said ..."
      {"وقالت وكيلة وزارة الخارجية للشؤون السياسية ويندي سميث إن المحادثات صعبة.",
       "ويندي سميث",
       {"وكيلة وزارة الخارجية للشؤون السياسية"}},
      // "The dean of the college, Dr Nada al-Otaibi, opened the exhibition."
      {"وافتتحت عميدة الكلية الدكتورة ندى العتيبي المعرض.",
       "ندى العتيبي",
       {"عميدة الكلية", "الدكتورة"}},
      // "The prosecutor of the court, Fatima Ba, opened an inquiry."
      {"وفتحت المدعية العامة للمحكمة فاطمة با تحقيقا.", "فاطمة با", {"المدعية العامة للمحكمة"}},
      // "The Iranian guide Ali Khamenei warned against the agreement."
      {"وحذر المرشد الإيراني علي خامنئي من الاتفاق.", "علي خامنئي", {"المرشد الإيراني"}},
      // "المرشد" alone is also a family name: "The director of education
      // Mohammed al-Murshid said ..."
      {"وقال مدير التعليم محمد المرشد إن الدراسة بدأت.", "محمد المرشد", {"مدير التعليم"}},
      // A player of an instrument is a trade: "The violinist Samir Haddad
      // played"; "Khaled al-Ghamdi, the percussionist of the band, said ...".
      {"وعزف عازف الكمان سمير حداد مقطوعة جديدة.", "سمير حداد", {"عازف الكمان"}},
      {"وقال خالد الغامدي، عازف الإيقاع في الفرقة، إن الحفل نجح.",
       "خالد الغامدي",
       {"عازف الإيقاع في الفرقة"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesHoldersFoundTest, OneOfTheHoldersOfAPostAfterTheName) {
  const RolesCase cases[] = {
      // "Hamad al-Dulaimi, one of the sheikhs of the tribes in Ramadi, said
      // ..."
      {"وقال حمد الدليمي، أحد شيوخ العشائر في مدينة الرمادي، إن الوضع هادئ.",
       "حمد الدليمي",
       {"أحد شيوخ العشائر في مدينة الرمادي"}},
      // "Pierre Dubois, one of the defence lawyers, said ..."
      {"وقال بيير دوبوا، أحد محامي الدفاع، إن الحكم عادل.", "بيير دوبوا", {"أحد محامي الدفاع"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesHoldersFoundTest, ARelativeClauseClosesThePostAfterTheName) {
  // "John Carter, director of social services in the council who took up the
  // post last year, said ..."
  const char* text =
      "وقال جون كارتر، مدير الخدمات الاجتماعية في المجلس الذي تولى المنصب العام "
      "الماضي، إن الخطة جاهزة.";
  ExpectTitles(Run(text), {text, "جون كارتر", {"مدير الخدمات الاجتماعية في المجلس"}});
}

TEST_F(RolesHoldersFoundTest, APostWithHisIsNoRole) {
  const RolesCase cases[] = {
      // "The party's leader and his deputy Khaled Ali attended."
      {"وحضر رئيس الحزب ونائبه خالد علي الاجتماع.", "خالد علي", {}},
      // "The club signed his former coach Marco Silva." ("مدربه" folds as
      // "مدربة", a coach, feminine.)
      {"وتعاقد النادي مع مدربه السابق ماركو سيلفا.", "ماركو سيلفا", {}},
      // "Its spokesman Saad al-Harbi said ..." names a body's post, which
      // stays.
      {"وقال متحدثها الرسمي سعد الحربي إن الحملة مستمرة.", "سعد الحربي", {"متحدثها الرسمي"}},
      // "و" + the post after another is the same holder's second post: "the
      // deputy head of the party and its former head, Deniz Baykal".
      {"وقال نائب رئيس الحزب ورئيسه السابق دنيز بايكال إن الانتخابات مبكرة.",
       "دنيز بايكال",
       {"نائب رئيس الحزب", "رئيسه السابق"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesHoldersFoundTest, AGovernorWrittenWithYaIsAPost) {
  const RolesCase cases[] = {
      // "The governor of Khartoum, Major General Ahmed Salem, received a
      // delegation."
      {"واستقبل والي الخرطوم اللواء أحمد سالم وفدا من التجار.",
       "أحمد سالم",
       {"والي الخرطوم", "اللواء"}},
      // "... in the presence of the mayor Khaled Ali and the governor of the
      // province Osman Kaya."
      {"وعقد اللقاء بحضور رئيس البلدية خالد علي، ووالي الولاية عثمان قايا.",
       "عثمان قايا",
       {"والي الولاية"}},
      // "The delegation travelled to Cairo and to Dubai, Ahmed Salem said":
      // "وإلى" (and to), written with its alef maqsura, is no governor.
      {"وسافر الوفد إلى القاهرة وإلى دبي أحمد سالم.", "أحمد سالم", {}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesHoldersFoundTest, AnIndefinitePostAfterTheNameTakesItsAdjectiveOrField) {
  const RolesCase cases[] = {
      // "Samer Youssef, a political analyst, said the elections matter."
      {"وقال سامر يوسف، محلل سياسي، إن الانتخابات مهمة.", "سامر يوسف", {"محلل سياسي"}},
      // "Samer Youssef, a Saudi military expert, said ..."
      {"وقال سامر يوسف، خبير عسكري سعودي، إن الحرب طويلة.", "سامر يوسف", {"خبير عسكري سعودي"}},
      // "Nadia Karim (an educational supervisor) said ..."
      {"وقالت نادية كريم (مشرفة تربوية) إن المدارس جاهزة.", "نادية كريم", {"مشرفة تربوية"}},
      // "Mohammed Ali, a researcher in Iranian affairs, said ..."
      {"وقال محمد علي، باحث في الشؤون الإيرانية، إن الاتفاق هش.",
       "محمد علي",
       {"باحث في الشؤون الإيرانية"}},
      // "The commander of the fighters of the tribes of Anbar, Ghassan Ali,
      // said ...": "مقاتلي" is a plural in the construct state, no
      // adjective.
      {"وقال قائد مقاتلي عشائر محافظة الأنبار غسان علي إن المعركة قريبة.",
       "غسان علي",
       {"قائد مقاتلي عشائر محافظة الأنبار"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesHoldersFoundTest, AnIndefinitePostWithoutACommaBeforeWhatTheHolderSays) {
  const RolesCase cases[] = {
      // "John Smith, director of the arms non-proliferation programme at the
      // institute, stressed that the agreement is good."
      {"وأكد جون سميث مدير برنامج منع انتشار الأسلحة في المعهد أن الاتفاق جيد.",
       "جون سميث",
       {"مدير برنامج منع انتشار الأسلحة في المعهد"}},
      // "Laila Hassan, a writer living in Cairo, says the situation is hard."
      {"وتقول ليلى حسن كاتبة مقيمة في القاهرة إن الوضع صعب.",
       "ليلى حسن",
       {"كاتبة مقيمة في القاهرة"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesHoldersFoundTest, ANameRightAfterTheKingsStyleInAPostsGenitiveHoldsThePost) {
  const RolesCase cases[] = {
      // "The head of royal protocol of the Custodian of the Two Holy Mosques,
      // Khaled al-Abbad, said the visit succeeded." (The king is named with
      // his own title after the style: "... الملك X".)
      {"وقال رئيس المراسم الملكية لخادم الحرمين الشريفين خالد العباد إن الزيارة ناجحة.",
       "خالد العباد",
       {"رئيس المراسم الملكية لخادم الحرمين الشريفين"}},
      // "The Custodian of the Two Holy Mosques, King Salman, received ...":
      // the style and the king's title stay the king's.
      {"واستقبل خادم الحرمين الشريفين الملك سلمان الوفد.",
       "الملك سلمان",
       {"خادم الحرمين الشريفين", "الملك"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesHoldersFoundTest, ANisbaProfessionAfterAnIndefinitePostIsItsAdjective) {
  const RolesCase cases[] = {
      // "Mona Ali, a writer and rights activist, said ..."
      {"وقالت منى علي، كاتبة وناشطة حقوقية، إن الوضع صعب.", "منى علي", {"كاتبة", "ناشطة حقوقية"}},
      // "Saad Ali, a journalist writer, said ..."
      {"وقال سعد علي، كاتب صحفي، إن الوضع صعب.", "سعد علي", {"كاتب صحفي"}},
      // "A media adviser, Saad Ali, said ..."
      {"وقال مستشار إعلامي سعد علي إن الوضع صعب.", "سعد علي", {"مستشار إعلامي"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

TEST_F(RolesHoldersFoundTest, HoldersWithGivenNamesThatAreAlsoWords) {
  const RolesCase cases[] = {
      // "The head of the mission, Battal al-Otaibi, said the team is ready."
      {"وقال رئيس البعثة بتال العتيبي إن الفريق جاهز.", "بتال العتيبي", {"رئيس البعثة"}},
      // "Dr Mazar Bahamdan explained that the infection spread."
      {"وأوضح الدكتور مزار باحمدان أن العدوى انتشرت.", "مزار باحمدان", {"الدكتور"}},
      // "The ministry put Engineer Wasim's company on the black list."
      {"ووضعت الوزارة شركة المهندس وسيم على القائمة السوداء.", "وسيم", {"المهندس"}},
      // "The member of the council, Abed al-Harthi, said the session ended."
      {"وقال عضو المجلس عابد الحارثي إن الجلسة انتهت.", "عابد الحارثي", {"عضو المجلس"}},
  };
  for (const RolesCase& c : cases) ExpectTitles(Run(c.text), c);
}

}  // namespace
}  // namespace rased::ner

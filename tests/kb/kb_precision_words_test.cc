// Precision of the shipped knowledge base on general news: one-word names
// that are ordinary Arabic words (a face, an average, white, pictures, a
// billion read as ب + a town), patronymics and surnames that many people
// share, and the holy sites and Quartets that news names with their head.
// Sentences written for these tests, not taken from any corpus.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../ner/ner_test_support.h"

namespace rased::ner {
namespace {

class KbPrecisionWordsTest : public test::ShippedDataTest {};

using test::LinkCase;

TEST_F(KbPrecisionWordsTest, OrdinaryWordsAreNoPlaces) {
  const NoLinkCase cases[] = {
      // "The children's corner offered face painting." Not the town of Al-Wajh.
      {"وقدم ركن الأطفال الرسم على الوجه والبالونات.", "al-wajh"},
      // "The annual average of prices rose." Not the Mediterranean.
      {"وارتفع المتوسط السنوي لأسعار الشقق.", "mediterranean"},
      // "The fee on white (undeveloped) land was approved." Not Bayda.
      {"وأقر مجلس الوزراء فرض رسوم على الأراضي البيضاء.", "bayda-libya"},
      // "The authorities are investigating how banks handled the funds." بنوك
      // is not ب + Nuuk.
      {"وتحقق السلطات في تعامل بنوك أوروبية مع الأموال.", "nuuk"},
      // "The company cares about earning its customers' trust." بكسب is not
      // ب + Kessab.
      {"وتهتم الشركة بكسب ثقة عملائها.", "kessab"},
      // "Pictures of the celebration spread on social media." Not Tyre.
      {"وانتشرت صور الاحتفال على مواقع التواصل.", "tyre"},
      // "Investments reached 150 billion dollars." بليون is not ب + Lyon.
      {"وبلغت الاستثمارات 150 بليون دولار.", "lyon"},
      // "The conference will be translated into seven languages." لغات is
      // not ل + Ghat.
      {"وستترجم كلمات المؤتمر إلى سبع لغات.", "ghat"},
      // "Security is the cornerstone of development." Not Zawiya.
      {"والأمن حجر الزاوية في التنمية.", "zawiya"},
      // "We enjoy the blessing of security." Not Néma.
      {"ونحن ننعم بنعمة الأمن والاستقرار.", "nema"},
      // "Within the framework of cooperation between the two countries." Not Atar.
      {"ويأتي ذلك في إطار التعاون بين البلدين.", "atar"},
      // "May God grant the injured a speedy recovery." يمن is a verb.
      {"ونسأل الله أن يمن على المصابين بالشفاء العاجل.", "yemen"},
      // "Kindergartens opened their doors." Not Riyadh.
      {"وفتحت رياض الأطفال أبوابها للطلاب.", "riyadh"},
      // "Rain torrents cut several roads." Not Seoul.
      {"وقطعت سيول الأمطار عددا من الطرق.", "seoul"},
      // "Oil prices may fall in the short term." Not Qusayr.
      {"وقد تنخفض أسعار النفط على المدى القصير.", "qusayr"},
      // "The municipality decorated the streets and squares." Not Mayadin.
      {"وزينت البلدية الشوارع والميادين العامة.", "mayadin"},
      // "The player has a partial tear in an ankle ligament." Not Rabat.
      {"وتعرض اللاعب لقطع جزئي في رباط الكاحل.", "rabat"},
      // "The factory started production this year." Not the Masnaa crossing.
      {"وبدأ المصنع الإنتاج هذا العام.", "masnaa-crossing"},
      // "The patient stayed in the white bed for a week." Not the Sarir oil
      // field.
      {"ولزم المريض السرير الأبيض أسبوعا.", "sarir-field"},
      // "The Sahel" is also any coast: "the corniche along the coast".
      {"ويمتد الكورنيش على طول الساحل.", "sahel"},
      // "The moon was full last night." Not the Comoros.
      {"وكان القمر مكتملا ليلة أمس.", "comoros"},
      // "The club management completed the deal." الاتحادية is the adjective
      // of Al-Ittihad, not the Egyptian palace.
      {"وأنهت الإدارة الاتحادية الصفقة مع اللاعب.", "ittihadiya-palace"},
  };
  ExpectNoLinks(cases);
}

TEST_F(KbPrecisionWordsTest, SharedSurnamesAndPatronymicsClaimNoRecord) {
  const NoLinkCase cases[] = {
      // "In 1965 US President Lyndon Johnson signed the voting law." Not Boris
      // Johnson.
      {"وفي عام 1965 وقع الرئيس الأمريكي ليندون جونسون قانون حق التصويت.", "boris-johnson"},
      // "The journalist Yeganeh Salehi was arrested with her husband." Not Ali
      // Akbar Salehi.
      {"واعتقلت الصحافية يغانه صالحي مع زوجها.", "ali-akbar-salehi"},
      // "The sporting director Marco Guerini left the club." Not Lorenzo Guerini.
      {"وغادر المدير الرياضي ماركو غويريني النادي.", "lorenzo-guerini"},
      // "Dr Ali bin Abdulrahman al-Mujahid attended the ceremony." A
      // patronymic, not Aymen Benabderrahmane.
      {"وحضر الحفل الدكتور علي بن عبدالرحمن المجحد.", "aymen-benabderrahmane"},
      // "Bin Mubarak said the project would be finished soon." Any bin Mubarak.
      {"وقال بن مبارك إن المشروع سينجز قريبا.", "ahmed-awad-bin-mubarak"},
      // "The federal government in Washington announced new aid." Not Iraq's.
      {"وأعلنت الحكومة الاتحادية في واشنطن مساعدات جديدة.", "iraqi-government"},
      // "The director Abdulkhaliq al-Ghanim travelled to Dubai." Not the
      // Kuwaiti speaker.
      {"وسافر المخرج عبدالخالق الغانم إلى دبي.", "marzouq-al-ghanim"},
      // "Europe is a monetary union." نقدي is an adjective.
      {"ومنطقة اليورو اتحاد نقدي بين دول مختلفة.", "mohammad-reza-naqdi"},
  };
  ExpectNoLinks(cases);
}

TEST_F(KbPrecisionWordsTest, HeadedNamesStillLink) {
  const LinkCase cases[] = {
      // "Rain fell on Al-Wajh governorate."
      {"وهطلت الأمطار على محافظة الوجه.", "محافظة الوجه", "al-wajh"},
      // "Migrants drowned in the Mediterranean Sea."
      {"وغرق مهاجرون في البحر المتوسط.", "البحر المتوسط", "mediterranean"},
      // "Clashes broke out in the city of Bayda in eastern Libya."
      {"واندلعت اشتباكات في مدينة البيضاء شرق ليبيا.", "مدينة البيضاء", "bayda-libya"},
      // "An air strike hit the city of Tyre in southern Lebanon."
      {"واستهدفت غارة مدينة صور جنوب لبنان.", "مدينة صور", "tyre"},
      // "Protesters gathered before the Ittihadiya palace."
      {"وتجمع المحتجون أمام قصر الاتحادية.", "قصر الاتحادية", "ittihadiya-palace"},
      // "Trucks crossed the Masnaa crossing."
      {"وعبرت الشاحنات معبر المصنع.", "معبر المصنع", "masnaa-crossing"},
      // "The rail line links Mecca and Jeddah." وجدة is و + Jeddah, not Oujda.
      {"ويربط القطار بين مكة وجدة.", "جدة", "jeddah"},
      // "The Haras El Hodood team drew with Zamalek in the Egyptian league."
      // The Egyptian club, not the Saudi border guard.
      {"وتعادل فريق حرس الحدود مع الزمالك في الدوري المصري.", "فريق حرس الحدود",
       "haras-el-hodood-club"},
  };
  test::ExpectLinks(stages_, cases);
}

TEST_F(KbPrecisionWordsTest, HajjSitesAndQuartets) {
  const LinkCase cases[] = {
      // "The pilgrims moved to Mount Arafat (Arafa) at dawn."
      {"وتوجه الحجاج إلى جبل عرفة فجر اليوم.", "جبل عرفة", "arafat-mount"},
      // "They spent the night at Muzdalifah, then returned to Mina."
      {"وباتوا في المزدلفة ثم عادوا إلى مشعر منى.", "المزدلفة", "muzdalifah"},
      {"وباتوا في المزدلفة ثم عادوا إلى مشعر منى.", "مشعر منى", "mina"},
      // "The pilgrims prayed in the Khayf mosque."
      {"وصلى الحجاج في مسجد الخيف.", "مسجد الخيف", "khayf-mosque"},
      // "Worshippers performed the Friday prayer in God's Sacred House."
      {"وأدى المصلون صلاة الجمعة في بيت الله الحرام.", "بيت الله الحرام", "masjid-al-haram"},
      // "The Middle East Quartet welcomed the agreement."
      {"ورحبت الرباعية الدولية للشرق الأوسط بالاتفاق.", "الرباعية الدولية للشرق الأوسط",
       "middle-east-quartet"},
      // "The Quad for Yemen discussed the crisis."
      {"وبحثت اللجنة الرباعية بشأن اليمن الأزمة.", "اللجنة الرباعية بشأن اليمن", "yemen-quartet"},
      // "The Arab Quartet countries asked Qatar to meet the demands."
      {"وطالبت دول الرباعي العربي قطر بتنفيذ المطالب.", "دول الرباعي العربي", "arab-quartet"},
  };
  test::ExpectLinks(stages_, cases);
  // "Mona said she was happy, and Arafat visited Cairo." Bare منى and عرفات
  // are also people's names: no holy site.
  for (const std::string& id : KbIds("وقالت منى إنها سعيدة بالنتيجة، وزار عرفات القاهرة.")) {
    EXPECT_NE(id, "mina");
    EXPECT_NE(id, "arafat-mount");
  }
}

}  // namespace
}  // namespace rased::ner

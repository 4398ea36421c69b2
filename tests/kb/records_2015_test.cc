// The 2015 records of the knowledge base: the local places and armed groups
// of the wars (data/kb/places_local_conflict.tsv,
// data/kb/organizations_units_2015.tsv) and the parliamentary blocs,
// parties, bodies and office holders (data/kb/organizations_bodies_2015.tsv,
// data/kb/people_officials_2015.tsv) with the aliases added to older records.
// Their records are found by the names the press gives them; a name that is
// also an ordinary word or phrase is found only with its head noun or in a
// document about the right country; every record points to known records.
// Sentences written for these tests, not taken from any corpus.
#include <gtest/gtest.h>

#include <string>

#include "../ner/ner_test_support.h"
#include "kb/knowledge_base.h"
#include "kb_test_support.h"

namespace rased {
namespace {

TEST(ConflictPlacesKbTest, NamesFindTheirRecordsAndWordsNeedTheirHead) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const test::NameCase cases[] = {
      // "Buqayn", the town next to Madaya, bare and with its head.
      {"بقين", "buqayn", true},
      {"بلدة بقين", "buqayn", true},
      // "Jurin" in the Ghab plain and its army camp.
      {"جورين", "jurin", true},
      {"معسكر جورين", "jurin", true},
      // "Albu Aitha" north of Ramadi, written joined and apart.
      {"البوعيثة", "albu-aitha", true},
      {"البو عيثة", "albu-aitha", true},
      // "Wadi al-Dhabab" in Taiz; bare "al-Dhabab" is "the fog".
      {"منطقة الضباب", "dhabab-taiz", true},
      {"الضباب", "dhabab-taiz", false},
      // "Inma City" in Aden; bare "Inma" is "development" (and a bank).
      {"مدينة إنماء", "inma-city-aden", true},
      {"إنماء", "inma-city-aden", false},
      // "Tfail" in Lebanon; bare "al-Tufail" is "the parasite".
      {"بلدة الطفيل", "tufail-lebanon", true},
      {"الطفيل", "tufail-lebanon", false},
      // "Sur" in Diyarbakir; bare "sur" is "a wall".
      {"حي سور", "sur-diyarbakir", true},
      {"سور", "sur-diyarbakir", false},
      // "Tel Esqof" in the Nineveh plain, in its usual joined spelling.
      {"تلسقف", "tel-skuf", true},
      // "Wadi al-Deif" base near Maarat al-Numan.
      {"معسكر وادي الضيف", "wadi-al-deif-camp", true},
      // "Bzeibiz bridge" between Anbar and Baghdad.
      {"جسر بزيبز", "bzeibiz-bridge", true},
      // "Midyat" and "Agri" in Turkey.
      {"مديات", "midyat", true},
      {"ولاية أغري", "agri", true},
      // "Batman" province, as the press now spells it beside "Batman" (باطمان).
      {"ولاية باتمان", "batman", true},
  };
  test::ExpectNamesFind(**kb, cases);
}

TEST(ConflictUnitsKbTest, NamesFindTheirRecords) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const test::NameCase cases[] = {
      // "the 33rd Armoured Brigade" of al-Dhale.
      {"اللواء 33 مدرع", "brigade-33-armoured-yemen", true},
      // "Saraya Ashura", a Popular Mobilization faction.
      {"سرايا عاشوراء", "saraya-ashura", true},
      // "Liwa Dhulfiqar", written with the nominative and the genitive.
      {"لواء ذو الفقار", "liwa-dhulfiqar", true},
      {"لواء ذي الفقار", "liwa-dhulfiqar", true},
      // "the Euphrates Volcano (operations room)", short and long.
      {"بركان الفرات", "euphrates-volcano", true},
      {"غرفة عمليات بركان الفرات", "euphrates-volcano", true},
      // "Wilayat al-Khayr", the Islamic State's Deir ez-Zor province.
      {"ولاية الخير", "wilayat-al-khayr", true},
      // "Ansar al-Sharia", bare: the Libyan group is the usual referent.
      {"أنصار الشريعة", "ansar-al-sharia-libya", true},
      // "the international coalition", bare.
      {"التحالف الدولي", "global-coalition-against-daesh", true},
      // "Central Shield" of Misrata, with its head.
      {"قوات درع الوسط", "central-shield", true},
  };
  test::ExpectNamesFind(**kb, cases);
}

// Every record of the two files has a country, and every country and
// parent they name is itself a record.
TEST(ConflictPlacesKbTest, CountriesAndAffiliationsNameKnownRecords) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const auto records =
      test::RecordsFrom(**kb, {"places_local_conflict.tsv", "organizations_units_2015.tsv"});
  for (const KbEntity* e : records) {
    EXPECT_FALSE(e->country.empty()) << e->source;
    test::ExpectParentsKnown(**kb, *e);
  }
  EXPECT_GT(records.size(), 100u);
}

TEST(Bodies2015KbTest, NamesFindTheirRecords) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const test::NameCase cases[] = {
      // "the Ahrar bloc", the Sadrists' bloc in the Iraqi parliament.
      {"كتلة الأحرار", "ahrar-bloc", true},
      {"كتلة الأحرار النيابية", "ahrar-bloc", true},
      // "the Iraqi Forces Alliance", under both of its names.
      {"تحالف القوى العراقية", "iraqi-forces-alliance", true},
      {"اتحاد القوى العراقية", "iraqi-forces-alliance", true},
      // "the Badr bloc" is the Badr Organization's bloc.
      {"كتلة بدر", "badr-organization", true},
      // "the Virtue bloc" and "the Virtue party" of Basra.
      {"كتلة الفضيلة", "fadhila-party", true},
      {"حزب الفضيلة", "fadhila-party", true},
      // "the Integrity Committee of parliament".
      {"لجنة النزاهة النيابية", "integrity-committee-iraq", true},
      // "the Cairo Criminal Court".
      {"محكمة جنايات القاهرة", "cairo-criminal-court", true},
      // "the Zionist Camp" list of the 2015 Knesset election.
      {"المعسكر الصهيوني", "zionist-union", true},
      // "the Joint Arab List", with the adjective news often adds.
      {"القائمة العربية المشتركة", "joint-list", true},
      // "the General Authority of Civil Aviation" of Saudi Arabia and of
      // other states: the bare name is a contextual alias (a document that
      // names Saudi Arabia), the name with the country a plain one.
      {"الهيئة العامة للطيران المدني", "gaca-saudi", true},
      {"الهيئة العامة للطيران المدني السعودي", "gaca-saudi", true},
      // "the UN Population Fund".
      {"صندوق الأمم المتحدة للسكان", "unfpa", true},
      // Iraq's "South Oil Company" and Kuwait's "Gulf Oil Company".
      {"شركة نفط الجنوب", "south-oil-company-iraq", true},
      {"شركة نفط الخليج", "kuwait-gulf-oil-company", true},
      // Egypt's "Supreme Administrative Court": Saudi Arabia has a court of
      // the same name, so only the name with the country is an alias.
      {"المحكمة الإدارية العليا", "supreme-administrative-court-egypt", false},
      {"المحكمة الإدارية العليا المصرية", "supreme-administrative-court-egypt", true},
  };
  test::ExpectNamesFind(**kb, cases);
}

TEST(Officials2015KbTest, NamesFindTheirRecordsAndNotOthers) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const test::NameCase cases[] = {
      // Lebanon's environment minister; the bare family name stays with
      // the interior minister Nohad Machnouk.
      {"محمد المشنوق", "mohammad-machnouk", true},
      {"المشنوق", "mohammad-machnouk", false},
      {"المشنوق", "nohad-machnouk", true},
      // Sudan's vice-president, with «عبد الرحمن» written apart and joined,
      // and without the father's name.
      {"حسبو محمد عبد الرحمن", "hasabo-abdel-rahman", true},
      {"حسبو محمد عبدالرحمن", "hasabo-abdel-rahman", true},
      {"حسبو عبد الرحمن", "hasabo-abdel-rahman", true},
      // Kuwait's interior minister as the press shortens him.
      {"محمد الخالد", "mohammad-khalid-al-hamad-al-sabah", true},
      // Tunisia's interior minister, full and short.
      {"محمد ناجم الغرسلي", "najem-gharsalli", true},
      {"ناجم الغرسلي", "najem-gharsalli", true},
      // Taiz's governor, with and without his grandfather's name.
      {"شوقي أحمد هائل", "shawki-hael", true},
      {"شوقي هائل", "shawki-hael", true},
      // Turkey's deputy prime minister in two spellings.
      {"بولنت أرينتش", "bulent-arinc", true},
      {"بولنت أرينج", "bulent-arinc", true},
      // The UN's deputy envoy for Syria.
      {"رمزي عز الدين رمزي", "ramzy-ezzeldin-ramzy", true},
      // Yemen's deputy speaker, full and as the press shortens him.
      {"محمد علي الشدادي", "mohammed-al-shaddadi", true},
      {"محمد الشدادي", "mohammed-al-shaddadi", true},
      // The WHO's director-general, with «غ» and with «ج» for the g.
      {"مارغريت تشان", "margaret-chan", true},
      {"مارجريت تشان", "margaret-chan", true},
  };
  test::ExpectNamesFind(**kb, cases);
}

// Ordinary phrases that are also short forms of a party's name do not name
// the party: "the state of law" (rule of law), "there is a future".
TEST(Bodies2015KbTest, OrdinaryPhrasesAreNoParties) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const test::NameCase cases[] = {
      {"دولة القانون", "state-of-law-coalition", false},
      {"يوجد مستقبل", "yesh-atid", false},
      {"هناك مستقبل", "yesh-atid", false},
      {"حزب يوجد مستقبل", "yesh-atid", true},
      // "metals": the mining company only with its head «شركة».
      {"معادن", "maaden", false},
      // A Latin acronym other bodies share ("GRC") names none of them.
      {"GRC", "gulf-research-center", false},
  };
  test::ExpectNamesFind(**kb, cases);
}

// Every country and parent the two files name is itself a record, and
// every record says what it is.
TEST(Bodies2015KbTest, CountriesAndAffiliationsNameKnownRecords) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  const auto records =
      test::RecordsFrom(**kb, {"organizations_bodies_2015.tsv", "people_officials_2015.tsv"});
  for (const KbEntity* e : records) {
    test::ExpectParentsKnown(**kb, *e);
    EXPECT_FALSE(e->description.empty()) << e->source;
  }
  EXPECT_GT(records.size(), 80u);
}

// The records in news sentences, over the shipped data.
class Records2015InTextTest : public ner::test::ShippedDataTest {};

using ner::test::LinkCase;

TEST_F(Records2015InTextTest, ConflictPlacesAndUnitsLinkInNewsSentences) {
  const LinkCase cases[] = {
      // "Government forces shelled the town of Buqayn near Zabadani yesterday."
      {"وقصفت القوات الحكومية بلدة بقين القريبة من الزبداني أمس.", "بلدة بقين", "buqayn"},
      // "Iraqi forces advanced towards the Albu Aitha area north of Ramadi."
      // The head «منطقة» (area) stays outside the name, as for other areas.
      {"وتقدمت القوات العراقية نحو منطقة البوعيثة شمال الرمادي.", "البوعيثة", "albu-aitha"},
      // "Clashes broke out in the al-Dhabab area west of Taiz."
      {"واندلعت اشتباكات في منطقة الضباب غرب مدينة تعز.", "منطقة الضباب", "dhabab-taiz"},
      // "Saraya Ashura took part in the Tikrit operation."
      {"وشاركت سرايا عاشوراء في عملية تكريت.", "سرايا عاشوراء", "saraya-ashura"},
      // "The head of the National Security Bureau met the Yemeni prime minister."
      {"والتقى رئيس جهاز الأمن القومي رئيس الوزراء اليمني.", "جهاز الأمن القومي",
       "national-security-bureau-yemen"},
      // "International coalition aircraft struck Islamic State positions."
      {"وقصفت طائرات التحالف الدولي مواقع لتنظيم داعش في الرقة.", "التحالف الدولي",
       "global-coalition-against-daesh"},
  };
  ner::test::ExpectLinks(stages_, cases);
}

TEST_F(Records2015InTextTest, OrdinaryWordsAreNoConflictPlaces) {
  struct Case {
    const char* text;
    const char* not_id;
  };
  const Case cases[] = {
      // "Thick fog covered the road this morning." Not the Taiz valley.
      {"وغطى الضباب الكثيف الطريق صباح اليوم.", "dhabab-taiz"},
      // "The café is named the Arbour because vines shade its entrance."
      // Not the village of al-Hasakah.
      {"وسمي المقهى العريشة لأن الكرمة تظلل مدخله.", "arishah-hasakah"},
      // "The Inma bank announced its results." Not Inma City in Aden.
      {"وأعلن مصرف الإنماء نتائجه المالية.", "inma-city-aden"},
      // "The new Batman film opens next week." Not the Turkish city.
      {"ويعرض فيلم باتمان الجديد الأسبوع المقبل.", "batman"},
  };
  for (const Case& c : cases) {
    EXPECT_FALSE(stages_.Links(c.text, c.not_id)) << c.text;
  }
}

TEST_F(Records2015InTextTest, BodiesAndOfficialsLinkInNewsSentences) {
  const LinkCase cases[] = {
      // "Lebanese health minister Wael Abou Faour said the ministry will
      // close the offending restaurants."
      {"وقال وزير الصحة اللبناني وائل أبو فاعور إن الوزارة ستغلق المطاعم المخالفة.",
       "وائل أبو فاعور", "wael-abou-faour"},
      // "The Iraqi Forces Alliance demanded that the National Guard law be
      // passed."
      {"وطالب تحالف القوى العراقية بإقرار قانون الحرس الوطني.", "تحالف القوى العراقية",
       "iraqi-forces-alliance"},
      // "Yemeni government spokesman Rajeh Badi said ministers will return
      // to Aden."
      {"وقال المتحدث باسم الحكومة اليمنية راجح بادي إن الوزراء سيعودون إلى عدن.", "راجح بادي",
       "rajeh-badi"},
      // "Kuwaiti oil minister Ali al-Omair expected prices to rise."
      {"وتوقع وزير النفط الكويتي علي العمير ارتفاع الأسعار.", "علي العمير", "ali-al-omair"},
      // "Yemeni transport minister Badr Basalmah said the port of Aden will
      // reopen next week."
      {"وقال وزير النقل اليمني بدر باسلمة إن ميناء عدن سيعاد فتحه الأسبوع المقبل.", "بدر باسلمة",
       "badr-basalmah"},
      // "The Egyptian writer Fahmy Howeidy wrote in his column yesterday ..."
      {"وكتب الكاتب المصري فهمي هويدي في مقاله أمس عن الانتخابات.", "فهمي هويدي", "fahmy-howeidy"},
      // "The Cairo Criminal Court adjourned the trial to next month."
      {"وأجلت محكمة جنايات القاهرة المحاكمة إلى الشهر المقبل.", "محكمة جنايات القاهرة",
       "cairo-criminal-court"},
  };
  ner::test::ExpectLinks(stages_, cases);
}

// Several states have a body of the same name: the bare name is not linked
// to one state's record.
TEST_F(Records2015InTextTest, SharedBareNamesAreNotLinkedToOneState) {
  // "The General Authority of Civil Aviation closed the airspace over
  // Dubai for an hour."
  EXPECT_FALSE(stages_.Links("وأغلقت الهيئة العامة للطيران المدني الأجواء فوق دبي لمدة ساعة.",
                             "gaca-saudi"));
  // "The General Authority of Civil Aviation announced new rules for
  // flights to Saudi airports." A document that names Saudi Arabia: its
  // authority.
  EXPECT_TRUE(stages_.Links(
      "وأعلنت الهيئة العامة للطيران المدني قواعد جديدة للرحلات إلى المطارات السعودية.",
      "gaca-saudi"));
  // "The president of the Supreme Administrative Court received the
  // minister of justice in Riyadh." Saudi Arabia's court, not Egypt's.
  EXPECT_FALSE(stages_.Links("واستقبل رئيس المحكمة الإدارية العليا وزير العدل في الرياض.",
                             "supreme-administrative-court-egypt"));
}

}  // namespace
}  // namespace rased

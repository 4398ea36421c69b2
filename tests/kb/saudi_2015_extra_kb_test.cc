// The Saudi and Gulf bodies and facilities of
// data/kb/organizations_saudi_2015_extra.tsv and data/kb/facilities_gulf_extra.tsv
// in context: a region's police, the 2015 names of Saudi bodies, hospitals and
// stadiums the head rules find but cannot tell apart, and the town after a
// hospital's name that stays a place. Sentences written for these tests, not
// taken from any corpus.
#include <gtest/gtest.h>

#include "../ner/ner_test_support.h"

namespace rased::ner {
namespace {

class Saudi2015ExtraKbTest : public test::ShippedDataTest {};

using test::LinkCase;

TEST_F(Saudi2015ExtraKbTest, PoliceOfTheRegionsAndThe2015NamesOfBodies) {
  const LinkCase cases[] = {
      // "The spokesman of the Qassim Region Police said the suspect was
      // arrested."
      {"وقال المتحدث الإعلامي لشرطة منطقة القصيم إنه تم القبض على المشتبه به.", "شرطة منطقة القصيم",
       "qassim-region-police"},
      // "Jeddah police began investigating the incident."
      {"وباشرت شرطة جدة التحقيق في الحادثة.", "شرطة جدة", "jeddah-police"},
      // "The Ministry of Hajj announced the arrival of the first pilgrims."
      // (The ministry's name until it became Hajj and Umrah in 2016.)
      {"وأعلنت وزارة الحج وصول طلائع الحجاج.", "وزارة الحج", "saudi-ministry-of-hajj"},
      // "The Saudi Credit and Savings Bank disbursed marriage loans."
      {"وصرف البنك السعودي للتسليف والادخار قروض الزواج.", "البنك السعودي للتسليف والادخار",
       "saudi-credit-bank"},
      // "King Fahd Security College celebrated the graduation of its officers."
      {"واحتفلت كلية الملك فهد الأمنية بتخريج دفعة جديدة من الضباط.", "كلية الملك فهد الأمنية",
       "king-fahd-security-college"},
      // "The King Fahd Causeway Authority extended the working hours."
      {"ومددت المؤسسة العامة لجسر الملك فهد ساعات العمل.", "المؤسسة العامة لجسر الملك فهد",
       "king-fahd-causeway-authority"},
      // "The Economic Cities Authority approved the plans of the new city."
      {"واعتمدت هيئة المدن الاقتصادية مخططات المدينة الجديدة.", "هيئة المدن الاقتصادية",
       "economic-cities-authority"},
      // "The Saudi football federation named a new coach."
      {"وعين اتحاد الكرة السعودي مدربا جديدا للمنتخب.", "اتحاد الكرة السعودي",
       "saudi-football-federation"},
      // "Makkah Chamber hosted a forum of investors."
      {"واستضافت غرفة مكة ملتقى المستثمرين.", "غرفة مكة", "makkah-chamber"},
  };
  test::ExpectLinks(stages_, cases);
}

TEST_F(Saudi2015ExtraKbTest, HospitalsAndStadiums) {
  const LinkCase cases[] = {
      // "The boy was moved to King Faisal Specialist Hospital in Riyadh."
      {"ونقل الطفل إلى مستشفى الملك فيصل التخصصي في الرياض.", "مستشفى الملك فيصل التخصصي",
       "king-faisal-specialist-hospital"},
      // "The injured were taken to King Fahd Hospital of the University in
      // Khobar."
      {"ونقل المصابون إلى مستشفى الملك فهد الجامعي بالخبر.", "مستشفى الملك فهد الجامعي",
       "king-fahd-hospital-of-the-university"},
      // "The match is played at King Fahd International Stadium."
      {"وتقام المباراة على استاد الملك فهد الدولي مساء الجمعة.", "استاد الملك فهد الدولي",
       "king-fahd-international-stadium"},
      // "The team trained at Prince Faisal bin Fahd Stadium."
      {"وتدرب الفريق على ملعب الأمير فيصل بن فهد.", "ملعب الأمير فيصل بن فهد",
       "prince-faisal-bin-fahd-stadium"},
      // "The injured were taken to Prince Saud bin Jalawi Hospital."
      {"ونقل المصابون إلى مستشفى الأمير سعود بن جلوي.", "مستشفى الأمير سعود بن جلوي",
       "prince-saud-bin-jalawi-hospital"},
      // "Qatar will play at Khalifa International Stadium."
      {"ويلعب المنتخب القطري على استاد خليفة الدولي.", "استاد خليفة الدولي",
       "khalifa-international-stadium"},
      // "The Souq Waqif Falcon Hospital treated hundreds of falcons."
      {"وعالج مستشفى سوق واقف للصقور مئات الصقور.", "مستشفى سوق واقف للصقور",
       "souq-waqif-falcon-hospital"},
  };
  test::ExpectLinks(stages_, cases);
  const test::MentionCase kept[] = {
      // "He was admitted to King Fahd Central Hospital in Jazan." The town
      // after the hospital's name stays a place of its own.
      {"وأدخل إلى مستشفى الملك فهد المركزي بجازان.",
       {"FACILITY مستشفى الملك فهد المركزي", "LOCATION جازان"},
       {}},
      // The prince a hospital or a stadium is named after is no person of
      // the story.
      {"ونقل المصابون إلى مستشفى الأمير سعود بن جلوي.",
       {"FACILITY مستشفى الأمير سعود بن جلوي"},
       {"الأمير سعود بن جلوي", "سعود بن جلوي"}},
      {"وتدرب الفريق على ملعب الأمير فيصل بن فهد.",
       {"FACILITY ملعب الأمير فيصل بن فهد"},
       {"الأمير فيصل بن فهد", "فيصل بن فهد"}},
  };
  for (const auto& tc : kept) test::ExpectMentions(Mentions(tc.text), tc);
  // A hospital named after a king alone is in several towns: no record
  // claims the bare name.
  EXPECT_EQ(stages_.KbIdOf("ونقل المصاب إلى مستشفى الملك فهد لتلقي العلاج.", "مستشفى الملك فهد"),
            "");
}

}  // namespace
}  // namespace rased::ner

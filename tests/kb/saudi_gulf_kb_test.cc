// The Saudi and Gulf institutions of data/kb/organizations_saudi_gulf.tsv
// over the shipped knowledge base: names that no head noun finds (a region's
// emirate or municipality, a company's brand), names that would otherwise
// read as a place or a football club, and the bare words that stay out.
// Sentences written for these tests, not taken from any corpus.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../ner/ner_test_support.h"

namespace rased::ner {
namespace {

class SaudiGulfKbTest : public test::ShippedDataTest {};

using test::LinkCase;

TEST_F(SaudiGulfKbTest, EmiratesAndMunicipalitiesAreBodies) {
  const test::MentionCase cases[] = {
      // "The Riyadh Region Emirate announced the closure of the road." The
      // emirate is the governor's office; the region stays a place inside it.
      {"وأعلنت إمارة منطقة الرياض إغلاق الطريق.",
       {"ORGANIZATION إمارة منطقة الرياض"},
       {"LOCATION إمارة منطقة الرياض"}},
      // "Jeddah municipality removed the encroachments south of the city."
      {"وأزالت أمانة جدة التعديات جنوب المدينة.", {"ORGANIZATION أمانة جدة"}, {}},
      // "The Holy Capital municipality signed a contract to beautify the
      // entrances of Mecca." Not Yemen's capital secretariat (أمانة العاصمة).
      {"ووقعت أمانة العاصمة المقدسة عقدا لتجميل مداخل مكة المكرمة.",
       {"ORGANIZATION أمانة العاصمة المقدسة"},
       {"LOCATION أمانة العاصمة"}},
      // "The Eastern Province municipality and the Asharqia Chamber organise
      // the summer festival."
      {"وتنظم أمانة المنطقة الشرقية وغرفة الشرقية مهرجان الصيف.",
       {"ORGANIZATION أمانة المنطقة الشرقية", "ORGANIZATION غرفة الشرقية"},
       {}},
  };
  for (const auto& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

TEST_F(SaudiGulfKbTest, SecurityBodiesCompaniesAndFunds) {
  const test::MentionCase cases[] = {
      // "Civil Defence teams put out a fire in a flat, and the Border Guard
      // rescued two swimmers."
      {"وأخمدت فرق الدفاع المدني حريقا في شقة، وأنقذ حرس الحدود سباحين.",
       {"ORGANIZATION الدفاع المدني", "ORGANIZATION حرس الحدود"},
       {}},
      // "The General Directorate of Passports called on visitors to correct
      // their status."
      {"ودعت المديرية العامة للجوازات الزوار إلى تصحيح أوضاعهم.",
       {"ORGANIZATION المديرية العامة للجوازات"},
       {}},
      // "Maaden and Savola shares rose, and the Real Estate Development Fund
      // approved new loans."
      {"وارتفعت أسهم شركة معادن وصافولا، واعتمد صندوق التنمية العقارية قروضا جديدة.",
       {"ORGANIZATION شركة معادن", "ORGANIZATION صافولا", "ORGANIZATION صندوق التنمية العقارية"},
       {}},
      // "King Abdulaziz City for Science and Technology is a body, not a town."
      {"وتتعاون مدينة الملك عبدالعزيز للعلوم والتقنية مع الجامعات.",
       {"ORGANIZATION مدينة الملك عبدالعزيز للعلوم والتقنية"},
       {"LOCATION مدينة الملك عبدالعزيز"}},
  };
  for (const auto& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

TEST_F(SaudiGulfKbTest, ClubsAreWrittenWithTheirHeadNoun) {
  const LinkCase cases[] = {
      // "The Abha Literary Club published his new collection." A literary
      // club, not Abha's football club.
      {"وصدر ديوانه الجديد عن نادي أبها الأدبي.", "نادي أبها الأدبي", "abha-literary-club"},
      // "The Al-Hilal club board renewed the striker's contract."
      {"وجددت إدارة نادي الهلال عقد المهاجم.", "نادي الهلال", "al-hilal-saudi-club"},
      // "The Saudi Football Federation fined the two clubs."
      {"وغرم الاتحاد السعودي لكرة القدم الناديين.", "الاتحاد السعودي لكرة القدم",
       "saudi-football-federation"},
  };
  test::ExpectLinks(stages_, cases);
  // A gentilic after a shared short name names another state's body.
  const LinkCase foreign[] = {
      // "The Jordanian General Directorate of Civil Defence declared a state
      // of emergency."
      {"وأعلنت المديرية العامة للدفاع المدني الأردنية حالة الطوارئ.",
       "المديرية العامة للدفاع المدني الأردنية", "jordan-civil-defence"},
      // "The Egyptian border guard fired on smugglers; the border guard said
      // they fled." The bare name goes to the guard the story named.
      {"وأطلق حرس الحدود المصري النار على مهربين، وقال حرس الحدود إنهم فروا.", "حرس الحدود",
       "egypt-border-guard"},
      // "The border guard rescued fishermen off Yanbu." No other guard named:
      // the Saudi one.
      {"وأنقذ حرس الحدود صيادين قبالة ينبع.", "حرس الحدود", "saudi-border-guard"},
  };
  test::ExpectLinks(stages_, foreign);
  // A club's bare name is an ordinary word (the crescent, the union, the
  // victory, the youth): a club claims it only as a name in a story about
  // sport ("^"), never plainly.
  for (const char* word : {"الهلال", "الاتحاد", "النصر", "الشباب"}) {
    for (const KbEntity* e : stages_.kb->FindByName(word)) {
      if (e->id.find("-saudi-club") == std::string::npos) continue;
      EXPECT_TRUE(IsSportsAlias(*e, word)) << word << " -> " << e->id;
    }
  }
}

}  // namespace
}  // namespace rased::ner

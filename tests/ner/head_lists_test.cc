// Entity stage tests for bodies and places named after a dual or plural head
// and for broadcasters named after a place (src/ner/head_mentions.cc and the
// head tables of data/ner), on sentences written for them (not taken from any
// corpus).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/date_annotator.h"
#include "ner_test_support.h"

namespace rased::ner {
namespace {

class HeadListsTest : public testing::Test {
 protected:
  static void SetUpTestSuite() { test::LoadStages({}, &stages_); }

  static std::vector<std::string> Mentions(const std::string& text) {
    return test::TypedMentions(stages_.Run(text));
  }

  static test::Stages stages_;
};

test::Stages HeadListsTest::stages_;

using Case = test::MentionCase;

// A dual ministry head ("وزارتي", "وزارتا") names the first ministry with its
// first complement; the noun joined by و and the shared gentilic are not that
// ministry's name.
TEST_F(HeadListsTest, DualMinistryHeadNamesTheFirstMinistry) {
  const Case cases[] = {
      // "The Iraqi ministries of defence and interior said the operation
      // succeeded."
      {"وقالت وزارتي الدفاع والداخلية العراقيتين إن العملية نجحت.",
       {"ORGANIZATION وزارتي الدفاع"},
       {"ORGANIZATION وزارتي الدفاع والداخلية العراقيتين"}},
      // "The ministries of health and finance began carrying out the plan."
      {"وبدأت وزارتا الصحة والمالية تنفيذ الخطة.", {"ORGANIZATION وزارتا الصحة"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A broadcaster or paper called after a place is named with its head, as the
// knowledge base names the known ones; the place alone would read as the
// place itself.
TEST_F(HeadListsTest, OutletNamedAfterAPlaceKeepsItsHead) {
  const Case cases[] = {
      // "Tehran Radio broadcast the news this morning."
      {"وبثت إذاعة طهران الخبر صباح اليوم.", {"ORGANIZATION إذاعة طهران"}, {"ORGANIZATION طهران"}},
      // "The speech was aired on Lebanon Radio last week."
      {"وبث الخطاب على إذاعة لبنان الأسبوع الماضي.",
       {"ORGANIZATION إذاعة لبنان"},
       {"ORGANIZATION لبنان"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// After a complement noun in the construct state, a given name closes a
// body's name when a date the date stage found follows it, as punctuation
// does. The dates run before the entities, as in the pipeline.
TEST_F(HeadListsTest, DateAfterTheNameClosesTheBody) {
  auto dates = extract::NewDateAnnotator(RASED_TEST_DATA_DIR);
  ASSERT_TRUE(dates.ok()) << dates.status().ToString();
  const Case cases[] = {
      // "The Martyrs of Badr brigade was founded early last year in Aleppo."
      {"وتأسس لواء شهداء بدر مطلع العام الماضي في حلب.", {"ORGANIZATION لواء شهداء بدر"}, {}},
      // "The Sons of Hamza battalion attacked the positions early this month."
      {"وهاجمت كتيبة أبناء حمزة مطلع الشهر الجاري المواقع.", {"ORGANIZATION كتيبة أبناء حمزة"}, {}},
  };
  for (const Case& tc : cases) {
    Document doc;
    doc.id = "test";
    doc.text = tc.text;
    ASSERT_TRUE(stages_.text->Annotate(doc).ok());
    ASSERT_TRUE((*dates)->Annotate(doc).ok());
    ASSERT_TRUE(stages_.ner->Annotate(doc).ok());
    test::ExpectMentions(test::TypedMentions(doc), tc);
  }
}

// A generic office's head before a country's name alone ("مركز ماليزيا",
// Malaysia's standing or its pavilion) names no body; with what the centre is
// for after it, it does.
TEST_F(HeadListsTest, OfficeHeadBeforeACountryAloneNamesNoBody) {
  const Case cases[] = {
      // "The report improved Malaysia's position on the list."
      {"وحسن التقرير مركز ماليزيا في القائمة.",
       {"LOCATION ماليزيا"},
       {"ORGANIZATION مركز ماليزيا"}},
      // "The delegation visited the Malaysia Centre for Research."
      {"وزار الوفد مركز ماليزيا للأبحاث.", {"ORGANIZATION مركز ماليزيا للأبحاث"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A known town after "في" or "إلى" and one word joined to it by و that
// closes the phrase are two places, even when the second is also an ordinary
// word; after "من" (also "made of") the pair is not read.
TEST_F(HeadListsTest, TwoPlacesAfterAPrepositionOfPlace) {
  const Case cases[] = {
      // "The forces spread in Lawdar and al-Hawta, and the gunmen withdrew."
      {"وتوزعت القوات في لودر والحوطة، وانسحب المسلحون.", {"LOCATION لودر", "LOCATION الحوطة"}, {}},
      // "The celebrations were held in Dammam and Khobar."
      {"وأقيمت الاحتفالات في الدمام والخبر.", {"LOCATION الدمام", "LOCATION الخبر"}, {}},
      // "Her voice is full of tenderness and beauty." (الرقة is also Raqqa)
      {"ويمتاز صوتها بكثير من الرقة والجمال.", {}, {"LOCATION الجمال"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// "والعكس" (and vice versa) after a list of places names no place.
TEST_F(HeadListsTest, ViceVersaAfterPlacesIsNoPlace) {
  const Case cases[] = {
      // "Travellers moved between Aden and Lahj and vice versa, unhindered."
      {"وتنقل المسافرون بين عدن ولحج والعكس، دون عوائق.",
       {"LOCATION عدن", "LOCATION لحج"},
       {"LOCATION العكس", "LOCATION والعكس"}},
      // "The buses run from Sanaa to Aden and vice versa."
      {"وتسافر الحافلات من صنعاء إلى عدن والعكس.",
       {"LOCATION صنعاء", "LOCATION عدن"},
       {"LOCATION العكس", "LOCATION والعكس"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

}  // namespace
}  // namespace rased::ner

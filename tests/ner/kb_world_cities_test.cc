// World cities the Arabic press names without a head (data/kb/
// places_world_cities_extra.tsv and spellings added to older records), and
// "ولاية الفقيه" (the guardianship of the jurist, a doctrine), whose head
// names no province (data/ner/idioms.tsv), and regions named with "دول"
// (the countries of), mentioned by their own name (src/ner/kb_mentions.cc),
// and continents inside a competition's name, which are none.
// Sentences written for these tests,
// not taken from any corpus, over the shipped knowledge base and tables.
#include <gtest/gtest.h>

#include <string>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class KbWorldCitiesTest : public test::ShippedDataTest {};

using Case = test::MentionCase;

TEST_F(KbWorldCitiesTest, CitiesNamedWithoutTheirHead) {
  const Case cases[] = {
      // "Protests spread from Baltimore to Seattle last week."
      {"وامتدت الاحتجاجات من بالتيمور إلى سياتل الأسبوع الماضي.",
       {"LOCATION بالتيمور", "LOCATION سياتل"},
       {}},
      // "The minister arrived in Seoul on an official visit." (a spelling
      // with hamza; "سيول" alone is torrents)
      {"ووصل الوزير إلى سيؤول في زيارة رسمية تستغرق يومين.", {"LOCATION سيؤول"}, {}},
      // "The team moved its training camp to Dallas."
      {"ونقل الفريق معسكره التدريبي إلى دالاس استعدادا للموسم.", {"LOCATION دالاس"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

TEST_F(KbWorldCitiesTest, GuardianshipOfTheJuristIsNoProvince) {
  const Case tc = {"ويرى الكاتب أن نظام ولاية الفقيه في إيران يصدر أزماته إلى الجوار.",
                   {"LOCATION إيران"},
                   {"LOCATION ولاية الفقيه", "LOCATION الفقيه"}};
  test::ExpectMentions(Mentions(tc.text), tc);
}

// "دول الخليج" (the Gulf states): the region is mentioned by its name
// ("الخليج"), as annotators write it; after ل the states stay in the name of
// the body they complete.
TEST_F(KbWorldCitiesTest, RegionsNamedWithTheirStatesAreMentionedByTheirName) {
  const Case cases[] = {
      // "Gulf states seek to strengthen cooperation with Jordan."
      {"وتسعى دول الخليج إلى تعزيز التعاون مع الأردن.",
       {"LOCATION الخليج", "LOCATION الأردن"},
       {"LOCATION دول الخليج"}},
      // "Tourists from the Arab Gulf states and the Baltic states."
      {"وتوافد السياح من دول الخليج العربي ودول البلطيق.",
       {"LOCATION الخليج العربي", "LOCATION البلطيق"},
       {"LOCATION دول الخليج العربي", "LOCATION دول البلطيق"}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

// A competition named after a continent or a region is an event; the place
// is a word of its name, no mention (data/ner/idioms.tsv).
TEST_F(KbWorldCitiesTest, ContinentInACompetitionsNameIsNoPlace) {
  const Case cases[] = {
      // "The team qualified for the Champions League after beating Celtic."
      {"وتأهل الفريق إلى دوري أبطال أوروبا بعد فوزه في الجولة الأخيرة.", {}, {"LOCATION أوروبا"}},
      // "The under-16 team won the West Asian championship in Jordan."
      {"وفاز منتخب الناشئين ببطولة غرب آسيا في الأردن.", {"LOCATION الأردن"}, {"LOCATION آسيا"}},
      // "Migrants crossed the sea to Europe." (the place itself stays)
      {"وعبر المهاجرون البحر إلى أوروبا الأسبوع الماضي.", {"LOCATION أوروبا"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
}

}  // namespace
}  // namespace rased::ner

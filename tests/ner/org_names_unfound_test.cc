// Entity stage tests for organisation names no head rule found before
// (src/ner/head_mentions.cc, data/ner/org_heads.tsv): a body's head with the
// article and the relative adjective of a known group ("الميليشيات الحوثية"),
// a misspelt militia head, on sentences written for them (not taken from any
// corpus).
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
TEST_F(OrgNamesUnfoundTest, MisspeltMilitiaHead) {
  // "The Houthi militias blew up a bridge south of the city."
  EXPECT_EQ(stages_.KbIdOf("وفجرت ميلشيات الحوثي جسرا جنوب المدينة.", "ميلشيات الحوثي"), "houthis");
}

}  // namespace
}  // namespace rased::ner

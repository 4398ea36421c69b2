// Entity stage tests for places, facilities and organisations on sentences
// written for them (not taken from any corpus), over the shipped knowledge
// base and tables of data/.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "kb/knowledge_base.h"
#include "ner/entity_annotator.h"
#include "text/text_annotator.h"

namespace rased::ner {
namespace {

class PlacesOrgsTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    kb_ = std::move(*kb).release();
    auto ner = NewEntityAnnotator(*kb_, RASED_TEST_DATA_DIR);
    ASSERT_TRUE(ner.ok()) << ner.status().ToString();
    ner_ = std::move(*ner).release();
    text_ = text::NewTextAnnotator(nullptr).release();
  }

  // "TYPE mention" for every mention of the document.
  static std::vector<std::string> Mentions(const std::string& text) {
    Document doc;
    doc.text = text;
    EXPECT_TRUE(text_->Annotate(doc).ok());
    EXPECT_TRUE(ner_->Annotate(doc).ok());
    std::vector<std::string> out;
    for (const Entity& e : doc.entities) {
      for (uint32_t m : e.mentions) {
        out.push_back(std::string(EntityTypeName(e.type)) + " " +
                      std::string(doc.Slice(doc.mentions[m].span)));
      }
    }
    return out;
  }

  static KnowledgeBase* kb_;
  static Annotator* ner_;
  static Annotator* text_;
};

KnowledgeBase* PlacesOrgsTest::kb_ = nullptr;
Annotator* PlacesOrgsTest::ner_ = nullptr;
Annotator* PlacesOrgsTest::text_ = nullptr;

struct Case {
  const char* text;
  std::vector<std::string> want;    // "TYPE mention" that must be there
  std::vector<std::string> absent;  // mention texts no entity may have
};

void Check(const std::vector<std::string>& got, const Case& tc) {
  std::string all;
  for (const std::string& g : got) all += g + "\n";
  for (const std::string& w : tc.want) {
    EXPECT_NE(std::find(got.begin(), got.end(), w), got.end())
        << tc.text << "\nwant " << w << "\ngot\n"
        << all;
  }
  for (const std::string& a : tc.absent) {
    for (const std::string& g : got) {
      EXPECT_NE(g.substr(g.find(' ') + 1), a) << tc.text << "\nunwanted " << a << "\ngot\n" << all;
    }
  }
}

// A direction, or "ريف" (the countryside of), before a place locates in it:
// the place is the mention, and the phrase is a region only where the
// knowledge base names one.
TEST_F(PlacesOrgsTest, DirectionsAndCountrysideLocateInThePlace) {
  const Case cases[] = {
      // "Shelling hit the southern Idlib countryside and the western Hama
      // countryside."
      {"وتعرض ريف إدلب الجنوبي وريف حماة الغربي لقصف عنيف.",
       {"LOCATION إدلب", "LOCATION حماة"},
       {"ريف إدلب", "ريف حماة", "وريف حماة"}},
      // "The forces advanced east of Ramadi and in the south-east of Yemen."
      {"وتقدمت القوات شرق الرمادي وفي جنوب شرق اليمن.",
       {"LOCATION الرمادي", "LOCATION اليمن"},
       {"شرق الرمادي", "جنوب شرق اليمن", "شرق اليمن"}},
      // "Turkey wants a safe zone in northern Syria."
      {"وتريد تركيا منطقة آمنة في شمال سورية.", {"LOCATION سورية"}, {"شمال سورية"}},
      // "Rural Damascus is a province; eastern Libya a region of its own."
      {"وقال مسؤول في ريف دمشق إن الوفد سيزور شرق ليبيا.",
       {"LOCATION ريف دمشق", "LOCATION شرق ليبيا"},
       {}},
  };
  for (const Case& tc : cases) Check(Mentions(tc.text), tc);
}

}  // namespace
}  // namespace rased::ner

// The publisher read from an article's body, through the whole pipeline and
// the shipped knowledge base, on sentences written for this test.
#include <gtest/gtest.h>

#include "rased/pipeline.h"

namespace rased {
namespace {

class PublisherTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    PipelineOptions options;
    options.data_dir = RASED_TEST_DATA_DIR;
    auto pipeline = Pipeline::Create(options);
    ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
    pipeline_ = std::move(*pipeline).release();
  }
  static void TearDownTestSuite() { delete pipeline_; }

  static std::string PublisherOf(const std::string& text, const std::string& page = "") {
    Document doc;
    doc.id = "test";
    doc.text = text;
    doc.publisher = page;
    EXPECT_TRUE(pipeline_->Annotate(&doc).ok());
    return doc.publisher;
  }

  static Pipeline* pipeline_;
};

Pipeline* PublisherTest::pipeline_ = nullptr;

TEST_F(PublisherTest, StatementGivenToAnOutlet) {
  // "The spokesman of the army said in statements to «Arabi21» that the convoy arrived."
  EXPECT_EQ(PublisherOf("أعلن الجيش وصول القافلة.\n"
                        "وقال المتحدث باسم الجيش في تصريحات لـ«عربي21» إن القافلة وصلت أمس."),
            "عربي21");
  // "A Lebanese official told Asharq Al-Awsat ..." with the preposition on the outlet's head noun.
  EXPECT_EQ(PublisherOf("أكد مسؤول لبناني لصحيفة الشرق الأوسط أن الحكومة ستجتمع غدا."),
            "صحيفة الشرق الأوسط");
}

TEST_F(PublisherTest, OutletRelayedInTheOpeningLines) {
  // "According to the Syria TV website, meetings are held monthly."
  EXPECT_EQ(PublisherOf("كشفت مصادر أمنية عن اجتماعات دورية في دمشق.\n"
                        "وبحسب موقع تلفزيون سوريا فإن الاجتماعات تعقد شهريا."),
            "تلفزيون سوريا");
}

TEST_F(PublisherTest, LaterRelaysAndPageMetadataDoNotCount) {
  // An outlet cited only after the opening lines is one source among others.
  EXPECT_EQ(PublisherOf("وصل الوفد إلى طرابلس صباح اليوم.\n"
                        "وعقد اجتماعا مع رئيس الحكومة.\n"
                        "ثم غادر إلى تونس.\n"
                        "وبحسب وكالة رويترز فإن الوفد سيعود الأسبوع المقبل."),
            "");
  // The page's own publisher is kept.
  EXPECT_EQ(PublisherOf("وقال الوزير لـ«عربي21» إن الاتفاق قريب.", "الجزيرة نت"), "الجزيرة نت");
  // An outlet as the subject of the news is not its publisher: "Al Jazeera opened an office".
  EXPECT_EQ(PublisherOf("افتتحت قناة الجزيرة مكتبا جديدا في الخرطوم."), "");
}

}  // namespace
}  // namespace rased

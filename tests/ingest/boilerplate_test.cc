#include "ingest/boilerplate.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "ingest/line_key.h"
#include "ingest/metadata.h"
#include "ingest/text_cleaner.h"
#include "ingest_tables.h"

namespace rased::ingest {
namespace {

class BoilerplateTest : public IngestTablesTest {
 protected:
  static std::string Category(const std::string& line) {
    const PhraseRule* r = rules_->Match(MakeLineKey(line));
    return r == nullptr ? "" : r->category;
  }

  static CleanedText Clean(const std::string& text, const Metadata& known = {},
                           CleanOptions options = {}) {
    TextCleaner cleaner(*rules_, *dates_);
    return cleaner.Clean(text, known, options);
  }
};

TEST_F(BoilerplateTest, LineKeyFoldsSpellingAndPunctuation) {
  EXPECT_EQ(MakeLineKey("اقرأ أيضاً:").key, "اقرا ايضا");  // iqra' aydan: "read also:"
  EXPECT_EQ(MakeLineKey("إقرأ ايضا").key, "اقرا ايضا");
  EXPECT_EQ(MakeLineKey("[ad_1]").key, "ad 1");
  EXPECT_EQ(MakeLineKey("لديك 31.43% من").key, "لديك 31.43 % من");  // ladayka ... min
  EXPECT_EQ(MakeLineKey("– / أ ف ب").key, "ا ف ب");                 // AFP in Arabic
  EXPECT_EQ(MakeLineKey("  ").size(), 0u);
}

struct RuleCase {
  const char* line;
  const char* category;  // "" = must be kept
};

TEST_F(BoilerplateTest, PageNoiseLinesMatchTheirCategory) {
  const std::vector<RuleCase> cases = {
      {"هذا الموقع يستخدم ملف تعريف الارتباط Cookie", "cookies"},  // this site uses cookies
      {"نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.",
       "cookies"},  // we use cookies to ...
      {"We use cookies to improve your experience. Accept cookies", "cookies"},
      {"[ad_1]", "ads"},
      {"[ad_12]", "ads"},
      {"- إعلان -", "ads"},  // i'lan: advertisement
      {"Advertisement", "ads"},
      {"اقرأ أيضا: وزير الخارجية يصل إلى القاهرة في زيارة رسمية", "related"},  // read also: ...
      {"اقرأ أيضاً:", "related"},
      {"إقرأ أيضا", "related"},
      {"المزيد من تقارير", "sections"},         // more reports
      {"المزيد من الأخبار", "sections"},        // more news
      {"الأكثر قراءة", "sections"},             // most read
      {"الأكثر مشاهدة", "sections"},            // most viewed
      {"تابعونا على تويتر وفيسبوك", "social"},  // follow us on Twitter and Facebook
      {"شارك", "social"},                       // share
      {"فيسبوك تويتر واتساب", "social"},        // Facebook Twitter WhatsApp
      {"Facebook Twitter X WhatsApp Email", "social"},
      {"لديك 31.43% من هذه المقالة متبقية للقراءة. والباقي للمشتركين فقط.", "paywall"},
      {"لديك 12% من هذه المقالة متبقية للقراءة", "paywall"},  // you have 12% of this article left
      {"gettyimages", "credits"},
      {"Getty", "credits"},
      {"(Getty)", "credits"},
      {"AFP", "credits"},
      {"– / أ ف ب", "credits"},
      {"رويترز", "credits"},        // Reuters
      {"صورة أرشيفية", "credits"},  // archive photo
      {"المصدر", "labels"},         // the source (with nothing after it)
      {"المصدر:", "labels"},
      {"جميع الحقوق محفوظة © 2023", "navigation"},  // all rights reserved
  };
  for (const RuleCase& c : cases) EXPECT_EQ(Category(c.line), c.category) << c.line;
}

TEST_F(BoilerplateTest, RealSentencesSurvive) {
  const std::vector<RuleCase> cases = {
      // "A photographer for getty said the clashes went on until dawn."
      {"وقال مصور لوكالة getty إن الاشتباكات استمرت حتى الفجر.", ""},
      // "The source confirmed that the negotiations will resume next week."
      {"وأكد المصدر أن المفاوضات ستستأنف الأسبوع المقبل.", ""},
      // "More dead fell in the shelling that hit the eastern quarter last night."
      {"المزيد من القتلى سقطوا في القصف الذي استهدف الحي الشرقي للمدينة مساء أمس.", ""},
      // A photo caption ending with its credit is content.
      {"الزيارة جاءت بناء على طلب الوزير من أجل تعزيز التعاون العسكري (Getty)", ""},
      // "Representatives of the UN and the African Union took part in the meeting."
      {"وشارك في الاجتماع ممثلون عن الأمم المتحدة والاتحاد الأفريقي.", ""},
      // "Reuters said the government declined to comment on the report."
      {"وقالت رويترز إن الحكومة رفضت التعليق على التقرير.", ""},
      // A news sentence about cookies (no "we use").
      {"وأعلنت الشركة أنها ستتوقف عن استخدام ملفات تعريف الارتباط في متصفحها العام المقبل، في "
       "خطوة أثارت جدلا واسعا بين المعلنين والناشرين حول العالم.",
       ""},
      // "You have the right to object to the decision before the court."
      {"لديك الحق في الاعتراض على القرار أمام المحكمة.", ""},
      // "Share prices rose on the Riyadh exchange." (a word of the share bar inside a sentence)
      {"ارتفعت أسعار الأسهم في بورصة الرياض بعد إعلان النتائج.", ""},
      // "Link to the story in the Sada paper: rain expected in the north": a
      // syndicated story's closing link names the outlet that ran it, which
      // annotators list as an outlet the text names.
      {"رابط الخبر بصحيفة الصدى: توقعات بأمطار على المناطق الشمالية", ""},
  };
  for (const RuleCase& c : cases) EXPECT_EQ(Category(c.line), c.category) << c.line;
}

TEST_F(BoilerplateTest, CaptionIsRecognisedByItsTrailingCredit) {
  EXPECT_TRUE(
      rules_->EndsWithCategory(MakeLineKey("الزيارة جاءت بناء على طلب الوزير (Getty)"), "credits"));
  EXPECT_TRUE(rules_->EndsWithCategory(MakeLineKey("الوزير في مطار بنغازي. – / أ ف ب"), "credits"));
  EXPECT_FALSE(rules_->EndsWithCategory(MakeLineKey("Getty"), "credits"));
  EXPECT_FALSE(rules_->EndsWithCategory(MakeLineKey("وصل الوزير إلى بنغازي"), "credits"));
}

TEST_F(BoilerplateTest, SourceLineGivesThePublisher) {
  struct Case {
    const char* line;
    const char* name;
  };
  const std::vector<Case> cases = {
      {"المصدر : لوموند", "لوموند"},         // source: Le Monde
      {"المصدر: الجزيرة نت", "الجزيرة نت"},  // source: Al Jazeera Net
      {"Source: Reuters", "Reuters"},
      {"المصدر", ""},
      {"المصدر أكد أن الاجتماع سيعقد غدا", ""},  // "the source confirmed ..." (no separator)
      {"وبحسب موقع تلفزيون سوريا: فإن التنسيق يتم بشكل مباشر", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(rules_->SourceLineName(c.line, MakeLineKey(c.line)), c.name) << c.line;
  }
}

TEST_F(BoilerplateTest, HtmlClassWords) {
  bool keep = false;
  EXPECT_EQ(rules_->ClassesEffect("ad-slot top", &keep), ClassEffect::kDrop);
  EXPECT_EQ(rules_->ClassesEffect("shareBar", &keep), ClassEffect::kDrop);
  EXPECT_EQ(rules_->ClassesEffect("related-posts", &keep), ClassEffect::kDrop);
  EXPECT_EQ(rules_->ClassesEffect("article-body", &keep), ClassEffect::kKeep);
  EXPECT_EQ(rules_->ClassesEffect("main-content has-sidebar", &keep), ClassEffect::kDrop);
  EXPECT_TRUE(keep);
  EXPECT_EQ(rules_->ClassesEffect("head shadow download", &keep), ClassEffect::kNone);
  EXPECT_FALSE(keep);
}

TEST_F(BoilerplateTest, MalformedTablesAreRejectedWithFileAndLine) {
  BoilerplateRules r;
  Status s = r.AddPhraseTable("x", {TsvRow{3, {"اقرأ أيضا", "sometimes"}}}, "x.tsv");
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
  EXPECT_NE(s.message().find("x.tsv:3"), std::string::npos);
  EXPECT_FALSE(r.AddPhraseTable("x", {TsvRow{4, {"a b", "words"}}}, "x.tsv").ok());
  EXPECT_FALSE(r.AddPhraseTable("x", {TsvRow{5, {"a b c", "prefix", "2"}}}, "x.tsv").ok());
  EXPECT_TRUE(r.AddPhraseTable("x", {TsvRow{6, {"a b c", "prefix", "9"}}}, "x.tsv").ok());
  EXPECT_EQ(BoilerplateRules::Load("/nonexistent/boilerplate").status().code(),
            StatusCode::kNotFound);
}

// ------------------------------------------------------------- cleaner

Metadata TitleOnly(const std::string& title) {
  Metadata m;
  m.title = title;
  return m;
}

// "The ministry announced on Thursday the start of the second phase of the reconstruction plan."
const char kBody1[] =
    "أعلنت الوزارة يوم الخميس بدء المرحلة الثانية من خطة إعادة الإعمار في المدينة.";
// "The minister said that the work would take two years and cost about 300 million dollars."
const char kBody2[] =
    "وقال الوزير إن الأعمال ستستغرق عامين وستكلف نحو 300 مليون دولار، بتمويل من صندوق التنمية.";

TEST_F(BoilerplateTest, DateLineAtTheTopIsThePublicationDate) {
  for (const char* date : {"29-سبتمبر-2023", "2023-09-29", "الجمعة 29 سبتمبر 2023", "29/09/2023"}) {
    const std::string text = std::string(date) + "\n\n" + kBody1 + "\n\n" + kBody2;
    CleanedText c = Clean(text);
    EXPECT_EQ(c.metadata.published, "2023-09-29") << date;
    EXPECT_TRUE(c.removed.empty()) << date;  // the dateline is content, cited like any date
    EXPECT_EQ(c.text, text);
  }
  // A sentence that mentions a date is not a date line.
  const std::string sentence = "في 29 سبتمبر 2023 وصل الوفد إلى موسكو.";  // "On 29 Sep 2023 ..."
  CleanedText c = Clean(sentence + "\n" + kBody1);
  EXPECT_EQ(c.metadata.published, "");
  EXPECT_EQ(c.text, sentence + "\n" + kBody1);
}

TEST_F(BoilerplateTest, TitleIsTheShortFirstLineBeforeABlankLine) {
  const std::string title = "تقرير: الحكومة تعلن خطة جديدة لإعادة إعمار المدينة";  // "Report: ..."
  CleanedText c = Clean(title + "\n\n" + kBody1 + "\n" + kBody2);
  EXPECT_EQ(c.metadata.title, title);
  EXPECT_EQ(c.text, title + "\n\n" + kBody1 + "\n" + kBody2);
  EXPECT_TRUE(c.removed.empty());

  // Not titles: a sentence, a line without a blank after it, a caption.
  for (const std::string& first :
       {std::string(kBody1), std::string("الزيارة جاءت بطلب من الوزير (Getty)")}) {
    EXPECT_EQ(Clean(first + "\n\n" + kBody2).metadata.title, "") << first;
  }
  EXPECT_EQ(Clean(title + "\n" + kBody1).metadata.title, "");
}

TEST_F(BoilerplateTest, RepeatedHeadlineAndCaptionKeepTheFirst) {
  const std::string title =
      "ليبيا: العلاقة بين الحكومة والبرلمان تتوتر";  // "Libya: ... grows tense"
  // "The minister at the airport on his arrival" (a caption repeated lower down)
  const std::string caption = "الوزير في المطار لدى وصوله إلى العاصمة";
  CleanedText c = Clean(title + "\n\n" + title + "\n\n" + caption + "\n\n" + kBody1 + "\n\n" +
                        caption + "\n\n" + kBody2);
  EXPECT_EQ(c.metadata.title, title);
  EXPECT_EQ(c.text, title + "\n\n" + caption + "\n\n" + kBody1 + "\n\n" + kBody2);
  EXPECT_EQ(c.removed, (std::vector<std::string>{title, caption}));
}

TEST_F(BoilerplateTest, PullQuoteInsideALongerParagraphGoes) {
  // The quote comes before and after its paragraph; the second one lacks the
  // proclitic و of the paragraph's first word.
  const std::string paragraph =
      "وتأتي زيارة الوزير إلى العاصمة في أعقاب زيارة قام بها نائب رئيس الحكومة إلى المدينة في "
      "الشهر الماضي، بعد الفيضانات التي ضربت المنطقة.";
  const std::string quote1 = "زيارة الوزير إلى العاصمة في أعقاب زيارة قام بها نائب رئيس الحكومة";
  const std::string quote2 =
      "تأتي زيارة الوزير إلى العاصمة في أعقاب زيارة قام بها نائب رئيس الحكومة";
  CleanedText c =
      Clean(kBody1 + ("\n\n" + quote1) + "\n\n" + paragraph + "\n\n" + quote2 + "\n\n" + kBody2);
  EXPECT_EQ(c.text, std::string(kBody1) + "\n\n" + paragraph + "\n\n" + kBody2);
  EXPECT_EQ(c.removed, (std::vector<std::string>{quote1, quote2}));

  // A short line inside a paragraph (a subheading) is not a pull quote.
  const std::string heading = "زيارة الوزير إلى العاصمة";
  c = Clean(std::string(kBody1) + "\n\n" + heading + "\n\n" + paragraph);
  EXPECT_TRUE(c.removed.empty());
}

TEST_F(BoilerplateTest, ClosingSourceLineAndTrailingNoise) {
  CleanedText c =
      Clean(std::string(kBody1) + "\n\nالمصدر : لوموند\n\nالمزيد من تقارير\nالأكثر قراءة");
  EXPECT_EQ(c.metadata.publisher, "لوموند");
  EXPECT_EQ(c.text, kBody1);
  EXPECT_EQ(c.removed,
            (std::vector<std::string>{"المصدر : لوموند", "المزيد من تقارير", "الأكثر قراءة"}));

  c = Clean(std::string(kBody1) + "\n\n[ad_2]\n\nالمصدر");
  EXPECT_EQ(c.metadata.publisher, "");
  EXPECT_EQ(c.text, kBody1);

  // Attribution in the body is not the publisher.
  c = Clean("وبحسب موقع تلفزيون سوريا فإن التنسيق يتم بشكل مباشر.\n" + std::string(kBody1));
  EXPECT_EQ(c.metadata.publisher, "");
}

TEST_F(BoilerplateTest, KnownTitleIsPutInFrontOnce) {
  const std::string title = "الحكومة تعلن خطة الإعمار";  // "The government announces the plan"
  CleanedText c = Clean(std::string(kBody1) + "\n\n" + title + "\n\n" + kBody2, TitleOnly(title));
  EXPECT_EQ(c.text, title + "\n\n" + kBody1 + "\n\n" + kBody2);
  EXPECT_EQ(c.removed, std::vector<std::string>{title});

  c = Clean(title + "\n\n" + kBody1, TitleOnly(title));
  EXPECT_EQ(c.text, title + "\n\n" + kBody1);

  CleanOptions no_title;
  no_title.title_in_text = false;
  c = Clean(kBody1, TitleOnly(title), no_title);
  EXPECT_EQ(c.text, kBody1);
  EXPECT_EQ(c.metadata.title, title);
}

TEST_F(BoilerplateTest, KeepEverythingWhenRemovalIsOff) {
  CleanOptions keep;
  keep.remove_boilerplate = false;
  const std::string text = "2023-09-29\n[ad_1]\n" + std::string(kBody1) + "\nالمصدر: رويترز";
  CleanedText c = Clean(text, {}, keep);
  EXPECT_EQ(c.text, text);
  EXPECT_TRUE(c.removed.empty());
  EXPECT_EQ(c.metadata.published, "2023-09-29");
  EXPECT_EQ(c.metadata.publisher, "رويترز");
}

}  // namespace
}  // namespace rased::ingest

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "common/utf8.h"
#include "ingest/html_extractor.h"
#include "ingest/html_prepass.h"
#include "ingest_tables.h"
#include "rased/reader.h"

namespace rased::ingest {
namespace {

// Article paragraphs (written for these tests).
// "The Libyan government announced on Wednesday the reopening of its embassy in Damascus, ..."
const char kP1[] =
    "أعلنت الحكومة الليبية يوم الأربعاء إعادة فتح سفارتها في دمشق، بعد سنوات من الإغلاق، في خطوة "
    "وصفها مراقبون بأنها تحول في العلاقات بين البلدين.";
// "The foreign minister said the decision came after long consultations with the neighbours."
const char kP2[] =
    "وقال وزير الخارجية في مؤتمر صحفي إن القرار جاء بعد مشاورات طويلة مع دول الجوار، مؤكدا أن "
    "بلاده تسعى إلى علاقات متوازنة مع الجميع.";
// "Observers expect the step to be followed by the resumption of direct flights ..."
const char kP3[] =
    "ويتوقع مراقبون أن تتبع الخطوة استئناف الرحلات الجوية المباشرة بين العاصمتين، وهي رحلات توقفت "
    "منذ عام 2012 بسبب الأوضاع الأمنية.";
// Subheading: "Economic dimensions"
const char kSubheading[] = "أبعاد اقتصادية";
// Caption: "The minister during the press conference in Tripoli"
const char kCaption[] = "وزير الخارجية خلال المؤتمر الصحفي في طرابلس";
// Headline: "Libya reopens its embassy in Damascus"
const char kHeadline[] = "ليبيا تعيد فتح سفارتها في دمشق";

std::string NewsPage(const std::string& head_extra, const std::string& article_extra = "") {
  std::string menu;
  for (const char* item : {"الرئيسية", "سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات"}) {
    menu += std::string("<li><a href=\"/section/x\">") + item + "</a></li>";
  }
  std::string related;
  for (int i = 0; i < 6; ++i) {
    // "The minister receives a delegation from the African Union to discuss ..."
    related +=
        "<li><a href=\"/news/" + std::to_string(i) +
        "\">الوزير يستقبل وفدا من الاتحاد الأفريقي لبحث ملفات التعاون المشترك في المنطقة</a></li>";
  }
  return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
         "<title>" +
         std::string(kHeadline) + " | موقع الخبر</title>" + head_extra +
         "<script>window.dataLayer=[];function track(){document.write('<p>لا تظهر</p>')}</script>"
         "<style>.ad{display:block} p{color:#333}</style></head><body>"
         "<div class=\"cookie-banner\">هذا الموقع يستخدم ملفات تعريف الارتباط لتحسين تجربة التصفح "
         "<button>موافق</button></div>"
         "<header class=\"site-header\"><a class=\"logo\" href=\"/\">موقع الخبر</a>"
         "<nav class=\"main-menu\"><ul>" +
         menu +
         "</ul></nav></header>"
         "<div class=\"breadcrumb\"><a href=\"/\">الرئيسية</a> &gt; <a "
         "href=\"/politics\">سياسة</a></div>"
         "<main><div class=\"container\"><div class=\"row\">"
         "<div class=\"col-md-8\"><article class=\"post\">"
         "<h1 class=\"post-title\">" +
         kHeadline +
         "</h1>"
         "<div class=\"post-meta\"><time datetime=\"2023-03-04T09:30:00+02:00\">4 مارس "
         "2023</time></div>"
         "<div class=\"share-buttons\"><a href=\"#\">فيسبوك</a> <a href=\"#\">تويتر</a> <a "
         "href=\"#\">واتساب</a></div>"
         "<figure><img src=\"a.jpg\" onerror=\"alert(1)\" alt=\"صورة\"><figcaption>" +
         kCaption +
         "</figcaption></figure>"
         "<div class=\"post-body\"><p>" +
         kP1 +
         "</p>"
         "<div class=\"ad ad-inline\"><script>googletag.display('x')</script>إعلان</div>"
         "<p>" +
         kP2 + "</p>" + article_extra + "<h2>" + kSubheading +
         "</h2>"
         "<p>" +
         kP3 +
         "</p></div>"
         "<div class=\"tags\"><a href=\"/t/1\">ليبيا</a> <a href=\"/t/2\">سوريا</a></div>"
         "</article>"
         "<section class=\"related-news\"><h3>أخبار ذات صلة</h3><ul>" +
         related +
         "</ul></section>"
         "<div id=\"comments\"><h3>التعليقات</h3><div class=\"comment\"><p>تعليق طويل من أحد "
         "القراء "
         "يقول فيه إن هذه الخطوة كانت متوقعة منذ فترة طويلة ولا جديد فيها على "
         "الإطلاق</p></div></div>"
         "</div><aside class=\"col-md-4 sidebar\"><h3>الأكثر قراءة</h3><ul>" +
         related +
         "</ul></aside></div></div></main>"
         "<footer><p>جميع الحقوق محفوظة لموقع الخبر 2023، ولا يجوز إعادة النشر دون إذن مسبق من "
         "إدارة الموقع</p></footer></body></html>";
}

const char kOgHead[] =
    "<meta property=\"og:title\" content=\"ليبيا تعيد فتح سفارتها في دمشق | موقع الخبر\">"
    "<meta property=\"og:site_name\" content=\"موقع الخبر\">"
    "<meta property=\"og:url\" content=\"https://example.org/news/1\">"
    "<meta property=\"article:published_time\" content=\"2023-03-04T09:30:00+02:00\">";

class HtmlTest : public IngestTablesTest {
 protected:
  static HtmlPage Extract(const std::string& html) {
    return HtmlExtractor(*rules_, *dates_).Extract(html);
  }
};

TEST_F(HtmlTest, KeepsTheArticleAndDropsThePage) {
  HtmlPage page = Extract(NewsPage(kOgHead));
  // The <article> holds the headline, the date line and the caption; the
  // date line is metadata the text cleaner removes later.
  const std::string expected = std::string(kHeadline) + "\n\n4 مارس 2023\n\n" + kCaption + "\n\n" +
                               kP1 + "\n\n" + kP2 + "\n\n" + kSubheading + "\n\n" + kP3;
  EXPECT_EQ(page.text, expected) << page.text;
  for (const char* absent : {"لا تظهر", "ملفات تعريف الارتباط", "سياسة", "فيسبوك", "إعلان",
                             "الاتحاد الأفريقي", "تعليق طويل", "جميع الحقوق", "googletag"}) {
    EXPECT_EQ(page.text.find(absent), std::string::npos) << absent;
  }
  EXPECT_TRUE(page.removed.empty());  // the tag list went with its class
}

TEST_F(HtmlTest, LinkListInsideTheArticleIsRemoved) {
  // A paragraph of links without a telling class: "Libya | Syria | Russia".
  HtmlPage page = Extract(NewsPage(kOgHead,
                                   "<p><a href=\"/t/1\">ليبيا</a> | <a href=\"/t/2\">سوريا</a> | "
                                   "<a href=\"/t/3\">روسيا</a></p>"));
  EXPECT_EQ(page.removed, std::vector<std::string>{"ليبيا | سوريا | روسيا"});
  EXPECT_EQ(page.text.find("روسيا"), std::string::npos);
}

TEST_F(HtmlTest, MetadataFromOpenGraph) {
  HtmlPage page = Extract(NewsPage(kOgHead));
  EXPECT_EQ(page.metadata.title, kHeadline);
  EXPECT_EQ(page.metadata.published, "2023-03-04");
  EXPECT_EQ(page.metadata.publisher, "موقع الخبر");
  EXPECT_EQ(page.metadata.url, "https://example.org/news/1");
}

TEST_F(HtmlTest, MetadataFromOtherSources) {
  struct Case {
    std::string head;
    std::string published;
    std::string publisher;
    std::string url;
  };
  const std::vector<Case> cases = {
      // JSON-LD only.
      {"<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{"
       "\"@type\":\"WebPage\",\"name\":\"x\"},{\"@type\":\"NewsArticle\",\"headline\":\"ليبيا تعيد "
       "فتح سفارتها في دمشق\",\"datePublished\":\"2023-03-05T10:00:00Z\",\"publisher\":{\"@type\":"
       "\"Organization\",\"name\":\"وكالة "
       "الأنباء\"},\"url\":\"https://example.org/ld\"}]}</script>",
       "2023-03-05", "وكالة الأنباء", "https://example.org/ld"},
      // meta name=date and a canonical link.
      {"<meta name=\"date\" content=\"2023/03/06\"><link rel=\"canonical\" "
       "href=\"https://example.org/c\">",
       "2023-03-06", "", "https://example.org/c"},
      // itemprop=datePublished beats the <time> of the page.
      {"<meta itemprop=\"datePublished\" content=\"2023-03-07\">", "2023-03-07", "", ""},
      // Nothing in the head: the article's <time datetime>.
      {"", "2023-03-04", "", ""},
  };
  for (const Case& c : cases) {
    HtmlPage page = Extract(NewsPage(c.head));
    EXPECT_EQ(page.metadata.title, kHeadline) << c.head;
    EXPECT_EQ(page.metadata.published, c.published) << c.head;
    EXPECT_EQ(page.metadata.publisher, c.publisher) << c.head;
    EXPECT_EQ(page.metadata.url, c.url) << c.head;
  }
}

TEST_F(HtmlTest, CleanTitleRemovesTheSiteName) {
  EXPECT_EQ(CleanTitle("حفتر في موسكو | الجزيرة نت", ""), "حفتر في موسكو");  // Haftar in Moscow
  EXPECT_EQ(CleanTitle("الجزيرة نت - حفتر في موسكو", "الجزيرة نت"), "حفتر في موسكو");
  EXPECT_EQ(CleanTitle("بوتين يستقبل حفتر في الكرملين - العربية", ""),
            "بوتين يستقبل حفتر في الكرملين");
  EXPECT_EQ(CleanTitle("  حفتر\n  في موسكو ", ""), "حفتر في موسكو");
  // A dash inside a headline stays.
  EXPECT_EQ(CleanTitle("محور دمشق - بنغازي", ""), "محور دمشق - بنغازي");
}

TEST_F(HtmlTest, TextInDivsWithLineBreaks) {
  const std::string html =
      std::string("<html><body><div id=\"menu\"><a href=\"/\">الرئيسية</a></div>") +
      "<div class=\"story\">" + kP1 + "<br><br>" + kP2 + "<br>" + kP3 + "</div></body></html>";
  HtmlPage page = Extract(html);
  EXPECT_EQ(page.text, std::string(kP1) + "\n\n" + kP2 + "\n" + kP3);
}

TEST_F(HtmlTest, AspNetFormWrapperIsNotDropped) {
  const std::string html = std::string("<html><body><form id=\"form1\" action=\"x.aspx\">") +
                           "<input type=\"hidden\" value=\"abc\"><div class=\"article\"><p>" + kP1 +
                           "</p><p>" + kP2 + "</p></div></form></body></html>";
  EXPECT_EQ(Extract(html).text, std::string(kP1) + "\n\n" + kP2);
}

TEST_F(HtmlTest, LooksLikeHtml) {
  EXPECT_TRUE(LooksLikeHtml("<!DOCTYPE html><html>"));
  EXPECT_TRUE(LooksLikeHtml("  <p>نص</p><p>نص</p>"));     // "text"
  EXPECT_TRUE(LooksLikeHtml("مقدمة<br>سطر<br>سطر<br>"));  // "intro<br>line<br>line"
  EXPECT_FALSE(LooksLikeHtml(kP1));
  EXPECT_FALSE(LooksLikeHtml("قال إن 3 < 5 وإن الفارق كبير"));  // "said that 3 < 5 ..."
}

// ------------------------------------------------------- hostile pages

TEST_F(HtmlTest, HostilePagesNeverCrashOrHang) {
  std::vector<std::string> pages;
  pages.push_back(std::string(100000, '<'));
  std::string nested;
  for (int i = 0; i < 100000; ++i) nested += "<div>";
  nested += kP1;
  pages.push_back(nested);
  std::string nested_b;
  for (int i = 0; i < 50000; ++i) nested_b += "<b id=\"" + std::to_string(i) + "\">";
  nested_b += kP1;
  pages.push_back(nested_b);
  std::string misnested;
  for (int i = 0; i < 20000; ++i) misnested += "<p><b id=\"" + std::to_string(i) + "\">x</p>";
  pages.push_back(misnested);
  std::string tables;
  for (int i = 0; i < 20000; ++i) tables += "<table><tr><td>";
  pages.push_back(tables + kP2);
  pages.push_back("<p title=\"" + std::string(1 << 20, 'a') + "\">" + kP1 + "</p>");
  pages.push_back("<p class=\"" + std::string(1 << 20, 'x') + " ad\">" + kP1 + "</p>");
  pages.push_back(std::string("<img src=x onerror=\"alert('") + kP3 + "')\"><p>" + kP1 +
                  "<script>alert('<p>" + kP2 + "</p>')</script></p><svg><script>x</script></svg>");
  pages.push_back("<html><body><p>" + std::string(kP1) + "<!-- unclosed comment <p>" + kP2);
  pages.push_back("<script type=\"application/ld+json\">" + std::string(100000, '[') + "</script>");
  pages.push_back("<plaintext><p>" + std::string(kP1));
  for (const std::string& html : pages) {
    const auto start = std::chrono::steady_clock::now();
    HtmlPage page = Extract(html);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 5.0) << html.substr(0, 40);
    EXPECT_TRUE(utf8::IsValid(page.text));
  }
  // Script text and event handlers never become article text.
  HtmlPage page = Extract(pages[7]);
  EXPECT_EQ(page.text.find("alert"), std::string::npos);
  EXPECT_NE(page.text.find(kP1), std::string::npos);
  // Text inside deep nesting survives the depth limit.
  EXPECT_NE(Extract(pages[1]).text.find(kP1), std::string::npos);
}

TEST_F(HtmlTest, LongMetadataIsCutOnACodePoint) {
  // Found by the fuzzer: a 2 KiB cap on meta values cut a letter in two.
  std::string long_title = "x";
  for (int i = 0; i < 1500; ++i) long_title += "ح";  // ha
  HtmlPage page = Extract("<title>" + long_title + "</title><p>" + kP1 + "</p>");
  EXPECT_TRUE(utf8::IsValid(page.metadata.title));
  EXPECT_GT(page.metadata.title.size(), 2000u);
}

TEST_F(HtmlTest, PrepassKeepsMarkupOfNormalPages) {
  std::string out;
  EXPECT_EQ(PrepareHtml(NewsPage(kOgHead), kMaxHtmlDepth, &out).tags_removed, 0u);
  std::string p_soup;  // old-style pages: many <p> and <li> never closed
  for (int i = 0; i < 5000; ++i) p_soup += "<p>فقرة<li>بند";  // "paragraph", "item"
  EXPECT_EQ(PrepareHtml(p_soup, kMaxHtmlDepth, &out).bytes_removed, 0u);
  std::string deep;
  for (int i = 0; i < 1000; ++i) deep += "<div>";
  EXPECT_EQ(PrepareHtml(deep, kMaxHtmlDepth, &out).tags_removed, 1000u - kMaxHtmlDepth);
  EXPECT_EQ(out.size(), kMaxHtmlDepth * 5);
}

TEST_F(HtmlTest, PrepassEmptiesScriptsButNotJsonLd) {
  std::string out;
  const std::string html =
      "<p>نص</p><!-- تعليق --><script>var a = '<div>';</script><SCRIPT "
      "type=\"application/ld+json\">"
      "{\"headline\": \"x\"}</script><style>p{}</style><p>نص</p>";  // "text", "comment"
  PrepassStats st = PrepareHtml(html, kMaxHtmlDepth, &out);
  EXPECT_EQ(out,
            "<p>نص</p><script></script><SCRIPT type=\"application/ld+json\">{\"headline\": \"x\"}"
            "</script><style></style><p>نص</p>");
  EXPECT_EQ(st.tags_removed, 0u);
  EXPECT_EQ(st.bytes_removed, html.size() - out.size());
}

// ----------------------------------------------------- through Reader

TEST(HtmlReaderTest, ParseBytesGivesACleanDocument) {
  ReaderOptions options;
  options.data_dir = RASED_TEST_DATA_DIR;
  auto reader = Reader::Create(options);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  auto doc = (*reader)->ParseBytes(NewsPage(kOgHead), "page.html", "html");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->format, "html");
  EXPECT_EQ(doc->id, "page.html");
  EXPECT_EQ(doc->title, kHeadline);
  EXPECT_EQ(doc->published, "2023-03-04");
  // The dateline ("4 March 2023") is the article's own: it stays in the text.
  EXPECT_EQ(doc->text, std::string(kHeadline) + "\n\n4 مارس 2023\n\n" + kCaption + "\n\n" + kP1 +
                           "\n\n" + kP2 + "\n\n" + kSubheading + "\n\n" + kP3);
  EXPECT_TRUE(doc->boilerplate_removed.empty());
  EXPECT_EQ(doc->content_hash.size(), 16u);
  // Sniffed without a hint too.
  auto sniffed = (*reader)->ParseBytes(NewsPage(kOgHead), "page", "");
  ASSERT_TRUE(sniffed.ok());
  EXPECT_EQ(sniffed->format, "html");
  EXPECT_EQ(sniffed->text, doc->text);
}

}  // namespace
}  // namespace rased::ingest

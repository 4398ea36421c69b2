#include "rased/reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "ingest/pdf_text.h"
#include "text/lexicon.h"

namespace rased {
namespace {

namespace fs = std::filesystem;

// "The Libyan army announced that its forces took control of the airport after violent battles."
const char kSentence1[] =
    "أعلن الجيش الليبي أن قواته سيطرت على المطار بعد معارك عنيفة استمرت ثلاثة أيام.";
// "The foreign minister met his Russian counterpart in Moscow to discuss cooperation."
const char kSentence2[] =
    "والتقى وزير الخارجية نظيره الروسي في موسكو لبحث سبل التعاون الاقتصادي والعسكري.";

struct Result {
  std::string source;
  Status status;
  Document doc;
};

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("rased_reader_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

  std::string WriteGz(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / name;
    gzFile f = gzopen(p.string().c_str(), "wb");
    gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(f);
    return p.string();
  }

  std::vector<Result> ReadAll(const std::vector<std::string>& inputs, ReaderOptions options = {}) {
    options.data_dir = RASED_TEST_DATA_DIR;
    auto reader = Reader::Create(options);
    EXPECT_TRUE(reader.ok()) << reader.status().ToString();
    std::vector<Result> out;
    if (!reader.ok()) return out;
    (*reader)->ReadAll(inputs, [&](const std::string& source, StatusOr<Document> doc) {
      Result r;
      r.source = source;
      if (doc.ok()) {
        r.doc = std::move(*doc);
      } else {
        r.status = doc.status();
      }
      out.push_back(std::move(r));
    });
    return out;
  }

  std::string Rel(const std::string& path) const { return fs::relative(path, dir_).string(); }

  fs::path dir_;
};

TEST_F(ReaderTest, FolderIsReadRecursivelyInSortedOrderSkippingHiddenAndBinary) {
  Write("b.txt", kSentence2);
  Write("a.txt", kSentence1);
  Write("sub/c.html", std::string("<html><body><p>") + kSentence1 + "</p><p>" + kSentence2 +
                          "</p></body></html>");
  Write("sub/notes", kSentence2);  // no extension, but text
  Write("sub/picture.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));  // skipped quietly
  Write(".hidden.txt", kSentence1);
  Write(".git/config.txt", kSentence1);
  Write("sub/photo.txt",
        std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11));  // binary under a .txt name
  std::vector<Result> results = ReadAll({dir_.string()});
  std::vector<std::string> sources;
  for (const Result& r : results) sources.push_back(Rel(r.source));
  EXPECT_EQ(sources, (std::vector<std::string>{"a.txt", "b.txt", "sub/c.html", "sub/notes",
                                               "sub/photo.txt"}));
  ASSERT_EQ(results.size(), 5u);
  EXPECT_TRUE(results[0].status.ok());
  EXPECT_EQ(results[0].doc.text, kSentence1);
  EXPECT_EQ(results[0].doc.format, "txt");
  EXPECT_EQ(results[0].doc.id, results[0].source);
  EXPECT_EQ(results[2].doc.format, "html");
  EXPECT_EQ(results[2].doc.text, std::string(kSentence1) + "\n\n" + kSentence2);
  EXPECT_EQ(results[3].doc.text, kSentence2);
  EXPECT_EQ(results[4].status.code(), StatusCode::kDataLoss);
  EXPECT_EQ(results[4].status.message(), "binary file (JPEG image), skipped");
}

TEST_F(ReaderTest, BadFilesFailAloneAndTheBatchGoesOn) {
  const std::string empty = Write("empty.txt", "");
  const std::string blank = Write("blank.txt", " \n\n\t\n");
  const std::string huge = Write("huge.txt", std::string(2000, 'x'));
  const std::string zip = Write("archive.txt", std::string("PK\x03\x04\x14\0\0\0", 8));
  const std::string good = Write("good.txt", kSentence1);
  const std::string noise = Write("noise.txt", "[ad_1]\ngetty\n");
  ReaderOptions options;
  options.max_file_bytes = 1000;
  std::vector<Result> r =
      ReadAll({empty, blank, huge, zip, (dir_ / "missing.txt").string(), noise, good}, options);
  ASSERT_EQ(r.size(), 7u);
  EXPECT_EQ(r[0].status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(r[0].status.message(), "empty file");
  EXPECT_EQ(r[1].status.message(), "empty file");
  EXPECT_EQ(r[2].status.code(), StatusCode::kResourceExhausted);
  EXPECT_NE(r[2].status.message().find("2000 bytes"), std::string::npos) << r[2].status.message();
  EXPECT_EQ(r[3].status.code(), StatusCode::kDataLoss);
  EXPECT_NE(r[3].status.message().find("ZIP"), std::string::npos);
  EXPECT_EQ(r[4].status.code(), StatusCode::kNotFound);
  EXPECT_EQ(r[5].status.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r[5].status.message().find("boilerplate"), std::string::npos);
  ASSERT_TRUE(r[6].status.ok());
  EXPECT_EQ(r[6].doc.text, kSentence1);
}

TEST_F(ReaderTest, JsonLinesWithFieldVariants) {
  const std::string path =
      Write("news.jsonl", std::string("{\"id\": \"a-1\", \"title\": \"عنوان أول\", \"text\": \"") +
                              kSentence1 +
                              "\", \"date\": \"2015-07-21 02:51:32\", \"source\": \"aawsat\", "
                              "\"url\": \"https://a/1\"}\n"
                              "\n"
                              "{\"headline\": \"عنوان ثان\", \"body\": \"" +
                              kSentence2 +
                              "\", \"pubDate\": \"Tue, 21 Jul 2015 08:00:00 GMT\", \"publisher\": "
                              "{\"name\": \"وكالة\"}, \"link\": \"https://a/2\"}\n"
                              "{\"content\": {\"rendered\": \"<p>" +
                              kSentence1 + "</p><p>" + kSentence2 +
                              "</p>\"}, \"published_at\": \"2015-07-23\", \"site\": \"موقع\"}\n"
                              "{\"article\": \"" +
                              kSentence2 +
                              "\", \"published\": \"22 يوليو 2015\"}\n"
                              "{not json\n"
                              "{\"title\": \"بلا نص\"}\n"
                              "{\"text\": \"" +
                              kSentence1 + "\", \"date\": \"someday\"}\n");
  std::vector<Result> r = ReadAll({path});
  ASSERT_EQ(r.size(), 7u);
  // "first title" / "second title": the title is also the text's first
  // paragraph by default, so that later stages read it
  EXPECT_EQ(r[0].source, path + "#1");
  EXPECT_EQ(r[0].doc.id, "a-1");
  EXPECT_EQ(r[0].doc.format, "jsonl");
  EXPECT_EQ(r[0].doc.title, "عنوان أول");
  EXPECT_EQ(r[0].doc.text, std::string("عنوان أول\n\n") + kSentence1);
  EXPECT_EQ(r[0].doc.published, "2015-07-21");
  EXPECT_EQ(r[0].doc.publisher, "aawsat");
  EXPECT_EQ(r[0].doc.url, "https://a/1");
  EXPECT_EQ(r[1].source, path + "#3");
  EXPECT_EQ(r[1].doc.id, path + "#3");
  EXPECT_EQ(r[1].doc.title, "عنوان ثان");
  EXPECT_EQ(r[1].doc.published, "2015-07-21");
  EXPECT_EQ(r[1].doc.publisher, "وكالة");
  EXPECT_EQ(r[1].doc.url, "https://a/2");
  EXPECT_EQ(r[2].doc.text, std::string(kSentence1) + "\n\n" + kSentence2);  // HTML content
  EXPECT_EQ(r[2].doc.published, "2015-07-23");
  EXPECT_EQ(r[2].doc.publisher, "موقع");
  EXPECT_EQ(r[3].doc.text, kSentence2);
  EXPECT_EQ(r[3].doc.published, "2015-07-22");
  EXPECT_EQ(r[4].status.code(), StatusCode::kDataLoss);
  EXPECT_EQ(r[4].source, path + "#6");
  EXPECT_EQ(r[5].status.code(), StatusCode::kInvalidArgument);
  ASSERT_TRUE(r[6].status.ok());
  EXPECT_EQ(r[6].doc.published, "");
  ASSERT_EQ(r[6].doc.warnings.size(), 1u);
  EXPECT_NE(r[6].doc.warnings[0].find("someday"), std::string::npos);
}

// A record's title is read with its text: put in front when the text does
// not start with it, never twice, and every byte of Document::text is the
// record's own (the stages' spans point into it).
TEST_F(ReaderTest, JsonTitleIsReadOnceWithTheText) {
  // "Sudan stops sheikhs over a sermon" (a headline whose names the body does
  // not repeat).
  const std::string title = "السودان يوقف شيوخا بسبب خطبة";
  const std::string path = Write(
      "t.jsonl",
      // The body does not restate the headline: it is put in front.
      "{\"title\": \"" + title + "\", \"text\": \"" + kSentence1 + "\"}\n" +
          // The body opens with the headline as its own line: kept once.
          "{\"title\": \"" + title + "\", \"text\": \"" + title + "\\n" + kSentence1 + "\"}\n" +
          // The headline runs into the lede ("... - Khartoum: ..."): kept once.
          "{\"title\": \"" + title + "\", \"text\": \"" + title + " - الخرطوم: " + kSentence1 +
          "\"}\n" +
          // The body restates the headline later: the front copy stays, the
          // repeat is boilerplate.
          "{\"title\": \"" + title + "\", \"text\": \"" + kSentence1 + "\\n\\n" + title + "\\n\\n" +
          kSentence2 + "\"}\n");
  std::vector<Result> r = ReadAll({path});
  ASSERT_EQ(r.size(), 4u);
  for (const Result& x : r) {
    ASSERT_TRUE(x.status.ok()) << x.status.ToString();
    EXPECT_EQ(x.doc.title, title);
    size_t count = 0;
    for (size_t p = x.doc.text.find(title); p != std::string::npos;
         p = x.doc.text.find(title, p + 1)) {
      ++count;
    }
    EXPECT_EQ(count, 1u) << x.doc.text;
    EXPECT_TRUE(x.doc.text.starts_with(title)) << x.doc.text;
  }
  EXPECT_EQ(r[0].doc.text, title + "\n\n" + kSentence1);
  EXPECT_EQ(r[1].doc.text, title + "\n" + kSentence1);
  EXPECT_EQ(r[2].doc.text, title + " - الخرطوم: " + kSentence1);
  EXPECT_EQ(r[3].doc.text, title + "\n\n" + kSentence1 + "\n\n" + kSentence2);
  EXPECT_EQ(r[3].doc.boilerplate_removed, std::vector<std::string>{title});

  // Off: the title stays out of the text.
  ReaderOptions off;
  off.title_in_text = false;
  std::vector<Result> o = ReadAll({path}, off);
  ASSERT_EQ(o.size(), 4u);
  ASSERT_TRUE(o[0].status.ok());
  EXPECT_EQ(o[0].doc.text, kSentence1);
  EXPECT_EQ(o[0].doc.title, title);
}

TEST_F(ReaderTest, ControlCharactersInJsonStringsAreRemoved) {
  const std::string path = Write("c.jsonl", std::string("{\"text\": \"") + kSentence1 +
                                                "\\u0000\\u0001\\r\\n" + kSentence2 + "\"}\n");
  std::vector<Result> r = ReadAll({path});
  ASSERT_EQ(r.size(), 1u);
  ASSERT_TRUE(r[0].status.ok()) << r[0].status.ToString();
  EXPECT_EQ(r[0].doc.text, std::string(kSentence1) + "\n" + kSentence2);
  EXPECT_EQ(r[0].doc.warnings, std::vector<std::string>{"removed 2 control characters"});
}

TEST_F(ReaderTest, JsonArrayAndCompressedJsonLines) {
  const std::string array =
      Write("list.json", std::string("[\n  {\"text\": \"") + kSentence1 + "\"},\n  {\"text\": \"" +
                             kSentence2 + "\"}\n]\n");
  const std::string gz = WriteGz("news.jsonl.gz", std::string("{\"text\": \"") + kSentence2 +
                                                      "\"}\n{\"text\": \"" + kSentence1 + "\"}\n");
  std::vector<Result> r = ReadAll({array, gz});
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[0].source, array + "#1");
  EXPECT_EQ(r[0].doc.text, kSentence1);
  EXPECT_EQ(r[1].doc.text, kSentence2);
  EXPECT_EQ(r[2].source, gz + "#1");
  EXPECT_EQ(r[2].doc.text, kSentence2);
  EXPECT_EQ(r[3].doc.text, kSentence1);
}

TEST_F(ReaderTest, JsonRecordsAreLimitedOneByOne) {
  std::string lines;
  for (int i = 0; i < 30; ++i) lines += std::string("{\"text\": \"") + kSentence1 + "\"}\n";
  lines += "{\"text\": \"" + std::string(3000, 'x') + "\"}\n";
  const std::string path = Write("many.jsonl", lines);
  ReaderOptions options;
  options.max_file_bytes = 2000;  // smaller than the file, larger than each good record
  std::vector<Result> r = ReadAll({path}, options);
  ASSERT_EQ(r.size(), 31u);
  EXPECT_TRUE(r[29].status.ok());
  EXPECT_EQ(r[30].status.code(), StatusCode::kResourceExhausted);
}

TEST_F(ReaderTest, ParseBytesSniffsTheFormat) {
  ReaderOptions options;
  options.data_dir = RASED_TEST_DATA_DIR;
  auto reader = Reader::Create(options);
  ASSERT_TRUE(reader.ok());
  auto text = (*reader)->ParseBytes(kSentence1, "x", "");
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(text->format, "txt");
  auto json = (*reader)->ParseBytes(std::string("{\"text\": \"") + kSentence2 + "\"}", "y", "");
  ASSERT_TRUE(json.ok());
  EXPECT_EQ(json->format, "jsonl");
  EXPECT_EQ(json->id, "y#1");
  auto html = (*reader)->ParseBytes(std::string("<p>") + kSentence1 + "</p>", "z", "HTML");
  ASSERT_TRUE(html.ok());
  EXPECT_EQ(html->format, "html");
  EXPECT_EQ(html->text, kSentence1);
  // Same text, same hash; another text, another hash.
  EXPECT_EQ(html->content_hash, text->content_hash);
  EXPECT_NE(json->content_hash, text->content_hash);
}

// A one-page PDF with a line of Latin text in a standard font (hand-built:
// poppler cannot write PDFs, and Arabic needs an embedded font).
std::string MinimalPdf(const std::string& line) {
  const std::string content = "BT /F1 12 Tf 72 720 Td (" + line + ") Tj ET";
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  };
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof(entry), "%010zu 00000 n \n", off);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

TEST_F(ReaderTest, PdfTextOrAClearError) {
  const std::string line = "Libya reopened its embassy in Damascus on Tuesday.";
  const std::string path = Write("report.pdf", MinimalPdf(line));
  const std::string broken = Write("broken.pdf", "%PDF-1.4\n1 0 obj << >> endobj\n");
  std::vector<Result> r = ReadAll({path, broken});
  ASSERT_EQ(r.size(), 2u);
  if (ingest::PdfSupported()) {
    ASSERT_TRUE(r[0].status.ok()) << r[0].status.ToString();
    EXPECT_EQ(r[0].doc.format, "pdf");
    EXPECT_EQ(r[0].doc.text, line);
  } else {
    EXPECT_EQ(r[0].status.code(), StatusCode::kDataLoss);
    EXPECT_NE(r[0].status.message().find("PDF"), std::string::npos);
  }
  EXPECT_FALSE(r[1].status.ok());
}

// What poppler writes for right-to-left lines, and the logical text behind it.
TEST(PdfLogicalOrderTest, LeftToRightStretchesPutBack) {
  struct Case {
    std::string poppler, logical;
  } cases[] = {
      // "Cairo – 12 March 2024: arrived"
      {"القاهرة – \u202a 12\u202cمارس \u202a :2024\u202cوصل", "القاهرة – 12 مارس 2024: وصل"},
      // "three days, he met": a stretch of punctuation only.
      {"ثلاثة أيام\u202a ،\u202cالتقى", "ثلاثة أيام، التقى"},
      // "about 200 officers"
      {"نحو \u202a 200\u202cضابط", "نحو 200 ضابط"},
      // A stretch left open at the end of a line ends there.
      {"المصري\u202a.\nوقال", "المصري.\nوقال"},
      // A Latin name keeps its order.
      {"مجموعة \u202aWagner Group\u202c الروسية", "مجموعة Wagner Group الروسية"},
      // Latin-only text has no marks and is unchanged.
      {"Libya reopened its embassy.", "Libya reopened its embassy."},
  };
  for (const Case& c : cases) EXPECT_EQ(ingest::LogicalOrderFromPoppler(c.poppler), c.logical);
}

// A PDF printed by Chromium from tests/ingest/testdata/arabic_report.html (see
// tests/ingest/testdata/README.md): an Arabic report with dates and numbers.
TEST_F(ReaderTest, ArabicPdfReadsInLogicalOrder) {
  if (!ingest::PdfSupported()) GTEST_SKIP() << "built without poppler";
  const std::string path =
      std::string(RASED_TEST_SOURCE_DIR) + "/tests/ingest/testdata/arabic_report.pdf";
  std::vector<Result> r = ReadAll({path});
  ASSERT_EQ(r.size(), 1u);
  ASSERT_TRUE(r[0].status.ok()) << r[0].status.ToString();
  // The document information's title: "The visit of the defence minister".
  EXPECT_EQ(r[0].doc.title, "زيارة وزير الدفاع");
  const std::string& text = r[0].doc.text;
  EXPECT_EQ(text.find("\u202a"), std::string::npos);
  EXPECT_EQ(text.find("\u202c"), std::string::npos);
  // "Cairo – 12 March 2024: the Sudanese defence minister arrived"
  EXPECT_NE(text.find("القاهرة – 12 مارس 2024: وصل وزير الدفاع السوداني"), std::string::npos)
      << text;
  // "about 200 officers"
  EXPECT_NE(text.find("نحو 200 ضابط"), std::string::npos) << text;
  EXPECT_NE(text.find("المعلومات، وإن"), std::string::npos) << text;
  // Lam-alef ligatures come out of this PDF reversed ("الثالثاء"); the lexicon
  // puts them back: "on Tuesday", "during which".
  EXPECT_NE(text.find("يوم الثلاثاء"), std::string::npos) << text;
  EXPECT_NE(text.find("التقى خلالها"), std::string::npos) << text;
}

TEST(PdfLamAlefTest, RepairsOnlyTextWithTheReversedLigatureSignature) {
  auto lexicon = text::Lexicon::Load("", RASED_TEST_DATA_DIR);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
  if (!(*lexicon)->has_hunspell()) GTEST_SKIP() << "hunspell-ar is not installed";
  // "He arrived on Tuesday and met during it the ministers of the third
  // state after independence" as a PDF with reversed ligatures gives it;
  // "الثالث" (the third) is a word either way and stays.
  std::string reversed = "وصل يوم الثالثاء والتقى خاللها وزراء الدولة الثالثة بعد االستقالل";
  EXPECT_EQ(ingest::RepairLamAlef(**lexicon, &reversed), 3u);
  EXPECT_EQ(reversed, "وصل يوم الثلاثاء والتقى خلالها وزراء الدولة الثالثة بعد الاستقلال");
  // Correct text keeps its names: "Total and Malta signed an agreement, but the
  // Salhi family did not".
  const std::string correct =
      "وقعت توتال ومالطا اتفاقا، إلا أن عائلة الصالحي لم توقع خلال الاجتماع";
  std::string copy = correct;
  EXPECT_EQ(ingest::RepairLamAlef(**lexicon, &copy), 0u);
  EXPECT_EQ(copy, correct);
}

TEST_F(ReaderTest, MissingDataDirectoryFailsCreate) {
  ReaderOptions options;
  options.data_dir = (dir_ / "nowhere").string();
  auto reader = Reader::Create(options);
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace rased

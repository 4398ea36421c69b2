#include "ingest/encoding.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <string>
#include <vector>

#include "common/utf8.h"

namespace rased::ingest {
namespace {

// Encodes UTF-8 text into `charset` with ICU, as an old Arabic site would
// have served it.
std::string Encode(const std::string& utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::vector<UChar> u16(utf8.size() + 1);
  int32_t n = 0;
  u_strFromUTF8(u16.data(), static_cast<int32_t>(u16.size()), &n, utf8.data(),
                static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status));
  UConverter* cnv = ucnv_open(charset, &status);
  EXPECT_TRUE(U_SUCCESS(status));
  std::string out(utf8.size() * 4 + 16, '\0');
  const int32_t len =
      ucnv_fromUChars(cnv, out.data(), static_cast<int32_t>(out.size()), u16.data(), n, &status);
  ucnv_close(cnv);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<size_t>(len));
  return out;
}

// Sentences of the kind rased reads (written for these tests).
const std::vector<std::string> kSentences = {
    // "The Libyan army announced on Tuesday that its forces took control of the airport."
    "أعلن الجيش الليبي يوم الثلاثاء أن قواته سيطرت على المطار بعد معارك عنيفة.",
    // "The foreign minister met his Russian counterpart in Moscow to discuss cooperation."
    "التقى وزير الخارجية نظيره الروسي في موسكو لبحث سبل التعاون الاقتصادي والعسكري.",
    // "Local sources said that three flights landed at Benina airport last week."
    "وقالت مصادر محلية إن ثلاث رحلات جوية هبطت في مطار بنينا الأسبوع الماضي، وفق شهود عيان.",
    // "Short: 'the agreement was signed'." — one line with few letters.
    "وُقِّع الاتفاق.",
};

TEST(EncodingTest, Utf8PassesThroughUnchanged) {
  for (const std::string& s : kSentences) {
    auto d = DecodeText(s);
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    EXPECT_EQ(d->text, s);
    EXPECT_EQ(d->encoding, "UTF-8");
    EXPECT_TRUE(d->warnings.empty());
  }
}

TEST(EncodingTest, LegacyArabicEncodingsRoundTrip) {
  for (const char* charset : {"windows-1256", "ISO-8859-6"}) {
    for (const std::string& s : kSentences) {
      const std::string bytes = Encode(s, charset);
      ASSERT_FALSE(utf8::IsValid(bytes)) << charset;
      EXPECT_EQ(GuessArabicSingleByte(bytes), charset) << s;
      auto d = DecodeText(bytes);
      ASSERT_TRUE(d.ok()) << d.status().ToString();
      EXPECT_EQ(d->text, s) << charset;
      EXPECT_EQ(d->encoding, charset);
      ASSERT_FALSE(d->warnings.empty());
      EXPECT_NE(d->warnings[0].find(charset), std::string::npos);
    }
  }
}

TEST(EncodingTest, WholeLegacyArticleWithCommasStaysLegacy) {
  // Arabic commas after letters form valid two-byte UTF-8 sequences in
  // Windows-1256; the article must still be read as Windows-1256.
  std::string article;
  for (int k = 0; k < 5; ++k) {
    for (const std::string& s : kSentences) article += s + "\n";
  }
  const std::string bytes = Encode(article, "windows-1256");
  auto d = DecodeText(bytes);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->encoding, "windows-1256");
  EXPECT_EQ(d->text, article);
}

TEST(EncodingTest, Utf16WithAndWithoutBom) {
  const std::string s = kSentences[1] + "\n" + kSentences[2];
  struct Case {
    const char* charset;
    std::string prefix;
  };
  for (const Case& c : {Case{"UTF-16LE", "\xFF\xFE"}, Case{"UTF-16BE", "\xFE\xFF"},
                        Case{"UTF-16LE", ""}, Case{"UTF-16BE", ""}}) {
    const std::string bytes = c.prefix + Encode(s, c.charset);
    auto d = DecodeText(bytes);
    ASSERT_TRUE(d.ok()) << c.charset << " " << d.status().ToString();
    EXPECT_EQ(d->text, s) << c.charset << " bom=" << !c.prefix.empty();
    EXPECT_EQ(d->encoding, c.charset);
  }
}

TEST(EncodingTest, Utf8BomIsStripped) {
  auto d = DecodeText("\xEF\xBB\xBF" + kSentences[0]);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, kSentences[0]);
  EXPECT_TRUE(d->warnings.empty());
}

TEST(EncodingTest, BrokenUtf8IsRepairedWithWarning) {
  // A valid article with two stray bytes (a truncated copy-paste).
  std::string broken = kSentences[0] + "\xD8" + " " + kSentences[1] + "\xFF";
  auto d = DecodeText(broken);
  ASSERT_TRUE(d.ok());
  EXPECT_TRUE(utf8::IsValid(d->text));
  EXPECT_EQ(d->encoding, "UTF-8");
  EXPECT_NE(d->text.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_NE(d->text.find(kSentences[1]), std::string::npos);
  ASSERT_EQ(d->warnings.size(), 1u);
  EXPECT_NE(d->warnings[0].find("repaired 2 invalid UTF-8 bytes"), std::string::npos);
}

TEST(EncodingTest, BinaryInputsAreRefusedWithTheirKind) {
  struct Case {
    std::string bytes;
    std::string expect;
  };
  const std::vector<Case> cases = {
      {std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "binary file (PNG image), skipped"},
      {std::string("PK\x03\x04\x14\0\0\0", 8), "ZIP"},
      {"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "PDF document"},
      {std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10), "JPEG image"},
      {std::string("text\0with\0nul", 13), "NUL bytes"},
      {std::string(64, '\x01') + "abc", "control characters"},
  };
  for (const Case& c : cases) {
    auto d = DecodeText(c.bytes);
    ASSERT_FALSE(d.ok()) << c.expect;
    EXPECT_EQ(d.status().code(), StatusCode::kDataLoss);
    EXPECT_NE(d.status().message().find(c.expect), std::string::npos) << d.status().message();
  }
}

TEST(EncodingTest, LineEndsAndControlCharactersAreNormalised) {
  auto d = DecodeText(
      "سطر أول\r\nسطر ثان\rسطر ثالث\x07\xE2\x80\xA8آخر");  // first/second/third line, last
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "سطر أول\nسطر ثان\nسطر ثالث\nآخر");
  ASSERT_EQ(d->warnings.size(), 1u);
  EXPECT_NE(d->warnings[0].find("removed 1 control"), std::string::npos);
}

TEST(EncodingTest, LooksLikeTextSniffsFolderFiles) {
  EXPECT_TRUE(LooksLikeText(kSentences[0]));
  EXPECT_TRUE(LooksLikeText(Encode(kSentences[0], "windows-1256")));
  EXPECT_TRUE(LooksLikeText(Encode(kSentences[2], "UTF-16LE")));
  EXPECT_FALSE(LooksLikeText(std::string("\x89PNG\r\n\x1a\n", 8)));
  EXPECT_FALSE(LooksLikeText(std::string("ab\0cd", 5)));
  EXPECT_FALSE(LooksLikeText(""));
}

}  // namespace
}  // namespace rased::ingest

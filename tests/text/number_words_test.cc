#include "text/number_words.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "rased/document.h"
#include "text/lexicon.h"
#include "text/text_annotator.h"

namespace rased::text {
namespace {

Document Annotate(const std::string& text, const Lexicon* lexicon = nullptr) {
  Document doc;
  doc.text = text;
  auto annotator = NewTextAnnotator(lexicon);
  EXPECT_TRUE(annotator->Annotate(doc).ok());
  return doc;
}

struct PhraseCase {
  std::string text;
  double value;
  uint32_t tokens;  // consumed from token 0
  bool times = false;
};

TEST(NumberPhraseTest, ParsesPhrasesFromTheFirstToken) {
  const std::vector<PhraseCase> cases = {
      {"ثلاثة آلاف مقاتل", 3000, 2},              // thalathat alaf: three thousand fighters
      {"ثلاثمائة مقاتل", 300, 1},                 // thalathumi'a: three hundred
      {"ثلاث مئة طائرة", 300, 2},                 // thalath mi'a: three hundred (two words)
      {"خمسة وعشرين عنصرا", 25, 2},               // khamsa wa-'ishrin: twenty-five
      {"واحد وعشرون", 21, 2},                     // wahid wa-'ishrun: twenty-one
      {"إحدى وعشرين رحلة", 21, 2},                // ihda wa-'ishrin: twenty-one
      {"أحد عشر جنديا", 11, 2},                   // ahada 'ashar: eleven
      {"ثلاثة عشر", 13, 2},                       // thalathata 'ashar: thirteen
      {"مئة وخمسون", 150, 2},                     // mi'a wa-khamsun: 150
      {"ألف وخمسمائة", 1500, 2},                  // alf wa-khamsumi'a: 1500
      {"ثلاثة ملايين وخمسمائة ألف", 3500000, 4},  // 3.5 million
      {"مليون ونصف", 1500000, 2},                 // a million and a half
      {"نصف مليون", 500000, 2},                   // half a million
      {"3 آلاف", 3000, 2},                        // digits and a scale word
      {"1.5 مليون دولار", 1500000, 2},            // 1.5 million dollars
      {"300 ألف", 300000, 2},
      {"ألف و500", 1500, 3},        // alf wa-500
      {"مئتي ألف", 200000, 2},      // mi'atay alf: two hundred thousand
      {"ألفين", 2000, 1},           // alfayn: two thousand
      {"ألف", 1000, 1},             // alf: a thousand
      {"أربعة أضعاف", 4, 2, true},  // arba'at ad'af: four times
      {"ثلاثة", 3, 1},              // three
      {"وثلاثة", 3, 1},             // wa-thalatha: a conjunction on the first word
      {"بثلاثة", 3, 1},             // bi-thalatha: a preposition too
      {"عشرة", 10, 1},              // 'ashara: ten
      {"تسعين", 90, 1},             // tis'in: ninety
  };
  for (const PhraseCase& c : cases) {
    Document doc = Annotate(c.text);
    NumberPhrase p = Lexicon::BuiltIn().number_words().ParsePhrase(doc.tokens, 0);
    EXPECT_EQ(p.tokens, c.tokens) << c.text;
    EXPECT_DOUBLE_EQ(p.value, c.value) << c.text;
    EXPECT_EQ(p.times, c.times) << c.text;
  }
}

TEST(NumberPhraseTest, StopsWhereTheNumberStops) {
  const std::vector<PhraseCase> cases = {
      {"بين 1000 و1500", 1000, 1},  // a range is two numbers, not 2500
      {"بين ثلاثة وخمسة", 3, 1},    // between three and five: not 8
      {"عشرين وثلاثين", 20, 1},     // twenty and thirty
      {"ثلاثة وزراء", 3, 1},        // three ministers
      {"2018-2019", 2018, 1},
  };
  for (const PhraseCase& c : cases) {
    Document doc = Annotate(c.text);
    // Start at the first number token.
    size_t start = 0;
    while (start < doc.tokens.size() && !doc.tokens[start].has_value) ++start;
    ASSERT_LT(start, doc.tokens.size()) << c.text;
    NumberPhrase p = Lexicon::BuiltIn().number_words().ParsePhrase(doc.tokens, start);
    EXPECT_EQ(p.tokens, c.tokens) << c.text;
    EXPECT_DOUBLE_EQ(p.value, c.value) << c.text;
  }
}

TEST(NumberPhraseTest, NoNumberNoPhrase) {
  const std::vector<std::string> texts = {
      "وزير",            // wazir: minister
      "الاثنين",         // al-ithnayn: Monday (article)
      "آلاف المقاتلين",  // alaf: thousands (vague)
      "أحد المسؤولين",   // ahad: one of the officials
      "نصف",             // nisf: half, alone
      "أضعاف",           // ad'af: multiples, alone
      "،",
  };
  for (const std::string& t : texts) {
    Document doc = Annotate(t);
    ASSERT_FALSE(doc.tokens.empty()) << t;
    EXPECT_EQ(Lexicon::BuiltIn().number_words().ParsePhrase(doc.tokens, 0).tokens, 0u) << t;
  }
  std::vector<Token> none;
  EXPECT_EQ(Lexicon::BuiltIn().number_words().ParsePhrase(none, 0).tokens, 0u);
}

TEST(TokenValueTest, SingleTokensCarryTheirValue) {
  struct Case {
    std::string text;
    bool has_value;
    double value;
  };
  const std::vector<Case> cases = {
      {"ثلاثمائة", true, 300},                      // thalathumi'a
      {"ثلاثة", true, 3},                           // thalatha
      {"خمسين", true, 50},                          // khamsin
      {"مليون", true, 1e6},                         // million
      {"يومين", true, 2},                           // yawmayn: two days (listed masculine dual)
      {"العامين", true, 2},                         // al-'amayn: the two years
      {"1,500", true, 1500},   {"آلاف", false, 0},  // thousands: vague
      {"أحد", false, 0},                            // ahad: one (of), only in compounds
      {"الاثنين", false, 0},                        // Monday
      {"مقاتلين", false, 0},                        // muqatilin: fighters (plural, not a dual)
      {"بوتين", false, 0},                          // Putin ends in -tin but is no dual
  };
  for (const Case& c : cases) {
    Document doc = Annotate(c.text);
    ASSERT_EQ(doc.tokens.size(), 1u) << c.text;
    EXPECT_EQ(doc.tokens[0].has_value, c.has_value) << c.text;
    if (c.has_value) {
      EXPECT_DOUBLE_EQ(doc.tokens[0].value, c.value) << c.text;
    }
  }
}

TEST(TokenValueTest, FeminineDualsNeedTheLexicon) {
  if (!std::filesystem::exists("/usr/share/hunspell/ar.dic")) {
    GTEST_SKIP() << "/usr/share/hunspell/ar.dic not installed (hunspell-ar)";
  }
  auto lexicon = Lexicon::Load("", RASED_TEST_DATA_DIR);
  ASSERT_TRUE(lexicon.ok());
  struct Case {
    std::string text;
    bool dual;
  };
  const std::vector<Case> cases = {
      {"رحلتين", true},   // rihlatayn: two flights
      {"رحلتان", true},   // rihlatan
      {"مرتين", true},    // marratayn: twice
      {"سنتين", true},    // sanatayn: two years
      {"طائرتين", true},  // ta'iratayn: two aircraft
      {"بوتين", false},   // Putin
      {"روتين", false},   // rutin: routine
  };
  for (const Case& c : cases) {
    Document doc = Annotate(c.text, lexicon->get());
    ASSERT_EQ(doc.tokens.size(), 1u) << c.text;
    EXPECT_EQ(doc.tokens[0].has_value, c.dual) << c.text;
    if (c.dual) {
      EXPECT_DOUBLE_EQ(doc.tokens[0].value, 2) << c.text;
    }
    // "rihla aw rihlatayn": a dual also starts a phrase.
    if (c.dual) {
      NumberPhrase p = (*lexicon)->number_words().ParsePhrase(doc.tokens, 0);
      EXPECT_EQ(p.tokens, 1u);
      EXPECT_DOUBLE_EQ(p.value, 2);
    }
  }
}

TEST(NumberWordsTest, TableIsLoadedAndMalformedRowsFail) {
  const NumberWords& nw = Lexicon::BuiltIn().number_words();
  ASSERT_NE(nw.Find("ثلاثه"), nullptr);  // MatchKey of thalatha
  EXPECT_EQ(nw.Find("ثلاثه")->value, 3);
  EXPECT_EQ(nw.Find("الف")->kind, NumberKind::kScale);
  EXPECT_EQ(nw.Find("xyz"), nullptr);
  NumberWords bad;
  Status s = bad.AddTable("ثلاثة\tthree\tunit\n", "test.tsv");
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
  EXPECT_NE(s.message().find("test.tsv:1"), std::string::npos);
  EXPECT_EQ(bad.AddTable("ثلاثة\t3\tweird\n", "test.tsv").code(), StatusCode::kDataLoss);
}

}  // namespace
}  // namespace rased::text

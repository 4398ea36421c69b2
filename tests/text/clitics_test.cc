#include "text/clitics.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "text/lexicon.h"
#include "text/normalize.h"

namespace rased::text {
namespace {

constexpr char kSystemDic[] = "/usr/share/hunspell/ar.dic";

struct Analysis {
  std::string base;
  std::string stem;
  int enclitic_bytes = 0;
};

Analysis Analyze(const Lexicon& lexicon, const std::string& word, bool tanwin = false) {
  Analysis a;
  uint8_t e = 0;
  AnalyzeClitics(MatchKeyKeepTaMarbuta(word), lexicon, &a.base, &a.stem, &e, tanwin);
  a.enclitic_bytes = e;
  return a;
}

struct Case {
  const char* word;
  const char* base;  // MatchKey form
  const char* stem;
  int enclitic_bytes;
};

class CliticsWithHunspellTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists(kSystemDic)) return;
    auto l = Lexicon::Load("", RASED_TEST_DATA_DIR);
    ASSERT_TRUE(l.ok()) << l.status().ToString();
    lexicon_ = std::move(l).value().release();
  }
  static void TearDownTestSuite() {
    delete lexicon_;
    lexicon_ = nullptr;
  }
  void SetUp() override {
    if (lexicon_ == nullptr) GTEST_SKIP() << kSystemDic << " not installed (hunspell-ar)";
  }
  static const Lexicon* lexicon_;
};
const Lexicon* CliticsWithHunspellTest::lexicon_ = nullptr;

TEST_F(CliticsWithHunspellTest, ProcliticDecisions) {
  const std::vector<Case> cases = {
      {"لحفتر", "حفتر", "حفتر", 0},            // li-Haftar: for Haftar
      {"وموسكو", "موسكو", "موسكو", 0},         // wa-Musku: and Moscow
      {"بالجفرة", "الجفره", "جفره", 0},        // bi-l-Jufra: in al-Jufra
      {"وبالجفرة", "الجفره", "جفره", 0},       // wa-bi-l-Jufra
      {"للأسد", "الاسد", "اسد", 0},            // li-l-Asad: for al-Assad
      {"والأسد", "الاسد", "اسد", 0},           // wa-l-Asad
      {"وزير", "وزير", "وزير", 0},             // wazir: minister, not wa + zir
      {"والد", "والد", "والد", 0},             // walid: father
      {"ولاية", "ولايه", "ولايه", 0},          // wilaya: state
      {"فاغنر", "فاغنر", "فاغنر", 0},          // Wagner, not fa + Aghnar
      {"بنغازي", "بنغازي", "بنغازي", 0},       // Benghazi, not bi + Nghazi
      {"بوتين", "بوتين", "بوتين", 0},          // Putin
      {"لوموند", "لوموند", "لوموند", 0},       // Le Monde
      {"كتاب", "كتاب", "كتاب", 0},             // kitab: book
      {"وبعد", "بعد", "بعد", 0},               // wa-ba'd: and after (not wa-bi-'ad)
      {"وكانت", "كانت", "كانت", 0},            // wa-kanat: and (she) was (not wa-ka-"anti")
      {"ولكن", "لكن", "لكن", 0},               // wa-lakin: and but
      {"وفي", "في", "في", 0},                  // wa-fi: and in (listed as split)
      {"فيها", "فيها", "فيها", 0},             // fiha: in it
      {"وروسيا", "روسيا", "روسيا", 0},         // wa-Rusiya: and Russia
      {"لروسيا", "روسيا", "روسيا", 0},         // li-Rusiya
      {"بدمشق", "دمشق", "دمشق", 0},            // bi-Dimashq: in Damascus
      {"والسعودية", "السعوديه", "سعوديه", 0},  // wa-s-Sa'udiyya
      {"وقال", "قال", "قال", 0},               // wa-qala: and he said
      {"كشفت", "كشفت", "كشفت", 0},             // kashafat: she revealed, not ka + shafat
      {"كانت", "كانت", "كانت", 0},             // kanat: was
      {"فعلا", "فعلا", "فعلا", 0},             // fi'lan: indeed
  };
  for (const Case& c : cases) {
    Analysis a = Analyze(*lexicon_, c.word);
    EXPECT_EQ(a.base, c.base) << c.word;
    EXPECT_EQ(a.stem, c.stem) << c.word;
    EXPECT_EQ(a.enclitic_bytes, c.enclitic_bytes) << c.word;
  }
}

TEST_F(CliticsWithHunspellTest, EncliticDecisions) {
  const std::vector<Case> cases = {
      {"قواته", "قواته", "قواته", 2},        // quwwatuhu: his forces
      {"قواتها", "قواتها", "قواتها", 4},     // quwwatuha: her forces
      {"لقواتها", "قواتها", "قواتها", 4},    // li-quwwatiha: for her forces
      {"حكومته", "حكومته", "حكومته", 2},     // hukumatuhu: his government (ta -> t)
      {"استقبله", "استقبله", "استقبله", 2},  // istaqbalahu: received him
      {"كتابه", "كتابه", "كتابه", 2},        // kitabuhu: his book, not ka + tabah
      {"مملوكة", "مملوكه", "مملوكه", 0},     // mamluka: owned (ta marbuta is no pronoun)
      {"وجه", "وجه", "وجه", 0},              // wajh: face (a root ha)
      {"الله", "الله", "له", 0},             // Allah: article, no pronoun
      {"سوري", "سوري", "سوري", 0},           // suri: Syrian (ya is no pronoun here)
      {"عسكري", "عسكري", "عسكري", 0},        // 'askari: military
  };
  for (const Case& c : cases) {
    Analysis a = Analyze(*lexicon_, c.word);
    EXPECT_EQ(a.base, c.base) << c.word;
    EXPECT_EQ(a.stem, c.stem) << c.word;
    EXPECT_EQ(a.enclitic_bytes, c.enclitic_bytes) << c.word;
  }
}

TEST_F(CliticsWithHunspellTest, TanwinAlefIsAnEnding) {
  // bu'dan: a dimension (with tanwin) is not bi + 'ada.
  Analysis a = Analyze(*lexicon_, "بُعدًا", /*tanwin=*/true);
  EXPECT_EQ(a.base, "بعدا");
  EXPECT_EQ(a.enclitic_bytes, 0);
}

// Without hunspell the built-in tables still carry the news names, and the
// guesses stay conservative.
TEST(CliticsBuiltInTest, WorksWithoutHunspell) {
  const Lexicon& lexicon = Lexicon::BuiltIn();
  EXPECT_FALSE(lexicon.has_hunspell());
  const std::vector<Case> cases = {
      {"لحفتر", "حفتر", "حفتر", 0},    // known name after li-
      {"فاغنر", "فاغنر", "فاغنر", 0},  // known whole
      {"بنغازي", "بنغازي", "بنغازي", 0},
      {"وبالحميدي", "الحميدي", "حميدي", 0},  // guess a: chain + article + 3 letters
      {"وحميدتي", "حميدتي", "حميدتي", 0},    // guess b: wa + 5 letters (a known name too)
      {"وارسو", "وارسو", "وارسو", 0},        // Warsaw: remainder starts with a long vowel
      {"فلان", "فلان", "فلان", 0},           // fa alone is never guessed
      {"كييف", "كييف", "كييف", 0},           // Kyiv: ka alone is never guessed
      {"بشار", "بشار", "بشار", 0},           // Bashar: bi + 3 letters is too short
      {"لكسمبرغ", "كسمبرغ", "كسمبرغ", 0},    // guess c: li + 5 letters (a known miss)
      {"ab", "ab", "ab", 0},                 // non-Arabic: left alone
      {"في", "في", "في", 0},                 // too short to analyse
  };
  for (const Case& c : cases) {
    Analysis a = Analyze(lexicon, c.word);
    EXPECT_EQ(a.base, c.base) << c.word;
    EXPECT_EQ(a.stem, c.stem) << c.word;
    EXPECT_EQ(a.enclitic_bytes, c.enclitic_bytes) << c.word;
  }
}

TEST(LexiconTest, MissingDictionaryIsNotAnError) {
  auto l = Lexicon::Load("/nonexistent/ar.dic", RASED_TEST_DATA_DIR);
  ASSERT_TRUE(l.ok()) << l.status().ToString();
  EXPECT_FALSE((*l)->has_hunspell());
  EXPECT_TRUE((*l)->Contains(MatchKey("حفتر")));   // from extra_words.tsv
  EXPECT_TRUE((*l)->Contains(MatchKey("ثلاثة")));  // from number_words.tsv
}

TEST(LexiconTest, ReadsHunspellStemsAndSkipsFlagsAndBanners) {
  const std::string dir = ::testing::TempDir() + "/rased_lexicon_test";
  std::filesystem::create_directories(dir);
  const std::string dic = dir + "/mini.dic";
  {
    FILE* f = fopen(dic.c_str(), "w");
    ASSERT_NE(f, nullptr);
    // count line, banner, flagged stems, a flagless stop word and its
    // clitic-prefixed copy (which must be skipped).
    fputs(
        "5\n::::::::::::::\nstopwords.dic\n::::::::::::::\nغير\nوغير\nوزير/77\n"
        "مملوكة/65\t12\n",
        f);
    fclose(f);
  }
  auto l = Lexicon::Load(dic, "");
  ASSERT_TRUE(l.ok()) << l.status().ToString();
  const Lexicon& lexicon = **l;
  EXPECT_TRUE(lexicon.has_hunspell());
  EXPECT_TRUE(lexicon.Contains(MatchKey("وزير")));   // wazir
  EXPECT_TRUE(lexicon.Contains(MatchKey("غير")));    // ghayr
  EXPECT_FALSE(lexicon.Contains(MatchKey("وغير")));  // wa-ghayr skipped
  EXPECT_TRUE(lexicon.ContainsKeepTaMarbuta(MatchKeyKeepTaMarbuta("مملوكة")));
  EXPECT_FALSE(lexicon.ContainsKeepTaMarbuta("مملوكه"));  // ta marbuta kept distinct
  EXPECT_TRUE(lexicon.Contains("مملوكه"));                // folded set
  EXPECT_FALSE(lexicon.Contains("::::::::::::::"));
}

TEST(LexiconTest, MalformedTableIsDataLoss) {
  const std::string dir = ::testing::TempDir() + "/rased_lexicon_bad";
  std::filesystem::create_directories(dir + "/lexicon");
  FILE* f = fopen((dir + "/lexicon/clitics.tsv").c_str(), "w");
  ASSERT_NE(f, nullptr);
  fputs("suffix\tه\n", f);  // unknown kind
  fclose(f);
  auto l = Lexicon::Load("/nonexistent", dir);
  ASSERT_FALSE(l.ok());
  EXPECT_EQ(l.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(l.status().message().find("clitics.tsv:1"), std::string::npos);
}

TEST(LexiconTest, BuiltInTablesMatchTheDataDirectory) {
  // The compiled-in copies are generated from data/lexicon at build time.
  for (const char* name : {"clitics.tsv", "number_words.tsv", "extra_words.tsv",
                           "abbreviations.tsv", "translit.tsv"}) {
    EXPECT_FALSE(BuiltInTable(name).empty()) << name;
  }
}

}  // namespace
}  // namespace rased::text

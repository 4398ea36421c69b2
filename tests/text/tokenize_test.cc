#include "text/tokenize.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/utf8.h"
#include "rased/document.h"
#include "text/lexicon.h"

namespace rased::text {
namespace {

struct Tokenized {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

Tokenized TokenizeText(const std::string& text) {
  Tokenized t;
  Tokenize(text, Lexicon::BuiltIn().abbreviations(), &t.tokens, &t.sentences);
  return t;
}

std::vector<std::string> Surfaces(const std::string& text, const Tokenized& t) {
  std::vector<std::string> out;
  for (const Token& tok : t.tokens) out.push_back(text.substr(tok.span.begin, tok.span.size()));
  return out;
}

std::string Kinds(const Tokenized& t) {
  std::string out;
  for (const Token& tok : t.tokens) {
    switch (tok.kind) {
      case TokenKind::kWord:
        out += 'W';
        break;
      case TokenKind::kLatin:
        out += 'L';
        break;
      case TokenKind::kNumber:
        out += 'N';
        break;
      case TokenKind::kPunct:
        out += 'P';
        break;
      case TokenKind::kSymbol:
        out += 'S';
        break;
    }
  }
  return out;
}

TEST(TokenizeTest, TokensAndKinds) {
  struct Case {
    std::string text;
    std::vector<std::string> surfaces;
    std::string kinds;
  };
  const std::vector<Case> cases = {
      // "Haftar visited Moscow." words and a full stop.
      {"زار حفتر موسكو.", {"زار", "حفتر", "موسكو", "."}, "WWWP"},
      // Latin words inside Arabic: "the Cookie file".
      {"ملف Cookie الارتباط", {"ملف", "Cookie", "الارتباط"}, "WLW"},
      // "Al-Assad": a hyphen splits Latin words; "A320" keeps its digits.
      {"Al-Assad A320", {"Al", "-", "Assad", "A320"}, "LPLL"},
      // Thousands groups and decimals: "1,500 fighters", "31.43%".
      {"1,500 مقاتل 31.43%", {"1,500", "مقاتل", "31.43", "%"}, "NWNS"},
      // A range is number, dash, number; en dash too.
      {"2018-2019 و10–12", {"2018", "-", "2019", "و", "10", "–", "12"}, "NPNWNPN"},
      // Arabic-Indic digits with the Arabic decimal and thousands signs.
      {"٣٠٠٠ و٣٫٥ و١٬٥٠٠", {"٣٠٠٠", "و", "٣٫٥", "و", "١٬٥٠٠"}, "NWNWN"},
      // A comma not followed by three digits is punctuation: "31,43".
      {"31,43", {"31", ",", "43"}, "NPN"},
      // A trailing dot after a number is punctuation: "in 2012."
      {"عام 2012.", {"عام", "2012", "."}, "WNP"},
      // Arabic punctuation, each its own token: comma, quotes, semicolon, question mark.
      {"«نعم»، لا؛ لماذا؟", {"«", "نعم", "»", "،", "لا", "؛", "لماذا", "؟"}, "PWPPWPWP"},
      // Brackets, slash, colon, ellipsis, em dash.
      {"(مارس/آذار): …—", {"(", "مارس", "/", "آذار", ")", ":", "…", "—"}, "PWPWPPPP"},
      // Harakat and tatweel stay inside the word: "Muhammad", stretched "Haftar".
      {"مُحَمَّد حفـــتر", {"مُحَمَّد", "حفـــتر"}, "WW"},
      // A ZWNJ inside a word stays; one at the end is left out.
      {"حف\xE2\x80\x8C"
       "تر\xE2\x80\x8C x",
       {"حف\xE2\x80\x8C"
        "تر",
        "x"},
       "WL"},
      // Symbols: dollar, euro, Arabic percent sign.
      {"$5 €3 ٥٪", {"$", "5", "€", "3", "٥", "٪"}, "SNSNNS"},
      // Persian digits.
      {"۱۲۳", {"۱۲۳"}, "N"},
  };
  for (const Case& c : cases) {
    Tokenized t = TokenizeText(c.text);
    EXPECT_EQ(Surfaces(c.text, t), c.surfaces) << c.text;
    EXPECT_EQ(Kinds(t), c.kinds) << c.text;
  }
}

TEST(TokenizeTest, NumberValues) {
  struct Case {
    std::string text;
    double value;
    std::string key;
  };
  const std::vector<Case> cases = {
      {"1,500", 1500, "1,500"},  {"1,500,000", 1500000, "1,500,000"},
      {"31.43", 31.43, "31.43"}, {"3.5", 3.5, "3.5"},
      {"1.500", 1.5, "1.500"},  // a dot is always decimal
      {"٣٠٠٠", 3000, "3000"},    {"١٬٥٠٠٫٢٥", 1500.25, "1,500.25"},
      {"۲۰۱۹", 2019, "2019"},    {"007", 7, "007"},
  };
  for (const Case& c : cases) {
    Tokenized t = TokenizeText(c.text);
    ASSERT_EQ(t.tokens.size(), 1u) << c.text;
    EXPECT_EQ(t.tokens[0].kind, TokenKind::kNumber) << c.text;
    EXPECT_TRUE(t.tokens[0].has_value) << c.text;
    EXPECT_DOUBLE_EQ(t.tokens[0].value, c.value) << c.text;
    EXPECT_EQ(t.tokens[0].key, c.key) << c.text;
  }
  double v = 0;
  EXPECT_TRUE(ParseNumber("1,500", &v));
  EXPECT_DOUBLE_EQ(v, 1500);
  EXPECT_FALSE(ParseNumber("abc", &v));
  EXPECT_FALSE(ParseNumber("", &v));
}

TEST(TokenizeTest, KeysAreMatchKeys) {
  // "al-Asad" with hamza and harakat; "Haftar" in Latin.
  Tokenized t = TokenizeText("الأَسَد Haftar");
  ASSERT_EQ(t.tokens.size(), 2u);
  EXPECT_EQ(t.tokens[0].key, "الاسد");
  EXPECT_EQ(t.tokens[1].key, "haftar");
}

TEST(TokenizeTest, ByteAndCodePointOffsets) {
  // "Haftar (حفتر) 1,500" : Arabic letters are 2 bytes, one code point each.
  const std::string text = "قال حفتر: 1,500 x";
  Tokenized t = TokenizeText(text);
  Document doc;
  doc.text = text;
  ASSERT_EQ(t.tokens.size(), 5u);
  const uint32_t expected_cp[][2] = {{0, 3}, {4, 8}, {8, 9}, {10, 15}, {16, 17}};
  for (size_t i = 0; i < t.tokens.size(); ++i) {
    const Token& tok = t.tokens[i];
    EXPECT_EQ(tok.cp_begin, expected_cp[i][0]) << i;
    EXPECT_EQ(tok.cp_end, expected_cp[i][1]) << i;
    EXPECT_EQ(tok.cp_begin, doc.CodePointOffset(tok.span.begin)) << i;
    EXPECT_EQ(tok.cp_end, doc.CodePointOffset(tok.span.end)) << i;
  }
  EXPECT_EQ(t.tokens[1].span.begin, 7u);  // after "قال " (6 + 1 bytes)
  EXPECT_EQ(t.tokens[1].span.end, 15u);
}

TEST(TokenizeTest, InvalidBytesAreOneCodePointEach) {
  const std::string text =
      "a\xFF\xFE"
      "b";
  Tokenized t = TokenizeText(text);
  Document doc;
  doc.text = text;
  ASSERT_EQ(t.tokens.size(), 4u);
  for (const Token& tok : t.tokens) {
    EXPECT_EQ(tok.cp_begin, doc.CodePointOffset(tok.span.begin));
    EXPECT_EQ(tok.cp_end, doc.CodePointOffset(tok.span.end));
  }
  EXPECT_EQ(t.tokens[1].kind, TokenKind::kSymbol);
}

std::vector<std::string> SentenceTexts(const std::string& text) {
  Tokenized t = TokenizeText(text);
  std::vector<std::string> out;
  for (size_t i = 0; i < t.sentences.size(); ++i) {
    const Sentence& s = t.sentences[i];
    out.push_back(text.substr(s.span.begin, s.span.size()));
    for (uint32_t k = s.token_begin; k < s.token_end; ++k) {
      EXPECT_EQ(t.tokens[k].sentence, i);
    }
  }
  return out;
}

TEST(SentenceTest, Splits) {
  struct Case {
    std::string text;
    std::vector<std::string> sentences;
  };
  const std::vector<Case> cases = {
      // "Haftar arrived. Putin received him." Two sentences.
      {"وصل حفتر. استقبله بوتين.", {"وصل حفتر.", "استقبله بوتين."}},
      // Arabic question mark, exclamation, Arabic semicolon, Latin question mark.
      {"لماذا؟ نعم! قال؛ هل? لا", {"لماذا؟", "نعم!", "قال؛", "هل?", "لا"}},
      // No split inside numbers: "3.5 million and 1.500".
      {"بلغ 3.5 مليون و1.500 دولار.", {"بلغ 3.5 مليون و1.500 دولار."}},
      // Abbreviations: "Dr. Ghassan Salame", "Eng. Ali".
      {"قال د. غسان سلامة إن م. علي وصل.", {"قال د. غسان سلامة إن م. علي وصل."}},
      // Latin initials and titles.
      {"J. Smith and Dr. Who left. Then", {"J. Smith and Dr. Who left.", "Then"}},
      // A line break ends a sentence even without punctuation (title line).
      {"تقرير: حفتر في موسكو\nزار حفتر موسكو", {"تقرير: حفتر في موسكو", "زار حفتر موسكو"}},
      // Blank lines make no empty sentences.
      {"\n\nأ\n\n\nب\n", {"أ", "ب"}},
      // Closing quotes and brackets stay with the sentence they close.
      {"قال: «انتهى.» ثم غادر.", {"قال: «انتهى.»", "ثم غادر."}},
      {"قال: \u201Cانتهى.\u201D ثم", {"قال: \u201Cانتهى.\u201D", "ثم"}},
      // Runs of terminators stay together.
      {"حقًا؟! نعم...", {"حقًا؟!", "نعم..."}},
      // An opening ASCII quote after a stop starts the next sentence.
      {"انتهى. \"بدأ\"", {"انتهى.", "\"بدأ\""}},
      {"", {}},
      {"   \n  ", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(SentenceTexts(c.text), c.sentences) << c.text;
}

TEST(SentenceTest, TokensCoverEverySentenceExactly) {
  const std::string text =
      "الخبر الأول. الخبر الثاني؟\nسطر ثالث";  // first news. second? third line
  Tokenized t = TokenizeText(text);
  ASSERT_EQ(t.sentences.size(), 3u);
  uint32_t next = 0;
  for (const Sentence& s : t.sentences) {
    EXPECT_EQ(s.token_begin, next);
    EXPECT_LT(s.token_begin, s.token_end);
    EXPECT_EQ(s.span.begin, t.tokens[s.token_begin].span.begin);
    EXPECT_EQ(s.span.end, t.tokens[s.token_end - 1].span.end);
    next = s.token_end;
  }
  EXPECT_EQ(next, t.tokens.size());
}

}  // namespace
}  // namespace rased::text

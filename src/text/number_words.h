// Arabic number words and number phrases: "ثلاثة آلاف" = 3000, "خمسة
// وعشرين" = 25, "1.5 مليون" = 1500000, "رحلتين" = 2, "أربعة أضعاف" = 4 times.
//
//   const NumberWords& nw = lexicon.number_words();
//   NumberPhrase p = nw.ParsePhrase(doc.tokens, i);
//   if (p.tokens > 0) { ... p.value, tokens [i, i + p.tokens) ... }
//
// The words live in data/lexicon/number_words.tsv, rows "word<TAB>value<TAB>kind":
//   unit      1-10 and their gender forms (واحد واحدة اثنان اثنين ... عشرة)
//   part      أحد / إحدى: 1, only inside compounds ("أحد عشر", "إحدى وعشرين")
//   teen      عشر / عشرة after a unit: unit + 10 ("ثلاثة عشر" = 13)
//   ten       20-90 with -ون/-ين forms
//   hundred   مئة مائة: 100, and multiplied by a unit before it ("ثلاث مئة")
//   value     ready-made values: مئتان مائتين ثلاثمائة ... تسعمائة ألفان ألفين مليونين
//   scale     ألف مليون مليار بليون: multiply what precedes (1 when nothing does)
//   scales    plural scales آلاف ملايين مليارات: multiply what precedes; no
//             value alone ("آلاف المقاتلين" is a vague "thousands")
//   fraction  نصف ربع ثلث: a value alone only inside a phrase ("نصف مليون",
//             "مليون ونصف" = 1.5 million)
//   times     أضعاف (x the preceding number), ضعف / ضعفين / ضعفي (2x)
//   dual_noun counted masculine nouns whose -ين/-ان dual means 2 (يومين, شهرين)
// Feminine nouns need no list: a word ending in -تين/-تان is a dual (= 2)
// when its singular (the word with تين/تان replaced by ة) is in the lexicon
// and has at least two letters before ة: "رحلتين", "مرتين", "طائرتان".
// Masculine -ين/-ان forms are mostly sound plurals ("مقاتلين"), hence the list.
//
// Phrases: a digit number or a number word (a leading conjunction و/ف and a
// preposition ب/ل are allowed on the first word), then any of: a scale word
// ("3 آلاف"), عشر/عشرة after a unit, مئة after a unit, a times word, or a
// number word joined by و ("وعشرين", or "و" + digits as separate tokens).
// A leading article makes a word no number ("الاثنين" is Monday). Values
// are combined the usual way: "ثلاثة ملايين وخمسمائة ألف" = 3500000.
//
// Thread safety: immutable after loading; const methods may be called
// concurrently.
#ifndef RASED_TEXT_NUMBER_WORDS_H_
#define RASED_TEXT_NUMBER_WORDS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rased/document.h"
#include "rased/status.h"
#include "text/string_hash.h"

namespace rased::text {

class Lexicon;

enum class NumberKind : uint8_t {
  kUnit,
  kPart,
  kTeen,
  kTen,
  kHundred,
  kValue,
  kScale,
  kScales,
  kFraction,
  kTimes,
  kDualNoun,
};

struct NumberWord {
  double value = 0;
  NumberKind kind = NumberKind::kUnit;
};

struct NumberPhrase {
  uint32_t tokens = 0;  // tokens consumed; 0 when no number starts there
  double value = 0;
  // "أربعة أضعاف": value 4 and times = true (a multiple of something else,
  // not a count). "ضعف" alone: value 2, times = true.
  bool times = false;
};

class NumberWords {
 public:
  // kDataLoss naming source:line for a malformed row.
  Status AddTable(std::string_view tsv_text, std::string_view source_name);

  // The entry for a MatchKey without clitics ("ثلاثه", "الف"), or nullptr.
  const NumberWord* Find(std::string_view key) const;

  // The value a single token carries on its own: a number word of kind unit,
  // teen (عشرة alone), ten, hundred, value or scale, or a dual noun. Requires the
  // token's key/base/stem (filled by the text stage). std::nullopt when none.
  std::optional<double> TokenValue(const Token& token, const Lexicon* lexicon) const;

  // Parses the number phrase starting at tokens[start] (see the header
  // comment). Digit tokens must have has_value set. Returns tokens == 0 when
  // no number starts there.
  NumberPhrase ParsePhrase(const std::vector<Token>& tokens, size_t start) const;

  // Every word of the table (to add them to the lexicon).
  std::vector<std::string> Words() const;

 private:
  // The number word a token spells, after an optional conjunction (and, for
  // the first token, a preposition); sets *joined when a conjunction و/ف was
  // removed.
  const NumberWord* Lookup(const Token& token, bool first, bool* joined) const;

  StringMap<NumberWord> words_;
};

}  // namespace rased::text

#endif  // RASED_TEXT_NUMBER_WORDS_H_

// Tokenizer and sentence splitter for Arabic news text.
//
//   rased::Document doc;
//   doc.text = "قال حفتر إن 1,500 مقاتل وصلوا. ثم غادروا";
//   rased::text::Tokenize(doc.text, rased::text::Lexicon::BuiltIn().abbreviations(),
//                         &doc.tokens, &doc.sentences);
//   // tokens: قال | حفتر | إن | 1,500 (kNumber, value 1500) | مقاتل | وصلوا | . | ثم | غادروا
//   // sentences: [قال ... .] [ثم غادروا]
//
// Tokens (whitespace separates and is never part of a token):
//   kWord    a run of letters of a non-Latin script (Arabic, also Persian/Urdu
//            letters, Cyrillic, ...), with harakat, tatweel and format controls
//            (ZWNJ, ZWJ, ...) inside it; format controls at the edges are left
//            out. Digits are never part of a word: "و1500" is "و" + "1500".
//   kLatin   a Latin letter, then Latin letters, combining marks and digits:
//            "Haftar", "A320", "COVID19". "Al-Assad" is "Al" "-" "Assad".
//   kNumber  digits (ASCII, Arabic-Indic ٠-٩, Persian ۰-۹) with
//            - thousands groups: "," or "٬" followed by exactly three digits
//              ("1,500" = 1500, "1,500,000"); "31,43" is "31" "," "43";
//            - one decimal part: "." or "٫" followed by a digit ("31.43",
//              "3.5", "1.500" = 1.5: a dot is always decimal).
//            value is set (has_value = true). Ranges are three tokens: "2018-2019"
//            and "10–12" are number, kPunct "-" / "–", number; the quantity and
//            date stages read the range from that shape. Signs are not part of
//            numbers ("-5" is "-" "5").
//   kPunct   one code point each: . , ، ؛ ؟ ? ! : ; « » “ ” ‘ ’ " ' ( ) [ ] { }
//            - – — / \ … ۔ and other Unicode punctuation.
//   kSymbol  one code point each: % ٪ $ € £ + = < > # & * @ and anything else
//            (emoji, stray marks).
// Stray harakat, tatweel and format controls outside a word are skipped.
//
// Sentences end
//   * after ". ؟ ? ! ؛ ۔" (plus any run of them and any closing quotes and
//     brackets right after: «...».» stays in one sentence), except a "."
//     right after an abbreviation token ("د.", "م.", a Latin initial "J.",
//     see Abbreviations) when more text follows on the same line;
//   * at every line break (\n, \r, U+2028, U+2029), punctuation or not.
// A decimal point inside a number is part of the number token, so "3.5" and
// "1.500" never split. Sentences cover their tokens exactly (span from the
// first token's begin to the last token's end) and are never empty.
//
// Token::key is MatchKey(surface). base, stem, enclitic_bytes and number-word
// values are left to the text annotator (base and stem stay empty here).
//
// Thread safety: reentrant.
#ifndef RASED_TEXT_TOKENIZE_H_
#define RASED_TEXT_TOKENIZE_H_

#include <string_view>
#include <vector>

#include "rased/document.h"

namespace rased::text {

class Abbreviations;

// Replaces *tokens and *sentences with those of `text` (any bytes; invalid
// UTF-8 bytes become kSymbol tokens of one byte each). Byte offsets are into
// `text`; code-point offsets count each invalid byte as one code point, as
// Document::CodePointOffset does.
void Tokenize(std::string_view text, const Abbreviations& abbreviations, std::vector<Token>* tokens,
              std::vector<Sentence>* sentences);

// The value of a number token's surface ("1,500", "٣٠٠٠", "31.43"); false
// when `surface` is not a number as the tokenizer defines it.
bool ParseNumber(std::string_view surface, double* value);

}  // namespace rased::text

#endif  // RASED_TEXT_TOKENIZE_H_

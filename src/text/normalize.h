// Arabic-aware match normalisation: the keys every stage compares instead of
// the text as printed.
//
//   std::string key = rased::text::MatchKey("إيفكوروف");        // "ايفكوروف"
//   rased::text::NormalizedText n = rased::text::Normalize("الأَسَد");
//   // n.text == "الاسد"; n.to_original maps each byte of n.text back to the
//   // byte of the original it came from (sentencepiece's norm_to_orig), so a
//   // match found in n.text is cited in the original:
//   //   original.substr(n.to_original[b], n.to_original[e] - n.to_original[b])
//
// What MatchKey (and Normalize) do, code point by code point, in this order:
//
//   1. Presentation forms and other compatibility characters (U+FB00-U+FDFF,
//      U+FE20-U+FE2F, U+FE50-U+FEFE, U+FF00-U+FFEF, U+1D400-U+1D7FF,
//      U+1EE00-U+1EEFF) are replaced by their NFKC decomposition (ICU
//      Normalizer2, only called when such a code point occurs): "ﻻ" -> "لا",
//      "ﷲ" -> "الله", "Ａ" -> "a". The decomposition then goes through the
//      steps below; one that leaves only spaces (an isolated haraka form such
//      as U+FE70 is " ً") is dropped whole.
//   2. RemoveHarakat drops U+0610-U+061A, U+064B-U+065F, U+0670 and
//      U+06D6-U+06ED (the scorer's set: tashkil, superscript alef, Quranic
//      marks). U+0654/U+0655 (combining hamza) are among them, so "ا"+U+0654
//      keys like "أ".
//   3. StripTatweel drops U+0640.
//   4. RemoveFormatControls drops U+00AD (soft hyphen), U+034F, U+061C (ALM),
//      U+180E, U+200B-U+200F (ZWSP, ZWNJ, ZWJ, LRM, RLM), U+202A-U+202E (bidi
//      embeddings and overrides), U+2060-U+2064, U+2066-U+2069 (isolates),
//      U+FE00-U+FE0F (variation selectors) and U+FEFF (BOM).
//   5. FoldAlefVariants: أ إ آ ٱ ٲ ٳ (U+0623 U+0625 U+0622 U+0671 U+0672
//      U+0673) -> ا (U+0627).
//   6. FoldAlefMaqsura: ى (U+0649) -> ي (U+064A).
//   7. FoldTaMarbuta: ة (U+0629) -> ه (U+0647). Keys only: it merges "حمزة"
//      and "حمزه", as writers do, at the price of hiding the feminine ending.
//   8. FoldHamzaCarriers: ؤ (U+0624) -> و, ئ (U+0626) -> ي, as the scorer
//      does. The bare hamza ء (U+0621) stays.
//   9. FoldPersianLetters: ک -> ك, ی -> ي, گ -> ك, پ -> ب, چ -> ج, ژ -> ز,
//      ڤ -> ف, ھ (U+06BE) and ۀ (U+06C0) -> ه.
//  10. FoldDigits: Arabic-Indic ٠-٩ (U+0660-U+0669) and Persian ۰-۹
//      (U+06F0-U+06F9) -> ASCII 0-9; with them the Arabic number signs ٪
//      (U+066A) -> "%", ٫ (U+066B, decimal separator) -> ".", ٬ (U+066C,
//      thousands separator) -> ",".
//  11. FoldSpaces: no-break and typographic spaces (U+00A0, U+1680,
//      U+2000-U+200A, U+202F, U+205F, U+3000) -> " ". Runs of spaces are NOT
//      collapsed and line breaks stay, so tokens keep their positions.
//  12. LowerCase: ASCII A-Z -> a-z; other cased letters (Latin with
//      diacritics, Greek, Cyrillic) by ICU's simple lower-case mapping.
//      Accents are kept ("é" stays "é").
//
// Everything else is copied unchanged, including Arabic punctuation (، ؛ ؟),
// the bare hamza, and letters of other scripts. Invalid UTF-8 bytes become
// U+FFFD, so the output is always valid UTF-8. The result is idempotent:
// MatchKey(MatchKey(x)) == MatchKey(x).
//
// The named steps below each apply one of these rules alone (plus the
// invalid-byte repair), for callers that need a lighter fold.
//
// Thread safety: all functions are pure and may be called concurrently.
#ifndef RASED_TEXT_NORMALIZE_H_
#define RASED_TEXT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rased::text {

struct NormalizedText {
  std::string text;  // MatchKey(original)
  // to_original.size() == text.size() + 1. to_original[i] is the byte offset in
  // the original of normalised byte i: a byte copied unchanged maps to
  // itself, every byte of a rewritten code point (or of one NFKC expansion)
  // maps to the first byte of the code point it came from. The last entry is
  // original.size(). Non-decreasing; a code-point boundary of `text` maps to
  // a code-point boundary of the original.
  std::vector<uint32_t> to_original;
};

// Full match normalisation with the offset map. `original` may be any bytes.
NormalizedText Normalize(std::string_view original);

// The same text as Normalize(original).text, without building the map; the
// fast path used for every token key.
std::string MatchKey(std::string_view original);

// Appends MatchKey(original) to *out (no temporary string).
void AppendMatchKey(std::string_view original, std::string* out);

// MatchKey without FoldTaMarbuta: "مملوكة" -> "مملوكة". Used where the
// feminine ending matters (clitic analysis, lexicon lookups). Replacing every
// ة (bytes D8 A9) by ه (D9 87) in the result gives MatchKey; both are two
// bytes, so offsets agree.
std::string MatchKeyKeepTaMarbuta(std::string_view original);
void AppendMatchKeyKeepTaMarbuta(std::string_view original, std::string* out);

// The individual rules (see the numbered list above).
std::string RemoveHarakat(std::string_view s);
std::string StripTatweel(std::string_view s);
std::string RemoveFormatControls(std::string_view s);
std::string FoldAlefVariants(std::string_view s);
std::string FoldAlefMaqsura(std::string_view s);
std::string FoldTaMarbuta(std::string_view s);
std::string FoldHamzaCarriers(std::string_view s);
std::string FoldPersianLetters(std::string_view s);
std::string FoldDigits(std::string_view s);
std::string FoldSpaces(std::string_view s);
std::string LowerCase(std::string_view s);
std::string NfkcPresentationForms(std::string_view s);

// --- Lower level: the same machinery with an explicit set of rules.

enum NormalizeRule : uint32_t {
  kNfkcPresentationForms = 1u << 0,
  kRemoveHarakat = 1u << 1,
  kStripTatweel = 1u << 2,
  kRemoveFormatControls = 1u << 3,
  kFoldAlefVariants = 1u << 4,
  kFoldAlefMaqsura = 1u << 5,
  kFoldTaMarbuta = 1u << 6,
  kFoldHamzaCarriers = 1u << 7,
  kFoldPersianLetters = 1u << 8,
  kFoldDigits = 1u << 9,
  kFoldSpaces = 1u << 10,
  kLowerCase = 1u << 11,
  kMatchKeyRules = (1u << 12) - 1,
};

// Applies `rules` (a bitwise or of NormalizeRule) to `in`, appending to *out.
// When `to_original` is not null, appends one entry per appended byte (offset
// into `in` plus `base_offset`) but NOT the final end entry.
void ApplyRules(std::string_view in, uint32_t rules, std::string* out,
                std::vector<uint32_t>* to_original = nullptr, uint32_t base_offset = 0);

// Is cp removed by RemoveHarakat / StripTatweel / RemoveFormatControls? The
// tokenizer keeps such code points inside words.
bool IsHaraka(char32_t cp);
bool IsFormatControl(char32_t cp);

}  // namespace rased::text

#endif  // RASED_TEXT_NORMALIZE_H_

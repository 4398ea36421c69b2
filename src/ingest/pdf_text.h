// PdfToText: the text of a PDF document, when rased is built with poppler-cpp
// (Debian libpoppler-cpp-dev; CMake finds it through pkg-config).
//
// Pages are read in order with poppler's physical-layout mode off (reading
// order) and joined with blank lines. Scanned PDFs without a text layer give
// an empty text, which the reader reports as an empty document.
//
// Thread safety: safe to call concurrently (each call opens its own document).
#ifndef RASED_INGEST_PDF_TEXT_H_
#define RASED_INGEST_PDF_TEXT_H_

#include <string>
#include <string_view>

#include "rased/status.h"

namespace rased::text {
class Lexicon;
}  // namespace rased::text

namespace rased::ingest {

// Is PDF support compiled in?
bool PdfSupported();

struct PdfText {
  std::string text;   // UTF-8, in logical order (see LogicalOrderFromPoppler)
  std::string title;  // the document information's Title, empty when absent
};

// kDataLoss when the bytes are not a readable PDF (or it is encrypted), or when
// PDF support is not built in.
StatusOr<PdfText> PdfToText(std::string_view bytes);

// poppler writes a right-to-left line in logical order but wraps each
// left-to-right stretch in it (numbers, Latin words, and the punctuation and
// spaces around them) in U+202A ... U+202C, copied in *visual* order: the
// Arabic "12 مارس 2024: وصل" comes out as "\u202a 12\u202cمارس \u202a :2024\u202cوصل".
// This puts each stretch back: the spaces and punctuation on its edges move to
// the other side, the marks are dropped, and a stretch
// left open at the end of a line ends there. Text without U+202A is returned
// unchanged.
std::string LogicalOrderFromPoppler(std::string_view text);

// A lam-alef ligature drawn as one glyph comes out of many PDFs reversed, as
// "ال" inside a word: "الثالثاء" for "الثلاثاء", "خاللها" for "خلالها". When the
// text shows that signature (such words, and next to no lam-alef left), swaps
// each pair back where the lexicon knows the word only with the swap (so "قال"
// and "سؤال" stay, and names the lexicon does not know are left as printed).
// Returns the number of words repaired (0 for text without the signature).
size_t RepairLamAlef(const text::Lexicon& lexicon, std::string* text);

}  // namespace rased::ingest

#endif  // RASED_INGEST_PDF_TEXT_H_

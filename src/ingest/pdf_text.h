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

namespace rased::ingest {

// Is PDF support compiled in?
bool PdfSupported();

// UTF-8 text of the document. kDataLoss when the bytes are not a readable PDF
// (or it is encrypted), or when PDF support is not built in.
StatusOr<std::string> PdfToText(std::string_view bytes);

}  // namespace rased::ingest

#endif  // RASED_INGEST_PDF_TEXT_H_

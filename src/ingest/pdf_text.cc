#include "ingest/pdf_text.h"

#ifdef RASED_WITH_POPPLER
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>
#include <mutex>
#include <vector>
#endif

namespace rased::ingest {

#ifdef RASED_WITH_POPPLER

bool PdfSupported() { return true; }

StatusOr<std::string> PdfToText(std::string_view bytes) {
  // poppler prints parse errors to stderr; a damaged PDF is reported through
  // the returned Status instead.
  static std::once_flag quiet;
  std::call_once(
      quiet, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
  // poppler::document::load_from_raw_data does not copy: `bytes` outlives doc.
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (doc == nullptr) return Status::DataLoss("PDF document cannot be read (damaged?)");
  if (doc->is_locked()) return Status::DataLoss("PDF document is encrypted");
  std::string text;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (page == nullptr) continue;
    const poppler::byte_array utf8 = page->text().to_utf8();
    if (!text.empty()) text.append("\n\n");
    text.append(utf8.begin(), utf8.end());
  }
  return text;
}

#else

bool PdfSupported() { return false; }

StatusOr<std::string> PdfToText(std::string_view) {
  return Status::DataLoss(
      "binary file (PDF document), skipped: this rased was built without PDF support "
      "(install libpoppler-cpp-dev and rebuild)");
}

#endif

}  // namespace rased::ingest

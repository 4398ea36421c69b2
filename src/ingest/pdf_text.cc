#include "ingest/pdf_text.h"

#include <algorithm>

#ifdef RASED_WITH_POPPLER
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>
#include <mutex>
#include <vector>
#endif

namespace rased::ingest {
namespace {

constexpr std::string_view kLeftToRightEmbedding = "\u202a";
constexpr std::string_view kPopDirectional = "\u202c";

// Spaces and punctuation that take the direction of their surroundings and
// therefore sit on the wrong side of a left-to-right stretch in poppler's
// output. Brackets are left alone: which side they belong to depends on the
// pair, not on the stretch.
bool IsEdgeNeutral(char c) {
  return c == ' ' || c == ':' || c == ',' || c == '.' || c == ';' || c == '-' || c == '/' ||
         c == '!' || c == '?' || c == '%';
}

// Appends the visual-order stretch `run` in logical order.
void AppendLogical(std::string_view run, std::string& out) {
  size_t lead = 0;
  while (lead < run.size() && IsEdgeNeutral(run[lead])) ++lead;
  size_t trail = run.size();
  while (trail > lead && IsEdgeNeutral(run[trail - 1])) --trail;
  for (size_t i = run.size(); i > trail; --i) out.push_back(run[i - 1]);
  out.append(run.substr(lead, trail - lead));
  for (size_t i = lead; i > 0; --i) out.push_back(run[i - 1]);
}

}  // namespace

std::string LogicalOrderFromPoppler(std::string_view text) {
  if (text.find(kLeftToRightEmbedding) == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t open = text.find(kLeftToRightEmbedding, pos);
    if (open == std::string_view::npos) {
      out.append(text.substr(pos));
      break;
    }
    out.append(text.substr(pos, open - pos));
    const size_t begin = open + kLeftToRightEmbedding.size();
    const size_t close = text.find(kPopDirectional, begin);
    const size_t line_end = text.find('\n', begin);
    size_t end = std::min(close, line_end);
    if (end == std::string_view::npos) end = text.size();
    AppendLogical(text.substr(begin, end - begin), out);
    pos = end == close ? end + kPopDirectional.size() : end;
  }
  return out;
}

#ifdef RASED_WITH_POPPLER

bool PdfSupported() { return true; }

StatusOr<PdfText> PdfToText(std::string_view bytes) {
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
  PdfText out;
  out.text = LogicalOrderFromPoppler(text);
  const poppler::byte_array title = doc->info_key("Title").to_utf8();
  out.title.assign(title.begin(), title.end());
  return out;
}

#else

bool PdfSupported() { return false; }

StatusOr<PdfText> PdfToText(std::string_view) {
  return Status::DataLoss(
      "binary file (PDF document), skipped: this rased was built without PDF support "
      "(install libpoppler-cpp-dev and rebuild)");
}

#endif

}  // namespace rased::ingest

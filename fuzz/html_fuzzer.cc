// libFuzzer target for ingest: Reader::ParseBytes over arbitrary bytes read as
// HTML (or, when the first byte is odd, as plain text; the byte stays part of
// the input).
//
// Inputs that start like a PDF are skipped: they would fuzz poppler, not rased.
//
// Checked invariants, whenever a document comes back: its text, title,
// publisher, url and every boilerplate_removed entry are valid UTF-8; the text
// is not empty and has no NUL or CR bytes; published is empty or an ISO
// prefix (YYYY, YYYY-MM, YYYY-MM-DD); content_hash is 16 hex digits. A failed
// parse must carry a message. Hangs and crashes (deep nesting, huge
// attributes, broken encodings) are what libFuzzer itself watches for.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "common/utf8.h"
#include "rased/options.h"
#include "rased/reader.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

bool IsIsoPrefix(const std::string& v) {
  if (v.empty()) return true;
  if (v.size() != 4 && v.size() != 7 && v.size() != 10) return false;
  for (size_t i = 0; i < v.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? v[i] != '-' : (v[i] < '0' || v[i] > '9')) return false;
  }
  return true;
}

const rased::Reader& GetReader() {
  static const rased::Reader* reader = [] {
    rased::ReaderOptions options;  // DefaultDataDir(): $RASED_DATA or the source tree's data/
    options.max_file_bytes = 1 << 20;
    auto r = rased::Reader::Create(options);
    Check(r.ok());
    return std::move(*r).release();
  }();
  return *reader;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (bytes.substr(0, 4) == "%PDF") return 0;
  const char* format = size > 0 && (data[0] & 1) ? "txt" : "html";
  auto doc = GetReader().ParseBytes(bytes, "fuzz", format);
  if (!doc.ok()) {
    Check(!doc.status().message().empty());
    return 0;
  }
  using rased::utf8::IsValid;
  Check(!doc->text.empty());
  Check(IsValid(doc->text));
  Check(doc->text.find('\0') == std::string::npos && doc->text.find('\r') == std::string::npos);
  Check(IsValid(doc->title) && IsValid(doc->publisher) && IsValid(doc->url));
  for (const std::string& removed : doc->boilerplate_removed) Check(IsValid(removed));
  for (const std::string& w : doc->warnings) Check(IsValid(w));
  Check(IsIsoPrefix(doc->published));
  Check(doc->content_hash.size() == 16 &&
        doc->content_hash.find_first_not_of("0123456789abcdef") == std::string::npos);
  return 0;
}

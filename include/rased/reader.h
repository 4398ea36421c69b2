// Reader: turns files, folders, URLs' bodies and stdin into clean Documents.
//
//   auto reader = rased::Reader::Create(rased::ReaderOptions{});
//   (*reader)->ReadAll({"corpus/", "extra.html"},
//       [](const std::string& source, rased::StatusOr<rased::Document> doc) {
//         if (!doc.ok()) { std::cerr << doc.status().ToString() << "\n"; return; }
//         Process(std::move(*doc));
//       });
//
// Formats: .txt, .html/.htm, .jsonl/.json (one article per line with fields
// text|body|content, title, date|published, url, source|publisher), .pdf when
// built with poppler. The format is detected from the bytes when the extension
// says nothing. Legacy encodings (Windows-1256, ISO-8859-6, UTF-16) are
// converted; broken UTF-8 is repaired with a warning in Document::warnings.
//
// Each document fails on its own: a binary, empty or oversized file yields a
// non-OK StatusOr for that source and reading continues.
//
// Thread safety: a Reader is immutable after Create() and may be shared.
#ifndef RASED_READER_H_
#define RASED_READER_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rased/document.h"
#include "rased/options.h"
#include "rased/status.h"

namespace rased {

class Reader {
 public:
  using Sink = std::function<void(const std::string& source, StatusOr<Document> doc)>;

  // Fails when the boilerplate tables in options.data_dir cannot be loaded.
  static StatusOr<std::unique_ptr<Reader>> Create(const ReaderOptions& options);
  ~Reader();

  // Parses the bytes of one input. `id` becomes Document::id; `format_hint` is
  // a file extension ("html") or empty to sniff. A .jsonl input may hold many
  // documents: use ReadAll for those; ParseBytes returns the first.
  StatusOr<Document> ParseBytes(std::string_view bytes, const std::string& id,
                                std::string_view format_hint) const;

  // Reads every input ("-" is stdin; folders recursively, in sorted order) and
  // calls `sink` once per document or failure, in input order.
  void ReadAll(const std::vector<std::string>& inputs, const Sink& sink) const;

 private:
  struct Impl;
  explicit Reader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace rased

#endif  // RASED_READER_H_

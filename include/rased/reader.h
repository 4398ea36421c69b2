// Reader: turns files, folders, URLs' bodies and stdin into clean Documents.
//
//   auto reader = rased::Reader::Create(rased::ReaderOptions{});
//   (*reader)->ReadAll({"corpus/", "extra.html"},
//       [](const std::string& source, rased::StatusOr<rased::Document> doc) {
//         if (!doc.ok()) { std::cerr << doc.status().ToString() << "\n"; return; }
//         Process(std::move(*doc));
//       });
//
// Formats, by extension or, when it says nothing, sniffed from the bytes:
//   .txt         plain text;
//   .html/.htm   a web page: the article is found by text density, page chrome
//                (menus, share bars, ads, related links, comments) dropped;
//   .jsonl/.json one article per line, or a JSON array of articles, with the
//                fields text|body|content|article, title|headline,
//                date|published|published_at|pubDate, url|link,
//                source|publisher|site, id (a text field holding HTML is
//                extracted as a page);
//   .pdf         when built with poppler-cpp;
//   any of these compressed with gzip (".jsonl.gz").
// Legacy encodings (Windows-1256, ISO-8859-6, UTF-16 with or without BOM) are
// converted; broken UTF-8 is repaired with a warning in Document::warnings.
//
// Cleaning: whole lines of page boilerplate (cookie notices, "اقرأ أيضا",
// ad markers, paywall notes, photo credits, repeated headlines and captions,
// pull quotes) leave Document::text and are listed, as written, in
// Document::boilerplate_removed; no line that stays is edited. A date line at
// the top and a closing "المصدر: X" line are metadata: they set `published`
// and `publisher` and are listed as removed too. The headline is
// Document::title and, by default, also the first paragraph of the text
// (ReaderOptions::title_in_text). Paragraphs are separated by blank lines.
// Document::content_hash is the 64-bit FNV-1a of the text in 16 hex digits.
//
// Document::id is the input's path as given ("-" for stdin); for JSON
// articles it is the record's own id when it has one, else "path#N" with N
// the line (JSON lines) or element (JSON array) number, which is also the
// `source` given to the sink.
//
// Folders are walked recursively in sorted path order. Hidden files and
// folders (".name") are skipped, and so are files whose extension is not one
// of the formats above unless their first bytes look like text.
//
// Each document fails on its own: a binary file ("binary file (PNG image),
// skipped", kDataLoss), an empty file or one with nothing but boilerplate
// (kInvalidArgument), a file or JSON record larger than
// ReaderOptions::max_file_bytes (kResourceExhausted), a missing path
// (kNotFound) or a malformed JSON line (kDataLoss) yields a non-OK StatusOr
// for that source, and reading continues.
//
// Thread safety: a Reader is immutable after Create() and may be shared;
// ReadAll calls the sink from the calling thread.
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

  // Loads data_dir/boilerplate and the month tables of data_dir/dates. Fails
  // with kNotFound / kDataLoss (naming the file and line) when they cannot
  // be read.
  static StatusOr<std::unique_ptr<Reader>> Create(const ReaderOptions& options);
  ~Reader();

  // Parses the bytes of one input. `id` becomes Document::id; `format_hint` is
  // a file extension ("html", ".txt", case-insensitive) or empty to sniff. A
  // .jsonl input may hold many documents: use ReadAll for those; ParseBytes
  // returns the first (with id "id#1" unless the record has its own).
  StatusOr<Document> ParseBytes(std::string_view bytes, const std::string& id,
                                std::string_view format_hint) const;

  // Reads every input ("-" is stdin; folders recursively, in sorted order) and
  // calls `sink` once per document or failure, in input order. JSON-lines
  // files are streamed, so their size is not limited, only each record's.
  void ReadAll(const std::vector<std::string>& inputs, const Sink& sink) const;

 private:
  struct Impl;
  explicit Reader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace rased

#endif  // RASED_READER_H_

// IngestJob: read, annotate and store many documents — the work behind
// `rased ingest` and the server's upload endpoint.
//
//   rased::IngestOptions options;
//   options.jobs = 4;
//   auto summary = rased::RunIngest({"corpus/", "https://example.org/a.html"},
//                                   *reader, *pipeline, *store, options);
//   std::cerr << summary->documents_stored << " stored\n";
//
// Documents are read in order, annotated on `jobs` threads and written in
// batches, each batch one transaction: a killed ingest loses at most the batch
// in flight, and running it again skips what was stored (by content hash).
// A document that fails (unreadable, binary, too big) is reported through
// `on_error` and counted; the others go on.
#ifndef RASED_INGEST_JOB_H_
#define RASED_INGEST_JOB_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "rased/graph_store.h"
#include "rased/pipeline.h"
#include "rased/reader.h"
#include "rased/status.h"

namespace rased {

struct IngestOptions {
  // Annotation threads; 0 means one per core.
  int jobs = 0;
  // Documents per transaction. Larger batches write faster; a crash loses at
  // most one batch of work (never committed documents).
  int batch_size = 64;
  // URLs larger than this are refused (bytes).
  size_t max_download_bytes = size_t{32} << 20;
};

struct IngestProgress {
  int64_t documents_read = 0;
  int64_t documents_stored = 0;
  int64_t documents_skipped = 0;
  int64_t errors = 0;
  int64_t bytes = 0;
  double seconds = 0;
};

struct IngestSummary {
  IngestProgress progress;
  int64_t documents_replaced = 0;
  int64_t words = 0;
  GraphStore::Counts totals;  // the whole knowledge base afterwards
};

using ProgressCallback = std::function<void(const IngestProgress&)>;
using ErrorCallback = std::function<void(const std::string& source, const Status& status)>;

// Inputs are files, folders, "-" (stdin) or http(s) URLs. Fails only when the
// store fails (then the batch in flight is rolled back); per-document problems
// go to on_error.
StatusOr<IngestSummary> RunIngest(const std::vector<std::string>& inputs, const Reader& reader,
                                  const Pipeline& pipeline, GraphStore& store,
                                  const IngestOptions& options,
                                  const ProgressCallback& on_progress = nullptr,
                                  const ErrorCallback& on_error = nullptr);

// Same for documents already in memory (uploads, pasted text).
StatusOr<IngestSummary> IngestDocuments(std::vector<Document> docs, const Pipeline& pipeline,
                                        GraphStore& store, const IngestOptions& options,
                                        const ErrorCallback& on_error = nullptr);

// Downloads a URL (http or https) with libcurl. kUnavailable on network
// errors, kResourceExhausted above max_bytes, kNotFound on HTTP 404.
StatusOr<std::string> FetchUrl(const std::string& url, size_t max_bytes, std::string* content_type);

}  // namespace rased

#endif  // RASED_INGEST_JOB_H_

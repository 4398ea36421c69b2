#include "rased/ingest_job.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

namespace rased {

namespace {

// A blocking queue with a capacity, so a fast reader cannot fill memory.
template <typename T>
class BoundedQueue {
 public:
  explicit BoundedQueue(size_t capacity) : capacity_(capacity) {}
  void Push(T item) {
    std::unique_lock lock(mu_);
    not_full_.wait(lock, [&] { return items_.size() < capacity_; });
    items_.push_back(std::move(item));
    not_empty_.notify_one();
  }
  T Pop() {
    std::unique_lock lock(mu_);
    not_empty_.wait(lock, [&] { return !items_.empty(); });
    T item = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return item;
  }

 private:
  size_t capacity_;
  std::mutex mu_;
  std::condition_variable not_full_, not_empty_;
  std::deque<T> items_;
};

struct Item {
  int64_t seq = -1;  // input order; -1 for "a worker has finished"
  std::string source;
  std::optional<StatusOr<Document>> doc;  // empty: a worker has finished
};

bool IsUrl(const std::string& s) {
  return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0;
}

std::string FormatHint(const std::string& url, const std::string& content_type) {
  if (content_type.find("html") != std::string::npos) return "html";
  if (content_type.find("pdf") != std::string::npos) return "pdf";
  if (content_type.find("json") != std::string::npos) return "jsonl";
  if (content_type.find("text/plain") != std::string::npos) return "txt";
  const size_t dot = url.find_last_of('.');
  return dot == std::string::npos ? "" : url.substr(dot + 1);
}

int64_t CountWords(const Document& doc) {
  int64_t n = 0;
  for (const Token& t : doc.tokens) {
    n += t.kind == TokenKind::kWord || t.kind == TokenKind::kLatin || t.kind == TokenKind::kNumber;
  }
  return n;
}

// Writes annotated documents in batches; the single thread that owns `store`.
class BatchWriter {
 public:
  BatchWriter(GraphStore& store, const IngestOptions& options, IngestSummary& summary)
      : store_(store), options_(options), summary_(summary) {}

  Status Add(Document doc) {
    summary_.words += CountWords(doc);
    batch_.push_back(std::move(doc));
    if (static_cast<int>(batch_.size()) >= std::max(1, options_.batch_size)) return Flush();
    return Status::OK();
  }

  Status Flush() {
    if (batch_.empty()) return Status::OK();
    std::vector<const Document*> docs;
    for (const Document& d : batch_) docs.push_back(&d);
    RASED_ASSIGN_OR_RETURN(IngestStats stats, store_.PutDocuments(docs));
    summary_.progress.documents_stored += stats.documents_stored;
    summary_.progress.documents_skipped += stats.documents_skipped;
    summary_.documents_replaced += stats.documents_replaced;
    batch_.clear();
    return Status::OK();
  }

 private:
  GraphStore& store_;
  const IngestOptions& options_;
  IngestSummary& summary_;
  std::vector<Document> batch_;
};

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

StatusOr<IngestSummary> RunIngest(const std::vector<std::string>& inputs, const Reader& reader,
                                  const Pipeline& pipeline, GraphStore& store,
                                  const IngestOptions& options, const ProgressCallback& on_progress,
                                  const ErrorCallback& on_error) {
  const auto start = Clock::now();
  IngestSummary summary;
  // What an interrupted earlier run already committed is skipped before the
  // expensive annotation.
  std::set<std::pair<std::string, std::string>> stored;
  {
    RASED_ASSIGN_OR_RETURN(auto rows, store.StoredDocuments());
    stored.insert(rows.begin(), rows.end());
  }
  const int jobs =
      options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  BoundedQueue<Item> todo(128), done(128);
  std::atomic<int64_t> bytes{0};

  std::thread producer([&] {
    int64_t seq = 0;
    std::vector<std::string> files;
    for (const std::string& input : inputs) {
      if (!IsUrl(input)) {
        files.push_back(input);
        continue;
      }
      std::string content_type;
      auto body = FetchUrl(input, options.max_download_bytes, &content_type);
      if (!body.ok()) {
        done.Push({seq++, input, StatusOr<Document>(body.status())});
        continue;
      }
      auto doc = reader.ParseBytes(*body, input, FormatHint(input, content_type));
      if (doc.ok() && doc->url.empty()) doc->url = input;
      todo.Push({seq++, input, std::move(doc)});
    }
    reader.ReadAll(files, [&](const std::string& source, StatusOr<Document> doc) {
      if (doc.ok()) {
        bytes += static_cast<int64_t>(doc->text.size());
        if (stored.count({doc->id, doc->content_hash})) {
          done.Push({seq++, source, StatusOr<Document>(Status::AlreadyExists("already stored"))});
          return;
        }
        todo.Push({seq++, source, std::move(doc)});
      } else {
        done.Push({seq++, source, std::move(doc)});
      }
    });
    for (int i = 0; i < jobs; ++i) todo.Push({-1, "", std::nullopt});
  });

  std::vector<std::thread> workers;
  for (int i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      while (true) {
        Item item = todo.Pop();
        if (!item.doc) break;
        if (item.doc->ok()) {
          Status s = pipeline.Annotate(&**item.doc);
          if (!s.ok()) item.doc = StatusOr<Document>(s);
        }
        done.Push(std::move(item));
      }
      done.Push({-1, "", std::nullopt});
    });
  }

  BatchWriter writer(store, options, summary);
  Status failure;
  int finished = 0;
  auto last_report = Clock::now();
  // Documents are written in input order, whatever order the workers finish
  // in: resolution then gives the same knowledge base on every run, and an
  // interrupted ingest resumed later ends where an uninterrupted one does.
  std::map<int64_t, Item> waiting;
  int64_t next = 0;
  auto take = [&]() -> std::optional<Item> {
    while (true) {
      auto it = waiting.find(next);
      if (it != waiting.end()) {
        Item item = std::move(it->second);
        waiting.erase(it);
        ++next;
        return item;
      }
      if (finished == jobs) return std::nullopt;
      Item item = done.Pop();
      if (!item.doc) {
        ++finished;
        continue;
      }
      waiting.emplace(item.seq, std::move(item));
    }
  };
  while (auto taken = take()) {
    Item& item = *taken;
    if (!failure.ok()) continue;  // drain the queue so every thread can end
    ++summary.progress.documents_read;
    if (!item.doc->ok()) {
      if (item.doc->status().code() == StatusCode::kAlreadyExists) {
        ++summary.progress.documents_skipped;
      } else {
        ++summary.progress.errors;
        if (on_error) on_error(item.source, item.doc->status());
      }
    } else {
      failure = writer.Add(std::move(**item.doc));
    }
    if (on_progress && std::chrono::duration<double>(Clock::now() - last_report).count() > 0.2) {
      summary.progress.bytes = bytes;
      summary.progress.seconds = SecondsSince(start);
      on_progress(summary.progress);
      last_report = Clock::now();
    }
  }
  producer.join();
  for (auto& w : workers) w.join();
  if (failure.ok()) failure = writer.Flush();
  RASED_RETURN_IF_ERROR(failure);
  summary.progress.bytes = bytes;
  summary.progress.seconds = SecondsSince(start);
  if (on_progress) on_progress(summary.progress);
  RASED_ASSIGN_OR_RETURN(summary.totals, store.GetCounts());
  return summary;
}

StatusOr<IngestSummary> IngestDocuments(std::vector<Document> docs, const Pipeline& pipeline,
                                        GraphStore& store, const IngestOptions& options,
                                        const ErrorCallback& on_error) {
  const auto start = Clock::now();
  IngestSummary summary;
  BatchWriter writer(store, options, summary);
  for (Document& doc : docs) {
    ++summary.progress.documents_read;
    summary.progress.bytes += static_cast<int64_t>(doc.text.size());
    Status s = pipeline.Annotate(&doc);
    if (!s.ok()) {
      ++summary.progress.errors;
      if (on_error) on_error(doc.id, s);
      continue;
    }
    RASED_RETURN_IF_ERROR(writer.Add(std::move(doc)));
  }
  RASED_RETURN_IF_ERROR(writer.Flush());
  summary.progress.seconds = SecondsSince(start);
  RASED_ASSIGN_OR_RETURN(summary.totals, store.GetCounts());
  return summary;
}

}  // namespace rased

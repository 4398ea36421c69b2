// Whole-corpus throughput of rased on real news, one core:
//
//   rased_corpus_bench [--stage text|entities|extract|ingest] [--docs N] [--repeat R]
//                      [--tagger|--no-tagger]
//                      [--db PATH] CORPUS.jsonl[.gz]
//
// text      reading + cleaning + the text stage, dates and quantities
// entities  the same and entities, roles, coreference
// extract   the full pipeline: entities, roles, dates, quantities, relations
// ingest   the full pipeline and storing into a knowledge base (SQLite file)
//
// Prints documents, MB (cleaned text), words, seconds, MB/s, words/s and peak
// resident memory. With --repeat R the corpus is read R times, each copy
// varied (a distinct closing sentence) so that stored documents stay distinct
// — that is how the 100,000-document benchmark knowledge base is built.
#include <sys/resource.h>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "rased/graph_store.h"
#include "rased/ingest_job.h"
#include "rased/pipeline.h"
#include "rased/reader.h"

namespace {

bool ReadLines(const std::string& path, const std::function<bool(const std::string&)>& line) {
  gzFile f = gzopen(path.c_str(), "rb");  // reads plain files too
  if (f == nullptr) return false;
  std::string buf;
  char chunk[1 << 16];
  bool go = true;
  while (go) {
    if (gzgets(f, chunk, sizeof chunk) == nullptr) break;
    buf += chunk;
    if (!buf.empty() && buf.back() == '\n') {
      buf.pop_back();
      go = line(buf);
      buf.clear();
    }
  }
  if (go && !buf.empty()) line(buf);
  gzclose(f);
  return true;
}

double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

}  // namespace

int main(int argc, char** argv) {
  std::string stage = "extract", db = "/tmp/rased_bench.db", corpus;
  long max_docs = 0;
  int repeat = 1;
  rased::PipelineOptions options;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--stage" && i + 1 < argc)
      stage = argv[++i];
    else if (a == "--docs" && i + 1 < argc)
      max_docs = std::atol(argv[++i]);
    else if (a == "--repeat" && i + 1 < argc)
      repeat = std::atoi(argv[++i]);
    else if (a == "--db" && i + 1 < argc)
      db = argv[++i];
    else if (a == "--tagger" || a == "--no-tagger")
      options.model_mentions = a == "--tagger";
    else
      corpus = a;
  }
  if (corpus.empty() ||
      (stage != "text" && stage != "entities" && stage != "extract" && stage != "ingest")) {
    std::cerr << "usage: rased_corpus_bench [--stage text|entities|extract|ingest] [--docs N] "
                 "[--repeat R] [--db PATH] [--tagger|--no-tagger] CORPUS.jsonl[.gz]\n";
    return 2;
  }
  auto reader = rased::Reader::Create(rased::ReaderOptions{});
  options.recognize_entities = stage != "text";
  options.extract_relations = stage != "entities";
  auto pipeline = rased::Pipeline::Create(options);
  if (!reader.ok() || !pipeline.ok()) {
    std::cerr << (reader.ok() ? pipeline.status() : reader.status()).ToString() << "\n";
    return 1;
  }
  std::unique_ptr<rased::GraphStore> store;
  if (stage == "ingest") {
    rased::StoreOptions store_options;
    store_options.kb = &(*pipeline)->kb();
    auto opened = rased::GraphStore::Open(db, store_options);
    if (!opened.ok()) {
      std::cerr << opened.status().ToString() << "\n";
      return 1;
    }
    store = std::move(*opened);
  }
  long docs = 0, words = 0, errors = 0;
  double bytes = 0;
  std::vector<rased::Document> batch;
  auto flush = [&] {
    if (batch.empty()) return;
    rased::IngestOptions ingest;
    auto s = rased::IngestDocuments(std::move(batch), **pipeline, *store, ingest);
    if (!s.ok()) {
      std::cerr << s.status().ToString() << "\n";
      std::exit(1);
    }
    words += s->words;
    errors += s->progress.errors;
    batch.clear();
  };
  const auto start = std::chrono::steady_clock::now();
  const double cpu_start = CpuSeconds();
  for (int copy = 0; copy < repeat; ++copy) {
    ReadLines(corpus, [&](const std::string& line) {
      if (max_docs > 0 && docs >= max_docs * repeat) return false;
      std::string record = line;
      if (copy > 0) {
        // A distinct copy: new id, and a closing sentence naming the copy.
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (!j.is_object()) return true;
        j["id"] = j.value("id", "doc") + "-copy" + std::to_string(copy);
        j["text"] = j.value("text", "") + "\n\nنسخة رقم " + std::to_string(copy) + ".";
        record = j.dump();
      }
      auto doc = (*reader)->ParseBytes(record, "bench#" + std::to_string(docs), "jsonl");
      ++docs;
      if (!doc.ok()) {
        ++errors;
        return true;
      }
      bytes += doc->text.size();
      if (stage == "ingest") {  // annotated and counted inside IngestDocuments
        batch.push_back(std::move(*doc));
        if (batch.size() >= 64) flush();
        return true;
      }
      rased::Status st = (*pipeline)->Annotate(&*doc);
      if (!st.ok()) ++errors;
      for (const auto& t : doc->tokens) {
        words += t.kind == rased::TokenKind::kWord || t.kind == rased::TokenKind::kLatin ||
                 t.kind == rased::TokenKind::kNumber;
      }
      return true;
    });
  }
  if (stage == "ingest") flush();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // Per core: CPU seconds of this single-threaded run (the wall clock also
  // counts whatever else the machine is doing).
  const double cpu = CpuSeconds() - cpu_start;
  std::printf(
      "stage=%s docs=%ld errors=%ld MB=%.1f words=%ld wall_s=%.2f cpu_s=%.2f "
      "MB/s/core=%.2f words/s/core=%.0f peak_rss_MB=%ld\n",
      stage.c_str(), docs, errors, bytes / 1e6, words, seconds, cpu, bytes / 1e6 / cpu, words / cpu,
      PeakRssMb());
  return 0;
}

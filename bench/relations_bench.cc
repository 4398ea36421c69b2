// Throughput of full extraction (text, dates, quantities, entities, roles,
// relations, attribution) on real Arabic news, and the share the relation
// stage takes of it.
//
//   rased_relations_bench [--benchmark_filter=...] [--corpus=FILE] [--megabytes=N]
//
// The corpus is the "text" field of the first N megabytes (default 4) of
// shared/corpus/news/saudinewsnet-2015.jsonl.gz (gzip or plain JSON lines).
// Without it, a few built-in sentences are repeated. Counters: words/s counts
// word tokens (Arabic and Latin), per core (the benchmark is single-threaded).
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "news_corpus.h"
#include "rased/document.h"
#include "rased/pipeline.h"

namespace {

std::string g_corpus_path = rased::bench::DefaultNewsCorpus();
size_t g_megabytes = 4;

std::vector<std::string> LoadDocuments() {
  std::vector<std::string> docs = rased::bench::ReadNewsTexts(g_corpus_path, g_megabytes);
  if (docs.empty()) {
    std::cerr << "corpus not found, using built-in sentences\n";
    // "Putin received Haftar in Moscow on Tuesday, according to the Russian
    // news agency", "Ankara sent about 3000 Syrian fighters to Tripoli with the
    // support of ...", repeated.
    const std::string s =
        "استقبل الرئيس الروسي فلاديمير بوتين المشير خليفة حفتر في موسكو يوم الثلاثاء، وفق ما "
        "أعلنت وكالة تاس. وأرسلت أنقرة إلى طرابلس حوالي 3000 مقاتل سوري، بحسب صحيفة لوموند، "
        "فيما تنتشر قوات فاغنر في قاعدة الجفرة بدعم من الإمارات ومصر.\n";
    for (int i = 0; i < 200; ++i) docs.push_back(s + s + s);
  }
  return docs;
}

const std::vector<std::string>& Documents() {
  static const std::vector<std::string> docs = LoadDocuments();
  return docs;
}

std::unique_ptr<rased::Pipeline> MakePipeline(bool relations) {
  rased::PipelineOptions options;
  options.data_dir = RASED_BENCH_DATA_DIR;
  options.extract_relations = relations;
  auto p = rased::Pipeline::Create(options);
  if (!p.ok()) {
    std::cerr << p.status().ToString() << "\n";
    std::exit(1);
  }
  return std::move(*p);
}

void Run(benchmark::State& state, bool relations) {
  const auto& docs = Documents();
  auto pipeline = MakePipeline(relations);
  int64_t words = 0;
  int64_t bytes = 0;
  int64_t found = 0;
  for (auto _ : state) {
    for (const std::string& text : docs) {
      rased::Document doc;
      doc.id = "bench";
      doc.published = "2015-08-01";
      doc.text = text;
      if (!pipeline->Annotate(&doc).ok()) state.SkipWithError("annotate failed");
      for (const rased::Token& t : doc.tokens) {
        words += t.kind == rased::TokenKind::kWord || t.kind == rased::TokenKind::kLatin;
      }
      bytes += static_cast<int64_t>(text.size());
      found += static_cast<int64_t>(doc.relations.size());
      benchmark::DoNotOptimize(doc.relations.data());
    }
  }
  state.SetBytesProcessed(bytes);
  state.counters["words/s"] =
      benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
  state.counters["relations/doc"] =
      static_cast<double>(found) / static_cast<double>(docs.size() * state.iterations());
}

void BM_FullExtraction(benchmark::State& state) { Run(state, true); }
void BM_WithoutRelations(benchmark::State& state) { Run(state, false); }

BENCHMARK(BM_FullExtraction)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_WithoutRelations)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

int main(int argc, char** argv) {
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    if (std::strncmp(argv[i], "--corpus=", 9) == 0) {
      g_corpus_path = argv[i] + 9;
    } else if (std::strncmp(argv[i], "--megabytes=", 12) == 0) {
      g_megabytes = std::strtoul(argv[i] + 12, nullptr, 10);
    } else {
      rest.push_back(argv[i]);
    }
  }
  int n = static_cast<int>(rest.size());
  benchmark::Initialize(&n, rest.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

// Query latency on a large knowledge base (Google Benchmark).
//
//   rased_corpus_bench --stage ingest --repeat 4 --db /tmp/kb100k.db corpus.jsonl.gz
//   RASED_BENCH_DB=/tmp/kb100k.db rased_store_bench
//
// Measures `show` (entity profile), `timeline` and `search` (Arabic and Latin)
// for the entities that occur in the most documents: the worst cases. A
// database written by an older rased is upgraded when first opened (once,
// before the timings).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>

#include "rased/graph_store.h"

namespace {

rased::GraphStore& Store() {
  static std::unique_ptr<rased::GraphStore> store = [] {
    const char* path = std::getenv("RASED_BENCH_DB");
    auto s = rased::GraphStore::Open(path ? path : "/tmp/kb100k.db");
    if (!s.ok()) {
      std::cerr << s.status().ToString() << "\n";
      std::exit(1);
    }
    return std::move(*s);
  }();
  return *store;
}

std::vector<rased::EntitySummary> Top(const std::string& type) {
  auto top = Store().ListEntities({type, 0, "", 5, false});
  if (!top.ok() || top->empty()) std::exit(1);
  return *top;
}

void BM_ShowTopPerson(benchmark::State& state) {
  auto top = Top("PERSON");
  size_t i = 0;
  for (auto _ : state) {
    auto p = Store().GetEntity(top[i++ % top.size()].id);
    benchmark::DoNotOptimize(p);
  }
}
BENCHMARK(BM_ShowTopPerson)->Unit(benchmark::kMillisecond);

void BM_TimelineTopPerson(benchmark::State& state) {
  auto top = Top("PERSON");
  size_t i = 0;
  for (auto _ : state) {
    auto t = Store().Timeline(top[i++ % top.size()].id);
    benchmark::DoNotOptimize(t);
  }
}
BENCHMARK(BM_TimelineTopPerson)->Unit(benchmark::kMillisecond);

void BM_SearchArabic(benchmark::State& state) {
  for (auto _ : state) {
    auto h = Store().Search("وزير الخارجية", 20);
    benchmark::DoNotOptimize(h);
  }
}
BENCHMARK(BM_SearchArabic)->Unit(benchmark::kMillisecond);

// One word in most articles of a Saudi news corpus ("Riyadh"): ranking is
// over tens of thousands of matches.
void BM_SearchArabicCommonWord(benchmark::State& state) {
  for (auto _ : state) {
    auto h = Store().Search("الرياض", 20);
    benchmark::DoNotOptimize(h);
  }
}
BENCHMARK(BM_SearchArabicCommonWord)->Unit(benchmark::kMillisecond);

void BM_SearchLatinName(benchmark::State& state) {
  for (auto _ : state) {
    auto h = Store().Search("Salman", 20);
    benchmark::DoNotOptimize(h);
  }
}
BENCHMARK(BM_SearchLatinName)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

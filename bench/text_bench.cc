// Throughput of the text stage on real Arabic news.
//
//   rased_text_bench [--benchmark_filter=...] [--corpus=FILE] [--megabytes=N]
//
// The corpus is the "text" field of the first N megabytes (default 8) of
// shared/corpus/news/saudinewsnet-2015.jsonl.gz (gzip or plain JSON lines,
// or any plain text file given with --corpus). Without it, a small built-in
// set of sentences is repeated, which gives comparable but less realistic
// numbers.
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "news_corpus.h"
#include "rased/document.h"
#include "text/lexicon.h"
#include "text/normalize.h"
#include "text/text_annotator.h"
#include "text/tokenize.h"

namespace {

std::string g_corpus_path = rased::bench::DefaultNewsCorpus();
size_t g_megabytes = 8;

std::vector<std::string> LoadDocuments() {
  std::vector<std::string> docs = rased::bench::ReadNewsTexts(g_corpus_path, g_megabytes);
  if (docs.empty()) {
    std::cerr << "corpus not found, using built-in sentences\n";
    // "Haftar visited Moscow on Tuesday at the head of a delegation of 1,500
    // officials" and similar sentences, repeated.
    const std::string s =
        "زار المشير خليفة حفتر موسكو يوم الثلاثاء على رأس وفد من 1,500 مسؤول، "
        "والتقى وزير الدفاع الروسي سيرغي شويغو. وقالت صحيفة لوموند إن قوات فاغنر "
        "تنتشر في قاعدة الجفرة منذ عام 2019، وإن ثلاثة آلاف مقاتل سوري نُقلوا إلى "
        "بنغازي بنسبة 31.43% من الرحلات.\n";
    std::string doc;
    while (doc.size() < (size_t{1} << 20)) doc += s;
    docs.push_back(doc);
  }
  return docs;
}

const std::vector<std::string>& Documents() {
  static const std::vector<std::string> docs = LoadDocuments();
  return docs;
}

size_t TotalBytes() {
  size_t n = 0;
  for (const std::string& d : Documents()) n += d.size();
  return n;
}

const rased::text::Lexicon& SystemLexicon() {
  static const rased::text::Lexicon* lexicon = [] {
    auto l = rased::text::Lexicon::Load("", RASED_BENCH_DATA_DIR);
    if (!l.ok()) {
      std::cerr << l.status().ToString() << "\n";
      std::exit(1);
    }
    return std::move(l).value().release();
  }();
  return *lexicon;
}

void BM_MatchKey(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& d : Documents()) benchmark::DoNotOptimize(rased::text::MatchKey(d));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_MatchKey)->Unit(benchmark::kMillisecond);

void BM_NormalizeWithOffsets(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& d : Documents()) benchmark::DoNotOptimize(rased::text::Normalize(d));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_NormalizeWithOffsets)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const auto& abbreviations = rased::text::Lexicon::BuiltIn().abbreviations();
  std::vector<rased::Token> tokens;
  std::vector<rased::Sentence> sentences;
  size_t words = 0;
  for (auto _ : state) {
    for (const std::string& d : Documents()) {
      rased::text::Tokenize(d, abbreviations, &tokens, &sentences);
      words += tokens.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

// Normalisation (with offsets) and tokenisation together: the per-core
// target of >= 100 MB/s.
void BM_NormalizeAndTokenize(benchmark::State& state) {
  const auto& abbreviations = rased::text::Lexicon::BuiltIn().abbreviations();
  std::vector<rased::Token> tokens;
  std::vector<rased::Sentence> sentences;
  for (auto _ : state) {
    for (const std::string& d : Documents()) {
      benchmark::DoNotOptimize(rased::text::Normalize(d));
      rased::text::Tokenize(d, abbreviations, &tokens, &sentences);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_NormalizeAndTokenize)->Unit(benchmark::kMillisecond);

void RunAnnotator(benchmark::State& state, const rased::text::Lexicon* lexicon) {
  auto annotator = rased::text::NewTextAnnotator(lexicon);
  rased::Document doc;
  size_t words = 0;
  for (auto _ : state) {
    for (const std::string& d : Documents()) {
      state.PauseTiming();
      doc.text = d;
      state.ResumeTiming();
      benchmark::DoNotOptimize(annotator->Annotate(doc));
      for (const rased::Token& t : doc.tokens) words += t.kind == rased::TokenKind::kWord;
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
  state.counters["words/s"] =
      benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}

// The whole text stage with the hunspell lexicon (as the pipeline runs it).
void BM_TextAnnotator(benchmark::State& state) { RunAnnotator(state, &SystemLexicon()); }
BENCHMARK(BM_TextAnnotator)->Unit(benchmark::kMillisecond);

void BM_TextAnnotatorBuiltInTables(benchmark::State& state) { RunAnnotator(state, nullptr); }
BENCHMARK(BM_TextAnnotatorBuiltInTables)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  // Our own flags first; the rest goes to Google Benchmark.
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
  int rest_argc = static_cast<int>(rest.size());
  benchmark::Initialize(&rest_argc, rest.data());
  std::cerr << "corpus: " << Documents().size() << " documents, " << (TotalBytes() >> 10)
            << " KiB\n";
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

// Throughput and load time of the learned name tagger (src/tagger).
//
//   rased_tagger_bench [--benchmark_filter=...] [--corpus=FILE] [--megabytes=N]
//
// The text is the first N megabytes (default 4) of the news corpus of
// news_corpus.h (SaudiNewsNet, used here only to measure speed), or built-in
// sentences when it is absent. Documents go through the text stage once,
// outside the timed loops: the numbers are the tagger's own cost, in tokens
// per second of one core (items_per_second).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "kb/knowledge_base.h"
#include "news_corpus.h"
#include "rased/document.h"
#include "rased/text.h"
#include "tagger/decoder.h"
#include "tagger/features.h"
#include "tagger/model.h"
#include "tagger/sequence_tagger.h"
#include "text/lexicon.h"

namespace {

using namespace rased;

std::string g_corpus_path = bench::DefaultNewsCorpus();
size_t g_megabytes = 4;

template <typename T>
T Check(StatusOr<T> v) {
  if (!v.ok()) {
    std::cerr << v.status().ToString() << "\n";
    std::exit(1);
  }
  return std::move(v).value();
}

struct Fixture {
  std::unique_ptr<text::Lexicon> lexicon;
  std::unique_ptr<KnowledgeBase> kb;
  std::unique_ptr<tagger::SequenceTagger> tagger;
  std::vector<Document> docs;
  size_t tokens = 0;
};

const Fixture& Shared() {
  static const Fixture* f = [] {
    auto* fx = new Fixture;
    fx->lexicon = Check(text::Lexicon::Load("", RASED_BENCH_DATA_DIR));
    fx->kb = Check(KnowledgeBase::Load(RASED_BENCH_DATA_DIR, {}));
    fx->tagger = Check(tagger::SequenceTagger::Load(RASED_BENCH_DATA_DIR, *fx->kb, *fx->lexicon));
    std::vector<std::string> texts = bench::ReadNewsTexts(g_corpus_path, g_megabytes);
    if (texts.empty()) {
      std::cerr << "corpus not found, using built-in sentences\n";
      // "Haftar visited Moscow on Tuesday and met the Russian defence
      // minister; Le Monde said Wagner forces are deployed at al-Jufra base."
      const std::string s =
          "زار المشير خليفة حفتر موسكو يوم الثلاثاء والتقى وزير الدفاع الروسي سيرغي شويغو. "
          "وقالت صحيفة لوموند إن قوات فاغنر تنتشر في قاعدة الجفرة منذ عام 2019.\n";
      std::string doc;
      while (doc.size() < (size_t{1} << 20)) doc += s;
      texts.push_back(doc);
    }
    PipelineOptions options;
    options.data_dir = RASED_BENCH_DATA_DIR;
    auto analyzer = Check(TextAnalyzer::Create(options));
    for (std::string& t : texts) {
      Document d;
      d.text = std::move(t);
      if (!analyzer->Annotate(&d).ok()) continue;
      fx->tokens += d.tokens.size();
      fx->docs.push_back(std::move(d));
    }
    return fx;
  }();
  return *f;
}

// The whole tagger: features, weights, Viterbi, margins of found spans.
void BM_TagDocument(benchmark::State& state) {
  const Fixture& f = Shared();
  size_t spans = 0;
  for (auto _ : state) {
    for (const Document& d : f.docs) {
      std::vector<tagger::TaggedSpan> s = f.tagger->TagDocument(d);
      spans += s.size();
      benchmark::DoNotOptimize(s.data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * f.tokens));
  state.counters["spans_per_1k_tokens"] =
      1000.0 * static_cast<double>(spans) / static_cast<double>(state.iterations() * f.tokens);
}
BENCHMARK(BM_TagDocument)->Unit(benchmark::kMillisecond);

// Its parts: feature extraction alone, then with the weight lookups.
void BM_Features(benchmark::State& state) {
  const Fixture& f = Shared();
  auto fx = Check(tagger::FeatureExtractor::Create(RASED_BENCH_DATA_DIR, *f.kb, *f.lexicon));
  tagger::FeatureBuffer buf;
  for (auto _ : state) {
    for (const Document& d : f.docs) {
      for (const Sentence& s : d.sentences) {
        fx->Extract(d, s.token_begin, s.token_end, &buf);
        benchmark::DoNotOptimize(buf.hashes.data());
      }
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * f.tokens));
}
BENCHMARK(BM_Features)->Unit(benchmark::kMillisecond);

void BM_FeaturesAndWeights(benchmark::State& state) {
  const Fixture& f = Shared();
  auto fx = Check(tagger::FeatureExtractor::Create(RASED_BENCH_DATA_DIR, *f.kb, *f.lexicon));
  auto model = Check(tagger::Model::Read(std::string(RASED_BENCH_DATA_DIR) + "/model/ner.model"));
  tagger::FeatureBuffer buf;
  std::vector<float> e;
  for (auto _ : state) {
    for (const Document& d : f.docs) {
      for (const Sentence& s : d.sentences) {
        fx->Extract(d, s.token_begin, s.token_end, &buf);
        e.resize(static_cast<size_t>(buf.size()) * tagger::kNumLabels);
        model.Emissions(buf, e.data());
        benchmark::DoNotOptimize(e.data());
      }
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * f.tokens));
}
BENCHMARK(BM_FeaturesAndWeights)->Unit(benchmark::kMillisecond);

// Loading: the model file and the data/ner tables, given the pipeline's
// knowledge base and word list (what Pipeline::Create would add) ...
void BM_Load(benchmark::State& state) {
  const Fixture& f = Shared();
  for (auto _ : state) {
    auto t = Check(tagger::SequenceTagger::Load(RASED_BENCH_DATA_DIR, *f.kb, *f.lexicon));
    benchmark::DoNotOptimize(t.get());
  }
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);

// ... and with its own knowledge base and word list (tools).
void BM_LoadStandalone(benchmark::State& state) {
  for (auto _ : state) {
    auto t = Check(tagger::SequenceTagger::LoadStandalone(RASED_BENCH_DATA_DIR));
    benchmark::DoNotOptimize(t.get());
  }
}
BENCHMARK(BM_LoadStandalone)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--corpus=", 9) == 0) g_corpus_path = argv[i] + 9;
    if (std::strncmp(argv[i], "--megabytes=", 12) == 0) g_megabytes = std::atoi(argv[i] + 12);
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}

#!/usr/bin/env bash
# bench.sh BUILD_DIR: the benchmarks of the README, on one core.
#   Google Benchmark: normalisation/tokenisation, HTML ingest, relations.
#   Whole corpus: ../shared/corpus/news (30,019 Arabic articles) through the
#   text stage, the full extraction, and ingest into SQLite.
# Set BENCH_DOCS to limit the corpus (default: all of it).
set -euo pipefail
build=${1:-build}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$root/../shared/corpus/news/saudinewsnet-2015.jsonl.gz"
export RASED_DATA="$root/data"
docs=${BENCH_DOCS:-0}

for b in rased_text_bench rased_ingest_bench rased_relations_bench; do
  [ -x "$build/bench/$b" ] && taskset -c 0 "$build/bench/$b" --benchmark_min_time=1
done
if [ -f "$corpus" ]; then
  for stage in text extract ingest; do
    rm -f /tmp/rased_bench.db*
    taskset -c 0 "$build/bench/rased_corpus_bench" --stage "$stage" --docs "$docs" "$corpus"
  done
else
  echo "bench: no corpus at $corpus; whole-corpus numbers skipped" >&2
fi

// Training the sequence tagger: an averaged structured perceptron (Collins
// 2002) over the BIO lattice of decoder.h, early-stopped on a development
// set, pruned and quantised into a Model, its span scores calibrated on the
// development set.
//
//   auto fx = rased::tagger::FeatureExtractor::Create(data_dir, kb, lexicon);
//   std::vector<rased::tagger::LabeledSentence> train, dev;   // corpus.h
//   rased::tagger::TrainerOptions options;                    // seed, epochs
//   auto result = rased::tagger::Train(**fx, train, dev, options);
//   if (!result.ok()) return result.status();
//   RASED_RETURN_IF_ERROR(result->model.Write("data/model/ner.model"));
//
// Training is deterministic: the same sentences, tables, options and seed
// give a byte-identical model file (on the same compiler and platform).
//
// Thread safety: Train is reentrant (single-threaded inside).
#ifndef RASED_TAGGER_TRAINER_H_
#define RASED_TAGGER_TRAINER_H_

#include <array>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "rased/status.h"
#include "tagger/corpus.h"
#include "tagger/features.h"
#include "tagger/model.h"

namespace rased::tagger {

struct TrainerOptions {
  // Passes over the training sentences at most. Default 40.
  int max_epochs = 40;
  // Stop when the development F1 has not improved for this many epochs;
  // the best epoch's averaged weights are kept. Default 6.
  int patience = 6;
  // Seeds the order in which sentences are visited each epoch. Default 1.
  uint64_t seed = 1;
  // Rows whose every averaged weight is smaller than this are dropped from
  // the model (smaller file, faster lookups). Weights move in steps of 1 per
  // mistake, so 1 keeps features that made a lasting difference; on the
  // development set it halves the rows and costs under half a point of F1.
  // Default 1.
  float min_weight = 1.0f;
  // Probability that a training sentence is seen without its table and
  // knowledge-base features in an epoch (dictionary dropout). Default 0.
  float dictionary_dropout = 0.0f;
  // Progress lines (one per epoch) go here when not null.
  std::ostream* log = nullptr;
};

// Exact-span precision and recall counts, per type and overall.
struct SpanCounts {
  size_t predicted = 0, gold = 0, correct = 0;
  double precision() const { return predicted ? double(correct) / predicted : 0; }
  double recall() const { return gold ? double(correct) / gold : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};
struct SpanScores {
  std::array<SpanCounts, 4> by_type;  // EntityType order
  SpanCounts all;
};

struct EpochReport {
  int epoch = 0;
  size_t mistakes = 0;  // training sentences decoded wrongly during the pass
  double dev_f1 = 0;    // averaged weights on the development set
};

struct TrainingResult {
  Model model;
  int best_epoch = 0;
  SpanScores dev;  // the finished (pruned, quantised) model on the development set
  std::vector<EpochReport> epochs;
  size_t features_seen = 0;  // distinct training features before pruning
};

// Trains on `train`, stopping and calibrating on `dev` (which must not be
// empty). The model's fingerprints are set; its metadata is left for the
// caller. kInvalidArgument when either set is empty.
StatusOr<TrainingResult> Train(const FeatureExtractor& features,
                               const std::vector<LabeledSentence>& train,
                               const std::vector<LabeledSentence>& dev,
                               const TrainerOptions& options);

// Exact-span scores of `model` on labelled sentences, each decoded whole.
SpanScores Evaluate(const FeatureExtractor& features, const Model& model,
                    const std::vector<LabeledSentence>& sentences);

}  // namespace rased::tagger

#endif  // RASED_TAGGER_TRAINER_H_

// Model: the weights of the sequence tagger (one row of per-label weights
// per feature hash, label transitions, score calibration) and its file
// format. The trainer builds one with Add*/Finish and writes it; the tagger
// reads it.
//
//   auto model = rased::tagger::Model::Read("data/model/ner.model");
//   if (!model.ok()) return model.status();   // missing, truncated, corrupt, wrong version
//   float emissions[n * kNumLabels];
//   model->Emissions(features, emissions);
//
// File format (little-endian; see data/model/README.md):
//   "RASEDNER"  magic, 8 bytes
//   u32         format version (kModelVersion)
//   u32         number of labels (9)
//   u64         FeatureExtractor::Fingerprint() of the extractor it was trained with
//   u64         tables fingerprint (data/ner contents at training time; informative)
//   f32         weight scale (a stored int16 w means w * scale)
//   f32 f32     calibration a, b: score = 1 / (1 + exp(-(a * margin + b)))
//   f32[9]      start weights, f32[9] end weights, f32[9 * 9] transitions (from, to)
//   u32         metadata length, then that many bytes of UTF-8 text
//   u32         feature count N
//   N times     u64 feature hash, u16 label mask, one i16 per set bit of the mask
//   u64         HashBytes of every byte before it
//
// Thread safety: immutable after Read()/Finish(); const methods may be called
// concurrently.
#ifndef RASED_TAGGER_MODEL_H_
#define RASED_TAGGER_MODEL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "rased/status.h"
#include "tagger/features.h"

namespace rased::tagger {

inline constexpr uint32_t kModelVersion = 1;

// Label transition weights; disallowed BIO transitions are the decoder's
// business, not stored here.
struct Transitions {
  float start[kNumLabels] = {};
  float end[kNumLabels] = {};
  float trans[kNumLabels * kNumLabels] = {};  // [from * kNumLabels + to]
};

class Model {
 public:
  Model() = default;

  // Reads a model file. kNotFound when missing, kIoError when unreadable,
  // kDataLoss when the magic, length or checksum is wrong,
  // kFailedPrecondition when the version or label count is not this build's.
  static StatusOr<Model> Read(const std::string& path);
  // Writes the model; kIoError on failure. Byte-identical for equal models.
  Status Write(const std::string& path) const;

  // --- Building (the trainer). Add features, then Finish() once.
  void AddFeature(uint64_t hash, const float weights[kNumLabels]);
  // Quantises the added rows (dropping those whose every |weight| is below
  // `min_weight`) and builds the lookup table.
  void Finish(float min_weight);

  Transitions transitions;
  float calibration_a = 1.0f;
  float calibration_b = 0.0f;
  uint64_t fingerprint = 0;
  uint64_t tables_fingerprint = 0;
  std::string metadata;  // how the model was made: command, corpora, scores, licence

  // emissions[k * kNumLabels + y] = sum of the weights of token k's features
  // for label y. `emissions` holds features.size() * kNumLabels floats.
  void Emissions(const FeatureBuffer& features, float* emissions) const;

  // The stored row of a feature, nullptr when the model does not know it.
  const int16_t* Find(uint64_t hash) const {
    if (slots_.empty()) return nullptr;
    const uint64_t bit = (hash >> 40) & filter_mask_;
    if (!((filter_[bit >> 6] >> (bit & 63)) & 1)) return nullptr;
    const uint32_t check = Check(hash);
    for (uint64_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.check == check) return s.w;
      if (s.check == 0) return nullptr;
    }
  }
  float scale() const { return scale_; }
  size_t feature_count() const { return count_; }

 private:
  struct Slot {
    uint32_t check = 0;  // hash >> 32, never 0 in a used slot
    int16_t w[kNumLabels] = {};
  };
  static uint32_t Check(uint64_t hash) {
    const uint32_t c = static_cast<uint32_t>(hash >> 32);
    return c == 0 ? 1 : c;
  }
  void Insert(uint64_t hash, const int16_t* w);
  void Reserve(size_t n);

  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
  // One bit per (hash >> 40) & filter_mask_, set for every stored feature: a
  // filter small enough for the L2 cache that answers most lookups of
  // features the model does not know without touching slots_.
  std::vector<uint64_t> filter_;
  uint64_t filter_mask_ = 0;
  size_t count_ = 0;
  float scale_ = 1.0f;
  // Float rows waiting for Finish().
  std::vector<uint64_t> pending_hashes_;
  std::vector<float> pending_weights_;
  // Stored hashes in file order (sorted), for Write().
  std::vector<uint64_t> hashes_;
};

}  // namespace rased::tagger

#endif  // RASED_TAGGER_MODEL_H_

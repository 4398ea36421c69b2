// Decoding the BIO lattice: the best label sequence of a token range under
// first-order transitions (Viterbi), and how much better it is than the best
// alternative at each span (max-marginal margins), from which the tagger's
// span scores come.
//
// Labels follow features.h: O, B-/I- of each type. An I- label may only
// follow the B- or I- of its own type; the decoder never produces an
// ill-formed sequence, so spans are read off the labels directly.
//
// Thread safety: pure functions over caller-owned buffers.
#ifndef RASED_TAGGER_DECODER_H_
#define RASED_TAGGER_DECODER_H_

#include <cstdint>
#include <vector>

#include "rased/document.h"
#include "tagger/model.h"

namespace rased::tagger {

// Scratch reused across calls (no allocation once warm).
struct DecoderBuffer {
  std::vector<float> forward;   // n * kNumLabels
  std::vector<float> backward;  // n * kNumLabels, only for Margins
  std::vector<uint8_t> backpointer;
};

// Writes the best labels of n tokens to labels[0, n) and returns the path's
// score. `emissions` holds n * kNumLabels scores (Model::Emissions).
float Viterbi(const Transitions& t, const float* emissions, uint32_t n, uint8_t* labels,
              DecoderBuffer* buf);

// A span of labels: tokens [begin, end) of one type, relative to the range.
struct LabelSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  EntityType type = EntityType::kPerson;
  float margin = 0;  // filled by Margins
};

// The spans of a well-formed label sequence, in order; appends to *out.
void SpansOf(const uint8_t* labels, uint32_t n, std::vector<LabelSpan>* out);

// For each span of the best sequence `labels` (as Viterbi returned, with
// `best` its score): the score lost by the best sequence that labels one of
// the span's tokens otherwise, or that continues the span one token further.
// Runs the backward pass over buf->forward from the last Viterbi call.
void Margins(const Transitions& t, const float* emissions, uint32_t n, const uint8_t* labels,
             float best, DecoderBuffer* buf, LabelSpan* spans, size_t span_count);

}  // namespace rased::tagger

#endif  // RASED_TAGGER_DECODER_H_

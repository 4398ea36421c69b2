#include "tagger/decoder.h"

#include <algorithm>
#include <array>

namespace rased::tagger {

namespace {

constexpr float kNever = -1e30f;

// allowed[from][to]; from == kNumLabels is the sentence start.
constexpr std::array<std::array<bool, kNumLabels>, kNumLabels + 1> MakeAllowed() {
  std::array<std::array<bool, kNumLabels>, kNumLabels + 1> a{};
  for (int from = 0; from <= kNumLabels; ++from) {
    for (int to = 0; to < kNumLabels; ++to) {
      a[from][to] =
          !IsInside(to) || (from < kNumLabels && from != 0 && (from - 1) / 2 == (to - 1) / 2);
    }
  }
  return a;
}
constexpr auto kAllowed = MakeAllowed();

}  // namespace

float Viterbi(const Transitions& t, const float* e, uint32_t n, uint8_t* labels,
              DecoderBuffer* buf) {
  if (n == 0) return 0;
  constexpr int L = kNumLabels;
  buf->forward.resize(static_cast<size_t>(n) * L);
  buf->backpointer.resize(static_cast<size_t>(n) * L);
  float* f = buf->forward.data();
  uint8_t* bp = buf->backpointer.data();
  for (int y = 0; y < L; ++y) f[y] = kAllowed[L][y] ? t.start[y] + e[y] : kNever;
  for (uint32_t i = 1; i < n; ++i) {
    const float* prev = f + (i - 1) * L;
    float* cur = f + i * L;
    const float* ei = e + i * L;
    for (int y = 0; y < L; ++y) {
      float best = kNever;
      int arg = 0;
      for (int p = 0; p < L; ++p) {
        if (!kAllowed[p][y]) continue;
        const float s = prev[p] + t.trans[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      cur[y] = best + ei[y];
      bp[i * L + y] = static_cast<uint8_t>(arg);
    }
  }
  const float* last = f + (n - 1) * L;
  float best = kNever;
  int arg = 0;
  for (int y = 0; y < L; ++y) {
    const float s = last[y] + t.end[y];
    if (s > best) {
      best = s;
      arg = y;
    }
  }
  labels[n - 1] = static_cast<uint8_t>(arg);
  for (uint32_t i = n - 1; i > 0; --i) labels[i - 1] = bp[i * L + labels[i]];
  return best;
}

void SpansOf(const uint8_t* labels, uint32_t n, std::vector<LabelSpan>* out) {
  for (uint32_t i = 0; i < n;) {
    if (!IsBegin(labels[i])) {
      ++i;
      continue;
    }
    const uint8_t inside = static_cast<uint8_t>(labels[i] + 1);
    uint32_t j = i + 1;
    while (j < n && labels[j] == inside) ++j;
    out->push_back(LabelSpan{i, j, LabelType(labels[i]), 0});
    i = j;
  }
}

void Margins(const Transitions& t, const float* e, uint32_t n, const uint8_t* labels, float best,
             DecoderBuffer* buf, LabelSpan* spans, size_t span_count) {
  if (n == 0 || span_count == 0) return;
  constexpr int L = kNumLabels;
  buf->backward.resize(static_cast<size_t>(n) * L);
  float* b = buf->backward.data();
  const float* f = buf->forward.data();
  for (int y = 0; y < L; ++y) b[(n - 1) * L + y] = t.end[y];
  for (uint32_t i = n - 1; i > 0; --i) {
    const float* next = b + i * L;
    const float* ei = e + i * L;
    float* cur = b + (i - 1) * L;
    for (int y = 0; y < L; ++y) {
      float m = kNever;
      for (int z = 0; z < L; ++z) {
        if (!kAllowed[y][z]) continue;
        m = std::max(m, t.trans[y * L + z] + ei[z] + next[z]);
      }
      cur[y] = m;
    }
  }
  // Best score of any sequence labelling token i other than labels[i].
  auto other = [&](uint32_t i, int exclude) {
    float m = kNever;
    for (int y = 0; y < L; ++y) {
      if (y != exclude) m = std::max(m, f[i * L + y] + b[i * L + y]);
    }
    return m;
  };
  for (size_t s = 0; s < span_count; ++s) {
    LabelSpan& sp = spans[s];
    float margin = 1e30f;
    for (uint32_t i = sp.begin; i < sp.end; ++i)
      margin = std::min(margin, best - other(i, labels[i]));
    if (sp.end < n) {
      const int inside = InsideLabel(sp.type);
      margin = std::min(margin, best - (f[sp.end * L + inside] + b[sp.end * L + inside]));
    }
    sp.margin = std::max(margin, 0.0f);
  }
}

}  // namespace rased::tagger

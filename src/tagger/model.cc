#include "tagger/model.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <fstream>
#include <numeric>

#include "common/tsv.h"

namespace rased::tagger {

namespace {

static_assert(std::endian::native == std::endian::little,
              "the model format is little-endian; add byte swapping for this host");

constexpr char kMagic[8] = {'R', 'A', 'S', 'E', 'D', 'N', 'E', 'R'};

class Writer {
 public:
  template <typename T>
  void Put(const T& v) {
    const char* p = reinterpret_cast<const char*>(&v);
    out_.append(p, sizeof(T));
  }
  void PutBytes(std::string_view s) { out_.append(s); }
  std::string& str() { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  template <typename T>
  bool Get(T* v) {
    if (in_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(v, in_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool GetBytes(size_t n, std::string* out) {
    if (in_.size() - pos_ < n) return false;
    out->assign(in_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  size_t remaining() const { return in_.size() - pos_; }

 private:
  std::string_view in_;
  size_t pos_ = 0;
};

}  // namespace

void Model::Reserve(size_t n) {
  size_t cap = 1024;
  while (cap * 5 < n * 8) cap *= 2;  // load factor at most 5/8
  slots_.assign(cap, Slot());
  mask_ = cap - 1;
  count_ = 0;
  size_t bits = 4096;
  while (bits < n * 16) bits *= 2;  // about 6% false positives
  filter_.assign(bits / 64, 0);
  filter_mask_ = bits - 1;
}

void Model::Insert(uint64_t hash, const int16_t* w) {
  const uint32_t check = Check(hash);
  for (uint64_t i = hash & mask_;; i = (i + 1) & mask_) {
    Slot& s = slots_[i];
    if (s.check == check) return;  // a 96-bit collision: the first row stays
    if (s.check == 0) {
      s.check = check;
      std::memcpy(s.w, w, sizeof(s.w));
      ++count_;
      const uint64_t bit = (hash >> 40) & filter_mask_;
      filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
      return;
    }
  }
}

void Model::AddFeature(uint64_t hash, const float weights[kNumLabels]) {
  pending_hashes_.push_back(hash);
  pending_weights_.insert(pending_weights_.end(), weights, weights + kNumLabels);
}

void Model::Finish(float min_weight) {
  const size_t n = pending_hashes_.size();
  float max_abs = 0;
  for (float w : pending_weights_) max_abs = std::max(max_abs, std::fabs(w));
  scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return pending_hashes_[a] < pending_hashes_[b]; });
  std::vector<size_t> kept;
  for (size_t i : order) {
    const float* w = &pending_weights_[i * kNumLabels];
    bool keep = false;
    for (int y = 0; y < kNumLabels; ++y) {
      keep = keep || (std::fabs(w[y]) >= min_weight && std::lround(w[y] / scale_) != 0);
    }
    if (keep && (kept.empty() || pending_hashes_[kept.back()] != pending_hashes_[i])) {
      kept.push_back(i);
    }
  }
  Reserve(kept.size());
  hashes_.clear();
  for (size_t i : kept) {
    int16_t q[kNumLabels];
    for (int y = 0; y < kNumLabels; ++y) {
      const float w = pending_weights_[i * kNumLabels + y];
      q[y] = std::fabs(w) >= min_weight ? static_cast<int16_t>(std::lround(w / scale_)) : 0;
    }
    Insert(pending_hashes_[i], q);
    hashes_.push_back(pending_hashes_[i]);
  }
  pending_hashes_.clear();
  pending_hashes_.shrink_to_fit();
  pending_weights_.clear();
  pending_weights_.shrink_to_fit();
}

void Model::Emissions(const FeatureBuffer& features, float* emissions) const {
  const uint32_t n = features.size();
  const uint64_t* h = features.hashes.data();
  // Prefetching the next token's slots hides most of the table's cache misses.
  for (uint32_t k = 0; k < n; ++k) {
    if (k + 1 < n && !slots_.empty()) {
      for (uint32_t f = features.offsets[k + 1]; f < features.offsets[k + 2]; ++f) {
        const uint64_t bit = (h[f] >> 40) & filter_mask_;
        if ((filter_[bit >> 6] >> (bit & 63)) & 1) __builtin_prefetch(&slots_[h[f] & mask_]);
      }
    }
    int32_t acc[kNumLabels] = {};
    for (uint32_t f = features.offsets[k]; f < features.offsets[k + 1]; ++f) {
      const int16_t* w = Find(h[f]);
      if (w == nullptr) continue;
      for (int y = 0; y < kNumLabels; ++y) acc[y] += w[y];
    }
    float* e = emissions + static_cast<size_t>(k) * kNumLabels;
    for (int y = 0; y < kNumLabels; ++y) e[y] = static_cast<float>(acc[y]) * scale_;
  }
}

Status Model::Write(const std::string& path) const {
  Writer w;
  w.PutBytes(std::string_view(kMagic, sizeof(kMagic)));
  w.Put(kModelVersion);
  w.Put(static_cast<uint32_t>(kNumLabels));
  w.Put(fingerprint);
  w.Put(tables_fingerprint);
  w.Put(scale_);
  w.Put(calibration_a);
  w.Put(calibration_b);
  for (float v : transitions.start) w.Put(v);
  for (float v : transitions.end) w.Put(v);
  for (float v : transitions.trans) w.Put(v);
  w.Put(static_cast<uint32_t>(metadata.size()));
  w.PutBytes(metadata);
  w.Put(static_cast<uint32_t>(hashes_.size()));
  for (uint64_t hash : hashes_) {
    const int16_t* row = Find(hash);
    uint16_t mask = 0;
    for (int y = 0; y < kNumLabels; ++y) mask |= row[y] != 0 ? (1u << y) : 0u;
    w.Put(hash);
    w.Put(mask);
    for (int y = 0; y < kNumLabels; ++y) {
      if (row[y] != 0) w.Put(row[y]);
    }
  }
  w.Put(HashBytes(w.str()));
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError("cannot write " + path);
  out.write(w.str().data(), static_cast<std::streamsize>(w.str().size()));
  out.close();
  if (!out) return Status::IoError("cannot write " + path);
  return Status::OK();
}

StatusOr<Model> Model::Read(const std::string& path) {
  StatusOr<std::string> read = ReadFile(path);
  if (!read.ok()) return read.status();
  const std::string& bytes = *read;
  auto corrupt = [&](std::string_view what) {
    return Status::DataLoss(path + ": not a rased tagger model (" + std::string(what) + ")");
  };
  if (bytes.size() < sizeof(kMagic) + 8 || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) {
    return corrupt("bad magic number");
  }
  uint64_t stored_sum = 0;
  std::memcpy(&stored_sum, bytes.data() + bytes.size() - 8, 8);
  const std::string_view body(bytes.data(), bytes.size() - 8);
  Reader r(body.substr(sizeof(kMagic)));
  uint32_t version = 0, labels = 0;
  if (!r.Get(&version) || !r.Get(&labels)) return corrupt("truncated header");
  if (version != kModelVersion) {
    return Status::FailedPrecondition(path + ": model format version " + std::to_string(version) +
                                      ", this build reads version " +
                                      std::to_string(kModelVersion) + "; retrain the model");
  }
  if (labels != kNumLabels) {
    return Status::FailedPrecondition(path + ": model has " + std::to_string(labels) +
                                      " labels, this build tags " + std::to_string(kNumLabels));
  }
  if (HashBytes(body) != stored_sum) return corrupt("checksum mismatch: truncated or damaged");
  Model m;
  uint32_t meta_size = 0, count = 0;
  bool ok = r.Get(&m.fingerprint) && r.Get(&m.tables_fingerprint) && r.Get(&m.scale_) &&
            r.Get(&m.calibration_a) && r.Get(&m.calibration_b);
  for (float& v : m.transitions.start) ok = ok && r.Get(&v);
  for (float& v : m.transitions.end) ok = ok && r.Get(&v);
  for (float& v : m.transitions.trans) ok = ok && r.Get(&v);
  ok = ok && r.Get(&meta_size) && r.GetBytes(meta_size, &m.metadata) && r.Get(&count);
  if (!ok) return corrupt("truncated header");
  // Each row takes at least 10 bytes: refuse counts the file cannot hold
  // before allocating for them.
  if (count > r.remaining() / 10) return corrupt("feature count exceeds the file");
  m.Reserve(count);
  m.hashes_.reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    uint64_t hash = 0;
    uint16_t mask = 0;
    if (!r.Get(&hash) || !r.Get(&mask)) return corrupt("truncated weights");
    if (mask >> kNumLabels) return corrupt("bad label mask");
    int16_t row[kNumLabels] = {};
    for (int y = 0; y < kNumLabels; ++y) {
      if ((mask >> y) & 1) {
        if (!r.Get(&row[y])) return corrupt("truncated weights");
      }
    }
    m.Insert(hash, row);
    m.hashes_.push_back(hash);
  }
  if (r.remaining() != 0) return corrupt("trailing bytes");
  return m;
}

}  // namespace rased::tagger

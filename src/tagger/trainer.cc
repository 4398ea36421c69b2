#include "tagger/trainer.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <unordered_map>

#include "tagger/decoder.h"

namespace rased::tagger {

namespace {

constexpr int L = kNumLabels;
constexpr uint32_t kUnknown = 0xFFFFFFFFu;

// A sentence's features as indices into the weight arrays.
struct Indexed {
  std::vector<uint32_t> features;
  std::vector<uint32_t> offsets;
  const std::vector<uint8_t>* gold = nullptr;
};

// Perceptron weights with the running sums that averaging needs: the
// average after c updates is w - u / c (Daumé's trick).
struct Weights {
  std::vector<float> w, u;
  Transitions tw, tu;
};

void AddCounts(const uint8_t* gold, const uint8_t* pred, uint32_t n, SpanScores* scores) {
  std::vector<LabelSpan> g, p;
  SpansOf(gold, n, &g);
  SpansOf(pred, n, &p);
  for (const LabelSpan& s : g) {
    ++scores->by_type[static_cast<int>(s.type)].gold;
    ++scores->all.gold;
  }
  for (const LabelSpan& s : p) {
    ++scores->by_type[static_cast<int>(s.type)].predicted;
    ++scores->all.predicted;
    for (const LabelSpan& t : g) {
      if (t.begin == s.begin && t.end == s.end && t.type == s.type) {
        ++scores->by_type[static_cast<int>(s.type)].correct;
        ++scores->all.correct;
      }
    }
  }
}

void FloatEmissions(const std::vector<float>& w, const Indexed& s, std::vector<float>* e) {
  const uint32_t n = static_cast<uint32_t>(s.offsets.size() - 1);
  e->assign(static_cast<size_t>(n) * L, 0.0f);
  for (uint32_t k = 0; k < n; ++k) {
    float* ek = e->data() + static_cast<size_t>(k) * L;
    for (uint32_t f = s.offsets[k]; f < s.offsets[k + 1]; ++f) {
      const uint32_t id = s.features[f];
      if (id == kUnknown) continue;
      const float* row = &w[static_cast<size_t>(id) * L];
      for (int y = 0; y < L; ++y) ek[y] += row[y];
    }
  }
}

// Fits p(correct) = 1 / (1 + exp(-(a * margin + b))) by damped Newton steps
// on the log-likelihood, from a = b = 0, with a small ridge so that separable
// data stays finite.
void Calibrate(const std::vector<float>& margins, const std::vector<uint8_t>& correct, float* a,
               float* b) {
  const double ridge = 1e-3;
  auto loglik = [&](double pa, double pb) {
    double ll = -0.5 * ridge * (pa * pa + pb * pb);
    for (size_t i = 0; i < margins.size(); ++i) {
      const double z = pa * margins[i] + pb;
      // log sigmoid(z) or log sigmoid(-z), computed without overflow.
      const double s = correct[i] ? z : -z;
      ll -= s > 0 ? std::log1p(std::exp(-s)) : -s + std::log1p(std::exp(s));
    }
    return ll;
  };
  double pa = 0, pb = 0, ll = loglik(0, 0);
  for (int iter = 0; iter < 100; ++iter) {
    double ga = -ridge * pa, gb = -ridge * pb, haa = ridge, hab = 0, hbb = ridge;
    for (size_t i = 0; i < margins.size(); ++i) {
      const double x = margins[i];
      const double p = 1 / (1 + std::exp(-(pa * x + pb)));
      const double r = correct[i] - p;
      const double v = p * (1 - p);
      ga += r * x;
      gb += r;
      haa += v * x * x;
      hab += v * x;
      hbb += v;
    }
    const double det = haa * hbb - hab * hab;
    if (det <= 0) break;
    double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
    double step = 1;
    double next = loglik(pa + da, pb + db);
    while (next < ll && step > 1e-6) {
      step /= 2;
      next = loglik(pa + step * da, pb + step * db);
    }
    if (next < ll) break;
    pa += step * da;
    pb += step * db;
    const bool done = ll - next > -1e-10;
    ll = next;
    if (done) break;
  }
  *a = static_cast<float>(pa);
  *b = static_cast<float>(pb);
}

// Decodes whole sentences with a finished model, reusing its buffers.
struct SentenceDecoder {
  FeatureBuffer buf;
  DecoderBuffer dec;
  std::vector<float> e;       // emissions, L per token
  std::vector<uint8_t> pred;  // the best labels
  // Fills e and pred for doc's tokens; returns the best labelling's score.
  float Decode(const FeatureExtractor& fx, const Model& model, const Document& doc) {
    const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
    fx.Extract(doc, 0, n, &buf);
    e.resize(static_cast<size_t>(n) * L);
    pred.resize(n);
    model.Emissions(buf, e.data());
    return Viterbi(model.transitions, e.data(), n, pred.data(), &dec);
  }
};

}  // namespace

SpanScores Evaluate(const FeatureExtractor& fx, const Model& model,
                    const std::vector<LabeledSentence>& sentences) {
  SpanScores scores;
  SentenceDecoder d;
  for (const LabeledSentence& s : sentences) {
    const uint32_t n = static_cast<uint32_t>(s.doc.tokens.size());
    if (n == 0) continue;
    d.Decode(fx, model, s.doc);
    AddCounts(s.labels.data(), d.pred.data(), n, &scores);
  }
  return scores;
}

StatusOr<TrainingResult> Train(const FeatureExtractor& fx,
                               const std::vector<LabeledSentence>& train,
                               const std::vector<LabeledSentence>& dev,
                               const TrainerOptions& options) {
  if (train.empty()) return Status::InvalidArgument("no training sentences");
  if (dev.empty()) return Status::InvalidArgument("no development sentences");

  // Every feature of the training set gets a row; development features the
  // training set never showed have weight 0 and stay kUnknown.
  std::unordered_map<uint64_t, uint32_t> index;
  std::vector<uint64_t> hashes;  // index -> hash
  FeatureBuffer buf;
  auto indexed = [&](const LabeledSentence& s, bool grow, bool dictionaries = true) {
    Indexed x;
    x.gold = &s.labels;
    fx.Extract(s.doc, 0, static_cast<uint32_t>(s.doc.tokens.size()), &buf, dictionaries);
    x.offsets = buf.offsets;
    x.features.reserve(buf.hashes.size());
    for (uint64_t h : buf.hashes) {
      auto it = index.find(h);
      if (it == index.end() && grow) {
        it = index.emplace(h, static_cast<uint32_t>(hashes.size())).first;
        hashes.push_back(h);
      }
      x.features.push_back(it == index.end() ? kUnknown : it->second);
    }
    return x;
  };
  std::vector<Indexed> tr, tr_plain, dv;
  const bool dropout = options.dictionary_dropout > 0;
  for (const LabeledSentence& s : train) {
    if (s.doc.tokens.empty()) continue;
    tr.push_back(indexed(s, true));
    if (dropout) tr_plain.push_back(indexed(s, true, false));
  }
  for (const LabeledSentence& s : dev) {
    if (!s.doc.tokens.empty()) dv.push_back(indexed(s, false));
  }
  if (tr.empty()) return Status::InvalidArgument("the training sentences have no tokens");
  const size_t F = hashes.size();

  Weights wt;
  wt.w.assign(F * L, 0.0f);
  wt.u.assign(F * L, 0.0f);
  double c = 1;  // update counter for averaging
  std::vector<float> avg(F * L), best_avg;
  Transitions avg_t, best_t;
  auto average = [&]() {
    for (size_t i = 0; i < F * L; ++i) avg[i] = wt.w[i] - static_cast<float>(wt.u[i] / c);
    for (int y = 0; y < L; ++y) {
      avg_t.start[y] = wt.tw.start[y] - static_cast<float>(wt.tu.start[y] / c);
      avg_t.end[y] = wt.tw.end[y] - static_cast<float>(wt.tu.end[y] / c);
    }
    for (int i = 0; i < L * L; ++i) {
      avg_t.trans[i] = wt.tw.trans[i] - static_cast<float>(wt.tu.trans[i] / c);
    }
  };
  DecoderBuffer dec;
  std::vector<float> e;
  std::vector<uint8_t> pred;
  auto dev_scores = [&](const std::vector<float>& w, const Transitions& t) {
    SpanScores scores;
    for (const Indexed& x : dv) {
      const uint32_t n = static_cast<uint32_t>(x.offsets.size() - 1);
      FloatEmissions(w, x, &e);
      pred.resize(n);
      Viterbi(t, e.data(), n, pred.data(), &dec);
      AddCounts(x.gold->data(), pred.data(), n, &scores);
    }
    return scores;
  };

  TrainingResult result;
  result.features_seen = F;
  std::mt19937_64 rng(options.seed);
  std::vector<uint32_t> order(tr.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  double best_f1 = -1;
  int since_best = 0;
  for (int epoch = 1; epoch <= options.max_epochs; ++epoch) {
    // Fisher-Yates with the raw generator: the same order on every platform.
    for (size_t i = order.size() - 1; i > 0; --i) std::swap(order[i], order[rng() % (i + 1)]);
    size_t mistakes = 0;
    for (uint32_t oi : order) {
      const bool plain =
          dropout && static_cast<double>(rng() >> 11) * 0x1.0p-53 < options.dictionary_dropout;
      const Indexed& x = plain ? tr_plain[oi] : tr[oi];
      const uint32_t n = static_cast<uint32_t>(x.offsets.size() - 1);
      const uint8_t* gold = x.gold->data();
      FloatEmissions(wt.w, x, &e);
      pred.resize(n);
      Viterbi(wt.tw, e.data(), n, pred.data(), &dec);
      if (!std::equal(pred.begin(), pred.end(), gold)) {
        ++mistakes;
        const float cf = static_cast<float>(c);
        auto bump = [&](float* w, float* u, float d) {
          *w += d;
          *u += d * cf;
        };
        for (uint32_t k = 0; k < n; ++k) {
          if (pred[k] != gold[k]) {
            for (uint32_t f = x.offsets[k]; f < x.offsets[k + 1]; ++f) {
              const size_t row = static_cast<size_t>(x.features[f]) * L;
              bump(&wt.w[row + gold[k]], &wt.u[row + gold[k]], 1);
              bump(&wt.w[row + pred[k]], &wt.u[row + pred[k]], -1);
            }
          }
          if (k == 0) {
            bump(&wt.tw.start[gold[0]], &wt.tu.start[gold[0]], 1);
            bump(&wt.tw.start[pred[0]], &wt.tu.start[pred[0]], -1);
          } else {
            const int g = gold[k - 1] * L + gold[k], p = pred[k - 1] * L + pred[k];
            bump(&wt.tw.trans[g], &wt.tu.trans[g], 1);
            bump(&wt.tw.trans[p], &wt.tu.trans[p], -1);
          }
        }
        bump(&wt.tw.end[gold[n - 1]], &wt.tu.end[gold[n - 1]], 1);
        bump(&wt.tw.end[pred[n - 1]], &wt.tu.end[pred[n - 1]], -1);
      }
      c += 1;
    }
    average();
    const double f1 = dev_scores(avg, avg_t).all.f1();
    result.epochs.push_back(EpochReport{epoch, mistakes, f1});
    if (options.log != nullptr) {
      *options.log << "epoch " << epoch << ": " << mistakes << " of " << tr.size()
                   << " training sentences wrong, dev F1 " << f1 << "\n";
    }
    if (f1 > best_f1) {
      best_f1 = f1;
      best_avg = avg;
      best_t = avg_t;
      result.best_epoch = epoch;
      since_best = 0;
    } else if (++since_best >= options.patience) {
      break;
    }
  }

  Model& model = result.model;
  model.fingerprint = FeatureExtractor::Fingerprint();
  model.tables_fingerprint = fx.tables_fingerprint();
  model.transitions = best_t;
  for (size_t id = 0; id < F; ++id) {
    const float* row = &best_avg[id * L];
    bool any = false;
    for (int y = 0; y < L; ++y) any = any || row[y] != 0;
    if (any) model.AddFeature(hashes[id], row);
  }
  model.Finish(options.min_weight);

  // Calibration: the finished model's span margins on the development set
  // against whether each span is exactly right.
  std::vector<float> margins;
  std::vector<uint8_t> correct;
  std::vector<LabelSpan> spans, gold_spans;
  SentenceDecoder d;
  for (const LabeledSentence& s : dev) {
    const uint32_t n = static_cast<uint32_t>(s.doc.tokens.size());
    if (n == 0) continue;
    const float best = d.Decode(fx, model, s.doc);
    spans.clear();
    gold_spans.clear();
    SpansOf(d.pred.data(), n, &spans);
    SpansOf(s.labels.data(), n, &gold_spans);
    Margins(model.transitions, d.e.data(), n, d.pred.data(), best, &d.dec, spans.data(),
            spans.size());
    for (const LabelSpan& p : spans) {
      bool ok = false;
      for (const LabelSpan& g : gold_spans) {
        ok = ok || (g.begin == p.begin && g.end == p.end && g.type == p.type);
      }
      margins.push_back(p.margin);
      correct.push_back(ok ? 1 : 0);
    }
  }
  Calibrate(margins, correct, &model.calibration_a, &model.calibration_b);
  result.dev = Evaluate(fx, model, dev);
  return result;
}

}  // namespace rased::tagger

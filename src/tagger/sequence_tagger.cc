#include "tagger/sequence_tagger.h"

#include <cassert>
#include <cmath>

#include "kb/knowledge_base.h"
#include "tagger/decoder.h"
#include "tagger/features.h"
#include "tagger/model.h"
#include "text/lexicon.h"

namespace rased::tagger {

struct SequenceTagger::Owned {
  std::unique_ptr<KnowledgeBase> kb;
  std::unique_ptr<text::Lexicon> lexicon;
};

SequenceTagger::SequenceTagger() = default;
SequenceTagger::~SequenceTagger() = default;

StatusOr<std::unique_ptr<SequenceTagger>> SequenceTagger::Load(const std::string& data_dir,
                                                               const KnowledgeBase& kb,
                                                               const text::Lexicon& lexicon,
                                                               const TaggerOptions& options) {
  std::unique_ptr<SequenceTagger> tagger(new SequenceTagger());
  const std::string path =
      options.model_path.empty() ? data_dir + "/model/ner.model" : options.model_path;
  RASED_ASSIGN_OR_RETURN(Model model, Model::Read(path));
  if (model.fingerprint != FeatureExtractor::Fingerprint()) {
    return Status::FailedPrecondition(
        path +
        ": trained with another feature extractor than this build's; retrain it "
        "(see data/model/README.md)");
  }
  RASED_ASSIGN_OR_RETURN(tagger->features_, FeatureExtractor::Create(data_dir, kb, lexicon));
  tagger->model_ = std::make_unique<Model>(std::move(model));
  tagger->info_.model_path = path;
  tagger->info_.metadata = tagger->model_->metadata;
  tagger->info_.feature_count = tagger->model_->feature_count();
  tagger->info_.tables_changed =
      tagger->model_->tables_fingerprint != tagger->features_->tables_fingerprint();
  return tagger;
}

StatusOr<std::unique_ptr<SequenceTagger>> SequenceTagger::LoadStandalone(
    const std::string& data_dir, const TaggerOptions& options) {
  auto owned = std::make_unique<Owned>();
  RASED_ASSIGN_OR_RETURN(owned->lexicon, text::Lexicon::Load("", data_dir));
  RASED_ASSIGN_OR_RETURN(owned->kb, KnowledgeBase::Load(data_dir, {}));
  RASED_ASSIGN_OR_RETURN(std::unique_ptr<SequenceTagger> tagger,
                         Load(data_dir, *owned->kb, *owned->lexicon, options));
  tagger->owned_ = std::move(owned);
  return tagger;
}

void SequenceTagger::Tag(const Document& doc, uint32_t token_begin, uint32_t token_end,
                         std::vector<TaggedSpan>* out) const {
  assert(token_begin <= token_end && token_end <= doc.tokens.size());
  const uint32_t n = token_end - token_begin;
  if (n == 0) return;
  thread_local FeatureBuffer features;
  thread_local std::vector<float> emissions;
  thread_local std::vector<uint8_t> labels;
  thread_local DecoderBuffer decoder;
  thread_local std::vector<LabelSpan> spans;
  features_->Extract(doc, token_begin, token_end, &features);
  emissions.resize(static_cast<size_t>(n) * kNumLabels);
  labels.resize(n);
  model_->Emissions(features, emissions.data());
  const Transitions& t = model_->transitions;
  const float best = Viterbi(t, emissions.data(), n, labels.data(), &decoder);
  spans.clear();
  SpansOf(labels.data(), n, &spans);
  if (spans.empty()) return;
  Margins(t, emissions.data(), n, labels.data(), best, &decoder, spans.data(), spans.size());
  for (const LabelSpan& s : spans) {
    const float z = model_->calibration_a * s.margin + model_->calibration_b;
    bool proper = false;
    for (uint32_t k = s.begin; k < s.end && !proper; ++k) {
      proper = FeatureExtractor::IsProperNoun(features.info[k]);
    }
    out->push_back(TaggedSpan{token_begin + s.begin, token_begin + s.end, s.type,
                              1.0f / (1.0f + std::exp(-z)), proper});
  }
}

std::vector<TaggedSpan> SequenceTagger::TagDocument(const Document& doc) const {
  std::vector<TaggedSpan> out;
  for (const Sentence& s : doc.sentences) Tag(doc, s.token_begin, s.token_end, &out);
  return out;
}

}  // namespace rased::tagger

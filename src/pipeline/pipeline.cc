#include "rased/pipeline.h"

#include <exception>
#include <vector>

#include "extract/date_annotator.h"
#include "extract/quantity_annotator.h"
#include "kb/knowledge_base.h"
#include "ner/entity_annotator.h"
#include "pipeline/publisher_annotator.h"
#include "relations/relation_annotator.h"
#include "text/lexicon.h"
#include "text/text_annotator.h"

namespace rased {

struct Pipeline::Impl {
  std::shared_ptr<const text::Lexicon> lexicon;  // the text and entity stages share it
  std::unique_ptr<KnowledgeBase> kb;
  std::vector<std::unique_ptr<Annotator>> stages;
};

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::~Pipeline() = default;

const KnowledgeBase& Pipeline::kb() const { return *impl_->kb; }

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  const std::string data_dir = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  auto impl = std::make_unique<Impl>();
  RASED_ASSIGN_OR_RETURN(impl->lexicon, text::Lexicon::Load(options.lexicon_path, data_dir));
  RASED_ASSIGN_OR_RETURN(impl->kb, KnowledgeBase::Load(data_dir, options.extra_kb_files));
  impl->stages.push_back(text::NewTextAnnotator(impl->lexicon.get()));
  RASED_ASSIGN_OR_RETURN(auto dates, extract::NewDateAnnotator(data_dir));
  impl->stages.push_back(std::move(dates));
  RASED_ASSIGN_OR_RETURN(auto quantities, extract::NewQuantityAnnotator(data_dir));
  impl->stages.push_back(std::move(quantities));
  if (options.recognize_entities) {
    RASED_ASSIGN_OR_RETURN(
        auto entities,
        ner::NewEntityAnnotator(*impl->kb, data_dir, options.model_mentions, impl->lexicon));
    impl->stages.push_back(std::move(entities));
    RASED_ASSIGN_OR_RETURN(auto publisher, NewPublisherAnnotator(*impl->kb, data_dir));
    impl->stages.push_back(std::move(publisher));
    if (options.extract_relations) {
      RASED_ASSIGN_OR_RETURN(auto relations, relations::NewRelationAnnotator(*impl->kb, data_dir));
      impl->stages.push_back(std::move(relations));
    }
  }
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(impl)));
}

Status Pipeline::Annotate(Document* doc) const {
  doc->sentences.clear();
  doc->tokens.clear();
  doc->dates.clear();
  doc->quantities.clear();
  doc->mentions.clear();
  doc->entities.clear();
  doc->roles.clear();
  doc->relations.clear();
  try {
    for (const auto& stage : impl_->stages) {
      Status s = stage->Annotate(*doc);
      if (!s.ok()) return s.WithContext(std::string(stage->name()) + " on " + doc->id);
    }
  } catch (const std::exception& e) {
    return Status::Internal(doc->id + ": " + e.what());
  }
  return Status::OK();
}

}  // namespace rased

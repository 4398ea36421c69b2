// The entity stage: knowledge-base names, unknown names from patterns,
// metonymy, titles and roles, in-document coreference.
#ifndef RASED_NER_ENTITY_ANNOTATOR_H_
#define RASED_NER_ENTITY_ANNOTATOR_H_

#include <memory>
#include <string>

#include "rased/pipeline.h"

namespace rased::text {
class Lexicon;
}

namespace rased::ner {

// `kb` must outlive the annotator. With `model_mentions`, the learned
// tagger adds names after the rules (PipelineOptions::model_mentions).
// `lexicon` is the Arabic word list the text stage reads with, shared so
// that both stages read the same one (the user's --lexicon too) and it is
// loaded once; null: the annotator loads data_dir's own, or works without
// one when there is none.
StatusOr<std::unique_ptr<Annotator>> NewEntityAnnotator(
    const KnowledgeBase& kb, const std::string& data_dir, bool model_mentions = false,
    std::shared_ptr<const text::Lexicon> lexicon = nullptr);

}  // namespace rased::ner

#endif  // RASED_NER_ENTITY_ANNOTATOR_H_

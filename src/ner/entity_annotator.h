// The entity stage: knowledge-base names, unknown names from patterns,
// metonymy, titles and roles, in-document coreference.
#ifndef RASED_NER_ENTITY_ANNOTATOR_H_
#define RASED_NER_ENTITY_ANNOTATOR_H_

#include <memory>
#include <string>

#include "rased/pipeline.h"

namespace rased::ner {

// `kb` must outlive the annotator. With `model_mentions`, the learned
// tagger adds names after the rules (PipelineOptions::model_mentions).
StatusOr<std::unique_ptr<Annotator>> NewEntityAnnotator(const KnowledgeBase& kb,
                                                        const std::string& data_dir,
                                                        bool model_mentions = false);

}  // namespace rased::ner

#endif  // RASED_NER_ENTITY_ANNOTATOR_H_

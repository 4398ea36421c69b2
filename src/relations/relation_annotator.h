// The relation stage: events and relations from trigger words and frames,
// attribution, modality, and the subjects and sources of quantities.
#ifndef RASED_RELATIONS_RELATION_ANNOTATOR_H_
#define RASED_RELATIONS_RELATION_ANNOTATOR_H_

#include <memory>
#include <string>

#include "rased/pipeline.h"

namespace rased::relations {

// `kb` must outlive the annotator.
StatusOr<std::unique_ptr<Annotator>> NewRelationAnnotator(const KnowledgeBase& kb,
                                                          const std::string& data_dir);

}  // namespace rased::relations

#endif  // RASED_RELATIONS_RELATION_ANNOTATOR_H_

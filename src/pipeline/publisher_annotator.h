// The outlet an article comes from, read from its body when the page gave no
// publisher: Arabic news names the outlet a statement was given to ("قال
// لـ«عربي21»") and the outlet a rewritten report relays in its opening lines
// ("وبحسب موقع تلفزيون سوريا"). Runs after the entity stage; only knowledge-base
// entities of kind media or news-agency can be the publisher. A page's own
// metadata always wins. Cues: data_dir/publisher/cues.tsv.
//
// Thread safety: Annotate may be called concurrently on distinct Documents.
#ifndef RASED_PIPELINE_PUBLISHER_ANNOTATOR_H_
#define RASED_PIPELINE_PUBLISHER_ANNOTATOR_H_

#include <memory>
#include <string>

#include "kb/knowledge_base.h"
#include "rased/pipeline.h"
#include "rased/status.h"

namespace rased {

// `kb` must outlive the annotator. kNotFound / kDataLoss for a missing or
// malformed cue table.
StatusOr<std::unique_ptr<Annotator>> NewPublisherAnnotator(const KnowledgeBase& kb,
                                                           const std::string& data_dir);

}  // namespace rased

#endif  // RASED_PIPELINE_PUBLISHER_ANNOTATOR_H_

// The text stage: sentences, tokens with byte and code-point offsets, match
// keys, clitic analysis and number-word values (see Token in rased/document.h).
#ifndef RASED_TEXT_TEXT_ANNOTATOR_H_
#define RASED_TEXT_TEXT_ANNOTATOR_H_

#include <memory>
#include <string>

#include "rased/pipeline.h"

namespace rased::text {

class Lexicon;

// `lexicon` may be null (then clitic splits fall back to length rules); when
// not null it must outlive the annotator.
std::unique_ptr<Annotator> NewTextAnnotator(const Lexicon* lexicon);

}  // namespace rased::text

#endif  // RASED_TEXT_TEXT_ANNOTATOR_H_

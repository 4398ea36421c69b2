// The quantity stage: counts with their counted noun, approximation, ranges
// and rates ("حوالي 3000 مقاتل سوري", "رحلة أو رحلتين في الأسبوع").
#ifndef RASED_EXTRACT_QUANTITY_ANNOTATOR_H_
#define RASED_EXTRACT_QUANTITY_ANNOTATOR_H_

#include <memory>
#include <string>

#include "rased/pipeline.h"

namespace rased::extract {

StatusOr<std::unique_ptr<Annotator>> NewQuantityAnnotator(const std::string& data_dir);

}  // namespace rased::extract

#endif  // RASED_EXTRACT_QUANTITY_ANNOTATOR_H_

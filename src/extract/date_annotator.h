// The date stage: absolute, relative, partial and Hijri date expressions,
// resolved against Document::published when needed.
#ifndef RASED_EXTRACT_DATE_ANNOTATOR_H_
#define RASED_EXTRACT_DATE_ANNOTATOR_H_

#include <memory>
#include <string>

#include "rased/pipeline.h"

namespace rased::extract {

// Loads the month, weekday and period tables from data_dir. kNotFound /
// kDataLoss name the file on failure.
StatusOr<std::unique_ptr<Annotator>> NewDateAnnotator(const std::string& data_dir);

}  // namespace rased::extract

#endif  // RASED_EXTRACT_DATE_ANNOTATOR_H_

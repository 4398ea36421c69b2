// The quantity stage: counts with their counted noun, approximation, ranges
// and rates ("حوالي 3000 مقاتل سوري", "رحلة أو رحلتين في الأسبوع").
//
//   auto quantities = rased::extract::NewQuantityAnnotator(data_dir);
//   if (!quantities.ok()) return quantities.status();
//   // after the text stage and the date stage (which claims years and days):
//   RASED_RETURN_IF_ERROR((*quantities)->Annotate(doc));
//   // doc.quantities: {low 3000, high 3000, approximate, unit "مقاتل",
//   //                  about "مقاتل سوري"}, {1..2, unit "رحلة", rate "week"}, ...
//
// Durations in units of time are counts too, also inside a date expression
// ("قبل أربع سنوات" = 4, "لمدة عام" = 1, "منذ أكثر من عقد" = 10 years,
// "اليومين الماضيين" = 2; data/quantities/durations.tsv).
// Numbers come from the text stage (digits and number words, read with the
// number-word table of data/lexicon); hedges, rates, vague plurals
// ("عشرات", "الآلاف": low = high = the order of magnitude, approximate),
// fractions ("نصف هذه الرحلات") and function words from data/quantities/*.tsv.
// Not emitted as quantities: anything inside a DateExpr, identifiers ("اللواء
// 128", "القرار رقم 2254"), model names ("إف-16"), times of day, phone-like
// digit strings, bare numbers with no counted noun and no hedge (scores, list
// items), and undetected years. Quantity::subject and ::attribution are left
// at -1 for the relations stage.
//
// Thread safety: the annotator is immutable; Annotate() may run concurrently
// on distinct documents.
#ifndef RASED_EXTRACT_QUANTITY_ANNOTATOR_H_
#define RASED_EXTRACT_QUANTITY_ANNOTATOR_H_

#include <memory>
#include <string>

#include "rased/pipeline.h"

namespace rased::extract {

// Loads data_dir/quantities/*.tsv and data_dir/lexicon/number_words.tsv (the
// built-in copy when that file is missing). kNotFound / kDataLoss name the
// file on failure. Requires Document::tokens and Document::dates; fills
// Document::quantities (replacing what was there), sorted by span start.
StatusOr<std::unique_ptr<Annotator>> NewQuantityAnnotator(const std::string& data_dir);

}  // namespace rased::extract

#endif  // RASED_EXTRACT_QUANTITY_ANNOTATOR_H_

// The date stage: absolute, relative, partial and Hijri date expressions,
// resolved against Document::published when needed.
//
//   auto dates = rased::extract::NewDateAnnotator(data_dir);
//   if (!dates.ok()) return dates.status();        // missing or malformed data/dates
//   doc.published = "2023-09-29";
//   RASED_RETURN_IF_ERROR(text->Annotate(doc));      // tokens and sentences first
//   RASED_RETURN_IF_ERROR((*dates)->Annotate(doc));
//   // doc.dates: {"أمس الخميس", "2023-09-28", kDay, relative},
//   //            {"مطلع عام 2023", "2023", kYear}, {"مؤخراً", "", kUnresolved}, ...
//
// What it reads (on Token::key, with the tables of data/dates/*.tsv):
//   * absolute dates in Gregorian, Syriac/Levantine and Maghrebi month names,
//     alone or paired ("3 مارس/آذار", "تشرين الأول /أكتوبر", "سبتمبر (أيلول)"),
//     numeric dates ("29/09/2023"), years ("عام 2019", "سنة 2018", "في 2016"),
//     Hijri dates converted with ICU's Umm al-Qura calendar ("15 ربيع الأول 1445 هـ");
//   * ranges ("2018-2019", "بين نيسان/أبريل 2019، وحزيران/يونيو 2020"): one
//     DateExpr with value and end_value, then one per end;
//   * parts of periods ("مطلع عام 2023" -> "2023", precision year: the value stays
//     the period when the part is vague) and seasons ("ربيع عام 2019" ->
//     "2019-03", precision season);
//   * relative expressions against the publication date ("أمس", "الثلاثاء
//     الماضي", "الشهر المقبل", "قبل عامين", "17 أيلول/سبتمبر الماضي"), with
//     DateExpr::relative set; without a publication date, a dateline opening the
//     text stands in, and yearless dates take their year from the latest dated
//     month of the document (a weekday written with them picks between years);
//   * ordinal days ("الثالث من آب/أغسطس 2015"), "now" ("الآن", "حالياً" = the
//     publication date), a known count of past or next units as a period up to
//     publication ("اليومين الماضيين", "24 ساعة الماضية": value .. end_value),
//     "للعام الرابع" (this year) and years next to a bracket ("(2011)");
//   * expressions that date the event of their clause ("عشية الانتخابات",
//     "بعد أسبوعين على تحرير المدينة"): the date the sentence gives before
//     them, else the date of the event after them moved by the count, else a
//     news-day date ("أمس", a weekday) of the three sentences before;
//   * anaphora ("خريف ذلك العام", "في الوقت نفسه") and vague expressions
//     ("مؤخراً", "الأشهر الماضية", "منذ ذلك الحين"), the latter with precision
//     kUnresolved and an empty value.
// Spans are half-open byte ranges into Document::text, in non-decreasing order
// of their start (a range and its ends share bytes).
//
// Thread safety: the annotator is immutable; Annotate() may run concurrently
// on distinct documents.
#ifndef RASED_EXTRACT_DATE_ANNOTATOR_H_
#define RASED_EXTRACT_DATE_ANNOTATOR_H_

#include <memory>
#include <string>

#include "rased/pipeline.h"

namespace rased::extract {

// Loads the month, weekday and period tables from data_dir. kNotFound /
// kDataLoss name the file on failure. The caller owns the annotator; it needs
// the text stage's tokens and sentences and fills Document::dates (replacing
// what was there).
StatusOr<std::unique_ptr<Annotator>> NewDateAnnotator(const std::string& data_dir);

}  // namespace rased::extract

#endif  // RASED_EXTRACT_DATE_ANNOTATOR_H_

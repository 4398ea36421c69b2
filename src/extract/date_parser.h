// ParseStandaloneDate: reads a date written on its own, as page metadata or a
// date line gives it, into an ISO-8601 prefix.
//
//   ParseStandaloneDate("2023-09-29T10:15:00+03:00");       // "2023-09-29"
//   ParseStandaloneDate("الجمعة 29 أيلول/سبتمبر 2023");     // "2023-09-29"
//   ParseStandaloneDate("29/09/2023");                       // "2023-09-29"
//   ParseStandaloneDate("September 29, 2023");               // "2023-09-29"
//   ParseStandaloneDate("١٢ مارس ٢٠٢٠");                     // "2020-03-12"
//   ParseStandaloneDate("15 ربيع الأول 1445 هـ");            // "2023-09-30" (Umm al-Qura)
//   ParseStandaloneDate("سبتمبر 2023");                      // "2023-09"
//   ParseStandaloneDate("استقبل بوتين حفتر");                // "" (not a date)
//
// The whole string must be a date: besides it, only weekday names, a time of
// day and time zone, era markers (م، هـ), a second rendering of the same date
// ("... الموافق 14 ربيع الأول 1445 هـ") and date-line labels ("نشر في",
// "آخر تحديث", "Published on") from data/dates/markers.tsv may appear.
// Numeric dates are read day first ("05/09/2023" = 5 September) unless only
// the other order is valid; a Gregorian rendering wins over a Hijri one.
// A Hijri month without a day maps to the Gregorian month of its 15th day, a
// Hijri year alone to the Gregorian year of its middle.
//
// It does not need the tokenizer: the month tables are read once, lazily and
// thread-safely, from DefaultDataDir()/dates; if they cannot be read, numeric
// dates still parse and named months do not. Inputs longer than 200 bytes are
// not stand-alone dates and give "".
//
// Thread safety: safe to call from any number of threads.
#ifndef RASED_EXTRACT_DATE_PARSER_H_
#define RASED_EXTRACT_DATE_PARSER_H_

#include <optional>
#include <string>
#include <string_view>

#include "extract/calendar.h"

namespace rased::extract {

class DateTables;

// "YYYY-MM-DD", "YYYY-MM" or "YYYY"; empty when `text` is not a date.
std::string ParseStandaloneDate(std::string_view text);

// The same with explicit tables, which must have been loaded with FoldKey
// (fold_key.h) as their key function. Returns the Gregorian date with the
// unknown fields zero.
std::optional<CivilDate> ParseStandaloneDate(std::string_view text, const DateTables& tables);

// A numeric date inside running text: exactly "D/M/YYYY", "D-M-YYYY",
// "D.M.YYYY" or "YYYY-M-D" (one separator, four-digit year), nothing else.
// Stricter than ParseStandaloneDate so that "2018-2019" or "31.43" are not read
// as dates. nullopt when it is not one.
std::optional<CivilDate> ParseNumericDate(std::string_view text);

}  // namespace rased::extract

#endif  // RASED_EXTRACT_DATE_PARSER_H_

// Calendar arithmetic for the date stage: proleptic Gregorian day numbers,
// weekdays, ISO strings, and Hijri <-> Gregorian conversion through ICU's
// Umm al-Qura calendar.
//
//   CivilDate d{2023, 9, 29};
//   Weekday(d);                          // 5 (Friday; 0 = Sunday)
//   AddDays(d, -1);                      // {2023, 9, 28}
//   HijriToGregorian({1445, 3, 15});     // {2023, 9, 30}
//
// All functions are pure and thread-safe (the ICU calendars are created per
// call; conversion is rare compared with tokenisation).
#ifndef RASED_EXTRACT_CALENDAR_H_
#define RASED_EXTRACT_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rased::extract {

// A date in one calendar. month is 1..12, day 1..31. A zero month or day
// means "not given" (a year-only or month-only date).
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// Days since 1970-01-01 of a complete Gregorian date (month and day set).
int64_t DaysFromCivil(int year, int month, int day);
CivilDate CivilFromDays(int64_t days);

bool IsLeapYear(int year);
// 28..31; 0 when month is out of range.
int DaysInMonth(int year, int month);
// True when year/month/day form a real Gregorian date (year 1..9999).
bool IsValidDate(int year, int month, int day);

// 0 = Sunday ... 6 = Saturday. Requires a complete valid date.
int Weekday(const CivilDate& d);
CivilDate AddDays(const CivilDate& d, int64_t days);
// Adds months to a year-month (day ignored and cleared).
CivilDate AddMonths(const CivilDate& d, int months);

// "2023-09-29", "2023-09" or "2023" depending on which fields are set.
std::string ToIso(const CivilDate& d);
// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (the prefix of a longer ISO string
// such as "2023-09-29T10:00"). nullopt when it is none of these or not a real date.
std::optional<CivilDate> FromIso(std::string_view iso);

// Converts a Hijri date (Umm al-Qura; day may be 0, then the 1st is used) to
// Gregorian. nullopt when the date is out of ICU's range or ICU fails.
std::optional<CivilDate> HijriToGregorian(const CivilDate& hijri);
// The Hijri (Umm al-Qura) date of a complete Gregorian date.
std::optional<CivilDate> GregorianToHijri(const CivilDate& gregorian);

}  // namespace rased::extract

#endif  // RASED_EXTRACT_CALENDAR_H_

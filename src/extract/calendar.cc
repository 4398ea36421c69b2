#include "extract/calendar.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <cmath>
#include <cstdio>
#include <memory>

namespace rased::extract {

namespace {
constexpr double kMsPerDay = 86400000.0;

std::unique_ptr<icu::Calendar> NewCalendar(const char* locale) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> cal(
      icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), icu::Locale(locale), status));
  if (U_FAILURE(status)) return nullptr;
  cal->setLenient(false);
  return cal;
}
}  // namespace

// Howard Hinnant's days_from_civil / civil_from_days: exact for the whole
// proleptic Gregorian calendar without tables.
int64_t DaysFromCivil(int year, int month, int day) {
  const int64_t y = static_cast<int64_t>(year) - (month <= 2);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = yoe + era * 400;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return year >= 1 && year <= 9999 && day >= 1 && day <= DaysInMonth(year, month);
}

int Weekday(const CivilDate& d) {
  const int64_t days = DaysFromCivil(d.year, d.month, d.day);
  // 1970-01-01 was a Thursday (4).
  return static_cast<int>(((days % 7) + 7 + 4) % 7);
}

CivilDate AddDays(const CivilDate& d, int64_t days) {
  return CivilFromDays(DaysFromCivil(d.year, d.month, d.day) + days);
}

CivilDate AddMonths(const CivilDate& d, int months) {
  const int total = d.year * 12 + (d.month - 1) + months;
  const int y = total >= 0 ? total / 12 : (total - 11) / 12;
  return CivilDate{y, total - y * 12 + 1, 0};
}

std::string ToIso(const CivilDate& d) {
  char buf[16];
  if (d.month == 0) {
    std::snprintf(buf, sizeof(buf), "%04d", d.year);
  } else if (d.day == 0) {
    std::snprintf(buf, sizeof(buf), "%04d-%02d", d.year, d.month);
  } else {
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", d.year, d.month, d.day);
  }
  return buf;
}

std::optional<CivilDate> FromIso(std::string_view iso) {
  auto digits = [&](size_t pos, size_t n, int& out) {
    if (pos + n > iso.size()) return false;
    out = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (iso[i] < '0' || iso[i] > '9') return false;
      out = out * 10 + (iso[i] - '0');
    }
    return true;
  };
  CivilDate d;
  if (!digits(0, 4, d.year) || d.year == 0) return std::nullopt;
  if (iso.size() == 4) return d;
  if (iso[4] != '-' || !digits(5, 2, d.month) || d.month < 1 || d.month > 12) return std::nullopt;
  if (iso.size() == 7) return d;
  if (iso[7] != '-' || !digits(8, 2, d.day) || !IsValidDate(d.year, d.month, d.day)) {
    return std::nullopt;
  }
  if (iso.size() > 10 && iso[10] != 'T' && iso[10] != ' ') return std::nullopt;
  return d;
}

std::optional<CivilDate> HijriToGregorian(const CivilDate& hijri) {
  if (hijri.year < 1 || hijri.year > 2000 || hijri.month < 1 || hijri.month > 12 || hijri.day < 0 ||
      hijri.day > 30) {
    return std::nullopt;
  }
  std::unique_ptr<icu::Calendar> cal = NewCalendar("ar@calendar=islamic-umalqura");
  if (!cal) return std::nullopt;
  cal->clear();
  cal->set(hijri.year, hijri.month - 1, hijri.day == 0 ? 1 : hijri.day);
  UErrorCode status = U_ZERO_ERROR;
  const UDate ms = cal->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  return CivilFromDays(static_cast<int64_t>(std::floor(ms / kMsPerDay)));
}

std::optional<CivilDate> GregorianToHijri(const CivilDate& g) {
  if (!IsValidDate(g.year, g.month, g.day)) return std::nullopt;
  std::unique_ptr<icu::Calendar> cal = NewCalendar("ar@calendar=islamic-umalqura");
  if (!cal) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  cal->setTime(static_cast<UDate>(DaysFromCivil(g.year, g.month, g.day)) * kMsPerDay, status);
  CivilDate h;
  h.year = cal->get(UCAL_YEAR, status);
  h.month = cal->get(UCAL_MONTH, status) + 1;
  h.day = cal->get(UCAL_DATE, status);
  if (U_FAILURE(status)) return std::nullopt;
  return h;
}

}  // namespace rased::extract

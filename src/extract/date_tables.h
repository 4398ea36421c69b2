// DateTables: the vocabulary of dates (data/dates/*.tsv) compiled into phrase
// tables keyed by one normalisation function.
//
// The date annotator keys the tables with the text layer's MatchKey so that
// they compare equal to Token::key; ParseStandaloneDate keys them with its own
// FoldKey so that it needs no tokenizer. The file formats are described in the
// header comment of each table.
//
// Thread safety: immutable after Load(); share freely between threads.
#ifndef RASED_EXTRACT_DATE_TABLES_H_
#define RASED_EXTRACT_DATE_TABLES_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/phrase_table.h"
#include "rased/status.h"

namespace rased::extract {

struct MonthInfo {
  bool hijri = false;
  int month = 0;            // 1..12
  bool ambiguous = false;   // also a common word or name: needs date context
  bool place_name = false;  // also a place ("إب"): a preposition is no context
};

enum class PartKind : int32_t { kBegin = 0, kMiddle = 1, kEnd = 2, kSeason = 3 };
struct PartInfo {
  PartKind kind = PartKind::kBegin;
  int season_month = 0;  // first month of a season
};

enum class TimeUnit : int32_t { kHour, kDay, kWeek, kMonth, kYear, kDecade };
struct UnitInfo {
  TimeUnit unit = TimeUnit::kDay;
  int count = 1;  // 1 singular, 2 dual, 0 plural (needs a number)
};

struct DirectionInfo {
  int direction = 0;    // -1 past, +1 next, 0 current
  bool plural = false;  // only agrees with dual/plural units
};

enum class ExprKind : int32_t { kVague, kSameTime, kSameYear, kDayAfter, kEvent };
struct ExprInfo {
  ExprKind kind = ExprKind::kVague;
  int value = 0;
};

enum class Marker : int32_t {
  kYearWord,
  kYearPrep,
  kMonthWord,
  kDayWord,
  kEraGregorian,
  kEraHijri,
  kRangeStart,
  kRangeLink,
  kAgo,
  kIn,
  kApprox,
  kOf,
  kDateLine,
  kTimeWord,
  kTimeFiller,
  kCount,
};

class DateTables {
 public:
  using KeyFn = std::function<std::string(std::string_view)>;

  // Reads months.tsv, weekdays.tsv, ordinals.tsv, periods.tsv, relative.tsv,
  // expressions.tsv and markers.tsv from data_dir/dates. Fails with kNotFound
  // or kDataLoss naming the file and line.
  static StatusOr<std::unique_ptr<DateTables>> Load(const std::string& data_dir, const KeyFn& key);

  PhraseTable months;  // payload: index into month_info
  std::vector<MonthInfo> month_info;
  PhraseTable weekdays;      // payload: 0 = Sunday ... 6 = Saturday
  PhraseTable ordinal_days;  // payload: day of the month ("الثالث" = 3)
  PhraseTable parts;         // payload: index into part_info
  std::vector<PartInfo> part_info;
  PhraseTable decades;    // payload: tens digit of the decade (8 = the eighties)
  PhraseTable centuries;  // payload: first two digits of the century's years
  PhraseTable day_words;  // payload: offset in days + 1000
  PhraseTable units;      // payload: index into unit_info
  std::vector<UnitInfo> unit_info;
  PhraseTable directions;  // payload: index into direction_info
  std::vector<DirectionInfo> direction_info;
  PhraseTable this_words;       // payload 0
  PhraseTable vague_modifiers;  // payload 0
  PhraseTable expressions;      // payload: index into expr_info
  std::vector<ExprInfo> expr_info;
  PhraseTable markers[static_cast<int>(Marker::kCount)];  // payload 0

  const PhraseTable& marker(Marker m) const { return markers[static_cast<int>(m)]; }

  // Every table, for building a set of words that can start a date.
  std::vector<const PhraseTable*> AllTables() const;
};

}  // namespace rased::extract

#endif  // RASED_EXTRACT_DATE_TABLES_H_

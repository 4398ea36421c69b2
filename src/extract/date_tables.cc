#include "extract/date_tables.h"

#include <cstdlib>
#include <utility>

#include "common/tsv.h"

namespace rased::extract {

namespace {

Status BadRow(const std::string& path, const TsvRow& row, std::string_view why) {
  return Status::DataLoss(path + ":" + std::to_string(row.line) + ": " + std::string(why));
}

bool ParseInt(std::string_view s, int& out) {
  if (s.empty()) return false;
  std::string str(s);
  char* end = nullptr;
  long v = std::strtol(str.c_str(), &end, 10);
  if (end == nullptr || *end != '\0') return false;
  out = static_cast<int>(v);
  return true;
}

// Adds every '|'-separated form of `field` to `table` with `payload`.
void AddForms(PhraseTable& table, std::string_view field, int32_t payload,
              const DateTables::KeyFn& key) {
  for (const std::string& form : SplitList(field)) table.Add(KeyWords(form, key), payload);
}

StatusOr<std::vector<TsvRow>> ReadTable(const std::string& path, size_t min_fields) {
  RASED_ASSIGN_OR_RETURN(std::vector<TsvRow> rows, ReadTsv(path));
  for (const TsvRow& row : rows) {
    if (row.fields.size() < min_fields) {
      return BadRow(path, row, "expected at least " + std::to_string(min_fields) + " fields");
    }
  }
  return rows;
}

}  // namespace

StatusOr<std::unique_ptr<DateTables>> DateTables::Load(const std::string& data_dir,
                                                       const KeyFn& key) {
  auto t = std::make_unique<DateTables>();
  const std::string dir = data_dir + "/dates/";

  {
    const std::string path = dir + "months.tsv";
    RASED_ASSIGN_OR_RETURN(auto rows, ReadTable(path, 3));
    for (const TsvRow& row : rows) {
      MonthInfo info;
      if (row.fields[0] == "hijri") {
        info.hijri = true;
      } else if (row.fields[0] != "gregorian") {
        return BadRow(path, row, "calendar must be gregorian or hijri");
      }
      if (!ParseInt(row.fields[1], info.month) || info.month < 1 || info.month > 12) {
        return BadRow(path, row, "month must be 1..12");
      }
      info.ambiguous = row.fields.size() > 3 &&
                       (row.fields[3] == "ambiguous" || row.fields[3] == "ambiguous_place");
      info.place_name = row.fields.size() > 3 && row.fields[3] == "ambiguous_place";
      t->month_info.push_back(info);
      AddForms(t->months, row.fields[2], static_cast<int32_t>(t->month_info.size() - 1), key);
    }
  }
  {
    const std::string path = dir + "weekdays.tsv";
    RASED_ASSIGN_OR_RETURN(auto rows, ReadTable(path, 2));
    for (const TsvRow& row : rows) {
      int wd = 0;
      if (!ParseInt(row.fields[0], wd) || wd < 0 || wd > 6) {
        return BadRow(path, row, "weekday must be 0..6");
      }
      AddForms(t->weekdays, row.fields[1], wd, key);
    }
  }
  {
    const std::string path = dir + "ordinals.tsv";
    RASED_ASSIGN_OR_RETURN(auto rows, ReadTable(path, 2));
    for (const TsvRow& row : rows) {
      int day = 0;
      if (!ParseInt(row.fields[0], day) || day < 1 || day > 31) {
        return BadRow(path, row, "day must be 1..31");
      }
      AddForms(t->ordinal_days, row.fields[1], day, key);
    }
  }
  {
    const std::string path = dir + "periods.tsv";
    RASED_ASSIGN_OR_RETURN(auto rows, ReadTable(path, 3));
    for (const TsvRow& row : rows) {
      PartInfo info;
      const std::string& kind = row.fields[0];
      const std::string& value = row.fields[1];
      if (kind == "part") {
        if (value == "begin") {
          info.kind = PartKind::kBegin;
        } else if (value == "middle") {
          info.kind = PartKind::kMiddle;
        } else if (value == "end") {
          info.kind = PartKind::kEnd;
        } else {
          return BadRow(path, row, "part must be begin, middle or end");
        }
      } else if (kind == "decade" || kind == "century") {
        int v = 0;
        if (!ParseInt(value, v) || v < 0 || v > 99) return BadRow(path, row, "bad decade/century");
        AddForms(kind == "decade" ? t->decades : t->centuries, row.fields[2], v, key);
        continue;
      } else if (kind == "season") {
        info.kind = PartKind::kSeason;
        if (!ParseInt(value, info.season_month) || info.season_month < 1 ||
            info.season_month > 12) {
          return BadRow(path, row, "season month must be 1..12");
        }
      } else {
        return BadRow(path, row, "kind must be part, season, decade or century");
      }
      t->part_info.push_back(info);
      AddForms(t->parts, row.fields[2], static_cast<int32_t>(t->part_info.size() - 1), key);
    }
  }
  {
    const std::string path = dir + "relative.tsv";
    RASED_ASSIGN_OR_RETURN(auto rows, ReadTable(path, 3));
    for (const TsvRow& row : rows) {
      const std::string& kind = row.fields[0];
      const std::string& value = row.fields[1];
      if (kind == "day") {
        int offset = 0;
        if (!ParseInt(value, offset) || offset < -30 || offset > 30) {
          return BadRow(path, row, "day offset must be -30..30");
        }
        AddForms(t->day_words, row.fields[2], offset + 1000, key);
      } else if (kind == "unit") {
        UnitInfo info;
        if (value == "hour") {
          info.unit = TimeUnit::kHour;
        } else if (value == "day") {
          info.unit = TimeUnit::kDay;
        } else if (value == "week") {
          info.unit = TimeUnit::kWeek;
        } else if (value == "month") {
          info.unit = TimeUnit::kMonth;
        } else if (value == "year") {
          info.unit = TimeUnit::kYear;
        } else if (value == "decade") {
          info.unit = TimeUnit::kDecade;
        } else {
          return BadRow(path, row, "unknown unit");
        }
        if (row.fields.size() < 4 || !ParseInt(row.fields[3], info.count) || info.count < 0 ||
            info.count > 2) {
          return BadRow(path, row, "unit needs a count of 0, 1 or 2");
        }
        t->unit_info.push_back(info);
        AddForms(t->units, row.fields[2], static_cast<int32_t>(t->unit_info.size() - 1), key);
      } else if (kind == "direction") {
        DirectionInfo info;
        if (!ParseInt(value, info.direction) || info.direction < -1 || info.direction > 1) {
          return BadRow(path, row, "direction must be -1, 0 or 1");
        }
        info.plural = row.fields.size() > 3 && row.fields[3] == "plural";
        t->direction_info.push_back(info);
        AddForms(t->directions, row.fields[2], static_cast<int32_t>(t->direction_info.size() - 1),
                 key);
      } else if (kind == "this") {
        AddForms(t->this_words, row.fields[2], 0, key);
      } else if (kind == "vague_modifier") {
        AddForms(t->vague_modifiers, row.fields[2], 0, key);
      } else {
        return BadRow(path, row, "unknown kind");
      }
    }
  }
  {
    const std::string path = dir + "expressions.tsv";
    RASED_ASSIGN_OR_RETURN(auto rows, ReadTable(path, 3));
    for (const TsvRow& row : rows) {
      ExprInfo info;
      const std::string& kind = row.fields[0];
      if (kind == "vague") {
        info.kind = ExprKind::kVague;
      } else if (kind == "same_time") {
        info.kind = ExprKind::kSameTime;
      } else if (kind == "same_year") {
        info.kind = ExprKind::kSameYear;
      } else if (kind == "day_after") {
        info.kind = ExprKind::kDayAfter;
      } else if (kind == "event") {
        info.kind = ExprKind::kEvent;
      } else {
        return BadRow(path, row, "unknown kind");
      }
      if (!ParseInt(row.fields[1], info.value)) return BadRow(path, row, "value must be a number");
      t->expr_info.push_back(info);
      AddForms(t->expressions, row.fields[2], static_cast<int32_t>(t->expr_info.size() - 1), key);
    }
  }
  {
    static constexpr std::pair<std::string_view, Marker> kKinds[] = {
        {"year_word", Marker::kYearWord},
        {"year_prep", Marker::kYearPrep},
        {"month_word", Marker::kMonthWord},
        {"day_word", Marker::kDayWord},
        {"era_gregorian", Marker::kEraGregorian},
        {"era_hijri", Marker::kEraHijri},
        {"range_start", Marker::kRangeStart},
        {"range_link", Marker::kRangeLink},
        {"ago", Marker::kAgo},
        {"in", Marker::kIn},
        {"approx", Marker::kApprox},
        {"of", Marker::kOf},
        {"date_line", Marker::kDateLine},
        {"time_word", Marker::kTimeWord},
        {"time_filler", Marker::kTimeFiller},
    };
    const std::string path = dir + "markers.tsv";
    RASED_ASSIGN_OR_RETURN(auto rows, ReadTable(path, 2));
    for (const TsvRow& row : rows) {
      bool known = false;
      for (const auto& [name, marker] : kKinds) {
        if (row.fields[0] == name) {
          AddForms(t->markers[static_cast<int>(marker)], row.fields[1], 0, key);
          known = true;
        }
      }
      if (!known) return BadRow(path, row, "unknown marker kind");
    }
  }
  return t;
}

std::vector<const PhraseTable*> DateTables::AllTables() const {
  std::vector<const PhraseTable*> all = {&months,     &weekdays,   &ordinal_days,    &parts,
                                         &decades,    &centuries,  &day_words,       &units,
                                         &directions, &this_words, &vague_modifiers, &expressions};
  for (const PhraseTable& m : markers) all.push_back(&m);
  return all;
}

}  // namespace rased::extract

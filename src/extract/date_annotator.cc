#include "extract/date_annotator.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/calendar.h"
#include "extract/date_parser.h"
#include "extract/date_tables.h"
#include "text/normalize.h"
#include "text/string_hash.h"

// How the date stage works.
//
// Pass 1 (Scanner) walks the tokens of each sentence and recognises date
// expressions on their match keys with the phrase tables of data/dates:
// absolute dates ("26 سبتمبر 2023", "أيلول/سبتمبر", "عام 2019", "29/09/2023",
// "15 ربيع الأول 1445 هـ"), ranges ("بين نيسان/أبريل 2019، وحزيران/يونيو
// 2020", "2018-2019"), parts of periods ("مطلع عام 2023", "خريف ذلك العام"),
// relative expressions ("أمس الخميس", "الثلاثاء الماضي", "الشهر المقبل",
// "قبل عامين"), anaphoric ones ("في الوقت نفسه") and vague ones ("مؤخراً",
// "الأشهر الماضية"). Nothing is resolved yet.
//
// Pass 2 (Resolver) resolves them in text order, because anaphora needs the
// dates before it and the year of a yearless date may come from the whole
// document:
//   - against Document::published (or, when there is none, a dateline that
//     opens the text), setting DateExpr::relative;
//   - a yearless day or month takes the occurrence nearest the publication
//     date, later ones counting half again as far (news reports the past);
//     "الماضي" / "المقبل" force the one before / after it; a weekday written
//     with it filters the candidates. Without a publication date the latest
//     explicitly dated month of the document stands in for it (ties go to the
//     later occurrence: articles are written after the events they date);
//   - "ذلك العام" is the last year resolved before it; "في الوقت نفسه" copies
//     the last resolved date within three sentences;
//   - a relative count with no anchor takes an explicit date in apposition
//     ("قبل عامين تقريبًا، سنة 2018").
// A range is emitted as one DateExpr (value .. end_value) followed by one
// DateExpr per end, so that consumers wanting points have them.

namespace rased::extract {

namespace {

constexpr uint32_t kAnaphoraWindow = 3;  // sentences back for "في الوقت نفسه"

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// The key without a conjunction (و ف) and a preposition (ب ل ك). Used only for
// closed-class lookups (month names, markers) and numbers: "وحزيران",
// "و2020", "بمارس", "لعام".
std::string_view StripProclitics(std::string_view k) {
  static constexpr std::string_view kConj[] = {"\xD9\x88", "\xD9\x81"};
  static constexpr std::string_view kPrep[] = {"\xD8\xA8", "\xD9\x84", "\xD9\x83"};
  std::string_view r = k;
  for (std::string_view c : kConj) {
    if (StartsWith(r, c) && r.size() > c.size() + 2) {
      r.remove_prefix(c.size());
      break;
    }
  }
  for (std::string_view p : kPrep) {
    if (StartsWith(r, p)) {
      std::string_view rest = r.substr(p.size());
      if (rest.size() >= 4 || IsDigits(rest)) r = rest;
      break;
    }
  }
  return r;
}

bool IsDefinite(std::string_view k) { return StartsWith(k, "\xD8\xA7\xD9\x84"); }  // "ال"

// A date as written, before resolution. Zero fields are absent.
struct Core {
  uint32_t begin = 0;  // tokens [begin, end)
  uint32_t end = 0;
  int year = 0;
  int month = 0;
  int day = 0;
  bool hijri = false;
  int weekday = -1;  // a weekday written with the date
  bool has_direction = false;
  int direction = 0;  // "الماضي" -1, "المقبل" +1, "الجاري" 0
};

enum class FoundKind {
  kDate,      // core
  kRange,     // core .. core2
  kPart,      // a part or season of core / of a relative unit / of "ذلك العام"
  kRelDay,    // offset days from publication ("أمس")
  kWeekday,   // weekday, direction
  kRelUnit,   // unit + direction ("الشهر الماضي")
  kCount,     // count units before/after publication ("قبل عامين")
  kVague,     // unresolved
  kSameTime,  // copy of the last resolved date
  kSameYear,  // the last year mentioned
  kDayAfter,  // offset from the last day-precision date
  kDecade,    // decade prefix
  kLastN,     // the last / next n units ("اليومين الماضيين"): offset = signed count
  kEvent,  // dates the event of its clause ("عشية الانتخابات", "بعد أسبوعين على تحريرها")
};

enum class PartTarget { kCore, kRelUnit, kSameYear };

struct Found {
  FoundKind kind = FoundKind::kDate;
  uint32_t begin = 0;  // tokens
  uint32_t end = 0;
  uint32_t sentence = 0;
  Core core;
  Core core2;
  PartInfo part;
  PartTarget target = PartTarget::kCore;
  int offset = 0;  // kRelDay, kDayAfter: days; kCount: signed count
  int weekday = -1;
  TimeUnit unit = TimeUnit::kDay;
  int direction = 0;
  int decade = 0;  // kDecade: "198"
  bool component = false;
};

class Scanner {
 public:
  Scanner(const DateTables& t, const text::FlatStringSet& triggers, const Document& doc)
      : t_(t), triggers_(triggers), doc_(doc) {
    const size_t n = doc.tokens.size();
    keys_.reserve(n);
    base_.reserve(n);
    strip_.reserve(n);
    shapes_.reserve(n);
    for (const Token& tok : doc.tokens) {
      keys_.push_back(tok.key);
      base_.push_back(tok.base.empty() ? std::string_view(tok.key) : std::string_view(tok.base));
      strip_.push_back(StripProclitics(tok.key));
      shapes_.push_back({static_cast<uint16_t>(PhraseTable::Shape(keys_.back())),
                         static_cast<uint16_t>(PhraseTable::Shape(base_.back())),
                         static_cast<uint16_t>(PhraseTable::Shape(strip_.back()))});
    }
  }

  std::vector<Found> Scan() {
    std::vector<Found> out;
    auto scan_range = [&](uint32_t b, uint32_t e, uint32_t sentence) {
      lim_ = e;
      uint32_t i = b;
      while (i < e) {
        if (!Trigger(i)) {
          ++i;
          continue;
        }
        const size_t before = out.size();
        const uint32_t next = Try(i, out);
        for (size_t k = before; k < out.size(); ++k) out[k].sentence = sentence;
        i = next > i ? next : i + 1;
      }
    };
    if (doc_.sentences.empty()) {
      scan_range(0, static_cast<uint32_t>(doc_.tokens.size()), 0);
    } else {
      for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
        const Sentence& sent = doc_.sentences[s];
        scan_range(sent.token_begin, std::min<uint32_t>(sent.token_end, doc_.tokens.size()), s);
      }
    }
    return out;
  }

 private:
  // ------------------------------------------------------------ token tests
  bool Trigger(uint32_t i) const {
    const Token& tok = doc_.tokens[i];
    if (tok.kind == TokenKind::kNumber || IsDigits(strip_[i])) return true;
    if (tok.kind == TokenKind::kPunct) return keys_[i] == "(";
    return triggers_.Contains(keys_[i]) || (base_[i] != keys_[i] && triggers_.Contains(base_[i])) ||
           (strip_[i] != keys_[i] && triggers_.Contains(strip_[i]));
  }

  PhraseMatch M(const PhraseTable& table, size_t j) const {
    if (j >= lim_) return {};
    if (!table.MayStart(shapes_[j][0]) && !table.MayStart(shapes_[j][1]) &&
        !table.MayStart(shapes_[j][2])) {
      return {};
    }
    return table.Longest(std::span<const std::string_view>(keys_).first(lim_), j,
                         {keys_[j], base_[j], strip_[j]});
  }
  PhraseMatch M(Marker m, size_t j) const { return M(t_.marker(m), j); }

  bool Punct(size_t j, std::initializer_list<std::string_view> ps) const {
    if (j >= lim_ || doc_.tokens[j].kind != TokenKind::kPunct) return false;
    for (std::string_view p : ps) {
      if (keys_[j] == p) return true;
    }
    return false;
  }

  // Digits of a plain integer token ("2019", "و2020"), 0 otherwise.
  int Digits(size_t j) const {
    if (j >= lim_) return 0;
    if (IsDigits(keys_[j])) return static_cast<int>(keys_[j].size());
    if (IsDigits(strip_[j])) return static_cast<int>(strip_[j].size());
    return 0;
  }
  int IntAt(size_t j) const {
    const int d = Digits(j);
    if (d == 0 || d > 8) return -1;
    return std::atoi(std::string(IsDigits(keys_[j]) ? keys_[j] : strip_[j]).c_str());
  }
  int DayNumber(size_t j) const {
    const int d = Digits(j);
    const int v = IntAt(j);
    return (d >= 1 && d <= 2 && v >= 1 && v <= 31) ? v : 0;
  }
  // A year written in digits after a month name or a year word.
  int YearAt(size_t j, bool hijri) const {
    const int d = Digits(j);
    const int v = IntAt(j);
    // Three-digit Hijri years need an era marker ("656 هـ"): "رمضان 200" is a count.
    if (hijri) {
      return (v >= 1 && v <= 1999 && (d == 4 || (d == 3 && M(Marker::kEraHijri, j + 1).ok()))) ? v
                                                                                               : 0;
    }
    return (d == 4 && v >= 1000 && v <= 2999) ? v : 0;
  }
  // A bare four-digit number read as a year only in a date context.
  int BareYearAt(size_t j) const {
    const int v = IntAt(j);
    return (Digits(j) == 4 && v >= 1900 && v <= 2100) ? v : 0;
  }
  // A count before a unit: digits or a number word.
  int CountAt(size_t j) const {
    if (j >= lim_) return 0;
    const Token& tok = doc_.tokens[j];
    if (!tok.has_value || tok.value < 1 || tok.value > 1000 ||
        tok.value != static_cast<int>(tok.value)) {
      return IntAt(j) > 0 && IntAt(j) <= 1000 ? IntAt(j) : 0;
    }
    return static_cast<int>(tok.value);
  }

  // Skips an era marker after a year; marks Hijri.
  size_t Era(size_t p, Core& c) const {
    if (PhraseMatch e = M(Marker::kEraHijri, p); e.ok()) {
      c.hijri = true;
      return p + e.length;
    }
    if (PhraseMatch e = M(Marker::kEraGregorian, p); e.ok()) return p + e.length;
    return p;
  }

  // ----------------------------------------------------------- date pieces
  struct MonthHit {
    size_t end = 0;
    MonthInfo info;
    bool confirmed = false;  // a second name of the same month follows
  };

  // "سبتمبر", "أيلول/سبتمبر", "تشرين الأول /أكتوبر", "يناير/ كانون الثاني", "سبتمبر (أيلول)".
  std::optional<MonthHit> MonthGroup(size_t j) const {
    PhraseMatch m = M(t_.months, j);
    if (!m.ok()) return std::nullopt;
    MonthHit h{j + m.length, t_.month_info[m.payload], false};
    const size_t k = h.end;
    if (Punct(k, {"/", "(", "-"})) {
      PhraseMatch m2 = M(t_.months, k + 1);
      if (m2.ok()) {
        const MonthInfo& other = t_.month_info[m2.payload];
        if (other.month == h.info.month && other.hijri == h.info.hijri) {
          h.end = k + 1 + m2.length;
          if (Punct(h.end, {")"})) ++h.end;
          h.confirmed = true;
          h.info.ambiguous = false;
        }
      }
    }
    return h;
  }

  // The month group at p and a year after it ("سبتمبر 2023", "أيلول/سبتمبر،
  // 2023", "شوال 1445 هـ"): sets c's month, calendar, year when written, and
  // end. nullopt, and c untouched, when no month name is at p.
  std::optional<MonthHit> MonthAndYear(size_t p, Core& c) const {
    std::optional<MonthHit> mh = MonthGroup(p);
    if (!mh) return std::nullopt;
    c.month = mh->info.month;
    c.hijri = mh->info.hijri;
    size_t end = mh->end;
    size_t q = end;
    if (Punct(q, {"-", "/", ",", "\xD8\x8C"})) ++q;
    if (const int y = YearAt(q, c.hijri)) {
      c.year = y;
      end = Era(q + 1, c);
    }
    c.end = static_cast<uint32_t>(end);
    return mh;
  }

  // "الماضي", "المقبل", "الجاري" after a yearless date.
  void Trailer(Core& c) const {
    if (c.year != 0) return;
    PhraseMatch d = M(t_.directions, c.end);
    if (d.ok() && !t_.direction_info[d.payload].plural) {
      c.has_direction = true;
      c.direction = t_.direction_info[d.payload].direction;
      c.end += d.length;
    }
  }

  std::optional<CivilDate> NumericCluster(size_t k, size_t* end) const {
    if (Digits(k) == 0 && doc_.tokens[k].kind != TokenKind::kNumber) return std::nullopt;
    size_t e = k + 1;
    while (e < lim_ && e - k < 5 && doc_.tokens[e].span.begin == doc_.tokens[e - 1].span.end &&
           (doc_.tokens[e].kind == TokenKind::kNumber || Punct(e, {"/", "-", "."}))) {
      ++e;
    }
    const std::string_view slice = std::string_view(doc_.text).substr(
        doc_.tokens[k].span.begin, doc_.tokens[e - 1].span.end - doc_.tokens[k].span.begin);
    std::optional<CivilDate> d = ParseNumericDate(StripProclitics(slice));
    if (d) *end = e;
    return d;
  }

  // An absolute (possibly yearless) date starting at j.
  // `month_context`: the caller has seen a word that makes a month name that
  // is also a common word a month ("منتصف مارس").
  std::optional<Core> Absolute(size_t j, bool allow_bare_year, bool month_context = false) const {
    if (j >= lim_) return std::nullopt;
    Core c;
    c.begin = static_cast<uint32_t>(j);
    size_t k = j;
    {
      // "يوم الثلاثاء، 3 مارس", "الجمعة 29 سبتمبر", "يوم 7 أكتوبر".
      size_t p = k;
      PhraseMatch dw = M(Marker::kDayWord, p);
      if (dw.ok()) p += dw.length;
      PhraseMatch wd = M(t_.weekdays, p);
      if (wd.ok()) {
        p += wd.length;
        if (Punct(p, {"\xD8\x8C", ",", "-"})) ++p;  // "،"
        c.weekday = wd.payload;
        k = p;
      } else if (dw.ok() && (DayNumber(p) || M(t_.ordinal_days, p).ok())) {
        k = p;  // "يوم 7 أكتوبر", "ليل السادس من أغسطس"
      }
    }
    if (k >= lim_) return std::nullopt;
    size_t end = 0;
    if (std::optional<CivilDate> d = NumericCluster(k, &end)) {
      c.year = d->year;
      c.month = d->month;
      c.day = d->day;
      c.end = static_cast<uint32_t>(end);
      return c;
    }
    // "الثالث من آب/أغسطس 2015", "الثلاثين من يونيو الماضي".
    if (PhraseMatch od = M(t_.ordinal_days, k); od.ok()) {
      size_t p = k + od.length;
      if (PhraseMatch of = M(Marker::kOf, p); of.ok()) {
        p += of.length;
        if (PhraseMatch w = M(Marker::kMonthWord, p); w.ok()) p += w.length;
        if (MonthAndYear(p, c)) {
          c.day = od.payload;
          Trailer(c);
          return c;
        }
      }
    }
    if (const int day = DayNumber(k)) {
      size_t p = k + 1;
      if (Punct(p, {"-", "/", "."})) {
        ++p;
      } else if (M(Marker::kOf, p).ok() && M(Marker::kMonthWord, p + 1).ok()) {
        p += 1 + M(Marker::kMonthWord, p + 1).length;  // "22 من شهر شوال"
      }
      if (MonthAndYear(p, c)) {
        c.day = day;
        Trailer(c);
        return c;
      }
    }
    {
      size_t p = k;
      bool month_word = false;
      if (PhraseMatch w = M(Marker::kMonthWord, p); w.ok()) {
        p += w.length;
        month_word = true;
      }
      if (std::optional<MonthHit> mh = MonthAndYear(p, c)) {
        Trailer(c);
        // A month name that is also a common word or a first name ("مارس",
        // "رجب") needs some date context.
        // A preposition of time before it is context too: "منذ مارس", "في رمضان".
        const bool prep =
            p == j && j > 0 && !mh->info.place_name && M(Marker::kYearPrep, j - 1).length == 1;
        if (c.year == 0 && mh->info.ambiguous && !month_word && !month_context && !prep &&
            !c.has_direction && c.weekday < 0) {
          return std::nullopt;
        }
        return c;
      }
    }
    if (c.weekday >= 0) return std::nullopt;  // a weekday alone is relative
    if (PhraseMatch w = M(Marker::kYearWord, k); w.ok()) {
      // "عام 2019", "سنة 2018", "عام 1445 هـ".
      const size_t p = k + w.length;
      const int d = Digits(p);
      const int v = IntAt(p);
      if (d >= 3 && d <= 4) {
        Core y = c;
        const size_t after = Era(p + 1, y);
        if ((y.hijri && v >= 1 && v <= 1999) || (!y.hijri && d == 4 && v >= 1000 && v <= 2999)) {
          y.year = v;
          y.end = static_cast<uint32_t>(after);
          return y;
        }
      }
      return std::nullopt;
    }
    if (Digits(k) == 4) {
      // "2023م", "1445 هـ", or a bare year where the caller allows one.
      Core y = c;
      const size_t after = Era(k + 1, y);
      const int v = IntAt(k);
      if (after > k + 1 && ((y.hijri && v <= 1999) || (!y.hijri && v >= 1000 && v <= 2999))) {
        y.year = v;
        y.end = static_cast<uint32_t>(after);
        return y;
      }
      if (allow_bare_year && BareYearAt(k) && !M(Marker::kOf, k + 1).ok()) {
        c.year = v;
        c.end = static_cast<uint32_t>(k + 1);
        return c;
      }
    }
    return std::nullopt;
  }

  // "هذا العام", "العام الماضي", "الشهر الجاري": one definite unit longer
  // than a day, maybe after a demonstrative, and the direction after it.
  struct UnitPhrase {
    TimeUnit unit = TimeUnit::kYear;
    bool this_word = false;      // "هذا", "هذه"
    size_t unit_end = 0;         // token after the unit
    bool has_direction = false;  // a singular direction follows the unit
    int direction = 0;
    size_t direction_end = 0;  // token after the direction
  };
  // With `after_proclitic` the unit may carry a conjunction or preposition
  // ("والعام الماضي"); after a part of a period it is written bare.
  std::optional<UnitPhrase> DefiniteUnit(size_t p, bool after_proclitic) const {
    UnitPhrase h;
    if (PhraseMatch tw = M(t_.this_words, p); tw.ok()) {
      p += tw.length;
      h.this_word = true;
    }
    const PhraseMatch u = M(t_.units, p);
    if (!u.ok() || t_.unit_info[u.payload].count != 1 ||
        !IsDefinite(after_proclitic ? strip_[p] : keys_[p]) ||
        t_.unit_info[u.payload].unit == TimeUnit::kDay ||
        t_.unit_info[u.payload].unit == TimeUnit::kHour) {
      return std::nullopt;
    }
    h.unit = t_.unit_info[u.payload].unit;
    h.unit_end = p + u.length;
    if (PhraseMatch d = M(t_.directions, h.unit_end);
        d.ok() && !t_.direction_info[d.payload].plural) {
      h.has_direction = true;
      h.direction = t_.direction_info[d.payload].direction;
      h.direction_end = h.unit_end + d.length;
    }
    return h;
  }

  // ------------------------------------------------------------- matchers
  // Returns the token after the expression(s) pushed, or i when none matched.
  uint32_t Try(uint32_t i, std::vector<Found>& out) const {
    if (TryRange(i, out) || TryPart(i, out) || TryExpression(i, out) || TryAbsolute(i, out) ||
        TryPrepYear(i, out) || TryBracketYear(i, out) || TryRelative(i, out) || TryDecade(i, out)) {
      return out.back().component ? out[out.size() - 3].end : out.back().end;
    }
    return i;
  }

  static Found Make(FoundKind kind, size_t b, size_t e) {
    Found f;
    f.kind = kind;
    f.begin = static_cast<uint32_t>(b);
    f.end = static_cast<uint32_t>(e);
    return f;
  }

  void PushRange(size_t b, size_t e, const Core& c1, const Core& c2,
                 std::vector<Found>& out) const {
    Found r = Make(FoundKind::kRange, b, e);
    r.core = c1;
    r.core2 = c2;
    out.push_back(r);
    for (const Core& c : {c1, c2}) {
      Found f = Make(FoundKind::kDate, c.begin, c.end);
      f.core = c;
      f.component = true;
      out.push_back(f);
    }
  }

  bool TryRange(size_t i, std::vector<Found>& out) const {
    size_t k = i;
    bool started = false;
    if (PhraseMatch rs = M(Marker::kRangeStart, k); rs.ok()) {
      k += rs.length;
      started = true;
    }
    {
      // "2018-2019", "(2013-2016)", "بين عامي 2018 و2020", "الأعوام 2018-2020".
      size_t p = k;
      const PhraseMatch yw = M(Marker::kYearWord, p);
      if (yw.ok()) p += yw.length;
      const bool paren = Punct(p, {"("});
      if (paren) ++p;
      const int y1 = YearAt(p, false);
      size_t q = 0;
      if (y1 && Punct(p + 1, {"-", "\xE2\x80\x93", "/"})) {
        q = p + 2;
      } else if (y1 && (yw.ok() || started)) {
        if (PhraseMatch l = M(Marker::kRangeLink, p + 1); l.ok()) {
          q = p + 1 + l.length;
        } else if (p + 1 < lim_ && StartsWith(keys_[p + 1], "\xD9\x88") &&
                   IsDigits(strip_[p + 1])) {
          q = p + 1;  // "و2020"
        }
      }
      if (q && q < lim_) {
        int y2 = YearAt(q, false);
        if (!y2 && Digits(q) == 2) y2 = y1 / 100 * 100 + IntAt(q);
        const bool context = yw.ok() || started || BareYearAt(p);
        if (y2 > y1 && y2 - y1 <= 30 && context) {
          size_t e = q + 1;
          if (paren && Punct(e, {")"})) ++e;
          Core c1, c2;
          c1.year = y1;
          c1.begin = static_cast<uint32_t>(p);
          c1.end = static_cast<uint32_t>(p + 1);
          c2.year = y2;
          c2.begin = static_cast<uint32_t>(q);
          c2.end = static_cast<uint32_t>(q + 1);
          const size_t b = (started || yw.ok()) ? i : (paren ? p - 1 : p);
          PushRange(b, e, c1, c2, out);
          return true;
        }
      }
    }
    if (!started) {
      // "23-25 سبتمبر 2023".
      const int d1 = DayNumber(i);
      if (d1 && Punct(i + 1, {"-"}) && DayNumber(i + 2)) {
        std::optional<Core> c2 = Absolute(i + 2, false);
        if (c2 && c2->day > d1 && c2->month) {
          Core c1 = *c2;
          c1.day = d1;
          c1.begin = static_cast<uint32_t>(i);
          c1.end = static_cast<uint32_t>(i + 1);
          PushRange(i, c2->end, c1, *c2, out);
          return true;
        }
      }
      return false;
    }
    std::optional<Core> c1 = Absolute(k, true);
    if (!c1) {
      // "من 23 إلى 25 سبتمبر": the first end borrows month and year.
      if (const int d1 = DayNumber(k)) {
        Core c;
        c.day = d1;
        c.begin = static_cast<uint32_t>(k);
        c.end = static_cast<uint32_t>(k + 1);
        c1 = c;
      } else {
        return false;
      }
    }
    size_t p = c1->end;
    while (Punct(p, {"\xD8\x8C", ","})) ++p;
    size_t q;
    if (PhraseMatch link = M(Marker::kRangeLink, p); link.ok()) {
      q = p + link.length;
    } else if (p < lim_ && StartsWith(keys_[p], "\xD9\x88") && keys_[p] != strip_[p]) {
      q = p;  // "وحزيران/يونيو 2020", "و2020": the link is a proclitic
    } else {
      return false;
    }
    std::optional<Core> c2 = Absolute(q, true);
    if (!c2) return false;
    if (c1->month == 0 && c1->year == 0) {
      // A bare first day.
      if (c2->day == 0 || c2->day <= c1->day) return false;
      const uint32_t b = c1->begin, e = c1->end;
      const int d = c1->day;
      *c1 = *c2;
      c1->day = d;
      c1->begin = b;
      c1->end = e;
      c1->has_direction = false;
    } else {
      // Year-only with month-only and similar mismatches are not ranges.
      if ((c1->month == 0) != (c2->month == 0)) return false;
      if (c1->year == 0 && c2->year != 0) {
        c1->year = c2->year - ((c1->month > c2->month) ? 1 : 0);
        c1->hijri = c2->hijri;
      } else if (c2->year == 0 && c1->year != 0) {
        c2->year = c1->year + ((c2->month < c1->month) ? 1 : 0);
        c2->hijri = c1->hijri;
      }
      if (c1->year && c2->year && !c1->hijri && !c2->hijri) {
        const CivilDate a{c1->year, c1->month, c1->day}, b{c2->year, c2->month, c2->day};
        const auto key = [](const CivilDate& d) { return d.year * 10000 + d.month * 100 + d.day; };
        if (key(b) < key(a)) return false;
      }
    }
    PushRange(i, c2->end, *c1, *c2, out);
    return true;
  }

  bool TryPart(size_t i, std::vector<Found>& out) const {
    PhraseMatch pm = M(t_.parts, i);
    if (!pm.ok()) return false;
    if (PhraseMatch mm = M(t_.months, i); mm.ok() && mm.length >= pm.length) return false;
    const PartInfo& part = t_.part_info[pm.payload];
    size_t k = i + pm.length;
    if (PhraseMatch of = M(Marker::kOf, k); of.ok()) k += of.length;
    Found f = Make(FoundKind::kPart, i, k);
    f.part = part;
    if (part.kind == PartKind::kSeason) {
      // "الصيف الماضي", "الربيع المقبل".
      PhraseMatch d = M(t_.directions, k);
      if (d.ok() && !t_.direction_info[d.payload].plural && IsDefinite(keys_[i])) {
        f.target = PartTarget::kRelUnit;
        f.unit = TimeUnit::kYear;
        f.direction = t_.direction_info[d.payload].direction;
        f.offset = 1;  // the direction counts seasons, not years
        f.end = static_cast<uint32_t>(k + d.length);
        out.push_back(f);
        return true;
      }
    }
    if (PhraseMatch e = M(t_.expressions, k);
        e.ok() && t_.expr_info[e.payload].kind == ExprKind::kSameYear) {
      f.target = PartTarget::kSameYear;
      f.end = static_cast<uint32_t>(k + e.length);
      out.push_back(f);
      return true;
    }
    // "نهاية العام الماضي", "مطلع هذا العام", "أواخر الشهر الجاري".
    if (std::optional<UnitPhrase> u = DefiniteUnit(k, /*after_proclitic=*/false)) {
      if (part.kind == PartKind::kSeason && u->unit != TimeUnit::kYear) return false;
      size_t p = u->unit_end;
      f.target = PartTarget::kRelUnit;
      f.unit = u->unit;
      f.direction = 0;
      if (!u->this_word && u->has_direction) {
        f.direction = u->direction;
        p = u->direction_end;
      }
      // "نهاية العام 2019" is absolute.
      if (const int y = YearAt(p, false)) {
        f.target = PartTarget::kCore;
        f.core.year = y;
        f.core.begin = static_cast<uint32_t>(k);
        p += 1;
      }
      f.end = static_cast<uint32_t>(p);
      out.push_back(f);
      return true;
    }
    std::optional<Core> c = Absolute(k, true, /*month_context=*/true);
    if (!c || c->day != 0 || c->weekday >= 0 || (c->year == 0 && c->month == 0)) return false;
    if (part.kind == PartKind::kSeason && c->month != 0) return false;
    f.core = *c;
    f.end = c->end;
    out.push_back(f);
    return true;
  }

  bool TryExpression(size_t i, std::vector<Found>& out) const {
    PhraseMatch e = M(t_.expressions, i);
    if (!e.ok()) return false;
    const ExprInfo& info = t_.expr_info[e.payload];
    // "قريبا من الحدود" is "near the border", not "soon" ("مؤخراً من تجنيد"
    // is still "recently").
    if (e.length == 1 && i + 1 < lim_ && keys_[i] == "\xD9\x82\xD8\xB1\xD9\x8A\xD8\xA8\xD8\xA7" &&
        keys_[i + 1] == "\xD9\x85\xD9\x86") {
      return false;
    }
    static constexpr FoundKind kKinds[] = {FoundKind::kVague, FoundKind::kSameTime,
                                           FoundKind::kSameYear, FoundKind::kDayAfter,
                                           FoundKind::kEvent};
    Found f = Make(kKinds[static_cast<int>(info.kind)], i, i + e.length);
    f.offset = info.value;
    f.unit = TimeUnit::kDay;  // kEvent: "عشية" is a day before its event
    out.push_back(f);
    return true;
  }

  bool TryAbsolute(size_t i, std::vector<Found>& out) const {
    std::optional<Core> c = Absolute(i, false);
    if (!c) return false;
    Found f = Make(FoundKind::kDate, c->begin, c->end);
    f.core = *c;
    out.push_back(f);
    return true;
  }

  // "في 2016", "منذ 2018", "حتى 2025", "في 2019-2020".
  bool TryPrepYear(size_t i, std::vector<Found>& out) const {
    PhraseMatch p = M(Marker::kYearPrep, i);
    if (!p.ok()) return false;
    const size_t k = i + p.length;
    if (BareYearAt(k) && TryRange(k, out)) return true;
    if (!BareYearAt(k) || M(Marker::kOf, k + 1).ok()) return false;
    if (k + 1 < lim_ && doc_.tokens[k + 1].has_value) return false;
    Found f = Make(FoundKind::kDate, k, k + 1);
    f.core.year = IntAt(k);
    f.core.begin = static_cast<uint32_t>(k);
    f.core.end = static_cast<uint32_t>(k + 1);
    out.push_back(f);
    return true;
  }

  // A bare year next to a bracket: "(2011)", "اتفاقية القاهرة (للمصالحة) 2011
  // لتشكيل". Not before a word it could count ("(2011) مقاتلا").
  bool TryBracketYear(size_t i, std::vector<Found>& out) const {
    if (!BareYearAt(i) || i == 0 || doc_.tokens[i].kind != TokenKind::kNumber) return false;
    const bool open = Punct(i - 1, {"("}) && Punct(i + 1, {")"});
    const bool after_close = Punct(i - 1, {")"});
    if (!open && !after_close) return false;
    const size_t next = open ? i + 2 : i + 1;
    if (next < lim_ && doc_.tokens[next].kind == TokenKind::kWord && keys_[next] == strip_[next] &&
        !M(Marker::kOf, next).ok()) {
      return false;
    }
    Found f = Make(FoundKind::kDate, open ? i - 1 : i, open ? i + 2 : i + 1);
    f.core.year = IntAt(i);
    f.core.begin = static_cast<uint32_t>(i);
    f.core.end = static_cast<uint32_t>(i + 1);
    out.push_back(f);
    return true;
  }

  bool TryRelative(size_t i, std::vector<Found>& out) const {
    // "للعام الرابع (على التوالي)": for the fourth year running, so this year.
    if (keys_[i] != base_[i] && StartsWith(keys_[i], "\xD9\x84") && IsDefinite(base_[i])) {
      const PhraseMatch u = M(t_.units, i);
      if (u.ok() && u.length == 1 && t_.unit_info[u.payload].count == 1 &&
          t_.unit_info[u.payload].unit == TimeUnit::kYear) {
        if (const PhraseMatch od = M(t_.ordinal_days, i + 1); od.ok() && od.payload >= 2) {
          Found f = Make(FoundKind::kRelUnit, i, i + 1 + od.length);
          f.unit = TimeUnit::kYear;
          f.direction = 0;
          out.push_back(f);
          return true;
        }
      }
    }
    // "أمس", "أمس الخميس", "صباح اليوم", "غداً".
    for (size_t start : {i, i + 1}) {
      if (start == i + 1 && !M(Marker::kDayWord, i).ok()) break;
      PhraseMatch d = M(t_.day_words, start);
      if (!d.ok()) continue;
      size_t e = start + d.length;
      // "أمس الخميس", "اليوم (الاثنين)".
      const bool paren = Punct(e, {"("});
      const size_t next = paren ? e + 1 : e;
      PhraseMatch wd = M(t_.weekdays, next);
      if (!wd.ok() && next < lim_ && doc_.tokens[next].kind == TokenKind::kWord &&
          IsDefinite(keys_[next]) && d.payload == 1000 && !M(t_.months, next).ok() &&
          (strip_[start].find("\xD9\x8A\xD9\x88\xD9\x85") != std::string_view::npos ||
           strip_[start].find("\xD9\x84\xD9\x8A\xD9\x84") != std::string_view::npos)) {
        // "اليوم العالمي", "اليوم الأول", "الليلة الأولى": not today ("الآن" is
        // now whatever follows).
        continue;
      }
      Found f = Make(FoundKind::kRelDay, i, e);
      f.offset = d.payload - 1000;
      if (wd.ok()) {
        f.weekday = wd.payload;
        f.end = static_cast<uint32_t>(next + wd.length);
        if (paren && Punct(f.end, {")"})) ++f.end;
      }
      out.push_back(f);
      return true;
    }
    {
      // "يوم الثلاثاء", "الثلاثاء الماضي", "الخميس".
      size_t p = i;
      if (PhraseMatch dw = M(Marker::kDayWord, p); dw.ok()) p += dw.length;
      PhraseMatch wd = M(t_.weekdays, p);
      // Bare weekdays only in their definite Arabic form ("الخميس", "والخميس").
      const bool definite = p < lim_ && (IsDefinite(keys_[p]) || IsDefinite(strip_[p]));
      if (wd.ok() && (p > i || definite)) {
        Found f = Make(FoundKind::kWeekday, i, p + wd.length);
        f.weekday = wd.payload;
        f.direction = 0;
        PhraseMatch d = M(t_.directions, f.end);
        if (d.ok() && !t_.direction_info[d.payload].plural) {
          f.direction = t_.direction_info[d.payload].direction;
          f.end += d.length;
        }
        out.push_back(f);
        return true;
      }
    }
    // "هذا العام", "العام الماضي", "الشهر المقبل", "الأسبوع الماضي".
    if (std::optional<UnitPhrase> u = DefiniteUnit(i, /*after_proclitic=*/true);
        u && (u->this_word || u->has_direction)) {
      Found f = Make(FoundKind::kRelUnit, i, u->this_word ? u->unit_end : u->direction_end);
      f.unit = u->unit;
      f.direction = u->this_word ? 0 : u->direction;
      // "العام الماضي 2019" names the year itself: leave it to the absolute reader.
      if (!YearAt(f.end, false)) {
        out.push_back(f);
        return true;
      }
    }
    {
      // "قبل عامين", "منذ ثلاثة أيام", "بعد يومين", "منذ سنوات عدة".
      int sign = 0;
      size_t p = i;
      if (PhraseMatch a = M(Marker::kAgo, p); a.ok()) {
        sign = -1;
        p += a.length;
      } else if (PhraseMatch a2 = M(Marker::kIn, p); a2.ok()) {
        sign = 1;
        p += a2.length;
      }
      if (sign != 0) {
        // "قبل أكثر من عام", "منذ نحو شهرين".
        if (PhraseMatch ap = M(Marker::kApprox, p); ap.ok()) p += ap.length;
        bool vague = false;
        if (PhraseMatch vm = M(t_.vague_modifiers, p); vm.ok()) {
          p += vm.length;  // "منذ عدة سنوات"
          vague = true;
        }
        int count = 0;
        if (!M(t_.units, p).ok()) {
          count = CountAt(p);
          if (count) ++p;
        }
        PhraseMatch u = M(t_.units, p);
        if (u.ok() && !IsDefinite(strip_[p])) {
          const UnitInfo& ui = t_.unit_info[u.payload];
          p += u.length;
          if (ui.count != 0 && count == 0) count = ui.count;
          if (count == 0) vague = true;
          while (M(t_.vague_modifiers, p).ok()) {
            p += M(t_.vague_modifiers, p).length;
            vague = true;
          }
          if (PhraseMatch ap = M(Marker::kApprox, p); ap.ok()) p += ap.length;
          // "منذ عام 2019" is a year; "قبل يومين من الانتخابات" counts from an event.
          if (YearAt(p, false) || (count == 1 && Digits(p) > 0)) return false;
          // "بعد عقد من الزمن" is a plain duration, not a count from an event.
          const PhraseMatch of = M(Marker::kOf, p);
          const bool from_event = of.ok() && !M(Marker::kTimeFiller, p + of.length).ok();
          // A single unit with no number must close its phrase: "بعد عقد اجتماع"
          // is "after holding a meeting", "قبل عام،" a year ago.
          if (ui.count == 1 && count == 1 && !from_event && p < lim_ &&
              doc_.tokens[p].kind == TokenKind::kWord && keys_[p] == strip_[p] &&
              !doc_.tokens[p].has_value && !M(Marker::kApprox, p).ok()) {
            return false;
          }
          // "بعد أسبوعين على تحرير المدينة" dates the event of its clause;
          // "قبل يومين من الانتخابات" stays vague (the clause is often the report).
          const FoundKind kind = vague        ? FoundKind::kVague
                                 : from_event ? (sign > 0 ? FoundKind::kEvent : FoundKind::kVague)
                                              : FoundKind::kCount;
          Found f = Make(kind, i, p);
          f.unit = ui.unit;
          f.offset = sign * count;
          out.push_back(f);
          return true;
        }
      }
    }
    {
      // "الأشهر الماضية", "الأسابيع القليلة الماضية", "العامين أو الثلاثة أعوام الماضية".
      // With one number or one dual unit and nothing vague, the count is
      // known: "اليومين الماضيين", "خلال أقل من 24 ساعة الماضية" (kLastN).
      size_t p = i;
      bool unit_seen = false;
      int counts = 0, count = 0, units_seen = 0;
      bool vague_seen = false;
      TimeUnit unit = TimeUnit::kDay;
      auto is_plural_unit = [&](size_t j) {
        PhraseMatch u = M(t_.units, j);
        if (!u.ok()) return 0u;
        const UnitInfo& ui = t_.unit_info[u.payload];
        // A singular unit counts after a number: "24 ساعة الماضية".
        if (ui.count == 1 && (IsDefinite(keys_[j]) || !(j > i && doc_.tokens[j - 1].has_value))) {
          return 0u;
        }
        unit = ui.unit;
        ++units_seen;
        if (ui.count == 2) {
          ++counts;
          count = 2;
        }
        return u.length;
      };
      auto is_link = [&](size_t j) {
        return j < lim_ && (keys_[j] == "\xD8\xA7\xD9\x88" /* أو */ || keys_[j] == "\xD9\x88");
      };
      while (p < lim_) {
        if (const uint32_t len = is_plural_unit(p)) {
          unit_seen = true;
          p += len;
          continue;
        }
        if (p > i && M(t_.vague_modifiers, p).ok() && !M(t_.directions, p).ok()) {
          p += M(t_.vague_modifiers, p).length;
          vague_seen = true;
          continue;
        }
        // "الساعات الـ24 الماضية": the article written apart from the number.
        if (p > i && p + 1 < lim_ && keys_[p] == "\xD8\xA7\xD9\x84" &&
            doc_.tokens[p + 1].has_value) {
          ++p;
          continue;
        }
        if (doc_.tokens[p].has_value) {
          ++counts;
          const double v = doc_.tokens[p].value;
          count = (v >= 1 && v <= 1000 && v == static_cast<int>(v)) ? static_cast<int>(v) : 0;
          ++p;
          continue;
        }
        if (p > i && is_link(p)) {
          vague_seen = true;  // "العامين أو الثلاثة أعوام"
          ++p;
          continue;
        }
        // A count word the text stage does not value ("الثلاثة" has an article):
        // "أو الثلاثة أعوام", "الأشهر الثلاثة الماضية".
        if (p > i && doc_.tokens[p].kind == TokenKind::kWord &&
            ((is_link(p - 1) && is_plural_unit(p + 1)) ||
             (unit_seen && !is_link(p - 1) && M(t_.directions, p + 1).ok()))) {
          ++p;
          continue;
        }
        break;
      }
      if (unit_seen) {
        PhraseMatch d = M(t_.directions, p);
        if (d.ok() &&
            (t_.direction_info[d.payload].plural || t_.direction_info[d.payload].direction != 0)) {
          const int dir = t_.direction_info[d.payload].direction;
          if (counts == 1 && count > 0 && units_seen == 1 && !vague_seen && dir != 0) {
            Found f = Make(FoundKind::kLastN, i, p + d.length);
            f.unit = unit;
            f.offset = dir * count;
            out.push_back(f);
          } else {
            out.push_back(Make(FoundKind::kVague, i, p + d.length));
          }
          return true;
        }
      }
    }
    return false;
  }

  bool TryDecade(size_t i, std::vector<Found>& out) const {
    PhraseMatch d = M(t_.decades, i);
    if (!d.ok()) return false;
    size_t e = i + d.length;
    int century = 19;
    if (PhraseMatch c = M(t_.centuries, e); c.ok()) {
      century = c.payload;
      e += c.length;
    }
    Found f = Make(FoundKind::kDecade, i, e);
    f.decade = century * 10 + d.payload;
    out.push_back(f);
    return true;
  }

  const DateTables& t_;
  const text::FlatStringSet& triggers_;
  const Document& doc_;
  std::vector<std::string_view> keys_, base_, strip_;
  std::vector<std::array<uint16_t, 3>> shapes_;  // PhraseTable::Shape of keys_, base_, strip_
  size_t lim_ = 0;
};

// ------------------------------------------------------------ resolution

struct Resolved {
  CivilDate date;  // fields beyond the precision are zero
  DatePrecision precision = DatePrecision::kUnresolved;
  CivilDate end;  // ranges and weeks
  bool has_end = false;
  bool relative = false;
  int decade = 0;  // kDecade
};

DatePrecision PrecisionOf(const CivilDate& d) {
  if (d.day) return DatePrecision::kDay;
  if (d.month) return DatePrecision::kMonth;
  return DatePrecision::kYear;
}

int64_t MidDays(const CivilDate& d) {
  return DaysFromCivil(d.year, d.month ? d.month : 7, d.day ? d.day : (d.month ? 15 : 1));
}

class Resolver {
 public:
  Resolver(const Document& doc, const std::vector<Found>& found) : doc_(doc), found_(found) {
    if (std::optional<CivilDate> p = FromIso(doc.published)) {
      pub_ = p;
    } else {
      DetectDateline();
    }
    // The latest explicitly dated month anchors yearless dates when there is
    // no publication date.
    for (const Found& f : found) {
      const bool dated = f.kind == FoundKind::kDate || f.kind == FoundKind::kRange ||
                         (f.kind == FoundKind::kPart && f.target == PartTarget::kCore);
      if (!dated) continue;
      for (const Core* c : {&f.core, &f.core2}) {
        if (c->year == 0) continue;
        std::optional<CivilDate> g = Explicit(*c);
        if (!g) continue;
        if (!reference_ || std::make_pair(g->year, g->month) >
                               std::make_pair(reference_->year, reference_->month)) {
          reference_ = CivilDate{g->year, g->month, 0};
        }
      }
    }
  }

  std::vector<DateExpr> Run() {
    std::vector<DateExpr> out;
    out.reserve(found_.size());
    for (size_t i = 0; i < found_.size(); ++i) {
      const Found& f = found_[i];
      Resolved r = Resolve(i);
      DateExpr e;
      e.span.begin = doc_.tokens[f.begin].span.begin;
      e.span.end = doc_.tokens[f.end - 1].span.end;
      e.precision = r.precision;
      e.relative = r.relative && r.precision != DatePrecision::kUnresolved;
      if (r.precision == DatePrecision::kDecade) {
        e.value = std::to_string(r.decade);
      } else if (r.precision == DatePrecision::kSeason) {
        e.value = ToIso(CivilDate{r.date.year, r.date.month, 0});
      } else if (r.precision != DatePrecision::kUnresolved) {
        e.value = ToIso(r.date);
        if (r.has_end) e.end_value = ToIso(r.end);
      }
      done_.push_back({r, f.sentence});
      out.push_back(std::move(e));
    }
    return out;
  }

 private:
  struct Done {
    Resolved r;
    uint32_t sentence;
  };

  bool PubHasDay() const { return pub_ && pub_->day != 0; }

  // A dateline: the text opens with a full date alone on its line.
  void DetectDateline() {
    if (found_.empty()) return;
    const Found& f = found_[0];
    if (f.kind != FoundKind::kDate || f.core.year == 0 || f.core.day == 0) return;
    const std::string_view text = doc_.text;
    const uint32_t b = doc_.tokens[f.begin].span.begin, e = doc_.tokens[f.end - 1].span.end;
    for (uint32_t k = 0; k < b; ++k) {
      if (!std::isspace(static_cast<unsigned char>(text[k]))) return;
    }
    for (uint32_t k = e; k < text.size() && text[k] != '\n'; ++k) {
      if (!std::isspace(static_cast<unsigned char>(text[k]))) return;
    }
    pub_ = Explicit(f.core);
  }

  static std::optional<CivilDate> Explicit(const Core& c) {
    if (c.year == 0) return std::nullopt;
    if (!c.hijri) {
      if (c.day && !IsValidDate(c.year, c.month, c.day)) return std::nullopt;
      return CivilDate{c.year, c.month, c.day};
    }
    CivilDate h{c.year, c.month ? c.month : 6, c.day ? c.day : 15};
    std::optional<CivilDate> g = HijriToGregorian(h);
    if (!g) return std::nullopt;
    if (!c.day) g->day = 0;
    if (!c.month) g->month = 0;
    return g;
  }

  // A date written without its year.
  std::optional<CivilDate> InferYear(const Core& c, bool* relative) const {
    if (c.month == 0) return std::nullopt;
    auto weekday_ok = [&](const CivilDate& d) {
      return c.weekday < 0 || d.day == 0 || Weekday(d) == c.weekday;
    };
    if (c.hijri) {
      if (!pub_) return std::nullopt;
      CivilDate p = *pub_;
      if (!p.day) p.day = 15;
      if (!p.month) p.month = 7;
      std::optional<CivilDate> ph = GregorianToHijri(p);
      if (!ph) return std::nullopt;
      std::optional<CivilDate> best;
      int64_t best_dist = 0;
      for (int hy = ph->year - 1; hy <= ph->year + 1; ++hy) {
        std::optional<CivilDate> g = HijriToGregorian({hy, c.month, c.day ? c.day : 15});
        if (!g || !weekday_ok(*g)) continue;
        const int64_t dist = DaysFromCivil(g->year, g->month, g->day) - MidDays(p);
        if (c.has_direction && c.direction != 0 && (dist < 0) != (c.direction < 0)) continue;
        if (!best || std::llabs(dist) < std::llabs(best_dist)) {
          best = g;
          best_dist = dist;
        }
      }
      if (best && !c.day) best->day = 0;
      *relative = best.has_value();
      return best;
    }
    auto make = [&](int y) {
      CivilDate d{y, c.month, c.day};
      if (d.day && !IsValidDate(d.year, d.month, d.day)) return std::optional<CivilDate>();
      return std::optional<CivilDate>(d);
    };
    if (pub_) {
      const CivilDate& p = *pub_;
      *relative = true;
      if (c.has_direction) {
        // Compare at the precision written: a day with the day, a month with the month.
        auto cmp = [&](const CivilDate& d) {
          if (d.day && p.day) {
            return DaysFromCivil(d.year, d.month, d.day) - DaysFromCivil(p.year, p.month, p.day);
          }
          return static_cast<int64_t>((d.year - p.year) * 12 + (d.month - (p.month ? p.month : 7)));
        };
        if (c.direction == 0) {
          std::optional<CivilDate> d = make(p.year);
          return d && weekday_ok(*d) ? d : std::nullopt;
        }
        const int desc[] = {p.year + 1, p.year, p.year - 1};
        const int asc[] = {p.year - 1, p.year, p.year + 1};
        for (int y : c.direction < 0 ? desc : asc) {
          std::optional<CivilDate> d = make(y);
          if (!d || !weekday_ok(*d)) continue;
          const int64_t diff = cmp(*d);
          if ((c.direction < 0 && diff < 0) || (c.direction > 0 && diff > 0)) return d;
        }
        return std::nullopt;
      }
      std::optional<CivilDate> best;
      int64_t best_dist = 0;
      for (int y : {p.year - 1, p.year, p.year + 1}) {
        std::optional<CivilDate> d = make(y);
        if (!d || !weekday_ok(*d)) continue;
        // News mostly reports what happened: a date after publication counts
        // half again as far ("يناير" in a July article is the past January).
        const int64_t diff = MidDays(*d) - MidDays(p);
        const int64_t dist = diff > 0 ? diff * 3 / 2 : -diff;
        if (!best || dist < best_dist) {
          best = d;
          best_dist = dist;
        }
      }
      return best;
    }
    if (!reference_) return std::nullopt;
    *relative = false;
    if (c.has_direction) return std::nullopt;
    // The occurrence nearest the latest dated month stands in for the
    // publication date; ties go to the later one (articles follow events).
    const CivilDate& r = *reference_;
    std::optional<CivilDate> best;
    int64_t best_dist = 0;
    for (int y : {r.year - 1, r.year, r.year + 1}) {
      std::optional<CivilDate> d = make(y);
      if (!d || !weekday_ok(*d)) continue;
      const int64_t dist = std::llabs(MidDays(*d) - MidDays(r));
      if (!best || dist <= best_dist) {
        best = d;
        best_dist = dist;
      }
    }
    return best;
  }

  std::optional<CivilDate> CoreDate(const Core& c, bool* relative) const {
    *relative = false;
    if (c.year) return Explicit(c);
    return InferYear(c, relative);
  }

  // The last resolved date within the anaphora window (any precision but decade).
  const Done* Previous(uint32_t sentence, bool day_only) const {
    for (auto it = done_.rbegin(); it != done_.rend(); ++it) {
      if (sentence > it->sentence + kAnaphoraWindow) break;
      const DatePrecision p = it->r.precision;
      if (p == DatePrecision::kUnresolved || p == DatePrecision::kDecade) continue;
      if (day_only && p != DatePrecision::kDay) continue;
      return &*it;
    }
    return nullptr;
  }
  std::optional<int> LastYear() const {
    for (auto it = done_.rbegin(); it != done_.rend(); ++it) {
      const DatePrecision p = it->r.precision;
      if (p != DatePrecision::kUnresolved && p != DatePrecision::kDecade && it->r.date.year) {
        return it->r.has_end ? it->r.end.year : it->r.date.year;
      }
    }
    return std::nullopt;
  }

  // A relative unit ("الشهر الماضي") against the publication date.
  std::optional<Resolved> Unit(TimeUnit unit, int n) const {
    if (!pub_) return std::nullopt;
    const CivilDate& p = *pub_;
    Resolved r;
    r.relative = true;
    switch (unit) {
      case TimeUnit::kHour:
        // Hours before or after publication: the day they fall on ("قبل 3 ساعات").
        if (!PubHasDay()) return std::nullopt;
        r.date = AddDays(p, n / 24);
        r.precision = DatePrecision::kDay;
        return r;
      case TimeUnit::kDay:
        if (!PubHasDay()) return std::nullopt;
        r.date = AddDays(p, n);
        r.precision = DatePrecision::kDay;
        return r;
      case TimeUnit::kWeek: {
        if (!PubHasDay()) return std::nullopt;
        // ISO weeks (Monday first): the week n weeks from the publication's.
        const CivilDate monday = AddDays(p, -((Weekday(p) + 6) % 7) + 7 * n);
        r.date = monday;
        r.end = AddDays(monday, 6);
        r.has_end = true;
        r.precision = DatePrecision::kDay;
        return r;
      }
      case TimeUnit::kMonth:
        if (!p.month) return std::nullopt;
        r.date = AddMonths(p, n);
        r.precision = DatePrecision::kMonth;
        return r;
      case TimeUnit::kYear:
        r.date = CivilDate{p.year + n, 0, 0};
        r.precision = DatePrecision::kYear;
        return r;
      case TimeUnit::kDecade:
        r.decade = p.year / 10 + n;
        r.date = CivilDate{r.decade * 10, 0, 0};
        r.precision = DatePrecision::kDecade;
        return r;
    }
    return std::nullopt;
  }

  // "اليومين الماضيين", "الأسابيع الثلاثة المقبلة", "24 ساعة الماضية": the
  // period from n units before publication to publication (or from it to n
  // units after), at the precision of the unit.
  std::optional<Resolved> LastNPeriod(TimeUnit unit, int n) const {
    if (!pub_ || n == 0) return std::nullopt;
    TimeUnit u = unit;
    int count = n;
    if (u == TimeUnit::kHour) {
      // Whole days touched: "24 ساعة الماضية" is yesterday and today.
      count = (std::abs(n) + 23) / 24 * (n < 0 ? -1 : 1);
      u = TimeUnit::kDay;
    } else if (u == TimeUnit::kWeek) {
      count = 7 * n;
      u = TimeUnit::kDay;
    } else if (u == TimeUnit::kDecade) {
      count = 10 * n;
      u = TimeUnit::kYear;
    }
    std::optional<Resolved> far = Unit(u, count);
    std::optional<Resolved> now = Unit(u, 0);
    if (!far || !now) return std::nullopt;
    Resolved r = n < 0 ? *far : *now;
    r.end = n < 0 ? now->date : far->date;
    r.has_end = true;
    r.relative = true;
    return r;
  }
  Resolved LastN(TimeUnit unit, int n) const {
    std::optional<Resolved> r = LastNPeriod(unit, n);
    return r ? *r : Resolved{};
  }

  // The date of the clause an event expression sits in ("عاد أمس ... بعد أسبوعين
  // على تحرير المدينة"):
  //   - the one date its sentence gives before it (unresolved when it gives two);
  //   - else the first date after it, which dates the event it counts from
  //     ("بعد شهرين من التمرد ... في 24 حزيران/يونيو"), moved by the count at
  //     the precision of the unit;
  //   - else the last date relative to publication at day precision ("أمس")
  //     within the anaphora window.
  Resolved ClauseDate(size_t i) const {
    const Found& f = found_[i];
    auto dated = [&](size_t j) -> std::optional<Resolved> {
      const Found& g = found_[j];
      if (g.sentence != f.sentence || g.component) return std::nullopt;
      if (g.kind != FoundKind::kDate && g.kind != FoundKind::kRelDay &&
          g.kind != FoundKind::kWeekday && g.kind != FoundKind::kRelUnit &&
          g.kind != FoundKind::kPart) {
        return std::nullopt;
      }
      Resolved r = j < i ? done_[j].r : Resolve(j);
      if (r.precision == DatePrecision::kUnresolved || r.precision == DatePrecision::kDecade ||
          r.precision == DatePrecision::kSeason || r.has_end) {
        return std::nullopt;
      }
      r.relative = false;
      return r;
    };
    std::optional<Resolved> before;
    for (size_t j = 0; j < i; ++j) {
      std::optional<Resolved> r = dated(j);
      if (!r) continue;
      if (before && (before->precision != r->precision || before->date.year != r->date.year ||
                     before->date.month != r->date.month || before->date.day != r->date.day)) {
        return Resolved{};
      }
      before = r;
    }
    if (before) return *before;
    for (size_t j = i + 1; j < found_.size() && found_[j].sentence == f.sentence; ++j) {
      std::optional<Resolved> r = dated(j);
      if (!r) continue;
      CivilDate d = r->date;
      switch (f.unit) {
        case TimeUnit::kHour:
        case TimeUnit::kDay:
        case TimeUnit::kWeek: {
          if (d.day == 0) return *r;  // "بعد أسبوعين من مايو": the month is all it says
          const int64_t days = f.unit == TimeUnit::kWeek   ? 7 * f.offset
                               : f.unit == TimeUnit::kHour ? f.offset / 24
                                                           : f.offset;
          r->date = AddDays(d, days);
          return *r;
        }
        case TimeUnit::kMonth:
          if (d.month == 0) return Resolved{};
          r->date = AddMonths(CivilDate{d.year, d.month, 1}, f.offset);
          r->date.day = 0;
          r->precision = DatePrecision::kMonth;
          return *r;
        case TimeUnit::kYear:
        case TimeUnit::kDecade:
          r->date = CivilDate{d.year + f.offset * (f.unit == TimeUnit::kDecade ? 10 : 1), 0, 0};
          r->precision = DatePrecision::kYear;
          return *r;
      }
      return Resolved{};
    }
    // An earlier sentence's news-day date ("أمس", "الخميس"), not an absolute
    // one: those mostly date background events ("قتل في 23 أغسطس").
    for (size_t j = i; j-- > 0;) {
      if (f.sentence > done_[j].sentence + kAnaphoraWindow) break;
      const FoundKind k = found_[j].kind;
      if ((k != FoundKind::kRelDay && k != FoundKind::kWeekday) ||
          done_[j].r.precision != DatePrecision::kDay) {
        continue;
      }
      Resolved r = done_[j].r;
      r.relative = false;
      return r;
    }
    return Resolved{};
  }

  // "قبل عامين تقريبًا، سنة 2018": an explicit date right after restates it.
  std::optional<Resolved> Apposition(size_t i) const {
    if (i + 1 >= found_.size()) return std::nullopt;
    const Found& f = found_[i];
    const Found& g = found_[i + 1];
    if (g.kind != FoundKind::kDate || g.core.year == 0 || g.sentence != f.sentence) {
      return std::nullopt;
    }
    for (uint32_t k = f.end; k < g.begin; ++k) {
      if (doc_.tokens[k].kind != TokenKind::kPunct) return std::nullopt;
    }
    std::optional<CivilDate> d = Explicit(g.core);
    if (!d) return std::nullopt;
    Resolved r;
    r.date = *d;
    r.precision = PrecisionOf(*d);
    return r;
  }

  Resolved Resolve(size_t i) const {
    const Found& f = found_[i];
    Resolved r;
    bool rel = false;
    switch (f.kind) {
      case FoundKind::kDate:
        if (std::optional<CivilDate> d = CoreDate(f.core, &rel)) {
          r.date = *d;
          r.precision = PrecisionOf(*d);
          r.relative = rel;
        }
        return r;
      case FoundKind::kRange: {
        bool rel2 = false;
        std::optional<CivilDate> a = CoreDate(f.core, &rel);
        std::optional<CivilDate> b = CoreDate(f.core2, &rel2);
        if (a && b && f.core.year == 0 && f.core2.year == 0 &&
            std::make_pair(b->year * 12 + b->month, b->day) <
                std::make_pair(a->year * 12 + a->month, a->day)) {
          ++b->year;  // "من أيلول إلى كانون الثاني": the end is in the next year
        }
        if (a && b) {
          r.date = *a;
          r.end = *b;
          r.has_end = true;
          r.precision = PrecisionOf(*a);
          r.relative = rel || rel2;
        }
        return r;
      }
      case FoundKind::kPart: {
        CivilDate base;
        if (f.target == PartTarget::kCore) {
          std::optional<CivilDate> d = CoreDate(f.core, &rel);
          if (!d) return r;
          base = *d;
        } else if (f.target == PartTarget::kSameYear) {
          std::optional<int> y = LastYear();
          if (!y) return r;
          base = CivilDate{*y, 0, 0};
        } else {
          std::optional<Resolved> u;
          if (f.part.kind == PartKind::kSeason && f.offset == 1 && pub_ && pub_->month) {
            // "الصيف الماضي": the last (or next) season of that name around the
            // publication date. "ربيع العام الماضي" counts years instead.
            int y = pub_->year;
            if (f.direction < 0 && f.part.season_month >= pub_->month) --y;
            if (f.direction > 0 && f.part.season_month <= pub_->month) ++y;
            u = Resolved{CivilDate{y, 0, 0}, DatePrecision::kYear, {}, false, true, 0};
          } else {
            u = Unit(f.unit, f.direction);
          }
          if (!u || u->precision == DatePrecision::kDecade) return r;
          base = u->date;
          base.day = 0;
          if (f.unit == TimeUnit::kYear) base.month = 0;
          rel = true;
        }
        r.relative = rel;
        if (f.part.kind == PartKind::kSeason) {
          if (base.month != 0) return r;
          r.date = CivilDate{base.year, f.part.season_month, 0};
          r.precision = DatePrecision::kSeason;
        } else {
          // The value stays the period: "early 2023" -> "2023" (see periods.tsv).
          r.date = base;
          r.date.day = 0;
          r.precision = PrecisionOf(r.date);
        }
        return r;
      }
      case FoundKind::kRelDay:
        if (!PubHasDay()) return r;
        r.date = AddDays(*pub_, f.offset);
        r.precision = DatePrecision::kDay;
        r.relative = true;
        return r;
      case FoundKind::kWeekday: {
        if (!PubHasDay()) return r;
        const int pw = Weekday(*pub_);
        int delta;
        if (f.direction > 0) {
          delta = (f.weekday - pw + 7) % 7;
          if (delta == 0) delta = 7;
        } else {
          delta = -((pw - f.weekday + 7) % 7);
          if (delta == 0 && f.direction < 0) delta = -7;
        }
        r.date = AddDays(*pub_, delta);
        r.precision = DatePrecision::kDay;
        r.relative = true;
        return r;
      }
      case FoundKind::kRelUnit:
        if (std::optional<Resolved> u = Unit(f.unit, f.direction)) return *u;
        return r;
      case FoundKind::kCount: {
        if (std::optional<Resolved> a = Apposition(i)) return *a;
        const int n = f.offset;
        std::optional<Resolved> u;
        if (f.unit == TimeUnit::kWeek) {
          if (!PubHasDay()) return r;
          u = Resolved{AddDays(*pub_, 7 * n), DatePrecision::kDay, {}, false, true, 0};
        } else if (f.unit == TimeUnit::kDecade) {
          if (!pub_) return r;
          u = Resolved{
              CivilDate{pub_->year + 10 * n, 0, 0}, DatePrecision::kYear, {}, false, true, 0};
        } else {
          u = Unit(f.unit, n);
        }
        return u ? *u : r;
      }
      case FoundKind::kVague:
        return r;
      case FoundKind::kLastN:
        return LastN(f.unit, f.offset);
      case FoundKind::kEvent:
        return ClauseDate(i);
      case FoundKind::kSameTime:
        if (const Done* d = Previous(f.sentence, false)) {
          r = d->r;
          r.relative = false;
        }
        return r;
      case FoundKind::kSameYear:
        if (std::optional<int> y = LastYear()) {
          r.date = CivilDate{*y, 0, 0};
          r.precision = DatePrecision::kYear;
        }
        return r;
      case FoundKind::kDayAfter:
        if (const Done* d = Previous(f.sentence, true)) {
          r.date = AddDays(d->r.date, f.offset);
          r.precision = DatePrecision::kDay;
        }
        return r;
      case FoundKind::kDecade:
        r.decade = f.decade;
        r.date = CivilDate{f.decade * 10, 0, 0};
        r.precision = DatePrecision::kDecade;
        return r;
    }
    return r;
  }

  const Document& doc_;
  const std::vector<Found>& found_;
  std::optional<CivilDate> pub_;
  std::optional<CivilDate> reference_;  // latest explicitly dated month
  std::vector<Done> done_;
};

// The date stage. Immutable after construction; Annotate() is thread-safe.
class DateAnnotator : public Annotator {
 public:
  explicit DateAnnotator(std::unique_ptr<DateTables> tables) : tables_(std::move(tables)) {
    for (const PhraseTable* t : tables_->AllTables()) {
      if (t == &tables_->marker(Marker::kDateLine) || t == &tables_->marker(Marker::kTimeWord) ||
          t == &tables_->marker(Marker::kTimeFiller) || t == &tables_->marker(Marker::kRangeLink) ||
          t == &tables_->marker(Marker::kOf) || t == &tables_->marker(Marker::kEraGregorian) ||
          t == &tables_->marker(Marker::kEraHijri) || t == &tables_->marker(Marker::kApprox) ||
          t == &tables_->directions || t == &tables_->vague_modifiers || t == &tables_->centuries) {
        continue;  // these never open a date expression
      }
      for (std::string_view w : t->FirstWords()) triggers_.insert(w);
    }
  }

  std::string_view name() const override { return "dates"; }

  Status Annotate(Document& doc) const override {
    doc.dates.clear();
    if (doc.tokens.empty()) return Status::OK();
    Scanner scanner(*tables_, triggers_, doc);
    std::vector<Found> found = scanner.Scan();
    Resolver resolver(doc, found);
    doc.dates = resolver.Run();
    return Status::OK();
  }

 private:
  std::unique_ptr<DateTables> tables_;
  text::FlatStringSet triggers_;  // first words of the tables that open a date
};

}  // namespace

StatusOr<std::unique_ptr<Annotator>> NewDateAnnotator(const std::string& data_dir) {
  RASED_ASSIGN_OR_RETURN(
      std::unique_ptr<DateTables> tables,
      DateTables::Load(data_dir, [](std::string_view s) { return text::MatchKey(s); }));
  return std::unique_ptr<Annotator>(new DateAnnotator(std::move(tables)));
}

}  // namespace rased::extract

#include "extract/date_parser.h"

#include <unicode/uchar.h>

#include <memory>
#include <vector>

#include "common/utf8.h"
#include "extract/date_tables.h"
#include "extract/fold_key.h"
#include "rased/options.h"

namespace rased::extract {

namespace {

constexpr size_t kMaxInput = 200;

struct LexToken {
  enum Kind { kNum, kWord, kPunct } kind;
  std::string text;
};

// Splits folded text into digit runs, letter runs and single punctuation
// characters; white space separates and is dropped.
std::vector<LexToken> Lex(std::string_view s) {
  std::vector<LexToken> out;
  size_t i = 0;
  while (i < s.size()) {
    const size_t start = i;
    const char32_t c = utf8::Next(s, i);
    LexToken::Kind kind;
    if (c >= '0' && c <= '9') {
      kind = LexToken::kNum;
    } else if (c != utf8::kReplacement && u_isalpha(static_cast<UChar32>(c))) {
      kind = LexToken::kWord;
    } else if (u_isUWhiteSpace(static_cast<UChar32>(c))) {
      continue;
    } else {
      out.push_back({LexToken::kPunct, std::string(s.substr(start, i - start))});
      continue;
    }
    size_t end = i;
    while (end < s.size()) {
      size_t next = end;
      const char32_t d = utf8::Next(s, next);
      const bool same = kind == LexToken::kNum
                            ? (d >= '0' && d <= '9')
                            : (d != utf8::kReplacement && !(d >= '0' && d <= '9') &&
                               u_isalpha(static_cast<UChar32>(d)));
      if (!same) break;
      end = next;
    }
    out.push_back({kind, std::string(s.substr(start, end - start))});
    i = end;
  }
  return out;
}

struct Item {
  bool is_month = false;
  int value = 0;        // number value, or month 1..12
  int digits = 0;       // number of digits (numbers only)
  bool hijri = false;   // a Hijri month, or a number followed by a Hijri era marker
  char sep_before = 0;  // '-', '/' or '.' written right before this item; 0 when none
};

bool IsSeparator(std::string_view p, char& sep) {
  if (p == "-" || p == "\u2013" || p == "\u2014" || p == "\u2212") {
    sep = '-';
  } else if (p == "/" || p == "\\") {
    sep = '/';
  } else if (p == ".") {
    sep = '.';
  } else {
    return false;
  }
  return true;
}

// Reads the lexed tokens into numbers and month names, skipping times of day,
// weekdays, era markers and date-line labels. nullopt when a word that
// belongs to none of these appears.
std::optional<std::vector<Item>> ToItems(const std::vector<LexToken>& toks,
                                         const DateTables& tables) {
  std::vector<std::string_view> keys;
  keys.reserve(toks.size());
  for (const LexToken& t : toks) keys.push_back(t.text);
  auto is_num = [&](size_t k) { return k < toks.size() && toks[k].kind == LexToken::kNum; };
  auto is_punct = [&](size_t k, std::string_view p) {
    return k < toks.size() && toks[k].kind == LexToken::kPunct && toks[k].text == p;
  };

  std::vector<Item> items;
  char pending_sep = 0;
  size_t i = 0;
  while (i < toks.size()) {
    const LexToken& t = toks[i];
    if (t.kind == LexToken::kPunct) {
      char sep;
      if (IsSeparator(t.text, sep) && !items.empty() && pending_sep == 0) pending_sep = sep;
      ++i;
      continue;
    }
    if (t.kind == LexToken::kNum) {
      if (is_punct(i + 1, ":") && is_num(i + 2)) {
        // A time of day, "10:15:00.123", and its zone, "+03:00".
        i += 3;
        while (is_punct(i, ":") && is_num(i + 1)) i += 2;
        if ((is_punct(i, ".") || is_punct(i, ",")) && is_num(i + 1)) i += 2;
        if ((is_punct(i, "+") || is_punct(i, "-")) && is_num(i + 1)) {
          i += 2;
          if (is_punct(i, ":") && is_num(i + 1)) i += 2;
        }
        pending_sep = 0;
        continue;
      }
      if (t.text.size() > 8) return std::nullopt;
      Item item;
      item.digits = static_cast<int>(t.text.size());
      for (char d : t.text) item.value = item.value * 10 + (d - '0');
      item.sep_before = pending_sep;
      pending_sep = 0;
      items.push_back(item);
      ++i;
      continue;
    }
    // The ISO "T" between a date and a time.
    if (t.text == "t" && is_num(i + 1) && is_punct(i + 2, ":")) {
      ++i;
      continue;
    }
    PhraseMatch m = tables.months.Longest(keys, i, {keys[i]});
    if (m.ok()) {
      const MonthInfo& info = tables.month_info[m.payload];
      Item item;
      item.is_month = true;
      item.value = info.month;
      item.hijri = info.hijri;
      item.sep_before = pending_sep;
      pending_sep = 0;
      // "أيلول/سبتمبر", "سبتمبر (أيلول)": the second name of the same month.
      if (!items.empty() && items.back().is_month && items.back().value == item.value &&
          items.back().hijri == item.hijri) {
        i += m.length;
        continue;
      }
      items.push_back(item);
      i += m.length;
      continue;
    }
    if (PhraseMatch e = tables.marker(Marker::kEraHijri).Longest(keys, i, {keys[i]}); e.ok()) {
      if (!items.empty() && !items.back().is_month) items.back().hijri = true;
      i += e.length;
      continue;
    }
    bool skipped = false;
    for (const PhraseTable* skip :
         {&tables.weekdays, &tables.marker(Marker::kEraGregorian),
          &tables.marker(Marker::kDateLine), &tables.marker(Marker::kTimeWord)}) {
      PhraseMatch s = skip->Longest(keys, i, {keys[i]});
      if (s.ok()) {
        i += s.length;
        skipped = true;
        break;
      }
    }
    if (!skipped) return std::nullopt;
  }
  return items;
}

struct Parsed {
  CivilDate date;  // in the calendar named by `hijri`
  bool hijri = false;
  size_t next = 0;
};

bool PlausibleYear(int year, bool hijri) {
  return hijri ? (year >= 1 && year <= 1999) : (year >= 1000 && year <= 2999);
}

int ExpandYear(const Item& y) {
  if (y.digits == 2) return y.value < 70 ? 2000 + y.value : 1900 + y.value;
  return y.value;
}

// One date starting at items[p].
std::optional<Parsed> ParseAt(const std::vector<Item>& it, size_t p) {
  const size_t n = it.size();
  auto num = [&](size_t k) { return k < n && !it[k].is_month; };
  auto month = [&](size_t k) { return k < n && it[k].is_month; };
  auto day_like = [&](size_t k) { return num(k) && it[k].digits <= 2 && it[k].value >= 1; };
  auto year_like = [&](size_t k) { return num(k) && it[k].digits >= 3 && it[k].digits <= 4; };
  Parsed r;
  if (p >= n) return std::nullopt;

  // Numeric: 2023-09-29, 29/09/2023, 29.09.23.
  if (num(p) && num(p + 1) && num(p + 2) && it[p + 1].sep_before != 0 &&
      it[p + 1].sep_before == it[p + 2].sep_before) {
    const Item &a = it[p], &b = it[p + 1], &c = it[p + 2];
    if (a.digits == 4 && b.digits <= 2 && c.digits <= 2) {
      r.date = {a.value, b.value, c.value};
      r.hijri = a.hijri || c.hijri;
    } else if (a.digits <= 2 && b.digits <= 2 && (c.digits == 4 || c.digits == 2)) {
      r.date = {ExpandYear(c), b.value, a.value};
      if (r.date.month > 12 && r.date.day <= 12) std::swap(r.date.month, r.date.day);
      r.hijri = c.hijri;
    } else {
      return std::nullopt;
    }
    r.next = p + 3;
    return r;
  }
  // 29 سبتمبر 2023, 29-سبتمبر-2023, 15 ربيع الأول 1445.
  if (day_like(p) && month(p + 1) && year_like(p + 2)) {
    if (it[p + 2].hijri && !it[p + 1].hijri) return std::nullopt;
    r.date = {it[p + 2].value, it[p + 1].value, it[p].value};
    r.hijri = it[p + 1].hijri;
    r.next = p + 3;
    return r;
  }
  // September 29, 2023.
  if (month(p) && day_like(p + 1) && year_like(p + 2)) {
    r.date = {it[p + 2].value, it[p].value, it[p + 1].value};
    r.hijri = it[p].hijri;
    r.next = p + 3;
    return r;
  }
  // سبتمبر 2023.
  if (month(p) && year_like(p + 1)) {
    r.date = {it[p + 1].value, it[p].value, 0};
    r.hijri = it[p].hijri;
    r.next = p + 2;
    return r;
  }
  // 2023 سبتمبر [29].
  if (year_like(p) && month(p + 1)) {
    r.date = {it[p].value, it[p + 1].value, 0};
    r.hijri = it[p + 1].hijri;
    r.next = p + 2;
    if (day_like(p + 2)) {
      r.date.day = it[p + 2].value;
      r.next = p + 3;
    }
    return r;
  }
  // 2023-09 and 09/2023.
  if (num(p) && num(p + 1) && it[p + 1].sep_before != 0 && !num(p + 2)) {
    if (it[p].digits == 4 && it[p + 1].digits <= 2) {
      r.date = {it[p].value, it[p + 1].value, 0};
      r.hijri = it[p].hijri;
    } else if (it[p].digits <= 2 && it[p + 1].digits == 4) {
      r.date = {it[p + 1].value, it[p].value, 0};
      r.hijri = it[p + 1].hijri;
    } else {
      return std::nullopt;
    }
    r.next = p + 2;
    return r;
  }
  // 20230929.
  if (num(p) && it[p].digits == 8) {
    r.date = {it[p].value / 10000, it[p].value / 100 % 100, it[p].value % 100};
    r.next = p + 1;
    return r;
  }
  // A year alone: 2023, 1445 هـ.
  if (num(p) && it[p].digits == 4) {
    r.date = {it[p].value, 0, 0};
    r.hijri = it[p].hijri;
    if (!r.hijri && (r.date.year < 1900 || r.date.year > 2100)) return std::nullopt;
    r.next = p + 1;
    return r;
  }
  return std::nullopt;
}

// Validates a parsed date and converts a Hijri one to Gregorian.
std::optional<CivilDate> ToGregorian(const Parsed& p) {
  const CivilDate& d = p.date;
  if (!PlausibleYear(d.year, p.hijri)) return std::nullopt;
  if (d.month < 0 || d.month > 12 || (d.month == 0 && d.day != 0)) return std::nullopt;
  if (!p.hijri) {
    if (d.day != 0 && !IsValidDate(d.year, d.month, d.day)) return std::nullopt;
    return d;
  }
  if (d.day > 30) return std::nullopt;
  CivilDate h = d;
  if (h.month == 0) h.month = 6;
  if (h.day == 0) h.day = 15;
  std::optional<CivilDate> g = HijriToGregorian(h);
  if (!g) return std::nullopt;
  if (d.day == 0) g->day = 0;
  if (d.month == 0) g->month = 0;
  return g;
}

const DateTables& DefaultTables() {
  static const DateTables* tables = [] {
    StatusOr<std::unique_ptr<DateTables>> loaded =
        DateTables::Load(DefaultDataDir(), [](std::string_view s) { return FoldKey(s); });
    return loaded.ok() ? std::move(loaded).value().release() : new DateTables();
  }();
  return *tables;
}

}  // namespace

std::optional<CivilDate> ParseStandaloneDate(std::string_view text, const DateTables& tables) {
  if (text.size() > kMaxInput) return std::nullopt;
  const std::vector<LexToken> toks = Lex(FoldKey(text));
  std::optional<std::vector<Item>> items = ToItems(toks, tables);
  if (!items || items->empty()) return std::nullopt;
  std::optional<Parsed> first = ParseAt(*items, 0);
  if (!first) return std::nullopt;
  if (first->next == items->size()) return ToGregorian(*first);
  // A second rendering of the same date ("... الموافق 14 ربيع الأول 1445 هـ").
  std::optional<Parsed> second = ParseAt(*items, first->next);
  if (!second || second->next != items->size()) return std::nullopt;
  std::optional<CivilDate> a = ToGregorian(*first);
  std::optional<CivilDate> b = ToGregorian(*second);
  if (!a || !b) return std::nullopt;
  return (first->hijri && !second->hijri) ? b : a;
}

std::optional<CivilDate> ParseNumericDate(std::string_view text) {
  if (text.size() > 32) return std::nullopt;
  const std::vector<LexToken> t = Lex(FoldKey(text));
  if (t.size() != 5 || t[0].kind != LexToken::kNum || t[2].kind != LexToken::kNum ||
      t[4].kind != LexToken::kNum || t[1].kind != LexToken::kPunct || t[1].text != t[3].text) {
    return std::nullopt;
  }
  char sep;
  if (!IsSeparator(t[1].text, sep)) return std::nullopt;
  auto value = [](const std::string& s) { return s.size() > 4 ? -1 : std::stoi(s); };
  CivilDate d;
  if (t[0].text.size() == 4 && t[2].text.size() <= 2 && t[4].text.size() <= 2) {
    d = {value(t[0].text), value(t[2].text), value(t[4].text)};
  } else if (t[0].text.size() <= 2 && t[2].text.size() <= 2 && t[4].text.size() == 4) {
    d = {value(t[4].text), value(t[2].text), value(t[0].text)};
    if (d.month > 12 && d.day <= 12) std::swap(d.month, d.day);
  } else {
    return std::nullopt;
  }
  if (d.year < 1000 || !IsValidDate(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

std::string ParseStandaloneDate(std::string_view text) {
  std::optional<CivilDate> d = ParseStandaloneDate(text, DefaultTables());
  return d ? ToIso(*d) : std::string();
}

}  // namespace rased::extract

#include "extract/quantity_annotator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "common/tsv.h"
#include "common/utf8.h"
#include "extract/phrase_table.h"
#include "text/lexicon.h"
#include "text/normalize.h"
#include "text/number_words.h"

// How the quantity stage works.
//
// It runs after the date stage and walks the tokens of each sentence. A count
// starts at a number phrase (digits or number words, read by the text layer's
// NumberWords: "3000", "ثلاثمائة", "1.5 مليون", "أربعة أضعاف", "رحلتين"), a
// vague plural ("عشرات", "الآلاف"), a fraction ("نصف هذه الرحلات"), or a
// range ("بين 1000 و1500", "رحلة أو رحلتين"), with hedges before or after it
// (data/quantities/approximators.tsv). The counted noun is the word after the
// number, or after "من" ("1200 من عناصر فاغنر"), plus one modifier word
// ("مقاتل سوري"); a number word written after its noun counts that noun
// ("رحلة واحدة"). A per-period rate is taken from the same clause
// ("شهرياً", "في الأسبوع").
//
// Numbers that are not counts are skipped: everything inside a DateExpr (years,
// days of the month, year ranges), identifiers after a definite noun or "رقم"
// ("اللواء 128", "القرار رقم 2254"), model designations ("إف-16"), times of
// day, phone-like digit strings, and four-digit numbers between 1900 and 2100
// with no counted noun (undetected years).

namespace rased::extract {

namespace {

enum class QMarker : int32_t {
  kRangeStart,
  kRangeLink,
  kPartitive,
  kPercent,
  kIdWord,
  kFunction,
  kPeriodModifier,
  kDuration,
  kTimeDirection,
  kCountWord,
  kCountVerb,
  kWeakTimes,
  kDoubled,
  kCount,
};

constexpr std::string_view kRatePeriods[] = {"day", "week", "month", "year"};

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool IsDefinite(std::string_view k) { return StartsWith(k, "\xD8\xA7\xD9\x84"); }  // "ال"

// Arabic quotation marks and brackets that may sit inside a noun phrase:
// 1200 من عناصر "فاغنر".
bool IsQuote(std::string_view k) {
  return k == "\"" || k == "\xC2\xAB" || k == "\xC2\xBB" || k == "\xE2\x80\x9C" ||
         k == "\xE2\x80\x9D" || k == "'";
}

// Punctuation that closes a clause for the rate search.
bool IsClauseBreak(std::string_view k) {
  return k == "," || k == "\xD8\x8C" || k == "." || k == ";" || k == "\xD8\x9B" || k == ":" ||
         k == "!" || k == "?" || k == "\xD8\x9F" || k == "(" || k == ")";
}

struct QuantityTables {
  PhraseTable approx_before;  // payload 0
  PhraseTable approx_after;
  PhraseTable rates;  // payload: index into kRatePeriods
  PhraseTable vague;  // payload: index into vague_scale
  std::vector<double> vague_scale;
  PhraseTable fractions;  // payload: index into fraction_value
  std::vector<double> fraction_value;
  PhraseTable durations;  // payload: index into duration_info
  struct DurationInfo {
    int count;  // 1 singular, 2 dual, 0 plural
    double factor;
  };
  std::vector<DurationInfo> duration_info;
  PhraseTable markers[static_cast<int>(QMarker::kCount)];
  text::NumberWords number_words;

  const PhraseTable& marker(QMarker m) const { return markers[static_cast<int>(m)]; }
};

Status BadRow(const std::string& path, const TsvRow& row, std::string_view why) {
  return Status::DataLoss(path + ":" + std::to_string(row.line) + ": " + std::string(why));
}

StatusOr<std::unique_ptr<QuantityTables>> LoadTables(const std::string& data_dir) {
  auto t = std::make_unique<QuantityTables>();
  const auto key = [](std::string_view s) { return text::MatchKey(s); };
  auto add = [&](PhraseTable& table, std::string_view field, int32_t payload) {
    for (const std::string& form : SplitList(field)) table.Add(KeyWords(form, key), payload);
  };
  const std::string dir = data_dir + "/quantities/";
  auto read = [&](const std::string& name, size_t min_fields) -> StatusOr<std::vector<TsvRow>> {
    const std::string path = dir + name;
    RASED_ASSIGN_OR_RETURN(std::vector<TsvRow> rows, ReadTsv(path));
    for (const TsvRow& row : rows) {
      if (row.fields.size() < min_fields) return BadRow(path, row, "too few fields");
    }
    return rows;
  };
  auto number = [](const std::string& s, double& out) {
    char* end = nullptr;
    out = std::strtod(s.c_str(), &end);
    return end != nullptr && *end == '\0' && !s.empty() && std::isfinite(out);
  };

  {
    RASED_ASSIGN_OR_RETURN(auto rows, read("approximators.tsv", 3));
    for (const TsvRow& row : rows) {
      if (row.fields[0] != "approx" && row.fields[0] != "more" && row.fields[0] != "less") {
        return BadRow(dir + "approximators.tsv", row, "kind must be approx, more or less");
      }
      if (row.fields[1] == "before") {
        add(t->approx_before, row.fields[2], 0);
      } else if (row.fields[1] == "after") {
        add(t->approx_after, row.fields[2], 0);
      } else {
        return BadRow(dir + "approximators.tsv", row, "position must be before or after");
      }
    }
  }
  {
    RASED_ASSIGN_OR_RETURN(auto rows, read("rates.tsv", 2));
    for (const TsvRow& row : rows) {
      const auto* it = std::find(std::begin(kRatePeriods), std::end(kRatePeriods), row.fields[0]);
      if (it == std::end(kRatePeriods)) {
        return BadRow(dir + "rates.tsv", row, "period must be day, week, month or year");
      }
      add(t->rates, row.fields[1], static_cast<int32_t>(it - std::begin(kRatePeriods)));
    }
  }
  {
    RASED_ASSIGN_OR_RETURN(auto rows, read("vague.tsv", 2));
    for (const TsvRow& row : rows) {
      double v = 0;
      if (!number(row.fields[0], v) || v <= 0) return BadRow(dir + "vague.tsv", row, "bad scale");
      t->vague_scale.push_back(v);
      add(t->vague, row.fields[1], static_cast<int32_t>(t->vague_scale.size() - 1));
    }
  }
  {
    RASED_ASSIGN_OR_RETURN(auto rows, read("fractions.tsv", 2));
    for (const TsvRow& row : rows) {
      double v = 0;
      if (!number(row.fields[0], v) || v <= 0 || v >= 1) {
        return BadRow(dir + "fractions.tsv", row, "bad fraction");
      }
      t->fraction_value.push_back(v);
      add(t->fractions, row.fields[1], static_cast<int32_t>(t->fraction_value.size() - 1));
    }
  }
  {
    static constexpr std::pair<std::string_view, QMarker> kKinds[] = {
        {"range_start", QMarker::kRangeStart},
        {"range_link", QMarker::kRangeLink},
        {"partitive", QMarker::kPartitive},
        {"percent", QMarker::kPercent},
        {"id_word", QMarker::kIdWord},
        {"function", QMarker::kFunction},
        {"period_modifier", QMarker::kPeriodModifier},
        {"duration", QMarker::kDuration},
        {"time_direction", QMarker::kTimeDirection},
        {"count_word", QMarker::kCountWord},
        {"count_verb", QMarker::kCountVerb},
        {"weak_times", QMarker::kWeakTimes},
        {"doubled", QMarker::kDoubled},
    };
    RASED_ASSIGN_OR_RETURN(auto rows, read("markers.tsv", 2));
    for (const TsvRow& row : rows) {
      bool known = false;
      for (const auto& [name, m] : kKinds) {
        if (row.fields[0] == name) {
          add(t->markers[static_cast<int>(m)], row.fields[1], 0);
          known = true;
        }
      }
      if (!known) return BadRow(dir + "markers.tsv", row, "unknown marker kind");
    }
  }
  {
    RASED_ASSIGN_OR_RETURN(auto rows, read("durations.tsv", 3));
    for (const TsvRow& row : rows) {
      double count = 0, factor = 0;
      if (!number(row.fields[0], count) || (count != 0 && count != 1 && count != 2) ||
          !number(row.fields[1], factor) || factor <= 0) {
        return BadRow(dir + "durations.tsv", row, "bad count or factor");
      }
      t->duration_info.push_back({static_cast<int>(count), factor});
      add(t->durations, row.fields[2], static_cast<int32_t>(t->duration_info.size() - 1));
    }
  }
  {
    // The same number words the text stage reads (data/lexicon, else built in).
    const std::string path = data_dir + "/lexicon/number_words.tsv";
    StatusOr<std::string> content = ReadFile(path);
    if (content.ok()) {
      RASED_RETURN_IF_ERROR(t->number_words.AddTable(*content, path));
    } else {
      RASED_RETURN_IF_ERROR(
          t->number_words.AddTable(text::BuiltInTable("number_words.tsv"), "number_words.tsv"));
    }
  }
  return t;
}

// One number phrase read at a token.
struct Number {
  double value = 0;
  uint32_t begin = 0;
  uint32_t end = 0;        // tokens [begin, end)
  bool digits = false;     // written with digits
  bool times = false;      // "أربعة أضعاف"
  bool dual_noun = false;  // "رحلتين", "مرتين": the word is its own counted noun
  bool definite = false;   // "الثلاث": counts only the definite noun before it
};

class QuantityScanner {
 public:
  QuantityScanner(const QuantityTables& t, Document& doc) : t_(t), doc_(doc) {
    const size_t n = doc.tokens.size();
    keys_.reserve(n);
    base_.reserve(n);
    shapes_.reserve(n);
    for (const Token& tok : doc.tokens) {
      keys_.push_back(tok.key);
      base_.push_back(tok.base.empty() ? std::string_view(tok.key) : std::string_view(tok.base));
      shapes_.push_back({static_cast<uint16_t>(PhraseTable::Shape(keys_.back())),
                         static_cast<uint16_t>(PhraseTable::Shape(base_.back()))});
    }
    in_date_.assign(n, false);
    used_.assign(n, false);
    for (const DateExpr& d : doc.dates) {
      auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), d.span.begin,
                                 [](const Token& t, uint32_t b) { return t.span.end <= b; });
      for (; it != doc.tokens.end() && it->span.begin < d.span.end; ++it) {
        in_date_[it - doc.tokens.begin()] = true;
      }
    }
  }

  void Run() {
    auto scan = [&](uint32_t b, uint32_t e) {
      lo_ = b;
      lim_ = e;
      for (uint32_t i = b; i < e; ++i) {
        if (used_[i]) continue;
        if (TryDuration(i) || in_date_[i]) continue;
        TryAt(i);
      }
    };
    if (doc_.sentences.empty()) {
      scan(0, static_cast<uint32_t>(doc_.tokens.size()));
    } else {
      for (const Sentence& s : doc_.sentences) {
        scan(s.token_begin, std::min<uint32_t>(s.token_end, doc_.tokens.size()));
      }
    }
    std::stable_sort(
        doc_.quantities.begin(), doc_.quantities.end(),
        [](const Quantity& a, const Quantity& b) { return a.span.begin < b.span.begin; });
  }

 private:
  // ---------------------------------------------------------------- helpers
  PhraseMatch M(const PhraseTable& table, size_t j) const {
    if (j >= lim_ || j < lo_) return {};
    if (!table.MayStart(shapes_[j][0]) && !table.MayStart(shapes_[j][1])) return {};
    return table.Longest(std::span<const std::string_view>(keys_).first(lim_), j,
                         {keys_[j], base_[j]});
  }
  PhraseMatch M(QMarker m, size_t j) const { return M(t_.marker(m), j); }
  bool IsFunction(size_t j) const { return M(QMarker::kFunction, j).length == 1; }
  bool Contiguous(size_t a, size_t b) const {
    return doc_.tokens[a].span.end == doc_.tokens[b].span.begin;
  }
  bool IsWord(size_t j) const {
    if (j >= lim_) return false;
    const TokenKind k = doc_.tokens[j].kind;
    return k == TokenKind::kWord || k == TokenKind::kLatin;
  }
  // A word that can be (part of) a counted noun.
  bool IsNounWord(size_t j) const {
    return IsWord(j) && !in_date_[j] && !IsFunction(j) && !doc_.tokens[j].has_value &&
           !M(t_.approx_after, j).ok() && !M(t_.rates, j).ok() && !M(QMarker::kPercent, j).ok();
  }

  // An adjective of relation or an adjective in -ية/-يون/-يات ("سوري",
  // "جوية", "متتالية"), not an imperfect verb ("يمضي").
  bool IsNisba(size_t j) const {
    static constexpr std::string_view kEndings[] = {
        "\xD9\x8A",                  // ي
        "\xD9\x8A\xD9\x87",          // يه (ية)
        "\xD9\x8A\xD9\x8A\xD9\x86",  // يين
        "\xD9\x8A\xD9\x88\xD9\x86",  // يون
        "\xD9\x8A\xD8\xA7\xD8\xAA",  // يات
        "\xD9\x8A\xD8\xA7",          // يا (accusative يًا)
    };
    const std::string_view k = keys_[j];
    if (StartsWith(k, "\xD9\x8A") || utf8::CountCodePoints(k) < 4) return false;  // ي-
    for (std::string_view e : kEndings) {
      if (k.size() > e.size() && k.substr(k.size() - e.size()) == e) return true;
    }
    return false;
  }

  // The surface form of a token without the proclitics its base dropped.
  std::string Surface(size_t j) const {
    const Token& tok = doc_.tokens[j];
    std::string_view s = doc_.Slice(tok.span);
    const size_t key_letters = utf8::CountCodePoints(tok.key);
    const size_t base_letters = utf8::CountCodePoints(base_[j]);
    if (base_letters >= key_letters) return std::string(s);
    // Drop as many leading letters (with their harakat) as the base lost.
    size_t drop = key_letters - base_letters;
    size_t pos = 0;
    while (pos < s.size() && drop > 0) {
      utf8::Next(s, pos);
      while (pos < s.size()) {
        size_t next = pos;
        const char32_t c = utf8::Next(s, next);
        if (!text::IsHaraka(c) && c != 0x0640) break;
        pos = next;
      }
      --drop;
    }
    return std::string(s.substr(pos));
  }

  // A word valued 2 that is no number word: a dual noun ("رحلتين", "مرتين").
  bool IsDualNoun(size_t j, const Number& n) const {
    if (n.digits || n.end != j + 1 || n.value != 2) return false;
    for (std::string_view k : {keys_[j], base_[j]}) {
      const text::NumberWord* w = t_.number_words.Find(k);
      if (w != nullptr && w->kind != text::NumberKind::kDualNoun) return false;
    }
    return true;
  }

  // The number phrase at j, if any. `in_date`: it may lie inside a date
  // expression (the count of a relative date, "قبل أربع سنوات").
  std::optional<Number> NumberAt(size_t j, bool single_token, bool in_date = false) const {
    if (j >= lim_ || (in_date_[j] && !in_date) || used_[j]) return std::nullopt;
    const Token& tok = doc_.tokens[j];
    Number n;
    n.begin = static_cast<uint32_t>(j);
    n.digits = tok.kind == TokenKind::kNumber;
    if (!single_token) {
      text::NumberPhrase p = t_.number_words.ParsePhrase(doc_.tokens, j);
      if (p.tokens > 0) {
        uint32_t len = std::min<uint32_t>(p.tokens, static_cast<uint32_t>(lim_ - j));
        for (uint32_t k = 1; k < len; ++k) {
          if (in_date_[j + k] && !in_date) len = k;
        }
        if (len == p.tokens) {
          n.value = p.value;
          n.end = static_cast<uint32_t>(j + len);
          n.times = p.times;
          n.dual_noun = IsDualNoun(j, n);
          return n;
        }
      }
    }
    if (!tok.has_value || !std::isfinite(tok.value)) {
      // "أسبوعا واحدا": the accusative alef of "one" and "two" after their noun,
      // which the number-word table lists without it.
      const std::string_view k = base_[j];
      if (k.size() > 2 && k.substr(k.size() - 2) == "\xD8\xA7") {
        const text::NumberWord* w = t_.number_words.Find(k.substr(0, k.size() - 2));
        if (w != nullptr && w->kind == text::NumberKind::kUnit && w->value >= 1 && w->value <= 2) {
          n.value = w->value;
          n.end = static_cast<uint32_t>(j + 1);
          return n;
        }
      }
      // "الدول الثلاث", "طائرات التورنيدو الثماني", "السنوات العشر": a definite
      // number word from three to ten after its definite noun (TryAt checks the
      // noun). Tens are left out: "القرن العشرين" is an ordinal.
      if (IsDefinite(k) && k.size() > 4) {
        const text::NumberWord* w = t_.number_words.Find(k.substr(4));
        if (w != nullptr &&
            (w->kind == text::NumberKind::kUnit || w->kind == text::NumberKind::kTeen) &&
            w->value >= 3 && w->value <= 10) {
          n.value = w->value;
          n.end = static_cast<uint32_t>(j + 1);
          n.definite = true;
          return n;
        }
      }
      return std::nullopt;
    }
    n.value = tok.value;
    n.end = static_cast<uint32_t>(j + 1);
    n.dual_noun = IsDualNoun(j, n);
    return n;
  }

  // Numbers that are not counts (see the header comment).
  bool NotACount(const Number& n) const {
    const size_t j = n.begin;
    if (n.digits) {
      const std::string_view k = keys_[j];
      if (IsDigits(k) && (k.size() >= 9 || (k.size() >= 3 && k[0] == '0'))) return true;
      if (j > lo_) {
        const std::string_view prev = keys_[j - 1];
        if (prev == "+" && Contiguous(j - 1, j)) return true;
        if (M(QMarker::kIdWord, j - 1).ok()) return true;
        if (prev == "(" && j - 1 > lo_ && M(QMarker::kIdWord, j - 2).ok()) return true;
        // "اللواء 128", "القرار 2254": a digit number naming a definite noun.
        if (doc_.tokens[j - 1].kind == TokenKind::kWord && IsDefinite(prev) &&
            utf8::CountCodePoints(prev) > 2 && !IsFunction(j - 1) &&
            !M(t_.approx_before, j - 1).ok()) {
          return true;
        }
        // "إف-16", "S-400", "G20".
        if ((prev == "-" || prev == "/") && Contiguous(j - 1, j) && j - 1 > lo_ &&
            Contiguous(j - 2, j - 1) && IsWord(j - 2)) {
          return true;
        }
        // Glued to a word: "عربي21", "ad_1", "G20" (a split proclitic "و"/"ب" is fine).
        if (Contiguous(j - 1, j) && doc_.tokens[j - 1].kind != TokenKind::kNumber &&
            !IsQuote(prev) && prev != "(" && prev != "[" && utf8::CountCodePoints(prev) > 1 &&
            prev != "\xD8\xA7\xD9\x84" /* ال */) {
          return true;
        }
        if (prev == "_" && Contiguous(j - 1, j)) return true;
        // A time of day, "10:15".
        if (prev == ":" && j - 1 > lo_ && doc_.tokens[j - 2].kind == TokenKind::kNumber) {
          return true;
        }
      }
      // "18px", "5G": a Latin word glued after the digits.
      if (n.end < lim_ && doc_.tokens[n.end].kind == TokenKind::kLatin &&
          Contiguous(n.end - 1, n.end)) {
        return true;
      }
      if (n.end < lim_ && keys_[n.end] == ":" && n.end + 1 < lim_ &&
          doc_.tokens[n.end + 1].kind == TokenKind::kNumber) {
        return true;
      }
    }
    return false;
  }

  struct Noun {
    uint32_t end = 0;  // token after the noun phrase
    std::string unit;
    std::string about;
  };

  // The counted noun after a number ending at k. After digits and number
  // words the noun is indefinite ("3000 مقاتل") unless "من" precedes it; after
  // a vague plural it is a definite genitive ("عشرات القتلى"): `genitive`.
  Noun NounAfter(size_t k, bool genitive = false) const {
    Noun out;
    out.end = static_cast<uint32_t>(k);
    if (k >= lim_) return out;
    if (PhraseMatch p = M(QMarker::kPercent, k); p.ok()) {
      out.unit = "%";
      out.end = static_cast<uint32_t>(k + p.length);
      return out;
    }
    if (doc_.tokens[k].kind == TokenKind::kSymbol) {
      out.unit = std::string(doc_.Slice(doc_.tokens[k].span));
      out.end = static_cast<uint32_t>(k + 1);
      return out;
    }
    size_t p = k;
    bool partitive = false;
    if (M(QMarker::kPartitive, p).ok() && IsNounWord(p + 1)) {
      ++p;  // "1200 من عناصر"
      partitive = true;
    }
    // An opening quote: space before it, the word glued after it.
    while (p < lim_ && IsQuote(keys_[p]) && p > 0 && !Contiguous(p - 1, p) && p + 1 < lim_ &&
           Contiguous(p, p + 1) && IsNounWord(p + 1)) {
      ++p;
    }
    // A counted noun right after its number carries no conjunction or
    // preposition ("2010 وتنتقد" is a year and a verb).
    if (!IsNounWord(p) || keys_[p] != base_[p]) return out;
    if (IsDefinite(keys_[p]) && !partitive && !genitive) return out;  // "12 الماضية"
    out.unit = Surface(p);
    out.about = out.unit;
    size_t e = p + 1;
    size_t q = e;
    const bool quoted = q < lim_ && IsQuote(keys_[q]) && q + 1 < lim_ && Contiguous(q, q + 1);
    if (quoted) ++q;
    // One modifier or genitive: "مقاتل سوري", "رحلات جوية", "رجال الميليشيات",
    // "عناصر "فاغنر"". A word that is none of these (most often the verb of
    // the clause: "750 شخصا قتلوا") ends the phrase.
    if (IsNounWord(q) && keys_[q] == base_[q] && (quoted || IsDefinite(keys_[q]) || IsNisba(q))) {
      out.about += " ";
      out.about += Surface(q);
      e = q + 1;
      if (quoted && e < lim_ && IsQuote(keys_[e])) ++e;  // closing quote
    }
    out.end = static_cast<uint32_t>(e);
    return out;
  }

  // The rate of the clause around tokens [b, e), "" when none.
  std::string RateAround(size_t b, size_t e) const {
    auto check = [&](size_t j) -> int {
      if (in_date_[j]) return -1;
      PhraseMatch r = M(t_.rates, j);
      if (!r.ok()) return -1;
      for (size_t k = j; k < j + r.length && k < lim_; ++k) {
        if (in_date_[k]) return -1;
      }
      // "في العام الذي سبقه", "بالشهر السابق", "في اليوم الأول": a period
      // named by what follows is no rate.
      const size_t after = j + r.length;
      if (r.length > 1 || keys_[j] != base_[j]) {
        if (after < lim_ && doc_.tokens[after].kind == TokenKind::kWord &&
            ((IsDefinite(keys_[after]) && !IsFunction(after)) ||
             M(QMarker::kPeriodModifier, after).ok())) {
          return -1;
        }
      }
      return r.payload;
    };
    for (size_t j = e, n = 0; j < lim_ && n < 6; ++j, ++n) {
      if (IsClauseBreak(keys_[j])) break;
      if (int r = check(j); r >= 0) return std::string(kRatePeriods[r]);
    }
    for (size_t j = b, n = 0; j > lo_ && n < 5; ++n) {
      --j;
      if (IsClauseBreak(keys_[j])) break;
      if (int r = check(j); r >= 0) return std::string(kRatePeriods[r]);
    }
    return "";
  }

  void Emit(size_t b, size_t e, double low, double high, bool approx, const Noun& noun) {
    // Trailing hedges: "3000 تقريباً", "على الأقل".
    if (PhraseMatch a = M(t_.approx_after, e); a.ok()) {
      approx = true;
      e += a.length;
    }
    Quantity q;
    q.span.begin = doc_.tokens[b].span.begin;
    q.span.end = doc_.tokens[e - 1].span.end;
    q.low = low;
    q.high = high;
    q.approximate = approx;
    q.unit = noun.unit;
    q.about = noun.about;
    q.rate = RateAround(b, e);
    doc_.quantities.push_back(std::move(q));
    for (size_t k = b; k < e; ++k) used_[k] = true;
  }

  // ----------------------------------------------------------------- rules
  void TryAt(size_t i) {
    size_t k = i;
    bool approx = false;
    if (PhraseMatch a = M(t_.approx_before, k); a.ok()) {
      approx = true;
      k += a.length;
    }
    if (TryRange(i, k, approx)) return;
    if (TryVague(i, k, approx)) return;
    if (TryFraction(i, k, approx)) return;
    if (TryAlternative(i)) return;
    std::optional<Number> n = NumberAt(k, false);
    if (!n || NotACount(*n)) return;
    if (n->definite && (n->begin == lo_ || !IsDefinite(keys_[n->begin - 1]) ||
                        keys_[n->begin] != base_[n->begin])) {
      return;
    }
    Noun noun = NounAfter(n->end);
    if (n->definite) {
      noun = Noun();  // "الثلاثة جيدا": only the noun before it counts
      noun.end = n->end;
    }
    if (n->dual_noun && IsDefinite(base_[n->begin])) return;  // "البلدين": a reference
    // "ضعف" alone is "double" only before what it doubles ("ضعف عدد"), not in
    // "الأكثر ضعفاً" (weakness).
    if (n->times && n->end == n->begin + 1 && !IsNounWord(n->end)) return;
    // "ضعف الاستثمارات" is their weakness: that word doubles only what is
    // counted or measured ("ضعف عدد", "ضعف ما كان").
    if (n->times && n->end == n->begin + 1 && M(QMarker::kWeakTimes, n->begin).length == 1 &&
        !M(QMarker::kDoubled, n->end).ok()) {
      return;
    }
    if (n->times || n->dual_noun) {
      // "أربعة أضعاف": the unit is the multiplier word; "مرتين": the dual itself.
      noun.unit = Surface(n->end - 1);
      noun.about = noun.unit;
      noun.end = n->end;
    }
    // "الثامن عشر": a teen word alone after a definite word belongs to an
    // ordinal; "بمقتل عشرة عناصر" is a count.
    if (!n->digits && n->end == n->begin + 1 && n->begin > lo_ &&
        (IsDefinite(base_[n->begin - 1]) || doc_.tokens[n->begin - 1].has_value)) {
      const text::NumberWord* w = t_.number_words.Find(base_[n->begin]);
      if (w != nullptr && w->kind == text::NumberKind::kTeen) return;
    }
    size_t b = i;
    if (noun.unit.empty() && !n->digits && !approx && n->begin > lo_ && !used_[n->begin - 1] &&
        IsNounWord(n->begin - 1) && keys_[n->begin - 1] == base_[n->begin - 1] &&
        (n->value <= 2 || (IsDefinite(keys_[n->begin]) && IsDefinite(keys_[n->begin - 1])))) {
      // "رحلة واحدة", "الدول الثلاث": one and two follow their noun, as does a
      // definite number its definite noun.
      b = n->begin - 1;
      noun.unit = Surface(b);
      noun.about = noun.unit;
    }
    // "الوزراء الـ24": a number after "الـ" counts the definite noun before it.
    if (noun.unit.empty() && n->digits && n->begin > lo_ + 1 &&
        keys_[n->begin - 1] == "\xD8\xA7\xD9\x84" && Contiguous(n->begin - 1, n->begin) &&
        IsNounWord(n->begin - 2) && IsDefinite(keys_[n->begin - 2]) &&
        keys_[n->begin - 2] == base_[n->begin - 2]) {
      b = n->begin - 2;
      noun.unit = Surface(b);
      noun.about = noun.unit;
    }
    // "واحد من أقوى", "أحد السكان": one of a group, not a count.
    if (!n->digits && n->value == 1 && b == n->begin) return;
    if (noun.unit.empty() && !approx && !CountContext(n->begin)) {
      return;  // a bare number: a score, a list item, an id
    }
    const bool year_like = n->digits && std::floor(n->value) == n->value && n->value >= 1800 &&
                           n->value <= 2100 && keys_[n->begin].size() == 4;
    if (year_like && !approx && (noun.unit.empty() || IsDefinite(noun.unit))) {
      return;  // a year the date stage did not claim
    }
    Emit(b, std::max<size_t>(noun.end, n->end), n->value, n->value, approx, noun);
  }

  // A number with no counted noun still counts after "the number of" a few
  // words before it ("بلغ عدد القتلى 50", "فاق عددها الـ26") or right after a
  // passive verb of casualties ("وأصيب 12").
  bool CountContext(size_t j) const {
    size_t p = j;
    if (p > lo_ && keys_[p - 1] == "\xD8\xA7\xD9\x84" && Contiguous(p - 1, p)) --p;  // "الـ"
    if (p > lo_ && M(QMarker::kCountVerb, p - 1).length == 1) return true;
    for (size_t q = p, n = 0; q > lo_ && n < 3; ++n) {
      --q;
      if (IsClauseBreak(keys_[q]) || doc_.tokens[q].has_value) return false;
      if (M(QMarker::kCountWord, q).length == 1) return true;
    }
    return false;
  }

  // A duration in units of time, also inside a date expression ("قبل أربع
  // سنوات" is a date and a count of years): "بعد 4 أيام", "لمدة عام،",
  // "منذ أكثر من عقد", "لعامين", "خلال اليومين الماضيين", "أسبوعا واحدا".
  bool TryDuration(size_t i) {
    size_t k = i;
    bool marked = false, approx = false;
    if (PhraseMatch d = M(QMarker::kDuration, k); d.ok()) {
      k += d.length;
      marked = true;
    }
    const size_t b = k;  // the span starts at the hedge or the count, not the duration word
    if (PhraseMatch a = M(t_.approx_before, k); a.ok()) {
      k += a.length;
      approx = true;
    }
    if (k >= lim_ || used_[k]) return false;
    auto unit_at = [&](size_t j) -> std::optional<std::pair<size_t, QuantityTables::DurationInfo>> {
      PhraseMatch u = M(t_.durations, j);
      if (!u.ok()) return std::nullopt;
      return std::make_pair(j + u.length, t_.duration_info[u.payload]);
    };
    auto emit = [&](size_t e, double value, size_t unit_tok) {
      Noun noun;
      noun.unit = Surface(unit_tok);
      noun.about = noun.unit;
      noun.end = static_cast<uint32_t>(e);
      Emit(b, e, value, value, approx, noun);
      return true;
    };
    // "ونصف", "ونصف العام" after a unit: half a unit more. The token after it, or 0.
    auto half_after = [&](size_t e) -> size_t {
      if (e >= lim_ || keys_[e] == base_[e] || !StartsWith(keys_[e], "\xD9\x88") ||
          base_[e] != "\xD9\x86\xD8\xB5\xD9\x81") {  // و + نصف
        return 0;
      }
      // "ونصف السنة", but not "ونصف اليوم الاثنين" (a date: today, Monday).
      if (PhraseMatch again = M(t_.durations, e + 1);
          again.ok() && t_.duration_info[again.payload].count == 1 && !in_date_[e + 1]) {
        return e + 1 + again.length;
      }
      return e + 1;
    };
    // A number, then a unit: "4 أيام", "أربعة أعوام", "25 عاما", "ثلاث سنوات ونصف".
    // Only a valued token opens a number phrase (checked first: this runs at
    // every token).
    if (std::optional<Number> n =
            doc_.tokens[k].has_value ? NumberAt(k, false, /*in_date=*/true) : std::nullopt;
        n && !n->dual_noun && !n->times && !n->definite && !NotACount(*n)) {
      if (auto u = unit_at(n->end); u && u->second.count != 2 && !IsDefinite(keys_[n->end])) {
        if (const size_t h = half_after(u->first)) {
          return emit(h, (n->value + 0.5) * u->second.factor, n->end);
        }
        if (!in_date_[k] && !in_date_[n->end]) return false;  // the general reader has it
        return emit(u->first, n->value * u->second.factor, n->end);
      }
      return false;
    }
    auto u = unit_at(k);
    if (!u) return false;
    const size_t e = u->first;
    if (const size_t h = half_after(e); h && u->second.count != 0) {
      // "عاما ونصف", "ساعتين ونصف", "ابن العام ونصف العام".
      return emit(h, (u->second.count + 0.5) * u->second.factor, k);
    }
    if (u->second.count == 0) {
      // "الساعات الـ24 الماضية": a definite plural with its number after it, in a
      // date expression (the date stage read the count).
      if (!IsDefinite(base_[k]) || !in_date_[k]) return false;
      size_t q = e;
      if (q + 1 < lim_ && keys_[q] == "\xD8\xA7\xD9\x84" && Contiguous(q, q + 1)) ++q;  // "الـ"
      std::optional<Number> n = NumberAt(q, true, /*in_date=*/true);
      if (!n || !n->digits || !in_date_[q]) return false;
      return emit(n->end, n->value * u->second.factor, k);
    }
    if (u->second.count == 2) {
      // "لعامين"; a definite dual counts only with a direction ("اليومين
      // الماضيين"): "العامين" alone refers back.
      if (IsDefinite(base_[k])) {
        PhraseMatch dir = M(QMarker::kTimeDirection, e);
        if (!dir.ok()) return false;
        return emit(e + dir.length, 2 * u->second.factor, k);
      }
      return emit(e, 2 * u->second.factor, k);
    }
    if (u->second.count != 1 || IsDefinite(base_[k])) return false;
    // "أسبوعا واحدا", "لعام واحد".
    if (std::optional<Number> one = NumberAt(e, true, /*in_date=*/true);
        one && one->value == 1 && !one->digits) {
      return emit(one->end, u->second.factor, k);
    }
    // A single unit after a duration word or a hedge, closing its phrase:
    // "لمدة عام،", "منذ أكثر من سنة عن" (not "بعد عقد اجتماع", "خلال شهر رمضان").
    if (!marked && !approx) return false;
    if (e < lim_ && !IsClauseBreak(keys_[e]) && !IsFunction(e)) return false;
    return emit(e, u->second.factor, k);
  }

  // "بين 1000 و1500 جندي", "من 10 إلى 20", "3 أو 4 أيام", "10-15".
  bool TryRange(size_t i, size_t k, bool approx) {
    size_t p = k;
    bool started = false;
    if (PhraseMatch s = M(QMarker::kRangeStart, p); s.ok()) {
      p += s.length;
      started = true;
      if (PhraseMatch a = M(t_.approx_before, p); a.ok()) {
        approx = true;
        p += a.length;
      }
    }
    std::optional<Number> a = NumberAt(p, true);
    if (!a || a->definite || NotACount(*a)) return false;
    size_t q = a->end;
    // The unit may come after the first end too: "800 دولار و1500 دولار" is rare;
    // only the bare form is read.
    size_t r = 0;
    if (PhraseMatch l = M(QMarker::kRangeLink, q); l.ok()) {
      // "و" joins the ends only after "بين"/"من" ("5 و7" may list two
      // numbers); "-", "أو", "إلى", "حتى" make a range on their own
      // ("2000 إلى 3000 مقاتل", "3 أو 4 أيام").
      if (!started && keys_[q] == "\xD9\x88") return false;
      r = q + l.length;
    } else if (started && q < lim_ && StartsWith(keys_[q], "\xD9\x88") &&
               doc_.tokens[q].has_value) {
      r = q;  // "و1500" kept as one token
    } else {
      return false;
    }
    std::optional<Number> b = NumberAt(r, false);
    if (!b || NotACount(*b)) return false;
    // "بين 22 و28 مليونا": the scale written after the second end applies to both.
    double low = a->value;
    if (b->end > b->begin + 1 && doc_.tokens[b->begin].kind == TokenKind::kNumber &&
        doc_.tokens[b->begin].value > 0 && !b->times) {
      const double scale = b->value / doc_.tokens[b->begin].value;
      if (scale >= 1000 && a->digits) low *= scale;
    }
    if (b->value <= low) return false;
    Noun noun = NounAfter(b->end);
    auto year_like = [&](const Number& n) {
      return n.digits && n.value >= 1800 && n.value <= 2100 && keys_[n.begin].size() == 4;
    };
    if (noun.unit.empty() && year_like(*a) && year_like(*b)) return false;  // "2019 إلى 2020"
    if (noun.unit.empty() && !started && !approx) return false;             // a score: "فاز 2-1"
    Emit(started ? i : (k == i ? a->begin : i), std::max<size_t>(noun.end, b->end), low, b->value,
         approx, noun);
    return true;
  }

  // "عشرات القتلى", "الآلاف من القتلى والمفقودين", "عشرات الآلاف".
  bool TryVague(size_t i, size_t k, bool approx) {
    PhraseMatch v = M(t_.vague, k);
    if (!v.ok()) return false;
    if (k > lo_ && doc_.tokens[k - 1].has_value) return false;  // "3 آلاف" is a number
    double scale = t_.vague_scale[v.payload];
    size_t e = k + v.length;
    if (PhraseMatch v2 = M(t_.vague, e); v2.ok()) {
      scale *= t_.vague_scale[v2.payload];
      e += v2.length;
    }
    Noun noun = NounAfter(e, /*genitive=*/true);
    Emit(i, std::max<size_t>(noun.end, e), scale, scale, true, noun);
    (void)approx;
    return true;
  }

  // "نصف هذه الرحلات", "والنصف الآخر".
  bool TryFraction(size_t i, size_t k, bool approx) {
    PhraseMatch f = M(t_.fractions, k);
    if (!f.ok()) return false;
    // "نصف مليون" is a number phrase.
    if (text::NumberPhrase p = t_.number_words.ParsePhrase(doc_.tokens, k); p.tokens > 1) {
      return false;
    }
    const double value = t_.fraction_value[f.payload];
    size_t e = k + f.length;
    Noun noun;
    noun.end = static_cast<uint32_t>(e);
    if (f.length == 1 && !IsDefinite(base_[k])) {
      // An indefinite fraction needs what it divides: a noun, maybe after a demonstrative.
      size_t p = e;
      if (IsFunction(p) && IsWord(p) && p + 1 < lim_ && IsDefinite(keys_[p + 1])) ++p;
      if (!IsNounWord(p)) return false;
      noun.unit = Surface(p);
      noun.about =
          std::string(doc_.Slice(Span{doc_.tokens[e].span.begin, doc_.tokens[p].span.end}));
      noun.end = static_cast<uint32_t>(p + 1);
    }
    Emit(i, noun.end, value, value, approx, noun);
    return true;
  }

  // "رحلة أو رحلتين", "يوم أو يومين": a singular noun, "أو", and its dual.
  bool TryAlternative(size_t i) {
    if (!IsNounWord(i) || i + 2 >= lim_ || doc_.tokens[i + 2].kind != TokenKind::kWord) {
      return false;
    }
    if (keys_[i + 1] != "\xD8\xA7\xD9\x88") return false;  // "أو"
    // The dual is the singular with ة -> تين/تان, or with ين/ان added. The text
    // stage values duals only when its lexicon knows the singular; the pattern
    // "X أو dual(X)" says it without one.
    std::string_view one = base_[i];
    const std::string_view two = base_[i + 2];
    static constexpr std::string_view kTa = "\xD9\x87";                       // ه (folded ة)
    static constexpr std::string_view kFem[] = {"\xD8\xAA\xD9\x8A\xD9\x86",   // تين
                                                "\xD8\xAA\xD8\xA7\xD9\x86"};  // تان
    static constexpr std::string_view kMasc[] = {"\xD9\x8A\xD9\x86",          // ين
                                                 "\xD8\xA7\xD9\x86"};         // ان
    bool dual = doc_.tokens[i + 2].has_value && doc_.tokens[i + 2].value == 2;
    const bool feminine = one.size() > kTa.size() && one.substr(one.size() - kTa.size()) == kTa;
    if (feminine) one.remove_suffix(kTa.size());
    // The accusative alef of "يوماً": "يوما أو يومين".
    if (!feminine && one.size() > 2 && one.substr(one.size() - 2) == "\xD8\xA7" &&
        !StartsWith(two, one)) {
      one.remove_suffix(2);
    }
    if (one.size() < 4 || !StartsWith(two, one)) return false;
    for (std::string_view suffix : feminine ? std::span(kFem) : std::span(kMasc)) {
      dual = dual || two.substr(one.size()) == suffix;
    }
    if (!dual) return false;
    Noun noun;
    noun.unit = Surface(i);
    noun.about = noun.unit;
    Emit(i, i + 3, 1, 2, false, noun);
    return true;
  }

  const QuantityTables& t_;
  Document& doc_;
  std::vector<std::string_view> keys_, base_;
  std::vector<std::array<uint16_t, 2>> shapes_;  // PhraseTable::Shape of keys_, base_
  std::vector<bool> in_date_, used_;
  size_t lo_ = 0, lim_ = 0;
};

// The quantity stage. Immutable after construction; Annotate() is thread-safe.
class QuantityAnnotator : public Annotator {
 public:
  explicit QuantityAnnotator(std::unique_ptr<QuantityTables> t) : t_(std::move(t)) {}
  std::string_view name() const override { return "quantities"; }
  Status Annotate(Document& doc) const override {
    doc.quantities.clear();
    if (doc.tokens.empty()) return Status::OK();
    QuantityScanner(*t_, doc).Run();
    return Status::OK();
  }

 private:
  std::unique_ptr<QuantityTables> t_;
};

}  // namespace

StatusOr<std::unique_ptr<Annotator>> NewQuantityAnnotator(const std::string& data_dir) {
  RASED_ASSIGN_OR_RETURN(std::unique_ptr<QuantityTables> tables, LoadTables(data_dir));
  return std::unique_ptr<Annotator>(new QuantityAnnotator(std::move(tables)));
}

}  // namespace rased::extract

#include "text/number_words.h"

#include <charconv>
#include <cmath>

#include "text/lexicon.h"
#include "text/normalize.h"
#include "text/tables.h"

namespace rased::text {
namespace {

constexpr std::string_view kWaw = "\xD9\x88";                   // و
constexpr std::string_view kFa = "\xD9\x81";                    // ف
constexpr std::string_view kPrepositions[] = {"\xD8\xA8",       // ب
                                              "\xD9\x84",       // ل
                                              "\xD9\x83"};      // ك
constexpr std::string_view kTayn = "\xD8\xAA\xD9\x8A\xD9\x86";  // تين
constexpr std::string_view kTan = "\xD8\xAA\xD8\xA7\xD9\x86";   // تان
constexpr std::string_view kYn = "\xD9\x8A\xD9\x86";            // ين
constexpr std::string_view kAn = "\xD8\xA7\xD9\x86";            // ان
constexpr std::string_view kHa = "\xD9\x87";                    // ه (folded ة)

bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(0, p.size()) == p;
}
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

bool ParseKind(std::string_view s, NumberKind* kind) {
  static const std::pair<std::string_view, NumberKind> kKinds[] = {
      {"unit", NumberKind::kUnit},         {"part", NumberKind::kPart},
      {"teen", NumberKind::kTeen},         {"ten", NumberKind::kTen},
      {"hundred", NumberKind::kHundred},   {"value", NumberKind::kValue},
      {"scale", NumberKind::kScale},       {"scales", NumberKind::kScales},
      {"fraction", NumberKind::kFraction}, {"times", NumberKind::kTimes},
      {"dual_noun", NumberKind::kDualNoun}};
  for (const auto& [name, k] : kKinds) {
    if (s == name) {
      *kind = k;
      return true;
    }
  }
  return false;
}

// The order of magnitude a piece of a phrase sets: a later piece joined by و
// must be smaller ("مئة وخمسون"), except a ten after a unit ("خمسة وعشرين").
double Magnitude(double v) {
  if (v < 1) return 1;
  return std::pow(10.0, std::floor(std::log10(v) + 1e-9));
}

}  // namespace

Status NumberWords::AddTable(std::string_view tsv_text, std::string_view source_name) {
  RASED_ASSIGN_OR_RETURN(std::vector<TsvRow> rows, ParseTsvText(tsv_text, source_name));
  for (const TsvRow& row : rows) {
    auto fail = [&](const std::string& why) {
      return Status::DataLoss(std::string(source_name) + ":" + std::to_string(row.line) + ": " +
                              why);
    };
    if (row.fields.size() < 3) return fail("expected word, value, kind");
    NumberWord w;
    const std::string& v = row.fields[1];
    auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), w.value);
    if (ec != std::errc() || ptr != v.data() + v.size()) return fail("bad value: " + v);
    if (!ParseKind(row.fields[2], &w.kind)) return fail("unknown kind: " + row.fields[2]);
    std::string key = MatchKey(row.fields[0]);
    if (key.empty()) return fail("empty word");
    // A word may be listed with two kinds only if one is a dual noun; the
    // number reading wins.
    NumberWord* existing = words_.Find(key);
    if (existing == nullptr) {
      words_.Insert(key, w);
    } else if (existing->kind == NumberKind::kDualNoun || w.kind != NumberKind::kDualNoun) {
      *existing = w;
    }
  }
  return Status::OK();
}

const NumberWord* NumberWords::Find(std::string_view key) const { return words_.Find(key); }

std::vector<std::string> NumberWords::Words() const {
  std::vector<std::string> out;
  out.reserve(words_.size());
  for (const auto& [k, w] : words_.entries()) {
    if (w.kind != NumberKind::kDualNoun) out.push_back(k);
  }
  return out;
}

const NumberWord* NumberWords::Lookup(const Token& token, bool first, bool* joined) const {
  *joined = false;
  if (token.kind != TokenKind::kWord) return nullptr;
  std::string_view key = token.key;
  auto find = [&](std::string_view k) -> const NumberWord* {
    const NumberWord* w = Find(k);
    return (w != nullptr && w->kind != NumberKind::kDualNoun) ? w : nullptr;
  };
  if (const NumberWord* w = find(key)) return w;
  std::string_view rest = key;
  if (StartsWith(rest, kWaw) || StartsWith(rest, kFa)) {
    rest.remove_prefix(2);
    if (const NumberWord* w = find(rest)) {
      *joined = true;
      return w;
    }
  }
  if (!first) return nullptr;
  for (std::string_view p : kPrepositions) {
    if (StartsWith(rest, p)) {
      if (const NumberWord* w = find(rest.substr(p.size()))) return w;
    }
  }
  return nullptr;
}

std::optional<double> NumberWords::TokenValue(const Token& token, const Lexicon* lexicon) const {
  if (token.kind == TokenKind::kNumber) {
    if (token.has_value) return token.value;
    return std::nullopt;
  }
  if (token.kind != TokenKind::kWord) return std::nullopt;
  bool joined = false;
  if (const NumberWord* w = Lookup(token, /*first=*/true, &joined)) {
    switch (w->kind) {
      case NumberKind::kUnit:
      case NumberKind::kTeen:
      case NumberKind::kTen:
      case NumberKind::kHundred:
      case NumberKind::kValue:
      case NumberKind::kScale:
        return w->value;
      default:
        return std::nullopt;
    }
  }
  // Duals. The stem (article and proclitics removed) carries the ending.
  std::string_view stem = token.stem.empty() ? std::string_view(token.key) : token.stem;
  for (std::string_view suffix : {kTayn, kTan}) {
    if (!EndsWith(stem, suffix) || lexicon == nullptr) continue;
    std::string_view host = stem.substr(0, stem.size() - suffix.size());
    if (host.size() < 4) continue;  // at least two letters before ة
    std::string singular(host);
    singular += kHa;
    if (lexicon->Contains(singular)) return 2.0;
  }
  for (std::string_view suffix : {kYn, kAn}) {
    if (!EndsWith(stem, suffix)) continue;
    const NumberWord* w = Find(stem.substr(0, stem.size() - suffix.size()));
    if (w != nullptr && w->kind == NumberKind::kDualNoun) return 2.0;
  }
  return std::nullopt;
}

NumberPhrase NumberWords::ParsePhrase(const std::vector<Token>& tokens, size_t start) const {
  NumberPhrase out;
  if (start >= tokens.size()) return out;
  const Token& first = tokens[start];

  double total = 0;      // completed scale groups
  double current = 0;    // the group being built
  double magnitude = 0;  // of the last piece; 0 after digits (no و-joins)
  NumberKind last = NumberKind::kUnit;
  bool last_digits = false;
  double last_scale = 0;  // the last scale applied (scales must decrease)
  size_t end = start + 1;

  if (first.kind == TokenKind::kNumber) {
    if (!first.has_value) return out;
    current = first.value;
    last_digits = true;
  } else {
    bool joined = false;
    const NumberWord* w = Lookup(first, /*first=*/true, &joined);
    if (w == nullptr) {
      if (first.has_value) {  // a dual noun, valued by the text stage
        out.tokens = 1;
        out.value = first.value;
      }
      return out;
    }
    last = w->kind;
    switch (w->kind) {
      case NumberKind::kScale:
        total = w->value;
        last_scale = w->value;
        magnitude = w->value;
        break;
      case NumberKind::kScales:
        return out;  // "آلاف" alone is no number
      case NumberKind::kTimes:
        if (w->value < 2) return out;  // "أضعاف" alone
        out.tokens = 1;
        out.value = w->value;
        out.times = true;
        return out;
      default:
        current = w->value;
        magnitude = Magnitude(w->value);
        break;
    }
  }

  for (size_t j = start + 1; j < tokens.size(); ++j) {
    const Token& t = tokens[j];
    if (t.sentence != first.sentence) break;
    bool joined = false;
    const NumberWord* w = Lookup(t, /*first=*/false, &joined);
    // "و" + digits: "ألف و500".
    if (w == nullptr && t.kind == TokenKind::kWord && t.key == kWaw && j + 1 < tokens.size() &&
        tokens[j + 1].kind == TokenKind::kNumber && tokens[j + 1].has_value && !last_digits &&
        magnitude > 0 && tokens[j + 1].value < magnitude) {
      current += tokens[j + 1].value;
      last_digits = true;
      magnitude = 0;
      end = j + 2;
      ++j;
      continue;
    }
    if (w == nullptr) break;
    if (!joined) {
      if (w->kind == NumberKind::kTeen && !last_digits &&
          (last == NumberKind::kUnit || last == NumberKind::kPart) && current < 10) {
        current += 10;
        magnitude = 10;
        last = NumberKind::kTeen;
        end = j + 1;
        continue;
      }
      if (w->kind == NumberKind::kHundred && !last_digits && last == NumberKind::kUnit &&
          current >= 1 && current < 10) {
        current *= 100;
        magnitude = 100;
        last = NumberKind::kHundred;
        end = j + 1;
        continue;
      }
      if ((w->kind == NumberKind::kScale || w->kind == NumberKind::kScales) &&
          (last_scale == 0 || w->value < last_scale) && (current > 0 || total == 0)) {
        total += (current > 0 ? current : 1) * w->value;
        current = 0;
        last_scale = w->value;
        magnitude = w->value;
        last = w->kind;
        last_digits = false;
        end = j + 1;
        continue;
      }
      if (w->kind == NumberKind::kTimes && (current > 0 || total > 0)) {
        out.tokens = static_cast<uint32_t>(j + 1 - start);
        out.value = total + current;  // "أربعة أضعاف": 4 times
        out.times = true;
        return out;
      }
      break;
    }
    // Joined by و.
    if (last_digits) break;
    if (w->kind == NumberKind::kFraction) {
      const double unit = last_scale > 0 && current == 0 ? last_scale : 1;
      current += w->value * unit;
      end = j + 1;
      break;  // nothing follows "ونصف"
    }
    const bool unit_then_ten = (last == NumberKind::kUnit || last == NumberKind::kPart) &&
                               w->kind == NumberKind::kTen && current >= 1 && current < 10;
    const bool smaller = magnitude > 0 && w->value < magnitude && w->kind != NumberKind::kScale &&
                         w->kind != NumberKind::kScales;
    if (!unit_then_ten && !smaller) break;
    if (w->kind == NumberKind::kPart || w->kind == NumberKind::kTeen) break;
    current += w->value;
    magnitude = unit_then_ten ? 10 : Magnitude(w->value);
    last = w->kind;
    end = j + 1;
  }
  // "أحد" alone, a fraction alone: no number.
  if (end == start + 1 && (last == NumberKind::kPart || last == NumberKind::kFraction)) return out;
  out.tokens = static_cast<uint32_t>(end - start);
  out.value = total + current;
  return out;
}

}  // namespace rased::text

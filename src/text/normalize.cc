#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>

#include "common/utf8.h"

namespace rased::text {
namespace {

// What one code point becomes: itself, nothing, another code point, or its
// NFKC decomposition.
constexpr int32_t kDrop = -1;
constexpr int32_t kExpand = -2;

// The rule that rewrites a code point of U+0600..U+06FF and its replacement
// (0 = removed). rule == 0 means the code point is always kept.
struct ArabicFold {
  uint16_t rule = 0;
  char16_t to = 0;
};

constexpr std::array<ArabicFold, 256> BuildArabicTable() {
  std::array<ArabicFold, 256> t{};
  auto set = [&t](char32_t cp, uint32_t rule, char16_t to) {
    t[cp - 0x0600] = ArabicFold{static_cast<uint16_t>(rule), to};
  };
  for (char32_t c = 0x0610; c <= 0x061A; ++c) set(c, kRemoveHarakat, 0);
  for (char32_t c = 0x064B; c <= 0x065F; ++c) set(c, kRemoveHarakat, 0);
  set(0x0670, kRemoveHarakat, 0);
  for (char32_t c = 0x06D6; c <= 0x06ED; ++c) set(c, kRemoveHarakat, 0);
  set(0x0640, kStripTatweel, 0);
  set(0x061C, kRemoveFormatControls, 0);
  for (char32_t c : {0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673}) {
    set(c, kFoldAlefVariants, 0x0627);
  }
  set(0x0649, kFoldAlefMaqsura, 0x064A);
  set(0x0629, kFoldTaMarbuta, 0x0647);
  set(0x0624, kFoldHamzaCarriers, 0x0648);
  set(0x0626, kFoldHamzaCarriers, 0x064A);
  set(0x06A9, kFoldPersianLetters, 0x0643);  // keheh
  set(0x06CC, kFoldPersianLetters, 0x064A);  // Farsi yeh
  set(0x06AF, kFoldPersianLetters, 0x0643);  // gaf
  set(0x067E, kFoldPersianLetters, 0x0628);  // peh
  set(0x0686, kFoldPersianLetters, 0x062C);  // tcheh
  set(0x0698, kFoldPersianLetters, 0x0632);  // jeh
  set(0x06A4, kFoldPersianLetters, 0x0641);  // veh
  set(0x06BE, kFoldPersianLetters, 0x0647);  // heh doachashmee
  set(0x06C0, kFoldPersianLetters, 0x0647);  // heh with yeh above
  for (char32_t c = 0; c < 10; ++c) {
    set(0x0660 + c, kFoldDigits, u'0' + c);
    set(0x06F0 + c, kFoldDigits, u'0' + c);
  }
  set(0x066A, kFoldDigits, u'%');
  set(0x066B, kFoldDigits, u'.');
  set(0x066C, kFoldDigits, u',');
  return t;
}

constexpr std::array<ArabicFold, 256> kArabicTable = BuildArabicTable();

bool IsSpaceToFold(char32_t cp) {
  return cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

bool NeedsNfkc(char32_t cp) {
  return (cp >= 0xFB00 && cp <= 0xFDFF) || (cp >= 0xFE10 && cp <= 0xFE1F) ||
         (cp >= 0xFE30 && cp <= 0xFEFE) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
         (cp >= 0x1D400 && cp <= 0x1D7FF) || (cp >= 0x1EE00 && cp <= 0x1EEFF);
}

// The fold of one code point under `rules`: a code point, kDrop or kExpand.
inline int32_t FoldCp(char32_t cp, uint32_t rules) {
  if (cp < 0x80) {
    if ((rules & kLowerCase) && cp >= 'A' && cp <= 'Z') return static_cast<int32_t>(cp + 32);
    return static_cast<int32_t>(cp);
  }
  if (cp >= 0x0600 && cp <= 0x06FF) {
    const ArabicFold f = kArabicTable[cp - 0x0600];
    if (f.rule != 0 && (rules & f.rule)) return f.to == 0 ? kDrop : static_cast<int32_t>(f.to);
    return static_cast<int32_t>(cp);
  }
  if ((rules & kRemoveFormatControls) && IsFormatControl(cp)) return kDrop;
  if ((rules & kFoldSpaces) && IsSpaceToFold(cp)) return ' ';
  if ((rules & kNfkcPresentationForms) && NeedsNfkc(cp)) return kExpand;
  if ((rules & kLowerCase) && cp != utf8::kReplacement) {
    return static_cast<int32_t>(u_tolower(static_cast<UChar32>(cp)));
  }
  return static_cast<int32_t>(cp);
}

// Appends the folded NFKC decomposition of cp. Decompositions that fold to
// spaces only (isolated haraka forms, " ً") vanish whole.
void AppendExpansion(char32_t cp, uint32_t rules, uint32_t orig, std::string* out,
                     std::vector<uint32_t>* map) {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  const size_t start = out->size();
  const uint32_t inner = rules & ~static_cast<uint32_t>(kNfkcPresentationForms);
  icu::UnicodeString decomposed;
  if (nfkc != nullptr && U_SUCCESS(status)) {
    decomposed = nfkc->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), status);
  }
  if (nfkc == nullptr || U_FAILURE(status))
    decomposed = icu::UnicodeString(static_cast<UChar32>(cp));
  bool dropped = false;
  bool substantive = false;
  for (int32_t k = 0; k < decomposed.length();) {
    const UChar32 c = decomposed.char32At(k);
    k += U16_LENGTH(c);
    const int32_t f = FoldCp(static_cast<char32_t>(c), inner);
    if (f == kDrop) {
      dropped = true;
      continue;
    }
    if (f != ' ') substantive = true;
    utf8::Append(static_cast<char32_t>(f), *out);
  }
  if (dropped && !substantive) out->resize(start);
  if (map != nullptr) map->resize(map->size() + (out->size() - start), orig);
}

template <bool kWithMap>
void Apply(std::string_view in, uint32_t rules, std::string* out, std::vector<uint32_t>* map,
           uint32_t base) {
  out->reserve(out->size() + in.size());
  if (kWithMap) map->reserve(map->size() + in.size());
  // Code points that map to themselves are copied in runs.
  size_t run = 0;
  auto flush = [&](size_t end) {
    if (end > run) {
      out->append(in.data() + run, end - run);
      if (kWithMap) {
        for (size_t k = run; k < end; ++k) map->push_back(base + static_cast<uint32_t>(k));
      }
    }
  };
  const bool lower = (rules & kLowerCase) != 0;
  size_t i = 0;
  const size_t n = in.size();
  while (i < n) {
    const auto b = static_cast<unsigned char>(in[i]);
    if (b < 0x80) {
      if (lower && b >= 'A' && b <= 'Z') {
        flush(i);
        out->push_back(static_cast<char>(b + 32));
        if (kWithMap) map->push_back(base + static_cast<uint32_t>(i));
        run = i + 1;
      }
      ++i;
      continue;
    }
    const size_t start = i;
    const char32_t cp = utf8::Next(in, i);
    const bool invalid = cp == utf8::kReplacement && i == start + 1;
    const int32_t f = FoldCp(cp, rules);
    if (f == static_cast<int32_t>(cp) && !invalid) continue;  // part of the run
    flush(start);
    run = i;
    const uint32_t orig = base + static_cast<uint32_t>(start);
    if (f == kDrop) continue;
    if (f == kExpand) {
      AppendExpansion(cp, rules, orig, out, kWithMap ? map : nullptr);
      continue;
    }
    const size_t before = out->size();
    utf8::Append(static_cast<char32_t>(f), *out);
    if (kWithMap) map->resize(map->size() + (out->size() - before), orig);
  }
  flush(n);
}

constexpr uint32_t kKeepTaRules = kMatchKeyRules & ~static_cast<uint32_t>(kFoldTaMarbuta);

std::string ApplyOne(std::string_view s, uint32_t rules) {
  std::string out;
  Apply<false>(s, rules, &out, nullptr, 0);
  return out;
}

}  // namespace

bool IsHaraka(char32_t cp) {
  if (cp < 0x0610 || cp > 0x06ED) return false;
  const ArabicFold f = kArabicTable[cp - 0x0600];
  return f.rule == kRemoveHarakat || f.rule == kStripTatweel;
}

bool IsFormatControl(char32_t cp) {
  if (cp < 0x00AD) return false;
  return cp == 0x00AD || cp == 0x034F || cp == 0x061C || cp == 0x180E ||
         (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) ||
         (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF;
}

void ApplyRules(std::string_view in, uint32_t rules, std::string* out,
                std::vector<uint32_t>* to_original, uint32_t base_offset) {
  if (to_original != nullptr) {
    Apply<true>(in, rules, out, to_original, base_offset);
  } else {
    Apply<false>(in, rules, out, nullptr, base_offset);
  }
}

NormalizedText Normalize(std::string_view original) {
  NormalizedText n;
  Apply<true>(original, kMatchKeyRules, &n.text, &n.to_original, 0);
  n.to_original.push_back(static_cast<uint32_t>(original.size()));
  return n;
}

std::string MatchKey(std::string_view original) { return ApplyOne(original, kMatchKeyRules); }

void AppendMatchKey(std::string_view original, std::string* out) {
  Apply<false>(original, kMatchKeyRules, out, nullptr, 0);
}

std::string MatchKeyKeepTaMarbuta(std::string_view original) {
  return ApplyOne(original, kKeepTaRules);
}

void AppendMatchKeyKeepTaMarbuta(std::string_view original, std::string* out) {
  Apply<false>(original, kKeepTaRules, out, nullptr, 0);
}

std::string RemoveHarakat(std::string_view s) { return ApplyOne(s, kRemoveHarakat); }
std::string StripTatweel(std::string_view s) { return ApplyOne(s, kStripTatweel); }
std::string RemoveFormatControls(std::string_view s) { return ApplyOne(s, kRemoveFormatControls); }
std::string FoldAlefVariants(std::string_view s) { return ApplyOne(s, kFoldAlefVariants); }
std::string FoldAlefMaqsura(std::string_view s) { return ApplyOne(s, kFoldAlefMaqsura); }
std::string FoldTaMarbuta(std::string_view s) { return ApplyOne(s, kFoldTaMarbuta); }
std::string FoldHamzaCarriers(std::string_view s) { return ApplyOne(s, kFoldHamzaCarriers); }
std::string FoldPersianLetters(std::string_view s) { return ApplyOne(s, kFoldPersianLetters); }
std::string FoldDigits(std::string_view s) { return ApplyOne(s, kFoldDigits); }
std::string FoldSpaces(std::string_view s) { return ApplyOne(s, kFoldSpaces); }
std::string LowerCase(std::string_view s) { return ApplyOne(s, kLowerCase); }
std::string NfkcPresentationForms(std::string_view s) {
  return ApplyOne(s, kNfkcPresentationForms);
}

}  // namespace rased::text

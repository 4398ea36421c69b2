// UTF-8 helpers used on the hot path: decoding without allocation, validity
// checks, and repair of broken sequences.
#ifndef RASED_COMMON_UTF8_H_
#define RASED_COMMON_UTF8_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace rased::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point starting at s[i] and advances i past it. Invalid or
// truncated sequences decode to U+FFFD and advance by one byte.
inline char32_t Next(std::string_view s, size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  auto cont = [&](size_t k) -> int {
    if (i + k >= s.size()) return -1;
    const auto b = static_cast<unsigned char>(s[i + k]);
    return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
  };
  if (b0 >= 0xC2 && b0 < 0xE0) {
    int c1 = cont(1);
    if (c1 >= 0) {
      i += 2;
      return ((b0 & 0x1F) << 6) | c1;
    }
  } else if (b0 >= 0xE0 && b0 < 0xF0) {
    int c1 = cont(1), c2 = cont(2);
    if (c1 >= 0 && c2 >= 0) {
      char32_t cp = ((b0 & 0x0F) << 12) | (c1 << 6) | c2;
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
        i += 3;
        return cp;
      }
    }
  } else if (b0 >= 0xF0 && b0 < 0xF5) {
    int c1 = cont(1), c2 = cont(2), c3 = cont(3);
    if (c1 >= 0 && c2 >= 0 && c3 >= 0) {
      char32_t cp = ((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3;
      if (cp >= 0x10000 && cp <= 0x10FFFF) {
        i += 4;
        return cp;
      }
    }
  }
  ++i;
  return kReplacement;
}

// Appends the UTF-8 encoding of cp to out.
inline void Append(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// True when s is well-formed UTF-8 (no overlongs, surrogates or truncation).
bool IsValid(std::string_view s);

// Replaces each invalid byte with U+FFFD. Returns the number of replacements.
size_t Repair(std::string_view s, std::string& out);

// Number of code points in s (invalid bytes count one each).
size_t CountCodePoints(std::string_view s);

// Is cp a letter of the Arabic script blocks (U+0600..U+06FF, U+0750..U+077F,
// U+08A0..U+08FF, presentation forms)? Harakat and tatweel are not letters.
bool IsArabicLetter(char32_t cp);

}  // namespace rased::utf8

#endif  // RASED_COMMON_UTF8_H_

#include "common/utf8.h"

namespace rased::utf8 {

bool IsValid(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t before = i;
    if (Next(s, i) == kReplacement && i == before + 1) {
      // U+FFFD itself is three bytes; a one-byte advance means an invalid byte.
      return false;
    }
  }
  return true;
}

size_t Repair(std::string_view s, std::string& out) {
  size_t repaired = 0;
  out.reserve(out.size() + s.size());
  size_t i = 0;
  while (i < s.size()) {
    const size_t before = i;
    char32_t cp = Next(s, i);
    if (cp == kReplacement && i == before + 1) ++repaired;
    if (cp == kReplacement) {
      Append(kReplacement, out);
    } else {
      out.append(s.substr(before, i - before));
    }
  }
  return repaired;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool IsArabicLetter(char32_t cp) {
  if (cp >= 0x0621 && cp <= 0x063A) return true;
  if (cp >= 0x0641 && cp <= 0x064A) return true;
  if (cp >= 0x066E && cp <= 0x06D3 && cp != 0x06D4) return cp != 0x0670;
  if (cp == 0x06D5 || (cp >= 0x06EE && cp <= 0x06FF && !(cp >= 0x06F0 && cp <= 0x06F9)))
    return true;
  if (cp >= 0x0750 && cp <= 0x077F) return true;
  if (cp >= 0x08A0 && cp <= 0x08C9) return true;
  if (cp >= 0xFB50 && cp <= 0xFDFF) return true;
  if (cp >= 0xFE70 && cp <= 0xFEFC) return true;
  return false;
}

}  // namespace rased::utf8

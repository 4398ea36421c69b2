// Utf8Prefix: the longest prefix of a UTF-8 string that fits in a byte budget
// without cutting a code point (for capping page fields and messages).
//
// Thread safety: pure function.
#ifndef RASED_INGEST_UTF8_PREFIX_H_
#define RASED_INGEST_UTF8_PREFIX_H_

#include <cstddef>
#include <string_view>

namespace rased::ingest {

inline std::string_view Utf8Prefix(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t n = max_bytes;
  // Step back over continuation bytes to the start of the cut code point.
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

}  // namespace rased::ingest

#endif  // RASED_INGEST_UTF8_PREFIX_H_

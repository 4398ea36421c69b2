#include "ingest/content_hash.h"

namespace rased::ingest {

uint64_t Fnv1a64(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string ContentHash(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  uint64_t h = Fnv1a64(text);
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[i] = kHex[h & 0xF];
    h >>= 4;
  }
  return out;
}

}  // namespace rased::ingest

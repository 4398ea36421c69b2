// LineKey: a line of text reduced to the tokens that boilerplate rules and
// repeat detection compare.
//
//   LineKey k;
//   MakeLineKey("اقرأ أيضاً: اتفاق بين حكومة \"الثني\"", &k);
//   k.key == "اقرا ايضا اتفاق بين حكومه الثني"
//
// The line goes through rased::text::MatchKey (harakat, tatweel and format
// controls removed; alef, alef maqsura, ta marbuta and hamza carriers folded;
// digits ASCII; lower case), then everything that is not a letter, digit or
// combining mark separates tokens, except that '%' is a token of its own and
// '.' or ',' between two digits stays inside the number ("31.43"). Tokens are
// joined by one space.
//
// Thread safety: pure functions; a LineKey is a plain value.
#ifndef RASED_INGEST_LINE_KEY_H_
#define RASED_INGEST_LINE_KEY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rased::ingest {

struct LineKey {
  std::string key;  // tokens joined by single spaces; empty when none
  std::vector<std::pair<uint32_t, uint32_t>> tokens;  // [begin, end) byte ranges in key

  size_t size() const { return tokens.size(); }
  std::string_view token(size_t i) const {
    return std::string_view(key).substr(tokens[i].first, tokens[i].second - tokens[i].first);
  }
};

// Fills *out (its buffers are reused). `line` may be any bytes.
void MakeLineKey(std::string_view line, LineKey* out);
LineKey MakeLineKey(std::string_view line);

// Is every byte of `token` an ASCII digit, '.' or ','? (A number token.)
bool IsNumberToken(std::string_view token);

}  // namespace rased::ingest

#endif  // RASED_INGEST_LINE_KEY_H_

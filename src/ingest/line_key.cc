#include "ingest/line_key.h"

#include <unicode/uchar.h>

#include "common/utf8.h"
#include "text/normalize.h"

namespace rased::ingest {

namespace {

bool IsTokenChar(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }
  // Arabic letters and digits are the common case: skip ICU for them.
  if ((cp >= 0x0620 && cp <= 0x064A) || (cp >= 0x0660 && cp <= 0x0669)) return true;
  return u_isalnum(static_cast<UChar32>(cp)) ||
         (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool IsNumberToken(std::string_view token) {
  if (token.empty()) return false;
  for (char c : token) {
    if (!IsDigit(c) && c != '.' && c != ',') return false;
  }
  return true;
}

void MakeLineKey(std::string_view line, LineKey* out) {
  // Reused between calls: MakeLineKey runs once per line of every document.
  thread_local std::string folded;
  folded.clear();
  text::AppendMatchKey(line, &folded);
  out->key.clear();
  out->tokens.clear();
  size_t i = 0;
  bool in_token = false;
  uint32_t token_begin = 0;
  auto close_token = [&] {
    if (in_token) {
      out->tokens.emplace_back(token_begin, static_cast<uint32_t>(out->key.size()));
      in_token = false;
    }
  };
  auto open_token = [&] {
    if (!in_token) {
      if (!out->key.empty()) out->key.push_back(' ');
      token_begin = static_cast<uint32_t>(out->key.size());
      in_token = true;
    }
  };
  while (i < folded.size()) {
    const size_t start = i;
    const char32_t cp = utf8::Next(folded, i);
    if (IsTokenChar(cp)) {
      open_token();
      out->key.append(folded, start, i - start);
      if (cp >= 'A' && cp <= 'Z') out->key.back() = static_cast<char>(cp - 'A' + 'a');
    } else if (cp == '%') {
      close_token();
      open_token();
      out->key.push_back('%');
      close_token();
    } else if ((cp == '.' || cp == ',') && in_token && IsDigit(out->key.back()) &&
               i < folded.size() && IsDigit(folded[i])) {
      out->key.push_back(static_cast<char>(cp));
    } else {
      close_token();
    }
  }
  close_token();
  if (folded.capacity() > (size_t{1} << 20)) std::string().swap(folded);
}

LineKey MakeLineKey(std::string_view line) {
  LineKey k;
  MakeLineKey(line, &k);
  return k;
}

}  // namespace rased::ingest

#include "text/tokenize.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <charconv>

#include "common/utf8.h"
#include "text/lexicon.h"
#include "text/normalize.h"

namespace rased::text {
namespace {

enum class CharClass : uint8_t {
  kSpace,
  kNewline,
  kLetter,  // a letter of a non-Latin script
  kLatin,   // a Latin letter
  kDigit,
  kMark,    // harakat, tatweel, combining marks: stay inside words
  kFormat,  // ZWNJ, ZWJ, bidi controls: inside words only between letters
  kPunct,
  kSymbol,
  kInvalid,  // an invalid UTF-8 byte
};

bool IsLatinScript(char32_t cp) {
  if (cp < 0x0250) return true;
  if (cp >= 0x1E00 && cp <= 0x1EFF) return true;
  if (cp >= 0x2C60 && cp <= 0x2C7F) return true;
  if (cp >= 0xA720 && cp <= 0xA7FF) return true;
  if (cp >= 0xFF21 && cp <= 0xFF5A) return true;  // full-width
  if (cp >= 0xFB00 && cp <= 0xFB06) return true;  // ligatures ﬁ ﬂ
  return false;
}

constexpr CharClass ClassifyAscii(unsigned char b) {
  if (b == '\n' || b == '\r') return CharClass::kNewline;
  if (b == ' ' || b == '\t' || b == '\v' || b == '\f') return CharClass::kSpace;
  if (b < 0x20 || b == 0x7F) return CharClass::kSpace;  // other controls separate
  if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) return CharClass::kLatin;
  if (b >= '0' && b <= '9') return CharClass::kDigit;
  switch (b) {
    case '%':
    case '$':
    case '+':
    case '=':
    case '<':
    case '>':
    case '#':
    case '&':
    case '*':
    case '@':
    case '^':
    case '|':
    case '~':
    case '`':
      return CharClass::kSymbol;
    default:
      return CharClass::kPunct;
  }
}

struct AsciiTable {
  CharClass c[128];
};

constexpr AsciiTable BuildAsciiTable() {
  AsciiTable t{};
  for (int b = 0; b < 128; ++b) t.c[b] = ClassifyAscii(static_cast<unsigned char>(b));
  return t;
}

constexpr AsciiTable kAscii = BuildAsciiTable();

CharClass ClassifyNonAscii(char32_t cp, bool invalid) {
  if (invalid) return CharClass::kInvalid;
  if (cp >= 0x0600 && cp <= 0x06FF) {
    if (IsHaraka(cp)) return CharClass::kMark;
    if ((cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06F0 && cp <= 0x06F9)) {
      return CharClass::kDigit;
    }
    if (utf8::IsArabicLetter(cp)) return CharClass::kLetter;
    switch (cp) {
      case 0x060C:
      case 0x060D:
      case 0x061B:
      case 0x061E:
      case 0x061F:
      case 0x06D4:
      case 0x066B:
      case 0x066C:
        return CharClass::kPunct;
      case 0x061C:
        return CharClass::kFormat;
      default:
        break;
    }
    if (cp <= 0x0605) return CharClass::kFormat;  // number signs
    return CharClass::kSymbol;
  }
  if (IsFormatControl(cp)) return CharClass::kFormat;
  if (cp == 0x2028 || cp == 0x2029 || cp == 0x0085) return CharClass::kNewline;
  if (utf8::IsArabicLetter(cp)) return CharClass::kLetter;  // presentation forms
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return IsLatinScript(cp) ? CharClass::kLatin : CharClass::kLetter;
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK:
      return CharClass::kMark;
    case U_SPACE_SEPARATOR:
    case U_CONTROL_CHAR:
      return CharClass::kSpace;
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return CharClass::kNewline;
    case U_FORMAT_CHAR:
      return CharClass::kFormat;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return CharClass::kPunct;
    default:
      return CharClass::kSymbol;
  }
}

struct Char {
  char32_t cp = 0;
  uint8_t len = 0;
  CharClass cls = CharClass::kSpace;
};

// Classes of U+0600..U+06FF, the bulk of Arabic text.
struct ArabicTable {
  CharClass c[256];
};

const ArabicTable& ArabicClasses() {
  static const ArabicTable table = [] {
    ArabicTable t{};
    for (char32_t cp = 0x0600; cp <= 0x06FF; ++cp) t.c[cp - 0x0600] = ClassifyNonAscii(cp, false);
    return t;
  }();
  return table;
}

inline Char Peek(std::string_view s, size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return {b, 1, kAscii.c[b]};
  // Two-byte sequences of U+0600..U+06FF: lead D8..DB.
  if (b >= 0xD8 && b <= 0xDB && i + 1 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if ((b1 & 0xC0) == 0x80) {
      const char32_t cp = ((b & 0x1F) << 6) | (b1 & 0x3F);
      static const ArabicTable& arabic = ArabicClasses();
      return {cp, 2, arabic.c[cp - 0x0600]};
    }
  }
  size_t j = i;
  const char32_t cp = utf8::Next(s, j);
  const bool invalid = cp == utf8::kReplacement && j == i + 1;
  return {cp, static_cast<uint8_t>(j - i), ClassifyNonAscii(cp, invalid)};
}

bool IsDigitCp(char32_t cp) {
  return (cp >= '0' && cp <= '9') || (cp >= 0x0660 && cp <= 0x0669) ||
         (cp >= 0x06F0 && cp <= 0x06F9);
}
int DigitValue(char32_t cp) {
  if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
  if (cp >= 0x0660 && cp <= 0x0669) return static_cast<int>(cp - 0x0660);
  return static_cast<int>(cp - 0x06F0);
}
bool IsGroupSep(char32_t cp) { return cp == ',' || cp == 0x066C; }
bool IsDecimalSep(char32_t cp) { return cp == '.' || cp == 0x066B; }

// Counts the digits starting at s[i]; *end receives the byte after them.
size_t DigitRun(std::string_view s, size_t i, size_t* end) {
  size_t count = 0;
  while (i < s.size()) {
    Char c = Peek(s, i);
    if (c.cls != CharClass::kDigit) break;
    i += c.len;
    ++count;
  }
  *end = i;
  return count;
}

// Scans a number starting at s[i] (a digit); returns the end byte and the
// number of code points consumed.
size_t ScanNumber(std::string_view s, size_t i, uint32_t* cps) {
  size_t end = 0;
  *cps += static_cast<uint32_t>(DigitRun(s, i, &end));
  i = end;
  bool decimal = false;
  while (i < s.size()) {
    Char sep = Peek(s, i);
    if (!decimal && IsGroupSep(sep.cp)) {
      size_t group_end = 0;
      const size_t digits = DigitRun(s, i + sep.len, &group_end);
      // A group is exactly three digits, not followed by another digit.
      if (digits != 3) break;
      *cps += 4;
      i = group_end;
      continue;
    }
    if (!decimal && IsDecimalSep(sep.cp)) {
      size_t frac_end = 0;
      const size_t digits = DigitRun(s, i + sep.len, &frac_end);
      if (digits == 0) break;
      *cps += static_cast<uint32_t>(1 + digits);
      i = frac_end;
      decimal = true;
      continue;
    }
    break;
  }
  return i;
}

bool IsTerminator(char32_t cp) {
  return cp == '.' || cp == '?' || cp == '!' || cp == 0x061F || cp == 0x061B || cp == 0x06D4;
}

bool IsCloser(char32_t cp) {
  return cp == 0x00BB || cp == 0x201D || cp == 0x2019 || cp == ')' || cp == ']' || cp == '}' ||
         cp == 0x203A || cp == '"' || cp == '\'';
}

}  // namespace

bool ParseNumber(std::string_view surface, double* value) {
  if (surface.empty()) return false;
  char buf[96];
  size_t n = 0;
  size_t i = 0;
  bool digits = false;
  while (i < surface.size()) {
    const char32_t cp = utf8::Next(surface, i);
    if (IsDigitCp(cp)) {
      if (n >= sizeof(buf) - 1) return false;
      buf[n++] = static_cast<char>('0' + DigitValue(cp));
      digits = true;
    } else if (IsGroupSep(cp)) {
      continue;
    } else if (IsDecimalSep(cp)) {
      if (n >= sizeof(buf) - 1) return false;
      buf[n++] = '.';
    } else {
      return false;
    }
  }
  if (!digits) return false;
  auto [ptr, ec] = std::from_chars(buf, buf + n, *value);
  return ec == std::errc() && ptr == buf + n;
}

void Tokenize(std::string_view text, const Abbreviations& abbreviations, std::vector<Token>* tokens,
              std::vector<Sentence>* sentences) {
  tokens->clear();
  sentences->clear();
  tokens->reserve(text.size() / 6 + 4);
  const size_t n = text.size();
  size_t i = 0;
  uint32_t cp = 0;  // code points before byte i

  // Sentence state.
  size_t sentence_first = 0;  // first token of the open sentence
  bool pending_end = false;   // a terminator was seen; close before the next non-closer
  auto close_sentence = [&]() {
    if (tokens->size() > sentence_first) {
      Sentence s;
      s.token_begin = static_cast<uint32_t>(sentence_first);
      s.token_end = static_cast<uint32_t>(tokens->size());
      s.span.begin = (*tokens)[sentence_first].span.begin;
      s.span.end = tokens->back().span.end;
      sentences->push_back(s);
    }
    sentence_first = tokens->size();
    pending_end = false;
  };

  auto emit = [&](size_t begin, size_t end, uint32_t cp_begin, uint32_t cp_end, TokenKind kind,
                  char32_t first_cp) {
    const bool closer = kind == TokenKind::kPunct && (IsCloser(first_cp) || IsTerminator(first_cp));
    if (pending_end && !closer) close_sentence();
    // An ASCII quote after a space opens a new quotation rather than closing.
    if (pending_end && (first_cp == '"' || first_cp == '\'') && !tokens->empty() &&
        tokens->back().span.end != begin) {
      close_sentence();
    }
    Token& t = tokens->emplace_back();
    t.span.begin = static_cast<uint32_t>(begin);
    t.span.end = static_cast<uint32_t>(end);
    t.cp_begin = cp_begin;
    t.cp_end = cp_end;
    t.kind = kind;
    t.sentence = static_cast<uint32_t>(sentences->size());
    const std::string_view surface = text.substr(begin, end - begin);
    AppendMatchKey(surface, &t.key);
    if (kind == TokenKind::kNumber) {
      t.has_value = ParseNumber(surface, &t.value);
    }
    if (kind == TokenKind::kPunct && IsTerminator(first_cp)) {
      bool abbreviation = false;
      if (first_cp == '.' && tokens->size() >= 2) {
        const Token& prev = (*tokens)[tokens->size() - 2];
        abbreviation = prev.span.end == t.span.begin &&
                       (prev.kind == TokenKind::kWord || prev.kind == TokenKind::kLatin) &&
                       tokens->size() - 2 >= sentence_first && abbreviations.Contains(prev.key);
      }
      if (!abbreviation) pending_end = true;
    }
  };

  while (i < n) {
    const Char c = Peek(text, i);
    switch (c.cls) {
      case CharClass::kSpace:
      case CharClass::kMark:  // stray marks outside words
      case CharClass::kFormat:
        i += c.len;
        ++cp;
        break;
      case CharClass::kNewline:
        i += c.len;
        ++cp;
        close_sentence();
        break;
      case CharClass::kLetter: {
        const size_t begin = i;
        const uint32_t cp_begin = cp;
        size_t end = i + c.len;
        uint32_t cp_end = cp + 1;
        size_t j = end;
        uint32_t cj = cp_end;
        while (j < n) {
          const Char d = Peek(text, j);
          if (d.cls == CharClass::kLetter || d.cls == CharClass::kMark) {
            j += d.len;
            ++cj;
            end = j;
            cp_end = cj;
          } else if (d.cls == CharClass::kFormat) {
            j += d.len;  // kept only if a letter follows
            ++cj;
          } else {
            break;
          }
        }
        emit(begin, end, cp_begin, cp_end, TokenKind::kWord, c.cp);
        // Format controls after the word are skipped like spaces.
        i = end;
        cp = cp_end;
        break;
      }
      case CharClass::kLatin: {
        const size_t begin = i;
        const uint32_t cp_begin = cp;
        size_t j = i + c.len;
        uint32_t cj = cp + 1;
        while (j < n) {
          const Char d = Peek(text, j);
          const bool ascii_digit = d.cp >= '0' && d.cp <= '9';
          if (d.cls == CharClass::kLatin || d.cls == CharClass::kMark || ascii_digit) {
            j += d.len;
            ++cj;
          } else {
            break;
          }
        }
        emit(begin, j, cp_begin, cj, TokenKind::kLatin, c.cp);
        i = j;
        cp = cj;
        break;
      }
      case CharClass::kDigit: {
        const size_t begin = i;
        const uint32_t cp_begin = cp;
        uint32_t cps = 0;
        const size_t end = ScanNumber(text, i, &cps);
        emit(begin, end, cp_begin, cp_begin + cps, TokenKind::kNumber, c.cp);
        i = end;
        cp = cp_begin + cps;
        break;
      }
      case CharClass::kPunct:
        emit(i, i + c.len, cp, cp + 1, TokenKind::kPunct, c.cp);
        i += c.len;
        ++cp;
        break;
      case CharClass::kSymbol:
      case CharClass::kInvalid:
        emit(i, i + c.len, cp, cp + 1, TokenKind::kSymbol, c.cp);
        i += c.len;
        ++cp;
        break;
    }
  }
  close_sentence();
}

}  // namespace rased::text

#include "ingest/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

#include "common/utf8.h"

namespace rased::ingest {

namespace {

// Only this many leading bytes are looked at when sniffing.
constexpr size_t kSniffBytes = 64 * 1024;

struct Magic {
  std::string_view prefix;
  std::string_view name;
};

// Formats people drop into a folder of articles by accident. Checked against
// the first bytes only.
constexpr std::array<Magic, 17> kMagics = {{
    {"%PDF-", "PDF document"},
    {"PK\x03\x04", "ZIP archive or Office document"},
    {"PK\x05\x06", "ZIP archive"},
    {"\x89PNG\r\n\x1a\n", "PNG image"},
    {"\xFF\xD8\xFF", "JPEG image"},
    {"GIF87a", "GIF image"},
    {"GIF89a", "GIF image"},
    {"\x1F\x8B", "gzip data"},
    {"BZh", "bzip2 data"},
    {"\xFD"
     "7zXZ",
     "xz data"},
    {"7z\xBC\xAF\x27\x1C", "7-Zip archive"},
    {"Rar!\x1A\x07", "RAR archive"},
    {"\x7F"
     "ELF",
     "ELF executable"},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "OLE document (old Microsoft Office)"},
    {"SQLite format 3", "SQLite database"},
    {"OggS", "Ogg media"},
    {std::string_view("\x00\x00\x00\x18"
                      "ftyp",
                      8),
     "MP4 video"},
}};

bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && std::memcmp(s.data(), p.data(), p.size()) == 0;
}

// Converts `bytes` from `charset` with ICU. When `strict`, any illegal or
// unmapped sequence fails the conversion (returns false); otherwise they
// become U+FFFD and are counted in *substituted.
bool ConvertWithIcu(std::string_view bytes, const char* charset, bool strict, std::string* out,
                    size_t* substituted) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> cnv(ucnv_open(charset, &status), ucnv_close);
  if (U_FAILURE(status)) return false;
  if (strict) {
    ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  }
  // One byte never yields more than two UTF-16 units in these charsets.
  std::vector<UChar> utf16(bytes.size() * 2 + 16);
  status = U_ZERO_ERROR;
  int32_t n = ucnv_toUChars(cnv.get(), utf16.data(), static_cast<int32_t>(utf16.size()),
                            bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return false;
  // Single-byte converters substitute U+001A (SUB) for unassigned bytes; the
  // control-character screen ran earlier, so any SUB here is a substitution.
  size_t subs = 0;
  for (int32_t i = 0; i < n; ++i) {
    if (utf16[i] == 0x1A) {
      utf16[i] = 0xFFFD;
      ++subs;
    } else if (utf16[i] == 0xFFFD) {
      ++subs;
    }
  }
  if (strict && subs > 0) return false;
  if (substituted != nullptr) *substituted = subs;
  out->resize(static_cast<size_t>(n) * 3 + 16);
  int32_t len = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8WithSub(out->data(), static_cast<int32_t>(out->size()), &len, utf16.data(), n, 0xFFFD,
                     nullptr, &status);
  if (U_FAILURE(status)) return false;
  out->resize(static_cast<size_t>(len));
  return true;
}

// 0 = not UTF-16, 1 = UTF-16LE, 2 = UTF-16BE (see step 3 of the header).
int GuessUtf16WithoutBom(std::string_view bytes) {
  const size_t n = std::min(bytes.size(), kSniffBytes) & ~size_t{1};
  if (n < 8) return 0;
  auto high_like = [](unsigned char b) {
    return b == 0x00 || b == 0x06 || b == 0x20 || b == 0xFE || b == 0xFB;
  };
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < n; i += 2) {
    even += high_like(static_cast<unsigned char>(bytes[i]));
    odd += high_like(static_cast<unsigned char>(bytes[i + 1]));
  }
  const size_t pairs = n / 2;
  if (odd * 10 >= pairs * 8 && even * 10 <= pairs * 3) return 1;
  if (even * 10 >= pairs * 8 && odd * 10 <= pairs * 3) return 2;
  return 0;
}

// Step 4: NUL bytes or too many control characters.
std::string BinaryReason(std::string_view bytes) {
  const size_t n = std::min(bytes.size(), kSniffBytes);
  size_t controls = 0;
  for (size_t i = 0; i < n; ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (b == 0) return "contains NUL bytes";
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1B) {
      ++controls;
    }
  }
  if (controls > 8 && controls * 50 > n) return "too many control characters";
  return "";
}

// Counts well-formed multi-byte UTF-8 sequences and invalid bytes.
void CountUtf8(std::string_view bytes, size_t* multibyte, size_t* invalid) {
  size_t i = 0;
  *multibyte = *invalid = 0;
  while (i < bytes.size()) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t before = i;
    const char32_t cp = utf8::Next(bytes, i);
    if (cp == utf8::kReplacement && i == before + 1) {
      ++*invalid;
    } else {
      ++*multibyte;
    }
  }
}

}  // namespace

size_t NormalizeControls(std::string* text) {
  std::string& s = *text;
  bool clean = true;
  for (size_t i = 0; i < s.size() && clean; ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F) {
      clean = false;
    } else if (b == 0xC2 && i + 1 < s.size()) {
      clean = static_cast<unsigned char>(s[i + 1]) >= 0xA0;  // C1 controls are C2 80..9F
    } else if (b == 0xE2 && i + 2 < s.size()) {
      clean = !(s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9'));
    } else if (b == 0xEF && i + 2 < s.size()) {
      clean = !(s[i + 1] == '\xBB' && s[i + 2] == '\xBF');
    }
  }
  if (clean) return 0;
  std::string out;
  out.reserve(s.size());
  size_t removed = 0;
  size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      if (b == '\r') {
        out.push_back('\n');
        if (i < s.size() && s[i] == '\n') ++i;
      } else if (b == '\f' || b == '\v') {
        out.push_back('\n');
      } else if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F) {
        ++removed;
      } else {
        out.push_back(static_cast<char>(b));
      }
      continue;
    }
    const size_t start = i;
    const char32_t cp = utf8::Next(s, i);
    if (cp == 0x2028) {
      out.push_back('\n');
    } else if (cp == 0x2029) {
      out.append("\n\n");
    } else if (cp == 0xFEFF) {
      // A byte-order mark inside the text (files concatenated with cat).
    } else if (cp >= 0x80 && cp <= 0x9F) {
      ++removed;
    } else {
      out.append(s, start, i - start);
    }
  }
  s.swap(out);
  return removed;
}

namespace {

std::string_view DetectWithIcu(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> det(ucsdet_open(&status),
                                                                     ucsdet_close);
  if (U_FAILURE(status)) return "";
  const size_t n = std::min(bytes.size(), kSniffBytes);
  ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(n), &status);
  const UCharsetMatch* match = ucsdet_detect(det.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return "";
  if (ucsdet_getConfidence(match, &status) < 30) return "";
  const char* name = ucsdet_getName(match, &status);
  if (U_FAILURE(status) || name == nullptr) return "";
  return name;
}

}  // namespace

std::string_view BinaryMagic(std::string_view bytes) {
  for (const Magic& m : kMagics) {
    if (StartsWith(bytes, m.prefix)) return m.name;
  }
  return "";
}

std::string_view GuessArabicSingleByte(std::string_view bytes) {
  size_t votes_1256 = 0, votes_iso = 0;
  for (unsigned char b : bytes) {
    if (b >= 0xDB && b <= 0xDF) ++votes_1256;
    if (b == 0xE2 || (b >= 0xE7 && b <= 0xEA)) ++votes_iso;
  }
  if (votes_1256 == 0 && votes_iso == 0) return "";
  return votes_iso > votes_1256 ? "ISO-8859-6" : "windows-1256";
}

bool LooksLikeText(std::string_view head) {
  if (head.empty()) return false;
  if (StartsWith(head, "\xEF\xBB\xBF") || StartsWith(head, "\xFF\xFE") ||
      StartsWith(head, "\xFE\xFF")) {
    return true;
  }
  if (!BinaryMagic(head).empty()) return false;
  if (GuessUtf16WithoutBom(head) != 0) return true;
  return BinaryReason(head).empty();
}

StatusOr<DecodedText> DecodeText(std::string_view bytes) {
  DecodedText out;
  auto convert = [&](std::string_view body, const char* charset,
                     std::string_view how = "") -> Status {
    size_t subs = 0;
    if (!ConvertWithIcu(body, charset, /*strict=*/false, &out.text, &subs)) {
      return Status::DataLoss(std::string("cannot decode as ") + charset);
    }
    out.encoding = charset;
    out.warnings.push_back(std::string("decoded from ") + charset + std::string(how));
    if (subs > 0) {
      out.warnings.push_back(std::to_string(subs) + " undecodable sequences replaced by U+FFFD");
    }
    return Status::OK();
  };

  // 1. Byte-order marks. UTF-32LE's BOM starts like UTF-16LE's: test it first.
  if (StartsWith(bytes, std::string_view("\xFF\xFE\x00\x00", 4))) {
    RASED_RETURN_IF_ERROR(convert(bytes.substr(4), "UTF-32LE"));
  } else if (StartsWith(bytes, std::string_view("\x00\x00\xFE\xFF", 4))) {
    RASED_RETURN_IF_ERROR(convert(bytes.substr(4), "UTF-32BE"));
  } else if (StartsWith(bytes, "\xFF\xFE")) {
    RASED_RETURN_IF_ERROR(convert(bytes.substr(2), "UTF-16LE"));
  } else if (StartsWith(bytes, "\xFE\xFF")) {
    RASED_RETURN_IF_ERROR(convert(bytes.substr(2), "UTF-16BE"));
  } else {
    bool had_utf8_bom = false;
    if (StartsWith(bytes, "\xEF\xBB\xBF")) {
      bytes.remove_prefix(3);
      had_utf8_bom = true;
    }
    // 2. Binary formats.
    if (std::string_view magic = BinaryMagic(bytes); !magic.empty()) {
      return Status::DataLoss("binary file (" + std::string(magic) + "), skipped");
    }
    // 3. UTF-16 without BOM. Its ASCII characters give NUL bytes, its Arabic
    // letters 0x06 control bytes, so only inputs that fail the binary screen
    // of step 4 are tried (which keeps the common case to one scan).
    const std::string reason = BinaryReason(bytes);
    bool done = false;
    if (!reason.empty() && !had_utf8_bom) {
      if (int u16 = GuessUtf16WithoutBom(bytes); u16 != 0) {
        const char* cs = u16 == 1 ? "UTF-16LE" : "UTF-16BE";
        if (ConvertWithIcu(bytes.substr(0, bytes.size() & ~size_t{1}), cs, /*strict=*/true,
                           &out.text, nullptr)) {
          out.encoding = cs;
          out.warnings.push_back(std::string("decoded from ") + cs + " (no byte-order mark)");
          done = true;
        }
      }
    }
    if (!done) {
      // 4. Binary content without a known magic number.
      if (!reason.empty()) return Status::DataLoss("binary file (" + reason + "), skipped");
      if (utf8::IsValid(bytes)) {
        // 5. The common case.
        out.text.assign(bytes);
        out.encoding = "UTF-8";
      } else {
        size_t multibyte = 0, invalid = 0;
        CountUtf8(bytes, &multibyte, &invalid);
        if (had_utf8_bom || multibyte > invalid) {
          // 6. Broken UTF-8.
          const size_t repaired = utf8::Repair(bytes, out.text);
          out.encoding = "UTF-8";
          out.warnings.push_back("repaired " + std::to_string(repaired) +
                                 " invalid UTF-8 bytes (replaced by U+FFFD)");
        } else {
          // 7. Legacy single-byte encodings.
          std::string charset(GuessArabicSingleByte(bytes));
          if (charset.empty()) charset = DetectWithIcu(bytes);
          if (charset.empty() || charset.rfind("UTF", 0) == 0) charset = "windows-1256";
          RASED_RETURN_IF_ERROR(
              convert(bytes, charset.c_str(), " (no UTF-8; detected by byte statistics)"));
        }
      }
    }
  }
  if (const size_t removed = NormalizeControls(&out.text); removed > 0) {
    out.warnings.push_back("removed " + std::to_string(removed) + " control characters");
  }
  return out;
}

}  // namespace rased::ingest

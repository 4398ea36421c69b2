// Encoding detection and conversion: any input bytes -> valid UTF-8 text, or a
// clear error for binary data.
//
//   StatusOr<DecodedText> d = DecodeText(bytes);
//   if (!d.ok()) return d.status();   // "binary file (PNG image), skipped"
//   Use(d->text);                     // valid UTF-8, "\n" line ends, no BOM
//
// How the encoding is decided, in order:
//   1. A byte-order mark: UTF-8 (stripped), UTF-32LE/BE, UTF-16LE/BE.
//   2. Magic numbers of binary formats (PDF, ZIP, PNG, JPEG, GIF, gzip, ...):
//      kDataLoss naming the format.
//   3. UTF-16 without BOM, tried only when step 4 would call the input
//      binary (its ASCII characters give NUL bytes, its Arabic letters 0x06
//      control bytes): in one byte position (odd for LE, even for BE) at
//      least 80% of the bytes are 0x00 (ASCII), 0x06 (Arabic block), 0x20
//      (punctuation block) or 0xFE/0xFB (presentation forms), in the other at
//      most 30%; then ICU must convert it without error.
//   4. NUL bytes, or more than 2% C0 control characters other than TAB, LF,
//      CR, FF, VT and ESC: binary, kDataLoss.
//   5. Valid UTF-8: used as is.
//   6. Mostly UTF-8: when well-formed multi-byte sequences outnumber invalid
//      bytes, the invalid bytes are replaced by U+FFFD (utf8::Repair) and a
//      warning says how many. Single-byte Arabic text rarely forms valid
//      sequences (only a letter followed by the Arabic comma or a guillemet),
//      so it falls through to 7.
//   7. Legacy single-byte Arabic. Windows-1256 and ISO-8859-6 agree on
//      0xC1-0xD6 (hamza .. dad) and differ above. The decision counts bytes
//      that only one of them makes into frequent Arabic letters:
//        for Windows-1256: 0xDB-0xDF (غ ـ ف ق ك), unassigned in ISO-8859-6;
//        for ISO-8859-6:   0xE2 0xE7 0xE8 0xE9 0xEA (ق ه و ى ي), which are
//                          accented Latin letters (â ç è é ê) in Windows-1256.
//      Arabic prose has many of both groups in its own encoding and almost
//      none of the other's, so the larger count wins; when neither group
//      occurs (no Arabic letters) the choice goes to ICU's charset detector (ucsdet) and then to
//      Windows-1256, the commonest legacy encoding of Arabic web pages.
//   Every conversion but plain UTF-8 adds a warning naming the encoding.
//
// After decoding, CR LF, lone CR, FF and VT become LF, U+2028/U+2029 become
// line breaks, and U+FEFF and C0/C1 control characters other than TAB and LF are
// removed (with a warning giving the count when any were present).
//
// Thread safety: pure functions.
#ifndef RASED_INGEST_ENCODING_H_
#define RASED_INGEST_ENCODING_H_

#include <string>
#include <string_view>
#include <vector>

#include "rased/status.h"

namespace rased::ingest {

struct DecodedText {
  std::string text;      // valid UTF-8
  std::string encoding;  // "UTF-8", "UTF-16LE", "windows-1256", "ISO-8859-6", ...
  std::vector<std::string> warnings;
};

// Name of the binary format whose magic number starts `bytes` ("PDF document",
// "PNG image", "ZIP archive", ...), or empty.
std::string_view BinaryMagic(std::string_view bytes);

// Decodes `bytes` (see the header comment). kDataLoss for binary data; the
// message says why ("binary file (PNG image), skipped").
StatusOr<DecodedText> DecodeText(std::string_view bytes);

// "windows-1256" or "ISO-8859-6" by the byte statistics described above, or
// empty when neither group of bytes occurs.
std::string_view GuessArabicSingleByte(std::string_view bytes);

// The clean-up that follows decoding (see the header comment), for text that
// arrives already decoded (JSON strings, text the HTML parser produced from
// character references). Requires valid UTF-8. Returns the number of control
// characters removed.
size_t NormalizeControls(std::string* text);

// Cheap check on the first bytes of a file of unknown type found in a folder:
// true when DecodeText would accept it (text in some encoding).
bool LooksLikeText(std::string_view head);

}  // namespace rased::ingest

#endif  // RASED_INGEST_ENCODING_H_

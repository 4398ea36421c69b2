// libFuzzer target for the text stage: normalisation, tokenisation and the
// text annotator on arbitrary bytes (repaired to UTF-8 first, as ingest
// does). Aborts on any broken invariant:
//   * normalised text is valid UTF-8 and normalising twice changes nothing;
//   * the offset map has one entry per byte plus one, never decreases, stays
//     in bounds and ends at the input size;
//   * token offsets (bytes and code points) are in bounds and never
//     decrease; sentences cover the tokens in order.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "common/utf8.h"
#include "rased/document.h"
#include "text/lexicon.h"
#include "text/normalize.h"
#include "text/text_annotator.h"
#include "text/translit.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto annotator = rased::text::NewTextAnnotator(nullptr);
  std::string text;
  rased::utf8::Repair(std::string_view(reinterpret_cast<const char*>(data), size), text);

  const rased::text::NormalizedText n = rased::text::Normalize(text);
  Check(rased::utf8::IsValid(n.text));
  Check(n.to_original.size() == n.text.size() + 1);
  Check(n.to_original.back() == text.size());
  for (size_t i = 0; i + 1 < n.to_original.size(); ++i) {
    Check(n.to_original[i] <= n.to_original[i + 1]);
    Check(n.to_original[i] < text.size());
  }
  Check(rased::text::Normalize(n.text).text == n.text);
  Check(rased::text::MatchKey(text) == n.text);
  Check(rased::text::MatchKey(n.text) == n.text);

  rased::Document doc;
  doc.text = text;
  Check(annotator->Annotate(doc).ok());
  uint32_t last_end = 0;
  uint32_t last_cp = 0;
  for (const rased::Token& t : doc.tokens) {
    Check(t.span.begin < t.span.end && t.span.end <= doc.text.size());
    Check(t.span.begin >= last_end);
    Check(t.cp_begin < t.cp_end && t.cp_begin >= last_cp);
    Check(t.cp_begin == doc.CodePointOffset(t.span.begin));
    Check(t.cp_end == doc.CodePointOffset(t.span.end));
    Check(t.sentence < doc.sentences.size());
    Check(rased::utf8::IsValid(t.key) && rased::utf8::IsValid(t.base) &&
          rased::utf8::IsValid(t.stem));
    Check(t.enclitic_bytes <= t.base.size());
    last_end = t.span.end;
    last_cp = t.cp_end;
  }
  uint32_t next = 0;
  for (const rased::Sentence& s : doc.sentences) {
    Check(s.token_begin == next && s.token_begin < s.token_end);
    Check(s.span.begin <= s.span.end && s.span.end <= doc.text.size());
    next = s.token_end;
  }
  Check(next == doc.tokens.size());

  // Transliteration keys never fail and stay ASCII.
  if (text.size() < 256) {
    for (char c : rased::text::SkeletonKey(text)) Check(static_cast<unsigned char>(c) < 0x80);
    Check(rased::utf8::IsValid(rased::text::Romanize(text)));
  }
  return 0;
}

// Text keys for callers outside the library stages (CLI, server, tools).
//
//   rased::NormalizeForMatch("الأَسَد")    == "الاسد"
//   rased::TransliterationKey("Haftar")    == rased::TransliterationKey("حفتر")   // "HFTR"
//   rased::RomanizeName("خليفة حفتر")       == "Khalifa Haftar"
//
// NormalizeForMatch is the match key the text stage gives every token
// (Token::key): NFKC of presentation forms, harakat, tatweel and format
// controls removed, alef variants, alef maqsura, ta marbuta, hamza carriers
// and Persian letters folded, digits ASCII, Latin lower-case. The original
// text is never changed; compare keys, cite the original.
//
// The three functions accept any bytes (invalid UTF-8 becomes U+FFFD), never
// fail, and may be called concurrently.
//
// TextAnalyzer runs the text stage of the pipeline alone, for tools that need
// tokens without entities (`rased tokenize`, search indexing):
//
//   auto analyzer = rased::TextAnalyzer::Create(rased::PipelineOptions());
//   if (!analyzer.ok()) return analyzer.status();
//   rased::Document doc;
//   doc.text = "زار حفتر موسكو.";
//   RASED_RETURN_IF_ERROR((*analyzer)->Annotate(&doc));   // doc.sentences, doc.tokens
#ifndef RASED_TEXT_H_
#define RASED_TEXT_H_

#include <memory>
#include <string>
#include <string_view>

#include "rased/document.h"
#include "rased/options.h"
#include "rased/status.h"

namespace rased {

// The match key of `text` (see above). Idempotent.
std::string NormalizeForMatch(std::string_view text);

// The consonant skeleton shared by the Arabic and Latin spellings of a name:
// "Haftar", "Hafter", "حفتر" -> "HFTR"; "Wagner", "فاغنر", "فاجنر" -> "FGNR".
// ASCII upper case, words separated by one space; empty when no letter.
std::string TransliterationKey(std::string_view name);

// A readable Latin rendering of an Arabic name, short vowels guessed:
// "خليفة حفتر" -> "Khalifa Haftar". For display only.
std::string RomanizeName(std::string_view arabic);

// At most `max_bytes` of `text`, cut at a character boundary, with "…"
// appended when something was cut. For previews of evidence sentences.
std::string ClipText(std::string_view text, size_t max_bytes);

// The text stage alone: sentences, tokens with byte and code-point offsets,
// match keys, clitic analysis (Token::base, stem, enclitic_bytes) and number
// values. Thread safety: Annotate is const and may run concurrently on
// distinct Documents.
class TextAnalyzer {
 public:
  // Uses options.data_dir and options.lexicon_path as Pipeline::Create does
  // (a missing hunspell dictionary is not an error). Fails with kDataLoss
  // naming file:line when a data/lexicon table is malformed.
  static StatusOr<std::unique_ptr<TextAnalyzer>> Create(const PipelineOptions& options);
  ~TextAnalyzer();

  // Replaces doc->sentences and doc->tokens. Any bytes are accepted (invalid
  // UTF-8 bytes become one-byte symbol tokens).
  Status Annotate(Document* doc) const;

 private:
  struct Impl;
  explicit TextAnalyzer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace rased

#endif  // RASED_TEXT_H_

// The public wrappers of include/rased/text.h.
#include "rased/pipeline.h"
#include "rased/text.h"
#include "text/lexicon.h"
#include "text/normalize.h"
#include "text/text_annotator.h"
#include "text/translit.h"

namespace rased {

std::string NormalizeForMatch(std::string_view text) { return text::MatchKey(text); }

std::string TransliterationKey(std::string_view name) { return text::SkeletonKey(name); }

std::string RomanizeName(std::string_view arabic) { return text::Romanize(arabic); }

std::string ClipText(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

struct TextAnalyzer::Impl {
  std::unique_ptr<text::Lexicon> lexicon;
  std::unique_ptr<Annotator> annotator;
};

TextAnalyzer::TextAnalyzer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TextAnalyzer::~TextAnalyzer() = default;

StatusOr<std::unique_ptr<TextAnalyzer>> TextAnalyzer::Create(const PipelineOptions& options) {
  const std::string data_dir = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  auto impl = std::make_unique<Impl>();
  RASED_ASSIGN_OR_RETURN(impl->lexicon, text::Lexicon::Load(options.lexicon_path, data_dir));
  impl->annotator = text::NewTextAnnotator(impl->lexicon.get());
  return std::unique_ptr<TextAnalyzer>(new TextAnalyzer(std::move(impl)));
}

Status TextAnalyzer::Annotate(Document* doc) const { return impl_->annotator->Annotate(*doc); }

}  // namespace rased

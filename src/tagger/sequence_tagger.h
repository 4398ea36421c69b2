// SequenceTagger: the learned named-entity tagger. An averaged structured
// perceptron over rased's own tokens (first-order BIO lattice, Viterbi
// decoding) for PERSON, ORGANIZATION, LOCATION and FACILITY names; features in
// features.h, file format in model.h, how the shipped model was trained in
// data/model/README.md.
//
//   auto tagger = rased::tagger::SequenceTagger::Load(data_dir, kb, lexicon);
//   if (!tagger.ok()) return tagger.status();   // missing/corrupt model or table
//   // doc went through the text stage (doc.tokens, doc.sentences):
//   for (const rased::tagger::TaggedSpan& s : (*tagger)->TagDocument(doc)) {
//     // doc.tokens[s.token_begin .. s.token_end) is a name of type s.type;
//     // s.score estimates the chance that the span is exactly right.
//   }
//
// A span covers whole tokens, proclitics included ("للمغرب" is one token):
// the caller trims them from the first token as it does for other mentions
// (Token::base). Spans never cross the token range given, and are returned
// in text order without overlaps.
//
// Thread safety: immutable after Load(); Tag and TagDocument are const and
// may run concurrently on any Documents (scratch buffers are thread-local).
#ifndef RASED_TAGGER_SEQUENCE_TAGGER_H_
#define RASED_TAGGER_SEQUENCE_TAGGER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "rased/document.h"
#include "rased/status.h"

namespace rased {
class KnowledgeBase;
namespace text {
class Lexicon;
}
}  // namespace rased

namespace rased::tagger {

class FeatureExtractor;
class Model;

struct TaggedSpan {
  uint32_t token_begin = 0;  // tokens [token_begin, token_end) of the Document
  uint32_t token_end = 0;
  EntityType type = EntityType::kPerson;
  // Calibrated on the development splits of the training corpora: about the
  // fraction of spans with this score whose boundaries and type are both
  // right there (on news that the rules already cover, fewer). In [0, 1].
  float score = 0;
  // Some token of the span is a proper noun (FeatureExtractor::IsProperNoun):
  // unknown to the Arabic word list, Latin, or part of a knowledge-base
  // alias. Spans of ordinary words only ("البرلمان" the parliament,
  // "الشركة الفرنسية" the French company) are more often descriptions than
  // names, above all for organisations.
  bool proper_noun = false;
};

struct TaggerOptions {
  // The model file. Empty means data_dir + "/model/ner.model".
  std::string model_path;
};

// What a loaded model says about itself.
struct TaggerInfo {
  std::string model_path;
  std::string metadata;         // training command, corpora, scores, licence notice
  size_t feature_count = 0;     // weight rows kept
  bool tables_changed = false;  // data/ner differs from the tables it was trained with
};

class SequenceTagger {
 public:
  // Loads the model and the data/ner tables of `data_dir`. `kb` and `lexicon`
  // (the pipeline's knowledge base and word list) are borrowed and must
  // outlive the tagger. Fails with kNotFound (no model file or table),
  // kDataLoss (corrupt model, malformed table) or kFailedPrecondition (a
  // model of another format version or feature extractor), the message
  // naming the file.
  static StatusOr<std::unique_ptr<SequenceTagger>> Load(const std::string& data_dir,
                                                        const KnowledgeBase& kb,
                                                        const text::Lexicon& lexicon,
                                                        const TaggerOptions& options = {});

  // The same, loading its own knowledge base (data_dir/kb) and word list
  // (the system hunspell dictionary and data_dir/lexicon), as the pipeline
  // does with default options. For tools and tests.
  static StatusOr<std::unique_ptr<SequenceTagger>> LoadStandalone(
      const std::string& data_dir, const TaggerOptions& options = {});

  ~SequenceTagger();

  // Appends to *out the names found in doc.tokens[token_begin, token_end),
  // decoded as one sequence (pass one sentence at a time). Requires
  // token_begin <= token_end <= doc.tokens.size() and the text stage's keys.
  void Tag(const Document& doc, uint32_t token_begin, uint32_t token_end,
           std::vector<TaggedSpan>* out) const;

  // Tag over each of doc.sentences.
  std::vector<TaggedSpan> TagDocument(const Document& doc) const;

  const TaggerInfo& info() const { return info_; }

 private:
  SequenceTagger();

  struct Owned;  // knowledge base and lexicon of LoadStandalone
  std::unique_ptr<Owned> owned_;
  std::unique_ptr<FeatureExtractor> features_;
  std::unique_ptr<Model> model_;
  TaggerInfo info_;
};

}  // namespace rased::tagger

#endif  // RASED_TAGGER_SEQUENCE_TAGGER_H_

// ModelMentions: names the learned tagger (src/tagger) finds where the rules
// of the entity stage found none. The rules run first; the tagger then reads
// each sentence and a span of it becomes a mention (MentionSource::kModel)
// only if it overlaps no rule mention, its type and score pass the
// thresholds of ModelMentionOptions, and it is no idiom, stop word or
// gentilic. Why these filters, and how they were measured:
// data/model/README.md.
//
//   auto finder = ModelMentions::Load(data_dir, kb, lexicon, {});
//   std::vector<ModelMention> found;
//   (*finder)->Find(doc, [&](uint32_t i) { return view_of_token(i); }, &found);
//
// Thread safety: immutable after Load(); Find is const and may run
// concurrently on distinct Documents.
#ifndef RASED_NER_MODEL_MENTIONS_H_
#define RASED_NER_MODEL_MENTIONS_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "ner/ner_tables.h"
#include "rased/document.h"
#include "rased/status.h"

namespace rased {
class KnowledgeBase;
namespace text {
class Lexicon;
}
namespace tagger {
class SequenceTagger;
}
}  // namespace rased

namespace rased::ner {

struct ModelMentionOptions {
  // Minimum TaggedSpan::score by type; a value above 1 keeps the type out.
  // Organisations are left to the rules by default: on news the model's
  // extra ones were mostly descriptions ("وحدات الدفاع المدني").
  float person_min_score = 0.8f;
  float organization_min_score = 2.0f;
  float location_min_score = 0.5f;
  float facility_min_score = 0.5f;
  // Places and organisations need a proper noun in the span (a word the
  // Arabic word list does not know, Latin, or a knowledge-base alias): spans
  // of ordinary words are more often descriptions or homographs.
  bool require_proper_noun = true;
  // Places, facilities and organisations must be a knowledge-base alias of
  // their type (names the rules left unread in this context: lists, "مدينة
  // عدن") or start with a head of the tables ("مستشفى ..."). On news the
  // model's other places were right about half the time: brands, websites,
  // clubs and people read as places, words split wrongly.
  bool places_need_kb = true;
};

// What the rules know about one token, as the filters need it.
struct RuleTokenView {
  bool taken = false;     // inside a mention the rules made
  bool idiom = false;     // inside a fixed expression ("حصة الأسد")
  bool function = false;  // a stop word or a gentilic adjective
  // An ordinary word: in the Arabic word list, and neither a given name nor
  // the start of a knowledge-base alias.
  bool known_word = false;
  // An organisation or place head (data/ner/*_heads.tsv) the token is, else
  // null; borrowed from the caller's tables.
  const Head* head = nullptr;
};

struct ModelMention {
  uint32_t token_begin = 0;  // tokens [token_begin, token_end)
  uint32_t token_end = 0;
  // Proclitic letters to skip on the first token: those the text stage
  // split off (Token::key minus Token::base).
  uint8_t stripped = 0;
  EntityType type = EntityType::kPerson;
  float score = 0;
  // Knowledge-base index when the span is exactly an alias of an entity of
  // its type (a name the rules left unread in this context), else -1.
  int32_t kb = -1;
};

class ModelMentions {
 public:
  // Loads the tagger of data_dir (data_dir/model/ner.model and the data/ner
  // tables). `kb` and `lexicon` are borrowed and must outlive the result.
  // Fails as SequenceTagger::Load does: kNotFound when there is no model
  // file, kDataLoss or kFailedPrecondition for an unusable one.
  static StatusOr<std::unique_ptr<ModelMentions>> Load(const std::string& data_dir,
                                                       const KnowledgeBase& kb,
                                                       const text::Lexicon& lexicon,
                                                       const ModelMentionOptions& options = {});
  ~ModelMentions();

  // Appends to *out, in text order, the model's names in `doc` (after the
  // text stage) that pass the filters; `view(i)` describes token i.
  void Find(const Document& doc, const std::function<RuleTokenView(uint32_t)>& view,
            std::vector<ModelMention>* out) const;

  const ModelMentionOptions& options() const { return options_; }

 private:
  ModelMentions(std::unique_ptr<tagger::SequenceTagger> tagger, const KnowledgeBase& kb,
                const ModelMentionOptions& options);
  // The knowledge-base entity of `type` whose alias is exactly tokens
  // [begin, end), the first read whole or without its proclitics
  // (*whole_token says which); -1 if none.
  int32_t AliasOf(const Document& doc, uint32_t begin, uint32_t end, EntityType type,
                  bool* whole_token) const;

  std::unique_ptr<tagger::SequenceTagger> tagger_;
  const KnowledgeBase& kb_;
  ModelMentionOptions options_;
};

}  // namespace rased::ner

#endif  // RASED_NER_MODEL_MENTIONS_H_

// Labelled sentences for training and evaluating the tagger, in two formats:
//
//  * JSON lines (*.jsonl, the NER corpora of ../shared/corpus/ner): one
//    sentence an object with its "text" and its "entities" [{"start": s,
//    "end": e, "type": "PER"}, ...] as code-point offsets into text, end
//    excluded; "id" is optional.
//  * Marked text (*.txt, data/model/news_sentences.txt): one sentence a line
//    with names in brackets, "وقال العقيد [PER سالم البرعصي] إن ..."; lines
//    that are empty or start with '#' are skipped.
//
// Types PER/PERSON, ORG/ORGANIZATION, LOC/LOCATION/GPE and FAC/FACILITY are
// kept; any other (MISC, ...) is dropped, so its words are "outside" for the
// tagger. So is a PER span of one word that names a group of people: a
// plural nisba ("السوريين" the Syrians, "الصليبيون" the Crusaders) or a
// definite plural ("المسلمين" the Muslims). AQMAR tags groups as persons,
// Wojood as NORP, and rased names neither.
//
// The text goes through rased's own text stage and the gold spans are mapped
// onto its tokens: a token takes the type of the span that covers it. Gold
// spans of these corpora include attached proclitics (للمغرب، وقوات); rased
// keeps such a word as one token, so the whole token is labelled and the
// proclitic is trimmed later, as for rule mentions.
//
// Thread safety: functions are reentrant.
#ifndef RASED_TAGGER_CORPUS_H_
#define RASED_TAGGER_CORPUS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rased/document.h"
#include "rased/status.h"
#include "rased/text.h"

namespace rased::tagger {

struct GoldSpan {
  uint32_t cp_begin = 0;  // code points into the sentence text
  uint32_t cp_end = 0;
  EntityType type = EntityType::kPerson;
};

struct LabeledSentence {
  std::string id;
  Document doc;                 // text, sentences and tokens of the text stage
  std::vector<GoldSpan> gold;   // the kept spans
  std::vector<uint8_t> labels;  // one BIO label (features.h) per token
  uint32_t dropped_spans = 0;   // spans of types the tagger does not learn (MISC)
};

struct CorpusStats {
  size_t sentences = 0;
  size_t tokens = 0;
  size_t spans = 0;          // kept gold spans
  size_t dropped_spans = 0;  // of other types
  size_t split_tokens = 0;   // tokens only partly inside a span (labelled as part of it)
};

// "PER" -> kPerson, ... ; nullopt for types the tagger does not learn.
std::optional<EntityType> CorpusType(std::string_view type);

// Labels doc.tokens from `gold` (code-point spans): B-/I- of the span that
// overlaps the token, O elsewhere. A token that straddles a span boundary
// (a proclitic outside the mark, "و[LOC زليتن]") belongs to the span.
std::vector<uint8_t> LabelTokens(const Document& doc, const std::vector<GoldSpan>& gold,
                                 size_t* split_tokens = nullptr);

// Parses one JSON line (see above) and runs the text stage. kDataLoss when
// the line is not such an object or a span is out of range.
StatusOr<LabeledSentence> ParseLabeledSentence(std::string_view json_line,
                                               const TextAnalyzer& analyzer);

// Parses one marked line (see above): "[TYPE words]" marks a name; the
// brackets and the type are not part of the text. kDataLoss when a bracket
// is unbalanced or nested, or a mark has no type or no words.
StatusOr<LabeledSentence> ParseMarkedSentence(std::string_view line, const TextAnalyzer& analyzer);

// Reads a whole file, marked text when its name ends in ".txt" and JSON lines
// otherwise; appends to *out. kNotFound when missing, kDataLoss naming
// path:line for a bad line.
Status ReadLabeledSentences(const std::string& path, const TextAnalyzer& analyzer,
                            std::vector<LabeledSentence>* out, CorpusStats* stats = nullptr);

}  // namespace rased::tagger

#endif  // RASED_TAGGER_CORPUS_H_

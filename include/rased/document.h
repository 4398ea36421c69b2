// Document: the one data model every stage of rased reads and writes.
//
//   rased::Document doc;
//   doc.id = "article.txt";
//   doc.text = "استقبل الرئيس الروسي فلاديمير بوتين اللواء خليفة حفتر";
//   RASED_RETURN_IF_ERROR(pipeline->Annotate(&doc));
//   for (const rased::Mention& m : doc.mentions)
//     std::cout << doc.Slice(m.span) << "\n";          // "فلاديمير بوتين", "خليفة حفتر"
//
// The cleaned article text (`text`) is set once by ingest and never altered
// afterwards. Every annotation points into it with a half-open byte Span
// [begin, end). Normalised keys (harakat removed, alef folded, ...) live beside
// the text in Token, never in place of it, so citations always resolve to the
// characters the source printed. The JSON contract speaks in code points;
// Document::CodePointOffset converts.
//
// Indices between annotations (Mention::entity, Relation args, ...) are
// positions in the Document's own vectors; -1 means "none".
//
// Thread safety: a Document is a plain value. Distinct Documents may be
// annotated on different threads; one Document must not be shared while a
// stage writes to it.
#ifndef RASED_DOCUMENT_H_
#define RASED_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rased {

// Half-open byte range [begin, end) into Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(Span o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(Span o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(Span a, Span b) { return a.begin == b.begin && a.end == b.end; }
};

// ---------------------------------------------------------------- text layer

enum class TokenKind : uint8_t {
  kWord,    // Arabic (or other non-Latin) letters, possibly with clitics
  kLatin,   // Latin-script word: "Haftar", "X", "Cookie"
  kNumber,  // "1,500", "31.43", "2018", "١٢٠٠" (value in Token::value)
  kPunct,   // . ، ؛ ؟ ! : " « » ( ) - / …
  kSymbol,  // % $ € and anything else
};

struct Token {
  Span span;              // bytes of the surface form in Document::text
  uint32_t cp_begin = 0;  // the same span in code points
  uint32_t cp_end = 0;
  TokenKind kind = TokenKind::kWord;
  uint32_t sentence = 0;  // index into Document::sentences

  // Match key: NFKC, no harakat/tatweel/format controls, alef variants -> ا,
  // ى -> ي, ة -> ه, Persian letters folded, digits ASCII, Latin lower-case.
  std::string key;
  // key without conjunction/preposition proclitics (و ف ب ك ل, لل -> ال), kept
  // only when the lexicon accepts the split: "وبالجفرة" -> "الجفره",
  // "للأسد" -> "الاسد", "لحفتر" -> "حفتر", but "وزير" stays "وزير".
  std::string base;
  // base without the definite article: "الجفره" -> "جفره". Equal to base when
  // there is no article.
  std::string stem;
  // Length in bytes of base's enclitic pronoun (ه ها هم هما هن ك كم ي نا),
  // 0 when none: "قواته" -> 2 ("ه"). Decided on the surface, so "مملوكة"
  // (ta marbuta) never yields "مملوك" + pronoun.
  uint8_t enclitic_bytes = 0;

  bool has_value = false;  // kNumber, or a number word ("ثلاثمائة", "رحلتين")
  double value = 0;
};

struct Sentence {
  Span span;
  uint32_t token_begin = 0;  // [token_begin, token_end) into Document::tokens
  uint32_t token_end = 0;
};

// ------------------------------------------------------------------ entities

enum class EntityType : uint8_t { kPerson, kOrganization, kLocation, kFacility };

enum class MentionSource : uint8_t {
  kKb,       // matched a knowledge-base alias
  kPattern,  // found by a title/head/reporting-verb pattern
  kModel,    // found by the learned tagger
  kCoref,    // a short or descriptive reference resolved to an earlier entity
};

struct Mention {
  Span span;                 // the name, proclitics excluded where detected
  uint32_t token_begin = 0;  // tokens covered
  uint32_t token_end = 0;
  int32_t entity = -1;  // index into Document::entities
  MentionSource source = MentionSource::kKb;
};

struct Entity {
  EntityType type = EntityType::kPerson;
  std::string name;                // canonical Arabic name
  std::string name_latin;          // Latin name when known ("Khalifa Haftar"), else a romanisation
  std::string kb_id;               // knowledge-base id, empty for names outside the KB
  std::vector<uint32_t> mentions;  // indices into Document::mentions, in text order
};

struct Role {
  int32_t person = -1;        // entity index
  std::string title;          // as written: "نائب وزير الدفاع الروسي"
  int32_t organization = -1;  // entity index of the organisation or country, -1 if none
  Span evidence;
};

// ------------------------------------------------------ dates and quantities

enum class DatePrecision : uint8_t { kDay, kMonth, kSeason, kYear, kDecade, kUnresolved };

struct DateExpr {
  Span span;
  // ISO-8601 prefix matching the precision: "2023-09-26", "2023-09", "2019"; for
  // a season or part of a period, the first month ("2019-03" for spring 2019).
  // Empty when unresolved.
  std::string value;
  std::string end_value;  // for ranges ("2019-04" .. "2020-06"), else empty
  DatePrecision precision = DatePrecision::kUnresolved;
  bool relative = false;  // resolved against the publication date
};

struct Quantity {
  Span span;       // the number expression and the counted noun
  double low = 0;  // "بين 1000 و1500" -> 1000 .. 1500; single values low == high
  double high = 0;
  bool approximate = false;  // حوالي، نحو، قرابة، أكثر من ...
  std::string unit;      // counted noun as written, clitics stripped: "مقاتل", "رحلات"
  std::string about;     // the noun phrase counted: "مقاتل سوري", "عناصر فاغنر"
  std::string rate;      // "month", "week", "day", "year" when per-period, else empty
  int32_t subject = -1;  // entity the count is about (e.g. Wagner), -1 if none
  int32_t attribution = -1;      // entity (source) that reports it, -1 if none
  std::string attribution_text;  // unnamed sources: "مصدر دولي موثوق به"
};

// ------------------------------------------------- relations and attribution

enum class Modality : uint8_t { kAsserted, kReported, kAlleged, kDenied, kPlanned };

struct RelationArg {
  std::string role;               // "visitor", "participants", "supporter", ...
  std::vector<int32_t> entities;  // entity indices (several for coordinated args)
  std::string text;               // for non-entity arguments: "مقاتلين سوريين"
};

struct Relation {
  std::string type;  // MEETING, VISIT, COOPERATION, SUPPORT, ... (see DESIGN.md)
  std::vector<RelationArg> args;
  int32_t date = -1;             // index into Document::dates
  int32_t place = -1;            // entity index
  int32_t attribution = -1;      // entity index of the source
  std::string attribution_text;  // the whole chain as written when not an entity
  Modality modality = Modality::kAsserted;
  float confidence = 0.5f;
  Span trigger;   // the trigger word
  Span evidence;  // the sentence (or clause) that states it
};

// ------------------------------------------------------------------ document

struct Document {
  // Provenance, set by ingest.
  std::string id;         // the path or id the document was read under
  std::string url;        // empty when unknown
  std::string title;      // empty when unknown
  std::string published;  // ISO date "2023-09-29" (or "2023-09"), empty when unknown
  std::string publisher;  // "لوموند", "موقع تلفزيون سوريا", empty when unknown
  std::string format;     // "txt", "html", "jsonl", "pdf"
  std::string content_hash;                      // hex digest of `text`
  std::vector<std::string> boilerplate_removed;  // lines dropped by the cleaner
  std::vector<std::string> warnings;             // non-fatal problems (repaired UTF-8, ...)

  std::string text;  // the cleaned article text, UTF-8; never altered after ingest

  // Annotations, filled by the pipeline in this order.
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<DateExpr> dates;
  std::vector<Quantity> quantities;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Role> roles;
  std::vector<Relation> relations;

  std::string_view Slice(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  // Code-point offset of byte offset `byte` (which must be <= text.size()).
  // O(log n) after the first call builds an index; not thread-safe on one doc.
  uint32_t CodePointOffset(uint32_t byte) const;

 private:
  mutable std::vector<uint32_t> cp_index_;  // code points before each 64-byte block
};

std::string_view EntityTypeName(EntityType t);  // "PERSON", ...
// The inverse of EntityTypeName; nullopt for any other string.
std::optional<EntityType> ParseEntityType(std::string_view name);
std::string_view ModalityName(Modality m);            // "asserted", ...
std::string_view DatePrecisionName(DatePrecision p);  // "day", ... "unresolved"
std::string_view MentionSourceName(MentionSource s);  // "kb", "pattern", "model", "coref"

}  // namespace rased

#endif  // RASED_DOCUMENT_H_

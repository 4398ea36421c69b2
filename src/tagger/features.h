// The feature extractor of the sequence tagger: what the model sees of each
// token, as 64-bit feature hashes.
//
//   auto fx = rased::tagger::FeatureExtractor::Create(data_dir, kb, lexicon);
//   if (!fx.ok()) return fx.status();   // a missing or malformed data/ner table
//   rased::tagger::FeatureBuffer buf;
//   (*fx)->Extract(doc, sentence.token_begin, sentence.token_end, &buf);
//   // token k of the range has features buf.hashes[buf.offsets[k] .. buf.offsets[k + 1])
//
// Every feature is a template (word key, clitic-free base, stem, affixes,
// shape, neighbours within two tokens, word-pair conjunctions) applied to
// rased's own tokens (Token::key, base, stem, enclitic_bytes, kind), plus
// membership in rased's curated tables: data/ner/ (titles, given names, name
// particles, organisation and place heads, reporting and metonymy verbs, stop
// words, modifiers, complement nouns), the knowledge base (aliases by type,
// gentilic adjectives) and the Arabic word list of the text stage. The tables
// are read at run time, so a model keeps working as they grow; the templates
// and the hash function are fixed by FeatureExtractor::Fingerprint(), which a
// model records and SequenceTagger checks.
//
// Thread safety: immutable after Create(); Extract may run concurrently with
// distinct buffers.
#ifndef RASED_TAGGER_FEATURES_H_
#define RASED_TAGGER_FEATURES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rased/document.h"
#include "rased/status.h"
#include "text/string_hash.h"

namespace rased {
class KnowledgeBase;
namespace text {
class Lexicon;
}
}  // namespace rased

namespace rased::tagger {

// The tag set: O, then B- and I- of PERSON, ORGANIZATION, LOCATION, FACILITY
// in EntityType order.
inline constexpr int kNumLabels = 9;
inline constexpr uint8_t kOutside = 0;
constexpr bool IsBegin(int label) { return label % 2 == 1; }
constexpr bool IsInside(int label) { return label != 0 && label % 2 == 0; }
inline EntityType LabelType(int label) { return static_cast<EntityType>((label - 1) / 2); }
inline uint8_t BeginLabel(EntityType t) {
  return static_cast<uint8_t>(1 + 2 * static_cast<int>(t));
}
inline uint8_t InsideLabel(EntityType t) {
  return static_cast<uint8_t>(2 + 2 * static_cast<int>(t));
}
// "O", "B-PER", "I-PER", "B-ORG", ... "I-FAC".
std::string_view LabelName(int label);

// A stable 64-bit hash of bytes (FNV-1a with a final mix). Part of the model
// format: changing it changes FeatureExtractor::Fingerprint().
uint64_t HashBytes(std::string_view s);

// What the extractor knows of one token before it looks at neighbours.
struct TokenInfo {
  uint64_t key = 0, base = 0, stem = 0;                         // hashes of Token::key, base, stem
  uint64_t prefix2 = 0, prefix3 = 0, suffix2 = 0, suffix3 = 0;  // of the stem, in letters
  uint64_t proclitic = 0;  // hash of the proclitic letters (key minus base), 0 when none
  uint32_t shape = 0;      // kind, length, article, clitics, capital, number word
  uint32_t lex = 0;        // LexBit set
  uint32_t kb = 0;         // KbBit set
  uint32_t alias = 0;      // DictionaryCache::Entry::alias of the word
};

// What the tables say about one word (its key, base and stem together),
// remembered so that frequent words are looked up once: a direct-mapped
// cache that belongs to one FeatureExtractor at a time.
struct DictionaryCache {
  struct Entry {
    uint64_t word = 0;   // the word's cache key, 0 for an empty entry
    uint32_t lex = 0;    // TokenInfo::lex bits from the tables and word list
    uint32_t alias = 0;  // bit 0: the key starts a knowledge-base alias; bit 1: the base does
  };
  uint64_t owner = 0;  // FeatureExtractor id the entries were computed by
  std::vector<Entry> entries;
};

// Features of a token range, and the per-token scratch the extractor needs.
// Reused between calls so that tagging allocates nothing once warm.
struct FeatureBuffer {
  std::vector<uint64_t> hashes;
  std::vector<uint32_t> offsets;  // size() == tokens + 1
  std::vector<TokenInfo> info;    // scratch
  DictionaryCache cache;
  uint32_t size() const { return offsets.empty() ? 0 : static_cast<uint32_t>(offsets.size() - 1); }
  const uint64_t* begin(uint32_t k) const { return hashes.data() + offsets[k]; }
  uint32_t count(uint32_t k) const { return offsets[k + 1] - offsets[k]; }
};

class FeatureExtractor {
 public:
  // Reads data_dir/ner/{titles,given_names,name_particles,org_heads,
  // place_heads,reporting_verbs,metonymy_verbs,stop_words,modifiers,
  // complement_nouns}.tsv. `kb` and `lexicon` are borrowed and must outlive
  // the extractor. Fails with kNotFound (missing table) or kDataLoss
  // (malformed row), naming file:line.
  static StatusOr<std::unique_ptr<FeatureExtractor>> Create(const std::string& data_dir,
                                                            const KnowledgeBase& kb,
                                                            const text::Lexicon& lexicon);
  ~FeatureExtractor();

  // Replaces *out with the features of doc.tokens[begin, end) (which the
  // text stage must have filled). Neighbours outside the range are sentence
  // boundaries. Requires begin <= end <= doc.tokens.size().
  //
  // With `dictionaries` false, the table and knowledge-base features are left
  // out (the trainer's dictionary dropout, which keeps the model from
  // leaning on the tables alone).
  void Extract(const Document& doc, uint32_t begin, uint32_t end, FeatureBuffer* out,
               bool dictionaries = true) const;

  // Whether a described token (FeatureBuffer::info) is a proper noun by the
  // tables: an Arabic word the word list does not know and that is no stop
  // word or gentilic, a Latin word, or a word of a knowledge-base alias.
  static bool IsProperNoun(const TokenInfo& info);

  // Identifies the templates, the tag set and the hash function. A model
  // trained with another fingerprint is refused.
  static uint64_t Fingerprint();
  // Identifies the contents of the data/ner tables read (not the knowledge
  // base or the word list). Recorded in a model for information only.
  uint64_t tables_fingerprint() const { return tables_fingerprint_; }

 private:
  FeatureExtractor(const KnowledgeBase& kb, const text::Lexicon& lexicon);
  Status LoadTables(const std::string& data_dir);
  void Describe(const Document& doc, const Token& t, DictionaryCache* cache, TokenInfo* info) const;
  void LookUp(const Token& t, std::string_view key, std::string_view base, std::string_view stem,
              DictionaryCache::Entry* e) const;
  void MatchKb(const Document& doc, uint32_t begin, uint32_t end, TokenInfo* info) const;
  bool KnownInflection(std::string_view stem) const;
  const uint64_t id_;  // distinguishes extractors in DictionaryCache::owner
  const KnowledgeBase& kb_;
  const text::Lexicon& lexicon_;
  text::StringMap<uint32_t> lex_;  // MatchKey (also without the article) -> LexBit set
  uint64_t tables_fingerprint_ = 0;
};

}  // namespace rased::tagger

#endif  // RASED_TAGGER_FEATURES_H_

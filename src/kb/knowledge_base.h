// KnowledgeBase: the curated entities of data/kb/*.tsv (format in
// doc/kb_format.md), with lookups by id, by name and by gentilic adjective,
// and the compiled alias matcher the entity stage runs over documents.
//
//   auto kb = rased::KnowledgeBase::Load(data_dir, /*extra_files=*/{});
//   if (!kb.ok()) return kb.status();          // "data/kb/people.tsv:12: ..."
//   const rased::KbEntity* e = (*kb)->FindById("khalifa-haftar");
//   for (const rased::KbEntity* m : (*kb)->FindByName("Hafter")) ...   // Latin
//   for (const rased::KbEntity* m : (*kb)->FindByName("لحفتر")) ...    // Arabic
//   const rased::KbEntity* c = (*kb)->FindByAdjective("الروسية");       // russia
//
// Thread safety: immutable after Load(); every const method may be called
// concurrently. Pointers and references returned stay valid as long as the
// KnowledgeBase lives.
#ifndef RASED_KB_KNOWLEDGE_BASE_H_
#define RASED_KB_KNOWLEDGE_BASE_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kb/alias_matcher.h"
#include "rased/document.h"
#include "rased/status.h"
#include "text/string_hash.h"

namespace rased {

// One record of the knowledge base (one TSV line).
struct KbEntity {
  std::string id;  // "khalifa-haftar"
  EntityType type = EntityType::kPerson;
  std::string kind;                     // "military", "capital", "airbase", ... (may be empty)
  std::string name_ar;                  // "خليفة حفتر"
  std::string name_en;                  // "Khalifa Haftar"
  std::vector<std::string> aliases_ar;  // as written, without the weak marker "~"
  std::vector<std::string> aliases_en;
  std::vector<std::string> weak_aliases;  // the subset marked "~" (shared short forms)
  // The subset marked "?": names that are also words, valid only where the
  // document names the record's country (doc/kb_format.md).
  std::vector<std::string> contextual_aliases;
  // The subset marked "^": a club's bare name that is also a word, valid only
  // in a story about sport (doc/kb_format.md). Contextual too.
  std::vector<std::string> sports_aliases;
  std::string country;  // country id, empty when none
  std::optional<double> lat;
  std::optional<double> lon;
  std::vector<std::string> affiliations;  // ids
  std::vector<std::string> adjectives;    // "روسي", "الروسية", ...
  std::string description;
  std::string source;  // "path/to/file.tsv:12", for messages
};

// Splits `text` into normalised token keys the way documents are tokenised:
// rased::text::MatchKey, then runs of letters and digits, each other
// non-space character a token of its own. "سُوّيداء-24" -> {"سويداء", "-", "24"}.
std::vector<std::string> KeyTokens(std::string_view text);

// Appends to `out` the readings of a normalised token key with conjunction and
// preposition proclitics removed, least stripped first, without duplicates:
// "وبالجفره" -> "بالجفره", "الجفره"; "للاسد" -> "لاسد", "الاسد". Keys of three
// letters or fewer are left alone. The caller keeps only readings that some
// table knows, so the stripping can afford to be generous.
void ProcliticVariants(std::string_view key, std::vector<std::string>* out);

// Whether `alias` (any spelling of it) is marked weak ("~") or contextual ("?",
// which is weak too) in `e`.
bool IsWeakAlias(const KbEntity& e, std::string_view alias);
// Whether `alias` (any spelling of it) is marked contextual ("?" or "^") in `e`.
bool IsContextualAlias(const KbEntity& e, std::string_view alias);
// Whether `alias` (any spelling of it) is marked as a club's name in sport ("^").
bool IsSportsAlias(const KbEntity& e, std::string_view alias);

class KnowledgeBase {
 public:
  // Loads every data_dir/kb/*.tsv in sorted order, then `extra_files` in the
  // given order; a record whose id already exists replaces the earlier one.
  // A missing data_dir/kb directory is an empty knowledge base. Fails with
  // kNotFound for a missing extra file and kDataLoss for a malformed record,
  // the message naming file:line.
  static StatusOr<std::unique_ptr<KnowledgeBase>> Load(const std::string& data_dir,
                                                       const std::vector<std::string>& extra_files);
  // Loads exactly these files, in order (tests, tools).
  static StatusOr<std::unique_ptr<KnowledgeBase>> LoadFiles(const std::vector<std::string>& files);

  const std::vector<KbEntity>& entities() const { return entities_; }
  size_t size() const { return entities_.size(); }

  // nullptr when unknown.
  const KbEntity* FindById(std::string_view id) const;
  // Index into entities(), -1 when unknown.
  int32_t IndexOf(std::string_view id) const;

  // Entities one of whose names or aliases equals `name` after normalisation
  // (Arabic: MatchKey token keys, a leading proclitic tolerated; Latin or
  // transliterated: text::SkeletonKey), strong aliases first, then weak ones,
  // then skeleton matches. Empty when nothing matches.
  std::vector<const KbEntity*> FindByName(std::string_view name) const;

  // The country or region whose gentilic adjectives include `word` (a token
  // key or surface form, proclitics tolerated): "الروسية" -> russia. nullptr
  // when none.
  const KbEntity* FindByAdjective(std::string_view word) const;
  int32_t AdjectiveIndex(std::string_view key) const;  // same, by exact MatchKey; -1

  // The compiled Arabic and Latin aliases (and names) of every entity.
  const AliasMatcher& matcher() const { return matcher_; }

  // Pairs of records of the same type that claim the same alias key, neither
  // marking it weak ("~"): one message per collision naming both file:line.
  std::vector<std::string> AliasCollisions() const;

 private:
  KnowledgeBase() = default;
  Status AddFile(const std::string& path);
  void Compile();

  std::vector<KbEntity> entities_;
  std::unordered_map<std::string, int32_t> by_id_;
  // Looked up for every new word: probed with a string_view, no allocation.
  text::FlatStringMap<int32_t> by_adjective_;
  std::unordered_multimap<std::string, int32_t> by_skeleton_;
  AliasMatcher matcher_;
};

}  // namespace rased

#endif  // RASED_KB_KNOWLEDGE_BASE_H_

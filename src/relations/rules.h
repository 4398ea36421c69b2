// Rules: the compiled tables of data/relations/ that drive the relation stage
// (function-word classes, trigger words with their argument frames, role
// constraints, attribution cues, modality cues, kinds of support).
//
//   auto rules = relations::Rules::Load(data_dir);
//   if (!rules.ok()) return rules.status();   // "data/relations/triggers.tsv:12: ..."
//
// Every word of every table is reduced to the match keys documents are
// tokenised into (rased::KeyTokens), so that a table line and a token compare
// as plain strings. File formats are documented at the top of each table.
//
// Thread safety: immutable after Load(); all const methods may be called
// concurrently.
#ifndef RASED_RELATIONS_RULES_H_
#define RASED_RELATIONS_RULES_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rased/document.h"
#include "rased/status.h"
#include "text/string_hash.h"

namespace rased::relations {

// Classes of function words (data/relations/words.tsv) and of source words
// (data/relations/attribution.tsv), as bits so that a token carries all of its
// classes in one word.
enum WordClass : uint64_t {
  kPrep = 1u << 0,
  kComp = 1u << 1,
  kRel = 1u << 2,
  kLocRel = 1u << 3,
  kCoord = 1u << 4,
  kNeg = 1u << 5,
  kAux = 1u << 6,
  kHead = 1u << 7,
  kExemplify = 1u << 8,
  kDual = 1u << 9,
  kCopula = 1u << 10,
  kSince = 1u << 11,
  kKin = 1u << 12,
  kPartitive = 1u << 13,
  kForce = 1u << 14,
  kCargo = 1u << 15,
  kParen = 1u << 16,
  kUnnamed = 1u << 17,
  kUnnamedPlural = 1u << 18,
  kOutlet = 1u << 19,
  kOther = 1u << 20,
  kDeterminer = 1u << 21,
  kSpokesman = 1u << 22,
  kSourceEnd = 1u << 23,
  kAnaphor = 1u << 24,
  kCompPronoun = 1u << 25,
  kPeople = 1u << 26,
  kTemporal = 1u << 27,
  kTitle = 1u << 28,
  kNameParticle = 1u << 29,
  kGroupPronoun = 1u << 30,
  kNonState = 1u << 31,
  kOfficial = uint64_t{1} << 32,
  kFollow = uint64_t{1} << 33,
  kSubordinator = uint64_t{1} << 34,
  kBulletin = uint64_t{1} << 35,
};

// Returns the class named `name` in a table ("prep", "force", ...), 0 if none.
uint64_t WordClassByName(std::string_view name);

// Proclitics a token carries, as bits (DocView::Tok::proclitics).
enum Proclitic : uint8_t {
  kProWa = 1u << 0,  // و
  kProFa = 1u << 1,  // ف
  kProBi = 1u << 2,  // ب
  kProKa = 1u << 3,  // ك
  kProLi = 1u << 4,  // ل
};
inline constexpr uint8_t kProPrepositions = kProBi | kProKa | kProLi;

// Entity-type masks of role constraints: bit (1 << EntityType), and kStateBit
// for locations that act as states (kb_kinds.tsv class "state": countries and
// capitals) without admitting every place.
inline constexpr uint8_t TypeBit(EntityType t) { return uint8_t{1} << static_cast<int>(t); }
inline constexpr uint8_t kStateBit = 1u << 4;
inline constexpr uint8_t kAllTypes = 0x1F;

// A sequence of match keys, looked up by its first word. Payloads are the
// caller's (an index into its own vector).
class PhraseTable {
 public:
  struct Entry {
    std::vector<std::string> words;  // match keys, at least one
    uint32_t payload = 0;
  };

  void Add(std::vector<std::string> words, uint32_t payload);
  // Entries whose first word equals `first`; empty when none.
  const std::vector<uint32_t>* StartingWith(std::string_view first) const;
  const Entry& entry(uint32_t i) const { return entries_[i]; }
  size_t size() const { return entries_.size(); }
  // The bit of Rules::WordInfo::starts that marks this table's first words.
  uint8_t start_bit() const { return start_bit_; }
  void set_start_bit(uint8_t bit) { start_bit_ = bit; }
  template <typename Fn>
  void ForEachFirst(Fn fn) const {
    for (const auto& [first, ids] : by_first_) fn(first);
  }

 private:
  uint8_t start_bit_ = 0;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>> by_first_;
};

// Where a role looks for its filler (see the header of triggers.tsv).
enum class SlotKind : uint8_t {
  kSubj,
  kObj,
  kGen,
  kNext,
  kLeft,
  kAppos,
  kEncl,
  kRel,
  kLocRel,
  kResume,
  kPre,
  kBetween,
  kBetween1,
  kBetween2,
  kLBetween,
  kLBetween1,
  kLBetween2,
  kCompound1,
  kCompound2,
  kDual,
  kHwa,
  kExemp,
  kAll,
  kText,
  kFText,
  kLText,
  kRelText,
  kSText,
  kKind,
  kTopic,
};

struct Slot {
  SlotKind kind = SlotKind::kSubj;
  std::vector<std::string> words;  // kPre, kResume, kAll: the word(s) before the name, as keys
  uint8_t proclitic = 0;           // kPre with a single proclitic letter: its bit (see doc_view.h)
  uint8_t types = 0;               // entity types instead of the role's own, 0 = the role's
  uint64_t word_class = 0;         // text slots: the head must be of this class
  uint32_t window = 0;             // kPre, kAll: words after the trigger to look in, 0 = default
};

// Slots united with "+" fill one role together; at least two must find
// something for the group to count.
struct SlotGroup {
  std::vector<Slot> slots;
};

enum class Need : uint8_t { kOptional, kRequired, kEntity, kOneOf };

struct RoleRule {
  std::string role;
  std::vector<SlotGroup> alternatives;  // tried in order
  uint8_t types = kAllTypes;            // from roles.tsv
  Need need = Need::kOptional;
  std::vector<std::string> org_kinds;  // knowledge-base kinds organisations must have; empty: any
};

struct TriggerRule {
  std::string type;
  std::vector<RoleRule> roles;
  float confidence = 0.5f;
  bool verb = false;
  bool stop = false;
  bool vso = false;
  bool planned = false;
  bool symmetric = false;
  bool titles = false;  // names inside a person's title may fill roles ("عضو مجلس الوزراء")
  // One named party is enough when the other is a phrase of people ("اعتقلت
  // قوات X نحو 20 شابا"): roles that need an entity take text from a text slot.
  bool loose = false;
  // Only names fill roles, not a gentilic adjective standing for its country
  // ("ودعا المسؤول الإيراني": an unnamed official, not Iran, calls).
  bool named = false;
  int min_entities = 2;
  // Words that, following the trigger in its clause, make it no trigger.
  std::vector<std::string> unless;
  // Words that, in the six words before the trigger, make it no trigger.
  std::vector<std::string> not_after;
  // Words of which one must stand in the six words before the trigger
  // ("صدت القوات هجوما": an attack the subject repelled); empty: no condition.
  std::vector<std::string> only_after;
  // Words of which one must follow the trigger in its clause ("أصدر X بيانا":
  // a statement, not any issuing); empty: no condition.
  std::vector<std::string> only_before;
  int line = 0;  // in triggers.tsv, for messages and tests
};

// The payload of a trigger form: which rule, and whether the form is a future
// tense ("ستستضيف", which makes the relation planned).
struct TriggerForm {
  uint32_t rule = 0;
  bool future = false;
};

enum class CueScope : uint8_t { kAfter, kVerb, kAround, kSentence };

struct ModalityCue {
  Modality modality = Modality::kAsserted;
  CueScope scope = CueScope::kAfter;
  // The trigger is what the clause works against ("لوقف تجنيد"): no relation.
  bool blocks = false;
};

enum class AttributionKind : uint8_t { kSay, kOpine, kRelay, kPrep, kAs, kReport, kLine };

// What the tables know about one match key, found with a single lookup per
// token form on the hot path.
struct WordInfo {
  uint64_t classes = 0;  // WordClass bits
  uint8_t starts = 0;    // PhraseTable::start_bit() of the tables some entry of starts with it
};

class Rules {
 public:
  // Loads data_dir/relations/*.tsv. kNotFound names a missing table, kDataLoss
  // a malformed line (file:line).
  static StatusOr<std::unique_ptr<Rules>> Load(const std::string& data_dir);

  // Everything known about a single match key, nullptr when nothing.
  const WordInfo* Lookup(std::string_view key) const { return words_.Find(key); }
  // Classes of a single match key (0 when none).
  uint64_t ClassesOf(std::string_view key) const;
  // Multi-word class forms ("من بينها", "لا يزال"), payload = class bit.
  const PhraseTable& class_phrases() const { return class_phrases_; }

  const PhraseTable& trigger_forms() const { return trigger_forms_; }
  const std::vector<TriggerForm>& trigger_payloads() const { return trigger_payloads_; }
  const std::vector<TriggerRule>& triggers() const { return triggers_; }

  // Role types and needs of a relation type (for STATEMENT and tests).
  const RoleRule* RoleOf(std::string_view type, std::string_view role) const;
  // Position of a role among its type's roles in roles.tsv (the order
  // relations list their arguments in), or a large number when unknown.
  int RoleOrder(std::string_view type, std::string_view role) const;

  // Attribution cues; payload indexes attribution_kinds().
  const PhraseTable& attribution_cues() const { return attribution_cues_; }
  const std::vector<AttributionKind>& attribution_kinds() const { return attribution_kinds_; }
  // Multi-word source words (spokesman phrases), payload = class bit.
  const PhraseTable& source_phrases() const { return source_phrases_; }

  const PhraseTable& modality_cues() const { return modality_cues_; }
  const std::vector<ModalityCue>& modality_payloads() const { return modality_payloads_; }

  // Whether a knowledge-base kind belongs to a class of kb_kinds.tsv
  // ("country" to "state").
  bool KindIn(std::string_view cls, std::string_view kind) const;

  // Whether any table starts with or contains this single match key.
  bool Knows(std::string_view key) const;

  // Kind of support for a key ("انسانيه" -> "humanitarian"), empty when none.
  std::string_view KindOf(std::string_view key) const;

 private:
  Rules() = default;
  Status LoadWords(const std::string& path);
  Status LoadRoles(const std::string& path);
  Status LoadTriggers(const std::string& path);
  Status LoadAttribution(const std::string& path);
  Status LoadModality(const std::string& path);
  Status LoadKinds(const std::string& path);
  Status LoadKbKinds(const std::string& path);
  void IndexWords();

  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, uint64_t, Hash, std::equal_to<>> classes_;
  PhraseTable class_phrases_;
  PhraseTable trigger_forms_;
  std::vector<TriggerForm> trigger_payloads_;
  std::vector<TriggerRule> triggers_;
  std::vector<RoleRule> roles_;          // from roles.tsv: types and needs per (type, role)
  std::vector<std::string> role_types_;  // parallel to roles_: the relation type
  std::unordered_map<std::string, int> min_entities_;
  PhraseTable attribution_cues_;
  std::vector<AttributionKind> attribution_kinds_;
  PhraseTable source_phrases_;
  PhraseTable modality_cues_;
  std::vector<ModalityCue> modality_payloads_;
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> kinds_;
  std::unordered_map<std::string, std::vector<std::string>, Hash, std::equal_to<>> kb_kinds_;
  // Probed for every form of every token: the flat table halves the time
  // std::unordered_map spent there.
  text::FlatStringMap<WordInfo> words_;
};

// The forms of a verb given as "perfect/imperfect" stems (match keys): third
// person past and present, first person plural, and the future with س. Each
// pair is (form, is_future).
std::vector<std::pair<std::string, bool>> VerbForms(std::string_view perfect,
                                                    std::string_view imperfect);

}  // namespace rased::relations

#endif  // RASED_RELATIONS_RULES_H_

// Internal to the entity stage: the annotator class, its per-document
// context and the word facts its passes share. Each pass lives in its own
// file (entity_annotator.cc lists them in order); nothing here is public.
#ifndef RASED_NER_ENTITY_ANNOTATOR_INTERNAL_H_
#define RASED_NER_ENTITY_ANNOTATOR_INTERNAL_H_

#include <algorithm>
#include <array>
#include <atomic>
#include <deque>
#include <map>
#include <unordered_map>

#include "common/utf8.h"
#include "kb/knowledge_base.h"
#include "ner/entity_annotator.h"
#include "ner/model_mentions.h"
#include "ner/ner_tables.h"
#include "text/lexicon.h"
#include "text/normalize.h"
#include "text/string_hash.h"
#include "text/translit.h"

namespace rased::ner::internal {

constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";            // ال
constexpr std::string_view kLiL = "\xD9\x84\xD9\x84";           // لل
constexpr std::string_view kFi = "\xD9\x81\xD9\x8A";            // في
constexpr std::string_view kYa = "\xD9\x8A";                    // ي
constexpr std::string_view kIla = "\xD8\xA7\xD9\x84\xD9\x8A";   // الي (إلى)
constexpr std::string_view kAla = "\xD8\xB9\xD9\x84\xD9\x8A";   // علي (على)
constexpr std::string_view kLada = "\xD9\x84\xD8\xAF\xD9\x8A";  // لدي (لدى)
// مجموعه (مجموعة folded): a group of companies before a company's name.
constexpr std::string_view kMajmoua = "\xD9\x85\xD8\xAC\xD9\x85\xD9\x88\xD8\xB9\xD9\x87";
constexpr std::string_view kYaHa = "\xD9\x8A\xD9\x87";  // يه (ية folded)

// Name particles, "أو" and the word that opens a military operation's name.
constexpr std::string_view kBin = "\xD8\xA8\xD9\x86";  // بن
constexpr std::string_view kOr = "\xD8\xA7\xD9\x88";   // او (أو folded)
// Particles that govern a verb: أن، لن، لم، كي، حتى (folded keys).
constexpr std::string_view kAn = "\xD8\xA7\xD9\x86";
constexpr std::string_view kLan = "\xD9\x84\xD9\x86";
constexpr std::string_view kLam = "\xD9\x84\xD9\x85";
constexpr std::string_view kKay = "\xD9\x83\xD9\x8A";
constexpr std::string_view kHatta = "\xD8\xAD\xD8\xAA\xD9\x8A";
constexpr std::string_view kAhad = "\xD8\xA7\xD8\xAD\xD8\xAF";  // احد (أحد, one of)
// "المملكة" as the knowledge base writes it, and its key without the article.
constexpr std::string_view kKingdom = "\xD8\xA7\xD9\x84\xD9\x85\xD9\x85\xD9\x84\xD9\x83\xD8\xA9";
constexpr std::string_view kKingdomKey = "\xD9\x85\xD9\x85\xD9\x84\xD9\x83\xD9\x87";
constexpr std::string_view kMin = "\xD9\x85\xD9\x86";            // من
constexpr std::string_view kMithl = "\xD9\x85\xD8\xAB\xD9\x84";  // مثل (such as)
// Prepositions of attribution: وفق، وفقا، بحسب، حسب (according to).
constexpr std::string_view kWifq = "\xD9\x88\xD9\x81\xD9\x82";
constexpr std::string_view kWifqan = "\xD9\x88\xD9\x81\xD9\x82\xD8\xA7";
constexpr std::string_view kBihasab = "\xD8\xA8\xD8\xAD\xD8\xB3\xD8\xA8";
constexpr std::string_view kHasab = "\xD8\xAD\xD8\xB3\xD8\xA8";
inline bool Attribution(std::string_view w) {
  return w == kWifq || w == kWifqan || w == kBihasab || w == kHasab;
}
constexpr std::string_view kShahr = "\xD8\xB4\xD9\x87\xD8\xB1";  // شهر
constexpr std::string_view kIbn = "\xD8\xA7\xD8\xA8\xD9\x86";    // ابن
constexpr std::string_view kAbu = "\xD8\xA7\xD8\xA8\xD9\x88";    // ابو (أبو, father of)
constexpr std::string_view kAbi = "\xD8\xA7\xD8\xA8\xD9\x8A";    // ابي (أبي, its genitive)
constexpr std::string_view kUmm = "\xD8\xA7\xD9\x85";            // ام (أم, mother of; or)
constexpr std::string_view kAbd = "\xD8\xB9\xD8\xA8\xD8\xAF";    // عبد (servant of)
constexpr std::string_view kOperation = "\xD8\xB9\xD9\x85\xD9\x84\xD9\x8A\xD8\xA9 ";  // "عملية "

inline bool StartsWithAl(std::string_view s) {
  return s.starts_with(kAl) && s.size() > kAl.size() + 2;
}

inline size_t Letters(std::string_view s) { return utf8::CountCodePoints(s); }

// Where a reading's key comes from, so that a cached analysis can point at
// the same characters of another token with the same key and base.
enum class ReadingSource : uint8_t {
  kKey,      // Token::key from byte `offset` on
  kBase,     // Token::base
  kArticle,  // "ال" + Token::key from byte `offset` on ("لل" + X read "ال" + X)
};

// A reading of a token key with proclitics removed.
struct Reading {
  std::string_view key;
  uint8_t stripped = 0;  // proclitic letters removed from the surface start
  ReadingSource source = ReadingSource::kKey;
  uint8_t offset = 0;
};

// Readings of a token, least stripped first: the key, the text stage's base,
// then single and double proclitic strips (و/ف then ب/ل/ك). "لل" + X also
// reads "ال" + X through `buf`, with stripped = 0 (the surface keeps "لل").
inline int ReadingsOf(const Token& t, std::string* buf, std::array<Reading, 6>* out) {
  int n = 0;
  auto add = [&](std::string_view k, uint8_t stripped, ReadingSource source, size_t offset) {
    if (k.empty()) return;
    for (int i = 0; i < n; ++i) {
      if ((*out)[i].key == k) return;
    }
    if (n < 6) (*out)[n++] = Reading{k, stripped, source, static_cast<uint8_t>(offset)};
  };
  std::string_view key = t.key;
  add(key, 0, ReadingSource::kKey, 0);
  if (!t.base.empty() && t.base != t.key) {
    size_t kl = Letters(key), bl = Letters(t.base);
    add(t.base, kl > bl ? static_cast<uint8_t>(kl - bl) : 0, ReadingSource::kBase, 0);
  }
  if (Letters(key) <= 3 || t.kind != TokenKind::kWord) return n;
  std::string_view v = key;
  uint8_t s = 0;
  if (v.starts_with("\xD9\x88") || v.starts_with("\xD9\x81")) {
    v.remove_prefix(2);
    ++s;
    add(v, s, ReadingSource::kKey, key.size() - v.size());
  }
  if (Letters(v) > 3) {
    if (v.starts_with(kLiL)) {
      buf->assign(kAl);
      buf->append(v.substr(4));
      add(*buf, s, ReadingSource::kArticle, key.size() - v.size() + 4);
    }
    if (v.starts_with("\xD8\xA8") || v.starts_with("\xD9\x84") || v.starts_with("\xD9\x83")) {
      add(v.substr(2), s + 1, ReadingSource::kKey, key.size() - v.size() + 2);
    }
  }
  return n;
}

// Whether a word of five letters or more ends in a possessive pronoun no name
// ends in: ها، هم، هما، هن, or ه after a hamza seat ("نظرائه", folded ايه).
inline bool HasPossessiveEnding(std::string_view word) {
  if (Letters(word) < 5) return false;
  for (std::string_view e : {"\xD9\x87\xD8\xA7", "\xD9\x87\xD9\x85", "\xD9\x87\xD9\x85\xD8\xA7",
                             "\xD9\x87\xD9\x86", "\xD8\xA7\xD9\x8A\xD9\x87"}) {
    if (word.ends_with(e)) return true;
  }
  return false;
}

// Whether a word of five letters or more is a sound masculine plural in the
// construct state with a pronoun ("منتقدوه", his critics; "مؤيدوها"): the
// plural's ن falls before it, leaving و + ه/ها/هم.
inline bool PluralWithPronoun(std::string_view word) {
  if (Letters(word) < 5) return false;
  for (std::string_view e : {"\xD9\x88\xD9\x87", "\xD9\x88\xD9\x87\xD8\xA7",
                             "\xD9\x88\xD9\x87\xD9\x85"}) {  // وه وها وهم
    if (word.ends_with(e)) return true;
  }
  return false;
}

inline std::string_view DropAl(std::string_view k) {
  return StartsWithAl(k) ? k.substr(kAl.size()) : k;
}

constexpr std::string_view kTeam = "\xD9\x81\xD8\xB1\xD9\x8A\xD9\x82";  // فريق

inline bool IsQuote(std::string_view k) {
  return k == "\"" || k == "\xE2\x80\x9C" || k == "\xE2\x80\x9D" || k == "\xC2\xAB" ||
         k == "\xC2\xBB" || k == "\xE2\x80\xB3" || k == "\xE2\x80\x9E" || k == "'" ||
         k == "\xE2\x80\x98" || k == "\xE2\x80\x99";
}
inline bool IsComma(std::string_view k) { return k == "\xD8\x8C" || k == ","; }
// A dash, which sets off an apposition as a comma does: "X -الناطق باسم ...-".
inline bool IsDash(std::string_view k) {
  return k == "-" || k == "\xE2\x80\x93" || k == "\xE2\x80\x94";  // - – —
}
inline bool IsHardPunct(std::string_view k) {
  return k == "." || k == ":" || k == "\xD8\x9B" || k == ";" || k == "?" || k == "\xD8\x9F" ||
         k == "!" || k == "\xE2\x80\xA6";
}

inline std::atomic<uint64_t> g_generation{0};

// Per-token facts computed once per document.
enum : uint32_t {
  kStop = 1u << 0,
  kGiven = 1u << 1,
  kGivenCommon = 1u << 2,
  kPrefixParticle = 1u << 3,
  kSuffixParticle = 1u << 4,
  kReporting = 1u << 5,
  kMetonymyVerb = 1u << 6,
  kModifier = 1u << 7,
  kComplementNoun = 1u << 8,
  kGentilic = 1u << 9,
  kDefinite = 1u << 10,
  kPunct = 1u << 11,
  kQuote = 1u << 12,
  kComma = 1u << 13,
  kNumber = 1u << 14,
  kLexicon = 1u << 15,
  kForeignShape = 1u << 16,
  kHead = 1u << 17,
  kHardPunct = 1u << 18,
  kParenOpen = 1u << 19,
  kParenClose = 1u << 20,
  kForeignParticle = 1u << 21,
  kNisba = 1u << 22,          // looks like an adjective: ends in ي / ية
  kTheophoric = 1u << 23,     // "عبد": joins any word with the article
  kInTitle = 1u << 24,        // inside the title of a named person's role
  kIdiom = 1u << 25,          // inside a fixed expression ("حصة الأسد")
  kClitic = 1u << 26,         // a proclitic + a known word: "للغاية", "ووجها"
  kDirection = 1u << 27,      // شمال، وسط، ...: before a place, a part of it
  kGivenForeign = 1u << 28,   // a given name of foreign origin: "جيف", "نيكولاس"
  kVerbLike = 1u << 29,       // an imperfect verb of a known stem: "يشغل", "يعانون"
  kEponym = 1u << 30,         // a noun a person's name may name: "مستشفى", "مدرسة"
  kDemonstrative = 1u << 31,  // "هذا", "تلك": what follows is a common noun
};

constexpr int kMaxReadings = 6;

// What the analysis learns about a word form wherever it occurs: it depends
// only on the token's kind, key and base, and on two marks of the surface the
// keys fold away (a final alef maqsura, for "على"/"علي"; tanwin), so it is
// computed once per form and thread (see FactsCache) rather than once per
// occurrence.
struct WordFacts {
  uint32_t flags = 0;
  uint8_t stripped = 0;
  ReadingSource word_source = ReadingSource::kKey;  // where TokInfo::word comes from
  uint8_t word_offset = 0;
  bool function_word = false;  // a proclitic reading is a stop word: "وأن" is و + "ان"
  const Head* head = nullptr;
  int32_t gentilic = -1;
  // The head under a possessive pronoun ("سفارتها", its embassy), for heads
  // whose name may be "في" + a place: the pronoun names the owner.
  const Head* possessed_head = nullptr;
  // Nodes one step from the root of the tries (-1: none), so that scanning a
  // document walks a trie only where a phrase can start.
  int32_t title_node = -1;      // titles: DropAl(key), else DropAl(word)
  int32_t title_key_node = -1;  // titles: DropAl(key)
  int32_t title_raw_node = -1;  // titles: key as written (article kept)
  int32_t descriptive_node = -1;
  int32_t generic_org_node = -1;  // generic organisation phrases: DropAl(word)
  // Bit r: reading r starts a knowledge-base alias / an idiom. Few words do,
  // so the readings are recomputed only for them.
  uint8_t kb_readings = 0;
  uint8_t idiom_readings = 0;
  bool tanwin = false;     // written with tanwin: an indefinite noun or adjective, no name
  bool key_known = false;  // the key as written is a known word (not only a stripped reading)

  // "التابعة", "الموالية": a participle ends an organisation's name.
  bool participle = false;
  // An indefinite title in the accusative, the post someone is named to or
  // serves as: "عُيّن X قائدًا للجيش", "انتُخب X رئيسًا".
  bool accusative_title = false;
};

struct TokInfo {
  uint32_t flags = 0;
  uint8_t stripped = 0;   // proclitic letters before the word proper
  std::string_view word;  // the key without proclitics (best reading)
  const Head* head = nullptr;
  int32_t gentilic = -1;  // KB index of the country of a gentilic adjective
  WordFacts facts;        // what the token's form is wherever it occurs
};

struct Cand {
  uint32_t tb = 0, te = 0;  // tokens [tb, te)
  uint8_t stripped = 0;     // proclitic letters to skip on the first token
  EntityType type = EntityType::kPerson;
  int32_t kb = -1;  // KB index, -1 for new names
  MentionSource source = MentionSource::kPattern;
  bool nested = false;  // may sit inside another candidate
  bool dead = false;
  std::string key;  // grouping key for new names
  int32_t entity = -1;

  // A media outlet's name, without its head ("صحيفة") or gentilic.
  bool outlet = false;
};

struct RoleCand {
  int32_t person = -1;      // cand index
  uint32_t tb = 0, te = 0;  // title tokens
  uint8_t stripped = 0;
  uint32_t eb = 0, ee = 0;  // evidence tokens
};

class EntityAnnotator final : public Annotator {
 public:
  EntityAnnotator(const KnowledgeBase& kb, NerTables tables,
                  std::shared_ptr<const text::Lexicon> lexicon)
      : kb_(kb), t_(std::move(tables)), lexicon_(std::move(lexicon)), generation_(++g_generation) {
    // The last words of known people's Arabic names: family names even when
    // they are words too ("الصباح", the morning).
    for (const KbEntity& e : kb_.entities()) {
      if (e.type != EntityType::kPerson) continue;
      auto add = [&](const std::string& name) {
        const size_t sp = name.rfind(' ');
        if (sp != std::string::npos) family_names_.insert(text::MatchKey(name.substr(sp + 1)));
      };
      add(e.name_ar);
      for (const std::string& a : e.aliases_ar) add(a);
    }
    // So are the houses' names of data/ner/family_names.tsv.
    t_.family_names.ForEach([&](const std::string& key) { family_names_.insert(key); });
  }
  // The learned tagger's names, after the rules; null (the default): rules alone.
  void set_model(std::unique_ptr<ModelMentions> model) { model_ = std::move(model); }

  std::string_view name() const override { return "entities"; }
  Status Annotate(Document& doc) const override;

 private:
  struct Ctx;

  void Analyse(Ctx& c) const;
  WordFacts Facts(const Token& t, bool alef_maqsura, bool tanwin) const;
  void MatchKb(Ctx& c) const;
  // The longest knowledge-base alias starting at token i (in any of its
  // readings) and ending by `limit`, among the trie nodes `accept(end, node)`
  // takes: its end token, trie node and stripped letters; node -1 if none.
  struct AliasRun {
    uint32_t end = 0;
    int32_t node = -1;
    uint8_t stripped = 0;
  };
  template <typename Accept>
  AliasRun LongestAlias(Ctx& c, uint32_t i, uint32_t limit, Accept accept) const;
  void AddInnerMentions(Ctx& c, int32_t outer) const;
  bool SharesPlace(const Ctx& c, uint32_t i) const;
  bool OnlyConjunctionBefore(const Ctx& c, uint32_t i) const;
  bool HamzaOnlyInText(const Ctx& c, uint32_t i, int32_t kb) const;
  uint32_t DualHeadAlias(Ctx& c, uint32_t i, uint32_t send) const;
  bool ListedWithPlace(const Ctx& c, uint32_t i) const;
  // The country id of the outlet that published `doc` (its publisher a
  // knowledge-base outlet), empty when unknown.
  std::string_view PublisherCountry(const Document& doc) const;
  std::string_view PublisherCountryUncached(const std::string& publisher) const;
  bool LocatesPrevious(const Ctx& c, uint32_t i) const;
  bool Eponymous(const Ctx& c, uint32_t i) const;
  bool TitleBeforeComplement(const Ctx& c, uint32_t i) const;
  void FindGenericOrgs(Ctx& c) const;
  void FindHeads(Ctx& c) const;
  void FindPlaceConjuncts(Ctx& c) const;
  bool LocatedAfter(const Ctx& c, uint32_t n, uint32_t end) const;
  void FindQuoted(Ctx& c) const;
  bool SpokenTo(const Ctx& c, uint32_t close, uint32_t end) const;
  int32_t OutletNamed(std::string_view name) const;
  bool OutletWord(const Ctx& c, uint32_t k) const;
  uint32_t OutletConjuncts(Ctx& c, uint32_t j, uint32_t end) const;
  void FindOutletRepeats(Ctx& c) const;
  void FindTitles(Ctx& c) const;
  void FindNames(Ctx& c) const;
  void BuildEntities(Ctx& c) const;
  void Corefer(Ctx& c) const;
  void AppositionRoles(Ctx& c) const;
  void Emit(Ctx& c) const;

  bool InLexicon(const Token& t, std::string_view word) const;
  bool InflectedHead(std::string_view word) const;
  bool KnownArabic(std::string_view word) const;
  bool AccusativeOfKnown(std::string_view word) const;
  bool IndefiniteNoun(std::string_view word) const;
  bool VerbLike(std::string_view word) const;
  bool PrepositionalNoun(const Ctx& c, uint32_t n, std::string_view prep) const;
  uint32_t NasabEnd(Ctx& c, uint32_t k, uint32_t end) const;
  uint32_t ComplementEnd(const Ctx& c, uint32_t k, uint32_t end, bool allow_person,
                         bool allow_number, bool allow_place, bool* has_proper) const;
  uint32_t NameEnd(const Ctx& c, uint32_t i, uint32_t end, bool after_title) const;
  bool GentilicGivenName(const Ctx& c, uint32_t i) const;
  bool NameStart(const Ctx& c, uint32_t i, bool after_title) const;
  bool ReportingFather(const Ctx& c, uint32_t i) const;
  bool TitledKunya(const Ctx& c, uint32_t i) const;
  bool ParticleTakes(const Ctx& c, uint32_t i) const;
  bool PluralDemonstrativeBeforeName(const Ctx& c, uint32_t i) const;
  bool ClitickySurname(const Ctx& c, uint32_t j, uint32_t end) const;
  bool FaSurname(const Ctx& c, uint32_t j, uint32_t end) const;
  bool UnknownFamilyName(const Ctx& c, uint32_t k) const;
  bool GenitiveAfterNounName(const Ctx& c, uint32_t i) const;
  bool FeminineAdjectiveAfterMan(const Ctx& c, uint32_t i, uint32_t k) const;
  bool IsKin(std::string_view word) const;
  bool PerfectFeminine(std::string_view word) const;
  bool NameGoesOn(const Ctx& c, uint32_t k) const;
  bool OfficeFollows(const Ctx& c, uint32_t t) const;
  bool AccusativeParticiple(std::string_view word) const;
  bool PronounSuffixed(const Ctx& c, uint32_t k, bool bare_ha = true) const;
  bool FaFunctionWord(const Ctx& c, uint32_t k) const;
  int32_t NameOverKbAlias(Ctx& c, uint32_t n, uint32_t end, bool after_title) const;
  uint32_t RankBeforeName(const Ctx& c, uint32_t j, uint32_t end) const;
  int TitleAt(const Ctx& c, uint32_t i, uint32_t end, TitleClass* cls) const;
  static bool TeamDocument(const Ctx& c);
  static bool HasProclitic(const Ctx& c, uint32_t i);
  static bool ClosesQuote(const Ctx& c, uint32_t q);
  bool AwaitsName(const Ctx& c, uint32_t tb, uint32_t title_end) const;
  bool StartsChainedTitle(const Ctx& c, uint32_t j, uint32_t end) const;
  uint32_t ExtendsTitle(const Ctx& c, uint32_t i, uint32_t j, uint32_t end) const;
  bool ForeignNameAt(const Ctx& c, uint32_t n, uint32_t end) const;
  bool AddressOnly(const Ctx& c, const RoleCand& r) const;
  bool NameIsGenitiveOfBareTitle(const Ctx& c, const RoleCand& r) const;
  bool ForeignTitle(const Ctx& c, const RoleCand& r, std::string_view kb_id) const;
  uint16_t TitleFlags(const Ctx& c, uint32_t i, uint32_t end) const;
  // A rank, an honorific or a form of address at k: the holder's own title.
  bool HoldersOwnTitle(const Ctx& c, uint32_t k) const;
  int32_t TitleCountry(const Ctx& c, const RoleCand& r) const;
  bool Chained(const Ctx& c, const RoleCand& a, const RoleCand& b) const;
  void SeveralHolders(Ctx& c) const;
  void ScopeBeforeHolder(Ctx& c) const;
  void PostsHeld(Ctx& c) const;
  void GenitiveTitleOfAPost(Ctx& c) const;
  bool AwaitsGenitive(const Ctx& c, const RoleCand& a, const RoleCand& b) const;
  bool AfterMeetingVerb(const Ctx& c, uint32_t i) const;

  const KnowledgeBase& kb_;
  NerTables t_;
  std::shared_ptr<const text::Lexicon> lexicon_;  // null: no word list
  // Tells this annotator's cached WordFacts from those of an earlier one that
  // may have lived at the same address.
  const uint64_t generation_;
  std::unique_ptr<ModelMentions> model_;  // the learned tagger, after the rules; null without one
  // Keys of family names: the last words of the knowledge base's people's
  // names and the houses of data/ner/family_names.tsv.
  KeySet family_names_;
};

struct EntityAnnotator::Ctx {
  Document& doc;
  std::vector<TokInfo> info;
  std::vector<Cand> cands;
  std::vector<int32_t> owner;  // token -> non-nested cand covering it, -1
  std::vector<RoleCand> roles;
  std::vector<uint32_t> sent_end;  // token -> end token of its sentence
  std::vector<int32_t> kb_entity;  // KB index -> entity index (built in BuildEntities)
  std::unordered_map<int32_t, int32_t> kb_to_entity;
  std::string buf;
  std::deque<std::string> article;  // "ال" + X words read from "لل" + X (stable storage)
  // Whether the document speaks of a team ("فريقه"، "بالفريق"، "الفريق
  // الاتحادي"), where "الفريق" is rather the team than the rank (TeamDocument).
  bool team_doc = false;

  explicit Ctx(Document& d) : doc(d) {}
  const Token& tok(uint32_t i) const { return doc.tokens[i]; }
  bool Has(uint32_t i, uint32_t f) const { return i < info.size() && (info[i].flags & f); }
  bool Free(uint32_t i) const { return i < owner.size() && owner[i] < 0; }
  bool FreeRange(uint32_t b, uint32_t e) const {
    for (uint32_t i = b; i < e; ++i) {
      if (!Free(i)) return false;
    }
    return true;
  }
  int32_t Add(Cand cand) {
    int32_t index = static_cast<int32_t>(cands.size());
    if (!cand.nested) {
      for (uint32_t i = cand.tb; i < cand.te; ++i) owner[i] = index;
    }
    cands.push_back(std::move(cand));
    return index;
  }
  // A pattern's candidate over [tb, te): its proclitics are those the text
  // stage stripped from the first token.
  int32_t AddSpan(uint32_t tb, uint32_t te, EntityType type) {
    Cand cand;
    cand.tb = tb;
    cand.te = te;
    cand.stripped = info[tb].stripped;
    cand.type = type;
    return Add(std::move(cand));
  }
  // The candidate (nested or not) starting exactly at token i, -1 if none.
  int32_t CandAt(uint32_t i) const {
    if (i < owner.size() && owner[i] >= 0 && cands[owner[i]].tb == i) return owner[i];
    for (size_t k = 0; k < cands.size(); ++k) {
      if (!cands[k].dead && cands[k].tb == i) return static_cast<int32_t>(k);
    }
    return -1;
  }
};

}  // namespace rased::ner::internal

#endif  // RASED_NER_ENTITY_ANNOTATOR_INTERNAL_H_

// The entity stage. Passes, in order, over each document:
//   1. knowledge-base aliases (longest match over token keys, proclitics
//      tolerated on the first token, idioms excluded), with the names inside
//      them that refer to something else (a parent body, a place);
//   2. organisation and place heads with their genitive complements, and
//      direction words before places (a region, or only the place);
//   3. quoted names after a head (موقع "صوت دمشق");
//   4. titles and offices, with the person named after them (and roles);
//   5. given names and name particles; apposition; subjects of reporting
//      verbs; words of foreign shape in place contexts;
//   6. entities: knowledge-base ids, or the normalised name for new ones;
//      metonymy (a capital that acts stands for its state);
//   7. in-document coreference: short forms, title-only and descriptive
//      references, attached to entities already found (never creating one);
//   8. roles after a name (apposition), organisations of roles.
#include "ner/entity_annotator.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <deque>
#include <map>
#include <unordered_map>

#include "common/utf8.h"
#include "kb/knowledge_base.h"
#include "ner/model_mentions.h"
#include "ner/ner_tables.h"
#include "text/lexicon.h"
#include "text/normalize.h"
#include "text/string_hash.h"
#include "text/translit.h"

namespace rased::ner {

namespace {

constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";            // ال
constexpr std::string_view kLiL = "\xD9\x84\xD9\x84";           // لل
constexpr std::string_view kFi = "\xD9\x81\xD9\x8A";            // في
constexpr std::string_view kYa = "\xD9\x8A";                    // ي
constexpr std::string_view kIla = "\xD8\xA7\xD9\x84\xD9\x8A";   // الي (إلى)
constexpr std::string_view kAla = "\xD8\xB9\xD9\x84\xD9\x8A";   // علي (على)
constexpr std::string_view kLada = "\xD9\x84\xD8\xAF\xD9\x8A";  // لدي (لدى)
constexpr std::string_view kYaHa = "\xD9\x8A\xD9\x87";          // يه (ية folded)

// Name particles, "أو" and the word that opens a military operation's name.
constexpr std::string_view kBin = "\xD8\xA8\xD9\x86";  // بن
constexpr std::string_view kOr = "\xD8\xA7\xD9\x88";   // او (أو folded)
// Particles that govern a verb: أن، لن، لم، كي، حتى (folded keys).
constexpr std::string_view kAn = "\xD8\xA7\xD9\x86";
constexpr std::string_view kLan = "\xD9\x84\xD9\x86";
constexpr std::string_view kLam = "\xD9\x84\xD9\x85";
constexpr std::string_view kKay = "\xD9\x83\xD9\x8A";
constexpr std::string_view kHatta = "\xD8\xAD\xD8\xAA\xD9\x8A";
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
bool Attribution(std::string_view w) {
  return w == kWifq || w == kWifqan || w == kBihasab || w == kHasab;
}
constexpr std::string_view kShahr = "\xD8\xB4\xD9\x87\xD8\xB1";  // شهر
constexpr std::string_view kIbn = "\xD8\xA7\xD8\xA8\xD9\x86";  // ابن
constexpr std::string_view kOperation = "\xD8\xB9\xD9\x85\xD9\x84\xD9\x8A\xD8\xA9 ";  // "عملية "

bool StartsWithAl(std::string_view s) { return s.starts_with(kAl) && s.size() > kAl.size() + 2; }

size_t Letters(std::string_view s) { return utf8::CountCodePoints(s); }

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
int ReadingsOf(const Token& t, std::string* buf, std::array<Reading, 6>* out) {
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
bool HasPossessiveEnding(std::string_view word) {
  if (Letters(word) < 5) return false;
  for (std::string_view e : {"\xD9\x87\xD8\xA7", "\xD9\x87\xD9\x85", "\xD9\x87\xD9\x85\xD8\xA7",
                             "\xD9\x87\xD9\x86", "\xD8\xA7\xD9\x8A\xD9\x87"}) {
    if (word.ends_with(e)) return true;
  }
  return false;
}

std::string_view DropAl(std::string_view k) { return StartsWithAl(k) ? k.substr(kAl.size()) : k; }

bool IsQuote(std::string_view k) {
  return k == "\"" || k == "\xE2\x80\x9C" || k == "\xE2\x80\x9D" || k == "\xC2\xAB" ||
         k == "\xC2\xBB" || k == "\xE2\x80\xB3" || k == "\xE2\x80\x9E" || k == "'" ||
         k == "\xE2\x80\x98" || k == "\xE2\x80\x99";
}
bool IsComma(std::string_view k) { return k == "\xD8\x8C" || k == ","; }
bool IsHardPunct(std::string_view k) {
  return k == "." || k == ":" || k == "\xD8\x9B" || k == ";" || k == "?" || k == "\xD8\x9F" ||
         k == "!" || k == "\xE2\x80\xA6";
}

std::atomic<uint64_t> g_generation{0};

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
  EntityAnnotator(const KnowledgeBase& kb, NerTables tables, std::unique_ptr<text::Lexicon> lexicon)
      : kb_(kb), t_(std::move(tables)), lexicon_(std::move(lexicon)), generation_(++g_generation) {}
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
  bool ListedWithPlace(const Ctx& c, uint32_t i) const;
  bool LocatesPrevious(const Ctx& c, uint32_t i) const;
  bool Eponymous(const Ctx& c, uint32_t i) const;
  bool TitleBeforeComplement(const Ctx& c, uint32_t i) const;
  void FindGenericOrgs(Ctx& c) const;
  void FindHeads(Ctx& c) const;
  void FindQuoted(Ctx& c) const;
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
  bool VerbLike(std::string_view word) const;
  uint32_t ComplementEnd(const Ctx& c, uint32_t k, uint32_t end, bool allow_person,
                         bool allow_number, bool allow_place, bool* has_proper) const;
  uint32_t NameEnd(const Ctx& c, uint32_t i, uint32_t end, bool after_title) const;
  bool NameStart(const Ctx& c, uint32_t i, bool after_title) const;
  bool ParticleTakes(const Ctx& c, uint32_t i) const;
  bool ClitickySurname(const Ctx& c, uint32_t j, uint32_t end) const;
  bool FaSurname(const Ctx& c, uint32_t j, uint32_t end) const;
  bool UnknownFamilyName(const Ctx& c, uint32_t k) const;
  bool IsKin(std::string_view word) const;
  bool PerfectFeminine(std::string_view word) const;
  int32_t NameOverKbAlias(Ctx& c, uint32_t n, uint32_t end, bool after_title) const;
  uint32_t RankBeforeName(const Ctx& c, uint32_t j, uint32_t end) const;
  int TitleAt(const Ctx& c, uint32_t i, uint32_t end, TitleClass* cls) const;
  static bool HasProclitic(const Ctx& c, uint32_t i);
  bool AwaitsName(const Ctx& c, uint32_t tb, uint32_t title_end) const;
  bool StartsChainedTitle(const Ctx& c, uint32_t j, uint32_t end) const;
  uint32_t ExtendsTitle(const Ctx& c, uint32_t i, uint32_t j, uint32_t end) const;
  bool AddressOnly(const Ctx& c, const RoleCand& r) const;
  uint8_t TitleFlags(const Ctx& c, uint32_t i, uint32_t end) const;
  int32_t TitleCountry(const Ctx& c, const RoleCand& r) const;
  bool Chained(const Ctx& c, const RoleCand& a, const RoleCand& b) const;
  bool AfterMeetingVerb(const Ctx& c, uint32_t i) const;

  const KnowledgeBase& kb_;
  NerTables t_;
  std::unique_ptr<text::Lexicon> lexicon_;
  // Tells this annotator's cached WordFacts from those of an earlier one that
  // may have lived at the same address.
  const uint64_t generation_;
  std::unique_ptr<ModelMentions> model_;  // the learned tagger, after the rules; null without one
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
  // The candidate (nested or not) starting exactly at token i, -1 if none.
  int32_t CandAt(uint32_t i) const {
    if (i < owner.size() && owner[i] >= 0 && cands[owner[i]].tb == i) return owner[i];
    for (size_t k = 0; k < cands.size(); ++k) {
      if (!cands[k].dead && cands[k].tb == i) return static_cast<int32_t>(k);
    }
    return -1;
  }
};

// Whether `word` is a head or a known noun with a possessive pronoun or a
// dual or plural ending the lexicon does not list: "قاعدتي" (the two bases
// of), "أحيائها" (its quarters), "أيقونات" (icons). Such words look foreign
// by their long vowels.
bool EntityAnnotator::InflectedHead(std::string_view word) const {
  static constexpr std::string_view kPronouns[] = {"\xD9\x87\xD9\x85\xD8\xA7", "\xD9\x87\xD8\xA7",
                                                   "\xD9\x87\xD9\x85",
                                                   "\xD9\x87\xD9\x86"};  // هما ها هم هن
  for (std::string_view p : kPronouns) {
    if (word.ends_with(p) && Letters(word) >= 5) return true;
  }
  // A plural in ات ("أيقونات") or a hamza-seated plural with a pronoun
  // ("زملائه", "أبنائنا", folded زملايه، ابناينا): Arabic shapes
  // transliterations seldom take.
  if (word.ends_with("\xD8\xA7\xD8\xAA") || word.ends_with("\xD8\xA7\xD9\x8A\xD9\x87") ||
      word.ends_with("\xD8\xA7\xD9\x8A\xD9\x86\xD8\xA7")) {
    return true;  // ات، ايه، اينا
  }
  // The dual in the construct state: "قاعدتي"، "قاعدتا" -> "قاعده".
  if (word.ends_with("\xD8\xAA\xD9\x8A") || word.ends_with("\xD8\xAA\xD8\xA7")) {
    std::string stem(word.substr(0, word.size() - 4));
    stem += "\xD9\x87";  // ه, the folded ta marbuta
    return t_.heads.contains(DropAl(stem)) || (lexicon_ && lexicon_->Contains(stem));
  }
  return false;
}

bool EntityAnnotator::InLexicon(const Token& t, std::string_view word) const {
  if (!lexicon_) return false;
  return lexicon_->Contains(word) || lexicon_->Contains(t.key) ||
         (StartsWithAl(word) && lexicon_->Contains(DropAl(word)));
}

// Whether `word` is an inflected Arabic word: some split into a common prefix,
// a stem the lexicon knows (3+ letters) and a common suffix. "وجودها" (its
// presence) is وجود + ها; a transliterated name rarely splits so.
bool EntityAnnotator::KnownArabic(std::string_view word) const {
  if (!lexicon_) return false;
  static constexpr std::string_view kPrefixes[] = {"",
                                                   "\xD8\xA7\xD9\x84",
                                                   "\xD9\x88",
                                                   "\xD9\x81",
                                                   "\xD8\xA8",
                                                   "\xD9\x84",
                                                   "\xD9\x83",
                                                   "\xD8\xB3",
                                                   "\xD9\x8A",
                                                   "\xD8\xAA",
                                                   "\xD9\x86",
                                                   "\xD9\x85",
                                                   "\xD9\x88\xD8\xA7\xD9\x84",
                                                   "\xD8\xA8\xD8\xA7\xD9\x84",
                                                   "\xD9\x84\xD9\x84"};
  static constexpr std::string_view kSuffixes[] = {"",
                                                   "\xD9\x87\xD8\xA7",
                                                   "\xD9\x87\xD9\x85",
                                                   "\xD9\x87\xD9\x85\xD8\xA7",
                                                   "\xD9\x87\xD9\x86",
                                                   "\xD9\x83\xD9\x85",
                                                   "\xD9\x86\xD8\xA7",
                                                   "\xD9\x87",
                                                   "\xD9\x8A",
                                                   "\xD9\x83",
                                                   "\xD8\xA7\xD8\xAA",
                                                   "\xD9\x88\xD9\x86",
                                                   "\xD9\x8A\xD9\x86",
                                                   "\xD8\xA7\xD9\x86",
                                                   "\xD9\x8A\xD9\x87",
                                                   "\xD8\xAA\xD9\x87\xD8\xA7",
                                                   "\xD8\xAA\xD9\x87",
                                                   "\xD9\x88\xD8\xA7",
                                                   "\xD8\xA7\xD8\xAA\xD9\x87",           // اته
                                                   "\xD8\xA7\xD8\xAA\xD9\x87\xD8\xA7",   // اتها
                                                   "\xD8\xA7\xD8\xAA\xD9\x87\xD9\x85",   // اتهم
                                                   "\xD8\xA7\xD8\xAA\xD9\x86\xD8\xA7"};  // اتنا
  std::string buf;
  for (std::string_view p : kPrefixes) {
    if (!word.starts_with(p)) continue;
    std::string_view rest = word.substr(p.size());
    for (std::string_view sfx : kSuffixes) {
      if (p.empty() && sfx.empty()) continue;
      if (!rest.ends_with(sfx)) continue;
      std::string_view stem = rest.substr(0, rest.size() - sfx.size());
      if (Letters(stem) < 3) continue;
      if (lexicon_->Contains(stem)) return true;
      // A stem ending in ta marbuta before a suffix: "حكومتها" -> "حكومه".
      if (!sfx.empty() && stem.ends_with("\xD8\xAA")) {
        buf.assign(stem.substr(0, stem.size() - 2));
        buf += "\xD9\x87";
        if (lexicon_->Contains(buf)) return true;
      }
    }
  }
  return false;
}

// Whether `word` is a known adverbial accusative, its tanwin unwritten: a
// relative adjective ("جماهيريا", "رسميا"), a participle ("موضحا", "مسبقا",
// "قائلا", "سابقا") or a فعيل adjective ("أخيرا", "كثيرا") with the alef of
// the indefinite accusative. Foreign names ending in ا whose rest happens to
// be a word ("أنيتا") have none of these shapes.
bool EntityAnnotator::AccusativeOfKnown(std::string_view word) const {
  if (!lexicon_ || !word.ends_with("\xD8\xA7") || Letters(word) < 4) return false;  // ا
  const std::string_view stem = word.substr(0, word.size() - 2);
  if (!lexicon_->Contains(stem)) return false;
  constexpr std::string_view kAlef = "\xD8\xA7", kYaa = "\xD9\x8A", kMim = "\xD9\x85";
  if (stem.ends_with(kYaa) || stem.starts_with(kMim)) return true;
  // Second letter ا (فاعل) or third letter ي (فعيل); every letter here is two bytes.
  return stem.size() >= 6 && (stem.substr(2, 2) == kAlef || stem.substr(4, 2) == kYaa);
}

// Whether `word` reads as an imperfect verb of the third person, which news
// narrates in: a prefix ي or ت on a stem the lexicon knows, maybe with a
// plural or dual ending ("يشغل", "يعانون").
bool EntityAnnotator::VerbLike(std::string_view word) const {
  if (!lexicon_ || Letters(word) < 4) return false;
  if (!word.starts_with("\xD9\x8A") && !word.starts_with("\xD8\xAA")) return false;
  std::string_view stem = word.substr(2);
  static constexpr std::string_view kEndings[] = {"",
                                                  "\xD9\x88\xD9\x86",   // ون
                                                  "\xD8\xA7\xD9\x86",   // ان
                                                  "\xD9\x88\xD8\xA7",   // وا
                                                  "\xD9\x8A\xD9\x86"};  // ين
  for (std::string_view e : kEndings) {
    if (!stem.ends_with(e)) continue;
    std::string_view s = stem.substr(0, stem.size() - e.size());
    if (Letters(s) >= 3 && lexicon_->Contains(s)) return true;
  }
  return false;
}

Status EntityAnnotator::Annotate(Document& doc) const {
  if (doc.tokens.empty()) return Status::OK();
  Ctx c(doc);
  Analyse(c);
  MatchKb(c);
  FindGenericOrgs(c);
  FindHeads(c);
  FindQuoted(c);
  FindTitles(c);
  FindNames(c);
  FindOutletRepeats(c);
  if (model_) {
    std::vector<ModelMention> found;
    model_->Find(
        doc,
        [&c](uint32_t i) {
          const TokInfo& in = c.info[i];
          return RuleTokenView{c.owner[i] >= 0, (in.flags & kIdiom) != 0,
                               (in.flags & (kStop | kGentilic)) != 0,
                               (in.flags & kLexicon) != 0 && in.facts.kb_readings == 0, in.head};
        },
        &found);
    for (const ModelMention& m : found) {
      Cand cand;
      cand.tb = m.token_begin;
      cand.te = m.token_end;
      cand.stripped = m.stripped;
      cand.type = m.type;
      cand.kb = m.kb;
      cand.source = MentionSource::kModel;
      c.Add(std::move(cand));
    }
  }
  BuildEntities(c);
  AppositionRoles(c);
  Corefer(c);
  Emit(c);
  return Status::OK();
}

// ------------------------------------------------------------------ analysis

// The word a reading names, in `t`'s own strings (or `article`, which must
// outlive the view, for a "لل" + X token read "ال" + X).
std::string_view WordOf(const Token& t, ReadingSource source, uint8_t offset,
                        std::deque<std::string>* article) {
  switch (source) {
    case ReadingSource::kKey:
      return std::string_view(t.key).substr(offset);
    case ReadingSource::kBase:
      return t.base;
    case ReadingSource::kArticle:
      article->emplace_back(kAl);
      article->back().append(std::string_view(t.key).substr(offset));
      return article->back();
  }
  return t.key;
}

// WordFacts already computed on this thread, keyed by the token's kind, alef
// maqsura, tanwin, key and base (see Analyse). News vocabulary is Zipfian: most tokens
// are found here. The facts sit beside their key (one memory access per hit,
// which is what the lookup costs) and are copied into TokInfo.
struct FactsCache {
  static constexpr size_t kMaxEntries = 1 << 16;
  uint64_t generation = 0;
  text::FlatStringMap<WordFacts> facts;
  // Per document, by token: the cache key and its hash.
  std::vector<std::string> keys;
  std::vector<uint64_t> hashes;
};

WordFacts EntityAnnotator::Facts(const Token& t, bool alef_maqsura, bool tanwin) const {
  WordFacts out;
  out.tanwin = tanwin;
  std::string buf;
  std::array<Reading, kMaxReadings> readings;
  const int nr = ReadingsOf(t, &buf, &readings);
  std::string_view word = t.key;
  uint32_t flags = 0;
  // Punctuation and numbers get their flags per occurrence (Analyse); only
  // the tries may still start at them ("5+5", an idiom opening with a quote).
  const bool word_like = t.kind == TokenKind::kWord || t.kind == TokenKind::kLatin;
  // The first reading some table knows decides the word; else the base.
  bool decided = !word_like;
  for (int r = 0; r < nr && !decided; ++r) {
    std::string_view w = readings[r].key;
    uint32_t f = 0;
    const Head* head = nullptr;
    int32_t gentilic = -1;
    if (t_.stop_words.contains(w)) f |= kStop;
    if (auto it = t_.given_names.find(w); it != t_.given_names.end()) {
      f |= kGiven;
      if (it->second & kNameCommon) f |= kGivenCommon;
      if (it->second & kNameForeign) f |= kGivenForeign;
      // "لجان" (committees) is a word before it is ل + "جان" (Jean).
      if (r > 0 && lexicon_ && Letters(t.key) >= 4 && lexicon_->Contains(t.key)) {
        f &= ~(kGiven | kGivenCommon | kGivenForeign);
      }
    }
    if (auto it = t_.particles.find(w); it != t_.particles.end()) {
      if (it->second == ParticleRole::kPrefix) f |= kPrefixParticle;
      if (it->second == ParticleRole::kTheophoric) f |= kPrefixParticle | kTheophoric;
      if (it->second == ParticleRole::kSuffix) f |= kSuffixParticle;
      if (it->second == ParticleRole::kForeign) f |= kForeignParticle;
    }
    if (t_.reporting_verbs.contains(w)) f |= kReporting;
    if (t_.metonymy_verbs.contains(w)) f |= kMetonymyVerb;
    if (t_.modifiers.contains(w)) f |= kModifier;
    if (t_.complement_nouns.contains(w)) f |= kComplementNoun;
    if (t_.eponym_nouns.contains(w)) f |= kEponym;
    // "وكبير" (and the chief) is و + a known word, not و + ك + "بير" (a well):
    // a head read by stripping letters a known word keeps is no head.
    bool known_before = false;
    for (int q = 0; q < nr && lexicon_; ++q) {
      known_before = known_before || (readings[q].stripped < readings[r].stripped &&
                                      lexicon_->Contains(readings[q].key));
    }
    if (auto it = t_.heads.find(DropAl(w)); it != t_.heads.end() && !known_before) {
      f |= kHead;
      head = &it->second;
    }
    int32_t g = kb_.AdjectiveIndex(w);
    if (g >= 0) {
      f |= kGentilic;
      gentilic = g;
    }
    // A function word that is also a name ("أنا", I, and "آنا", Anna; "على"
    // and "علي"): the function word, unless its printed ي says otherwise.
    if ((f & kGiven) && (f & kStop) && (!w.ends_with(kYa) || alef_maqsura)) {
      f &= ~(kGiven | kGivenCommon | kGivenForeign);
    }
    // Only the unstripped key may be read as a stop word: "بين" is not ب+ين.
    if (r > 0) f &= ~kStop;
    if (f != 0 || r == 0) {
      if (f != 0 || nr == 1) {
        flags |= f;
        word = w;
        out.stripped = readings[r].stripped;
        out.word_source = readings[r].source;
        out.word_offset = readings[r].offset;
        if (head) out.head = head;
        if (gentilic >= 0) out.gentilic = gentilic;
        decided = f != 0;
      }
    }
  }
  if (word_like && !decided && nr > 1 && !t.base.empty()) {
    word = t.base;
    out.word_source = ReadingSource::kBase;
    out.word_offset = 0;
    size_t kl = Letters(t.key), bl = Letters(t.base);
    out.stripped = kl > bl ? static_cast<uint8_t>(kl - bl) : 0;
  }
  // "على" (on) folds to the key of "علي" (Ali): the printed alef maqsura decides.
  if ((flags & kGiven) && (flags & kStop)) {
    if (!word.ends_with(kYa) || alef_maqsura) {
      flags &= ~(kGiven | kGivenCommon | kGivenForeign);  // "الآن" (now) is not "آلان" (Alain)
    } else {
      flags &= ~kStop;
    }
  }
  if (word_like && lexicon_ && !(flags & (kGiven | kPrefixParticle))) {
    for (int r = 1; r < nr; ++r) {
      if (readings[r].key.size() >= 6 &&
          (lexicon_->Contains(readings[r].key) || lexicon_->Contains(DropAl(readings[r].key)))) {
        flags |= kClitic;
        break;
      }
    }
  }
  if (word_like && StartsWithAl(word)) flags |= kDefinite;
  if (word_like && t_.directions.contains(word)) flags |= kDirection;
  // "وريف حماة" (and the countryside of Hama): "وريف" is also a word (lush)
  // the lexicon decides first; after و the direction reading still holds.
  if (word_like && !(flags & kDirection) && nr > 1 && t.key.starts_with("\xD9\x88")) {
    for (int r = 1; r < nr; ++r) {
      if (t_.directions.contains(readings[r].key)) flags |= kDirection;
    }
  }
  out.participle = word_like && t_.participles.contains(word);
  // "هذا"، "وهذه"; not "كذلك" (likewise) nor "لذلك" (therefore).
  {
    std::string_view k = t.key;
    if (k.starts_with("\xD9\x88") || k.starts_with("\xD9\x81")) k.remove_prefix(2);
    if (word_like && (t_.demonstratives.contains(t.key) || t_.demonstratives.contains(k))) {
      flags |= kDemonstrative;
    }
  }
  if (t.kind == TokenKind::kWord && !(flags & kHead)) {
    // "سفارتها" (its embassy) -> "سفارت" + "ها" -> "سفاره": the ta marbuta of
    // a feminine head comes back as ت before a possessive pronoun.
    static constexpr std::string_view kPronouns[] = {
        "\xD9\x87\xD9\x85\xD8\xA7", "\xD9\x87\xD9\x85", "\xD9\x87\xD9\x86",
        "\xD9\x87\xD8\xA7",         "\xD9\x87",         "\xD9\x86\xD8\xA7",
        "\xD9\x83\xD9\x85",         "\xD9\x83"};  // هما هم هن ها ه نا كم ك
    for (std::string_view pronoun : kPronouns) {
      if (!word.ends_with(pronoun)) continue;
      std::string_view stem = word.substr(0, word.size() - pronoun.size());
      if (!stem.ends_with("\xD8\xAA") || Letters(stem) < 4) continue;  // ت
      std::string head(stem.substr(0, stem.size() - 2));
      head += "\xD9\x87";  // ه, the folded ta marbuta
      if (auto it = t_.heads.find(DropAl(head)); it != t_.heads.end() && it->second.place) {
        out.possessed_head = &it->second;
        break;
      }
    }
  }
  if (word_like && (word.ends_with(kYa) || word.ends_with(kYaHa)) && Letters(word) >= 4) {
    flags |= kNisba;
  }
  if (t.kind == TokenKind::kWord && lexicon_ && !(flags & (kGiven | kStop))) {
    if (tanwin || InLexicon(t, word) || KnownArabic(word) || AccusativeOfKnown(word)) {
      flags |= kLexicon;
      if (VerbLike(word)) flags |= kVerbLike;
    } else {
      // Transliterated names: no article, long, many long vowels.
      size_t letters = 0, vowels = 0;
      for (size_t k = 0; k < word.size();) {
        char32_t cp = utf8::Next(word, k);
        ++letters;
        if (letters > 1 && (cp == 0x0627 || cp == 0x0648 || cp == 0x064A)) ++vowels;
      }
      if (!StartsWithAl(word) && letters >= 6 && vowels * 3 >= letters && !(flags & kHead) &&
          !InflectedHead(word)) {
        flags |= kForeignShape;
      }
    }
  }
  out.flags = flags;
  out.key_known =
      t.kind == TokenKind::kWord && lexicon_ && (lexicon_->Contains(t.key) || KnownArabic(t.key));
  // Where the tries can start.
  out.title_key_node = t_.titles.Step(AliasMatcher::kRoot, DropAl(t.key));
  out.title_node = out.title_key_node >= 0 ? out.title_key_node
                                           : t_.titles.Step(AliasMatcher::kRoot, DropAl(word));
  if (out.title_node < 0 && t.kind == TokenKind::kWord && !StartsWithAl(word) &&
      Letters(word) >= 4 && word.ends_with("\xD8\xA7")) {  // ا
    const int32_t n = t_.titles.Step(AliasMatcher::kRoot, word.substr(0, word.size() - 2));
    if (n >= 0 && !t_.titles.Hits(n).empty()) {
      out.title_node = n;
      out.accusative_title = true;
    }
  }
  out.title_raw_node = t_.titles.Step(AliasMatcher::kRoot, t.key);
  out.descriptive_node = t_.descriptive.Step(AliasMatcher::kRoot, DropAl(word));
  out.generic_org_node = t_.generic_orgs.Step(AliasMatcher::kRoot, DropAl(word));
  for (int r = 0; r < nr; ++r) {
    if (kb_.matcher().StartsAlias(readings[r].key)) out.kb_readings |= 1u << r;
    if (t_.idioms.StartsAlias(readings[r].key)) out.idiom_readings |= 1u << r;
    if (r > 0) out.function_word = out.function_word || t_.stop_words.contains(readings[r].key);
  }
  return out;
}

void EntityAnnotator::Analyse(Ctx& c) const {
  const auto& tokens = c.doc.tokens;
  const size_t n = tokens.size();
  c.info.assign(n, TokInfo{});
  c.owner.assign(n, -1);
  c.sent_end.assign(n, static_cast<uint32_t>(n));
  for (const Sentence& s : c.doc.sentences) {
    for (uint32_t i = s.token_begin; i < s.token_end && i < n; ++i) c.sent_end[i] = s.token_end;
  }
  thread_local FactsCache cache;
  if (cache.generation != generation_ || cache.facts.size() > FactsCache::kMaxEntries) {
    cache.facts.Clear();
    cache.generation = generation_;
  }
  // Cache keys first: kind, alef maqsura and tanwin, the key, and the base unless it
  // is the key (the usual case, which keeps most cache keys short enough to
  // stay inline). With all keys in hand the lookups' cache misses overlap
  // (FlatStringMap::Prefetch); one at a time, they would dominate the stage.
  if (cache.keys.size() < n) cache.keys.resize(n);
  cache.hashes.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    const std::string_view surface = c.doc.Slice(t.span);
    const bool alef_maqsura = t.kind == TokenKind::kWord && surface.ends_with("\xD9\x89");
    // Tanwin (U+064B-U+064D) marks an indefinite noun or adjective: "إعداداً",
    // "قائلاً", "سليمٍ"; names do not take it.
    bool tanwin = false;
    if (t.kind == TokenKind::kWord) {
      for (size_t p = surface.find('\xD9'); p != std::string_view::npos && !tanwin;
           p = surface.find('\xD9', p + 1)) {
        const auto b = p + 1 < surface.size() ? static_cast<unsigned char>(surface[p + 1]) : 0;
        tanwin = b >= 0x8B && b <= 0x8D;
      }
    }
    std::string& key = cache.keys[i];
    key.clear();
    key.push_back(static_cast<char>('0' + static_cast<int>(t.kind) * 4 + (alef_maqsura ? 2 : 0) +
                                    (tanwin ? 1 : 0)));
    key += t.key;
    if (t.base != t.key) {
      key.push_back('\0');
      key += t.base;
    }
    cache.hashes[i] = text::HashString(key);
    cache.facts.Prefetch(cache.hashes[i]);
  }
  for (size_t i = 0; i < n; ++i) cache.facts.PrefetchEntry(cache.hashes[i]);
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    TokInfo& in = c.info[i];
    const std::string& key = cache.keys[i];
    if (const WordFacts* cached = cache.facts.Find(key, cache.hashes[i])) {
      in.facts = *cached;
    } else {
      in.facts = cache.facts.Insert(
          key, Facts(t, /*alef_maqsura=*/(key[0] - '0') & 2, /*tanwin=*/(key[0] - '0') & 1));
    }
    const WordFacts* facts = &in.facts;
    in.word = t.key;
    if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kSymbol) {
      in.flags |= kPunct;
      if (IsQuote(t.key)) in.flags |= kQuote;
      if (IsComma(t.key)) in.flags |= kComma;
      if (IsHardPunct(t.key)) in.flags |= kHardPunct;
      if (t.key == "(") in.flags |= kParenOpen;
      if (t.key == ")") in.flags |= kParenClose;
      continue;
    }
    if (t.kind == TokenKind::kNumber) {
      in.flags |= kNumber;
      continue;
    }
    in.flags = facts->flags;
    in.stripped = facts->stripped;
    in.head = facts->head;
    in.gentilic = facts->gentilic;
    in.word = WordOf(t, facts->word_source, facts->word_offset, &c.article);
  }
}

// ------------------------------------------------------------ knowledge base

template <typename Accept>
EntityAnnotator::AliasRun EntityAnnotator::LongestAlias(Ctx& c, uint32_t i, uint32_t limit,
                                                        Accept accept) const {
  AliasRun best;
  const uint8_t starts = c.info[i].facts.kb_readings;
  if (starts == 0) return best;
  const AliasMatcher& m = kb_.matcher();
  std::array<Reading, kMaxReadings> readings;
  const int nr = ReadingsOf(c.doc.tokens[i], &c.buf, &readings);
  for (int r = 0; r < nr; ++r) {
    if (!(starts & (1u << r))) continue;
    int32_t node = m.Step(AliasMatcher::kRoot, readings[r].key);
    for (uint32_t j = i + 1; node >= 0; ++j) {
      if (j > best.end && !m.Hits(node).empty() && accept(j, node)) {
        best = AliasRun{j, node, readings[r].stripped};
      }
      if (j >= limit) break;
      node = m.Step(node, c.doc.tokens[j].key);
    }
  }
  return best;
}

void EntityAnnotator::MatchKb(Ctx& c) const {
  const auto& tokens = c.doc.tokens;
  const AliasMatcher& m = kb_.matcher();
  std::array<Reading, kMaxReadings> readings;
  std::vector<int8_t> idiom(tokens.size(), 0);
  // Idioms first: their words are not names.
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    const uint8_t starts = c.info[i].facts.idiom_readings;
    if (starts == 0) continue;
    const int nr = ReadingsOf(tokens[i], &c.buf, &readings);
    for (int r = 0; r < nr; ++r) {
      if (!(starts & (1u << r))) continue;
      int32_t node = t_.idioms.Step(AliasMatcher::kRoot, readings[r].key);
      uint32_t j = i + 1;
      uint32_t last = 0;
      while (node >= 0) {
        if (!t_.idioms.Hits(node).empty()) last = j;
        if (j >= tokens.size()) break;
        node = t_.idioms.Step(node, tokens[j].key);
        ++j;
      }
      if (last) {
        for (uint32_t k = i; k < last; ++k) {
          idiom[k] = 1;
          c.info[k].flags |= kIdiom;
        }
        break;
      }
    }
  }
  for (uint32_t i = 0; i < tokens.size();) {
    const uint32_t send = c.sent_end[i];
    // No name starts with a function word: "على الدبيبة" (on Dbeibah) folds
    // to the key of "علي الدبيبة" (Ali Dbeibah).
    if (idiom[i] || c.Has(i, kPunct | kStop)) {
      ++i;
      continue;
    }
    const WordFacts& facts = c.info[i].facts;
    const AliasRun run = LongestAlias(c, i, send, [&](uint32_t j, int32_t) {
      for (uint32_t k = i; k < j; ++k) {
        if (idiom[k]) return false;
      }
      return true;
    });
    const uint32_t best_end = run.end;
    const int32_t best_node = run.node;
    const uint8_t best_stripped = run.stripped;
    if (best_node < 0) {
      ++i;
      continue;
    }
    // "سلطان بن سلمان", "محمد بن مبارك": an alias that opens with "بن" after a
    // given name continues that person's chain of descent, and so does a
    // person's name after "بن" ("سلطان بن [سلمان بن عبد العزيز]"); "عبد
    // الهادي": a name after "عبد" is part of a person's name.
    if (i > 0 && c.info[i].stripped == 0) {
      const bool after_particle = c.Has(i - 1, kPrefixParticle) && !c.Has(i - 1, kTheophoric);
      bool person = false;
      for (const AliasHit& h : m.Hits(best_node)) {
        person = person || kb_.entities()[h.entity].type == EntityType::kPerson;
      }
      if ((c.Has(i, kPrefixParticle) && !c.Has(i, kTheophoric) && c.Has(i - 1, kGiven)) ||
          (after_particle && person) ||
          (best_end == i + 1 && c.Has(i - 1, kTheophoric) && c.info[i - 1].stripped == 0)) {
        ++i;
        continue;
      }
    }
    // Prefer strong hits; a head before the name decides between types.
    auto hits = m.Hits(best_node);
    // The head may stand before an adjective: "قاعدة جوية الجفرة".
    const Head* head = (i > 0 && c.info[i - 1].head) ? c.info[i - 1].head : nullptr;
    if (!head && i > 1 && c.Has(i - 1, kNisba) && !c.Has(i - 1, kDefinite))
      head = c.info[i - 2].head;
    int32_t pick = -1, weak_pick = -1;
    int weak_count = 0;
    for (const AliasHit& h : hits) {
      if (h.latin && tokens[i].kind != TokenKind::kLatin) continue;
      if (h.weak) {
        ++weak_count;
        if (weak_pick < 0) weak_pick = static_cast<int32_t>(h.entity);
        continue;
      }
      if (pick < 0 || (head && kb_.entities()[h.entity].type == head->type &&
                       kb_.entities()[pick].type != head->type)) {
        pick = static_cast<int32_t>(h.entity);
      }
    }
    Cand cand;
    cand.tb = i;
    cand.te = best_end;
    cand.stripped = best_stripped;
    cand.source = MentionSource::kKb;
    if (pick >= 0) {
      cand.kb = pick;
    } else if (weak_pick >= 0) {
      cand.kb = weak_pick;
    } else {
      ++i;
      continue;
    }
    // "عملية إعادة الأمل": a military operation is an event, not a body; its
    // words name nothing else either.
    if (kb_.entities()[cand.kb].name_ar.starts_with(kOperation)) {
      i = best_end;
      continue;
    }
    // A shared alias ("الأسد" of Bashar and, weakly, of Hafez): resolved in
    // BuildEntities to a claimant the document names unambiguously.
    if (weak_count > 0 && hits.size() > 1) cand.key = "weak";
    cand.type = kb_.entities()[cand.kb].type;
    // "حتى نجد الحلول" (until we find the solutions): after a particle that
    // governs a verb, a one-word name shaped like an imperfect verb (ي ت ن ا
    // and a known stem) is the verb. Towns and states stay ("أن موسكو",
    // "أن تعز"): they are what such particles introduce most.
    if (best_end == i + 1 && i > 0 && c.info[i].stripped == 0 && c.info[i - 1].stripped == 0 &&
        cand.type != EntityType::kPerson && lexicon_ && !c.Has(i, kDefinite)) {
      const std::string_view prev = tokens[i - 1].key;
      const std::string_view key = tokens[i].key;
      const std::string& kind = kb_.entities()[cand.kb].kind;
      if ((prev == kAn || prev == kLan || prev == kLam || prev == kKay || prev == kHatta) &&
          kind != "country" && kind != "capital" && kind != "city" &&
          (key.starts_with("\xD9\x8A") || key.starts_with("\xD8\xAA") ||
           key.starts_with("\xD9\x86") || key.starts_with("\xD8\xA7")) &&
          (lexicon_->Contains(key) || KnownArabic(key))) {
        ++i;
        continue;
      }
    }
    // "الطريق الدائري" (the ring road): a one-word person's name that is an
    // ordinary word, right after a definite noun that is no title, is its
    // adjective.
    if (best_end == i + 1 && i > 0 && cand.type == EntityType::kPerson && lexicon_ &&
        c.info[i].stripped == 0 && c.Has(i, kDefinite) && c.Has(i - 1, kDefinite) &&
        c.info[i - 1].facts.title_node < 0 && !c.Has(i - 1, kPunct | kStop | kGentilic) &&
        (c.Has(i, kLexicon) || KnownArabic(DropAl(c.info[i].word)))) {
      ++i;
      continue;
    }
    // A one-word place name that is also an ordinary word ("مالية" is
    // "financial" before it is Malé) needs a place context before it.
    if (best_end == i + 1 && lexicon_ && tokens[i].kind == TokenKind::kWord &&
        (cand.type == EntityType::kLocation || cand.type == EntityType::kFacility)) {
      const KbEntity& e = kb_.entities()[cand.kb];
      std::string_view w = c.info[i].word;
      // "وأن" (and that) reads و + "ان", not the town Van.
      const bool function_word = facts.function_word;
      if (function_word || (e.kind != "country" && (e.kind != "capital" || c.Has(i, kNisba)) &&
                            !StartsWithAl(w) && (lexicon_->Contains(w) || KnownArabic(w)))) {
        // Place contexts: a head, a direction, a preposition of place
        // ("عبر إفريقيا", "وقرب طبرق"), an office of a place ("محافظ عدن"),
        // or a place it is listed with ("بنغازي ودرنة", "برقة (سرت").
        TitleClass cls;
        bool place =
            i > 0 && (c.info[i - 1].head || c.Has(i - 1, kDirection) || c.info[i - 1].word == kFi ||
                      c.info[i - 1].word == "\xD9\x85\xD9\x86" ||
                      c.info[i - 1].word == "\xD8\xA7\xD9\x84\xD9\x8A" ||
                      (OnlyConjunctionBefore(c, i - 1) &&
                       t_.place_prepositions.contains(c.info[i - 1].word)) ||
                      (c.info[i - 1].facts.title_node >= 0 && TitleAt(c, i - 1, i, &cls) == 1 &&
                       cls == TitleClass::kOffice) ||
                      c.info[i - 1].word == kMithl || ListedWithPlace(c, i)) ||
            // "بسيناء" (in Sinai): the preposition ب on the name itself; but
            // "بداخله" (inside it) ends in a pronoun where the key folds ة.
            (best_stripped == 1 && tokens[i].key.starts_with("\xD8\xA8") &&
             !c.doc.Slice(tokens[i].span).ends_with("\xD9\x87"));
        // "تكريت وبيجي": a place listed before another one.
        if (!place && !function_word && i + 1 < send && c.tok(i + 1).key.starts_with("\xD9\x88") &&
            c.info[i + 1].facts.kb_readings != 0) {
          const AliasRun next =
              LongestAlias(c, i + 1, send, [](uint32_t, int32_t) { return true; });
          if (next.node >= 0) {
            for (const AliasHit& h : m.Hits(next.node)) {
              place = place || (!h.weak && kb_.entities()[h.entity].type == EntityType::kLocation);
            }
          }
        }
        if (!place || function_word) {
          ++i;
          continue;
        }
      }
    }
    // "قاعدة جوية الجفرة" (an air base, al-Jufra): a facility head before a
    // place names the facility the knowledge base knows as head + place
    // ("قاعدة الجفرة").
    if (head && head->type == EntityType::kFacility && cand.type != EntityType::kFacility) {
      const uint32_t h = c.info[i - 1].head ? i - 1 : i - 2;
      int32_t node = m.Step(AliasMatcher::kRoot, c.info[h].word);
      for (uint32_t k = i; node >= 0 && k < best_end; ++k) node = m.Step(node, tokens[k].key);
      if (node >= 0) {
        for (const AliasHit& hit : m.Hits(node)) {
          if (!hit.weak && !hit.latin && kb_.entities()[hit.entity].type == EntityType::kFacility) {
            cand.kb = static_cast<int32_t>(hit.entity);
            cand.type = EntityType::kFacility;
            cand.key.clear();
            break;
          }
        }
      }
    }
    // "قاعدة الجفرة", "وقاعدة جوية الجفرة": the facility's head joins its name.
    if (cand.type == EntityType::kFacility && i > 0) {
      uint32_t h = i - 1;
      if (h > 0 && c.Has(h, kNisba) && !c.Has(h, kDefinite) && c.info[h - 1].head) --h;
      if (c.info[h].head && c.info[h].head->type == EntityType::kFacility && c.Free(h) &&
          !c.Has(h, kDefinite)) {
        cand.tb = h;
        cand.stripped = c.info[h].stripped;
      }
    }
    // "دول حزام ووسط أفريقيا" (the countries of the belt and the middle of
    // Africa): the place is the mention, not the knowledge base's region.
    if (cand.type == EntityType::kLocation && c.Has(i, kDirection) && SharesPlace(c, i)) {
      ++i;
      continue;
    }
    AddInnerMentions(c, c.Add(std::move(cand)));
    i = best_end;
  }
  // An outlet's mention is its name as the press writes it bare: "صحيفة
  // السفير" and "الشروق المصرية" in the knowledge base's aliases are
  // السفير and الشروق; the head and the country's gentilic stay outside.
  for (Cand& cand : c.cands) {
    if (cand.dead || cand.nested || cand.kb < 0 || kb_.entities()[cand.kb].kind != "media") {
      continue;
    }
    cand.outlet = true;
    if (cand.te - cand.tb >= 2 && c.info[cand.tb].head && c.info[cand.tb].head->outlet &&
        !c.Has(cand.tb, kDefinite)) {
      c.owner[cand.tb] = -1;
      ++cand.tb;
      cand.stripped = 0;
    }
    if (cand.te - cand.tb >= 2 && c.Has(cand.te - 1, kGentilic) &&
        kb_.entities()[c.info[cand.te - 1].gentilic].kind == "country") {
      c.owner[cand.te - 1] = -1;
      --cand.te;
    }
  }
}

// Whether the token at i carries no proclitic but a conjunction: "عبر",
// "وعبر", "فعبر" (a preposition keeps its meaning after "و"), not "بعبر".
bool EntityAnnotator::OnlyConjunctionBefore(const Ctx& c, uint32_t i) const {
  const uint8_t n = c.info[i].stripped;
  if (n == 0) return true;
  const std::string_view key = c.tok(i).key;
  return n == 1 && (key.starts_with("\xD9\x88") || key.starts_with("\xD9\x81"));
}

// Whether the word at i follows a place it is listed with: joined by "و" or
// "أو" ("بنغازي ودرنة", "مصر أو طبرق") or opening a bracket after it ("برقة
// (سرت والخديم)"). A list of places keeps an ordinary word's other sense out:
// "سرت" after "برقة (" is Sirte, not "she walked".
bool EntityAnnotator::ListedWithPlace(const Ctx& c, uint32_t i) const {
  auto place_ends_at = [&](uint32_t end) {
    if (end == 0) return false;
    const int32_t o = c.owner[end - 1];
    if (o < 0 || c.cands[o].te != end) return false;
    const EntityType t = c.cands[o].type;
    return t == EntityType::kLocation || t == EntityType::kFacility;
  };
  const std::string_view key = c.tok(i).key;
  // Whatever the analysis made of the rest ("وبيجي" may read و + ب + "يجي"),
  // the alias matched after و.
  if (key.starts_with("\xD9\x88")) return place_ends_at(i);
  if (i < 2) return false;
  const bool either = c.info[i - 1].stripped == 0 && c.tok(i - 1).key == kOr;
  return (either || c.Has(i - 1, kParenOpen)) && place_ends_at(i - 1);
}

// Whether the direction word at i, joined by "و" to a noun before it that is
// no direction, shares that noun's genitive: "حزام ووسط أفريقيا" (the belt
// and the middle of Africa) speaks of Africa, not of a region. Two directions
// ("وسط وشرق أوروبا") name two regions and are left to the rules for each.
bool EntityAnnotator::SharesPlace(const Ctx& c, uint32_t i) const {
  if (i == 0 || !c.Has(i, kDirection) || c.info[i].stripped == 0 ||
      !c.tok(i).key.starts_with("\xD9\x88")) {
    return false;
  }
  const uint32_t p = i - 1;
  if (c.tok(p).kind != TokenKind::kWord || !c.Free(p) || c.info[p].facts.kb_readings != 0 ||
      c.Has(p, kPunct | kStop | kDefinite | kGiven | kGentilic | kReporting | kNumber)) {
    return false;  // "منطقة حائل وشمال الجزيرة": two places
  }
  // A noun in the construct state: an ordinary word or a head, without the
  // article.
  return !c.Has(p, kDirection) && c.Has(p, kLexicon | kHead | kComplementNoun);
}

// Whether the title at i stands before its complement, as a title and not as
// the given name it may also be: "مساعد المدير العام", "أمين منطقة تبوك",
// "أمين عام الهيئة"; but "مساعد العتيبي" is a name and its family name.
bool EntityAnnotator::TitleBeforeComplement(const Ctx& c, uint32_t i) const {
  TitleClass cls;
  const int tl = TitleAt(c, i, c.sent_end[i], &cls);
  if (tl > 1) return true;
  if (tl == 0 || i + 1 >= c.info.size() || c.info[i + 1].stripped > 0) return false;
  return c.Has(i + 1, kHead | kComplementNoun) ||
         (c.Has(i + 1, kDefinite) && c.Has(i + 1, kLexicon) && !c.Has(i + 1, kNisba | kGentilic));
}

// Whether a name or title at i names the place or institution before it
// ("مستشفى الملك فهد", "مدرسة أبو بكر الصديق", "جامعة الأمير سلطان"): an
// eponym noun in the construct state, maybe with a one-word title between.
bool EntityAnnotator::Eponymous(const Ctx& c, uint32_t i) const {
  if (i == 0) return false;
  uint32_t p = i - 1;
  TitleClass cls;
  if (p > 0 && TitleAt(c, p, c.sent_end[p], &cls) == 1) --p;
  return c.Has(p, kEponym) && !c.Has(p, kDefinite) && c.info[p].facts.possessed_head == nullptr;
}

// Whether the direction phrase at i only locates the town or facility named
// just before it: "اللاذقية (شمال غرب سوريا)", "في الخيام، جنوب لبنان". After
// a region it renames it instead ("برقة (شرق ليبيا)") and stays a region.
bool EntityAnnotator::LocatesPrevious(const Ctx& c, uint32_t i) const {
  if (i == 0 || !c.Has(i, kDirection)) return false;
  // "السويداء وجنوب سوريا" adds a second place; "حلب بشمال سوريا" locates.
  const std::string_view key = c.tok(i).key;
  if (c.info[i].stripped > 0 && (key.starts_with("\xD9\x88") || key.starts_with("\xD9\x81"))) {
    return false;
  }
  uint32_t p = i - 1;
  while (p > 0 && c.Has(p, kDirection) && c.Free(p)) --p;  // "شمال غرب"
  if (c.Has(p, kParenOpen | kComma) && p > 0) --p;
  const int32_t o = c.owner[p];
  if (o < 0 || c.cands[o].te != p + 1) return false;
  const Cand& prev = c.cands[o];
  if (prev.type == EntityType::kFacility) return true;
  if (prev.type != EntityType::kLocation || prev.kb < 0) return false;
  const std::string& kind = kb_.entities()[prev.kb].kind;
  return kind == "city" || kind == "capital" || kind == "district";
}

// Knowledge-base names inside a knowledge-base name, kept as mentions of their
// own where they refer to something else the text speaks of: a place or a
// person in an organisation's or facility's name ("سفارة ... في دمشق", "نظام
// بشار الأسد"), the parent body in a body's name ("بعثة الأمم المتحدة للدعم
// في ليبيا"), the country or continent a region is part of ("غرب أوروبا").
// Brand names (media, companies, airlines) keep theirs: "تلفزيون سوريا" is no
// mention of Syria.
void EntityAnnotator::AddInnerMentions(Ctx& c, int32_t outer_index) const {
  const Cand outer = c.cands[outer_index];
  if (outer.kb < 0 || outer.te - outer.tb < 2) return;
  const KbEntity& oe = kb_.entities()[outer.kb];
  const bool region = oe.type == EntityType::kLocation &&
                      (oe.kind == "region" || oe.kind == "province") && c.Has(outer.tb, kDirection);
  if (oe.type == EntityType::kPerson || (oe.type == EntityType::kLocation && !region)) return;
  if (oe.kind == "media" || oe.kind == "news-agency" || oe.kind == "company" ||
      oe.kind == "airline") {
    return;
  }
  const auto& tokens = c.doc.tokens;
  const AliasMatcher& m = kb_.matcher();
  for (uint32_t k = outer.tb + 1; k < outer.te;) {
    // A facility's name holds the place it is named after ("مطار بنغازي",
    // "ميناء صفاقس"); only a place after "في" is one it is in.
    const bool located = k > outer.tb + 1 && c.info[k - 1].word == kFi;
    if (c.Has(k, kPunct | kStop) || c.info[k].facts.kb_readings == 0 ||
        (oe.type == EntityType::kFacility && !located)) {
      ++k;
      continue;
    }
    // The first hit at a node that refers to something else than the outer name.
    auto inner_hit = [&](int32_t node) -> int32_t {
      for (const AliasHit& h : m.Hits(node)) {
        if (h.weak || (h.latin && tokens[k].kind != TokenKind::kLatin)) continue;
        if (static_cast<int32_t>(h.entity) == outer.kb) continue;
        const KbEntity& ie = kb_.entities()[h.entity];
        const bool keep =
            region ? ie.type == EntityType::kLocation &&
                         (ie.kind == "country" || ie.kind == "continent" || ie.kind == "territory")
                   : ie.type != oe.type || std::find(oe.affiliations.begin(), oe.affiliations.end(),
                                                     ie.id) != oe.affiliations.end();
        if (keep) return static_cast<int32_t>(h.entity);
      }
      return -1;
    };
    const AliasRun run =
        LongestAlias(c, k, outer.te, [&](uint32_t, int32_t node) { return inner_hit(node) >= 0; });
    const int32_t best = run.node >= 0 ? inner_hit(run.node) : -1;
    const uint32_t best_end = run.end;
    const uint8_t best_stripped = run.stripped;
    // "المجلس الأطلسي": one word shaped like an adjective qualifies the name.
    if (best < 0 || (best_end == k + 1 && c.Has(k, kNisba))) {
      ++k;
      continue;
    }
    Cand inner;
    inner.tb = k;
    inner.te = best_end;
    inner.stripped = best_stripped;
    inner.type = kb_.entities()[best].type;
    inner.kb = best;
    inner.source = MentionSource::kKb;
    inner.nested = true;
    c.Add(std::move(inner));
    k = best_end;
  }
}

// ------------------------------------------------------------ heads

// End (exclusive) of the genitive complement starting at token k: definite
// nouns and adjectives, coordinated definite nouns, complement nouns,
// knowledge-base names, a number after the head, and a final "في" + place.
uint32_t EntityAnnotator::ComplementEnd(const Ctx& c, uint32_t k, uint32_t end, bool allow_person,
                                        bool allow_number, bool allow_place,
                                        bool* has_proper) const {
  uint32_t j = k;
  bool prev_definite = false;
  bool after_place = false;  // right after a place's name
  *has_proper = false;
  while (j < end) {
    const TokInfo& in = c.info[j];
    int32_t owner = c.owner[j];
    if (in.word == kFi && j > k && j + 1 < end && allow_place) {
      int32_t o = c.owner[j + 1];
      if (o >= 0 && c.cands[o].tb == j + 1 && c.cands[o].type == EntityType::kLocation &&
          c.cands[o].stripped == 0) {
        j = c.cands[o].te;
        *has_proper = true;
      } else if (c.Free(j + 1) && c.Has(j + 1, kForeignShape)) {
        j += 2;
        *has_proper = true;
      }
      break;
    }
    if (owner >= 0 && c.cands[owner].tb == j) {
      const Cand& o = c.cands[owner];
      if (o.type == EntityType::kPerson && !allow_person) break;
      if (o.stripped > 0 && j > k) break;  // "بطرابلس" is a place, not part of the name
      after_place = o.type == EntityType::kLocation;
      j = o.te;
      *has_proper = true;
      prev_definite = true;
      continue;
    }
    if (owner >= 0) break;
    if (allow_number && j == k && (in.flags & kNumber)) {
      ++j;
      *has_proper = true;
      continue;
    }
    if (in.flags & (kPunct | kStop | kReporting | kNumber)) break;
    // "رئاسة الأركان الليبية التابعة لحكومة الوفاق": a participle opens a
    // description of the body, outside its name.
    if (in.facts.participle && (in.stripped == 0 || c.tok(j).key.starts_with("\xD9\x88"))) break;
    // "إدارة تعليم المدينة المنورة التكريم": after a place's name only an
    // adjective ("جامعة القاهرة المفتوحة") or a "لل" complement continues.
    if (after_place && (in.flags & kDefinite) && in.stripped == 0 && !(in.flags & kNisba) &&
        !c.tok(j).key.starts_with(kLiL) && !(in.flags & kModifier)) {
      break;
    }
    after_place = false;
    if (in.flags & kDefinite) {
      // A coordinated noun joins only after a definite one: "الدفاع والأمن".
      if (in.stripped > 0 && !prev_definite) break;
      if (in.stripped > 0 && !c.tok(j).key.starts_with("\xD9\x88")) break;
      // Titles inside the complement start a person's phrase instead; right
      // after the head too, but for an office ("مكتب الرئيس"): "لجنة
      // الأستاذ حمد" is no committee's name, nor "بقيادة المدرب اليوناني".
      TitleClass cls;
      if (j > k && TitleAt(c, j, end, &cls) > 0 && cls != TitleClass::kProfession) break;
      if (j == k) {
        const int tl = TitleAt(c, j, end, &cls);
        const uint32_t after = j + static_cast<uint32_t>(tl);
        if (tl > 0 && (cls != TitleClass::kOffice ||
                       (after < end && c.Free(after) && NameStart(c, after, true)))) {
          break;  // "مؤسسة الملك عبدالعزيز": the title and the name are the eponym's
        }
      }
      prev_definite = true;
      ++j;
      continue;
    }
    if ((in.flags & kComplementNoun) && in.stripped == 0 && j + 1 < end &&
        !(c.info[j + 1].flags & (kPunct | kStop))) {
      prev_definite = false;
      ++j;
      continue;
    }
    break;
  }
  // "مجلس إدارة شركة كي بي إم جي": a noun in the construct state whose
  // genitive is no part of the name leaves a generic phrase; drop it.
  while (j > k && (c.info[j - 1].flags & kComplementNoun) && c.info[j - 1].stripped == 0 &&
         !(c.info[j - 1].flags & kDefinite) && c.owner[j - 1] < 0) {
    --j;
  }
  return j;
}

// Organisations named by a generic phrase of data/ner/generic_orgs.tsv, with
// the gentilics after it: "القوات المسلحة السعودية", "قوات التحالف". A
// one-word phrase ("الجيش", "المعارضة") is too vague alone and needs the
// gentilic: "المعارضة السورية".
void EntityAnnotator::FindGenericOrgs(Ctx& c) const {
  const uint32_t n = static_cast<uint32_t>(c.doc.tokens.size());
  for (uint32_t i = 0; i < n; ++i) {
    int32_t node = c.info[i].facts.generic_org_node;
    if (node < 0 || !c.Free(i) || c.tok(i).kind != TokenKind::kWord) continue;
    const uint32_t end = c.sent_end[i];
    uint32_t e = 0;
    bool takes_place = false;
    for (uint32_t j = i + 1;; ++j) {
      if (!t_.generic_orgs.Hits(node).empty()) {
        e = j;
        takes_place = t_.generic_orgs.Hits(node)[0].entity == kGenericOrgPlace;
      }
      if (j >= end || !c.Free(j) || c.info[j].stripped > 0) break;
      node = t_.generic_orgs.Step(node, c.tok(j).key);
      if (node < 0) break;
    }
    if (e == 0) continue;
    const uint32_t phrase_end = e;
    // One gentilic: in "الشرطة الإيطالية المغربي" the second is a person.
    if (e < end && c.Free(e) && c.Has(e, kGentilic) && c.Has(e, kDefinite) &&
        c.info[e].stripped == 0) {
      ++e;
    }
    if (phrase_end == i + 1 && e == phrase_end) continue;
    // "الحكومة المحلية في الأنبار": the local body is named by its place.
    if (takes_place && e + 1 < end && c.info[e].word == kFi && c.info[e].stripped == 0) {
      const int32_t o = c.owner[e + 1];
      if (o >= 0 && c.cands[o].tb == e + 1 && c.cands[o].stripped == 0 &&
          c.cands[o].type == EntityType::kLocation) {
        c.cands[o].nested = true;
        const uint32_t pe = c.cands[o].te;
        for (uint32_t k = e + 1; k < pe; ++k) c.owner[k] = -1;
        e = pe;
      }
    }
    // "قوات الأمن" after a head of its own is part of that name.
    if (i > 0 && c.info[i].stripped == 0 && c.info[i - 1].head && c.Free(i - 1) &&
        !c.Has(i - 1, kDefinite)) {
      continue;
    }
    Cand cand;
    cand.tb = i;
    cand.te = e;
    cand.stripped = c.info[i].stripped;
    cand.type = EntityType::kOrganization;
    c.Add(std::move(cand));
    i = e - 1;
  }
}

void EntityAnnotator::FindHeads(Ctx& c) const {
  const auto& tokens = c.doc.tokens;
  // The place after "في" that completes the name of a head with the place
  // flag ("السفارة الليبية في دمشق"): the end of that place's name, or 0.
  auto place_after = [&](uint32_t j, uint32_t end) -> uint32_t {
    if (j + 1 >= end || c.info[j].word != kFi || c.info[j].stripped > 0) return 0;
    const int32_t o = c.owner[j + 1];
    if (o < 0 || c.cands[o].tb != j + 1 || c.cands[o].type != EntityType::kLocation ||
        c.cands[o].stripped > 0) {
      return 0;
    }
    return c.cands[o].te;
  };
  for (uint32_t i = 0; i + 1 < tokens.size(); ++i) {
    const TokInfo& in = c.info[i];
    if (!in.head && in.facts.possessed_head && c.Free(i)) {
      // "سفارتها في دمشق" (its embassy in Damascus): the pronoun names the
      // owner, the place completes the name.
      if (const uint32_t e = place_after(i + 1, c.sent_end[i])) {
        c.cands[c.owner[i + 2]].nested = true;
        for (uint32_t k = i; k < e; ++k) c.owner[k] = -1;
        Cand cand;
        cand.tb = i;
        cand.te = e;
        cand.stripped = in.stripped;
        cand.type = in.facts.possessed_head->type;
        c.Add(std::move(cand));
        i = e - 1;
      }
      continue;
    }
    if (!in.head || !c.Free(i)) continue;
    const Head& h = *in.head;
    // "برئاسة الرئيس" (chaired by the president), "بقيادة": the head after
    // ب names the one who leads, not a body.
    if (h.led_by && in.stripped == 1 && c.tok(i).key.starts_with("\xD8\xA8")) continue;
    const uint32_t end = c.sent_end[i];
    // "للجنة الدولية" is ل + "اللجنة" (to the committee): before a head that
    // starts with ل, "لل" spells the article after the preposition.
    const bool definite =
        (in.flags & kDefinite) != 0 ||
        (in.stripped == 1 && c.tok(i).key.starts_with(kLiL) && in.word.starts_with("\xD9\x84"));
    // "اللاذقية (شمال غرب سوريا)": a direction that only locates the place
    // before it, and "شمال وشرق سوريا": two parts of one place. The place
    // stays a mention of its own; there is no region.
    if (h.type == EntityType::kLocation && (LocatesPrevious(c, i) || SharesPlace(c, i))) continue;
    if (h.mode == HeadMode::kFull) {
      bool proper = false;
      uint32_t j;
      if (definite && !(h.number && c.Has(i + 1, kNumber))) {
        // "الحركة الشعبية في السودان", "الحركة الإسلامية في السودان": an
        // organisation's head, its relative adjectives and the country it is
        // in name one body there.
        if (h.type == EntityType::kOrganization && !c.Has(i + 1, kGentilic)) {
          uint32_t a = i + 1;
          while (a < end && a < i + 3 && c.Free(a) && c.info[a].stripped == 0 &&
                 c.Has(a, kDefinite) && c.Has(a, kNisba) && !c.Has(a, kGentilic | kModifier) &&
                 !c.info[a].facts.participle)
            ++a;
          const uint32_t e = a > i + 1 ? place_after(a, end) : 0;
          if (e > 0 && c.cands[c.owner[a + 1]].kb >= 0 &&
              kb_.entities()[c.cands[c.owner[a + 1]].kb].kind == "country") {
            const int32_t po = c.owner[a + 1];
            c.cands[po].nested = true;
            for (uint32_t k = i; k < e; ++k) c.owner[k] = -1;
            Cand cand;
            cand.tb = i;
            cand.te = e;
            cand.stripped = in.stripped;
            cand.type = h.type;
            c.Add(std::move(cand));
            i = e - 1;
            continue;
          }
        }
        // "الحكومة الليبية": a definite head names an entity only with a gentilic.
        if (!h.national || !c.Has(i + 1, kGentilic) || !c.Free(i + 1)) continue;
        j = i + 2;
        while (j < end && c.Free(j) && c.Has(j, kDefinite) && c.Has(j, kNisba) &&
               !c.Has(j, kGentilic))
          ++j;
        if (h.place) {
          if (const uint32_t e = place_after(j, end)) j = e;
        }
        proper = true;
      } else {
        uint32_t k = i + 1;
        // A rank between "قوات" and the person: "قوات العقيد خليفة حفتر".
        if (h.person) {
          TitleClass cls;
          int tl = TitleAt(c, k, end, &cls);
          if (tl > 0 && cls == TitleClass::kRank) k += tl;
        }
        j = ComplementEnd(c, k, end, h.person, h.number,
                          h.type == EntityType::kOrganization || h.place, &proper);
        // "مكتب وزير الدفاع" (the defence minister's office): an office with
        // its complement after the head names the body that serves it.
        if (j == k && k == i + 1 && h.type == EntityType::kOrganization && !h.person) {
          TitleClass tcls;
          const int tl = TitleAt(c, k, end, &tcls);
          if (tl > 0 && tcls == TitleClass::kOffice && c.FreeRange(k, k + tl)) {
            bool inner_proper = false;
            const uint32_t e = ComplementEnd(c, k + static_cast<uint32_t>(tl), end, false, false,
                                             true, &inner_proper);
            if (e > k + static_cast<uint32_t>(tl) || tl >= 2) {
              j = e;
              proper = true;
            }
          }
        }
        // "جامعة الملك سعود", "مستشفى الملك فهد": an eponym noun, a title and a
        // name; the institution is named after the person, who does not act.
        if (j == k && k == i + 1 && c.Has(i, kEponym) && !c.Has(i, kDefinite)) {
          uint32_t ne = 0;
          const int32_t po = c.owner[k];
          TitleClass tcls;
          const int tl = TitleAt(c, k, end, &tcls);
          const uint32_t a = k + static_cast<uint32_t>(tl > 0 ? tl : 0);
          if (po >= 0 && c.cands[po].tb == k && c.cands[po].type == EntityType::kPerson && tl > 0 &&
              c.cands[po].te > a) {
            ne = c.cands[po].te;  // a known person with the title: "الملك سلمان"
          } else if (tl > 0 && a < end && c.FreeRange(k, a + 1) && NameStart(c, a, true)) {
            ne = NameEnd(c, a, end, true);
          }
          if (ne > a) {
            if (po >= 0 && c.cands[po].tb == k) c.cands[po].dead = true;
            for (uint32_t t = k; t < ne; ++t) c.owner[t] = -1;
            // "... الإسلامية", "للبترول والمعادن"; not "بالظهران", where it is.
            bool more = false;
            j = ne < end && c.Free(ne) && c.info[ne].stripped == 0
                    ? ComplementEnd(c, ne, end, false, false, false, &more)
                    : ne;
            proper = true;
          }
        }
        // "دوار الزراعة" (Agriculture roundabout): a landmark's head makes
        // whatever follows it a name.
        if (h.landmark && j > k) proper = true;
        // "بئر لحفن", "معسكر لبوزة": after a place head an unknown word that
        // only looks like ل/ب + a word is the place's name.
        if (j == k && k == i + 1 && (h.type == EntityType::kLocation || h.landmark) && c.Free(k) &&
            lexicon_ && c.tok(k).kind == TokenKind::kWord &&
            (c.info[k].stripped == 1 || (c.info[k].stripped == 0 && c.Has(k, kClitic))) &&
            !lexicon_->Contains(c.tok(k).key) && !c.info[k].facts.function_word &&
            !c.tok(k).key.starts_with("\xD9\x88") && !c.tok(k).key.starts_with("\xD9\x81") &&
            Letters(c.tok(k).key) >= 4 &&
            !c.Has(k, kStop | kGiven | kHead | kGentilic | kReporting | kDefinite)) {
          j = k + 1;
          proper = true;
        }
        if (j == k && k == i + 1 && c.Free(k) && lexicon_ && c.tok(k).kind == TokenKind::kWord &&
            !c.Has(k, kLexicon | kStop | kGiven | kHead | kGentilic | kReporting | kDefinite |
                          kComplementNoun | kModifier) &&
            c.info[k].stripped == 0) {
          // A foreign name right after the head: "وكالة سانا للأنباء".
          j = k + 1;
          proper = true;
          if (j < end && c.Free(j) && c.Has(j, kDefinite) && c.info[j].stripped > 0 &&
              c.tok(j).key.starts_with(kLiL)) {
            ++j;
          }
        }
        if (j == k) continue;
        if (k != i + 1 && !proper) continue;
      }
      // Trailing coordinated words and modifiers stay outside the name.
      while (j > i + 1 && c.Has(j - 1, kModifier) && !c.Has(j - 1, kGentilic)) --j;
      const uint32_t len = j - i - 1;
      bool gentilic = false;
      for (uint32_t k = i + 1; k < j; ++k) gentilic = gentilic || c.Has(k, kGentilic);
      if (h.weak && !proper && !gentilic) continue;
      // "تابعون للواء الليبي" is ل + "اللواء" (the rank) before a gentilic:
      // a brigade needs a number or a name ("اللواء 128", "لواء القدس").
      if (h.number && !proper && in.facts.title_node >= 0) {
        bool only_gentilic = true;
        for (uint32_t k = i + 1; k < j; ++k) only_gentilic = only_gentilic && c.Has(k, kGentilic);
        if (only_gentilic) continue;
      }
      if (!proper && len == 0) continue;
      // "سلطات طرابلس" (the Tripoli authorities), "مكتب بطهران": a generic
      // head before a city's or province's name alone describes whatever body
      // sits there. Heads that may take a leader ("نظام طهران", "قوات
      // دمشق") name the state's own through its capital and stay names.
      if (h.weak && !h.person && h.type == EntityType::kOrganization && c.owner[i + 1] >= 0) {
        const Cand& only = c.cands[c.owner[i + 1]];
        if (only.tb == i + 1 && only.te == j && only.kb >= 0 &&
            only.type == EntityType::kLocation) {
          const std::string& kind = kb_.entities()[only.kb].kind;
          if (kind == "city" || kind == "capital" || kind == "province" || kind == "district") {
            continue;
          }
        }
      }
      // Only persons inside: "مكتب خليفة حفتر" is an office, not a body.
      if (!h.person) {
        bool only_person = true;
        for (uint32_t k = i + 1; k < j; ++k) {
          int32_t o = c.owner[k];
          if (o < 0 || c.cands[o].type != EntityType::kPerson) only_person = false;
        }
        if (only_person) continue;
      }
      if (h.type != EntityType::kOrganization && h.type != EntityType::kFacility &&
          h.mode == HeadMode::kFull && !proper) {
        continue;  // "نهر" + common noun
      }
      // "شمال غرب قطاع غزة", "شرق الرمادي", "ريف إدلب": a direction (or the
      // countryside) before a place only locates in it; the place is the
      // mention. The areas the knowledge base names as such ("شرق ليبيا",
      // "ريف دمشق") were matched whole before. After the direction an unknown
      // name ("غرب كيدال") is the place's.
      uint32_t tb = i;
      if (h.type == EntityType::kLocation && c.Has(i, kDirection) && !definite) {
        uint32_t k = i + 1;
        while (k < j && c.Has(k, kDirection) && c.Free(k)) ++k;
        if (k >= j || !c.FreeRange(k, j) || c.info[k].stripped > 0) continue;
        tb = k;
      }
      // Facilities need a proper name: "قاعدة البيانات" is not one.
      if (h.type == EntityType::kFacility && !proper) {
        bool foreign = false;
        for (uint32_t k = i + 1; k < j; ++k) foreign = foreign || c.Has(k, kForeignShape);
        if (!foreign) continue;
      }
      // "شركة أجنحة الشام": a head before a known organisation's whole name
      // only describes it; the name stays the mention.
      // "حكومة حماس" is the government Hamas formed, a body of its own.
      if (h.type == EntityType::kOrganization && !h.distinct && c.owner[i + 1] >= 0) {
        const Cand& inner = c.cands[c.owner[i + 1]];
        if (inner.kb >= 0 && inner.tb == i + 1 && inner.te == j &&
            inner.type == EntityType::kOrganization) {
          continue;
        }
      }
      Cand cand;
      cand.tb = tb;
      cand.te = j;
      cand.stripped = tb == i ? in.stripped : 0;
      cand.type = h.type;
      // Knowledge-base names inside an organisation stay mentions of their
      // own ("بعثة الأمم المتحدة في ليبيا"); a facility's are part of it
      // ("ميناء صفاقس" is the port, not the city) unless "في" says where it is
      // ("السفارة الليبية في دمشق").
      for (uint32_t k = i + 1; k < j; ++k) {
        if (c.owner[k] < 0) continue;
        Cand& inner = c.cands[c.owner[k]];
        const bool located = inner.tb > i + 1 && c.info[inner.tb - 1].word == kFi;
        if (h.type == EntityType::kFacility && (inner.type == EntityType::kFacility || !located)) {
          inner.dead = true;
        } else {
          inner.nested = true;
        }
      }
      for (uint32_t k = tb; k < j; ++k) c.owner[k] = -1;
      c.Add(std::move(cand));
      i = j - 1;
    } else {
      // Name mode: the entity is the name after the head.
      uint32_t k = i + 1;
      if (k >= end) continue;
      int32_t o = c.owner[k];
      if (definite) {
        // "القناة السعودية الأولى": a definite outlet head, a gentilic and an
        // ordinal name a state's channel; the gentilic alone is no name and
        // no place ("الصحيفة السعودية" is the Saudi newspaper).
        if (h.outlet && k + 1 < end && c.Has(k, kGentilic) && c.Has(k, kDefinite) &&
            c.info[k].stripped == 0 && t_.ordinals.contains(c.tok(k + 1).key) && c.Free(k + 1) &&
            (o < 0 || (c.cands[o].tb == k && c.cands[o].te == k + 1))) {
          if (o >= 0) c.cands[o].dead = true;
          for (uint32_t t = i; t < k + 2; ++t) c.owner[t] = -1;
          Cand cand;
          cand.tb = i;
          cand.te = k + 2;
          cand.stripped = in.stripped;
          cand.type = EntityType::kOrganization;
          c.Add(std::move(cand));
          i = k + 1;
        }
        continue;
      }
      if (o >= 0 && c.cands[o].tb == k && c.cands[o].te == k + 1 && c.cands[o].kb >= 0 &&
          c.cands[o].type == EntityType::kPerson && h.type == EntityType::kOrganization &&
          !h.outlet) {
        // "مليشيات الحوثي", "جماعة الحوثي": a group named by the man who leads
        // it is the organisation the knowledge base affiliates him with.
        int32_t org = -1;
        for (const std::string& id : kb_.entities()[c.cands[o].kb].affiliations) {
          const int32_t a = kb_.IndexOf(id);
          if (a >= 0 && kb_.entities()[a].type == EntityType::kOrganization) {
            org = a;
            break;
          }
        }
        if (org >= 0) {
          c.cands[o].dead = true;
          c.owner[k] = -1;
          Cand cand;
          cand.tb = i;
          cand.te = k + 1;
          cand.stripped = in.stripped;
          cand.type = EntityType::kOrganization;
          cand.kb = org;
          cand.source = MentionSource::kKb;
          c.Add(std::move(cand));
          i = k;
        }
        continue;
      }
      if (o >= 0 && c.cands[o].tb == k) {
        Cand& kb = c.cands[o];
        // "صحيفة الشرق الأوسط", "قناة الجزيرة": the head retypes a place name.
        if (h.type == EntityType::kOrganization && kb.type == EntityType::kLocation) {
          kb.kb = -1;
          kb.type = EntityType::kOrganization;
          kb.source = MentionSource::kPattern;
          // "صحيفة نيويورك تايمز": unknown words after the place are the name's.
          uint32_t e = kb.te;
          while (h.outlet && e < end && e < kb.te + 2 && c.Free(e) && lexicon_ &&
                 c.tok(e).kind == TokenKind::kWord && c.info[e].stripped == 0 &&
                 !c.Has(e, kLexicon | kStop | kGiven | kHead | kGentilic | kReporting | kDefinite |
                               kPunct))
            ++e;
          for (uint32_t t = kb.te; t < e; ++t) c.owner[t] = o;
          kb.te = e;
        }
        if (h.outlet) c.cands[o].outlet = true;
        if (h.list) i = OutletConjuncts(c, c.cands[o].te, end) - 1;
        continue;
      }
      if (o >= 0) continue;
      // "صحيفة الشروق المصرية", "قناة الحياة": after an outlet's head a common
      // word with the article is the outlet's name, without the gentilic.
      // A head that is also a common noun ("قناة", a canal: "قناة السيول")
      // takes a common word only when it reads as a channel's name: shaped
      // like an adjective ("قناة الإخبارية") or with a gentilic after it.
      if (h.outlet && OutletWord(c, k) &&
          (!h.ambiguous || c.Has(k, kNisba) ||
           (k + 1 < end && c.Has(k + 1, kGentilic) && c.Has(k + 1, kDefinite)))) {
        uint32_t j = k + 1;
        while (j < end && j < k + 3 && c.Free(j) && c.info[j].stripped == 0 && OutletWord(c, j) &&
               !c.Has(j, kNisba | kModifier))
          ++j;
        Cand cand;
        cand.tb = k;
        cand.te = j;
        cand.type = EntityType::kOrganization;
        cand.outlet = true;
        c.Add(std::move(cand));
        i = (h.list ? OutletConjuncts(c, j, end) : j) - 1;
        continue;
      }
      uint32_t j = k;
      // An outlet's name may be written in Latin letters: "قناة cbc إكسترا".
      while (j < end && j < k + 3 && c.Free(j) && lexicon_ &&
             ((h.outlet && c.tok(j).kind == TokenKind::kLatin) ||
              (c.tok(j).kind == TokenKind::kWord && c.info[j].stripped == 0 &&
               !c.Has(j, kLexicon | kStop | kGiven | kHead | kGentilic | kReporting | kDefinite |
                             kComplementNoun | kModifier | kMetonymyVerb | kPunct))))
        ++j;
      // "منطقة السودانية" (the al-Sudaniya area), "منطقة البوعيثة": after a
      // place head in the construct state a word with the article shaped like
      // an adjective, or one the word list does not know, is the place's
      // name; a common noun there is not ("منطقة النزاع").
      if (j == k && h.type == EntityType::kLocation && c.Free(k) &&
          c.tok(k).kind == TokenKind::kWord && c.info[k].stripped == 0 && c.Has(k, kDefinite) &&
          (c.Has(k, kNisba) || (lexicon_ && !c.Has(k, kLexicon | kGiven | kGentilic))) &&
          !c.Has(k, kStop | kReporting | kHead | kModifier) && !c.info[k].facts.participle &&
          (k + 1 >= end || !c.Has(k + 1, kDefinite) || c.info[k + 1].stripped > 0)) {
        j = k + 1;
      }
      if (j == k) continue;
      Cand cand;
      cand.tb = k;
      cand.te = j;
      cand.type = h.type;
      cand.outlet = h.outlet;
      c.Add(std::move(cand));
      i = j - 1;
    }
  }
}

// Whether the free word at k may be (a word of) an outlet's name after an
// outlet's head: a word with the article that is no function word, gentilic,
// head or participle ("الشروق", "السفير", "الرأي").
bool EntityAnnotator::OutletWord(const Ctx& c, uint32_t k) const {
  // "قناة للتعاون" (a channel for cooperation): "لل" + X is a preposition.
  return k < c.info.size() && c.Free(k) && c.tok(k).kind == TokenKind::kWord &&
         c.info[k].stripped == 0 && c.info[k].facts.word_source != ReadingSource::kArticle &&
         c.Has(k, kDefinite) && !c.info[k].facts.participle &&
         !c.Has(k, kStop | kPunct | kReporting | kGentilic | kHead | kIdiom | kDirection);
}

// After a plural or dual outlet head and its first name, the names joined to
// it ("صحف الشروق والسفير والرأي", "صحيفتا الأهرام والأخبار"), each maybe
// with its gentilic ("الشروق المصرية والسفير اللبنانية"). Returns the end.
uint32_t EntityAnnotator::OutletConjuncts(Ctx& c, uint32_t j, uint32_t end) const {
  while (j < end) {
    if (c.Free(j) && c.Has(j, kGentilic | kNisba) && c.Has(j, kDefinite) && c.info[j].stripped == 0)
      ++j;
    uint32_t k = j;
    if (k < end && c.Has(k, kComma)) ++k;
    if (k >= end || c.tok(k).kind != TokenKind::kWord) break;
    const bool conj = c.info[k].stripped == 1 && c.tok(k).key.starts_with("\xD9\x88");  // و
    if (!conj && k == j) break;
    const int32_t o = c.owner[k];
    if (o >= 0 && c.cands[o].tb == k && c.cands[o].te == k + 1 &&
        (c.cands[o].type == EntityType::kOrganization ||
         c.cands[o].type == EntityType::kLocation)) {
      if (c.cands[o].type == EntityType::kLocation) {
        c.cands[o].kb = -1;
        c.cands[o].type = EntityType::kOrganization;
        c.cands[o].source = MentionSource::kPattern;
      }
      c.cands[o].outlet = true;
      j = k + 1;
      continue;
    }
    if (o >= 0 || !c.Has(k, kDefinite) || !conj || c.info[k].facts.participle ||
        c.Has(k, kStop | kReporting | kGentilic | kDirection)) {
      break;
    }
    Cand cand;
    cand.tb = k;
    cand.te = k + 1;
    cand.stripped = c.info[k].stripped;
    cand.type = EntityType::kOrganization;
    cand.outlet = true;
    c.Add(std::move(cand));
    j = k + 1;
  }
  return j;
}

// Outlets named again without their head. A bare common word is an outlet
// only where the text marks it as a name: quotes around it or its country's
// gentilic after it ("قالت “الشروق” المصرية"), for a name found after a head
// in the same document; and in a list of such names one of which is a known
// outlet ("السفير” اللبنانية، و”الشروق” المصرية و”الرأي” الكويتية"), every
// member.
void EntityAnnotator::FindOutletRepeats(Ctx& c) const {
  std::map<std::string, int32_t, std::less<>> known;  // name -> its first cand
  for (size_t k = 0; k < c.cands.size(); ++k) {
    const Cand& cand = c.cands[k];
    if (cand.dead || !cand.outlet || cand.te != cand.tb + 1) continue;
    known.emplace(std::string(DropAl(c.info[cand.tb].word)), static_cast<int32_t>(k));
  }
  if (known.empty()) return;
  const uint32_t n = static_cast<uint32_t>(c.doc.tokens.size());
  // A slot: a free word with the article, maybe quoted, then maybe a gentilic.
  struct Slot {
    uint32_t word, end;
    bool marked;     // quoted, or followed by a gentilic
    int32_t quoted;  // a one-word name found between quotes there (FindQuoted), -1
  };
  std::vector<Slot> slots;
  for (uint32_t t = 0; t < n; ++t) {
    int32_t own = c.owner[t];
    if (own >= 0 && !(c.cands[own].tb == t && c.cands[own].te == t + 1 && c.cands[own].kb < 0 &&
                      !c.cands[own].outlet && c.cands[own].type == EntityType::kOrganization)) {
      continue;
    }
    if (c.tok(t).kind != TokenKind::kWord || !c.Has(t, kDefinite) || c.info[t].stripped > 1 ||
        c.info[t].facts.participle ||
        c.Has(t, kStop | kReporting | kGentilic | kDirection | kIdiom)) {
      continue;
    }
    uint32_t e = t + 1;
    bool quoted = (t > 0 && c.Has(t - 1, kQuote)) || (e < n && c.Has(e, kQuote));
    if (e < n && c.Has(e, kQuote)) ++e;
    bool gentilic = false;
    if (e < n && c.Free(e) && c.Has(e, kGentilic) && c.Has(e, kDefinite) &&
        c.info[e].stripped == 0) {
      gentilic = true;
      ++e;
    }
    if (!quoted && !gentilic) continue;
    slots.push_back(Slot{t, e, quoted && gentilic, own});
  }
  // Slots in one list: only commas, quotes and a lone "و" between them.
  auto joined = [&](const Slot& a, const Slot& b) {
    if (b.word < a.end || b.word - a.end > 3) return false;
    for (uint32_t t = a.end; t < b.word; ++t) {
      if (c.Has(t, kComma | kQuote) || c.tok(t).key == "\xD9\x88") continue;
      return false;
    }
    return a.end < b.word || c.info[b.word].stripped == 1;
  };
  std::vector<int32_t> of(slots.size(), -1);  // known outlet cand of each slot
  for (size_t s = 0; s < slots.size(); ++s) {
    auto it = known.find(DropAl(c.info[slots[s].word].word));
    if (it != known.end()) of[s] = it->second;
  }
  std::vector<char> take(slots.size(), 0);
  for (size_t s = 0; s < slots.size(); ++s) {
    if (of[s] < 0) continue;
    take[s] = 1;
    // The list around a known outlet: members of the same shape.
    for (size_t r = s + 1; r < slots.size() && slots[r].marked && joined(slots[r - 1], slots[r]);
         ++r)
      take[r] = 1;
    for (size_t r = s; r > 0 && slots[r - 1].marked && joined(slots[r - 1], slots[r]); --r)
      take[r - 1] = 1;
  }
  for (size_t s = 0; s < slots.size(); ++s) {
    if (!take[s]) continue;
    if (slots[s].quoted >= 0) {
      Cand& q = c.cands[slots[s].quoted];
      q.outlet = true;
      if (of[s] >= 0 && c.cands[of[s]].kb >= 0) {
        q.kb = c.cands[of[s]].kb;
        q.source = MentionSource::kKb;
      }
      continue;
    }
    Cand cand;
    cand.tb = slots[s].word;
    cand.te = slots[s].word + 1;
    cand.stripped = c.info[cand.tb].stripped;
    cand.type = EntityType::kOrganization;
    cand.outlet = true;
    if (of[s] >= 0) {
      cand.kb = c.cands[of[s]].kb;
      cand.source = cand.kb >= 0 ? MentionSource::kKb : MentionSource::kPattern;
    }
    c.Add(std::move(cand));
  }
}

void EntityAnnotator::FindQuoted(Ctx& c) const {
  const auto& tokens = c.doc.tokens;
  for (uint32_t q = 1; q + 2 < tokens.size(); ++q) {
    if (!c.Has(q, kQuote)) continue;
    const uint32_t end = c.sent_end[q];
    uint32_t close = q + 1;
    while (close < end && close < q + 7 && !c.Has(close, kQuote)) {
      if (c.Has(close, kHardPunct) || c.Has(close, kComma)) break;
      ++close;
    }
    if (close >= end || !c.Has(close, kQuote) || close == q + 1) continue;
    // بعنوان "أحرقوا كل شيء" (entitled ...), تحت شعار "..." (under the slogan):
    // the title of a work or a slogan, not a name.
    if (t_.title_words.contains(c.tok(q - 1).key)) {
      q = close;
      continue;
    }
    // "لن يضيع" (will not be lost): a quoted clause, not a name.
    bool clause = false;
    for (uint32_t k = q + 1; k < close; ++k) {
      const std::string_view key = c.tok(k).key;
      clause = clause || (c.info[k].stripped == 0 &&
                          (key == kLan || key == kLam || key == kAn || key == kKay));
    }
    if (clause) {
      q = close;
      continue;
    }
    // A head at most three words before the quote: موقع آخر، هو "...". A verb
    // between makes the quote its object: للتنظيم سيساعد على خلق "منطقة آمنة".
    const Head* head = nullptr;
    uint32_t head_at = 0;
    for (uint32_t b = q; b-- > 0 && b + 4 >= q;) {
      if (c.Has(b, kHardPunct | kVerbLike)) break;
      // A place head takes a quote right after it: قرية «المشيك».
      if (c.info[b].head && (c.info[b].head->type != EntityType::kLocation ||
                             (b + 1 == q && c.info[b].head->mode == HeadMode::kName))) {
        head = c.info[b].head;
        head_at = b;
        break;
      }
    }
    // "منظومة الحركة الشعبية بـ«رجل المهام الصعبة»" (the man of hard tasks):
    // a definite head whose name is its own complement is named already; a
    // quote further on is something else.
    if (head && head->mode == HeadMode::kFull && c.Has(head_at, kDefinite) && head_at + 1 < q) {
      head = nullptr;
    }
    // الحكومة "الإسرائيلية": a gentilic in quotes is the writer's distance
    // from the adjective, not a name; nor is a quoted place phrase
    // ("منطقة آمنة", a safe zone) an organisation.
    if (head && ((close == q + 2 && c.Has(q + 1, kGentilic)) ||
                 (c.info[q + 1].head && c.info[q + 1].head->type != head->type && c.Free(q + 1) &&
                  !c.Has(q + 1, kDefinite)))) {
      q = close;
      continue;
    }
    // «تعسفي» (arbitrary), "ينخر" (gnaws): a quoted indefinite adjective or
    // a verb in the third person is a word quoted, not a name ("تداول", a
    // platform, looks like a verb too), unless an outlet's head in the
    // construct state names it: صحيفة «أساهي».
    if (close == q + 2 &&
        !(head && head->outlet && head_at + 1 == q && !c.Has(head_at, kDefinite)) &&
        (c.info[q + 1].facts.tanwin ||
         (c.Has(q + 1, kLexicon) && c.Has(q + 1, kNisba) && !c.Has(q + 1, kDefinite)) ||
         (c.Has(q + 1, kVerbLike) && !c.Has(q + 1, kGiven) &&
          c.tok(q + 1).key.starts_with("\xD9\x8A")))) {
      continue;
    }
    // "من "تل رفح" ... وحتى "العوجة"": the end of a range that starts at a
    // place is a place.
    if (!head && c.FreeRange(q + 1, close) && c.tok(q + 1).kind == TokenKind::kWord) {
      const std::string_view to = c.info[q - 1].word;
      const std::string_view to_key = c.tok(q - 1).key;
      bool range = false;
      if (to == kHatta || to == kIla || to_key == kHatta || to_key == kIla) {
        for (uint32_t b = q - 1; b-- > 0 && b + 12 >= q && !range;) {
          if (c.Has(b, kHardPunct)) break;
          if (c.info[b].word != kMin || c.info[b].stripped > 1) continue;
          uint32_t p = b + 1;
          if (p < q && c.Has(p, kQuote)) ++p;
          const int32_t o = p < q ? c.owner[p] : -1;
          range = o >= 0 && c.cands[o].tb == p && c.cands[o].type == EntityType::kLocation;
        }
      }
      if (range) {
        Cand cand;
        cand.tb = q + 1;
        cand.te = close;
        cand.type = EntityType::kLocation;
        c.Add(std::move(cand));
        q = close;
        continue;
      }
    }
    // قال لـ"الوطن" إن ... (told al-Watan that): a quoted name or two after
    // "لـ" and before what was said is the outlet spoken to.
    if (!head && close <= q + 3 && close + 1 < end && c.tok(q - 1).key == "\xD9\x84" &&
        c.FreeRange(q + 1, close) && c.tok(q + 1).kind == TokenKind::kWord &&
        !c.Has(q + 1, kStop | kVerbLike) &&
        ((c.tok(close + 1).key == kAn && c.info[close + 1].stripped == 0) ||
         c.tok(close + 1).key == ":")) {
      Cand cand;
      cand.tb = q + 1;
      cand.te = close;
      cand.type = EntityType::kOrganization;
      cand.outlet = true;
      c.Add(std::move(cand));
      q = close;
      continue;
    }
    if (!head) continue;
    if (!c.FreeRange(q + 1, close)) {
      int32_t o = c.owner[q + 1];
      if (o >= 0 && c.cands[o].tb == q + 1 && c.cands[o].te == close) {
        // A quoted place after an organisation head is the organisation's name.
        if (c.cands[o].type == EntityType::kLocation && head->type == EntityType::kOrganization) {
          c.cands[o].kb = -1;
          c.cands[o].type = EntityType::kOrganization;
          c.cands[o].source = MentionSource::kPattern;
        }
        q = close;
        continue;
      }
      // Names inside a longer quoted name stay mentions of their own:
      // موقع "صوت دمشق". Names reaching outside the quotes win.
      bool inside = true;
      for (uint32_t k = q + 1; k < close; ++k) {
        int32_t ko = c.owner[k];
        if (ko >= 0 && (c.cands[ko].tb <= q || c.cands[ko].te > close || c.cands[ko].kb < 0)) {
          inside = false;
        }
      }
      if (!inside) {
        q = close;
        continue;
      }
      for (uint32_t k = q + 1; k < close; ++k) {
        if (c.owner[k] >= 0) c.cands[c.owner[k]].nested = true;
        c.owner[k] = -1;
      }
    }
    Cand cand;
    cand.tb = q + 1;
    cand.te = close;
    cand.type = head->type;
    c.Add(std::move(cand));
    q = close;
  }
}

// ------------------------------------------------------------ persons

int EntityAnnotator::TitleAt(const Ctx& c, uint32_t i, uint32_t end, TitleClass* cls) const {
  if (i >= end || c.Has(i, kPunct | kNumber)) return 0;
  // The unstripped key first ("وزير" is not و + "زير"), then the word.
  int32_t node = c.info[i].facts.title_node;
  int best = 0;
  uint32_t best_entry = 0;
  uint32_t j = i + 1;
  while (node >= 0) {
    auto hits = t_.titles.Hits(node);
    if (!hits.empty()) {
      best = static_cast<int>(j - i);
      best_entry = hits[0].entity;
      *cls = t_.title_class[hits[0].entity];
    }
    if (j >= end) break;
    node = t_.titles.Step(node, c.tok(j).key);
    ++j;
  }
  // Ranks and honorifics stand before a name with the article ("الفريق
  // حفتر", "الشيخ"); without it they are common nouns ("فريق فلامنجو", the
  // Flamengo team) or part of a name ("حسن شيخ محمود").
  if (best > 0 && (*cls == TitleClass::kRank || *cls == TitleClass::kHonorific) &&
      !c.Has(i, kDefinite) && Letters(c.info[i].word) > 2) {
    // Before a definite complement it is an office in the construct state:
    // "عميد كلية الصحافة" is the dean of the faculty.
    const uint32_t k = i + static_cast<uint32_t>(best);
    if (k < end && c.Has(k, kDefinite | kHead | kComplementNoun) && !c.Has(k, kGentilic) &&
        (t_.title_flags[best_entry] & kTitleConstruct)) {
      *cls = TitleClass::kOffice;
      return best;
    }
    return 0;
  }
  return best;
}

// Whether the title word at i carries a proclitic: "للرئيس" (read "الرئيس")
// or "ووزير", but not "وزير" itself.
bool EntityAnnotator::HasProclitic(const Ctx& c, uint32_t i) {
  const TokInfo& in = c.info[i];
  if (in.facts.title_key_node >= 0) return false;  // a title as written
  return in.stripped > 0 || in.facts.word_source != ReadingSource::kKey ||
         c.tok(i).base != c.tok(i).key;
}

// Whether the title phrase [tb, title_end) ends in a word that awaits a name
// of its own ("المتحدثة باسم", "الرئيس التنفيذي لشركة", "نائب رئيس مؤسسة
// الملك"): a new name after it completes that word and is not the holder.
// ("مدير مكتب الرئيس X" stays X's: news names the holder there more often
// than the president.)
bool EntityAnnotator::AwaitsName(const Ctx& c, uint32_t tb, uint32_t title_end) const {
  if (title_end == 0) return false;
  const uint32_t k = title_end - 1;
  if (c.tok(k).key == "\xD8\xA8\xD8\xA7\xD8\xB3\xD9\x85") return true;  // باسم
  TitleClass cls;
  if (c.Has(k, kHead) && !c.Has(k, kDefinite) && c.info[k].facts.title_node < 0 &&
      TitleAt(c, k, k + 1, &cls) == 0) {
    return true;
  }
  // A title after an eponym noun: the institution's namesake.
  return k > tb && TitleAt(c, k, k + 1, &cls) == 1 && c.Has(k - 1, kEponym) &&
         !c.Has(k - 1, kDefinite);
}

// Whether the word at j, after a title phrase whose last word is complete
// (definite, a gentilic, or the end of a name), starts another title of the
// same chain: an office, rank or honorific with no proclitic. A profession
// there is rather an adjective ("المعارض"), and "و" starts another person.
bool EntityAnnotator::StartsChainedTitle(const Ctx& c, uint32_t j, uint32_t end) const {
  if (j == 0 || j >= end || c.tok(j).kind != TokenKind::kWord) return false;
  const TokInfo& in = c.info[j];
  if (in.facts.title_node < 0 || HasProclitic(c, j)) return false;
  if ((in.flags & kGiven) && !(in.flags & kDefinite)) return false;
  // A name ending in a noun that awaits its genitive ("مكتب وزير الدفاع")
  // is not complete.
  const int32_t po = c.owner[j - 1];
  const bool complete =
      c.Has(j - 1, kDefinite | kGentilic) ||
      (po >= 0 && c.cands[po].te == j && c.cands[po].type != EntityType::kPerson &&
       !c.Has(j - 1, kHead | kComplementNoun));
  if (!complete || c.Has(j - 1, kPunct)) return false;
  TitleClass cls;
  const int tl = TitleAt(c, j, end, &cls);
  if (tl <= 0 || cls == TitleClass::kProfession) return false;
  return !c.Has(j + static_cast<uint32_t>(tl), kNumber);  // "اللواء 128" is a brigade
}

// Where the complement of an office or profession starting at i reads on
// past the word at j (j itself if it does not):
//  - "لـ" + a title or an office noun after a definite head, which cannot
//    take a genitive: "النائب الثاني لرئيس مجلس الوزراء", "المبعوث الخاص
//    للرئيس الروسي";
//  - after an envoy's title, "إلى"/"لدى" + a place or organisation:
//    "المبعوث ... إلى سورية", "سفير المملكة لدى الأمم المتحدة";
//  - "في" + an office noun and its genitive: "المستشار في مكتب وزير الدفاع";
//  - after a post over something, "على" + its charge;
//  - an indefinite noun in the construct state before a definite one, after
//    an indefinite head: "وزير حقوق الإنسان", "وكيل وزارة الصحة".
uint32_t EntityAnnotator::ExtendsTitle(const Ctx& c, uint32_t i, uint32_t j, uint32_t end) const {
  if (j >= end || c.tok(j).kind != TokenKind::kWord) return j;
  const TokInfo& in = c.info[j];
  const std::string_view key = c.tok(j).key;
  if (HasProclitic(c, j) && key.starts_with("\xD9\x84") && j + 1 < end) {
    TitleClass cls;
    // After a complete phrase too: "وكيل الوزارة لشؤون المساجد".
    const bool noun = (in.flags & (kComplementNoun | kHead)) != 0;
    // A rank there is rather a common noun: "المدير التنفيذي للفريق" (the
    // team). Only an office takes another's title so: "الخبير الاستراتيجي
    // لمدير الصندوق روبيكو" is an expert, and Robeco the fund.
    TitleClass head_cls;
    if ((noun && (c.Has(i, kDefinite) || c.Has(j - 1, kDefinite | kGentilic))) ||
        (c.Has(i, kDefinite) && TitleAt(c, j, end, &cls) > 0 &&
         (cls == TitleClass::kOffice || cls == TitleClass::kRank) &&
         TitleAt(c, i, end, &head_cls) > 0 && head_cls == TitleClass::kOffice)) {
      return j + 1;
    }
  }
  // "المساجد والدعوة والإرشاد": "و" + a definite common noun after a
  // definite one coordinates the genitive (a title or a name there starts
  // another person).
  if (in.stripped == 1 && key.starts_with("\xD9\x88") && j + 1 <= end && j > i + 1 &&
      c.Has(j - 1, kDefinite) && (in.flags & (kDefinite | kLexicon)) == (kDefinite | kLexicon) &&
      !(in.flags & (kGiven | kStop | kReporting | kGentilic)) && in.facts.title_node < 0 &&
      c.owner[j] < 0) {
    return j + 1;
  }
  // "رئيس النادي الأدبي بجدة الدكتور X": "ب"/"في" + an unknown word (a
  // place no table knows) before the holder's form of address or rank.
  if (j + 1 < end && c.Has(j + 1, kDefinite) && c.owner[j] < 0 && !(in.flags & kLexicon) &&
      in.stripped == 1 && key.starts_with("\xD8\xA8") && lexicon_) {
    TitleClass cls;
    if (TitleAt(c, j + 1, end, &cls) > 0 && cls != TitleClass::kProfession) return j + 1;
  }
  if ((in.word == kIla || in.word == kLada) && in.stripped == 0 && j + 1 < end &&
      (TitleFlags(c, i, end) & kTitleDestination)) {
    const int32_t o = c.owner[j + 1];
    if (o >= 0 && c.cands[o].tb == j + 1 && c.cands[o].type != EntityType::kPerson) {
      return c.cands[o].te;
    }
  }
  // "المشرف العام على المهرجان", "المشرف على كرة القدم": a charge of one
  // definite noun, or an indefinite one and its definite genitive.
  if (in.word == kAla && in.stripped == 0 && j + 2 < end && (TitleFlags(c, i, end) & kTitleOver)) {
    const int32_t o = c.owner[j + 1];
    if (o >= 0 && c.cands[o].tb == j + 1) {
      return c.cands[o].type != EntityType::kPerson ? c.cands[o].te : j;
    }
    if (c.Has(j + 1, kDefinite) && c.info[j + 1].facts.title_node < 0) return j + 2;
    if (c.Has(j + 1, kLexicon) && !c.Has(j + 1, kDefinite | kGiven | kStop) &&
        c.Has(j + 2, kDefinite) && !c.Has(j + 2, kGiven) && c.owner[j + 2] < 0) {
      return j + 3;
    }
  }
  if (in.word == kFi && in.stripped == 0 && j + 2 < end && c.owner[j + 1] < 0 &&
      c.Has(j + 1, kComplementNoun) && !c.Has(j + 1, kDefinite) && c.info[j + 1].stripped == 0 &&
      c.tok(j + 1).enclitic_bytes == 0) {
    // Only with its genitive after it: not "في مكتب سموه بقصر الحكم".
    TitleClass cls;
    const int32_t g = c.owner[j + 2];
    if (c.Has(j + 2, kDefinite) || TitleAt(c, j + 2, end, &cls) > 0 ||
        (g >= 0 && c.cands[g].tb == j + 2 && c.cands[g].type != EntityType::kPerson)) {
      return j + 2;
    }
  }
  if (j + 1 < end && !c.Has(j - 1, kDefinite | kGentilic | kPunct) && !c.Has(i, kDefinite) &&
      !(in.flags & (kDefinite | kGiven | kStop | kReporting | kPunct | kNumber | kVerbLike |
                    kGentilic | kPrefixParticle | kModifier)) &&
      !in.facts.tanwin && !in.facts.function_word && c.owner[j] < 0) {
    const TokInfo& next = c.info[j + 1];
    // An unknown word before a nisba is rather a name: "نواف الزعبي".
    if ((next.flags & (kDefinite | kLexicon)) == (kDefinite | kLexicon) &&
        !(next.flags & (kGiven | kStop | kReporting)) && next.stripped == 0 &&
        ((in.flags & kLexicon) || !(next.flags & kNisba)) &&
        (c.owner[j + 1] < 0 || c.cands[c.owner[j + 1]].type != EntityType::kPerson)) {
      return j + 1;
    }
  }
  return j;
}

bool EntityAnnotator::NameStart(const Ctx& c, uint32_t i, bool after_title) const {
  if (i >= c.info.size()) return false;
  const TokInfo& in = c.info[i];
  if (c.tok(i).kind != TokenKind::kWord) return false;
  if (in.flags & (kPunct | kStop | kReporting | kModifier | kGentilic | kNumber | kHead |
                  kComplementNoun | kSuffixParticle | kIdiom)) {
    return false;
  }
  if (in.flags & kPrefixParticle) return ParticleTakes(c, i);
  TitleClass cls;
  // "رئيس اللجنة مساعد المدير العام", "أمين منطقة تبوك", "أمين عام الهيئة":
  // a given name that is also a title, before its complement, is the title.
  if ((in.flags & kGiven) && TitleBeforeComplement(c, i)) return false;
  if ((in.flags & kGiven) && !(in.flags & kGivenCommon)) return true;
  // "فهد بن عبد العزيز": a common given name opening a chain of descent.
  if ((in.flags & kGiven) && i + 1 < c.info.size() && c.Has(i + 1, kPrefixParticle) &&
      !c.Has(i + 1, kTheophoric) && c.info[i + 1].stripped == 0 && ParticleTakes(c, i + 1)) {
    return true;
  }
  // Not a name that reads as ب + a word: "تعرف باسم جنيح" (known by the
  // name "flaperon").
  const bool bi_word = c.tok(i).key.starts_with("\xD8\xA8") && Letters(c.tok(i).key) >= 4 &&
                       lexicon_ && lexicon_->Contains(c.tok(i).key.substr(2));
  // "شهر رمضان", "شهر شعبان": after "month" a name of a month, no person.
  if (i > 0 && c.info[i - 1].word == kShahr) return false;
  // "وكان الطفل علي دوابشة", "وقال صالح المخزوم نائب رئيس ...": a common
  // given name before a family name that is no word of the language, or
  // that the sentence marks as a name.
  if ((in.flags & kGiven) && !after_title && i + 1 < c.sent_end[i] && lexicon_ &&
      UnknownFamilyName(c, i + 1) && !bi_word) {
    return true;
  }
  // "هلال الأسد": a common given name before a known person's one-word name,
  // which is then the family name. ("علي" that may be "على" is left: "الضغط
  // علي حفتر" is pressure on Haftar; so is "باسم الأسد", in Assad's name.)
  // Only where a name is expected: after a reporting verb, ابن/بن, a comma
  // or a bracket ("سليمان الأسد ابن هلال الأسد"); "مسؤولية سلامة الساعدي" is
  // the responsibility for al-Saadi's safety.
  const bool name_slot = i > 0 && (c.Has(i - 1, kReporting | kComma | kParenOpen) ||
                                   (c.Has(i - 1, kPrefixParticle) && !c.Has(i - 1, kTheophoric)));
  if ((in.flags & kGiven) && !after_title && i + 1 < c.sent_end[i] && c.owner[i + 1] >= 0 &&
      !t_.stop_words.contains(c.tok(i).key) && !bi_word && name_slot) {
    const Cand& next = c.cands[c.owner[i + 1]];
    if (next.type == EntityType::kPerson && next.source == MentionSource::kKb && next.tb == i + 1 &&
        next.te == i + 2 && c.info[i + 1].stripped == 0) {
      return true;
    }
  }
  // "ناصر محمود الشيخ": a common given name before a chain of names of three
  // words or more.
  if ((in.flags & kGiven) && !after_title && i + 1 < c.sent_end[i] && c.Has(i + 1, kGiven) &&
      !c.Has(i + 1, kGivenCommon) && c.info[i + 1].stripped == 0 &&
      NameEnd(c, i, c.sent_end[i], false) >= i + 3) {
    return true;
  }
  if (!after_title) return false;
  if (in.flags & kGiven) return true;
  if (in.flags & kDefinite) return false;
  if (TitleAt(c, i, c.sent_end[i], &cls) > 0) return false;
  // After a title an unknown word is a name: "المشير حفتر", "السفير نورلاند";
  // but not a noun with a possessive pronoun the word list lacks in that form
  // ("كبير مفاوضيها", its chief negotiator; "بنظرائه", with his counterparts):
  // given names ending so (مها، سها) are in the given-name table.
  if (HasPossessiveEnding(in.word)) return false;
  // "رئيس الجمهورية، أقرت", "رئيس الوزراء اتخذت": the predicate after a
  // title that names no one. (Given names ending so, عزت or مدحت, are above.)
  if (PerfectFeminine(in.word)) return false;
  return !(in.flags & kLexicon) || !lexicon_;
}

// Whether `word` reads as a verb in the perfect with the feminine ت on a
// stem the lexicon knows: "أقرت", "اتخذت", "انقسمت".
bool EntityAnnotator::PerfectFeminine(std::string_view word) const {
  return lexicon_ && word.ends_with("\xD8\xAA") && Letters(word) >= 4 &&
         lexicon_->Contains(word.substr(0, word.size() - 2));
}

// Whether the word at k may be the family name after a common given name
// with no title before it: no word the lexicon knows (with or without the
// article: "دوابشة", "الجمري"), no clitic, verb, title or function word.
bool EntityAnnotator::UnknownFamilyName(const Ctx& c, uint32_t k) const {
  const TokInfo& in = c.info[k];
  if (c.tok(k).kind != TokenKind::kWord || in.stripped > 0 || in.facts.tanwin ||
      in.facts.function_word || in.facts.title_node >= 0 || Letters(in.word) < 3 ||
      (in.flags & (kClitic | kStop | kPunct | kHead | kGentilic | kReporting | kNumber | kModifier |
                   kComplementNoun | kVerbLike | kGiven | kPrefixParticle | kSuffixParticle |
                   kIdiom | kMetonymyVerb | kDirection | kDemonstrative))) {
    return false;
  }
  if (HasPossessiveEnding(in.word) || PerfectFeminine(in.word)) return false;
  // "وفدا" (a delegation, accusative): the alef of an unwritten tanwin on a
  // known noun.
  if (in.word.ends_with("\xD8\xA7") && lexicon_->Contains(in.word.substr(0, in.word.size() - 2))) {
    return false;
  }
  if (!(in.flags & kDefinite)) return !(in.flags & kLexicon) && !in.facts.key_known;
  // A family name with the article is mostly a word too ("الجمري", of
  // embers; "المخزوم"), and "علي" may be "على" (on) written with ي: the
  // sentence must treat the pair as a person. A reporting verb before it, or
  // after it an office in apposition or a reporting verb: "وقال صالح
  // المخزوم نائب رئيس ...". ("الذي" after it is no sign: "أسباب نجاح
  // التحدي التي", the reasons for the challenge's success.)
  const uint32_t end = c.sent_end[k];
  const uint32_t i = k - 1;
  // The verb in the perfect, opening its clause ("وقال", "وأكد"); an
  // imperfect after ل takes an object ("لتؤكد نجاح البرنامج", to confirm
  // the programme's success).
  if (i > 0 && c.Has(i - 1, kReporting) && !c.Has(i - 1, kVerbLike) &&
      !c.tok(i - 1).key.starts_with("\xD9\x84")) {
    return true;
  }
  uint32_t j = k + 1;
  if (j >= end) return false;
  // "عيد الفطر وقال": a reporting verb after it with و opens another clause.
  if (c.Has(j, kReporting) && c.info[j].stripped == 0) return true;
  // "وقال المواطن سعيد الغامدي إن ...": the subject of a reporting verb a
  // few words back, before the particle of its complement (إن/أن, one key).
  if (c.tok(j).key == kAn && i > 0 && !c.Has(i - 1, kStop)) {
    for (uint32_t b = i; b > 0 && b + 3 > i; --b) {
      if (c.Has(b - 1, kReporting)) return true;
      if (c.Has(b - 1, kPunct)) break;
    }
  }
  if (c.Has(j, kComma)) ++j;
  TitleClass cls;
  return j < end && TitleAt(c, j, end, &cls) > 0 && cls == TitleClass::kOffice;
}

// Whether `word` is a word of kinship (data/ner/kinship.tsv), maybe
// with a possessive pronoun: "عم", "أخاه" (his brother), "زوجته" (his wife).
bool EntityAnnotator::IsKin(std::string_view word) const {
  auto kin = [&](std::string_view w) { return t_.kinship.contains(w); };
  if (kin(word)) return true;
  for (std::string_view pronoun :
       {std::string_view("\xD9\x87\xD9\x85\xD8\xA7"), std::string_view("\xD9\x87\xD9\x85"),
        std::string_view("\xD9\x87\xD8\xA7"), std::string_view("\xD9\x87")}) {  // هما هم ها ه
    if (!word.ends_with(pronoun)) continue;
    const std::string_view stem = word.substr(0, word.size() - pronoun.size());
    if (Letters(stem) < 2) continue;
    if (kin(stem)) return true;
    // "زوجته": the ta marbuta (folded ه) is written ت before the pronoun.
    if (stem.ends_with("\xD8\xAA")) {
      std::string folded(stem.substr(0, stem.size() - 2));
      folded += "\xD9\x87";
      if (kin(folded)) return true;
    }
  }
  return false;
}

// Whether the particle at i ("أبو", "بن", "عبد") joins the word after it:
// a given name or an unknown word ("أبو بكر", "ولد مرزوك"), or for "عبد" any
// word with the article ("عبد الحميد"); "ابن العم" (the cousin) is no name.
bool EntityAnnotator::ParticleTakes(const Ctx& c, uint32_t i) const {
  uint32_t k = i + 1;
  if (k >= c.sent_end[i] || c.tok(k).kind != TokenKind::kWord || c.info[k].stripped > 0) {
    return false;
  }
  const uint32_t f = c.info[k].flags;
  if (f & (kStop | kPunct | kReporting | kHead | kGentilic)) return false;
  if (IsKin(c.info[k].word)) return false;  // "ابن عم" (a cousin)
  if (f & kGiven) return true;
  if ((c.info[i].flags & kTheophoric) && (f & kDefinite)) return true;
  // "أبو الوليد", "أبو الحسن", "أبو القاسم": a given name with the article.
  if ((f & kDefinite) && t_.given_names.contains(DropAl(c.info[k].word))) return true;
  // "آل الشيخ", "آل الرشيد": the family particle آل (keyed like the article)
  // takes any word with the article.
  if (c.info[i].word == kAl && (f & kDefinite)) return true;
  // An indefinite word is a name after a particle ("ولد مرزوك"); a common
  // word with the article is not ("ابن العم", the cousin).
  return !(f & kDefinite) || (!(f & kLexicon) && lexicon_ != nullptr);
}

// Length of the rank with the article at j when a name follows it ("العميد
// عبده الحذيفي"), else 0.
uint32_t EntityAnnotator::RankBeforeName(const Ctx& c, uint32_t j, uint32_t end) const {
  // "للفريق" (for the team) is a genitive, no rank of the holder.
  if (j >= end || !c.Has(j, kDefinite) || c.info[j].facts.title_node < 0 || HasProclitic(c, j)) {
    return 0;
  }
  TitleClass cls;
  const int tl = TitleAt(c, j, end, &cls);
  if (tl <= 0 || cls != TitleClass::kRank) return 0;
  const uint32_t k = j + static_cast<uint32_t>(tl);
  if (k >= end) return 0;
  const int32_t o = c.owner[k];
  if (o >= 0) return c.cands[o].tb == k && c.cands[o].type == EntityType::kPerson ? tl : 0;
  return NameStart(c, k, true) && NameEnd(c, k, end, true) > k + 1 ? static_cast<uint32_t>(tl) : 0;
}

// Whether the word at j, second of a name after a title or a foreign given
// name and ending it, is a family name that only looks like a proclitic on a
// word: "الوزير بدر باسلمة" (not ب + "أسلمة"), "السفير جوناثان وينر". A
// possessive pronoun ("بدوره", in his turn) or the article ("بالأمس") says it
// is a word after all.
bool EntityAnnotator::ClitickySurname(const Ctx& c, uint32_t j, uint32_t end) const {
  const TokInfo& in = c.info[j];
  const std::string_view key = c.tok(j).key;
  // Read as a proclitic + a word: stripped, or known only once stripped.
  const bool clitic = in.stripped == 1 || (in.stripped == 0 && (in.flags & kClitic));
  if (!clitic || c.tok(j).kind != TokenKind::kWord || in.facts.function_word || Letters(key) < 4 ||
      (in.flags & (kDefinite | kGiven | kStop | kHead | kGentilic | kReporting | kPrefixParticle |
                   kModifier | kComplementNoun))) {
    return false;
  }
  if (!key.starts_with("\xD9\x88") && !key.starts_with("\xD8\xA8") &&
      !key.starts_with("\xD9\x83") && !key.starts_with("\xD9\x84")) {
    return false;
  }
  const std::string_view surface = c.doc.Slice(c.tok(j).span);
  if (surface.ends_with("\xD9\x87") || surface.ends_with("\xD9\x87\xD8\xA7") ||
      surface.ends_with("\xD9\x87\xD9\x85") || surface.ends_with("\xD9\x86\xD8\xA7")) {
    return false;  // ه ها هم نا
  }
  return j + 1 >= end || c.Has(j + 1, kPunct | kStop | kReporting);
}

// Whether the word at j, second of a name after a title or a foreign given
// name and ending it, is a family name that opens with ف: "وزير الدفاع مارك
// فالون" is not ف + "الون". ف before a noun with the article is common prose
// ("فالحكومة", so the government), so the rest must be no word of three
// letters or more, with or without its article.
bool EntityAnnotator::FaSurname(const Ctx& c, uint32_t j, uint32_t end) const {
  const TokInfo& in = c.info[j];
  const std::string_view key = c.tok(j).key;
  if (!lexicon_ || in.stripped > 1 || c.tok(j).kind != TokenKind::kWord ||
      !key.starts_with("\xD9\x81") || Letters(key) < 4 || in.facts.function_word ||
      in.facts.tanwin || in.facts.title_node >= 0 ||
      (in.flags & (kGiven | kStop | kHead | kGentilic | kReporting | kPrefixParticle | kModifier |
                   kComplementNoun | kVerbLike)) ||
      lexicon_->Contains(key) || HasPossessiveEnding(key)) {
    return false;
  }
  // The word after ف, and after its article if it has one ("فالون": "الون",
  // "ون"; "فالحكومة": "الحكومة", "حكومة").
  const std::string_view after_fa = key.substr(2);
  const std::string_view rest = DropAl(after_fa);
  // A rest of two letters ("ون") is no noun the article could stand on.
  if (Letters(rest) >= 3 &&
      (lexicon_->Contains(after_fa) || lexicon_->Contains(rest) || KnownArabic(rest))) {
    return false;
  }
  return j + 1 >= end || c.Has(j + 1, kPunct | kStop | kReporting);
}

// End of a personal name starting at i.
uint32_t EntityAnnotator::NameEnd(const Ctx& c, uint32_t i, uint32_t end, bool after_title) const {
  uint32_t j = i;
  auto stops = [&](uint32_t k) {
    const TokInfo& in = c.info[k];
    if (c.tok(k).kind != TokenKind::kWord) return true;
    if (in.flags & (kPunct | kStop | kReporting | kModifier | kGentilic | kNumber | kHead |
                    kComplementNoun | kMetonymyVerb)) {
      return true;
    }
    TitleClass cls;
    if (TitleAt(c, k, end, &cls) == 0) return false;
    // "النقيب محمد أمين إسماعيل الحبشي": a given name that is also a title
    // ("أمين", secretary), inside a name and before another given name, is
    // the father's name.
    return !(k > i && (in.flags & kGiven) && k + 1 < end && c.Has(k + 1, kGiven) &&
             c.info[k + 1].stripped == 0 && !TitleBeforeComplement(c, k));
  };
  bool family = false;  // a family name was taken: a given name after it starts another name
  bool unknown_family = false;  // ... an unknown word without the article ("دوابشة")
  // A foreign first name takes no Arabic word with the article: "جيف كوفلين
  // العالم" is Jeff Coughlin, the scientist.
  const bool foreign = (c.info[i].flags & kGivenForeign) != 0;
  // Long chains of descent run to seven words: "فيصل بن بندر بن عبد العزيز ...".
  while (j < end && j < i + 7) {
    const TokInfo& in = c.info[j];
    if (family && (in.flags & (kGiven | kPrefixParticle))) break;
    if (j > i && c.owner[j] >= 0) {
      // A one-word knowledge-base surname after a given name belongs to a new
      // person ("صدام حفتر"); longer names stay the knowledge base's.
      const Cand& o = c.cands[c.owner[j]];
      if (o.type == EntityType::kPerson && o.tb == j && o.te == j + 1 &&
          o.source == MentionSource::kKb && in.stripped == 0) {
        ++j;
        family = true;
        continue;
      }
      // "العميد محمد الشدادي": a one-word place of nisba shape right after a
      // given name is the family name taken from it; a place does not follow
      // a bare given name in a sentence ("زار الأمير فيصل الرياض" has no ي).
      if (o.type == EntityType::kLocation && o.tb == j && o.te == j + 1 && j == i + 1 &&
          (c.info[i].flags & kGiven) && in.stripped == 0 &&
          (in.flags & (kDefinite | kNisba)) == (kDefinite | kNisba) && !(in.flags & kGentilic)) {
        ++j;
        family = true;
        continue;
      }
      break;
    }
    // "و" starts another name; "بالمدينة" after a name is a place. But an
    // unknown word read as ب/ك/ل + a name is a surname of its own: "مايكل
    // كاريك" is not ك + "اريك", "علي لاريجاني" not ل + "اريجاني".
    const std::string_view key = c.tok(j).key;
    // So is, after a title or a foreign given name, a و-initial unknown word
    // whose rest is no known word or name either: "جوناثان وينر" is not
    // و + "ينر"; "محمد وعلي" stays two names.
    // "جوناثان وينر": after a foreign given name, و + a three-letter word
    // ("ينر") is seldom "and" + a verb; the whole word is the surname.
    const bool short_rest = foreign && j == i + 1 && key.starts_with("\xD9\x88") &&
                            Letters(key) == 4 && lexicon_ && !lexicon_->Contains(key);
    const bool own_surname = (in.stripped == 1 && !in.facts.key_known && !in.facts.function_word &&
                              Letters(in.word) >= 3 && !(in.flags & (kStop | kDefinite)) &&
                              (key.starts_with("\xD8\xA8") || key.starts_with("\xD9\x83") ||
                               key.starts_with("\xD9\x84"))) ||
                             (j == i + 1 && (foreign || after_title) &&
                              (in.stripped == 1 || (in.stripped == 0 && (in.flags & kClitic))) &&
                              key.starts_with("\xD9\x88") && (!in.facts.key_known || short_rest) &&
                              !in.facts.function_word && Letters(in.word) >= 3 && lexicon_ &&
                              !(in.flags & (kStop | kDefinite | kGiven | kHead | kGentilic |
                                            kReporting | kPrefixParticle)) &&
                              (!(in.flags & kLexicon) || short_rest) && in.facts.title_node < 0);
    if (j > i && (in.stripped > 0 || (in.flags & kClitic)) && !own_surname &&
        !(j == i + 1 && (after_title || foreign) &&
          (ClitickySurname(c, j, end) || FaSurname(c, j, end)))) {
      break;
    }
    if (in.flags & (kPrefixParticle | kForeignParticle)) {
      // "خالد بن سلطان": a given name after the particle, even one that is also
      // a title, continues the chain.
      // "آل الشيخ": the family particle takes even a title with the article.
      if (j + 1 >= end || !ParticleTakes(c, j) ||
          (stops(j + 1) && !c.Has(j + 1, kGiven) && c.info[j].word != kAl)) {
        break;
      }
      j += 2;
      continue;
    }
    if (j > i && (in.flags & kSuffixParticle)) {
      ++j;
      continue;
    }
    if (j == i) {
      ++j;
      continue;
    }
    // "محمود الديري": a gentilic right after a given name, ending the name,
    // is the family name (a nisba) rather than an adjective.
    // After a chain of two given names or more ("محمد أمين إسماعيل الحبشي")
    // it is, whatever follows: a gentilic does not describe such a chain.
    // So after a kunya ("أبو الوليد السيناوي").
    if (j > i && !family &&
        ((c.info[j - 1].flags & kGiven) || (j >= i + 2 && c.Has(j - 2, kPrefixParticle))) &&
        (in.flags & kGentilic) && (in.flags & kDefinite) && in.stripped == 0) {
      TitleClass next_cls;
      if (j >= i + 2 || j + 1 >= end || c.Has(j + 1, kPunct | kStop | kReporting) ||
          c.owner[j + 1] >= 0 ||
          (TitleAt(c, j + 1, end, &next_cls) > 0 && next_cls == TitleClass::kOffice)) {
        return j + 1;
      }
    }
    // "قال عبداللطيف السيد إن": an honorific with the article right after a
    // given name, ending the name, is the family name ("السيد", "الشيخ").
    // After two given names or more ("ناصر محمود الشيخ كادعاء شخصي") it is,
    // unless another name follows it as its title.
    const bool after_chain = j >= i + 2 && !family && (c.info[j - 1].flags & kGiven) &&
                             (j + 1 >= end || !c.Has(j + 1, kGiven | kPrefixParticle));
    if (((j == i + 1 && ((c.info[i].flags & kGiven) || after_title)) || after_chain) &&
        (in.flags & kDefinite) && in.stripped == 0 &&
        (after_chain || j + 1 >= end || c.Has(j + 1, kPunct | kStop | kReporting))) {
      TitleClass cls;
      // So is a profession ("المهندس محمد المخرج،", the director).
      if (TitleAt(c, j, end, &cls) == 1 &&
          (cls == TitleClass::kHonorific || cls == TitleClass::kProfession)) {
        return j + 1;
      }
    }
    if (stops(j)) break;
    // "قتل سليمان أخاه" (Suleiman killed his brother).
    if (j > i && IsKin(in.word)) break;
    // "يتذكر علي عمران جيدا" (remembers well): the alef of an unwritten
    // tanwin on a known word ends the name.
    if (j > i && lexicon_ && !(in.flags & (kGiven | kDefinite)) && in.stripped == 0 &&
        in.word.ends_with("\xD8\xA7") && Letters(in.word) >= 4 &&
        lexicon_->Contains(in.word.substr(0, in.word.size() - 2))) {
      break;
    }
    // "فهد يشغل", "متعب نوعًا" (a foreign name's surname may look like a verb).
    if (j > i && (((in.flags & kVerbLike) && !foreign) || in.facts.tanwin)) break;
    if (in.flags & kGiven) {
      ++j;
      continue;
    }
    if (foreign && (in.flags & kDefinite) && !c.tok(j).has_value) break;  // "هنري الثالث"
    // "رضا المستفيدين": a known plural with the article is no family name.
    // (Six letters at least: "الحسين", "الياسين" are names.)
    if ((in.flags & (kDefinite | kLexicon)) == (kDefinite | kLexicon) && Letters(in.word) >= 8 &&
        (in.word.ends_with("\xD9\x8A\xD9\x86") || in.word.ends_with("\xD9\x88\xD9\x86") ||
         in.word.ends_with("\xD8\xA7\xD8\xAA"))) {
      break;
    }
    if (in.flags & kDefinite) {
      // "علي دوابشة البالغ من العمر": after an unknown family name without
      // the article, a known word with it (no nisba) describes the person.
      if (unknown_family && (in.flags & kLexicon) && !(in.flags & kNisba)) break;
      // "التميمي" is a family name; "الليبي" (a gentilic) was stopped above.
      ++j;
      family = true;
      continue;
    }
    // An indefinite word: a family name unless it is an ordinary word; the
    // second word of a name may be one ("علي مملوك", "غسان سلامة").
    if ((in.flags & kLexicon) && j > i + 1) break;
    if ((in.flags & kNisba) && (in.flags & kLexicon) && j > i + 1) break;
    unknown_family = unknown_family || !(in.flags & kLexicon);
    ++j;
    family = true;
  }
  return j;
}

// When the one-word knowledge-base person at n is only the first word of
// another person's name, replaces it with that name and returns its index,
// else -1. "اللواء هادي رزيج": هادي is an alias of a president, and a given
// name; an unknown word after it makes a new name. So does a second one-word
// alias ("العقيد سليماني مايغا": two surnames of two known people are one
// colonel's name), or a chain of given names with a family name ("ناصر
// محمود الشيخ"). Without a title only a given name opens such a name.
int32_t EntityAnnotator::NameOverKbAlias(Ctx& c, uint32_t n, uint32_t end, bool after_title) const {
  const int32_t o = n < end ? c.owner[n] : -1;
  if (o < 0 || n + 1 >= end) return -1;
  const Cand& first = c.cands[o];
  if (first.source != MentionSource::kKb || first.type != EntityType::kPerson || first.tb != n ||
      first.te != n + 1 || first.stripped != 0 || c.info[n].stripped != 0 ||
      c.tok(n).key.starts_with("\xD9\x84\xD9\x84") ||  // "للقذافي": ل + the name
      (!after_title && !c.Has(n, kGiven))) {
    return -1;
  }
  const uint32_t k = n + 1;
  const int32_t ko = c.owner[k];
  bool second = false;
  if (ko < 0) {
    // "ناصر محمود الشيخ": a given name that is a known alias, before another
    // given name, opens a chain of names.
    second = (!c.Has(k, kDefinite) && UnknownFamilyName(c, k)) ||
             (c.Has(n, kGiven) && c.Has(k, kGiven) && !c.Has(k, kGivenCommon) &&
              c.info[k].stripped == 0 && NameEnd(c, n, end, true) > k + 1);
  } else {
    const Cand& next = c.cands[ko];
    second = next.source == MentionSource::kKb && next.type == EntityType::kPerson &&
             next.tb == k && next.te == k + 1 && next.kb != first.kb && c.info[k].stripped == 0;
  }
  if (!second) return -1;
  const uint32_t ne = std::max(NameEnd(c, n, end, true), k + 1);
  Cand cand;
  cand.tb = n;
  cand.te = ne;
  cand.type = EntityType::kPerson;
  for (uint32_t t = n; t < ne; ++t) {
    if (c.owner[t] >= 0) c.cands[c.owner[t]].dead = true;
    c.owner[t] = -1;
  }
  return c.Add(std::move(cand));
}

void EntityAnnotator::FindTitles(Ctx& c) const {
  const auto& tokens = c.doc.tokens;
  // One-word organisation and place names found so far: after a title they
  // are its complement ("مراسل لوموند"), not a person.
  std::map<std::string, EntityType, std::less<>> known;
  for (const Cand& cand : c.cands) {
    if (!cand.dead && cand.te == cand.tb + 1 && cand.type != EntityType::kPerson) {
      known.emplace(std::string(DropAl(c.info[cand.tb].word)), cand.type);
    }
  }
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    const uint32_t end = c.sent_end[i];
    TitleClass cls;
    int tl = TitleAt(c, i, end, &cls);
    if (tl == 0) continue;
    // "اللواء 128" is a brigade.
    if (c.Has(i + tl, kNumber)) continue;
    // "سلطان بن محمد", "سلطان يحيى": a given name that is also a title, before
    // another name or a particle of descent, is a name.
    if (tl == 1 && (c.info[i].flags & (kGiven | kDefinite)) == kGiven &&
        c.Has(i + 1, kGiven | kPrefixParticle)) {
      continue;
    }
    // "الأمير سلطان بن ...": a title word that is the name just found; the
    // title opening a known name is still the person's role.
    if (c.owner[i] >= 0 && c.cands[c.owner[i]].type == EntityType::kPerson) {
      const Cand& p = c.cands[c.owner[i]];
      // (With the article only: "عماد الدين" is a given name, no rank.)
      if (p.tb == i && p.te > i + static_cast<uint32_t>(tl) && !p.nested &&
          (c.info[i].flags & (kDefinite | kGiven)) == kDefinite) {
        RoleCand role;
        role.tb = role.eb = i;
        role.te = i + static_cast<uint32_t>(tl);
        role.ee = p.te;
        role.stripped = c.info[i].facts.title_key_node >= 0 ? 0 : c.info[i].stripped;
        role.person = c.owner[i];
        c.roles.push_back(role);
        i = p.te - 1;
      }
      continue;
    }
    // "هذا الفريق" is this team, not the general; "مستشفى الملك فهد" a hospital.
    if (i > 0 && (c.Has(i - 1, kDemonstrative) || Eponymous(c, i))) continue;
    uint32_t j = i + tl;
    // A title inside an organisation's name ("نظام الرئيس السوري بشار الأسد")
    // reads on within it: the organisation's tokens count as free.
    const int32_t container = c.owner[i] >= 0 && c.cands[c.owner[i]].tb < i &&
                                      c.cands[c.owner[i]].type == EntityType::kOrganization
                                  ? c.owner[i]
                                  : -1;
    auto owner = [&](uint32_t k) {
      const int32_t o = c.owner[k];
      return o == container ? -1 : o;
    };
    // The title's complement and modifiers: "وزير الدفاع الروسي", "الخبير
    // الليبي في معهد ...", "الرئيس السابق لبعثة الأمم المتحدة في ليبيا".
    while (j < end) {
      const TokInfo& in = c.info[j];
      int32_t o = owner(j);
      if (o >= 0 && c.cands[o].tb == j && c.cands[o].type != EntityType::kPerson) {
        j = c.cands[o].te;
        continue;
      }
      // "مدير مكتب خليفة حفتر خيري التميمي": a person in the genitive of an
      // office noun, when another name follows, belongs to the title.
      if (o >= 0 && c.cands[o].tb == j && j > i && c.Has(j - 1, kComplementNoun)) {
        uint32_t after = c.cands[o].te;
        int32_t ao = after < end ? owner(after) : -1;
        if ((ao >= 0 && c.cands[ao].type == EntityType::kPerson) ||
            (ao < 0 && after < end && NameStart(c, after, false))) {
          j = after;
          continue;
        }
      }
      if (o >= 0) break;
      // "ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع": after a
      // complete phrase (its last word definite) another title is another
      // post of the same holder, a role of its own (see ChainRoles).
      if (StartsChainedTitle(c, j, end)) break;
      // "الرئيس المصري والأمير ...": "و" + a title is another person's.
      TitleClass other;
      if (c.tok(j).key.starts_with("\xD9\x88") && HasProclitic(c, j) &&
          TitleAt(c, j, end, &other) > 0) {
        break;
      }
      if (in.flags & (kModifier | kGentilic)) {
        ++j;
        continue;
      }
      // Offices chain: "نائب وزير الدفاع", "مساعد المدير العام".
      TitleClass inner;
      if (j > i && in.facts.title_raw_node >= 0 && !(in.flags & kGiven) &&
          TitleAt(c, j, end, &inner) > 0 && inner == TitleClass::kOffice &&
          (cls == TitleClass::kOffice)) {
        j += TitleAt(c, j, end, &inner);
        continue;
      }
      if (auto it = known.find(DropAl(in.word)); it != known.end() && in.stripped == 0) {
        Cand copy;
        copy.tb = j;
        copy.te = j + 1;
        copy.type = it->second;
        c.Add(std::move(copy));
        ++j;
        continue;
      }
      if (cls == TitleClass::kOffice || cls == TitleClass::kProfession) {
        if ((in.flags & kDefinite) && !(in.flags & (kStop | kReporting))) {
          if (NameStart(c, j, true) && (in.flags & kGiven)) break;
          // "وزير الداخلية اليمني العميد عبده الحذيفي": the holder's rank
          // before his name is a title of its own, not the office's complement.
          // After a noun that awaits its genitive the rank word is that
          // genitive: "مدير الفريق فؤاد" is the team's manager.
          if (c.Has(j - 1, kDefinite | kGentilic) && RankBeforeName(c, j, end) > 0) break;
          ++j;
          continue;
        }
        if ((in.flags & kComplementNoun) && in.stripped == 0) {
          ++j;
          continue;
        }
        // "في"/"لـ" + organisation or place: "المحلل في المجلس الأطلسي".
        if ((in.word == kFi || (in.stripped > 0 && !c.tok(j).key.starts_with("\xD9\x88"))) &&
            j + 1 <= end) {
          uint32_t k = in.word == kFi ? j + 1 : j;
          int32_t ko = k < end ? owner(k) : -1;
          if (ko >= 0 && c.cands[ko].tb == k && c.cands[ko].type != EntityType::kPerson) {
            j = c.cands[ko].te;
            continue;
          }
        }
        // "باسم" + organisation: "المتحدث باسم الجيش".
        if (c.tok(j).key == "\xD8\xA8\xD8\xA7\xD8\xB3\xD9\x85" && j + 1 < end) {
          ++j;
          continue;
        }
        if (const uint32_t x = ExtendsTitle(c, i, j, end); x > j) {
          j = x;
          continue;
        }
      }
      break;
    }
    uint32_t title_end = j;
    while (title_end > i + static_cast<uint32_t>(tl) && c.Has(title_end - 1, kPunct | kStop))
      --title_end;
    uint32_t n = j;
    // "المتحدثة باسم البعثة “مينوسما”، راضية عاشوري": the body's quoted
    // short name between the title and the comma before the holder's name.
    if (n + 2 < end && c.Has(n, kQuote)) {
      uint32_t q = n + 1;
      while (q < end && q < n + 6 && !c.Has(q, kQuote)) ++q;
      if (q > n + 1 && q + 1 < end && c.Has(q, kQuote) && c.Has(q + 1, kComma)) n = q + 1;
    }
    if (n < end && c.Has(n, kComma)) ++n;
    // "وزير الخارجية السعودي، وخالد العيسى", "الرئيس المصري والأمير محمد":
    // "و" adds another person (still a name); the title has no holder here.
    const bool conjoined =
        n < end && c.tok(n).key.starts_with("\xD9\x88") &&
        (c.info[n].stripped > 0 ||
         (c.owner[n] >= 0 && c.cands[c.owner[n]].tb == n && c.cands[c.owner[n]].stripped > 0));
    // The rank between an office and its holder's name: the office is his too.
    if (cls != TitleClass::kRank) n += RankBeforeName(c, n, end);
    // "وزير خارجية الأسد، وليد المعلم" (Assad's foreign minister, Walid
    // al-Muallem): an office in the construct state whose genitive is a
    // person, then a name in apposition. The genitive belongs to the title;
    // the apposed name holds it.
    if (cls == TitleClass::kOffice && n == j && j < end && !c.Has(j - 1, kDefinite)) {
      const int32_t g = owner(j);
      if (g >= 0 && c.cands[g].tb == j && c.cands[g].type == EntityType::kPerson &&
          c.cands[g].te + 1 < end && c.Has(c.cands[g].te, kComma)) {
        const uint32_t a = c.cands[g].te + 1;
        const int32_t ao = owner(a);
        if ((ao >= 0 && c.cands[ao].tb == a && c.cands[ao].type == EntityType::kPerson) ||
            (ao < 0 && NameStart(c, a, true) && NameEnd(c, a, end, true) > a + 1)) {
          title_end = j = c.cands[g].te;
          n = a;
        }
      }
    }
    RoleCand role;
    role.tb = i;
    role.te = title_end;
    role.stripped = c.info[i].facts.title_key_node >= 0 ? 0 : c.info[i].stripped;
    role.eb = i;
    // The person: a candidate already there, or a name after the title.
    const bool inside = n < end && container >= 0 && c.owner[n] == container;
    int32_t o = n < end ? owner(n) : -1;
    if (inside || (o >= 0 && !(c.cands[o].tb == n && c.cands[o].type == EntityType::kPerson))) {
      // A person nested in an organisation: "قوات العقيد خليفة حفتر".
      for (size_t k = 0; k < c.cands.size(); ++k) {
        if (!c.cands[k].dead && c.cands[k].nested && c.cands[k].tb == n &&
            c.cands[k].type == EntityType::kPerson) {
          o = static_cast<int32_t>(k);
        }
      }
    }
    if (o >= 0 && c.cands[o].tb == n && c.cands[o].type == EntityType::kPerson) {
      if (const int32_t renamed = NameOverKbAlias(c, n, end, true); renamed >= 0) o = renamed;
      role.person = o;
      role.ee = c.cands[o].te;
    } else if (n < end && c.Free(n) && NameStart(c, n, true) && !AwaitsName(c, i, title_end) &&
               !c.info[n].facts.tanwin && !AccusativeOfKnown(c.info[n].word) &&
               c.tok(n).enclitic_bytes < 4) {  // "كبير محققينا": a pronoun نا/هم/ها, no name
      uint32_t ne = NameEnd(c, n, end, true);
      if (ne > n) {
        // A bare common given name after a rank is still a name ("اللواء صدام").
        Cand cand;
        cand.tb = n;
        cand.te = ne;
        cand.stripped = c.info[n].stripped;
        cand.type = EntityType::kPerson;
        for (uint32_t k = n; k < ne; ++k) {
          if (c.owner[k] >= 0) c.cands[c.owner[k]].dead = true;
          c.owner[k] = -1;
        }
        role.person = c.Add(std::move(cand));
        role.ee = ne;
      }
    }
    if (conjoined) role.person = -1;
    if (role.person < 0) {
      // Title without a name: a possible reference, resolved in Corefer.
      role.ee = title_end;
    }
    c.roles.push_back(role);
    i = std::max<uint32_t>(i, title_end > 0 ? title_end - 1 : 0);
  }
}

void EntityAnnotator::FindNames(Ctx& c) const {
  const auto& tokens = c.doc.tokens;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    if (!c.Free(i)) {
      if (const int32_t renamed = NameOverKbAlias(c, i, c.sent_end[i], false); renamed >= 0) {
        i = c.cands[renamed].te - 1;
      }
      continue;
    }
    const uint32_t end = c.sent_end[i];
    const TokInfo& in = c.info[i];
    if (!NameStart(c, i, false)) {
      // Subject of a reporting verb: "وقال بويصير إن".
      TitleClass cls;
      // A foreign name of two or three words too: "وقال جوناثان وينر، سفير ...".
      auto unknown = [&](uint32_t k) {
        const TokInfo& w = c.info[k];
        if (!c.Free(k) || c.tok(k).kind != TokenKind::kWord ||
            (w.flags & (kLexicon | kStop | kPunct | kDefinite | kHead | kGentilic))) {
          return false;
        }
        if (k == i) return true;
        // Later words: no clitic, unless a و that is part of the name ("وينر").
        return !(w.flags & (kReporting | kNumber | kClitic | kPrefixParticle | kGiven)) &&
               !w.facts.tanwin && !w.facts.function_word &&
               (w.stripped == 0 ||
                (w.stripped == 1 && c.tok(k).key.starts_with("\xD9\x88") && !w.facts.key_known));
      };
      uint32_t e = i;
      if (lexicon_ && i > 0 && c.Has(i - 1, kReporting)) {
        while (e < end && e < i + 3 && unknown(e)) ++e;
      }
      // The name ends before a stop, or before an office in apposition:
      // "وذكر بريت مكجيرك نائب المبعوث الرئاسي".
      TitleClass next_cls;
      const bool apposed = e > i + 1 && e < end && TitleAt(c, e, end, &next_cls) > 0 &&
                           next_cls == TitleClass::kOffice;
      if (e > i && (e >= end || c.Has(e, kPunct | kStop | kReporting) || apposed) &&
          TitleAt(c, i, end, &cls) == 0) {  // "قال أمين عام الحزب"
        Cand cand;
        cand.tb = i;
        cand.te = e;
        cand.stripped = in.stripped;
        cand.type = EntityType::kPerson;
        c.Add(std::move(cand));
        continue;
      }
      // Foreign-shaped word after a preposition of place: "غادرت نوفوروسيسك".
      if ((in.flags & kForeignShape) && i > 0 && in.stripped == 0) {
        std::string_view prev = c.info[i - 1].word;
        bool place =
            prev == kFi || prev == "\xD9\x85\xD9\x86" /* من */ ||
            prev == "\xD8\xA7\xD9\x84\xD9\x8A" /* الي */ || (c.info[i - 1].flags & kMetonymyVerb) ||
            c.doc.Slice(c.tok(i - 1).span).starts_with("\xD8\xBA\xD8\xA7\xD8\xAF\xD8\xB1");  // غادر
        if (place) {
          Cand cand;
          cand.tb = i;
          cand.te = i + 1;
          cand.type = EntityType::kLocation;
          c.Add(std::move(cand));
        }
      }
      continue;
    }
    if (Eponymous(c, i)) {
      i = std::max(i, NameEnd(c, i, end, false) - 1);  // the whole name names the place
      continue;
    }
    // "محمد بن سلمان بن عبد العزيز", "سلمان بن عبد العزيز آل سعود": a chain
    // of descent after a person's name continues that name.
    // But "سليمان الأسد ابن هلال الأسد": "ابن" (with its alef) after a name
    // that has its family name already is an apposition: the son of another
    // person, named after it.
    const bool apposed_son = i > 0 && c.owner[i - 1] >= 0 && in.word == kIbn &&
                             c.cands[c.owner[i - 1]].te - c.cands[c.owner[i - 1]].tb >= 2 &&
                             c.Has(i - 1, kDefinite);
    if (apposed_son) continue;
    if ((in.flags & kPrefixParticle) && !(in.flags & kTheophoric) && in.stripped == 0 && i > 0 &&
        c.owner[i - 1] >= 0 && c.cands[c.owner[i - 1]].te == i && !apposed_son &&
        c.cands[c.owner[i - 1]].type == EntityType::kPerson) {
      const uint32_t j = NameEnd(c, i, end, false);
      if (j > i + 1) {
        const int32_t person = c.owner[i - 1];
        c.cands[person].te = j;
        for (uint32_t k = i; k < j; ++k) c.owner[k] = person;
        i = j - 1;
      }
      continue;
    }
    // "مليون نسمة": a word after a count is the counted noun.
    if (i > 0 && c.tok(i - 1).has_value) continue;
    uint32_t j = NameEnd(c, i, end, false);
    // A given name alone is not enough, except before an apposition or a
    // reporting verb's complement; common given names need a family name
    // that is not an ordinary word.
    if (j - i < 2) continue;
    if ((in.flags & kPrefixParticle) && j - i < 2) continue;
    // "بن عبدالعزيز", "آل سعود": a link of a chain of descent or a dynasty,
    // alone, names no one in particular ("ابن سلمان", with its alef, is how
    // the press calls a man by his father).
    if ((in.flags & kPrefixParticle) && !(in.flags & kTheophoric) && j == i + 2 &&
        c.Has(i + 1, kGiven) && (in.word == kAl || in.word == kBin)) {
      continue;
    }
    if (in.flags & kGivenCommon) {
      bool strong = false;
      for (uint32_t k = i + 1; k < j; ++k) {
        if (!(c.info[k].flags & kLexicon) || (c.info[k].flags & kGiven)) strong = true;
      }
      if (UnknownFamilyName(c, i + 1)) strong = true;
      // "هلال الأسد": a known person's one-word name as the family name.
      if (const int32_t o = c.owner[i + 1]; o >= 0 && c.cands[o].type == EntityType::kPerson &&
                                            c.cands[o].tb == i + 1 &&
                                            c.cands[o].source == MentionSource::kKb) {
        strong = true;
      }
      if (!strong || !lexicon_) continue;
    }
    Cand cand;
    cand.tb = i;
    cand.te = j;
    cand.stripped = in.stripped;
    cand.type = EntityType::kPerson;
    for (uint32_t k = i; k < j; ++k) {
      if (c.owner[k] >= 0) c.cands[c.owner[k]].dead = true;
      c.owner[k] = -1;
    }
    c.Add(std::move(cand));
    i = j - 1;
  }
  // "قوات حفتر", "قوات العقيد X": forces named after their leader.
  for (size_t k = 0, n = c.cands.size(); k < n; ++k) {
    const Cand& p = c.cands[k];
    if (p.dead || p.nested || p.type != EntityType::kPerson || p.tb == 0) continue;
    uint32_t h = p.tb - 1;
    TitleClass cls;
    if (h > 0 && !c.info[h].head && TitleAt(c, h, p.tb, &cls) == 1 && cls == TitleClass::kRank) --h;
    const Head* head = c.info[h].head;
    if (!head || !head->person || !c.Free(h) || c.Has(h, kDefinite)) continue;
    Cand org;
    org.tb = h;
    org.te = p.te;
    org.stripped = c.info[h].stripped;
    org.type = head->type;
    for (uint32_t t = h; t < p.te; ++t) {
      if (c.owner[t] >= 0) c.cands[c.owner[t]].nested = true;
      c.owner[t] = -1;
    }
    c.Add(std::move(org));
  }
  // Lists of names: "نواب رئيس الوزراء (بهاء الأعرجي، صالح المطلق، روز
  // نوري)". A given name and the words of a name after it, between the
  // commas or brackets of a list whose member before or after is a person,
  // is a person too, even with a common given name and a word for a family
  // name ("صالح المطلق").
  auto person_at = [&](uint32_t tb, uint32_t te) {
    const int32_t o = tb < te ? c.owner[tb] : -1;
    return o >= 0 && c.cands[o].type == EntityType::kPerson && c.cands[o].tb == tb &&
           c.cands[o].te == te;
  };
  auto person_ending = [&](uint32_t te) {
    const int32_t o = te > 0 ? c.owner[te - 1] : -1;
    return o >= 0 && c.cands[o].type == EntityType::kPerson && c.cands[o].te == te;
  };
  for (uint32_t i = 1; i + 1 < tokens.size(); ++i) {
    const uint32_t end = c.sent_end[i];
    if (!c.Free(i) || !c.Has(i, kGiven) || c.info[i].stripped > 0 ||
        !c.Has(i - 1, kComma | kParenOpen)) {
      continue;
    }
    const uint32_t e = NameEnd(c, i, end, true);
    // "غازي القصيبي، رحمه الله،": a compound ending in الله is a prayer here.
    if (e < i + 2 || e > i + 4 || e >= end || !c.FreeRange(i, e) ||
        !c.Has(e, kComma | kParenClose) || c.Has(e - 1, kSuffixParticle)) {
      continue;
    }
    const bool before = c.Has(i - 1, kComma) && person_ending(i - 1);
    bool after = false;
    if (c.Has(e, kComma) && e + 1 < end) {
      const int32_t o = c.owner[e + 1];
      after = o >= 0 && person_at(e + 1, c.cands[o].te);
    }
    if (!before && !after) continue;
    Cand cand;
    cand.tb = i;
    cand.te = e;
    cand.type = EntityType::kPerson;
    c.Add(std::move(cand));
    i = e;
  }
  // A given name alone as the source of a statement: "وفق عبدالرحمن"
  // (according to Abdulrahman), "وقال محمد إن". Only where no person found
  // in the document opens with it (then it is that person, in Corefer).
  for (uint32_t i = 1; i < tokens.size(); ++i) {
    const TokInfo& in = c.info[i];
    if (!c.Free(i) || in.stripped > 0 || !(in.flags & kGiven) ||
        (in.flags & (kGivenCommon | kPrefixParticle | kStop)) ||
        c.tok(i).kind != TokenKind::kWord) {
      continue;
    }
    const bool source = c.Has(i - 1, kReporting) || Attribution(c.tok(i - 1).key) ||
                        Attribution(c.info[i - 1].word);
    const uint32_t end = c.sent_end[i];
    if (!source || (i + 1 < end && !c.Has(i + 1, kPunct | kStop) && c.info[i + 1].stripped == 0)) {
      continue;
    }
    bool named = false;
    for (const Cand& p : c.cands) {
      named = named || (!p.dead && p.type == EntityType::kPerson && p.te > p.tb + 1 &&
                        c.info[p.tb].word == in.word);
    }
    if (named) continue;
    Cand cand;
    cand.tb = i;
    cand.te = i + 1;
    cand.type = EntityType::kPerson;
    c.Add(std::move(cand));
  }
  // Apposition before a title: "..., جلال حراشاوي، الخبير".
  for (const RoleCand& r : c.roles) {
    if (r.person >= 0 || r.tb < 2 || !c.Has(r.tb - 1, kComma)) continue;
    uint32_t e = r.tb - 1, b = e;
    while (b > 0 && e - b < 3 && c.Free(b - 1) && c.tok(b - 1).kind == TokenKind::kWord &&
           !(c.info[b - 1].flags &
             (kLexicon | kStop | kDefinite | kGentilic | kHead | kReporting | kPunct)))
      --b;
    if (b == e || !lexicon_) continue;
    Cand cand;
    cand.tb = b;
    cand.te = e;
    cand.stripped = c.info[b].stripped;
    cand.type = EntityType::kPerson;
    c.Add(std::move(cand));
  }
}

// ------------------------------------------------------------ entities

std::string MentionText(const Document& doc, Span s) { return std::string(doc.Slice(s)); }

Span SpanOf(const Document& doc, uint32_t tb, uint32_t te, uint8_t stripped) {
  Span s{doc.tokens[tb].span.begin, doc.tokens[te - 1].span.end};
  // Skip `stripped` letters (and their harakat) of the first token.
  std::string_view text = doc.text;
  size_t p = s.begin;
  uint8_t skipped = 0;
  while (skipped < stripped && p < doc.tokens[tb].span.end) {
    utf8::Next(text, p);
    ++skipped;
    while (p < doc.tokens[tb].span.end) {
      size_t q = p;
      char32_t cp = utf8::Next(text, q);
      if (!(text::IsHaraka(cp) || cp == 0x0640)) break;
      p = q;
    }
  }
  if (p < doc.tokens[tb].span.end) s.begin = static_cast<uint32_t>(p);
  return s;
}

void EntityAnnotator::BuildEntities(Ctx& c) const {
  Document& doc = c.doc;
  // Metonymy: a capital that acts stands for its state ("أرسلت أنقرة").
  for (Cand& cand : c.cands) {
    if (cand.dead || cand.kb < 0) continue;
    const KbEntity& e = kb_.entities()[cand.kb];
    if (e.kind != "capital" || e.country.empty()) continue;
    bool acts = (cand.tb > 0 && c.Has(cand.tb - 1, kMetonymyVerb)) ||
                (cand.te < c.info.size() && c.Has(cand.te, kMetonymyVerb));
    int32_t country = kb_.IndexOf(e.country);
    if (acts && country >= 0) {
      cand.kb = country;
      cand.type = kb_.entities()[country].type;
    }
  }
  // Weak (shared) aliases go to a sharer already named strongly, else the first.
  std::vector<int32_t> named;
  for (const Cand& cand : c.cands) {
    if (!cand.dead && cand.kb >= 0 && cand.key != "weak") named.push_back(cand.kb);
  }
  for (Cand& cand : c.cands) {
    if (cand.dead || cand.key != "weak") continue;
    cand.key.clear();
    if (cand.kb < 0) continue;  // retyped by a head ("صحيفة الشرق الأوسط"): no KB link left
    std::array<Reading, 6> readings;
    int nr = ReadingsOf(doc.tokens[cand.tb], &c.buf, &readings);
    for (int r = 0; r < nr; ++r) {
      int32_t node = kb_.matcher().Step(AliasMatcher::kRoot, readings[r].key);
      for (uint32_t k = cand.tb + 1; node >= 0 && k < cand.te; ++k)
        node = kb_.matcher().Step(node, doc.tokens[k].key);
      if (node < 0) continue;
      bool strong_named = false;
      for (const AliasHit& h : kb_.matcher().Hits(node)) {
        if (std::find(named.begin(), named.end(), static_cast<int32_t>(h.entity)) == named.end()) {
          continue;
        }
        if (!h.weak || !strong_named) cand.kb = static_cast<int32_t>(h.entity);
        strong_named = strong_named || !h.weak;
      }
      cand.type = kb_.entities()[cand.kb].type;
      break;
    }
  }
  // "السعودية" retyped as an organisation somewhere is still the country the
  // document names: metonymy does not make a second entity.
  std::map<std::string, int32_t, std::less<>> countries;  // DropAl(word) -> KB index
  for (const Cand& cand : c.cands) {
    if (!cand.dead && cand.kb >= 0 && cand.te == cand.tb + 1 &&
        kb_.entities()[cand.kb].kind == "country") {
      countries.emplace(std::string(DropAl(c.info[cand.tb].word)), cand.kb);
    }
  }
  for (Cand& cand : c.cands) {
    if (cand.dead || cand.kb >= 0 || cand.outlet || cand.te != cand.tb + 1 ||
        (cand.type != EntityType::kOrganization && cand.type != EntityType::kLocation)) {
      continue;
    }
    auto it = countries.find(DropAl(c.info[cand.tb].word));
    if (it == countries.end()) continue;
    cand.kb = it->second;
    cand.type = kb_.entities()[it->second].type;
  }
  // Group: KB id, or type + normalised name for new names.
  std::map<std::string, int32_t> by_key;
  std::vector<std::pair<uint32_t, int32_t>> order;
  for (size_t k = 0; k < c.cands.size(); ++k) {
    if (!c.cands[k].dead) order.emplace_back(c.cands[k].tb, static_cast<int32_t>(k));
  }
  std::sort(order.begin(), order.end());
  for (auto [tb, k] : order) {
    Cand& cand = c.cands[k];
    std::string key;
    if (cand.kb >= 0) {
      key = "kb:" + kb_.entities()[cand.kb].id;
    } else {
      key = std::to_string(static_cast<int>(cand.type)) + ":";
      for (uint32_t t = cand.tb; t < cand.te; ++t) {
        std::string_view w = t == cand.tb ? c.info[t].word : std::string_view(doc.tokens[t].key);
        key += t == cand.tb ? std::string(DropAl(w)) : std::string(w);
        key += ' ';
      }
    }
    auto [it, inserted] = by_key.emplace(key, static_cast<int32_t>(doc.entities.size()));
    if (inserted) {
      Entity e;
      e.type = cand.type;
      if (cand.kb >= 0) {
        const KbEntity& kbe = kb_.entities()[cand.kb];
        e.kb_id = kbe.id;
        e.name = kbe.name_ar;
        e.name_latin = kbe.name_en;
        c.kb_to_entity[cand.kb] = it->second;
      }
      doc.entities.push_back(std::move(e));
    }
    cand.entity = it->second;
  }
  // A name without its "في" + place ("السفارة الأمريكية") is the one entity
  // named with it in the document ("السفارة الأمريكية في ليبيا"), if only one.
  const std::string in_place = std::string(" ") + std::string(kFi) + " ";
  std::map<std::string, int32_t> located;  // name before "في" -> entity, -1 if several
  for (const auto& [key, entity] : by_key) {
    const size_t at = key.find(in_place);
    if (key.starts_with("kb:") || at == std::string::npos) continue;
    auto [it, inserted] = located.emplace(key.substr(0, at + 1), entity);
    if (!inserted && it->second != entity) it->second = -1;
  }
  for (const auto& [key, entity] : by_key) {
    auto it = located.find(key);
    if (it == located.end() || it->second < 0) continue;
    for (Cand& cand : c.cands) {
      if (!cand.dead && cand.entity == entity) cand.entity = it->second;
    }
  }
  // A one-word person name equal to the family name of a longer one found in
  // the same document is that person ("يفكوروف" after "يونس يفكوروف").
  std::map<std::string, int32_t> family;
  for (const Cand& cand : c.cands) {
    if (cand.dead || cand.type != EntityType::kPerson || cand.te - cand.tb < 2) continue;
    auto [it, inserted] = family.emplace(doc.tokens[cand.te - 1].key, cand.entity);
    if (!inserted && it->second != cand.entity) it->second = -1;
  }
  for (Cand& cand : c.cands) {
    if (cand.dead || cand.type != EntityType::kPerson || cand.te - cand.tb != 1 || cand.kb >= 0) {
      continue;
    }
    auto it = family.find(std::string(c.info[cand.tb].word));
    if (it != family.end() && it->second >= 0) cand.entity = it->second;
  }
}

// Mentions, entity names, roles.
void EntityAnnotator::Emit(Ctx& c) const {
  Document& doc = c.doc;
  std::vector<std::pair<uint32_t, int32_t>> order;
  for (size_t k = 0; k < c.cands.size(); ++k) {
    if (!c.cands[k].dead && c.cands[k].entity >= 0) {
      order.emplace_back(c.cands[k].tb, static_cast<int32_t>(k));
    }
  }
  std::sort(order.begin(), order.end());
  std::vector<int32_t> cand_mention(c.cands.size(), -1);
  for (auto [tb, k] : order) {
    const Cand& cand = c.cands[k];
    Mention m;
    m.span = SpanOf(doc, cand.tb, cand.te, cand.stripped);
    m.token_begin = cand.tb;
    m.token_end = cand.te;
    m.entity = cand.entity;
    m.source = cand.source;
    cand_mention[k] = static_cast<int32_t>(doc.mentions.size());
    doc.entities[cand.entity].mentions.push_back(static_cast<uint32_t>(doc.mentions.size()));
    doc.mentions.push_back(m);
  }
  // Drop entities left without mentions (their candidates were merged).
  std::vector<int32_t> remap(doc.entities.size(), -1);
  std::vector<Entity> kept;
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    if (doc.entities[e].mentions.empty()) continue;
    remap[e] = static_cast<int32_t>(kept.size());
    kept.push_back(std::move(doc.entities[e]));
  }
  doc.entities = std::move(kept);
  for (Mention& m : doc.mentions) m.entity = remap[m.entity];
  for (Entity& e : doc.entities) {
    if (e.name.empty()) {
      // The longest pattern mention, proclitics excluded.
      for (uint32_t mi : e.mentions) {
        const Mention& m = doc.mentions[mi];
        if (m.source == MentionSource::kCoref) continue;
        std::string text = MentionText(doc, m.span);
        if (Letters(text) > Letters(e.name)) e.name = std::move(text);
      }
      if (e.name.empty()) e.name = MentionText(doc, doc.mentions[e.mentions[0]].span);
    }
    if (e.name_latin.empty()) e.name_latin = text::Romanize(e.name);
  }
  // Roles. One per person and post: a title repeated, or repeated shorter
  // ("العميد" after "العميد ركن"), is the same role again. The first word
  // keeps its article: the honorific "الأمير" is not "أمير منطقة الرياض".
  const size_t first_role = doc.roles.size();
  std::vector<std::vector<std::string_view>> role_keys;
  auto contains = [](const std::vector<std::string_view>& hi,
                     const std::vector<std::string_view>& lo) {
    return lo.size() <= hi.size() &&
           std::search(hi.begin(), hi.end(), lo.begin(), lo.end()) != hi.end();
  };
  for (const RoleCand& r : c.roles) {
    if (r.person < 0 || c.cands[r.person].dead || AddressOnly(c, r)) continue;
    int32_t person = c.cands[r.person].entity;
    if (person < 0 || remap[person] < 0) continue;
    person = remap[person];
    if (doc.entities[person].type != EntityType::kPerson) continue;
    Role role;
    role.person = person;
    Span ts = SpanOf(doc, r.tb, r.te, r.stripped);
    role.title = MentionText(doc, ts);
    // The organisation: the first organisation inside the title, else a
    // country named or implied by a gentilic there.
    int32_t org = -1, country = -1;
    for (const Mention& m : doc.mentions) {
      if (m.token_begin < r.tb || m.token_end > r.te || m.entity < 0) continue;
      // An envoy's destination is not whom he serves: "المبعوث الخاص للرئيس
      // الروسي إلى سورية" serves Russia (its gentilic, below).
      if (m.token_begin > r.tb &&
          (c.info[m.token_begin - 1].word == kIla || c.info[m.token_begin - 1].word == kLada)) {
        continue;
      }
      const Entity& e = doc.entities[m.entity];
      if (e.type == EntityType::kOrganization && org < 0) org = m.entity;
      if (e.type == EntityType::kLocation && country < 0) country = m.entity;
    }
    if (org < 0 && country < 0) {
      for (uint32_t k = r.tb; k < r.te; ++k) {
        if (c.info[k].gentilic < 0 ||
            (k > r.tb && (c.info[k - 1].word == kIla || c.info[k - 1].word == kLada))) {
          continue;
        }
        auto it = c.kb_to_entity.find(c.info[k].gentilic);
        if (it != c.kb_to_entity.end() && remap[it->second] >= 0) {
          country = remap[it->second];
          break;
        }
      }
    }
    role.organization = org >= 0 ? org : country;
    Span ev = SpanOf(doc, r.eb, r.ee, r.stripped);
    Span ps = SpanOf(doc, c.cands[r.person].tb, c.cands[r.person].te, c.cands[r.person].stripped);
    role.evidence = Span{std::min(ev.begin, ps.begin), std::max(ev.end, ps.end)};
    std::vector<std::string_view> keys;
    for (uint32_t k = r.tb; k < r.te; ++k) {
      keys.push_back(k == r.tb ? c.info[k].word : std::string_view(doc.tokens[k].key));
    }
    bool same = false;
    for (size_t q = first_role; q < doc.roles.size() && !same; ++q) {
      if (doc.roles[q].person != role.person) continue;
      if (contains(role_keys[q - first_role], keys)) {
        same = true;
      } else if (contains(keys, role_keys[q - first_role])) {
        doc.roles[q] = role;  // the longer title, first seen here
        role_keys[q - first_role] = keys;
        same = true;
      }
    }
    if (same) continue;
    role_keys.push_back(std::move(keys));
    doc.roles.push_back(std::move(role));
  }
}

// ------------------------------------------------------------ roles after names

void EntityAnnotator::AppositionRoles(Ctx& c) const {
  // "عبد الحميد الدبيبة رئيس حكومة ...", "علي ملوك، مدير الأمن السوري",
  // "بنجامين بارت (مراسل لوموند في بيروت)".
  std::vector<RoleCand> added;
  for (size_t k = 0; k < c.cands.size(); ++k) {
    const Cand& p = c.cands[k];
    if (p.dead || p.type != EntityType::kPerson) continue;
    uint32_t t = p.te;
    const uint32_t end = t < c.sent_end.size() ? c.sent_end[t] : t;
    if (t >= end) continue;
    bool sep = false;
    if (c.Has(t, kComma | kParenOpen)) {
      sep = true;
      ++t;
    }
    for (RoleCand& r : c.roles) {
      if (r.tb != t || r.person >= 0) continue;
      TitleClass cls;
      if (TitleAt(c, r.tb, end, &cls) == 0) continue;
      // "X، ووزير النقل": "و" adds another person.
      if (HasProclitic(c, r.tb)) continue;
      // Without a separator only an office with a complement: "X رئيس حكومة Y",
      // or one in the accusative ("عين X رئيسًا", X was named president).
      if (!sep && (cls != TitleClass::kOffice || r.te <= r.tb + 1) &&
          !c.info[r.tb].facts.accusative_title) {
        continue;
      }
      // "خالد مساعد السهلي": a given name there continues a lone given name.
      if (!sep && c.Has(r.tb, kGiven) && p.te == p.tb + 1) continue;
      r.person = static_cast<int32_t>(k);
      r.eb = p.tb;
      r.ee = r.te;
    }
  }
  // Chains of titles share the holder: before the name ("ولي ولي العهد
  // النائب الثاني لرئيس مجلس الوزراء وزير الدفاع، الأمير محمد بن سلمان"),
  // the holder of the last title; after it ("أحمد عسيري المستشار في مكتب
  // وزير الدفاع المتحدث باسم قوات التحالف"), the holder of the first.
  for (size_t r = c.roles.size(); r-- > 1;) {
    RoleCand& a = c.roles[r - 1];
    const RoleCand& b = c.roles[r];
    if (a.person >= 0 || b.person < 0 || c.cands[b.person].tb < b.tb || !Chained(c, a, b)) continue;
    a.person = b.person;
    a.ee = b.ee;
  }
  for (size_t r = 1; r < c.roles.size(); ++r) {
    const RoleCand& a = c.roles[r - 1];
    RoleCand& b = c.roles[r];
    if (b.person >= 0 || a.person < 0 || c.cands[a.person].te > a.tb || !Chained(c, a, b)) continue;
    b.person = a.person;
    b.eb = a.eb;
  }
}

// Whether title b follows title a directly, or after a comma, as another
// post of the same person: not after "و" (another person), and not when
// both name countries and they differ ("الرئيس الروسي وزير الخارجية
// الإيراني"), nor when only b does, which is rather a visitor received by
// an unnamed host ("استقبل ولي العهد وزير الخارجية الأمريكي").
bool EntityAnnotator::Chained(const Ctx& c, const RoleCand& a, const RoleCand& b) const {
  if (a.person >= 0 && b.person >= 0) return false;
  uint32_t t = a.te;
  if (t < b.tb && c.Has(t, kComma)) ++t;
  if (t != b.tb) return false;
  if (HasProclitic(c, b.tb)) {
    // "المدون التاريخي والفنان الفوتوغرافي X": "و" between two posts of one
    // person; but not before a title that stands alone before a name
    // ("الرئيس المصري والأمير X"), nor between two of a kind ("وزير الدفاع
    // ووزير الداخلية X"), nor after a comma.
    if (t != a.te || !c.tok(b.tb).key.starts_with("\xD9\x88")) return false;
    TitleClass cls;
    const int tl = TitleAt(c, b.tb, b.te, &cls);
    if (tl <= 0 || b.te <= b.tb + static_cast<uint32_t>(tl) || cls == TitleClass::kRank ||
        cls == TitleClass::kHonorific || DropAl(c.info[b.tb].word) == DropAl(c.info[a.tb].word)) {
      return false;
    }
  }
  const int32_t ca = TitleCountry(c, a), cb = TitleCountry(c, b);
  if (cb >= 0 && ca != cb) return false;
  // After a verb of meeting the chain may pass from the host to his guest:
  // "استقبل أمير المنطقة سفير اليابان X", "استقبل وزير الخارجية السفير X",
  // "استقبل المحافظ مدير الشرطة اللواء X". There only a rank, an honorific
  // or a royal title before the name ("استقبل خادم الحرمين الشريفين الملك
  // سلمان"), or, after a named host, a title other than an envoy's, joins.
  const uint32_t start = a.person >= 0 ? std::min(a.tb, c.cands[a.person].tb) : a.tb;
  if (!AfterMeetingVerb(c, start)) return true;
  TitleClass cls;
  const int tl = TitleAt(c, b.tb, b.te, &cls);
  if (TitleFlags(c, b.tb, b.te) & kTitleDestination) return false;
  if (a.person >= 0) return true;
  return cls == TitleClass::kRank || cls == TitleClass::kHonorific ||
         (tl == 1 && b.te == b.tb + 1 && c.Has(b.tb, kDefinite));
}

// Whether a verb of meeting (meeting_verbs.tsv) stands shortly before token
// i in its sentence, maybe with forms of address between ("استقبل صاحب السمو
// الملكي ...").
bool EntityAnnotator::AfterMeetingVerb(const Ctx& c, uint32_t i) const {
  for (uint32_t k = i, n = 0; k > 0 && n < 4; --k, ++n) {
    if (c.Has(k - 1, kPunct) || c.sent_end[k - 1] != c.sent_end[i]) return false;
    if (t_.meeting_verbs.contains(c.info[k - 1].word)) return true;
    // The conjunction on a verb the lexicon does not know: "واستقبل".
    const std::string_view key = c.tok(k - 1).key;
    if ((key.starts_with("\xD9\x88") || key.starts_with("\xD9\x81")) &&
        t_.meeting_verbs.contains(key.substr(2))) {
      return true;
    }
  }
  return false;
}

// The KB index of the country a gentilic in the role's title names, or -1.
int32_t EntityAnnotator::TitleCountry(const Ctx& c, const RoleCand& r) const {
  for (uint32_t k = r.tb; k < r.te; ++k) {
    if (c.info[k].gentilic >= 0) return c.info[k].gentilic;
  }
  return -1;
}

// The flags (kTitleAddress ...) of the longest title at i ending by `end`.
uint8_t EntityAnnotator::TitleFlags(const Ctx& c, uint32_t i, uint32_t end) const {
  uint8_t flags = 0;
  int32_t node = c.info[i].facts.title_node;
  for (uint32_t j = i + 1; node >= 0; ++j) {
    auto hits = t_.titles.Hits(node);
    if (!hits.empty()) flags = t_.title_flags[hits[0].entity];
    if (j >= end) break;
    node = t_.titles.Step(node, c.tok(j).key);
  }
  return flags;
}

// Whether the role's title is a form of address alone ("الدكتور").
bool EntityAnnotator::AddressOnly(const Ctx& c, const RoleCand& r) const {
  TitleClass cls;
  return TitleAt(c, r.tb, r.te, &cls) == static_cast<int>(r.te - r.tb) &&
         (TitleFlags(c, r.tb, r.te) & kTitleAddress);
}

// ------------------------------------------------------------ coreference

void EntityAnnotator::Corefer(Ctx& c) const {
  Document& doc = c.doc;
  const auto& tokens = doc.tokens;
  // Short forms of persons: the family name, or a first name when only one
  // person in the document has it.
  std::map<std::string, int32_t, std::less<>> short_forms;
  auto add_short = [&](std::string_view key, int32_t entity) {
    if (Letters(key) < 3) return;
    auto [it, inserted] = short_forms.emplace(std::string(key), entity);
    if (!inserted && it->second != entity) it->second = -1;
  };
  // Family names that are words too ("الحبشي", Abyssinian; "الشيخ"; "الجمري"),
  // of names found in this document: they stand for the person only alone,
  // not after a definite noun they would qualify ("الجيش الحبشي") nor before
  // a definite word ("الشيخ محمد" is a title before a name).
  std::map<std::string, int32_t, std::less<>> word_short_forms;
  auto add_word_short = [&](std::string_view word, int32_t entity) {
    if (Letters(word) < 5) return;  // the article and three letters
    auto [it, inserted] = word_short_forms.emplace(std::string(word), entity);
    if (!inserted && it->second != entity) it->second = -1;
  };
  for (const Cand& cand : c.cands) {
    if (cand.dead || cand.type != EntityType::kPerson || cand.te - cand.tb < 2 || cand.entity < 0) {
      continue;
    }
    const TokInfo& last = c.info[cand.te - 1];
    if (!(last.flags & (kLexicon | kGivenCommon)) || !lexicon_) {
      add_short(tokens[cand.te - 1].key, cand.entity);
    } else if (cand.kb < 0 && (last.flags & kDefinite) && !(last.flags & kGivenCommon) &&
               c.info[cand.te - 1].stripped == 0) {
      add_word_short(last.word, cand.entity);
    }
    const TokInfo& first = c.info[cand.tb];
    if ((first.flags & kGiven) && !(first.flags & (kGivenCommon | kPrefixParticle))) {
      add_short(first.word, cand.entity);
    }
  }
  std::array<Reading, 6> readings;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    if (!c.Free(i) || c.Has(i, kPunct | kStop | kNumber) || TitleBeforeComplement(c, i)) continue;
    // "مؤسسة الملك عبدالعزيز": a name after an eponym noun names the place.
    if (Eponymous(c, i)) continue;
    bool nested = false;
    for (const Cand& cand : c.cands) {
      if (!cand.dead && cand.nested && cand.tb <= i && i < cand.te) nested = true;
    }
    if (nested) continue;
    if (!word_short_forms.empty() && c.tok(i).kind == TokenKind::kWord &&
        (c.info[i].stripped == 0 || tokens[i].key.starts_with("\xD9\x88"))) {
      auto it = word_short_forms.find(c.info[i].word);
      const bool alone = i > 0 && !c.Has(i - 1, kDefinite | kHead | kGentilic) &&
                         !(c.tok(i - 1).kind == TokenKind::kWord && c.info[i - 1].stripped == 0 &&
                           c.info[i - 1].facts.title_node >= 0) &&
                         (i + 1 >= tokens.size() || !c.Has(i + 1, kDefinite | kGentilic)) &&
                         (i + 1 >= tokens.size() || c.owner[i + 1] < 0);
      // And where a person stands: the subject of a verb that opens its
      // clause ("وأضاف الحبشي", "وعاد الجمري", "أبقت الحلو") or of the
      // complement particle ("إن الحلو"), or before one ("الحلو إن"). After
      // a noun or a preposition ("بقيمة القديمة", "على المباراة") it is the
      // word.
      auto slot = [&]() {
        const uint32_t p = i - 1;
        if (c.Has(p, kReporting) || c.tok(p).key == kAn || PerfectFeminine(c.info[p].word) ||
            Attribution(c.tok(p).key) || Attribution(c.info[p].word)) {
          return true;
        }
        if (c.tok(p).kind == TokenKind::kWord && c.tok(p).key.starts_with("\xD9\x88") &&
            c.info[p].stripped == 1 && !c.Has(p, kStop | kHead | kDefinite) &&
            !c.info[p].facts.function_word) {
          return true;
        }
        // "الشيخ إنه", "الحلو أن": the particle, maybe with a pronoun.
        const std::string_view next = i + 1 < tokens.size() ? tokens[i + 1].key : "";
        return next == kAn ||
               (next.starts_with(kAn) && Letters(next) <= 4 && c.Has(i + 1, kStop)) ||
               c.Has(i + 1, kReporting);
      };
      if (it != word_short_forms.end() && it->second >= 0 && alone && slot()) {
        Cand cand;
        cand.tb = i;
        cand.te = i + 1;
        cand.stripped = c.info[i].stripped;
        cand.type = EntityType::kPerson;
        cand.source = MentionSource::kCoref;
        cand.entity = it->second;
        c.Add(std::move(cand));
        continue;
      }
    }
    int nr = ReadingsOf(tokens[i], &c.buf, &readings);
    for (int r = 0; r < nr; ++r) {
      auto it = short_forms.find(readings[r].key);
      if (it == short_forms.end() || it->second < 0) continue;
      // Not the first word of another name: "صدام" in "صدام حسين".
      if (i + 1 < tokens.size() && c.owner[i + 1] >= 0 &&
          c.cands[c.owner[i + 1]].type == EntityType::kPerson &&
          c.cands[c.owner[i + 1]].tb == i + 1) {
        break;
      }
      Cand cand;
      cand.tb = i;
      cand.te = i + 1;
      cand.stripped = readings[r].stripped;
      cand.type = EntityType::kPerson;
      cand.source = MentionSource::kCoref;
      cand.entity = it->second;
      c.Add(std::move(cand));
      break;
    }
  }
  // A one-word organisation or facility name again, with or without the
  // article: "سفينة الشحن "أورال"" ... "باخرة الأورال".
  std::map<std::string, int32_t, std::less<>> one_word;
  for (const Cand& cand : c.cands) {
    // Outlets named by a common word are named again only where marked so
    // (FindOutletRepeats): "التعاون" is mostly cooperation.
    if (cand.dead || cand.entity < 0 || cand.te != cand.tb + 1 || cand.kb >= 0 || cand.outlet ||
        cand.type == EntityType::kPerson || Letters(c.info[cand.tb].word) < 4) {
      continue;
    }
    one_word.emplace(std::string(DropAl(c.info[cand.tb].word)), cand.entity);
  }
  for (uint32_t i = 0; i < tokens.size() && !one_word.empty(); ++i) {
    if (!c.Free(i) || c.tok(i).kind != TokenKind::kWord || c.Has(i, kStop)) continue;
    auto it = one_word.find(DropAl(c.info[i].word));
    if (it == one_word.end()) continue;
    Cand cand;
    cand.tb = i;
    cand.te = i + 1;
    cand.stripped = c.info[i].stripped;
    cand.type = doc.entities[it->second].type;
    cand.source = MentionSource::kCoref;
    cand.entity = it->second;
    c.Add(std::move(cand));
  }
  // A bare generic head ("المقاومة", "القوات", "الحكومة") after a named
  // organisation with that head ("المقاومة الشعبية", "قوات الدعم السريع")
  // is that organisation, when the document named only one so far.
  {
    std::map<std::string, int32_t, std::less<>> by_head;  // head -> entity, -1 if several
    std::vector<std::pair<uint32_t, int32_t>> named;      // first token, entity
    for (const Cand& cand : c.cands) {
      if (cand.dead || cand.entity < 0 || cand.type != EntityType::kOrganization ||
          cand.te - cand.tb < 2 || cand.source == MentionSource::kCoref) {
        continue;
      }
      const TokInfo& first = c.info[cand.tb];
      if (!first.head && first.facts.generic_org_node < 0) continue;
      named.emplace_back(cand.tb, cand.entity);
    }
    std::sort(named.begin(), named.end());
    size_t ni = 0;
    for (uint32_t i = 0; i < tokens.size() && !named.empty(); ++i) {
      for (; ni < named.size() && named[ni].first < i; ++ni) {
        const auto [tb, entity] = named[ni];
        auto [it, inserted] = by_head.emplace(std::string(DropAl(c.info[tb].word)), entity);
        if (!inserted && it->second != entity) it->second = -1;
      }
      if (by_head.empty() || !c.Free(i) || !c.Has(i, kDefinite) || c.info[i].stripped > 1 ||
          c.tok(i).kind != TokenKind::kWord) {
        continue;
      }
      // Bare: no adjective or genitive after it that would name another body.
      const uint32_t nx = i + 1;
      if (nx < tokens.size() && c.tok(nx).kind == TokenKind::kWord &&
          (c.Has(nx, kGentilic) || (c.Has(nx, kDefinite) && c.info[nx].stripped == 0) ||
           !c.Free(nx))) {
        continue;
      }
      auto it = by_head.find(DropAl(c.info[i].word));
      if (it == by_head.end() || it->second < 0) continue;
      Cand cand;
      cand.tb = i;
      cand.te = i + 1;
      cand.stripped = c.info[i].stripped;
      cand.type = EntityType::kOrganization;
      cand.source = MentionSource::kCoref;
      cand.entity = it->second;
      c.Add(std::move(cand));
    }
  }
  // "المملكة" (the Kingdom): the one kingdom the document names, a country
  // the knowledge base also calls "المملكة ..." or "مملكة ...".
  {
    int32_t kingdom = -1;
    bool several = false;
    for (size_t e = 0; e < doc.entities.size(); ++e) {
      const KbEntity* k =
          doc.entities[e].kb_id.empty() ? nullptr : kb_.FindById(doc.entities[e].kb_id);
      if (!k || k->kind != "country") continue;
      bool is_kingdom = false;
      for (const std::string& alias : k->aliases_ar) {
        is_kingdom = is_kingdom || std::string_view(alias).starts_with(kKingdom) ||
                     std::string_view(alias).starts_with(kKingdom.substr(kAl.size()));
      }
      if (!is_kingdom) continue;
      several = several || (kingdom >= 0 && kingdom != static_cast<int32_t>(e));
      kingdom = static_cast<int32_t>(e);
    }
    for (uint32_t i = 0; i < tokens.size() && kingdom >= 0 && !several; ++i) {
      if (!c.Free(i) || !c.Has(i, kDefinite) || DropAl(c.info[i].word) != kKingdomKey) continue;
      // "المملكة المتحدة", "المملكة الأردنية": a name of its own follows.
      const uint32_t nx = i + 1;
      if (nx < tokens.size() && c.tok(nx).kind == TokenKind::kWord && c.info[nx].stripped == 0 &&
          (c.Has(nx, kDefinite | kGentilic) || !c.Free(nx))) {
        continue;
      }
      Cand cand;
      cand.tb = i;
      cand.te = i + 1;
      cand.stripped = c.info[i].stripped;
      cand.type = doc.entities[kingdom].type;
      cand.source = MentionSource::kCoref;
      cand.entity = kingdom;
      c.Add(std::move(cand));
    }
  }
  // Title-only references equal to the title of a named person's role.
  std::map<std::string, int32_t> titled;  // title key -> person entity
  auto title_key = [&](const RoleCand& r) {
    std::string key;
    for (uint32_t k = r.tb; k < r.te; ++k) {
      key += k == r.tb ? std::string(DropAl(c.info[k].word)) : std::string(tokens[k].key);
      key += ' ';
    }
    return key;
  };
  for (const RoleCand& r : c.roles) {
    if (r.person >= 0 && !c.cands[r.person].dead && c.cands[r.person].entity >= 0) {
      auto [it, inserted] = titled.emplace(title_key(r), c.cands[r.person].entity);
      if (!inserted && it->second != c.cands[r.person].entity) it->second = -1;
    }
  }
  for (const RoleCand& r : c.roles) {
    if (r.person >= 0 || r.te - r.tb < 2 || !c.FreeRange(r.tb, r.tb + 1)) continue;
    auto it = titled.find(title_key(r));
    if (it == titled.end() || it->second < 0) continue;
    Cand cand;
    cand.tb = r.tb;
    cand.te = r.te;
    cand.stripped = r.stripped;
    cand.type = EntityType::kPerson;
    cand.source = MentionSource::kCoref;
    cand.entity = it->second;
    cand.nested = true;
    c.Add(std::move(cand));
  }
  for (const RoleCand& r : c.roles) {
    if (r.person < 0) continue;
    for (uint32_t k = r.tb; k < r.te; ++k) c.info[k].flags |= kInTitle;
  }
  // Descriptive references: "المشير", "الجنرال الليبي", "الصحيفة".
  std::vector<uint32_t> person_count(doc.entities.size(), 0);
  std::vector<int32_t> last_seen(doc.entities.size(), -1);
  std::vector<std::pair<uint32_t, int32_t>> seen;  // token, entity
  for (const Cand& cand : c.cands) {
    if (!cand.dead && cand.entity >= 0) seen.emplace_back(cand.tb, cand.entity);
  }
  std::sort(seen.begin(), seen.end());
  size_t si = 0;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    while (si < seen.size() && seen[si].first < i) {
      ++person_count[seen[si].second];
      last_seen[seen[si].second] = static_cast<int32_t>(seen[si].first);
      ++si;
    }
    if (!c.Free(i) || !c.Has(i, kDefinite) || c.Has(i, kInTitle)) continue;
    int32_t node = c.info[i].facts.descriptive_node;
    uint32_t j = i + 1, best = 0;
    int32_t ref = -1;
    while (node >= 0) {
      auto hits = t_.descriptive.Hits(node);
      if (!hits.empty()) {
        best = j;
        ref = static_cast<int32_t>(hits[0].entity);
      }
      if (j >= tokens.size()) break;
      node = t_.descriptive.Step(node, tokens[j].key);
      ++j;
    }
    if (ref < 0) continue;
    // Followed by a name, it is a title, handled above.
    if (best < tokens.size() && (c.owner[best] >= 0 || NameStart(c, best, false))) continue;
    const DescriptiveRef& d = t_.descriptive_refs[ref];
    int32_t country = -1;
    uint32_t e = best;
    if (e < tokens.size() && c.Has(e, kGentilic) && c.Free(e)) {
      country = c.info[e].gentilic;
      ++e;
    }
    int32_t target = -1;
    for (size_t k = 0; k < doc.entities.size(); ++k) {
      const Entity& ent = doc.entities[k];
      if (ent.type != d.type || last_seen[k] < 0) continue;
      const KbEntity* kbe = ent.kb_id.empty() ? nullptr : kb_.FindById(ent.kb_id);
      if (country >= 0 && kbe && kbe->country != kb_.entities()[country].id) continue;
      if (d.rule == RefRule::kKind && (!kbe || kbe->kind != d.kind)) continue;
      if (d.rule == RefRule::kTitle) {
        bool had = false;
        for (const RoleCand& r : c.roles) {
          if (r.person >= 0 && c.cands[r.person].entity == static_cast<int32_t>(k) &&
              DropAl(c.info[r.tb].word) == d.title) {
            had = true;
          }
        }
        if (!had) continue;
      }
      auto better = [&](int32_t a, int32_t b) {
        if (d.rule == RefRule::kSalient) return person_count[a] > person_count[b];
        return last_seen[a] > last_seen[b];
      };
      if (target < 0 || better(static_cast<int32_t>(k), target)) target = static_cast<int32_t>(k);
    }
    if (target < 0) continue;
    Cand cand;
    cand.tb = i;
    cand.te = e;
    cand.stripped = c.info[i].stripped;
    cand.type = d.type;
    cand.source = MentionSource::kCoref;
    cand.entity = target;
    c.Add(std::move(cand));
    i = e - 1;
  }
}

}  // namespace

StatusOr<std::unique_ptr<Annotator>> NewEntityAnnotator(const KnowledgeBase& kb,
                                                        const std::string& data_dir,
                                                        bool model_mentions) {
  RASED_ASSIGN_OR_RETURN(NerTables tables, NerTables::Load(data_dir));
  std::unique_ptr<text::Lexicon> lexicon;
  auto loaded = text::Lexicon::Load("", data_dir);
  if (loaded.ok()) lexicon = std::move(*loaded);
  std::unique_ptr<ModelMentions> model;
  if (model_mentions) {
    if (!lexicon) return Status::NotFound("model mentions need the Arabic word list");
    RASED_ASSIGN_OR_RETURN(model, ModelMentions::Load(data_dir, kb, *lexicon));
  }
  auto annotator = std::make_unique<EntityAnnotator>(kb, std::move(tables), std::move(lexicon));
  annotator->set_model(std::move(model));
  return std::unique_ptr<Annotator>(std::move(annotator));
}

}  // namespace rased::ner

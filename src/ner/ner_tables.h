// NerTables: the word lists of data/ner/ the entity stage reasons with
// (titles, given names, name particles, organisation and place heads,
// reporting and metonymy verbs, descriptive references, idioms, stop words),
// compiled into hash sets and token tries keyed by rased::text::MatchKey.
//
// Thread safety: immutable after Load(); shared by every Annotate() call.
#ifndef RASED_NER_NER_TABLES_H_
#define RASED_NER_NER_TABLES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kb/alias_matcher.h"
#include "rased/document.h"
#include "rased/status.h"
#include "text/string_hash.h"

namespace rased::ner {

// Word tables probed for every reading of every new word: flat hash tables
// (text/string_hash.h), about twice as fast as the standard containers. The
// map's find() returns the stored pair or end() (nullptr), so call sites read
// like the standard ones.
class KeySet {
 public:
  bool contains(std::string_view key) const { return map_.Find(key) != nullptr; }
  void insert(std::string_view key) { map_.Insert(key, Empty()); }
  bool empty() const { return map_.size() == 0; }
  size_t size() const { return map_.size(); }
  // Calls f(key) for every key, in insertion order.
  template <typename F>
  void ForEach(F f) const {
    for (const auto& entry : map_.entries()) f(entry.first);
  }

 private:
  struct Empty {};
  text::FlatStringMap<Empty> map_;
};

template <typename V>
class KeyMap {
 public:
  using Entry = std::pair<std::string, V>;
  const Entry* find(std::string_view key) const { return map_.FindEntry(key); }
  const Entry* end() const { return nullptr; }
  bool contains(std::string_view key) const { return map_.Find(key) != nullptr; }
  // Inserts unless the key is present; true when inserted.
  bool emplace(std::string_view key, V value) {
    const size_t before = map_.size();
    map_.Insert(key, std::move(value));
    return map_.size() != before;
  }
  bool empty() const { return map_.size() == 0; }
  size_t size() const { return map_.size(); }

 private:
  text::FlatStringMap<V> map_;
};

enum class TitleClass : uint8_t { kRank, kOffice, kProfession, kHonorific };
// What a word says of a post held (data/ner/post_verbs.tsv).
enum class PostWord : uint8_t { kAppointment, kCopula, kHolding, kRecently, kThen };
// Title flags: a form of address (السيد، الدكتور), which alone makes no
// role; a post sent somewhere, which takes "إلى"/"لدى" + its destination
// (المبعوث الخاص إلى سورية، السفير لدى الأمم المتحدة); a rank or honorific
// that without the article, before a definite complement, is an office
// (عميد الكلية، نقيب المحامين، شيخ القبيلة; but فريق المدرب is a team).
// "over" marks a post over something, which takes "على" + its charge
// (المشرف العام على المهرجان).
enum : uint16_t {
  kTitleAddress = 1,
  kTitleDestination = 2,
  kTitleConstruct = 4,
  kTitleOver = 8,
  kTitleSeveral = 16,       // plural or dual: each name listed after it holds it
  kTitleBare = 32,          // a rank still written bare before a given name: عميد محمد
  kTitleNoAccusative = 64,  // its accusative is mostly an adjective: كبيرا (big)
  kTitleStyle = 128,        // a ruler's style, named after it with his own title
  kTitleRole = 256,         // a form of address that alone is still a role: المهندس
  kTitleDefinite = 512,     // a title only with its article: المؤلف (مؤلف is also a work)
};

// Given-name flags.
enum : uint8_t { kNameFemale = 1, kNameForeign = 2, kNameCommon = 4, kNameNoun = 8 };

enum class ParticleRole : uint8_t { kPrefix, kTheophoric, kSuffix, kForeign };

enum class HeadMode : uint8_t { kFull, kName };
struct Head {
  EntityType type = EntityType::kOrganization;
  HeadMode mode = HeadMode::kFull;
  bool weak = false;      // needs a proper name or two words after it
  bool number = false;    // may take a number: اللواء 128
  bool person = false;    // may take a person: قوات حفتر
  bool national = false;  // definite head + gentilic names an entity: الحكومة الليبية
  bool place = false;  // "في" + place belongs to the name: السفارة الليبية في دمشق
  bool outlet = false;  // a media outlet's head, not part of its name: صحيفة الشروق
  bool list = false;  // plural or dual: names joined by و follow (صحف الشروق والسفير)
  bool distinct = false;   // + a known organisation names another body: حكومة حماس
  bool ambiguous = false;  // also a common noun: قناة (a canal as well as a channel)
  bool landmark = false;  // any complement names it: دوار الزراعة، معسكر لبوزة
  bool led_by = false;    // after ب it means "chaired/led by": برئاسة، بقيادة
  bool district = false;  // also a district's head before a place's name: مديرية المطمة
  bool purpose = false;  // national + a ل complement: الاتحاد المصري لكرة القدم
  bool front = false;  // before a place's name alone, a front line: جبهة تعز
  bool settlement = false;  // a town's head: any definite word after it is the name (مدينة الحوطة)
  bool figurative = false;  // before a word of the language no place: عاصمة الثقافة
  bool adjectival = false;  // definite + relative adjectives names one: الحزب الجمهوري
  bool body = false;  // named by the body it houses: مقر الأمم المتحدة، مقر الرئاسة
  // A part of a larger facility or place before its name: ساحة قصر المصمك
  // (the palace's courtyard), ساحة مطار الملك عبدالعزيز.
  bool part = false;
  // Part of the place's written name by convention: the mention of "مدينة
  // عدن" is the whole phrase, as annotators (and the news) write it.
  bool written = false;
  // "في" + the body it sits in belongs to the name: لجنة الشؤون الخارجية في
  // مجلس الشيوخ.
  bool within = false;
  // Written with a final ي ("وادي"): a word printed with ى ("وأدى", and
  // led to) folds to the same key but is another word.
  bool ends_ya = false;
  // A known person alone after it names the body he leads: "إدارة أوباما"
  // (the Obama administration); "مكتب خليفة حفتر" stays an office.
  bool leader = false;
  // A city's or province's name alone after it names one body there:
  // "غرفة أبها" (the Abha chamber of commerce), as "سلطات طرابلس" does not.
  bool seat = false;
  // One word with the article and ل + its trade after it name one company:
  // "شركة الرمال للمقاولات"; the word alone is any ("شركة الكهرباء").
  bool trade = false;
  bool town = false;  // the town after it stays a mention of its own: كورنيش جدة
  // A generic complement and ب + a town or province after it name the body's
  // branch there: "إدارة التعليم بمنطقة مكة المكرمة" (as "إدارة التعليم" does not).
  bool branch = false;
};

enum class RefRule : uint8_t { kTitle, kSalient, kKind };
struct DescriptiveRef {
  EntityType type = EntityType::kPerson;
  RefRule rule = RefRule::kTitle;
  std::string kind;   // for kKind
  std::string title;  // the phrase's key, for kTitle
};

// A generic organisation phrase whose name takes "في" + a place after it:
// الحكومة المحلية في الأنبار.
inline constexpr uint32_t kGenericOrgPlace = 1;
// A generic phrase that names a body only before a known place: تعليم الرياض.
inline constexpr uint32_t kGenericOrgSeat = 2;

struct NerTables {
  // Loads data_dir/ner/*.tsv. kNotFound / kDataLoss naming file:line.
  static StatusOr<NerTables> Load(const std::string& data_dir);

  // Multi-token tables are tries whose first token is stored without the
  // article ("الرئيس" -> "رئيس"); AliasHit::entity indexes the side vector.
  AliasMatcher titles;
  std::vector<TitleClass> title_class;
  // Per title: kTitleAddress, kTitleDestination.
  std::vector<uint16_t> title_flags;
  AliasMatcher descriptive;
  std::vector<DescriptiveRef> descriptive_refs;
  AliasMatcher idioms;  // first token as written (article kept)
  // Organisations named by a generic phrase ("القوات المسلحة", "قوات
  // التحالف", "المجلس التشريعي"); first token stored without the article.
  AliasMatcher generic_orgs;  // AliasHit::entity: 0, kGenericOrgPlace or kGenericOrgSeat

  KeyMap<uint8_t> given_names;  // key -> flags
  KeyMap<ParticleRole> particles;
  KeyMap<Head> heads;  // org and place heads, key without the article
  // One outlet's heads as written ("صحيفة", "قناة"): before a name, the outlet.
  std::vector<std::string> outlet_heads;
  // A group's or a company's heads ("تنظيم", "جماعة", "شركة"), as written
  // and as matcher key: with one of them a quoted word may be a known body's
  // name («القاعدة»).
  struct GroupHead {
    std::string written;
    std::string key;
  };
  std::vector<GroupHead> group_heads;
  KeySet reporting_verbs;
  KeySet meeting_verbs;         // subject and object are people: استقبل، التقى
  KeyMap<PostWord> post_words;  // عين، كان، شغل، مؤخرا ...
  KeySet age_verbs;             // ناهز، يتجاوز ...: after عمر, the age
  KeySet metonymy_verbs;
  KeySet stop_words;
  KeySet modifiers;
  KeySet complement_nouns;
  KeySet directions;          // شمال، وسط، ...: before a place they locate a part of it
  KeySet eponym_nouns;        // مستشفى، مدرسة، ...: a name after them names the place
  KeySet demonstratives;      // هذا، تلك، ...: a common noun follows
  KeySet place_prepositions;  // عبر، نحو، قرب، ...: a place follows
  // العام، الدولي، ...: after a place's name in a facility's name, part of it.
  KeySet facility_adjectives;
  // شعب، عاصمة، ...: a country name shaped like an adjective after them is
  // the country ("شعب مالي"), not the adjective.
  KeySet country_nouns;
  // ألعاب، تمور، طفل، ...: after a town's head they name a themed complex
  // ("مدينة الألعاب"), no town.
  KeySet complex_nouns;
  // "الفصل في" (a verbal noun with its article and the preposition of its
  // object): the preposition and the object stay in a body's name.
  KeySet prepositional_nouns;
  KeySet prepositional_preps;  // the prepositions of those entries: في، على، عن
  KeySet participles;   // التابعة، الموالية، ...: end an organisation's name
  KeySet sports_words;  // الدوري، المباراة، المدرب ...: a story about sport
  KeySet scope_adjectives;  // الدولي، العالمي، العربي: a body's scope, as a gentilic
  KeySet ordinals;  // الأولى، الثانية، ...: القناة السعودية الأولى
  KeySet title_words;  // بعنوان، شعار، ...: a quoted title or slogan follows, no name
  KeySet kinship;      // عم، أخ، زوجة، ...: no name after ابن, nor inside a name
  // الشاب، الطفل، الشهيد، المدعو، ...: nouns for a person (no title, no
  // role) before whose name a given name that is also a word opens it.
  KeySet person_nouns;
  // Family names of tribes and clans, a nisba with the article, that the word
  // list also knows as adjectives ("الحربي", military; "الشهري", monthly).
  KeySet family_names;
  // Bodies every state or province has, named by their head and a common
  // noun ("مجلس الوزراء", "رئاسة الجمهورية"): alone they name no entity.
  // Keys of the words joined by a space, the first without the article.
  KeySet unnamed_bodies;
};

}  // namespace rased::ner

#endif  // RASED_NER_NER_TABLES_H_

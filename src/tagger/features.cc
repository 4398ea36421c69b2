#include "tagger/features.h"

#include <array>
#include <atomic>
#include <bit>
#include <cstring>
#include <optional>
#include <string>

#include "common/tsv.h"
#include "kb/knowledge_base.h"
#include "text/lexicon.h"
#include "text/normalize.h"

namespace rased::tagger {

namespace {

// Bits of TokenInfo::lex: which curated table knows the word.
enum LexBit : uint32_t {
  kTitleRank,
  kTitleOffice,
  kTitleProfession,
  kTitleHonorific,
  kTitlePart,  // a word of a multi-word title (رئيس الوزراء، ولي العهد)
  kGiven,
  kGivenFemale,
  kGivenForeign,
  kGivenCommon,
  kParticlePrefix,
  kParticleTheophoric,
  kParticleSuffix,
  kParticleForeign,
  kHeadOrg,
  kHeadLoc,
  kHeadFac,
  kHeadName,  // mode "name": the entity is the name after the head
  kHeadWeak,
  kHeadNational,
  kReportingVerb,
  kMetonymyVerb,
  kStopWord,
  kModifier,
  kComplementNoun,
  kGentilic,      // a gentilic adjective of a knowledge-base country (الروسية)
  kKnownWord,     // the text stage's word list knows the key, base or stem
  kForeignShape,  // long, no article, many long vowels: a transliterated name
  kKbWord,        // + EntityType: a word of some knowledge-base name of that type
  kNumLexBits = kKbWord + 4,
};
static_assert(kNumLexBits <= 32);

// Bits of TokenInfo::kb: a knowledge-base alias of type T begins at, or
// continues through, the token; weak when only shared short aliases match.
enum KbBit : uint32_t {
  kKbBegin = 0,   // + EntityType
  kKbInside = 4,  // + EntityType
  kKbWeak = 8,
  kKbLatin = 9,
  kNumKbBits = 10,
};

// Feature templates. The numbers are part of the model format.
enum Template : uint64_t {
  kBias = 1,
  kKey,
  kBase,
  kStem,
  kPrefix2,
  kPrefix3,
  kSuffix2,
  kSuffix3,
  kShape,
  kProclitic,
  kBaseM2,
  kBaseM1,
  kBaseP1,
  kBaseP2,
  kBigramM1,  // base[-1] base[0]
  kBigramP1,  // base[0] base[+1]
  kShapeM1,   // shape[-1] shape[0]
  kShapeP1,   // shape[0] shape[+1]
  kLexAt,     // + offset + 2, then one feature per set bit
  kKbAt = kLexAt + 5,
  kLexPrevShape = kKbAt + 3,  // the whole lex set of [-1] with shape[0]
  kLexKb,                     // the lex set with the kb set of [0]
  kBaseM1Known,               // base[-1] with whether [0] is a known word
  kSuffix2M1,                 // suffix2[-1]: nisba adjectives after a name
  kStemP1,
  kNumTemplates,
};

static_assert(std::endian::native == std::endian::little, "HashBytes reads little-endian chunks");

constexpr std::string_view kVersion = "rased-tagger-features/2";
constexpr size_t kCacheSize = size_t{1} << 15;  // DictionaryCache entries, a power of two

std::atomic<uint64_t> g_next_extractor_id{1};
constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // "ال"

inline uint64_t Mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}
inline uint64_t Combine(uint64_t a, uint64_t b) { return Mix(a ^ (b * 0x9E3779B97F4A7C15ull + 1)); }
// Values are hashes or small codes; one multiply-xorshift round (a bijection
// for each template) spreads them over the bits the model's table uses.
inline uint64_t Feature(uint64_t tmpl, uint64_t value) {
  const uint64_t h = (value ^ (tmpl * 0x9E3779B97F4A7C15ull)) * 0xD6E8FEB86659FD93ull;
  return h ^ (h >> 32);
}

// Code-point prefix or suffix of a UTF-8 key, at most n letters.
std::string_view PrefixLetters(std::string_view s, int n) {
  size_t i = 0;
  for (int k = 0; k < n && i < s.size(); ++k) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return s.substr(0, i);
}
std::string_view SuffixLetters(std::string_view s, int n) {
  size_t i = s.size();
  for (int k = 0; k < n && i > 0; ++k) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  }
  return s.substr(i);
}
int Letters(std::string_view s) {
  int n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Long vowels (ا و ي) after the first letter: transliterated names have many.
bool ForeignShape(std::string_view stem, std::string_view base) {
  if (base.starts_with(kAl)) return false;
  int letters = 0, vowels = 0;
  for (size_t i = 0; i < stem.size();) {
    unsigned char c0 = static_cast<unsigned char>(stem[i]);
    size_t len = c0 < 0x80 ? 1 : (c0 >> 5) == 6 ? 2 : (c0 >> 4) == 14 ? 3 : 4;
    std::string_view cp = stem.substr(i, len);
    ++letters;
    if (letters > 1 && (cp == "\xD8\xA7" || cp == "\xD9\x88" || cp == "\xD9\x8A")) ++vowels;
    i += len;
  }
  return letters >= 6 && vowels * 3 >= letters;
}

// Boundary neighbours: one hash per side and distance.
const uint64_t kBos1 = HashBytes("<s-1>"), kBos2 = HashBytes("<s-2>");
const uint64_t kEos1 = HashBytes("</s+1>"), kEos2 = HashBytes("</s+2>");
constexpr uint32_t kShapeBos = 0xFFFF0001u, kShapeEos = 0xFFFF0002u;

}  // namespace

std::string_view LabelName(int label) {
  static constexpr std::array<std::string_view, kNumLabels> kNames = {
      "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-FAC", "I-FAC"};
  return label >= 0 && label < kNumLabels ? kNames[label] : "?";
}

uint64_t HashBytes(std::string_view s) {
  // Eight bytes at a time (little-endian loads, asserted above), each chunk
  // folded in with a multiply-xorshift mix.
  uint64_t h = 0x243F6A8885A308D3ull ^ (s.size() * 0x9E3779B97F4A7C15ull);
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, s.data() + i, 8);
    h = (h ^ chunk) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  if (i < s.size()) {
    uint64_t chunk = 0;
    std::memcpy(&chunk, s.data() + i, s.size() - i);
    h = (h ^ chunk) * 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 29;
  }
  return Mix(h);
}

bool FeatureExtractor::IsProperNoun(const TokenInfo& t) {
  const auto kind = static_cast<TokenKind>(t.shape & 7);
  if (kind == TokenKind::kLatin) return true;
  if (kind != TokenKind::kWord) return false;
  const uint32_t alias = (0xFu << kKbBegin) | (0xFu << kKbInside);
  if ((t.kb & alias) != 0 && !(t.kb & (1u << kKbWeak))) return true;
  return (t.lex & ((1u << kKnownWord) | (1u << kStopWord) | (1u << kGentilic))) == 0;
}

uint64_t FeatureExtractor::Fingerprint() {
  // The version string names the template set; the probes pin the hash
  // function and the way features are combined.
  uint64_t h = HashBytes(kVersion);
  h = Combine(h, kNumTemplates);
  h = Combine(h, kNumLexBits);
  h = Combine(h, kNumKbBits);
  h = Combine(h, kNumLabels);
  h = Combine(h, Feature(kKey, HashBytes("\xD8\xAD\xD9\x81\xD8\xAA\xD8\xB1")));  // "حفتر"
  return h;
}

FeatureExtractor::FeatureExtractor(const KnowledgeBase& kb, const text::Lexicon& lexicon)
    : id_(g_next_extractor_id.fetch_add(1)), kb_(kb), lexicon_(lexicon) {}
FeatureExtractor::~FeatureExtractor() = default;

StatusOr<std::unique_ptr<FeatureExtractor>> FeatureExtractor::Create(const std::string& data_dir,
                                                                     const KnowledgeBase& kb,
                                                                     const text::Lexicon& lexicon) {
  std::unique_ptr<FeatureExtractor> fx(new FeatureExtractor(kb, lexicon));
  RASED_RETURN_IF_ERROR(fx->LoadTables(data_dir));
  return fx;
}

Status FeatureExtractor::LoadTables(const std::string& data_dir) {
  uint64_t fp = HashBytes("tables");
  auto add_word = [&](std::string_view key, uint32_t bits, bool strip_article) {
    if (key.empty()) return;
    lex_.Insert(key, 0) |= bits;
    if (strip_article && key.starts_with(kAl) && Letters(key) > 3) {
      lex_.Insert(key.substr(kAl.size()), 0) |= bits;
    }
  };
  // Adds the first field of every row; `bits_of` decides the bits from the
  // row and may reject it with a message.
  auto load = [&](std::string_view name, bool strip_article, auto bits_of) -> Status {
    const std::string path = data_dir + "/ner/" + std::string(name);
    RASED_ASSIGN_OR_RETURN(std::vector<TsvRow> rows, ReadTsv(path));
    for (const TsvRow& row : rows) {
      uint32_t bits = 0;
      std::string error;
      if (!bits_of(row, &bits, &error)) {
        return Status::DataLoss(path + ":" + std::to_string(row.line) + ": " + error);
      }
      std::vector<std::string> words = KeyTokens(row.fields[0]);
      if (words.empty()) continue;
      for (const std::string& f : row.fields) fp = Combine(fp, HashBytes(f));
      if (words.size() == 1) {
        add_word(words[0], bits, strip_article);
      } else {
        // Multi-word entries mark every word; the model learns how much a
        // word of "ولي العهد" (crown prince) says on its own.
        for (const std::string& w : words) add_word(w, 1u << kTitlePart, strip_article);
      }
    }
    return Status::OK();
  };
  auto one_bit = [](uint32_t bit) {
    return [bit](const TsvRow&, uint32_t* bits, std::string*) {
      *bits = 1u << bit;
      return true;
    };
  };
  RASED_RETURN_IF_ERROR(
      load("titles.tsv", true, [](const TsvRow& row, uint32_t* bits, std::string* error) {
        std::string_view c = row.fields.size() > 1 ? row.fields[1] : "";
        if (c == "rank") {
          *bits = 1u << kTitleRank;
        } else if (c == "office") {
          *bits = 1u << kTitleOffice;
        } else if (c == "profession") {
          *bits = 1u << kTitleProfession;
        } else if (c == "honorific") {
          *bits = 1u << kTitleHonorific;
        } else {
          *error = "unknown title class \"" + std::string(c) + "\"";
          return false;
        }
        return true;
      }));
  RASED_RETURN_IF_ERROR(
      load("given_names.tsv", false, [](const TsvRow& row, uint32_t* bits, std::string*) {
        *bits = 1u << kGiven;
        std::vector<std::string> tags =
            row.fields.size() > 1 ? SplitList(row.fields[1], ' ') : std::vector<std::string>{};
        for (const std::string& t : tags) {
          if (t == "f") *bits |= 1u << kGivenFemale;
          if (t == "foreign") *bits |= 1u << kGivenForeign;
          if (t == "common") *bits |= 1u << kGivenCommon;
        }
        return true;
      }));
  RASED_RETURN_IF_ERROR(
      load("name_particles.tsv", false, [](const TsvRow& row, uint32_t* bits, std::string* error) {
        std::string_view r = row.fields.size() > 1 ? row.fields[1] : "";
        if (r == "prefix") {
          *bits = 1u << kParticlePrefix;
        } else if (r == "theophoric") {
          *bits = 1u << kParticleTheophoric;
        } else if (r == "suffix") {
          *bits = 1u << kParticleSuffix;
        } else if (r == "foreign") {
          *bits = 1u << kParticleForeign;
        } else {
          *error = "unknown particle role \"" + std::string(r) + "\"";
          return false;
        }
        return true;
      }));
  auto head = [](const TsvRow& row, uint32_t* bits, std::string* error) {
    std::optional<EntityType> type =
        row.fields.size() > 1 ? ParseEntityType(row.fields[1]) : std::nullopt;
    if (!type) {
      *error = "expected head<TAB>type<TAB>mode[<TAB>flags]";
      return false;
    }
    *bits = *type == EntityType::kFacility   ? 1u << kHeadFac
            : *type == EntityType::kLocation ? 1u << kHeadLoc
                                             : 1u << kHeadOrg;
    if (row.fields.size() > 2 && row.fields[2] == "name") *bits |= 1u << kHeadName;
    if (row.fields.size() > 3) {
      for (const std::string& f : SplitList(row.fields[3], ' ')) {
        if (f == "weak") *bits |= 1u << kHeadWeak;
        if (f == "national") *bits |= 1u << kHeadNational;
      }
    }
    return true;
  };
  RASED_RETURN_IF_ERROR(load("org_heads.tsv", true, head));
  RASED_RETURN_IF_ERROR(load("place_heads.tsv", true, head));
  RASED_RETURN_IF_ERROR(load("reporting_verbs.tsv", false, one_bit(kReportingVerb)));
  RASED_RETURN_IF_ERROR(load("metonymy_verbs.tsv", false, one_bit(kMetonymyVerb)));
  RASED_RETURN_IF_ERROR(load("stop_words.tsv", false, one_bit(kStopWord)));
  RASED_RETURN_IF_ERROR(load("modifiers.tsv", true, one_bit(kModifier)));
  RASED_RETURN_IF_ERROR(load("complement_nouns.tsv", true, one_bit(kComplementNoun)));
  tables_fingerprint_ = fp;
  // Words of knowledge-base names by type: "فلاديمير" of a person, "الجويه"
  // of an organisation. Function words are left out: they are in every type.
  for (const KbEntity& e : kb_.entities()) {
    const uint32_t bit = 1u << (kKbWord + static_cast<uint32_t>(e.type));
    auto add = [&](const std::string& name) {
      for (const std::string& w : KeyTokens(name)) {
        if (Letters(w) < 2) continue;
        const uint32_t* known = lex_.Find(w);
        if (known != nullptr && (*known & (1u << kStopWord))) continue;
        lex_.Insert(w, 0) |= bit;
      }
    };
    add(e.name_ar);
    for (const std::string& a : e.aliases_ar) add(a);
  }
  return Status::OK();
}

void FeatureExtractor::LookUp(const Token& t, std::string_view key, std::string_view base,
                              std::string_view stem, DictionaryCache::Entry* e) const {
  uint32_t lex = 0;
  if (const uint32_t* b = lex_.Find(key)) lex |= *b;
  if (base != key) {
    if (const uint32_t* b = lex_.Find(base)) lex |= *b;
  }
  if (stem != base) {
    if (const uint32_t* b = lex_.Find(stem)) lex |= *b;
  }
  if (kb_.AdjectiveIndex(key) >= 0 || (base != key && kb_.AdjectiveIndex(base) >= 0)) {
    lex |= 1u << kGentilic;
  }
  if (t.kind == TokenKind::kWord) {
    if (lexicon_.Contains(key) || lexicon_.Contains(base) || lexicon_.Contains(stem) ||
        KnownInflection(stem)) {
      lex |= 1u << kKnownWord;
    } else if (ForeignShape(stem, base)) {
      lex |= 1u << kForeignShape;
    }
  }
  e->lex = lex;
  const AliasMatcher& m = kb_.matcher();
  e->alias = (m.StartsAlias(key) ? 1u : 0u) | (base != key && m.StartsAlias(base) ? 2u : 0u);
}

bool FeatureExtractor::KnownInflection(std::string_view stem) const {
  // The word list holds stems without inflections ("عسكري" but not
  // "عسكرية", "قوة" but not "قوات"): undo the feminine, the nisba feminine
  // and the sound plurals, keys spelling ة as ه.
  constexpr std::string_view kHa = "\xD9\x87";          // "ه" (from ة)
  constexpr std::string_view kAt = "\xD8\xA7\xD8\xAA";  // "ات"
  constexpr std::string_view kUn = "\xD9\x88\xD9\x86";  // "ون"
  constexpr std::string_view kIn = "\xD9\x8A\xD9\x86";  // "ين"
  if (Letters(stem) < 4) return false;
  for (std::string_view ending : {kHa, kAt, kUn, kIn}) {
    if (!stem.ends_with(ending)) continue;
    const std::string_view bare = stem.substr(0, stem.size() - ending.size());
    if (lexicon_.Contains(bare)) return true;
    // "ات" also replaces a ة: "قوات" -> "قوه".
    if (ending == kAt && lexicon_.Contains(std::string(bare) + std::string(kHa))) return true;
  }
  return false;
}

void FeatureExtractor::Describe(const Document& doc, const Token& t, DictionaryCache* cache,
                                TokenInfo* in) const {
  const std::string_view key = t.key;
  const std::string_view base = t.base.empty() ? key : std::string_view(t.base);
  const std::string_view stem = t.stem.empty() ? base : std::string_view(t.stem);
  in->key = HashBytes(key);
  in->base = base == key ? in->key : HashBytes(base);
  in->stem = stem == base ? in->base : HashBytes(stem);
  in->prefix2 = HashBytes(PrefixLetters(stem, 2));
  in->prefix3 = HashBytes(PrefixLetters(stem, 3));
  in->suffix2 = HashBytes(SuffixLetters(stem, 2));
  in->suffix3 = HashBytes(SuffixLetters(stem, 3));
  in->proclitic = 0;
  if (base.size() < key.size()) {
    // "وبالجفرة" -> "وب"; "للأسد" (base "الاسد") -> "ل".
    std::string_view p = key.substr(0, key.size() - base.size());
    if (!key.ends_with(base)) p = PrefixLetters(key, 1);
    in->proclitic = HashBytes(p);
  }

  const int letters = Letters(stem);
  uint32_t shape = static_cast<uint32_t>(t.kind);
  shape |= static_cast<uint32_t>(letters < 8 ? letters : 8) << 3;
  shape |= (stem.size() < base.size() ? 1u : 0u) << 7;  // article
  shape |= (base.size() < key.size() ? 1u : 0u) << 8;   // proclitic
  shape |= (t.enclitic_bytes > 0 ? 1u : 0u) << 9;
  if (t.kind == TokenKind::kLatin) {
    const char c = doc.text[t.span.begin];
    shape |= (c >= 'A' && c <= 'Z' ? 1u : 0u) << 10;
  }
  shape |= (t.has_value ? 1u : 0u) << 11;
  in->shape = shape;

  in->lex = 0;
  in->alias = 0;
  in->kb = 0;
  if (t.kind != TokenKind::kWord && t.kind != TokenKind::kLatin) return;
  // Base and stem are the key less leading letters, so the key with their
  // lengths names all three.
  uint64_t word =
      Combine(Combine(in->key, base.size() * 256 + stem.size()), static_cast<uint64_t>(t.kind));
  if (word == 0) word = 1;
  DictionaryCache::Entry& e = cache->entries[word & (kCacheSize - 1)];
  if (e.word != word) {
    LookUp(t, key, base, stem, &e);
    e.word = word;
  }
  in->lex = e.lex;
  in->alias = e.alias;
}

void FeatureExtractor::MatchKb(const Document& doc, uint32_t begin, uint32_t end,
                               TokenInfo* info) const {
  const AliasMatcher& m = kb_.matcher();
  for (uint32_t i = begin; i < end; ++i) {
    const Token& t = doc.tokens[i];
    const uint32_t alias = info[i - begin].alias;
    if (alias == 0) continue;
    // The longest alias starting here, read from the key or the clitic-free base.
    uint32_t best_end = 0;
    int32_t best_node = -1;
    for (int r = 0; r < 2; ++r) {
      if (!(alias & (1u << r))) continue;
      std::string_view first = r == 0 ? std::string_view(t.key) : std::string_view(t.base);
      int32_t node = m.Step(AliasMatcher::kRoot, first);
      uint32_t j = i + 1;
      while (node >= 0) {
        if (j > best_end && !m.Hits(node).empty()) {
          best_end = j;
          best_node = node;
        }
        if (j >= end) break;
        node = m.Step(node, doc.tokens[j].key);
        ++j;
      }
    }
    if (best_node < 0) continue;
    uint32_t types = 0;
    bool strong = false, latin = false;
    for (const AliasHit& h : m.Hits(best_node)) {
      if (h.latin && t.kind != TokenKind::kLatin) continue;
      latin = latin || h.latin;
      strong = strong || !h.weak;
      types |= 1u << static_cast<uint32_t>(kb_.entities()[h.entity].type);
    }
    if (types == 0) continue;
    uint32_t bits = (strong ? 0u : 1u << kKbWeak) | (latin ? 1u << kKbLatin : 0u);
    info[i - begin].kb |= (types << kKbBegin) | bits;
    for (uint32_t k = i + 1; k < best_end; ++k) info[k - begin].kb |= (types << kKbInside) | bits;
  }
}

void FeatureExtractor::Extract(const Document& doc, uint32_t begin, uint32_t end,
                               FeatureBuffer* out, bool dictionaries) const {
  const uint32_t n = end - begin;
  out->hashes.clear();
  out->offsets.clear();
  out->info.resize(n);
  TokenInfo* info = out->info.data();
  DictionaryCache& cache = out->cache;
  if (cache.owner != id_ || cache.entries.size() != kCacheSize) {
    cache.entries.assign(kCacheSize, DictionaryCache::Entry());
    cache.owner = id_;
  }
  for (uint32_t k = 0; k < n; ++k) Describe(doc, doc.tokens[begin + k], &cache, &info[k]);
  if (dictionaries) {
    MatchKb(doc, begin, end, info);
  } else {
    for (uint32_t k = 0; k < n; ++k) info[k].lex = 0;
  }

  auto base_at = [&](int64_t k, uint64_t before, uint64_t after) {
    return k < 0 ? before : k >= n ? after : info[k].base;
  };
  auto shape_at = [&](int64_t k) { return k < 0 ? kShapeBos : k >= n ? kShapeEos : info[k].shape; };
  std::vector<uint64_t>& h = out->hashes;
  h.reserve(n * 40);
  out->offsets.reserve(n + 1);
  for (int64_t k = 0; k < n; ++k) {
    out->offsets.push_back(static_cast<uint32_t>(h.size()));
    const TokenInfo& t = info[k];
    const uint64_t m2 = base_at(k - 2, kBos2, kEos2), m1 = base_at(k - 1, kBos1, kEos1);
    const uint64_t p1 = base_at(k + 1, kBos1, kEos1), p2 = base_at(k + 2, kBos2, kEos2);
    h.push_back(Feature(kBias, 0));
    h.push_back(Feature(kKey, t.key));
    h.push_back(Feature(kBase, t.base));
    h.push_back(Feature(kStem, t.stem));
    h.push_back(Feature(kPrefix2, t.prefix2));
    h.push_back(Feature(kPrefix3, t.prefix3));
    h.push_back(Feature(kSuffix2, t.suffix2));
    h.push_back(Feature(kSuffix3, t.suffix3));
    h.push_back(Feature(kShape, t.shape));
    h.push_back(Feature(kProclitic, t.proclitic));
    h.push_back(Feature(kBaseM2, m2));
    h.push_back(Feature(kBaseM1, m1));
    h.push_back(Feature(kBaseP1, p1));
    h.push_back(Feature(kBaseP2, p2));
    h.push_back(Feature(kBigramM1, Combine(m1, t.base)));
    h.push_back(Feature(kBigramP1, Combine(t.base, p1)));
    h.push_back(Feature(kShapeM1, Combine(shape_at(k - 1), t.shape)));
    h.push_back(Feature(kShapeP1, Combine(t.shape, shape_at(k + 1))));
    for (int64_t d = -2; d <= 2; ++d) {
      if (k + d < 0 || k + d >= n) continue;
      for (uint32_t bits = info[k + d].lex; bits != 0; bits &= bits - 1) {
        h.push_back(Feature(kLexAt + static_cast<uint64_t>(d + 2), __builtin_ctz(bits)));
      }
    }
    for (int64_t d = -1; d <= 1; ++d) {
      if (k + d < 0 || k + d >= n) continue;
      for (uint32_t bits = info[k + d].kb; bits != 0; bits &= bits - 1) {
        h.push_back(Feature(kKbAt + static_cast<uint64_t>(d + 1), __builtin_ctz(bits)));
      }
    }
    const uint32_t prev_lex = k > 0 ? info[k - 1].lex : 0xFFFFFFFFu;
    h.push_back(Feature(kLexPrevShape, Combine(prev_lex, t.shape)));
    h.push_back(Feature(kLexKb, Combine(t.lex, t.kb)));
    h.push_back(Feature(kBaseM1Known, Combine(m1, (t.lex >> kKnownWord) & 1)));
    h.push_back(Feature(kSuffix2M1, k > 0 ? info[k - 1].suffix2 : kBos1));
    h.push_back(Feature(kStemP1, k + 1 < n ? info[k + 1].stem : kEos1));
  }
  out->offsets.push_back(static_cast<uint32_t>(h.size()));
}

}  // namespace rased::tagger

// The entity stage: what each word form is (lexicon, titles, heads, given names), computed once per
// form.
#include "ner/entity_annotator_internal.h"

namespace rased::ner::internal {

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
  // A participle of the tenth form ("مستقويا", relying on; "مستندا"): no
  // name opens with مست, so the shape suffices where the word list lacks
  // the form.
  if (Letters(word) >= 6 && word.starts_with("\xD9\x85\xD8\xB3\xD8\xAA")) return true;  // مست
  if (!lexicon_->Contains(stem)) return false;
  constexpr std::string_view kAlef = "\xD8\xA7", kYaa = "\xD9\x8A", kMim = "\xD9\x85";
  if (stem.ends_with(kYaa) || stem.starts_with(kMim)) return true;
  // Second letter ا (فاعل) or third letter ي (فعيل); every letter here is two bytes.
  if (stem.size() >= 6 && (stem.substr(2, 2) == kAlef || stem.substr(4, 2) == kYaa)) return true;
  // Third letter ا (فعال), a noun or adverb of place: "قرارا" (a decision),
  // "شمالا" (northwards); not on a given name ("كمالا" is Kamala).
  if (stem.size() == 8 && stem.substr(4, 2) == kAlef && !t_.given_names.contains(stem)) {
    return true;
  }
  // A verbal noun of the second form, تفعيل ("تمثيلا", "تأكيدا").
  return stem.size() == 10 && stem.starts_with("\xD8\xAA") && stem.substr(6, 2) == kYaa;
}

// Whether `word` is a known noun in the indefinite accusative, its tanwin
// unwritten, of any shape ("شكرا", thanks; "عرضا", an offer; "اجتماعا"), or a
// sound plural in the construct state ("مبتكرو هذه التقنية", the inventors of
// this technique). Only where a name is expected and none is known (after a
// title or a reporting verb): given names ending so are in the given-name
// table ("دينا", "نورا").
bool EntityAnnotator::IndefiniteNoun(std::string_view word) const {
  if (!lexicon_ || Letters(word) < 4 || t_.given_names.contains(word)) return false;
  if (AccusativeOfKnown(word)) return true;
  const std::string_view stem = word.substr(0, word.size() - 2);
  if (word.ends_with("\xD8\xA7")) return lexicon_->Contains(stem) || KnownArabic(stem);  // ا
  if (word.ends_with("\xD9\x88") && Letters(word) >= 5) {  // و: the plural's ن fell
    std::string plural(word);
    plural += "\xD9\x86";  // ن
    // The plural itself, or a participle (م...) whose singular is known.
    return lexicon_->Contains(plural) ||
           (word.starts_with("\xD9\x85") && Letters(stem) >= 4 && lexicon_->Contains(stem));
  }
  return false;
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
    // "يعتمد" (relies) of "اعتمد", "ينضم" of "انضم", "يستطيع": the derived
    // stems with ت second, ن or ست first take an alef in the perfect.
    if (Letters(s) >= 4 &&
        (s.substr(2, 2) == "\xD8\xAA" || s.starts_with("\xD9\x86") ||
         s.starts_with("\xD8\xB3\xD8\xAA")) &&
        lexicon_->Contains(std::string("\xD8\xA7").append(s))) {
      return true;
    }
  }
  return false;
}

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
    // "للواء" (to the brigade) is known whole only as ل + "لواء": the stem
    // the tokenizer split off is the word, so the head holds.
    bool known_before = false;
    for (int q = 0; q < nr && lexicon_ && w != t.base; ++q) {
      known_before = known_before || (readings[q].stripped < readings[r].stripped &&
                                      lexicon_->Contains(readings[q].key));
    }
    if (auto it = t_.heads.find(DropAl(w));
        it != t_.heads.end() && !known_before && !(alef_maqsura && it->second.ends_ya)) {
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
  // An office in the accusative, the post one is named to ("عين وزيرا"):
  // the title's node of `w` read without its final alef, or -1. Offices only:
  // "مصورا فوتوغرافيا" is a profession's predicate, no post.
  auto accusative_office = [&](std::string_view w) -> int32_t {
    if (t.kind != TokenKind::kWord || StartsWithAl(w) || Letters(w) < 4 ||
        !w.ends_with("\xD8\xA7")) {  // ا
      return -1;
    }
    const int32_t n = t_.titles.Step(AliasMatcher::kRoot, w.substr(0, w.size() - 2));
    if (n < 0 || t_.titles.Hits(n).empty()) return -1;
    const uint32_t entry = t_.titles.Hits(n)[0].entity;
    return t_.title_class[entry] == TitleClass::kOffice &&
                   !(t_.title_flags[entry] & kTitleNoAccusative)
               ? n
               : -1;
  };
  // The word list may read the accusative as its stem ("وزيرا" as "وزير"), or
  // as a proclitic and a stem ("و" + "زيرا"): the key decides first.
  if (out.title_key_node < 0) {
    if (const int32_t n = accusative_office(t.key); n >= 0) {
      out.title_key_node = out.title_node = n;
      out.accusative_title = true;
    }
  }
  if (out.title_node < 0) {
    if (const int32_t n = accusative_office(word); n >= 0) {
      out.title_node = n;
      out.accusative_title = true;
    }
  }
  // "كرئيس" (as president): ك + a title, which word lists may not split.
  if (out.title_node < 0 && t.kind == TokenKind::kWord && t.key.starts_with("\xD9\x83") &&
      Letters(t.key) >= 4) {
    const int32_t n = t_.titles.Step(AliasMatcher::kRoot, t.key.substr(2));
    if (n >= 0) out.title_node = n;
  }
  // "وإلى" (and to) folds to the key of "والي" (a governor): written with its
  // final alef maqsura, never the title.
  if (alef_maqsura && (DropAl(t.key) == "\xD9\x88\xD8\xA7\xD9\x84\xD9\x8A" ||  // والي
                       DropAl(word) == "\xD9\x88\xD8\xA7\xD9\x84\xD9\x8A")) {
    out.title_key_node = out.title_node = -1;
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

}  // namespace rased::ner::internal

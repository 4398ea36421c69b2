// The entity stage: titles and the people named after them, given names, name particles.
#include "ner/entity_annotator_internal.h"

namespace rased::ner::internal {

namespace {

// Whether the word at a name's second place or later reads, by its shape, as
// a verb in the perfect (or the future) of a stem the word list knows: the
// verb the name is the subject of, never a family name. `word` is the folded
// key, `surface` the word as written. The shapes:
//  - a plural "وا" on a known stem: "اقتحموا" (they stormed);
//  - a derived stem with its alef (forms VII, VIII, X): "انهال", "اتفق",
//    "استقال", known to the word list as a whole;
//  - form IV of a stem ending in a weak letter, "أ" … "ى": "أمضى" (spent);
//  - the future "سي" + an imperfect: "سيقبل" (will accept).
// The word list also knows the verbal nouns of the derived stems
// ("انفجار"), which are no family names either.
bool VerbShape(const text::Lexicon& lexicon, std::string_view word, std::string_view surface,
               bool verb_like_rest) {
  const size_t n = Letters(word);
  if (n < 4) return false;
  constexpr std::string_view kWa = "\xD9\x88\xD8\xA7";  // وا
  if (word.ends_with(kWa) && lexicon.Contains(word.substr(0, word.size() - kWa.size()))) {
    return true;
  }
  // A ta marbuta (folded ه), a nisba (ي) or a feminine plural (ات) ends a
  // noun or adjective: "اشتية" is a family name.
  const bool noun_end = word.ends_with("\xD9\x87") || word.ends_with("\xD9\x8A") ||
                        word.ends_with("\xD8\xA7\xD8\xAA");
  const bool derived = word.starts_with("\xD8\xA7\xD9\x86") ||                             // ان
                       word.starts_with("\xD8\xA7\xD8\xB3\xD8\xAA") ||                     // است
                       (word.starts_with("\xD8\xA7") && word.substr(4, 2) == "\xD8\xAA");  // افتعل
  if (derived && !noun_end && n <= 6 && lexicon.Contains(word)) return true;
  if (n == 4 && surface.starts_with("\xD8\xA3") && surface.ends_with("\xD9\x89") &&  // أ … ى
      lexicon.Contains(word)) {
    return true;
  }
  // (Only "سي" + the third person: "ستالين" is no "س" + "تالين".)
  return n >= 5 && word.starts_with("\xD8\xB3\xD9\x8A") && verb_like_rest;  // سي
}

// Whether `word` (a folded key) has the shape of a verbal noun of form II
// (taf'il): ت + four letters with ي third ("تصحيح", "تنظيم", "تسجيل"). The
// word facts may read it as an imperfect (ت + "صحيح"), but an imperfect's
// stem after ت has three letters ("تكتب", "تفيد") or five ("تستفيد").
bool TafilNoun(std::string_view word) {
  return word.starts_with("\xD8\xAA") && Letters(word) == 5 &&
         word.substr(6, 2) == "\xD9\x8A";  // ت…ي
}

// Whether the word `in` (key `key`) has the shape of a family name of the
// Maghreb built on "بو" (father of): "بوسنين", "بولحية". ب never stands
// before و (the order is "وب"), so the word is ب + a word of its own only
// when that word, و and all, is known ("بوضوح", clearly; "بوجود", with the
// presence of).
bool BuSurname(const text::Lexicon& lexicon, const TokInfo& in, std::string_view key) {
  return in.stripped == 1 && key.starts_with("\xD8\xA8\xD9\x88") &&  // بو
         Letters(key) >= 5 && !in.facts.function_word && !HasPossessiveEnding(in.word) &&
         !(in.flags & (kStop | kDefinite | kGiven | kHead | kGentilic | kReporting)) &&
         !lexicon.Contains(in.word);
}

// Whether the common given name at i ("منصور", victorious) opens a name
// because a nisba with the article and a relative pronoun follow it:
// "ويرأس الصحيفة منصور الجمري الذي ..." (Mansour al-Jamri, who heads the
// paper). A noun without the article takes no adjective with it; the nisba
// is the family name and the pronoun closes the name.
//
// Not after an indefinite noun, whose genitive the word would be: "أسباب
// نجاح التحدي التي" (the reasons for the success of the challenge, which).
bool NisbaBeforeRelative(const TokInfo* before, const TokInfo& given, const TokInfo& family,
                         const Token& family_token, std::string_view next) {
  if (before && (before->flags & kLexicon) &&
      !(before->flags & (kDefinite | kVerbLike | kReporting | kPunct | kStop))) {
    return false;
  }
  constexpr std::string_view kAlladhi = "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A";  // الذي
  constexpr std::string_view kAllati = "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A";   // التي
  return given.stripped == 0 && (given.flags & kGiven) && family.stripped == 0 &&
         family_token.kind == TokenKind::kWord &&
         (family.flags & (kDefinite | kNisba | kGiven | kHead)) == (kDefinite | kNisba) &&
         family.word.ends_with("\xD9\x8A") &&  // ي
         (next == kAlladhi || next == kAllati);
}

// Whether the word at k is written with a hamza on an alef before a lam
// ("إليسا", Elissa; "ألامايو", Alemayehu): the article is never written so,
// and the folded key's "ال" opens a foreign name, not a definite word.
bool HamzaLam(const Document& doc, const Token& t) {
  if (t.kind != TokenKind::kWord) return false;
  const std::string_view s = doc.Slice(t.span);
  return s.starts_with("\xD8\xA3\xD9\x84") || s.starts_with("\xD8\xA5\xD9\x84");  // أل إل
}

// Whether `word` is "عمر" (age; Omar) before a verb that measures it
// (data/ner/age_verbs.tsv): "توفي عن عمر ناهز الثمانين" (died at an age
// nearing eighty). A name does not take these verbs right after it: they
// need the amount, which follows them. `next` is the key of the word after it.
bool AgeBeforeVerb(const NerTables& t, std::string_view word, std::string_view next) {
  return word == "\xD8\xB9\xD9\x85\xD8\xB1" && t.age_verbs.contains(next);  // عمر
}

// Whether `rest`, a word after a proclitic ب or ك was read off a name's
// first word, leaves that name alone: no word of the language, or only an
// imperfect verb ("كيرن" read as ك + "يرن", rings), which never follows a
// preposition. `lexicon` may be null (then nothing is known).
bool ForeignAfterPreposition(const text::Lexicon* lexicon, std::string_view rest) {
  return lexicon == nullptr || !lexicon->Contains(rest) || rest.starts_with("\xD9\x8A");  // ي
}

// The text between token k-1 and token k (all the text before token 0).
std::string_view GapBefore(const Document& doc, uint32_t k) {
  const auto& tokens = doc.tokens;
  const size_t b = k == 0 ? 0 : tokens[k - 1].span.end;
  return std::string_view(doc.text).substr(b, tokens[k].span.begin - b);
}

// Whether token k opens a line: the first token, a line break before it, or
// only Latin words before it on its line, the navigation of the page the
// article was taken from ("Next Previous أحمد X – عين اليوم").
bool OpensLine(const Document& doc, uint32_t k) {
  for (uint32_t n = 0;; ++n) {
    if (k == 0 || GapBefore(doc, k).find('\n') != std::string_view::npos) return true;
    if (n == 3 || doc.tokens[k - 1].kind != TokenKind::kLatin) return false;
    --k;
  }
}

// Whether a tatweel standing alone between tokens k-1 and k is a dash
// ("بادي البادي ـ جدة"): the tokenizer drops the tatweel, a letter's
// stretching, so no token stands for it.
bool TatweelDashBefore(const Document& doc, uint32_t k) {
  if (k == 0 || k >= doc.tokens.size()) return false;
  const std::string_view gap = GapBefore(doc, k);
  constexpr std::string_view kTatweel = "\xD9\x80";  // ـ
  const size_t t = gap.find(kTatweel);
  return t != std::string_view::npos && t > 0 && gap[t - 1] == ' ' &&
         gap.find_first_not_of(" \xD9\x80", 0) == std::string_view::npos;
}

}  // namespace

// Whether the document uses "فريق" for a team at least twice: with a
// pronoun ("فريقه", his team), after "ب"/"ل" ("بالفريق", "للفريق"), with
// the article before a nisba or gentilic ("الفريق الاتحادي", "الفريق
// الكروي") or before punctuation or a function word, none of which a rank
// before its holder's name takes.
bool EntityAnnotator::TeamDocument(const Ctx& c) {
  int uses = 0;
  for (uint32_t i = 0; i < c.info.size() && uses < 2; ++i) {
    const std::string_view w = c.info[i].word;
    if (w.size() < kTeam.size() || c.tok(i).kind != TokenKind::kWord) continue;
    const std::string_view stem = DropAl(w);
    if (!stem.starts_with(kTeam)) continue;
    const std::string_view rest = stem.substr(kTeam.size());
    const std::string_view key = c.tok(i).key;
    if (rest == "\xD9\x87" || rest == "\xD9\x87\xD8\xA7" ||          // ه ها
        rest == "\xD9\x86\xD8\xA7" || rest == "\xD9\x87\xD9\x85") {  // نا هم
      ++uses;
    } else if (!rest.empty() || stem.size() == w.size()) {
      continue;
    } else if (c.info[i].stripped > 0 &&
               (key.starts_with("\xD8\xA8") || key.starts_with("\xD9\x84"))) {  // ب ل
      ++uses;
    } else if (i + 1 < c.info.size() && c.info[i + 1].stripped == 0 &&
               (c.info[i + 1].flags & kDefinite) && (c.info[i + 1].flags & (kNisba | kGentilic)) &&
               !(c.info[i + 1].flags & kGiven) && c.info[i + 1].facts.title_node < 0) {
      ++uses;
    } else if (i + 1 >= c.info.size() || (c.info[i + 1].flags & (kPunct | kComma | kStop))) {
      // A rank goes on with its holder's name; the team ends a phrase
      // ("لاعبي الفريق.") or takes a preposition ("عاد الفريق إلى جدة").
      ++uses;
    }
  }
  return uses >= 2;
}

int EntityAnnotator::TitleAt(const Ctx& c, uint32_t i, uint32_t end, TitleClass* cls) const {
  if (i >= end || c.Has(i, kPunct | kNumber)) return 0;
  // "عبد الرقيب", "عبد الأمير", "عبد الملك": after "عبد" a word with the
  // article is the second half of a given name, never a title.
  if (i > 0 && c.Has(i, kDefinite) && c.info[i].stripped == 0 && c.Has(i - 1, kTheophoric) &&
      c.tok(i - 1).kind == TokenKind::kWord) {
    return 0;
  }
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
  // "مؤلف كامل" (a whole work), "منتج إلكترونيات" (a maker of electronics):
  // some trades are titles only with the article; bare they are common
  // nouns that a word read as a name may follow.
  if (best > 0 && (t_.title_flags[best_entry] & kTitleDefinite) && !c.Has(i, kDefinite)) return 0;
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
    // "للواء الليبي" is ل + "اللواء" (the Libyan general), whatever other
    // reading of the word decided its facts ("لواء", a brigade): the
    // article is in the "لل", and a gentilic after it agrees with a person.
    if (c.info[i].stripped == 1 && c.tok(i).key.starts_with("\xD9\x84\xD9\x84") && k < end &&
        c.Has(k, kGentilic) && c.Has(k, kDefinite)) {
      return best;
    }
    // Some ranks written bare before a given name that opens a name are
    // still the rank: "عميد محمد قنونو" (Brigadier Mohamed Gnounou), as
    // some outlets write it. (Others name a body there: "لواء أبو الفضل
    // العباس" is a brigade, "فريق جون" John's team.)
    if ((t_.title_flags[best_entry] & kTitleBare) && k + 1 < end && c.info[i].stripped == 0 &&
        !c.Has(i, kHead) && c.Has(k, kGiven) && !c.Has(k, kDefinite) &&
        c.info[k].facts.title_node < 0 && c.info[k].stripped == 0 &&
        !c.Has(k + 1, kPunct | kStop)) {
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
  // A noun with its possessive pronoun is definite too: "عضو مجلس إدارتها
  // الدكتور X" (a member of its board, Dr X).
  const bool complete =
      c.Has(j - 1, kDefinite | kGentilic) ||
      (po >= 0 && c.cands[po].te == j && c.cands[po].type != EntityType::kPerson &&
       !c.Has(j - 1, kHead | kComplementNoun)) ||
      (po < 0 && c.tok(j - 1).enclitic_bytes > 0 && PronounSuffixed(c, j - 1));
  if (!complete || c.Has(j - 1, kPunct)) return false;
  TitleClass cls;
  const int tl = TitleAt(c, j, end, &cls);
  if (tl <= 0 || cls == TitleClass::kProfession) return false;
  // "المساعدة الخاصة المسؤولة عن أسلحة الدمار الشامل": before "عن" (for)
  // the word is an adjective of the same post (responsible for ...).
  const uint32_t after = j + static_cast<uint32_t>(tl);
  if (after < end && c.tok(after).key == "\xD8\xB9\xD9\x86") return false;  // عن
  return !c.Has(after, kNumber);  // "اللواء 128" is a brigade
}

// Whether a foreign name of two words or more that no list knows starts at
// n: "جورجيوس دونيس" after "المدير الفني للفريق الأول لكرة القدم بنادي
// الهلال", where a known given name would be taken at once.
bool EntityAnnotator::ForeignNameAt(const Ctx& c, uint32_t n, uint32_t end) const {
  if (n + 1 >= end || !lexicon_) return false;
  for (uint32_t k = n; k < n + 2; ++k) {
    const TokInfo& w = c.info[k];
    if (c.tok(k).kind != TokenKind::kWord || w.stripped != 0 || c.owner[k] >= 0 ||
        (w.flags & (kLexicon | kDefinite | kStop | kPunct | kReporting | kVerbLike | kHead |
                    kGentilic | kNumber)) ||
        w.facts.key_known || w.facts.title_node >= 0 || w.facts.function_word ||
        Letters(w.word) < 3) {
      return false;
    }
  }
  return true;
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
  // "وزير الخارجية وشؤون المغتربين" (minister of foreign affairs and
  // expatriate affairs): so does "و" + a noun in the construct state and its
  // definite genitive (not kinship, a title or a name: "وشقيق الرئيس",
  // "ووزير الدفاع" are other people), when the phrase then runs on over
  // definite words to its holder's name or own title: after a name, "X رئيس
  // مجلس الإدارة وأعضاء المجلس" adds other people, and "X المدير العام
  // واستقبل المعيدين" a verb.
  if (in.stripped == 1 && key.starts_with("\xD9\x88") && j + 2 < end && j > i + 1 &&
      c.Has(j - 1, kDefinite) && (in.flags & kLexicon) &&
      !(in.flags & (kDefinite | kGiven | kStop | kReporting | kGentilic | kVerbLike | kNumber |
                    kModifier | kNisba)) &&
      in.facts.title_node < 0 && !in.facts.tanwin && !in.facts.function_word && c.owner[j] < 0 &&
      c.tok(j).enclitic_bytes == 0 && !IsKin(in.word) && c.tok(j + 1).kind == TokenKind::kWord &&
      c.info[j + 1].stripped == 0 &&
      (c.info[j + 1].flags & (kDefinite | kLexicon)) == (kDefinite | kLexicon) &&
      !c.Has(j + 1, kGiven | kStop | kReporting | kGentilic) &&
      c.info[j + 1].facts.title_node < 0 && c.owner[j + 1] < 0) {
    uint32_t q = j + 2;
    while (q < end && q < j + 6 && c.owner[q] < 0 && c.tok(q).kind == TokenKind::kWord &&
           c.info[q].stripped == (c.tok(q).key.starts_with("\xD9\x88") ? 1 : 0) &&  // و
           c.info[q].facts.title_node < 0 &&
           (c.info[q].flags & (kDefinite | kLexicon)) == (kDefinite | kLexicon) &&
           !c.Has(q, kGiven | kStop | kReporting)) {
      ++q;
    }
    const int32_t h = q < end ? c.owner[q] : -1;
    if (q < end && c.info[q].stripped == 0 &&
        ((h >= 0 && c.cands[h].tb == q && c.cands[h].type == EntityType::kPerson) ||
         (h < 0 && c.info[q].facts.title_node >= 0) ||
         (h < 0 && c.Has(q, kGiven) && NameStart(c, q, true)))) {
      return j + 2;
    }
  }
  // "رئيس النادي الأدبي بجدة الدكتور X": "ب"/"في" + an unknown word (a
  // place no table knows) before the holder's form of address or rank.
  if (j + 1 < end && c.Has(j + 1, kDefinite) && c.owner[j] < 0 && !(in.flags & kLexicon) &&
      in.stripped == 1 && key.starts_with("\xD8\xA8") && lexicon_) {
    TitleClass cls;
    if (TitleAt(c, j + 1, end, &cls) > 0 && cls != TitleClass::kProfession) return j + 1;
  }
  // "مدير الفريق الأول بنادي هجر X" (the first team's manager at Hajar
  // club, X): "ب" + a club's or a body's name, then the holder's name, is
  // where the post is, even when no table knows the body's name.
  if (in.stripped == 1 && key.starts_with("\xD8\xA8") && j + 2 < end && c.Has(j - 1, kDefinite)) {
    const int32_t o = c.owner[j];
    uint32_t body_end = 0;
    if (o >= 0 && c.cands[o].tb == j && c.cands[o].type == EntityType::kOrganization) {
      body_end = c.cands[o].te;
    } else if (o < 0 && in.head && in.head->type == EntityType::kOrganization &&
               !(in.flags & kDefinite) && c.owner[j + 1] < 0 &&
               c.tok(j + 1).kind == TokenKind::kWord && c.info[j + 1].stripped == 0 &&
               !c.Has(j + 1, kStop | kPunct | kGiven | kGentilic | kVerbLike) &&
               c.info[j + 1].facts.title_node < 0) {
      body_end = j + 2;
    }
    if (body_end > j && body_end < end) {
      const int32_t h = c.owner[body_end];
      if ((h >= 0 && c.cands[h].tb == body_end && c.cands[h].type == EntityType::kPerson) ||
          (h < 0 && (c.Has(body_end, kGiven) || ForeignNameAt(c, body_end, end)) &&
           c.info[body_end].stripped == 0 && NameStart(c, body_end, true))) {
        return body_end;
      }
    }
  }
  // "رئيس قسم التحقيقات بمكتب النائب العام": "ب" + an office noun and its
  // definite genitive is where the post is.
  if (in.stripped == 1 && key.starts_with("\xD8\xA8") && (in.flags & kComplementNoun) &&
      !(in.flags & kDefinite) && c.owner[j] < 0 && j + 1 < end && c.Has(j + 1, kDefinite)) {
    return j + 1;
  }
  // The destination may be that of a title inside the phrase: "نائب مندوب
  // السودان لدى الأمم المتحدة".
  auto destination = [&] {
    for (uint32_t k = i; k < j; ++k) {
      if (c.info[k].facts.title_node >= 0 && (TitleFlags(c, k, j) & kTitleDestination)) {
        return true;
      }
    }
    return false;
  };
  if ((in.word == kIla || in.word == kLada) && in.stripped == 0 && j + 1 < end && destination()) {
    const int32_t o = c.owner[j + 1];
    if (o >= 0 && c.cands[o].tb == j + 1 && c.cands[o].type != EntityType::kPerson) {
      return c.cands[o].te;
    }
  }
  // "المتحدثة باسم بعثة الأمم المتحدة لحفظ السلام في مالي": after the
  // body's name, "ل" + a verbal noun and its definite object is the body's
  // purpose, still its name (the holder's name comes after it); only after
  // a name of several words ("بعثة الأمم المتحدة"): "المدير العام لليونسكو
  // لعمال البناء" is Unesco's director, speaking to the builders.
  if (j > i && c.owner[j - 1] >= 0 && c.cands[c.owner[j - 1]].te == j &&
      c.cands[c.owner[j - 1]].type == EntityType::kOrganization &&
      c.cands[c.owner[j - 1]].te >= c.cands[c.owner[j - 1]].tb + 2 && in.stripped == 1 &&
      key.starts_with("\xD9\x84") && (in.flags & kLexicon) &&
      !(in.flags & (kDefinite | kGiven | kStop | kGentilic)) && in.facts.title_node < 0 &&
      c.owner[j] < 0 && j + 1 < end && c.Has(j + 1, kDefinite) &&
      !c.Has(j + 1, kGiven | kGentilic) && c.owner[j + 1] < 0) {
    return j + 2;
  }
  // "المتحدث باسم اللجنة العليا لإغاثة النازحين X": the same after a body
  // no table names, when the holder's name follows at once.
  if (j > i && c.Has(j - 1, kDefinite | kGentilic) && in.stripped == 1 &&
      key.starts_with("\xD9\x84") && (in.flags & kLexicon) &&
      !(in.flags & (kDefinite | kGiven | kStop | kGentilic)) && in.facts.title_node < 0 &&
      c.owner[j] < 0 && j + 2 < end && c.Has(j + 1, kDefinite) &&
      !c.Has(j + 1, kGiven | kGentilic) && c.owner[j + 1] < 0 &&
      c.info[j + 1].facts.title_node < 0) {
    auto name_at = [&](uint32_t n) {
      const int32_t h = n < end ? c.owner[n] : -1;
      return n < end &&
             ((h >= 0 && c.cands[h].tb == n && c.cands[h].type == EntityType::kPerson) ||
              (h < 0 && (c.Has(n, kGiven) || ForeignNameAt(c, n, end)) && NameStart(c, n, true)));
    };
    // Or where the post is comes first: "مدير الفريق الأول لكرة القدم
    // بنادي هجر X".
    bool where_first = false;
    if (c.info[j + 2].stripped == 1 && c.tok(j + 2).key.starts_with("\xD8\xA8")) {
      const uint32_t w = ExtendsTitle(c, i, j + 2, end);
      where_first = w > j + 2 && name_at(w);
    }
    if (name_at(j + 2) || where_first) return j + 2;
  }
  // "المشرف العام على المهرجان", "المشرف على كرة القدم": a charge of one
  // definite noun, or an indefinite one and its definite genitive.
  if ((in.word == kAla || in.word == "\xD8\xB9\xD9\x86" /* عن */) && in.stripped == 0 &&
      j + 2 < end && (TitleFlags(c, i, end) & kTitleOver)) {
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
  // "النائب عن ائتلاف الوطنية X": a member of parliament for a bloc or a
  // constituency; the body or place after عن is part of the post.
  if (j == i + 1 && in.word == "\xD8\xB9\xD9\x86" /* عن */ && in.stripped == 0 && j + 2 < end &&
      (DropAl(c.info[i].word) == "\xD9\x86\xD8\xA7\xD9\x8A\xD8\xA8" ||           // نايب
       DropAl(c.info[i].word) == "\xD9\x86\xD8\xA7\xD9\x8A\xD8\xA8\xD9\x87")) {  // نايبه
    const int32_t o = c.owner[j + 1];
    if (o >= 0 && c.cands[o].tb == j + 1 && c.cands[o].type != EntityType::kPerson) {
      return c.cands[o].te;
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
      !(in.flags & (kDefinite | kGiven | kStop | kReporting | kPunct | kNumber | kGentilic |
                    kPrefixParticle | kModifier)) &&
      (!(in.flags & kVerbLike) || TafilNoun(in.word)) && !in.facts.tanwin &&
      !in.facts.function_word && c.owner[j] < 0) {
    const TokInfo& next = c.info[j + 1];
    // An unknown word before a nisba is rather a name: "نواف الزعبي".
    if ((next.flags & (kDefinite | kLexicon)) == (kDefinite | kLexicon) &&
        !(next.flags & (kGiven | kStop | kReporting)) && next.stripped == 0 &&
        ((in.flags & kLexicon) || !(next.flags & kNisba)) &&
        (c.owner[j + 1] < 0 || c.cands[c.owner[j + 1]].type != EntityType::kPerson)) {
      return j + 1;
    }
    // "X رئيس وزراء أستونيا" (X, the prime minister of Estonia): so is a
    // known noun before a place's name written without the article.
    const int32_t place = c.owner[j + 1];
    if ((in.flags & kLexicon) && next.stripped == 0 && place >= 0 && c.cands[place].tb == j + 1 &&
        c.cands[place].type == EntityType::kLocation && c.tok(j).enclitic_bytes == 0 &&
        in.stripped == 0) {
      TitleClass cls;
      if (TitleAt(c, j, end, &cls) == 0) return j + 1;
    }
    // "معاون مباحث قسم شرطة ثالث العريش" (the assistant investigator of the
    // third police station of al-Arish): a chain of indefinite nouns in the
    // construct state that ends in a definite word or a place's or body's
    // name.
    // (No verb, pronoun or particle: "رئيسها أنهم وضعوا الطموح" is no post.)
    auto plain_noun = [&](uint32_t k) {
      const TokInfo& w = c.info[k];
      return c.tok(k).kind == TokenKind::kWord && w.stripped == 0 && c.owner[k] < 0 &&
             (w.flags & kLexicon) && w.facts.title_node < 0 && !w.facts.tanwin &&
             !w.facts.function_word && Letters(w.word) >= 3 && c.tok(k).enclitic_bytes == 0 &&
             !(w.flags & (kDefinite | kGiven | kStop | kReporting | kPunct | kNumber | kGentilic |
                          kPrefixParticle | kModifier | kNisba | kClitic)) &&
             (!(w.flags & kVerbLike) || TafilNoun(w.word)) && !HasPossessiveEnding(w.word) &&
             !PronounSuffixed(c, k) && !PerfectFeminine(w.word) &&
             !VerbShape(*lexicon_, w.word, c.doc.Slice(c.tok(k).span), false) &&
             !w.word.ends_with("\xD9\x87\xD9\x85") && !w.word.ends_with("\xD9\x87\xD8\xA7");
    };
    // (Not after a place's or body's name, which completes the post:
    // "... بمنطقة عسير محاضرة عقب صلاة المغرب".)
    if (lexicon_ && plain_noun(j) && c.tok(i).enclitic_bytes == 0 && c.owner[j - 1] < 0 &&
        !c.info[i].word.ends_with("\xD9\x87\xD8\xA7")) {
      uint32_t k = j + 1;
      while (k < end && k < j + 4 && plain_noun(k)) ++k;
      const int32_t o = k < end ? c.owner[k] : -1;
      if (k > j + 1 && k < end &&
          ((o < 0 &&
            (c.info[k].flags & (kDefinite | kLexicon | kGiven)) == (kDefinite | kLexicon) &&
            c.info[k].stripped == 0) ||
           (o >= 0 && c.cands[o].tb == k && c.cands[o].type != EntityType::kPerson))) {
        return j + 1;
      }
    }
  }
  return j;
}

// Whether the token at k is ف + a function word printed with its hamza:
// "فإن" (then indeed) folds to the key of "فان" (Van, a name particle).
bool EntityAnnotator::FaFunctionWord(const Ctx& c, uint32_t k) const {
  if (k >= c.info.size() || c.tok(k).kind != TokenKind::kWord) return false;
  const std::string_view surface = c.doc.Slice(c.tok(k).span);
  return (surface.starts_with("\xD9\x81\xD8\xA5") || surface.starts_with("\xD9\x81\xD8\xA3")) &&
         c.tok(k).key.size() > 2 && t_.stop_words.contains(c.tok(k).key.substr(2));
}

// Whether token i is a given name that is also a gentilic ("تركي", Turki or
// Turkish), without the article and before a chain of descent or another
// given name, where it opens a name: "الأمير تركي بن محمد". Before a word
// no list knows too, a foreign family name: "وزير الدفاع وجدي غونول" (وجدي,
// Vecdi, is also "of Oujda").
bool EntityAnnotator::GentilicGivenName(const Ctx& c, uint32_t i) const {
  const TokInfo& in = c.info[i];
  // Before a family name with the article and of nisba shape too: "نائب
  // المحافظ تركي الحارثي" (an adjective after a definite title would take
  // the article: "التركي").
  // (Not after an office in the construct state and a title: "مستشار
  // الأمير تركي السديري" may be the prince's adviser, named after a comma.)
  const bool construct_title = i >= 2 && c.info[i - 1].facts.title_node >= 0 &&
                               c.info[i - 2].facts.title_node >= 0 && !c.Has(i - 2, kDefinite);
  const bool nisba_family =
      !construct_title && i + 1 < c.sent_end[i] && c.tok(i + 1).kind == TokenKind::kWord &&
      (c.info[i + 1].flags & (kDefinite | kNisba)) == (kDefinite | kNisba) &&
      c.doc.Slice(c.tok(i + 1).span).ends_with("\xD9\x8A") &&  // ي, not "الجنسية"
      !c.Has(i + 1, kGentilic | kStop | kModifier) && c.info[i + 1].facts.title_node < 0 &&
      c.owner[i + 1] < 0;
  return (in.flags & (kGentilic | kGiven | kDefinite)) == (kGentilic | kGiven) &&
         in.stripped == 0 && i + 1 < c.sent_end[i] && c.info[i + 1].stripped == 0 &&
         ((c.Has(i + 1, kPrefixParticle) && ParticleTakes(c, i + 1)) ||
          (c.Has(i + 1, kGiven) && !c.Has(i + 1, kGentilic)) || NameGoesOn(c, i + 1) ||
          nisba_family);
}

// "شركة عبداللطيف جميل", "مجموعة محمد المعجل": a name right after the
// head of an organisation's name (no title; not one that takes a person or
// its leader, "قوات حفتر", "إدارة أوباما", nor a weak one, "مكتب خليفة
// حفتر", nor "برئاسة", chaired by) is the organisation's, no person's.
// (A template: the context type is private to EntityAnnotator.)
template <class Context>
static bool OrgHeadBefore(const Context& c, uint32_t i) {
  if (i == 0 || !c.Has(i - 1, kHead) || c.Has(i - 1, kDefinite) || !c.Free(i - 1) ||
      c.tok(i - 1).kind != TokenKind::kWord || c.info[i - 1].facts.title_node >= 0 ||
      c.tok(i - 1).key.starts_with("\xD9\x84")) {  // ل
    return false;
  }
  // "المتحدث الإعلامي للجنة سعود X", "مدير شركة الأمل سامي X": the head
  // in a title's complement; the name after it is the holder's.
  for (const auto& r : c.roles) {
    if (r.tb < i && r.te + 1 >= i) return false;
  }
  // Only a company's head (شركة, a trade's; مجموعة, a business group):
  // a band, a militia or a body named after its leader still names him, a
  // person nested in the name (فرقة خالد الحربي الموسيقية, قوات صالح).
  const Head* h = c.info[i - 1].head;
  return h && h->type == EntityType::kOrganization && !h->person && !h->leader && !h->weak &&
         !h->led_by && h->mode == HeadMode::kName &&
         (h->trade ||
          c.info[i - 1].word.starts_with("\xD9\x85\xD8\xAC\xD9\x85\xD9\x88\xD8\xB9"));  // مجموع(ة)
}

bool EntityAnnotator::NameStart(const Ctx& c, uint32_t i, bool after_title) const {
  if (i >= c.info.size()) return false;
  const TokInfo& in = c.info[i];
  if (c.tok(i).kind != TokenKind::kWord || FaFunctionWord(c, i)) return false;
  if (OrgHeadBefore(c, i)) return false;
  if (after_title && GentilicGivenName(c, i)) return true;
  // "استقالة تركي السديري" (Turki al-Sudairi's resignation): without a title
  // too, before a house's nisba with the article that the family tables know
  // or no word list does. An adjective "تركي" (Turkish) after an indefinite
  // noun is followed by no definite adjective of that noun.
  if (!after_title && (in.flags & (kGentilic | kGiven | kDefinite)) == (kGentilic | kGiven) &&
      in.stripped == 0 && i + 1 < c.sent_end[i] && c.info[i + 1].stripped == 0 &&
      c.tok(i + 1).kind == TokenKind::kWord) {
    const TokInfo& family = c.info[i + 1];
    const std::string_view fkey = c.tok(i + 1).key;
    if ((family.flags & kDefinite) && !(family.flags & (kGentilic | kStop | kModifier | kGiven)) &&
        family.facts.title_node < 0 && c.owner[i + 1] < 0 &&
        (((family.flags & kNisba) &&
          c.doc.Slice(c.tok(i + 1).span).ends_with("\xD9\x8A") &&  // ي, not "الجنسية"
          (family_names_.contains(fkey) ||
           (!(family.flags & kLexicon) && !family.facts.key_known))) ||
         t_.family_names.contains(fkey))) {
      return true;
    }
  }
  // "وقالت أم فهد إن ..." (Umm Fahd said), "السيدة أم وليد": after a
  // reporting verb or a title "أم" before a given name is a mother's kunya,
  // not "or", which joins two alternatives and follows no verb of saying.
  // So at the head of a sentence or clause ("وأكدت أنّ أم محمد ...", "أما
  // أم سعد"), before a given name that is no word ("أم مالح", or salty, is
  // the alternative).
  if (c.tok(i).key == kUmm && in.stripped == 0 && i + 1 < c.sent_end[i] &&
      c.tok(i + 1).kind == TokenKind::kWord && c.info[i + 1].stripped == 0 &&
      (c.info[i + 1].flags & (kGiven | kDefinite | kStop | kPunct)) == kGiven) {
    const bool said = after_title || (i > 0 && c.Has(i - 1, kReporting));
    const bool clause_head =
        i == 0 || c.sent_end[i - 1] == i || (c.Has(i - 1, kPunct) && !c.Has(i - 1, kComma)) ||
        c.info[i - 1].word == kAn || c.info[i - 1].word == "\xD8\xA7\xD9\x85\xD8\xA7";  // اما
    if (said || (clause_head && !c.Has(i + 1, kGivenCommon))) return ParticleTakes(c, i);
  }
  if (in.flags & (kPunct | kStop | kReporting | kModifier | kGentilic | kNumber | kHead |
                  kComplementNoun | kSuffixParticle | kIdiom)) {
    return false;
  }
  if (in.flags & kPrefixParticle) return ParticleTakes(c, i) || (after_title && TitledKunya(c, i));
  if (i + 1 < c.info.size() && AgeBeforeVerb(t_, in.word, c.tok(i + 1).key)) return false;
  // Whether a rank or a form of address ends right before i ("اللواء",
  // "العميد ركن", "الدكتور"): a word of the language after it is still the
  // holder's name. (After an office the name may be another person's, its
  // holder's name standing before it: "الأمير X أمير منطقة تبوك سداد بن
  // ...", the prince consoled Sadad.)
  auto rank_before = [&] {
    // (The dot of "د." is no part of the title's words.)
    const uint32_t e = i > 1 && c.tok(i - 1).key == "." ? i - 1 : i;
    for (uint32_t k = e > 3 ? e - 3 : 0; k < e; ++k) {
      TitleClass before_cls;
      if (TitleAt(c, k, e, &before_cls) == static_cast<int>(e - k) &&
          (before_cls == TitleClass::kRank || before_cls == TitleClass::kHonorific)) {
        return true;
      }
    }
    return false;
  };
  // "اللواء سفر بن أحمد الغامدي", "فوزان بن عبدالرحمن الفوزان": a word right
  // before "بن"/"ابن" and the father's name is the given name, even one the
  // tables lack or one that is also a word ("سفر", travel) after a title.
  // After any title a word of the language opens the name too, and the
  // father's name may be a rare one no list holds ("محافظ بلجرشي سفر بن سويد
  // الغامدي", "الشاعر غلاب بن ود الثبيتي"): news names local officials and
  // poets so, and a title before "W بن X" leaves W no other reading. Not
  // after a title in apposition to a name before it, which is that name's
  // post; the name after it may be the verb's object.
  auto apposed_title = [&] {
    for (uint32_t k = i; k-- > 0 && k + 8 > i;) {
      if (c.Has(k, kPunct | kComma | kStop)) return false;
      const int32_t o = c.owner[k];
      if (o >= 0 && c.cands[o].type == EntityType::kPerson && c.cands[o].te == k + 1) {
        return true;
      }
    }
    return false;
  };
  if (i + 2 < c.sent_end[i] && in.stripped == 0 && !(in.flags & kDefinite) &&
      !in.facts.function_word && !in.facts.tanwin && in.facts.title_node < 0 &&
      Letters(in.word) >= 3 && c.info[i + 1].stripped == 0 &&
      (c.info[i + 1].word == kBin || c.info[i + 1].word == kIbn) &&
      (!(in.flags & (kLexicon | kVerbLike)) ||
       (after_title && !(in.flags & kVerbLike) && !apposed_title()) ||
       (after_title && rank_before())) &&
      ParticleTakes(c, i + 1) &&
      (c.Has(i + 2, kGiven) || c.Has(i + 2, kTheophoric) ||
       (after_title && c.tok(i + 2).kind == TokenKind::kWord && c.info[i + 2].stripped == 0 &&
        !c.Has(i + 2, kLexicon | kDefinite | kPunct | kStop | kNumber | kHead)))) {
    return true;
  }
  TitleClass cls;
  // "رئيس اللجنة مساعد المدير العام", "أمين منطقة تبوك", "أمين عام الهيئة":
  // a given name that is also a title, before its complement, is the title.
  if ((in.flags & kGiven) && TitleBeforeComplement(c, i)) return false;
  // So before an indefinite noun and its definite genitive: "قائد قوة
  // الجوازات" (the commander of the passports force); "قائد" opens a name
  // before a name ("قائد نصر"), and a family name is mostly a nisba
  // ("مساعد غالي العنزي").
  // (Not "مركز الأمير سلطان لأمراض القلب": a genitive takes no ل or ب.)
  if ((in.flags & kGiven) && in.facts.title_node >= 0 && i + 2 < c.sent_end[i]) {
    const TokInfo& next = c.info[i + 1];
    const std::string_view nk = c.tok(i + 1).key;
    const bool noun = next.facts.title_key_node >= 0 ||  // "مساعد وزير الدفاع"
                      (next.stripped == 0 && (next.flags & kLexicon) &&
                       !nk.starts_with("\xD9\x84") && !nk.starts_with("\xD8\xA8") &&  // ل ب
                       !nk.starts_with("\xD9\x83"));                                  // ك
    if (noun && !(next.flags & (kDefinite | kGiven)) && c.Has(i + 2, kDefinite) &&
        !c.Has(i + 2, kNisba)) {
      return false;
    }
  }
  if ((in.flags & kGiven) && !(in.flags & kGivenCommon)) return true;
  // "وحضر جمال الدين عمر الاجتماع", "(عماد الدين الحربي)": a common given
  // name before الدين or الله that ends a compound, and a name after it (a
  // given name, or a family name the sentence marks), is a name; "الصلاة
  // عماد الدين" (prayer is the pillar of religion) has none after it.
  // (Not "آية الله" before the cleric's name, a title; not "باسم الدين
  // سرقونا", ب + اسم, in the name of religion; after الله no bare given
  // name, "فضل الله علي" being God's grace upon.)
  TitleClass compound_cls;
  const std::string_view compound_key = c.tok(i).key;
  const bool bi_reading = compound_key.starts_with("\xD8\xA8") && lexicon_ &&  // ب
                          lexicon_->Contains(compound_key.substr(2));
  if ((in.flags & kGiven) && in.stripped == 0 && i + 2 < c.sent_end[i] && !bi_reading &&
      c.Has(i + 1, kSuffixParticle) && c.info[i + 1].stripped == 0 &&
      c.tok(i + 2).kind == TokenKind::kWord && c.info[i + 2].stripped == 0 &&
      !c.Has(i + 2, kStop | kPunct | kReporting | kHead | kVerbLike) &&
      TitleAt(c, i, c.sent_end[i], &compound_cls) == 0 &&
      ((c.Has(i + 2, kGiven) &&
        c.tok(i + 1).key == "\xD8\xA7\xD9\x84\xD8\xAF\xD9\x8A\xD9\x86") ||  // الدين
       // (A tribe's nisba, no adjective of الدين: "عماد الدين الإسلامي".)
       ((c.info[i + 2].flags & kNisba) && (c.info[i + 2].flags & kDefinite) &&
        (!(c.info[i + 2].flags & kLexicon) || family_names_.contains(c.tok(i + 2).key)) &&
        c.doc.Slice(c.tok(i + 2).span).ends_with("\xD9\x8A")) ||  // ي
       (!(c.info[i + 2].flags & (kLexicon | kDefinite)) && !c.info[i + 2].facts.key_known))) {
    return true;
  }
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
  // "تحقيقا لطلب جهات الاختصاص", to meet the request of the competent
  // bodies: a common given name after a preposition is the word; the word
  // list may lack the noun after it.
  const std::string_view key = c.tok(i).key;
  const bool preposed = (in.flags & kGivenCommon) && in.stripped > 0 &&
                        (in.stripped > 1 || key.starts_with("\xD9\x84") ||             // ل
                         key.starts_with("\xD8\xA8") || key.starts_with("\xD9\x83"));  // ب ك
  // "وكان الطفل علي دوابشة", "وقال صالح المخزوم نائب رئيس ...": a common
  // given name before a family name that is no word of the language, or
  // that the sentence marks as a name.
  if ((in.flags & kGiven) && !after_title && i + 1 < c.sent_end[i] && lexicon_ &&
      UnknownFamilyName(c, i + 1) && !bi_word && !preposed) {
    return true;
  }
  if (!after_title && !bi_word && !preposed && i + 2 < c.sent_end[i] &&
      NisbaBeforeRelative(i > 0 ? &c.info[i - 1] : nullptr, in, c.info[i + 1], c.tok(i + 1),
                          c.tok(i + 2).key)) {
    return true;
  }
  // "كتبها أنور عبدالملك" (Anwar Abdulmalik wrote it): a common given name
  // before a compound "عبد" name written as one word, which is no word of
  // the language, the father's name.
  if ((in.flags & kGiven) && !after_title && !bi_word && !preposed && in.stripped == 0 &&
      i + 1 < c.sent_end[i] && c.info[i + 1].stripped == 0 && c.Has(i + 1, kGiven) &&
      c.tok(i + 1).key.starts_with("\xD8\xB9\xD8\xA8\xD8\xAF\xD8\xA7\xD9\x84")) {  // عبدال
    return true;
  }
  // "وشارك حامد سعيد الغامدي": so before the father's given name and a
  // tribe's nisba the word list does not know (see UnknownFamilyName).
  if ((in.flags & kGiven) && !after_title && i + 2 < c.sent_end[i] && in.stripped == 0 &&
      !bi_word && !preposed && (c.info[i + 1].flags & (kGiven | kDefinite)) == kGiven &&
      c.info[i + 1].stripped == 0 && c.info[i + 2].stripped == 0 &&
      (c.info[i + 2].flags & (kDefinite | kNisba | kLexicon | kGentilic | kGiven | kHead)) ==
          (kDefinite | kNisba) &&
      !c.info[i + 2].facts.key_known && c.tok(i + 2).kind == TokenKind::kWord &&
      c.doc.Slice(c.tok(i + 2).span).ends_with("\xD9\x8A") &&                   // ي
      c.doc.Slice(c.tok(i).span).find("\xD9\x91") == std::string_view::npos) {  // ّ
    return true;
  }
  // "ونوه نصر الردفاني إلى ..." (Nasr al-Radfani pointed out): after a
  // reporting verb that opens its clause, a common given name and a nisba
  // with the article, taken from a place, are the speaker's name.
  if ((in.flags & kGiven) && !after_title && i > 0 && c.Has(i - 1, kReporting) &&
      !c.Has(i - 1, kVerbLike) && !c.tok(i - 1).key.starts_with("\xD9\x84") &&  // ل
      in.stripped == 0 && i + 1 < c.sent_end[i] && c.info[i + 1].stripped == 0 &&
      (c.info[i + 1].flags & (kGentilic | kDefinite)) == (kGentilic | kDefinite) && !bi_word) {
    return true;
  }
  // "وقال عمر عربي، الذي ..." (Omar Arabi, who ..., said): so is, before a
  // comma, a stop or إن, a nisba without the article.
  if ((in.flags & kGiven) && !after_title && i > 0 && c.Has(i - 1, kReporting) &&
      !c.Has(i - 1, kVerbLike) && !c.tok(i - 1).key.starts_with("\xD9\x84") &&  // ل
      in.stripped == 0 && i + 2 < c.sent_end[i] && c.info[i + 1].stripped == 0 &&
      c.tok(i + 1).kind == TokenKind::kWord && (c.info[i + 1].flags & (kGentilic | kNisba)) &&
      !c.Has(i + 1, kDefinite | kGiven | kStop) && !c.info[i + 1].facts.tanwin &&
      (c.Has(i + 2, kPunct | kStop) || c.tok(i + 2).key == kAn) && !bi_word) {
    return true;
  }
  // "وقال حسن بوسنين إن" (Hassan Bousnine said): so is a family name built
  // on "بو" (see BuSurname) where the name ends.
  if ((in.flags & kGiven) && !after_title && i > 0 && c.Has(i - 1, kReporting | kComma) &&
      !c.Has(i - 1, kVerbLike) && in.stripped == 0 && i + 2 < c.sent_end[i] && lexicon_ &&
      BuSurname(*lexicon_, c.info[i + 1], c.tok(i + 1).key) &&
      (c.Has(i + 2, kPunct | kStop | kReporting) || c.tok(i + 2).key == kAn ||
       OfficeFollows(c, i + 2))) {
    return true;
  }
  // "هلال الأسد": a common given name before a known person's one-word name,
  // which is then the family name. ("علي" that may be "على" is left: "الضغط
  // علي حفتر" is pressure on Haftar; so is "باسم الأسد", in Assad's name.)
  // Only where a name is expected: after a reporting verb, ابن/بن, a comma
  // or a bracket ("سليمان الأسد ابن هلال الأسد"); "مسؤولية سلامة الساعدي" is
  // the responsibility for al-Saadi's safety.
  // So after a gentilic with the article, which describes the person named
  // after it: "المدافع السوري جهاد X" (the Syrian defender Jihad X).
  const bool name_slot =
      i > 0 && (c.Has(i - 1, kReporting | kComma | kParenOpen) ||
                (c.Has(i - 1, kPrefixParticle) && !c.Has(i - 1, kTheophoric)) ||
                ((c.info[i - 1].flags & (kGentilic | kDefinite)) == (kGentilic | kDefinite) &&
                 c.info[i - 1].stripped == 0));
  if ((in.flags & kGiven) && !after_title && i + 1 < c.sent_end[i] && c.owner[i + 1] >= 0 &&
      !t_.stop_words.contains(c.tok(i).key) && !bi_word && name_slot) {
    const Cand& next = c.cands[c.owner[i + 1]];
    if (next.type == EntityType::kPerson && next.source == MentionSource::kKb && next.tb == i + 1 &&
        next.te == i + 2 && c.info[i + 1].stripped == 0) {
      return true;
    }
  }
  // "وقال عماد حلوة، مدير عام الشركة": after a reporting verb that opens
  // its clause, a given name and an indefinite word of the language, then
  // (after a comma or ؛) the office the person holds.
  if ((in.flags & kGiven) && !after_title && i > 0 && c.Has(i - 1, kReporting) &&
      !c.Has(i - 1, kVerbLike) && i + 2 < c.sent_end[i] && !bi_word) {
    const TokInfo& f = c.info[i + 1];
    if (c.tok(i + 1).kind == TokenKind::kWord && f.stripped == 0 && !f.facts.function_word &&
        !f.facts.tanwin && f.facts.title_node < 0 && Letters(f.word) >= 3 &&
        !(f.flags & (kDefinite | kStop | kPunct | kGiven | kReporting | kVerbLike | kHead |
                     kGentilic | kPrefixParticle | kNumber)) &&
        OfficeFollows(c, i + 2)) {
      return true;
    }
  }
  // "أوضح حسن مغربي مدير فرع مصرفي" (Hassan Maghribi, a branch manager): a
  // given name, a gentilic without the article (the family name: an
  // adjective of the name would take the article) and the office the
  // person holds in apposition.
  if ((in.flags & kGiven) && !after_title && in.stripped == 0 && i + 2 < c.sent_end[i] &&
      !bi_word && c.info[i + 1].stripped == 0 &&
      (c.info[i + 1].flags & (kGentilic | kDefinite | kGiven)) == kGentilic &&
      OfficeFollows(c, i + 2)) {
    return true;
  }
  // "ناصر محمود الشيخ": a common given name before a chain of names of three
  // words or more.
  if ((in.flags & kGiven) && !after_title && i + 1 < c.sent_end[i] && c.Has(i + 1, kGiven) &&
      !c.Has(i + 1, kGivenCommon) && c.info[i + 1].stripped == 0 &&
      NameEnd(c, i, c.sent_end[i], false) >= i + 3) {
    return true;
  }
  // "مؤمن زكريا", "سامية كمال": a common given name before a given name that
  // is no word of the language as well (no common one, no title), where the
  // name ends: a second given name is the father's name or the surname. (Not
  // a noun with its pronoun, "نبيه محمد", his prophet Muhammad, nor a verb,
  // "نشأت", arose.)
  if ((in.flags & (kGiven | kGivenCommon)) == (kGiven | kGivenCommon) && !after_title &&
      (in.stripped == 0 || (in.stripped == 1 && c.tok(i).key.starts_with("\xD9\x88"))) &&  // و
      i + 1 < c.sent_end[i] && c.tok(i + 1).kind == TokenKind::kWord &&
      c.info[i + 1].stripped == 0 && c.Has(i + 1, kGiven) &&
      !c.Has(i + 1, kGivenCommon | kGentilic | kPrefixParticle | kSuffixParticle | kStop) &&
      c.info[i + 1].facts.title_node < 0 && in.facts.title_node < 0 &&
      !(in.flags & (kVerbLike | kDefinite)) && !in.facts.tanwin &&
      !c.doc.Slice(c.tok(i).span).ends_with("\xD9\x87") &&                      // ه
      c.doc.Slice(c.tok(i).span).find("\xD9\x91") == std::string_view::npos &&  // ّ, "عليَّ"
      !PerfectFeminine(in.word) && !bi_word && !preposed) {
    // The name must close there: a stop, punctuation, "و" and the next item,
    // a reporting verb or an office in apposition ("أكرم سلمان المدير
    // الفني"); a longer name goes on ("فاتن أحمد حمامة").
    const uint32_t n = i + 2;
    if (n >= c.sent_end[i] || c.Has(n, kPunct | kStop | kReporting) || c.tok(n).key == kAn ||
        (c.info[n].stripped == 1 && c.tok(n).key.starts_with("\xD9\x88") &&
         !c.Has(n, kPrefixParticle)) ||  // و
        OfficeFollows(c, n)) {
      return true;
    }
  }
  if (!after_title) return false;
  if (in.flags & kGiven) return true;
  // "ضيوف خادم الحرمين الشريفين للحج" (the guests of the Custodian of the
  // Two Holy Mosques for the pilgrimage): "لل" is ل + the article, and the
  // name after a title takes neither, whatever the rest reads as (لحج, a
  // town) or however the clitics were read; no name is written with "لل".
  if (c.tok(i).key.starts_with("\xD9\x84\xD9\x84")) return false;  // لل
  // (A hamza before the lam is no article: "الفنانة اللبنانية إليسا".)
  if ((in.flags & kDefinite) && (in.stripped > 0 || !HamzaLam(c.doc, c.tok(i)))) return false;
  // Such a word the word list does not know whole is the name, whatever
  // its letters read as without the hamza ("اليسا" as "أليس" + ا).
  // (The word list reads the "ال" as the article, so ask it for the whole word.)
  if ((in.flags & kDefinite) && lexicon_ && !lexicon_->Contains(in.word) &&
      !HasPossessiveEnding(in.word) && !PronounSuffixed(c, i, false)) {
    return TitleAt(c, i, c.sent_end[i], &cls) == 0;
  }
  if (TitleAt(c, i, c.sent_end[i], &cls) > 0) return false;
  // After a title an unknown word is a name: "المشير حفتر", "السفير نورلاند";
  // but not a noun with a possessive pronoun the word list lacks in that form
  // ("كبير مفاوضيها", its chief negotiator; "بنظرائه", with his counterparts):
  // given names ending so (مها، سها) are in the given-name table.
  if (HasPossessiveEnding(in.word) || PluralWithPronoun(in.word) || PronounSuffixed(c, i, false)) {
    return false;
  }
  // "رئيس الجمهورية، أقرت", "رئيس الوزراء اتخذت": the predicate after a
  // title that names no one. (Given names ending so, عزت or مدحت, are above.)
  // Before an unknown word without the article it is rather a foreign
  // name and its surname: "النائب شانت جنجنيان" (a verb's subject or
  // object there is a word of the language).
  // (Not before a pronoun: "فزادت أعباؤه", his burdens grew.)
  if (PerfectFeminine(in.word) &&
      !(i + 1 < c.sent_end[i] && !c.Has(i + 1, kDefinite) && lexicon_ &&
        UnknownFamilyName(c, i + 1) &&
        !c.doc.Slice(c.tok(i + 1).span).ends_with("\xD9\x87"))) {  // ه, a pronoun
    return false;
  }
  // "، أياما طويلة" (for long days): a known noun in the accusative before
  // its adjective; a name in ا ("رضا") does not take an indefinite word.
  // "أصدر الرئيس اليمني قرارا" (the president issued a decree): longer, the
  // accusative of a known noun is the verb's object, never a name.
  if (lexicon_ && in.word.ends_with("\xD8\xA7") && Letters(in.word) >= 4 &&
      lexicon_->Contains(in.word.substr(0, in.word.size() - 2)) &&
      (Letters(in.word) >= 5 ||
       (i + 1 < c.sent_end[i] && c.Has(i + 1, kLexicon) && !c.Has(i + 1, kDefinite | kGiven) &&
        c.info[i + 1].stripped == 0)) &&
      !NameGoesOn(c, i + 1)) {  // "الشيخ عقلا بن علي": a name in ا going on
    return false;
  }
  // "الحاكم السابق لأركنسو" (the former governor of Arkansas): ل before a
  // hamza on alef is the preposition (a name spells "La" with a bare alef,
  // "لاري"), and after a title it opens the title's genitive, a place or a
  // body, however unknown the rest; the holder's name takes no preposition.
  if (const std::string_view surface = c.doc.Slice(c.tok(i).span);
      surface.starts_with("\xD9\x84\xD8\xA3") || surface.starts_with("\xD9\x84\xD8\xA5") ||
      surface.starts_with("\xD9\x84\xD8\xA2")) {  // لأ لإ لآ
    return false;
  }
  // "أما في الجانب الحقوقي، فستشهد الدورة" (as for the rights side, the
  // session will see ...): (ف/و +) the future's س + an imperfect the word
  // list knows is a verb after a word that only looks like a title.
  if (lexicon_ && !(in.flags & kGiven)) {
    std::string_view rest = c.tok(i).key;
    if (rest.starts_with("\xD9\x81") || rest.starts_with("\xD9\x88")) rest.remove_prefix(2);  // ف و
    if (rest.starts_with("\xD8\xB3") && Letters(rest) >= 5) {                                 // س
      rest.remove_prefix(2);
      if ((rest.starts_with("\xD8\xAA") || rest.starts_with("\xD9\x8A") ||  // ت ي
           rest.starts_with("\xD9\x86")) &&                                 // ن
          lexicon_->Contains(rest)) {
        return false;
      }
    }
  }
  if (!(in.flags & kLexicon) || !lexicon_) return true;
  // "السفير الإسرائيلي يوسي دريمر", "رئيس الوفد نيال دينق" (the ambassador
  // Yossi Dermer, the delegation head Nhial Deng): a foreign given name
  // that spells a word of the language, before a family name that is none.
  // A noun or adjective there would agree with the title (definite) or
  // carry the accusative; a verb is ruled out by its shape.
  // "العميد مشبب القحطاني" (Brigadier Mushabbab al-Qahtani): so is, after a
  // rank or a form of address, an Arabic given name the table lacks, before
  // a nisba with the article that the word list does not know, the family
  // name of a tribe or a place.
  // (An imperfect verb's shape is a foreign given name's before a surname of
  // foreign shape no list knows: "وزير المالية اليوناني يانيس فاروفاكيس",
  // Yanis, read ي + a stem.)
  const bool foreign_next = i + 1 < c.sent_end[i] && c.Has(i + 1, kForeignShape) &&
                            !c.Has(i + 1, kLexicon | kDefinite | kStop | kNisba) &&
                            !c.info[i + 1].facts.key_known && c.info[i + 1].stripped == 0;
  // "الوزير كيرن ريجيجو" (the minister Kiren Rijiju): a first word read as
  // ب/ك + a word, not known as written, before such a surname is a foreign
  // given name when the rest is no word either, or reads only as an
  // imperfect verb ("يرن"), which takes no preposition; ب + a noun is a
  // preposition's phrase ("بسبب كورونا", because of corona).
  if (foreign_next && in.stripped == 1 && lexicon_ && !lexicon_->Contains(c.tok(i).key) &&
      ForeignAfterPreposition(lexicon_.get(), in.word) && !in.facts.function_word &&
      Letters(c.tok(i).key) >= 4 && !HasPossessiveEnding(in.word) &&
      (c.tok(i).key.starts_with("\xD8\xA8") || c.tok(i).key.starts_with("\xD9\x83"))) {  // ب ك
    return true;
  }
  if (i + 1 >= c.sent_end[i] || in.stripped != 0 || in.facts.tanwin || in.facts.function_word ||
      (in.flags & kClitic) || ((in.flags & kVerbLike) && !foreign_next) ||
      AccusativeOfKnown(in.word)) {
    return false;
  }
  const TokInfo& next = c.info[i + 1];
  if ((next.flags & (kDefinite | kNisba | kLexicon | kGentilic | kGiven)) == (kDefinite | kNisba) &&
      next.stripped == 0 && !next.facts.key_known && c.Free(i + 1) && rank_before()) {
    return true;
  }
  return !c.Has(i + 1, kDefinite) && UnknownFamilyName(c, i + 1);
}

// Whether an office in apposition starts at t, maybe after a comma or ؛:
// "عماد حلوة؛ مدير عام الشركة".
bool EntityAnnotator::OfficeFollows(const Ctx& c, uint32_t t) const {
  if (t >= c.info.size()) return false;
  // (The text stage ends a sentence at ؛; the apposition reads on past it.)
  if (c.Has(t, kComma) || c.tok(t).key == "\xD8\x9B") ++t;  // ، ؛
  if (t >= c.info.size()) return false;
  const uint32_t end = c.sent_end[t];
  TitleClass cls;
  return t < end && TitleAt(c, t, end, &cls) > 0 && cls == TitleClass::kOffice &&
         !HasProclitic(c, t);
}

// Whether the word at k continues a name begun before it: a particle of
// descent ("عقلا بن علي") or an unknown word without the article ("لوكا
// جواداجنينو"), no word of the language.
bool EntityAnnotator::NameGoesOn(const Ctx& c, uint32_t k) const {
  if (k >= c.info.size() || c.tok(k).kind != TokenKind::kWord) return false;
  const TokInfo& w = c.info[k];
  if ((w.flags & kPrefixParticle) && w.stripped == 0) return true;
  return w.stripped == 0 && !w.facts.key_known && !w.facts.tanwin && !w.facts.function_word &&
         Letters(w.word) >= 3 &&
         !(w.flags & (kLexicon | kStop | kDefinite | kPunct | kNumber | kClitic | kReporting |
                      kVerbLike | kHead | kGentilic));
}

// Whether `word` reads as a known noun with a pronoun after it (ه، ها، هم،
// نا، كم): the stem is a known word, maybe a plural that drops its ن
// ("عسكريينا") or a feminine whose ة is written ت ("حكومته"). The keys fold
// ة into ه, so the printed word must end in ه or م or ا for it.
bool EntityAnnotator::PronounSuffixed(const Ctx& c, uint32_t k, bool bare_ha) const {
  if (!lexicon_ || c.tok(k).kind != TokenKind::kWord) return false;
  const std::string_view surface = c.doc.Slice(c.tok(k).span);
  if (surface.ends_with("\xD8\xA9")) return false;  // ة
  const std::string_view word = c.info[k].word;
  // No pronoun follows the article: "المهنا", "العومه" are family names.
  if (StartsWithAl(word)) return false;
  // A feminine plural or an oblique plural with its pronoun has that shape
  // whatever the word list knows: "مسؤولياته", "قدراتها", "عسكريينا"; so has
  // a sound plural with "his" ("منتقدوه", his critics; the printed ه is no
  // ة, checked above).
  for (std::string_view e : {"\xD8\xA7\xD8\xAA\xD9\x87", "\xD8\xA7\xD8\xAA\xD9\x87\xD8\xA7",
                             "\xD8\xA7\xD8\xAA\xD9\x87\xD9\x85", "\xD9\x8A\xD9\x8A\xD9\x86\xD8\xA7",
                             "\xD9\x88\xD9\x87"}) {
    if (word.ends_with(e) && Letters(word) >= Letters(e) + 3) return true;
  }
  // A bare ه also ends names written with it for ة ("سلامه", "عطيه"):
  // where a name may stand, only ته (a feminine noun's ت) counts.
  if (!bare_ha && word.ends_with("\xD9\x87") && !word.ends_with("\xD8\xAA\xD9\x87") &&
      !word.ends_with("\xD9\x87\xD8\xA7") && !word.ends_with("\xD9\x87\xD9\x85")) {
    return false;
  }
  for (std::string_view e : {"\xD9\x87", "\xD9\x87\xD8\xA7", "\xD9\x87\xD9\x85", "\xD9\x86\xD8\xA7",
                             "\xD9\x83\xD9\x85"}) {
    if (!word.ends_with(e)) continue;
    const std::string_view stem = word.substr(0, word.size() - e.size());
    if (Letters(stem) < 3) continue;
    if (lexicon_->Contains(stem) || KnownArabic(stem)) return true;
    std::string s(stem);
    if (lexicon_->Contains(s + "\xD9\x86")) return true;  // + ن
    if (stem.ends_with("\xD8\xAA")) {
      s.replace(s.size() - 2, 2, "\xD9\x87");  // ت -> ة (folded ه)
      if (lexicon_->Contains(s)) return true;
    }
  }
  return false;
}

// Whether `word` reads as a participle in the accusative, م… with the alef
// of an unwritten tanwin ("مستقويا", relying on; "معتبرا", considering): it
// describes the state of the person before it and is no family name.
bool EntityAnnotator::AccusativeParticiple(std::string_view word) const {
  if (!lexicon_ || !word.starts_with("\xD9\x85") || !word.ends_with("\xD8\xA7")) return false;
  const size_t n = Letters(word);
  // By shape alone only a derived participle: مست…، مت…، من…، or ت as the
  // third letter (معتبرا); "موخيكا" is a surname.
  const bool derived =
      word.starts_with("\xD9\x85\xD8\xB3\xD8\xAA") || word.starts_with("\xD9\x85\xD8\xAA") ||
      word.starts_with("\xD9\x85\xD9\x86") || (word.size() >= 6 && word.substr(4, 2) == "\xD8\xAA");
  if (n >= 6 && derived) return true;
  return n == 5 && lexicon_->Contains(word.substr(0, word.size() - 2));
}

// Whether `word` reads as a verb in the perfect with the feminine ت on a
// stem the lexicon knows: "أقرت", "اتخذت", "انقسمت".
bool EntityAnnotator::PerfectFeminine(std::string_view word) const {
  return lexicon_ && word.ends_with("\xD8\xAA") && Letters(word) >= 4 &&
         lexicon_->Contains(word.substr(0, word.size() - 2));
}

// Whether the given name at i is a noun heading the definite word after it
// (see FindNames): a name tagged "noun" in given_names.tsv, with no
// proclitic, before a word of the language with the article that is no
// nisba (a tribe's or a place's family name), no family name of the
// tables, the knowledge base or a person the document names, no given name
// or name particle ("عز الدين"), and not where a name is expected.
bool EntityAnnotator::GenitiveAfterNounName(const Ctx& c, uint32_t i) const {
  const TokInfo& in = c.info[i];
  if (!(in.flags & kGiven) || i + 1 >= c.sent_end[i] || c.tok(i + 1).kind != TokenKind::kWord) {
    return false;
  }
  const auto it = t_.given_names.find(in.word);
  if (it == t_.given_names.end() || !(it->second & kNameNoun)) return false;
  if (i > 0 && c.Has(i - 1, kReporting) && !c.Has(i - 1, kVerbLike)) return false;
  // Where a name stands the noun does not: after a definite word, a title or
  // a gentilic ("الملا عمر", "المهاجم السوري عمر X"), a person it is listed
  // with ("محمد أمان وعمر X"), or before the office the person holds ("عمر
  // X، رئيس اللجنة").
  if (i > 0 && (c.Has(i - 1, kDefinite) || c.info[i - 1].facts.title_node >= 0)) return false;
  if (i > 0 && c.owner[i - 1] >= 0 && c.cands[c.owner[i - 1]].type == EntityType::kPerson) {
    return false;
  }
  if (i + 2 < c.sent_end[i] && OfficeFollows(c, i + 2)) return false;
  const TokInfo& next = c.info[i + 1];
  const std::string_view key = c.tok(i + 1).key;
  if (!(next.stripped == 0 && c.owner[i + 1] < 0 &&
        (next.flags & (kDefinite | kLexicon)) == (kDefinite | kLexicon) &&
        !(next.flags & (kGiven | kSuffixParticle | kPrefixParticle | kGentilic)) &&
        // (A nisba in ي is a house's name, "عمر الحربي"; one in ية is a noun
        // or the adjective of the phrase: "لبنى التحتية", for the
        // infrastructure.)
        (!(next.flags & kNisba) ||
         c.doc.Slice(c.tok(i + 1).span).ends_with("\xD9\x8A\xD8\xA9")) &&  // ية
        !family_names_.contains(key))) {
    return false;
  }
  // "اللاعب عمر السومة ... وسجل عمر السومة": a family name of a person the
  // document names (after a title) is that person's again.
  for (const Cand& p : c.cands) {
    if (!p.dead && p.type == EntityType::kPerson && p.te > p.tb + 1 && c.tok(p.te - 1).key == key) {
      return false;
    }
  }
  return true;
}

// Whether the word at k, inside a name that opens at i, is a feminine
// adjective of the word the name completes: "مدينة الملك سعود الطبية" (King
// Saud Medical City), "جائزة عبداللطيف جميل الاجتماعية", "جامعة نايف
// الأمنية". A nisba in "ية" with the article that the word list knows
// qualifies no man's name, and houses of that shape ("العطية") are in the
// family tables or the knowledge base. (A woman's name may take one as a
// byname: "ليلى العربية".)
bool EntityAnnotator::FeminineAdjectiveAfterMan(const Ctx& c, uint32_t i, uint32_t k) const {
  const TokInfo& in = c.info[k];
  if ((in.flags & (kDefinite | kNisba | kLexicon)) != (kDefinite | kNisba | kLexicon) ||
      in.stripped > 0 || c.tok(k).kind != TokenKind::kWord ||
      !c.doc.Slice(c.tok(k).span).ends_with("\xD9\x8A\xD8\xA9")) {  // ية
    return false;
  }
  const std::string_view key = c.tok(k).key;
  if (family_names_.contains(key)) return false;
  const auto it = t_.given_names.find(c.info[i].word);
  return it == t_.given_names.end() || !(it->second & kNameFemale);
}

// Whether the word at k may be the family name after a common given name
// with no title before it: no word the lexicon knows (with or without the
// article: "دوابشة", "الجمري"), no clitic, verb, title or function word.
bool EntityAnnotator::UnknownFamilyName(const Ctx& c, uint32_t k) const {
  const TokInfo& in = c.info[k];
  if (c.tok(k).kind != TokenKind::kWord || in.stripped > 0 || in.facts.tanwin ||
      in.facts.function_word || in.facts.title_node >= 0 || Letters(in.word) < 3 ||
      (in.flags & (kClitic | kStop | kPunct | kHead | kGentilic | kReporting | kNumber | kModifier |
                   kComplementNoun | kVerbLike | kPrefixParticle | kSuffixParticle | kIdiom |
                   kMetonymyVerb | kDirection | kDemonstrative)) ||
      // (A given name with the article is a family name there: "علي الصادق".)
      (in.flags & (kGiven | kDefinite)) == kGiven) {
    return false;
  }
  if (HasPossessiveEnding(in.word) || PerfectFeminine(in.word)) return false;
  if (AccusativeParticiple(in.word) || PronounSuffixed(c, k, false)) return false;
  // "وفدا" (a delegation, accusative): the alef of an unwritten tanwin on a
  // known noun.
  if (in.word.ends_with("\xD8\xA7") && lexicon_->Contains(in.word.substr(0, in.word.size() - 2))) {
    return false;
  }
  if (!(in.flags & kDefinite)) return !(in.flags & kLexicon) && !in.facts.key_known;
  // "وشارك فهد العنزي في الاجتماع": a nisba with the article that the word
  // list does not know, of no place the knowledge base knows, is a family
  // name (a tribe's or a clan's: "العنزي", "البصلاني").
  // (Not after another given name, where the name starts before: "حامد
  // سعيد الغامدي"; nor after a verb marked with its shadda, "وعدّ", and he
  // deemed.)
  // So is a nisba the word list knows as an adjective that is a tribe's
  // family name (data/ner/family_names.tsv) or that of people the knowledge
  // base knows ("الحربي", of war; "الشهري", monthly): an adjective would not
  // follow an indefinite noun with the article.
  const bool known_family = (in.flags & kNisba) && family_names_.contains(c.tok(k).key);
  // So is a house's name of data/ner/family_names.tsv of another shape
  // ("الجديع", "الموسى"), known to be one.
  const bool listed_family = t_.family_names.contains(c.tok(k).key);
  const bool nisba_family = (in.flags & kNisba) && (!(in.flags & kLexicon) || known_family) &&
                            (!in.facts.key_known || known_family) &&
                            c.doc.Slice(c.tok(k).span).ends_with("\xD9\x8A");  // ي
  if ((nisba_family || listed_family) && k >= 1 &&
      !(k >= 2 && c.Has(k - 2, kGiven | kPrefixParticle)) &&
      c.doc.Slice(c.tok(k - 1).span).find("\xD9\x91") == std::string_view::npos) {  // ّ
    return true;
  }
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
// Whether "أبو" at i and a word with the article after it are a kunya, the
// name of a person a title stands before ("القيادي الحوثي أبو الكرار",
// the Houthi leader Abu al-Karrar): after a title "the father of" is no
// common noun. (Not before a word of kinship, a head or a gentilic.)
bool EntityAnnotator::TitledKunya(const Ctx& c, uint32_t i) const {
  const uint32_t k = i + 1;
  return k < c.sent_end[i] && c.tok(i).key == kAbu && c.info[i].stripped == 0 &&
         c.tok(k).kind == TokenKind::kWord && c.info[k].stripped == 0 && c.Free(k) &&
         c.Has(k, kDefinite) &&
         !c.Has(k, kPunct | kStop | kReporting | kHead | kGentilic | kNumber) &&
         !IsKin(c.info[k].word);
}

// Whether the word after "بن"/"ابن" at i, which a given name stands before,
// is a reporting verb with no clitic: the father's name, which the verb's
// spelling shares ("صالح بن طالب", Talib; "طالب", demanded).
bool EntityAnnotator::ReportingFather(const Ctx& c, uint32_t i) const {
  const uint32_t k = i + 1;
  return k < c.sent_end[i] && c.tok(k).kind == TokenKind::kWord &&
         (c.info[i].word == kBin || c.info[i].word == kIbn ||
          c.tok(i).key == kAbu) &&  // "حمود أبو طالب"
         c.info[i].stripped == 0 &&
         i > 0 && c.Has(i - 1, kGiven) && c.info[k].stripped == 0 &&
         (c.info[k].flags & (kReporting | kStop | kPunct | kHead | kDefinite)) == kReporting;
}

bool EntityAnnotator::ParticleTakes(const Ctx& c, uint32_t i) const {
  uint32_t k = i + 1;
  if (k >= c.sent_end[i] || c.tok(k).kind != TokenKind::kWord) return false;
  if (c.info[k].stripped > 0) {
    // "ديفيد بن بعشاط": after بن/أبو a word the language knows neither whole
    // nor without its first letter is a name, not ب/ل/ك + a word.
    const std::string_view key = c.tok(k).key;
    const TokInfo& w = c.info[k];
    // "منصور بن بطيحان": after "بن" and a given name before it, ب/ك/ل + a
    // word is the father's or the family's name even where the word list
    // reads it so; "بن" takes no preposition's phrase.
    const bool father = (c.info[i].word == kBin || c.info[i].word == kIbn) &&
                        c.info[i].stripped == 0 && i > 0 && c.Has(i - 1, kGiven) &&
                        !key.starts_with("\xD9\x84\xD9\x84") &&  // لل: "للأمير"
                        (key.starts_with("\xD8\xA8") || key.starts_with("\xD9\x83") ||
                         key.starts_with("\xD9\x84"));  // ب ك ل
    return lexicon_ && w.stripped == 1 && (!w.facts.key_known || father) &&
           !w.facts.function_word && Letters(key) >= 4 &&
           !key.starts_with("\xD9\x88") &&  // و: another name
           !(w.flags & ((father ? 0u : kLexicon | kClitic) | kStop | kPunct | kReporting | kHead |
                        kGentilic | kGiven | kDefinite)) &&
           !HasPossessiveEnding(key) && !key.ends_with("\xD9\x87");  // ه, a pronoun
  }
  const uint32_t f = c.info[k].flags;
  // "وليد بن على الجلال": after "بن" the preposition's spelling is the
  // father's name Ali, as many outlets type it; "بن" takes no preposition.
  if (c.tok(k).key == kAla && (c.info[i].word == kBin || c.info[i].word == kIbn) &&
      c.info[i].stripped == 0 && i > 0 && c.Has(i - 1, kGiven) && k + 1 < c.sent_end[i] &&
      c.tok(k + 1).kind == TokenKind::kWord && !c.Has(k + 1, kStop | kPunct)) {
    return true;
  }
  // "عبد الحي" (servant of the Living): "عبد" takes one of God's names
  // even where it is also a place head ("الحي", the quarter).
  if ((c.info[i].flags & kTheophoric) && (f & (kDefinite | kHead)) == (kDefinite | kHead) &&
      !(f & (kStop | kPunct | kReporting))) {
    return true;
  }
  // "فيصل بن تركي بن عبد الله": a given name that is also a gentilic
  // ("تركي", Turki; Turkish), without the article after "بن" and a given
  // name, is the father's name: a son is of no nation.
  const bool gentilic_father = (f & (kGentilic | kGiven | kDefinite)) == (kGentilic | kGiven) &&
                               (c.info[i].word == kBin || c.info[i].word == kIbn) &&
                               c.info[i].stripped == 0 && i > 0 && c.Has(i - 1, kGiven);
  // "صالح بن طالب" (Salih bin Talib): so is a reporting verb there, a
  // given name too ("طالب", demanded; Talib): "بن" after a given name
  // takes no verb.
  const bool reporting_father = ReportingFather(c, i);
  if ((f & (kStop | kPunct | kHead)) || ((f & kReporting) && !reporting_father) ||
      ((f & kGentilic) && !gentilic_father)) {
    return false;
  }
  if (IsKin(c.info[k].word)) return false;  // "ابن عم" (a cousin)
  // "كان أبًا حنونًا" (he was a tender father), "صار أبا واسعا": a particle
  // or a word in the indefinite accusative is a noun and its adjective.
  // (An accusative after the accusative "أبا" only: "بن مهنا" is a name.)
  if (!(f & kGiven) &&
      (c.info[i].facts.tanwin || c.info[k].facts.tanwin ||
       (c.info[i].word.ends_with("\xD8\xA7") && AccusativeOfKnown(c.info[k].word)))) {
    return false;
  }
  // "ابن لأب من كينيا" (the son of a father from Kenya): ل + a word of
  // kinship, which the word list knows whole, is no name either.
  if (const std::string_view key = c.tok(k).key;
      key.starts_with("\xD9\x84") && Letters(key) >= 3 && IsKin(key.substr(2))) {  // ل
    return false;
  }
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

// Whether the demonstrative before the title at i is a plural one ("هؤلاء",
// "أولئك") and a name follows the title, or a reporting verb's object: the
// title then takes no part in the demonstrative's phrase, which ends before
// it.
bool EntityAnnotator::PluralDemonstrativeBeforeName(const Ctx& c, uint32_t i) const {
  const std::string_view d = c.doc.Slice(c.tok(i - 1).span);
  // So is any demonstrative right after a reporting verb, its object: "أوضح
  // ذلك المتحدث الرسمي للشرطة العقيد X" (the spokesman explained that).
  const bool object = i >= 2 && c.Has(i - 2, kReporting) && c.info[i - 1].stripped == 0;
  if (!object && !d.ends_with("\xD9\x87\xD8\xA4\xD9\x84\xD8\xA7\xD8\xA1") &&  // هؤلاء
      !d.ends_with("\xD9\x87\xD9\x88\xD9\x84\xD8\xA7\xD8\xA1") &&             // هولاء
      !d.ends_with("\xD9\x84\xD8\xA6\xD9\x83")) {                             // (أو)لئك
    return false;
  }
  TitleClass cls;
  const uint32_t end = c.sent_end[i];
  const int len = TitleAt(c, i, end, &cls);
  if (len <= 0) return false;
  if (object) return true;
  // Its adjectives may come first: "هؤلاء النائب الجمهوري دينيس روس".
  for (uint32_t k = i + len; k < end && k < i + len + 3; ++k) {
    if (c.Free(k) && !c.Has(k, kDefinite) && NameStart(c, k, true) &&
        NameEnd(c, k, end, true) >= k + 2) {
      return true;
    }
    if (!c.Has(k, kDefinite)) return false;
  }
  return false;
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
  // "بيار بيرون لوكالة الأنباء" (Pierre Peron to the news agency): a
  // preposition "ل" + a noun after the name ends it too. So does an office
  // in apposition: "جون بينر رئيس مجلس النواب" (John Boehner, the Speaker),
  // where the word is no title itself ("بوزير", with a minister).
  if (in.facts.title_node < 0 && in.facts.title_key_node < 0 && OfficeFollows(c, j + 1)) {
    return true;
  }
  return j + 1 >= end || c.Has(j + 1, kPunct | kStop | kReporting) ||
         (c.info[j + 1].stripped > 0 && c.tok(j + 1).key.starts_with("\xD9\x84") &&  // ل
          c.tok(j + 1).kind == TokenKind::kWord && !c.Has(j + 1, kGiven));
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
  // After a foreign given name a word with no article is rather the
  // surname, the word list's reading of its rest a chance one ("وقال أندرو
  // فاستو،": استو; "بيتر فالنتي": النتي).
  const bool foreign_given = j > 0 && c.Has(j - 1, kGivenForeign) && c.info[j - 1].stripped == 0 &&
                             !after_fa.starts_with("\xD8\xA7\xD9\x84") &&  // ال
                             !KnownArabic(rest);
  if (Letters(rest) >= 3 && !foreign_given &&
      (lexicon_->Contains(after_fa) || lexicon_->Contains(rest) || KnownArabic(rest))) {
    return false;
  }
  return j + 1 >= end || c.Has(j + 1, kPunct | kStop | kReporting);
}

// End of a personal name starting at i.
uint32_t EntityAnnotator::NameEnd(const Ctx& c, uint32_t i, uint32_t end, bool after_title) const {
  uint32_t j = i;
  // "العقيد حسان الشيخ الضابط في ...", "محمد السيد،": an honorific with
  // the article right after a given name, and before no name of its own,
  // is the family name (and the name ends there).
  // So is a post that is also a family name (family_names.tsv: "صالح
  // القاضي أن ..."), when nothing follows that the post would take: an
  // apposed post goes on ("X القاضي الفيدرالي", "X القاضي في المحكمة").
  auto honorific_family = [&](uint32_t k) {
    TitleClass cls;
    if (!(k > i && k < end && c.Has(k, kDefinite) && c.info[k].stripped == 0 &&
          c.Has(k - 1, kGiven) && TitleAt(c, k, end, &cls) == 1 &&
          (k + 1 >= end || !NameStart(c, k + 1, true)))) {
      return false;
    }
    if (cls == TitleClass::kHonorific) return true;
    return cls == TitleClass::kOffice && t_.family_names.contains(c.tok(k).key) &&
           (k + 1 >= end || c.Has(k + 1, kPunct | kComma | kStop | kReporting | kVerbLike) ||
            FaFunctionWord(c, k + 1) || c.info[k + 1].facts.function_word);
  };
  auto stops = [&](uint32_t k) {
    const TokInfo& in = c.info[k];
    if (c.tok(k).kind != TokenKind::kWord) return true;
    // "لـ" (a proclitic drawn out with a tatweel before a quote or a
    // Latin word) is a preposition, no initial of a name.
    if (Letters(c.tok(k).key) == 1 &&
        c.doc.Slice(c.tok(k).span).find("\xD9\x80") != std::string_view::npos) {
      return true;
    }
    if (FaFunctionWord(c, k)) return true;
    if (k > i + 1 && honorific_family(k - 1)) return true;
    if (k > i && FeminineAdjectiveAfterMan(c, i, k)) return true;
    // "وقال محمد المقبل", "الدكتور محمد الماضي": a modifier that is also a
    // house's name (family_names.tsv) right after a given name that is no
    // word of the language is the family name; after a month or a feast that
    // is also a name it keeps its sense ("رمضان الماضي", last Ramadan).
    if (k > i && (in.flags & (kModifier | kDefinite)) == (kModifier | kDefinite) &&
        in.stripped == 0 && (c.info[k - 1].flags & (kGiven | kGivenCommon | kDefinite)) == kGiven &&
        t_.family_names.contains(c.tok(k).key)) {
      const auto it = t_.given_names.find(c.info[k - 1].word);
      if (it != t_.given_names.end() && !(it->second & (kNameCommon | kNameNoun))) return false;
    }
    // A fixed phrase ("رحمه الله", God rest him) after a name is no part of
    // it, nor is a demonstrative ("أحمد ذاك الرجل", Ahmad, that man).
    if (in.flags & (kPunct | kStop | kReporting | kModifier | kGentilic | kNumber | kHead |
                    kComplementNoun | kMetonymyVerb | kIdiom | kDemonstrative)) {
      return true;
    }
    TitleClass cls;
    if (TitleAt(c, k, end, &cls) == 0 || honorific_family(k)) return false;
    // "د. سفيان سلطان وزير الزراعة": a given name that is also a title
    // ("سلطان", sultan), second of a name and before an office in
    // apposition or a comma, is the family name.
    if (k == i + 1 && (in.flags & (kGiven | kDefinite)) == kGiven && in.stripped == 0 &&
        (c.info[i].flags & kGiven) && k + 1 < end) {
      TitleClass next_cls;
      if (c.Has(k + 1, kComma) || (TitleAt(c, k + 1, end, &next_cls) > 0 &&
                                   next_cls == TitleClass::kOffice && !HasProclitic(c, k + 1))) {
        return false;
      }
    }
    // "النقيب محمد أمين إسماعيل الحبشي": a given name that is also a title
    // ("أمين", secretary), inside a name and before another given name, is
    // the father's name.
    return !(k > i && (in.flags & kGiven) && k + 1 < end && c.Has(k + 1, kGiven) &&
             c.info[k + 1].stripped == 0 && !TitleBeforeComplement(c, k));
  };
  bool family = false;  // a family name was taken: a given name after it starts another name
  bool unknown_family = false;  // ... an unknown word without the article ("دوابشة")
  uint32_t kunya_end = 0;       // end of a kunya "أبو" + a word without the article
  // A foreign first name takes no Arabic word with the article: "جيف كوفلين
  // العالم" is Jeff Coughlin, the scientist.
  const bool foreign = (c.info[i].flags & kGivenForeign) != 0;
  // Long chains of descent run to seven words: "فيصل بن بندر بن عبد العزيز ...".
  // (The half of a compound after "عبد" at the limit still belongs to it:
  // "محمد بن فهد بن محمد بن عبد الرحمن".)
  while (j < end && (j < i + 7 || (j > i && c.Has(j - 1, kTheophoric)))) {
    const TokInfo& in = c.info[j];
    // A tatweel standing alone is a dash, which no token stands for: "محمد
    // حسين ـ محمد عيد" lists two players.
    if (j > i && TatweelDashBefore(c.doc, j)) break;
    // "ودخل المدرب البرتغالي جوميز المباراة" (the coach Gomes started the
    // match), "وأكد المدرب دونيس حدد": a surname alone of transliterated
    // shape that no list or word list knows, before a definite word of the
    // language (no nisba) or a verb, is the whole name; the word is the
    // sentence's (a foreign first name is mostly in the given-name table).
    if (j == i + 1 && c.info[i].stripped == 0 && !c.info[i].facts.key_known &&
        !(c.info[i].flags &
          (kGiven | kLexicon | kPrefixParticle | kForeignParticle | kSuffixParticle | kDefinite)) &&
        c.owner[i] < 0 && in.stripped == 0 && (in.flags & kLexicon) && c.owner[j] < 0 &&
        ((in.flags & (kDefinite | kNisba)) == kDefinite || (in.flags & kVerbLike)) &&
        !(in.flags & (kGiven | kPrefixParticle | kForeignParticle | kSuffixParticle)) &&
        !family_names_.contains(c.tok(j).key) &&
        // (Not a regnal number, "أمنمحات الرابع", nor the second half of a
        // compound written as one word: "عبدرب الرسول", "أبوعبدالله الشمايلة".)
        !t_.ordinals.contains(c.tok(j).key) && !c.tok(i).key.starts_with(kAbd) &&
        !c.tok(i).key.starts_with(kAbu)) {
      break;
    }
    // "الملك إدوارد الثامن", "الملكة إليزابيث الثانية": after a title, an
    // ordinal right after a foreign given name is the regnal number and
    // ends the name.
    if (after_title && foreign && j == i + 1 && in.stripped == 0 &&
        t_.ordinals.contains(c.tok(j).key)) {
      return j + 1;
    }
    if (family && (in.flags & (kGiven | kPrefixParticle))) break;
    if (FaFunctionWord(c, j)) break;
    if (j > i && c.owner[j] >= 0) {
      // A one-word knowledge-base surname after a given name belongs to a new
      // person ("صدام حفتر"); longer names stay the knowledge base's.
      const Cand& o = c.cands[c.owner[j]];
      if (o.type == EntityType::kPerson && o.tb == j && o.te == j + 1 &&
          o.source == MentionSource::kKb && o.stripped == 0) {
        // (The alias's own strip: "ليفين" may read as ل + a word, but the
        // knowledge base matched the whole word.)
        ++j;
        family = true;
        continue;
      }
      // "العقيد شبنان بن مبارك القرني": a known name that opens with "بن"
      // ("بن مبارك", another man's family name) right after a given name
      // is this name's chain of descent.
      if (o.type == EntityType::kPerson && o.tb == j && j == i + 1 && in.stripped == 0 &&
          (in.word == kBin || in.word == kIbn) && o.stripped == 0) {
        j = o.te;
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
      // "الرئيس الفرنسي فرانسوا أولاند": a one-word place without the
      // article right after a foreign given name is the surname (a foreign
      // first name does not stand alone before a place). So is, after an
      // Arabic given name, a place with the article before the office the
      // person holds: "وقال عدنان الكاف المتحدث باسم ...".
      // (So after two given names: "الشيخ حمود نعمان البرح قائد المحور".)
      const bool after_given = j == i + 1 || (j == i + 2 && c.Has(i, kGiven) &&
                                              c.Has(i + 1, kGiven) && c.info[i + 1].stripped == 0);
      if (o.type == EntityType::kLocation && o.tb == j && o.te == j + 1 && after_given &&
          o.stripped == 0 && in.stripped == 0 && !(in.flags & kGentilic)) {
        TitleClass next_cls;
        const uint32_t t = j + 1 < end && c.Has(j + 1, kComma) ? j + 2 : j + 1;
        const bool apposed =
            t < end && TitleAt(c, t, end, &next_cls) > 0 &&
            (next_cls == TitleClass::kOffice || next_cls == TitleClass::kProfession) &&
            !HasProclitic(c, t);
        if ((foreign && j == i + 1 && !(in.flags & kDefinite)) ||
            ((c.info[i].flags & (kGiven | kGivenCommon)) == kGiven && (in.flags & kDefinite) &&
             apposed)) {
          ++j;
          family = true;
          continue;
        }
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
    // (Not ب + a noun with its pronoun, "بزملائه", with his teammates.)
    const bool own_surname = (in.stripped == 1 && !in.facts.key_known && !in.facts.function_word &&
                              Letters(in.word) >= 3 && !(in.flags & (kStop | kDefinite)) &&
                              !HasPossessiveEnding(in.word) &&
                              (key.starts_with("\xD8\xA8") || key.starts_with("\xD9\x83") ||
                               key.starts_with("\xD9\x84"))) ||
                             (j == i + 1 && (foreign || after_title) &&
                              (in.stripped == 1 || (in.stripped == 0 && (in.flags & kClitic))) &&
                              key.starts_with("\xD9\x88") && (!in.facts.key_known || short_rest) &&
                              !in.facts.function_word && Letters(in.word) >= 3 && lexicon_ &&
                              !(in.flags & (kStop | kDefinite | kGiven | kHead | kGentilic |
                                            kReporting | kPrefixParticle)) &&
                              (!(in.flags & kLexicon) || short_rest) && in.facts.title_node < 0);
    // "جورج بوش" is no ب + "وش": right after a given name a three-letter
    // word is the surname, unless its rest is a pronoun or a particle
    // ("بها", "لنا", "بما").
    auto pronoun_rest = [](std::string_view w) {
      for (std::string_view p :
           {"\xD9\x87\xD8\xA7", "\xD9\x87\xD9\x85", "\xD9\x86\xD8\xA7", "\xD9\x83\xD9\x85",
            "\xD9\x85\xD8\xA7", "\xD9\x86\xD9\x8A", "\xD9\x83\xD9\x86", "\xD9\x87\xD9\x86",
            "\xD9\x8A\xD9\x87", "\xD9\x85\xD9\x86",
            "\xD8\xA7\xD9\x86"}) {  // ها هم نا كم ما ني كن هن يه من ان
        if (w == p) return true;
      }
      return false;
    };
    // "سعد بهم", "جون بما في ذلك": ب/ل/ك + a pronoun or "ما", a word of
    // its own to the word list, is no family name.
    if (j > i && in.stripped == 0 && Letters(key) == 3 &&
        (key.starts_with("\xD8\xA8") || key.starts_with("\xD9\x84") ||
         key.starts_with("\xD9\x83")) &&  // ب ل ك
        pronoun_rest(key.substr(2))) {
      break;
    }
    const bool short_surname = (c.info[i].flags & kGiven) && j == i + 1 && in.stripped == 1 &&
                               Letters(key) == 3 && Letters(in.word) == 2 && !in.facts.key_known &&
                               !in.facts.function_word && !pronoun_rest(in.word) &&
                               !(in.flags & (kStop | kDefinite | kGiven | kHead | kGentilic));
    // "الرئيس المكسيكي إنريكي بينا نييتو" (Enrique Peña Nieto): after a
    // foreign given name, a word that reads as a word of the language
    // ("بينا", between us) before a word no list knows, where the sentence
    // goes on with a particle or stops, is the first of two surnames.
    if (j == i + 1 && foreign && in.stripped == 0 && !in.facts.function_word &&
        !(in.flags & (kDefinite | kStop | kPunct | kReporting | kHead | kGentilic | kNumber)) &&
        j + 2 <= end && j + 1 < end && c.Free(j + 1) && c.info[j + 1].stripped == 0 &&
        c.tok(j + 1).kind == TokenKind::kWord && !c.info[j + 1].facts.key_known &&
        !c.Has(j + 1, kLexicon | kDefinite | kStop | kGiven | kPrefixParticle) &&
        !c.info[j + 1].facts.tanwin && !AccusativeOfKnown(c.info[j + 1].word) &&
        Letters(c.info[j + 1].word) >= 3 && Letters(in.word) >= 3 &&
        (j + 2 >= end || c.Has(j + 2, kPunct | kStop | kReporting))) {
      j += 2;
      family = true;
      continue;
    }
    // "وقال حسن بوسنين إن", "عبد القادر بولحية،": a family name built on
    // "بو" right after a given name, where the name ends.
    const bool bu_surname = j == i + 1 && (c.info[i].flags & kGiven) && lexicon_ &&
                            BuSurname(*lexicon_, in, key) &&
                            (j + 1 >= end || c.Has(j + 1, kPunct | kStop | kReporting) ||
                             c.tok(j + 1).key == kAn || OfficeFollows(c, j + 1));
    if (j > i && (in.stripped > 0 || (in.flags & kClitic)) && !own_surname && !short_surname &&
        !bu_surname &&
        !(j == i + 1 && (after_title || foreign) &&
          (ClitickySurname(c, j, end) || FaSurname(c, j, end)))) {
      break;
    }
    // "وبحسب عبد الرحمن فان العبود هو ..." (according to Abdulrahman, al-Abboud
    // is ...): a European particle ("فان", "دي") takes no word with the
    // Arabic article, and goes on no Arabic given name: there "فان" is
    // "فإن" (then indeed) written without its hamza.
    if (j > i && (in.flags & kForeignParticle) && !(in.flags & kPrefixParticle) && !foreign &&
        ((c.Has(j - 1, kGiven | kSuffixParticle) && !c.Has(j - 1, kGivenForeign)) ||
         (j + 1 < end && c.Has(j + 1, kDefinite)))) {
      break;
    }
    if (in.flags & (kPrefixParticle | kForeignParticle)) {
      // "خالد بن سلطان": a given name after the particle, even one that is also
      // a title, continues the chain.
      // "آل الشيخ": the family particle takes even a title with the article.
      // "الدكتور رمضان أبو العلا", "أحمد أبو الغيط", "فيصل أبا الخيل": after a
      // given name, "أبو" (or its case forms أبا, أبي) and a word with the
      // article is the family name (a kunya turned surname), even a word of
      // the language; a noun for "the father of" would take no given name
      // before it.
      const std::string_view particle = c.tok(j).key;
      const bool kunya_surname =
          j > i && j + 1 < end &&
          (particle == kAbu || particle == "\xD8\xA7\xD8\xA8\xD8\xA7" ||  // ابا
           particle == kAbi) &&
          c.info[j].stripped == 0 && c.Has(j - 1, kGiven) && c.info[j + 1].stripped == 0 &&
          c.Has(j + 1, kDefinite) &&
          !c.Has(j + 1, kPunct | kStop | kReporting | kHead | kGentilic) &&
          !IsKin(c.info[j + 1].word);
      if (kunya_surname || (after_title && j == i && TitledKunya(c, j))) {
        j += 2;
        // "افتتح فيصل أبا الخيل المعرض" (opened the exhibition): a word of
        // the language with the article after it is the sentence's; only a
        // tribe's nisba the word list lacks goes on the name.
        if (j < end && c.info[j].stripped == 0 &&
            (c.info[j].flags & (kDefinite | kLexicon | kNisba)) == (kDefinite | kLexicon) &&
            !family_names_.contains(c.tok(j).key)) {
          return j;
        }
        continue;
      }
      // "رئيس الجامعة عبد الحي عزب": "عبد" takes one of God's names with
      // the article even where the word is also a place head or a title
      // ("الحي", the Living; the quarter).
      auto theophoric_name = [&](uint32_t k) {
        return c.Has(k, kTheophoric) && c.info[k].stripped == 0 && c.info[k + 1].stripped == 0 &&
               c.Has(k + 1, kDefinite) && !c.Has(k + 1, kPunct | kStop | kNumber) &&
               c.tok(k + 1).kind == TokenKind::kWord;
      };
      // "علي بن أبي طالب", "سعد بن أبي وقاص": after "بن" the father's
      // kunya in the genitive ("أبي", or "أبو" as some outlets write it)
      // goes on the chain; the kunya takes its word below.
      if ((in.word == kBin || in.word == kIbn) && in.stripped == 0 && j + 2 < end &&
          c.info[j + 1].stripped == 0 && c.Has(j + 1, kPrefixParticle) &&
          (c.tok(j + 1).key == kAbi || c.tok(j + 1).key == kAbu) &&
          c.tok(j + 2).kind == TokenKind::kWord && c.info[j + 2].stripped == 0 &&
          !c.Has(j + 2, kPunct | kStop | kDefinite | kReporting | kHead)) {
        ++j;
        continue;
      }
      if (j + 1 >= end || !ParticleTakes(c, j) ||
          (stops(j + 1) && !c.Has(j + 1, kGiven) && !ReportingFather(c, j) &&
           c.info[j].word != kAl && c.tok(j + 1).key != kAla && !theophoric_name(j))) {
        break;
      }
      if (j > i && c.tok(j).key == kAbu && !c.Has(j + 1, kDefinite)) {
        kunya_end = j + 2;  // ابو
      }
      // "فهد بن سعد آل مسعود الوفد" (received the delegation): after the
      // clan a common noun with the article is the sentence's; only the
      // tribe's nisba goes on the name ("آل جرمان الشهراني").
      if (j > i && c.info[j].word == kAl && c.info[j].stripped == 0 &&
          !c.Has(j + 1, kPrefixParticle) && j + 2 < end && c.info[j + 2].stripped == 0 &&
          (c.info[j + 2].flags & (kDefinite | kLexicon | kNisba | kGiven)) ==
              (kDefinite | kLexicon) &&
          !family_names_.contains(c.tok(j + 2).key)) {
        return j + 2;
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
    // "إبراهيم مواليد عام 1989" (Ibrahim, born in 1989): a word of the
    // language before a year is what the sentence says of the person.
    if (j > i && (in.flags & (kLexicon | kGiven | kDefinite)) == kLexicon && in.stripped == 0 &&
        j + 1 < end &&
        (c.tok(j + 1).has_value || (c.tok(j + 1).key == "\xD8\xB9\xD8\xA7\xD9\x85" &&  // عام
                                    j + 2 < end && c.tok(j + 2).has_value))) {
      break;
    }
    // "خالد أبو راشد المحامي" (Khalid Abu Rashid, the lawyer): after a kunya
    // that closes a name, a title or a common noun with the article is the
    // name's apposition, no family name.
    if (j == kunya_end && (in.flags & (kDefinite | kGiven)) == kDefinite && in.stripped == 0 &&
        c.owner[j] < 0 && !family_names_.contains(c.tok(j).key)) {
      TitleClass cls;
      // (So is a word no list knows, no nisba of a tribe: "حمود أبو طالب
      // الوزارات", called on the ministries.)
      if ((in.flags & (kLexicon | kNisba)) == kLexicon || TitleAt(c, j, end, &cls) > 0 ||
          !(in.flags & kNisba)) {
        break;
      }
    }
    // "المتحدث الرسمي هاني حجازي": after a title, a gentilic without the
    // article right after a given name is the family name; as an adjective
    // of the name it would take the article ("مصري الجنسية" aside). A
    // relative pronoun after it ("النائب دينيس روس الذي") is no such word.
    // So without a title when an office follows in apposition ("حسن مغربي
    // مدير فرع", Hassan Maghribi, a branch manager): an adjective of the
    // name would sit between it and its office.
    if (j == i + 1 && (c.info[i].flags & kGiven) && in.stripped == 0 &&
        (in.flags & (kGentilic | kDefinite | kGiven)) == kGentilic &&
        (after_title ? (j + 1 >= end || !c.Has(j + 1, kDefinite) || c.Has(j + 1, kStop))
                     : OfficeFollows(c, j + 1))) {
      ++j;
      family = true;
      continue;
    }
    // "محمود الديري": a gentilic right after a given name, ending the name,
    // is the family name (a nisba) rather than an adjective.
    // After a chain of two given names or more ("محمد أمين إسماعيل الحبشي")
    // it is, whatever follows: a gentilic does not describe such a chain.
    // So after a kunya ("أبو الوليد السيناوي").
    // (Not a plural, "الفلسطينيين", the people: "دعم نضال الفلسطينيين" is
    // support for the Palestinians' struggle.)
    const std::string_view written = c.doc.Slice(c.tok(j).span);
    const bool plural_nisba = written.ends_with("\xD9\x8A\xD9\x8A\xD9\x86") ||  // يين
                              written.ends_with("\xD9\x8A\xD9\x88\xD9\x86");    // يون
    if (j > i && !family && !plural_nisba &&
        ((c.info[j - 1].flags & kGiven) || (j >= i + 2 && c.Has(j - 2, kPrefixParticle))) &&
        (in.flags & kGentilic) && (in.flags & kDefinite) && in.stripped == 0) {
      TitleClass next_cls;
      // So right after a reporting verb that opens its clause, whose
      // subject the name is: "ورأى حسين المصري المقيم في ...".
      const bool subject = j == i + 1 && i > 0 && c.Has(i - 1, kReporting) &&
                           !c.Has(i - 1, kVerbLike) && c.info[i].stripped == 0 &&
                           !(c.info[i].flags & kGivenCommon);
      // So before "و" and the next item of a list ("المدرب خليل المصري
      // واختصاصي العلاج", the coach Khalil al-Masri and the therapist), and
      // after a title that gave the person's nation already ("المدرب
      // السعودي خليل المصري": no second nation describes him).
      const bool list_goes_on = j + 1 < end && c.info[j + 1].stripped > 0 &&
                                c.tok(j + 1).key.starts_with("\xD9\x88") &&  // و
                                !c.Has(j + 1, kGiven);
      const bool nation_given =
          after_title && j == i + 1 && i > 0 &&
          (c.info[i - 1].flags & (kGentilic | kDefinite)) == (kGentilic | kDefinite) &&
          c.info[i - 1].stripped == 0;
      if (j >= i + 2 || j + 1 >= end || c.Has(j + 1, kPunct | kStop | kReporting) ||
          c.owner[j + 1] >= 0 || subject || (after_title && list_goes_on) || nation_given ||
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
    // "وقال الشيخ فهد القاضي رئيس اللجنة إن" (Fahd al-Qadi, the committee's
    // head): after a title and a given name, a title word with the article
    // (an office, an honorific, a profession) before the office the person
    // holds in apposition is the family name: the person has his title
    // already, and a second holder would need a name of his own. So is an
    // honorific or a profession before "إن"/"أن" ("أوضح الدكتور خالد
    // المخرج أن"); an office there may be a verb's object ("أبلغ الأمير
    // السفير أن", told the ambassador that).
    if (after_title && j == i + 1 && (c.info[i].flags & kGiven) && c.info[i].stripped == 0 &&
        (in.flags & kDefinite) && in.stripped == 0 && j + 1 < end) {
      TitleClass cls;
      if (TitleAt(c, j, end, &cls) == 1 &&
          (cls == TitleClass::kHonorific || cls == TitleClass::kProfession ||
           cls == TitleClass::kOffice) &&
          (OfficeFollows(c, j + 1) || (c.tok(j + 1).key == kAn && cls != TitleClass::kOffice))) {
        return j + 1;
      }
    }
    if (stops(j)) break;
    // "الملك فيصل رحمه الله", "حفظه الله": a prayer after the name, a verb
    // with a pronoun before "الله", ends it.
    // So is "صلى الله عليه وسلم" after the Prophet's name.
    if (j > i && j + 1 < end && c.tok(j + 1).key == "\xD8\xA7\xD9\x84\xD9\x84\xD9\x87" &&
        c.tok(j).key == "\xD8\xB5\xD9\x84\xD9\x8A") {  // صلي (صلى)
      break;
    }
    if (j > i && j + 1 < end && c.tok(j + 1).key == "\xD8\xA7\xD9\x84\xD9\x84\xD9\x87" &&
        (c.tok(j).key.ends_with("\xD9\x87") || c.tok(j).key.ends_with("\xD9\x87\xD8\xA7") ||
         c.tok(j).key.ends_with("\xD9\x87\xD9\x85")) &&
        !(in.flags & kTheophoric) && !c.Has(j, kPrefixParticle)) {
      break;
    }
    // "بقرية آل سرور التابعة لمحافظة" (the village of Al Surur that belongs
    // to): a participle that attaches what comes before it ends the name.
    if (j > i && in.facts.participle) break;
    // "ووسع الشيخ أحمد نطاق تأثيره" (Sheikh Ahmed widened the scope of his
    // influence), "لم يدخل الشيخ أحمد سباق المنافسة": after a given name, an
    // indefinite noun of the language before its genitive (a noun with a
    // pronoun, or a common noun with the article) is the verb's object in
    // the construct state. Only where a person with that given name and a
    // family name was named before, whom the given name alone recalls:
    // surnames in the construct state exist ("عبدالرحمن سوار الذهب"). An
    // office after the noun ("عمرو موسى الأمين العام") is the name's
    // apposition instead.
    if (j == i + 1 && (c.info[i].flags & kGiven) && in.stripped == 0 && lexicon_ &&
        (in.flags & (kLexicon | kDefinite | kGiven | kNisba | kGentilic | kPrefixParticle |
                     kSuffixParticle)) == kLexicon &&
        !in.facts.tanwin && !family_names_.contains(c.tok(j).key) && j + 1 < end &&
        c.info[j + 1].stripped == 0 && c.owner[j + 1] < 0 &&
        !c.Has(j + 1, kNisba | kGentilic | kGiven | kPrefixParticle | kSuffixParticle | kPunct)) {
      TitleClass next_cls;
      const bool genitive =
          (c.Has(j + 1, kDefinite) && c.Has(j + 1, kLexicon)) || PronounSuffixed(c, j + 1, true);
      if (genitive && TitleAt(c, j + 1, end, &next_cls) == 0) {
        bool named_before = false;
        for (const Cand& p : c.cands) {
          if (p.dead || p.type != EntityType::kPerson || p.te > i) continue;
          // (A known person's alias may open with the title: "الشيخ أحمد الفهد".)
          for (uint32_t k = p.tb; k + 1 < p.te && !named_before; ++k) {
            named_before = c.info[k].word == c.info[i].word;
          }
          if (named_before) break;
        }
        if (named_before) break;
      }
    }
    // "فرقة عمر الجاسر المسرحية" (Omar al-Jasser's theatre troupe): after a
    // family name with the article, a feminine adjective with it ("…ية") agrees
    // with the feminine noun the name is the genitive of; a man's name takes
    // no feminine nisba, and family names seldom end so.
    if (j >= i + 2 && c.Has(j - 1, kDefinite) && (in.flags & kDefinite) && in.stripped == 0 &&
        !(in.flags & kGiven) && c.owner[j] < 0 && !family_names_.contains(c.tok(j).key) &&
        Letters(in.word) >= 6 && c.doc.Slice(c.tok(j).span).ends_with("\xD9\x8A\xD8\xA9") &&  // ية
        !c.Has(j - 2, kTheophoric | kPrefixParticle)) {
      break;
    }
    // "العقيد سعود المتحمي الصلاة" (led the prayer): after a family name with
    // the article, a common noun with it (no nisba) is the verb's object.
    // ("المبنى", the building, is written with ى: no nisba.)
    if (family && (in.flags & (kDefinite | kLexicon)) == (kDefinite | kLexicon) &&
        (!(in.flags & kNisba) || c.doc.Slice(c.tok(j).span).ends_with("\xD9\x89")) &&
        !(in.flags & kGiven) && in.stripped == 0 && c.owner[j] < 0 && c.Has(j - 1, kDefinite) &&
        !c.Has(j - 2, kTheophoric | kPrefixParticle) && !family_names_.contains(c.tok(j).key) &&
        DropAl(c.info[j - 1].word) != kAbd) {  // "العبد اللطيف"
      break;
    }
    // "عباس مستقويا بالخارج" (Abbas, relying on outside support): a
    // participle in the accusative (م…ا) describes the person's state.
    if (j == i + 1 && !foreign && !(in.flags & (kGiven | kDefinite)) && in.stripped == 0 &&
        AccusativeParticiple(in.word)) {
      break;
    }
    // "قتل سليمان أخاه" (Suleiman killed his brother).
    if (j > i && IsKin(in.word)) break;
    // "عمر المولود في الرياض" (Omar, born in Riyadh), "خالد المتهم بالقتل":
    // a participle with the article (مفعول، متفعل، مستفعل) before the
    // preposition it takes describes the person; no family name has that
    // shape and a preposition after it.
    if (j == i + 1 && in.stripped == 0 && j + 1 < end &&
        (in.flags & (kDefinite | kLexicon | kNisba | kGiven)) == (kDefinite | kLexicon) &&
        !family_names_.contains(c.tok(j).key)) {
      const std::string_view stem = DropAl(in.word);
      const std::string_view next = c.info[j + 1].word;
      const bool preposition =
          (c.info[j + 1].stripped == 0 && (next == kFi || next == kMin || next == kAla ||
                                           next == kIla || next == "\xD8\xB9\xD9\x86")) ||  // عن
          (c.info[j + 1].stripped == 1 && c.tok(j + 1).key.starts_with("\xD8\xA8") &&
           c.Has(j + 1, kLexicon));                                             // ب + a noun
      const bool maful = Letters(stem) == 5 && stem.starts_with("\xD9\x85") &&  // م
                         stem.substr(6, 2) == "\xD9\x88";                       // و
      const bool mutafaal =
          Letters(stem) >= 4 && (stem.starts_with("\xD9\x85\xD8\xAA") ||         // مت
                                 stem.starts_with("\xD9\x85\xD8\xB3\xD8\xAA"));  // مست
      if (preposition && (maful || mutafaal)) break;
    }
    // "في عمر الحادية عشرة" (at the age of eleven): after "عمر" (age; Omar)
    // an ordinal or a ten with the article is the age.
    if (j == i + 1 && c.info[i].word == "\xD8\xB9\xD9\x85\xD8\xB1" &&  // عمر
        in.stripped == 0 && t_.ordinals.contains(c.tok(j).key)) {
      break;
    }
    // "وأكد سليمان محاصرة الرمادي" (Suleiman confirmed the siege of Ramadi):
    // a verbal noun of the third form (مفاعلة) before its definite genitive
    // is the verb's object; no family name has that shape.
    if (j > i && lexicon_ && in.stripped == 0 && !(in.flags & (kGiven | kDefinite)) &&
        Letters(in.word) == 6 && in.word.starts_with("\xD9\x85") &&
        in.word.substr(4, 2) == "\xD8\xA7" && in.word.ends_with("\xD9\x87") &&
        lexicon_->Contains(in.word) && j + 1 < end && c.Has(j + 1, kDefinite)) {
      // (Before a title it is a family name after all: "خالد مساعدة الأمين
      // العام للحزب", the party's secretary-general.)
      TitleClass next_cls;
      if (TitleAt(c, j + 1, end, &next_cls) == 0) break;
    }
    // "ويرى خالد أن حظهم ...", "صادق مواساته" (his condolences): a noun with
    // a pronoun is no part of a name.
    // (After a foreign first name, where the name ends, a word in ه is
    // rather a surname: "كريستيان نوايه، حاكم بنك فرنسا" is Christian Noyer.)
    const bool foreign_ha =
        foreign && j == i + 1 && in.word.ends_with("\xD9\x87") &&  // ه
        !in.word.ends_with("\xD8\xAA\xD9\x87") &&  // not ته: "ماريا مسيرته" (her career)
        (j + 1 >= end || c.Has(j + 1, kPunct | kStop | kReporting) || c.tok(j + 1).key == kAn ||
         OfficeFollows(c, j + 1));
    if (j > i && !(in.flags & kGiven) && in.stripped == 0 && !StartsWithAl(in.word) &&
        !foreign_ha && (HasPossessiveEnding(in.word) || PronounSuffixed(c, j, false))) {
      break;
    }
    // "يتذكر علي عمران جيدا" (remembers well): the alef of an unwritten
    // tanwin on a known word ends the name.
    if (j > i && lexicon_ && !(in.flags & (kGiven | kDefinite)) && in.stripped == 0 &&
        in.word.ends_with("\xD8\xA7") && Letters(in.word) >= 4 &&
        lexicon_->Contains(in.word.substr(0, in.word.size() - 2))) {
      break;
    }
    // "جمال عبدالناصر قتله مسدس" (a pistol killed him): a known word with an
    // object pronoun (ه، ها، هم) is the verb or noun that follows the name;
    // no family name ends so.
    if (j > i && !foreign && lexicon_ && in.stripped == 0 && !(in.flags & (kGiven | kDefinite))) {
      const std::string_view surface = c.doc.Slice(c.tok(j).span);
      for (std::string_view pronoun : {"\xD9\x87\xD9\x85", "\xD9\x87\xD8\xA7", "\xD9\x87"}) {
        if (surface.ends_with(pronoun) && in.word.size() > pronoun.size() &&
            Letters(in.word) >= Letters(pronoun) + 3 &&
            lexicon_->Contains(in.word.substr(0, in.word.size() - pronoun.size()))) {
          return j;
        }
      }
    }
    // "دوري شمعون استقالة الحكومة" (the resignation of the government): a
    // known verbal noun of the tenth form (استفعال، استفعالة) is never a
    // family name.
    if (j > i && lexicon_ && in.stripped == 0 && !(in.flags & (kGiven | kDefinite)) &&
        in.word.starts_with("\xD8\xA7\xD8\xB3\xD8\xAA") && Letters(in.word) >= 6 &&
        lexicon_->Contains(in.word)) {
      break;
    }
    // "فهد يشغل", "متعب نوعًا" (a foreign name's surname may look like a verb).
    if (j > i && (((in.flags & kVerbLike) && !foreign) || in.facts.tanwin)) break;
    // "جيسون يحمل الجنسيتين" (Jason holds both nationalities): after a
    // foreign first name too, a verb of a known stem before its definite
    // object.
    // So before a preposition: "وكان أورلاندو يتحدث إلى التلفزيون".
    if (j == i + 1 && foreign && in.stripped == 0 && j + 1 < end &&
        (((in.flags & kVerbLike) && c.Has(j + 1, kDefinite) && c.info[j + 1].stripped == 0) ||
         (((in.flags & kVerbLike) || VerbLike(in.word)) && c.Has(j + 1, kStop) &&
          c.info[j + 1].stripped == 0))) {
      break;
    }
    // "وقال سعد اقتحموا ..." is no name "سعد اقتحموا": after an Arabic given
    // name a verb of the perfect or the future ends it (see VerbShape), so
    // does one with the feminine ت ("أحلام تبددت", the dreams faded).
    // (A verb takes its complement: before a comma or a full stop the word
    // is rather a surname, "أورلاندو أوشوا،".)
    if (j > i && !foreign && lexicon_ && in.stripped == 0 && j + 1 < end && !c.Has(j + 1, kPunct) &&
        !(in.flags & (kGiven | kDefinite | kPrefixParticle | kSuffixParticle)) &&
        (VerbShape(*lexicon_, in.word, c.doc.Slice(c.tok(j).span),
                   in.word.starts_with("\xD8\xB3") && VerbLike(in.word.substr(2))) ||
         (j > i + 1 && PerfectFeminine(in.word)))) {
      break;
    }
    // "الدكتور أحمد أصدر قراراً" (Dr. Ahmad issued a decree): a known word
    // of the shape أفعل before an indefinite accusative is the verb of form
    // IV and its object; the given names of that shape (أحمد، أسعد) are
    // in the table, and a name takes no accusative after it.
    if (j > i && !foreign && lexicon_ && in.stripped == 0 && j + 1 < end &&
        !(in.flags & (kGiven | kDefinite)) && Letters(in.word) == 4 &&
        c.doc.Slice(c.tok(j).span).starts_with("\xD8\xA3") &&  // أ
        c.info[j + 1].facts.tanwin && lexicon_->Contains(in.word)) {
      break;
    }
    // "سيرخيو سيبقى مع الفريق" (Sergio will stay with the team): so after a
    // foreign first name does the future "سي" + an imperfect before its
    // complement.
    // ("برونو سيزار وأزفالدو" is Bruno Cesar: there is no complement.)
    if (j == i + 1 && foreign && in.stripped == 0 && j + 1 < end &&
        c.tok(j + 1).kind == TokenKind::kWord && !c.tok(j + 1).key.starts_with("\xD9\x88") &&  // و
        (c.Has(j + 1, kStop | kDefinite | kDemonstrative) || c.info[j + 1].facts.key_known ||
         c.info[j + 1].facts.function_word || c.info[j + 1].stripped > 0) &&
        !(in.flags & (kGiven | kDefinite)) && Letters(in.word) >= 5 &&
        in.word.starts_with("\xD8\xB3\xD9\x8A") && VerbLike(in.word.substr(2))) {  // سي
      break;
    }
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
      // "وأكد مدني رحيمي القرار" (Madani Rahimi confirmed the decision): so
      // after a family name without the article that is no plain noun (a
      // nisba, or no word), a common noun with it that no known person's
      // name ends with is the verb's object. (After a noun it may be its
      // genitive: "المشير عبدالرحمن سوار الذهب".)
      if (family && j >= i + 2 && in.stripped == 0 &&
          (in.flags & (kLexicon | kNisba | kGiven)) == kLexicon &&
          (c.info[j - 1].flags & (kLexicon | kNisba)) != kLexicon &&
          !c.Has(j - 1, kDefinite | kGiven | kPrefixParticle | kSuffixParticle) &&
          c.info[j - 1].stripped == 0 && c.owner[j] < 0 && !family_names_.contains(c.tok(j).key)) {
        break;
      }
      // "محمد يوسف عبدالعزيز الشاب الأميركي" (the young American): a known
      // noun with the article before a gentilic that agrees with it is an
      // apposition, no family name.
      // (After a chain of three names at least: "مصطفى الختم السوداني" is
      // Mustafa al-Khatim the Sudanese.)
      if ((in.flags & (kLexicon | kNisba | kGiven)) == kLexicon && in.stripped == 0 && j >= i + 3 &&
          j + 1 < end &&
          (c.info[j + 1].flags & (kGentilic | kDefinite)) == (kGentilic | kDefinite) &&
          c.info[j + 1].stripped == 0 && !family_names_.contains(c.tok(j).key)) {
        break;
      }
      // "التميمي" is a family name; "الليبي" (a gentilic) was stopped above.
      ++j;
      family = true;
      continue;
    }
    // An indefinite word: a family name unless it is an ordinary word; the
    // second word of a name may be one ("علي مملوك", "غسان سلامة").
    // "محمد حسنين هيكل،" (Mohamed Hassanein Heikal): after two given names a
    // word of the language that ends the clause, or stands before a
    // reporting verb or an office in apposition, is the family name.
    if ((in.flags & kLexicon) && j == i + 2 && !family &&
        (c.info[i].flags & (kGiven | kGivenCommon)) == kGiven && c.info[i].stripped == 0 &&
        (c.info[i + 1].flags & (kGiven | kGivenCommon | kDefinite)) == kGiven &&
        c.info[i + 1].stripped == 0 && in.stripped == 0 && !in.facts.tanwin &&
        !in.facts.function_word && !(in.flags & (kNisba | kGentilic | kHead)) &&
        (j + 1 >= end || c.Has(j + 1, kPunct | kReporting) || c.tok(j + 1).key == kAn ||
         OfficeFollows(c, j + 1))) {
      ++j;
      family = true;
      continue;
    }
    // (A whole word no list knows, read as ب/ك/ل + a word, is still a
    // surname there: "عز الدين كوتشوك" is not ك + "وتشوك".)
    if ((in.flags & kLexicon) && j > i + 1 && !(own_surname && in.stripped == 1)) break;
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
  // "العقيد علي صالح اليزيدي": after a title, a two-word alias of a known
  // person ("علي صالح") before a family name no word list knows is the start
  // of another man's name.
  // A family name with the article that no word list knows.
  auto unknown_family_name = [&](uint32_t k) {
    const TokInfo& fam = c.info[k];
    return c.Has(k, kDefinite) && fam.stripped == 0 && !fam.facts.key_known &&
           fam.facts.title_node < 0 && !fam.facts.function_word && Letters(fam.word) >= 5 &&
           !(fam.flags & (kLexicon | kGentilic | kModifier | kStop | kHead | kReporting |
                          kComplementNoun | kNumber | kPunct | kGiven | kIdiom | kDirection));
  };
  // The person [n, te) in place of what the passes found on those words.
  auto another_person = [&](uint32_t te) {
    Cand cand;
    cand.tb = n;
    cand.te = te;
    cand.type = EntityType::kPerson;
    for (uint32_t t = n; t < te; ++t) {
      if (c.owner[t] >= 0) c.cands[c.owner[t]].dead = true;
      c.owner[t] = -1;
    }
    return c.Add(std::move(cand));
  };
  // "صلاح الدين الأيوبي", "وقال صلاح الدين مصطفى": a known place named
  // after a compound given name in "الدين" (the Iraqi province), before a
  // family name, is a person: a nisba with the article, a given name or a
  // word no list knows. ("محافظة صلاح الدين" takes no such word after it.)
  if (first.source == MentionSource::kKb && first.type == EntityType::kLocation && first.tb == n &&
      first.te == n + 2 && first.stripped == 0 && c.info[n].stripped == 0 && c.Has(n, kGiven) &&
      c.tok(n + 1).key == "\xD8\xA7\xD9\x84\xD8\xAF\xD9\x8A\xD9\x86" &&  // الدين
      n + 2 < end && c.owner[n + 2] < 0 && c.tok(n + 2).kind == TokenKind::kWord &&
      c.info[n + 2].stripped == 0 && !(n > 0 && c.Has(n - 1, kHead))) {
    const TokInfo& fam = c.info[n + 2];
    const bool nisba = (fam.flags & (kDefinite | kNisba | kGentilic)) == (kDefinite | kNisba) &&
                       c.doc.Slice(c.tok(n + 2).span).ends_with("\xD9\x8A");  // ي
    // "صلاح الدين عبد الصمد": so before a chain of names opening with a
    // particle.
    if ((fam.flags & kPrefixParticle) && ParticleTakes(c, n + 2)) {
      return another_person(std::max(NameEnd(c, n + 2, end, true), n + 4));
    }
    if (nisba || (fam.flags & (kGiven | kGivenCommon | kDefinite)) == kGiven ||
        (!c.Has(n + 2, kDefinite) && UnknownFamilyName(c, n + 2))) {
      return another_person(n + 3);
    }
  }
  if (after_title && first.source == MentionSource::kKb && first.type == EntityType::kPerson &&
      first.tb == n && first.te == n + 2 && first.stripped == 0 && c.info[n].stripped == 0 &&
      n + 2 < end && c.owner[n + 2] < 0) {
    if (unknown_family_name(n + 2)) return another_person(n + 3);
  }
  // "محمد بن ناصر الخزيم": a known person's chain of descent before a
  // family name no word list knows is another man's name, whose family the
  // known person's aliases do not give (theirs would have matched whole).
  if (first.source == MentionSource::kKb && first.type == EntityType::kPerson && first.tb == n &&
      first.te >= n + 3 && first.te < end && first.stripped == 0 && c.owner[first.te] < 0) {
    bool chain = false;
    for (uint32_t t = n + 1; t + 1 < first.te; ++t) {
      chain = chain || c.info[t].word == kBin || c.info[t].word == kIbn;
    }
    const uint32_t k = first.te;
    const std::string_view fam = c.info[k].word;
    if (chain && c.tok(k).kind == TokenKind::kWord && unknown_family_name(k) &&
        // (No dual or plural ending: "الأمير محمد بن سلمان الأخيرتين", the
        // last two, is an adjective of the noun before the name.)
        !fam.ends_with("\xD8\xAA\xD9\x8A\xD9\x86") &&  // تين
        !fam.ends_with("\xD8\xAA\xD8\xA7\xD9\x86") &&  // تان
        !fam.ends_with("\xD9\x8A\xD9\x8A\xD9\x86") &&  // يين
        !fam.ends_with("\xD8\xA7\xD8\xAA") &&          // ات
        !fam.ends_with("\xD9\x88\xD9\x86")) {          // ون
      return another_person(k + 1);
    }
  }
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
    // "الدكتور هادي بن علي اليامي": a one-word alias before a chain of
    // descent is another man's given name (the known person's own chain
    // would be a longer alias).
    second = (!c.Has(k, kDefinite) && UnknownFamilyName(c, k)) ||
             (c.Has(n, kGiven) && c.Has(k, kGiven) && !c.Has(k, kGivenCommon) &&
              c.info[k].stripped == 0 && NameEnd(c, n, end, true) > k + 1) ||
             (c.Has(n, kGiven) && c.info[k].stripped == 0 &&
              (c.info[k].word == kBin || c.info[k].word == kIbn) && ParticleTakes(c, k) &&
              NameEnd(c, n, end, true) > k + 1);
  } else {
    const Cand& next = c.cands[ko];
    second = next.source == MentionSource::kKb && next.type == EntityType::kPerson &&
             next.tb == k && next.te == k + 1 && next.kb != first.kb && c.info[k].stripped == 0;
  }
  if (!second) return -1;
  return another_person(std::max(NameEnd(c, n, end, true), k + 1));
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
  // Whether token k is the full stop of an abbreviation, right after it.
  auto IsAbbreviationDot = [&c](uint32_t k, uint32_t end) {
    return k < end && k > 0 && c.tok(k).span.begin == c.tok(k - 1).span.end &&
           c.doc.Slice(c.tok(k).span) == ".";
  };
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    const uint32_t end = c.sent_end[i];
    TitleClass cls;
    int tl = TitleAt(c, i, end, &cls);
    if (tl == 0) continue;
    // "د." (Dr) is a title only with its dot: "د. عزام الدخيل".
    if (Letters(c.info[i].word) == 1 && !IsAbbreviationDot(i + 1, end)) continue;
    // "اللواء 128" is a brigade.
    if (c.Has(i + tl, kNumber)) continue;
    // "سلطان بن محمد", "سلطان يحيى": a given name that is also a title, before
    // another name or a particle of descent, is a name.
    if (tl == 1 && (c.info[i].flags & (kGiven | kDefinite)) == kGiven &&
        c.Has(i + 1, kGiven | kPrefixParticle)) {
      continue;
    }
    // "جلالة الملك عبدالله الثاني": a known name that takes in the title's
    // last word ("الملك عبدالله الثاني") names its holder.
    if (tl > 1 && c.owner[i] < 0) {
      const int32_t o = c.owner[i + tl - 1];
      if (o >= 0 && c.cands[o].type == EntityType::kPerson && !c.cands[o].nested &&
          c.cands[o].tb > i && c.cands[o].tb < i + static_cast<uint32_t>(tl) &&
          c.cands[o].te > i + static_cast<uint32_t>(tl)) {
        RoleCand role;
        role.tb = role.eb = i;
        role.te = i + static_cast<uint32_t>(tl);
        role.ee = c.cands[o].te;
        role.stripped = c.info[i].facts.title_key_node >= 0 ? 0 : c.info[i].stripped;
        role.person = o;
        c.roles.push_back(role);
        i = c.cands[o].te - 1;
        continue;
      }
    }
    // "الأمير سلطان بن ...": a title word that is the name just found; the
    // title opening a known name is still the person's role.
    if (c.owner[i] >= 0 && c.cands[c.owner[i]].type == EntityType::kPerson) {
      const Cand& p = c.cands[c.owner[i]];
      // "شيخ الأزهر أحمد الطيب", "ولي العهد السعودي محمد بن سلمان": so is
      // an office in the construct state with its definite complement and
      // gentilic, which no given name takes ("حاكم الزاملي" is all name).
      uint32_t te = i + static_cast<uint32_t>(tl);
      bool construct = false;
      if ((c.info[i].flags & (kDefinite | kGiven)) == 0 && cls == TitleClass::kOffice) {
        while (te < p.te && c.Has(te, kDefinite) && !c.Has(te, kGiven) &&
               c.info[te].stripped == 0 && c.info[te].facts.title_node < 0) {
          ++te;
        }
        construct = c.Has(te - 1, kDefinite);
      }
      // (With the article only: "عماد الدين" is a given name, no rank.)
      if (p.tb == i && p.te > te && !p.nested &&
          ((c.info[i].flags & (kDefinite | kGiven)) == kDefinite || construct)) {
        RoleCand role;
        role.tb = role.eb = i;
        role.te = te;
        role.ee = p.te;
        role.stripped = c.info[i].facts.title_key_node >= 0 ? 0 : c.info[i].stripped;
        role.person = c.owner[i];
        c.roles.push_back(role);
        i = p.te - 1;
      }
      continue;
    }
    // "هذا الفريق" is this team, not the general; "مستشفى الملك فهد" a hospital.
    // A plural demonstrative ("من هؤلاء", among these) before a title and a
    // name points at the people before: "من هؤلاء النائب دينيس روس".
    // A noun the demonstrative points at takes the article: before an
    // indefinite title ("أوضح ذلك رئيس الوزراء", the prime minister said
    // so) the demonstrative is the verb's object, and the title opens the
    // subject.
    if (i > 0 && c.Has(i - 1, kDemonstrative) && !PluralDemonstrativeBeforeName(c, i) &&
        (c.Has(i, kDefinite) || c.info[i].stripped > 0)) {
      continue;
    }
    if (Eponymous(c, i)) continue;
    // "حزب الليكود اليميني الحاكم" (the ruling right-wing Likud party): one
    // office word with the article right after a body's name and its
    // adjectives qualifies the body, unless a name follows it.
    if (tl == 1 && i > 0 && cls == TitleClass::kOffice && c.info[i].stripped == 0 &&
        !HasProclitic(c, i) && c.Has(i, kDefinite) && c.owner[i] < 0 &&
        (i + 1 >= end || c.Has(i + 1, kPunct | kStop | kReporting | kVerbLike) ||
         FaFunctionWord(c, i + 1))) {
      uint32_t k = i - 1;
      // (On the same line; a nisba adjective is written with ي, not ى:
      // "التقى" is a verb.)
      auto same_line = [&c](uint32_t a) {
        const std::string_view gap =
            std::string_view(c.doc.text)
                .substr(c.tok(a).span.end, c.tok(a + 1).span.begin - c.tok(a).span.end);
        return gap.find('\n') == std::string_view::npos;
      };
      while (k > 0 && c.owner[k] < 0 && same_line(k) &&
             (c.Has(k, kGentilic | kModifier) ||
              ((c.info[k].flags & (kNisba | kDefinite)) == (kNisba | kDefinite) &&
               c.doc.Slice(c.tok(k).span).ends_with("\xD9\x8A")))) {
        --k;
      }
      const int32_t o = same_line(k) ? c.owner[k] : -1;
      const int32_t next = i + 1 < end ? c.owner[i + 1] : -1;
      if (o >= 0 && c.cands[o].te == k + 1 && c.cands[o].type == EntityType::kOrganization &&
          !(next >= 0 && c.cands[next].type == EntityType::kPerson) &&
          !(next < 0 && i + 1 < end && NameStart(c, i + 1, true))) {
        continue;
      }
    }
    // "في مؤتمر صحافي، ردا على سؤال" (at a press conference, answering a
    // question): a nisba title word without the article right after an
    // indefinite common noun is that noun's adjective.
    if (tl == 1 && i > 0 && cls == TitleClass::kProfession && c.info[i].stripped == 0 &&
        (c.info[i].flags & (kNisba | kDefinite | kGiven)) == kNisba &&
        c.tok(i - 1).kind == TokenKind::kWord && c.owner[i - 1] < 0 &&
        c.info[i - 1].stripped == 0 &&
        (c.info[i - 1].flags & (kLexicon | kDefinite | kGiven | kStop | kPunct | kNumber |
                                kReporting | kVerbLike | kMetonymyVerb)) == kLexicon &&
        c.info[i - 1].facts.title_node < 0 && !c.info[i - 1].facts.function_word) {
      continue;
    }
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
    uint32_t post_end = 0;  // where the post ends before a time phrase, 0: at j
    // The title's complement and modifiers: "وزير الدفاع الروسي", "الخبير
    // الليبي في معهد ...", "الرئيس السابق لبعثة الأمم المتحدة في ليبيا".
    while (j < end) {
      const TokInfo& in = c.info[j];
      int32_t o = owner(j);
      if (o >= 0 && c.cands[o].tb == j && c.cands[o].type != EntityType::kPerson) {
        j = c.cands[o].te;
        continue;
      }
      // "رئيس الحكومة الإسرائيلية بنيامين نتنياهو": a body's name that
      // begins inside the title's own words reads on to its end.
      if (o >= 0 && c.cands[o].tb >= i && c.cands[o].tb < j && c.cands[o].te > j &&
          c.cands[o].type != EntityType::kPerson) {
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
      // "القيادي الحوثي أبو محسن العياني": a known one-word surname with
      // the article, of nisba shape, between a title and a name of two
      // words or more qualifies the title (a Houthi cadre); the name after
      // it is the holder's.
      // After a profession it always does: "وقال القيادي الحوثي إن".
      if (o >= 0 && c.cands[o].tb == j && c.cands[o].te == j + 1 && j == i + tl &&
          c.cands[o].type == EntityType::kPerson && c.cands[o].source == MentionSource::kKb &&
          (in.flags & (kDefinite | kNisba)) == (kDefinite | kNisba) && in.stripped == 0) {
        const bool name_after = j + 1 < end && owner(j + 1) < 0 &&
                                c.Has(j + 1, kGiven | kPrefixParticle) &&
                                NameStart(c, j + 1, true) && NameEnd(c, j + 1, end, true) >= j + 3;
        if (name_after || cls == TitleClass::kProfession) {
          c.cands[o].dead = true;
          c.owner[j] = -1;
          ++j;
          if (name_after) break;
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
        // "مؤسس وزعيم الحركة" (founder and leader of the movement): an office
        // still awaiting its genitive shares the next one's.
        if (tl == 1 && j == i + 1 && cls == TitleClass::kOffice && other == TitleClass::kOffice &&
            !c.Has(i, kDefinite) && !c.Has(j, kDefinite) && j + 1 < end &&
            c.Has(j + 1, kDefinite | kComplementNoun | kHead)) {
          ++j;
          continue;
        }
        break;
      }
      // "الأمير تركي بن محمد" (Prince Turki bin Muhammad): a given name that
      // is also a gentilic, without the article after a definite title, is
      // no adjective of it (that would be "التركي") but the holder's name.
      // So after a name, definite too: "نائب محافظ ميسان تركي الحارثي".
      if ((c.Has(j - 1, kDefinite) || (owner(j - 1) >= 0 && c.cands[owner(j - 1)].te == j)) &&
          GentilicGivenName(c, j)) {
        break;
      }
      if (in.flags & (kModifier | kGentilic)) {
        ++j;
        continue;
      }
      // "رئيس لجنة الحوار اللبناني - الفلسطيني" (the head of the
      // Lebanese-Palestinian dialogue committee): a dash joins two gentilics.
      if (IsDash(c.tok(j).key) && j > i + 1 && j + 1 < end && c.Has(j - 1, kGentilic) &&
          c.Has(j + 1, kGentilic) && c.info[j + 1].stripped == 0) {
        j += 2;
        continue;
      }
      // "تعيينه أمينا عاما للحركة" (his appointment as secretary general of
      // the movement): after a post in the accusative, its adjective in the
      // accusative too ("عاما" for "العام").
      if (c.info[i].facts.accusative_title && in.stripped == 0 && !(in.flags & kDefinite) &&
          in.word.ends_with("\xD8\xA7") && Letters(in.word) >= 3) {
        std::string definite = "\xD8\xA7\xD9\x84";  // ال
        definite.append(in.word.substr(0, in.word.size() - 2));
        if (t_.modifiers.contains(definite)) {
          ++j;
          continue;
        }
      }
      // "وزير خارجيته جون كيري" (his foreign minister, John Kerry): right
      // after an office, a genitive with a possessive pronoun completes it.
      if (cls == TitleClass::kOffice && j == i + static_cast<uint32_t>(tl) && j > 0 &&
          !c.Has(j - 1, kDefinite) && in.stripped == 0 && !(in.flags & kDefinite) &&
          c.tok(j).enclitic_bytes >= 2 && c.tok(j).enclitic_bytes <= 4 && j + 1 < end &&
          owner(j) < 0) {
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
      // "العقيد في القوات الجوية حسان X" (the colonel in the air force, Hassan
      // X): a rank's scope, "في" + a body (a name, or up to three definite
      // words of the language), before a name of two words or more.
      if (cls == TitleClass::kRank && j == i + static_cast<uint32_t>(tl) && in.word == kFi &&
          in.stripped == 0 && c.Has(j - 1, kDefinite)) {
        uint32_t k = j + 1;
        while (k < end && k < j + 5) {
          const int32_t ko = owner(k);
          if (ko >= 0) {
            if (c.cands[ko].tb != k || c.cands[ko].type != EntityType::kOrganization) break;
            k = c.cands[ko].te;
            continue;
          }
          const TokInfo& w = c.info[k];
          if (c.tok(k).kind != TokenKind::kWord || w.stripped != 0 ||
              (w.flags & (kDefinite | kLexicon)) != (kDefinite | kLexicon) ||
              (w.flags & (kGiven | kStop | kPunct | kReporting | kNumber)) ||
              w.facts.title_node >= 0) {
            break;
          }
          ++k;
        }
        const int32_t ho = k < end ? owner(k) : -1;
        const bool holder =
            k > j + 1 && k < end &&
            ((ho >= 0 && c.cands[ho].tb == k && c.cands[ho].type == EntityType::kPerson) ||
             (ho < 0 && c.Has(k, kGiven) && c.info[k].stripped == 0 && NameStart(c, k, true) &&
              NameEnd(c, k, end, true) >= k + 2));
        if (holder) {
          j = k;
          break;
        }
      }
      if (cls == TitleClass::kOffice || cls == TitleClass::kProfession) {
        if ((in.flags & kDefinite) && !(in.flags & (kStop | kReporting))) {
          if (NameStart(c, j, true) && (in.flags & kGiven)) break;
          // "الفنانة اللبنانية إليسا": a hamza before the lam is no article,
          // so no adjective of the title but the holder's foreign name.
          if (in.stripped == 0 && HamzaLam(c.doc, c.tok(j)) && NameStart(c, j, true)) break;
          // "وزير الداخلية اليمني العميد عبده الحذيفي": the holder's rank
          // before his name is a title of its own, not the office's complement.
          // After a noun that awaits its genitive the rank word is that
          // genitive: "مدير الفريق فؤاد" is the team's manager.
          if (c.Has(j - 1, kDefinite | kGentilic) && RankBeforeName(c, j, end) > 0) break;
          // So is his profession after a body's name, or a form of address:
          // "عضو مجلس إدارة نادي الوحدة المحامي خالد ..." (board member of
          // al-Wahda club, the lawyer Khalid ...), "رئيس النادي الأستاذ
          // خالد". After a common noun it may be its adjective ("رئيس
          // الفريق الإعلامي خالد", head of the media team).
          TitleClass own;
          if (j > i + static_cast<uint32_t>(tl) && c.Has(j - 1, kDefinite) && in.stripped == 0 &&
              TitleAt(c, j, end, &own) == 1 && own == TitleClass::kProfession && j + 1 < end &&
              (owner(j - 1) >= 0 || (TitleFlags(c, j, j + 1) & kTitleAddress)) &&
              (owner(j + 1) < 0 ? c.Has(j + 1, kGiven) && NameStart(c, j + 1, true)
                                : c.cands[owner(j + 1)].type == EntityType::kPerson &&
                                      c.cands[owner(j + 1)].tb == j + 1)) {
            break;
          }
          ++j;
          continue;
        }
        if ((in.flags & kComplementNoun) && in.stripped == 0) {
          ++j;
          continue;
        }
        // "رئيس تكتل «التغيير والإصلاح»" (the head of the Change and Reform
        // bloc): a body's head before its quoted name; the quote is taken in
        // below.
        if (j == i + static_cast<uint32_t>(tl) && (in.flags & kHead) && in.head &&
            in.head->type == EntityType::kOrganization && !(in.flags & kDefinite) &&
            in.stripped == 0 && j + 1 < end && c.Has(j + 1, kQuote)) {
          ++j;
          break;
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
        // "القيادي في قوى التمرد أنور X", "رئيس قسم الهندسة في البلدية جمال
        // X": "في" + a phrase of common nouns (three words at most, the last
        // definite) and a given name that opens a name of two words or
        // more: the phrase is the post's scope, the name its holder's.
        if (in.word == kFi && in.stripped == 0) {
          uint32_t k = j + 1;
          bool time_scope = false;
          while (k < end && k < j + 5) {
            const int32_t ko = owner(k);
            if (ko >= 0) {
              if (c.cands[ko].tb != k || c.cands[ko].type == EntityType::kPerson) break;
              k = c.cands[ko].te;
              continue;
            }
            const TokInfo& w = c.info[k];
            // "في تلك السنوات" (in those years): a demonstrative opens it.
            if (k == j + 1 && (w.flags & kDemonstrative) && w.stripped == 0) {
              time_scope = true;
              ++k;
              continue;
            }
            if (c.tok(k).kind != TokenKind::kWord || !(w.flags & (kLexicon | kDefinite)) ||
                (w.flags &
                 (kGiven | kStop | kPunct | kReporting | kNumber | kVerbLike | kDemonstrative)) ||
                w.facts.tanwin || w.facts.title_node >= 0) {
              break;
            }
            ++k;
          }
          // The holder's name: a given name, or two unknown words ("رئيس قسم
          // المتفجرات في الشرطة بيازيد تشيكين", a foreign name).
          // So is a known person's name, or the holder's own title before
          // his name: "رئيس اللجنة الأمنية في البرلمان النائب حاكم X".
          auto person_at = [&](uint32_t t) {
            const int32_t po = t < end ? owner(t) : -1;
            return po >= 0 && c.cands[po].tb == t && c.cands[po].type == EntityType::kPerson;
          };
          TitleClass own_cls;
          const int own = k < end && owner(k) < 0 && c.Has(k, kDefinite) && !HasProclitic(c, k)
                              ? TitleAt(c, k, end, &own_cls)
                              : 0;
          const uint32_t after_own = k + static_cast<uint32_t>(own);
          const bool name =
              person_at(k) ||
              (own > 0 && own_cls != TitleClass::kProfession && after_own < end &&
               (person_at(after_own) || (owner(after_own) < 0 && NameStart(c, after_own, true) &&
                                         NameEnd(c, after_own, end, true) > after_own + 1))) ||
              (k < end && owner(k) < 0 && !c.Has(k, kDefinite) && c.info[k].stripped == 0 &&
               ((c.Has(k, kGiven) && NameEnd(c, k, end, true) >= k + 2) ||
                (lexicon_ && NameGoesOn(c, k) && NameGoesOn(c, k + 1) && owner(k + 1) < 0)));
          if (k > j + 1 && k < j + 5 && name &&
              (c.Has(k - 1, kDefinite | kGentilic) || owner(k - 1) >= 0)) {
            // A time ("في تلك السنوات") is no part of the post.
            if (time_scope) post_end = j;
            j = k;
            break;
          }
        }
        // "باسم" + organisation: "المتحدث باسم الجيش".
        if (c.tok(j).key == "\xD8\xA8\xD8\xA7\xD8\xB3\xD9\x85" && j + 1 < end) {
          ++j;
          continue;
        }
        // "الناطق باسمها إياد X" (its spokesman, Iyad X): "باسم" with a
        // pronoun completes the title; the holder's name follows.
        auto named_for_it = [](std::string_view k) {
          constexpr std::string_view kBism = "\xD8\xA8\xD8\xA7\xD8\xB3\xD9\x85";  // باسم
          if (!k.starts_with(kBism)) return false;
          k.remove_prefix(kBism.size());
          return k == "\xD9\x87" || k == "\xD9\x87\xD8\xA7" || k == "\xD9\x87\xD9\x85" ||
                 k == "\xD9\x87\xD9\x85\xD8\xA7";  // ه ها هم هما
        };
        if (j == i + static_cast<uint32_t>(tl) && named_for_it(c.tok(j).key) && j + 1 < end) {
          ++j;
          break;
        }
        if (const uint32_t x = ExtendsTitle(c, i, j, end); x > j) {
          j = x;
          continue;
        }
      }
      break;
    }
    uint32_t title_end = post_end > 0 ? post_end : j;
    while (title_end > i + static_cast<uint32_t>(tl) && c.Has(title_end - 1, kPunct | kStop))
      --title_end;
    uint32_t n = j;
    // "المتحدثة باسم البعثة “مينوسما”، راضية عاشوري": the body's quoted
    // short name between the title and the comma before the holder's name.
    // "رئيس تحرير صحيفة “الوسط”، منصور الجمري": the quoted name is the
    // outlet's, which its head awaited; the title takes it in.
    bool quoted = false;
    // "المنسق العام ل"تيار ..." محمد ...", "رئيس الحكومة "الإسرائيلية"
    // بنيامين ...": a quoted name or gentilic, maybe after a bare "ل", is
    // the title's complement when the holder's name follows it at once.
    const uint32_t open = n + 1 < end && c.tok(n).key == "\xD9\x84" ? n + 1 : n;  // ل
    if (open + 2 < end && c.Has(open, kQuote)) {
      uint32_t q = open + 1;
      while (q < end && q < open + 6 && !c.Has(q, kQuote)) ++q;
      if (q > open + 1 && q + 1 < end && c.Has(q, kQuote) && c.Has(q + 1, kComma) && open == n) {
        if (AwaitsName(c, i, title_end)) {
          title_end = q + 1;
          quoted = true;
        }
        n = q + 1;
      } else if (q > open + 1 && q + 1 < end && c.Has(q, kQuote) &&
                 (open > n || AwaitsName(c, i, title_end) || c.Has(open + 1, kGentilic) ||
                  (owner(open + 1) >= 0 && c.cands[owner(open + 1)].type != EntityType::kPerson))) {
        const int32_t h = owner(q + 1);
        // (Or the holder's rank or doctor's title first: "القيادي في حركة
        // ... "حماس" الدكتور X", whose chain then reaches the name.)
        TitleClass next;
        // (Or his one-word office: "رئيس تكتل «X» النائب Y", the MP Y.)
        const int next_len = h < 0 ? TitleAt(c, q + 1, end, &next) : 0;
        if ((h >= 0 && c.cands[h].tb == q + 1 && c.cands[h].type == EntityType::kPerson) ||
            (h < 0 && NameStart(c, q + 1, true)) ||
            (next_len > 0 && (next == TitleClass::kRank || next == TitleClass::kHonorific)) ||
            (next_len == 1 && next == TitleClass::kOffice && c.Has(q + 1, kDefinite) &&
             q + 2 < end &&
             ((owner(q + 2) >= 0 && c.cands[owner(q + 2)].tb == q + 2 &&
               c.cands[owner(q + 2)].type == EntityType::kPerson) ||
              (owner(q + 2) < 0 && NameStart(c, q + 2, true))))) {
          title_end = j = q + 1;
          quoted = true;
          n = q + 1;
        }
      }
    }
    // "X رئيس «نايت فرانك»" (X, head of Knight Frank): an office still in
    // the construct state takes the quoted name after it as its genitive.
    if (!quoted && cls == TitleClass::kOffice && n == title_end && title_end == j && n + 2 < end &&
        c.Has(n, kQuote) && !c.Has(title_end - 1, kDefinite | kGentilic) &&
        owner(title_end - 1) < 0) {
      uint32_t q = n + 1;
      while (q < end && q < n + 8 && !c.Has(q, kQuote)) ++q;
      const int32_t inside = owner(n + 1);
      if (q > n + 1 && q < end && c.Has(q, kQuote) && !c.Has(n + 1, kGiven) &&
          (inside < 0 || c.cands[inside].type != EntityType::kPerson)) {
        title_end = j = n = q + 1;
        quoted = true;
      }
    }
    // "الرئيس الفرنسي السابق "جيسكار ديستان"", "الدكتور “وهبة الزحيلي”": the
    // holder's name in quotes right after the title: a known person, a name
    // opening with a given name, or two or three words no word list knows.
    // (An office still in the construct state takes the quote as its
    // genitive: "مدير "سوذبيز ..."" is the company's director.)
    if (!quoted && n == title_end && n + 3 < end && c.Has(n, kQuote) &&
        !AwaitsName(c, i, title_end) &&
        (cls != TitleClass::kOffice || c.Has(title_end - 1, kDefinite | kGentilic))) {
      uint32_t q = n + 1;
      while (q < end && q < n + 6 && !c.Has(q, kQuote)) ++q;
      const int32_t h = owner(n + 1);
      bool name = false;
      if (q < end && c.Has(q, kQuote) && q >= n + 3) {
        if (h >= 0) {
          name = c.cands[h].tb == n + 1 && c.cands[h].te == q &&
                 c.cands[h].type == EntityType::kPerson;
        } else if (c.Has(n + 1, kGiven)) {
          name = NameStart(c, n + 1, true) && NameEnd(c, n + 1, q, true) == q;
        } else {
          name = lexicon_ != nullptr;
          for (uint32_t k = n + 1; k < q && name; ++k) {
            const TokInfo& w = c.info[k];
            name = owner(k) < 0 && c.tok(k).kind == TokenKind::kWord && w.stripped == 0 &&
                   !(w.flags & (kLexicon | kDefinite | kStop | kGentilic | kHead | kNumber)) &&
                   w.facts.title_node < 0 && !w.facts.key_known;
          }
        }
      }
      if (name) ++n;
    }
    const bool after_comma = n < end && (c.Has(n, kComma) || IsDash(c.tok(n).key));
    if (after_comma) ++n;
    // "X وزير الزراعة، Y وزير النقل" (X the agriculture minister, Y the
    // transport minister): a title right after a name is that name's; the
    // name after the comma opens the next pair.
    const bool apposed = after_comma && i > 0 && c.owner[i - 1] >= 0 &&
                         c.cands[c.owner[i - 1]].type == EntityType::kPerson &&
                         c.cands[c.owner[i - 1]].te == i;
    // "وزير التعليم د. عزام الدخيل" (the education minister, Dr Azzam
    // al-Dakhil): the abbreviated form of address, or its dot after "د"
    // itself, between a title and its holder's name.
    if (n + 2 < end && n == title_end && Letters(c.tok(n).key) == 1 &&
        IsAbbreviationDot(n + 1, end)) {
      TitleClass abbreviation;
      if (TitleAt(c, n, n + 1, &abbreviation) == 1) n += 2;
    } else if (n == title_end && title_end == i + 1 && IsAbbreviationDot(n, end)) {
      title_end = ++n;  // the title is "د."
    }
    // "الدكتور / خالد السبيعي", "المهندس/ فهد العتيبي": letters and local
    // news set a slash between a title and its holder's name.
    if (n + 1 < end && n == title_end && n > i && c.tok(n).key == "/" &&
        c.tok(n + 1).kind == TokenKind::kWord) {
      ++n;
    }
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
    // "للواء" holds the title's article as "للرئيس" does: the title is
    // written whole, "للواء الليبي" as "للرئيس السوري".
    if (c.tok(i).key.starts_with("\xD9\x84\xD9\x84")) role.stripped = 0;
    // "كرئيس" read as ك + a title (word_facts.cc) keeps its ك out of the title.
    if (role.stripped == 0 && c.info[i].facts.title_key_node < 0 &&
        c.tok(i).key.starts_with("\xD9\x83") &&
        t_.titles.Step(AliasMatcher::kRoot, DropAl(c.info[i].word)) < 0) {
      role.stripped = 1;
    }
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
    // "مدير عام يونيليفر" (Unilever's general manager): after an office
    // still in the construct state (its last word without the article) a
    // new word that opens no given name is its genitive, part of the title.
    // (A body's name or "باسمه" completes the title.)
    const bool construct_genitive =
        cls == TitleClass::kOffice && n == title_end && title_end > i && n < end &&
        !c.Has(title_end - 1, kDefinite | kGentilic | kNumber) && !quoted &&
        owner(title_end - 1) < 0 && owner(n) < 0 && !c.Has(n, kGiven | kPrefixParticle) &&
        !c.tok(title_end - 1).key.starts_with("\xD8\xA8\xD8\xA7\xD8\xB3\xD9\x85") &&
        c.tok(title_end - 1).enclitic_bytes == 0 && NameStart(c, n, true);
    if (construct_genitive) {
      // (Up to a given name, which opens the holder's name: "مدير عام
      // يونيليفر سامي خالد".)
      const uint32_t genitive_end = std::max(NameEnd(c, n, end, true), n + 1);
      title_end = n + 1;
      while (title_end < genitive_end && !c.Has(title_end, kGiven)) ++title_end;
      j = title_end;
      // And the place of the post after it: "مدير عام يونيليفر في الإمارات
      // وعمان" (in the Emirates and Oman).
      if (j + 1 < end && c.info[j].word == kFi && c.info[j].stripped == 0) {
        uint32_t k = j + 1;
        for (int places = 0; k < end && places < 3; ++places) {
          const uint32_t at = k;
          const int32_t o = owner(at);
          if (o < 0 || c.cands[o].tb != at || c.cands[o].type == EntityType::kPerson ||
              (places > 0 && !(c.info[at].stripped > 0 || c.cands[o].stripped > 0))) {
            break;
          }
          k = c.cands[o].te;
          title_end = j = k;
        }
      }
      role.te = title_end;
      // The holder's name may follow the completed post.
      n = title_end;
      o = n < end ? owner(n) : -1;
    }
    int32_t created = -1;  // a name read here only because the title stands before it
    if (o >= 0 && c.cands[o].tb == n && c.cands[o].type == EntityType::kPerson) {
      if (const int32_t renamed = NameOverKbAlias(c, n, end, true); renamed >= 0) o = renamed;
      role.person = o;
      role.ee = c.cands[o].te;
    } else if (n < end && c.Free(n) && NameStart(c, n, true) &&
               (quoted || !AwaitsName(c, i, title_end)) && !c.info[n].facts.tanwin &&
               // "نشره إعلاميا، فستصل الرسالة" (published in the media, the
               // message will get through): a title in the accusative is
               // the post of a name before it, or an adverb; the clause
               // after its comma names no holder.
               !(after_comma && c.info[i].facts.accusative_title) &&
               !(IndefiniteNoun(c.info[n].word) && !NameGoesOn(c, n + 1)) &&
               !(AccusativeOfKnown(c.info[n].word) && !NameGoesOn(c, n + 1)) &&
               // "الملك فيصل -رحمه الله-" (may God have mercy on him): a prayer.
               !(n + 1 < end && c.tok(n + 1).key == "\xD8\xA7\xD9\x84\xD9\x84\xD9\x87" &&
                 c.doc.Slice(c.tok(n).span).ends_with("\xD9\x87")) &&  // not "آية الله"
               c.tok(n).enclitic_bytes < 4) {  // "كبير محققينا": a pronoun نا/هم/ها, no name
      uint32_t ne = NameEnd(c, n, end, true);
      // "مدير المدرسة، طلب من المعلم" (the headmaster asked the teacher): a
      // given name that is also a word, alone after the title's comma, is
      // the word; a holder named there has his family name after it. Nor
      // is one before a verbal noun and its genitive ("مسؤول خليجي، طلب عدم
      // كشف اسمه": a verb and its object).
      // So is one alone right after an office or a profession before "من"
      // ("مدير المدرسة طلب من المعلم", asked the teacher), a verb and its
      // object; after a rank it is a name ("اللواء صدام"), and elsewhere
      // ("قوات الرئيس صالح على ..."), and so is one a person named before
      // opens with ("الأمير علي من ..." after "الأمير علي بن الحسين").
      if (ne == n + 1 && n == title_end && c.Has(n, kGivenCommon) && ne < end &&
          c.info[ne].stripped == 0 && c.info[ne].word == kMin &&
          (cls == TitleClass::kOffice || cls == TitleClass::kProfession)) {
        bool named = false;
        for (const Cand& p : c.cands) {
          named = named || (!p.dead && p.type == EntityType::kPerson && p.te > p.tb + 1 &&
                            c.info[p.tb].word == c.info[n].word);
        }
        if (!named) ne = n;
      }
      TitleClass next_cls;
      if (after_comma && c.Has(n, kGivenCommon) &&
          (ne == n + 1 ||
           (ne >= n + 2 && n + 2 < end &&
            (c.info[n + 1].flags & (kLexicon | kDefinite | kGiven | kNisba)) == kLexicon &&
            c.info[n + 1].stripped == 0 &&
            (c.info[n + 2].flags & (kLexicon | kGiven | kPunct)) == kLexicon &&
            TitleAt(c, n + 2, end, &next_cls) == 0))) {
        ne = n;
      }
      // "نثق في اللاعبين ولدينا طموحات" (we trust the players, and we have
      // ambitions): a common given name read off و right after the title is
      // a word of the next clause; the conjunction parts it from the title.
      if (c.info[n].stripped > 0 && c.Has(n, kGivenCommon) &&
          c.tok(n).key.starts_with("\xD9\x88")) {  // و
        ne = n;
      }
      if (ne > n) {
        // A bare common given name after a rank is still a name ("اللواء صدام").
        Cand cand;
        cand.tb = n;
        cand.te = ne;
        cand.stripped = c.info[n].stripped;
        // "وزير خارجية جنوب السودان برنابا ماريال" (Barnaba Marial): a
        // holder's name whose first word reads as ب/ك + a word no list
        // knows keeps its first letter; no preposition stands there.
        // So before a surname of foreign shape when the word as written is
        // not one of the word list ("الوزير كيرن ريجيجو", not ك + "يرن").
        const bool foreign_after = n + 1 < end && c.Has(n + 1, kForeignShape) &&
                                   !c.Has(n + 1, kLexicon | kDefinite) && lexicon_ &&
                                   !lexicon_->Contains(c.tok(n).key) &&
                                   ForeignAfterPreposition(lexicon_.get(), c.info[n].word);
        if (cand.stripped == 1 && (!c.info[n].facts.key_known || foreign_after) &&
            (c.tok(n).key.starts_with("\xD8\xA8") || c.tok(n).key.starts_with("\xD9\x83")) &&
            (!c.Has(n, kLexicon | kGiven) || foreign_after) && ne > n + 1) {
          cand.stripped = 0;
        }
        cand.type = EntityType::kPerson;
        for (uint32_t k = n; k < ne; ++k) {
          if (c.owner[k] >= 0) c.cands[c.owner[k]].dead = true;
          c.owner[k] = -1;
        }
        role.person = created = c.Add(std::move(cand));
        role.ee = ne;
      }
    }
    // "أحد مستشاري الرئيس بوريس يلتسين" (one of President Yeltsin's
    // advisers): the name after "one of ..." is the genitive's, never the
    // holder, who stands before it ("X أحد مستشاري الرئيس").
    if (conjoined || apposed || c.info[i].word == kAhad) role.person = -1;
    // "وقالت محامية رضائيان" (Rezaian's lawyer said): a profession without
    // the article and with nothing between it and a name is in the construct
    // state; the name is its genitive, not its holder ("المحامية ليلى").
    // (Not inside a chain of titles: "العميد ركن طيار X", a pilot.)
    // Nor after another title and a slash: "المحامي / كاتب X".
    const bool chained =
        !c.roles.empty() &&
        (c.roles.back().te == i || (c.roles.back().te + 1 == i && c.tok(i - 1).key == "/"));
    if (role.person >= 0 && cls == TitleClass::kProfession && tl == 1 && title_end == i + 1 &&
        !chained && n == title_end && !(c.info[i].flags & kDefinite) &&
        !c.info[i].word.ends_with("\xD9\x8A") &&  // a nisba adjective: "صحافي"
        !(TitleFlags(c, i, i + 1) & (kTitleAddress | kTitleBare))) {
      // "مدرب ايفرتون", "لاعب سيلتيك" (Everton's coach, a Celtic player): a
      // sports trade in the construct state takes a club; a word no list
      // knows as a given name, read as a name only after it, is no person.
      // ("للاعب X" holds the article: the player X.)
      if (role.person == created && t_.sports_words.contains(c.info[i].word) && !c.Has(n, kGiven) &&
          !c.tok(i).key.starts_with("\xD9\x84\xD9\x84")) {  // لل
        c.cands[created].dead = true;
      }
      role.person = -1;
    }
    // "غولن المعارض لأردوغان" (Gülen, the opponent of Erdogan): a name after
    // "ل" or "ب" is the title's object, never its holder.
    if (role.person >= 0 && c.cands[role.person].tb == n && c.cands[role.person].stripped > 0 &&
        (c.tok(n).key.starts_with("\xD9\x84") || c.tok(n).key.starts_with("\xD8\xA8"))) {
      role.person = -1;
    }
    // "متحدثا باسم الأسد" (speaking for Assad): the name right after "باسم"
    // is the one spoken for; it belongs to the title.
    if (role.person >= 0 && n == title_end && title_end > i + 1 &&
        c.tok(title_end - 1).key == "\xD8\xA8\xD8\xA7\xD8\xB3\xD9\x85" &&  // باسم
        c.cands[role.person].tb == n) {
      title_end = role.te = c.cands[role.person].te;
      role.person = -1;
    }
    // "اللواء جعفر سعد المستشار العسكري للرئيس هادي" (General Jaafar Saad,
    // the military adviser to President Hadi), "عُيّن مستشارا خاصا للرئيس
    // بشار الأسد": a title ending in another title with "ل" has the name
    // after it as that other title's holder, not its own; its own is the name
    // before it, if any.
    RoleCand inner_role;
    if (role.person >= 0) {
      uint32_t k = title_end;
      while (k > i + 1 && c.Has(k - 1, kGentilic | kModifier)) --k;
      TitleClass inner;
      // (The word of "للرئيس" is "الرئيس": the ل is off it, stripped or not.)
      if (k > i + 1 && c.tok(k - 1).key.starts_with("\xD9\x84") &&
          !c.info[k - 1].word.starts_with("\xD9\x84") && TitleAt(c, k - 1, title_end, &inner) > 0 &&
          inner == TitleClass::kOffice) {
        inner_role = role;
        inner_role.tb = inner_role.eb = k - 1;
        inner_role.stripped = c.info[k - 1].stripped;
        // The genitive's name belongs to the title, as in "مدير مكتب خليفة حفتر".
        title_end = role.te = c.cands[role.person].te;
        role.person = -1;
      }
    }
    if (role.person < 0) {
      // Title without a name: a possible reference, resolved in Corefer.
      role.ee = title_end;
    }
    c.roles.push_back(role);
    if (inner_role.person >= 0) c.roles.push_back(inner_role);
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
    // "شركة محمد سعد الدريس وأولاده": none of the words of a name after an
    // organisation's head opens a person's name.
    if (OrgHeadBefore(c, i) && c.Has(i, kGiven)) {
      if (const uint32_t j = NameEnd(c, i, end, true); j > i + 1) i = j - 1;
      continue;
    }
    // "الشاب أنور مسعود", "الشهيد ماجد القرني", "الطفل يامن دوابشة": after
    // a noun for a person (data/ner/person_nouns.tsv) a name opens as after
    // a title, even with a given name that is a word too or a first name no
    // list knows; it takes two words at least.
    // So after such a noun and its gentilic or age: "المسن الفلسطيني خير
    // X" (the elderly Palestinian Khair X), "المحاسب الخمسيني ماجد X".
    auto person_noun = [&](uint32_t k) {
      return c.tok(k).kind == TokenKind::kWord && c.Has(k, kDefinite) && c.Free(k) &&
             c.info[k].stripped == 0 && t_.person_nouns.contains(c.info[k].word);
    };
    const bool described =
        i > 1 && c.Has(i - 1, kDefinite) && c.info[i - 1].stripped == 0 && c.Free(i - 1) &&
        (c.Has(i - 1, kGentilic) || person_noun(i - 1)) &&
        (person_noun(i - 2) ||
         (c.Has(i - 2, kDefinite) && c.info[i - 2].stripped == 0 && c.Free(i - 2) &&
          c.info[i - 2].facts.title_node < 0 && t_.person_nouns.contains(c.info[i - 1].word)));
    if (i > 0 && in.stripped == 0 && c.tok(i - 1).kind == TokenKind::kWord &&
        ((c.Has(i - 1, kDefinite) && c.Free(i - 1) &&
          t_.person_nouns.contains(c.info[i - 1].word)) ||
         described) &&
        NameStart(c, i, true)) {
      const uint32_t j = NameEnd(c, i, end, true);
      if (j >= i + 2 && c.FreeRange(i, j)) {
        c.AddSpan(i, j, EntityType::kPerson);
        i = j - 1;
        continue;
      }
    }
    // "ضم الهولندي ممفيس ديباي والألماني باستيان شفاينشتايجر" (signed the
    // Dutchman Memphis Depay and the German Bastian Schweinsteiger): a
    // gentilic with the article, standing for a person of that nation, before
    // two words or more that no list or word list knows is that person's
    // foreign name (an adjective of a noun before it would be followed by a
    // word of the language: "الاتحاد الإنجليزي لكرة القدم").
    // "ضم دي ماريا" (signed Di María), "كيفن دي بروين", "ديفيد دي خيا": the
    // particle "دي" (de, di) before a word of no article that no word list
    // knows, or a first name ("ماريا"), is a surname of two words; a first
    // name of the same shape right before it opens the name. (Not after a
    // Latin letter's name, "سي دي" a compact disc.)
    if (in.stripped == 0 && c.tok(i).kind == TokenKind::kWord && (in.flags & kForeignParticle) &&
        c.tok(i).key == "\xD8\xAF\xD9\x8A" && i + 1 < end && c.Free(i + 1) &&  // دي
        c.tok(i + 1).kind == TokenKind::kWord && c.info[i + 1].stripped == 0 &&
        Letters(c.info[i + 1].word) >= 4 &&  // not a Latin letter's name: "دي جيه" (DJ)
        !c.Has(i + 1, kDefinite | kStop | kPunct | kNumber | kHead | kGentilic | kReporting |
                          kPrefixParticle | kForeignParticle) &&
        (!c.Has(i + 1, kLexicon) || c.Has(i + 1, kGiven)) && !c.info[i + 1].facts.function_word &&
        !(i > 0 && c.tok(i - 1).kind == TokenKind::kWord && Letters(c.info[i - 1].word) <= 2 &&
          !c.Has(i - 1, kLexicon))) {
      uint32_t tb = i;
      if (i > 0 && c.Free(i - 1) && c.tok(i - 1).kind == TokenKind::kWord &&
          c.info[i - 1].stripped == 0 && Letters(c.info[i - 1].word) >= 3 &&
          !c.info[i - 1].facts.function_word &&
          (c.Has(i - 1, kGivenForeign) ||
           (!c.Has(i - 1, kLexicon | kDefinite | kStop | kPunct | kNumber) &&
            !c.info[i - 1].facts.key_known))) {
        tb = i - 1;
      }
      c.AddSpan(tb, i + 2, EntityType::kPerson);
      i = i + 1;
      continue;
    }
    // (Nor a verb the word list lacks in that form, "أصدرت حكما" (issued a
    // ruling), an accusative, or a noun with its pronoun: "دماؤهم".)
    auto word_of_language = [&](uint32_t k) {
      const std::string_view w = c.info[k].word;
      return PerfectFeminine(w) || AccusativeOfKnown(w) || HasPossessiveEnding(w) ||
             PluralWithPronoun(w) || PronounSuffixed(c, k, true);
    };
    if (i > 0 && in.stripped == 0 && c.tok(i - 1).kind == TokenKind::kWord &&
        (c.info[i - 1].flags & (kGentilic | kDefinite)) == (kGentilic | kDefinite) &&
        // (ي: one man; "القوات العراقية هجوما شنه" qualifies a noun.)
        c.doc.Slice(c.tok(i - 1).span).ends_with("\xD9\x8A") && ForeignNameAt(c, i, end)) {
      if (word_of_language(i) || word_of_language(i + 1)) continue;
      uint32_t j = std::max(NameEnd(c, i, end, true), i + 2);
      if (c.FreeRange(i, j)) {
        c.AddSpan(i, j, EntityType::kPerson);
        i = j - 1;
        continue;
      }
    }
    // "باستثناء البرازيلي ماركينوس الذي ..." (but for the Brazilian
    // Marquinhos): so one word of a transliterated shape no list knows, where
    // the name ends: punctuation or the sentence's end after it, a function
    // word, a word with the article or with و/ب/ل, a reporting verb or a title (a bare
    // word of the language may be a surname the word list reads as a word:
    // "الإسباني فيرناندو توريس").
    if (i > 0 && in.stripped == 0 && c.tok(i).kind == TokenKind::kWord && c.owner[i] < 0 &&
        (c.info[i - 1].flags & (kGentilic | kDefinite)) == (kGentilic | kDefinite) &&
        c.doc.Slice(c.tok(i - 1).span).ends_with("\xD9\x8A") &&  // ي: one man, "الإيطاليون سبقونا"
        (in.flags & kForeignShape) &&
        !(in.flags & (kLexicon | kDefinite | kStop | kHead | kGentilic | kNumber)) &&
        !in.facts.key_known && !in.facts.function_word && in.facts.title_node < 0 &&
        (i + 1 >= end ||
         (c.owner[i + 1] < 0 &&
          (c.Has(i + 1, kPunct | kComma | kStop | kDefinite | kReporting) ||
           (c.info[i + 1].stripped > 0 &&
            !c.tok(i + 1).key.starts_with("\xD9\x81")) ||  // ف, "فيدال" may be the surname
           c.info[i + 1].facts.title_node >= 0))) &&
        !(in.flags & kGiven) && !word_of_language(i) && lexicon_ &&
        // "تعادلا" (the two drew), "اتفاقا" (an agreement): a known stem and
        // the alef of the dual or of the accusative.
        !(in.word.ends_with("\xD8\xA7") &&  // ا
          lexicon_->Contains(in.word.substr(0, in.word.size() - 2))) &&
        !VerbShape(*lexicon_, in.word, c.doc.Slice(c.tok(i).span), false) &&
        !in.word.starts_with("\xD8\xA7\xD9\x88\xD8\xA7\xD9\x84")) {  // اوال, "أو" + ال
      c.AddSpan(i, i + 1, EntityType::kPerson);
      continue;
    }
    // "أميرة المولد – عين اليوم", "بدر الجبل- سبق- تبوك:", "مختار اليافعي -
    // الرياض": a byline at the head of a line, a given name and one or two
    // words before a dash, then the outlet or the place (a known name, a
    // short part before another dash or a colon, or the end of the text).
    if (in.stripped == 0 && (in.flags & kGiven) && c.tok(i).kind == TokenKind::kWord &&
        OpensLine(c.doc, i)) {
      uint32_t dash = i + 1;
      while (dash < tokens.size() && dash < i + 4 && c.tok(dash).kind == TokenKind::kWord &&
             !TatweelDashBefore(c.doc, dash) && c.Free(dash) && c.info[dash].stripped == 0 &&
             !(c.info[dash].flags & (kStop | kReporting | kHead | kNumber | kVerbLike)) &&
             // (A third word the language knows is rather the outlet's:
             // "عبدالله البرقاوي سبق-الرياض"; but after a given name and
             // a father's given name it is the family name: "أريج زياد
             // عنبرة - الرياض".)
             (dash < i + 2 || !c.Has(dash, kLexicon) || c.Has(dash, kGiven) ||
              (dash == i + 2 && c.Has(i + 1, kGiven) && c.info[dash].facts.kb_readings == 0))) {
        ++dash;
      }
      // (A tatweel standing alone is a dash too: "وليد X ـ جدة".)
      const bool tatweel = dash < tokens.size() && TatweelDashBefore(c.doc, dash);
      bool byline = dash >= i + 2 && dash < i + 4 && dash < tokens.size() &&
                    (tatweel || IsDash(c.tok(dash).key));
      if (byline) {
        const uint32_t after = tatweel ? dash : dash + 1;  // the outlet or the place
        bool source = after >= tokens.size() ||
                      (c.owner[after] >= 0 && c.cands[c.owner[after]].type != EntityType::kPerson);
        for (uint32_t k = after; !source && k < tokens.size() && k < after + 3; ++k) {
          source = IsDash(c.tok(k).key) || c.tok(k).key == ":";
          if (c.doc.text
                  .substr(tokens[k - 1].span.end, tokens[k].span.begin - tokens[k - 1].span.end)
                  .find('\n') != std::string_view::npos) {
            source = true;  // the line ends after the place
            break;
          }
        }
        if (source && c.FreeRange(i, dash)) {
          c.AddSpan(i, dash, EntityType::kPerson);
          i = dash;
          continue;
        }
      }
    }
    if (!NameStart(c, i, false)) {
      // Subject of a reporting verb: "وقال بويصير إن".
      TitleClass cls;
      // A foreign name of two or three words too: "وقال جوناثان وينر، سفير ...".
      auto unknown = [&](uint32_t k) {
        const TokInfo& w = c.info[k];
        if (!c.Free(k) || c.tok(k).kind != TokenKind::kWord ||
            (w.flags & (kLexicon | kStop | kPunct | kDefinite | kHead | kGentilic)) ||
            PluralWithPronoun(w.word) ||  // "كما يقول منتقدوه" (his critics)
            (k == i && w.stripped == 0 && IndefiniteNoun(w.word) &&
             !NameGoesOn(c, k + 1))) {  // "يقول شكرا"
          return false;
        }
        // "كما يقول منتقدوه" (as his critics say): a noun with a possessive
        // pronoun is no name.
        if (k == i) return !HasPossessiveEnding(w.word) && !PronounSuffixed(c, k);
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
      // "وقال مشبب القحطاني المتحدث باسم الشرطة" (Mushabbab al-Qahtani, the
      // police spokesman, said): a bare word the given-name table lacks,
      // then a nisba with the article no word list knows (a tribe's or a
      // place's), is the speaker's name when an office follows in
      // apposition or the clause goes on with إن.
      if (e <= i + 1 && i > 0 && i + 2 < end && c.Has(i - 1, kReporting) &&
          !c.Has(i - 1, kVerbLike) && c.Free(i) && c.Free(i + 1) &&
          c.tok(i).kind == TokenKind::kWord && in.stripped == 0 && !in.facts.tanwin &&
          !in.facts.function_word && Letters(in.word) >= 3 &&
          !(in.flags & (kStop | kPunct | kDefinite | kHead | kGentilic | kReporting | kNumber |
                        kVerbLike | kClitic | kPrefixParticle)) &&
          in.facts.title_node < 0) {
        const TokInfo& nisba = c.info[i + 1];
        if ((nisba.flags & (kDefinite | kNisba | kLexicon | kGentilic | kGiven)) ==
                (kDefinite | kNisba) &&
            nisba.stripped == 0 && !nisba.facts.key_known &&
            (OfficeFollows(c, i + 2) || c.tok(i + 2).key == kAn)) {
          e = i + 2;
        }
      }
      // The name ends before a stop, or before an office in apposition:
      // "وذكر بريت مكجيرك نائب المبعوث الرئاسي".
      TitleClass next_cls;
      bool apposed = e > i + 1 && e < end && TitleAt(c, e, end, &next_cls) > 0 &&
                     next_cls == TitleClass::kOffice;
      // "وقالت كارلي فيورينا الرئيسة السابقة للشركة": a foreign name often
      // splits like an inflected Arabic word (كار+لي، و+ايد), so the word
      // list knows it. Two or three bare words between a reporting verb and
      // an office in apposition are still the speaker's name: an ordinary
      // subject there would be a title itself or a definite noun.
      // "أندرو فاستو، مدير المالية السابق" at the head of a sentence or a
      // clause (after a stop, a comma or أن/إن): so are two or three bare
      // words no list knows before an office in apposition.
      const bool speaker = i > 0 && c.Has(i - 1, kReporting) && !c.Has(i - 1, kVerbLike);
      const bool clause_head =
          !speaker && (i == 0 || c.Has(i - 1, kPunct) || c.tok(i - 1).key == kAn);
      if (!apposed && lexicon_ && (speaker || clause_head)) {
        auto bare = [&](uint32_t k) {
          const TokInfo& w = c.info[k];
          TitleClass k_cls;
          // "فيورينا" reads as ف + a verb, "وايد" as و + a word; inside the
          // name, before the office, such a ف or و is the name's first letter.
          const std::string_view key = c.tok(k).key;
          const bool wa_fa = k > i && (key.starts_with("\xD9\x88") ||  // و
                                       key.starts_with("\xD9\x81"));   // ف
          const bool whole = w.stripped == 0 || (wa_fa && w.stripped == 1);
          // "وقال أليستير باسكي المتحدث باسم ...": a first name that opens
          // with "ال" the word list knows neither whole nor without it (nor
          // as a nisba) is a foreign name, not a definite noun.
          const bool foreign_al =
              k == i && w.stripped == 0 && (w.flags & kDefinite) &&
              (HamzaLam(c.doc, c.tok(k)) ||
               (!(w.flags & (kNisba | kGiven)) && Letters(w.word) >= 5 &&
                !lexicon_->Contains(w.word) && !lexicon_->Contains(DropAl(w.word)) &&
                !c.Has(k + 1, kDefinite)));
          // "وقال تانجو بيلجيتش" (Tanju Bilgic said): a first name shaped like
          // a verb (ت + "أنجو") before a surname no word list knows is the
          // name; a verb there would take a word of the language.
          const bool verb_shaped_first =
              k == i && w.stripped == 0 && k + 1 < end && c.info[k + 1].stripped == 0 &&
              c.tok(k + 1).kind == TokenKind::kWord && !c.info[k + 1].facts.key_known &&
              !c.Has(k + 1, kLexicon | kDefinite | kGiven | kStop | kPunct) &&
              Letters(c.info[k + 1].word) >= 4;
          const uint32_t reject = kStop | kPunct | (foreign_al ? 0u : kDefinite) | kHead |
                                  kGentilic | kReporting | kNumber | kPrefixParticle |
                                  kDemonstrative | (wa_fa ? 0u : kClitic) |
                                  (wa_fa || verb_shaped_first ? 0u : kVerbLike);
          // "نقلت تصريحات X" (quoted X's statements): a plural in ات is the
          // verb's object. "وقال مصدر عسكري": a word of the language and a
          // nisba adjective after it describe someone unnamed.
          if (k == i && w.word.ends_with("\xD8\xA7\xD8\xAA") && (w.flags & kLexicon)) return false;
          if (k > i && (w.flags & (kNisba | kLexicon)) == (kNisba | kLexicon) &&
              lexicon_->Contains(c.info[i].word)) {
            return false;
          }
          // ("موروماتشي" ends in the ي of "my" only to the eye: a word of
          // foreign shape no list knows takes no pronoun.)
          const bool foreign_unknown =
              (w.flags & (kForeignShape | kLexicon)) == kForeignShape && !w.facts.key_known;
          return c.Free(k) && c.tok(k).kind == TokenKind::kWord && whole && !(w.flags & reject) &&
                 !w.facts.tanwin && !w.facts.function_word &&
                 (!HasPossessiveEnding(w.word) || foreign_unknown) &&
                 TitleAt(c, k, end, &k_cls) == 0;
        };
        uint32_t f = i;
        while (f < end && f < i + 3 && bare(f)) ++f;
        bool none_known = true;
        for (uint32_t k = i; k < f; ++k) {
          none_known = none_known && !c.Has(k, kLexicon | kDefinite) &&
                       !c.info[k].facts.key_known && c.info[k].stripped == 0;
        }
        if (clause_head && !(none_known && f >= i + 2 && c.Has(i, kForeignShape | kGivenForeign))) {
          f = i;
        }
        if (f >= i + 2 && f < end && OfficeFollows(c, f)) {
          e = f;
          apposed = true;
        } else if (f == i + 2 && speaker) {
          // "وقال ناثان براون إن", "وقال تانجو بيلجيتش للصحفيين": two bare
          // words, one of them no word of the language, then the end of the
          // subject (a stop, إن, or a ل + noun: to whom it was said) are a
          // foreign name; an ordinary subject would be a title or a
          // definite noun, or two words the list knows ("مصدر مطلع").
          // The first word a foreign given name or no word of the language
          // (or verb-shaped, see above), the second no word of it either
          // after anything but a known foreign given name: "مورينهو قوله"
          // (Mourinho, his saying) is a name and the verbal noun.
          auto unknown_word = [&](uint32_t k) {
            return !c.Has(k, kLexicon | kDefinite | kNisba) && !c.info[k].facts.key_known;
          };
          const bool given_foreign = c.Has(i, kGivenForeign);
          const bool plural = c.info[i + 1].word.ends_with("\xD9\x88\xD9\x86");  // ون
          // (A verbal noun تفعيل is no first name: "تقرير حصلت عليه".)
          const std::string_view first = c.info[i].word;
          const bool taf_il = Letters(first) == 5 && first.substr(6, 2) == "\xD9\x8A";  // ي
          const bool foreign_word =
              !c.Has(i, kDefinite) && !c.Has(i + 1, kDefinite) && !plural &&
              !PerfectFeminine(c.info[i + 1].word) &&
              (given_foreign || unknown_word(i) || (c.Has(i, kVerbLike) && !taf_il)) &&
              (given_foreign || unknown_word(i + 1));
          const std::string_view f_key = f < end ? c.tok(f).key : std::string_view();
          const bool to_whom = f < end && c.tok(f).kind == TokenKind::kWord &&
                               ((c.info[f].stripped > 0 && f_key.starts_with("\xD9\x84")) ||
                                f_key.starts_with("\xD9\x84\xD9\x84"));  // ل، لل
          if (foreign_word && (f >= end || c.Has(f, kPunct | kStop | kReporting) ||
                               c.tok(f).key == kAn || to_whom)) {
            e = f;
            apposed = true;
          }
        }
      }
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
      // Not a noun with a pronoun the word list lacks in that form: "من
      // مسؤولياته" (from his responsibilities), "من عسكريينا" (of our soldiers).
      if ((in.flags & kForeignShape) && i > 0 && in.stripped == 0 && !PronounSuffixed(c, i)) {
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
    // "اعترف عليه شقيقه أمجد" (his brother Amjad): after a word of kinship
    // with its pronoun, a given name (no common word) names the relative,
    // alone too; the kinship word stands where a title would.
    const bool kin_before =
        i > 0 && in.stripped == 0 && !(in.flags & (kGivenCommon | kPrefixParticle)) &&
        (in.flags & kGiven) && c.tok(i - 1).kind == TokenKind::kWord &&
        ((IsKin(c.info[i - 1].word) && !t_.kinship.contains(c.info[i - 1].word)) ||
         // (ابن, a particle of names, is kept off the kinship table.)
         c.info[i - 1].word == "\xD8\xA7\xD8\xA8\xD9\x86\xD9\x87" ||         // ابنه
         c.info[i - 1].word == "\xD8\xA7\xD8\xA8\xD9\x86\xD9\x87\xD8\xA7");  // ابنها
    // A given name alone is not enough, except before an apposition or a
    // reporting verb's complement; common given names need a family name
    // that is not an ordinary word.
    if (j - i < 2 && !kin_before) continue;
    if ((in.flags & kPrefixParticle) && j - i < 2) continue;
    // "بن عبدالعزيز", "آل سعود": a link of a chain of descent or a dynasty,
    // alone, names no one in particular ("ابن سلمان", with its alef, is how
    // the press calls a man by his father).
    // So does "آل" + any one word: "حكم آل الأسد" (the rule of the Assad
    // family) is a clan.
    // Unless the document named a person earlier with a longer name ending
    // in these two words: "وأضاف بن سليم", "وأكد آل فرج" after "خالد بن
    // سليم", "أحمد آل فرج" is his short form, particle and all (the press
    // calls a man by his family name, and these family names open with it).
    if ((in.flags & kPrefixParticle) && !(in.flags & kTheophoric) && j == i + 2 &&
        ((c.Has(i + 1, kGiven) && in.word == kBin) || in.word == kAl)) {
      // (Not right after a name, a given name or a word with the article
      // that is no title, which the link continues: "الأمير مشعل بن ماجد بن
      // عبدالعزيز", "الأمير تركي بن عبدالله الفيصل بن عبدالعزيز".)
      const int32_t before = i > 0 ? c.owner[i - 1] : -1;
      bool found = false;
      const bool alone =
          !(i > 0 && (c.Has(i - 1, kGiven) ||
                      (c.Has(i - 1, kDefinite) && c.info[i - 1].facts.title_node < 0) ||
                      (before >= 0 && c.cands[before].type == EntityType::kPerson)));
      for (const Cand& p : c.cands) {
        if (!alone) break;
        if (!p.dead && p.type == EntityType::kPerson && p.te > p.tb + 2 && p.te <= i &&
            c.info[p.te - 2].word == in.word && tokens[p.te - 1].key == tokens[i + 1].key) {
          found = true;
          break;
        }
      }
      if (!found) continue;
    }
    // "جيه.إل.إل" (JLL), "ظاهرة ال نينو": an "ال"/"إل" written apart is a
    // Latin letter's name or a foreign article, no family particle "آل".
    if ((in.flags & kPrefixParticle) && in.word == kAl && in.stripped == 0 &&
        !c.doc.Slice(c.tok(i).span).starts_with("\xD8\xA2")) {  // آ
      continue;
    }
    // "عمر الإنسان" (a man's lifetime), "عز الصيف" (the height of summer),
    // "رياض الأطفال" (kindergartens): a given name that is also a noun
    // heading a genitive (given_names.tsv "noun"), before a definite word of
    // the language that no table knows as a family name, is that noun and
    // its genitive; news writes the phrase far more often than such a
    // name without a title. After a reporting verb it names the speaker
    // ("وقال عمر الشريف").
    if (GenitiveAfterNounName(c, i)) continue;
    if (in.flags & kGivenCommon) {
      bool strong = false;
      for (uint32_t k = i + 1; k < j; ++k) {
        if (!(c.info[k].flags & kLexicon) || (c.info[k].flags & kGiven)) strong = true;
      }
      if (UnknownFamilyName(c, i + 1)) strong = true;
      // "نور الدين الحربي": a compound in الدين/الله and a name after it
      // (see NameStart).
      if (j >= i + 3 && c.Has(i + 1, kSuffixParticle) && c.info[i + 1].stripped == 0) {
        strong = true;
      }
      // "وقال حسن بوسنين إن": a family name built on "بو" (see BuSurname).
      if (j == i + 2 && lexicon_ && BuSurname(*lexicon_, c.info[i + 1], c.tok(i + 1).key)) {
        strong = true;
      }
      // "وقال عماد حلوة، مدير ...": the office the person holds after it.
      if (j == i + 2 && c.Has(i - 1, kReporting) && !c.Has(i - 1, kVerbLike) &&
          !c.Has(i + 1, kDefinite) && OfficeFollows(c, j)) {
        strong = true;
      }
      // "حسن مغربي مدير فرع": a gentilic without the article as the family
      // name before the office (see NameStart), whatever precedes.
      if (j == i + 2 && c.info[i + 1].stripped == 0 &&
          (c.info[i + 1].flags & (kGentilic | kDefinite | kGiven)) == kGentilic &&
          OfficeFollows(c, j)) {
        strong = true;
      }
      // "وقال عمر عربي، الذي يقيم ..." (Omar Arabi, who lives ..., said): a
      // gentilic or nisba without the article, right after a reporting verb that
      // opens the clause and before a comma, a stop or إن, is the family
      // name (an adjective of the word "عمر", lifetime, would take it).
      if (j == i + 2 && i > 0 && c.Has(i - 1, kReporting) && !c.Has(i - 1, kVerbLike) &&
          c.info[i + 1].stripped == 0 && (c.info[i + 1].flags & (kGentilic | kNisba)) &&
          !c.Has(i + 1, kDefinite | kGiven | kStop) &&
          (j >= end || c.Has(j, kPunct | kStop) || c.tok(j).key == kAn)) {
        strong = true;
      }
      // "ونوه نصر الليبي إلى ...": a nisba with the article, right after a
      // reporting verb that opens the clause (see NameStart).
      if (j == i + 2 && c.Has(i - 1, kReporting) && !c.Has(i - 1, kVerbLike) &&
          (c.info[i + 1].flags & (kGentilic | kDefinite)) == (kGentilic | kDefinite) &&
          c.info[i + 1].stripped == 0) {
        strong = true;
      }
      if (j == i + 2 && j < end &&
          NisbaBeforeRelative(i > 0 ? &c.info[i - 1] : nullptr, in, c.info[i + 1], c.tok(i + 1),
                              c.tok(j).key)) {
        strong = true;
      }
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
  // A list may also set one name a line, each after a bullet ("• سعد
  // القحطاني"): the bullet opening a line is the list's comma.
  auto bullet = [&](uint32_t k) {
    if (k == 0 || k >= tokens.size()) return false;
    const std::string_view b = c.doc.Slice(c.tok(k).span);
    if (b != "\xE2\x80\xA2" && b != "\xE2\x97\x8F" && b != "\xE2\x96\xAA" &&  // • ● ▪
        b != "-" && b != "*" && b != "\xE2\x80\x93") {                        // –
      return false;
    }
    const std::string_view gap =
        std::string_view(c.doc.text)
            .substr(c.tok(k - 1).span.end, c.tok(k).span.begin - c.tok(k - 1).span.end);
    return gap.find('\n') != std::string_view::npos;
  };
  auto separator = [&](uint32_t k) { return c.Has(k, kComma) || bullet(k); };
  // Line-ups set their members apart with dashes too, mid-line: "ياسر
  // المسيليم ـ أسامة هوساوي ـ حسن الراهب" (a tatweel standing alone is such
  // a dash, which no token stands for).
  auto dash = [&](uint32_t k) { return k < tokens.size() && IsDash(c.tok(k).key); };
  auto tatweel = [&](uint32_t k) { return k < tokens.size() && TatweelDashBefore(c.doc, k); };
  // (Members are found both ways from a person, so a few passes.)
  for (int pass = 0, added = 1; pass < 4 && added > 0; ++pass) {
    added = 0;
    for (uint32_t i = 1; i + 1 < tokens.size(); ++i) {
      const uint32_t end = c.sent_end[i];
      if (!c.Free(i) || !c.Has(i, kGiven) || c.info[i].stripped > 0 ||
          !(c.Has(i - 1, kParenOpen) || separator(i - 1) || dash(i - 1) || tatweel(i))) {
        continue;
      }
      const uint32_t e = NameEnd(c, i, end, true);
      // "غازي القصيبي، رحمه الله،": a compound ending in الله is a prayer here.
      // (A member of a list by lines ends with its line.)
      const bool line_ends = bullet(i - 1) && (e >= end || c.Has(e, kHardPunct));
      if (e < i + 2 || e > i + 4 || (e >= end && !line_ends) || !c.FreeRange(i, e) ||
          !(c.Has(e, kParenClose) || separator(e) || line_ends || dash(e) || tatweel(e)) ||
          c.Has(e - 1, kSuffixParticle)) {
        continue;
      }
      // (A dash also sets off an apposition, "يوسف الخلافي - مرشد طلابي -": a
      // common given name there wants a family name that is no word.)
      if (!(c.Has(i - 1, kParenOpen) || separator(i - 1)) && c.Has(i, kGivenCommon)) {
        bool named = false;
        for (uint32_t k = i + 1; k < e && !named; ++k) {
          named = !c.Has(k, kLexicon) || c.Has(k, kGiven) || family_names_.contains(c.tok(k).key);
        }
        if (!named) continue;
      }
      const bool before = ((separator(i - 1) || dash(i - 1)) && person_ending(i - 1)) ||
                          (tatweel(i) && person_ending(i));
      bool after = false;
      if (e < tokens.size() && (separator(e) || dash(e)) && e + 1 < tokens.size()) {
        const int32_t o = c.owner[e + 1];
        after = o >= 0 && person_at(e + 1, c.cands[o].te);
      } else if (tatweel(e)) {
        const int32_t o = c.owner[e];
        after = o >= 0 && person_at(e, c.cands[o].te);
      }
      if (!before && !after) continue;
      Cand cand;
      cand.tb = i;
      cand.te = e;
      cand.type = EntityType::kPerson;
      c.Add(std::move(cand));
      ++added;
      i = e;
    }
  }
  // Members joined by "و": "فاز اللاعبون سعد الأحمد وبدر العتيبي ومنصور
  // مبارك بالفضية". After a person's name, "و" + a given name opens the next
  // member, even a common given name before a word for a family name, when
  // the name ends where the list goes on or stops. And foreign names of two
  // unknown words between the commas of a list of persons ("، وعمرام
  // متسناع،").
  // Whether the person ending right before i holds a dual title before
  // the name ("الوزيران", "السفيرين").
  auto dual_before = [&](uint32_t i) {
    const int32_t o = c.owner[i - 1];
    if (o < 0 || c.cands[o].type != EntityType::kPerson || c.cands[o].te != i) return false;
    for (const RoleCand& r : c.roles) {
      if (r.te != c.cands[o].tb || r.te == 0) continue;
      const std::string_view t = c.tok(r.te - 1).key;
      if (t.ends_with("\xD8\xA7\xD9\x86") || t.ends_with("\xD9\x8A\xD9\x86")) return true;  // ان ين
    }
    return false;
  };
  for (uint32_t i = 1; i + 1 < tokens.size(); ++i) {
    const uint32_t end = c.sent_end[i];
    const TokInfo& in = c.info[i];
    if (!c.Free(i) || c.tok(i).kind != TokenKind::kWord) continue;
    const bool waw = in.stripped == 1 && c.tok(i).key.starts_with("\xD9\x88");
    const bool after_person =
        person_ending(i) || (c.Has(i - 1, kComma) && i > 1 && person_ending(i - 1));
    if (!after_person) continue;
    auto member_stops = [&](uint32_t e) {
      return e >= end || c.Has(e, kPunct | kStop) ||
             (c.info[e].stripped == 1 && c.tok(e).key.starts_with("\xD9\x88") && c.Has(e, kGiven));
    };
    uint32_t e = i;
    uint8_t stripped = in.stripped;
    if (waw && (in.flags & kGiven) && !(in.flags & kPrefixParticle)) {
      e = NameEnd(c, i, end, true);
      // "ومنصور الحربي العائد من الإصابة": a known word with the article
      // (no nisba) after the family name describes the member.
      if (e == i + 3 && (c.info[e - 1].flags & (kDefinite | kLexicon)) == (kDefinite | kLexicon) &&
          !c.Has(e - 1, kNisba | kGiven) && c.Has(e - 2, kDefinite)) {
        --e;
      }
      if (e < i + 2 || e > i + 4 || !c.FreeRange(i, e) ||
          (!member_stops(e) && !(c.Has(e, kDefinite | kLexicon) && c.Has(e - 1, kNisba))) ||
          c.Has(e - 1, kSuffixParticle)) {
        continue;
      }
    } else if (((waw || in.stripped == 0) && c.Has(i - 1, kComma) && i + 2 < end &&
                c.Has(i + 2, kComma | kPunct)) ||
               // "الوزيران X وجيورجيوس ستاثاكيس في ...": the second of two
               // holders after a dual title, before the clause goes on.
               (waw && i + 2 <= end && (i + 2 == end || c.Has(i + 2, kPunct | kStop)) &&
                dual_before(i))) {
      auto unknown = [&](uint32_t k) {
        const TokInfo& w = c.info[k];
        return c.Free(k) && c.tok(k).kind == TokenKind::kWord && !w.facts.function_word &&
               !w.facts.tanwin && Letters(w.word) >= 3 &&
               !(w.flags & (kLexicon | kStop | kDefinite | kGiven | kHead | kGentilic | kReporting |
                            kNumber | kPrefixParticle | kVerbLike));
      };
      // The surname may look like a word ("يعاري", ي + "عاري"): the list
      // vouches for it, if no function word, article or verb ending.
      const TokInfo& s2 = c.info[i + 1];
      const bool surname =
          c.Free(i + 1) && c.tok(i + 1).kind == TokenKind::kWord && s2.stripped == 0 &&
          !s2.facts.function_word && !s2.facts.tanwin && Letters(s2.word) >= 3 &&
          !(s2.flags &
            (kStop | kDefinite | kReporting | kNumber | kHead | kGentilic | kPrefixParticle));
      if (!lexicon_ || !unknown(i) || !surname) continue;
      e = i + 2;
      // "، وابيعيز": after the list's comma an initial و is the conjunction,
      // which the text stage leaves on an unknown word.
      if (!waw && c.tok(i).key.starts_with("\xD9\x88") && Letters(c.tok(i).key) >= 5) {
        stripped = 1;
      }
    } else {
      continue;
    }
    Cand cand;
    cand.tb = i;
    cand.te = e;
    cand.stripped = stripped;
    cand.type = EntityType::kPerson;
    c.Add(std::move(cand));
    i = e - 1;
  }
  // A byline opening a line: "فلاح الجوفان - سبق - الرياض:" (the
  // reporter's name, a dash, the outlet, a dash or a colon). A given name,
  // even one that is a word too, and the words of a name up to the dash.
  for (uint32_t i = 0; i + 3 < tokens.size(); ++i) {
    const uint32_t end = c.sent_end[i];
    if (!c.Free(i) || !c.Has(i, kGiven) || c.info[i].stripped > 0 || c.Has(i, kPrefixParticle)) {
      continue;
    }
    if (!OpensLine(c.doc, i)) continue;
    const uint32_t e = NameEnd(c, i, end, true);
    if (e < i + 2 || e > i + 4 || e + 2 >= tokens.size() || !c.FreeRange(i, e)) continue;
    const bool tatweel = TatweelDashBefore(c.doc, e);
    if (!tatweel && !IsDash(c.tok(e).key)) continue;
    // The outlet: one or two words, then a dash or a colon.
    bool outlet = false;
    const uint32_t after = tatweel ? e : e + 1;
    for (uint32_t k = after + 1; k < after + 3 && k < tokens.size() && !outlet; ++k) {
      outlet = IsDash(c.tok(k).key) || c.tok(k).key == ":";
    }
    if (!outlet) continue;
    c.AddSpan(i, e, EntityType::kPerson);
    i = e;
  }
  // A byline with the place first: "الرياض - أحمد X" alone on its line, or
  // before a colon. A place the knowledge base knows opening the line, a
  // dash (or a tatweel standing alone), then a given name and one or two
  // words to the end of the line.
  for (uint32_t i = 0; i + 3 < tokens.size(); ++i) {
    const int32_t o = c.owner[i];
    if (o < 0 || c.cands[o].tb != i || c.cands[o].type != EntityType::kLocation ||
        !OpensLine(c.doc, i)) {
      continue;
    }
    const uint32_t p = c.cands[o].te;
    if (p >= tokens.size()) continue;
    const bool tatweel = TatweelDashBefore(c.doc, p);
    const uint32_t n = tatweel ? p : p + 1;
    if ((!tatweel && !IsDash(c.tok(p).key)) || n >= tokens.size() || !c.Has(n, kGiven) ||
        c.info[n].stripped > 0 || c.Has(n, kPrefixParticle)) {
      continue;
    }
    uint32_t m = n + 1;
    auto line_ends = [&](uint32_t k) {
      return k >= tokens.size() || GapBefore(c.doc, k).find('\n') != std::string_view::npos ||
             c.tok(k).key == ":";
    };
    while (m < tokens.size() && m < n + 3 && !line_ends(m) && c.tok(m).kind == TokenKind::kWord &&
           c.info[m].stripped == 0 && !c.Has(m, kStop | kPunct | kReporting | kHead | kNumber)) {
      ++m;
    }
    if (m < n + 2 || !line_ends(m) || !c.FreeRange(n, m)) continue;
    c.AddSpan(n, m, EntityType::kPerson);
    i = m;
  }
  // "رجل يدعى خالد" (a man called Khalid), "فالمدعو إسماعيل" (the one
  // called Ismail): after the verb or participle of naming, the name, alone
  // too. (The verb is printed with its alef maqsura: "يدعي", claims, folds
  // to the same key.)
  for (uint32_t i = 1; i < tokens.size(); ++i) {
    const std::string_view v = c.info[i - 1].word;
    const std::string_view vs = c.doc.Slice(c.tok(i - 1).span);
    const bool naming =
        c.tok(i - 1).kind == TokenKind::kWord &&
        (((v == "\xD9\x8A\xD8\xAF\xD8\xB9\xD9\x8A" ||                       // يدعى
           v == "\xD8\xAA\xD8\xAF\xD8\xB9\xD9\x8A") &&                      // تدعى
          vs.ends_with("\xD9\x89")) ||                                      // ى
         v == "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAF\xD8\xB9\xD9\x88" ||         // المدعو
         v == "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAF\xD8\xB9\xD9\x88\xD9\x87");  // المدعوة
    if (!naming || !c.Free(i) || c.info[i].stripped > 0 || !NameStart(c, i, true)) continue;
    // "قرية صغيرة تدعى X" (a small village called X): what a head of a
    // place or a body right before the verb, or before it and an adjective,
    // calls so is no person.
    const bool head_before = (i >= 2 && c.Has(i - 2, kHead) && c.Free(i - 2)) ||
                             (i >= 3 && c.Has(i - 3, kHead) && c.Free(i - 3) && c.Free(i - 2) &&
                              c.Has(i - 2, kLexicon) && !c.Has(i - 2, kDefinite | kGiven));
    if (head_before) continue;
    uint32_t j = std::max(NameEnd(c, i, c.sent_end[i], true), i + 1);
    // The name runs on over given names and words no list knows: "معلمة
    // تدعى هدى حسين", "تدعى انداه كيرانا".
    while (j < c.sent_end[i] && j < i + 3 && c.tok(j).kind == TokenKind::kWord &&
           c.info[j].stripped == 0 && c.Free(j) &&
           !c.Has(j, kStop | kPunct | kReporting | kHead | kNumber | kDefinite | kPrefixParticle) &&
           (c.Has(j, kGiven) || (!c.Has(j, kLexicon) && !c.info[j].facts.key_known))) {
      ++j;
    }
    if (!c.FreeRange(i, j)) continue;
    c.AddSpan(i, j, EntityType::kPerson);
    i = j - 1;
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
    // (A bare indefinite title there describes: "شخصية فذة، وقيادي محنك",
    // a unique character and a seasoned leader.)
    if (r.person >= 0 || r.tb < 2 || !c.Has(r.tb - 1, kComma) ||
        (r.te == r.tb + 1 && !c.Has(r.tb, kDefinite) && c.info[r.tb].stripped > 0 &&
         c.tok(r.tb).key.starts_with("\xD9\x88"))) {
      continue;
    }
    uint32_t e = r.tb - 1, b = e;
    while (b > 0 && e - b < 3 && c.Free(b - 1) && c.tok(b - 1).kind == TokenKind::kWord &&
           !(c.info[b - 1].flags &
             (kLexicon | kStop | kDefinite | kGentilic | kHead | kReporting | kPunct)))
      --b;
    if (b == e || !lexicon_) continue;
    c.AddSpan(b, e, EntityType::kPerson);
  }
}

}  // namespace rased::ner::internal

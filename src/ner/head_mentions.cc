// The entity stage: organisation and place heads with their complements, outlets, quoted names.
#include <algorithm>
#include <cctype>

#include "ner/entity_annotator_internal.h"

namespace rased::ner::internal {

namespace {

// Whether a word ends in an attached pronoun (ه، ها، هم، هما، نا، كم): "فريقه"،
// "احتياجاتنا" are no proper names.
bool EndsWithPronoun(std::string_view w) {
  return w.ends_with("\xD9\x87") || w.ends_with("\xD9\x87\xD8\xA7") ||
         w.ends_with("\xD9\x87\xD9\x85") || w.ends_with("\xD9\x86\xD8\xA7") ||
         w.ends_with("\xD9\x83\xD9\x85") || w.ends_with("\xD9\x87\xD9\x85\xD8\xA7");
}

// Whether a definite word is shaped like a participle or an elative, which
// may be adjectives: "المشترك", "الموحدة" (ال + م...), "العليا", "الكبرى".
bool AdjectiveShape(std::string_view w) {
  return w.starts_with("\xD8\xA7\xD9\x84\xD9\x85") ||                 // الم
         w.ends_with("\xD9\x89") || w.ends_with("\xD9\x8A\xD8\xA7");  // ى، يا
}

// Whether a definite word is shaped like a verbal noun of the derived forms
// that no adjective shares: ال + ت and three letters or more (التوقف،
// التعليق) or ال + است (الاستمرار).
bool VerbalNounShape(std::string_view w) {
  constexpr std::string_view kAlTa = "\xD8\xA7\xD9\x84\xD8\xAA";                   // الت
  constexpr std::string_view kAlIst = "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xB3\xD8\xAA";  // الاست
  // "التقنيين"، "التشكيلية" (technical, plastic): a relative adjective's
  // endings (ي، ية، يون، يين، يات; the key folds ة to ه).
  constexpr std::string_view kNisbaEndings[] = {
      "\xD9\x8A", "\xD9\x8A\xD9\x87", "\xD9\x8A\xD9\x88\xD9\x86", "\xD9\x8A\xD9\x8A\xD9\x86",
      "\xD9\x8A\xD8\xA7\xD8\xAA"};
  for (std::string_view e : kNisbaEndings) {
    if (w.ends_with(e)) return false;
  }
  return (w.starts_with(kAlTa) && utf8::CountCodePoints(w) >= 6) ||
         (w.starts_with(kAlIst) && utf8::CountCodePoints(w) >= 7);
}

}  // namespace

// The end of a given name's chain of descent at k ("عمر بن الخطاب", "علي بن
// أبي طالب", "سلمة بن عبد الملك"), or k when no "بن"/"ابن" links it: one
// link at least, since a given name alone after a head is often a word. The
// known persons the chain covers are killed: they are the eponym's words.
uint32_t EntityAnnotator::NasabEnd(Ctx& c, uint32_t k, uint32_t end) const {
  constexpr std::string_view kBint = "\xD8\xA8\xD9\x86\xD8\xAA";  // بنت: "أسماء بنت أبي بكر"
  // A given name that is also a particle's spelling ("علي", folded "على")
  // is the name inside a chain.
  auto word_ok = [&](uint32_t t) {
    return t < end && c.tok(t).kind == TokenKind::kWord && c.info[t].stripped == 0 &&
           Letters(c.tok(t).key) >= 2 && !c.Has(t, kPunct | kNumber) &&
           (c.Has(t, kGiven) ||
            (!c.info[t].facts.function_word &&
             !c.Has(t, kStop | kReporting | kVerbLike | kHead | kDemonstrative | kGentilic)));
  };
  const int32_t first = c.owner[k];
  const bool known_first =
      first >= 0 && c.cands[first].tb == k && c.cands[first].type == EntityType::kPerson;
  if (!known_first && (!c.Has(k, kGiven) || c.Has(k, kDefinite))) return k;
  uint32_t p = k;
  int links = 0;
  while (p < end) {
    const int32_t o = c.owner[p];
    if (o >= 0 && c.cands[o].tb == p && c.cands[o].type == EntityType::kPerson &&
        c.cands[o].te <= end) {
      // "مركز حمدان بن محمد": a known person's name may hold the chain.
      for (uint32_t t = p + 1; t + 1 < c.cands[o].te; ++t) {
        if (c.info[t].word == kBin || c.info[t].word == kIbn) ++links;
      }
      p = c.cands[o].te;
    } else if (o >= 0) {
      return k;  // a place or a body inside: no eponym's chain
    } else if ((c.tok(p).key == kAbi || c.tok(p).key == kAbu || c.tok(p).key == kAbd) &&
               c.info[p].stripped == 0 && p + 1 < end && c.tok(p + 1).kind == TokenKind::kWord &&
               c.info[p + 1].stripped == 0 && !c.Has(p + 1, kPunct | kNumber) &&
               c.owner[p + 1] < 0) {
      // "أبي طالب": the kunya's word may be a verb's or a noun's spelling.
      p += 2;
    } else if (word_ok(p)) {
      ++p;
    } else {
      return k;
    }
    if (p + 1 < end && c.info[p].stripped == 0 &&
        (c.info[p].word == kBin || c.info[p].word == kIbn || c.info[p].word == kBint)) {
      // "بن عبد الملك" may have been read as a name of its own.
      const int32_t b = c.owner[p];
      if (b >= 0 && !(c.cands[b].tb == p && c.cands[b].type == EntityType::kPerson)) return k;
      if (b < 0) ++p;
      ++links;
      continue;
    }
    break;
  }
  if (links == 0) return k;
  // "أحمد بن محمد آل ثاني": the family's name closes the chain.
  if (p + 1 < end && c.owner[p] < 0 && c.owner[p + 1] < 0 &&
      c.doc.Slice(c.tok(p).span) == "\xD8\xA2\xD9\x84" && word_ok(p + 1)) {
    p += 2;
  }
  for (uint32_t t = k; t < p; ++t) {
    if (c.owner[t] >= 0 && c.cands[c.owner[t]].type == EntityType::kPerson) {
      c.cands[c.owner[t]].dead = true;
    }
  }
  return p;
}

// Whether the word at n is a verbal noun with the article (or after ل,
// "للقضاء") whose object follows with the preposition `prep` in a body's
// name ("الفصل في"). Runs at a preposition inside a complement only.
bool EntityAnnotator::PrepositionalNoun(const Ctx& c, uint32_t n, std::string_view prep) const {
  if (!t_.prepositional_preps.contains(prep)) return false;
  std::string_view key = c.tok(n).key;
  const bool lil = key.starts_with(kLiL);
  if (lil) {
    key.remove_prefix(kLiL.size());
  } else if (!key.starts_with(kAl) || c.info[n].stripped > 0) {
    return false;
  }
  std::string phrase;
  phrase.reserve(kAl.size() + key.size() + 1 + prep.size());
  if (lil) phrase += kAl;
  phrase += key;
  phrase += ' ';
  phrase += prep;
  return t_.prepositional_nouns.contains(phrase);
}

// End (exclusive) of the genitive complement starting at token k: definite
// nouns and adjectives, coordinated definite nouns, complement nouns,
// knowledge-base names, a number after the head, and a final "في" + place.
uint32_t EntityAnnotator::ComplementEnd(const Ctx& c, uint32_t k, uint32_t end, bool allow_person,
                                        bool allow_number, bool allow_place,
                                        bool* has_proper) const {
  uint32_t j = k;
  bool prev_definite = false;
  bool after_place = false;      // right after a place's name
  bool after_gentilic = false;   // right after a gentilic ("السعودي")
  bool after_adjective = false;  // right after a later relative adjective ("الوطني")
  bool after_number = false;     // right after the body's number ("اللواء 15")
  bool common_noun = false;      // a definite common noun, no title, opened the complement
  bool place_adjective = false;  // a place's name and an adjective after it
  bool after_location = false;   // right after a place's name proper
  uint32_t prep_at = end;        // a verbal noun's preposition taken into the name
  uint32_t object_at = end;      // where its object's last (definite) noun starts
  *has_proper = false;
  while (j < end) {
    const TokInfo& in = c.info[j];
    int32_t owner = c.owner[j];
    // "هيئة الفصل في المنازعات"، "لجنة الإشراف على المستشفيات": a verbal
    // noun of the complement takes its object with its preposition, and
    // both stay in the name (data/ner/prepositional_nouns.tsv); a noun with
    // the article must follow, as the object of the noun.
    // The object may be a noun in the construct state before a definite one
    // ("الدفاع عن حقوق الإنسان"). The noun may also end the words before the
    // complement ("اللجنة الوطنية للقضاء على الفقر": the purpose's noun).
    // A preposition no object follows in the name is dropped below.
    if (j > 0 && (j == k || prev_definite) && in.stripped == 0 && j + 2 < end && c.Free(j + 1) &&
        c.info[j + 1].stripped == 0 && c.tok(j + 1).kind == TokenKind::kWord &&
        !c.Has(j + 1, kStop | kGentilic | kHead | kNumber | kPunct | kVerbLike) &&
        c.info[j - 1].stripped <= 1 && PrepositionalNoun(c, j - 1, in.word)) {
      const bool construct = !c.Has(j + 1, kDefinite) && !c.info[j + 1].facts.tanwin &&
                             !c.info[j + 1].facts.participle &&
                             !c.info[j + 1].facts.function_word && c.Free(j + 2) &&
                             c.info[j + 2].stripped == 0 && c.Has(j + 2, kDefinite);
      if (c.Has(j + 1, kDefinite) || construct) {
        prep_at = j;
        prev_definite = false;
        after_gentilic = after_adjective = after_place = after_location = false;
        j += construct ? 2 : 1;
        object_at = j;
        continue;
      }
    }
    // "وكالة الأمن القومي الأميركية في اليابان", "اللواء 15 في زنجبار": a
    // body its country's gentilic or its number already names is only placed
    // by "في"; the place stays a mention of its own.
    // "لواء العمالقة في الساحل الغربي" (the Giants brigade [fought] on the
    // west coast): a unit named by its complement, as by its number, is
    // only placed by "في".
    if (in.word == kFi && (after_gentilic || after_number || (allow_number && j > k))) break;
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
      // "رئيس حكومة الإقليم نيجيرفان بارزاني" (the head of the region's
      // government, Nechirvan Barzani): after a common noun the body is
      // named already; the person is the title holder's apposition. Only a
      // title ("حكومة الرئيس بشار الأسد") binds a person to the body.
      if (o.type == EntityType::kPerson && common_noun && prev_definite) break;
      // "قوات المقاومة قاعدة العند" (the resistance forces [besiege] al-Anad
      // base): after a definite word the genitive chain is closed; a name
      // opening with an indefinite head starts a new phrase.
      if (prev_definite && j > k && c.Has(j, kHead) && !c.Has(j, kDefinite) &&
          c.info[j].stripped == 0) {
        break;
      }
      // "بطرابلس" is a place, not part of the name; right after the head too:
      // "تل بمحافظة لحج" is a hill in the province.
      if (o.stripped > 0) break;
      // "شارع الحمراء وسط بيروت": a region named by a direction after a
      // definite genitive places the name, as a direction alone does.
      if (prev_definite && j > k && c.Has(j, kDirection) && o.type == EntityType::kLocation) break;
      // "حكومة الرئيس بشار الأسد الاتفاق" (signed the agreement), "منظمة
      // الصليب الأحمر المطالبة" (renewed the demand): after a person's or a
      // body's name, as after a place's, the genitive chain is closed.
      after_place = true;
      after_location = o.type == EntityType::kLocation;
      j = o.te;
      *has_proper = true;
      prev_definite = true;
      continue;
    }
    if (owner >= 0) break;
    if (allow_number && j == k && (in.flags & kNumber)) {
      ++j;
      after_number = true;
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
    const bool after_place_name = after_location;
    after_location = false;
    // "هيئة التحكيم السعودي القرار" (criticised ... the decision): a gentilic
    // closes the genitive chain; only another adjective or a "لل" complement
    // goes on after it.
    // "جبهة الإنقاذ الوطني الاتفاق" (rejected the agreement): so does a
    // relative adjective after the complement's first word.
    // Participles and elatives are adjectives too ("مجلس الدفاع العربي
    // المشترك", "السلطة الكروية العليا").
    if ((after_gentilic || (after_adjective && !AdjectiveShape(c.doc.Slice(c.tok(j).span)))) &&
        (in.flags & kDefinite) && in.stripped == 0 &&
        !(in.flags & (kNisba | kGentilic | kModifier)) && !c.tok(j).key.starts_with(kLiL)) {
      break;
    }
    after_gentilic = (in.flags & (kDefinite | kGentilic)) == (kDefinite | kGentilic);
    after_adjective =
        j > k && in.stripped == 0 && (in.flags & (kDefinite | kNisba)) == (kDefinite | kNisba);
    if (in.flags & kDefinite) {
      // "ألقاها" (he gave it): a word written with a hamza on its alef has no
      // article, whatever its key.
      const std::string_view surface = c.doc.Slice(c.tok(j).span);
      if (in.stripped == 0 && (surface.starts_with("\xD8\xA3") || surface.starts_with("\xD8\xA5") ||
                               surface.starts_with("\xD8\xA2"))) {
        break;
      }
      // "طالبت وزارة الإسكان التوقف"، "رفضت هيئة مكافحة الفساد التعليق"
      // (the ministry asked for a halt): after a definite word of the
      // complement only an adjective goes on without و, and a verbal noun
      // (تفعيل، تفعّل، استفعال) is none; it is the verb's object.
      if (j > k && prev_definite && in.stripped == 0 &&
          !(in.flags & (kNisba | kGentilic | kModifier)) && surface.starts_with(kAl) &&
          VerbalNounShape(c.tok(j).key) && !AdjectiveShape(surface)) {
        break;
      }
      // A coordinated noun joins only after a definite one: "الدفاع والأمن".
      if (in.stripped > 0 && !prev_definite) break;
      if (in.stripped > 0 && !c.tok(j).key.starts_with("\xD9\x88")) break;
      // "للرقابة على المنشطات وبالتنسيق" (and in coordination with): a
      // preposition after و opens an adverbial phrase, unless it spells the
      // article after ل ("للتدريب وللتأهيل").
      if (in.stripped > 1 && !c.tok(j).key.starts_with("\xD9\x88\xD9\x84\xD9\x84")) break;
      // "الهيئة العامة للطيران والحكومة", "قوات المقاومة والجيش": a
      // government's or an army's head after و starts another body, and so
      // does the name's own head; the heads that join in names do not
      // ("مؤسسة الإذاعة والتلفزيون").
      if (in.stripped > 0 && j > k && in.head &&
          (in.head->national || in.head->person || (k > 0 && c.info[k - 1].head == in.head))) {
        break;  // "إدارة تعليم صبيا والإدارة العامة للتعليم": two bodies of a kind
      }
      // "وزارة التربية والتعليم والمؤسسة العامة للشباب": so does any body's
      // head after و with an adjective or a purpose of its own after it; a
      // head that ends the name ("الإذاعة والتلفزيون") or takes a gentilic
      // only joins.
      if (in.stripped > 0 && j > k && in.head && in.head->type == EntityType::kOrganization &&
          j + 1 < end && c.info[j + 1].stripped == 0 && c.Has(j + 1, kDefinite) &&
          !c.Has(j + 1, kGentilic) &&
          (c.Has(j + 1, kNisba | kModifier) || c.tok(j + 1).key.starts_with(kLiL) ||
           AdjectiveShape(c.doc.Slice(c.tok(j + 1).span)))) {
        break;
      }
      // "وزارة الاقتصاد والتخطيط والذي": after و a function word opens a
      // clause.
      if (in.stripped > 0 && t_.stop_words.contains(in.word)) break;
      // "مستشفى الرس العام والقطاع الصحي" (al-Rass general hospital and the
      // health sector): a place and its adjective complete a facility's
      // name; a noun joined after them is another thing.
      if (in.stripped > 0 && place_adjective) break;
      // So does a facility's adjective after a name the knowledge base lacks
      // ("مستشفى الرس العام والقطاع", الرس also a word).
      if (in.stripped > 0 && j > k + 1 && k > 0 && c.info[k - 1].head &&
          c.info[k - 1].head->type == EntityType::kFacility && c.info[j - 1].stripped == 0 &&
          t_.facility_adjectives.contains(c.info[j - 1].word)) {
        break;
      }
      // Titles inside the complement start a person's phrase instead; right
      // after the head too, but for an office ("مكتب الرئيس"): "لجنة
      // الأستاذ حمد" is no committee's name, nor "بقيادة المدرب اليوناني".
      TitleClass cls;
      // So does a profession right before a name ("نادي الأهلي المحامي خالد
      // ...": the lawyer is the man's title, not the club's).
      if (j > k) {
        const int tl = TitleAt(c, j, end, &cls);
        const uint32_t after = j + static_cast<uint32_t>(tl);
        if (tl > 0 && (cls != TitleClass::kProfession ||
                       (after < end && c.Free(after) && NameStart(c, after, true)))) {
          break;
        }
      }
      if (j == k) {
        const int tl = TitleAt(c, j, end, &cls);
        const uint32_t after = j + static_cast<uint32_t>(tl);
        if (tl > 0 && (cls != TitleClass::kOffice ||
                       (after < end && c.Free(after) && NameStart(c, after, true)))) {
          break;  // "مؤسسة الملك عبدالعزيز": the title and the name are the eponym's
        }
        common_noun = tl == 0 && in.stripped == 0 && !(in.flags & kModifier);
      }
      place_adjective = after_place_name && in.stripped == 0 && !c.tok(j).key.starts_with(kLiL);
      prev_definite = true;
      ++j;
      continue;
    }
    // "جبهة أبناء الصبيحة غرب القاعدة", "حي المرقب وسط العاصمة": after a
    // definite genitive a direction ("غرب", west of) places the body or the
    // place; it starts a phrase of its own ("الأشخاص ذوي الإعاقة" goes on).
    if ((in.flags & kComplementNoun) && in.stripped == 0 && j + 1 < end &&
        !(prev_definite && (in.flags & kDirection)) && !(c.info[j + 1].flags & (kPunct | kStop))) {
      prev_definite = false;
      ++j;
      continue;
    }
    // "لواء شهداء بدر" (the Martyrs of Badr brigade): after a complement
    // noun in the construct state, a name without the article (a given name, or a word
    // the word list lacks) ends the body's name.
    if (j > k && in.stripped == 0 && c.tok(j).kind == TokenKind::kWord &&
        (c.info[j - 1].flags & kComplementNoun) && c.info[j - 1].stripped == 0 &&
        !(c.info[j - 1].flags & kDefinite) &&
        ((in.flags & kGiven) || (lexicon_ && !(in.flags & kLexicon))) && !in.facts.tanwin &&
        !in.facts.function_word && !in.facts.participle &&
        !(in.flags & (kNisba | kGentilic | kVerbLike | kHead | kDirection | kModifier)) &&
        !EndsWithPronoun(c.doc.Slice(c.tok(j).span)) && Letters(c.tok(j).key) >= 3 &&
        // The name must close there: "شركة محمد النهدي" goes on with a
        // person's family name.
        (j + 1 >= end || c.Has(j + 1, kPunct | kStop | kReporting | kVerbLike) ||
         c.info[j + 1].stripped > 0 || c.info[j + 1].word == kFi ||
         // "للواء شهداء بدر الشهر الماضي": a time adverb or a date closes
         // the phrase as well.
         std::any_of(c.doc.dates.begin(), c.doc.dates.end(),
                     [&](const DateExpr& d) { return d.span.begin == c.tok(j + 1).span.begin; }))) {
      ++j;
      *has_proper = true;
      break;
    }
    break;
  }
  if (prep_at < end && j <= object_at) j = prep_at;
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
  // "مقاومة تعز" (the Taiz resistance): "مقاومة" without the article right
  // before a town's or province's name the knowledge base knows names the
  // armed resistance of that place; before anything else it is a verbal
  // noun ("مقاومة الاحتلال", resisting the occupation; "مقاومة للمضادات").
  for (uint32_t i = 0; i + 1 < n; ++i) {
    if (c.info[i].word != "\xD9\x85\xD9\x82\xD8\xA7\xD9\x88\xD9\x85\xD9\x87" || !c.Free(i) ||
        c.Has(i, kDefinite) || c.info[i].stripped > 1) {
      continue;
    }
    const int32_t o = c.owner[i + 1];
    if (o < 0 || c.cands[o].tb != i + 1 || c.cands[o].stripped > 0 || c.cands[o].kb < 0 ||
        c.cands[o].type != EntityType::kLocation || c.cands[o].te > c.sent_end[i]) {
      continue;
    }
    const std::string& kind = kb_.entities()[c.cands[o].kb].kind;
    if (kind != "city" && kind != "capital" && kind != "province" && kind != "district") continue;
    const uint32_t e = c.cands[o].te;
    c.cands[o].nested = true;
    for (uint32_t k = i + 1; k < e; ++k) c.owner[k] = -1;
    c.AddSpan(i, e, EntityType::kOrganization);
  }
  for (uint32_t i = 0; i < n; ++i) {
    int32_t node = c.info[i].facts.generic_org_node;
    if (node < 0 || !c.Free(i) || c.tok(i).kind != TokenKind::kWord) continue;
    const uint32_t end = c.sent_end[i];
    uint32_t e = 0;
    bool takes_place = false;
    bool seat = false;
    for (uint32_t j = i + 1;; ++j) {
      if (!t_.generic_orgs.Hits(node).empty()) {
        e = j;
        takes_place = t_.generic_orgs.Hits(node)[0].entity == kGenericOrgPlace;
        seat = t_.generic_orgs.Hits(node)[0].entity == kGenericOrgSeat;
      }
      if (j >= end || !c.Free(j) || c.info[j].stripped > 0) break;
      node = t_.generic_orgs.Step(node, c.tok(j).key);
      if (node < 0) break;
    }
    if (e == 0) continue;
    // "تعليم الرياض", "صحة جدة", "جوازات منطقة الجوف": the Saudi press
    // names a region's or a town's directorate by its field and the place;
    // the field's word alone ("تعليم البنات", girls' education) is none.
    if (seat) {
      const int32_t o = e < end ? c.owner[e] : -1;
      if (c.Has(i, kDefinite) || o < 0) continue;
      Cand& place = c.cands[o];
      if (place.tb != e || place.stripped > 0 || place.kb < 0 ||
          place.type != EntityType::kLocation || place.te > end) {
        continue;
      }
      const std::string& kind = kb_.entities()[place.kb].kind;
      if (kind != "city" && kind != "capital" && kind != "province" && kind != "region" &&
          kind != "district") {
        continue;
      }
      place.nested = true;
      const uint32_t pe = place.te;
      for (uint32_t k = e; k < pe; ++k) c.owner[k] = -1;
      c.AddSpan(i, pe, EntityType::kOrganization);
      i = pe - 1;
      continue;
    }
    const uint32_t phrase_end = e;
    // "القوات المسلحة الثورية الكولومبية" (FARC): relative adjectives before
    // the gentilic belong to the name; without a gentilic they only describe.
    // "هيئة الأركان العامة السورية"، "هيئة الأركان المشتركة الأميركية": so
    // do a body's own adjectives (general, joint, special), and these alone
    // after a phrase of two words ("هيئة الأركان العامة", the General Staff).
    auto body_adjective = [&](uint32_t a) {
      const std::string_view w = c.info[a].word;
      if (w == "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB4\xD8\xAA\xD8\xB1\xD9\x83\xD9\x87" ||
          w == "\xD8\xA7\xD9\x84\xD8\xAE\xD8\xA7\xD8\xB5\xD9\x87") {
        return true;  // المشتركة، الخاصة (keys: ة -> ه)
      }
      return t_.facility_adjectives.contains(w) && !c.Has(a, kGentilic | kStop);
    };
    uint32_t g = e;
    uint32_t own = e;  // end of the body's own adjectives right after the phrase
    while (g < end && g < e + 2 && c.Free(g) && c.info[g].stripped == 0 && c.Has(g, kDefinite) &&
           ((c.Has(g, kNisba) && !c.Has(g, kGentilic | kModifier | kStop) &&
             !c.info[g].facts.participle) ||
            body_adjective(g))) {
      if (own == g && body_adjective(g)) own = g + 1;
      ++g;
    }
    // One gentilic: in "الشرطة الإيطالية المغربي" the second is a person.
    // After a body's own adjective the gentilic agrees with it: in "هيئة
    // الأركان العامة اليمني" the Yemeni is the chief before the phrase.
    const bool agrees =
        own == e || g >= end ||
        c.info[g - 1].word.ends_with("\xD9\x87") == c.info[g].word.ends_with("\xD9\x87");
    if (g < end && c.Free(g) && c.Has(g, kGentilic) && c.Has(g, kDefinite) &&
        c.info[g].stripped == 0 && agrees) {
      e = g + 1;
    } else if (own > e && phrase_end >= i + 2 && own == e + 1) {
      e = own;
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
    c.AddSpan(i, e, EntityType::kOrganization);
    i = e - 1;
  }
}

// Whether the words from n place what precedes them inside a larger place:
// a direction and a place ("غربي مأرب"), "في" or "ب" with a place or a
// place's head ("في محافظة الجوف", "بمحافظة أبين"), or "من" with a place's
// head ("من ولاية بنزرت").
bool EntityAnnotator::LocatedAfter(const Ctx& c, uint32_t n, uint32_t end) const {
  if (n >= end) return false;
  auto place_at = [&](uint32_t p, bool head_only) {
    // "في ريف حماة", "في شمال سوريا": a part of a larger place places too
    // (a region the knowledge base names, "شمال سيناء", is one place).
    if (!head_only && p < end && (c.owner[p] < 0 || c.cands[c.owner[p]].tb != p)) {
      for (uint32_t d = p; d < end && d < p + 2 && c.Has(d, kDirection) && c.info[d].stripped == 0;)
        p = ++d;
    }
    if (p >= end) return false;
    if (c.info[p].head && ((c.info[p].head->type == EntityType::kLocation &&
                            c.info[p].head->mode == HeadMode::kName) ||
                           c.info[p].head->district)) {
      return true;
    }
    if (head_only) return false;
    const int32_t o = c.owner[p];
    return o >= 0 && c.cands[o].tb == p && c.cands[o].type == EntityType::kLocation;
  };
  const TokInfo& in = c.info[n];
  // "شمال شرق الفلوجة": a compound direction places as one does.
  if (c.Has(n, kDirection) && in.stripped == 0) {
    uint32_t p = n + 1;
    while (p < end && p < n + 3 && c.Has(p, kDirection) && c.info[p].stripped == 0) ++p;
    return place_at(p, false);
  }
  // "منطقة العلم الواقعة شرق عدن" (the al-Alam area, which lies east of
  // Aden): the participle "located" before what places it.
  if (in.stripped == 0 && c.tok(n).key.starts_with(kAl) &&
      DropAl(c.tok(n).key).starts_with("\xD9\x88\xD8\xA7\xD9\x82\xD8\xB9") &&  // واقع
      Letters(c.tok(n).key) <= 9) {
    return LocatedAfter(c, n + 1, end);
  }
  if (in.stripped == 0 && in.word == kFi) return place_at(n + 1, false);
  if (in.stripped == 0 && in.word == kMin) return place_at(n + 1, true);
  if (in.stripped == 1 && c.tok(n).key.starts_with("\xD8\xA8")) return place_at(n, false);
  return false;
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
  // The body or place of type `type` named by [b, e), a name found inside
  // it (`inner`, or -1) nested in it.
  auto name_whole = [&c](uint32_t b, uint32_t e, uint8_t stripped, EntityType type, int32_t inner) {
    if (inner >= 0) c.cands[inner].nested = true;
    for (uint32_t k = b; k < e; ++k) c.owner[k] = -1;
    Cand cand;
    cand.tb = b;
    cand.te = e;
    cand.stripped = stripped;
    cand.type = type;
    c.Add(std::move(cand));
  };
  // The end (after the closing bracket) of a name in brackets right after
  // the place's or facility's head at i, or 0: one to four words, no
  // function word, number or punctuation among them, each free or all one
  // name found before.
  auto bracketed_name = [&](uint32_t i, uint32_t end) -> uint32_t {
    const Head& h = *c.info[i].head;
    if ((h.type != EntityType::kLocation && h.type != EntityType::kFacility) || h.ambiguous ||
        h.list || h.national || c.Has(i, kDefinite) || i + 3 >= end || !c.Has(i + 1, kParenOpen)) {
      return 0;
    }
    uint32_t close = i + 2;
    while (close < end && close < i + 6 && !c.Has(close, kParenClose)) {
      const TokInfo& w = c.info[close];
      // "(لوفتس رود الخاص بنادي كوينزبارك)": a head or a preposition inside
      // says more than a name.
      if ((c.tok(close).kind != TokenKind::kWord && c.tok(close).kind != TokenKind::kLatin) ||
          c.Has(close, kStop | kNumber | kPunct | kReporting | kDemonstrative) ||
          w.facts.function_word || w.facts.tanwin || w.facts.participle ||
          (close > i + 2 && (c.Has(close, kHead) ||
                             (w.stripped > 0 && !c.tok(close).key.starts_with("\xD9\x88"))))) {
        return 0;
      }
      ++close;
    }
    if (close >= end || close == i + 2 || !c.Has(close, kParenClose)) return 0;
    // "ولاية (محافظة)": a head in brackets glosses the word; "(يعتزل ...)"
    // opens a clause.
    if (c.Has(i + 2, kHead | kVerbLike) || c.info[i + 2].facts.participle) return 0;
    const int32_t o = c.owner[i + 2];
    for (uint32_t k = i + 2; k < close; ++k) {
      if (c.owner[k] != o) return 0;
    }
    if (o >= 0 && (c.cands[o].tb != i + 2 || c.cands[o].te != close || c.cands[o].stripped > 0))
      return 0;
    return close + 1;
  };
  for (uint32_t i = 0; i + 1 < tokens.size(); ++i) {
    const TokInfo& in = c.info[i];
    if (!in.head && in.facts.possessed_head && c.Free(i)) {
      // "سفارتها في دمشق" (its embassy in Damascus): the pronoun names the
      // owner, the place completes the name.
      if (const uint32_t e = place_after(i + 1, c.sent_end[i])) {
        name_whole(i, e, in.stripped, in.facts.possessed_head->type, c.owner[i + 2]);
        i = e - 1;
      }
      continue;
    }
    if (!in.head || !c.Free(i)) continue;
    // "تحت لواء التنظيمات" (under the banner of the groups): a head inside
    // a fixed expression is an ordinary word.
    if (c.Has(i, kIdiom)) continue;
    const Head& h = *in.head;
    // "برئاسة الرئيس" (chaired by the president), "بقيادة": the head after
    // ب names the one who leads, not a body.
    if (h.led_by && in.stripped == 1 && c.tok(i).key.starts_with("\xD8\xA8")) continue;
    // "كل فوج 500 مقاتل" (each regiment 500 fighters): a head after "كل"
    // (each, every) is any body of its kind, not one named.
    if (i > 0 && c.tok(i - 1).key == "\xD9\x83\xD9\x84" && in.stripped == 0) continue;
    const uint32_t end = c.sent_end[i];
    // "قرية (دوما)", "وادي (وج)", "مطار (بلاكبوش)": a place's or a
    // facility's head in the construct state and a name of one to four words
    // in brackets right after it name the place, whatever the words are
    // besides. Not after a head that is also a word of another sense
    // ("قاعدة (الأهم فالمهم)", a rule), a list's or a direction's head.
    if (const uint32_t close = bracketed_name(i, end)) {
      const int32_t o = c.owner[i + 2];
      if (o < 0) {
        Cand cand;
        cand.tb = i + 2;
        cand.te = close - 1;
        cand.type = h.type;
        c.Add(std::move(cand));
      } else if (c.cands[o].kb < 0) {
        // "منطقة (جاك هيلز)" read as a person's name: the head says a place.
        c.cands[o].type = h.type;
        c.cands[o].key.clear();
      }
      i = close - 1;
      continue;
    }
    // "للجنة الدولية" is ل + "اللجنة" (to the committee): before a head that
    // starts with ل, "لل" spells the article after the preposition.
    // "للجنة تقصي الحقائق", "للواء شهداء بدر": before an indefinite noun
    // of the genitive chain the head is in the construct state, which takes
    // no article: "لل" is ل + the head.
    // "للجنة الانتخابات", "للواء الفتح المبين": so is it before a definite
    // noun; an adjective after it agrees with the article ("للجنة الدولية"،
    // "للواء الثالث").
    // "للواء الركن" (to the staff major general): a title of two words.
    auto TitleSpans = [this](const Ctx& cx, uint32_t t, uint32_t e) {
      const int32_t node = cx.info[t].facts.title_node;
      if (node < 0 || t + 1 >= e) return false;
      const int32_t next = t_.titles.Step(node, cx.tok(t + 1).key);
      return next >= 0 && !t_.titles.Hits(next).empty();
    };
    const bool spelled_lil = c.tok(i).key.starts_with(kLiL) && in.word.starts_with("\xD9\x84") &&
                             i + 1 < end && c.Free(i + 1) && c.info[i + 1].stripped == 0;
    const bool construct =
        spelled_lil &&
        ((c.Has(i + 1, kComplementNoun) && !c.Has(i + 1, kDefinite)) ||
         (h.type == EntityType::kOrganization && c.Has(i + 1, kDefinite) &&
          c.tok(i + 1).kind == TokenKind::kWord &&
          !c.Has(i + 1, kNisba | kGentilic | kModifier | kNumber | kStop | kPunct | kHead) &&
          !c.info[i + 1].facts.participle && c.info[i + 1].facts.title_node < 0 &&
          !AdjectiveShape(c.doc.Slice(c.tok(i + 1).span)) &&
          !t_.ordinals.contains(c.tok(i + 1).key) && !TitleSpans(c, i, end)));
    const bool definite =
        !construct &&
        ((in.flags & kDefinite) != 0 ||
         (in.stripped == 1 && c.tok(i).key.starts_with(kLiL) && in.word.starts_with("\xD9\x84")));
    // "اللاذقية (شمال غرب سوريا)": a direction that only locates the place
    // before it, and "شمال وشرق سوريا": two parts of one place. The place
    // stays a mention of its own; there is no region.
    if (h.type == EntityType::kLocation && (LocatesPrevious(c, i) || SharesPlace(c, i))) continue;
    const bool article_lil = definite && in.stripped == 1 && c.tok(i).key.starts_with(kLiL) &&
                             in.word.starts_with("\xD9\x84");
    // "الفرقة الرابعة" (the Fourth Division), "للواء الثالث": a unit's
    // head with the article and an ordinal names one unit, as its number
    // would ("اللواء 15").
    // "الدائري الثاني", "الدائري الجنوبي" (the second, the southern ring
    // road): so does a numbered facility's head with an ordinal or a
    // direction's adjective.
    auto direction_adjective = [&](uint32_t k) {
      const std::string_view w = c.info[k].word;
      return h.type == EntityType::kFacility && StartsWithAl(w) && w.ends_with(kYa) &&
             t_.directions.contains(DropAl(w));
    };
    if (h.mode == HeadMode::kFull && h.number && definite && i + 1 < end && c.Free(i + 1) &&
        c.info[i + 1].stripped == 0 &&
        (t_.ordinals.contains(c.tok(i + 1).key) || direction_adjective(i + 1))) {
      name_whole(i, i + 2, article_lil ? 0 : in.stripped, h.type, -1);
      ++i;
      continue;
    }
    // "الميليشيات الحوثية" (the Houthi militias), "القوات الحوثية": a body's
    // head with the article and the relative adjective of a group the
    // knowledge base knows by its plural ("الحوثيين") is that group, as
    // "ميليشيات الحوثي" is.
    if (h.type == EntityType::kOrganization && definite && !article_lil && i + 1 < end &&
        c.Free(i + 1) && c.info[i + 1].stripped == 0 &&
        (c.info[i + 1].flags & (kDefinite | kNisba)) == (kDefinite | kNisba) &&
        !c.Has(i + 1, kGentilic)) {
      std::string_view adj = c.info[i + 1].word;
      if (adj.ends_with(kYaHa)) {
        adj.remove_suffix(kYaHa.size());
      } else if (adj.ends_with(kYa)) {
        adj.remove_suffix(kYa.size());
      }
      int32_t group = -1;
      if (Letters(adj) > 3) {
        for (std::string_view plural : {"\xD9\x8A\xD9\x8A\xD9\x86", "\xD9\x8A\xD9\x88\xD9\x86"}) {
          std::string name(adj);
          name.append(plural);  // يين، يون
          const std::string key = text::MatchKey(name);
          for (const KbEntity* e : kb_.FindByName(name)) {
            if (e->type != EntityType::kOrganization || IsWeakAlias(*e, name)) continue;
            // Only the group's own alias, not a looser spelling of another name.
            if (std::any_of(e->aliases_ar.begin(), e->aliases_ar.end(),
                            [&](const std::string& a) { return text::MatchKey(a) == key; })) {
              group = kb_.IndexOf(e->id);
              break;
            }
          }
          if (group >= 0) break;
        }
      }
      if (group >= 0) {
        Cand cand;
        cand.tb = i;
        cand.te = i + 2;
        cand.stripped = in.stripped;
        cand.type = EntityType::kOrganization;
        cand.kb = group;
        c.Add(std::move(cand));
        ++i;
        continue;
      }
    }
    // "الجمعية السعودية لطب العيون", "الشركة الليبية للحديد": a body's
    // head with the article, its country's gentilic and what the body is
    // for name one body, though the head and the gentilic alone ("الشركة
    // السعودية", the Saudi company) only describe one. Governments and
    // forces take the gentilic alone (national) and are read below.
    // "الاتحاد الدولي للسيارات", "الاتحاد العربي لكرة القدم", "الشركة
    // العالمية لتقنيات الدفع": the world's or the Arabs' adjective names the
    // body's scope as a country's gentilic does (data/ner/scope_adjectives.tsv).
    auto scope_adjective = [&](uint32_t g) {
      return c.Has(g, kDefinite) && c.info[g].stripped == 0 && c.Free(g) &&
             t_.scope_adjectives.contains(c.info[g].word);
    };
    auto gentilic_purpose_end = [&](uint32_t g) -> uint32_t {
      uint32_t purpose_end = 0;
      const int32_t country = c.owner[g];
      const bool gentilic_name = country >= 0 && c.cands[country].tb == g &&
                                 c.cands[country].te == g + 1 && c.cands[country].kb >= 0 &&
                                 kb_.entities()[c.cands[country].kb].kind == "country";
      if (h.type == EntityType::kOrganization && g + 2 < end &&
          ((c.Has(g, kGentilic) && c.Has(g, kDefinite) && c.info[g].stripped == 0 &&
            (c.Free(g) || gentilic_name) &&
            // A country's: "الإدارة النصراوية" (the Nasr club's management)
            // is no body of a state.
            (c.info[g].gentilic >= 0 || gentilic_name)) ||
           scope_adjective(g))) {
        const uint32_t p = g + 1;
        const std::string_view pw = c.doc.Slice(c.tok(p).span);
        if (c.Free(p) && c.tok(p).kind == TokenKind::kWord && pw.starts_with("\xD9\x84") &&
            !c.Has(p, kStop | kNumber | kPunct | kVerbLike) && !c.info[p].facts.function_word &&
            !EndsWithPronoun(pw) && !t_.ordinals.contains(c.tok(p + 1).key)) {
          bool more = false;
          if (c.tok(p).key.starts_with(kLiL)) {
            purpose_end = ComplementEnd(c, p + 1, end, false, false, false, &more);
          } else if (!c.Has(p, kDefinite) && c.Free(p + 1) && c.Has(p + 1, kDefinite) &&
                     c.info[p + 1].stripped == 0 && c.info[p + 1].facts.title_node < 0 &&
                     !c.Has(p + 1, kStop | kGentilic)) {
            purpose_end = ComplementEnd(c, p + 2, end, false, false, false, &more);
          }
          // "للغذاء والدواء": a definite noun joined by و; another body's
          // head after و starts that body ("... النفسي والجمعية الأمريكية"),
          // and a relative pronoun ("والتي", and which) a clause.
          while (purpose_end > 0 && purpose_end + 1 < end && c.Free(purpose_end) &&
                 c.tok(purpose_end).kind == TokenKind::kWord &&
                 c.doc.Slice(c.tok(purpose_end).span).starts_with("\xD9\x88\xD8\xA7\xD9\x84") &&
                 !c.Has(purpose_end, kStop | kGentilic) &&
                 !c.info[purpose_end].facts.function_word &&
                 c.info[purpose_end].facts.title_node < 0 && !c.info[purpose_end].head)
            purpose_end = ComplementEnd(c, purpose_end + 1, end, false, false, false, &more);
          for (uint32_t t = p + 1; t < purpose_end; ++t) {
            if (c.info[t].stripped > 0 && c.info[t].head &&
                c.info[t].head->type == EntityType::kOrganization &&
                c.doc.Slice(c.tok(t).span).starts_with("\xD9\x88")) {
              purpose_end = t;
              break;
            }
          }
        }
      }
      return purpose_end;
    };
    // "منظمة Catalyst", "جمعية OTHERWAYS الفرنسية", "مؤسسة Gates": an
    // organisation's head in the construct state before a capitalised name
    // in Latin letters names that body, head and name, as a company's does
    // below; the name ends at the first Arabic word, and a gentilic after it
    // belongs to it. Not an outlet's (read with its own Latin names) nor a
    // weak head's, which names devices and systems there ("جهاز GPS",
    // "نظام Android").
    if (h.mode == HeadMode::kFull && h.type == EntityType::kOrganization && !h.outlet && !h.weak &&
        !definite && in.stripped <= 1 && i + 1 < end && c.Free(i + 1) &&
        c.tok(i + 1).kind == TokenKind::kLatin) {
      const std::string_view first = c.doc.Slice(c.tok(i + 1).span);
      if (!first.empty() && first[0] >= 'A' && first[0] <= 'Z' && first.size() >= 2) {
        uint32_t e = i + 1;
        while (e < end && e < i + 4 && c.Free(e) && c.tok(e).kind == TokenKind::kLatin) ++e;
        // "جامعة Florida Institute of ...": a name cut short ends on its
        // last capitalised word.
        while (e > i + 2) {
          const std::string_view last = c.doc.Slice(c.tok(e - 1).span);
          if (!last.empty() && last[0] >= 'A' && last[0] <= 'Z') break;
          --e;
        }
        if (e < end && c.Free(e) && c.info[e].stripped == 0 && c.Has(e, kGentilic) &&
            c.Has(e, kDefinite)) {
          ++e;
        }
        name_whole(i, e, in.stripped, h.type, -1);
        i = e - 1;
        continue;
      }
    }
    if (h.mode == HeadMode::kFull) {
      bool proper = false;
      bool keep_adjective = false;  // the adjective after a facility's name is the name's
      bool led = false;             // a leader's name alone names the body
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
            name_whole(i, e, in.stripped, h.type, c.owner[a + 1]);
            i = e - 1;
            continue;
          }
          // "اللجنة الأمنية في البرلمان العراقي" (the security committee in
          // the Iraqi parliament): so do they and the body they sit in.
          const int32_t body =
              a > i + 1 && a + 1 < end && c.info[a].word == kFi && c.info[a].stripped == 0
                  ? c.owner[a + 1]
                  : -1;
          if (body >= 0 && c.cands[body].tb == a + 1 && c.cands[body].stripped == 0 &&
              c.cands[body].type == EntityType::kOrganization) {
            const uint32_t be = c.cands[body].te;
            name_whole(i, be, in.stripped, h.type, body);
            i = be - 1;
            continue;
          }
          // "في البرلمان" (in the parliament): the one body of the text so
          // called.
          if (a > i + 1 && a + 1 < end && c.info[a].word == kFi && c.info[a].stripped == 0 &&
              c.Free(a + 1) && c.info[a + 1].stripped == 0 && c.Has(a + 1, kDefinite) &&
              c.info[a + 1].head && c.info[a + 1].head->type == EntityType::kOrganization &&
              (a + 2 >= end || !c.Has(a + 2, kDefinite) || c.info[a + 2].stripped > 0)) {
            name_whole(i, a + 2, in.stripped, h.type, -1);
            i = a + 1;
            continue;
          }
        }
        // "المكتب السياسي لحركة حماس", "المجلس البلدي لناحية البغدادي": a
        // definite head and its adjectives before ل + a body or a place name
        // that body's (or that place's) organ.
        // "مركز القيادة الرئيسي للقوة" (the force's main command centre): a
        // head in the construct state before this one owns the phrase.
        const bool governed =
            i > 0 && in.stripped == 0 && c.info[i - 1].head && !c.Has(i - 1, kDefinite);
        if (h.type == EntityType::kOrganization && !governed) {
          uint32_t a = i + 1;
          // "المجلس الاقتصادي والاجتماعي للأمم المتحدة": a second adjective
          // joined by و belongs to the organ's name as the first does.
          auto joined_adjective = [&](uint32_t t) {
            return t > i + 1 && c.info[t].stripped == 1 && c.tok(t).key.starts_with("\xD9\x88") &&
                   c.Has(t, kNisba) && c.Has(t - 1, kNisba) && c.info[t - 1].stripped == 0;
          };
          while (a < end && a < i + 4 && c.Free(a) &&
                 (c.info[a].stripped == 0 || joined_adjective(a)) &&
                 (a < i + 3 || joined_adjective(a)) && c.Has(a, kDefinite) &&
                 !c.info[a].facts.participle && c.info[a].facts.title_node < 0 &&
                 !c.Has(a, kGentilic | kStop | kPunct | kReporting | kNumber) && !c.info[a].head)
            ++a;
          const int32_t o = a > i + 1 && a < end ? c.owner[a] : -1;
          // "للأمم المتحدة" keeps "لل" in its mention: ل and the article.
          // Not after a state's head: "النظام الأساسي للسلطة" (the basic
          // law), "القوات المقاتلة للحوثيين" describe.
          if (o >= 0 && c.cands[o].tb == a &&
              (c.cands[o].stripped > 0 || (c.tok(a).key.starts_with(kLiL) && !h.national)) &&
              c.doc.Slice(c.tok(a).span).starts_with("\xD9\x84") &&
              (c.cands[o].type == EntityType::kOrganization ||
               (c.cands[o].type == EntityType::kLocation && !h.national))) {
            const uint32_t e = c.cands[o].te;
            name_whole(i, e, in.stripped, h.type, o);
            i = e - 1;
            continue;
          }
        }
        // "الهيئة العامة للطيران المدني", "اللجنة العليا لإغاثة النازحين": a
        // definite head, its adjectives and what the body is for. Forces and
        // governments are not named so ("القوات الحكومية لاستعادة المدينة").
        if (h.type == EntityType::kOrganization && !h.person && !h.national && !governed) {
          uint32_t a = i + 1;
          // "باشرت الشرطة التحقيقات للتأكد" (the police began the inquiries
          // to make sure): a verbal noun is no adjective of the head but the
          // verb's object.
          while (a < end && a < i + 3 && c.Free(a) && c.info[a].stripped == 0 &&
                 c.Has(a, kDefinite) && !c.info[a].facts.participle &&
                 c.info[a].facts.title_node < 0 && !c.tok(a).key.starts_with(kLiL) &&
                 !c.Has(a, kGentilic | kStop | kPunct | kReporting | kNumber) && !c.info[a].head &&
                 (c.Has(a, kNisba | kModifier) || !VerbalNounShape(c.tok(a).key)))
            ++a;
          uint32_t e = a;
          if (a > i + 1 && a + 1 < end && c.Free(a) && c.tok(a).kind == TokenKind::kWord &&
              c.doc.Slice(c.tok(a).span).starts_with("\xD9\x84") &&
              !c.Has(a, kStop | kNumber | kPunct) && !c.info[a].facts.function_word &&
              !t_.ordinals.contains(c.tok(a + 1).key)) {
            bool more = false;
            if (c.tok(a).key.starts_with(kLiL)) {
              e = ComplementEnd(c, a + 1, end, false, false, false, &more);
              // "للمعلومات والتوثيق": a definite noun joined by و.
              while (e < end && c.Free(e) && c.tok(e).kind == TokenKind::kWord &&
                     c.doc.Slice(c.tok(e).span).starts_with("\xD9\x88\xD8\xA7\xD9\x84") &&
                     !c.Has(e, kStop | kGentilic) && c.info[e].facts.title_node < 0 &&
                     !c.info[e].head)
                e = ComplementEnd(c, e + 1, end, false, false, false, &more);
            } else if (!h.weak && !c.Has(a, kDefinite)) {
              // "لإغاثة وإيواء النازحين": verbal nouns joined by و, then
              // their object.
              uint32_t b = a + 1;
              while (b + 1 < end && c.Free(b) && !c.Has(b, kDefinite) &&
                     c.doc.Slice(c.tok(b).span).starts_with("\xD9\x88") &&
                     !c.Has(b, kStop | kPunct | kNumber))
                ++b;
              if (b < end && c.Free(b) && c.Has(b, kDefinite) && c.info[b].stripped == 0) {
                e = ComplementEnd(c, b, end, false, false, false, &more);
              }
            }
          }
          if (e > a) {
            for (uint32_t k = i + 1; k < e; ++k) {
              if (c.owner[k] >= 0) c.cands[c.owner[k]].nested = true;
              c.owner[k] = -1;
            }
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
        // "القنصلية العامة المصرية", "الحكومة المؤقتة الليبية": one adjective
        // may come between the head and the gentilic.
        uint32_t g = i + 1;
        if (h.national && g + 1 < end && !c.Has(g, kGentilic) && c.Has(g, kDefinite) && c.Free(g) &&
            c.info[g].stripped == 0 && !c.info[g].head && c.info[g].facts.title_node < 0 &&
            !c.info[g].facts.participle && !c.Has(g, kStop | kPunct | kNumber | kReporting) &&
            c.Has(g + 1, kGentilic) && c.Has(g + 1, kDefinite) && c.info[g + 1].stripped == 0) {
          ++g;
        }
        // "اللجنة البارالمبية السعودية", "المعهد الاتحادي الألماني": any
        // organisation's head with the article, a relative adjective and a
        // country's gentilic that agree names that country's body, as a
        // national head does with the gentilic alone ("المكتب المصري" alone
        // is any Egyptian office).
        bool adjective_gentilic = false;
        if (!h.national && !h.adjectival && h.type == EntityType::kOrganization && g + 1 < end &&
            c.Free(g) && c.info[g].stripped == 0 && c.Has(g, kDefinite) && c.Has(g, kNisba) &&
            !c.Has(g, kGentilic | kModifier | kStop) && !c.info[g].head &&
            c.info[g].facts.title_node < 0 && !c.info[g].facts.participle &&
            c.Has(g + 1, kGentilic) && c.Has(g + 1, kDefinite) && c.info[g + 1].stripped == 0 &&
            c.info[g + 1].gentilic >= 0 &&
            c.doc.Slice(c.tok(g).span).ends_with("\xD8\xA9") ==
                c.doc.Slice(c.tok(g + 1).span).ends_with("\xD8\xA9")) {
          ++g;
          adjective_gentilic = true;
        }
        // "الحزب الجمهوري", "الحزب الدستوري البورقيبي": a party's head with
        // the article and relative adjectives names one party, with or
        // without its country's gentilic.
        // The first adjective agrees with the head: in "ممارسات الحزب
        // الدموية" (the party's bloody practices) it qualifies the practices.
        auto agrees = [&](uint32_t a) {
          return c.doc.Slice(c.tok(a).span).ends_with("\xD8\xA9") ==
                 c.doc.Slice(c.tok(i).span).ends_with("\xD8\xA9");
        };
        // "التحالف المدني الديمقراطي", "الهيئة الوطنية المستقلة": any body's
        // head with the article and two relative adjectives that agree with
        // it names one body, as a party's head does with one.
        auto relative_adjective = [&](uint32_t a) {
          return a < end && c.Free(a) && c.tok(a).kind == TokenKind::kWord &&
                 c.info[a].stripped == 0 && !c.tok(a).key.starts_with(kLiL) &&
                 c.Has(a, kDefinite) && c.Has(a, kNisba) &&
                 !c.Has(a, kModifier | kStop | kGentilic) && !c.info[a].facts.participle &&
                 c.info[a].facts.title_node < 0 && !c.info[a].head && agrees(a);
        };
        // Not a state's body ("النظام العنصري الرسمي" describes a regime),
        // nor a head that is also a common noun ("التيار الشيوعي الماركسي",
        // the Marxist communist current).
        const bool two_adjectives = !h.adjectival && !h.ambiguous && !h.national && !h.person &&
                                    h.type == EntityType::kOrganization &&
                                    relative_adjective(i + 1) && relative_adjective(i + 2);
        uint32_t adjectives = i + 1;
        while ((h.adjectival || two_adjectives) && adjectives < end && c.Free(adjectives) &&
               c.tok(adjectives).kind == TokenKind::kWord && c.info[adjectives].stripped == 0 &&
               c.Has(adjectives, kDefinite) && c.Has(adjectives, kNisba) &&
               !c.Has(adjectives, kModifier | kStop) && !c.info[adjectives].facts.participle &&
               c.info[adjectives].facts.title_node < 0 &&
               (adjectives > i + 1 || (!c.Has(adjectives, kGentilic) && agrees(adjectives))))
          ++adjectives;
        // "الجمعية السعودية للسكري": "السعودية" is the country's name and its
        // gentilic; after a body's head it is the adjective.
        const int32_t country = c.owner[g];
        const bool gentilic_name = country >= 0 && c.cands[country].tb == g &&
                                   c.cands[country].te == g + 1 && c.cands[country].stripped == 0 &&
                                   c.cands[country].kb >= 0 &&
                                   kb_.entities()[c.cands[country].kb].kind == "country";
        const uint32_t purpose_end =
            adjectives == i + 1 && (!h.national || (h.purpose && scope_adjective(g))) && !h.person
                ? gentilic_purpose_end(g)
                : 0;
        // The gentilic agrees with the head, the article too: "المحكمة بأن"
        // (the court [ruled] that) has none.
        if (adjectives == i + 1 && purpose_end == 0 &&
            (!(h.national || adjective_gentilic) || !c.Has(g, kGentilic) || !c.Has(g, kDefinite) ||
             c.info[g].stripped > 0 || (!c.Free(g) && !gentilic_name))) {
          continue;
        }
        // The country stays a mention inside the body's name, as before a
        // head it would be: "المملكة" later in the text still has a kingdom
        // to refer to.
        if (adjectives == i + 1 && gentilic_name) {
          c.cands[country].nested = true;
          c.owner[g] = -1;
        }
        j = adjectives > i + 1 ? adjectives : g + 1;
        // "الخطوط اليمنية التي" (Yemenia, which): a relative pronoun is no
        // adjective, whatever its shape.
        // "المنظمة الكشفية العالمية بالجامبوري": a word after a preposition
        // is no adjective of the name.
        while (j < end && c.Free(j) && c.Has(j, kDefinite) && c.Has(j, kNisba) &&
               c.info[j].stripped == 0 && !c.Has(j, kGentilic | kStop))
          ++j;
        if (h.place) {
          if (const uint32_t e = place_after(j, end)) j = e;
        }
        // "الاتحاد الكندي لكرة القدم", "الاتحاد السعودي للسباحة": what the
        // body is for, after its country.
        if (h.purpose && j < end && c.Free(j) && c.tok(j).kind == TokenKind::kWord &&
            c.doc.Slice(c.tok(j).span).starts_with("\xD9\x84") && !c.Has(j, kStop | kNumber) &&
            !c.info[j].facts.function_word) {
          bool more = false;
          // "للمرة الثانية" (for the second time) says when, not what for.
          const bool when = j + 1 < end && t_.ordinals.contains(c.tok(j + 1).key);
          if (when) {
          } else if (c.tok(j).key.starts_with(kLiL)) {
            j = ComplementEnd(c, j + 1, end, false, false, false, &more);
          } else if (j + 1 < end && c.Free(j + 1) && c.Has(j + 1, kDefinite) &&
                     c.info[j + 1].stripped == 0) {
            j = ComplementEnd(c, j + 2, end, false, false, false, &more);
          }
        }
        j = std::max(j, purpose_end);
        proper = true;
      } else {
        uint32_t k = i + 1;
        // "مجلس للأعيان" (a council of notables), "هيئة للإغاثة": "لل" right
        // after a head without the article is the preposition ل and the
        // article, not a genitive; the body has no name.
        if (c.info[k].stripped == 0 && c.tok(k).key.starts_with(kLiL) && c.Has(k, kDefinite)) {
          continue;
        }
        // A rank between "قوات" and the person: "قوات العقيد خليفة حفتر".
        if (h.person) {
          TitleClass cls;
          int tl = TitleAt(c, k, end, &cls);
          if (tl > 0 && cls == TitleClass::kRank) k += tl;
        }
        j = ComplementEnd(c, k, end, h.person, h.number,
                          h.type == EntityType::kOrganization || h.place, &proper);
        // "إدارة أوباما" (the Obama administration): a known person alone
        // after the head of a body a leader gives his name to.
        if (h.leader && j == k && k == i + 1 && c.owner[k] >= 0) {
          const Cand& p = c.cands[c.owner[k]];
          if (p.tb == k && p.stripped == 0 && p.kb >= 0 && p.type == EntityType::kPerson) {
            j = p.te;
            proper = true;
            led = true;
          }
        }
        // "إدارة الرئيس باراك أوباما", "إدارة الرئيس الأمريكي باراك
        // أوباما": so is one after his title and its gentilic.
        if (h.leader && !led && k == i + 1 && c.Free(k) && c.info[k].stripped == 0) {
          TitleClass cls;
          const int tl = TitleAt(c, k, end, &cls);
          uint32_t n = k + static_cast<uint32_t>(std::max(tl, 0));
          while (tl > 0 && n < end && c.Free(n) && c.info[n].stripped == 0 && c.Has(n, kGentilic) &&
                 c.Has(n, kDefinite))
            ++n;
          if (tl > 0 && n < end && c.owner[n] >= 0) {
            const Cand& p = c.cands[c.owner[n]];
            if (p.tb == n && p.stripped == 0 && p.kb >= 0 && p.type == EntityType::kPerson) {
              j = p.te;
              proper = true;
              led = true;
            }
          }
        }
        // "وزارة الدفاع للمباشرة في" (the defence ministry [called] for
        // starting): after a body's noun in the genitive, ل with a verbal
        // noun says what the body is asked or moved to do; the name ends
        // before it. After an adjective it is what the body is for
        // ("منظمة البلدان المصدرة للبترول"), and after a place's or a
        // body's name the complement reads it already. Institutions are
        // named by what they teach or do ("أكاديمية الحوار للتدريب").
        // A state's army or government is named by its state alone: "جيش
        // مصر للحيثيين" (Egypt's army [stood up] to the Hittites).
        // After another body's head in the chain the complement is that
        // body's name ("مجلس إدارة شركة النخيل للتطوير العقاري").
        if (h.type == EntityType::kOrganization && !c.Has(i, kEponym)) {
          for (uint32_t t = k + 1; t < j; ++t) {
            if (c.info[t - 1].head && c.info[t - 1].head->type == EntityType::kOrganization) break;
            if (!c.Free(t) || c.info[t].stripped > 0 || !c.tok(t).key.starts_with(kLiL)) continue;
            const int32_t before = c.owner[t - 1];
            const bool after_noun = c.Free(t - 1) && c.Has(t - 1, kDefinite) &&
                                    !c.Has(t - 1, kNisba | kGentilic | kModifier) &&
                                    !c.info[t - 1].facts.participle &&
                                    !AdjectiveShape(c.doc.Slice(c.tok(t - 1).span));
            const bool after_state = (h.national || h.person) && before >= 0 &&
                                     c.cands[before].te == t &&
                                     c.cands[before].type == EntityType::kLocation;
            if (after_noun || after_state) {
              j = t;
              break;
            }
          }
        }
        // "وزارتي الدفاع والداخلية العراقيتين" (the Iraqi ministries of
        // defence and interior): after a dual head the first complement is
        // the first body's name; the noun joined by و is the second body's.
        // Without a second name the dual is one ministry of two states
        // ("وزارتي الداخلية في البلدين", both countries' interior
        // ministries), neither of them named.
        if (h.list && !h.outlet && h.type == EntityType::kOrganization) {
          // "وزارتي الخارجية والدفاع في البلدين" (the foreign and defence
          // ministries of both countries): "في" and a dual or plural noun
          // make each name a ministry of several states, none named.
          if (j + 1 < end && c.info[j].word == kFi && c.info[j].stripped == 0 && c.Free(j + 1) &&
              c.info[j + 1].stripped == 0 && c.Has(j + 1, kDefinite)) {
            const std::string_view w = c.doc.Slice(c.tok(j + 1).span);
            if (w.ends_with("\xD9\x8A\xD9\x86") || w.ends_with("\xD8\xA7\xD9\x86")) continue;
          }
          bool joined = false;
          for (uint32_t t = k + 1; t < j; ++t) {
            if (c.info[t].stripped > 0 && c.doc.Slice(c.tok(t).span).starts_with("\xD9\x88")) {
              j = t;
              joined = true;
              break;
            }
          }
          if (!joined) continue;
        }
        // "هيئة تنمية محور القناة", "محكمة استئناف طهران", "جمعية طب
        // العيون": a body's name may open with any known noun in the
        // construct state, not only those of complement_nouns.tsv, when a
        // definite genitive or a place's name follows it, as an indefinite
        // noun cannot close the phrase. Weak heads still need a proper name
        // ("مكتب تنسيق الرحلات" is any office).
        // A front line is no body ("جبهة حيي المناخ", the front of two
        // quarters); a word in ي is mostly a verb ("مصرف يعد الخطوة").
        if (j == k && k == i + 1 && k + 1 < end && h.type == EntityType::kOrganization && !h.weak &&
            !h.front && c.Free(k) && c.tok(k).kind == TokenKind::kWord &&
            !c.tok(k).key.starts_with(kYa) && c.info[k].stripped == 0 && c.Has(k, kLexicon) &&
            !c.info[k].facts.tanwin && !c.info[k].facts.function_word &&
            !c.info[k].facts.participle && c.info[k].facts.title_node < 0 &&
            Letters(c.tok(k).key) >= 3 &&
            !c.Has(k, kDefinite | kStop | kPunct | kNumber | kReporting | kVerbLike | kGentilic |
                          kModifier | kDirection | kDemonstrative | kHead | kGiven | kQuote |
                          kIdiom) &&
            // An adjective ("منظمة دولية") agrees with the head; a plural in
            // ى ("جمعية مرضى السكري") only folds to the same shape.
            (!c.Has(k, kNisba) || c.doc.Slice(c.tok(k).span).ends_with("\xD9\x89")) &&
            !EndsWithPronoun(c.doc.Slice(c.tok(k).span)) && !PerfectFeminine(c.info[k].word) &&
            c.info[k + 1].stripped == 0) {
          const int32_t o = c.owner[k + 1];
          const bool genitive =
              o >= 0 ? c.cands[o].tb == k + 1 && c.cands[o].stripped == 0 &&
                           c.cands[o].type == EntityType::kLocation
                     : c.Has(k + 1, kDefinite) && c.tok(k + 1).kind == TokenKind::kWord &&
                           !c.Has(k + 1, kStop | kGentilic | kModifier) &&
                           !c.tok(k + 1).key.starts_with(kLiL) &&
                           c.info[k + 1].facts.title_node < 0 && !c.info[k + 1].facts.participle;
          if (genitive) {
            bool more = false;
            const uint32_t e = ComplementEnd(c, k + 1, end, false, false, true, &more);
            if (e > k + 1) {
              j = e;
              proper = proper || more;
            }
          }
        }
        // "مكتب وزير الدفاع" (the defence minister's office): an office with
        // its complement after the head names the body that serves it.
        if (j == k && k == i + 1 && h.type == EntityType::kOrganization) {
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
        } else if (k == i + 1 && j > k && h.type == EntityType::kOrganization) {
          // "مكتب النائب العام" (the attorney general's office): an office of
          // two words that the complement read as definite words.
          TitleClass tcls;
          const int tl = TitleAt(c, k, end, &tcls);
          if (tl >= 2 && tcls == TitleClass::kOffice && j == k + static_cast<uint32_t>(tl)) {
            proper = true;
            keep_adjective = true;  // "العام" is the title's
          }
        }
        // "جامعة الملك سعود", "مستشفى الملك فهد": an eponym noun, a title and a
        // name; the institution is named after the person, who does not act.
        if (j == k && k == i + 1 && c.Has(i, kEponym) && !c.Has(i, kDefinite)) {
          uint32_t ne = 0;
          const int32_t po = c.owner[k];
          TitleClass tcls;
          int tl = TitleAt(c, k, end, &tcls);
          // "شارع أبي بكر الصديق", "مدرسة أبي ذر الغفاري": a kunya ("أبي",
          // "أبو", father of) opens the eponym's name as a title would.
          if (tl <= 0 && c.info[k].stripped == 0 &&
              (c.tok(k).key == kAbi || c.tok(k).key == kAbu)) {
            tl = 1;
          }
          const uint32_t a = k + static_cast<uint32_t>(tl > 0 ? tl : 0);
          // "مؤسسة سالم بن محفوظ", "مركز حمدان بن محمد": bodies are named
          // after their founder or patron the same way, and more often.
          if (tl <= 0 && (h.type == EntityType::kFacility || h.type == EntityType::kOrganization) &&
              c.info[k].stripped == 0) {
            // "طريق عمر بن الخطاب", "مدرسة أسامة بن زيد", "شارع عثمان بن علي
            // بن أبي طالب": a name and its chain of descent without a title
            // names a street, a school or a mosque after a companion or a
            // patron as surely as a title does; known persons inside the
            // chain (علي بن أبي طالب) are the eponym's own words.
            ne = NasabEnd(c, k, end);
          }
          const bool nasab = ne > a;
          if (nasab) {
            // The chain of descent above named it.
          } else if (po >= 0 && c.cands[po].tb == k && c.cands[po].type == EntityType::kPerson &&
                     tl > 0 && c.cands[po].te > a) {
            ne = c.cands[po].te;  // a known person with the title: "الملك سلمان"
          } else if (tl > 0 && a < end && c.FreeRange(k, a) && c.owner[a] >= 0 &&
                     c.cands[c.owner[a]].tb == a &&
                     c.cands[c.owner[a]].type == EntityType::kPerson) {
            // The title, then a known person without it: "جامع الإمام تركي بن
            // عبدالله".
            const int32_t known = c.owner[a];
            ne = c.cands[known].te;
            c.cands[known].dead = true;
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
            // After a chain of descent only the facility's own adjective
            // ("الابتدائية", "الدولي"); "طريق عمر بن الخطاب شمال المدينة" is
            // located, not named, by what follows.
            // A body's purpose after it does name it: "مركز حمدان بن محمد
            // لإحياء التراث".
            const bool purpose = h.type == EntityType::kOrganization && j > ne &&
                                 c.doc.Slice(c.tok(ne).span).starts_with("\xD9\x84");
            if (nasab && j > ne && !purpose &&
                !(j == ne + 1 && c.Has(ne, kDefinite) && c.Has(ne, kNisba | kModifier) &&
                  !c.Has(ne, kGentilic))) {
              j = ne;
            }
            keep_adjective = keep_adjective || (nasab && j == ne + 1);
            // "مركز الأمير سلطان لأمراض القلب", "مركز الأمير فيصل لعلاج
            // العقم": what a body named after a person is for, ل + a noun
            // without the article and its definite genitive, completes its
            // name. Facilities are left out: "مستشفى الملك خالد لتلقي
            // العلاج" says why the patient went there. Without the word list
            // the clitic ل stays on the word, so the surface decides.
            const std::string_view lw = j == ne && ne + 1 < end && c.FreeRange(ne, ne + 2)
                                            ? c.doc.Slice(c.tok(ne).span)
                                            : std::string_view();
            if (h.type == EntityType::kOrganization && lw.starts_with("\xD9\x84") &&
                !lw.starts_with("\xD9\x84\xD9\x84") && c.info[ne].stripped <= 1 &&
                !c.Has(ne, kHead | kGiven) && !c.Has(ne, kDefinite | kStop | kPunct | kNumber) &&
                // "لتنمية المرأة", "لتطوير الأعمال": a verbal noun with ت
                // (تفعلة، تفعيل) may look like an imperfect verb to the word
                // list, but no verb ends in ة or has a long i before its last
                // letter; "ليشمل", "لتشمل" (so that it includes) is a verb.
                (!c.Has(ne, kVerbLike) || lw.ends_with("\xD8\xA9") ||
                 (Letters(lw) == 6 && lw.substr(lw.size() - 4, 2) == "\xD9\x8A")) &&
                !c.info[ne].facts.function_word && c.Has(ne + 1, kDefinite) &&
                c.info[ne + 1].stripped == 0 &&
                !c.Has(ne + 1, kStop | kPunct | kReporting | kGentilic) &&
                c.info[ne + 1].facts.title_node < 0) {
              j = ne + 2;
            }
            proper = true;
          }
        }
        // "شارع جمال عبد الناصر", "مستشفى ابن سينا", "مزرعة منصور": a
        // person's name after a landmark's head in the construct state names
        // the landmark (the person passes leave such a name to it), a given
        // name alone where the phrase closes after it.
        if (j == k && k == i + 1 && h.landmark && h.type == EntityType::kFacility && !definite &&
            c.Free(k) && c.info[k].stripped == 0 &&
            c.Has(k, kGiven | kTheophoric | kPrefixParticle) && !c.Has(k, kDefinite | kStop)) {
          uint32_t e = NameEnd(c, k, end, false);
          // "مستشفى ابن سينا": a kunya or "ابن" opens a name only with one.
          if (!c.Has(k, kGiven | kTheophoric) && e < k + 2) e = k;
          // "شارع خالد بن الوليد المجاور" (next to it): a participle after
          // the name describes the street.
          if (e > k + 1 && c.Has(e - 1, kDefinite) &&
              (c.info[e - 1].facts.participle || AdjectiveShape(c.doc.Slice(c.tok(e - 1).span))))
            --e;
          bool closes = false;
          // "مستشفى تركي" (a Turkish hospital): a given name that is also an
          // adjective names nothing alone.
          if (e == k + 1 && !c.Has(k, kNisba | kGentilic)) {
            closes = e >= end || c.Has(e, kPunct | kDirection) || c.info[e].word == kFi ||
                     (c.info[e].stripped > 0 && c.tok(e).key.starts_with("\xD8\xA8"));
          }
          if (e > k && c.FreeRange(k, e) && (e >= k + 2 || closes)) {
            j = e;
            proper = true;
          }
        }
        // "دوار الزراعة" (Agriculture roundabout): a landmark's head makes
        // whatever follows it a name, in the construct state: "حي للمباراة"
        // is a live (broadcast) of the match.
        if (h.landmark && j > k && c.info[k].stripped == 0 && !c.tok(k).key.starts_with(kLiL)) {
          proper = true;
        }
        // "بئر لحفن", "معسكر لبوزة": after a place head an unknown word that
        // only looks like ل/ب + a word is the place's name; after a unit's
        // head the unit's ("لواء لبوزة"), after a facility's the facility's
        // ("مطار بلاكبوش").
        if (j == k && k == i + 1 &&
            (h.type == EntityType::kLocation || h.landmark || h.number ||
             (h.type == EntityType::kFacility && !h.ambiguous)) &&
            c.Free(k) && lexicon_ && c.tok(k).kind == TokenKind::kWord &&
            (c.info[k].stripped == 1 || (c.info[k].stripped == 0 && c.Has(k, kClitic))) &&
            !lexicon_->Contains(c.tok(k).key) && !c.info[k].facts.function_word &&
            !c.tok(k).key.starts_with("\xD9\x88") && !c.tok(k).key.starts_with("\xD9\x81") &&
            Letters(c.tok(k).key) >= 4 &&
            !c.Has(k, kStop | kGiven | kHead | kGentilic | kReporting | kDefinite) &&
            // A unit is formed for a task: "لواء لحماية" is ل + a known noun.
            (h.type == EntityType::kLocation || h.landmark ||
             !(lexicon_->Contains(c.info[k].word) || KnownArabic(c.info[k].word)))) {
          j = k + 1;
          proper = true;
        }
        // "حي سومر بالموصل", "معسكر جورين لقوات النظام": after a landmark's
        // head one indefinite word that closes the phrase (a preposition, "في",
        // punctuation follows) is its name.
        // Adjectives ("حي سكني"), pronouns ("معسكر فريقه") and particles are not.
        // After any facility's head, a word the word list lacks: "سجن
        // إيفين في طهران" (Evin prison in Tehran).
        if (j == k && k == i + 1 &&
            (h.landmark ||
             (h.type == EntityType::kFacility && lexicon_ && !PerfectFeminine(c.info[k].word))) &&
            !definite && c.Free(k) && c.tok(k).kind == TokenKind::kWord &&
            c.info[k].stripped == 0 && !c.info[k].facts.function_word &&
            Letters(c.tok(k).key) >= 3 && !c.doc.Slice(c.tok(k).span).ends_with("\xD9\x87") &&
            !c.Has(k, kDefinite | kStop | kHead | kGentilic | kReporting | kNisba | kModifier |
                          kNumber | kComplementNoun | kVerbLike | kDemonstrative | kPunct) &&
            // A camp or a street is named by a common noun only with its
            // article ("معسكر تدريب" is a training camp); a quarter is not.
            (h.type == EntityType::kLocation || !c.Has(k, kLexicon))) {
          const uint32_t n = k + 1;
          const bool closes = n >= end || c.Has(n, kPunct) || c.info[n].word == kFi ||
                              (c.info[n].stripped > 0 && (c.tok(n).key.starts_with("\xD8\xA8") ||
                                                          c.tok(n).key.starts_with("\xD9\x84")));
          if (closes) {
            j = n;
            proper = true;
          }
        }
        // "مستشفى أجياد العام", "سجن بني مالك المركزي": a facility's head
        // without the article, one or two words without it, then an
        // adjective with it. The adjective agrees with a definite phrase, so
        // the words between are a proper name, whatever the word list reads
        // in them.
        if (j == k && k == i + 1 && h.type == EntityType::kFacility && !definite) {
          uint32_t a = k;
          bool known = false;  // a word the word list reads as a common one
          while (a < end && a < k + 2 && c.Free(a) && c.tok(a).kind == TokenKind::kWord &&
                 c.info[a].stripped == 0 && !c.info[a].facts.function_word &&
                 !c.info[a].facts.tanwin && !c.info[a].facts.participle &&
                 !c.Has(a, kDefinite | kStop | kPunct | kNumber | kReporting | kHead | kVerbLike |
                               kDemonstrative | kGentilic | kNisba | kModifier | kDirection) &&
                 Letters(c.tok(a).key) >= 3 && !c.tok(a).key.starts_with("\xD9\x88") &&
                 !EndsWithPronoun(c.doc.Slice(c.tok(a).span))) {
            known = known || c.Has(a, kLexicon);
            ++a;
          }
          // The adjective: a title's modifier ("العام") or a relative
          // adjective in ي/ية ("المركزي", "التخصصية"); never a relative
          // pronoun ("الذي"). After common words only a modifier tells:
          // "قاعدة بيانات الجمعية", "سد احتياجات الأهالي" end in nouns.
          const std::string_view adj = a < end ? c.doc.Slice(c.tok(a).span) : std::string_view();
          if (a > k && a < end && c.Free(a) && c.info[a].stripped == 0 && c.Has(a, kDefinite) &&
              !c.Has(a, kGentilic | kStop) && !c.info[a].facts.participle &&
              !c.info[a].facts.function_word &&
              (c.Has(a, kModifier) ||
               (!known && c.Has(a, kNisba) &&
                (adj.ends_with("\xD9\x8A") || adj.ends_with("\xD9\x8A\xD8\xA9"))))) {
            j = a + 1;
            proper = true;
            keep_adjective = true;
          }
        }
        // "جبل يسوف الاستراتيجي" (the strategic Mount Yasuf): after a
        // mountain's or a quarter's head, one or two words without the article
        // and a relative adjective with it that agrees with the head; the
        // words are the name, whatever the word list reads in them, and the
        // adjective describes.
        if (j == k && k == i + 1 && h.type == EntityType::kLocation && h.landmark && !definite) {
          uint32_t a = k;
          while (a < end && a < k + 2 && c.Free(a) && c.tok(a).kind == TokenKind::kWord &&
                 c.info[a].stripped == 0 && !c.info[a].facts.function_word &&
                 !c.info[a].facts.tanwin && !c.info[a].facts.participle &&
                 c.info[a].facts.title_node < 0 &&
                 !c.Has(a, kDefinite | kStop | kPunct | kNumber | kReporting | kHead | kVerbLike |
                               kDemonstrative | kGentilic | kNisba | kModifier | kDirection |
                               kComplementNoun) &&
                 Letters(c.tok(a).key) >= 3 && !c.tok(a).key.starts_with("\xD9\x88") &&
                 !EndsWithPronoun(c.doc.Slice(c.tok(a).span)))
            ++a;
          const std::string_view adj = a < end ? c.doc.Slice(c.tok(a).span) : std::string_view();
          if (a > k && a < end && c.Free(a) && c.info[a].stripped == 0 && c.Has(a, kDefinite) &&
              adj.starts_with(kAl) && c.Has(a, kNisba) && !c.Has(a, kStop | kModifier) &&
              !c.info[a].facts.participle && !c.info[a].facts.function_word &&
              (adj.ends_with("\xD9\x8A") || adj.ends_with("\xD9\x8A\xD8\xA9")) &&
              adj.ends_with("\xD8\xA9") == c.doc.Slice(c.tok(i).span).ends_with("\xD8\xA9")) {
            j = a;
            proper = true;
          }
        }
        // "كتلة بدر النيابية" (the Badr parliamentary bloc), "حزب شاس
        // الديني": an organisation's head without the article, one word
        // without it and a relative adjective with it that agrees with the
        // head. The adjective describes the head, which the article of a
        // common genitive would have made definite: the word is a name,
        // whatever else it is (a given name, a common noun).
        if (j == k && k == i + 1 && k + 1 < end && h.type == EntityType::kOrganization &&
            !definite && !h.person && c.Free(k) && c.Free(k + 1) &&
            c.tok(k).kind == TokenKind::kWord && c.info[k].stripped == 0 &&
            !c.info[k].facts.function_word && !c.info[k].facts.tanwin &&
            !c.info[k].facts.participle && Letters(c.tok(k).key) >= 3 &&
            !c.Has(k, kDefinite | kStop | kPunct | kNumber | kReporting | kHead | kVerbLike |
                          kDemonstrative | kGentilic | kNisba | kModifier | kDirection |
                          kComplementNoun) &&
            // A common noun there is the genitive of an abstract noun in ية:
            // "سلطة إعطاء الجنسية" (the power to grant citizenship).
            (!c.Has(k, kLexicon) || c.Has(k, kGiven)) &&
            !EndsWithPronoun(c.doc.Slice(c.tok(k).span)) && c.info[k + 1].stripped == 0 &&
            !c.tok(k + 1).key.starts_with(kLiL) && c.Has(k + 1, kDefinite) &&
            c.Has(k + 1, kNisba) && !c.Has(k + 1, kStop) && !c.info[k + 1].facts.participle &&
            c.doc.Slice(c.tok(k + 1).span).ends_with("\xD8\xA9") ==
                c.doc.Slice(c.tok(i).span).ends_with("\xD8\xA9")) {
          j = k + 2;
          proper = true;
          keep_adjective = true;
        }
        // "وكالة أنباء دوجان": a noun of the body's task may stand between
        // the head and the foreign name.
        const uint32_t f = j == k && k == i + 1 && h.type == EntityType::kOrganization &&
                                   k + 1 < end && c.Free(k) && c.info[k].stripped == 0 &&
                                   c.Has(k, kComplementNoun) && !c.Has(k, kDefinite)
                               ? k + 1
                               : k;
        // "مدرسة دمرت" (a school that was destroyed): a verb in the perfect
        // with the feminine ت agrees with the head; it names nothing.
        if (j == k && k == i + 1 && c.Free(f) && lexicon_ && c.tok(f).kind == TokenKind::kWord &&
            !c.Has(f, kLexicon | kStop | kGiven | kHead | kGentilic | kReporting | kDefinite |
                          kComplementNoun | kModifier) &&
            c.info[f].stripped == 0 && !PerfectFeminine(c.info[f].word)) {
          // A foreign name right after the head: "وكالة سانا للأنباء"; "لل"
          // reads as the article after the preposition ل.
          j = f + 1;
          proper = true;
          // "مؤسسة ستاندرد آند بورز" (Standard & Poor's), "بنك أوف أمريكا":
          // the foreign "and" and "of" join the next foreign word to the name.
          while (j + 1 < end && c.info[j].stripped == 0 &&
                 (c.tok(j).key == "\xD8\xA7\xD9\x86\xD8\xAF" ||   // اند
                  c.tok(j).key == "\xD8\xA7\xD9\x88\xD9\x81") &&  // اوف
                 c.FreeRange(j, j + 2) &&
                 c.tok(j + 1).kind == TokenKind::kWord && c.info[j + 1].stripped == 0 &&
                 !c.Has(j + 1, kStop | kHead | kGentilic | kDefinite | kPunct)) {
            j += 2;
          }
          if (j < end && c.Free(j) && c.tok(j).kind == TokenKind::kWord &&
              c.tok(j).key.starts_with(kLiL) && Letters(c.tok(j).key) > 4 &&
              !c.Has(j, kStop | kPunct) && !c.info[j].facts.function_word &&
              // "للقيام بـ" (to carry out): a verbal noun with its object says
              // what for, outside the name.
              (j + 1 >= end || !c.tok(j + 1).key.starts_with("\xD8\xA8"))) {
            ++j;
          }
        }
        if (j == k) continue;
        if (k != i + 1 && !proper) continue;
      }
      // Trailing coordinated words and modifiers stay outside the name.
      // A name found inside keeps its own: "مقر قوات الطوارئ الخاصة".
      // "مستشفى تثليث العام", "مطار القاهرة الدولي": after a place's name
      // the adjective is the facility's own.
      // "مجلس السلام الأفغاني الأعلى" (the Afghan High Peace Council): so
      // is it after a body's gentilic.
      if (h.type == EntityType::kOrganization && j > i + 2 &&
          t_.facility_adjectives.contains(c.info[j - 1].word) && c.owner[j - 1] < 0 &&
          c.Has(j - 2, kGentilic) && c.Has(j - 2, kDefinite) && c.info[j - 2].stripped == 0) {
        keep_adjective = true;
      }
      if (h.type == EntityType::kFacility && j > i + 2 &&
          t_.facility_adjectives.contains(c.info[j - 1].word) && c.owner[j - 1] < 0 &&
          c.owner[j - 2] >= 0 && c.cands[c.owner[j - 2]].te == j - 1 &&
          c.cands[c.owner[j - 2]].type == EntityType::kLocation) {
        keep_adjective = true;
      }
      // "بنك الكويت الدولي"، "شركة قطر الوطنية": so is a body's, right after
      // its head and the place, when it agrees with the head (feminine after
      // a feminine or plural head, masculine after a masculine one).
      if (h.type == EntityType::kOrganization && j > i + 2 && !definite &&
          t_.facility_adjectives.contains(c.info[j - 1].word) && c.owner[j - 1] < 0 &&
          c.owner[i + 1] >= 0 && c.cands[c.owner[i + 1]].tb == i + 1 &&
          c.cands[c.owner[i + 1]].te == j - 1 && c.cands[c.owner[i + 1]].stripped == 0 &&
          c.cands[c.owner[i + 1]].type == EntityType::kLocation) {
        const std::string_view head_key = c.info[i].word;
        const bool head_feminine =
            head_key.ends_with("\xD9\x87") || head_key.ends_with("\xD8\xA7\xD8\xAA");  // ه، ات
        keep_adjective = head_feminine == c.info[j - 1].word.ends_with("\xD9\x87");
      }
      // "حي الجديدة شرق بغداد" (the al-Jadida quarter east of Baghdad): a
      // quarter's or a hill's name that is a modifier alone, which a larger
      // place locates, is the name.
      if (h.type == EntityType::kLocation && h.landmark && !definite && j == i + 2 &&
          c.Has(i + 1, kDefinite) && c.info[i + 1].stripped == 0 && LocatedAfter(c, j, end)) {
        keep_adjective = true;
      }
      while (!keep_adjective && j > i + 1 && c.Has(j - 1, kModifier) && !c.Has(j - 1, kGentilic) &&
             c.owner[j - 1] < 0)
        --j;
      // "شرطة المحافظة", "مجلس المدينة": a body of "the province" or "the
      // city" the text has in mind describes it; it names none, and nor
      // does a landmark's ("مسجد القرية", the village mosque).
      if ((h.type == EntityType::kOrganization ||
           (h.landmark && h.type == EntityType::kFacility)) &&
          j >= i + 2 && c.Has(i + 1, kDefinite) && c.info[i + 1].stripped == 0 &&
          c.info[i + 1].head && c.info[i + 1].head->type == EntityType::kLocation &&
          c.FreeRange(i + 1, j)) {
        continue;
      }
      // "مقر الشركة" (the company's headquarters), "مقر الوزارة": a
      // landmark of "the company" or "the ministry" the text has in mind
      // names none either; "مقر الرئاسة" (the presidency's) is the one
      // office such a head ("رئاسة", "قيادة") names.
      if (h.landmark && h.type == EntityType::kFacility && j == i + 2 && c.Has(i + 1, kDefinite) &&
          c.info[i + 1].stripped == 0 && c.info[i + 1].head &&
          c.info[i + 1].head->type == EntityType::kOrganization && !c.info[i + 1].head->led_by &&
          c.Free(i + 1)) {
        continue;
      }
      const uint32_t len = j - i - 1;
      bool gentilic = false;
      for (uint32_t k = i + 1; k < j; ++k) gentilic = gentilic || c.Has(k, kGentilic);
      // "غرفة التجارة والصناعة", "تحالف الإصلاح والتنمية": two definite
      // nouns joined by و after a weak head list what one body deals in, as
      // names do; forces and states' bodies are read by their own rules
      // ("قوات الجيش والشرطة" are two forces).
      bool joined_nouns = false;
      // Not a body's or a name's words ("إدارة الشركة والأمانة", the
      // company's and the municipality's management), nor verbal nouns with
      // their object ("إدارة الأمن والتعامل مع", handling security and
      // dealing with).
      if (h.weak && !h.person && !h.national && !definite && in.stripped <= 1 &&
          c.FreeRange(i + 1, j) && !c.info[i + 1].head && (j >= end || !c.Has(j, kStop))) {
        for (uint32_t k = i + 2; k < j; ++k) {
          // "والتوجيه" (and guidance) ends in ه, no relative adjective's ة,
          // though its key reads like one.
          const bool adjective =
              c.Has(k, kNisba) && !c.doc.Slice(c.tok(k).span).ends_with("\xD9\x8A\xD9\x87");
          joined_nouns =
              joined_nouns || (c.info[k].stripped == 1 && c.Has(k, kDefinite) && !c.info[k].head &&
                               c.tok(k).key.starts_with("\xD9\x88") && c.Has(k - 1, kDefinite) &&
                               c.info[k - 1].stripped == 0 && !adjective);
        }
      }
      // "إدارة البحث الجنائي" (the criminal investigation department),
      // "جهاز الأمن الوطني": a weak head in the construct state, one
      // definite noun and its relative adjective name a standing body, as a
      // proper name would; one noun alone ("إدارة المرور") stays generic,
      // and so does a head that is also a common noun ("حركة", movement).
      bool noun_adjective = false;
      if (h.weak && !h.person && !h.led_by && !h.ambiguous && !h.national && !definite &&
          in.stripped <= 1 && j == i + 3 && c.FreeRange(i + 1, j) && !c.info[i + 1].head &&
          c.info[i + 1].stripped == 0 && c.info[i + 2].stripped == 0 && c.Has(i + 1, kDefinite) &&
          c.Has(i + 2, kDefinite) && !c.Has(i + 1, kNisba | kModifier) &&
          c.info[i + 1].facts.title_node < 0 && c.Has(i + 2, kNisba) &&
          !c.Has(i + 2, kModifier | kStop) && !c.tok(i + 2).key.starts_with(kLiL) &&
          !c.info[i + 2].facts.participle && (j >= end || !c.Has(j, kStop))) {
        const std::string_view adj = c.doc.Slice(c.tok(i + 2).span);
        noun_adjective = adj.ends_with("\xD9\x8A") || adj.ends_with("\xD9\x8A\xD8\xA9");
      }
      // "إدارة شؤون المعلمين" (the teachers' affairs department), "مكتب شؤون
      // الطلاب": a weak head, a complement noun in the construct state and
      // a definite noun that is no body's head name one standing unit, as
      // "مكتب الشؤون الاجتماعية" does; "مكتب شؤون الوزارة" stays the
      // ministry's.
      const bool complement_chain =
          h.weak && !h.person && !h.national && !h.ambiguous && !definite && in.stripped <= 1 &&
          j >= i + 3 && c.FreeRange(i + 1, j) && c.Has(i + 1, kComplementNoun) &&
          !c.Has(i + 1, kDefinite) && !c.info[i + 1].head && c.info[i + 1].stripped == 0 &&
          c.info[i + 2].stripped == 0 && c.Has(i + 2, kDefinite) && !c.info[i + 2].head &&
          c.info[i + 2].facts.title_node < 0 && (j >= end || !c.Has(j, kStop)) &&
          // "مكتب تنسيق الرحلات" (a trip coordination office): a verbal noun
          // of the form تفعيل says what any such office does.
          !(c.tok(i + 1).key.starts_with("\xD8\xAA") && Letters(c.tok(i + 1).key) >= 4);
      // "إدارة التعليم بمنطقة مكة المكرمة", "مركز التنمية الاجتماعية بحائل":
      // a branch head, a generic complement and ب with a town or a province
      // the text names are the local body's name (the directorate there),
      // which the complement alone is not; the place stays a mention of its
      // own. Not "the ministry's office" ("مكتب الوزارة بجدة"): no head in
      // the complement, nor a word the word list lacks ("مركز القوز
      // بمحافظة القنفذة" is a district, named). A complement that names a
      // body alone keeps its mention as it was.
      bool branch = false;
      if (h.branch && !proper && !gentilic && !joined_nouns && !noun_adjective &&
          !complement_chain && !definite && in.stripped <= 1 && j > i + 1 && j < end &&
          c.FreeRange(i + 1, j) && c.Has(j - 1, kDefinite) && c.owner[j] >= 0) {
        const Cand& at = c.cands[c.owner[j]];
        const std::string_view kind =
            at.kb >= 0 ? std::string_view(kb_.entities()[at.kb].kind) : std::string_view();
        branch = at.tb == j && at.stripped == 1 && at.type == EntityType::kLocation &&
                 c.tok(j).key.starts_with("\xD8\xA8") &&
                 (kind == "city" || kind == "province" || kind == "region" || kind == "district" ||
                  // "بمحافظة المخواة": a province's or a town's head names it too.
                  (c.info[j].head && c.info[j].head->type == EntityType::kLocation &&
                   c.info[j].head->written && !c.info[j].head->list));
        for (uint32_t k = i + 1; k < j && branch; ++k) {
          branch = !c.info[k].head && c.info[k].facts.title_node < 0 &&
                   (!lexicon_ || c.Has(k, kLexicon)) &&
                   !c.Has(k, kStop | kNumber | kPunct | kGentilic) &&
                   (c.Has(k, kDefinite) || c.Has(k, kComplementNoun));
        }
        if (branch) j = at.te;
      }
      // "قوات الجيش الوطني" (the national army's forces), "قوات الحرس
      // الوطني": the forces' head before a body the press names by a generic
      // phrase of two words or more (data/ner/generic_orgs.tsv), which left
      // it to the head, names that body; one word ("قوات الجيش", "قوات
      // الشرطة") stays generic. Other heads name a unit of the body ("مركز
      // الدفاع المدني", a station) or no body ("نظام الدفاع المدني", the
      // civil defence law) and stay as they were.
      bool generic_body = false;
      if (h.weak && in.word == "\xD9\x82\xD9\x88\xD8\xA7\xD8\xAA" /* قوات */ && !definite &&
          in.stripped <= 1 && j >= i + 3 && c.FreeRange(i + 1, j) && c.info[i + 1].stripped == 0) {
        int32_t node = c.info[i + 1].facts.generic_org_node;
        uint32_t pe = 0;
        for (uint32_t k = i + 2; node >= 0 && k <= j; ++k) {
          if (!t_.generic_orgs.Hits(node).empty() &&
              t_.generic_orgs.Hits(node)[0].entity != kGenericOrgSeat) {
            pe = k;
          }
          if (k == j || c.info[k].stripped > 0) break;
          node = t_.generic_orgs.Step(node, c.tok(k).key);
        }
        generic_body = pe >= i + 3 && (pe == j || (pe + 1 == j && c.Has(pe, kGentilic)));
      }
      if (h.weak && !proper && !gentilic && !joined_nouns && !noun_adjective && !complement_chain &&
          !branch && !generic_body) {
        continue;
      }
      // "تابعون للواء الليبي" is ل + "اللواء" (the rank) before a gentilic:
      // a brigade needs a number or a name ("اللواء 128", "لواء القدس").
      if (h.number && !proper && in.facts.title_node >= 0) {
        bool only_gentilic = true;
        for (uint32_t k = i + 1; k < j; ++k) only_gentilic = only_gentilic && c.Has(k, kGentilic);
        if (only_gentilic) continue;
      }
      if (!proper && len == 0) continue;
      // "لجنة الشؤون الخارجية في مجلس الشيوخ" (the Senate foreign affairs
      // committee): a committee's name goes on with "في" and the body it
      // sits in, a known one or a head with the article ("في البرلمان").
      if (h.within && j + 1 < end && c.info[j].word == kFi && c.info[j].stripped == 0) {
        const int32_t o = c.owner[j + 1];
        if (o >= 0 && c.cands[o].tb == j + 1 && c.cands[o].stripped == 0 &&
            c.cands[o].type == EntityType::kOrganization) {
          j = c.cands[o].te;
        } else if (c.Free(j + 1) && c.info[j + 1].stripped == 0 && c.info[j + 1].head &&
                   c.info[j + 1].head->type == EntityType::kOrganization) {
          // "في البرلمان", or a head in the construct state before one
          // definite word: "في مجلس الشيوخ".
          auto closes = [&](uint32_t k) {
            return k >= end || !c.Has(k, kDefinite) || c.info[k].stripped > 0;
          };
          if (c.Has(j + 1, kDefinite) && closes(j + 2)) {
            j += 2;
          } else if (!c.Has(j + 1, kDefinite) && j + 2 < end && c.Free(j + 2) &&
                     c.Has(j + 2, kDefinite) && c.info[j + 2].stripped == 0 && closes(j + 3)) {
            j += 3;
          }
        }
      }
      // "سلطات طرابلس" (the Tripoli authorities), "مكتب بطهران": a generic
      // head before a city's or province's name alone describes whatever body
      // sits there. Heads that may take a leader ("نظام طهران", "قوات
      // دمشق") name the state's own through its capital and stay names.
      if (h.weak && !h.person && h.type == EntityType::kOrganization && c.owner[i + 1] >= 0) {
        const Cand& only = c.cands[c.owner[i + 1]];
        if (only.tb == i + 1 && only.te == j && only.kb >= 0 &&
            only.type == EntityType::kLocation) {
          const std::string& kind = kb_.entities()[only.kb].kind;
          if (!h.seat &&
              (kind == "city" || kind == "capital" || kind == "province" || kind == "district")) {
            continue;
          }
          // "مركز ماليزيا" (Malaysia's pavilion, its centre): a country's
          // name alone after such a head is whatever office it has there;
          // "مركز ماليزيا للأبحاث" names one by what it is for, read above.
          if (kind == "country" && !h.national && !c.Has(i, kDefinite) && in.stripped == 0)
            continue;
        }
      }
      // "عقبة مانشستر سيتي" (the hurdle of Manchester City): a place's head
      // before a known body's name of two words or more alone is a common
      // noun; places are not named so. One word may be a place's name too
      // ("جبال فيفا", "حي تشيلسي"), and so may an outlet's ("حي الجزيرة").
      if (h.type == EntityType::kLocation && c.owner[i + 1] >= 0) {
        const Cand& only = c.cands[c.owner[i + 1]];
        if (only.tb == i + 1 && only.te == j && j > i + 2 && only.kb >= 0 &&
            only.type == EntityType::kOrganization && kb_.entities()[only.kb].kind != "media") {
          continue;
        }
      }
      // "ميدان ريال مدريد" (Real Madrid's ground), "ميدان مجلس التعاون": a
      // head also used figuratively before a body's name alone is that
      // body's field, no facility of its own.
      // "ساحة سوريا" (the Syrian arena of a war): so is it before a
      // country's name alone; squares are named after towns and quarters.
      if (h.figurative && h.type == EntityType::kFacility && c.owner[i + 1] >= 0) {
        const Cand& only = c.cands[c.owner[i + 1]];
        if (only.tb == i + 1 && only.te >= j && only.type == EntityType::kOrganization) continue;
        if (only.tb == i + 1 && only.te == j && only.kb >= 0 &&
            kb_.entities()[only.kb].kind == "country") {
          continue;
        }
      }
      // "ساحة مطار الملك عبدالعزيز" (the airport's apron), "ساحة قصر
      // المصمك", "ساحة حي البجيري": a part's head before another
      // facility's or place's head, or a facility the knowledge base knows,
      // is a part of that one, which stays the mention.
      if (h.part && c.info[i + 1].stripped == 0) {
        const Head* inner = c.info[i + 1].head;
        const int32_t o = c.owner[i + 1];
        if ((inner && inner->type != EntityType::kOrganization) ||
            (o >= 0 && c.cands[o].tb == i + 1 && c.cands[o].type == EntityType::kFacility)) {
          continue;
        }
      }
      // "جبهة تعز" (the Taiz front): a front line at a place is no body.
      // Nor is a resort or a camp a facility before a town's name and its
      // adjectives: "منتجع سوسة السياحي" is the resort town.
      if (h.front && c.owner[i + 1] >= 0) {
        const Cand& only = c.cands[c.owner[i + 1]];
        if (only.tb == i + 1 && (only.te == j || h.type == EntityType::kFacility) &&
            only.type == EntityType::kLocation) {
          continue;
        }
      }
      // "جبهة الجفينة جنوب مأرب"، "جبهة العند في لحج": a front's head and
      // one word placed by a direction or by في and a place is the front
      // line at a place the knowledge base lacks, no body.
      if (h.front && h.type == EntityType::kOrganization && !h.list && j == i + 2 &&
          c.Free(i + 1) && c.info[i + 1].stripped == 0 && c.tok(i + 1).kind == TokenKind::kWord &&
          j < end &&
          ((c.Has(j, kDirection) && c.info[j].stripped == 0) || place_after(j, end) > 0)) {
        i = j - 1;
        continue;
      }
      // Only persons inside: "مكتب خليفة حفتر" is an office, not a body.
      if (!h.person && !led) {
        bool only_person = true;
        for (uint32_t k = i + 1; k < j; ++k) {
          int32_t o = c.owner[k];
          if (o < 0 || c.cands[o].type != EntityType::kPerson) only_person = false;
        }
        if (only_person) continue;
      }
      // "قرية تل الكرامة", "بلدة دير العصافير": after the head of a
      // settlement or an area in the construct state, a hill's or a
      // well's head and its complement are the place's name, whatever
      // common nouns they are made of.
      if (!proper && h.type == EntityType::kLocation && !definite && in.stripped == 0 && i > 0 &&
          c.Free(i - 1) && c.info[i - 1].head &&
          c.info[i - 1].head->type == EntityType::kLocation &&
          c.info[i - 1].head->mode == HeadMode::kName && !c.info[i - 1].head->list &&
          !c.Has(i - 1, kDefinite) && !c.Has(i, kDirection)) {
        proper = true;
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
      // "مقر الأمم المتحدة", "مقر وزارة الداخلية", "مقر الرئاسة": a body's
      // seat is named by a body, or by the head of one that is a single
      // office ("الرئاسة", "القيادة"); "مقر الحفل" (the ceremony's venue)
      // names none.
      bool housed = false;
      if (h.body) {
        const int32_t o = c.owner[i + 1];
        const Head* inner = c.info[i + 1].head;
        const bool body =
            (o >= 0 && c.cands[o].tb == i + 1 && c.cands[o].type == EntityType::kOrganization) ||
            (inner && inner->type == EntityType::kOrganization && c.info[i + 1].stripped == 0 &&
             (!c.Has(i + 1, kDefinite) ? j > i + 2 : j == i + 2 && inner->led_by));
        if (!body) continue;
        proper = true;
        // The body keeps its own mention: "وزارة الداخلية" in "مقر وزارة الداخلية".
        housed = o < 0 && !c.Has(i + 1, kDefinite);
      }
      // "مسجد قوات الطوارئ" (the Emergency Forces' mosque): a body named
      // after a facility's head keeps its own mention too.
      if (h.type == EntityType::kFacility && !housed && j > i + 2 && c.owner[i + 1] < 0 &&
          c.info[i + 1].head && c.info[i + 1].head->type == EntityType::kOrganization &&
          !c.Has(i + 1, kDefinite) && c.info[i + 1].stripped == 0 && proper) {
        housed = true;
      }
      // "ملعب الجونة", "حديقة المطوية", "طريق الخواجات": one word with the
      // article that no word list knows after a facility's head that is no
      // common noun too is the facility's name.
      if (h.type == EntityType::kFacility && !proper && !h.ambiguous && !h.body && lexicon_ &&
          j == i + 2 && c.Free(i + 1) && c.tok(i + 1).kind == TokenKind::kWord &&
          c.info[i + 1].stripped == 0 && c.Has(i + 1, kDefinite) &&
          !c.Has(i + 1, kLexicon | kStop | kGiven | kHead | kGentilic | kNisba | kModifier |
                            kDirection | kNumber) &&
          !c.info[i + 1].facts.participle && !c.info[i + 1].facts.function_word &&
          Letters(c.info[i + 1].word) >= 5 && !KnownArabic(DropAl(c.info[i + 1].word))) {
        proper = true;
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
      // "بعثة الأمم المتحدة" (the UN mission) is a body of its own too; a
      // head that is also any group's ("بعثة النادي", the club's travelling
      // squad) is one only before an international or regional body.
      bool distinct = h.distinct;
      if (distinct && h.ambiguous) {
        const int32_t o = c.owner[i + 1];
        const std::string_view kind = o >= 0 && c.cands[o].kb >= 0
                                          ? std::string_view(kb_.entities()[c.cands[o].kb].kind)
                                          : std::string_view();
        distinct = kind == "intl-org" || kind == "regional-org";
      }
      if (h.type == EntityType::kOrganization && !distinct && c.owner[i + 1] >= 0) {
        const Cand& inner = c.cands[c.owner[i + 1]];
        // An outlet's name after another body's head is that body's name
        // ("بنك الجزيرة", "نادي الجزيرة": a bank, a club).
        if (inner.kb >= 0 && inner.tb == i + 1 && inner.te == j &&
            inner.type == EntityType::kOrganization &&
            (h.outlet || kb_.entities()[inner.kb].kind != "media" || j > i + 2)) {
          continue;
        }
      }
      // "مديرية المطمة" (al-Matma district): a district's head before a
      // place's name or unknown words names the place.
      EntityType type = h.type;
      if (h.district) {
        // "مديرية المطمة في محافظة الجوف": the district's name ends before
        // the province it lies in.
        uint32_t name_end = i + 1;
        while (name_end < j && !(c.info[name_end].word == kFi && c.info[name_end].stripped == 0))
          ++name_end;
        bool place = name_end > i + 1;
        for (uint32_t k = i + 1; k < name_end && place; ++k) {
          const int32_t o = c.owner[k];
          if (o >= 0) {
            place = c.cands[o].type == EntityType::kLocation;
          } else {
            place = c.tok(k).kind == TokenKind::kWord && lexicon_ &&
                    !c.Has(k, kLexicon | kGiven | kGentilic | kNisba | kStop | kNumber);
          }
        }
        if (place) {
          type = EntityType::kLocation;
          j = name_end;
        }
      }
      Cand cand;
      cand.tb = tb;
      cand.te = j;
      // "للواء 15" keeps "لل" in its mention, ل and the article, as
      // "للأمم المتحدة" does.
      cand.stripped = tb == i && !article_lil ? in.stripped : 0;
      cand.type = type;
      // Knowledge-base names inside an organisation stay mentions of their
      // own ("بعثة الأمم المتحدة في ليبيا"); a facility's are part of it
      // ("ميناء صفاقس" is the port, not the city) unless "في" says where it is
      // ("السفارة الليبية في دمشق").
      for (uint32_t k = i + 1; k < j; ++k) {
        if (c.owner[k] < 0) continue;
        Cand& inner = c.cands[c.owner[k]];
        const bool located = inner.tb > i + 1 && c.info[inner.tb - 1].word == kFi;
        // "حي الجزيرة", "بنك الجزيرة": an outlet's name after another head
        // names the quarter or the bank, not the outlet.
        // A name of two words or more ("تلفزيون الكويت") is the outlet's own.
        if (!h.outlet && inner.kb >= 0 && kb_.entities()[inner.kb].kind == "media" &&
            inner.tb == i + 1 && inner.te == i + 2 && !located) {
          inner.dead = true;
          continue;
        }
        // A body's stays its own: "مقر الأمم المتحدة" (the UN headquarters).
        // So does the town a promenade runs along ("كورنيش جدة" lies in
        // Jeddah, where "ميناء صفاقس" only bears the city's name).
        const bool town = h.town && inner.type == EntityType::kLocation && inner.tb == i + 1;
        if (h.type == EntityType::kFacility && !town &&
            (inner.type == EntityType::kFacility ||
             (!located && inner.type != EntityType::kOrganization))) {
          inner.dead = true;
        } else {
          inner.nested = true;
        }
      }
      for (uint32_t k = tb; k < j; ++k) c.owner[k] = -1;
      c.Add(std::move(cand));
      if (housed) {
        Cand body;
        body.tb = i + 1;
        body.te = j;
        body.type = EntityType::kOrganization;
        body.nested = true;
        c.Add(std::move(body));
      }
      i = j - 1;
    } else {
      // Name mode: the entity is the name after the head.
      uint32_t k = i + 1;
      if (k >= end) continue;
      int32_t o = c.owner[k];
      // "مدينة الملك فيصل الرياضية" (the King Faisal sports city): an eponym
      // head, a title and a name, then the head's own adjectives name
      // the place after the person, who does not act. (Without an adjective,
      // "مدينة الملك X" is left alone: a city, a compound or a body.)
      if (!definite && h.type == EntityType::kLocation && c.Has(i, kEponym)) {
        TitleClass tcls;
        const int tl = TitleAt(c, k, end, &tcls);
        const uint32_t a = k + static_cast<uint32_t>(tl > 0 ? tl : 0);
        const auto person_at = [&](uint32_t t) {
          const int32_t o = t < end ? c.owner[t] : -1;
          return o >= 0 && c.cands[o].tb == t && c.cands[o].type == EntityType::kPerson ? o : -1;
        };
        uint32_t ne = 0;
        if (tl > 0 && tcls != TitleClass::kProfession) {
          if (const int32_t o = person_at(k); o >= 0 && c.cands[o].te > a) {
            ne = c.cands[o].te;  // a known person with the title: "الملك فيصل"
          } else if (const int32_t o2 = person_at(a); o2 >= 0 && c.FreeRange(k, a)) {
            ne = c.cands[o2].te;
          } else if (a < end && c.FreeRange(k, a + 1) && NameStart(c, a, true)) {
            ne = NameEnd(c, a, end, true);
          }
        }
        // (A man's name ends in no feminine nisba: "فيصل الرياضية" is the
        // name and the head's adjective.)
        const auto head_adjective = [&](uint32_t t) {
          return c.info[t].stripped == 0 &&
                 (c.info[t].flags & (kDefinite | kNisba | kGentilic)) == (kDefinite | kNisba) &&
                 c.doc.Slice(c.tok(t).span).ends_with("\xD9\x8A\xD8\xA9");  // ية
        };
        while (ne > a + 1 && head_adjective(ne - 1)) --ne;
        uint32_t e = ne;
        while (ne > a && e < end && (c.Free(e) || c.owner[e] == c.owner[a]) && head_adjective(e)) {
          ++e;
        }
        if (e > ne && ne > a) {
          for (uint32_t t = k; t < ne; ++t) {
            if (c.owner[t] >= 0) c.cands[c.owner[t]].dead = true;
            c.owner[t] = -1;
          }
          name_whole(i, e, in.stripped, h.type, -1);
          i = e - 1;
          continue;
        }
      }
      if (definite) {
        // "الشركة السعودية للخدمات الأرضية": as after a full head, the
        // gentilic and what the body is for name it.
        const bool country_at_k = o >= 0 && c.cands[o].tb == k && c.cands[o].te == k + 1 &&
                                  c.cands[o].type == EntityType::kLocation;
        if (const uint32_t e =
                h.outlet || (o >= 0 && !country_at_k) ? 0 : gentilic_purpose_end(k)) {
          name_whole(i, e, in.stripped, h.type, o);
          i = e - 1;
          continue;
        }
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
      // "منطقة الجدعان بمأرب" (the al-Jadaan area in Marib): a known
      // person's family name alone after a place's head in the construct
      // state is the place's name, which a larger place locates.
      if (o >= 0 && c.cands[o].tb == k && c.cands[o].te == k + 1 &&
          c.cands[o].type == EntityType::kPerson && h.type == EntityType::kLocation && !definite &&
          c.cands[o].stripped == 0 && c.Has(k, kDefinite) && LocatedAfter(c, k + 1, end)) {
        c.cands[o].type = EntityType::kLocation;
        c.cands[o].kb = -1;
        c.cands[o].source = MentionSource::kPattern;
        continue;
      }
      if (o >= 0 && c.cands[o].tb == k) {
        Cand& kb = c.cands[o];
        // "صحيفة الشرق الأوسط", "قناة الجزيرة": the head retypes a place name.
        // "شركة مكة للإنشاء والتعمير" (the Makkah Construction and
        // Development Company): a body's head, a place and what the body is
        // for name the body; the place stays a mention of its own.
        const uint32_t a = kb.te;
        if (h.type == EntityType::kOrganization && !h.outlet && kb.type == EntityType::kLocation &&
            kb.stripped == 0 && in.stripped == 0 && a + 1 < end && c.Free(a) &&
            c.tok(a).kind == TokenKind::kWord && c.tok(a).key.starts_with(kLiL) &&
            !c.Has(a, kStop | kNumber | kPunct) && !c.info[a].facts.function_word &&
            !t_.ordinals.contains(c.tok(a + 1).key)) {
          bool more = false;
          uint32_t e = ComplementEnd(c, a + 1, end, false, false, false, &more);
          while (e < end && c.Free(e) && c.tok(e).kind == TokenKind::kWord &&
                 c.doc.Slice(c.tok(e).span).starts_with("\xD9\x88\xD8\xA7\xD9\x84") &&
                 !c.Has(e, kStop | kGentilic) && c.info[e].facts.title_node < 0 &&
                 !c.info[e].head) {
            // "والتطوير العمراني البدء" (and urban development [announced]
            // the start): a joined noun takes only its adjectives.
            ++e;
            while (e < end && c.Free(e) && c.info[e].stripped == 0 && c.Has(e, kDefinite) &&
                   c.Has(e, kNisba) && !c.Has(e, kGentilic | kStop))
              ++e;
          }
          kb.nested = true;
          for (uint32_t t = i; t < e; ++t) c.owner[t] = -1;
          Cand cand;
          cand.tb = i;
          cand.te = e;
          cand.type = EntityType::kOrganization;
          c.Add(std::move(cand));
          i = e - 1;
          continue;
        }
        // "تنظيم مالي جديد" (a new financial regulation): a place's name
        // that is also a relative adjective ("مالي", Mali and financial)
        // agrees with the indefinite head as its adjective; no body, no place.
        if (h.type == EntityType::kOrganization && !h.outlet && kb.type == EntityType::kLocation &&
            kb.tb == k && kb.te == k + 1 && kb.stripped == 0 && c.Has(k, kNisba) &&
            c.Has(k, kLexicon) && !c.Has(k, kDefinite) &&
            // "شركة أبوظبي لتكرير النفط": what a body is for names it after
            // its city.
            (k + 1 >= end || !c.doc.Slice(c.tok(k + 1).span).starts_with("\xD9\x84"))) {
          kb.dead = true;
          c.owner[k] = -1;
          continue;
        }
        if (h.type == EntityType::kOrganization && kb.type == EntityType::kLocation) {
          kb.kb = -1;
          kb.type = EntityType::kOrganization;
          kb.source = MentionSource::kPattern;
          // "إذاعة طهران", "تلفزيون الكاميرون": an outlet called after a place
          // is named with its head, as the known ones are (صحيفة الرياض،
          // تلفزيون دبي); the place alone would read as the place.
          if (h.outlet && !h.list && kb.stripped == 0 && kb.tb == i + 1) {
            for (uint32_t t = i; t < kb.tb; ++t) c.owner[t] = o;
            kb.tb = i;
            kb.stripped = in.stripped;
          }
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
        if (h.list && h.outlet) i = OutletConjuncts(c, c.cands[o].te, end) - 1;
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
      // "شركة النفط الوطنية الليبية" (the Libyan National Oil Company),
      // "شركة الطيران القطرية": a company's head in the construct state, its
      // trade with the article, maybe an adjective of the kind, and its
      // country's gentilic name the company, as ل + the trade does below.
      if (h.trade && h.type == EntityType::kOrganization && !h.outlet && !definite &&
          in.stripped <= 1 && k + 1 < end && c.Free(k) && c.tok(k).kind == TokenKind::kWord &&
          c.info[k].stripped == 0 && c.Has(k, kDefinite) && Letters(c.tok(k).key) >= 4 &&
          !c.Has(k, kNisba | kGentilic | kModifier | kStop | kHead | kReporting | kPunct) &&
          c.info[k].facts.title_node < 0 && !c.info[k].facts.participle &&
          !c.tok(k).key.starts_with(kLiL)) {
        uint32_t g = k + 1;
        if (g + 1 < end && c.Free(g) && c.info[g].stripped == 0 && c.Has(g, kDefinite) &&
            !c.Has(g, kGentilic | kStop) && t_.facility_adjectives.contains(c.info[g].word)) {
          ++g;
        }
        // Not before the company's own name, which the phrase describes
        // ("شركة الطيران الألمانية لوفتهانزا"، "... «اكسفورد بزنس جروب»").
        auto name_follows = [&](uint32_t a) {
          if (a >= end) return false;
          if (!c.Free(a) || c.Has(a, kQuote | kGentilic)) return true;
          if (c.Has(a, kPunct)) return c.doc.Slice(c.tok(a).span) == "(";
          return c.info[a].stripped == 0 &&
                 !c.Has(a, kLexicon | kStop | kReporting | kVerbLike | kNumber);
        };
        if (g < end && c.Free(g) && c.info[g].stripped == 0 && c.Has(g, kGentilic) &&
            c.Has(g, kDefinite) && c.info[g].gentilic >= 0 &&
            kb_.entities()[c.info[g].gentilic].kind == "country") {
          // ... also after more adjectives ("شركة الطيران السورية الخاصة
          // «شام وينغز»", the private Syrian airline Cham Wings).
          uint32_t a = g + 1;
          while (a < end && a < g + 3 && c.Free(a) && c.info[a].stripped == 0 &&
                 c.Has(a, kDefinite) && !c.Has(a, kStop | kPunct))
            ++a;
          if (!name_follows(g + 1) && !(a > g + 1 && name_follows(a))) {
            name_whole(i, g + 1, in.stripped, h.type, -1);
            i = g;
            continue;
          }
        }
      }
      // "شركة الرمال للمقاولات" (al-Rimal Contracting Company): a
      // company's head in the construct state, one word with the article
      // and ل + its trade name the company, as a place's name with its
      // trade does ("شركة مكة للإنشاء"); the word alone ("شركة الكهرباء")
      // is any company of that trade. A group's head is also a set ("مجموعة
      // الخطر للإصابة", the group at risk of infection).
      if (h.trade && h.type == EntityType::kOrganization && !h.outlet && !definite &&
          in.stripped <= 1 && k + 2 < end && c.FreeRange(k, k + 2) &&
          c.tok(k).kind == TokenKind::kWord && c.info[k].stripped == 0 && c.Has(k, kDefinite) &&
          Letters(c.tok(k).key) >= 4 &&
          !c.Has(k, kNisba | kGentilic | kModifier | kStop | kHead | kReporting | kPunct) &&
          c.info[k].facts.title_node < 0 && !c.info[k].facts.participle &&
          !c.tok(k).key.starts_with(kLiL) && c.tok(k + 1).kind == TokenKind::kWord &&
          c.info[k + 1].stripped == 0 && c.tok(k + 1).key.starts_with(kLiL) &&
          Letters(c.tok(k + 1).key) >= 5 && !c.Has(k + 1, kStop | kNumber | kPunct) &&
          !c.info[k + 1].facts.function_word && !t_.ordinals.contains(c.tok(k + 2).key)) {
        bool more = false;
        uint32_t e = ComplementEnd(c, k + 2, end, false, false, false, &more);
        // "للسياحة والسفر": a definite noun joined by و, with its adjectives.
        while (e < end && c.Free(e) && c.tok(e).kind == TokenKind::kWord &&
               c.doc.Slice(c.tok(e).span).starts_with("\xD9\x88\xD8\xA7\xD9\x84") &&
               !c.Has(e, kStop | kGentilic) && c.info[e].facts.title_node < 0 && !c.info[e].head) {
          ++e;
          while (e < end && c.Free(e) && c.info[e].stripped == 0 && c.Has(e, kDefinite) &&
                 c.Has(e, kNisba) && !c.Has(e, kGentilic | kStop))
            ++e;
        }
        name_whole(i, e, in.stripped, h.type, -1);
        i = e - 1;
        continue;
      }
      uint32_t j = k;
      // An outlet's name may be written in Latin letters: "قناة cbc إكسترا".
      // "أول سفينة عبرت القناة" (the first ship that crossed the canal): a
      // verb in the perfect with the feminine ت agrees with the head; it
      // names nothing.
      // So may a company's or a group's, capitalised: "شركة Fitbit", "مجموعة
      // Orange" ("نظام iOS", "موقع vox.com" are a product and an address).
      auto capitalised = [&](uint32_t t) {
        const std::string_view w = c.doc.Slice(c.tok(t).span);
        return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
      };
      // Its Latin name ends at the first Arabic word ("شركة Swissport عقدا",
      // signed a contract).
      const bool latin_name = !h.outlet && h.type == EntityType::kOrganization &&
                              c.tok(k).kind == TokenKind::kLatin && capitalised(k);
      while (j < end && j < k + 3 && c.Free(j) && lexicon_ &&
             (((h.outlet || latin_name) && c.tok(j).kind == TokenKind::kLatin) ||
              (!latin_name && c.tok(j).kind == TokenKind::kWord && c.info[j].stripped == 0 &&
               !c.Has(j, kLexicon | kStop | kGiven | kHead | kGentilic | kReporting | kDefinite |
                             kComplementNoun | kModifier | kMetonymyVerb | kPunct) &&
               !(j == k && PerfectFeminine(c.info[j].word)))))
        ++j;
      // "قرية الطيبة الغربية" (western Tayyiba): the adjective of a direction
      // after a place's definite name is part of the name, as twin villages
      // and quarters are told apart.
      auto direction_adjective = [&](uint32_t t) {
        if (t >= end || !c.Free(t) || c.info[t].stripped != 0 || !c.Has(t, kDefinite) ||
            !c.Has(t, kNisba)) {
          return false;
        }
        std::string_view w = DropAl(c.info[t].word);
        if (w.ends_with(kYaHa)) {
          w.remove_suffix(kYaHa.size());
        } else if (w.ends_with(kYa)) {
          w.remove_suffix(kYa.size());
        } else {
          return false;
        }
        // "الريفية" (rural) describes; only a compass point names a part.
        return t_.directions.contains(w) && w != "\xD8\xB1\xD9\x8A\xD9\x81";  // ريف
      };
      // "منطقة السودانية" (the al-Sudaniya area), "منطقة البوعيثة": after a
      // place head in the construct state a word with the article shaped like
      // an adjective, or one the word list does not know, is the place's
      // name; a common noun there is not ("منطقة النزاع").
      // "منطقة الحميرة": a word written with ة is no stem and the pronoun ه
      // ("حمير" + "ه"), the only way the word list reads it; unknown, it is
      // the name.
      const auto unknown_feminine = [&](uint32_t t) {
        const std::string_view key = c.tok(t).key;
        return lexicon_ && c.doc.Slice(c.tok(t).span).ends_with("\xD8\xA9") &&
               !key.starts_with(kLiL) && !c.info[t].facts.tanwin && !c.Has(t, kGiven | kGentilic) &&
               !lexicon_->Contains(key) && !lexicon_->Contains(DropAl(key)) &&
               !lexicon_->Contains(DropAl(c.info[t].word));
      };
      if (j == k && h.type == EntityType::kLocation && c.Free(k) &&
          c.tok(k).kind == TokenKind::kWord && c.info[k].stripped == 0 && c.Has(k, kDefinite) &&
          (c.Has(k, kNisba) || (lexicon_ && !c.Has(k, kLexicon | kGiven | kGentilic)) ||
           unknown_feminine(k)) &&
          !c.Has(k, kStop | kReporting | kHead | kModifier) && !c.info[k].facts.participle &&
          // "مدن ومحافظات الجمهورية": the republic is the country.
          !t_.country_nouns.contains(DropAl(c.info[k].word)) &&
          // "قرية التنمية" (a jamboree's development village): a themed
          // complex, below.
          !(h.settlement && t_.complex_nouns.contains(DropAl(c.info[k].word))) &&
          (k + 1 >= end || !c.Has(k + 1, kDefinite) || c.info[k + 1].stripped > 0 ||
           c.Has(k + 1, kStop) || direction_adjective(k + 1))) {
        j = k + 1;
      }
      // "مدينة الحوطة", "منطقة الجفينة غربي مأرب", "بمدينة سجنان من ولاية
      // بنزرت": a word the word list knows is still the place's name after a
      // settlement's head, or after any place head when the next words place
      // it inside a larger place, as news locates a small one.
      // (Not after a head also used figuratively, "عاصمة التذوق في فرنسا",
      // the capital of taste in France: a word of the language there is
      // what it is the capital of.)
      // (Nor a title, "مدينة الملك فيصل الرياضية": the place is named after
      // the person, below.)
      if (j == k && h.type == EntityType::kLocation && c.Free(k) && !h.figurative &&
          c.info[k].facts.title_node < 0 && c.tok(k).kind == TokenKind::kWord &&
          c.info[k].stripped == 0 && !c.info[k].facts.participle &&
          !c.info[k].facts.function_word && !c.info[k].facts.tanwin &&
          !c.tok(k).key.starts_with(kLiL) &&  // "مخيم للنازحين": a camp for the displaced
          !c.Has(k, kStop | kReporting | kHead | kModifier | kGiven | kGentilic | kNumber | kPunct |
                        kDirection | kVerbLike | kDemonstrative) &&
          Letters(c.tok(k).key) >= 3) {
        // "مناطق النزاع في سوريا" (the conflict zones in Syria): after a
        // plural head a word of the language is what the areas have in
        // common, no name, wherever they lie.
        const bool located =
            LocatedAfter(c, k + 1, end) && (!h.list || h.settlement || !c.Has(k, kLexicon));
        // "مدينة الألعاب" (an amusement park), "قرية الطفل ببريدة": a
        // town's head before a noun of data/ner/complex_nouns.tsv names a
        // themed complex, no town, wherever it lies.
        const bool complex = h.settlement && t_.complex_nouns.contains(DropAl(c.info[k].word));
        if (c.Has(k, kDefinite)) {
          if (!complex && (located ||
                           // "مدينة الحوطة التي" (al-Hawta, which): a relative pronoun
                           // closes the name as well.
                           (h.settlement && (k + 1 >= end || !c.Has(k + 1, kDefinite) ||
                                             c.info[k + 1].stripped > 0 || c.Has(k + 1, kStop) ||
                                             direction_adjective(k + 1))))) {
            j = k + 1;
          }
        } else if (h.written && located && !c.Has(k, kNisba)) {
          // "منطقة نهم شرق صنعاء" (the Nihm area east of Sanaa): after an
          // area's or a province's head, one word without the article that
          // a larger place locates is the name; an adjective agreeing with
          // the feminine head ("منطقة آمنة"، "منطقة خضراء") is not.
          const std::string_view w = c.doc.Slice(c.tok(k).span);
          // Three letters leave no stem before a pronoun: "نهم" is a name.
          // A word known only as a proclitic and a word ("كتنة" read as ك +
          // "تنة") is no adjective, whatever its ending.
          if ((Letters(c.tok(k).key) <= 3 || !EndsWithPronoun(w)) &&
              ((!w.ends_with("\xD8\xA9") && !w.ends_with("\xD9\x89")) || c.Has(k, kClitic)) &&
              !w.ends_with("\xD8\xA7\xD8\xA1")) {
            j = k + 1;
          }
        } else if (h.settlement) {
          // "بمدينة نانت." (in the city of Nantes): one word that closes the
          // phrase (punctuation, "في", a word with ب or ل follows) is the name,
          // as is a word before a larger place.
          // So does a relative pronoun ("مدينة لافايت التي"), a direction
          // ("مدينة سياتل شمال غرب الولايات المتحدة") or a place's head in
          // apposition ("مدينة كويتا عاصمة إقليم بلوشستان").
          const uint32_t n = k + 1;
          const bool closes = n >= end || c.Has(n, kPunct) || c.info[n].word == kFi ||
                              (c.info[n].stripped > 0 && (c.tok(n).key.starts_with("\xD8\xA8") ||
                                                          c.tok(n).key.starts_with("\xD9\x84"))) ||
                              (c.info[n].stripped == 0 &&
                               (c.tok(n).key == "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A" ||  // التي
                                c.tok(n).key == "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A" ||  // الذي
                                c.Has(n, kDirection) ||
                                (c.info[n].head && c.info[n].head->type == EntityType::kLocation &&
                                 c.info[n].head->mode == HeadMode::kName && !c.info[n].head->list &&
                                 !c.Has(n, kDefinite))));
          // An adjective agrees with the feminine head ("بلدة صغيرة في"); a
          // name does not take its ending. "في بلدة قرب مدينة بيزا" (in a
          // town near Pisa): a preposition of place is none either.
          const std::string_view w = c.doc.Slice(c.tok(k).span);
          // A word in ي after a feminine head is no adjective of it ("قرية
          // نعمي." the village of Naami); a noun's plural in ي is no name
          // ("مدينة ملاهي", an amusement park).
          const bool nisba_name = c.doc.Slice(c.tok(i).span).ends_with("\xD8\xA9") &&
                                  w.ends_with("\xD9\x8A") && !c.Has(k, kGentilic) &&
                                  !lexicon_->OnlyAsNoun(c.tok(k).key);
          if ((located || (closes && !EndsWithPronoun(w))) && (!c.Has(k, kNisba) || nisba_name) &&
              !t_.place_prepositions.contains(c.info[k].word) &&
              ((!w.ends_with("\xD8\xA9") && !w.ends_with("\xD9\x89")) || c.Has(k, kClitic))) {
            j = k + 1;
          }
        }
      }
      // "منطقة فيصل جنوب الجيزة" (the Faisal district south of Giza): a
      // given name alone after an area's or a town's head that a larger place
      // locates is the place's name, as a family name is; not one that is
      // a word as well ("منطقة آمنة في سوريا", a safe zone in Syria).
      if (j == k && h.type == EntityType::kLocation && (h.written || h.settlement) && !h.list &&
          !definite && c.Free(k) && c.tok(k).kind == TokenKind::kWord && c.info[k].stripped == 0 &&
          c.Has(k, kGiven) && !c.Has(k, kDefinite | kNisba | kGentilic | kStop | kGivenCommon) &&
          LocatedAfter(c, k + 1, end)) {
        j = k + 1;
      }
      // "قرية أبو دالي", "بلدة آل X": after a place head in the construct
      // state a name opening with a kunya or a family particle is the
      // place's, named as people are.
      if (j == k && h.type == EntityType::kLocation && !h.list && !definite && k + 1 < end &&
          c.FreeRange(k, k + 2) && c.info[k].stripped == 0 && c.Has(k, kPrefixParticle) &&
          !c.Has(k, kTheophoric) && c.tok(k + 1).kind == TokenKind::kWord &&
          c.info[k + 1].stripped == 0 &&
          !c.Has(k + 1, kStop | kPunct | kNumber | kReporting | kHead | kPrefixParticle) &&
          !c.info[k + 1].facts.function_word && Letters(c.tok(k + 1).key) >= 3) {
        j = k + 2;
      }
      // "مدينة ليل الفرنسية" (the French city of Lille), "قرية قاح الحدودية"
      // (the border village of Qah): after a town's or an area's head in the
      // construct state, one or two words without the article and then a
      // relative adjective with it that agrees with the head. The adjective
      // is definite, so the words between are a proper name, whatever the
      // word list reads in them; the adjective describes and stays out.
      if (j == k && h.type == EntityType::kLocation && (h.settlement || h.written) && !h.list &&
          !definite) {
        // "منطقة لامو الساحلية": a first word that only looks like ل/ب/ك +
        // a word, the whole of which the word list lacks, is read whole.
        const bool whole_first =
            c.info[k].stripped == 1 && c.tok(k).kind == TokenKind::kWord && lexicon_ &&
            !c.tok(k).key.starts_with(kLiL) && !c.Has(k, kDefinite) &&
            !lexicon_->Contains(c.tok(k).key) &&
            (c.tok(k).key.starts_with("\xD9\x84") || c.tok(k).key.starts_with("\xD8\xA8") ||
             c.tok(k).key.starts_with("\xD9\x83"));
        // "مدينة باري الإيطالية" (the Italian city of Bari): a word in ي
        // after a feminine head is no adjective of it, which would end in ية.
        const bool feminine_head = c.doc.Slice(c.tok(i).span).ends_with("\xD8\xA9");
        auto nisba_name = [&](uint32_t t) {
          return feminine_head && !c.Has(t, kGentilic) &&
                 c.doc.Slice(c.tok(t).span).ends_with("\xD9\x8A");
        };
        uint32_t a = k;
        while (
            a < end && a < k + 2 && c.Free(a) && c.tok(a).kind == TokenKind::kWord &&
            (c.info[a].stripped == 0 || (a == k && whole_first)) &&
            !c.info[a].facts.function_word && !c.info[a].facts.tanwin &&
            !c.info[a].facts.participle && c.info[a].facts.title_node < 0 &&
            !c.Has(a, kDefinite | kStop | kPunct | kNumber | kReporting | kHead | kVerbLike |
                          kDemonstrative | kGentilic | kModifier | kDirection | kComplementNoun) &&
            (!c.Has(a, kNisba) || nisba_name(a)) && Letters(c.tok(a).key) >= 3 &&
            !c.tok(a).key.starts_with("\xD9\x88") && !EndsWithPronoun(c.doc.Slice(c.tok(a).span)))
          ++a;
        const std::string_view adj = a < end ? c.doc.Slice(c.tok(a).span) : std::string_view();
        // "منطقة خاضعة للحماية" (an area under protection): "لل" is the
        // preposition ل and the article, no adjective.
        if (a > k && a < end && c.Free(a) && c.info[a].stripped == 0 && c.Has(a, kDefinite) &&
            adj.starts_with("\xD8\xA7\xD9\x84") && c.Has(a, kNisba) &&
            !c.Has(a, kStop | kModifier) && !c.info[a].facts.participle &&
            !c.info[a].facts.function_word && !direction_adjective(a) &&
            (adj.ends_with("\xD9\x8A") || adj.ends_with("\xD9\x8A\xD8\xA9")) &&
            adj.ends_with("\xD8\xA9") == c.doc.Slice(c.tok(i).span).ends_with("\xD8\xA9")) {
          j = a;
          if (c.info[k].stripped > 0) {
            c.info[k].stripped = 0;
            c.info[k].word = c.tok(k).key;
          }
        }
      }
      // "مدينة بريزبن" (Brisbane), "مدينة لافايت": after a place's head in
      // the construct state a word that only looks like ب or ل + a word the
      // word list lacks is the place's name, its first letter included.
      if (j == k && h.type == EntityType::kLocation && !h.list && !definite && c.Free(k) &&
          lexicon_ && c.tok(k).kind == TokenKind::kWord && c.info[k].stripped == 1 &&
          (c.tok(k).key.starts_with("\xD8\xA8") || c.tok(k).key.starts_with("\xD9\x84")) &&
          !c.tok(k).key.starts_with(kLiL) && !lexicon_->Contains(c.tok(k).key) &&
          !lexicon_->Contains(c.info[k].word) && !KnownArabic(c.info[k].word) &&
          !c.info[k].facts.function_word && Letters(c.tok(k).key) >= 5 &&
          !c.Has(k, kStop | kGiven | kHead | kGentilic | kReporting | kDefinite | kNumber | kPunct |
                        kLexicon)) {
        j = k + 1;
        // The word is read whole from here on: the name again elsewhere is
        // "لافايت", not "افايت".
        c.info[k].stripped = 0;
        c.info[k].word = c.tok(k).key;
      }
      if (j == k) continue;
      if (h.type == EntityType::kLocation && j == k + 1 && c.Has(k, kDefinite) &&
          direction_adjective(j)) {
        ++j;
      }
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
  // "عبدالله محمد- سبق- الرياض:" (a reporter, the paper, the city): the
  // byline that opens the article names its own paper by its bare name,
  // which may be a common word too ("سبق", preceded), set off by a dash or a
  // colon.
  // The publisher as the knowledge base knows it, or by its Arabic name alone
  // ("المدينة"), unlinked.
  // Only a record that has the publisher's very name: the looser readings of
  // a name ("المدينة" spelt like "الميادين") would name another outlet.
  auto latin = [](std::string_view s) {
    std::string out;
    for (const char ch : s) {
      if (std::isalnum(static_cast<unsigned char>(ch)))
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
    return out;
  };
  const bool arabic_publisher = !c.doc.publisher.empty() &&
                                static_cast<unsigned char>(c.doc.publisher[0]) >= 0xD8 &&
                                static_cast<unsigned char>(c.doc.publisher[0]) <= 0xDB;
  // The record of the publisher's own paper and the bare words of its name,
  // once per publisher and thread: the lookups cost more than the rest of
  // the pass.
  struct OwnPaper {
    int32_t own = -1;
    std::vector<std::string> words;
  };
  thread_local uint64_t cache_generation = 0;
  thread_local std::unordered_map<std::string, OwnPaper> cache;
  if (cache_generation != generation_ || cache.size() > 4096) {
    cache.clear();
    cache_generation = generation_;
  }
  auto [paper, fresh] = cache.try_emplace(c.doc.publisher);
  if (fresh) {
    int32_t own = c.doc.publisher.empty() ? -1 : OutletNamed(c.doc.publisher);
    if (own >= 0) {
      const KbEntity& k = kb_.entities()[own];
      const std::string key = text::MatchKey(c.doc.publisher), plain = latin(c.doc.publisher);
      auto named = [&](const std::string& a) {
        const std::string ak = text::MatchKey(a);
        if (ak == key || (!plain.empty() && latin(a) == plain)) return true;
        for (const std::string& h : t_.outlet_heads) {
          if (ak == text::MatchKey(h + " " + c.doc.publisher)) return true;
        }
        return false;
      };
      if (!named(k.name_ar) && !named(k.name_en) &&
          std::none_of(k.aliases_ar.begin(), k.aliases_ar.end(), named) &&
          std::none_of(k.aliases_en.begin(), k.aliases_en.end(), named))
        own = -1;
    }
    std::vector<std::string> words;
    if (own >= 0 || arabic_publisher) {
      // The paper's name without its head ("صحيفة") and without its
      // country's gentilic ("الوطن السعودية" -> "الوطن").
      {
        std::string_view rest = own >= 0 ? std::string_view(kb_.entities()[own].name_ar)
                                         : std::string_view(c.doc.publisher);
        while (!rest.empty()) {
          const size_t sp = rest.find(' ');
          words.push_back(text::MatchKey(rest.substr(0, sp)));
          rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
        }
      }
      if (!words.empty() &&
          std::any_of(t_.outlet_heads.begin(), t_.outlet_heads.end(),
                      [&](const std::string& h) { return text::MatchKey(h) == words[0]; }))
        words.erase(words.begin());
      if (words.size() > 1 && kb_.AdjectiveIndex(words.back()) >= 0) words.pop_back();
    }
    paper->second = OwnPaper{own, std::move(words)};
  }
  const int32_t own = paper->second.own;
  const std::vector<std::string>& words = paper->second.words;
  if (own >= 0 || arabic_publisher) {
    auto add_own_paper = [&](uint32_t b, uint32_t e) {
      Cand cand;
      cand.tb = b;
      cand.te = e;
      cand.type = EntityType::kOrganization;
      cand.outlet = true;
      cand.kb = own;
      cand.source = MentionSource::kKb;
      c.Add(std::move(cand));
    };
    // The body's first line, after the title's.
    const std::string_view text = c.doc.text;
    const size_t line = text.find('\n');
    const uint32_t n = static_cast<uint32_t>(c.doc.tokens.size());
    uint32_t t = 0;
    while (line != std::string_view::npos && t < n && c.tok(t).span.begin <= line) ++t;
    while (t < n && c.tok(t).kind == TokenKind::kPunct) ++t;
    const size_t line_end =
        line == std::string_view::npos || t >= n ? 0 : text.find('\n', c.tok(t).span.begin);
    auto dash = [&](uint32_t k) { return k < n && (IsDash(c.tok(k).key) || c.tok(k).key == ":"); };
    for (uint32_t k = t; !words.empty() && k < t + 12 && k + words.size() <= n; ++k) {
      if (line_end != std::string_view::npos && c.tok(k).span.begin > line_end) break;
      bool same = true;
      for (size_t w = 0; w < words.size() && same; ++w)
        same = c.Free(k + w) && c.info[k + w].stripped == 0 && c.tok(k + w).key == words[w];
      const uint32_t e = k + static_cast<uint32_t>(words.size());
      if (!same || !(dash(e) && (k == t || dash(k - 1)))) continue;
      add_own_paper(k, e);
      break;
    }
    // «وعلمت "الوطن"», «قال لـ"الوطن"» (the paper learnt, told the paper):
    // the paper's bare name between quotes anywhere in its own article is
    // the paper itself.
    for (uint32_t k = 1; !words.empty() && k + words.size() < n; ++k) {
      const uint32_t e = k + static_cast<uint32_t>(words.size());
      if (!c.Has(k - 1, kQuote) || !c.Has(e, kQuote)) continue;
      bool same = true;
      for (size_t w = 0; w < words.size() && same; ++w)
        same = c.info[k + w].stripped == 0 && c.tok(k + w).key == words[w];
      if (!same) continue;
      const int32_t o = c.owner[k];
      // «لـ»المدينة»» in Al-Madina: the paper, not the city of the same name.
      if (o >= 0 && c.cands[o].tb == k && c.cands[o].te == e && c.cands[o].stripped == 0 &&
          ((c.cands[o].kb < 0 && c.cands[o].type == EntityType::kOrganization) ||
           c.cands[o].type == EntityType::kLocation)) {
        c.cands[o].type = EntityType::kOrganization;
        c.cands[o].kb = own;
        c.cands[o].outlet = true;
        c.cands[o].source = MentionSource::kKb;
      } else if (c.FreeRange(k, e)) {
        add_own_paper(k, e);
      }
    }
  }
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

// Whether the words from `close` on (the closing quote after "لـ" + a name)
// go on with what was said to that name: "إن"/"أن" (that) or ":", perhaps
// after a comma, or "عن" (about) after a reporting verb earlier in the
// sentence ("كشف مسؤول لـ«الوطن» عن").
bool EntityAnnotator::SpokenTo(const Ctx& c, uint32_t close, uint32_t end) const {
  uint32_t k = close + 1;
  if (k < end && c.Has(k, kComma)) ++k;
  if (k >= end) return false;
  const std::string_view key = c.tok(k).key;
  // "بأن" (that) after ب, as "أن" alone.
  if ((key == kAn && c.info[k].stripped == 0) || key == ":" ||
      (key.size() == kAn.size() + 2 && key.starts_with("\xD8\xA8") && key.ends_with(kAn))) {
    return true;
  }
  if (key != "\xD8\xB9\xD9\x86" || k != close + 1) return false;  // عن
  for (uint32_t b = close; b-- > 0 && b + 12 > close;) {
    if (c.Has(b, kHardPunct)) break;
    if (c.Has(b, kReporting)) return true;
  }
  return false;
}

// The knowledge base's outlet whose name is `name`, alone or after an
// outlet's head ("صحيفة الشرق الأوسط" for "الشرق الأوسط"), -1 if none.
int32_t EntityAnnotator::OutletNamed(std::string_view name) const {
  auto outlet = [&](std::string_view full) -> int32_t {
    for (const KbEntity* e : kb_.FindByName(full)) {
      if (e->kind == "media" || e->kind == "news-agency") return kb_.IndexOf(e->id);
    }
    return -1;
  };
  int32_t found = outlet(name);
  for (size_t h = 0; found < 0 && h < t_.outlet_heads.size(); ++h) {
    found = outlet(t_.outlet_heads[h] + " " + std::string(name));
  }
  return found;
}

// Whether a quote opening with the word of key `key` is a clause: a personal
// pronoun or a particle of negation or assertion, maybe after و or ف ("هي
// قراءتنا", it is our reading; "ولا يدخن", and does not smoke).
static bool ClauseOpener(std::string_view key) {
  static constexpr std::string_view kOpeners[] = {
      "\xD9\x87\xD9\x88",          // هو
      "\xD9\x87\xD9\x8A",          // هي
      "\xD9\x87\xD9\x85",          // هم
      "\xD9\x87\xD9\x86",          // هن
      "\xD9\x86\xD8\xAD\xD9\x86",  // نحن
      "\xD8\xA7\xD9\x86\xD8\xA7",  // انا
      "\xD8\xA7\xD9\x86\xD8\xAA",  // انت
      "\xD9\x84\xD8\xA7",          // لا
      "\xD9\x84\xD9\x8A\xD8\xB3",  // ليس
      "\xD9\x82\xD8\xAF",          // قد
      "\xD9\x84\xD9\x82\xD8\xAF",  // لقد
  };
  for (int strip = 0; strip < 2; ++strip) {
    for (std::string_view o : kOpeners) {
      if (key == o) return true;
    }
    if (!key.starts_with("\xD9\x88") && !key.starts_with("\xD9\x81")) break;  // و ف
    key.remove_prefix(2);
  }
  return false;
}

void EntityAnnotator::FindQuoted(Ctx& c) const {
  // An outlet named by the quoted words [b, e) (no knowledge-base record yet).
  auto add_outlet = [&c](uint32_t b, uint32_t e) {
    Cand cand;
    cand.tb = b;
    cand.te = e;
    cand.type = EntityType::kOrganization;
    cand.outlet = true;
    c.Add(std::move(cand));
  };
  const auto& tokens = c.doc.tokens;
  // Which quote marks open a quotation, so that the closing mark of «حزب
  // الله» opens nothing («حزب الله» وإيران في لبنان» is no quoted "وإيران في
  // لبنان"). The spacing says it first: a mark with a space before it and a
  // word after it opens, one with a word before it and a space or stop after
  // it closes (if a quotation is open). Otherwise "«" opens, "»" closes and
  // the other marks alternate
  // within the sentence (a full stop inside «إم. بي. سي» does not end it for
  // the spacing).
  const std::string_view text = c.doc.text;
  auto space_at = [&](size_t b) {
    if (b >= text.size()) return true;
    const char ch = text[b];
    return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '.' || ch == ',' ||
           ch == ':' || ch == ')' || ch == '(' || text.substr(b).starts_with("\xD8\x8C") ||
           text.substr(b).starts_with("\xD8\x9B");  // ، ؛
  };
  std::vector<uint8_t> opens(tokens.size(), 0);
  bool open = false;
  for (uint32_t k = 0; k < tokens.size(); ++k) {
    if (k == 0 || c.sent_end[k] != c.sent_end[k - 1]) open = false;
    if (!c.Has(k, kQuote)) continue;
    const Span sp = tokens[k].span;
    const bool before = sp.begin == 0 || space_at(sp.begin - 1);
    const bool after = space_at(sp.end);
    const std::string_view key = tokens[k].key;
    if (before && !after) {
      open = true;
    } else if (!before && after && open) {
      open = false;
    } else if (!before && after) {
      open = true;  // 'موقع" Wall Street"': nothing is open for it to close
    } else if (key == "\xC2\xAB") {
      open = true;
    } else if (key == "\xC2\xBB") {
      open = false;
    } else {
      open = !open;
    }
    opens[k] = open;
  }
  for (uint32_t q = 1; q + 2 < tokens.size(); ++q) {
    if (!c.Has(q, kQuote) || !opens[q]) continue;
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
    // «هي قراءتنا» (it is our reading): nor is a quote that opens with a
    // pronoun or a particle; «1.2» (a figure the writer quotes) has no word
    // at all.
    bool clause = c.Free(q + 1) && ClauseOpener(c.tok(q + 1).key);
    bool word = false;
    for (uint32_t k = q + 1; k < close; ++k) {
      const std::string_view key = c.tok(k).key;
      clause = clause || (c.info[k].stripped == 0 &&
                          (key == kLan || key == kLam || key == kAn || key == kKay));
      word = word || c.tok(k).kind == TokenKind::kWord || c.tok(k).kind == TokenKind::kLatin;
    }
    clause = clause || !word;
    if (clause) {
      q = close;
      continue;
    }
    // «القاعدة» (al-Qaeda; the word is also "the base"), «المراعي»: one
    // quoted word with the article that a group's or a company's head before
    // it makes a known body's name (تنظيم القاعدة، شركة المراعي) names that
    // body; the quotes mark the common word a name.
    if (close == q + 2 && c.Free(q + 1) && c.info[q + 1].stripped == 0 &&
        c.tok(q + 1).kind == TokenKind::kWord && c.Has(q + 1, kDefinite) &&
        !c.Has(q + 1, kGentilic | kStop)) {
      const std::string_view surface = c.doc.Slice(c.tok(q + 1).span);
      int32_t body = -1;
      const AliasMatcher& matcher = kb_.matcher();
      for (const NerTables::GroupHead& gh : t_.group_heads) {
        int32_t node = matcher.Step(AliasMatcher::kRoot, gh.key);
        if (node >= 0) node = matcher.Step(node, c.tok(q + 1).key);
        if (node < 0) continue;
        // The record's own name, no looser reading of it nor a shortened
        // alias: «الدولة» is "the state" as often as "تنظيم الدولة".
        for (const AliasHit& hit : matcher.Hits(node)) {
          const KbEntity& e = kb_.entities()[hit.entity];
          if (e.type == EntityType::kOrganization &&
              e.name_ar.size() == gh.written.size() + 1 + surface.size() &&
              e.name_ar.starts_with(gh.written) && e.name_ar.ends_with(surface) &&
              e.name_ar[gh.written.size()] == ' ') {
            body = static_cast<int32_t>(hit.entity);
            break;
          }
        }
        if (body >= 0) break;
      }
      if (body >= 0) {
        Cand cand;
        cand.tb = q + 1;
        cand.te = close;
        cand.type = EntityType::kOrganization;
        cand.kb = body;
        cand.source = MentionSource::kKb;
        c.Add(std::move(cand));
        q = close;
        continue;
      }
    }
    // صحيفتي «الأولى» و«الشارع»: a quoted name joined by و to a quoted
    // outlet's name is another outlet of the list.
    if (q >= 3 && close <= q + 3 && c.tok(q - 1).key == "\xD9\x88" && c.Has(q - 2, kQuote) &&
        c.FreeRange(q + 1, close) && c.tok(q + 1).kind == TokenKind::kWord) {
      const int32_t prev = c.owner[q - 3];
      const Cand* pc = prev >= 0 ? &c.cands[prev] : nullptr;
      const bool outlet =
          pc && pc->te == q - 2 && pc->type == EntityType::kOrganization &&
          (pc->outlet || (pc->tb >= 2 && c.Has(pc->tb - 1, kQuote) && c.info[pc->tb - 2].head &&
                          c.info[pc->tb - 2].head->outlet));
      if (outlet) {
        add_outlet(q + 1, close);
        q = close;
        continue;
      }
    }
    // «الروضة والريان والواحة» (after حي): a list of names, not one.
    bool joined_in_quote = false;
    for (uint32_t k = q + 2; k < close; ++k) {
      joined_in_quote =
          joined_in_quote || (c.info[k].stripped > 0 && c.tok(k).key.starts_with("\xD9\x88"));
    }
    // A head at most three words before the quote: موقع آخر، هو "...". A verb
    // between makes the quote its object: للتنظيم سيساعد على خلق "منطقة آمنة".
    const Head* head = nullptr;
    uint32_t head_at = 0;
    // So does "أن"/"إن" with or without a pronoun ("السنة والجماعة بأنهم
    // "..."", the Sunnis, that they are "..."): a clause starts there.
    for (uint32_t b = q; b-- > 0 && b + 4 >= q;) {
      if (c.Has(b, kHardPunct | kVerbLike)) break;
      // "مدرسة دمرت "جزئيا أو كليا"" (schools destroyed "partly or wholly"):
      // a verb in the perfect with the feminine ت, too.
      if (c.info[b].stripped == 0 && !c.info[b].head && !c.Has(b, kDefinite) &&
          PerfectFeminine(c.info[b].word)) {
        break;
      }
      if (c.info[b].word.starts_with(kAn) && Letters(c.info[b].word) <= 5) {
        const std::string_view rest = c.info[b].word.substr(kAn.size());
        if (rest.empty() || rest == "\xD9\x87" || rest == "\xD9\x87\xD8\xA7" ||
            rest == "\xD9\x87\xD9\x85" || rest == "\xD9\x87\xD9\x85\xD8\xA7" ||
            rest == "\xD9\x86\xD8\xA7") {
          break;
        }
      }
      // "مركز ماليزيا في اللائحة «بشكل غير منصف»" (Malaysia's place in the
      // list, "unfairly"), "موقع عسكري وتعتبرها «أكاذيب»" (and considers
      // them "lies"): "في" or a word with an attached pronoun between a head
      // and the quote ends the head's phrase; the quote is no name of it.
      // "ليست «قناة» بل «تفريعة»" (not a "canal" but a "branch"): a head
      // inside a quote of its own names nothing after it.
      if (c.Has(b, kQuote)) break;
      // "عن طريق «الدعابة»" (by way of "joking"): a head inside a fixed
      // expression is an ordinary word, as in FindHeads.
      if (c.Has(b, kIdiom)) break;
      // A definite quote may still be a name, the verb's subject: "أسئلة
      // أرسلها «المرصد المغاربي»" (questions "al-Marsad" sent).
      if (!c.info[b].head && !c.Has(q + 1, kDefinite) &&
          ((c.info[b].word == kFi && c.info[b].stripped == 0) ||
           HasPossessiveEnding(c.info[b].word) || PluralWithPronoun(c.info[b].word))) {
        break;
      }
      // A place head takes a quote right after it: قرية «المشيك»; so does a
      // landmark's (جبل «صبر»، حي «نوتنغ هيل غيت»), not before a verb
      // (جبل "يعتزل الفتنة", a mountain that "keeps out of strife").
      const Head* bh = c.info[b].head;
      // Names of several places in the quote («ليبيا الجزائر مالي» after
      // مثلث, a triangle) are no one name.
      const bool landmark_quote = bh && bh->landmark && !c.Has(b, kDefinite) &&
                                  !c.Has(q + 1, kVerbLike) && !joined_in_quote &&
                                  (c.FreeRange(q + 1, close) ||
                                   (c.owner[q + 1] >= 0 && c.cands[c.owner[q + 1]].tb == q + 1 &&
                                    c.cands[c.owner[q + 1]].te == close));
      // A facility's head that is part of its name names the quote right
      // after it ("طريق «غوبلن»"); one a word or more before it ("طريق الملك
      // عبدالله الدائري «الضلع الشرقي»", "طريق حصول «معاذ»") is described by
      // the quote, or governs another noun that the quote goes with. A
      // ship's head, no part of the name, is not ("سفينة الشحن «روبيمار»").
      if (bh && bh->type == EntityType::kFacility && bh->mode == HeadMode::kFull && b + 1 != q)
        break;
      // "طريق الملك عبدالله الدائري «الضلع الشرقي»": a numbered facility's
      // head with the article is named by its ordinal, and a quote after it
      // describes it.
      if (bh && bh->type == EntityType::kFacility && bh->number && c.Has(b, kDefinite)) break;
      if (bh && (bh->type != EntityType::kLocation ||
                 (b + 1 == q && (bh->mode == HeadMode::kName || landmark_quote)))) {
        head = c.info[b].head;
        head_at = b;
        break;
      }
    }
    // "منظومة الحركة الشعبية بـ«رجل المهام الصعبة»" (the man of hard tasks):
    // a definite head whose name is its own complement is named already; a
    // quote further on is something else.
    // Adjectives alone between them leave the quote the name, a short one
    // with a word the word list does not know: "المصرف التاريخي «ساتاندر»",
    // "الشركة الألمانية «سيمنز»"; not a quoted clause.
    bool adjectives_only = head != nullptr && close <= q + 4;
    // The quote opens with the unknown word: «الاحتجاج قوبل بالرفض» is a
    // clause whatever its verb.
    const uint32_t first = q + 1;
    adjectives_only = adjectives_only &&
                      (c.tok(first).kind == TokenKind::kLatin ||
                       (c.tok(first).kind == TokenKind::kWord && !c.Has(first, kLexicon | kStop) &&
                        !c.info[first].facts.key_known && !KnownArabic(c.info[first].word)));
    for (uint32_t k = head_at + 1; adjectives_only && k < q; ++k) {
      adjectives_only = c.info[k].stripped == 0 && c.Has(k, kDefinite) &&
                        c.Has(k, kNisba | kGentilic) && !c.info[k].facts.participle &&
                        !c.Has(k, kStop);
    }
    if (head && head->mode == HeadMode::kFull && c.Has(head_at, kDefinite) && head_at + 1 < q &&
        !adjectives_only) {
      head = nullptr;
    }
    // "دمر طيران التحالف «عربة كاتيوشا»" (the coalition's aircraft destroyed
    // a "Katyusha vehicle"): a definite head that is the genitive of the noun
    // before it ends that phrase; the quote is the verb's object.
    if (head && head->mode == HeadMode::kFull && c.Has(head_at, kDefinite) && head_at + 1 == q &&
        head_at > 0 && c.info[head_at].stripped == 0 && c.Free(head_at - 1) &&
        c.tok(head_at - 1).kind == TokenKind::kWord && c.info[head_at - 1].stripped == 0 &&
        c.Has(head_at - 1, kLexicon) &&
        !c.Has(head_at - 1, kDefinite | kStop | kReporting | kPunct | kNumber)) {
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
    // «نجاحه» (his success): a quoted noun with a pronoun is a word quoted.
    if (close == q + 2 && c.info[q + 1].stripped == 0 &&
        (HasPossessiveEnding(c.info[q + 1].word) || PronounSuffixed(c, q + 1))) {
      q = close;
      continue;
    }
    // «تعسفي» (arbitrary), "ينخر" (gnaws): a quoted indefinite adjective or
    // a verb in the third person is a word quoted, not a name ("تداول", a
    // platform, looks like a verb too), unless an outlet's head in the
    // construct state names it: صحيفة «أساهي».
    // «خبرا عاجلا» (breaking news): a quoted phrase opening with tanwin is
    // indefinite, no name either.
    // "35 هدفا سريا" (35 secret targets): so is one with tanwin further in.
    bool indefinite = false;
    for (uint32_t k = q + 1; k < close; ++k) indefinite = indefinite || c.info[k].facts.tanwin;
    if (!(head && head->outlet && head_at + 1 == q && !c.Has(head_at, kDefinite)) && indefinite) {
      q = close;
      continue;
    }
    // لائحة تضم "35 هدفا سريا" (a list of "35 secret targets"): a quote that
    // opens with a number is a count, unless a head right before names it
    // (حركة «6 أبريل»).
    if (c.Has(q + 1, kNumber) && !(head && head_at + 1 == q)) {
      q = close;
      continue;
    }
    // "قيادة أي «خلافة»" (leading any "caliphate"): after "أي" (any) or
    // "كل" (every) the quoted word is a common noun of its kind.
    if (c.info[q - 1].stripped == 0 &&
        (c.tok(q - 1).key == "\xD8\xA7\xD9\x8A" || c.tok(q - 1).key == "\xD9\x83\xD9\x84")) {
      q = close;
      continue;
    }
    // A facility's head in the construct state names the word after it,
    // however it ends: استاد «ويمبلي», مستشفى «بهية».
    const bool facility_named = head && head_at + 1 == q && !c.Has(head_at, kDefinite) &&
                                head->type == EntityType::kFacility && !head->ambiguous;
    if (close == q + 2 &&
        !(head && head->outlet && head_at + 1 == q && !c.Has(head_at, kDefinite)) &&
        (c.info[q + 1].facts.tanwin ||
         (c.Has(q + 1, kLexicon) && c.Has(q + 1, kNisba) && !c.Has(q + 1, kDefinite) &&
          !facility_named) ||
         (c.Has(q + 1, kVerbLike) && !c.Has(q + 1, kGiven) &&
          c.tok(q + 1).key.starts_with("\xD9\x8A")))) {
      continue;
    }
    // "هيئة الشباب والرياضة “صدمت” بقرار" (the authority was "shocked"), "…
    // “مواصفات”": one quoted verb, or one feminine or plural word of the
    // language, without the article, after a body already named with its
    // complement is the writer's emphasis, not the body's name (that follows
    // its head: حركة «فتح»). Another known word stays a name there: the
    // acronym after a full name ("مؤسسة النقد العربي السعودي «ساما»"), a
    // ship's ("سفينة الشحن «أورال»").
    if (close == q + 2 && head && head_at + 1 < q && c.tok(q + 1).kind == TokenKind::kWord &&
        c.info[q + 1].stripped == 0 && !c.Has(q + 1, kDefinite | kGiven) && c.Free(q + 1)) {
      const std::string_view w = c.info[q + 1].word;
      const bool verb = c.Has(q + 1, kVerbLike) || PerfectFeminine(w);
      const bool feminine_or_plural =
          c.Has(q + 1, kLexicon) &&
          (w.ends_with("\xD9\x87") || w.ends_with("\xD8\xA7\xD8\xAA"));  // ة ات
      if (verb || feminine_or_plural) {
        q = close;
        continue;
      }
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
    // "لـ" and before what was said is the outlet spoken to. A region's name
    // there ("لـ«الشرق الأوسط»") is the newspaper named after it: nobody
    // speaks to a region.
    if (!head && close <= q + 4 && close + 1 < end && c.tok(q - 1).key == "\xD9\x84" &&
        c.tok(q + 1).kind == TokenKind::kWord && !c.Has(q + 1, kStop | kVerbLike) &&
        SpokenTo(c, close, end)) {
      const int32_t o = c.owner[q + 1];
      if (c.FreeRange(q + 1, close) && close <= q + 3) {
        add_outlet(q + 1, close);
        q = close;
        continue;
      }
      // A capital's name is the outlet's only where an outlet bears it
      // ("لـ«الرياض»", the Riyadh daily); a state's stands for the state.
      const int32_t named =
          OutletNamed(c.doc.Slice(Span{c.tok(q + 1).span.begin, c.tok(close - 1).span.end}));
      if (o >= 0 && c.cands[o].tb == q + 1 && c.cands[o].te == close &&
          c.cands[o].type == EntityType::kLocation && c.cands[o].kb >= 0 &&
          kb_.entities()[c.cands[o].kb].kind != "country" &&
          (kb_.entities()[c.cands[o].kb].kind != "capital" || named >= 0)) {
        Cand& cand = c.cands[o];
        cand.kb = named;
        cand.type = EntityType::kOrganization;
        cand.source = cand.kb >= 0 ? MentionSource::kKb : MentionSource::kPattern;
        cand.outlet = true;
        cand.key.clear();
        q = close;
        continue;
      }
    }
    // Elsewhere a place's name in quotes may be the outlet named after it.
    const int32_t place = c.owner[q + 1];
    if (!head && close <= q + 3 && close + 1 < end && place >= 0 && c.cands[place].tb == q + 1 &&
        c.cands[place].te == close && c.cands[place].type == EntityType::kLocation) {
      const int32_t outlet =
          OutletNamed(c.doc.Slice(Span{c.tok(q + 1).span.begin, c.tok(close - 1).span.end}));
      // "علمت «الشرق الأوسط»", "حصلت «الشرق الأوسط» على نسخة", "كابل -
      // «الشرق الأوسط»:": a place's name in quotes that an outlet also bears
      // is the outlet, unless a preposition of place or a direction puts
      // something there ("في «الشرق الأوسط»"). A one-word name in quotes is
      // as often the place stressed ("ثقافة «القوقاز»").
      const bool quoted_outlet = outlet >= 0 && close >= q + 3 &&
                                 !(c.info[q - 1].word == kFi || c.Has(q - 1, kDirection) ||
                                   t_.place_prepositions.contains(c.info[q - 1].word) ||
                                   c.tok(q - 1).key.starts_with("\xD8\xA8"));  // ب
      if (quoted_outlet) {
        Cand& o = c.cands[place];
        o.type = EntityType::kOrganization;
        o.outlet = true;
        o.kb = outlet;
        o.source = outlet >= 0 ? MentionSource::kKb : MentionSource::kPattern;
        o.key.clear();
        q = close;
        continue;
      }
    }
    if (!head) continue;
    // «X» و«Y» written with straight quotes pairs the closing quote of X
    // with the opening one of Y: what lies between, a lone "و", is no name.
    if (close == q + 2 && Letters(c.tok(q + 1).key) < 2) continue;
    if (!c.FreeRange(q + 1, close)) {
      int32_t o = c.owner[q + 1];
      if (o >= 0 && c.cands[o].tb == q + 1 && c.cands[o].te == close) {
        // A quoted place after an organisation head is the organisation's name.
        // A district's head names the place itself: مديرية «صرواح».
        if (c.cands[o].type == EntityType::kLocation && head->type == EntityType::kOrganization &&
            !(head->district && head_at + 1 == q)) {
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
    // "«ويمبلي»" read as و + a word: the quoted name is the word whole, and
    // so it is found again elsewhere ("ويمبلي", not "يمبلي").
    if (close == q + 2 && c.info[q + 1].stripped > 0 && facility_named) {
      c.info[q + 1].stripped = 0;
      c.info[q + 1].word = c.tok(q + 1).key;
    }
    Cand cand;
    cand.tb = q + 1;
    cand.te = close;
    // مديرية «صرواح»: a district's head right before the quote names a place.
    cand.type = head->district && head_at + 1 == q ? EntityType::kLocation : head->type;
    // "محطة «الوطن» التلفزيونية" (the al-Watan television station): after a
    // facility's name, an adjective made from a broadcaster's head says the
    // station is the outlet, an organisation.
    if (head->type == EntityType::kFacility && close + 1 < end && c.Free(close + 1) &&
        c.info[close + 1].stripped == 0 && c.Has(close + 1, kDefinite) &&
        c.Has(close + 1, kNisba)) {
      std::string_view w = DropAl(c.info[close + 1].word);
      if (w.ends_with(kYaHa)) w.remove_suffix(kYaHa.size());
      std::string stem(w);
      auto it = t_.heads.find(stem);
      if (it == t_.heads.end()) it = t_.heads.find(stem + "\xD9\x87");  // إذاعية -> إذاعة
      if (it != t_.heads.end() && it->second.type == EntityType::kOrganization &&
          (it->second.outlet || (it->second.mode == HeadMode::kFull && !it->second.weak &&
                                 !it->second.national && !it->second.person))) {
        cand.type = EntityType::kOrganization;
        cand.outlet = true;
      }
    }
    c.Add(std::move(cand));
    q = close;
  }
}

// Places listed after a place: "منطقتي البوعلوان والزنكورة", "قرية السلامية
// وجبل عكد والحميراء". A word with the article joined by و right after a
// place, which the word list does not know and which closes its phrase, is
// another place of the list.
void EntityAnnotator::FindPlaceConjuncts(Ctx& c) const {
  // "بمدينة عدن" (in the city of Aden), "قرية العوامية": a known place
  // after a head in the construct state that news writes as part of the
  // name (written in place_heads.tsv) is mentioned twice, with the head and
  // without it: annotators spell such a place either way. A head with the
  // article ("المدينة") or before a list ("منطقتي") stays out, and so does
  // one inside a longer name ("شرطة منطقة الرياض" keeps its own). So is a
  // new name ("منطقة العلم", the al-Alam area; "مدينة جعار"): the two
  // mentions name one entity (BuildEntities groups a new place with and
  // without such a head).
  const size_t known = c.cands.size();
  for (size_t ci = 0; ci < known; ++ci) {
    const Cand& cand = c.cands[ci];
    if (cand.dead || cand.nested || cand.type != EntityType::kLocation || cand.tb == 0 ||
        cand.stripped > 0) {
      continue;
    }
    const uint32_t h = cand.tb - 1;
    const Head* head = c.info[h].head;
    if (!head || !head->written || head->list || head->type != EntityType::kLocation ||
        !c.Free(h) || c.Has(h, kDefinite | kIdiom) || c.sent_end[h] != c.sent_end[cand.tb]) {
      continue;
    }
    Cand whole = cand;
    whole.tb = h;
    whole.stripped = c.info[h].stripped;
    c.cands[ci].nested = true;
    c.Add(std::move(whole));
  }
  // "مشعر منى", "محافظة الخبر": so is a town, a quarter or a mountain the
  // knowledge base knows only with such a head, its bare name being a word or
  // a given name too; after its head the bare name is the place. A bare name
  // the knowledge base gives to another record ("منطقة مكة المكرمة", the
  // province, and "مكة المكرمة", the city) stays that record's.
  const AliasMatcher& m = kb_.matcher();
  for (size_t ci = 0; ci < known; ++ci) {
    const Cand& cand = c.cands[ci];
    if (cand.dead || cand.kb < 0 || cand.type != EntityType::kLocation || cand.te < cand.tb + 2) {
      continue;
    }
    const std::string& kind = kb_.entities()[cand.kb].kind;
    if (kind != "city" && kind != "district" && kind != "mountain") continue;
    // "مخيم زمزم للنازحين" (the Zamzam camp for the displaced): a name that
    // says what the place is for is no bare name without its head.
    bool clitic = false;
    int32_t node = AliasMatcher::kRoot;
    for (uint32_t k = cand.tb + 1; k < cand.te; ++k) {
      clitic = clitic || (k > cand.tb + 1 &&
                          (c.info[k].stripped > 0 || c.doc.Slice(c.tok(k).span).starts_with(kLiL)));
      if (node >= 0) node = m.Step(node, c.tok(k).key);
    }
    if (clitic || (node >= 0 && !m.Hits(node).empty())) continue;
    const Head* head = c.info[cand.tb].head;
    if (!head || !head->written || head->list || head->type != EntityType::kLocation ||
        c.Has(cand.tb, kDefinite) || c.info[cand.tb + 1].stripped > 0 ||
        c.tok(cand.tb + 1).kind != TokenKind::kWord) {
      continue;
    }
    Cand bare = cand;
    bare.tb = cand.tb + 1;
    bare.stripped = 0;
    bare.nested = true;
    c.Add(std::move(bare));
  }
  if (!lexicon_) return;
  const uint32_t n = static_cast<uint32_t>(c.doc.tokens.size());
  // "كاتماندو عاصمة النيبال", "انسحبوا من الحوطة، عاصمة محافظة لحج": the
  // word before "عاصمة" (the capital of) and a known place is the capital's
  // name. A word of the language needs a preposition of place or a
  // direction before it too: "زار الوفد عاصمة اليمن" (the delegation
  // visited Yemen's capital) names no town.
  static constexpr std::string_view kCapitalOf = "\xD8\xB9\xD8\xA7\xD8\xB5\xD9\x85\xD9\x87";
  for (uint32_t i = 2; i + 1 < n; ++i) {
    if (c.tok(i).key != kCapitalOf || c.info[i].stripped != 0) continue;
    const int32_t of = c.owner[i + 1] >= 0 ? c.owner[i + 1] : i + 2 < n ? c.owner[i + 2] : -1;
    if (of < 0 || c.cands[of].type != EntityType::kLocation || c.cands[of].tb > i + 2 ||
        c.cands[of].tb <= i) {
      continue;
    }
    const uint32_t x = c.Has(i - 1, kComma) ? i - 2 : i - 1;
    const TokInfo& w = c.info[x];
    if (!c.Free(x) || c.tok(x).kind != TokenKind::kWord || w.stripped > 1 ||
        w.facts.function_word || w.facts.tanwin || w.facts.participle || w.facts.title_node >= 0 ||
        Letters(w.word) < 3 ||
        c.Has(x, kStop | kHead | kGentilic | kReporting | kNumber | kPunct | kDirection |
                     kVerbLike | kDemonstrative | kModifier | kGiven | kNisba | kIdiom) ||
        EndsWithPronoun(c.doc.Slice(c.tok(x).span)) || PerfectFeminine(w.word)) {
      continue;
    }
    // "في بشكك": ب cannot follow another preposition; the word is whole.
    const bool after_preposition =
        x > 0 && c.info[x - 1].stripped == 0 &&
        (c.info[x - 1].word == kFi || c.info[x - 1].word == kMin || c.info[x - 1].word == kIla);
    if (w.stripped == 1 && after_preposition && c.tok(x).key.starts_with("\xD8\xA8")) {
      c.info[x].stripped = 0;
      c.info[x].word = c.tok(x).key;
    }
    if (c.Has(x, kLexicon)) {
      const bool placed =
          x > 0 && ((w.stripped == 1 && c.tok(x).key.starts_with("\xD8\xA8")) ||
                    (w.stripped == 0 && (c.Has(x - 1, kDirection) || c.info[x - 1].word == kFi ||
                                         c.info[x - 1].word == kMin || c.info[x - 1].word == kIla ||
                                         t_.place_prepositions.contains(c.info[x - 1].word))));
      if (!placed) continue;
    }
    // "في بشكك، عاصمة قرغيزستان": a word that only looks like ب + a word
    // the word list lacks is the name whole.
    if (w.stripped == 1 && !c.Has(x, kLexicon) && !lexicon_->Contains(w.word) &&
        !KnownArabic(w.word)) {
      c.info[x].stripped = 0;
      c.info[x].word = c.tok(x).key;
    }
    c.AddSpan(x, x + 1, EntityType::kLocation);
  }
  // "في كليفلاند بولاية أوهايو" (in Cleveland, Ohio): after a preposition
  // of place, a word without the article the word list lacks that a larger
  // place locates (ب + a place's head, a direction and a place, في and a
  // place) is a place too, before the list of it below. With the article
  // such a word is mostly a plural the list lacks ("المشترين في آسيا").
  // The prepositions of place by token, for both loops below: 1 for في,
  // إلى and those of the table, 2 for من (the second loop leaves it out).
  std::vector<uint8_t> place_preposition(n, 0);
  for (uint32_t i = 0; i < n; ++i) {
    const std::string_view word = c.info[i].word;
    if (c.info[i].stripped != 0) continue;
    if (word == kMin) {
      place_preposition[i] = 2;
    } else if (word == kFi || word == kIla || t_.place_prepositions.contains(word)) {
      place_preposition[i] = 1;
    }
  }
  for (uint32_t i = 0; i + 2 < n; ++i) {
    const uint32_t k = i + 1;
    if (place_preposition[i] == 0 || !c.Free(k)) continue;
    const TokInfo& w = c.info[k];
    if (c.tok(k).kind != TokenKind::kWord || w.stripped != 0 || w.facts.function_word ||
        w.facts.tanwin || w.facts.participle || w.facts.title_node >= 0 ||
        Letters(c.tok(k).key) < 4 || c.tok(k).key.starts_with("\xD9\x88") ||
        c.Has(k, kLexicon | kStop | kGiven | kGivenForeign | kHead | kGentilic | kReporting |
                     kNumber | kPunct | kDirection | kVerbLike | kClitic | kIdiom | kDefinite) ||
        lexicon_->Contains(c.tok(k).key) || lexicon_->Contains(w.word) || KnownArabic(w.word) ||
        EndsWithPronoun(c.doc.Slice(c.tok(k).span)) || !LocatedAfter(c, k + 1, c.sent_end[k])) {
      continue;
    }
    c.AddSpan(k, k + 1, EntityType::kLocation);  // (no proclitic: checked above)
    ++i;
  }
  // "عبر الحرور وزنجبار" (through al-Hurur and Zinjibar): after a
  // preposition of place, a definite word and a town the knowledge base knows
  // joined to it by و, closing the phrase, are two places, an ordinary word
  // the first. Not after "من" ("من الرقة والجمال", of tenderness and beauty).
  for (uint32_t i = 0; i + 3 < n; ++i) {
    const uint32_t k = i + 1;
    if (place_preposition[i] != 1 || !c.Free(k)) continue;
    const TokInfo& w = c.info[k];
    if (c.tok(k).kind != TokenKind::kWord || w.stripped != 0 || !c.Has(k, kDefinite) ||
        w.facts.function_word || w.facts.participle || w.facts.title_node >= 0 ||
        Letters(c.tok(k).key) < 5 ||
        c.Has(k, kStop | kGiven | kHead | kGentilic | kNisba | kReporting | kNumber | kPunct |
                     kDirection | kVerbLike | kIdiom | kModifier) ||
        AdjectiveShape(c.doc.Slice(c.tok(k).span))) {
      continue;
    }
    const int32_t o = c.owner[k + 1];
    if (o < 0 || c.cands[o].tb != k + 1 || c.cands[o].type != EntityType::kLocation ||
        c.cands[o].kb < 0 || c.cands[o].stripped != 1 ||
        !c.doc.Slice(c.tok(k + 1).span).starts_with("\xD9\x88")) {
      continue;
    }
    const std::string& kind = kb_.entities()[c.cands[o].kb].kind;
    const uint32_t after = c.cands[o].te;
    if ((kind != "city" && kind != "district") ||
        !(after >= c.sent_end[k] || c.Has(after, kPunct | kStop | kDirection))) {
      continue;
    }
    c.AddSpan(k, k + 1, EntityType::kLocation);  // (no proclitic: checked above)
    ++i;
  }
  const size_t count = c.cands.size();
  for (size_t ci = 0; ci < count; ++ci) {
    if (c.cands[ci].dead || c.cands[ci].nested || c.cands[ci].type != EntityType::kLocation) {
      continue;
    }
    uint32_t e = c.cands[ci].te;
    // "منطقتي الحمرا والنقعة", "مناطق العزيزية والشعبين": after a dual or
    // plural place head the words joined are places too, ordinary words
    // among them.
    const uint32_t tb = c.cands[ci].tb;
    const bool listed = tb > 0 && c.info[tb - 1].head && c.info[tb - 1].head->list &&
                        c.info[tb - 1].head->type == EntityType::kLocation &&
                        c.cands[ci].stripped == 0;
    // "في لودر والضالع والحوطة،": the third of a list of places joined by و
    // is a place too, an ordinary word among them, when punctuation closes
    // the list.
    const int32_t before = tb > 0 ? c.owner[tb - 1] : -1;
    const bool third = before >= 0 && c.cands[before].te == tb &&
                       c.cands[before].type == EntityType::kLocation &&
                       c.doc.Slice(c.tok(tb).span).starts_with("\xD9\x88");
    // "في لودر والحوطة،" (in Lawdar and al-Hawta): a town the knowledge base
    // knows after a preposition of place, and one word joined to it by و
    // that closes the phrase, are two places, an ordinary word the second.
    bool pair = false;
    if (!listed && !third && before < 0 && c.cands[ci].kb >= 0 && c.cands[ci].stripped == 0 &&
        tb > 0 && c.info[tb - 1].stripped == 0 &&
        // Not after "من", which also takes what a thing is made of ("من
        // الرقة والجمال", of tenderness and beauty).
        (c.info[tb - 1].word == kFi || c.info[tb - 1].word == kIla ||
         t_.place_prepositions.contains(c.info[tb - 1].word))) {
      const std::string& kind = kb_.entities()[c.cands[ci].kb].kind;
      pair = kind == "city" || kind == "district";
    }
    // The word after و: the key drops a proclitic it could check, not one on
    // a word the word list lacks ("والزنكورة").
    auto after_wa = [&](uint32_t t) -> std::string_view {
      const std::string_view key = c.tok(t).key;
      if (!c.doc.Slice(c.tok(t).span).starts_with("\xD9\x88")) return {};
      return key.starts_with("\xD9\x88") ? key.substr(2) : key;
    };
    // "أقاليم لومبارديا وبيمونتي" (the regions of Lombardy and Piedmont):
    // after such a head a foreign name the word list lacks needs no article.
    // (Only after a first name without it: "محافظات المنطقة الشرقية،
    // وتمثلت" goes on with a verb.)
    auto named = [&](uint32_t t) {
      return after_wa(t).starts_with("\xD8\xA7\xD9\x84") ||
             (listed && !c.Has(tb, kDefinite) && c.info[t].stripped == 1 && !after_wa(t).empty() &&
              !lexicon_->Contains(after_wa(t)) && !c.Has(t, kLexicon | kDefinite));
    };
    // "في عامرية الفلوجة، والخالدية، والحبانية" (in Amiriyat al-Fallujah,
    // al-Khalidiya and al-Habbaniya): a comma may stand before the و of such
    // a list.
    auto skip_comma = [&](uint32_t t) {
      return (listed || third || pair) && t + 1 < n && c.Has(t, kComma) && c.Free(t + 1) &&
                     t + 1 < c.sent_end[t] && c.doc.Slice(c.tok(t + 1).span).starts_with("\xD9\x88")
                 ? t + 1
                 : t;
    };
    e = skip_comma(e);
    while (e < n && e < c.sent_end[e] && c.Free(e) && c.tok(e).kind == TokenKind::kWord &&
           named(e) && (listed || third || pair || !lexicon_->Contains(after_wa(e))) &&
           !c.info[e].facts.participle && !c.info[e].facts.function_word &&
           c.info[e].facts.title_node < 0 && !c.info[e].head &&
           !c.Has(e, kGiven | kStop | kGentilic | kReporting | kModifier | kDirection | kNumber |
                         kVerbLike) &&
           (listed || third || pair || !c.Has(e, kLexicon)) &&
           // "محافظات المنطقة الشرقية والمملكة": the kingdom, the republic
           // are the country, which coreference resolves.
           DropAl(after_wa(e)) != kKingdomKey && !t_.country_nouns.contains(DropAl(after_wa(e))) &&
           Letters(after_wa(e)) >= 5) {
      const uint32_t nx = e + 1;
      const bool closes =
          nx >= c.sent_end[e] || c.Has(nx, kPunct | kDirection) || c.info[nx].word == kFi ||
          c.doc.Slice(c.tok(nx).span).starts_with("\xD9\x88") || (listed && !c.Has(nx, kDefinite));
      if (!closes) break;
      const bool known = lexicon_->Contains(after_wa(e)) || c.Has(e, kLexicon);
      if (known && !listed && !(nx >= c.sent_end[e] || c.Has(nx, kPunct))) break;
      Cand cand;
      cand.tb = e;
      cand.te = nx;
      cand.stripped = 1;
      cand.type = EntityType::kLocation;
      c.Add(std::move(cand));
      e = skip_comma(nx);
      if (pair) break;  // two places only: a third is the rule above's
    }
  }
}

}  // namespace rased::ner::internal

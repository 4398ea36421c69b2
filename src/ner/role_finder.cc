// The entity stage: roles from titles before and after a name, chains of titles.
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

#include "ner/entity_annotator_internal.h"

namespace rased::ner::internal {

namespace {

constexpr std::string_view kAnPreposition = "\xD8\xB9\xD9\x86";  // عن

// What `key` (a folded key) says of a post, if anything (post_verbs.tsv).
bool IsPostWord(const NerTables& t, std::string_view key, PostWord want) {
  const auto it = t.post_words.find(key);
  return it != t.post_words.end() && it->second == want;
}

// Whether `key` (a folded key) is a style of address of officials and
// clerics: معالي، سعادة، فضيلة، سماحة (His Excellency, His Eminence).
bool StyleOfAddress(std::string_view key) {
  static constexpr std::string_view kStyles[] = {
      "\xD9\x85\xD8\xB9\xD8\xA7\xD9\x84\xD9\x8A",  // معالي
      "\xD8\xB3\xD8\xB9\xD8\xA7\xD8\xAF\xD9\x87",  // سعاده
      "\xD9\x81\xD8\xB6\xD9\x8A\xD9\x84\xD9\x87",  // فضيله
      "\xD8\xB3\xD9\x85\xD8\xA7\xD8\xAD\xD9\x87",  // سماحه
  };
  return std::find(std::begin(kStyles), std::end(kStyles), key) != std::end(kStyles);
}

// Whether `verb` is a passive verb of appointment or election, after which
// a post in the accusative is the one the subject took: "الذي عُيّن رئيسًا".
bool AppointmentVerb(const NerTables& t, std::string_view verb) {
  return IsPostWord(t, verb, PostWord::kAppointment);
}

// Whether `rel`, `cop` are a relative pronoun (or "عندما", "حين": when he
// was) and a copula ("الذي كان", "التي أصبحت"): the predicate after them, in
// the accusative, describes the name before.
bool RelativeCopula(const NerTables& t, std::string_view rel, std::string_view cop) {
  static constexpr std::string_view kRelatives[] = {
      "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A",          // الذي
      "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A",          // التي
      "\xD8\xB9\xD9\x86\xD8\xAF\xD9\x85\xD8\xA7",  // عندما
      "\xD8\xAD\xD9\x8A\xD9\x86",                  // حين
      "\xD8\xAD\xD9\x8A\xD9\x86\xD9\x85\xD8\xA7",  // حينما
  };
  return std::find(std::begin(kRelatives), std::end(kRelatives), rel) != std::end(kRelatives) &&
         (IsPostWord(t, cop, PostWord::kCopula) || AppointmentVerb(t, cop));
}

// Whether `key` is "بصفته"/"بوصفه" (in his capacity as), with any pronoun.
bool Capacity(std::string_view key) {
  for (std::string_view stem : {"\xD8\xA8\xD8\xB5\xD9\x81\xD8\xAA",     // بصفت
                                "\xD8\xA8\xD9\x88\xD8\xB5\xD9\x81"}) {  // بوصف
    if (!key.starts_with(stem)) continue;
    const std::string_view p = key.substr(stem.size());
    if (p == "\xD9\x87" || p == "\xD9\x87\xD8\xA7" || p == "\xD9\x87\xD9\x85")
      return true;  // ه ها هم
  }
  return false;
}

// Whether `verb` says one holds or takes up a post: "شغل منصب X" (held the
// post of X), "يتولى", "تقلد", "تسلم" (folded keys, with a و or not).
bool PostVerb(const NerTables& t, std::string_view verb) {
  if (verb.starts_with("\xD9\x88") && verb.size() > 6) verb.remove_prefix(2);  // و
  return IsPostWord(t, verb, PostWord::kHolding);
}

// Whether the definite word at q, after an adjective (a nisba or a
// gentilic) of the phrase that began at `first`, is rather a new noun: "X
// المستشار بالديوان الملكي الحفل" (X, the adviser at the royal court, [attended]
// the party). Adjectives follow one another; a noun after them is the verb's.
bool NewNounAfterAdjective(const std::vector<TokInfo>& info, uint32_t q, uint32_t first) {
  if (q <= first || !(info[q].flags & kDefinite) || (info[q].flags & (kNisba | kGentilic))) {
    return false;
  }
  return (info[q - 1].flags & (kNisba | kGentilic)) && (info[q - 1].flags & kDefinite);
}

// How far the phrase of a post reads on past `te`, where its title stopped:
// over nouns in the construct state ("مدير جوازات منطقة الباحة", the director
// of passports of al-Baha region), definite words and adjectives, "ل"/"ب" +
// a noun ("لقطاع المنشآت"), "في"/"لدى" + its scope, "و" + a definite word
// after a definite one ("الصغيرة والمتوسطة"), and the names of bodies and
// places. `stop` is the first token not taken (a comma, a name, a verb, or
// another title after a complete phrase); `complete` whether the phrase ends
// on a word that awaits nothing (definite, an adjective, a body's name).
struct PhraseRun {
  uint32_t stop = 0;
  bool complete = false;
};
// `holders_title(k)` says whether a title at k is a rank, an honorific or a
// form of address, which is the holder's own and ends the phrase.
template <typename HoldersTitle>
PhraseRun TitlePhrase(const Document& doc, const std::vector<TokInfo>& info,
                      const std::vector<int32_t>& owner, const std::vector<Cand>& cands,
                      uint32_t te, uint32_t end, HoldersTitle holders_title) {
  constexpr uint32_t kMaxWords = 8;
  const int32_t before = owner[te - 1];
  PhraseRun run{
      te, (info[te - 1].flags & (kDefinite | kGentilic | kModifier)) ||
              (before >= 0 && cands[before].te == te && cands[before].type != EntityType::kPerson)};
  uint32_t& k = run.stop;
  bool& complete = run.complete;
  while (k < end && k < te + kMaxWords) {
    const TokInfo& w = info[k];
    const Token& tok = doc.tokens[k];
    const int32_t o = owner[k];
    if (o >= 0) {
      if (cands[o].tb != k || cands[o].type == EntityType::kPerson) break;
      k = cands[o].te;
      complete = true;
      continue;
    }
    // "X، مدير مصرف (كويت ترك)،" (X, director of the Kuveyt Turk bank): a
    // noun awaiting its genitive takes a name in brackets or quotes, one no
    // table knows, which completes the phrase.
    if (!complete && k >= te && (w.flags & (kParenOpen | kQuote))) {
      const uint32_t close_flag = (w.flags & kParenOpen) ? kParenClose : kQuote;
      uint32_t q = k + 1;
      while (q < end && q < k + 5 && doc.tokens[q].kind == TokenKind::kWord &&
             !(info[q].flags & (kPunct | kQuote | kComma | kParenOpen | kParenClose | kStop |
                                kReporting | kVerbLike))) {
        ++q;
      }
      if (q > k + 1 && q < end && (info[q].flags & close_flag)) {
        k = q + 1;
        complete = true;
        continue;
      }
    }
    if (tok.kind != TokenKind::kWord || (w.flags & (kPunct | kQuote | kComma))) break;
    const bool conj = w.stripped > 0 && tok.key.starts_with("\xD9\x88");  // و
    if ((w.word == kFi || w.word == kLada) && w.stripped == 0) {
      // "X، باحث في الشؤون الإيرانية،" (X, a researcher in Iranian affairs):
      // an indefinite post takes "في" + its field right after its word.
      if (!complete && (k != te || info[te - 1].facts.title_node < 0)) break;
      complete = false;
      ++k;
      continue;
    }
    // "X، قيادي بارز في حزب الإصلاح،" (X, a prominent leader in the Islah
    // party), "عضو سابق في البرلمان": right after an indefinite post, an
    // indefinite word before "في" is its adjective (a noun there would await
    // its genitive), and the scope follows.
    if (k == te && !complete && w.stripped == 0 && tok.enclitic_bytes == 0 &&
        (w.flags & kLexicon) && !(w.flags & (kDefinite | kStop | kReporting | kNumber | kGiven)) &&
        !w.facts.function_word && w.facts.title_node < 0 && k + 1 < end &&
        info[k + 1].word == kFi && info[k + 1].stripped == 0) {
      complete = true;
      ++k;
      continue;
    }
    // "X، محلل سياسي،" (X, a political analyst), "خبير عسكري سعودي": right
    // after an indefinite post, an indefinite nisba written with its ي is
    // its adjective where punctuation, "في" or a gentilic follows it. (Not "مستشفى", a
    // noun awaiting its genitive, which the keys fold alike; nor "قائد
    // مقاتلي عشائر ...", a plural in the construct state.)
    const bool closes_next =
        k + 1 >= end ||
        (info[k + 1].flags & (kPunct | kQuote | kComma | kParenOpen | kParenClose)) ||
        IsDash(doc.tokens[k + 1].key) || (info[k + 1].word == kFi && info[k + 1].stripped == 0) ||
        ((info[k + 1].flags & (kGentilic | kDefinite)) == kGentilic && info[k + 1].stripped == 0);
    if (k == te && !complete && closes_next && w.stripped == 0 && tok.enclitic_bytes == 0 &&
        (w.flags & (kNisba | kLexicon)) == (kNisba | kLexicon) &&
        !(w.flags & (kDefinite | kStop | kReporting | kNumber | kGiven | kHead | kEponym)) &&
        !w.facts.function_word && w.facts.title_node < 0 &&
        (doc.Slice(tok.span).ends_with("\xD9\x8A") ||           // ي
         doc.Slice(tok.span).ends_with("\xD9\x8A\xD8\xA9"))) {  // ية
      complete = true;
      ++k;
      continue;
    }
    // A verb takes no "ب": "بتعليم" is "at the education [department] of",
    // whatever the imperfect "تعليم" looks like.
    const bool bi = w.stripped == 1 && tok.key.starts_with("\xD8\xA8");  // ب
    if ((w.flags & (kStop | kReporting | kNumber | kGiven | kMetonymyVerb)) ||
        ((w.flags & kVerbLike) && !bi) || w.facts.tanwin || w.facts.function_word ||
        tok.enclitic_bytes > 0) {
      break;
    }
    // Another title after a complete phrase is another post, or the
    // holder's own address or rank.
    if (w.facts.title_node >= 0 && (complete || holders_title(k))) break;
    if (w.flags & kDefinite) {
      // "و" + a definite word coordinates the genitive or the adjective.
      if (conj && !complete) break;
      complete = true;
    } else if (w.flags & (kGentilic | kModifier)) {
      if (!complete || conj) break;
    } else {
      // A noun in the construct state awaits its genitive: after a complete
      // word only with "ل"/"ب" ("لقطاع", "بمنطقة"). A word no word list
      // knows there is rather a name, which completes it ("محافظة شقراء").
      if (conj || (complete && w.stripped == 0)) break;
      complete =
          w.stripped == 0 && !(w.flags & kLexicon) && !w.facts.key_known && w.facts.title_node < 0;
    }
    ++k;
  }
  return run;
}

// Where the phrase of a post (TitlePhrase) that reads on past `te` ends when
// it ends complete before punctuation, the sentence's end or, with
// `conjunction_closes`, "و" (another post, another name); otherwise `te`.
template <typename HoldersTitle>
uint32_t ClosedPhraseEnd(const Document& doc, const std::vector<TokInfo>& info,
                         const std::vector<int32_t>& owner, const std::vector<Cand>& cands,
                         uint32_t te, uint32_t end, HoldersTitle holders_title,
                         bool conjunction_closes = true) {
  const PhraseRun run = TitlePhrase(doc, info, owner, cands, te, end, holders_title);
  const uint32_t k = run.stop;
  // "و" + another title closes it always: "X، الأمين العام لمؤسسة منتدى
  // الشباب ووزير الخارجية الأسبق" (X, secretary general of the Youth Forum
  // Foundation and former foreign minister) holds a second post.
  const bool conjunction =
      k < end && info[k].stripped > 0 && doc.tokens[k].key.starts_with("\xD9\x88");  // و
  // So does a relative pronoun, which opens a clause about the holder or
  // his body: "X، عازف الإيقاع في الفرقة الذي انضم إليها عام 1982".
  const std::string_view next = k < end ? doc.tokens[k].key : std::string_view();
  const bool relative = k < end && info[k].stripped == 0 &&
                        (next == "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A" ||  // الذي
                         next == "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A");   // التي
  const bool closed = k >= end ||
                      (info[k].flags & (kPunct | kQuote | kComma | kParenOpen | kParenClose)) ||
                      IsDash(doc.tokens[k].key) || relative ||
                      (conjunction && (conjunction_closes || info[k].facts.title_node >= 0));
  return closed && run.complete && k > te ? k : te;
}

// Where the title of a post set off after its holder's name ends: "X، مدير
// جوازات منطقة الباحة المكلف،" (X, the acting director of passports of
// al-Baha region), "X، الرئيس التنفيذي لقطاع المنشآت الصغيرة والمتوسطة في
// جدة «...»". Punctuation closes the apposition, so the phrase (TitlePhrase)
// is the post's when it ends complete right before a comma, a full stop, a
// quote, a bracket, a dash or the sentence's end; otherwise (a verb, a name
// after it) the title stays as it was, `te`.
template <typename HoldersTitle>
uint32_t ApposedTitleEnd(const Document& doc, const std::vector<TokInfo>& info,
                         const std::vector<int32_t>& owner, const std::vector<Cand>& cands,
                         uint32_t te, uint32_t end, HoldersTitle holders_title) {
  return ClosedPhraseEnd(doc, info, owner, cands, te, end, holders_title,
                         /*conjunction_closes=*/false);
}

// Where a post in the accusative ends when "ل" + a noun gives its body:
// "عين X مديرًا لفريق درجة الناشئين." (X was named director of the junior
// grade team), "رئيسًا لإدارة العلاقات العامة، و...". The phrase
// (TitlePhrase) is the post's when it ends complete before punctuation, the
// sentence's end or "و" (the next of a list of appointments); otherwise the
// title stays as it was, `te`.
template <typename HoldersTitle>
uint32_t AccusativeComplementEnd(const Document& doc, const std::vector<TokInfo>& info,
                                 const std::vector<int32_t>& owner, const std::vector<Cand>& cands,
                                 uint32_t tb, uint32_t te, uint32_t end,
                                 HoldersTitle holders_title) {
  if (!info[tb].facts.accusative_title || te >= end || (info[te - 1].flags & kDefinite) ||
      info[te].stripped != 1 || !doc.tokens[te].key.starts_with("\xD9\x84")) {  // ل
    return te;
  }
  return ClosedPhraseEnd(doc, info, owner, cands, te, end, holders_title);
}

}  // namespace

// Whether the quote mark at q closes a quotation: a closing mark (» ”), or
// a straight one after an odd number of quote marks in its sentence.
bool EntityAnnotator::ClosesQuote(const Ctx& c, uint32_t q) {
  const std::string_view mark = c.doc.Slice(c.tok(q).span);
  if (mark == "\xC2\xBB" || mark == "\xE2\x80\x9D") return true;   // » ”
  if (mark == "\xC2\xAB" || mark == "\xE2\x80\x9C") return false;  // « “
  int before = 0;
  for (uint32_t k = q; k > 0 && c.sent_end[k - 1] == c.sent_end[q]; --k) {
    before += c.Has(k - 1, kQuote) ? 1 : 0;
  }
  return before % 2 == 1;
}

bool EntityAnnotator::HoldersOwnTitle(const Ctx& c, uint32_t k) const {
  TitleClass cls;
  const uint32_t end = c.sent_end[k];
  return TitleAt(c, k, end, &cls) > 0 &&
         (cls == TitleClass::kRank || cls == TitleClass::kHonorific ||
          (TitleFlags(c, k, end) & kTitleAddress));
}

void EntityAnnotator::AppositionRoles(Ctx& c) const {
  // In a document about a team, "الفريق" alone before a name is the team
  // ("إداري الفريق X", the team's administrator X; "لاعبي الفريق X") unless
  // a comma or the sentence's start sets it off ("قال رئيس الهيئة، الفريق
  // X"): no rank of the name after it. (The name stays: the rank's reading
  // found it, and a team's member is named there.)
  if (c.team_doc) {
    std::erase_if(c.roles, [&c](const RoleCand& r) {
      return r.te == r.tb + 1 && r.tb > 0 && DropAl(c.info[r.tb].word) == kTeam &&
             c.Has(r.tb, kDefinite) && !c.Has(r.tb - 1, kPunct | kComma) &&
             c.sent_end[r.tb - 1] == c.sent_end[r.tb] && c.info[r.tb].facts.title_node >= 0;
    });
  }
  // "وصرح X أمام السجن" (X declared in front of the prison), "X، محافظ
  // البنك، أمام الكونغرس": written with its hamza above, "أمام" is the
  // preposition, never "إمام" (an imam). "بمساعدة عناصر X" is "with the
  // help of", no assistant.
  std::erase_if(c.roles, [&c](const RoleCand& r) {
    const std::string_view w = c.doc.Slice(c.tok(r.tb).span);
    return w == "\xD8\xA3\xD9\x85\xD8\xA7\xD9\x85" ||                        // أمام
           w == "\xD8\xA8\xD9\x85\xD8\xB3\xD8\xA7\xD8\xB9\xD8\xAF\xD8\xA9";  // بمساعدة
  });
  // "ونائبه X" (and his deputy X), "مدربه السابق X" (his former coach X),
  // "قائده اللواء X": a post with "his" names the holder by his relation to
  // someone else, which an annotator does not mark; the folded keys read
  // "نائبه" as "نائبة" (a deputy, feminine). The holder's own title after it
  // stays his. ("رئيسها"، "متحدثها" (its president, its spokesman) mostly
  // name a body's post, and stay.)
  std::erase_if(c.roles, [&](RoleCand& r) {
    const std::string_view w = c.doc.Slice(c.tok(r.tb).span);
    TitleClass cls;
    // (Not a title of several words, whose "ه" is a misspelt "ة": "جلاله
    // الملك"; nor "و" + the post right after a post of three words or more,
    // whose "ه" is that post's body: "نائب رئيس الحزب ورئيسه السابق X"; after
    // "رئيس الحزب ونائبه X" the deputy is the head's.)
    const int tl = TitleAt(c, r.tb, r.te, &cls);
    const bool after_post = HasProclitic(c, r.tb) && c.tok(r.tb).key.starts_with("\xD9\x88") &&
                            std::any_of(c.roles.begin(), c.roles.end(), [&](const RoleCand& a) {
                              return a.te == r.tb && a.te >= a.tb + 3;
                            });
    if (!w.ends_with("\xD9\x87") || c.tok(r.tb).kind != TokenKind::kWord ||  // ه
        tl != 1 || after_post || (cls != TitleClass::kOffice && cls != TitleClass::kProfession)) {
      return false;
    }
    TitleClass next_cls;
    if (r.te > r.tb + 1 && TitleAt(c, r.tb + 1, r.te, &next_cls) > 0) {
      if (r.eb == r.tb) r.eb = r.tb + 1;
      r.tb = r.tb + 1;
      r.stripped = 0;
      return false;
    }
    return true;
  });
  // "وزير الخارجية الأمريكي التقى الشيخ X" (a headline run into the text:
  // the US secretary of state; Sheikh X met ...): a verb of meeting, whose
  // article-like "ال" made it read as a definite word, ends a title; a name
  // after it is the verb's subject.
  for (RoleCand& r : c.roles) {
    for (uint32_t k = r.tb + 1; k < r.te; ++k) {
      if (c.info[k].stripped > 0 || !c.Has(k, kDefinite) ||
          !t_.meeting_verbs.contains(c.info[k].word)) {
        continue;
      }
      r.te = r.ee = k;
      if (r.person >= 0 && c.cands[r.person].tb >= k) r.person = -1;
      break;
    }
  }
  // "وعين الملك خالد الحربي مديرا للمكتب" (and the king appointed Khalid
  // al-Harbi director of the office): a title right after a verb of
  // appointment, before a name and the post in the accusative that name
  // takes, is the verb's subject, the appointer, and no title of the
  // appointee. (Unvocalised, "عين" reads as the passive too, but "King
  // Khalid al-Harbi was named director" is no reading news writes.)
  for (RoleCand& r : c.roles) {
    if (r.person < 0 || r.tb == 0 || c.info[r.tb].facts.accusative_title || HasProclitic(c, r.tb) ||
        c.cands[r.person].tb != r.te) {
      continue;
    }
    const uint32_t after = c.cands[r.person].te;
    if (after >= c.sent_end[r.tb] || !c.info[after].facts.accusative_title ||
        HasProclitic(c, after)) {
      continue;
    }
    // ("وعين": the conjunction may be read into the word.)
    std::string_view verb = c.tok(r.tb - 1).key;
    if ((verb.starts_with("\xD9\x88") || verb.starts_with("\xD9\x81")) && verb.size() > 6) {  // و ف
      verb.remove_prefix(2);
    }
    if (!AppointmentVerb(t_, verb)) continue;
    r.person = -1;
    r.ee = r.te;
  }
  // "عمل وزيرا في حكومة الرئيس فرانسوا ميتران" (he served as a minister in
  // President François Mitterrand's government), "مدير مكتب الأمير X" (the
  // director of Prince X's office): a title in the genitive of a common noun
  // (not of another title) at the end of a post, right before a name, is
  // that name's; the post is someone else's, and the name is part of it.
  std::vector<RoleCand> genitive_holders;
  for (RoleCand& r : c.roles) {
    if (r.person < 0 || c.cands[r.person].tb != r.te) continue;
    for (uint32_t k = r.tb + 2; k < r.te; ++k) {
      TitleClass cls;
      const uint32_t noun = k - 1;
      // The genitive's title may name its country: "المتحدث باسم الرئيس
      // الأفغاني X" (the Afghan president's spokesman; X is the president).
      const int tl = TitleAt(c, k, r.te, &cls);
      uint32_t title_end = k + static_cast<uint32_t>(std::max(tl, 0));
      while (tl > 0 && title_end < r.te && c.Has(title_end, kGentilic) &&
             c.Has(title_end, kDefinite) && !HasProclitic(c, title_end) && c.owner[title_end] < 0) {
        ++title_end;
      }
      if (!c.Has(k, kDefinite) || HasProclitic(c, k) || tl <= 0 || title_end != r.te ||
          (TitleFlags(c, k, r.te) & kTitleAddress) || cls == TitleClass::kProfession ||
          c.tok(noun).kind != TokenKind::kWord ||
          c.Has(noun, kDefinite | kGentilic | kModifier | kPunct | kQuote | kNumber) ||
          c.info[noun].facts.title_node >= 0 || c.owner[noun] >= 0 ||
          c.tok(noun).enclitic_bytes > 0) {
        continue;
      }
      RoleCand inner = r;
      inner.tb = inner.eb = k;
      inner.stripped = 0;
      genitive_holders.push_back(inner);
      r.te = r.ee = c.cands[r.person].te;
      r.person = -1;
      break;
    }
  }
  c.roles.insert(c.roles.end(), genitive_holders.begin(), genitive_holders.end());
  // "رئيس الشؤون الخاصة لخادم الحرمين الشريفين X" (the head of the private
  // affairs of the Custodian of the Two Holy Mosques, X): the king is named
  // after that style with his own title ("خادم الحرمين الشريفين الملك
  // سلمان"), so a name right after it in the genitive of a post ("ل" + the
  // style, after the post's phrase) holds the post, as a form of address
  // between them shows ("... الأستاذ X"). Such styles are flagged "style"
  // in data/ner/titles.tsv.
  for (size_t r = 0; r < c.roles.size(); ++r) {
    RoleCand& b = c.roles[r];
    TitleClass cls;
    if (b.person < 0 || c.cands[b.person].tb != b.te || c.info[b.tb].stripped != 1 ||
        !c.tok(b.tb).key.starts_with("\xD9\x84") ||  // ل
        TitleAt(c, b.tb, b.te, &cls) != static_cast<int>(b.te - b.tb) ||
        !(TitleFlags(c, b.tb, b.te) & kTitleStyle)) {
      continue;
    }
    for (RoleCand& a : c.roles) {
      if (&a == &b || a.person >= 0 || a.te != b.tb || a.tb + 1 >= a.te) continue;
      a.te = b.te;
      a.ee = b.ee;
      a.person = b.person;
      b.person = -1;
      break;
    }
  }
  for (RoleCand& a : c.roles) {
    for (const RoleCand& b : c.roles) {
      if (a.person >= 0 && b.person == a.person && c.cands[a.person].tb >= b.te &&
          AwaitsGenitive(c, a, b)) {
        a.person = -1;
        a.ee = a.te;
      }
    }
  }
  // "مدير مكتب الحملة في لبنان بأن ..." (the campaign's office director in
  // Lebanon, that ...): "أن" with its proclitic ("بأن", "وأن") is no part
  // of a title; it opens what the sentence says next.
  for (RoleCand& r : c.roles) {
    TitleClass cls;
    const uint32_t tl = static_cast<uint32_t>(TitleAt(c, r.tb, r.te, &cls));
    // "بأن", "وأن", "لأن", "فإن": a proclitic + "أن"/"إن" (folded "ان").
    auto function_word = [&](uint32_t k) {
      const std::string_view key = c.tok(k).key;
      return c.tok(k).kind == TokenKind::kWord && key.size() == 6 && key.substr(2) == kAn &&
             (key.starts_with("\xD8\xA8") || key.starts_with("\xD9\x88") ||  // ب و
              key.starts_with("\xD9\x84") || key.starts_with("\xD9\x81"));   // ل ف
    };
    for (uint32_t k = r.tb + tl; tl > 0 && k < r.te; ++k) {
      if (function_word(k)) r.te = k;
    }
    // "نائب رئيس الديوان الملكي المكلف الأستاذ X" (the acting deputy head of
    // the royal court, Mr X): a form of address that ends the title right
    // before its holder's name is the holder's, no part of the post.
    TitleClass address_cls;
    for (uint32_t k = r.tb + tl; tl > 0 && r.person >= 0 && k < r.te; ++k) {
      const int al = TitleAt(c, k, r.te, &address_cls);
      if (al > 0 && k + static_cast<uint32_t>(al) == r.te && c.cands[r.person].tb == r.te &&
          c.Has(k, kDefinite) && !HasProclitic(c, k) && (TitleFlags(c, k, r.te) & kTitleAddress) &&
          address_cls != TitleClass::kOffice) {
        r.te = k;
        break;
      }
    }
  }
  // "الملك المؤسس عبدالعزيز" (the founding king Abdulaziz): "المؤسس" alone
  // right after a title is its adjective, one post with it. So is
  // "المساعد"/"المساعدة" with its complement: "وكيل أمين منطقة الرياض
  // المساعد لشؤون البلديات" (the assistant deputy mayor ... for municipal
  // affairs), "القائد الجهوي للقوات المساعدة" (the regional commander of the
  // auxiliary forces).
  constexpr std::string_view kFounder = "\xD9\x85\xD9\x88\xD8\xB3\xD8\xB3";  // موسس (مؤسس)
  constexpr std::string_view kAssistant = "\xD9\x85\xD8\xB3\xD8\xA7\xD8\xB9\xD8\xAF";  // مساعد
  constexpr std::string_view kAssistantF =
      "\xD9\x85\xD8\xB3\xD8\xA7\xD8\xB9\xD8\xAF\xD9\x87";  // مساعده (مساعدة)
  constexpr std::string_view kSenior = "\xD9\x83\xD8\xA8\xD9\x8A\xD8\xB1";  // كبير
  for (size_t r = 1; r < c.roles.size(); ++r) {
    RoleCand& a = c.roles[r - 1];
    const RoleCand& b = c.roles[r];
    const std::string_view bw = DropAl(c.info[b.tb].word);
    const bool assistant = (bw == kAssistant || bw == kAssistantF) && a.te > a.tb + 1 &&
                           c.Has(a.te - 1, kDefinite | kGentilic);
    // "القائد الكبير في التنظيم" (the senior commander in the organisation):
    // "الكبير" after a definite title is its adjective, never "كبير" (chief).
    const bool senior = bw == kSenior && c.Has(a.te - 1, kDefinite) && c.Has(b.tb, kDefinite);
    // "ناشطة حقوقية" (a rights activist), "مستشار إعلامي" (a media adviser):
    // a profession that is a nisba, indefinite right after an indefinite
    // post, is its adjective.
    TitleClass a_cls, b_cls;
    const std::string_view b_written = c.doc.Slice(c.tok(b.tb).span);
    const bool nisba = a.te == b.tb && b.te == b.tb + 1 && !c.Has(b.tb, kDefinite) &&
                       !c.Has(a.te - 1, kDefinite | kGentilic) && !HasProclitic(c, b.tb) &&
                       c.tok(b.tb).kind == TokenKind::kWord &&
                       (b_written.ends_with("\xD9\x8A") ||           // ي
                        b_written.ends_with("\xD9\x8A\xD8\xA9")) &&  // ية
                       TitleAt(c, b.tb, b.te, &b_cls) == 1 &&
                       b_cls == TitleClass::kProfession && TitleAt(c, a.tb, a.te, &a_cls) > 0 &&
                       (a_cls == TitleClass::kOffice || a_cls == TitleClass::kProfession);
    if (nisba &&
        (a.person < 0 || b.person < 0 || c.cands[a.person].entity == c.cands[b.person].entity)) {
      a.te = b.te;
      if (a.person < 0) a.person = b.person;
      a.eb = std::min(a.eb, b.eb);
      a.ee = std::max(a.ee, b.ee);
      c.roles.erase(c.roles.begin() + static_cast<std::ptrdiff_t>(r));
      --r;
      continue;
    }
    if (a.te != b.tb || (b.te != b.tb + 1 && !assistant && !senior) || !c.Has(b.tb, kDefinite) ||
        HasProclitic(c, b.tb) || (bw != kFounder && !assistant && !senior) ||
        (a.person >= 0 && b.person >= 0 && c.cands[a.person].entity != c.cands[b.person].entity)) {
      continue;
    }
    a.te = b.te;
    if (a.person < 0) a.person = b.person;
    a.ee = std::max(a.ee, b.ee);
    c.roles.erase(c.roles.begin() + static_cast<std::ptrdiff_t>(r));
    --r;
  }
  // "عبد الحميد الدبيبة رئيس حكومة ...", "علي ملوك، مدير الأمن السوري",
  // "بنجامين بارت (مراسل لوموند في بيروت)".
  std::vector<RoleCand> added;
  const auto holders_title = [&](uint32_t k) { return HoldersOwnTitle(c, k); };
  // A word of kinship opening an apposition: "ابن عم" (a cousin), "شقيق"
  // (the brother of), "أرملة" (the widow of).
  auto kin_start = [&](uint32_t k) {
    const std::string_view w = c.info[k].word;
    return c.info[k].stripped == 0 &&
           (IsKin(w) || w == kIbn || w == "\xD8\xA7\xD8\xA8\xD9\x86\xD9\x87" ||  // ابنه (ابنة)
            w == "\xD8\xA8\xD9\x86\xD8\xAA" ||                                   // بنت
            w == "\xD8\xA7\xD8\xB1\xD9\x85\xD9\x84\xD9\x87");  // ارمله (أرملة)
  };
  // Whether person cand h, with the titles right before it, follows a verb
  // of meeting: the host named after it ("استقبل أمير المنطقة الأمير X").
  auto named_host = [&](int32_t h) {
    uint32_t host = c.cands[h].tb;
    for (bool moved = true; moved;) {
      moved = false;
      for (const RoleCand& q : c.roles) {
        if (q.person == h && q.te == host && q.tb < host) {
          host = q.tb;
          moved = true;
        }
      }
    }
    return AfterMeetingVerb(c, host);
  };
  for (size_t k = 0; k < c.cands.size(); ++k) {
    const Cand& p = c.cands[k];
    if (p.dead || p.type != EntityType::kPerson) continue;
    uint32_t t = p.te;
    bool sep = false;
    // "“محمد X” مدير عام الجمرك": the quotes round a name set it off too.
    if (p.tb > 0 && t + 1 < c.info.size() && c.Has(p.tb - 1, kQuote) && c.Has(t, kQuote) &&
        c.sent_end[t] > t + 1) {
      sep = true;
      ++t;
    }
    // "وزيارة ( توني بلير ) رئيس وزراء بريطانيا السابق": so do brackets.
    if (!sep && p.tb > 0 && t + 1 < c.info.size() && c.Has(p.tb - 1, kParenOpen) &&
        c.Has(t, kParenClose) && c.sent_end[t] > t + 1) {
      sep = true;
      ++t;
    }
    // "على اتصال بأيمن الظواهري" زعيم تنظيم القاعدة" (in touch with Ayman
    // al-Zawahiri", the leader of al-Qaeda): a quote that closes the words
    // quoted up to the name sets off the post after it, one with its own
    // complement. "X "القائد الميداني في التنظيم"": a quote that opens after
    // the name sets off a post that ends where the quote closes.
    bool closing_quote = false, opening_quote = false;
    if (!sep && t + 2 < c.info.size() && c.Has(t, kQuote) && c.sent_end[t] > t + 2) {
      closing_quote = ClosesQuote(c, t);
      opening_quote = !closing_quote;
      sep = true;
      ++t;
    }
    // "عماد حلوة؛ مدير عام الشركة": the text stage ends a sentence at ؛, but
    // an office in apposition reads on past it.
    if (t + 1 < c.sent_end.size() && c.tok(t).key == "\xD8\x9B" && OfficeFollows(c, t)) {  // ؛
      sep = true;
      ++t;
    }
    // "جيمس روبنسون (39 عاما)، رئيس مكتب الصحيفة" (James Robinson, 39, the
    // paper's bureau chief): an age in parentheses between the name and the
    // comma of its apposition is passed over.
    if (!sep && t < c.sent_end.size() && c.Has(t, kParenOpen)) {
      const uint32_t sentence_end = c.sent_end[t];
      uint32_t q = t + 1;
      bool number = false;
      for (; q < sentence_end && q < t + 4 && !c.Has(q, kParenClose); ++q) {
        number = number || c.Has(q, kNumber);
      }
      if (number && q + 2 < sentence_end && c.Has(q, kParenClose) &&
          (c.Has(q + 1, kComma) || IsDash(c.tok(q + 1).key))) {
        t = q + 1;
      }
    }
    const uint32_t end = t < c.sent_end.size() ? c.sent_end[t] : t;
    if (t >= end) continue;
    if (!sep && (c.Has(t, kComma | kParenOpen) || IsDash(c.tok(t).key))) {
      sep = true;
      ++t;
    }
    // "ديفيد كوهين وهو متحدث باسم الحزب" (David Cohen, who is a spokesman
    // for the party): "وهو"/"وهي" (and he/she is) before a title sets it
    // off as a comma does.
    if (t + 1 < end && (c.tok(t).key == "\xD9\x88\xD9\x87\xD9\x88" ||   // وهو
                        c.tok(t).key == "\xD9\x88\xD9\x87\xD9\x8A")) {  // وهي
      sep = true;
      ++t;
    }
    // "X بصفته رئيس اللجنة" (X, in his capacity as head of the committee),
    // "بوصفها": the post that follows is his, set off as by a comma.
    const bool capacity = t + 1 < end && Capacity(c.tok(t).key);
    if (capacity) {
      sep = true;
      ++t;
    }
    // "عون الذي كان قائدا للجيش" (Aoun, who was commander of the army): a
    // post in the accusative after a relative and "كان" or its sisters, or
    // a passive verb of appointment ("الذي عُيّن مؤخرًا رئيسًا للجنة", who
    // was recently named head of the committee), maybe with an adverb.
    // (A comma may set the clause off: "X، الذي كان قائدا للجيش،".)
    const bool relative = (!sep || (t > 0 && c.Has(t - 1, kComma))) && t + 2 < end &&
                          RelativeCopula(t_, c.tok(t).key, c.tok(t + 1).key);
    const bool appointed = relative && AppointmentVerb(t_, c.tok(t + 1).key);
    // After "عندما كان" only an accusative post: "عندما كان رئيس الوزراء
    // يتحدث" (when the prime minister was speaking) names another person.
    const bool when = relative && !c.tok(t).key.starts_with(kAl);
    if (relative) t += 2;
    // "X، ابن عم الرئيس السوري وقائد قوات الدفاع الوطني، ..." (X, the
    // Syrian president's cousin and commander of the National Defence
    // Forces): kinship is no post, but an office joined to it by "و" before
    // the apposition closes is X's.
    if (sep && !relative && !capacity && c.Has(t - 1, kComma) && t + 2 < end && kin_start(t)) {
      for (uint32_t q = t + 1; q < end && q < t + 8; ++q) {
        if (c.Has(q, kPunct | kComma | kQuote | kParenOpen) || c.Has(q, kReporting | kVerbLike)) {
          break;
        }
        const int32_t o = c.owner[q];
        if (o >= 0 && c.cands[o].type == EntityType::kPerson) break;
        if (!HasProclitic(c, q) || !c.tok(q).key.starts_with("\xD9\x88")) continue;  // و
        RoleCand* office = nullptr;
        for (RoleCand& r : c.roles) {
          if (r.tb == q && r.person < 0) office = &r;
        }
        TitleClass cls;
        if (office == nullptr || TitleAt(c, q, office->te, &cls) <= 0 ||
            cls != TitleClass::kOffice) {
          break;
        }
        office->person = static_cast<int32_t>(k);
        office->eb = p.tb;
        office->te =
            ApposedTitleEnd(c.doc, c.info, c.owner, c.cands, office->te, end, holders_title);
        office->ee = office->te;
        break;
      }
    }
    if (appointed && t + 1 < end && IsPostWord(t_, c.tok(t).key, PostWord::kRecently)) ++t;
    for (RoleCand& r : c.roles) {
      if (r.tb != t) continue;
      TitleClass cls;
      const int tl = TitleAt(c, r.tb, end, &cls);
      if (tl == 0) continue;
      // "زيجمار غابرييل، نائب المستشارة الألمانية أنغيلا ميركل" (Sigmar
      // Gabriel, deputy of the German chancellor Angela Merkel): after a
      // name and a comma, an office in the construct state whose genitive
      // is another title has the name after it as that title's holder, and
      // is itself the name's before the comma.
      const uint32_t g = r.tb + static_cast<uint32_t>(tl);
      TitleClass genitive_cls;
      if (r.person >= 0 && sep && c.Has(t - 1, kComma) && cls == TitleClass::kOffice &&
          !c.Has(r.tb, kDefinite) && !HasProclitic(c, r.tb) && g < r.te && c.Has(g, kDefinite) &&
          !HasProclitic(c, g) && TitleAt(c, g, r.te, &genitive_cls) > 0 &&
          genitive_cls != TitleClass::kProfession && c.cands[r.person].tb >= r.te &&
          c.cands[r.person].tb <= r.te + 1) {
        RoleCand inner = r;
        inner.tb = g;
        inner.stripped = 0;
        added.push_back(inner);
        r.te = c.cands[r.person].te;  // the genitive's name is part of the title
        r.person = static_cast<int32_t>(k);
        r.eb = p.tb;
        continue;
      }
      if (r.person >= 0) continue;
      // "العريف X (33 عاما)، الجندي فلاج Y" (Corporal X, 33, Private Falaj
      // Y): a rank stands before its holder's name, so a bare rank after the
      // comma with a word after it opens the next name of a list, one the
      // name stages did not find, and is no post of the name before.
      if (sep && cls == TitleClass::kRank && r.te == r.tb + static_cast<uint32_t>(tl) &&
          r.te < end && c.tok(r.te).kind == TokenKind::kWord &&
          !c.Has(r.te, kPunct | kComma | kQuote | kParenOpen)) {
        continue;
      }
      // "X، ووزير النقل": "و" adds another person. But "عاد X كرئيس
      // لتحرير الصحيفة" (X returned as editor-in-chief): "ك" (as) makes the
      // post X's.
      const bool as = !sep && !relative && c.tok(r.tb).key.starts_with("\xD9\x83") &&  // ك
                      c.info[r.tb].facts.title_key_node < 0;
      if (HasProclitic(c, r.tb) && !as) continue;
      // There the post is the predicate, indefinite ("التي أصبحت وزيرة
      // للصحة"); a definite noun is rather the verb's subject ("الذي كان
      // الرئيس يتحدث عنه", whom the president was speaking of).
      if (relative && !c.info[r.tb].facts.accusative_title && c.Has(r.tb, kDefinite)) continue;
      // ("الذي عين رئيس الوزراء" is rather who appointed the prime minister.)
      if ((appointed || when) && !c.info[r.tb].facts.accusative_title) continue;
      // "استقبل أمير المنطقة الأمير X رئيس المحكمة الشيخ Y" (the region's
      // emir, Prince X, received the court's president, Sheikh Y): after a
      // verb of meeting and its named host, an office followed by another
      // name, or by a rank or form of address and a name, is the guest's.
      if (!sep && !c.info[r.tb].facts.accusative_title) {
        bool guest = false;
        if (r.te < end && named_host(static_cast<int32_t>(k))) {
          const int32_t o = c.owner[r.te];
          guest = o >= 0 && o != static_cast<int32_t>(k) && c.cands[o].tb == r.te &&
                  c.cands[o].type == EntityType::kPerson;
          for (const RoleCand& b : c.roles) {
            guest =
                guest || (b.tb == r.te && b.person >= 0 && b.person != static_cast<int32_t>(k) &&
                          c.cands[b.person].tb >= b.te && HoldersOwnTitle(c, b.tb));
          }
        }
        if (guest) continue;
      }
      // Without a separator only an office with a complement: "X رئيس حكومة Y",
      // or one in the accusative ("عين X رئيسًا", X was named president).
      // So is a definite profession whose complement names a body or place:
      // "X القيادي في حزب الدعوة" (X, the leading member of the Dawa party).
      bool names_body = false;
      if (!sep && cls == TitleClass::kProfession && c.Has(r.tb, kDefinite)) {
        for (uint32_t q = r.tb + 1; q < r.te && !names_body; ++q) {
          const int32_t o = c.owner[q];
          names_body = o >= 0 && c.cands[o].type != EntityType::kPerson;
        }
      }
      // So is a profession with its own gentilic or scope ("X المحلل
      // الأفغاني"، "X القيادي في التحالف الكردستاني"), or an indefinite one
      // with a definite complement ("X مدرب فريق الأهلي", the coach of
      // al-Ahli), when no verb of meeting makes them two people.
      // "X القيادي في التحالف الكردستاني" (X, a leading member of the
      // Kurdistan alliance): one definite profession and its scope, "في" + up
      // to three definite words, read as the post.
      // So is one definite office ("X المستشار في الديوان الملكي", X, the
      // adviser at the royal court), and "ب" may open the scope as "في" does
      // ("X المستشار بالديوان الملكي").
      const bool bi_scope =
          r.te < end && c.info[r.te].stripped == 1 &&
          c.tok(r.te).key.starts_with("\xD8\xA8") &&  // ب
          (c.Has(r.te, kDefinite) || (c.owner[r.te] >= 0 && c.cands[c.owner[r.te]].tb == r.te &&
                                      c.cands[c.owner[r.te]].type != EntityType::kPerson));
      if (!sep && !names_body && (cls == TitleClass::kProfession || cls == TitleClass::kOffice) &&
          r.te == r.tb + 1 && c.Has(r.tb, kDefinite) && !HasProclitic(c, r.tb) && r.te + 1 < end &&
          ((c.info[r.te].word == kFi && c.info[r.te].stripped == 0) || bi_scope) &&
          !AfterMeetingVerb(c, p.tb)) {
        uint32_t q = bi_scope ? r.te : r.te + 1;
        const uint32_t first = q;
        while (q < end && q < r.te + 4) {
          const int32_t o = c.owner[q];
          if (o >= 0 && c.cands[o].tb == q && c.cands[o].type != EntityType::kPerson) {
            q = c.cands[o].te;
            continue;
          }
          if (o >= 0 || (c.info[q].stripped != 0 && q != first) ||
              (c.info[q].flags & (kDefinite | kStop | kGiven)) != kDefinite ||
              c.info[q].facts.title_node >= 0 || NewNounAfterAdjective(c.info, q, first)) {
            break;
          }
          ++q;
        }
        if (q > first) {
          r.te = q;
          names_body = true;
        }
      }
      if (!sep && !names_body && cls == TitleClass::kProfession && r.te > r.tb + 1 &&
          !HasProclitic(c, r.tb) && !AfterMeetingVerb(c, p.tb)) {
        const uint32_t second = r.tb + 1;
        // "X الخبير بالشؤون العربية" (X, the expert on Arab affairs): "ب" +
        // a definite noun opens the scope as "في" does.
        const bool bi_second = c.info[second].stripped == 1 &&
                               c.tok(second).key.starts_with("\xD8\xA8") &&  // ب
                               c.Has(second, kDefinite);
        names_body = c.Has(r.tb, kDefinite)
                         ? c.Has(second, kGentilic) || c.info[second].word == kFi || bi_second
                         : c.Has(r.te - 1, kDefinite) || c.owner[r.te - 1] >= 0;
        // "X المحلل السياسي اليمني" (X, the Yemeni political analyst): a
        // definite profession and its definite adjective.
        names_body =
            names_body || (c.Has(r.tb, kDefinite) &&
                           (c.info[second].flags & (kNisba | kDefinite)) == (kNisba | kDefinite) &&
                           c.info[second].stripped == 0 && c.tok(second).enclitic_bytes == 0);
        // Its gentilic after the title: "الخبير العسكري السعودي".
        while (names_body && r.te < end && c.Has(r.te, kGentilic) && c.Has(r.te, kDefinite) &&
               c.info[r.te].stripped == 0 && c.owner[r.te] < 0) {
          ++r.te;
        }
      }
      // "وأكد X مدير برنامج منع انتشار الأسلحة في المعهد أن ..." (X, the
      // director of the arms non-proliferation programme at the institute,
      // stressed that ...), "وتقول X كاتبة مقيمة في القاهرة إن ...": one
      // indefinite office or profession whose phrase (TitlePhrase) of two
      // words or more ends complete right before "أن"/"إن", punctuation or
      // the sentence's end, the words the holder says following it.
      if (!sep && !names_body && r.te == r.tb + 1 && tl == 1 &&
          (cls == TitleClass::kOffice || cls == TitleClass::kProfession) &&
          !c.Has(r.tb, kDefinite) && !HasProclitic(c, r.tb) &&
          !c.info[r.tb].facts.accusative_title && !AfterMeetingVerb(c, p.tb)) {
        const PhraseRun run =
            TitlePhrase(c.doc, c.info, c.owner, c.cands, r.te, end, holders_title);
        const uint32_t q = run.stop;
        const bool says = q >= end || c.Has(q, kPunct | kComma) ||
                          (c.info[q].stripped == 0 && c.tok(q).key == kAn);
        if (run.complete && q >= r.te + 2 && says) {
          r.te = q;
          names_body = true;
        }
      }
      if (!sep && (cls != TitleClass::kOffice || r.te <= r.tb + 1) && !names_body &&
          !c.info[r.tb].facts.accusative_title) {
        continue;
      }
      // "من جانب حفتر مدير مكتبه" (on Haftar's side, his office director):
      // a pronoun in the title points at the name before, another person.
      bool pronoun = false;
      for (uint32_t k = r.tb + 1; k < r.te; ++k) {
        pronoun = pronoun || (c.tok(k).enclitic_bytes > 0 && !c.Has(k, kDefinite));
      }
      if (pronoun) continue;
      // "خالد مساعد السهلي": a given name there continues a lone given name.
      if (!sep && c.Has(r.tb, kGiven) && p.te == p.tb + 1) continue;
      if (closing_quote &&
          (cls != TitleClass::kOffice || r.te <= r.tb + 1 || HasProclitic(c, r.tb))) {
        continue;
      }
      if (opening_quote &&
          !c.Has(ApposedTitleEnd(c.doc, c.info, c.owner, c.cands, r.te, end, holders_title),
                 kQuote)) {
        continue;
      }
      r.person = static_cast<int32_t>(k);
      r.eb = p.tb;
      // Set off by punctuation or "وهو", the post may read on past where the
      // title stopped (ApposedTitleEnd); after "بصفته" it is what the
      // sentence goes on with ("بصفته رئيس اللجنة في الاجتماع").
      if (sep && !capacity) {
        // "X، المسؤول عن ملف الأمن في الحكومة،" (X, the official in charge
        // of the security file in the government): a post over something
        // takes "عن"/"على" + its charge, which the phrase reads on over.
        const uint32_t charge = r.te;
        const bool over = charge + 1 < end && c.info[charge].stripped == 0 &&
                          (c.info[charge].word == kAla || c.info[charge].word == kAnPreposition) &&
                          (TitleFlags(c, r.tb, r.te) & kTitleOver);
        const uint32_t e =
            over ? ApposedTitleEnd(c.doc, c.info, c.owner, c.cands, charge + 1, end, holders_title)
                 : charge;
        r.te = e > charge + 1
                   ? e
                   : ApposedTitleEnd(c.doc, c.info, c.owner, c.cands, r.te, end, holders_title);
      }
      r.te =
          AccusativeComplementEnd(c.doc, c.info, c.owner, c.cands, r.tb, r.te, end, holders_title);
      r.ee = r.te;
      // "X وY عضوي اللجنة التنفيذية" (X and Y, the two members of the
      // executive committee): a plural or dual title after a list joined
      // by "و" is each listed name's.
      if (sep || relative || !(TitleFlags(c, r.tb, r.te) & kTitleSeveral)) continue;
      for (uint32_t b = p.tb;
           b > 0 && c.info[b].stripped > 0 && c.tok(b).key.starts_with("\xD9\x88");) {  // و
        const int32_t q = c.owner[b - 1];
        if (q < 0 || c.cands[q].te != b || c.cands[q].type != EntityType::kPerson) break;
        RoleCand role = r;
        role.person = q;
        role.eb = c.cands[q].tb;
        added.push_back(role);
        b = c.cands[q].tb;
      }
    }
  }
  // "X رئيس محكمة الجنايات وهو قاضي محاكمة الرئيس المعزول Y" (X, head of
  // the criminal court, who is the judge at the trial of the deposed
  // president Y): after "وهو" that follows a post of X's, the next office is
  // X's too; the name after it holds the title in its genitive ("الرئيس
  // المعزول"), and is part of X's title.
  for (RoleCand& r : c.roles) {
    if (r.person < 0 || r.tb < 2 || c.cands[r.person].tb != r.te ||
        (c.tok(r.tb - 1).key != "\xD9\x88\xD9\x87\xD9\x88" &&   // وهو
         c.tok(r.tb - 1).key != "\xD9\x88\xD9\x87\xD9\x8A")) {  // وهي
      continue;
    }
    int32_t before = -1;
    for (const RoleCand& q : c.roles) {
      if (q.te == r.tb - 1 && q.person >= 0 && q.person != r.person &&
          c.cands[q.person].te <= q.tb) {
        before = q.person;
      }
    }
    if (before < 0) continue;
    for (uint32_t g = r.tb + 1; g < r.te; ++g) {
      TitleClass cls;
      if (!c.Has(g, kDefinite) || HasProclitic(c, g) || TitleAt(c, g, r.te, &cls) <= 0 ||
          cls == TitleClass::kProfession) {
        continue;
      }
      RoleCand inner = r;
      inner.tb = inner.eb = g;
      inner.stripped = 0;
      added.push_back(inner);
      r.te = r.ee = c.cands[r.person].te;
      r.person = before;
      r.eb = c.cands[before].tb;
      break;
    }
  }
  // "انتخب X رئيسا وقائدا لمجلس المقاومة" (X was elected president and
  // commander of the resistance council): each post in the accusative is a
  // role of its own.
  for (RoleCand& r : c.roles) {
    if (r.person < 0 || !c.info[r.tb].facts.accusative_title) continue;
    for (uint32_t k = r.te; k-- > r.tb + 1;) {
      if (!c.info[k].facts.accusative_title || !HasProclitic(c, k) ||
          !c.tok(k).key.starts_with("\xD9\x88")) {  // و
        continue;
      }
      RoleCand second = r;
      second.tb = k;
      second.stripped = c.info[k].stripped;
      second.eb = std::min(r.eb, k);
      added.push_back(second);
      r.te = k;
    }
  }
  // "رئيس النادي الأدبي الكاتب X" (the head of the literary club, the
  // writer X), "مدير الجمعية الفنان السعودي X": a definite profession (with
  // its gentilic) after an office whose phrase ends complete is a second
  // title of the holder named after it, not part of the office. Not a
  // relative adjective ("المكتب الإعلامي") nor a participle that reads as the
  // body's adjective ("الائتلاف المعارض", "البطل المدافع عن لقبه").
  static const std::string kAdjectiveLike[] = {
      text::MatchKey("\xD8\xA7\xD9\x84\xD9\x85\xD8\xB9\xD8\xA7\xD8\xB1\xD8\xB6"),  // المعارض
      text::MatchKey("\xD8\xA7\xD9\x84\xD9\x85\xD8\xAF\xD8\xA7\xD9\x81\xD8\xB9"),  // المدافع
      text::MatchKey("\xD8\xA7\xD9\x84\xD9\x85\xD9\x87\xD8\xA7\xD8\xAC\xD9\x85"),  // المهاجم
      text::MatchKey("\xD8\xA7\xD9\x84\xD8\xAF\xD8\xA7\xD8\xB9\xD9\x8A\xD8\xA9"),  // الداعية
  };
  for (RoleCand& r : c.roles) {
    if (r.person < 0 || c.cands[r.person].tb < r.te || r.te < r.tb + 3) continue;
    TitleClass first_cls;
    if (TitleAt(c, r.tb, r.te, &first_cls) <= 0 || first_cls != TitleClass::kOffice) continue;
    for (uint32_t k = r.tb + 2; k < r.te; ++k) {
      TitleClass cls;
      const int tl = c.info[k].facts.title_node >= 0 ? TitleAt(c, k, r.te, &cls) : 0;
      if (tl <= 0 || cls != TitleClass::kProfession || !c.Has(k, kDefinite) ||
          c.Has(k, kNisba | kGentilic) || HasProclitic(c, k) || c.tok(k).enclitic_bytes > 0 ||
          std::find(std::begin(kAdjectiveLike), std::end(kAdjectiveLike), c.tok(k).key) !=
              std::end(kAdjectiveLike)) {
        continue;
      }
      const int32_t before = c.owner[k - 1];
      const bool complete =
          c.Has(k - 1, kDefinite | kGentilic) ||
          (before >= 0 && c.cands[before].te == k && c.cands[before].type != EntityType::kPerson);
      uint32_t q = k + static_cast<uint32_t>(tl);
      while (q < r.te && c.Has(q, kDefinite) &&
             (c.Has(q, kGentilic | kNisba) || DropAl(c.info[q].word) == kSenior) &&
             c.info[q].stripped == 0) {
        ++q;
      }
      if (!complete || q != r.te) break;
      RoleCand second = r;
      second.tb = k;
      second.stripped = 0;
      second.eb = k;
      added.push_back(second);
      r.te = k;
      break;
    }
  }
  // "انتخب الائتلاف السوري المعارض X رئيسا له" (the Syrian opposition
  // coalition elected X its president), "رئيس الائتلاف السوري المعارض X":
  // such a participle right after a complete word agrees with the body before
  // it, so it is no title of X; it closes the post before it, if any.
  // "X، الداعية إلى الاستيطان" (X, who calls for settlement) is a participle
  // with its object, no preacher.
  const auto adjective_like = [&](const RoleCand& r) {
    if (r.te != r.tb + 1 || r.tb == 0 || HasProclitic(c, r.tb)) return false;
    if (c.tok(r.tb).key == kAdjectiveLike[3]) {  // الداعية
      return r.te < c.sent_end[r.tb] && c.info[r.te].word == kIla && c.info[r.te].stripped == 0;
    }
    // (A player's position after his club is his: "لاعب الأهلي المهاجم X".)
    if (c.tok(r.tb).key != kAdjectiveLike[0]) return false;  // المعارض
    const int32_t before = c.owner[r.tb - 1];
    return !c.Has(r.tb - 1, kPunct | kComma) &&
           (c.Has(r.tb - 1, kDefinite | kGentilic) ||
            (before >= 0 && c.cands[before].te == r.tb &&
             c.cands[before].type != EntityType::kPerson)) &&
           !(before >= 0 && c.cands[before].type == EntityType::kPerson);
  };
  for (RoleCand& p : c.roles) {
    for (const RoleCand& r : c.roles) {
      if (p.te != r.tb || r.person < 0 || (p.person >= 0 && p.person != r.person) ||
          !adjective_like(r)) {
        continue;
      }
      p.te = r.te;
      p.person = r.person;
      p.ee = std::max(p.ee, r.ee);
    }
  }
  std::erase_if(c.roles, adjective_like);
  c.roles.insert(c.roles.end(), added.begin(), added.end());
  // A title before the names of its holders in parentheses: "نواب رئيس
  // الجمهورية (نوري المالكي، إياد علاوي، أسامة النجيفي)" (the vice
  // presidents (...)): each name listed holds the post.
  std::vector<RoleCand> listed;
  listed.reserve(c.roles.size());
  for (const RoleCand& title : c.roles) {
    listed.push_back(title);
    if (title.person >= 0) continue;
    uint32_t t = title.te;
    const uint32_t end = t < c.sent_end.size() ? c.sent_end[t] : t;
    if (t >= end || !c.Has(t, kParenOpen)) continue;
    std::vector<int32_t> holders;
    for (++t; t < end && !c.Has(t, kParenClose);) {
      const int32_t o = c.owner[t];
      if (o < 0 || c.cands[o].tb != t || c.cands[o].type != EntityType::kPerson) break;
      holders.push_back(o);
      t = c.cands[o].te;
      if (c.Has(t, kComma)) ++t;
    }
    if (holders.empty() || t >= end || !c.Has(t, kParenClose)) continue;
    listed.pop_back();
    for (const int32_t h : holders) {
      RoleCand role = title;
      role.person = h;
      role.ee = c.cands[h].te;
      listed.push_back(role);
    }
  }
  c.roles = std::move(listed);
  // "الرئيس الأمريكي آنذاك جورج بوش" (the US president at the time, George
  // Bush), "أمير البحرين حينها الشيخ عيسى": an adverb of past time between a
  // post and a name, or the holder's own rank or form of address, leaves the
  // post his.
  // (The post may read on past where its title stopped: "ملك المملكة
  // العربية السعودية آنذاك الملك فيصل".)
  auto then_at = [&](uint32_t k) {
    return k + 1 < c.sent_end[k] && c.info[k].stripped == 0 &&
           IsPostWord(t_, c.tok(k).key, PostWord::kThen);
  };
  for (RoleCand& r : c.roles) {
    // (Not a post in the accusative, the one someone was named to: "عين
    // مستشارا في ديوان ولي العهد آنذاك الأمير سلطان" names the crown prince.)
    if (r.person >= 0 || r.te >= c.sent_end[r.tb] || c.info[r.tb].facts.accusative_title) {
      continue;
    }
    if (!then_at(r.te)) {
      const PhraseRun run =
          TitlePhrase(c.doc, c.info, c.owner, c.cands, r.te, c.sent_end[r.tb], holders_title);
      if (!run.complete || run.stop == r.te || run.stop >= c.sent_end[r.tb] || !then_at(run.stop)) {
        continue;
      }
      r.te = run.stop;
    }
    const uint32_t n = r.te + 1;
    int32_t o = c.owner[n];
    if (o >= 0 && c.cands[o].tb == n && c.cands[o].type == EntityType::kPerson &&
        c.cands[o].stripped == 0 && !c.cands[o].nested) {
      r.person = o;
      r.ee = c.cands[o].te;
      continue;
    }
    for (const RoleCand& b : c.roles) {
      // (Or a title his name follows at once: "الملك فيصل".)
      if (b.tb == n && b.person >= 0 && c.cands[b.person].tb >= b.te && !HasProclitic(c, n) &&
          (HoldersOwnTitle(c, n) || c.cands[b.person].tb == b.te)) {
        r.person = b.person;
        r.ee = b.ee;
        break;
      }
    }
  }
  // "وزير خارجية إيران “ظريف”" (Iran's foreign minister "Zarif"): a name
  // quoted on its own right after a post is its holder's.
  for (RoleCand& r : c.roles) {
    const uint32_t q = r.te;
    if (r.person >= 0 || q + 2 >= c.sent_end[r.tb] || !c.Has(q, kQuote) ||
        c.info[r.tb].facts.accusative_title || ClosesQuote(c, q)) {
      continue;
    }
    const int32_t o = c.owner[q + 1];
    if (o < 0 || c.cands[o].tb != q + 1 || c.cands[o].type != EntityType::kPerson ||
        c.cands[o].stripped > 0 || c.cands[o].nested || !c.Has(c.cands[o].te, kQuote)) {
      continue;
    }
    r.person = o;
    r.ee = c.cands[o].te;
  }
  PostsHeld(c);
  ScopeBeforeHolder(c);
  // Chains of titles share the holder: before the name ("ولي ولي العهد
  // النائب الثاني لرئيس مجلس الوزراء وزير الدفاع، الأمير محمد بن سلمان"),
  // the holder of the last title; after it ("أحمد عسيري المستشار في مكتب
  // وزير الدفاع المتحدث باسم قوات التحالف"), the holder of the first.
  for (size_t r = c.roles.size(); r-- > 1;) {
    RoleCand& a = c.roles[r - 1];
    const RoleCand& b = c.roles[r];
    if (a.person >= 0 || b.person < 0 || c.cands[b.person].tb < b.tb || !Chained(c, a, b)) continue;
    // "X سلطان وزير الزراعة، د. Y": a title right after a name is never the
    // next name's (but "X ووزير الخارجية Y" is another person's, and so is
    // a guest's after a verb of meeting and its named host).
    if (a.tb > 0 && !HasProclitic(c, a.tb) && c.owner[a.tb - 1] >= 0 &&
        c.cands[c.owner[a.tb - 1]].type == EntityType::kPerson &&
        c.cands[c.owner[a.tb - 1]].te == a.tb && !named_host(c.owner[a.tb - 1])) {
      continue;
    }
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
  SeveralHolders(c);
  GenitiveTitleOfAPost(c);
  // "ويضم الوفد المرافق لولي ولي العهد الدكتور X" (the delegation
  // accompanying the deputy crown prince includes Dr X): a title in the
  // genitive of a delegation ("وفد") is its head's, named elsewhere; the
  // names after it are the delegation's members.
  constexpr std::string_view kDelegation = "\xD9\x88\xD9\x81\xD8\xAF";  // وفد
  for (RoleCand& r : c.roles) {
    if (r.person < 0 || c.cands[r.person].tb < r.te || r.tb == 0) continue;
    // The "ل" on the title, or on a title word right before it ("لولي ولي العهد").
    uint32_t l = r.tb;
    if (!(c.tok(l).key.starts_with("\xD9\x84") && HasProclitic(c, l))) {  // ل
      l = r.tb - 1;
      const std::string_view key = c.tok(l).key;
      if (!key.starts_with("\xD9\x84") || key.size() < 6 ||
          t_.titles.Step(AliasMatcher::kRoot, key.substr(2)) < 0) {
        continue;
      }
    }
    bool delegation = false;
    for (uint32_t k = l; k > 0 && k + 4 > l && !delegation; --k) {
      if (c.Has(k - 1, kPunct)) break;
      delegation = DropAl(c.info[k - 1].word) == kDelegation;
    }
    if (delegation) r.person = -1;
  }
}

// "رئيس الشؤون الخاصة لخادم الحرمين الشريفين الأستاذ X" (the head of the
// private affairs of the Custodian of the Two Holy Mosques, Mr X), "نائب
// السكرتير الخاص لخادم الحرمين الشريفين مساعد رئيس الديوان الأستاذ X": a
// title in the genitive with "ل" after a post without a holder, whose own
// holder is not named right after it (a form of address or another post of
// the chain comes first), is that post's complement: the post reads on over
// it and is the name's. ("المستشار العسكري للرئيس هادي" names the president,
// and "لخادم الحرمين الشريفين الملك سلمان" the king: a rank or honorific
// there is the genitive's holder's, so those stay as they are.)
void EntityAnnotator::GenitiveTitleOfAPost(Ctx& c) const {
  for (size_t ri = 1; ri < c.roles.size(); ++ri) {
    RoleCand& r = c.roles[ri];
    if (r.person < 0 || !HasProclitic(c, r.tb) || !c.tok(r.tb).key.starts_with("\xD9\x84")) {  // ل
      continue;
    }
    TitleClass cls;
    const uint32_t end = c.sent_end[r.tb];
    const int tl = TitleAt(c, r.tb, end, &cls);
    const uint32_t g = r.tb + static_cast<uint32_t>(tl);
    if (tl <= 0 || c.cands[r.person].tb <= g || g >= end || HasProclitic(c, g)) continue;
    RoleCand* post = nullptr;
    for (RoleCand& a : c.roles) {
      if (a.te == r.tb && a.person < 0 && a.tb < r.tb) post = &a;
    }
    TitleClass post_cls;
    if (post == nullptr || TitleAt(c, post->tb, post->te, &post_cls) <= 0 ||
        post_cls != TitleClass::kOffice) {
      continue;
    }
    // What comes between the genitive and the name: the holder's form of
    // address, or his next post in the chain.
    bool next_post = false;
    for (const RoleCand& b : c.roles) {
      TitleClass b_cls;
      next_post = next_post || (b.tb == g && b.person == r.person &&
                                TitleAt(c, b.tb, b.te, &b_cls) > 0 && b_cls == TitleClass::kOffice);
    }
    TitleClass g_cls;
    const bool address = TitleAt(c, g, end, &g_cls) > 0 && (TitleFlags(c, g, end) & kTitleAddress);
    if (!next_post && !address) continue;
    post->te = g;
    post->person = r.person;
    post->ee = std::max(post->te, r.ee);
    // (Erased, not left without a holder: the chains would give it one again.)
    c.roles.erase(c.roles.begin() + static_cast<std::ptrdiff_t>(ri));
    --ri;
  }
}

// "X شغل منصب وكيل الوزارة" (X held the post of deputy minister), "X الذي
// يشغل منصب رئيس الاتحاد" (X, who holds the post of ...): the post after a
// verb of holding and "منصب" is the verb's subject's, the name right before
// it or before "الذي"/"التي" (and "كان").
void EntityAnnotator::PostsHeld(Ctx& c) const {
  constexpr std::string_view kPost = "\xD9\x85\xD9\x86\xD8\xB5\xD8\xA8";  // منصب
  // "الذي يشغل أيضا منصب ..." (who also holds the post of): an adverb
  // between the verb and "منصب"; "كان يشغل في السابق منصب" (formerly held).
  auto adverb = [](std::string_view key) {
    return key == "\xD8\xA7\xD9\x8A\xD8\xB6\xD8\xA7" ||          // ايضا (أيضًا)
           key == "\xD8\xAD\xD8\xA7\xD9\x84\xD9\x8A\xD8\xA7" ||  // حاليا (حاليًا)
           key == "\xD9\x83\xD8\xB0\xD9\x84\xD9\x83" ||          // كذلك
           key == "\xD8\xB3\xD8\xA7\xD8\xA8\xD9\x82\xD8\xA7";    // سابقا
  };
  // A person candidate ending right before token k, or -1.
  auto person_before = [&c](uint32_t k) {
    const int32_t h = k > 0 ? c.owner[k - 1] : -1;
    return h >= 0 && c.cands[h].te == k && c.cands[h].type == EntityType::kPerson ? h : -1;
  };
  const auto holders_title = [&](uint32_t k) { return HoldersOwnTitle(c, k); };
  // "يشغل X منصب الرئيس التنفيذي لقطاع الأعمال ومزيد ..." (X holds the post
  // of chief executive of the business sector, and ...): the post reads on
  // as far as its phrase goes.
  auto read_on = [&](RoleCand& r) {
    r.te = ClosedPhraseEnd(c.doc, c.info, c.owner, c.cands, r.te, c.sent_end[r.tb], holders_title);
    r.ee = std::max(r.ee, r.te);
  };
  // "منصبه"/"منصبها" (his/her post).
  auto own_post = [](std::string_view key) {
    return key == "\xD9\x85\xD9\x86\xD8\xB5\xD8\xA8\xD9\x87" ||
           key == "\xD9\x85\xD9\x86\xD8\xB5\xD8\xA8\xD9\x87\xD8\xA7";
  };
  // Whether person h is named after a title in the genitive, "ل"/"ب" +
  // the title ("نائبا للرئيس هادي"): a complement, not the sentence's subject.
  auto after_office = [&](int32_t h) {
    for (const RoleCand& q : c.roles) {
      if (q.person != h || q.te != c.cands[h].tb || !HasProclitic(c, q.tb)) continue;
      const std::string_view key = c.tok(q.tb).key;
      if (key.starts_with("\xD9\x84") || key.starts_with("\xD8\xA8")) return true;  // ل ب
    }
    return false;
  };
  // "أن"/"إن" (that), with a pronoun or a proclitic, "لكن" (but), "بينما"
  // (while), "الذي" open a clause with a subject of its own: "وأضاف X أنه
  // ... تنحية Y عن منصبه", "عين X بدلا منه، لكنها أبقت Y في منصبه".
  auto clause_start = [&](uint32_t k) {
    std::string_view key = c.tok(k).key;
    if (c.info[k].stripped > 0 && key.size() > 2) key.remove_prefix(2);
    return key == kAn || key == "\xD8\xA7\xD9\x86\xD9\x87" ||    // انه
           key == "\xD8\xA7\xD9\x86\xD9\x87\xD8\xA7" ||          // انها
           key.starts_with("\xD9\x84\xD9\x83\xD9\x86") ||        // لكن
           key == "\xD8\xA8\xD9\x8A\xD9\x86\xD9\x85\xD8\xA7" ||  // بينما
           key == "\xD9\x81\xD9\x8A\xD9\x85\xD8\xA7" ||          // فيما
           key == "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A" ||          // الذي
           key == "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A";            // التي
  };
  // "وقال X في منصبه كنائب لرئيس المجلس" (X said, in his post as deputy
  // head of the council), "أدى X اليمين ...، إضافة إلى منصبه كرئيس
  // للوزراء" (besides his post as prime minister): "ك" + a post after "منصبه"
  // is the post of the sentence's subject, the nearest name before that is
  // no office's genitive.
  for (RoleCand& r : c.roles) {
    if (r.person >= 0 || r.tb < 3 || !own_post(c.tok(r.tb - 1).key) || !HasProclitic(c, r.tb) ||
        !c.tok(r.tb).key.starts_with("\xD9\x83")) {  // ك
      continue;
    }
    const uint32_t end = c.sent_end[r.tb];
    for (uint32_t k = r.tb - 1, n = 0; k > 0 && n < 30 && c.sent_end[k - 1] == end; --k, ++n) {
      if (clause_start(k - 1)) break;
      const int32_t h = c.owner[k - 1];
      if (h < 0 || c.cands[h].type != EntityType::kPerson || c.cands[h].te != k) continue;
      if (after_office(h)) {
        k = c.cands[h].tb + 1;
        continue;
      }
      r.person = h;
      r.eb = c.cands[h].tb;
      r.ee = r.te;
      read_on(r);
      break;
    }
  }
  for (size_t ri = 0; ri < c.roles.size(); ++ri) {
    RoleCand& r = c.roles[ri];
    if (r.person >= 0 || r.tb < 3 || c.tok(r.tb - 1).key != kPost || HasProclitic(c, r.tb)) {
      continue;
    }
    uint32_t k = r.tb - 2;  // the verb
    if (k > 0 && adverb(c.tok(k).key)) --k;
    if (k > 1 && c.info[k - 1].word == kFi && c.info[k - 1].stripped == 0 &&
        c.tok(k).key == "\xD8\xA7\xD9\x84\xD8\xB3\xD8\xA7\xD8\xA8\xD9\x82") {  // السابق
      k -= 2;  // "في السابق"
    }
    // "تولى منصور منصب وزير المواصلات" (Mansour took up the post of
    // minister of transport): the subject between the verb and "منصب".
    if (const int32_t s = person_before(k + 1);
        s >= 0 && c.cands[s].tb > 0 && PostVerb(t_, c.tok(c.cands[s].tb - 1).key)) {
      r.person = s;
      r.eb = c.cands[s].tb - 1;
      r.ee = r.te;
      read_on(r);
      continue;
    }
    if (!PostVerb(t_, c.tok(k).key)) continue;
    const uint32_t verb = k;
    if (k > 0 && (c.tok(k - 1).key == "\xD9\x83\xD8\xA7\xD9\x86" ||           // كان
                  c.tok(k - 1).key == "\xD9\x83\xD8\xA7\xD9\x86\xD8\xAA")) {  // كانت
      --k;
    }
    bool relative = false;
    if (k > 0 && (c.tok(k - 1).key == "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A" ||   // الذي
                  c.tok(k - 1).key == "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A")) {  // التي
      --k;
      relative = true;
      // "X، الذي يشغل منصب ...": a comma may set the relative clause off.
      if (k > 1 && c.Has(k - 1, kComma)) --k;
    }
    int32_t h = person_before(k);
    // "X، المسؤول السابق بالوزارة الذي يشغل منصب عميد الكلية" (X, the
    // former official at the ministry who holds the post of dean of the
    // college): the relative follows a post of X's in apposition.
    if (h < 0 && relative) {
      for (const RoleCand& q : c.roles) {
        if (q.te == k && q.person >= 0 && c.cands[q.person].te <= q.tb) h = q.person;
      }
    }
    // "يشغل منصب X في الوزارة، وشغل منصب Y خلال الحرب" (holds the post of X
    // and held the post of Y during the war): "و" + the verb without a
    // subject goes on with the holder of the post before it in the sentence.
    if (h < 0 && !relative && verb == k && HasProclitic(c, verb) &&
        c.tok(verb).key.starts_with("\xD9\x88")) {  // و
      for (size_t qi = 0; qi < ri; ++qi) {
        const RoleCand& q = c.roles[qi];
        if (q.person >= 0 && q.te <= verb && q.tb >= 2 && c.sent_end[q.tb] == c.sent_end[verb] &&
            c.tok(q.tb - 1).key == kPost) {
          h = q.person;
        }
      }
      // "وتولى X عدة مناصب ...، وشغل منصب Y" (X held several posts ... and
      // held the post of Y): the subject of an earlier verb of holding.
      for (uint32_t j = verb, n = 0;
           h < 0 && j > 1 && n < 40 && c.sent_end[j - 1] == c.sent_end[verb]; --j, ++n) {
        const int32_t o = c.owner[j - 1];
        if (o >= 0 && c.cands[o].tb == j - 1 && c.cands[o].type == EntityType::kPerson && j >= 2 &&
            PostVerb(t_, c.tok(j - 2).key)) {
          h = o;
        }
      }
    }
    if (h < 0) continue;
    r.person = h;
    r.eb = std::min(c.cands[h].tb, r.tb);
    r.ee = r.te;
    read_on(r);
  }
}

// A post without a holder whose phrase reads on past where the title
// stopped, up to the holder's name or to his own form of address, rank or
// honorific: "المستشار في الديوان الملكي الأستاذ سالم X" (the adviser at the
// royal court, Mr Salem X), "رئيس الإقليم شبه المستقل في الشمال مسعود X"
// (the president of the semi-autonomous region in the north, Masoud X). The
// phrase opens with its scope ("في", or "ب" + a definite word) or "شبه" +
// an adjective, and goes on over definite words, gentilics and the names of
// bodies and places; it ends on a complete word. The post is the name's, or
// reaches the address it then chains to (Chained). After a verb of meeting
// the name is rather the host's guest ("استقبل ولي العهد في جدة الأمير X").
void EntityAnnotator::ScopeBeforeHolder(Ctx& c) const {
  constexpr std::string_view kShibh = "\xD8\xB4\xD8\xA8\xD9\x87";  // شبه
  const auto holders_title = [&](uint32_t k) { return HoldersOwnTitle(c, k); };
  for (size_t ri = 0; ri < c.roles.size(); ++ri) {
    RoleCand& r = c.roles[ri];
    if (r.person >= 0 || r.te <= r.tb || r.te >= c.sent_end.size()) continue;
    const uint32_t end = c.sent_end[r.tb];
    if (r.te + 1 >= end || c.info[r.tb].word == kAhad) continue;
    // Inside another role's title, it is part of that post.
    bool inside = false;
    for (const RoleCand& o : c.roles) {
      inside = inside || (o.tb < r.tb && r.tb < o.te) || (o.tb == r.tb && o.te > r.te);
    }
    if (inside || AfterMeetingVerb(c, r.tb)) continue;
    // "الرئيس التنفيذي لشركة الأوراق المالية (سيكو)، السيدة X" (the chief
    // executive of the securities company (SICO), Ms X): the body's short
    // name in brackets, maybe a comma, then the holder or his form of
    // address, rank or honorific. (Names in the brackets are the holders
    // themselves, listed in AppositionRoles.)
    if (c.Has(r.te, kParenOpen)) {
      uint32_t close = r.te + 1;
      bool named = false;
      for (; close < end && close < r.te + 7 && !c.Has(close, kParenClose); ++close) {
        const int32_t o = c.owner[close];
        named = named || (o >= 0 && c.cands[o].type == EntityType::kPerson) ||
                c.Has(close, kPunct | kGiven);
      }
      if (named || close >= end || close == r.te + 1 || !c.Has(close, kParenClose)) continue;
      uint32_t h = close + 1;
      if (h < end && c.Has(h, kComma)) ++h;
      if (h >= end) continue;
      const int32_t o = c.owner[h];
      if (o >= 0 && c.cands[o].tb == h && c.cands[o].type == EntityType::kPerson &&
          c.cands[o].stripped == 0 && !c.cands[o].nested) {
        r.te = close + 1;
        r.person = o;
        r.ee = c.cands[o].te;
        continue;
      }
      for (const RoleCand& b : c.roles) {
        if (b.tb == h && b.person >= 0 && c.cands[b.person].tb >= b.te && !HasProclitic(c, h) &&
            HoldersOwnTitle(c, h)) {
          r.te = close + 1;
          break;
        }
      }
      continue;
    }
    // "أمين عام الهيئة العالمية، التابعة لرابطة العالم الإسلامي، X" (the
    // secretary general of the world commission, part of the Muslim World
    // League, X): a participle's clause set off by commas describes the body;
    // the name after it holds the post.
    if (c.Has(r.te, kComma) && r.te + 2 < end && c.info[r.te + 1].facts.participle &&
        c.Has(r.te - 1, kDefinite | kGentilic)) {
      uint32_t close = r.te + 2;
      bool clean = true;
      for (; close < end && close < r.te + 9 && !c.Has(close, kComma); ++close) {
        const int32_t o = c.owner[close];
        clean = clean && !(o >= 0 && c.cands[o].type == EntityType::kPerson) &&
                !c.Has(close, kPunct | kReporting | kVerbLike | kGiven) &&
                c.info[close].facts.title_node < 0;
      }
      const int32_t o = close + 1 < end ? c.owner[close + 1] : -1;
      if (clean && close + 1 < end && c.Has(close, kComma) && o >= 0 &&
          c.cands[o].tb == close + 1 && c.cands[o].type == EntityType::kPerson &&
          c.cands[o].stripped == 0 && !c.cands[o].nested) {
        r.person = o;
        r.ee = c.cands[o].te;
      }
      continue;
    }
    uint32_t q = r.te;
    bool opened = false;
    // "أمين محافظة جدة الدكتور X" (the mayor of Jeddah governorate, Dr X): a
    // title that stopped on a noun awaiting its genitive reads on over its
    // construct chain (TitlePhrase) as a scope does.
    // (Not after a quoted name, which completes the title, nor before the
    // holder's own rank or form of address: "رئيس شركة «X» المهندس Y".)
    const int32_t last = c.owner[r.te - 1];
    TitleClass next_cls;
    const bool construct =
        c.tok(r.te - 1).kind == TokenKind::kWord &&
        !c.Has(r.te - 1, kDefinite | kGentilic | kModifier | kQuote | kPunct) &&
        c.tok(r.te - 1).enclitic_bytes == 0 &&
        !(last >= 0 && c.cands[last].te == r.te && c.cands[last].type != EntityType::kPerson) &&
        !(TitleAt(c, r.te, end, &next_cls) > 0 &&
          (next_cls == TitleClass::kRank || next_cls == TitleClass::kHonorific ||
           (TitleFlags(c, r.te, end) & kTitleAddress)));
    // "نائب المبعوث الخاص للتحالف الدولي لمواجهة تنظيم داعش X" (the deputy
    // special envoy for the international coalition against ISIS, X): after
    // a complete title, "ل" + a noun or a body's name opens its complement,
    // which reads on as the construct chain does (TitlePhrase), up to the
    // name. (Not "ل" + a title: "وجه الوزير للسفير X دعوة" addresses
    // someone else.)
    // (Only after a post or a trade: "الرائد لكسب خدمات الحارس X" is a club
    // named like a rank, winning a goalkeeper over.)
    const int32_t next = c.owner[r.te];
    TitleClass own_cls;
    const bool post_or_trade =
        TitleAt(c, r.tb, r.te, &own_cls) > 0 &&
        (own_cls == TitleClass::kOffice || own_cls == TitleClass::kProfession);
    // So does "ب" + a noun in the construct state: "مدير إدارة الإعلام
    // التربوي بتعليم جدة X" (the director of educational media at Jeddah's
    // education [department], X); "ب" + a definite word or a body's name is
    // a scope, read below.
    const std::string_view next_key = c.tok(r.te).key;
    const bool bi_construct = next_key.starts_with("\xD8\xA8") && next < 0 &&  // ب
                              !c.Has(r.te, kDefinite);
    const bool lam =
        post_or_trade && !construct && (next_key.starts_with("\xD9\x84") || bi_construct) &&
        HasProclitic(c, r.te) &&  // ل
        c.info[r.te].facts.title_node < 0 &&
        (c.Has(r.te - 1, kDefinite | kGentilic | kModifier) ||
         (last >= 0 && c.cands[last].te == r.te && c.cands[last].type != EntityType::kPerson)) &&
        (next < 0 || (c.cands[next].tb == r.te && c.cands[next].type != EntityType::kPerson));
    if (construct || lam) {
      const PhraseRun run = TitlePhrase(c.doc, c.info, c.owner, c.cands, r.te, end, holders_title);
      if (!run.complete || run.stop <= r.te) continue;
      q = run.stop;
      opened = true;
    }
    for (int words = 0; !construct && !lam && q < end && words < 7; ++words) {
      const TokInfo& w = c.info[q];
      const int32_t o = c.owner[q];
      const std::string_view key = c.tok(q).key;
      if (!opened) {
        // The scope: "في", "ب" + a definite word or a body's name, or "شبه".
        const bool bi = key.starts_with("\xD8\xA8") && w.stripped == 1 &&  // ب
                        (c.Has(q, kDefinite) ||
                         (o >= 0 && c.cands[o].tb == q && c.cands[o].type != EntityType::kPerson));
        const bool shibh = key == kShibh && q + 1 < end && c.Has(q + 1, kDefinite);
        // An envoy's destination: "سفير دولة الإمارات لدى المملكة X" (the
        // UAE's ambassador to the Kingdom, X).
        const bool destination = (w.word == kLada || w.word == kIla) && w.stripped == 0 &&
                                 (TitleFlags(c, r.tb, r.te) & kTitleDestination);
        if (!((w.word == kFi && w.stripped == 0) || bi || shibh || destination)) break;
        opened = true;
        if (!bi) {
          ++q;
          continue;
        }
      } else if (w.word == kFi && w.stripped == 0) {
        ++q;
        continue;
      }
      if (o >= 0) {
        if (c.cands[o].tb != q || c.cands[o].type == EntityType::kPerson) break;
        q = c.cands[o].te;
        continue;
      }
      if (c.tok(q).kind != TokenKind::kWord || w.facts.title_node >= 0 ||
          NewNounAfterAdjective(c.info, q, r.te) ||
          (w.stripped > 0 && !key.starts_with("\xD8\xA8")) ||
          !(w.flags & (kDefinite | kGentilic | kModifier)) ||
          (w.flags & (kGiven | kStop | kPunct | kReporting | kVerbLike | kNumber | kQuote))) {
        break;
      }
      ++q;
    }
    if (!opened || q >= end || q <= r.te + (construct || lam ? 0 : 1)) continue;
    if (!(c.Has(q - 1, kDefinite | kGentilic | kModifier) ||
          (c.owner[q - 1] >= 0 && c.cands[c.owner[q - 1]].te == q))) {
      continue;
    }
    // "نائب رئيس المجلس العسكري في محافظة تعز "العميد X"" (the deputy head
    // of the military council in Taiz governorate, "Brigadier X"): the
    // holder in quotes of his own.
    const bool quoted = c.Has(q, kQuote) && q + 2 < end;
    const uint32_t at = quoted ? q + 1 : q;
    auto closes = [&](int32_t o) { return !quoted || c.Has(c.cands[o].te, kQuote); };
    const int32_t h = c.owner[at];
    if (h >= 0 && c.cands[h].tb == at && c.cands[h].type == EntityType::kPerson &&
        c.cands[h].stripped == 0 && !c.cands[h].nested && closes(h)) {
      r.te = q;
      r.person = h;
      r.ee = c.cands[h].te;
      continue;
    }
    // His form of address, rank or honorific, which holds the name.
    for (const RoleCand& b : c.roles) {
      if (b.tb != at || b.person < 0 || c.cands[b.person].tb < b.te || HasProclitic(c, at) ||
          !closes(b.person)) {
        continue;
      }
      TitleClass cls;
      if (TitleAt(c, b.tb, b.te, &cls) <= 0) continue;
      // Or his next post, which holds the name: "عميد الجالية اليمنية في
      // المملكة رئيس الجالية بمنطقة عسير X" (the doyen of the Yemeni
      // community in the Kingdom, head of the community in Asir region, X);
      // the chain (Chained) then gives him both. Only after a scope that is
      // complete (a body's or a place's name or a definite word), and only a
      // post with a complement of its own.
      const bool next_post = cls == TitleClass::kOffice && b.te > b.tb + 1 && !construct && !lam &&
                             c.cands[b.person].tb == b.te;
      if (cls == TitleClass::kRank || cls == TitleClass::kHonorific ||
          (TitleFlags(c, b.tb, b.te) & kTitleAddress) || next_post) {
        r.te = q;
        break;
      }
    }
  }
}

// A plural or dual title before several names, each its holder: "نائبي رئيس
// الجمهورية نوري المالكي وأسامة النجيفي" (the two vice presidents, Nouri
// al-Maliki and Osama al-Nujaifi), and "نواب رئيس الجمهورية فؤاد معصوم
// الثلاثة (X وY وZ)", where the name first after the title is the
// genitive's (the president's) and the list in brackets names the holders.
void EntityAnnotator::SeveralHolders(Ctx& c) const {
  // "نواب الرئيس كل من X وY" (the vice-presidents, namely X and Y): "كل من"
  // (each of) between a plural title and the first of its holders.
  for (RoleCand& title : c.roles) {
    const uint32_t t = title.te;
    const bool each_of = t + 2 < c.sent_end[title.tb] && c.tok(t).key == "\xD9\x83\xD9\x84" &&
                         c.tok(t + 1).key == "\xD9\x85\xD9\x86";  // كل من
    if (title.person >= 0 || !each_of || !(TitleFlags(c, title.tb, title.te) & kTitleSeveral)) {
      continue;
    }
    const int32_t o = c.owner[t + 2];
    if (o < 0 || c.cands[o].tb != t + 2 || c.cands[o].type != EntityType::kPerson) continue;
    title.person = o;
    title.ee = c.cands[o].te;
  }
  // "رئيسا الدولتين عمر البشير وعبدالفتاح السيسي" (the two heads of state,
  // X and Y): a title read as an accusative ("رئيسًا", named president)
  // before a definite genitive is rather a dual in the construct state, which
  // an indefinite accusative cannot be ("رئيسا للدولة" is the accusative).
  auto dual = [&c](const RoleCand& r) {
    const uint32_t g = r.tb + 1;
    // So is one before a construct chain that ends definite: "وزيرا خارجية
    // البلدين X وY" (the two countries' foreign ministers X and Y).
    const bool chain = g + 1 < r.te && !c.Has(g, kDefinite) && c.Has(g + 1, kDefinite) &&
                       c.info[g + 1].stripped == 0 && !c.info[g].facts.tanwin;
    return c.info[r.tb].facts.accusative_title && g < r.te && (c.Has(g, kDefinite) || chain) &&
           c.info[g].stripped == 0 && !HasProclitic(c, g) && !c.Has(g, kGentilic);
  };
  std::vector<RoleCand> more;
  for (RoleCand& title : c.roles) {
    if (title.person < 0 || c.cands[title.person].tb < title.te ||
        !((TitleFlags(c, title.tb, title.te) & kTitleSeveral) || dual(title))) {
      continue;
    }
    const uint32_t end = c.sent_end[title.tb];
    // A person listed at t: a candidate starting there, maybe after "و".
    auto person_at = [&](uint32_t t) {
      const int32_t o = t < end ? c.owner[t] : -1;
      return o >= 0 && c.cands[o].tb == t && c.cands[o].type == EntityType::kPerson ? o : -1;
    };
    uint32_t t = c.cands[title.person].te;
    if (t + 1 < end && c.Has(t, kDefinite) && c.Has(t + 1, kParenOpen)) ++t;  // "الثلاثة ("
    std::vector<int32_t> holders;
    const bool bracket = t < end && c.Has(t, kParenOpen);
    if (bracket) {
      for (++t; t < end && !c.Has(t, kParenClose);) {
        const int32_t o = person_at(t);
        if (o < 0) break;
        holders.push_back(o);
        t = c.cands[o].te;
        if (t < end && c.Has(t, kComma)) ++t;
      }
      if (holders.size() < 2 || t >= end || !c.Has(t, kParenClose)) continue;
      title.person = -1;  // the genitive's name
    } else {
      while (t < end) {
        const uint32_t u = c.Has(t, kComma) ? t + 1 : t;
        if (u >= end || !c.tok(u).key.starts_with("\xD9\x88")) break;  // و
        int32_t o = person_at(u);
        // "عضوي المجلس الدكتور X والدكتور Y" (the two council members, Dr X
        // and Dr Y): "و" + the next holder's own form of address or rank.
        if (o < 0 && HasProclitic(c, u) && HoldersOwnTitle(c, u)) {
          for (const RoleCand& b : c.roles) {
            if (b.tb == u && b.person >= 0 && c.cands[b.person].tb == b.te) o = b.person;
          }
        }
        if (o < 0) break;
        holders.push_back(o);
        t = c.cands[o].te;
      }
    }
    for (const int32_t h : holders) {
      RoleCand role = title;
      role.person = h;
      role.eb = title.tb;
      role.ee = c.cands[h].te;
      more.push_back(role);
    }
  }
  // (Corefer runs the appositions again for the short forms it adds: a
  // holder already listed is not listed twice.)
  for (const RoleCand& role : more) {
    const bool known = std::any_of(c.roles.begin(), c.roles.end(), [&](const RoleCand& r) {
      return r.person == role.person && r.tb == role.tb && r.te == role.te;
    });
    if (!known) c.roles.push_back(role);
  }
}

// "مدير مكتب الأمير X" (the director of Prince X's office): whether post a,
// right before title b, ends on a common noun awaiting its genitive, which b
// (definite) then is; the name after b is the genitive's, not a's. (A word
// no word list knows is rather a name that completes the post: "محافظ شقراء
// الأستاذ X".)
bool EntityAnnotator::AwaitsGenitive(const Ctx& c, const RoleCand& a, const RoleCand& b) const {
  const uint32_t last = a.te - 1;
  return a.te == b.tb && a.te >= a.tb + 2 && c.tok(last).kind == TokenKind::kWord &&
         !c.Has(last, kDefinite | kGentilic | kModifier | kQuote | kPunct | kNumber) &&
         (c.Has(last, kLexicon) || c.info[last].facts.key_known) &&
         c.info[last].facts.title_node < 0 && c.owner[last] < 0 &&
         c.tok(last).enclitic_bytes == 0 && c.Has(b.tb, kDefinite) && !HasProclitic(c, b.tb);
}

// Whether title b follows title a directly, or after a comma, as another
// post of the same person: not after "و" (another person), and not when
// both name countries and they differ ("الرئيس الروسي وزير الخارجية
// الإيراني"), nor when only b does, which is rather a visitor received by
// an unnamed host ("استقبل ولي العهد وزير الخارجية الأمريكي").
bool EntityAnnotator::Chained(const Ctx& c, const RoleCand& a, const RoleCand& b) const {
  if (a.person >= 0 && b.person >= 0) return false;
  // "أحد قادة ..." (one of the leaders) is no post of a chain's holder.
  if (c.info[a.tb].word == kAhad || c.info[b.tb].word == kAhad) return false;
  uint32_t t = a.te;
  if (t < b.tb && c.Has(t, kComma)) ++t;
  // "رئيس نادي الهلال سابقا والشاعر الأمير X" (the former head of the
  // Hilal club and poet, Prince X): "سابقا"/"حاليا" (formerly, currently)
  // closes the first post and leaves the chain as it was.
  const bool adverb = t + 1 == b.tb && t == a.te && c.info[t].stripped == 0 &&
                      (c.tok(t).key == "\xD8\xB3\xD8\xA7\xD8\xA8\xD9\x82\xD8\xA7" ||  // سابقا
                       c.tok(t).key == "\xD8\xAD\xD8\xA7\xD9\x84\xD9\x8A\xD8\xA7");   // حاليا
  if (adverb && HasProclitic(c, b.tb)) ++t;
  // "وزير العدل معالي الدكتور X", "إمام المسجد الحرام فضيلة الشيخ X": a
  // style of address between a post and the holder's own title joins them.
  if (t + 1 == b.tb && c.info[t].stripped == 0 && StyleOfAddress(c.tok(t).key)) ++t;
  // "قائد اللواء "العميد X"": a rank and its name quoted after the post
  // (not a quote that opens with a title: "قال الوزير "الرئيس X لن ..."").
  if (t + 1 == b.tb && c.Has(t, kQuote) && b.person >= 0 && c.cands[b.person].tb >= b.te &&
      c.Has(c.cands[b.person].te, kQuote)) {
    ++t;
  }
  if (t != b.tb) return false;
  if (t == a.te && AwaitsGenitive(c, a, b)) return false;
  // "خالد بحاح نائب الرئيس اليمني ورئيس الوزراء" (Khaled Bahah, the Yemeni
  // vice-president and prime minister): after its holder's name, "و" + an
  // office that names no one of its own is his second post.
  // There a later post may name the country the first leaves unsaid
  // ("... النائب الثاني لرئيس مجلس الوزراء وزير الدفاع السعودي").
  const bool holder_before = a.person >= 0 && b.person < 0 && c.cands[a.person].te <= a.tb &&
                             !AfterMeetingVerb(c, c.cands[a.person].tb);
  const bool second_post = holder_before && t == a.te && HasProclitic(c, b.tb) &&
                           c.tok(b.tb).key.starts_with("\xD9\x88");
  // "رئيس الحكومة ووزير داخليته X" (the prime minister and his interior
  // minister X): a pronoun in b points at a's holder, another person.
  for (uint32_t k = b.tb + 1; k < b.te; ++k) {
    if (c.tok(k).enclitic_bytes > 0 && !c.Has(k, kDefinite)) return false;
  }
  // "الفنان والرسام الإيطالي X" (the Italian artist and painter X): a bare
  // profession joined by "و" to another shares the latter's gentilic.
  bool trade_pair = false;
  if (HasProclitic(c, b.tb) && t == a.te && a.te == a.tb + 1 && c.Has(a.tb, kDefinite) &&
      c.tok(b.tb).key.starts_with("\xD9\x88")) {
    TitleClass a_cls, b_cls;
    trade_pair = TitleAt(c, a.tb, a.te, &a_cls) == 1 && a_cls == TitleClass::kProfession &&
                 TitleAt(c, b.tb, b.te, &b_cls) > 0 && b_cls == TitleClass::kProfession;
  }
  if (HasProclitic(c, b.tb)) {
    // "المدون التاريخي والفنان الفوتوغرافي X": "و" between two posts of one
    // person; but not before a title that stands alone before a name
    // ("الرئيس المصري والأمير X"), nor between two of a kind ("وزير الدفاع
    // ووزير الداخلية X"), nor after a comma. After the holder's name two of
    // a kind are his ("X قائد اللواء الثالث وقائد عملية الإنقاذ", commander
    // of the brigade and of the rescue operation).
    if ((t != a.te && !adverb) || !c.tok(b.tb).key.starts_with("\xD9\x88")) return false;
    TitleClass cls;
    const int tl = TitleAt(c, b.tb, b.te, &cls);
    // "وأكد المشرف العام على الشؤون الإعلامية بالإمارة والمتحدث الرسمي X"
    // (the general supervisor of media affairs at the emirate and official
    // spokesman X stressed): right after a verb that reports what one says,
    // a post with its complement, "و" and a bare title before the name
    // describe the verb's one subject; two of a kind without the first's
    // holder would name him ("قال وزير الخارجية X ووزير الدفاع Y").
    TitleClass a_first_cls;
    const int a_tl = TitleAt(c, a.tb, a.te, &a_first_cls);
    const bool reported_subject =
        tl > 0 && a.person < 0 && b.person >= 0 && a.tb > 0 && c.Has(a.tb - 1, kReporting) &&
        !HasProclitic(c, a.tb) && a_tl > 0 && a.te > a.tb + static_cast<uint32_t>(a_tl) &&
        (a_first_cls == TitleClass::kOffice || a_first_cls == TitleClass::kProfession) &&
        (cls == TitleClass::kOffice || cls == TitleClass::kProfession) &&
        DropAl(c.info[b.tb].word) != DropAl(c.info[a.tb].word);
    if (reported_subject) return true;
    // "الكاتب والروائي X" (the writer and novelist X): two bare professions
    // are one person's trades.
    TitleClass a_cls;
    const bool trades = cls == TitleClass::kProfession && b.te == b.tb + 1 && a.te == a.tb + 1 &&
                        c.Has(a.tb, kDefinite) && c.Has(b.tb, kDefinite) &&
                        TitleAt(c, a.tb, a.te, &a_cls) > 0 && a_cls == TitleClass::kProfession;
    if (tl <= 0 || (b.te <= b.tb + static_cast<uint32_t>(tl) && !second_post && !trades) ||
        cls == TitleClass::kRank || cls == TitleClass::kHonorific ||
        (DropAl(c.info[b.tb].word) == DropAl(c.info[a.tb].word) && !second_post)) {
      return false;
    }
  }
  const int32_t ca = TitleCountry(c, a), cb = TitleCountry(c, b);
  // "نائب الرئيس رئيس الوزراء اليمني X" (the vice-president and Yemeni prime
  // minister X): an office with its own genitive that names no country
  // takes the next one's; a bare title ("الرئيس") or one after a verb of
  // meeting is rather another person, host or guest.
  const bool unnamed_office = ca < 0 && a.person < 0 && a.te > a.tb + 1 &&
                              c.Has(a.te - 1, kDefinite) && !AfterMeetingVerb(c, a.tb);
  if (cb >= 0 && ca != cb && !(holder_before && ca < 0) && !unnamed_office &&
      !(trade_pair && ca < 0)) {
    return false;
  }
  // After a verb of meeting the chain may pass from the host to his guest:
  // "استقبل أمير المنطقة سفير اليابان X", "استقبل وزير الخارجية السفير X",
  // "استقبل المحافظ مدير الشرطة اللواء X". There only a rank, an honorific
  // or a royal title before the name ("استقبل خادم الحرمين الشريفين الملك
  // سلمان"), or, after a named host, a title other than an envoy's, joins.
  const uint32_t start = a.person >= 0 ? std::min(a.tb, c.cands[a.person].tb) : a.tb;
  if (!AfterMeetingVerb(c, start)) return true;
  // "استقبل نائب رئيس الوزراء وزير الداخلية الأمير X أمس السفير Y" (the
  // deputy prime minister and interior minister, Prince X, received
  // yesterday the ambassador Y): when the guest's title or name follows the
  // name, maybe after "أمس"/"اليوم", that name is the host's, and every
  // title of the chain before it his.
  if (b.person >= 0 && c.cands[b.person].tb >= b.te) {
    uint32_t g = c.cands[b.person].te;
    const uint32_t end = c.sent_end[b.tb];
    for (int n = 0; n < 2 && g < end && c.info[g].stripped == 0; ++n) {
      const std::string_view w = c.tok(g).key;
      if (w != "\xD8\xA7\xD9\x85\xD8\xB3" &&                  // امس (أمس)
          w != "\xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85" &&  // اليوم
          w != "\xD9\x85\xD8\xB3\xD8\xA7\xD8\xA1" &&          // مساء
          w != "\xD8\xB5\xD8\xA8\xD8\xA7\xD8\xAD") {          // صباح
        break;
      }
      ++g;
    }
    const int32_t o = g < end ? c.owner[g] : -1;
    bool guest = g < end && !HasProclitic(c, g) && !c.Has(g, kPunct | kComma) && o >= 0 &&
                 c.cands[o].tb == g && c.cands[o].type == EntityType::kPerson;
    for (const RoleCand& q : c.roles) {
      guest = guest || (g < end && q.tb == g && !HasProclitic(c, g) && q.person >= 0 &&
                        q.person != b.person && c.cands[q.person].tb >= q.te);
    }
    if (guest) return true;
  }
  // "استقبل الربيعة أمس وزير العدل السابق، رئيس جمعية الإصلاح القاضي X"
  // (al-Rabeeah received yesterday the former justice minister, head of the
  // Islah society, Judge X): with the host named between the verb and the
  // chain, every title of the chain is the guest's.
  for (uint32_t k = start, n = 0; k > 0 && n < 4; --k, ++n) {
    const int32_t o = c.owner[k - 1];
    if (o >= 0 && c.cands[o].type == EntityType::kPerson && !c.cands[o].dead) return true;
    if (t_.meeting_verbs.contains(c.info[k - 1].word)) break;
  }
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
  // "زار تركيا قائد القوات الجنرال X" (the forces' commander, General X,
  // visited Turkey): a place or body right after the verb is its object,
  // named first; the titles after it are the subject's, one person's.
  auto object_first = [&](uint32_t k) {
    const int32_t o = k < i ? c.owner[k] : -1;
    return o >= 0 && c.cands[o].tb == k && c.cands[o].stripped == 0 &&
           (c.cands[o].type == EntityType::kLocation ||
            c.cands[o].type == EntityType::kOrganization);
  };
  for (uint32_t k = i, n = 0; k > 0 && n < 4; --k, ++n) {
    if (c.Has(k - 1, kPunct) || c.sent_end[k - 1] != c.sent_end[i]) return false;
    if (t_.meeting_verbs.contains(c.info[k - 1].word)) return !object_first(k);
    // The conjunction on a verb the lexicon does not know: "واستقبل".
    const std::string_view key = c.tok(k - 1).key;
    if ((key.starts_with("\xD9\x88") || key.starts_with("\xD9\x81")) &&
        t_.meeting_verbs.contains(key.substr(2))) {
      return !object_first(k);
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
uint16_t EntityAnnotator::TitleFlags(const Ctx& c, uint32_t i, uint32_t end) const {
  uint16_t flags = 0;
  int32_t node = c.info[i].facts.title_node;
  for (uint32_t j = i + 1; node >= 0; ++j) {
    auto hits = t_.titles.Hits(node);
    if (!hits.empty()) flags = t_.title_flags[hits[0].entity];
    if (j >= end) break;
    node = t_.titles.Step(node, c.tok(j).key);
  }
  return flags;
}

// Whether the role's title is a form of address alone ("السيد"), or its
// abbreviation with the dot ("م.", Eng.); not one the news counts as the
// holder's profession ("المهندس", flagged "role").
bool EntityAnnotator::AddressOnly(const Ctx& c, const RoleCand& r) const {
  TitleClass cls;
  const int tl = TitleAt(c, r.tb, r.te, &cls);
  const bool dot = tl == 1 && r.te == r.tb + 2 && c.doc.Slice(c.tok(r.tb + 1).span) == "." &&
                   c.tok(r.tb + 1).span.begin == c.tok(r.tb).span.end;
  const uint16_t flags = TitleFlags(c, r.tb, r.te);
  return (tl == static_cast<int>(r.te - r.tb) || dot) && (flags & kTitleAddress) &&
         (dot || !(flags & kTitleRole));
}

// Whether the role's title is one office or trade word without the article
// right before the name, which is then its genitive, not its holder:
// "مستشار أوباما" (Obama's adviser), "مندوب البغدادي" (al-Baghdadi's envoy).
// The holder's own title takes the article ("المستشار X"); ranks that some
// outlets write bare before a holder's given name ("عميد محمد") are apart.
bool EntityAnnotator::NameIsGenitiveOfBareTitle(const Ctx& c, const RoleCand& r) const {
  TitleClass cls;
  return r.te == r.tb + 1 && c.cands[r.person].tb == r.te && !c.Has(r.tb, kDefinite) &&
         c.tok(r.tb).enclitic_bytes == 0 &&  // "ورئيسها X" (and its head, X) is his
         Letters(c.info[r.tb].word) >= 3 && TitleAt(c, r.tb, r.te, &cls) == 1 &&
         (cls == TitleClass::kOffice || cls == TitleClass::kProfession) &&
         !(TitleFlags(c, r.tb, r.te) & (kTitleBare | kTitleAddress));
}

}  // namespace rased::ner::internal

#include "relations/frame_matcher.h"

#include <algorithm>

namespace rased::relations {

namespace {

constexpr std::string_view kBayn = "\xD8\xA8\xD9\x8A\xD9\x86";                    // بين
constexpr std::string_view kFi = "\xD9\x81\xD9\x8A";                              // في
constexpr std::string_view kMin = "\xD9\x85\xD9\x86";                             // من
constexpr std::string_view kJiha = "\xD8\xAC\xD9\x87\xD9\x87";                    // جهة (folded)
constexpr std::string_view kNahiya = "\xD9\x86\xD8\xA7\xD8\xAD\xD9\x8A\xD9\x87";  // ناحية (folded)
constexpr std::string_view kHa = "\xD9\x87";                                      // ه
constexpr std::string_view kHaa = "\xD9\x87\xD8\xA7";                             // ها
constexpr std::string_view kDhalika = "\xD8\xB0\xD9\x84\xD9\x83";                 // ذلك
constexpr std::string_view kKama = "\xD9\x83\xD9\x85\xD8\xA7";                    // كما
// How far slots look, in tokens.
constexpr uint32_t kLeftWindow = 25;
constexpr uint32_t kRightWindow = 12;
constexpr uint32_t kPreWindow = 20;
// Beyond this many words a governed name is less surely the trigger's.
constexpr uint32_t kPreNear = 12;
constexpr uint32_t kPronounWindow = 40;
// Confidence factors for a role found by a later alternative or far away.
constexpr float kSecondAlternative = 0.92f;
constexpr float kLaterAlternative = 0.85f;
constexpr float kFar = 0.85f;

// The third-person pronoun a word ends with ("أنها" -> "ها"), empty if none.
std::string_view PronounEnding(std::string_view key) {
  for (std::string_view p : {std::string_view("\xD9\x87\xD9\x85\xD8\xA7"),  // هما
                             std::string_view("\xD9\x87\xD9\x85"),          // هم
                             std::string_view("\xD9\x87\xD8\xA7"),          // ها
                             std::string_view("\xD9\x87")}) {               // ه
    if (key.size() > p.size() && key.substr(key.size() - p.size()) == p) return p;
  }
  return {};
}

bool IsPronoun(std::string_view s) {
  return s == "\xD9\x87" || s == "\xD9\x87\xD8\xA7" || s == "\xD9\x87\xD9\x85" ||
         s == "\xD9\x87\xD9\x85\xD8\xA7" || s == "\xD9\x87\xD9\x86";
}

}  // namespace

FrameMatcher::FrameMatcher(DocView& view, const TriggerRule& rule, uint32_t trigger_begin,
                           uint32_t trigger_end)
    : view_(view), rule_(rule), tb_(trigger_begin), te_(trigger_end) {
  const uint32_t s = view_.SentenceOf(tb_);
  sb_ = view_.SentenceBegin(s);
  se_ = view_.SentenceEnd(s);
  clause_end_ = se_;
  for (uint32_t t = te_; t < se_; ++t) {
    if (view_.tok(t).hard) {
      clause_end_ = t;
      break;
    }
  }
}

int32_t FrameMatcher::StartAt(uint32_t t) const {
  if (t >= view_.size()) return -1;
  const int32_t m = view_.tok(t).mention;
  return m >= 0 && view_.mention(m).begin == t ? m : -1;
}

bool FrameMatcher::NewClauseAt(uint32_t t) const {
  if (!view_.tok(t).comma || t + 1 >= se_) return false;
  const DocView::Tok& next = view_.tok(t + 1);
  return (next.proclitics & (kProWa | kProFa)) && next.mention < 0 &&
         !(next.classes & (kHead | kTitle));
}

bool FrameMatcher::IsStandaloneCoord(uint32_t t) const {
  const DocView::Tok& tk = view_.tok(t);
  return (tk.classes & kCoord) && tk.mention < 0 && view_.doc().tokens[t].key.size() <= 4;
}

bool FrameMatcher::Usable(int32_t m, uint8_t types) const {
  if (m < 0) return false;
  const DocView::MentionInfo& mi = view_.mention(m);
  if (mi.entity < 0 || mi.modifier || mi.continuation || mi.outlet) return false;
  if (mi.in_title && !rule_.titles) return false;
  if (mi.adjectival && rule_.named) return false;
  if (view_.tok(mi.begin).excluded) return false;
  if (!view_.Fits(m, types)) return false;
  return std::find(used_.begin(), used_.end(), mi.entity) == used_.end();
}

bool FrameMatcher::SpeakerFits(int32_t m, uint8_t types, std::string_view pronoun) const {
  if (m < 0) return false;
  const DocView::MentionInfo& mi = view_.mention(m);
  // Only in the sentence of its own cue: further on, the report's pronouns
  // stand for whom the speaker talks about.
  if (!view_.tok(mi.begin).speaker || mi.begin < sb_ || mi.begin >= se_) return false;
  if (mi.entity < 0 || !view_.Fits(m, types)) return false;
  if (std::find(used_.begin(), used_.end(), mi.entity) != used_.end()) return false;
  // A pronoun that stands for the speaker agrees with it: ه a person, ها هم
  // هما a state or a body ("أعلنت تركيا أنها سترسل", not "أضافت الخارجية أنه").
  if (pronoun.empty()) return true;
  return (pronoun == kHa) == (mi.type == EntityType::kPerson);
}

// ------------------------------------------------------------------ subjects

int32_t FrameMatcher::SubjectLeftAdjacent(uint8_t types) {
  uint32_t j = tb_;
  bool comma = false;
  int aux = 0;
  while (j > sb_) {
    const DocView::Tok& p = view_.tok(j - 1);
    if (p.quote) {
      --j;
    } else if (p.comma && !comma) {
      comma = true;
      --j;
    } else if ((p.classes & (kAux | kNeg)) && p.mention < 0 && aux < 2) {
      ++aux;
      --j;
    } else {
      break;
    }
  }
  if (j <= sb_) return -1;
  const int32_t m = view_.tok(j - 1).mention;
  if (m < 0 || view_.mention(m).end != j) return -1;
  if (view_.Governed(m) || !Usable(m, types)) return -1;
  // The name, with its title ("اللواء الليبي المتقاعد خليفة حفتر"), must open
  // its clause for the verb to follow its subject: the first of the names
  // coordinated with it, or it alone when the first's title is too long to
  // read ("المبعوث الخاص للرئيس الروسي إلى سورية ميخائيل بوجدانوف ووزير
  // الخارجية السوري وليد المعلم سيزوران").
  uint32_t first = view_.mention(m).begin;
  for (int32_t c : ExpandLeft(m, types)) first = std::min(first, view_.mention(c).begin);
  auto opens_clause = [&](uint32_t at) {
    uint32_t i = at;
    while (i > sb_ && view_.tok(i - 1).quote) --i;
    if (i == sb_) return true;
    const DocView::Tok& before = view_.tok(i - 1);
    return before.hard || before.comma || (before.classes & (kComp | kRel | kCoord | kLocRel)) ||
           (view_.tok(i).proclitics & kProWa);
  };
  auto title_opens = [&](uint32_t k) {
    if (opens_clause(k)) return true;
    uint32_t title = k;
    for (int words = 0; title > sb_ && words < 4; ++words) {
      const DocView::Tok& p = view_.tok(title - 1);
      // "كانت طائرات التحالف تقصف": an auxiliary opens the clause its subject
      // and verb follow.
      if (words > 0 && (p.classes & kAux) && p.mention < 0 && opens_clause(title - 1)) return true;
      const bool adjective = p.mention >= 0 && view_.mention(p.mention).adjectival;
      if ((p.mention >= 0 && !adjective) || p.hard || p.comma || p.quote ||
          (p.classes & (kPrep | kComp | kRel | kCoord)) || (p.proclitics & kProPrepositions)) {
        break;
      }
      --title;
      if ((view_.tok(title).classes & kHead) && opens_clause(title)) return true;
    }
    return false;
  };
  if (title_opens(first)) return m;
  // The conjunct opens with its title and "و" ("… ووزير الخارجية السوري وليد
  // المعلم سيزوران"): the verb follows the coordinated subject.
  if (first != view_.mention(m).begin && TitledConjunctOpening(view_.mention(m).begin) >= 0) {
    return m;
  }
  return -1;
}

int64_t FrameMatcher::TitledConjunctOpening(uint32_t t) const {
  for (int words = 0; t > sb_ && words < 4; ++words) {
    const DocView::Tok& p = view_.tok(t - 1);
    const bool adjective = p.mention >= 0 && (view_.mention(p.mention).adjectival ||
                                              view_.mention(p.mention).modifier);
    if ((p.mention >= 0 && !adjective) || p.hard || p.comma || p.quote ||
        (p.classes & (kPrep | kComp | kRel)) || (p.proclitics & kProPrepositions)) {
      return -1;
    }
    --t;
    if ((p.proclitics & kProWa) && (p.classes & (kHead | kTitle))) return t;
  }
  return -1;
}

int32_t FrameMatcher::ScanRight(uint32_t from, uint8_t types, int max_plain, uint32_t limit) {
  const uint32_t end = std::min({clause_end_, from + kRightWindow, limit});
  int plain = 0;
  uint32_t j = from;
  while (j < end) {
    const DocView::Tok& t = view_.tok(j);
    // "بان كي مون" is a name, not the complementiser "بأن".
    if ((t.classes & (kComp | kRel | kLocRel)) && t.mention < 0) break;
    if (NewClauseAt(j)) break;  // "، وتمكنت لوموند": a new clause
    if (t.quote || t.paren || t.comma) {
      ++j;
      continue;
    }
    const int32_t m = StartAt(j);
    if (m >= 0) {
      if (view_.Governed(m) || view_.mention(m).modifier || view_.tok(j).excluded) {
        j = view_.mention(m).end;
        continue;
      }
      if (Usable(m, types)) return m;
      return PastHeadMention(m, types);
    }
    if (t.classes & kPrep) {
      // A prepositional phrase is skipped when a name is its object; one
      // whose object is a common noun ends the search.
      uint32_t k = j + 1;
      int heads = 0;
      while (k < end && StartAt(k) < 0 &&
             (view_.tok(k).quote || ((view_.tok(k).classes & kHead) && heads < 2))) {
        heads += !view_.tok(k).quote;
        ++k;
      }
      if (StartAt(k) < 0) break;
      j = k;
      continue;
    }
    if ((t.proclitics & kProPrepositions) && !(t.classes & kHead)) break;
    if (++plain > max_plain) break;
    ++j;
  }
  return -1;
}

bool FrameMatcher::CommonSubjectAfter() const {
  // "استهدف الثوار مساكن ضباط قوات الأسد": a definite common noun right after
  // the verb is its subject (it cannot head a genitive), so no name is.
  uint32_t j = te_;
  while (j < clause_end_ && view_.tok(j).quote) ++j;
  if (j + 1 < clause_end_ && view_.tok(j).mention < 0 && Definite(j) &&
      !(view_.tok(j).classes & (kHead | kTitle | kOfficial | kPrep | kComp | kRel | kAux))) {
    const int32_t next = StartAt(j + 1);
    // "الطائرات الروسية": the gentilic names the subject's state.
    return next < 0 || !view_.mention(next).adjectival;
  }
  return false;
}

bool FrameMatcher::CommonSubjectBefore() const {
  // "وأكدت أن الاجتماع قرر تعيين فلان", "أن المسؤولين الإيرانيين دعوا
  // المالكي": definite common nouns (and gentilic adjectives) that open the
  // clause right before the verb are its subject, and the name after the verb
  // its object.
  if (tb_ == sb_ || (view_.tok(tb_).proclitics & (kProWa | kProFa))) return false;
  uint32_t j = tb_;
  int words = 0;
  while (j > sb_ && words < 3) {
    const DocView::Tok& w = view_.tok(j - 1);
    if (w.mention >= 0) {
      if (!view_.mention(w.mention).adjectival) break;
      j = view_.mention(w.mention).begin;
    } else if (Definite(j - 1) && w.proclitics == 0 &&
               !(w.classes & (kPrep | kComp | kRel | kAux | kNeg))) {
      --j;
    } else {
      break;
    }
    ++words;
  }
  if (words == 0 || view_.tok(j).mention >= 0) return false;
  if (j == sb_) return true;
  const DocView::Tok& before = view_.tok(j - 1);
  return before.hard || before.comma ||
         (before.mention < 0 && (before.classes & kComp) && before.enclitic.empty());
}

int32_t FrameMatcher::SubjectRight(uint8_t types) {
  if (CommonSubjectAfter()) return -1;
  // "أصدر منصور بيانا يهاجم فيه داعش": the subject comes before the object
  // the trigger needs.
  return ScanRight(te_, types, 4, RequiredWord());
}

uint32_t FrameMatcher::RequiredWord() const {
  if (rule_.only_before.empty()) return clause_end_;
  for (uint32_t t = te_; t < clause_end_ && t < te_ + 8; ++t) {
    for (const std::string& w : rule_.only_before) {
      if (view_.Matches(t, w)) return t;
    }
  }
  return clause_end_;
}

bool FrameMatcher::Definite(uint32_t t) const {
  constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال
  const Token& token = view_.doc().tokens[t];
  if (token.kind != TokenKind::kWord) return false;
  std::string_view base = token.base.empty() ? std::string_view(token.key) : token.base;
  return base.size() > kAl.size() + 4 && base.substr(0, kAl.size()) == kAl;
}

int32_t FrameMatcher::Subject(uint8_t types, float* factor) {
  if (!rule_.verb) {
    const int32_t e = Encl(types);
    if (e >= 0) return e;
    return LeftSearch(tb_, types, factor);
  }
  if (!rule_.vso) {
    const int32_t m = SubjectLeftAdjacent(types);
    if (m >= 0) {
      subject_left_ = true;
      return m;
    }
  }
  // "المعسكر …، الذي يدعم حفتر": the relative pronoun's antecedent is the
  // subject and the name after the verb its object.
  if (tb_ > sb_ && (view_.tok(tb_ - 1).classes & kRel) && view_.tok(tb_ - 1).mention < 0) {
    const int32_t a = RelAntecedent(tb_ - 1);
    if (!rule_.vso && Usable(a, types)) return a;
    // "القرار، الذي يطالب قوات الدعم السريع بوقف …": a verb with no pronoun
    // pointing back has the common noun before it for subject; "التي
    // يسيطر عليها حفتر" names its own.
    bool resumptive = false;
    for (uint32_t t = tb_; t < te_ + 1 && t < se_; ++t) {
      resumptive |= !view_.tok(t).enclitic.empty() && IsPronoun(view_.tok(t).enclitic);
    }
    if (a < 0 && !resumptive) return -1;
    // The antecedent already fills another role ("روسيا، التي وصل إليها"):
    // the subject is named before the relative clause.
  }
  if (!rule_.vso && CommonSubjectBefore()) return -1;
  const int32_t m = SubjectRight(types);
  if (m >= 0) {
    subject_right_ = true;
    subject_end_ = view_.mention(m).end;
    for (int32_t c : Expand(m, types)) subject_end_ = std::max(subject_end_, view_.mention(c).end);
    return m;
  }
  // A verb with no subject of its own shares the subject of the clause it is
  // joined to ("وكثفت الوزارة … واستقدمتهم", "ثم وزعتهم"); after a noun phrase
  // ("وقسم منهم تمركز") that phrase is the subject, not a name further back.
  if (rule_.vso || !ClauseInitial()) return -1;
  const int32_t left = LeftSearch(tb_, types, factor, /*skip_genitives=*/true);
  subject_left_ = left >= 0;
  return left;
}

int32_t FrameMatcher::Object(uint8_t types) {
  const bool relative =
      tb_ > sb_ && (view_.tok(tb_ - 1).classes & kRel) && view_.tok(tb_ - 1).mention < 0;
  if (rule_.verb && !subject_right_ && !subject_left_ && !relative) {
    // The object follows the subject in a verb-first clause.
    std::vector<int32_t> saved = used_;
    const int32_t s = SubjectRight(kAllTypes);
    used_ = std::move(saved);
    if (s >= 0) {
      subject_right_ = true;
      subject_end_ = view_.mention(s).end;
      for (int32_t c : Expand(s, kAllTypes))
        subject_end_ = std::max(subject_end_, view_.mention(c).end);
    }
  }
  const uint32_t from = subject_right_ ? subject_end_ : te_;
  return ScanRight(from, types, 5);
}

int32_t FrameMatcher::RelAntecedent(uint32_t rel) const {
  // "السفينة “أورال” التي ترفع علم بنما، والتي غادرت": a relative clause
  // joined to an earlier one shares its antecedent.
  if ((view_.tok(rel).proclitics & kProWa) && rel > sb_ && view_.tok(rel - 1).comma) {
    for (uint32_t j = rel - 1; j > sb_ && rel - j < 16; --j) {
      const DocView::Tok& p = view_.tok(j - 1);
      if (p.hard) break;
      if ((p.classes & kRel) && p.mention < 0) return RelAntecedent(j - 1);
    }
  }
  if ((view_.tok(rel).proclitics & kProWa) && rel > sb_ && !view_.tok(rel - 1).comma) {
    // "التيار الوطني الحر المتحالف مع حزب الله والذي يترأسه": a relative
    // clause joined to an adjective describes the name the adjective follows.
    for (uint32_t j = rel; j > sb_ + 1 && rel - j < 12; --j) {
      const DocView::Tok& adj = view_.tok(j - 1);
      if (adj.hard || adj.comma) break;
      const int32_t m = view_.tok(j - 2).mention;
      if (adj.mention < 0 && Definite(j - 1) && !(adj.classes & (kPrep | kComp | kRel)) &&
          adj.proclitics == 0 && m >= 0 && view_.mention(m).end == j - 1) {
        return m;
      }
    }
  }
  const int32_t m = view_.MentionEndingBefore(rel, sb_, true);
  if (m >= 0) {
    // "المعسكر … في الشرق الأوسط، الذي": a place in a locative phrase is
    // seldom what the clause is about.
    const uint32_t b = view_.mention(m).begin;
    if (b > sb_ && view_.Matches(b - 1, kFi)) return -1;
    // "رحلات “أجنحة الشام” التي وصلت": the clause is about the flights, the
    // name only completes them.
    uint32_t k = b;
    while (k > sb_ && view_.tok(k - 1).quote) --k;
    if (k > sb_ && (view_.tok(k - 1).classes & (kCargo | kForce)) && view_.tok(k - 1).mention < 0)
      return -1;
    return m;
  }
  // "فاغنر، الشركة الأمنية الروسية الخاصة التي": a name, then a description.
  uint32_t j = rel;
  int words = 0;
  while (j > sb_ && words <= 5) {
    const DocView::Tok& p = view_.tok(j - 1);
    if (p.comma) return view_.MentionEndingBefore(j - 1, sb_, false);
    // "في شرق ليبيا – المناطق التي يسيطر عليها حفتر": a dash sets the
    // description apart as a comma does.
    // A dash that opens a remark ("البيدا -التي لا تبعد عن بنغازي-") does not.
    if (IsDash(j - 1) && !p.paren && !view_.tok(rel).paren) {
      return view_.MentionEndingBefore(j - 1, sb_, false);
    }
    const bool adjective = p.mention >= 0 && view_.mention(p.mention).adjectival;
    if (p.hard || (p.mention >= 0 && !adjective) || (p.classes & (kPrep | kComp | kRel)) ||
        (p.proclitics & kProPrepositions)) {
      return -1;
    }
    ++words;
    --j;
  }
  return -1;
}

bool FrameMatcher::GenitiveOfCommonNoun(int32_t m) const {
  // A person after a common noun is mostly that noun's apposition ("مدير
  // الفريق طلال النجار"), not its genitive.
  const uint32_t b = view_.mention(m).begin;
  if (b <= sb_ || view_.mention(m).type == EntityType::kPerson) return false;
  // "الميليشيات الحوثية وقوات صالح": a conjunct is no genitive.
  if (view_.tok(b).proclitics != 0) return false;
  const DocView::Tok& p = view_.tok(b - 1);
  return p.mention < 0 && !p.hard && !p.comma && !p.quote && !p.number && p.proclitics == 0 &&
         view_.doc().tokens[b - 1].kind == TokenKind::kWord &&
         !(p.classes & (kHead | kTitle | kOfficial | kForce | kPrep | kComp | kRel | kCoord | kAux |
                        kNeg | kLocRel | kExemplify | kPartitive)) &&
         !(p.starts & view_.rules().trigger_forms().start_bit()) &&
         !(p.starts & view_.rules().attribution_cues().start_bit());
}

int32_t FrameMatcher::LeftSearch(uint32_t from, uint8_t types, float* factor, bool skip_genitives) {
  const uint32_t floor = std::max(sb_, from > kLeftWindow ? from - kLeftWindow : 0);
  uint32_t j = from;
  int closed_quotes = 0;
  bool crossed_comp = false;
  while (j > floor) {
    const DocView::Tok& p = view_.tok(j - 1);
    if (p.hard) break;
    if (p.quote) {
      // A quotation that opens before the trigger and is still open has its
      // own subject inside it.
      std::string_view q = view_.doc().Slice(view_.doc().tokens[j - 1].span);
      if (q == "\xE2\x80\x9D" || q == "\xC2\xBB") ++closed_quotes;             // ” »
      if ((q == "\xE2\x80\x9C" || q == "\xC2\xAB") && closed_quotes-- == 0 &&  // “ «
          !ShortQuoteAround(j - 1, from)) {
        break;
      }
      --j;
      continue;
    }
    if ((p.classes & kComp) && p.mention < 0) {
      // "أنها": the pronoun points further back; a bare "أن" opens the clause,
      // unless it only joins a verb to a time or manner ("قبل أن يغادر", "دون
      // أن"): that verb shares the subject of the clause it depends on.
      if (p.enclitic.empty() && !(p.classes & kCompPronoun)) {
        if (!SubordinateVerbAt(j - 1, from)) break;
        j -= 2;
        continue;
      }
      // "قال كورتس إنه يعتزم زيارة إيران": the speaker (not for "إنها").
      const std::string& ckey = view_.doc().tokens[j - 1].key;
      const bool masculine = ckey.size() >= 2 && ckey.compare(ckey.size() - 2, 2, kHa) == 0;
      const int32_t speaker = masculine ? SpeakerBefore(j - 1) : -1;
      if (speaker >= 0) {
        const int32_t e = view_.mention(speaker).entity;
        if (view_.Fits(speaker, types) && std::find(used_.begin(), used_.end(), e) == used_.end()) {
          return speaker;
        }
      }
      // "أعلنت تركيا أنها سترسل قوات": a state or body that says it of itself,
      // when the trigger is the verb of the reported clause.
      bool opens = !masculine;
      for (uint32_t k = j; k < from && opens; ++k) {
        opens = view_.tok(k).quote || (view_.tok(k).classes & (kAux | kNeg));
      }
      if (opens) {
        for (uint32_t k = j - 1; k > sb_; --k) {
          const int32_t m = view_.tok(k - 1).mention;
          if (m >= 0 && view_.mention(m).end == k && view_.tok(k - 1).speaker) {
            if (SpeakerFits(m, types, PronounEnding(ckey))) return m;
            break;
          }
        }
      }
      crossed_comp = true;
      --j;
      continue;
    }
    if ((p.classes & kRel) && p.mention < 0) {
      const int32_t a = RelAntecedent(j - 1);
      if (a >= 0 && Usable(a, types)) {
        if (factor && from - j > 10) *factor *= kFar;
        return a;
      }
      // "البلدان التي تقيم علاقات": the clause is about a common noun.
      if (a < 0) break;
      --j;
      continue;
    }
    if (p.paren) {
      --j;
      continue;
    }
    const int32_t m = p.mention;
    if (m >= 0 && view_.mention(m).end == j) {
      // "أعلنت روسيا دعم حفتر": the speaker acts in what its verb reports
      // right after it.
      const bool speaker = !crossed_comp && from - j <= 2 && SpeakerFits(m, types, {});
      // "المسؤول الذي أوكلت إليه موسكو ملف تشكيلات فاغنر …، وقد زار": a name
      // owned by a common noun belongs to another clause's object.
      const bool genitive = skip_genitives && !speaker && GenitiveOfCommonNoun(m);
      if (!view_.Governed(m) && !genitive && (Usable(m, types) || speaker)) {
        if (factor) {
          if (from - j > 10) *factor *= kFar;
          if (view_.mention(m).adjectival) *factor *= kFar;
        }
        return m;
      }
      j = view_.mention(m).begin;
      continue;
    }
    --j;
  }
  return -1;
}

// ------------------------------------------------------------- noun phrases

int32_t FrameMatcher::Gen(uint8_t types) {
  uint32_t j = te_;
  int heads = 0;
  while (j < se_) {
    const DocView::Tok& t = view_.tok(j);
    if (t.quote) {
      ++j;
    } else if ((t.classes & kHead) && t.mention < 0 && !(t.proclitics & kProPrepositions) &&
               heads < 2) {
      ++heads;
      ++j;
    } else {
      break;
    }
  }
  if (j >= se_) return -1;
  if ((view_.tok(j).classes & kKin) && view_.tok(j).mention < 0) {
    // "نجل حفتر، صدام": the kinsman is the name after the comma, if any.
    const int32_t relative = StartAt(j + 1);
    if (relative < 0) return -1;
    uint32_t k = view_.mention(relative).end;
    while (k < se_ && (view_.tok(k).comma || view_.tok(k).quote)) ++k;
    const int32_t named = StartAt(k);
    if (named >= 0 && view_.mention(named).type == EntityType::kPerson && Usable(named, types)) {
      return named;
    }
    return -1;
  }
  int32_t m = StartAt(j);
  // "دعم وتجييش المقاومة": two verbal nouns share the genitive after them.
  if (m < 0 && j == te_ && j + 1 < se_ && (view_.tok(j).proclitics & kProWa) &&
      view_.tok(j).mention < 0 && !view_.tok(j).number &&
      !(view_.tok(j).classes & (kPrep | kComp | kRel | kHead | kTitle | kForce | kPeople)) &&
      StartAt(j + 1) >= 0) {
    m = StartAt(++j);
  }
  if (m < 0 && j + 1 < se_ && view_.tok(j).mention < 0 && !view_.tok(j).comma &&
      !view_.tok(j).hard && !(view_.tok(j).classes & (kPrep | kComp | kRel))) {
    // "ضد النفوذ الروسي": a noun and the gentilic adjective of its owner.
    const int32_t adj = StartAt(j + 1);
    if (adj >= 0 && view_.mention(adj).adjectival) m = adj;
  }
  if (m < 0 || (view_.tok(view_.mention(m).begin).proclitics & kProPrepositions)) return -1;
  if (view_.mention(m).modifier) {
    // "زيارة الرئيس الروسي بوتين": the adjective belongs to the title.
    uint32_t k = view_.mention(m).end;
    while (k < se_ && k < view_.mention(m).end + 3 && StartAt(k) < 0) ++k;
    m = StartAt(k);
  }
  // "خط دمشق-طهران": the first end of a pair owns nothing.
  if (m >= 0 && IsPairDash(view_.mention(m).end) && StartAt(view_.mention(m).end + 1) >= 0)
    return -1;
  if (m < 0) return -1;
  return Usable(m, types) ? m : PastHeadMention(m, types);
}

int32_t FrameMatcher::PastHeadMention(int32_t m, uint8_t types) const {
  // "لمليشيات علي صالح" with the head noun read as a name of its own: the name
  // after it is the one the head introduces.
  const DocView::MentionInfo& mi = view_.mention(m);
  if (mi.end != mi.begin + 1 || !(view_.tok(mi.begin).classes & (kHead | kForce))) return -1;
  const int32_t next = StartAt(mi.end);
  return next >= 0 && Usable(next, types) ? next : -1;
}

bool FrameMatcher::ShortQuoteAround(uint32_t open, uint32_t from) const {
  // "ما وصفه بـ“العدوان” على اليمن": a word or two in quotes is a word the
  // writer keeps at a distance, not a quotation with a subject of its own.
  if (from - open > 3) return false;
  for (uint32_t k = from; k < se_ && k < from + 4; ++k) {
    if (!view_.tok(k).quote) continue;
    std::string_view q = view_.doc().Slice(view_.doc().tokens[k].span);
    return q == "\xE2\x80\x9D" || q == "\xC2\xBB";  // ” »
  }
  return false;
}

bool FrameMatcher::SubordinateVerbAt(uint32_t comp, uint32_t from) const {
  if (!rule_.verb || comp <= sb_ || !(view_.tok(comp - 1).classes & kSubordinator)) return false;
  for (uint32_t k = comp + 1; k < from; ++k) {
    if (!view_.tok(k).quote && !(view_.tok(k).classes & (kAux | kNeg))) return false;
  }
  // "قبل أن يغادر الوفد": the verb has a subject of its own.
  return from == tb_ && !CommonSubjectAfter();
}

bool FrameMatcher::IsDash(uint32_t t) const {
  std::string_view s = view_.doc().Slice(view_.doc().tokens[t].span);
  return s == "-" || s == "\xE2\x80\x93" || s == "\xE2\x80\x94";  // - – —
}

bool FrameMatcher::IsPairDash(uint32_t t) const {
  if (t >= se_ || view_.tok(t).paren) return false;
  std::string_view s = view_.doc().Slice(view_.doc().tokens[t].span);
  return s == "-" || s == "\xE2\x80\x93";  // - –
}

int32_t FrameMatcher::Appos(uint8_t types) {
  uint32_t j = tb_;
  int words = 0;
  bool comma = false;
  while (j > sb_) {
    const DocView::Tok& p = view_.tok(j - 1);
    if (p.quote) {
      --j;
      continue;
    }
    if (p.comma && !comma) {
      comma = true;
      --j;
      continue;
    }
    if (p.mention >= 0 && !view_.mention(p.mention).adjectival) break;
    if (p.hard || p.comma || (p.classes & (kPrep | kComp | kRel | kUnnamed | kOutlet)) ||
        (p.proclitics & (kProPrepositions | kProWa | kProFa))) {
      return -1;
    }
    if (++words > 4) return -1;
    --j;
  }
  if (j <= sb_) return -1;
  const int32_t m = view_.tok(j - 1).mention;
  if (m < 0 || view_.mention(m).end != j) return -1;
  // "قالت كتائب القسام، الجناح العسكري لحركة حماس": who speaks may be described.
  return Usable(m, types) || SpeakerFits(m, types, {}) ? m : -1;
}

bool FrameMatcher::SameState(int32_t a, int32_t b) const {
  const auto& entities = view_.doc().entities;
  const KbEntity* x = entities[a].kb_id.empty() ? nullptr : view_.kb().FindById(entities[a].kb_id);
  const KbEntity* y = entities[b].kb_id.empty() ? nullptr : view_.kb().FindById(entities[b].kb_id);
  if (x == nullptr || y == nullptr) return false;
  const bool xs = view_.rules().KindIn("state", x->kind);
  const bool ys = view_.rules().KindIn("state", y->kind);
  return xs && ys && (x->country == y->id || y->country == x->id);
}

bool FrameMatcher::OfKind(int32_t m, const std::vector<std::string>& kinds) const {
  const DocView::MentionInfo& mi = view_.mention(m);
  if (mi.type != EntityType::kOrganization) return true;
  const Entity& entity = view_.doc().entities[mi.entity];
  if (!entity.kb_id.empty()) {
    const KbEntity* e = view_.kb().FindById(entity.kb_id);
    return e != nullptr &&
           std::find(kinds.begin(), kinds.end(), e->kind) != kinds.end();  // kb_kinds.tsv class
  }
  // Outside the knowledge base: named as a force ("قوات حفتر", "ميليشيا X").
  if (view_.tok(mi.begin).classes & kForce) return true;
  return mi.begin > sb_ && (view_.tok(mi.begin - 1).classes & kForce);
}

int32_t FrameMatcher::SpeakerBefore(uint32_t t) const {
  // The named person of the reporting cue the token's clause depends on.
  for (uint32_t j = t; j > sb_; --j) {
    const int32_t m = view_.tok(j - 1).mention;
    if (m < 0 || !view_.tok(j - 1).excluded) continue;
    if (view_.mention(m).type == EntityType::kPerson) return m;
  }
  return -1;
}

bool FrameMatcher::Actor(int32_t m) const {
  const DocView::MentionInfo& mi = view_.mention(m);
  if (mi.type == EntityType::kPerson || mi.type == EntityType::kOrganization) return true;
  return mi.type == EntityType::kLocation && mi.state;
}

int32_t FrameMatcher::Encl(uint8_t types) {
  std::string_view pronoun;
  for (uint32_t t = tb_; t < te_ && pronoun.empty(); ++t) pronoun = view_.tok(t).enclitic;
  if (pronoun.empty() || !IsPronoun(pronoun)) return -1;
  // The pronoun's antecedent is found first, whatever the role wants, and
  // then fits the role or not: ه stands for a person when one is near, ها for
  // a state, city or organisation, هم and هما for people or groups.
  const uint8_t person = TypeBit(EntityType::kPerson);
  const uint8_t group = TypeBit(EntityType::kOrganization) | person | kStateBit;
  uint8_t preferred = kAllTypes;
  uint8_t allowed = kAllTypes;
  if (pronoun == kHa) {
    preferred = person;
  } else if (pronoun == kHaa) {
    preferred = kAllTypes & ~person;  // includes kStateBit
  } else {
    preferred = allowed = group;
  }
  // The sentence itself first, then the one before it in the paragraph.
  const uint32_t s = view_.SentenceOf(tb_);
  const bool previous = s > 0 && view_.ParagraphOf(s - 1) == view_.ParagraphOf(s);
  const uint32_t floor_sentence = previous ? view_.SentenceBegin(s - 1) : sb_;
  const uint32_t floor = std::max(floor_sentence, tb_ > kPronounWindow ? tb_ - kPronounWindow : 0);
  int32_t fallback = -1;
  int32_t antecedent = -1;
  // "وخلال زيارته إلى أبوجا، دعا مساعد الوزير بلينكن …": a fronted phrase's
  // pronoun stands for the subject that follows it.
  bool fronted = tb_ - sb_ <= 3;
  for (uint32_t j = sb_; j < tb_ && fronted; ++j) fronted = view_.tok(j).mention < 0;
  if (fronted) {
    uint32_t j = te_;
    while (j < se_ && !view_.tok(j).comma && !view_.tok(j).hard) ++j;
    if (j < se_ && view_.tok(j).comma) {
      const int32_t m = ScanRight(j + 1, preferred, 5);
      if (m >= 0) return Usable(m, types) ? m : -1;
    }
  }
  for (uint32_t j = tb_; j > floor; --j) {
    if (j == sb_ && (antecedent >= 0 || fallback >= 0)) break;
    const int32_t m = view_.tok(j - 1).mention;
    if (m < 0 || view_.mention(m).end != j) continue;
    const DocView::MentionInfo& mi = view_.mention(m);
    if (mi.entity < 0 || mi.modifier || mi.adjectival) continue;
    if (view_.tok(mi.begin).excluded) {
      // "أعلنت روسيا دعمها لحفتر": the pronoun stands for who says it.
      if (SpeakerFits(m, types, pronoun)) return m;
      continue;
    }
    if (view_.Fits(m, preferred)) {
      antecedent = m;
      break;
    }
    if (fallback < 0 && view_.Fits(m, allowed)) fallback = m;
  }
  if (antecedent < 0) antecedent = fallback;
  return Usable(antecedent, types) ? antecedent : -1;
}

int32_t FrameMatcher::Rel(uint8_t types) {
  uint32_t j = tb_;
  for (int k = 0; k < 3 && j > sb_; ++k) {
    const DocView::Tok& p = view_.tok(j - 1);
    if ((p.classes & kRel) && p.mention < 0) {
      const int32_t a = RelAntecedent(j - 1);
      return Usable(a, types) ? a : -1;
    }
    if (!(p.classes & (kAux | kNeg)) && !p.quote) break;
    --j;
  }
  return -1;
}

int32_t FrameMatcher::LocRel(uint8_t types) {
  uint32_t at = tb_;
  if (!(view_.tok(at).classes & kLocRel)) {
    if (at == sb_ || !(view_.tok(at - 1).classes & kLocRel)) return -1;
    --at;
  }
  int32_t m = view_.MentionEndingBefore(at, sb_, true);
  if (m < 0 && at > sb_ + 1) {
    // "في سوريا المجاورة، حيث": past the place's adjective.
    uint32_t k = at;
    while (k > sb_ && (view_.tok(k - 1).comma || view_.tok(k - 1).quote)) --k;
    if (k > sb_ && view_.tok(k - 1).mention < 0 && Definite(k - 1) &&
        view_.tok(k - 1).proclitics == 0 &&
        !(view_.tok(k - 1).classes & (kPrep | kComp | kRel | kHead))) {
      m = view_.MentionEndingBefore(k - 1, sb_, false);
    }
  }
  return Usable(m, types) ? m : -1;
}

int32_t FrameMatcher::Resume(const Slot& slot, uint8_t types) {
  // "روسيا، التي وصل إليها": the pronoun after the preposition points to the
  // antecedent of the relative clause.
  for (uint32_t j = te_; j < se_ && j < te_ + 2; ++j) {
    const std::string& key = view_.doc().tokens[j].key;
    const std::string& w = slot.words[0];
    if (key.size() <= w.size() || key.compare(0, w.size(), w) != 0) continue;
    if (!IsPronoun(std::string_view(key).substr(w.size()))) continue;
    return Rel(types);
  }
  return -1;
}

int32_t FrameMatcher::Pre(const Slot& slot, uint8_t types) {
  const uint32_t end = std::min(clause_end_, te_ + (slot.window ? slot.window : kPreWindow));
  // Roles that take only places may reach a place inside another ("في منطقة
  // البحر المتوسط"); others stop at the first name.
  const bool places =
      !(types & (TypeBit(EntityType::kPerson) | TypeBit(EntityType::kOrganization) | kStateBit));
  // "المقربة من": the trigger may end with the preposition itself.
  uint32_t from = te_;
  if (te_ - tb_ > 1 && slot.proclitic == 0 && view_.MatchWords(te_ - 1, te_, slot.words) == 1) {
    from = te_ - 1;
  }
  for (uint32_t j = from; j < end; ++j) {
    const DocView::Tok& t = view_.tok(j);
    // Not into a relative clause or a new coordinated clause ("، وقسم منهم
    // تمركز في …"): their places belong to other verbs. A relative clause on
    // the trigger noun itself is part of its frame ("الهجوم، الذي شنه حفتر على
    // طرابلس").
    if ((t.classes & kRel) && t.mention < 0 && !RelativeOnTrigger(j)) break;
    // Nor into a reported clause ("خلال زيارة لقاعدة X إن … إلى دارفور"); a
    // complementiser with a pronoun ("زيارة وصفت بأنها الأولى … إلى") goes on
    // about what was named before it.
    if ((t.classes & kComp) && !(t.classes & kCompPronoun) && t.enclitic.empty() && t.mention < 0 &&
        j > from) {
      break;
    }
    if (NewClauseAt(j)) break;
    if (slot.proclitic && (t.proclitics & slot.proclitic)) {
      int32_t m = StartAt(j);
      if (m < 0 && (t.classes & kHead) && t.mention < 0) {
        // "للعاصمة موسكو", "لشركة أجنحة الشام".
        uint32_t k = j + 1;
        if (k < se_ && (view_.tok(k).classes & kHead) && view_.tok(k).mention < 0) ++k;
        while (k < se_ && view_.tok(k).quote) ++k;
        // "للرئيس اليمني عبد ربه منصور هادي": a title's words, then the person.
        for (int words = 0; StartAt(k) < 0 && words < 2 && k + 1 < se_; ++words) {
          const DocView::Tok& w = view_.tok(k);
          if (w.mention >= 0 || w.hard || w.comma || (w.classes & (kPrep | kComp | kRel)) ||
              (w.proclitics & (kProWa | kProPrepositions))) {
            break;
          }
          ++k;
        }
        m = StartAt(k);
        if (m >= 0 && view_.mention(m).modifier) m = StartAt(view_.mention(m).end);
        if (m >= 0 && k > j + 1 && view_.mention(m).type != EntityType::kPerson &&
            !(view_.tok(k - 1).classes & kHead)) {
          m = -1;
        }
      }
      if (m >= 0 && !Usable(m, types)) m = PastHeadMention(m, types);
      if (m >= 0) {
        if (j > te_ + kPreNear) far_ = true;
        return m;
      }
      // The trigger's own complement is a common noun ("موال للأتراك من
      // المناهضين للأسد"): a name further on belongs to another word.
      if (j == from) break;
      continue;
    }
    const uint32_t n = view_.MatchWords(j, se_, slot.words);
    if (n == 0) continue;
    if (j > te_ + kPreNear) far_ = true;
    // Between the preposition and the name only a head noun and its
    // adjectives ("إلى المناطق المنكوبة في شرق ليبيا"), or, for places, a
    // place inside a place.
    uint32_t k = j + n;
    int skipped = 0;
    bool after_head = false;
    bool partitive = false;  // "على أجزاء واسعة من شمال سورية": a part of a place
    while (k < se_ && skipped <= 4) {
      const DocView::Tok& u = view_.tok(k);
      if (u.quote || u.paren) {
        ++k;
        continue;
      }
      const int32_t m = StartAt(k);
      if (m >= 0) {
        if (Usable(m, types)) return m;
        if (const int32_t n = PastHeadMention(m, types); n >= 0) return n;
        if (!places) break;
        k = view_.mention(m).end;
        ++skipped;
        continue;
      }
      if (u.hard || u.comma || (u.classes & (kComp | kRel))) break;
      if (u.classes & kPrep) {
        const bool of_part = places && partitive && view_.Matches(k, kMin);
        if (!of_part && !((places || after_head) && view_.Matches(k, kFi))) break;
        partitive = false;
      } else if ((u.classes & kHead) || (places && (u.classes & kPartitive))) {
        after_head = true;
        partitive |= (u.classes & kPartitive) != 0;
      } else if (!after_head || !u.enclitic.empty() ||
                 (u.proclitics & (kProWa | kProPrepositions))) {
        break;
      }
      ++k;
      ++skipped;
    }
  }
  return -1;
}

bool FrameMatcher::SideMarkAt(uint32_t t) const {
  return t + 1 < se_ && view_.Matches(t, kMin) &&
         (view_.Matches(t + 1, kJiha) || view_.Matches(t + 1, kNahiya));
}

bool FrameMatcher::RelativeOnTrigger(uint32_t rel) const {
  if (rule_.verb) return false;
  for (uint32_t k = te_; k < rel; ++k) {
    if (!view_.tok(k).comma && !view_.tok(k).quote) return false;
  }
  return true;
}

std::vector<int32_t> FrameMatcher::Between(uint8_t types) {
  // "رحلات بين": the trigger may end with the preposition itself.
  uint32_t b = te_ - tb_ > 1 && view_.Matches(te_ - 1, kBayn) ? te_ - 1 : te_;
  const uint32_t limit = std::min(clause_end_, te_ + 6);
  while (b < limit && !view_.Matches(b, kBayn)) ++b;
  if (b >= limit) return {};
  return BetweenAt(b, std::min(clause_end_, b + 18), types);
}

std::vector<int32_t> FrameMatcher::LBetween(uint8_t types) {
  // "العلاقات بين حماس والسلطة توترا", "اتصالات بين X وY للتوصل إلى هدنة": the
  // pair was named before the trigger, in its clause.
  const uint32_t floor = std::max(sb_, tb_ > 12 ? tb_ - 12 : 0);
  for (uint32_t b = tb_; b > floor; --b) {
    const DocView::Tok& t = view_.tok(b - 1);
    if (t.hard || ((t.classes & (kComp | kRel)) && t.mention < 0)) break;
    if (t.mention < 0 && view_.Matches(b - 1, kBayn)) {
      std::vector<int32_t> pair = BetweenAt(b - 1, tb_, types);
      // The pair is what the trigger is about only when the trigger follows
      // it ("بين حفتر والأسد مؤشر على تدويل الحرب" is no war between them).
      uint32_t last = 0;
      for (int32_t m : pair) last = std::max(last, view_.mention(m).end);
      if (pair.empty()) return {};
      for (uint32_t k = last; k < tb_; ++k) {
        if (!view_.tok(k).quote) return {};
      }
      return pair;
    }
  }
  return {};
}

std::vector<int32_t> FrameMatcher::BetweenAt(uint32_t b, uint32_t end, uint8_t types) {
  if (b + 1 < se_ && (view_.tok(b + 1).classes & kDual)) return Dual(types);
  std::vector<std::vector<int32_t>> conj(1);
  // "بين قوات النظام وحزب الله من جهة، والفصائل من جهة أخرى": two sides of
  // several conjuncts each; the first conjunct of the second side.
  size_t side = 0;
  uint32_t j = b + 1;
  while (j < end) {
    const DocView::Tok& t = view_.tok(j);
    if (t.classes & (kComp | kRel)) break;
    if (side == 0 && j + 1 < end && SideMarkAt(j) && !conj[0].empty()) {
      // "بين قوات النظام والمسلحين الموالين لها من جهة": a nameless conjunct
      // of the first side is dropped.
      if (conj.back().empty()) conj.pop_back();
      side = conj.size();
      conj.emplace_back();
      j += 2;
      while (j < end && (view_.tok(j).comma || view_.tok(j).quote)) ++j;
      if (j < end && IsStandaloneCoord(j)) ++j;
      continue;
    }
    if (t.quote || t.paren) {
      ++j;
      continue;
    }
    // The second end is a name or a noun phrase; what a preposition adds to
    // it is no further party ("بين الجيش والمسلحين في الموصل").
    if (conj.size() >= 2 && (t.comma || (t.classes & kPrep)) &&
        !(side > 0 && conj.size() == side + 1 && conj.back().empty())) {
      break;
    }
    const bool next_conjunct = IsStandaloneCoord(j) || (t.proclitics & kProWa);
    if (next_conjunct && !(side > 0 && conj.size() == side + 1 && conj.back().empty())) {
      // "بين إيران والقوى الكبرى ويمهد …": a conjunct without a name ends
      // the pair rather than lending it a name from further on; "بين الفصائل
      // ومرتزقة حزب الله": the first end has no name, and no pair does.
      if (conj.back().empty()) {
        if (conj.size() == 1) return {};
        break;
      }
      conj.emplace_back();
      if (IsStandaloneCoord(j)) {
        ++j;
        continue;
      }
    }
    const int32_t m = StartAt(j);
    if (m >= 0) {
      conj.back().push_back(m);
      j = view_.mention(m).end;
      continue;
    }
    ++j;
  }
  // Where the second side starts among the heads: "بين قوات النظام وحزب الله
  // من جهة وبين فصائل بينها جبهة النصرة وحركة أحرار الشام" sets two sides of
  // several parties each; otherwise the second end is the second conjunct.
  between_side_ = 1;
  between_has_sides_ = false;
  size_t side_heads = 0;
  std::vector<int32_t> heads;
  for (size_t i = 0; i < conj.size(); ++i) {
    const auto& c = conj[i];
    int32_t head = -1;
    // A title and a name ("مدير مكتب الأمن القومي السوري علي مملوك"): the person.
    for (int32_t m : c) {
      if (view_.mention(m).type == EntityType::kPerson && Usable(m, types)) head = m;
    }
    for (int32_t m : c) {
      if (head < 0 && !view_.mention(m).adjectival && Usable(m, types)) head = m;
    }
    for (int32_t m : c) {
      if (head < 0 && Usable(m, types)) head = m;
    }
    if (head >= 0) heads.push_back(head);
    if (side > 0 && i + 1 == side) side_heads = heads.size();
  }
  if (heads.size() < 2) return {};
  if (side > 0) {
    if (side_heads == 0 || side_heads == heads.size()) return {};
    between_side_ = side_heads;
    between_has_sides_ = true;
  }
  return heads;
}

std::vector<int32_t> FrameMatcher::Compound(uint8_t types) {
  uint32_t j = te_;
  while (j < se_ && view_.tok(j).quote) ++j;
  const int32_t a = StartAt(j);
  if (a < 0) return {};
  const uint32_t dash = view_.mention(a).end;
  if (!IsPairDash(dash)) return {};
  const int32_t b = StartAt(dash + 1);
  if (b < 0 || !Usable(a, types) || !Usable(b, types)) return {};
  return {a, b};
}

std::vector<int32_t> FrameMatcher::Dual(uint8_t types) {
  const uint32_t from = std::max(sb_, tb_ > 8 ? tb_ - 8 : 0);
  const uint32_t to = std::min(se_, te_ + 4);
  uint32_t d = to;
  for (uint32_t t = from; t < to; ++t) {
    if ((view_.tok(t).classes & kDual) && view_.tok(t).mention < 0) {
      d = t;
      break;
    }
  }
  if (d == to) return {};
  // The last pair joined by "و" before the dual word.
  for (uint32_t j = d; j > sb_; --j) {
    const int32_t b = StartAt(j - 1);
    if (b < 0) continue;
    uint32_t k = j - 1;
    bool joined = view_.tok(k).proclitics & kProWa;
    while (!joined && k > sb_ && view_.tok(k - 1).quote) --k;
    if (!joined && k > sb_ && IsStandaloneCoord(k - 1)) {
      joined = true;
      --k;
    }
    if (!joined) continue;
    const int32_t a = view_.MentionEndingBefore(k, sb_, true);
    if (a >= 0 && Usable(a, types) && Usable(b, types) &&
        view_.mention(a).entity != view_.mention(b).entity) {
      return {a, b};
    }
  }
  // Else the last two actors named before it: "طلب حفتر من القيادة الروسية ... بينهما"
  // (people, organisations and states, not the places things happen in).
  std::vector<int32_t> out;
  for (uint32_t j = d; j > sb_ && out.size() < 2; --j) {
    const int32_t m = view_.tok(j - 1).mention;
    if (m < 0 || view_.mention(m).end != j) continue;
    if (!Usable(m, types) || !Actor(m)) continue;
    // A gentilic stands for its state only after those who act for it
    // ("طلب حفتر من القيادة الروسية … بينهما").
    if (view_.mention(m).adjectival &&
        (view_.mention(m).begin == sb_ ||
         !(view_.tok(view_.mention(m).begin - 1).classes & kOfficial)))
      continue;
    if (!out.empty() && view_.mention(out[0]).entity == view_.mention(m).entity) continue;
    out.insert(out.begin(), m);
  }
  if (out.size() < 2) return {};
  return out;
}

int32_t FrameMatcher::Hwa(uint8_t types) {
  const uint32_t end = std::min(clause_end_, te_ + 8);
  for (uint32_t j = te_; j < end; ++j) {
    if (!(view_.tok(j).classes & kCopula)) continue;
    uint32_t k = j + 1;
    while (k < se_ && view_.tok(k).quote) ++k;
    const int32_t m = StartAt(k);
    return Usable(m, types) ? m : -1;
  }
  return -1;
}

std::vector<int32_t> FrameMatcher::Exemp(uint8_t types) {
  const uint32_t end = std::min(clause_end_, te_ + 16);
  for (uint32_t j = te_; j < end; ++j) {
    const int32_t at = StartAt(j);
    if (at >= 0 && (view_.tok(j).proclitics & kProKa) && Usable(at, types)) {
      return Expand(at, types);  // "كقاعدة حميميم الجوية"
    }
    const uint32_t n = view_.ClassAt(j, se_, kExemplify);
    if (n == 0) continue;
    uint32_t k = j + n;
    while (k < se_ && view_.tok(k).quote) ++k;
    const int32_t m = StartAt(k);
    if (Usable(m, types)) return Expand(m, types);
  }
  return {};
}

std::vector<int32_t> FrameMatcher::All(const Slot& slot, uint8_t types) {
  std::vector<int32_t> out;
  std::vector<int32_t> entities;
  uint32_t from = te_;
  if (!slot.words.empty()) {
    const uint32_t limit = std::min(clause_end_, te_ + (slot.window ? slot.window : 4));
    while (from < limit && view_.MatchWords(from, clause_end_, slot.words) == 0) ++from;
    if (from >= limit) return {};
    from += static_cast<uint32_t>(slot.words.size());
  }
  for (uint32_t j = from; j < clause_end_; ++j) {
    const int32_t m = StartAt(j);
    if (m < 0 || !Usable(m, types) || view_.mention(m).adjectival) continue;
    const int32_t e = view_.mention(m).entity;
    if (std::find(entities.begin(), entities.end(), e) != entities.end()) continue;
    entities.push_back(e);
    out.push_back(m);
  }
  return out;
}

// ------------------------------------------------------------- coordination

std::vector<int32_t> FrameMatcher::Expand(int32_t m, uint8_t types) const {
  std::vector<int32_t> out = {m};
  uint32_t j = view_.mention(m).end;
  const EntityType first_type = view_.mention(m).type;
  while (j < se_ && out.size() < 8) {
    uint32_t k = j;
    // "كقاعدة حميميم الجوية في سوريا وقاعدة الجفرة": a place attached to a
    // conjunct does not end the list.
    if (k < se_ && view_.Matches(k, kFi)) {
      const int32_t loc = StartAt(k + 1);
      if (loc >= 0) {
        const uint32_t after = view_.mention(loc).end;
        if (after < se_ && (view_.tok(after).proclitics & kProWa)) k = after;
      }
    }
    bool link = false;
    int commas = 0;
    while (k < se_ && (view_.tok(k).quote || view_.tok(k).comma)) {
      commas += view_.tok(k).comma;
      ++k;
    }
    if (k < se_ && IsStandaloneCoord(k)) {
      link = true;
      ++k;
    }
    if (k >= se_) break;
    if (view_.tok(k).proclitics & kProWa) link = true;
    if (!link && commas == 0) break;
    // Title words before the next name: "، ووزير الدفاع الروسي سيرغي شويغو".
    uint32_t n = k;
    int words = 0;
    while (n < se_ && StartAt(n) < 0) {
      const DocView::Tok& t = view_.tok(n);
      if (t.hard || t.comma || (t.classes & (kPrep | kComp | kRel))) break;
      if (words == 0 && !(t.classes & kHead) && !t.quote) break;
      if (++words > 4) break;
      ++n;
    }
    int32_t next = StartAt(n);
    while (next >= 0 && view_.mention(next).modifier) next = StartAt(view_.mention(next).end);
    if (next < 0) break;
    if ((view_.tok(n).proclitics & kProPrepositions) &&
        !(view_.tok(m).proclitics & kProPrepositions) && n != k) {
      break;
    }
    if (!link && view_.mention(next).type != first_type) break;
    // "ود مدني، عاصمة ولاية الجزيرة": a comma and a head noun describe the
    // name before them, they do not add another.
    if (!link && n > k) break;
    if (!Usable(next, types)) break;
    bool dup = false;
    for (int32_t o : out) dup |= view_.mention(o).entity == view_.mention(next).entity;
    if (!dup) out.push_back(next);
    j = view_.mention(next).end;
  }
  return out;
}

std::vector<int32_t> FrameMatcher::ExpandLeft(int32_t m, uint8_t types) const {
  std::vector<int32_t> out = {m};
  uint32_t j = view_.mention(m).begin;
  while (out.size() < 8 && j > sb_) {
    uint32_t k = j;
    bool link = view_.tok(k).proclitics & kProWa;
    // "ممثلو النظام، ومندوبون من شرق ليبيا": the conjunct is those who speak
    // for the name.
    if (!link && k >= sb_ + 2 && view_.Matches(k - 1, kMin) &&
        (view_.tok(k - 2).classes & kOfficial) && (view_.tok(k - 2).proclitics & kProWa) &&
        view_.tok(k - 2).mention < 0) {
      link = true;
      k -= 2;
    }
    // "بوجدانوف ووزير الخارجية السوري وليد المعلم": the conjunct opens with
    // its title.
    if (!link) {
      if (const int64_t open = TitledConjunctOpening(k); open >= 0) {
        link = true;
        k = static_cast<uint32_t>(open);
      }
    }
    while (k > sb_ && (view_.tok(k - 1).quote || view_.tok(k - 1).comma)) --k;
    if (k > sb_ && IsStandaloneCoord(k - 1)) {
      link = true;
      --k;
    }
    if (!link) break;
    const int32_t p = view_.MentionEndingBefore(k, sb_, true);
    if (p < 0 || !Usable(p, types)) break;
    bool dup = false;
    for (int32_t o : out) dup |= view_.mention(o).entity == view_.mention(p).entity;
    if (!dup) out.insert(out.begin(), p);
    j = view_.mention(p).begin;
  }
  return out;
}

// -------------------------------------------------------------------- text

FrameMatcher::Found FrameMatcher::TextFrom(uint32_t b, uint32_t e, uint64_t word_class) const {
  Found f;
  if (b >= e) return f;
  if (word_class) {
    // Start the phrase at its number or its head: "حوالي 3000 مقاتل سوري".
    uint32_t head = e;
    for (uint32_t t = b; t < e; ++t) {
      if (view_.tok(t).classes & word_class) {
        head = t;
        break;
      }
      // "قسم منهم": part of a group named before; the whole phrase stands.
      if ((word_class & (kForce | kPeople)) && (view_.tok(t).classes & kGroupPronoun)) {
        head = b;
        break;
      }
    }
    if (head == e) return f;
    while (head > b && (view_.tok(head - 1).number || (view_.tok(head - 1).classes & kPartitive))) {
      --head;
    }
    b = head;
  }
  f.text_span = view_.SpanOf(b, e, true);
  f.text = std::string(view_.doc().Slice(f.text_span));
  return f;
}

FrameMatcher::Found FrameMatcher::Text(const Slot& slot) {
  uint32_t b = te_;
  while (b < se_ && (view_.tok(b).quote || (view_.tok(b).classes & kComp))) ++b;
  if (rule_.verb) {
    // "أرسلت أنقرة إلى طرابلس حوالي 3000 مقاتل": past the subject and the
    // places to the object.
    for (int hops = 0; hops < 3 && b < clause_end_; ++hops) {
      uint32_t k = b;
      if ((view_.tok(k).classes & kPrep) && view_.tok(k).mention < 0) ++k;
      while (k < clause_end_ && (view_.tok(k).classes & kHead) && view_.tok(k).mention < 0) ++k;
      const int32_t m = StartAt(k);
      if (m < 0 || view_.mention(m).pseudo) break;
      b = view_.mention(m).end;
      while (b < clause_end_ && (view_.tok(b).comma || view_.tok(b).quote)) ++b;
    }
  }
  uint32_t e = b;
  while (e < clause_end_ && e - b < 4) {
    const DocView::Tok& t = view_.tok(e);
    if (t.comma || t.quote || t.paren || (t.classes & (kPrep | kComp | kRel))) break;
    if (t.mention >= 0 && !view_.mention(t.mention).pseudo) break;
    if (e > b && (t.proclitics & (kProWa | kProPrepositions))) break;
    // "مرتزقة سوريين موالين لحفتر": the phrase ends where another relation's
    // word begins.
    if (e > b && (t.starts & view_.rules().trigger_forms().start_bit()) &&
        !(t.classes & (kCargo | kForce | kPeople))) {
      break;
    }
    ++e;
  }
  Found f = TextFrom(b, e, slot.word_class);
  if (f.empty() && slot.word_class) {
    // "واستقدمتهم", "وزعتهم": the object pronoun stands for the last group named.
    std::string_view pronoun;
    for (uint32_t t = tb_; t < te_ && pronoun.empty(); ++t) pronoun = view_.tok(t).enclitic;
    if (!pronoun.empty() && pronoun != kHa && pronoun != kHaa) {
      for (uint32_t j = tb_; j > sb_; --j) {
        if (!(view_.tok(j - 1).classes & slot.word_class) || view_.tok(j - 1).mention >= 0)
          continue;
        uint32_t end = j;
        while (end < tb_ && end - (j - 1) < 3 &&
               !(view_.tok(end).proclitics & (kProWa | kProPrepositions)) &&
               !view_.tok(end).comma && !(view_.tok(end).classes & (kPrep | kComp | kRel)) &&
               view_.tok(end).mention < 0) {
          ++end;
        }
        f = TextFrom(j - 1, end, 0);
        f.factor = kLaterAlternative;
        break;
      }
    }
  }
  return f;
}

FrameMatcher::Found FrameMatcher::LoosePair(bool before, bool first, uint8_t types) {
  // "مواجهات بين قوات الأمن والمتطرفين": one end is named, the other is
  // people given by a common noun, kept as text.
  Found f;
  uint32_t b = se_;
  if (before) {
    const uint32_t floor = std::max(sb_, tb_ > 12 ? tb_ - 12 : 0);
    for (uint32_t k = tb_; k > floor; --k) {
      const DocView::Tok& t = view_.tok(k - 1);
      if (t.hard || ((t.classes & (kComp | kRel)) && t.mention < 0)) break;
      if (t.mention < 0 && view_.Matches(k - 1, kBayn)) {
        b = k - 1;
        break;
      }
    }
  } else {
    b = te_ - tb_ > 1 && view_.Matches(te_ - 1, kBayn) ? te_ - 1 : te_;
    const uint32_t limit = std::min(clause_end_, te_ + 6);
    while (b < limit && !view_.Matches(b, kBayn)) ++b;
    if (b >= limit) b = se_;
  }
  if (b >= se_) return f;
  const uint32_t end = before ? tb_ : std::min(clause_end_, b + 12);
  // The two conjuncts: [b + 1, coord) and [coord, stop), each at most a few words.
  uint32_t bounds[2][2] = {{b + 1, b + 1}, {0, 0}};
  int32_t names[2] = {-1, -1};
  int c = 0;
  uint32_t j = b + 1;
  while (j < end) {
    const DocView::Tok& t = view_.tok(j);
    if (t.hard || ((t.classes & (kComp | kRel)) && t.mention < 0)) break;
    if (t.comma || ((t.classes & kPrep) && t.mention < 0 && j > bounds[c][0])) break;
    if (j > bounds[c][0] && (IsStandaloneCoord(j) || (t.proclitics & kProWa))) {
      if (c == 1) break;
      c = 1;
      bounds[1][0] = IsStandaloneCoord(j) ? j + 1 : j;
      bounds[1][1] = bounds[1][0];
      j = bounds[1][0];
      continue;
    }
    if (j - bounds[c][0] >= 5) break;
    const int32_t m = StartAt(j);
    if (m >= 0) {
      if (names[c] < 0) names[c] = m;
      j = view_.mention(m).end;
    } else {
      ++j;
    }
    bounds[c][1] = j;
  }
  if (c != 1 || bounds[1][1] <= bounds[1][0] || bounds[0][1] <= bounds[0][0]) return f;
  // "بين النظام والمسلحين الموالين له من جهة، و…": the sides are groups the
  // pair does not show.
  for (uint32_t k = bounds[1][1]; k < end && k < bounds[1][1] + 4; ++k) {
    if (SideMarkAt(k)) return f;
  }
  for (uint32_t k = bounds[1][1]; before && k < tb_; ++k) {
    if (!view_.tok(k).quote) return f;
  }
  // Exactly one end named, and usable.
  if ((names[0] >= 0) == (names[1] >= 0)) return f;
  const int mine = first ? 0 : 1;
  if (names[mine] >= 0) {
    if (Usable(names[mine], types)) f.mentions = {names[mine]};
    return f;
  }
  // The named end is a party: usable, or taken by the other role already.
  const int32_t other = names[1 - mine];
  const bool taken =
      std::find(used_.begin(), used_.end(), view_.mention(other).entity) != used_.end();
  if (!taken && !Usable(other, types)) return f;
  uint32_t from = bounds[mine][0];
  while (from < bounds[mine][1] && view_.tok(from).quote) ++from;
  if (from >= bounds[mine][1] || view_.tok(from).number) return f;
  f.text_span = view_.SpanOf(from, bounds[mine][1], true);
  f.text = std::string(view_.doc().Slice(f.text_span));
  return f;
}

FrameMatcher::Found FrameMatcher::FText(const Slot& slot) {
  // "اعتقلت خلال أقل من 24 ساعة الماضية نحو 20 مقدسيا": the people a verb
  // acts on, past the phrases before them: a noun of the slot's class, or a
  // noun counted by a number no preposition governs.
  Found f;
  const uint32_t from = subject_right_ ? subject_end_ : te_;
  const uint32_t end = std::min(clause_end_, from + 12);
  for (uint32_t j = from; j < end; ++j) {
    const DocView::Tok& t = view_.tok(j);
    if ((t.classes & (kComp | kRel)) && t.mention < 0) break;
    if (NewClauseAt(j)) break;
    if (t.mention >= 0 || t.number || view_.doc().tokens[j].kind != TokenKind::kWord) continue;
    bool head = slot.word_class && (t.classes & slot.word_class) && !(t.classes & kPrep);
    if (!head && j > from && view_.tok(j - 1).number) {
      // The number and the partitive words before it ("نحو 20"); a number a
      // preposition governs measures something ("من 24 ساعة").
      uint32_t k = j - 1;
      while (k > from && (view_.tok(k - 1).classes & kPartitive)) --k;
      head = k == from || !(view_.tok(k - 1).classes & kPrep);
    }
    if (!head) continue;
    uint32_t b = j;
    while (b > from && (view_.tok(b - 1).number || (view_.tok(b - 1).classes & kPartitive))) --b;
    // One adjective of nationality or origin may follow ("مواطنين فلسطينيين");
    // a verb may too, and is not part of the phrase ("20 مقدسيا أفرجت").
    uint32_t e = j + 1;
    if (e < end) {
      const DocView::Tok& u = view_.tok(e);
      const Token& token = view_.doc().tokens[e];
      const std::string_view k = token.key;
      const bool nisba = k.size() > 6 && (k.substr(k.size() - 4) == "\xD9\x8A\xD9\x86" ||  // ين
                                          k.substr(k.size() - 4) == "\xD9\x88\xD9\x86");   // ون
      if (nisba && token.kind == TokenKind::kWord && u.mention < 0 && !u.comma && !u.quote &&
          !(u.classes & (kPrep | kComp | kRel)) && !(u.proclitics & (kProWa | kProPrepositions)) &&
          !(u.starts & view_.rules().trigger_forms().start_bit())) {
        ++e;
      }
    }
    f.text_span = view_.SpanOf(b, e, true);
    f.text = std::string(view_.doc().Slice(f.text_span));
    return f;
  }
  return f;
}

FrameMatcher::Found FrameMatcher::LText(const Slot& slot) {
  uint32_t b = tb_;
  while (b > sb_ && tb_ - b < 3) {
    const DocView::Tok& t = view_.tok(b - 1);
    if (t.hard || t.comma || t.quote || t.mention >= 0 || (t.classes & (kPrep | kComp | kRel)))
      break;
    --b;
    if (t.proclitics & (kProWa | kProPrepositions)) break;
  }
  return TextFrom(b, tb_, slot.word_class);
}

FrameMatcher::Found FrameMatcher::RelText(const Slot& slot) {
  // The noun phrase a relative pronoun before the trigger stands for.
  uint32_t r = tb_;
  while (r > sb_ && (view_.tok(r - 1).classes & (kAux | kNeg))) --r;
  if (r == sb_ || !(view_.tok(r - 1).classes & kRel)) return {};
  uint32_t e = r - 1;
  while (e > sb_ && (view_.tok(e - 1).comma || view_.tok(e - 1).quote)) --e;
  // Back to the head noun, past its adjectives and complements.
  uint32_t b = e;
  while (b > sb_ && e - b < 6) {
    const DocView::Tok& t = view_.tok(b - 1);
    if (t.hard || t.comma || (t.classes & (kComp | kRel)) || (t.proclitics & kProWa)) break;
    if (t.mention >= 0 && !view_.mention(t.mention).pseudo && !(view_.tok(b - 1).classes & kPrep)) {
      const uint32_t mb = view_.mention(t.mention).begin;
      if (mb == sb_ || !(view_.tok(mb - 1).classes & kPrep)) break;
    }
    --b;
  }
  // Keep the head phrase, up to its first preposition.
  uint32_t end = b;
  while (end < e && !(view_.tok(end).classes & kPrep) &&
         !(view_.tok(end).proclitics & kProPrepositions))
    ++end;
  return TextFrom(b, end, slot.word_class);
}

FrameMatcher::Found FrameMatcher::SText(const Slot& slot) {
  // The subject phrase that opens the clause: "بأن السوريين الذين أرسلوا …".
  uint32_t c = tb_;
  while (c > sb_) {
    const DocView::Tok& t = view_.tok(c - 1);
    if (t.hard || t.comma || (t.classes & kComp)) break;
    --c;
  }
  while (c < tb_ && (view_.tok(c).quote || view_.tok(c).comma)) ++c;
  uint32_t e = c;
  while (e < tb_ && e - c < 3) {
    const DocView::Tok& t = view_.tok(e);
    if (t.comma || (t.mention >= 0 && !view_.mention(t.mention).pseudo) ||
        (t.classes & (kComp | kRel)))
      break;
    // "قسم منهم": a preposition with a pronoun belongs to the phrase.
    if ((t.classes & kPrep) && (t.enclitic.empty() || e == c)) break;
    ++e;
  }
  return TextFrom(c, e, slot.word_class);
}

FrameMatcher::Found FrameMatcher::Kind() {
  Found f;
  for (uint32_t j = te_; j < se_ && j < te_ + 2; ++j) {
    const DocView::Tok& t = view_.tok(j);
    for (uint8_t k = 0; k < t.nforms; ++k) {
      std::string_view kind = view_.rules().KindOf(t.forms[k]);
      if (!kind.empty()) {
        f.text = std::string(kind);
        return f;
      }
    }
  }
  return f;
}

FrameMatcher::Found FrameMatcher::Topic() {
  // "أصدر محلب قرارا بمد حالة الطوارئ": what was issued, not who issued it.
  uint32_t b = rule_.only_before.empty() ? te_ : std::min(RequiredWord(), clause_end_);
  if (b >= clause_end_) b = te_;
  while (b < se_ && (view_.tok(b).quote || (view_.tok(b).classes & kComp))) ++b;
  uint32_t e = b;
  while (e < clause_end_ && e - b < 12 && !view_.tok(e).hard) ++e;
  while (e > b && (view_.tok(e - 1).comma || view_.tok(e - 1).quote)) --e;
  return TextFrom(b, e, 0);
}

// --------------------------------------------------------------- matching

FrameMatcher::Found FrameMatcher::FindSlot(const Slot& slot, uint8_t types) {
  if (slot.types) types = slot.types;
  Found f;
  auto one = [&](int32_t m, bool expand) {
    if (m < 0) return;
    f.mentions = expand ? Expand(m, types) : std::vector<int32_t>{m};
  };
  switch (slot.kind) {
    case SlotKind::kSubj: {
      const int32_t m = Subject(types, &f.factor);
      if (m < 0) break;
      if (subject_right_) {
        one(m, true);
      } else {
        f.mentions = ExpandLeft(m, types);
      }
      break;
    }
    case SlotKind::kObj:
      one(Object(types), true);
      break;
    case SlotKind::kGen:
      one(Gen(types), true);
      break;
    case SlotKind::kNext:
      one(ScanRight(te_, types, 5), true);
      break;
    case SlotKind::kLeft: {
      const int32_t m = LeftSearch(tb_, types, &f.factor);
      if (m >= 0) f.mentions = ExpandLeft(m, types);
      break;
    }
    case SlotKind::kAppos:
      one(Appos(types), false);
      break;
    case SlotKind::kEncl:
      one(Encl(types), false);
      break;
    case SlotKind::kRel:
      one(Rel(types), false);
      break;
    case SlotKind::kLocRel:
      one(LocRel(types), false);
      break;
    case SlotKind::kResume:
      one(Resume(slot, types), false);
      break;
    case SlotKind::kPre: {
      far_ = false;
      one(Pre(slot, types), true);
      if (far_) f.factor *= kFar;
      break;
    }
    case SlotKind::kBetween:
      f.mentions = Between(types);
      break;
    case SlotKind::kLBetween:
      f.mentions = LBetween(types);
      break;
    case SlotKind::kBetween1:
    case SlotKind::kBetween2:
    case SlotKind::kLBetween1:
    case SlotKind::kLBetween2:
    case SlotKind::kCompound1:
    case SlotKind::kCompound2: {
      // The pair is read whole, whichever end an earlier role already took:
      // the origin of "بين دمشق وطهران" must not hide the destination.
      const bool before = slot.kind == SlotKind::kLBetween1 || slot.kind == SlotKind::kLBetween2;
      const bool between =
          before || slot.kind == SlotKind::kBetween1 || slot.kind == SlotKind::kBetween2;
      const bool first = slot.kind == SlotKind::kBetween1 || slot.kind == SlotKind::kLBetween1 ||
                         slot.kind == SlotKind::kCompound1;
      std::vector<int32_t> saved;
      saved.swap(used_);
      std::vector<int32_t> pair =
          before ? LBetween(types) : (between ? Between(types) : Compound(types));
      used_.swap(saved);
      if (pair.size() >= 2 && (between || pair.size() == 2)) {
        // Each side whole when the pair has sides, else its first and second.
        const size_t split = between ? between_side_ : 1;
        const size_t from = first ? 0 : split;
        const size_t to = first ? split : (between && between_has_sides_ ? pair.size() : 2);
        for (size_t k = from; k < to && k < pair.size(); ++k) {
          if (Usable(pair[k], types)) f.mentions.push_back(pair[k]);
        }
      } else if (between && rule_.loose) {
        f = LoosePair(before, first, types);
      }
      break;
    }
    case SlotKind::kDual:
      f.mentions = Dual(types);
      break;
    case SlotKind::kHwa:
      one(Hwa(types), false);
      break;
    case SlotKind::kExemp:
      f.mentions = Exemp(types);
      break;
    case SlotKind::kAll:
      f.mentions = All(slot, types);
      break;
    case SlotKind::kText:
      return Text(slot);
    case SlotKind::kFText:
      return FText(slot);
    case SlotKind::kLText:
      return LText(slot);
    case SlotKind::kRelText:
      return RelText(slot);
    case SlotKind::kSText:
      return SText(slot);
    case SlotKind::kKind:
      return Kind();
    case SlotKind::kTopic:
      return Topic();
  }
  if (rule_.symmetric && slot.kind != SlotKind::kCompound1 && slot.kind != SlotKind::kCompound2) {
    // Parties meet, ally and sign: places take part only as states or
    // capitals ("أنقرة"), or as the two ends of an axis ("محور دمشق-بنغازي").
    f.mentions.erase(
        std::remove_if(
            f.mentions.begin(), f.mentions.end(),
            [&](int32_t m) { return view_.mention(m).type == EntityType::kLocation && !Actor(m); }),
        f.mentions.end());
  }
  return f;
}

bool FrameMatcher::ClauseInitial() const {
  if (view_.tok(tb_).proclitics & (kProWa | kProFa)) return true;
  uint32_t j = tb_;
  while (j > sb_ && view_.tok(j - 1).quote) --j;
  if (j == sb_) return true;
  const DocView::Tok& p = view_.tok(j - 1);
  if (p.hard || p.comma || (p.classes & (kComp | kRel | kCoord | kLocRel | kAux | kNeg)))
    return true;
  // A fronted link: "إلى ذلك دعت", "من جهتها طالبت".
  if (p.mention >= 0) return false;
  // "كما دعا تسيبراس": "also" opens the clause of the verb after it.
  if (view_.doc().tokens[j - 1].key == kDhalika || view_.doc().tokens[j - 1].key == kKama)
    return true;
  return !p.enclitic.empty() && j - 1 > sb_ && (view_.tok(j - 2).classes & kPrep) &&
         (j - 2 == sb_ || view_.tok(j - 3).hard || view_.tok(j - 3).comma ||
          (view_.tok(j - 2).proclitics & kProWa));
}

bool FrameMatcher::Match(Draft* draft) {
  // A bare form shared by a verb and a noun ("دعم") is a verb only where a
  // clause can start: "في إطار دعم قوات …" is the noun.
  if (rule_.vso && !ClauseInitial()) return false;
  draft->rule = &rule_;
  draft->sentence = view_.SentenceOf(tb_);
  draft->trigger_begin = tb_;
  draft->trigger_end = te_;
  draft->args.clear();
  float confidence = rule_.confidence;
  for (const RoleRule& role : rule_.roles) {
    DraftArg arg;
    arg.role = &role;
    for (size_t a = 0; a < role.alternatives.size(); ++a) {
      const std::vector<Slot>& slots = role.alternatives[a].slots;
      Found merged;
      const size_t used_before = used_.size();
      size_t contributing = 0;
      for (const Slot& slot : slots) {
        Found f = FindSlot(slot, role.types ? role.types : kAllTypes);
        if (!role.org_kinds.empty()) {
          f.mentions.erase(std::remove_if(f.mentions.begin(), f.mentions.end(),
                                          [&](int32_t m) { return !OfKind(m, role.org_kinds); }),
                           f.mentions.end());
        }
        if (f.empty()) continue;
        ++contributing;
        for (int32_t m : f.mentions) {
          const int32_t e = view_.mention(m).entity;
          if (std::find(used_.begin(), used_.end(), e) != used_.end()) continue;
          merged.mentions.push_back(m);
          // Slots united with "+" fill one group; the used set grows as they
          // do so that the object is not the subject again.
          used_.push_back(e);
        }
        if (merged.text.empty()) {
          merged.text = std::move(f.text);
          merged.text_span = f.text_span;
        }
        merged.factor = std::min(merged.factor, f.factor);
      }
      // United slots stand for several parties: one of them alone is not enough.
      if (slots.size() > 1 && contributing < 2) {
        used_.resize(used_before);
        continue;
      }
      if (merged.empty()) continue;
      arg.mentions = std::move(merged.mentions);
      arg.text = std::move(merged.text);
      arg.text_span = merged.text_span;
      confidence *= merged.factor * (a == 0   ? 1.0f
                                     : a == 1 ? kSecondAlternative
                                              : kLaterAlternative);
      break;
    }
    if (arg.mentions.empty() && arg.text.empty()) {
      if (role.need == Need::kRequired || role.need == Need::kEntity) return false;
      continue;
    }
    if (arg.mentions.empty() && role.need == Need::kEntity && !rule_.loose) return false;
    if (!arg.mentions.empty()) arg.text.clear();
    draft->args.push_back(std::move(arg));
  }
  std::vector<int32_t> entities;
  int roles_with_entities = 0;
  bool has_oneof = false;
  bool oneof_found = false;
  for (const RoleRule& role : rule_.roles) has_oneof |= role.need == Need::kOneOf;
  for (const DraftArg& a : draft->args) {
    roles_with_entities += !a.mentions.empty();
    oneof_found |= a.role->need == Need::kOneOf && !a.mentions.empty();
    for (int32_t m : a.mentions) {
      const int32_t e = view_.mention(m).entity;
      if (std::find(entities.begin(), entities.end(), e) == entities.end()) entities.push_back(e);
    }
  }
  const int min_entities = rule_.loose ? 1 : rule_.min_entities;
  if (static_cast<int>(entities.size()) < min_entities) return false;
  // "العقوبات على طهران" with إيران for actor: a state and its own capital are
  // one party.
  for (size_t i = 0; i < entities.size(); ++i) {
    for (size_t j = i + 1; j < entities.size(); ++j) {
      if (SameState(entities[i], entities[j])) return false;
    }
  }
  if (has_oneof && !oneof_found) return false;
  // An asymmetric relation links at least two roles: two origins alone say
  // nothing about who went where.
  if (!rule_.symmetric && min_entities >= 2 && roles_with_entities < 2) return false;
  draft->confidence = std::clamp(confidence, 0.05f, 0.95f);
  return true;
}

}  // namespace rased::relations

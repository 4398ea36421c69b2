#include "relations/attribution.h"

#include <algorithm>

#include "kb/knowledge_base.h"

namespace rased::relations {

namespace {

// The root of "أعلن" (announce) in any of its forms.
constexpr std::string_view kAnnounceRoot = "\xD8\xB9\xD9\x84\xD9\x86";   // علن
constexpr std::string_view kDun = "\xD8\xAF\xD9\x88\xD9\x86";            // دون
constexpr std::string_view kBidun = "\xD8\xA8\xD8\xAF\xD9\x88\xD9\x86";  // بدون
constexpr std::string_view kDhalika = "\xD8\xB0\xD9\x84\xD9\x83";        // ذلك

constexpr std::string_view kAn = "\xD8\xB9\xD9\x86";  // عن
constexpr std::string_view kMa = "\xD9\x85\xD8\xA7";  // ما
// A report carries over to at most this many following sentences of its
// paragraph, unless a quotation it opened is still open.
constexpr uint32_t kCarryOver = 2;
constexpr uint32_t kMaxSourceWords = 8;

// Whether `inner` occurs as a run of whole keys inside `outer`.
bool ContainsKeys(const std::vector<std::string>& outer, const std::vector<std::string>& inner) {
  if (inner.empty() || inner.size() > outer.size()) return false;
  for (size_t i = 0; i + inner.size() <= outer.size(); ++i) {
    if (std::equal(inner.begin(), inner.end(), outer.begin() + i)) return true;
  }
  return false;
}

// Opening minus closing quotation marks in tokens [b, e).
int QuoteBalance(const Document& doc, uint32_t b, uint32_t e) {
  int balance = 0;
  for (uint32_t t = b; t < e; ++t) {
    std::string_view s = doc.Slice(doc.tokens[t].span);
    if (s == "\xE2\x80\x9C" /*“*/ || s == "\xC2\xAB" /*«*/) ++balance;
    if (s == "\xE2\x80\x9D" /*”*/ || s == "\xC2\xBB" /*»*/) --balance;
  }
  return balance;
}

}  // namespace

Attribution::Attribution(DocView& view) : view_(view) {}

const Frame* Attribution::FrameAt(uint32_t t) const {
  if (t >= view_.size()) return nullptr;
  const uint32_t s = view_.SentenceOf(t);
  int32_t f = sentence_frame_.empty() ? -1 : sentence_frame_[s];
  for (const Segment& seg : segments_[s]) {
    if (t >= seg.begin && t < seg.end) f = seg.frame;
  }
  return f < 0 ? nullptr : &frames_[f];
}

Attribution::Source Attribution::ReadSource(uint32_t t, uint32_t end, bool stop_at_an) {
  Source src;
  uint32_t j = t;
  while (j < end && view_.tok(j).quote) ++j;
  src.begin = j;
  uint32_t k = j;
  int pp_words = 0;  // words left in a prepositional phrase after the name
  while (k < end && k - j < kMaxSourceWords) {
    const DocView::Tok& tk = view_.tok(k);
    if (tk.hard || tk.comma || (tk.classes & kComp)) break;
    // "كشفت مصادر عن", "أشارت المصادر إلى": the source ends at the verb's
    // own preposition.
    if (k > j && (tk.classes & kSourceEnd)) break;
    if (stop_at_an && view_.Matches(k, kAn)) break;
    // "وصرح غسان سلامة لصحيفة لوموند": after a name, ل names whom he spoke to.
    if (k > j && (tk.proclitics & kProLi) && src.mention >= 0) break;
    if (tk.mention >= 0 && view_.mention(tk.mention).begin == k) {
      // A name runs to its end even past the word limit. An adjective or a
      // place where the source works ("خطيب في القطيف") does not name it.
      const int32_t m = tk.mention;
      const bool person = view_.mention(m).type == EntityType::kPerson;
      const bool place = view_.mention(m).type == EntityType::kLocation ||
                         view_.mention(m).type == EntityType::kFacility;
      const bool eligible = !view_.mention(m).adjectival && !(place && k > j && view_.Governed(m));
      if (eligible &&
          (src.mention < 0 || (person && !src.person) || (person && TitleGenitive(src, k)))) {
        src.mention = m;
        src.person = person;
      }
      k = view_.mention(m).end;
      continue;
    }
    // After a name, the phrase goes on through titles, a prepositional phrase
    // ("في بيان", "في تصريح لـ…") and the words before a person's name ("أمين
    // عام الهيئة فلان"); any other word is what the verb reports ("أعلنت روسيا
    // دعمها لحفتر"). A relayed source runs to its "عن" ("نقلت صحيفة الرقيب
    // الليبية عن").
    if (src.mention >= 0 && !stop_at_an && !tk.quote && !(tk.classes & (kTitle | kHead))) {
      if (tk.starts & view_.rules().trigger_forms().start_bit()) break;
      if ((tk.classes & kPrep) || (tk.proclitics & kProPrepositions)) {
        pp_words = 2;
      } else if (pp_words > 0) {
        --pp_words;
      } else if (!PersonAhead(k, end)) {
        break;
      }
    }
    ++k;
  }
  src.end = k;
  // "المحلل في المجلس الأطلسي، عماد الدين بادي،": a title, then the name;
  // "مستشار الرئيس بوتين، يوري أوشاكوف": the first name belonged to the title.
  if ((!src.person || TitleGenitive(src, k)) && k < end && view_.tok(k).comma) {
    uint32_t n = k + 1;
    while (n < end && view_.tok(n).quote) ++n;
    if (n < end && (view_.tok(n).classes & kCopula)) ++n;
    while (n < end && view_.tok(n).quote) ++n;
    if (n < end && view_.tok(n).mention >= 0 && view_.mention(view_.tok(n).mention).begin == n) {
      const int32_t m = view_.tok(n).mention;
      const bool person = view_.mention(m).type == EntityType::kPerson;
      if (person || src.mention < 0) {
        src.mention = m;
        src.person = person;
        src.end = view_.mention(m).end;
      }
    }
  }
  // What kind of source the head noun names.
  bool determiner = false;
  for (uint32_t i = src.begin; i < src.end; ++i) {
    const DocView::Tok& tk = view_.tok(i);
    if (tk.classes & kDeterminer) {
      determiner = true;
      continue;
    }
    if (tk.classes & kSpokesman) src.spokesman = true;
    if (tk.mention >= 0) break;
    if (tk.classes & (kUnnamed | kOutlet)) {
      src.outlet = (tk.classes & kOutlet) != 0;
      src.plural = (tk.classes & kUnnamedPlural) != 0;
      bool other = false;
      for (uint32_t a = i + 1; a < src.end && a < i + 4; ++a)
        other |= (view_.tok(a).classes & kOther) != 0;
      src.anaphoric = ((tk.classes & kAnaphor) || determiner) && !other;
      const Token& token = view_.doc().tokens[i];
      src.head = token.stem.empty() ? std::string_view(token.key) : std::string_view(token.stem);
      break;
    }
    break;
  }
  for (uint32_t i = src.begin; i < src.end && !src.spokesman; ++i) {
    view_.MatchTable(view_.rules().source_phrases(), i, src.end, [&](uint32_t payload, uint32_t) {
      src.spokesman |= (payload & kSpokesman) != 0;
    });
  }
  // "قالت لوموند": an outlet of the knowledge base without its head noun.
  if (src.mention >= 0 && view_.mention(src.mention).outlet && !src.person) src.outlet = true;
  return src;
}

bool Attribution::TitleGenitive(const Source& src, uint32_t next) const {
  // "وكيل وزارة الصحة طارق خاطر", "مستشار الرئيس بوتين، يوري أوشاكوف": a
  // person named right after a title word is whom the title is of; a person
  // named after it, with nothing but the title's own words between, speaks.
  if (!src.person || src.mention < 0) return false;
  const DocView::MentionInfo& mi = view_.mention(src.mention);
  if (mi.begin <= src.begin || !(view_.tok(mi.begin - 1).classes & kTitle)) return false;
  for (uint32_t k = mi.end; k < next && k < view_.size(); ++k) {
    const DocView::Tok& tk = view_.tok(k);
    if (tk.mention >= 0 || tk.hard || (tk.classes & (kPrep | kComp | kRel)) ||
        (tk.proclitics & (kProWa | kProPrepositions))) {
      return false;
    }
  }
  return next < view_.size() && !(view_.tok(next).proclitics & kProWa);
}

int32_t Attribution::RelativeSpeaker(uint32_t cue, uint32_t sentence_begin) const {
  uint32_t r = cue;
  while (r > sentence_begin && (view_.tok(r - 1).classes & (kAux | kNeg)) &&
         view_.tok(r - 1).mention < 0) {
    --r;
  }
  if (r == sentence_begin || !(view_.tok(r - 1).classes & kRel) || view_.tok(r - 1).mention >= 0)
    return -1;
  const int32_t m = view_.MentionEndingBefore(r - 1, sentence_begin, true);
  if (m < 0 || view_.mention(m).entity < 0 || view_.mention(m).outlet) return -1;
  const EntityType type = view_.mention(m).type;
  return type == EntityType::kPerson || type == EntityType::kOrganization ? m : -1;
}

int32_t Attribution::FrontedSpeaker(uint32_t cue, uint32_t sentence_begin) const {
  // "وكانت المعارضة السورية المسلحة أعلنت أنها": the subject opens the clause
  // before its verb, with an adjective at most between them.
  uint32_t j = cue;
  while (j > sentence_begin && view_.tok(j - 1).quote) --j;
  if (j > sentence_begin) {
    const DocView::Tok& w = view_.tok(j - 1);
    const Token& token = view_.doc().tokens[j - 1];
    const std::string_view base = token.base.empty() ? std::string_view(token.key) : token.base;
    if (w.mention < 0 && w.proclitics == 0 && w.enclitic.empty() && base.size() > 6 &&
        base.substr(0, 4) == "\xD8\xA7\xD9\x84" /*ال*/ &&
        !(w.classes & (kPrep | kComp | kRel | kAux | kNeg | kTitle | kHead))) {
      --j;
    }
  }
  const int32_t m = view_.MentionEndingBefore(j, sentence_begin, false);
  if (m < 0 || view_.mention(m).entity < 0 || view_.mention(m).adjectival) return -1;
  const EntityType type = view_.mention(m).type;
  if (type != EntityType::kPerson && type != EntityType::kOrganization) return -1;
  const uint32_t mb = view_.mention(m).begin;
  if (mb == sentence_begin || (view_.tok(mb).proclitics & kProWa)) return m;
  const DocView::Tok& before = view_.tok(mb - 1);
  if (before.mention >= 0) return -1;
  return before.hard || before.comma || (before.classes & (kAux | kComp)) ? m : -1;
}

bool Attribution::PersonAhead(uint32_t t, uint32_t end) const {
  for (uint32_t k = t; k < end && k < t + 5; ++k) {
    const DocView::Tok& tk = view_.tok(k);
    if (tk.hard || tk.comma || (tk.classes & (kComp | kPrep)) || (tk.proclitics & kProPrepositions))
      return false;
    if (tk.mention >= 0) return view_.mention(tk.mention).type == EntityType::kPerson;
  }
  return false;
}

int32_t Attribution::ResolveAnaphor(const Source& src) const {
  // "الصحيفة" points to the last outlet, "المصادر" to the last sources named
  // with the same noun, "المصدر" to the last source of any kind.
  for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
    if (it->from_publisher) continue;
    if (src.outlet && !it->outlet) continue;
    if (src.plural && it->head != src.head) continue;
    return static_cast<int32_t>(frames_.rend() - it - 1);
  }
  return -1;
}

int32_t Attribution::MakeFrame(const Source& src, uint32_t sentence) {
  if (src.begin >= src.end) return -1;
  Frame frame;
  frame.sentence = sentence;
  frame.outlet = src.outlet;
  frame.plural = src.plural;
  frame.head = std::string(src.head);
  if (src.mention >= 0) {
    frame.entity = view_.mention(src.mention).entity;
  } else if (src.anaphoric) {
    const int32_t prev = ResolveAnaphor(src);
    if (prev < 0) {
      // Nothing to point back to: the words themselves are the source.
      frame.text = view_.TextOf(src.begin, src.end, true);
    } else {
      frame.entity = frames_[prev].entity;
      frame.text = frames_[prev].text;
      frame.outlet = frames_[prev].outlet;
      frame.plural = frames_[prev].plural || src.plural;
    }
  } else {
    bool named = false;
    for (uint32_t i = src.begin; i < src.end; ++i) {
      named |= (view_.tok(i).classes & (kUnnamed | kOutlet)) != 0;
    }
    // A phrase with neither a name nor a source noun ("ذلك", a pronoun's
    // verb) is no source.
    if (!named) return -1;
    frame.text = view_.TextOf(src.begin, src.end, true);
  }
  frames_.push_back(std::move(frame));
  return static_cast<int32_t>(frames_.size() - 1);
}

void Attribution::FindLineFrame() {
  const Document& doc = view_.doc();
  const auto& kinds = view_.rules().attribution_kinds();
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const uint32_t b = view_.SentenceBegin(s);
    const uint32_t e = view_.SentenceEnd(s);
    if (e <= b || e - b > 10) continue;
    if (s > 0 && view_.ParagraphOf(s) == view_.ParagraphOf(s - 1)) {
      // The cue must open its own line.
      const uint32_t from = doc.sentences[s - 1].span.end;
      const uint32_t to = doc.sentences[s].span.begin;
      if (doc.text.substr(from, to - from).find('\n') == std::string::npos) continue;
    }
    uint32_t cue_len = 0;
    view_.MatchTable(view_.rules().attribution_cues(), b, e, [&](uint32_t payload, uint32_t len) {
      if (kinds[payload] == AttributionKind::kLine) cue_len = std::max(cue_len, len);
    });
    if (cue_len == 0) continue;
    uint32_t j = b + cue_len;
    // "المصدر : لوموند", not a sentence that opens with "المصدر".
    const std::string_view after = j < e ? doc.Slice(doc.tokens[j].span) : std::string_view();
    if (after != ":" && e - b > 5) continue;
    while (j < e && (view_.tok(j).hard || view_.tok(j).quote)) ++j;
    if (j >= e) continue;
    Source src = ReadSource(j, e, false);
    if (src.begin >= src.end) continue;
    Frame frame;
    frame.sentence = s;
    if (src.mention >= 0) {
      frame.entity = view_.mention(src.mention).entity;
    } else {
      frame.text = view_.TextOf(src.begin, src.end, true);
    }
    frame.outlet = true;
    frames_.push_back(std::move(frame));
    doc_frame_ = static_cast<int32_t>(frames_.size() - 1);
    line_sentence_ = static_cast<int32_t>(s);
    for (uint32_t t = b; t < e; ++t) view_.mutable_tok(t).excluded = true;
    return;
  }
}

void Attribution::FindPublisherFrame() {
  const Document& doc = view_.doc();
  if (doc.publisher.empty()) return;
  const std::vector<std::string> pub = KeyTokens(doc.publisher);
  if (pub.empty()) return;
  Frame frame;
  frame.from_publisher = true;
  frame.outlet = true;
  for (size_t e = 0; e < doc.entities.size() && frame.entity < 0; ++e) {
    if (doc.entities[e].type != EntityType::kOrganization) continue;
    std::vector<std::vector<std::string>> names = {KeyTokens(doc.entities[e].name)};
    for (uint32_t m : doc.entities[e].mentions) {
      names.push_back(KeyTokens(doc.Slice(doc.mentions[m].span)));
    }
    for (const auto& name : names) {
      if (ContainsKeys(pub, name) || ContainsKeys(name, pub)) {
        frame.entity = static_cast<int32_t>(e);
        break;
      }
    }
  }
  if (frame.entity < 0) frame.text = doc.publisher;
  frames_.push_back(std::move(frame));
  doc_frame_ = static_cast<int32_t>(frames_.size() - 1);
}

void Attribution::Run() {
  const Document& doc = view_.doc();
  const uint32_t nsent = static_cast<uint32_t>(doc.sentences.size());
  sentence_frame_.assign(nsent, -1);
  segments_.assign(nsent, {});
  FindLineFrame();
  if (doc_frame_ < 0) FindPublisherFrame();
  const auto& kinds = view_.rules().attribution_kinds();

  int32_t carried = -1;       // the last explicit frame
  uint32_t carried_from = 0;  // its sentence
  int quote_depth = 0;        // quotation marks the carried report left open
  for (uint32_t s = 0; s < nsent; ++s) {
    const uint32_t b = view_.SentenceBegin(s);
    const uint32_t e = view_.SentenceEnd(s);
    if (static_cast<int32_t>(s) == line_sentence_) continue;
    // The frame this sentence inherits.
    int32_t inherited = doc_frame_;
    if (carried >= 0 && view_.ParagraphOf(s) == view_.ParagraphOf(carried_from) &&
        (s - carried_from <= kCarryOver || quote_depth > 0)) {
      inherited = carried;
    }
    sentence_frame_[s] = inherited;
    bool first_cue = true;
    for (uint32_t t = b; t < e; ++t) {
      if (view_.tok(t).excluded) continue;
      AttributionKind kind = AttributionKind::kLine;
      uint32_t len = 0;
      view_.MatchTable(view_.rules().attribution_cues(), t, e, [&](uint32_t payload, uint32_t n) {
        if (kinds[payload] != AttributionKind::kLine && n > len) {
          len = n;
          kind = kinds[payload];
        }
      });
      if (len == 0) continue;
      // A reporting verb inside a name ("وكالة الأنباء") is part of the name.
      if (view_.tok(t).mention >= 0) continue;
      uint32_t j = t + len;
      if (kind == AttributionKind::kPrep || kind == AttributionKind::kAs) {
        // "وفق ما أعلن عنه X", "حسبما ذكرت X": the source follows the verb.
        uint32_t k = j;
        if (k < e && view_.Matches(k, kMa)) ++k;
        uint32_t verb_len = 0;
        if (k < e) {
          view_.MatchTable(view_.rules().attribution_cues(), k, e,
                           [&](uint32_t payload, uint32_t n) {
                             if (kinds[payload] == AttributionKind::kSay ||
                                 kinds[payload] == AttributionKind::kRelay) {
                               verb_len = std::max(verb_len, n);
                             }
                           });
        }
        if (verb_len > 0) {
          k += verb_len;
          if (k < e && std::string_view(doc.tokens[k].key).substr(0, kAn.size()) == kAn)
            ++k;  // عنه
          j = k;
        } else if (k != j || kind == AttributionKind::kAs) {
          continue;  // "كما" before something that is not a reporting verb
        }
      }
      const bool verb = kind == AttributionKind::kSay || kind == AttributionKind::kOpine ||
                        kind == AttributionKind::kRelay;
      // "قال لـ«عربي21»", "وأوضح في تصريحات لـ…": a phrase opening with a
      // preposition names the addressee or the occasion; the speaker is the
      // verb's own pronoun, the report goes on.
      if (verb && j < e && ((view_.tok(j).classes & kPrep) || (view_.tok(j).proclitics & kProLi)))
        continue;
      Source src;
      if (kind == AttributionKind::kReport) {
        // "تقرير للأمم المتحدة", "تقرير لصحيفة فايننشال تايمز": only a named owner.
        src = ReadSource(j, e, false);
        if (src.mention < 0 || view_.mention(src.mention).begin > j + 3) continue;
        src.begin = t;
        src.end = view_.mention(src.mention).end;
      } else {
        src = ReadSource(j, e, kind == AttributionKind::kRelay);
        // "وفق وزير حقوق الإنسان فلان، الذي قال إن": the verb's subject is the
        // antecedent of the relative pronoun before it.
        if (kind == AttributionKind::kSay && src.mention < 0 && !src.anaphoric) {
          int32_t a = RelativeSpeaker(t, b);
          if (a < 0) a = FrontedSpeaker(t, b);
          if (a >= 0) {
            src = Source();
            src.begin = view_.mention(a).begin;
            src.end = view_.mention(a).end;
            src.mention = a;
            src.person = view_.mention(a).type == EntityType::kPerson;
          }
        }
        if (kind == AttributionKind::kOpine && src.mention < 0) continue;
        if (src.mention < 0 && !src.anaphoric) {
          bool named = false;
          for (uint32_t i = src.begin; i < src.end; ++i) {
            named |= (view_.tok(i).classes & (kUnnamed | kOutlet)) != 0;
          }
          if (!named) continue;
        }
      }
      int32_t frame = MakeFrame(src, s);
      if (frame < 0) continue;
      uint32_t source_end = std::max(src.end, t + len);
      if (kind == AttributionKind::kRelay) {
        // "نقلت صحيفة X، عن مصادر Y": the chain stays as text, the outlet as entity.
        uint32_t k = src.end;
        while (k < e && (view_.tok(k).comma || view_.tok(k).quote)) ++k;
        if (k < e && view_.Matches(k, kAn)) {
          Source inner = ReadSource(k + 1, e, false);
          if (inner.begin < inner.end) {
            Frame& f = frames_[frame];
            const std::string outer =
                src.mention >= 0
                    ? std::string(doc.Slice(view_.mention(src.mention).span))
                    : (f.text.empty() ? view_.TextOf(src.begin, src.end, true) : f.text);
            f.text = outer + " \xE2\x86\x90 " + view_.TextOf(inner.begin, inner.end, true);  // ←
            f.plural = inner.plural;
            f.head = std::string(inner.head);
            if (f.entity < 0 && inner.mention >= 0) f.entity = view_.mention(inner.mention).entity;
            source_end = inner.end;
          }
        }
      }
      if (kind == AttributionKind::kOpine) {
        // "رأى X أن": an opinion reports only with its complementiser.
        bool comp = false;
        for (uint32_t k = source_end; k < e && k < source_end + 3 && !comp; ++k) {
          comp = (view_.tok(k).classes & kComp) != 0;
          if (!comp && !view_.tok(k).comma && !view_.tok(k).quote) break;
        }
        if (!comp) {
          frames_.pop_back();
          continue;
        }
      }
      for (uint32_t i = t; i < source_end; ++i) view_.mutable_tok(i).excluded = true;
      // The one who says it may act in what is said ("أعلنت روسيا دعمها لحفتر",
      // "أكدت تركيا أنها سترسل قوات").
      if ((kind == AttributionKind::kSay || kind == AttributionKind::kOpine) && src.mention >= 0 &&
          !src.outlet && !view_.mention(src.mention).outlet) {
        const DocView::MentionInfo& mi = view_.mention(src.mention);
        for (uint32_t i = mi.begin; i < mi.end; ++i) view_.mutable_tok(i).speaker = true;
      }
      // The report proper starts after a complementiser, a colon or a quote.
      uint32_t content = source_end;
      if (verb) {
        for (uint32_t k = source_end; k < e; ++k) {
          const DocView::Tok& tk = view_.tok(k);
          if ((tk.classes & kComp) || tk.quote || (tk.hard && k + 1 < e)) {
            content = k;
            break;
          }
        }
      }
      if (first_cue) {
        sentence_frame_[s] = frame;
        // What stands between the source and the report describes the source
        // in the author's voice ("أحد المصادر، الذي لعب دور …:").
        if (content > source_end) segments_[s].push_back({t, content, doc_frame_});
        first_cue = false;
      } else {
        segments_[s].push_back({content, e, frame});
      }
      carried = frame;
      carried_from = s;
      quote_depth = std::max(0, QuoteBalance(doc, content, e));
      const Source& speaker = src;
      // An organisation speaks for itself in a statement ("وفي بيان، قالت
      // كتائب القسام", "أعلنت الوزارة في بيان").
      bool bulletin = false;
      if (speaker.mention >= 0 && !speaker.person &&
          view_.mention(speaker.mention).type == EntityType::kOrganization) {
        const uint32_t from = t > b + 4 ? t - 4 : b;
        for (uint32_t k = from; k < e && k <= std::max(content, source_end) && !bulletin; ++k) {
          bulletin = (view_.tok(k).classes & kBulletin) != 0;
        }
      }
      // A body or a state that is itself the verb's subject speaks too ("أعلنت
      // وزارة الدفاع", "قالت تركيا إن"), not one named further into the source
      // ("مصدر مسؤول في الحكومة", "مصادر العربية").
      bool body = false;
      if (kind == AttributionKind::kSay && speaker.mention >= 0 && !speaker.person) {
        const DocView::MentionInfo& mi = view_.mention(speaker.mention);
        body =
            mi.type == EntityType::kOrganization || (mi.type == EntityType::kLocation && mi.state);
        for (uint32_t k = speaker.begin; k < mi.begin && body; ++k) body = view_.tok(k).quote;
        // Only a verb that opens its clause: "قنوات … تذكر ليبيا" names a
        // place, "الوفد أبلغ القيادة" an addressee; "لم تعلن موسكو" says nothing.
        uint32_t p = t;
        while (p > b && view_.tok(p - 1).quote) --p;
        const DocView::Tok* before = p > b ? &view_.tok(p - 1) : nullptr;
        const bool opens = speaker.begin < t || before == nullptr || before->hard ||
                           before->comma || (view_.tok(t).proclitics & (kProWa | kProFa)) ||
                           (before->mention < 0 &&
                            ((before->classes & (kComp | kRel | kAux | kLocRel)) ||
                             // "إلى ذلك أعلنت", "من جهتها قالت": a fronted link.
                             doc.tokens[p - 1].key == kDhalika || !before->enclitic.empty()));
        // "دون أن تعلن الشرطة": without announcing is no statement either.
        const bool negated = before != nullptr && before->mention < 0 &&
                             ((before->classes & kNeg) ||
                              ((before->classes & kComp) && p - 1 > b &&
                               (doc.tokens[p - 2].key == kDun || doc.tokens[p - 2].key == kBidun)));
        // A body reports what follows a complementiser, a colon or a quote;
        // "أعلن" also announces a verbal noun ("أعلنت الوزارة تمديد …"), other
        // verbs then only mention something ("تذكر ليبيا ومالي").
        bool reported = false;
        for (uint32_t k = source_end; k < e && k < source_end + 6 && !reported; ++k) {
          reported = (view_.tok(k).classes & kComp) || view_.tok(k).quote ||
                     (view_.tok(k).hard && k + 1 < e);
        }
        reported |=
            std::string_view(doc.tokens[t].key).find(kAnnounceRoot) != std::string_view::npos;
        body = body && opens && !negated && reported;
      }
      // "بحسب المرصد السوري", "وفق ما أعلن المرصد", "وفق عبد الرحمن": a named
      // source the sentence is credited to states it; unnamed sources inside
      // ("بحسب مصادر في الجيش") and a source pointing back ("بحسب الصحيفة") do not.
      const bool credited = kind == AttributionKind::kAs && speaker.mention >= 0 &&
                            !speaker.anaphoric &&
                            // The name is the source itself, not its addressee or a word inside an
                            // unnamed source ("وفق ما أكد متحدث رئاسي لشبكة CNN").
                            view_.mention(speaker.mention).begin == speaker.begin &&
                            (view_.mention(speaker.mention).type == EntityType::kPerson ||
                             view_.mention(speaker.mention).type == EntityType::kOrganization);
      if (credited) {
        StatementCue st;
        st.speaker = view_.mention(speaker.mention).entity;
        st.sentence = s;
        st.cue_begin = t;
        st.cue_end = t + len;
        // The report is the sentence around the cue: after the source when the
        // cue opens the sentence ("وبحسب المرصد، قتل …"), else from its start.
        st.content_begin = t <= b + 1 ? source_end : b;
        statements_.push_back(st);
      }
      if ((kind == AttributionKind::kSay || kind == AttributionKind::kOpine) &&
          speaker.mention >= 0 &&
          // An outlet that opens its clause reports in its own name ("ذكرت وكالة
          // الأنباء السورية أن", "قالت شبكة شام:"); one named inside a source
          // phrase or a relay only carries another's words.
          ((!speaker.outlet && !view_.mention(speaker.mention).outlet) || body) &&
          (speaker.person || speaker.spokesman || bulletin || body)) {
        StatementCue st;
        st.speaker = view_.mention(speaker.mention).entity;
        st.sentence = s;
        st.cue_begin = t;
        st.cue_end = t + len;
        st.content_begin = content;
        statements_.push_back(st);
      }
      t = source_end - 1;
    }
    if (first_cue) quote_depth = std::max(0, quote_depth + QuoteBalance(doc, b, e));
  }
}

}  // namespace rased::relations

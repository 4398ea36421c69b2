#include "relations/extractor.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "kb/knowledge_base.h"

namespace rased::relations {

namespace {

constexpr std::string_view kFi = "\xD9\x81\xD9\x8A";  // في
// A relation with more than this many role combinations is kept whole.
constexpr size_t kMaxSplit = 8;
// How many sentences back a paragraph's date still dates an event.
constexpr uint32_t kDateCarryOver = 2;
constexpr uint32_t kModalityWindow = 15;
constexpr float kStatementConfidence = 0.8f;
// A relation told again of whoever "followed suit" is less surely read.
constexpr float kFollowerFactor = 0.85f;

// Roles whose entity, for a quantity counted with the relation, is the one
// the counted people or things belong to.
constexpr std::string_view kAgentRoles[] = {"operator", "recruiter", "supporter", "controller",
                                            "actor",    "force",     "visitor",   "member"};

int ModalityRank(Modality m) {
  switch (m) {
    case Modality::kDenied:
      return 3;
    case Modality::kAlleged:
      return 2;
    case Modality::kPlanned:
      return 1;
    default:
      return 0;
  }
}

}  // namespace

Extractor::Extractor(DocView& view, const Attribution& attribution)
    : view_(view), attribution_(attribution) {
  IndexDates();
}

uint32_t Extractor::TokenAt(uint32_t byte) const {
  const auto& tokens = view_.doc().tokens;
  auto it = std::lower_bound(tokens.begin(), tokens.end(), byte,
                             [](const Token& t, uint32_t b) { return t.span.end <= b; });
  return static_cast<uint32_t>(it - tokens.begin());
}

void Extractor::IndexDates() {
  const Document& doc = view_.doc();
  sentence_dates_.assign(doc.sentences.size(), {});
  for (size_t d = 0; d < doc.dates.size(); ++d) {
    const DateExpr& date = doc.dates[d];
    if (date.value.empty() || date.precision == DatePrecision::kUnresolved) continue;
    const uint32_t t = TokenAt(date.span.begin);
    if (t >= view_.size() || view_.tok(t).excluded) continue;
    // "المغلقة منذ عام 2012": a starting point, not when the event happened.
    bool since = false;
    for (uint32_t k = t; k > 0 && t - k < 2; --k) since |= (view_.tok(k - 1).classes & kSince) != 0;
    if (since) continue;
    sentence_dates_[view_.SentenceOf(t)].push_back({static_cast<int32_t>(d), t});
  }
}

std::vector<Draft> Extractor::FindDrafts(uint32_t s) {
  struct Hit {
    uint32_t rule;
    uint32_t begin;
    uint32_t end;
    bool future;
  };
  const Rules& rules = view_.rules();
  const uint32_t b = view_.SentenceBegin(s);
  const uint32_t e = view_.SentenceEnd(s);
  std::vector<Hit> hits;
  for (uint32_t t = b; t < e; ++t) {
    const DocView::Tok& tk = view_.tok(t);
    // A trigger inside a name ("قوات الدعم السريع") or a source is no trigger.
    if (tk.mention >= 0 || tk.excluded || tk.nforms == 0) continue;
    view_.MatchTable(rules.trigger_forms(), t, e, [&](uint32_t payload, uint32_t len) {
      const TriggerForm& form = rules.trigger_payloads()[payload];
      for (uint32_t k = t; k < t + len; ++k) {
        if (view_.tok(k).mention >= 0) return;
      }
      for (Hit& o : hits) {
        if (o.rule == form.rule && o.begin == t && o.end == t + len) {
          o.future |= form.future;
          return;
        }
      }
      hits.push_back({form.rule, t, t + len, form.future});
    });
  }
  // A longer trigger of a type hides the shorter ones of the same type inside
  // it ("بدعم من" over "دعم").
  std::vector<Hit> kept;
  for (const Hit& h : hits) {
    bool hidden = false;
    for (const Hit& o : hits) {
      if (&o == &h || rules.triggers()[o.rule].type != rules.triggers()[h.rule].type) continue;
      if (o.begin <= h.begin && h.end <= o.end && o.end - o.begin > h.end - h.begin) hidden = true;
    }
    if (!hidden) kept.push_back(h);
  }
  std::stable_sort(kept.begin(), kept.end(), [](const Hit& x, const Hit& y) {
    return x.begin != y.begin ? x.begin < y.begin : x.rule < y.rule;
  });
  std::vector<Draft> drafts;
  if (kept.empty()) return drafts;
  FindCues(s);
  uint32_t stopped_at = UINT32_MAX;
  for (const Hit& h : kept) {
    if (h.begin == stopped_at) continue;
    const TriggerRule& rule = rules.triggers()[h.rule];
    if (!rule.unless.empty() && FollowedBy(h.end, e, rule.unless)) continue;
    if (!rule.not_after.empty() && PrecededBy(h.begin, b, rule.not_after)) continue;
    if (!rule.only_after.empty() && !PrecededBy(h.begin, b, rule.only_after)) continue;
    if (!rule.only_before.empty() && !FollowedBy(h.end, e, rule.only_before)) continue;
    if (Blocked(h.begin, b)) continue;
    FrameMatcher matcher(view_, rule, h.begin, h.end);
    Draft d;
    if (!matcher.Match(&d)) continue;
    d.future = h.future;
    drafts.push_back(std::move(d));
    if (rule.stop) stopped_at = h.begin;
  }
  return drafts;
}

void Extractor::FindCues(uint32_t s) {
  cues_.clear();
  const uint32_t b = view_.SentenceBegin(s);
  const uint32_t e = view_.SentenceEnd(s);
  for (uint32_t t = b; t < e; ++t) {
    view_.MatchTable(view_.rules().modality_cues(), t, e, [&](uint32_t payload, uint32_t len) {
      cues_.push_back({t, len, payload});
    });
  }
}

bool Extractor::FollowedBy(uint32_t from, uint32_t end,
                           const std::vector<std::string>& words) const {
  for (uint32_t t = from; t < end && t < from + 8; ++t) {
    if (view_.tok(t).hard) break;
    for (const std::string& w : words) {
      if (view_.Matches(t, w)) return true;
    }
  }
  return false;
}

bool Extractor::PrecededBy(uint32_t to, uint32_t begin,
                           const std::vector<std::string>& words) const {
  for (uint32_t t = to; t > begin && to - t < 6; --t) {
    if (view_.tok(t - 1).hard) break;
    for (const std::string& w : words) {
      if (view_.Matches(t - 1, w)) return true;
    }
  }
  return false;
}

bool Extractor::Blocked(uint32_t trigger, uint32_t sentence_begin) const {
  // A cue ending right before the trigger ("لوقف تجنيد", "يرفض تجنيد").
  for (const CueHit& c : cues_) {
    if (!view_.rules().modality_payloads()[c.payload].blocks || c.begin < sentence_begin) continue;
    uint32_t k = c.begin + c.len;
    while (k < trigger && view_.tok(k).quote) ++k;
    if (k == trigger) return true;
  }
  return false;
}

std::vector<int32_t> Extractor::DatesOf(uint32_t s, const std::vector<Draft>& drafts) const {
  std::vector<int32_t> out(drafts.size(), -1);
  if (drafts.empty()) return out;
  const auto& dates = sentence_dates_[s];
  if (!dates.empty()) {
    auto dist = [](uint32_t a, uint32_t b) { return a > b ? a - b : b - a; };
    // Each trigger takes the nearest date of its sentence, unless another
    // trigger of its type stands nearer to that date ("زيارة حفتر إلى موسكو
    // في أعقاب زيارة … إلى بنغازي في 17 أيلول": the date is the second visit's).
    for (size_t i = 0; i < drafts.size(); ++i) {
      const DateRef* best = nullptr;
      for (const DateRef& d : dates) {
        if (best == nullptr ||
            dist(d.token, drafts[i].trigger_begin) < dist(best->token, drafts[i].trigger_begin)) {
          best = &d;
        }
      }
      bool taken = false;
      for (size_t j = 0; j < drafts.size() && !taken; ++j) {
        taken =
            j != i && drafts[j].rule->type == drafts[i].rule->type &&
            dist(best->token, drafts[j].trigger_begin) < dist(best->token, drafts[i].trigger_begin);
      }
      if (!taken) out[i] = best->index;
    }
    return out;
  }
  // A date set earlier in the paragraph still dates what follows it.
  for (uint32_t back = 1; back <= kDateCarryOver && back <= s; ++back) {
    const uint32_t p = s - back;
    if (view_.ParagraphOf(p) != view_.ParagraphOf(s)) break;
    if (!sentence_dates_[p].empty()) {
      std::fill(out.begin(), out.end(), sentence_dates_[p].front().index);
      break;
    }
  }
  return out;
}

Modality Extractor::ModalityOf(const Draft& draft) const {
  const Rules& rules = view_.rules();
  const uint32_t b = view_.SentenceBegin(draft.sentence);
  const uint32_t tb = draft.trigger_begin;
  const uint32_t te = draft.trigger_end;
  int rank = (draft.rule->planned || draft.future) ? ModalityRank(Modality::kPlanned) : 0;
  const bool setting = tb > b && (view_.tok(tb - 1).classes & kTemporal);
  Modality result = rank ? Modality::kPlanned : Modality::kAsserted;
  for (const CueHit& c : cues_) {
    const uint32_t t = c.begin;
    const uint32_t len = c.len;
    const ModalityCue& cue = rules.modality_payloads()[c.payload];
    if (cue.blocks) continue;
    bool applies = false;
    switch (cue.scope) {
      case CueScope::kVerb: {
        uint32_t k = t + len;
        while (k < tb && (view_.tok(k).quote || (view_.tok(k).classes & kAux))) ++k;
        applies = k == tb;
        break;
      }
      case CueScope::kAfter: {
        if (t + len > tb || tb - t > kModalityWindow) break;
        // "سعى كارتر خلال زيارة إلى إسرائيل إلى طمأنة": the visit is the
        // setting, not what he sought.
        if (setting && cue.modality != Modality::kDenied) break;
        applies = true;
        for (uint32_t k = t + len; k < tb; ++k) applies &= !view_.tok(k).hard;
        break;
      }
      case CueScope::kAround:
        applies = (t >= te && t - te <= 3) || (t + len <= tb && tb - (t + len) <= 3);
        break;
      case CueScope::kSentence:
        applies = true;
        break;
    }
    if (applies && ModalityRank(cue.modality) > rank) {
      rank = ModalityRank(cue.modality);
      result = cue.modality;
    }
  }
  if (rank == 0) {
    const Frame* frame = attribution_.FrameAt(tb);
    // Anything attributed is reported, except the voice of a publisher the
    // text never names (a site's own article): that is its own assertion.
    if (frame != nullptr && !(frame->from_publisher && frame->entity < 0))
      result = Modality::kReported;
  }
  return result;
}

int32_t Extractor::PlaceOf(const Draft& draft) const {
  const std::string& type = draft.rule->type;
  for (const DraftArg& a : draft.args) {
    if (a.mentions.empty()) continue;
    const std::string& r = a.role->role;
    if ((type == "VISIT" && r == "destination") || (type == "DEPLOYMENT" && r == "location")) {
      return view_.mention(a.mentions[0]).entity;
    }
  }
  // Else a place "في X" near the trigger that is not one of the arguments.
  const uint32_t b = view_.SentenceBegin(draft.sentence);
  const uint32_t e = view_.SentenceEnd(draft.sentence);
  const uint32_t from = std::max(b, draft.trigger_begin > 10 ? draft.trigger_begin - 10 : 0);
  const uint32_t to = std::min(e, draft.trigger_end + 10);
  for (uint32_t t = from; t + 1 < to; ++t) {
    if (!view_.Matches(t, kFi) || view_.tok(t).excluded) continue;
    uint32_t k = t + 1;
    if (k < to && (view_.tok(k).classes & kHead) && view_.tok(k).mention < 0) ++k;
    const int32_t m = k < to ? view_.tok(k).mention : -1;
    if (m < 0 || view_.mention(m).begin != k || view_.mention(m).type != EntityType::kLocation)
      continue;
    bool used = false;
    for (const DraftArg& a : draft.args) {
      for (int32_t am : a.mentions) used |= view_.mention(am).entity == view_.mention(m).entity;
    }
    if (!used) return view_.mention(m).entity;
  }
  return -1;
}

void Extractor::AddRelations(const Draft& draft, int32_t date, std::vector<Relation>* out) {
  const Document& doc = view_.doc();
  Relation base;
  base.type = draft.rule->type;
  base.date = date;
  base.place = PlaceOf(draft);
  base.modality = ModalityOf(draft);
  base.confidence = draft.confidence;
  base.trigger = view_.SpanOf(draft.trigger_begin, draft.trigger_end, false);
  base.evidence = doc.sentences[draft.sentence].span;
  if (const Frame* frame = attribution_.FrameAt(draft.trigger_begin)) {
    base.attribution = frame->entity;
    base.attribution_text = frame->text;
  }
  // A statement found by its trigger ("أصدر X قرارا") is its speaker's word,
  // as those of reporting verbs are.
  if (base.type == "STATEMENT") {
    for (const DraftArg& a : draft.args) {
      if (a.role->role != "speaker" || a.mentions.empty()) continue;
      base.attribution = view_.mention(a.mentions[0]).entity;
      base.attribution_text.clear();
    }
  }
  // One relation per combination of the entities of single-valued roles:
  // "بدعم من الإمارات والسعودية ومصر وروسيا" gives four supporters.
  // Arguments in the order roles.tsv declares them (visitor before destination).
  std::vector<const DraftArg*> args;
  for (const DraftArg& a : draft.args) args.push_back(&a);
  std::stable_sort(args.begin(), args.end(), [&](const DraftArg* x, const DraftArg* y) {
    return view_.rules().RoleOrder(base.type, x->role->role) <
           view_.rules().RoleOrder(base.type, y->role->role);
  });
  std::vector<std::vector<int32_t>> choices;
  for (const DraftArg* ap : args) {
    const DraftArg& a = *ap;
    std::vector<int32_t> entities;
    for (int32_t m : a.mentions) entities.push_back(view_.mention(m).entity);
    choices.push_back(std::move(entities));
  }
  size_t combos = 1;
  if (!draft.rule->symmetric) {
    for (const auto& c : choices) combos *= std::max<size_t>(1, c.size());
  }
  const bool split = !draft.rule->symmetric && combos > 1 && combos <= kMaxSplit;
  if (!split) combos = 1;
  for (size_t k = 0; k < combos; ++k) {
    Relation r = base;
    size_t rest = k;
    for (size_t i = 0; i < args.size(); ++i) {
      RelationArg arg;
      arg.role = args[i]->role->role;
      if (choices[i].empty()) {
        arg.text = args[i]->text;
      } else if (split) {
        arg.entities = {choices[i][rest % choices[i].size()]};
        rest /= choices[i].size();
      } else {
        arg.entities = choices[i];
      }
      r.args.push_back(std::move(arg));
    }
    // The same fact from another trigger of the sentence is told once.
    bool dup = false;
    for (Relation& o : *out) {
      if (o.type != r.type || o.evidence.begin != r.evidence.begin ||
          o.args.size() != r.args.size()) {
        continue;
      }
      bool same = true;
      for (size_t i = 0; i < r.args.size() && same; ++i) {
        std::vector<int32_t> x = o.args[i].entities, y = r.args[i].entities;
        std::sort(x.begin(), x.end());
        std::sort(y.begin(), y.end());
        same = o.args[i].role == r.args[i].role && x == y;
      }
      if (same) {
        o.confidence = std::max(o.confidence, r.confidence);
        if (o.date < 0) o.date = r.date;
        dup = true;
        break;
      }
    }
    if (!dup) out->push_back(std::move(r));
  }
}

std::vector<std::pair<Draft, size_t>> Extractor::Followers(uint32_t s,
                                                           const std::vector<Draft>& drafts) const {
  std::vector<std::pair<Draft, size_t>> out;
  if (drafts.empty()) return out;
  const uint32_t b = view_.SentenceBegin(s);
  const uint32_t e = view_.SentenceEnd(s);
  for (uint32_t f = b; f < e; ++f) {
    const DocView::Tok& cue = view_.tok(f);
    if (!(cue.classes & kFollow) || cue.mention >= 0 || cue.excluded) continue;
    // The clause it follows: the relations of the last trigger before a
    // comma that precedes the cue, with nothing but that comma's clause in
    // between.
    uint32_t last = 0;
    bool any = false;
    for (const Draft& d : drafts) {
      if (d.trigger_end <= f && (!any || d.trigger_begin > last)) last = d.trigger_begin;
      any |= d.trigger_end <= f;
    }
    if (!any) continue;
    uint32_t comma = f;  // the last comma between the trigger and the cue
    bool hard = false;
    for (uint32_t k = last; k < f; ++k) {
      if (view_.tok(k).comma) comma = k;
      hard |= view_.tok(k).hard;
    }
    if (comma == f || hard || f - comma > 3) continue;
    // The follower: named right after the cue ("وتبعتها البحرين", "وحذت حذوها
    // البحرين") or between the comma and it ("وحذت البحرين حذوها").
    uint32_t k = f + 1;
    while (k < e && view_.tok(k).quote) ++k;
    int32_t follower = k < e ? view_.tok(k).mention : -1;
    if (follower >= 0 && view_.mention(follower).begin != k) follower = -1;
    if (follower < 0) {
      follower = view_.MentionEndingBefore(f, b, false);
      if (follower >= 0 && view_.mention(follower).begin <= comma) follower = -1;
    }
    if (follower < 0 || view_.mention(follower).entity < 0 ||
        view_.tok(view_.mention(follower).begin).excluded) {
      continue;
    }
    for (size_t led = 0; led < drafts.size(); ++led) {
      const Draft& d = drafts[led];
      if (d.trigger_begin != last) continue;
      // Whom it follows: the subject of that clause, its one argument no
      // preposition governs ("أرسلت روسيا قوات إلى سوريا").
      int arg = -1;
      size_t index = 0;
      int subjects = 0;
      bool named = false;
      for (size_t a = 0; a < d.args.size(); ++a) {
        for (size_t i = 0; i < d.args[a].mentions.size(); ++i) {
          const int32_t m = d.args[a].mentions[i];
          named |= view_.mention(m).entity == view_.mention(follower).entity;
          if (!view_.Governed(m)) {
            ++subjects;
            arg = static_cast<int>(a);
            index = i;
          }
        }
      }
      if (subjects != 1 || named || !view_.Fits(follower, d.args[arg].role->types)) continue;
      Draft copy = d;
      copy.args[arg].mentions[index] = follower;
      copy.confidence = d.confidence * kFollowerFactor;
      out.emplace_back(std::move(copy), led);
    }
  }
  return out;
}

void Extractor::ExtractRelations(std::vector<Relation>* out) {
  const Document& doc = view_.doc();
  const size_t first = out->size();
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    std::vector<Draft> drafts = FindDrafts(s);
    const std::vector<int32_t> dates = DatesOf(s, drafts);
    for (size_t i = 0; i < drafts.size(); ++i) AddRelations(drafts[i], dates[i], out);
    for (auto& [follower, led] : Followers(s, drafts)) AddRelations(follower, dates[led], out);
  }
  // Named speakers' statements.
  for (const StatementCue& st : attribution_.statements()) {
    Relation r;
    r.type = "STATEMENT";
    RelationArg speaker;
    speaker.role = "speaker";
    speaker.entities = {st.speaker};
    r.args.push_back(std::move(speaker));
    const uint32_t e = view_.SentenceEnd(st.sentence);
    uint32_t b = st.content_begin;
    while (b < e && (view_.tok(b).quote || view_.tok(b).hard || (view_.tok(b).classes & kComp)))
      ++b;
    uint32_t end = b;
    while (end < e && end - b < 12 && !view_.tok(end).hard) ++end;
    while (end > b && (view_.tok(end - 1).quote || view_.tok(end - 1).comma)) --end;
    if (end > b) {
      RelationArg topic;
      topic.role = "topic";
      topic.text = view_.TextOf(b, end, false);
      r.args.push_back(std::move(topic));
    }
    const auto& sd = sentence_dates_[st.sentence];
    r.date = sd.empty() ? -1 : sd.front().index;
    r.attribution = st.speaker;
    r.modality = Modality::kReported;
    r.confidence = kStatementConfidence;
    r.trigger = view_.SpanOf(st.cue_begin, st.cue_end, false);
    r.evidence = doc.sentences[st.sentence].span;
    out->push_back(std::move(r));
  }
  std::stable_sort(
      out->begin() + static_cast<std::ptrdiff_t>(first), out->end(),
      [](const Relation& a, const Relation& b) { return a.trigger.begin < b.trigger.begin; });
}

void Extractor::LinkQuantities(const std::vector<Relation>& relations,
                               std::vector<Quantity>* quantities) {
  const Document& doc = view_.doc();
  for (Quantity& q : *quantities) {
    const uint32_t qb = TokenAt(q.span.begin);
    if (qb >= view_.size()) continue;
    uint32_t qe = TokenAt(q.span.end > 0 ? q.span.end - 1 : 0) + 1;
    qe = std::min(qe, view_.size());
    const uint32_t s = view_.SentenceOf(qb);
    const uint32_t se = view_.SentenceEnd(s);
    if (const Frame* frame = attribution_.FrameAt(qb)) {
      q.attribution = frame->entity;
      q.attribution_text = frame->text;
    }
    int32_t subject = -1;
    // 1. A name inside the counted phrase or right after it: "1200 من عناصر
    //    فاغنر", "10 رحلات جوية لشركة أجنحة الشام".
    for (uint32_t t = qb; t < se && t < qe + 4 && subject < 0; ++t) {
      const int32_t m = view_.tok(t).mention;
      if (m < 0 || view_.mention(m).begin != t || view_.mention(m).adjectival) continue;
      if (view_.mention(m).type == EntityType::kOrganization ||
          (t < qe && view_.mention(m).type != EntityType::kLocation)) {
        subject = view_.mention(m).entity;
      }
      break;
    }
    // 1b. The organisation just before the count, past a place: "عدد قوات
    //     فاغنر في ليبيا بين 1000 و1500".
    for (uint32_t t = qb; subject < 0 && t > view_.SentenceBegin(s) && qb - t < 7; --t) {
      const DocView::Tok& p = view_.tok(t - 1);
      if (p.hard || p.comma) break;
      if (p.mention < 0) continue;
      const DocView::MentionInfo& mi = view_.mention(p.mention);
      if (mi.type == EntityType::kLocation || mi.type == EntityType::kFacility) {
        t = mi.begin + 1;
        continue;
      }
      if (mi.type == EntityType::kOrganization && !mi.outlet) subject = mi.entity;
      break;
    }
    // 2. The relation that counts it: "أرسلت أنقرة … حوالي 3000 مقاتل".
    for (const Relation& r : relations) {
      if (subject >= 0) break;
      if (!doc.sentences[s].span.Contains(r.evidence) || r.evidence.empty()) continue;
      bool counts = false;
      std::string_view counted_role;
      for (const RelationArg& a : r.args) {
        if (a.text.empty()) continue;
        const bool in = doc.Slice(q.span).find(a.text) != std::string_view::npos ||
                        a.text.find(doc.Slice(q.span)) != std::string::npos ||
                        (!q.about.empty() && a.text.find(q.about) != std::string::npos);
        if (in) {
          counts = true;
          counted_role = a.role;
        }
      }
      if (!counts) continue;
      // "1000 من رجال الميليشيات الموالية لدمشق": supporters counted serve the
      // beneficiary.
      if (counted_role == "supporter") {
        for (const RelationArg& a : r.args) {
          if (a.role == "beneficiary" && !a.entities.empty()) subject = a.entities[0];
        }
      }
      for (std::string_view role : kAgentRoles) {
        for (const RelationArg& a : r.args) {
          if (a.role == role && !a.entities.empty() && subject < 0) subject = a.entities[0];
        }
      }
    }
    // 3. Fighters counted in a paragraph about whom they fight for.
    bool people = q.unit.empty();
    for (const std::string& k : KeyTokens(q.unit))
      people |= (view_.rules().ClassesOf(k) & kForce) != 0;
    if (subject < 0 && people) {
      for (auto it = relations.rbegin(); it != relations.rend() && subject < 0; ++it) {
        if (it->type != "SUPPORT" || it->trigger.begin > q.span.begin) continue;
        const uint32_t rs = view_.SentenceOf(TokenAt(it->trigger.begin));
        if (view_.ParagraphOf(rs) != view_.ParagraphOf(s) || s - rs > 3) continue;
        for (const RelationArg& a : it->args) {
          if (a.role == "beneficiary" && !a.entities.empty()) subject = a.entities[0];
        }
      }
    }
    q.subject = subject;
  }
}

}  // namespace rased::relations

// FrameMatcher: fills the roles of one trigger occurrence from the sentence
// around it, following the slots of its TriggerRule (data/relations/triggers.tsv):
// the subject of a verb before or after it, the genitive of a verbal noun,
// names governed by prepositions, coordinated names, "بين X و Y", relative
// clauses, pronouns and apposition.
//
// A FrameMatcher is a short-lived helper over a DocView (which it borrows);
// not thread-safe.
#ifndef RASED_RELATIONS_FRAME_MATCHER_H_
#define RASED_RELATIONS_FRAME_MATCHER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "relations/doc_view.h"
#include "relations/rules.h"

namespace rased::relations {

// One role of a relation before it becomes a RelationArg.
struct DraftArg {
  const RoleRule* role = nullptr;
  std::vector<int32_t> mentions;  // in text order, distinct entities
  std::string text;               // when the role is filled by words
  Span text_span;
};

struct Draft {
  const TriggerRule* rule = nullptr;
  uint32_t sentence = 0;
  uint32_t trigger_begin = 0;  // tokens
  uint32_t trigger_end = 0;
  bool future = false;
  float confidence = 0;
  std::vector<DraftArg> args;
};

class FrameMatcher {
 public:
  FrameMatcher(DocView& view, const TriggerRule& rule, uint32_t trigger_begin,
               uint32_t trigger_end);

  // Fills `draft` and returns true when every required role was found and the
  // relation holds enough distinct entities.
  bool Match(Draft* draft);

 private:
  struct Found {
    std::vector<int32_t> mentions;
    std::string text;
    Span text_span;
    float factor = 1.0f;
    bool empty() const { return mentions.empty() && text.empty(); }
  };

  Found FindSlot(const Slot& slot, uint8_t types);
  bool Usable(int32_t m, uint8_t types) const;
  // Whether mention m is the named speaker of a reporting cue in the trigger's
  // sentence, who may act in what is reported although the cue excludes it,
  // fits `types`, and agrees with `pronoun` (empty: no pronoun) when the
  // pronoun is what points to it.
  bool SpeakerFits(int32_t m, uint8_t types, std::string_view pronoun) const;
  int32_t StartAt(uint32_t t) const;
  // Whether mention m can act (a person, an organisation, a state or capital).
  bool Actor(int32_t m) const;
  // The person named by the reporting cue before token t in the sentence, -1.
  int32_t SpeakerBefore(uint32_t t) const;
  // Whether mention m is of one of these knowledge-base kinds (organisations only).
  bool OfKind(int32_t m, const std::vector<std::string>& kinds) const;
  // Whether entities a and b are a state and its capital.
  bool SameState(int32_t a, int32_t b) const;
  bool IsStandaloneCoord(uint32_t t) const;
  // Whether token t is a comma opening a new coordinated clause ("، وقسم").
  bool NewClauseAt(uint32_t t) const;
  bool ClauseInitial() const;
  // Whether the relative pronoun at token `rel` opens a clause on the trigger
  // noun itself ("الهجوم، الذي شنه …"), so that its words fill the trigger's roles.
  bool RelativeOnTrigger(uint32_t rel) const;
  // Whether tokens t, t+1 read "من جهة" or "من ناحية" (one side of a pair).
  bool SideMarkAt(uint32_t t) const;
  // Whether token t is a dash joining the two ends of a pair ("دمشق-بنغازي").
  bool IsPairDash(uint32_t t) const;
  // Whether token t is a dash of any length.
  bool IsDash(uint32_t t) const;
  // Whether token t is a word with the definite article.
  bool Definite(uint32_t t) const;

  int32_t Subject(uint8_t types, float* factor);
  // The first word after the trigger that its "if:" list asks for, or
  // clause_end_ (the rule has none, or the clause lacks it).
  uint32_t RequiredWord() const;
  // Whether a definite common noun right after the verb is its subject.
  bool CommonSubjectAfter() const;
  // Whether a definite common noun opening the clause right before the verb
  // is its subject ("أن الاجتماع قرر").
  bool CommonSubjectBefore() const;
  // The name right after a one-word head-noun mention that does not fit
  // ("لمليشيات علي صالح" with مليشيات read as a place), else -1.
  int32_t PastHeadMention(int32_t m, uint8_t types) const;
  // Whether the opening quote at token `open` only marks a word or two around
  // token `from` ("بـ“العدوان” على اليمن").
  bool ShortQuoteAround(uint32_t open, uint32_t from) const;
  // Whether the complementiser at `comp` joins the trigger verb to a word of
  // time or manner ("قبل أن يغادر"), so that the verb shares the clause's subject.
  bool SubordinateVerbAt(uint32_t comp, uint32_t from) const;
  int32_t SubjectLeftAdjacent(uint8_t types);
  int32_t SubjectRight(uint8_t types);
  int32_t ScanRight(uint32_t from, uint8_t types, int max_plain, uint32_t limit = UINT32_MAX);
  int32_t Object(uint8_t types);
  // The nearest subject-like name before token `from`; with `skip_genitives`,
  // not a name that is the genitive of a common noun (a verb's own subject
  // is seldom inside another phrase).
  int32_t LeftSearch(uint32_t from, uint8_t types, float* factor, bool skip_genitives = false);
  bool GenitiveOfCommonNoun(int32_t m) const;
  int32_t Gen(uint8_t types);
  int32_t Appos(uint8_t types);
  int32_t Encl(uint8_t types);
  int32_t RelAntecedent(uint32_t rel) const;
  int32_t Rel(uint8_t types);
  int32_t LocRel(uint8_t types);
  int32_t Resume(const Slot& slot, uint8_t types);
  int32_t Pre(const Slot& slot, uint8_t types);
  std::vector<int32_t> Between(uint8_t types);
  // "بين X و Y" before the trigger in its clause.
  std::vector<int32_t> LBetween(uint8_t types);
  // The conjuncts of the "بين" at token b, up to token `end`.
  std::vector<int32_t> BetweenAt(uint32_t b, uint32_t end, uint8_t types);
  // For rules marked loose: one end of "بين X و Y" where only the other end is
  // named; the nameless end as text.
  Found LoosePair(bool before, bool first, uint8_t types);
  std::vector<int32_t> Compound(uint8_t types);
  std::vector<int32_t> Dual(uint8_t types);
  int32_t Hwa(uint8_t types);
  std::vector<int32_t> Exemp(uint8_t types);
  std::vector<int32_t> All(const Slot& slot, uint8_t types);
  Found Text(const Slot& slot);
  // The people a verb acts on, further into the clause than Text() looks.
  Found FText(const Slot& slot);
  Found LText(const Slot& slot);
  Found RelText(const Slot& slot);
  Found SText(const Slot& slot);
  Found Kind();
  Found Topic();
  // Coordinated names after (Expand) or before (ExpandLeft) mention m.
  std::vector<int32_t> Expand(int32_t m, uint8_t types) const;
  std::vector<int32_t> ExpandLeft(int32_t m, uint8_t types) const;
  // The token where a conjunct ending at token `t` opens with "و" and a title
  // or head ("… ووزير الخارجية السوري وليد المعلم"), or -1.
  int64_t TitledConjunctOpening(uint32_t t) const;
  Found TextFrom(uint32_t b, uint32_t e, uint64_t word_class) const;

  DocView& view_;
  const TriggerRule& rule_;
  uint32_t tb_, te_;                // trigger tokens
  uint32_t sb_, se_;                // sentence tokens
  uint32_t clause_end_;             // first hard boundary after the trigger
  std::vector<int32_t> used_;       // entities already given a role
  bool subject_right_ = false;      // the verb's subject was found after it
  bool subject_left_ = false;       // ... or before it
  uint32_t subject_end_ = 0;        // token after a subject found after the verb
  bool far_ = false;                // the last Pre() reached past kPreNear
  size_t between_side_ = 1;         // the last BetweenAt(): first head of its second side
  bool between_has_sides_ = false;  // ... which set "من جهة" sides
};

}  // namespace rased::relations

#endif  // RASED_RELATIONS_FRAME_MATCHER_H_

// Extractor: turns one annotated document into relations and events. Finds
// trigger words sentence by sentence, fills their roles with FrameMatcher,
// splits and deduplicates the results, and gives each relation its date,
// place, attribution, modality, confidence and evidence; adds the STATEMENTs
// of named speakers; ties quantities to their subject and source.
//
// An Extractor borrows a DocView and the Attribution run over it; not
// thread-safe. The relation stage builds one per document.
#ifndef RASED_RELATIONS_EXTRACTOR_H_
#define RASED_RELATIONS_EXTRACTOR_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "rased/document.h"
#include "relations/attribution.h"
#include "relations/doc_view.h"
#include "relations/frame_matcher.h"

namespace rased::relations {

class Extractor {
 public:
  Extractor(DocView& view, const Attribution& attribution);

  // Appends the relations of the document, in text order.
  void ExtractRelations(std::vector<Relation>* out);
  // Fills subject and attribution of every quantity of the document.
  // Requires ExtractRelations to have run (it reads the relations).
  void LinkQuantities(const std::vector<Relation>& relations, std::vector<Quantity>* quantities);

 private:
  struct DateRef {
    int32_t index = -1;  // into Document::dates
    uint32_t token = 0;  // its first token
  };

  std::vector<Draft> FindDrafts(uint32_t sentence);
  // Relations of those who "followed suit" in the sentence ("وتبعتها البحرين"),
  // each with the index of the draft it copies.
  std::vector<std::pair<Draft, size_t>> Followers(uint32_t sentence,
                                                  const std::vector<Draft>& drafts) const;
  // Whether one of `words` follows token `from` in its clause (8 tokens).
  bool FollowedBy(uint32_t from, uint32_t end, const std::vector<std::string>& words) const;
  // Whether one of `words` stands in the six tokens before `to`.
  bool PrecededBy(uint32_t to, uint32_t begin, const std::vector<std::string>& words) const;
  // Whether the clause works against the trigger ("لوقف تجنيد").
  bool Blocked(uint32_t trigger, uint32_t sentence_begin) const;
  void AddRelations(const Draft& draft, int32_t date, std::vector<Relation>* out);
  Modality ModalityOf(const Draft& draft) const;
  int32_t PlaceOf(const Draft& draft) const;
  void IndexDates();
  // The event date of each draft of one sentence (-1 when none).
  std::vector<int32_t> DatesOf(uint32_t sentence, const std::vector<Draft>& drafts) const;
  uint32_t TokenAt(uint32_t byte) const;

  // Modality cues of the sentence being read: token, length, payload.
  struct CueHit {
    uint32_t begin;
    uint32_t len;
    uint32_t payload;
  };
  void FindCues(uint32_t sentence);

  DocView& view_;
  const Attribution& attribution_;
  std::vector<CueHit> cues_;
  std::vector<std::vector<DateRef>> sentence_dates_;  // eligible event dates per sentence
};

}  // namespace rased::relations

#endif  // RASED_RELATIONS_EXTRACTOR_H_

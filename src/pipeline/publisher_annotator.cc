#include "pipeline/publisher_annotator.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "common/tsv.h"
#include "text/normalize.h"

namespace rased {
namespace {

using KeySet = std::unordered_set<std::string>;

constexpr std::string_view kLam = "\xD9\x84";  // "ل", the preposition "to"
constexpr uint32_t kLeadSentences = 2;
constexpr uint32_t kCueWindow = 4;  // words between a cue and the outlet
// A statement given to an outlet names the publisher more surely than a relay.
constexpr int kInterviewWeight = 2;
constexpr int kRelayWeight = 1;

// The token's base without an enclitic pronoun: "تصريحاته" -> "تصريحات".
std::string_view BareBase(const Token& t) {
  std::string_view base = t.base;
  return base.substr(0, base.size() - std::min<size_t>(t.enclitic_bytes, base.size()));
}

class PublisherAnnotator : public Annotator {
 public:
  PublisherAnnotator(const KnowledgeBase& kb, KeySet interview, KeySet relay, KeySet outlets)
      : kb_(kb),
        interview_(std::move(interview)),
        relay_(std::move(relay)),
        outlets_(std::move(outlets)) {}

  std::string_view name() const override { return "publisher"; }

  Status Annotate(Document& doc) const override {
    if (!doc.publisher.empty()) return Status::OK();
    std::vector<int> score(doc.entities.size(), 0);
    std::vector<uint32_t> first(doc.entities.size(), UINT32_MAX);
    bool any = false;
    for (const Mention& m : doc.mentions) {
      if (m.entity < 0 || !IsOutlet(doc.entities[m.entity])) continue;
      const int points = Points(doc, m);
      if (points == 0) continue;
      score[m.entity] += points;
      first[m.entity] = std::min(first[m.entity], m.token_begin);
      any = true;
    }
    if (!any) return Status::OK();
    size_t best = 0;
    for (size_t e = 1; e < score.size(); ++e) {
      if (score[e] > score[best] || (score[e] == score[best] && first[e] < first[best])) best = e;
    }
    doc.publisher = doc.entities[best].name;
    return Status::OK();
  }

 private:
  bool IsOutlet(const Entity& e) const {
    if (e.kb_id.empty() || e.type != EntityType::kOrganization) return false;
    const KbEntity* k = kb_.FindById(e.kb_id);
    return k != nullptr && (k->kind == "media" || k->kind == "news-agency");
  }

  // Does the mention follow "لـ" (on its first word, on an outlet head noun
  // before it, or standing alone before the quotes)? Returns the token where
  // the "to" phrase starts, or -1.
  int64_t ToPhraseStart(const Document& doc, const Mention& m) const {
    const Token& head = doc.tokens[m.token_begin];
    if (HasLamProclitic(head)) return m.token_begin;
    int64_t i = static_cast<int64_t>(m.token_begin) - 1;
    while (i >= 0 && doc.tokens[i].kind == TokenKind::kPunct) --i;
    if (i < 0 || doc.tokens[i].sentence != head.sentence) return -1;
    const Token& before = doc.tokens[i];
    if (before.key == kLam) return i;
    if (HasLamProclitic(before) && outlets_.count(std::string(BareBase(before))) != 0) return i;
    return -1;
  }

  static bool HasLamProclitic(const Token& t) {
    return t.key != t.base && std::string_view(t.key).starts_with(kLam) &&
           t.key.size() == t.base.size() + kLam.size();
  }

  // Is one of `cues` among the kCueWindow words before token `end`, in its sentence?
  bool CueBefore(const Document& doc, int64_t end, const KeySet& cues) const {
    const uint32_t sentence = doc.tokens[end].sentence;
    int words = 0;
    for (int64_t i = end - 1; i >= 0 && words < static_cast<int>(kCueWindow); --i) {
      const Token& t = doc.tokens[i];
      if (t.sentence != sentence) break;
      if (t.kind == TokenKind::kPunct) continue;
      ++words;
      if (cues.count(std::string(BareBase(t))) != 0 || cues.count(t.key) != 0) return true;
    }
    return false;
  }

  int Points(const Document& doc, const Mention& m) const {
    const int64_t to = ToPhraseStart(doc, m);
    if (to >= 0 && CueBefore(doc, to, interview_)) return kInterviewWeight;
    if (doc.tokens[m.token_begin].sentence < kLeadSentences &&
        CueBefore(doc, m.token_begin, relay_)) {
      return kRelayWeight;
    }
    return 0;
  }

  const KnowledgeBase& kb_;
  const KeySet interview_;
  const KeySet relay_;
  const KeySet outlets_;
};

}  // namespace

StatusOr<std::unique_ptr<Annotator>> NewPublisherAnnotator(const KnowledgeBase& kb,
                                                           const std::string& data_dir) {
  const std::string path = data_dir + "/publisher/cues.tsv";
  RASED_ASSIGN_OR_RETURN(std::vector<TsvRow> rows, ReadTsv(path));
  KeySet interview, relay, outlets;
  for (const TsvRow& row : rows) {
    if (row.fields.size() < 2) {
      return Status::DataLoss(path + ":" + std::to_string(row.line) + ": want kind<TAB>forms");
    }
    KeySet* set = row.fields[0] == "interview" ? &interview
                  : row.fields[0] == "relay"   ? &relay
                  : row.fields[0] == "outlet"  ? &outlets
                                               : nullptr;
    if (set == nullptr) {
      return Status::DataLoss(path + ":" + std::to_string(row.line) + ": unknown kind '" +
                              row.fields[0] + "'");
    }
    for (const std::string& form : SplitList(row.fields[1])) {
      std::string key = text::MatchKey(form);
      if (key.empty() || key.find(' ') != std::string::npos) {
        return Status::DataLoss(path + ":" + std::to_string(row.line) + ": '" + form +
                                "' is not one word");
      }
      set->insert(std::move(key));
    }
  }
  return std::unique_ptr<Annotator>(
      new PublisherAnnotator(kb, std::move(interview), std::move(relay), std::move(outlets)));
}

}  // namespace rased

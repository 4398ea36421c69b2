#include "ner/model_mentions.h"

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <utility>

#include "common/utf8.h"
#include "kb/knowledge_base.h"
#include "tagger/sequence_tagger.h"

namespace rased::ner {

ModelMentions::ModelMentions(std::unique_ptr<tagger::SequenceTagger> tagger,
                             const KnowledgeBase& kb, const ModelMentionOptions& options)
    : tagger_(std::move(tagger)), kb_(kb), options_(options) {}

ModelMentions::~ModelMentions() = default;

StatusOr<std::unique_ptr<ModelMentions>> ModelMentions::Load(const std::string& data_dir,
                                                             const KnowledgeBase& kb,
                                                             const text::Lexicon& lexicon,
                                                             const ModelMentionOptions& options) {
  RASED_ASSIGN_OR_RETURN(std::unique_ptr<tagger::SequenceTagger> tagger,
                         tagger::SequenceTagger::Load(data_dir, kb, lexicon));
  return std::unique_ptr<ModelMentions>(new ModelMentions(std::move(tagger), kb, options));
}

namespace {

// Words decoded on each side of a word that may start or end a name.
constexpr uint32_t kWindowMargin = 5;

bool IsQuote(std::string_view k) {
  return k == "\"" || k == "\xC2\xAB" || k == "\xC2\xBB" || k == "\xE2\x80\x9C" ||
         k == "\xE2\x80\x9D" || k == "'";  // " « » “ ” '
}

// Whether token i stands alone between quotation marks: a one-word title of
// a song, show or website («لافيستا»), which the model reads as a person.
bool Quoted(const Document& doc, const Sentence& s, uint32_t i) {
  return i > s.token_begin && i + 1 < s.token_end && IsQuote(doc.tokens[i - 1].key) &&
         IsQuote(doc.tokens[i + 1].key);
}

}  // namespace

int32_t ModelMentions::AliasOf(const Document& doc, uint32_t begin, uint32_t end, EntityType type,
                               bool* whole_token) const {
  const AliasMatcher& matcher = kb_.matcher();
  int32_t found = -1;
  const Token& t = doc.tokens[begin];
  for (const std::string* first : {&t.key, &t.base}) {
    *whole_token = first == &t.key;
    int32_t node = matcher.Step(AliasMatcher::kRoot, *first);
    for (uint32_t k = begin + 1; node >= 0 && k < end; ++k)
      node = matcher.Step(node, doc.tokens[k].key);
    if (node < 0) continue;
    for (const AliasHit& hit : matcher.Hits(node)) {
      const KbEntity& e = kb_.entities()[hit.entity];
      if (e.type != type) continue;
      // A name written with the article (الطائف، الخرج) read without it is
      // the common word ("طائف" one who circles, "خرج" he went out).
      if (end - begin == 1 && e.name_ar.starts_with("\xD8\xA7\xD9\x84") &&
          doc.tokens[begin].stem == doc.tokens[begin].base) {
        continue;
      }
      // A strong alias names its entity; of weak (shared) ones, the first.
      if (!hit.weak) return static_cast<int32_t>(hit.entity);
      if (found < 0) found = static_cast<int32_t>(hit.entity);
    }
    if (found >= 0) return found;
  }
  return -1;
}

void ModelMentions::Find(const Document& doc, const std::function<RuleTokenView(uint32_t)>& view,
                         std::vector<ModelMention>* out) const {
  thread_local std::vector<tagger::TaggedSpan> spans;
  thread_local std::vector<RuleTokenView> views;
  thread_local std::vector<std::pair<uint32_t, uint32_t>> windows;  // token ranges to decode
  const float min_score[] = {options_.person_min_score, options_.organization_min_score,
                             options_.location_min_score, options_.facility_min_score};
  for (const Sentence& s : doc.sentences) {
    // Every name the filters let through has a word outside the rules'
    // mentions that is no ordinary word, stop word or gentilic (a given or
    // family name, a foreign or place name); a sentence without one is not
    // worth decoding (on SaudiNewsNet this spares a sixth of the tagger's time).
    // Only a window around each such word is decoded: names are short, and
    // news sentences are long (a third of the tagger's time on SaudiNewsNet).
    views.clear();
    windows.clear();
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
      const RuleTokenView& v = views.emplace_back(view(i));
      const TokenKind kind = doc.tokens[i].kind;
      if (v.taken || v.function || v.known_word || v.idiom ||
          (kind != TokenKind::kWord && kind != TokenKind::kLatin)) {
        continue;
      }
      const uint32_t b = i - std::min(i - s.token_begin, kWindowMargin);
      const uint32_t e = std::min(s.token_end, i + 1 + kWindowMargin);
      if (!windows.empty() && b <= windows.back().second) {
        windows.back().second = e;
      } else {
        windows.emplace_back(b, e);
      }
    }
    spans.clear();
    for (const auto& [b, e] : windows) {
      const size_t before = spans.size();
      tagger_->Tag(doc, b, e, &spans);
      // A span cut by a window's edge inside the sentence is no whole name.
      spans.erase(std::remove_if(spans.begin() + static_cast<std::ptrdiff_t>(before), spans.end(),
                                 [&](const tagger::TaggedSpan& span) {
                                   return (span.token_begin == b && b > s.token_begin) ||
                                          (span.token_end == e && e < s.token_end);
                                 }),
                  spans.end());
    }
    for (const tagger::TaggedSpan& span : spans) {
      if (span.score < min_score[static_cast<int>(span.type)]) continue;
      if (span.type != EntityType::kPerson && options_.require_proper_noun && !span.proper_noun) {
        continue;
      }
      bool blocked = false;
      for (uint32_t i = span.token_begin; i < span.token_end && !blocked; ++i) {
        const RuleTokenView& v = views[i - s.token_begin];
        blocked = v.taken || v.idiom;
        // A proclitic inside a person's name is a conjunction or preposition
        // the model ran over ("عبد العزيز ومستشفى ..." Abdulaziz and the
        // hospital of, "... للعلوم" for sciences).
        const Token& t = doc.tokens[i];
        blocked = blocked ||
                  (span.type == EntityType::kPerson && i > span.token_begin && t.key != t.base);
      }
      if (blocked) continue;
      // A person named by one ordinary word is mostly the word: "آمنة" safe,
      // "الكريم" the generous, "اليهود" the Jews (a group, not a name); one
      // word alone in quotation marks is a title («لافيستا», a song).
      if (span.type == EntityType::kPerson && span.token_end - span.token_begin == 1 &&
          (!span.proper_noun || Quoted(doc, s, span.token_begin))) {
        continue;
      }
      uint32_t begin = span.token_begin;
      EntityType type = span.type;
      // A head decides the type where the model hesitates between place and
      // facility or organisation ("مستشفى ..." hospital is a facility).
      if (const Head* head = views[begin - s.token_begin].head;
          head != nullptr && type != EntityType::kPerson) {
        type = head->type;
        // The corpora put the head in the name (مدينة جنين، شركة شل); rased's
        // mentions leave a head of mode "name" out, as the rules do.
        if (head->mode == HeadMode::kName && span.token_end - begin > 1) ++begin;
      }
      if (span.score < min_score[static_cast<int>(type)]) continue;
      bool alias_whole_token = false;
      const int32_t kb = AliasOf(doc, begin, span.token_end, type, &alias_whole_token);
      if (type != EntityType::kPerson && options_.places_need_kb && kb < 0) {
        // Else a head must open the span and a word after it must be more
        // than an ordinary word: "مطار عسكري" (a military airport) is none.
        bool named = false;
        for (uint32_t i = span.token_begin + 1; i < span.token_end && !named; ++i) {
          const RuleTokenView& v = views[i - s.token_begin];
          named = !v.known_word && !v.function;
        }
        if (views[span.token_begin - s.token_begin].head == nullptr || !named) continue;
      }
      const RuleTokenView& first = views[begin - s.token_begin];
      if (first.function) continue;
      ModelMention m;
      m.token_begin = begin;
      m.token_end = span.token_end;
      // No proclitic after a head in construct ("قرية كياما" the village of
      // Kiama), nor on a whole-token alias ("ويلز" Wales, not و + "يلز").
      const Token& t = doc.tokens[begin];
      const bool trimmed_head = begin > span.token_begin;
      if (!trimmed_head && !(kb >= 0 && alias_whole_token) && t.base.size() < t.key.size() &&
          std::string_view(t.key).ends_with(t.base)) {
        m.stripped =
            static_cast<uint8_t>(utf8::CountCodePoints(t.key) - utf8::CountCodePoints(t.base));
      }
      m.type = type;
      m.score = span.score;
      m.kb = kb;
      out->push_back(m);
    }
  }
}

}  // namespace rased::ner

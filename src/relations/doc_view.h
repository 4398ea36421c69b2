// DocView: one document as the relation stage reads it — each token with its
// match forms, word classes, proclitics and the mention covering it; each
// mention with its entity, whether a preposition governs it and whether it is
// only a gentilic adjective inside a title; sentences grouped into paragraphs.
// It also answers the grammatical questions argument slots ask (the subject of
// a verb, the name after a preposition, the conjuncts of "بين X و Y", ...).
//
// A DocView borrows the Document, the Rules and the KnowledgeBase; all three
// must outlive it. It is built once per document and is not thread-safe
// (the relation stage marks excluded spans while it reads).
#ifndef RASED_RELATIONS_DOC_VIEW_H_
#define RASED_RELATIONS_DOC_VIEW_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kb/knowledge_base.h"
#include "rased/document.h"
#include "relations/rules.h"

namespace rased::relations {

class DocView {
 public:
  struct Tok {
    // key, base, stem, and the same without an enclitic pronoun (ta marbuta
    // restored: "زيارته" -> "زياره"); duplicates removed.
    std::string_view forms[8];
    uint8_t nforms = 0;
    uint64_t classes = 0;       // WordClass bits of any form
    uint8_t starts = 0;         // WordInfo::starts of any form: which tables may match here
    uint8_t proclitics = 0;     // Proclitic bits
    std::string_view enclitic;  // pronoun at the end of the base ("ها"), empty if none
    int32_t mention = -1;       // covering mention, index into Document::mentions
    bool hard = false;          // . ! ? ؟ ; ؛ :
    bool comma = false;         // ، ,
    bool quote = false;         // " “ ” « » and the like
    bool paren = false;         // inside a parenthesis or a dashed remark
    bool number = false;        // has a numeric value
    bool excluded = false;      // part of an attribution cue and its source
    bool speaker = false;       // excluded, but names who says it: may fill roles of the report
  };

  struct MentionInfo {
    int32_t entity = -1;
    EntityType type = EntityType::kPerson;
    Span span;
    uint32_t begin = 0;  // tokens [begin, end)
    uint32_t end = 0;
    bool adjectival = false;  // a gentilic adjective ("الروسي") standing for its country
    bool modifier = false;    // such an adjective inside a title before a person's name
    int8_t governed = -1;     // cached: 1 governed by a preposition, 0 not, -1 unknown
    // Not a mention of the entity stage: a definite gentilic adjective after a
    // noun ("النفوذ الروسي", "القيادة العسكرية الروسية") read as its country,
    // when the document names that country.
    bool pseudo = false;
    bool in_title = false;  // inside a person's title ("أمير منطقة الرياض")
    bool continuation = false;  // the rest of the name before it ("سلمان بن عبدالعزيز آل سعود")
    bool outlet = false;  // a media outlet of the knowledge base
    bool state = false;   // a country or capital of the knowledge base
  };

  DocView(const Document& doc, const Rules& rules, const KnowledgeBase& kb);

  const Document& doc() const { return doc_; }
  const Rules& rules() const { return rules_; }
  const KnowledgeBase& kb() const { return kb_; }
  uint32_t size() const { return static_cast<uint32_t>(toks_.size()); }
  const Tok& tok(uint32_t i) const { return toks_[i]; }
  Tok& mutable_tok(uint32_t i) { return toks_[i]; }
  // Mentions of the document (same indices as Document::mentions), then the
  // pseudo-mentions of gentilic adjectives.
  const MentionInfo& mention(int32_t m) const { return mentions_[m]; }
  size_t mention_count() const { return mentions_.size(); }

  // Sentence bounds in tokens and its paragraph (blank-line separated).
  uint32_t SentenceBegin(uint32_t s) const { return doc_.sentences[s].token_begin; }
  uint32_t SentenceEnd(uint32_t s) const { return doc_.sentences[s].token_end; }
  uint32_t SentenceOf(uint32_t t) const { return doc_.tokens[t].sentence; }
  uint32_t ParagraphOf(uint32_t s) const { return paragraph_[s]; }

  // Whether `word` (a match key) matches token t: any of its forms, or the
  // word without its article against the token's stems.
  bool Matches(uint32_t t, std::string_view word) const;
  // Length of the sequence `words` matched from token t (tokens up to `end`),
  // 0 when it does not match. Quotes inside the sequence are skipped.
  uint32_t MatchWords(uint32_t t, uint32_t end, const std::string* words, size_t n) const;
  uint32_t MatchWords(uint32_t t, uint32_t end, const std::vector<std::string>& words) const {
    return MatchWords(t, end, words.data(), words.size());
  }
  // Calls fn(payload, length) for every entry of `table` matching at token t.
  template <typename Fn>
  void MatchTable(const PhraseTable& table, uint32_t t, uint32_t end, Fn fn) const;
  // Whether token t starts a multi-word form of class `cls` (length, else 0),
  // or is a single word of it (1).
  uint32_t ClassAt(uint32_t t, uint32_t end, uint64_t cls) const;

  // Whether a preposition governs mention m (coordinated names share the
  // governor of the first conjunct; "من" after a number is partitive).
  bool Governed(int32_t m);
  // Whether mention m can fill a role of these types (TypeBit and kStateBit).
  bool Fits(int32_t m, uint8_t types) const;
  // The mention ending right before token t, skipping quotes and at most one
  // comma when `comma` is true; -1 when none.
  int32_t MentionEndingBefore(uint32_t t, uint32_t floor, bool comma) const;

  // The token range of the text of tokens [b, e) in Document::text, with
  // leading proclitics of the first token left out.
  Span SpanOf(uint32_t b, uint32_t e, bool strip_proclitics) const;
  std::string TextOf(uint32_t b, uint32_t e, bool strip_proclitics) const;

 private:
  // Whether the mention's first letters, read as a proclitic preposition,
  // belong to the name itself ("باراك" is no "ب" + "اراك").
  bool ProcliticInName(const MentionInfo& info) const;
  void IndexTokens();
  void IndexMentions();
  void AddAdjectiveMentions();
  void MarkTitlesAndNames();
  void IndexParagraphs();
  void MarkParentheticals();

  const Document& doc_;
  const Rules& rules_;
  const KnowledgeBase& kb_;
  std::vector<Tok> toks_;
  std::vector<MentionInfo> mentions_;
  std::vector<uint32_t> paragraph_;
  std::string arena_;  // forms that are not substrings of the tokens' own keys
};

template <typename Fn>
void DocView::MatchTable(const PhraseTable& table, uint32_t t, uint32_t end, Fn fn) const {
  const Tok& tk = toks_[t];
  if (!(tk.starts & table.start_bit())) return;
  // A form may appear as several of the token's readings; report each entry once.
  uint32_t seen[16];
  int nseen = 0;
  for (uint8_t f = 0; f < tk.nforms; ++f) {
    const std::vector<uint32_t>* ids = table.StartingWith(tk.forms[f]);
    if (ids == nullptr) continue;
    for (uint32_t id : *ids) {
      bool dup = false;
      for (int k = 0; k < nseen; ++k) dup |= seen[k] == id;
      if (dup) continue;
      if (nseen < 16) seen[nseen++] = id;
      const PhraseTable::Entry& e = table.entry(id);
      uint32_t len = 1;
      if (e.words.size() > 1) {
        const uint32_t n = MatchWords(t + 1, end, e.words.data() + 1, e.words.size() - 1);
        if (n == 0) continue;
        len += n;
      }
      fn(e.payload, len);
    }
  }
}

}  // namespace rased::relations

#endif  // RASED_RELATIONS_DOC_VIEW_H_

// Attribution: who says what a sentence states. Finds reporting frames
// ("قالت صحيفة لوموند إن", "بحسب موقع تلفزيون سوريا", "نقلت صحيفة X عن مصادر
// Y أن", "المصدر : لوموند"), resolves anaphoric sources ("وبحسب المصدر",
// "نفس المصادر", "الصحيفة البريطانية") to the frame they point back to, keeps
// chains as text ("العربي الجديد ← مصادر ليبية مقربة من حفتر"), carries a frame
// over to the sentences that continue the report, and marks the words of each
// cue and source as excluded so that the relation stage does not read a source
// as an argument.
//
// Thread safety: an Attribution works on one DocView and is not thread-safe.
#ifndef RASED_RELATIONS_ATTRIBUTION_H_
#define RASED_RELATIONS_ATTRIBUTION_H_

#include <cstdint>
#include <string>
#include <vector>

#include "relations/doc_view.h"

namespace rased::relations {

// One source.
struct Frame {
  int32_t entity = -1;  // entity index of the source, -1 when unnamed
  std::string text;     // chain or unnamed source as written; empty for a plain entity
  bool outlet = false;  // a media outlet or account ("صحيفة", "الحساب الإعلامي")
  bool plural = false;  // plural unnamed sources ("مصادر")
  bool from_publisher = false;  // the document's publisher, not a cue in the text
  std::string head;             // stem of the source noun ("مصادر"), empty for names
  uint32_t sentence = 0;        // where the cue stands
};

// A named speaker's statement, found with its reporting verb.
struct StatementCue {
  int32_t speaker = -1;  // entity index
  uint32_t sentence = 0;
  uint32_t cue_begin = 0;  // tokens of the reporting verb
  uint32_t cue_end = 0;
  uint32_t content_begin = 0;  // tokens of what was said (up to the sentence end)
};

class Attribution {
 public:
  explicit Attribution(DocView& view);

  // Finds every frame of the document. Marks cue and source tokens excluded.
  void Run();

  // The frame governing token t, or nullptr for the author's own voice.
  const Frame* FrameAt(uint32_t t) const;
  const std::vector<StatementCue>& statements() const { return statements_; }
  const std::vector<Frame>& frames() const { return frames_; }

 private:
  struct Source {
    uint32_t begin = 0;  // tokens of the source phrase
    uint32_t end = 0;
    int32_t mention = -1;  // the mention naming it
    bool person = false;
    bool outlet = false;
    bool plural = false;
    bool anaphoric = false;  // "المصدر", "نفس المصادر", "الصحيفة"
    bool spokesman = false;  // speaks for the entity after "باسم"
    std::string_view head;   // stem of the source noun
  };
  // Reads the source phrase starting at token t (up to `end`).
  Source ReadSource(uint32_t t, uint32_t end, bool stop_at_an);
  // Turns a source phrase into a frame; -1 when it names nothing.
  int32_t MakeFrame(const Source& src, uint32_t sentence);
  int32_t ResolveAnaphor(const Source& src) const;
  // Whether the person the source names so far is the genitive of a title
  // word ("وكيل وزارة الصحة"), so that a person named before token `next`
  // is the speaker.
  bool TitleGenitive(const Source& src, uint32_t next) const;
  // The person or organisation a relative pronoun right before the reporting
  // verb at `cue` stands for ("فلان، الذي قال"), -1 when none.
  int32_t RelativeSpeaker(uint32_t cue, uint32_t sentence_begin) const;
  // The person or organisation that opens the clause right before the
  // reporting verb at `cue` ("وكانت المعارضة السورية أعلنت"), -1 when none.
  int32_t FrontedSpeaker(uint32_t cue, uint32_t sentence_begin) const;
  // Whether a person's name starts within the next few plain words from t.
  bool PersonAhead(uint32_t t, uint32_t end) const;
  void FindLineFrame();
  void FindPublisherFrame();

  struct Segment {
    uint32_t begin = 0;  // tokens
    uint32_t end = 0;
    int32_t frame = -1;
  };

  DocView& view_;
  std::vector<Frame> frames_;
  std::vector<StatementCue> statements_;
  std::vector<int32_t> sentence_frame_;         // default frame of each sentence
  std::vector<std::vector<Segment>> segments_;  // per sentence, overriding the default
  int32_t doc_frame_ = -1;
  int32_t line_sentence_ = -1;
};

}  // namespace rased::relations

#endif  // RASED_RELATIONS_ATTRIBUTION_H_

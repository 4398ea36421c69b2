// TextCleaner: turns the text of an article (a .txt file, or the paragraphs
// the HTML extractor kept) into Document::text, its boilerplate list and its
// metadata.
//
//   TextCleaner cleaner(rules, dates);
//   CleanedText c = cleaner.Clean(text, known_metadata, CleanOptions{});
//   doc.text = c.text; doc.boilerplate_removed = c.removed; ...
//
// It works on whole lines and never edits inside a line it keeps: a line is
// either kept as written (only its leading and trailing spaces go) or
// dropped whole into `removed`. In order:
//   1. Date line: one of the first three lines that is a date and nothing
//      else ("29-سبتمبر-2023") is metadata: it sets `published` when unknown
//      and leaves the text.
//   2. Source line: walking up from the end over boilerplate lines, the first
//      other line, if it is "المصدر : لوموند" / "Source: Reuters", gives the
//      publisher and leaves the text.
//   3. Title (plain text only, when no title is known): the first line after
//      the date line when it has 2..20 words, does not end like a sentence or
//      clause (. ، , : ؛ ;), does not end with a photo credit (a caption), is
//      not boilerplate, and is followed by a blank line or by itself. It stays
//      in the text as its first line.
//   4. Phrase rules (BoilerplateRules::Match): cookie notices, ad markers,
//      "اقرأ أيضا" lines, share bars, paywall notes, photo-credit lines, ...
//   5. Repeats: a line whose key equals the title's or an earlier kept line's
//      (two words at least) is dropped; the first stays. Short lines (under
//      eight words) that end like a sentence are exempt: formulas that close
//      each item of a list ("وقد أعد مرسوم ملكي بذلك.") repeat on purpose.
//   6. Pull quotes: a line of eight words or more whose key lies inside a
//      longer kept line (possibly after a proclitic و/ف on its first word) is
//      dropped: the longer paragraph has the same words.
// A known title (HTML, JSON) that is not the first kept line, nor the words it
// opens with, is put in front of the text as its own paragraph
// (CleanOptions::title_in_text).
//
// Lines are joined with "\n", or "\n\n" where the source had a blank line
// between them.
//
// Thread safety: Clean() is const; a TextCleaner may be shared by threads.
#ifndef RASED_INGEST_TEXT_CLEANER_H_
#define RASED_INGEST_TEXT_CLEANER_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/boilerplate.h"
#include "ingest/metadata.h"

namespace rased::ingest {

struct CleanOptions {
  // Steps 2 (removal only), 4, 5 and 6 above. When false, metadata is still
  // read but every line stays.
  bool remove_boilerplate = true;
  // Put a known title in front of the text when the text does not start with it.
  bool title_in_text = true;
  // Step 3; off for formats whose title is given by their markup.
  bool detect_title = true;
};

struct CleanedText {
  std::string text;
  Metadata metadata;                 // `known` completed from the text
  std::vector<std::string> removed;  // dropped lines as written, in text order
};

class TextCleaner {
 public:
  // Both must outlive the cleaner.
  TextCleaner(const BoilerplateRules& rules, const DateReader& dates);

  // `text` must be valid UTF-8 with "\n" line ends (DecodeText's output).
  CleanedText Clean(std::string_view text, const Metadata& known,
                    const CleanOptions& options) const;

 private:
  const BoilerplateRules& rules_;
  const DateReader& dates_;
};

}  // namespace rased::ingest

#endif  // RASED_INGEST_TEXT_CLEANER_H_

// BoilerplateRules: the page-noise vocabulary of data/boilerplate/, compiled
// for matching lines of article text and class/id names of HTML elements.
//
//   auto rules = BoilerplateRules::Load(data_dir + "/boilerplate");
//   LineKey k = MakeLineKey("اقرأ أيضاً: اتفاق بين حكومة الثني والأسد");
//   if (const PhraseRule* r = (*rules)->Match(k)) ...   // r->category == "related"
//
// Files (UTF-8 TSV, '#' comments; see data/boilerplate/README.md):
//
//   <category>.tsv      phrase tables, one rule a line:
//                         pattern  match  max_words
//                       `pattern` is compared on LineKey tokens, so case,
//                       harakat, hamza forms and punctuation do not matter.
//                       Two placeholders stand for one token each: <num> (a
//                       number such as 31.43) and <any> (any token).
//                       `match` says how the pattern meets a line:
//                         equals    the whole line is the pattern;
//                         prefix    the line starts with the pattern;
//                         contains  the pattern occurs anywhere in the line;
//                         words     the pattern is one word, and a line made
//                                   only of such words (of any `words` table)
//                                   is noise: "فيسبوك تويتر واتساب".
//                       `max_words` (prefix, contains, words; 0 = no limit):
//                       longer lines never match, which is what keeps a real
//                       sentence that happens to contain a phrase.
//                       The category is the file name without ".tsv"; the
//                       "credits" category also marks a caption's trailing
//                       photo credit ("... (Getty)") for title detection.
//   html_classes.tsv    class/id words of HTML elements:
//                         word  match(word|prefix)  effect(drop|keep)
//   source_labels.tsv   labels of a closing source line ("المصدر : لوموند"):
//                         label
//
// Thread safety: immutable after Load(); share freely between threads.
#ifndef RASED_INGEST_BOILERPLATE_H_
#define RASED_INGEST_BOILERPLATE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/tsv.h"
#include "ingest/line_key.h"
#include "rased/status.h"

namespace rased::ingest {

enum class MatchKind : uint8_t { kEquals, kPrefix, kContains, kWords };

struct PhraseRule {
  std::vector<std::string> tokens;  // LineKey tokens; "<num>" and "<any>" are placeholders
  MatchKind kind = MatchKind::kEquals;
  uint32_t max_words = 0;  // 0 = no limit
  std::string category;    // table name: "cookies", "ads", "related", "credits", ...
  std::string origin;      // "ads.tsv:12", for messages
};

// What an HTML class or id word says about its element.
enum class ClassEffect : uint8_t { kNone, kDrop, kKeep };

// Lets the tables be searched with a string_view (no temporary string).
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringViewHash, std::equal_to<>>;

class BoilerplateRules {
 public:
  // Reads every table of `dir` (data_dir/boilerplate). kNotFound when the
  // directory or a required table is missing, kDataLoss (file:line) for a
  // malformed row.
  static StatusOr<std::unique_ptr<BoilerplateRules>> Load(const std::string& dir);

  // An empty rule set; fill it with AddPhraseTable and friends (tests).
  BoilerplateRules();
  ~BoilerplateRules();
  Status AddPhraseTable(const std::string& category, const std::vector<TsvRow>& rows,
                        const std::string& file);
  Status AddHtmlClassTable(const std::vector<TsvRow>& rows, const std::string& file);
  Status AddSourceLabelTable(const std::vector<TsvRow>& rows, const std::string& file);

  // The first rule that matches the line, or null. Lines longer than every
  // limit are checked against `equals` rules only, so long sentences are
  // cheap.
  const PhraseRule* Match(const LineKey& line) const;

  // Does the line end with a rule of `category` that matches a whole line
  // ("... التعاون العسكري (Getty)" ends with the credit "getty")? The line
  // must have at least one token before it.
  bool EndsWithCategory(const LineKey& line, std::string_view category) const;

  // For a closing source line "المصدر : لوموند" / "Source: Reuters": the name
  // as written ("لوموند"), else empty. The label must be followed by ':' or a
  // dash, and the name must be 1..6 words.
  std::string SourceLineName(std::string_view line, const LineKey& key) const;

  // Effect of one class/id attribute value ("article-body share-bar"):
  // kDrop when some word is a drop word, kKeep when some word is a keep word
  // (both: kDrop, the caller decides with the element's size), else kNone.
  // `*keep_too` is set when a keep word was also seen.
  ClassEffect ClassesEffect(std::string_view attribute, bool* keep_too) const;

  size_t rule_count() const { return rules_.size(); }

 private:
  bool MatchAt(const PhraseRule& rule, const LineKey& line, size_t pos) const;

  std::vector<PhraseRule> rules_;
  // Rules by their first literal token; rules that start with a placeholder.
  StringMap<std::vector<uint32_t>> by_first_token_;
  std::vector<uint32_t> placeholder_first_;
  StringMap<uint32_t> words_;  // `words` rules by word
  uint32_t words_max_ = 0;     // longest line a `words` rule accepts
  uint32_t limit_max_ = 0;     // longest line any non-equals rule accepts (0 = none)
  bool unlimited_ = false;     // some prefix/contains rule has no limit

  struct ClassWord {
    std::string word;
    bool prefix = false;
    ClassEffect effect = ClassEffect::kNone;
  };
  std::vector<ClassWord> class_words_;
  std::vector<std::vector<std::string>> source_labels_;  // LineKey tokens
};

}  // namespace rased::ingest

#endif  // RASED_INGEST_BOILERPLATE_H_

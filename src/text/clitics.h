// Clitic analysis of Arabic word tokens: which leading letters are
// conjunctions/prepositions (Token::base), whether there is an article
// (Token::stem) and an enclitic pronoun (Token::enclitic_bytes).
//
//   std::string base, stem;
//   uint8_t enclitic = 0;
//   AnalyzeClitics(MatchKeyKeepTaMarbuta("وبالجفرة"), lexicon, &base, &stem, &enclitic);
//   // base == "الجفره", stem == "جفره", enclitic == 0
//
// The decision. w is the word's MatchKeyKeepTaMarbuta. An analysis is
// scored by how the lexicon explains it: cost 0 for a direct entry, +1 for
// each inference (a simple inflection: ...ات from ...ة or the bare stem,
// ...ون/ين/ان from the stem, ...ة from the masculine, the verb endings
// ت وا تم تا and imperfect prefixes ي ت ن on a stem, the accusative ...ا;
// the article; a pronoun
// after a host; a proclitic), unknown when nothing explains it.
//
//   1. w a direct entry: no proclitic ("وزير", "والد", "ولاية", "كتاب"),
//      unless clitics.tsv lists it as "split" ("وفي" is "and in").
//   2. Otherwise every proclitic chain of clitics.tsv (و, ف, ب, ك, ل, then
//      و/ف + ب/ك/ل, with ل + ال written "لل" read as ال) is scored as
//      1 + cost(remainder of at least 2 letters); the cheapest, shortest
//      first on ties, is taken when it costs less than w as a whole, or the
//      same and the chain is not ف or ك alone (rarer than و ب ل: "كتابه"
//      stays كتاب + ه rather than ك + "تابه"):
//      "لحفتر" -> "حفتر" (a news name in extra_words.tsv), "وموسكو" ->
//      "موسكو", "للأسد" -> "الاسد", "وبعد" -> "بعد" (not "و+ب+عد"),
//      "لقواتها" -> "قواتها" (ل + قوات + ها beats لقوة + ات + ها).
//   3. Nothing explains w or any split: a conservative guess, since unknown
//      words are mostly names and foreign names often begin with a
//      proclitic-like letter (فاغنر, بنغازي, بوتين, لوموند):
//      a. a chain followed by the article with at least 3 letters after ال
//         is stripped ("وبالحميدتي" -> "الحميدتي"), except ف or ك alone,
//         which open many foreign names (فالنسيا, كاليفورنيا);
//      b. the conjunction و alone is stripped when at least 3 letters remain
//         and the remainder does not start with a long-vowel letter (ا و ي),
//         the usual shape of a transliterated foreign name ("وارسو" stays);
//      c. ب or ل alone likewise when at least 4 letters remain;
//      d. ف and ك alone, and longer chains, are never stripped on a guess.
//   4. stem = base minus a leading ال when at least 2 letters remain.
//   5. Enclitic pronouns (clitics.tsv; ي, ني and ك are left out there) are
//      looked for only when base has no article, does not end in ة (never a
//      pronoun, so "مملوكة" has none), and base is not a direct entry. The
//      host must keep at least 3 letters ("ولكن" is not "ول" + "كن") and be
//      explained (a host ending in ت also counts as ...ة: "حكومته" ->
//      "حكومت" ~ "حكومة"), or end in ات with at least 4 letters ("قواته"
//      -> "قوات" + "ه").
// The future prefix س is not analysed (it would need verb morphology).
// Words with non-Arabic letters are left alone (base = stem = key).
//
// Thread safety: CliticInventory is immutable after loading; AnalyzeClitics
// is reentrant.
#ifndef RASED_TEXT_CLITICS_H_
#define RASED_TEXT_CLITICS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "rased/status.h"

namespace rased::text {

class Lexicon;

// The proclitic and enclitic inventories (data/lexicon/clitics.tsv).
class CliticInventory {
 public:
  // Rows "kind<TAB>form": kind is conjunction, preposition, article,
  // contraction (the form "لل" standing for ل + ال), enclitic, or split (a
  // whole word that is nevertheless split, see AlwaysSplit). kDataLoss
  // naming source:line for an unknown kind or an empty form.
  Status AddTable(std::string_view tsv_text, std::string_view source_name);

  // Every proclitic chain in MatchKey form with the text it stands for, shortest first:
  // {"و", ""}, ..., {"لل", "ال"}, {"وب", ""}, ...
  struct Chain {
    std::string letters;            // as written at the start of the word
    std::string replacement;        // prepended to the remainder ("ال" for "لل")
    bool single = false;            // one letter
    bool conjunction_only = false;  // و or ف alone
  };
  const std::vector<Chain>& chains() const { return chains_; }
  const std::vector<std::string>& enclitics() const { return enclitics_; }  // longest first
  const std::string& article() const { return article_; }
  bool IsConjunction(std::string_view letter) const;
  // Words listed as "split": known as a whole, but in news nearly always a
  // proclitic + word ("وفي" is "and in", rarely "loyal").
  bool AlwaysSplit(std::string_view word) const;

 private:
  void Rebuild();

  std::vector<std::string> conjunctions_;
  std::vector<std::string> prepositions_;
  std::vector<std::pair<std::string, std::string>> contractions_;
  std::vector<std::string> enclitics_;
  std::vector<std::string> always_split_;
  std::string article_;
  std::vector<Chain> chains_;
};

// Fills base, stem (both in MatchKey form, ة folded to ه) and enclitic_bytes
// for the word whose MatchKeyKeepTaMarbuta is `key_ta`. See the rules above.
// `tanwin_alef`: the surface marks a final ا with tanwin (U+064B, "بُعدًا"),
// so that ا is the accusative ending and the word is analysed without it.
void AnalyzeClitics(std::string_view key_ta, const Lexicon& lexicon, std::string* base,
                    std::string* stem, uint8_t* enclitic_bytes, bool tanwin_alef = false);

// Does the lexicon explain the word whose MatchKeyKeepTaMarbuta is `key_ta`,
// directly or through the clitics and simple inflections above? False for
// names and misspellings the lexicon does not know.
bool ExplainedByLexicon(std::string_view key_ta, const Lexicon& lexicon);

}  // namespace rased::text

#endif  // RASED_TEXT_CLITICS_H_

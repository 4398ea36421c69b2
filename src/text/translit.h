// Transliteration keys: one consonant skeleton for the Arabic and Latin
// spellings of a name, and a readable romanisation of Arabic names.
//
//   SkeletonKey("Khalifa Haftar") == SkeletonKey("خليفة حفتر")   // "XLF HFTR"
//   SkeletonKey("Yevkurov") == SkeletonKey("إيفكوروف")           // "FKRF"
//   SkeletonKey("Wagner") == SkeletonKey("فاجنر")                // "FGNR"
//   Romanize("خليفة حفتر") == "Khalifa Haftar"
//
// SkeletonKey, word by word (words are runs of letters; hyphens, spaces and
// punctuation separate them):
//   * the input first goes through MatchKey (alef, ya, ta marbuta and hamza
//     folding, lower case), Latin diacritics are dropped ("é" -> "e");
//   * the article is dropped: a leading "ال" (when at least two letters
//     remain), a Latin word "al"/"el", and the prefixes "al-", "el-" and the
//     assimilated "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-";
//   * each letter or digraph maps to a consonant class by the table
//     data/lexicon/translit.tsv, longest match first, some only at the start
//     or the end of a word: ح ه h -> H, خ kh -> X, غ gh ج j dj g -> G,
//     ق ك q k c ck -> K, ف v ph f -> F, ب p b -> B, ش sh ch tch -> C,
//     ث th س ص ز ظ s z -> S, ذ dh د ض d -> D, ط ت t -> T, zh -> G, x -> KS;
//   * vowels vanish: Latin a e i o u y, Latin w except word-initially, the
//     Arabic ا ي ى ع ء ة and و except word-initially, a final ح or ه and a
//     final Latin h; "abdel"/"abdul" and "عبدال" split into "abd" + name. A word-initial و or w
//     joins F (v), so "Wagner" meets "فاغنر";
//   * runs of the same class collapse ("Assad" -> "SD"); words whose
//     skeleton is empty are dropped; the words are joined by one space.
// The key is ASCII upper case. It is lossy by design: candidates it pairs up
// still need other evidence. "Moscow" and "موسكو" meet ("MSK": c before o is
// K, a non-initial w is a vowel). Known misses: "Gaddafi" (G) and "القذافي"
// (K); "Damascus" and "دمشق" (S vs C); Latin "th" always meets ث, never ت
// ("Thomas"); a final ح, ه or h vanishes, so "Fattah" meets "فتاح" but also
// "فتا".
//
// The table is data/lexicon/translit.tsv, compiled into the library at build
// time (so these functions never fail and need no data directory);
// LoadTranslitTable() swaps in another copy.
//
// Thread safety: SkeletonKey and Romanize may be called concurrently.
#ifndef RASED_TEXT_TRANSLIT_H_
#define RASED_TEXT_TRANSLIT_H_

#include <string>
#include <string_view>

#include "rased/status.h"

namespace rased::text {

// The consonant skeleton of `name` (any script mix). Empty when no letter
// survives.
std::string SkeletonKey(std::string_view name);

// A readable Latin rendering of an Arabic name, words capitalised: "خليفة
// حفتر" -> "Khalifa Haftar", "الجفرة" -> "Al-Jafra". Short vowels are guessed
// (Arabic does not write them), so this is for display of names outside the
// knowledge base, never for matching. Latin letters and digits pass through;
// other characters are dropped.
std::string Romanize(std::string_view arabic);

// Loads the table from data_dir/lexicon/translit.tsv and makes it the one the
// functions above use (tests, custom data dirs). Fails with kNotFound /
// kDataLoss naming the file and line. Not thread-safe with concurrent calls
// of the functions above; call it at start-up.
Status LoadTranslitTable(const std::string& data_dir);

}  // namespace rased::text

#endif  // RASED_TEXT_TRANSLIT_H_

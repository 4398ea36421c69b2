// Lexicon: the Arabic words the text stage knows, and the small tables it
// runs on (clitic inventories, number words, abbreviations).
//
//   auto lexicon = rased::text::Lexicon::Load("", data_dir);  // system ar.dic
//   if (!lexicon.ok()) return lexicon.status();   // a malformed data/lexicon table
//   (*lexicon)->Contains(rased::text::MatchKey("وزير"));       // true
//
// Words come from
//   * the stems of a hunspell dictionary ("word/FLAGS" lines; the flags, the
//     affix file and the "::::" section banners of Debian's ar.dic are
//     ignored). Affixes are not expanded: "قوة" is known, "قوات" is not.
//   * data_dir/lexicon/extra_words.tsv: news words and names hunspell lacks.
//   * data_dir/lexicon/number_words.tsv: every number word.
// Each word is stored twice: as its MatchKey, and as its MatchKey with ta
// marbuta kept (MatchKeyKeepTaMarbuta), which clitic analysis needs to tell
// the feminine ending ة from the pronoun ه.
//
// The data_dir tables (clitics.tsv, number_words.tsv, extra_words.tsv,
// abbreviations.tsv; format in each file's header) are also compiled into the
// library; a table missing from data_dir falls back to that built-in copy,
// so a data directory without lexicon/ still works.
//
// Thread safety: immutable after Load() (AddWord excepted); const methods may
// be called concurrently.
#ifndef RASED_TEXT_LEXICON_H_
#define RASED_TEXT_LEXICON_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "rased/status.h"
#include "text/clitics.h"
#include "text/number_words.h"
#include "text/string_hash.h"

namespace rased::text {

// Token keys after which "." does not end a sentence ("د." doctor, "م."
// engineer, Latin initials).
class Abbreviations {
 public:
  // Rows: one abbreviation as written, without the dot. kDataLoss when a row
  // is not valid UTF-8.
  Status AddTable(std::string_view tsv_text, std::string_view source_name);
  void Add(std::string_view word);
  // `key` is a MatchKey. Every single Latin letter counts as an initial.
  bool Contains(std::string_view key) const;

 private:
  StringSet keys_;
};

class Lexicon {
 public:
  // Loads the stems of `hunspell_dic_path` (empty: /usr/share/hunspell/ar.dic;
  // a missing or unreadable file is silently skipped: has_hunspell() is then
  // false) and the tables of data_dir/lexicon/. Fails with kDataLoss naming
  // file:line when one of those tables is malformed.
  static StatusOr<std::unique_ptr<Lexicon>> Load(const std::string& hunspell_dic_path,
                                                 const std::string& data_dir);

  // The built-in tables only, no hunspell: what the text stage uses when it is
  // given no lexicon. Never fails; a process-wide instance.
  static const Lexicon& BuiltIn();

  // `key` is a MatchKey ("وزير", "الجفره").
  bool Contains(std::string_view key) const { return keys_.count(key) != 0; }
  // `key` is a MatchKeyKeepTaMarbuta ("مملوكة" is known, "مملوكه" is not).
  bool ContainsKeepTaMarbuta(std::string_view key) const { return keys_ta_.count(key) != 0; }
  // Whether hunspell lists `key` (a MatchKey) only in its section of nouns
  // and proper names ("names.dic", أسماء, in Debian's ar.dic: "جدة",
  // "أوروبا", "وزير"), never among its verbs, particles or tool words.
  bool OnlyAsNoun(std::string_view key) const { return names_only_.count(key) != 0; }

  // Adds a word (any spelling; it is normalised). Not thread-safe: call before
  // sharing the lexicon (for instance with knowledge-base names).
  void AddWord(std::string_view word);

  size_t size() const { return keys_.size(); }
  // Changes whenever the contents may have changed (a new lexicon, AddWord):
  // caches of analyses key on it rather than on the address, which a later
  // lexicon may reuse.
  uint64_t generation() const { return generation_; }
  bool has_hunspell() const { return has_hunspell_; }

  const CliticInventory& clitics() const { return clitics_; }
  const NumberWords& number_words() const { return number_words_; }
  const Abbreviations& abbreviations() const { return abbreviations_; }

 private:
  Lexicon();
  Status LoadHunspell(const std::string& path);
  // Loads data_dir/lexicon/<name>, or the built-in copy when data_dir is
  // empty or the file is missing.
  Status LoadTables(const std::string& data_dir);

  StringSet keys_;
  StringSet keys_ta_;
  StringSet names_only_;
  bool has_hunspell_ = false;
  uint64_t generation_ = 0;
  CliticInventory clitics_;
  NumberWords number_words_;
  Abbreviations abbreviations_;
};

// The built-in copy of data/lexicon/<name> ("clitics.tsv", ...), empty when
// there is none.
std::string_view BuiltInTable(std::string_view name);

}  // namespace rased::text

#endif  // RASED_TEXT_LEXICON_H_

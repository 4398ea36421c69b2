#include "text/lexicon.h"

#include <atomic>
#include <fstream>
#include <string>
#include <vector>

#include "common/utf8.h"
#include "text/normalize.h"
#include "text/tables.h"

namespace rased::text {
namespace {

constexpr char kDefaultHunspell[] = "/usr/share/hunspell/ar.dic";

// Replaces every ة (D8 A9) by ه (D9 87) in place.
void FoldTaInPlace(std::string* s) {
  for (size_t i = 0; i + 1 < s->size(); ++i) {
    if ((*s)[i] == '\xD8' && (*s)[i + 1] == '\xA9') {
      (*s)[i] = '\xD9';
      (*s)[i + 1] = '\x87';
      ++i;
    }
  }
}

// The word as hunspell writes it, without harakat and tatweel, hamza seats
// kept: the key that tells the name "نجران" (Najran) from the verb "نجرأن",
// which the match keys fold together.
std::string WrittenKey(std::string_view word) {
  std::string out;
  for (size_t i = 0; i < word.size();) {
    const char32_t cp = utf8::Next(word, i);
    if ((cp >= 0x064B && cp <= 0x0652) || cp == 0x0640) continue;
    utf8::Append(cp == 0x0629 ? char32_t{0x0647} : cp == 0x0649 ? char32_t{0x064A} : cp, out);
  }
  return out;
}

}  // namespace

Status Abbreviations::AddTable(std::string_view tsv_text, std::string_view source_name) {
  RASED_ASSIGN_OR_RETURN(std::vector<TsvRow> rows, ParseTsvText(tsv_text, source_name));
  for (const TsvRow& row : rows) {
    if (!row.fields[0].empty()) Add(row.fields[0]);
  }
  return Status::OK();
}

void Abbreviations::Add(std::string_view word) {
  std::string key = MatchKey(word);
  if (!key.empty()) keys_.insert(std::move(key));
}

bool Abbreviations::Contains(std::string_view key) const {
  if (key.size() == 1 && key[0] >= 'a' && key[0] <= 'z') return true;
  return keys_.count(key) != 0;
}

namespace {
std::atomic<uint64_t> g_generation{0};
}  // namespace

Lexicon::Lexicon() : generation_(++g_generation) {}

void Lexicon::AddWord(std::string_view word) {
  generation_ = ++g_generation;
  std::string ta = MatchKeyKeepTaMarbuta(word);
  if (ta.empty()) return;
  std::string folded = ta;
  FoldTaInPlace(&folded);
  keys_ta_.insert(std::move(ta));
  keys_.insert(std::move(folded));
}

Status Lexicon::LoadHunspell(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::OK();  // no dictionary: length rules and data tables only
  std::string line;
  size_t words = 0;
  // Entries without affix flags are mostly stop words listed with their
  // clitics attached ("وبيد", "فبغير"); they are kept only when they are not
  // such a combination, or clitic analysis would treat "وغير" as one word.
  std::vector<std::string> flagless;
  // The dictionary is several files joined, each after a banner naming it
  // ("::::" / "names.dic" / "::::"); the words of the nouns' section
  // (names.dic) are remembered apart, to tell a word that is only a noun
  // ("جدة", Jeddah or a grandmother) from a verb or particle ("قم", stand).
  bool in_names = false;
  std::vector<std::pair<std::string, std::string>> names;  // written key, match key
  StringSet common;                                        // written keys
  while (std::getline(in, line)) {
    if (line.ends_with(".dic") || line.ends_with(".dic\r")) {
      in_names = line.starts_with("names.dic");
      continue;
    }
    // Section banners ("::::"), comments, the entry count and stray numbers.
    if (line.empty() || static_cast<unsigned char>(line[0]) < 0x80) continue;
    const size_t end = line.find_first_of("/\t \r");
    std::string_view word = std::string_view(line).substr(0, end);
    if (word.empty() || !utf8::IsValid(word)) continue;
    if (in_names) {
      std::string key = MatchKeyKeepTaMarbuta(word);
      FoldTaInPlace(&key);
      names.emplace_back(WrittenKey(word), std::move(key));
    } else {
      common.insert(WrittenKey(word));
    }
    if (end == std::string::npos || line[end] != '/') {
      flagless.emplace_back(word);
      continue;
    }
    AddWord(word);
    ++words;
  }
  StringSet flagless_keys;
  for (const std::string& w : flagless) flagless_keys.insert(MatchKeyKeepTaMarbuta(w));
  static const std::string_view kPrefixLetters[] = {"\xD9\x88", "\xD9\x81", "\xD8\xA8",
                                                    "\xD9\x83", "\xD9\x84", "\xD8\xA7"};
  for (const std::string& w : flagless) {
    const std::string key = MatchKeyKeepTaMarbuta(w);
    std::string_view rest = key;
    bool combination = false;
    for (int strip = 0; strip < 3 && !combination; ++strip) {
      bool stripped = false;
      for (std::string_view p : kPrefixLetters) {
        if (rest.size() >= p.size() + 4 && rest.substr(0, p.size()) == p) {
          rest.remove_prefix(p.size());
          stripped = true;
          break;
        }
      }
      if (!stripped) break;
      combination = flagless_keys.count(rest) != 0;
    }
    if (combination) continue;
    AddWord(w);
    ++words;
  }
  has_hunspell_ = words > 0;
  for (const auto& [written, key] : names) {
    if (!common.Contains(written)) names_only_.insert(key);
  }
  return Status::OK();
}

Status Lexicon::LoadTables(const std::string& data_dir) {
  std::string source;
  {
    RASED_ASSIGN_OR_RETURN(std::string t, ReadLexiconTable(data_dir, "clitics.tsv", &source));
    RASED_RETURN_IF_ERROR(clitics_.AddTable(t, source));
  }
  {
    RASED_ASSIGN_OR_RETURN(std::string t, ReadLexiconTable(data_dir, "number_words.tsv", &source));
    RASED_RETURN_IF_ERROR(number_words_.AddTable(t, source));
    for (const std::string& w : number_words_.Words()) AddWord(w);
  }
  {
    RASED_ASSIGN_OR_RETURN(std::string t, ReadLexiconTable(data_dir, "abbreviations.tsv", &source));
    RASED_RETURN_IF_ERROR(abbreviations_.AddTable(t, source));
  }
  {
    RASED_ASSIGN_OR_RETURN(std::string t, ReadLexiconTable(data_dir, "extra_words.tsv", &source));
    RASED_ASSIGN_OR_RETURN(std::vector<TsvRow> rows, ParseTsvText(t, source));
    for (const TsvRow& row : rows) {
      if (row.fields[0].empty()) {
        return Status::DataLoss(source + ":" + std::to_string(row.line) + ": empty word");
      }
      AddWord(row.fields[0]);
    }
  }
  return Status::OK();
}

StatusOr<std::unique_ptr<Lexicon>> Lexicon::Load(const std::string& hunspell_dic_path,
                                                 const std::string& data_dir) {
  std::unique_ptr<Lexicon> lexicon(new Lexicon());
  lexicon->keys_.Reserve(200000);
  lexicon->keys_ta_.Reserve(200000);
  RASED_RETURN_IF_ERROR(
      lexicon->LoadHunspell(hunspell_dic_path.empty() ? kDefaultHunspell : hunspell_dic_path));
  RASED_RETURN_IF_ERROR(lexicon->LoadTables(data_dir));
  return lexicon;
}

const Lexicon& Lexicon::BuiltIn() {
  static const Lexicon* built_in = [] {
    auto* lexicon = new Lexicon();
    Status s = lexicon->LoadTables("");
    // The built-in tables are checked by the tests; a failure here means a
    // broken build, and an empty lexicon still works (length rules only).
    (void)s;
    return lexicon;
  }();
  return *built_in;
}

}  // namespace rased::text

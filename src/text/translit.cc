#include "text/translit.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "common/utf8.h"
#include "text/lexicon.h"
#include "text/normalize.h"
#include "text/tables.h"

namespace rased::text {
namespace {

enum class Position : uint8_t { kAny, kInitial, kFinal };

struct Rule {
  std::string cls;  // empty: dropped
  Position position = Position::kAny;
  std::string roman;
  bool vowel = false;
};

struct TranslitTable {
  std::unordered_map<std::string, std::vector<Rule>> rules;
  size_t max_graphemes = 1;  // longest grapheme, in code points
};

StatusOr<std::unique_ptr<TranslitTable>> ParseTable(std::string_view text,
                                                    std::string_view source) {
  RASED_ASSIGN_OR_RETURN(std::vector<TsvRow> rows, ParseTsvText(text, source));
  auto table = std::make_unique<TranslitTable>();
  for (const TsvRow& row : rows) {
    auto fail = [&](const std::string& why) {
      return Status::DataLoss(std::string(source) + ":" + std::to_string(row.line) + ": " + why);
    };
    if (row.fields.size() < 5) return fail("expected 5 fields");
    Rule rule;
    const std::string& grapheme = row.fields[0];
    if (grapheme.empty()) return fail("empty grapheme");
    if (row.fields[1] != "-") rule.cls = row.fields[1];
    const std::string& pos = row.fields[2];
    if (pos == "any") {
      rule.position = Position::kAny;
    } else if (pos == "initial") {
      rule.position = Position::kInitial;
    } else if (pos == "final") {
      rule.position = Position::kFinal;
    } else {
      return fail("position must be any, initial or final: " + pos);
    }
    if (row.fields[3] != "-") rule.roman = row.fields[3] == "'" ? "'" : row.fields[3];
    rule.vowel = row.fields[4] == "V";
    table->max_graphemes = std::max(table->max_graphemes, utf8::CountCodePoints(grapheme));
    table->rules[grapheme].push_back(std::move(rule));
  }
  return table;
}

std::atomic<const TranslitTable*> g_table{nullptr};
std::mutex g_tables_mutex;
// Every table ever installed; kept alive so readers never see a freed one.
std::vector<std::unique_ptr<TranslitTable>>& AllTables() {
  static auto* tables = new std::vector<std::unique_ptr<TranslitTable>>();
  return *tables;
}

const TranslitTable& Table() {
  const TranslitTable* t = g_table.load(std::memory_order_acquire);
  if (t != nullptr) return *t;
  std::lock_guard<std::mutex> lock(g_tables_mutex);
  t = g_table.load(std::memory_order_acquire);
  if (t != nullptr) return *t;
  auto parsed = ParseTable(BuiltInTable("translit.tsv"), "built-in translit.tsv");
  // The built-in table is checked by the tests; an empty table is the only
  // sane fallback for a broken build.
  std::unique_ptr<TranslitTable> table =
      parsed.ok() ? std::move(parsed).value() : std::make_unique<TranslitTable>();
  t = table.get();
  AllTables().push_back(std::move(table));
  g_table.store(t, std::memory_order_release);
  return *t;
}

bool IsApostrophe(char32_t cp) {
  return cp == '\'' || cp == '`' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BF || cp == 0x02BE ||
         cp == 0x02BC || cp == 0x00B4;
}

// Latin letters with diacritics -> base letters (lower case input).
void AppendLatinBase(char32_t cp, std::vector<char32_t>* out) {
  switch (cp) {
    case 0x00DF:
      out->push_back('s');
      out->push_back('s');
      return;  // ß
    case 0x00E6:
      out->push_back('a');
      out->push_back('e');
      return;  // æ
    case 0x0153:
      out->push_back('o');
      out->push_back('e');
      return;  // œ
    case 0x00F8:
      out->push_back('o');
      return;  // ø
    case 0x0142:
      out->push_back('l');
      return;  // ł
    case 0x0111:
      out->push_back('d');
      return;  // đ
    default:
      break;
  }
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (nfd == nullptr) return;
  status = U_ZERO_ERROR;
  icu::UnicodeString d = nfd->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), status);
  if (U_FAILURE(status) || d.length() == 0) return;
  const UChar32 base = d.char32At(0);
  if (base >= 'a' && base <= 'z') out->push_back(static_cast<char32_t>(base));
  if (base >= 'A' && base <= 'Z') out->push_back(static_cast<char32_t>(base + 32));
}

bool IsLatinExtended(char32_t cp) {
  return (cp >= 0x00C0 && cp <= 0x024F && cp != 0x00D7 && cp != 0x00F7) ||
         (cp >= 0x1E00 && cp <= 0x1EFF);
}

bool IsAsciiLetter(char32_t cp) { return cp >= 'a' && cp <= 'z'; }
bool IsDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }

struct Word {
  std::vector<char32_t> cps;
  bool hyphen_after = false;
  bool arabic = false;
};

// Splits a MatchKeyKeepTaMarbuta'd name into words of letters and digits.
std::vector<Word> SplitWords(std::string_view key) {
  std::vector<Word> words;
  Word current;
  auto finish = [&](bool hyphen) {
    if (!current.cps.empty()) {
      current.hyphen_after = hyphen;
      words.push_back(std::move(current));
    }
    current = Word();
  };
  size_t i = 0;
  while (i < key.size()) {
    const char32_t cp = utf8::Next(key, i);
    if (IsAsciiLetter(cp) || IsDigit(cp)) {
      current.cps.push_back(cp);
    } else if (IsLatinExtended(cp)) {
      AppendLatinBase(cp, &current.cps);
    } else if (utf8::IsArabicLetter(cp)) {
      current.cps.push_back(cp);
      current.arabic = true;
    } else if (IsApostrophe(cp)) {
      continue;  // "Sa'id" is one word
    } else {
      finish(cp == '-' || cp == 0x2010 || cp == 0x2011);
    }
  }
  finish(false);
  return words;
}

std::string Utf8(const std::vector<char32_t>& cps, size_t begin, size_t end) {
  std::string s;
  for (size_t k = begin; k < end; ++k) utf8::Append(cps[k], s);
  return s;
}

// The rule for the longest grapheme at cps[p]; *len receives its length.
const Rule* Match(const TranslitTable& table, const std::vector<char32_t>& cps, size_t p,
                  size_t* len) {
  const size_t n = cps.size();
  for (size_t l = std::min(table.max_graphemes, n - p); l >= 1; --l) {
    auto it = table.rules.find(Utf8(cps, p, p + l));
    if (it == table.rules.end()) continue;
    const Rule* any = nullptr;
    const Rule* specific = nullptr;
    for (const Rule& r : it->second) {
      if (r.position == Position::kAny) {
        any = &r;
      } else if ((r.position == Position::kInitial && p == 0) ||
                 (r.position == Position::kFinal && p + l == n)) {
        specific = &r;
      }
    }
    const Rule* r = specific != nullptr ? specific : any;
    if (r != nullptr) {
      *len = l;
      return r;
    }
  }
  return nullptr;
}

constexpr char32_t kAlef = 0x0627;
constexpr char32_t kLam = 0x0644;

bool HasArabicArticle(const std::vector<char32_t>& cps) {
  return cps.size() >= 4 && cps[0] == kAlef && cps[1] == kLam;
}

bool StartsWith(const std::vector<char32_t>& cps, std::u32string_view prefix) {
  if (cps.size() < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    if (cps[k] != prefix[k]) return false;
  }
  return true;
}

// "عبدالعزيز" -> "عبد" "العزيز"; "abdelaziz" -> "abd" "aziz" (the article
// goes with the second word, as in the two-word spelling).
std::vector<Word> SplitAbd(std::vector<Word> words) {
  static const std::u32string kAbdAl = U"\u0639\u0628\u062F\u0627\u0644";  // عبدال
  static const std::u32string kLatin[] = {U"abdel", U"abdul", U"abdal", U"abdoul", U"abdol"};
  std::vector<Word> out;
  for (Word& w : words) {
    if (w.arabic && w.cps.size() >= 7 && StartsWith(w.cps, kAbdAl)) {
      Word first;
      first.arabic = true;
      first.cps.assign(w.cps.begin(), w.cps.begin() + 3);
      Word second = w;
      second.cps.erase(second.cps.begin(), second.cps.begin() + 3);
      out.push_back(std::move(first));
      out.push_back(std::move(second));
      continue;
    }
    bool split = false;
    if (!w.arabic) {
      for (const std::u32string& prefix : kLatin) {
        if (w.cps.size() >= prefix.size() && StartsWith(w.cps, prefix)) {
          Word first;
          first.cps = {U'a', U'b', U'd'};
          out.push_back(std::move(first));
          if (w.cps.size() > prefix.size() + 1) {
            Word second = w;
            second.cps.erase(second.cps.begin(), second.cps.begin() + prefix.size());
            out.push_back(std::move(second));
          }
          split = true;
          break;
        }
      }
    }
    if (!split) out.push_back(std::move(w));
  }
  return out;
}

bool IsLatinArticle(const Word& w, bool has_next) {
  if (w.arabic || !has_next) return false;
  std::u32string s(w.cps.begin(), w.cps.end());
  if (s == U"al" || s == U"el") return true;
  if (!w.hyphen_after) return false;
  return s == U"ad" || s == U"ar" || s == U"as" || s == U"ash" || s == U"at" || s == U"az" ||
         s == U"an" || s == U"ul" || s == U"ed" || s == U"es" || s == U"et";
}

std::string WordSkeleton(const TranslitTable& table, const std::vector<char32_t>& cps) {
  std::string out;
  size_t p = 0;
  while (p < cps.size()) {
    size_t len = 1;
    const Rule* r = Match(table, cps, p, &len);
    if (r == nullptr) {
      if (IsDigit(cps[p]) && (out.empty() || out.back() != static_cast<char>(cps[p]))) {
        out.push_back(static_cast<char>(cps[p]));
      }
      ++p;
      continue;
    }
    for (char c : r->cls) {
      if (out.empty() || out.back() != c) out.push_back(c);
    }
    p += len;
  }
  return out;
}

// --- Romanize

struct Unit {
  std::string roman;
  bool vowel = false;
};

// Consonants of one run with short vowels guessed: "a" after the first
// consonant of a word-initial run, then pairs of consonants between vowels,
// and "a" before the last consonant of a word-final run.
void AppendRun(const std::vector<std::string>& run, bool initial, bool final_run,
               std::string* out) {
  size_t k = 0;
  const size_t n = run.size();
  if (n == 0) return;
  if (initial) {
    *out += run[0];
    k = 1;
    if (n == 1) return;
    *out += 'a';
  }
  const size_t rest = n - k;
  if (rest == 0) return;
  // Middle consonants before the last one (for a final run) or all of them.
  const size_t middle = final_run ? rest - 1 : rest;
  for (size_t m = 0; m < middle; ++m) {
    *out += run[k + m];
    if (m % 2 == 1 && m + 1 < middle) *out += 'a';
  }
  if (final_run) {
    if (middle > 0) *out += 'a';
    *out += run[n - 1];
  }
}

std::string RomanizeArabicWord(const TranslitTable& table, const std::vector<char32_t>& cps) {
  std::vector<Unit> units;
  size_t p = 0;
  while (p < cps.size()) {
    size_t len = 1;
    const Rule* r = Match(table, cps, p, &len);
    if (r == nullptr) {
      if (IsDigit(cps[p]) || IsAsciiLetter(cps[p])) {
        units.push_back({std::string(1, static_cast<char>(cps[p])), false});
      }
      ++p;
      continue;
    }
    units.push_back({r->roman, r->vowel});
    p += len;
  }
  // و and ي are consonants next to an alef: "سوريا" -> "surya", "قاوم".
  for (size_t k = 0; k < units.size(); ++k) {
    Unit& u = units[k];
    if (!u.vowel || (u.roman != "u" && u.roman != "i")) continue;
    const bool before_alef =
        k + 1 < units.size() && units[k + 1].vowel && units[k + 1].roman == "a";
    const bool after_alef = k > 0 && units[k - 1].vowel && units[k - 1].roman == "a";
    if (before_alef || after_alef) {
      u.roman = u.roman == "u" ? "w" : "y";
      u.vowel = false;
    }
  }
  std::string out;
  std::vector<std::string> run;
  bool at_start = true;
  for (const Unit& u : units) {
    if (u.vowel) {
      AppendRun(run, at_start, false, &out);
      run.clear();
      out += u.roman;
      at_start = false;
    } else {
      run.push_back(u.roman);
    }
  }
  AppendRun(run, at_start, true, &out);
  // Hamza and ain at the edges of a word are not written in plain romanisation.
  while (!out.empty() && out.front() == '\'') out.erase(out.begin());
  while (!out.empty() && out.back() == '\'') out.pop_back();
  return out;
}

void Capitalize(std::string* s, size_t at) {
  if (at < s->size() && (*s)[at] >= 'a' && (*s)[at] <= 'z') (*s)[at] -= 32;
}

}  // namespace

std::string SkeletonKey(std::string_view name) {
  const TranslitTable& table = Table();
  std::vector<Word> words = SplitAbd(SplitWords(MatchKeyKeepTaMarbuta(name)));
  std::string out;
  for (size_t w = 0; w < words.size(); ++w) {
    Word& word = words[w];
    if (IsLatinArticle(word, w + 1 < words.size())) continue;
    if (word.arabic && HasArabicArticle(word.cps))
      word.cps.erase(word.cps.begin(), word.cps.begin() + 2);
    std::string s = WordSkeleton(table, word.cps);
    if (s.empty()) continue;
    if (!out.empty()) out += ' ';
    out += s;
  }
  return out;
}

std::string Romanize(std::string_view arabic) {
  const TranslitTable& table = Table();
  std::vector<Word> words = SplitWords(MatchKeyKeepTaMarbuta(arabic));
  std::string out;
  for (Word& word : words) {
    std::string r;
    if (word.arabic) {
      if (HasArabicArticle(word.cps)) {
        word.cps.erase(word.cps.begin(), word.cps.begin() + 2);
        std::string rest = RomanizeArabicWord(table, word.cps);
        Capitalize(&rest, 0);
        r = "al-" + rest;
      } else {
        r = RomanizeArabicWord(table, word.cps);
      }
    } else {
      for (char32_t cp : word.cps) utf8::Append(cp, r);
    }
    if (r.empty()) continue;
    Capitalize(&r, 0);
    if (!out.empty()) out += ' ';
    out += r;
  }
  return out;
}

Status LoadTranslitTable(const std::string& data_dir) {
  std::string source;
  RASED_ASSIGN_OR_RETURN(std::string text, ReadLexiconTable(data_dir, "translit.tsv", &source));
  RASED_ASSIGN_OR_RETURN(std::unique_ptr<TranslitTable> table, ParseTable(text, source));
  std::lock_guard<std::mutex> lock(g_tables_mutex);
  const TranslitTable* t = table.get();
  AllTables().push_back(std::move(table));
  g_table.store(t, std::memory_order_release);
  return Status::OK();
}

}  // namespace rased::text

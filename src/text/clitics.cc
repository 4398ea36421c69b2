#include "text/clitics.h"

#include <algorithm>

#include "common/utf8.h"
#include "text/lexicon.h"
#include "text/normalize.h"
#include "text/tables.h"

namespace rased::text {
namespace {

// Arabic letters used below, UTF-8.
constexpr std::string_view kTaMarbuta = "\xD8\xA9";   // ة
constexpr std::string_view kTa = "\xD8\xAA";          // ت
constexpr std::string_view kAt = "\xD8\xA7\xD8\xAA";  // ات
constexpr std::string_view kAlef = "\xD8\xA7";        // ا
constexpr std::string_view kWaw = "\xD9\x88";         // و
constexpr std::string_view kYa = "\xD9\x8A";          // ي
constexpr std::string_view kPluralSuffixes[] = {
    "\xD9\x88\xD9\x86",  // ون
    "\xD9\x8A\xD9\x86",  // ين
    "\xD8\xA7\xD9\x86",  // ان
};

constexpr std::string_view kVerbSuffixes[] = {
    "\xD8\xAA",          // ت
    "\xD9\x88\xD8\xA7",  // وا
    "\xD8\xAA\xD9\x85",  // تم
    "\xD8\xAA\xD8\xA7",  // تا
};
constexpr std::string_view kImperfectPrefixes[] = {
    "\xD9\x8A",  // ي
    "\xD8\xAA",  // ت
    "\xD9\x86",  // ن
};

// Arabic letters of the Arabic block are two bytes in UTF-8.
size_t Letters(std::string_view s) { return s.size() / 2; }

bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(0, p.size()) == p;
}
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// Is every code point a two-byte letter of U+0600..U+06FF? Clitic analysis
// applies only to such words (MatchKey has removed harakat and tatweel).
bool IsPlainArabic(std::string_view s) {
  if (s.empty() || s.size() % 2 != 0) return false;
  for (size_t i = 0; i < s.size(); i += 2) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if (b0 < 0xD8 || b0 > 0xDB || (b1 & 0xC0) != 0x80) return false;
    const char32_t cp = ((b0 & 0x1F) << 6) | (b1 & 0x3F);
    if (!utf8::IsArabicLetter(cp)) return false;
  }
  return true;
}

// Small stack buffer for building candidate keys without allocation.
class KeyBuffer {
 public:
  std::string_view Make(std::string_view a, std::string_view b = {}) {
    if (a.size() + b.size() > sizeof(buf_)) return {};
    std::copy(a.begin(), a.end(), buf_);
    std::copy(b.begin(), b.end(), buf_ + a.size());
    return std::string_view(buf_, a.size() + b.size());
  }

 private:
  char buf_[128];
};

constexpr int kUnknown = 100;

// How a word is explained by the lexicon, as a cost: 0 a direct entry, 1 one
// inference (an inflection, the article, or a pronoun on a direct entry),
// 2 two inferences, kUnknown none. Splits compete with the whole word on
// this cost; a proclitic counts as one inference.
class Analyzer {
 public:
  explicit Analyzer(const Lexicon& lexicon)
      : lex_(lexicon), article_(lexicon.clitics().article()) {}

  // In the lexicon as written (keep-ta form). A final ه is taken at its
  // word: "كتابه" is كتاب + pronoun even though "كتابة" is a word.
  bool InLexicon(std::string_view w) const {
    if (w.size() < 4) return false;  // single letters are never evidence
    return lex_.ContainsKeepTaMarbuta(w);
  }

  // A simple inflection of a direct entry.
  bool Inflected(std::string_view w) const {
    KeyBuffer buf;
    if (EndsWith(w, kAt) && Letters(w) >= 4) {  // ...ات: feminine or broken plural
      std::string_view stem = w.substr(0, w.size() - kAt.size());
      if (InLexicon(buf.Make(stem, kTaMarbuta)) || InLexicon(stem)) return true;
    }
    if (Letters(w) >= 5) {
      for (std::string_view suffix : kPluralSuffixes) {
        if (EndsWith(w, suffix) && InLexicon(w.substr(0, w.size() - suffix.size()))) return true;
      }
    }
    // The accusative ending without its mark ("فعلا" = فعل + ا).
    if (EndsWith(w, kAlef) && Letters(w) >= 4 && InLexicon(w.substr(0, w.size() - kAlef.size()))) {
      return true;
    }
    if (EndsWith(w, kTaMarbuta) && Letters(w) >= 4 &&
        InLexicon(w.substr(0, w.size() - kTaMarbuta.size()))) {
      return true;
    }
    // Verb endings of the perfect (كشفت, كانوا, قلتم) and the imperfect
    // prefixes (يحضر, تعلن): without them a verb like "كشفت" would read as
    // ك + "شفت".
    if (Letters(w) >= 4) {
      for (std::string_view suffix : kVerbSuffixes) {
        if (EndsWith(w, suffix) && Letters(w) - Letters(suffix) >= 3 &&
            InLexicon(w.substr(0, w.size() - suffix.size()))) {
          return true;
        }
      }
      for (std::string_view prefix : kImperfectPrefixes) {
        if (StartsWith(w, prefix) && InLexicon(w.substr(prefix.size()))) return true;
      }
    }
    return false;
  }

  int CostNoClitics(std::string_view w) const {
    if (InLexicon(w)) return 0;
    return Inflected(w) ? 1 : kUnknown;
  }

  // Cost of a host before a pronoun: a stem ending in ت may stand for ...ة.
  int HostCost(std::string_view host) const {
    int c = CostNoClitics(host);
    if (c > 0 && EndsWith(host, kTa)) {
      KeyBuffer buf;
      if (InLexicon(buf.Make(host.substr(0, host.size() - kTa.size()), kTaMarbuta))) c = 0;
    }
    return c;
  }

  // Bytes of the pronoun at the end of w whose host is explained best, and
  // that host's cost; 0 / kUnknown when none.
  size_t BestEnclitic(std::string_view w, int* host_cost) const {
    *host_cost = kUnknown;
    size_t best = 0;
    if (EndsWith(w, kTaMarbuta)) return 0;
    for (const std::string& e : lex_.clitics().enclitics()) {
      if (!EndsWith(w, e)) continue;
      std::string_view host = w.substr(0, w.size() - e.size());
      if (Letters(host) < 3) continue;  // "ولكن" is not "ول" + "كن"
      const int c = HostCost(host);
      if (c < *host_cost) {
        *host_cost = c;
        best = e.size();
      }
    }
    return best;
  }

  int Cost(std::string_view w) const {
    int c = CostNoClitics(w);
    if (c == 0) return 0;
    if (StartsWith(w, article_) && Letters(w) >= 5) {
      c = std::min(c, 1 + CostNoClitics(w.substr(article_.size())));
    }
    int host_cost = kUnknown;
    if (BestEnclitic(w, &host_cost) > 0) c = std::min(c, 1 + host_cost);
    return std::min(c, kUnknown);
  }

  static bool IsFaOrKa(const CliticInventory::Chain& chain) {
    return chain.single && chain.conjunction_only && chain.letters != kWaw;
  }

  // The remainder after a chain, in *remainder (may point into buf).
  bool ApplyChain(std::string_view w, const CliticInventory::Chain& chain, KeyBuffer* buf,
                  std::string_view* remainder) const {
    if (!StartsWith(w, chain.letters)) return false;
    std::string_view rest = w.substr(chain.letters.size());
    if (!chain.replacement.empty()) rest = buf->Make(chain.replacement, rest);
    if (Letters(rest) < 2) return false;
    *remainder = rest;
    return true;
  }

  // The proclitic chain of w, nullptr when none (see the rules in clitics.h).
  const CliticInventory::Chain* FindProclitics(std::string_view w) const {
    const auto& chains = lex_.clitics().chains();
    const bool forced = lex_.clitics().AlwaysSplit(w);
    const int whole = forced ? kUnknown + 1 : Cost(w);
    if (whole == 0) return nullptr;
    // 1-2. The best explained split, shortest chain first on ties; a split
    // wins ties with the whole word.
    const CliticInventory::Chain* best = nullptr;
    int best_cost = kUnknown;
    for (const auto& chain : chains) {
      KeyBuffer buf;
      std::string_view rest;
      if (!ApplyChain(w, chain, &buf, &rest)) continue;
      const int c = 1 + Cost(rest);
      if (c < best_cost) {
        best_cost = c;
        best = &chain;
      }
    }
    // On a tie the frequent proclitics (و ب ل) win, the rarer ف and ك lose:
    // "كتابه" is كتاب + ه rather than ك + "تابه".
    if (best != nullptr && best_cost < whole) return best;
    if (best != nullptr && best_cost == whole && !IsFaOrKa(*best)) return best;
    if (whole < kUnknown) return nullptr;
    // 3. A guess.
    for (const auto& chain : chains) {
      KeyBuffer buf;
      std::string_view rest;
      if (!ApplyChain(w, chain, &buf, &rest)) continue;
      const size_t n = Letters(rest);
      // a: article + 3 letters, not after ف or ك alone, which open many
      // foreign names (فالنسيا, كاليفورنيا).
      if (StartsWith(rest, article_) && n >= 5 && !IsFaOrKa(chain)) return &chain;
    }
    for (const auto& chain : chains) {
      if (!chain.single) continue;
      KeyBuffer buf;
      std::string_view rest;
      if (!ApplyChain(w, chain, &buf, &rest)) continue;
      const size_t n = Letters(rest);
      const bool vowel_start =
          StartsWith(rest, kAlef) || StartsWith(rest, kWaw) || StartsWith(rest, kYa);
      if (vowel_start) continue;
      const bool waw = chain.letters == kWaw;
      if (waw && n >= 3) return &chain;                              // b
      if (!chain.conjunction_only && !waw && n >= 4) return &chain;  // c (ب ل)
    }
    return nullptr;
  }

  // Bytes of base's enclitic pronoun (rule 5), 0 when none.
  size_t Enclitic(std::string_view base) const {
    if (CostNoClitics(base) == 0) return 0;
    int host_cost = kUnknown;
    const size_t e = BestEnclitic(base, &host_cost);
    if (e == 0) return 0;
    if (host_cost < kUnknown) return e;
    // Unknown host: only the clear shape ...ات + pronoun ("قواتها").
    std::string_view host = base.substr(0, base.size() - e);
    return EndsWith(host, kAt) && Letters(host) >= 4 ? e : 0;
  }

 private:
  const Lexicon& lex_;
  const std::string& article_;
};

void FoldTa(std::string_view in, std::string* out) {
  out->assign(in.data(), in.size());
  for (size_t i = 0; i + 1 < out->size(); i += 2) {
    if ((*out)[i] == '\xD8' && (*out)[i + 1] == '\xA9') {
      (*out)[i] = '\xD9';
      (*out)[i + 1] = '\x87';
    }
  }
}

}  // namespace

Status CliticInventory::AddTable(std::string_view tsv_text, std::string_view source_name) {
  RASED_ASSIGN_OR_RETURN(std::vector<TsvRow> rows, ParseTsvText(tsv_text, source_name));
  for (const TsvRow& row : rows) {
    auto fail = [&](const std::string& why) {
      return Status::DataLoss(std::string(source_name) + ":" + std::to_string(row.line) + ": " +
                              why);
    };
    if (row.fields.size() < 2 || row.fields[1].empty()) return fail("expected kind and form");
    const std::string& kind = row.fields[0];
    std::string form = MatchKeyKeepTaMarbuta(row.fields[1]);
    if (form.empty()) return fail("empty form");
    if (kind == "conjunction") {
      conjunctions_.push_back(form);
    } else if (kind == "preposition") {
      prepositions_.push_back(form);
    } else if (kind == "article") {
      article_ = form;
    } else if (kind == "contraction") {
      if (row.fields.size() < 3 || row.fields[2].empty())
        return fail("contraction needs expansion");
      contractions_.emplace_back(form, MatchKeyKeepTaMarbuta(row.fields[2]));
    } else if (kind == "enclitic") {
      enclitics_.push_back(form);
    } else if (kind == "split") {
      always_split_.push_back(form);
    } else {
      return fail("unknown kind: " + kind);
    }
  }
  Rebuild();
  return Status::OK();
}

bool CliticInventory::AlwaysSplit(std::string_view word) const {
  return std::find(always_split_.begin(), always_split_.end(), word) != always_split_.end();
}

bool CliticInventory::IsConjunction(std::string_view letter) const {
  return std::find(conjunctions_.begin(), conjunctions_.end(), letter) != conjunctions_.end();
}

void CliticInventory::Rebuild() {
  chains_.clear();
  // The proclitic ك is never stripped on a guess (rule 3d): it is marked as
  // conjunction_only for that purpose, like و and ف; و has its own rule.
  for (const std::string& c : conjunctions_) chains_.push_back({c, "", true, true});
  for (const std::string& p : prepositions_) {
    const bool ka = p == "\xD9\x83";
    chains_.push_back({p, "", true, ka});
  }
  for (const auto& [letters, expansion] : contractions_) {
    chains_.push_back({letters, expansion, false, false});
  }
  for (const std::string& c : conjunctions_) {
    for (const std::string& p : prepositions_) chains_.push_back({c + p, "", false, false});
    for (const auto& [letters, expansion] : contractions_) {
      chains_.push_back({c + letters, expansion, false, false});
    }
  }
  std::stable_sort(chains_.begin(), chains_.end(), [](const Chain& a, const Chain& b) {
    return a.letters.size() < b.letters.size();
  });
  std::stable_sort(enclitics_.begin(), enclitics_.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

bool ExplainedByLexicon(std::string_view key_ta, const Lexicon& lexicon) {
  if (!IsPlainArabic(key_ta)) return false;
  Analyzer analyzer(lexicon);
  if (analyzer.Cost(key_ta) < kUnknown) return true;
  for (const auto& chain : lexicon.clitics().chains()) {
    KeyBuffer buf;
    std::string_view rest;
    if (analyzer.ApplyChain(key_ta, chain, &buf, &rest) && analyzer.Cost(rest) < kUnknown) {
      return true;
    }
  }
  return false;
}

void AnalyzeClitics(std::string_view key_ta, const Lexicon& lexicon, std::string* base,
                    std::string* stem, uint8_t* enclitic_bytes, bool tanwin_alef) {
  *enclitic_bytes = 0;
  if (tanwin_alef && EndsWith(key_ta, kAlef) && Letters(key_ta) >= 3) {
    // The accusative ending: analyse the word without it ("بُعدًا" is بعد,
    // not ب + "عدا"), then put it back; it never carries a pronoun.
    AnalyzeClitics(key_ta.substr(0, key_ta.size() - kAlef.size()), lexicon, base, stem,
                   enclitic_bytes, false);
    base->append(kAlef);
    stem->append(kAlef);
    *enclitic_bytes = 0;
    return;
  }
  if (!IsPlainArabic(key_ta) || Letters(key_ta) < 3) {
    FoldTa(key_ta, base);
    *stem = *base;
    return;
  }
  Analyzer analyzer(lexicon);
  std::string_view rest = key_ta;
  KeyBuffer buf;
  if (const CliticInventory::Chain* chain = analyzer.FindProclitics(key_ta)) {
    analyzer.ApplyChain(key_ta, *chain, &buf, &rest);
  }
  FoldTa(rest, base);
  const std::string& article = lexicon.clitics().article();
  const bool has_article =
      !article.empty() && StartsWith(rest, article) && Letters(rest) >= Letters(article) + 2;
  if (has_article) {
    FoldTa(rest.substr(article.size()), stem);
    return;  // an article and a pronoun never go together
  }
  *stem = *base;
  *enclitic_bytes = static_cast<uint8_t>(std::min<size_t>(analyzer.Enclitic(rest), 255));
}

}  // namespace rased::text

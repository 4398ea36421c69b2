#include "text/text_annotator.h"

#include "text/clitics.h"
#include "text/lexicon.h"
#include "text/normalize.h"
#include "text/string_hash.h"
#include "text/tokenize.h"

namespace rased::text {
namespace {

// Clitic analyses already computed on this thread. News vocabulary is
// Zipfian, so most words are analysed once per thread rather than once per
// occurrence. Results depend only on the key and the lexicon.
struct AnalysisCache {
  struct Entry {
    std::string base;
    std::string stem;
    uint8_t enclitic_bytes = 0;
    bool has_value = false;
    double value = 0;
  };
  static constexpr size_t kMaxEntries = 1 << 17;
  uint64_t lexicon_generation = 0;
  StringMap<Entry> entries;
  // Per document, by token: the cache key of each word and its hash.
  std::vector<std::string> keys;
  std::vector<uint64_t> hashes;
};

// Whether MatchKeyKeepTaMarbuta(surface) may differ from MatchKey(surface):
// only where a ta marbuta is kept, written as U+0629 (D8 A9) or as one of
// its presentation forms (U+FE93, U+FE94: three-byte sequences from EF, like
// every compatibility character NFKC may expand, and the four-byte U+1EExx).
bool MayHaveTaMarbuta(std::string_view surface) {
  for (size_t i = 0; i < surface.size(); ++i) {
    const auto b = static_cast<unsigned char>(surface[i]);
    if (b >= 0xEF) return true;
    if (b == 0xD8 && i + 1 < surface.size() && static_cast<unsigned char>(surface[i + 1]) == 0xA9) {
      return true;
    }
  }
  return false;
}

// The "text" stage: sentences and tokens, then clitic analysis and number
// values of word tokens. Thread safety: Annotate is const; its only state is
// the thread-local cache above, so one instance serves many threads.
class TextAnnotator : public Annotator {
 public:
  explicit TextAnnotator(const Lexicon* lexicon)
      : lexicon_(lexicon != nullptr ? *lexicon : Lexicon::BuiltIn()) {}

  std::string_view name() const override { return "text"; }

  Status Annotate(Document& doc) const override {
    Tokenize(doc.text, lexicon_.abbreviations(), &doc.tokens, &doc.sentences);
    const NumberWords& numbers = lexicon_.number_words();
    thread_local AnalysisCache cache;
    if (cache.lexicon_generation != lexicon_.generation() ||
        cache.entries.size() > AnalysisCache::kMaxEntries) {
      cache.entries.Clear();
      cache.lexicon_generation = lexicon_.generation();
    }
    // The cache keys first, so that the table's memory can be fetched for
    // many tokens at once (see FlatStringMap::Prefetch): the lookups of a
    // large cache are bound by memory latency, not by work.
    const size_t n = doc.tokens.size();
    if (cache.keys.size() < n) cache.keys.resize(n);
    cache.hashes.resize(n);
    for (size_t i = 0; i < n; ++i) {
      Token& t = doc.tokens[i];
      if (t.kind == TokenKind::kLatin) {
        t.base = t.key;
        t.stem = t.key;
        continue;
      }
      if (t.kind != TokenKind::kWord) continue;
      const std::string_view surface = doc.Slice(t.span);
      std::string& key_ta = cache.keys[i];
      key_ta.clear();
      if (MayHaveTaMarbuta(surface)) {
        AppendMatchKeyKeepTaMarbuta(surface, &key_ta);
      } else {
        key_ta = t.key;  // the keys differ only where ة was kept
      }
      // Tanwin fatha (U+064B, bytes D9 8B) marks a final alef as an ending.
      if (surface.find("\xD9\x8B") != std::string_view::npos) key_ta.push_back('\x01');
      cache.hashes[i] = HashString(key_ta);
      cache.entries.Prefetch(cache.hashes[i]);
    }
    for (size_t i = 0; i < n; ++i) {
      if (doc.tokens[i].kind == TokenKind::kWord) cache.entries.PrefetchEntry(cache.hashes[i]);
    }
    for (size_t i = 0; i < n; ++i) {
      Token& t = doc.tokens[i];
      if (t.kind != TokenKind::kWord) continue;
      const std::string& key_ta = cache.keys[i];
      const AnalysisCache::Entry* cached = cache.entries.Find(key_ta, cache.hashes[i]);
      if (cached == nullptr) {
        AnalysisCache::Entry e;
        std::string_view word = key_ta;
        const bool tanwin = !word.empty() && word.back() == '\x01';  // cache key only
        if (tanwin) word.remove_suffix(1);
        AnalyzeClitics(word, lexicon_, &e.base, &e.stem, &e.enclitic_bytes, tanwin);
        t.stem = e.stem;
        if (std::optional<double> v = numbers.TokenValue(t, &lexicon_)) {
          e.has_value = true;
          e.value = *v;
        }
        cached = &cache.entries.Insert(key_ta, std::move(e));
      }
      const AnalysisCache::Entry& e = *cached;
      t.base = e.base;
      t.stem = e.stem;
      t.enclitic_bytes = e.enclitic_bytes;
      t.has_value = e.has_value;
      t.value = e.value;
    }
    return Status::OK();
  }

 private:
  const Lexicon& lexicon_;
};

}  // namespace

std::unique_ptr<Annotator> NewTextAnnotator(const Lexicon* lexicon) {
  return std::make_unique<TextAnnotator>(lexicon);
}

}  // namespace rased::text

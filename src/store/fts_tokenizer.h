// The "rased" FTS5 tokenizer: full-text search with rased's own Arabic
// normalisation. Each word is indexed under its match key (harakat, tatweel,
// hamza and letter variants folded) and, at the same position, under the key
// without conjunction/preposition proclitics and without the article, so
// "حفتر" finds "لحفتر" and "وحفتر", and "الجفرة" finds "بالجفرة". Offsets are
// byte offsets into the original text, so snippets quote the source as printed.
#ifndef RASED_STORE_FTS_TOKENIZER_H_
#define RASED_STORE_FTS_TOKENIZER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "rased/status.h"

struct sqlite3;

namespace rased::store {

// Registers the tokenizer on one connection (call once per connection).
Status RegisterFtsTokenizer(sqlite3* db);

// The words of `text` as (key, begin, end, colocated) in order; the same
// analysis the tokenizer indexes. Used for PostgreSQL's tsvector too.
void ForEachSearchKey(std::string_view text,
                      const std::function<void(std::string_view key, size_t begin, size_t end,
                                               bool colocated)>& emit);

// Space-separated search keys of `text` (all variants), for backends that
// index a derived column.
std::string SearchKeys(std::string_view text);

// The search keys of one text, analysed once, in ForEachSearchKey's order.
// Storing a document needs them twice (its SimHash and its full-text index);
// see ScopedKeyReplay. Does not own the text, which must outlive the list.
class SearchKeyList {
 public:
  struct Key {
    uint32_t offset, size;  // into the key bytes
    uint32_t begin, end;    // byte span of the word in the text
    bool colocated;         // a variant at the position of the key before it
  };
  explicit SearchKeyList(std::string_view text);

  std::string_view text() const { return text_; }
  const std::vector<Key>& keys() const { return keys_; }
  std::string_view key(const Key& k) const {
    return std::string_view(bytes_).substr(k.offset, k.size);
  }

 private:
  std::string_view text_;
  std::string bytes_;
  std::vector<Key> keys_;
};

// While one is alive, the "rased" tokenizer on this thread replays `keys`
// instead of analysing again when SQLite hands it exactly keys.text() (the
// same bytes; SQLite copies bound text, so the comparison is by content).
// The index is the same either way; this only saves the second analysis.
// Not nestable: one per thread at a time.
class ScopedKeyReplay {
 public:
  explicit ScopedKeyReplay(const SearchKeyList& keys);
  ~ScopedKeyReplay();
  ScopedKeyReplay(const ScopedKeyReplay&) = delete;
  ScopedKeyReplay& operator=(const ScopedKeyReplay&) = delete;
};

}  // namespace rased::store

#endif  // RASED_STORE_FTS_TOKENIZER_H_

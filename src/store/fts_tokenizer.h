// The "rased" FTS5 tokenizer: full-text search with rased's own Arabic
// normalisation. Each word is indexed under its match key (harakat, tatweel,
// hamza and letter variants folded) and, at the same position, under the key
// without conjunction/preposition proclitics and without the article, so
// "حفتر" finds "لحفتر" and "وحفتر", and "الجفرة" finds "بالجفرة". Offsets are
// byte offsets into the original text, so snippets quote the source as printed.
#ifndef RASED_STORE_FTS_TOKENIZER_H_
#define RASED_STORE_FTS_TOKENIZER_H_

#include <functional>
#include <string>
#include <string_view>

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

}  // namespace rased::store

#endif  // RASED_STORE_FTS_TOKENIZER_H_

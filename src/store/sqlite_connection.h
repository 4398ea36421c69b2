// SqlConnection over SQLite: WAL journal, a busy timeout so that concurrent
// ingests wait instead of failing, prepared statements cached per connection,
// and the "rased" FTS5 tokenizer registered for Arabic-aware full-text search.
#ifndef RASED_STORE_SQLITE_CONNECTION_H_
#define RASED_STORE_SQLITE_CONNECTION_H_

#include <memory>
#include <string>

#include "store/sql.h"

namespace rased::store {

// `path` is a file name or ":memory:". Fails with kIoError when the file
// cannot be opened and kDataLoss when it is not an SQLite database.
StatusOr<std::unique_ptr<SqlConnection>> OpenSqlite(const std::string& path);

}  // namespace rased::store

#endif  // RASED_STORE_SQLITE_CONNECTION_H_

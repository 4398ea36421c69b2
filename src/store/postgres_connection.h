// SqlConnection over PostgreSQL (libpqxx): many workers can ingest into one
// shared database; concurrent writers serialise on row locks, never lose a
// committed document.
#ifndef RASED_STORE_POSTGRES_CONNECTION_H_
#define RASED_STORE_POSTGRES_CONNECTION_H_

#include <memory>
#include <string>

#include "store/sql.h"

namespace rased::store {

// `url` is a libpq connection URI ("postgres://user@host:5432/db" or with
// ?host=/socket/dir). Fails with kUnavailable when the server cannot be reached.
StatusOr<std::unique_ptr<SqlConnection>> OpenPostgres(const std::string& url);

// '?' placeholders -> $1, $2 … (outside quoted literals).
std::string ToDollarPlaceholders(std::string_view sql);

}  // namespace rased::store

#endif  // RASED_STORE_POSTGRES_CONNECTION_H_

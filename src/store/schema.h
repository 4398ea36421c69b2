// The knowledge-base schema, one text per dialect (documented in doc/schema.md).
#ifndef RASED_STORE_SCHEMA_H_
#define RASED_STORE_SCHEMA_H_

#include <string>

#include "store/sql.h"

namespace rased::store {

// 2: aliases numbered (`id`), with a trigram index in SQLite; SQLite skeleton
// keys without rowid.
inline constexpr int kSchemaVersion = 2;

// Idempotent DDL (CREATE … IF NOT EXISTS) for the dialect.
std::string SchemaSql(Dialect dialect);

// Brings the tables of an SQLite database written by schema version 1 to
// this one, in one transaction; does nothing on newer or empty databases.
// Run before SchemaSql(kSqlite); the caller then records the version.
// Fails like the statements it runs (the database is then unchanged).
Status MigrateSqlite(SqlConnection& db);

// Adds to a PostgreSQL database of schema version 1 what it lacks (aliases
// numbered by `id`). Run after SchemaSql(kPostgres), under the schema lock.
Status MigratePostgres(SqlConnection& db);

}  // namespace rased::store

#endif  // RASED_STORE_SCHEMA_H_

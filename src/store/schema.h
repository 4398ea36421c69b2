// The knowledge-base schema, one text per dialect (documented in doc/schema.md).
#ifndef RASED_STORE_SCHEMA_H_
#define RASED_STORE_SCHEMA_H_

#include <string>

#include "store/sql.h"

namespace rased::store {

inline constexpr int kSchemaVersion = 1;

// Idempotent DDL (CREATE … IF NOT EXISTS) for the dialect.
std::string SchemaSql(Dialect dialect);

}  // namespace rased::store

#endif  // RASED_STORE_SCHEMA_H_

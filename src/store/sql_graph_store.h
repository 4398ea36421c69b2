// GraphStore over an SqlConnection: the one implementation of storing,
// resolving and querying, shared by the SQLite and PostgreSQL backends.
#ifndef RASED_STORE_SQL_GRAPH_STORE_H_
#define RASED_STORE_SQL_GRAPH_STORE_H_

#include <memory>

#include "rased/graph_store.h"
#include "store/sql.h"

namespace rased::store {

// Creates the schema if needed. Fails with kFailedPrecondition when the
// database was written by a newer schema version.
StatusOr<std::unique_ptr<GraphStore>> NewSqlGraphStore(std::unique_ptr<SqlConnection> db,
                                                       const StoreOptions& options);

}  // namespace rased::store

#endif  // RASED_STORE_SQL_GRAPH_STORE_H_

#include "rased/graph_store.h"

#include "store/sql_graph_store.h"
#include "store/sqlite_connection.h"
#ifdef RASED_WITH_POSTGRES
#include "store/postgres_connection.h"
#endif

namespace rased {

StatusOr<std::unique_ptr<GraphStore>> GraphStore::Open(const std::string& url,
                                                       const StoreOptions& options) {
  const bool postgres = url.rfind("postgres://", 0) == 0 || url.rfind("postgresql://", 0) == 0;
  if (postgres) {
#ifdef RASED_WITH_POSTGRES
    RASED_ASSIGN_OR_RETURN(auto db, store::OpenPostgres(url));
    return store::NewSqlGraphStore(std::move(db), options);
#else
    return Status::FailedPrecondition("this rased was built without PostgreSQL support");
#endif
  }
  if (url.empty()) return Status::InvalidArgument("no database given");
  RASED_ASSIGN_OR_RETURN(auto db, store::OpenSqlite(url));
  return store::NewSqlGraphStore(std::move(db), options);
}

}  // namespace rased

// A thin SQL layer under GraphStore: one implementation of the graph logic
// (sql_graph_store.cc) runs on SQLite and PostgreSQL through this interface.
//
// Statements are written once with '?' placeholders; drivers translate them
// ($1, $2 … for PostgreSQL). Each driver also supplies its dialect: the DDL of
// the schema and the full-text search query.
#ifndef RASED_STORE_SQL_H_
#define RASED_STORE_SQL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "rased/status.h"

namespace rased::store {

// NULL, integer, real or text.
using SqlValue = std::variant<std::monostate, int64_t, double, std::string>;
using SqlRow = std::vector<SqlValue>;

inline bool IsNull(const SqlValue& v) { return std::holds_alternative<std::monostate>(v); }
int64_t AsInt(const SqlValue& v);       // 0 for NULL; parses text
double AsDouble(const SqlValue& v);     // 0 for NULL
std::string AsText(const SqlValue& v);  // "" for NULL; formats numbers
SqlValue NullIfEmpty(const std::string& s);
SqlValue NullIfNegative(int64_t v);

enum class Dialect { kSqlite, kPostgres };

// One database connection. Not thread-safe: one per thread.
class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual Dialect dialect() const = 0;
  // Runs statements without results (DDL, BEGIN/COMMIT). Several separated by ';'.
  virtual Status ExecScript(std::string_view sql) = 0;
  // Runs one statement with parameters; returns its rows (maybe none).
  virtual StatusOr<std::vector<SqlRow>> Query(std::string_view sql,
                                              const std::vector<SqlValue>& params = {}) = 0;
  // Runs an INSERT … RETURNING id (PostgreSQL) or INSERT (SQLite) and
  // returns the new row id.
  virtual StatusOr<int64_t> Insert(std::string_view sql, const std::vector<SqlValue>& params) = 0;
  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  virtual void Rollback() = 0;
};

// RAII transaction: rolls back unless Commit() succeeded.
class Transaction {
 public:
  explicit Transaction(SqlConnection& db) : db_(db) {}
  Status Begin() {
    Status s = db_.Begin();
    open_ = s.ok();
    return s;
  }
  Status Commit() {
    Status s = db_.Commit();
    if (s.ok()) open_ = false;
    return s;
  }
  ~Transaction() {
    if (open_) db_.Rollback();
  }

 private:
  SqlConnection& db_;
  bool open_ = false;
};

}  // namespace rased::store

#endif  // RASED_STORE_SQL_H_

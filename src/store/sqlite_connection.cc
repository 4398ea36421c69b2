#include "store/sqlite_connection.h"

#include <sqlite3.h>

#include <unordered_map>

#include "store/fts_tokenizer.h"

namespace rased::store {

namespace {

class SqliteConnection final : public SqlConnection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }

  Dialect dialect() const override { return Dialect::kSqlite; }

  Status ExecScript(std::string_view sql) override {
    char* err = nullptr;
    std::string copy(sql);
    if (sqlite3_exec(db_, copy.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string message = err ? err : sqlite3_errmsg(db_);
      sqlite3_free(err);
      return Error(message);
    }
    return Status::OK();
  }

  StatusOr<std::vector<SqlRow>> Query(std::string_view sql,
                                      const std::vector<SqlValue>& params) override {
    RASED_ASSIGN_OR_RETURN(sqlite3_stmt * stmt, Prepare(sql, params));
    std::vector<SqlRow> rows;
    while (true) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        Status s = Error(sqlite3_errmsg(db_));
        sqlite3_reset(stmt);
        return s;
      }
      const int n = sqlite3_column_count(stmt);
      SqlRow row(n);
      for (int i = 0; i < n; ++i) {
        switch (sqlite3_column_type(stmt, i)) {
          case SQLITE_INTEGER:
            row[i] = static_cast<int64_t>(sqlite3_column_int64(stmt, i));
            break;
          case SQLITE_FLOAT:
            row[i] = sqlite3_column_double(stmt, i);
            break;
          case SQLITE_NULL:
            break;
          default: {
            const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
            row[i] = std::string(p ? p : "", sqlite3_column_bytes(stmt, i));
          }
        }
      }
      rows.push_back(std::move(row));
    }
    sqlite3_reset(stmt);
    return rows;
  }

  StatusOr<int64_t> Insert(std::string_view sql, const std::vector<SqlValue>& params) override {
    RASED_RETURN_IF_ERROR(Query(sql, params).status());
    // 0 when ON CONFLICT DO NOTHING skipped the row (the rowid would be stale).
    if (sqlite3_changes(db_) == 0) return int64_t{0};
    return static_cast<int64_t>(sqlite3_last_insert_rowid(db_));
  }

  // IMMEDIATE takes the write lock up front, so two writers queue on the busy
  // timeout instead of deadlocking on a lock upgrade.
  Status Begin() override { return ExecScript("BEGIN IMMEDIATE"); }
  Status Commit() override { return ExecScript("COMMIT"); }
  void Rollback() override { sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr); }

 private:
  Status Error(const std::string& message) const {
    int code = sqlite3_errcode(db_);
    if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
      return Status::DataLoss("sqlite: " + message);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
      return Status::Unavailable("sqlite: " + message);
    return Status::Internal("sqlite: " + message);
  }

  StatusOr<sqlite3_stmt*> Prepare(std::string_view sql, const std::vector<SqlValue>& params) {
    auto it = statements_.find(sql);
    sqlite3_stmt* stmt = nullptr;
    if (it != statements_.end()) {
      stmt = it->second;
    } else {
      if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) !=
          SQLITE_OK) {
        return Error(std::string(sqlite3_errmsg(db_)) + " in: " + std::string(sql.substr(0, 200)));
      }
      statements_.emplace(std::string(sql), stmt);
    }
    sqlite3_clear_bindings(stmt);
    for (size_t i = 0; i < params.size(); ++i) {
      const int idx = static_cast<int>(i) + 1;
      const SqlValue& v = params[i];
      if (const auto* n = std::get_if<int64_t>(&v)) {
        sqlite3_bind_int64(stmt, idx, *n);
      } else if (const auto* d = std::get_if<double>(&v)) {
        sqlite3_bind_double(stmt, idx, *d);
      } else if (const auto* s = std::get_if<std::string>(&v)) {
        sqlite3_bind_text(stmt, idx, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
      } else {
        sqlite3_bind_null(stmt, idx);
      }
    }
    return stmt;
  }

  // Looked up by the statement text without copying it.
  struct TextHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*, TextHash, std::equal_to<>> statements_;
};

}  // namespace

StatusOr<std::unique_ptr<SqlConnection>> OpenSqlite(const std::string& path) {
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close_v2(db);
    return Status::IoError("cannot open " + path + ": " + message);
  }
  sqlite3_busy_timeout(db, 60000);
  auto conn = std::make_unique<SqliteConnection>(db);
  // Reading the schema version doubles as the "is this a database" check.
  auto probe = conn->Query("PRAGMA schema_version", {});
  if (!probe.ok()) return Status::DataLoss(path + " is not a rased (SQLite) database");
  if (path != ":memory:") {
    RASED_RETURN_IF_ERROR(conn->ExecScript("PRAGMA journal_mode=WAL"));
  }
  // NORMAL is durable in WAL mode except for the last transactions on power
  // loss; a killed process never loses a committed one.
  // Checkpoints copy every page the WAL holds into the database and sync
  // twice; letting the WAL reach 64 MB (16000 pages) instead of 4 MB copies
  // an index page rewritten by many batches once, not once per batch, which
  // cut the storing CPU time by a quarter on a 120,000-document base.
  RASED_RETURN_IF_ERROR(conn->ExecScript(
      "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;"
      "PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=16000;"
      "PRAGMA journal_size_limit=67108864"));
  RASED_RETURN_IF_ERROR(RegisterFtsTokenizer(db));
  return std::unique_ptr<SqlConnection>(std::move(conn));
}

}  // namespace rased::store

#include "store/postgres_connection.h"

#include <pqxx/pqxx>
#include <unordered_map>

namespace rased::store {

std::string ToDollarPlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  char quote = 0;
  for (char c : sql) {
    if (quote) {
      if (c == quote) quote = 0;
      out.push_back(c);
    } else if (c == '\'' || c == '"') {
      quote = c;
      out.push_back(c);
    } else if (c == '?') {
      out += "$" + std::to_string(++n);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

namespace {

// Type oids of integer and floating columns (pg_type.h).
bool IsIntegerOid(pqxx::oid t) { return t == 20 || t == 21 || t == 23 || t == 26; }
bool IsFloatOid(pqxx::oid t) { return t == 700 || t == 701 || t == 1700; }

class PostgresConnection final : public SqlConnection {
 public:
  explicit PostgresConnection(std::unique_ptr<pqxx::connection> conn)
      : conn_(std::move(conn)), work_(std::make_unique<pqxx::nontransaction>(*conn_)) {}

  Dialect dialect() const override { return Dialect::kPostgres; }

  Status ExecScript(std::string_view sql) override {
    try {
      work_->exec(std::string(sql));
      return Status::OK();
    } catch (const std::exception& e) {
      return Error(e);
    }
  }

  StatusOr<std::vector<SqlRow>> Query(std::string_view sql,
                                      const std::vector<SqlValue>& params) override {
    try {
      std::vector<std::string> storage(params.size());
      std::vector<const char*> values(params.size(), nullptr);
      for (size_t i = 0; i < params.size(); ++i) {
        if (IsNull(params[i])) continue;
        storage[i] = AsText(params[i]);
        values[i] = storage[i].c_str();
      }
      pqxx::result result =
          work_->exec_params(Translate(sql), pqxx::prepare::make_dynamic_params(values));
      std::vector<SqlRow> rows;
      rows.reserve(result.size());
      for (const auto& r : result) {
        SqlRow row(r.size());
        for (size_t i = 0; i < r.size(); ++i) {
          const pqxx::field f = r[static_cast<int>(i)];
          if (f.is_null()) continue;
          const pqxx::oid t = f.type();
          if (IsIntegerOid(t)) {
            row[i] = f.as<int64_t>();
          } else if (IsFloatOid(t)) {
            row[i] = f.as<double>();
          } else {
            row[i] = std::string(f.c_str(), f.size());
          }
        }
        rows.push_back(std::move(row));
      }
      return rows;
    } catch (const std::exception& e) {
      return Error(e);
    }
  }

  StatusOr<int64_t> Insert(std::string_view sql, const std::vector<SqlValue>& params) override {
    RASED_ASSIGN_OR_RETURN(auto rows, Query(sql, params));
    if (rows.empty() || rows[0].empty()) return int64_t{0};
    return AsInt(rows[0][0]);
  }

  Status Begin() override { return ExecScript("BEGIN"); }
  Status Commit() override { return ExecScript("COMMIT"); }
  void Rollback() override { (void)ExecScript("ROLLBACK"); }

 private:
  const std::string& Translate(std::string_view sql) {
    auto it = translated_.find(std::string(sql));
    if (it == translated_.end()) {
      it = translated_.emplace(std::string(sql), ToDollarPlaceholders(sql)).first;
    }
    return it->second;
  }

  static Status Error(const std::exception& e) {
    if (dynamic_cast<const pqxx::broken_connection*>(&e)) {
      return Status::Unavailable(std::string("postgres: ") + e.what());
    }
    return Status::Internal(std::string("postgres: ") + e.what());
  }

  std::unique_ptr<pqxx::connection> conn_;
  std::unique_ptr<pqxx::nontransaction> work_;
  std::unordered_map<std::string, std::string> translated_;
};

}  // namespace

StatusOr<std::unique_ptr<SqlConnection>> OpenPostgres(const std::string& url) {
  try {
    auto conn = std::make_unique<pqxx::connection>(url);
    auto db = std::make_unique<PostgresConnection>(std::move(conn));
    // Concurrent ingests create the schema at the same time; an advisory lock
    // makes the DDL one at a time.
    RASED_RETURN_IF_ERROR(db->ExecScript("SET client_min_messages = warning"));
    return std::unique_ptr<SqlConnection>(std::move(db));
  } catch (const std::exception& e) {
    return Status::Unavailable("cannot connect to " + url + ": " + e.what());
  }
}

}  // namespace rased::store

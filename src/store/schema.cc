#include "store/schema.h"

namespace rased::store {

namespace {

// Written once for both dialects; {ID}, {REAL} and the alias keys are
// replaced per dialect. Aliases are numbered in the order they were first
// stored (`id`): among equally common entities, a name resolves to the one
// first named so.
constexpr const char* kTables = R"SQL(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
  id {ID},
  source TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  url TEXT, title TEXT, published TEXT, publisher TEXT, format TEXT,
  text TEXT NOT NULL,
  boilerplate TEXT,
  simhash BIGINT, band0 INTEGER, band1 INTEGER, band2 INTEGER, band3 INTEGER,
  near_dup_of BIGINT,
  ingested_at TEXT);
CREATE INDEX IF NOT EXISTS documents_hash ON documents(hash);
CREATE INDEX IF NOT EXISTS documents_band0 ON documents(band0);
CREATE INDEX IF NOT EXISTS documents_band1 ON documents(band1);
CREATE INDEX IF NOT EXISTS documents_band2 ON documents(band2);
CREATE INDEX IF NOT EXISTS documents_band3 ON documents(band3);
CREATE TABLE IF NOT EXISTS entities (
  id {ID},
  uid TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  name_latin TEXT,
  kb_id TEXT,
  description TEXT,
  lat {REAL}, lon {REAL},
  doc_count INTEGER NOT NULL DEFAULT 0,
  mention_count INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS entities_type ON entities(type, doc_count);
CREATE TABLE IF NOT EXISTS aliases (
  {ALIAS_ID},
  entity_id BIGINT NOT NULL,
  alias TEXT NOT NULL,
  alias_key TEXT NOT NULL,
  skeleton TEXT,
  {ALIAS_UNIQUE} (entity_id, alias));
CREATE INDEX IF NOT EXISTS aliases_key ON aliases(alias_key);
CREATE TABLE IF NOT EXISTS skeleton_keys (
  key TEXT NOT NULL,
  entity_id BIGINT NOT NULL,
  PRIMARY KEY (key, entity_id)){WITHOUT_ROWID};
CREATE TABLE IF NOT EXISTS doc_entities (
  id {ID},
  doc_id BIGINT NOT NULL,
  local_index INTEGER NOT NULL,
  entity_id BIGINT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  mention_count INTEGER NOT NULL,
  reason TEXT);
CREATE INDEX IF NOT EXISTS doc_entities_doc ON doc_entities(doc_id);
CREATE INDEX IF NOT EXISTS doc_entities_entity ON doc_entities(entity_id, doc_id);
CREATE TABLE IF NOT EXISTS mentions (
  doc_id BIGINT NOT NULL,
  doc_entity_id BIGINT NOT NULL,
  start_cp INTEGER NOT NULL, end_cp INTEGER NOT NULL,
  text TEXT NOT NULL,
  source TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(doc_entity_id);
CREATE TABLE IF NOT EXISTS roles (
  doc_id BIGINT NOT NULL,
  person BIGINT NOT NULL,
  organization BIGINT,
  title TEXT NOT NULL,
  start_cp INTEGER, end_cp INTEGER,
  evidence TEXT);
CREATE INDEX IF NOT EXISTS roles_doc ON roles(doc_id);
CREATE INDEX IF NOT EXISTS roles_person ON roles(person);
CREATE TABLE IF NOT EXISTS dates (
  doc_id BIGINT NOT NULL,
  text TEXT NOT NULL,
  start_cp INTEGER, end_cp INTEGER,
  value TEXT, end_value TEXT, precision TEXT);
CREATE INDEX IF NOT EXISTS dates_doc ON dates(doc_id);
CREATE TABLE IF NOT EXISTS relations (
  id {ID},
  doc_id BIGINT NOT NULL,
  type TEXT NOT NULL,
  date_value TEXT, date_end TEXT, date_precision TEXT, date_text TEXT,
  place BIGINT,
  attribution BIGINT,
  attribution_text TEXT,
  modality TEXT NOT NULL,
  confidence {REAL},
  start_cp INTEGER, end_cp INTEGER,
  evidence TEXT);
CREATE INDEX IF NOT EXISTS relations_doc ON relations(doc_id);
CREATE INDEX IF NOT EXISTS relations_type_date ON relations(type, date_value);
CREATE INDEX IF NOT EXISTS relations_date ON relations(date_value);
CREATE TABLE IF NOT EXISTS relation_args (
  relation_id BIGINT NOT NULL,
  role TEXT NOT NULL,
  doc_entity_id BIGINT,
  text TEXT);
CREATE INDEX IF NOT EXISTS relation_args_relation ON relation_args(relation_id);
CREATE INDEX IF NOT EXISTS relation_args_entity ON relation_args(doc_entity_id);
CREATE TABLE IF NOT EXISTS quantities (
  id {ID},
  doc_id BIGINT NOT NULL,
  about TEXT, unit TEXT, rate TEXT,
  low {REAL}, high {REAL},
  approximate INTEGER,
  subject BIGINT,
  attribution BIGINT,
  attribution_text TEXT,
  start_cp INTEGER, end_cp INTEGER,
  evidence TEXT);
CREATE INDEX IF NOT EXISTS quantities_doc ON quantities(doc_id);
CREATE TABLE IF NOT EXISTS corrections (
  id {ID},
  kind TEXT NOT NULL,
  keep_uid TEXT NOT NULL,
  other_uid TEXT,
  created_at TEXT);
)SQL";

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size())) {
    s.replace(pos, from.size(), to);
  }
  return s;
}

}  // namespace

std::string SchemaSql(Dialect dialect) {
  std::string sql = kTables;
  if (dialect == Dialect::kSqlite) {
    sql = Replace(sql, "{ID}", "INTEGER PRIMARY KEY");
    sql = Replace(sql, "{REAL}", "REAL");
    // AUTOINCREMENT: an id is never reused, so "every alias up to id N is
    // in the trigram index" stays true when aliases are deleted.
    sql = Replace(sql, "{ALIAS_ID}", "id INTEGER PRIMARY KEY AUTOINCREMENT");
    sql = Replace(sql, "{ALIAS_UNIQUE}", "UNIQUE");
    // A table that is all key: one b-tree instead of a table and its index.
    sql = Replace(sql, "{WITHOUT_ROWID}", " WITHOUT ROWID");
    // The search index: title and text through the rased tokenizer; content is
    // read back from documents, so text is stored once.
    sql +=
        "CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5(title, text, "
        "content='documents', content_rowid='id', tokenize='rased');\n"
        // Substrings of names ("Salman" in "King Salman", "خارجية" in "وزارة
        // الخارجية"): a trigram index over the aliases. The store adds a
        // transaction's new aliases just before it commits and removes
        // aliases explicitly (no triggers: see SqlGraphStore::IndexNewAliases).
        "CREATE VIRTUAL TABLE IF NOT EXISTS aliases_grams USING fts5(alias_key, alias, "
        "content='aliases', content_rowid='id', tokenize='trigram');\n";
  } else {
    sql = Replace(sql, "{ID}", "BIGSERIAL PRIMARY KEY");
    sql = Replace(sql, "{REAL}", "DOUBLE PRECISION");
    sql = Replace(sql, "{ALIAS_ID}", "id BIGSERIAL");
    sql = Replace(sql, "{ALIAS_UNIQUE}", "PRIMARY KEY");
    sql = Replace(sql, "{WITHOUT_ROWID}", "");
    // PostgreSQL indexes the keys rased derives itself (SearchKeys), with the
    // 'simple' configuration so that no foreign stemming interferes.
    sql +=
        "ALTER TABLE documents ADD COLUMN IF NOT EXISTS search_keys tsvector;\n"
        "CREATE INDEX IF NOT EXISTS documents_search ON documents USING GIN (search_keys);\n";
  }
  return sql;
}

Status MigrateSqlite(SqlConnection& db) {
  // Version 1 numbered aliases by SQLite's implicit rowid, which VACUUM may
  // renumber; the trigram index needs ids that stay. Skeleton keys become a
  // table without rowid.
  auto needed = [&]() -> StatusOr<bool> {
    RASED_ASSIGN_OR_RETURN(auto table, db.Query("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                                "AND name = 'aliases'"));
    if (table.empty()) return false;
    RASED_ASSIGN_OR_RETURN(auto id, db.Query("SELECT 1 FROM pragma_table_info('aliases') "
                                             "WHERE name = 'id'"));
    return id.empty();
  };
  RASED_ASSIGN_OR_RETURN(bool migrate, needed());
  if (!migrate) return Status::OK();
  Transaction txn(db);
  RASED_RETURN_IF_ERROR(txn.Begin());
  RASED_ASSIGN_OR_RETURN(migrate, needed());  // another process may have been first
  if (!migrate) return Status::OK();
  RASED_RETURN_IF_ERROR(
      db.ExecScript("ALTER TABLE aliases RENAME TO aliases_v1; DROP INDEX IF EXISTS aliases_key; "
                    "ALTER TABLE skeleton_keys RENAME TO skeleton_keys_v1;"));
  RASED_RETURN_IF_ERROR(db.ExecScript(SchemaSql(Dialect::kSqlite)));
  // Copied in their old order, so the new ids keep who was named first.
  RASED_RETURN_IF_ERROR(
      db.ExecScript("INSERT INTO aliases(entity_id, alias, alias_key, skeleton) "
                    "SELECT entity_id, alias, alias_key, skeleton FROM aliases_v1 ORDER BY rowid; "
                    "DROP TABLE aliases_v1; "
                    "INSERT INTO aliases_grams(aliases_grams) VALUES ('rebuild'); "
                    "INSERT INTO skeleton_keys(key, entity_id) "
                    "SELECT key, entity_id FROM skeleton_keys_v1; "
                    "DROP TABLE skeleton_keys_v1;"));
  return txn.Commit();
}

Status MigratePostgres(SqlConnection& db) {
  // Checked first: ADD COLUMN IF NOT EXISTS with a serial type has made a
  // sequence even when the column existed.
  RASED_ASSIGN_OR_RETURN(auto id, db.Query("SELECT 1 FROM information_schema.columns WHERE "
                                           "table_schema = current_schema() AND "
                                           "table_name = 'aliases' AND column_name = 'id'"));
  if (!id.empty()) return Status::OK();
  return db.ExecScript("ALTER TABLE aliases ADD COLUMN id BIGSERIAL");
}

}  // namespace rased::store

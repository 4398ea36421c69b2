#include "store/schema.h"

namespace rased::store {

namespace {

// Written once for both dialects; {ID} and {REAL} are replaced per dialect.
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
  entity_id BIGINT NOT NULL,
  alias TEXT NOT NULL,
  alias_key TEXT NOT NULL,
  skeleton TEXT,
  PRIMARY KEY (entity_id, alias));
CREATE INDEX IF NOT EXISTS aliases_key ON aliases(alias_key);
CREATE TABLE IF NOT EXISTS skeleton_keys (
  key TEXT NOT NULL,
  entity_id BIGINT NOT NULL,
  PRIMARY KEY (key, entity_id));
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
    // The search index: title and text through the rased tokenizer; content is
    // read back from documents, so text is stored once.
    sql +=
        "CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5(title, text, "
        "content='documents', content_rowid='id', tokenize='rased');\n";
  } else {
    sql = Replace(sql, "{ID}", "BIGSERIAL PRIMARY KEY");
    sql = Replace(sql, "{REAL}", "DOUBLE PRECISION");
    // PostgreSQL indexes the keys rased derives itself (SearchKeys), with the
    // 'simple' configuration so that no foreign stemming interferes.
    sql +=
        "ALTER TABLE documents ADD COLUMN IF NOT EXISTS search_keys tsvector;\n"
        "CREATE INDEX IF NOT EXISTS documents_search ON documents USING GIN (search_keys);\n";
  }
  return sql;
}

}  // namespace rased::store

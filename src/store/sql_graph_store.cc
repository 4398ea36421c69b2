#include "store/sql_graph_store.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <deque>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "common/tsv.h"
#include "common/utf8.h"
#include "rased/options.h"
#include "store/conflicts.h"
#include "store/fts_tokenizer.h"
#include "store/kb_facts.h"
#include "store/name_keys.h"
#include "store/schema.h"
#include "text/normalize.h"

namespace rased::store {

namespace {

using Params = std::vector<SqlValue>;

// How many relations an entity profile and an entity timeline carry.
constexpr int kProfileRelations = 300;
constexpr int kTimelineRelations = 5000;
constexpr int kProfileDocuments = 200;

std::string NowIso() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

std::string Hex64(uint64_t v) {
  static const char* kDigits = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[i] = kDigits[v & 0xF];
  return out;
}

// Roles whose entities are the acting side of a relation; edges of the
// network run from them to the other arguments. Roles not listed here and
// not symmetric are targets.
bool IsSourceRole(std::string_view role) {
  static const std::set<std::string_view> kSources = {
      "visitor", "supporter",  "actor",  "recruiter", "force",  "operator",
      "speaker", "controller", "member", "person",    "sponsor"};
  return kSources.count(role) > 0;
}

// Columns: source, title, published, publisher, url, near-duplicate's source,
// mention count.
DocumentSummary DocumentSummaryFromRow(const SqlRow& row) {
  DocumentSummary d;
  d.id = AsText(row[0]);
  d.title = AsText(row[1]);
  d.published = AsText(row[2]);
  d.publisher = AsText(row[3]);
  d.url = AsText(row[4]);
  d.near_duplicate_of = AsText(row[5]);
  d.mention_count = static_cast<int>(AsInt(row[6]));
  return d;
}

// Whether two multi-word names differ only by the spelling of one word:
// every word's skeleton equal but for one, which is one edit away and long
// enough for that to mean something. The whole-name skeleton alone is too
// coarse: "غربي ليبيا" and "غرب أوروبا" are one letter apart as skeletons.
// A person's name may also drop middle words ("يونس بك يفكوروف" / "يونس يفكوروف").
bool WordsAreVariants(const std::vector<std::string_view>& a,
                      const std::vector<std::string_view>& b, bool person) {
  if (a.size() != b.size()) {
    if (!person || a.size() < 2 || b.size() < 2) return a.size() == 1 && b.size() == 1;
    const auto& shorter = a.size() < b.size() ? a : b;
    const auto& longer = a.size() < b.size() ? b : a;
    return shorter.front() == longer.front() && Skeleton(shorter.back()) == Skeleton(longer.back());
  }
  int edited = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] == b[i]) continue;
    const std::string x = Skeleton(a[i]), y = Skeleton(b[i]);
    if (x == y) continue;
    if (utf8::CountCodePoints(x) < 4 || EditDistance(x, y, 1) > 1 || ++edited > 1) return false;
  }
  return true;
}

bool IsSymmetricRole(std::string_view role) { return role == "participants" || role == "parties"; }

// Rows of one table written several per INSERT: every statement has a fixed
// cost (some 3,000 instructions in SQLite) besides its rows, and a document
// has dozens of small rows. Rows keep their order (and so their ids). Call
// Flush() before anything reads the table.
class RowBatch {
 public:
  // `head`: "INSERT INTO t(a, b, c)".
  RowBatch(SqlConnection& db, std::string head, int columns)
      : db_(db), head_(std::move(head)), columns_(columns) {}

  Status Add(std::initializer_list<SqlValue> row) {
    params_.insert(params_.end(), row.begin(), row.end());
    return ++rows_ == kMaxRows ? Flush() : Status::OK();
  }

  Status Flush() {
    if (rows_ == 0) return Status::OK();
    std::string& sql = statements_[rows_];
    if (sql.empty()) {
      std::string tuple = "(?";
      for (int c = 1; c < columns_; ++c) tuple += ", ?";
      tuple += ")";
      sql = head_ + " VALUES " + tuple;
      for (int r = 1; r < rows_; ++r) sql += ", " + tuple;
    }
    Status s = db_.Query(sql, params_).status();
    params_.clear();
    rows_ = 0;
    return s;
  }

 private:
  static constexpr int kMaxRows = 32;
  SqlConnection& db_;
  std::string head_;
  int columns_;
  int rows_ = 0;
  Params params_;
  std::string statements_[kMaxRows + 1];  // by row count
};

// Everything the resolver knows about one entity of one document.
struct LocalEntity {
  int index = 0;
  const Entity* entity = nullptr;
  std::string key;                    // NameKey of the canonical name
  std::vector<std::string> surfaces;  // distinct mention texts
  std::set<std::string> title_words;  // keys of words of its role titles
  int mentions = 0;
};

// PostgreSQL advisory locks: one worker at a time creates or upgrades the
// schema; writers take turns, one transaction at a time.
constexpr int64_t kSchemaLock = 724311;
constexpr int64_t kWriterLock = 724312;

struct Resolved {
  int64_t entity_id = 0;
  std::string reason;
};

class SqlGraphStore final : public GraphStore {
 public:
  SqlGraphStore(std::unique_ptr<SqlConnection> db, StoreOptions options)
      : db_(std::move(db)), options_(std::move(options)) {}

  Status Init() {
    if (db_->dialect() == Dialect::kPostgres) {
      // Workers starting together would race on CREATE TABLE IF NOT EXISTS;
      // and the script's DDL (ALTER TABLE even when nothing is added) locks
      // whole tables, which deadlocks against a worker already writing, so it
      // also waits for the writers' turn (the lock of TryPutDocuments).
      RASED_RETURN_IF_ERROR(db_->Query("SELECT pg_advisory_lock(?)", {kSchemaLock}).status());
      Status s = db_->Query("SELECT pg_advisory_lock(?)", {kWriterLock}).status();
      if (s.ok()) {
        s = db_->ExecScript(SchemaSql(db_->dialect()));
        if (s.ok()) s = MigratePostgres(*db_);
        Status unlocked = db_->Query("SELECT pg_advisory_unlock(?)", {kWriterLock}).status();
        if (s.ok()) s = unlocked;
      }
      RASED_RETURN_IF_ERROR(db_->Query("SELECT pg_advisory_unlock(?)", {kSchemaLock}).status());
      RASED_RETURN_IF_ERROR(s);
    } else {
      RASED_RETURN_IF_ERROR(MigrateSqlite(*db_));
      RASED_RETURN_IF_ERROR(db_->ExecScript(SchemaSql(db_->dialect())));
    }
    RASED_ASSIGN_OR_RETURN(auto rows, db_->Query("SELECT value FROM meta WHERE key = ?",
                                                 {std::string("schema_version")}));
    if (rows.empty()) {
      RASED_RETURN_IF_ERROR(
          db_->Query("INSERT INTO meta(key, value) VALUES (?, ?)",
                     {std::string("schema_version"), std::to_string(kSchemaVersion)})
              .status());
      RASED_RETURN_IF_ERROR(ConfigureSearchIndex());
    } else if (AsInt(rows[0][0]) > kSchemaVersion) {
      return Status::FailedPrecondition("database schema version " + AsText(rows[0][0]) +
                                        " is newer than this rased (" +
                                        std::to_string(kSchemaVersion) + ")");
    } else if (AsInt(rows[0][0]) < kSchemaVersion) {
      // The schema script above has added what the older version lacked.
      RASED_RETURN_IF_ERROR(
          db_->Query("UPDATE meta SET value = ? WHERE key = ?",
                     {std::to_string(kSchemaVersion), std::string("schema_version")})
              .status());
      RASED_RETURN_IF_ERROR(ConfigureSearchIndex());
    }
    const std::string data_dir = options_.data_dir.empty() ? DefaultDataDir() : options_.data_dir;
    auto unit_classes = LoadUnitClasses(data_dir + "/store/unit_classes.tsv");
    if (!unit_classes.ok()) return unit_classes.status();
    unit_classes_ = std::move(*unit_classes);
    return Status::OK();
  }

  // FTS5 merges index segments of one size once 16 exist, not 4: a quarter
  // of the merge work while storing (a tenth of the storing time), a few
  // more segments for a query to read. The setting is kept in the database.
  Status ConfigureSearchIndex() {
    if (db_->dialect() != Dialect::kSqlite) return Status::OK();
    return db_->ExecScript("INSERT INTO docs_fts(docs_fts, rank) VALUES ('automerge', 16)");
  }

  // ------------------------------------------------------------------ write

  StatusOr<IngestStats> PutDocuments(const std::vector<const Document*>& docs) override {
    // Concurrent PostgreSQL writers can deadlock on entity rows; the loser's
    // transaction is rolled back whole and simply runs again.
    Status last;
    for (int attempt = 0; attempt < 5; ++attempt) {
      auto stats = TryPutDocuments(docs);
      if (stats.ok()) return stats;
      last = stats.status();
      const std::string& m = last.message();
      if (m.find("deadlock") == std::string::npos &&
          m.find("could not serialize") == std::string::npos) {
        break;
      }
    }
    return last;
  }

  StatusOr<IngestStats> TryPutDocuments(const std::vector<const Document*>& docs) {
    IngestStats stats;
    Transaction txn(*db_);
    RASED_RETURN_IF_ERROR(txn.Begin());
    // Whatever this transaction cached is rolled back with it on failure.
    struct DropCacheUnlessCommitted {
      SqlGraphStore& store;
      bool committed = false;
      ~DropCacheUnlessCommitted() {
        if (committed) return;
        store.cache_.Clear();
        store.pending_text_.clear();
      }
    } guard{*this};
    if (db_->dialect() == Dialect::kPostgres) {
      // Writers take turns, as SQLite's BEGIN IMMEDIATE makes them: resolution
      // reads what earlier batches wrote, and interleaved inserts into the
      // unique alias and entity keys would deadlock. Extraction, the costly
      // part, still runs in parallel in every worker.
      RASED_RETURN_IF_ERROR(db_->Query("SELECT pg_advisory_xact_lock(?)", {kWriterLock}).status());
    }
    RASED_RETURN_IF_ERROR(ValidateWriterCache());
    RASED_RETURN_IF_ERROR(BeginAliasIndex());
    corrections_loaded_ = false;  // another process may have corrected since
    RASED_RETURN_IF_ERROR(LoadCorrections());
    pending_text_.clear();
    for (const Document* doc : docs) {
      Status s = PutOne(*doc, stats);
      if (!s.ok()) return s.WithContext(doc->id);
    }
    RASED_RETURN_IF_ERROR(IndexPendingText());
    RASED_RETURN_IF_ERROR(IndexNewAliases());
    RASED_RETURN_IF_ERROR(txn.Commit());
    guard.committed = true;
    return stats;
  }

  StatusOr<bool> HasContent(const std::string& content_hash) override {
    RASED_ASSIGN_OR_RETURN(
        auto rows, db_->Query("SELECT 1 FROM documents WHERE hash = ? LIMIT 1", {content_hash}));
    return !rows.empty();
  }

  StatusOr<std::vector<std::pair<std::string, std::string>>> StoredDocuments() override {
    RASED_ASSIGN_OR_RETURN(auto rows, db_->Query("SELECT source, hash FROM documents"));
    std::vector<std::pair<std::string, std::string>> out;
    out.reserve(rows.size());
    for (const SqlRow& row : rows) out.emplace_back(AsText(row[0]), AsText(row[1]));
    return out;
  }

  // ------------------------------------------------------------------ read

  StatusOr<std::vector<EntitySummary>> ListEntities(const EntityFilter& filter) override {
    std::string sql =
        "SELECT id, uid, type, name, name_latin, kb_id, doc_count, mention_count, lat, lon "
        "FROM entities WHERE doc_count > 0";
    Params params;
    if (!filter.type.empty()) {
      sql += " AND type = ?";
      params.push_back(filter.type);
    }
    if (filter.min_docs > 0) {
      sql += " AND doc_count >= ?";
      params.push_back(int64_t{filter.min_docs});
    }
    if (!filter.query.empty()) {
      sql += " AND id IN (SELECT entity_id FROM aliases WHERE alias_key LIKE ? OR alias LIKE ?)";
      params.push_back("%" + text::MatchKey(filter.query) + "%");
      params.push_back("%" + filter.query + "%");
    }
    sql += " ORDER BY doc_count DESC, mention_count DESC, id";
    if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
    RASED_ASSIGN_OR_RETURN(auto rows, db_->Query(sql, params));
    std::vector<EntitySummary> out;
    out.reserve(rows.size());
    for (const SqlRow& row : rows) {
      RASED_ASSIGN_OR_RETURN(EntitySummary e, SummaryFromRow(row, filter.with_mentions));
      out.push_back(std::move(e));
    }
    return out;
  }

  StatusOr<EntityProfile> GetEntity(const std::string& id_or_name) override {
    RASED_ASSIGN_OR_RETURN(int64_t id, FindEntityId(id_or_name));
    RASED_ASSIGN_OR_RETURN(
        auto rows, db_->Query("SELECT id, uid, type, name, name_latin, kb_id, doc_count, "
                              "mention_count, lat, lon, description FROM entities WHERE id = ?",
                              {id}));
    EntityProfile profile;
    RASED_ASSIGN_OR_RETURN(profile.entity, SummaryFromRow(rows[0], false));
    profile.description = AsText(rows[0][10]);

    RASED_ASSIGN_OR_RETURN(
        auto roles, db_->Query("SELECT r.title, r.organization, d.source, d.published, r.evidence "
                               "FROM roles r JOIN doc_entities p ON p.id = r.person "
                               "JOIN documents d ON d.id = r.doc_id WHERE p.entity_id = ? "
                               "ORDER BY d.published, d.id",
                               {id}));
    std::set<std::string> seen_roles;  // one entry per title: its first report
    for (const SqlRow& row : roles) {
      RoleView role;
      role.title = AsText(row[0]);
      if (!IsNull(row[1])) role.organization = DocEntityRef(AsInt(row[1]));
      role.doc = AsText(row[2]);
      role.published = AsText(row[3]);
      role.evidence = AsText(row[4]);
      if (!seen_roles.insert(text::MatchKey(role.title)).second) continue;
      profile.roles.push_back(std::move(role));
    }

    // A profile shows the latest relations; all of them are a ListRelations away.
    RASED_ASSIGN_OR_RETURN(auto relation_ids, RelationIdsOf(id, kProfileRelations));
    RASED_ASSIGN_OR_RETURN(profile.relations, LoadRelations(relation_ids));
    std::stable_sort(profile.relations.begin(), profile.relations.end(),
                     [](const RelationView& a, const RelationView& b) {
                       if (a.type != b.type) return a.type < b.type;
                       return DateKey(a) < DateKey(b);
                     });

    RASED_ASSIGN_OR_RETURN(
        auto docs,
        // The most recently stored documents, straight from the index.
        db_->Query("SELECT d.source, d.title, d.published, d.publisher, d.url, nd.source, "
                   "de.mention_count FROM doc_entities de "
                   "JOIN documents d ON d.id = de.doc_id "
                   "LEFT JOIN documents nd ON nd.id = d.near_dup_of "
                   "WHERE de.entity_id = ? ORDER BY de.doc_id DESC LIMIT ?",
                   {id, int64_t{kProfileDocuments}}));
    std::set<std::string> listed;
    for (const SqlRow& row : docs) {
      DocumentSummary d = DocumentSummaryFromRow(row);
      if (listed.insert(d.id).second) profile.documents.push_back(std::move(d));
    }
    std::stable_sort(profile.documents.begin(), profile.documents.end(),
                     [](const DocumentSummary& a, const DocumentSummary& b) {
                       return a.published > b.published;
                     });

    RASED_ASSIGN_OR_RETURN(
        auto reasons,
        db_->Query("SELECT DISTINCT de.name, de.reason FROM doc_entities de "
                   "WHERE de.entity_id = ? AND de.reason IS NOT NULL ORDER BY de.name LIMIT 50",
                   {id}));
    for (const SqlRow& row : reasons) {
      profile.merge_reasons.push_back("«" + AsText(row[0]) + "»: " + AsText(row[1]));
    }
    return profile;
  }

  StatusOr<std::vector<RelationView>> ListRelations(const RelationFilter& filter) override {
    if (!filter.ids.empty()) return LoadRelations(filter.ids);
    std::string sql = "SELECT r.id FROM relations r WHERE 1 = 1";
    Params params;
    if (!filter.type.empty()) {
      sql += " AND r.type = ?";
      params.push_back(filter.type);
    }
    if (!filter.entity.empty()) {
      RASED_ASSIGN_OR_RETURN(int64_t id, FindEntityId(filter.entity));
      sql +=
          " AND (r.id IN (SELECT ra.relation_id FROM relation_args ra JOIN doc_entities de "
          "ON de.id = ra.doc_entity_id WHERE de.entity_id = ?) OR r.place IN (SELECT id FROM "
          "doc_entities WHERE entity_id = ?))";
      params.push_back(id);
      params.push_back(id);
    }
    if (!filter.from.empty()) {
      sql += " AND COALESCE(r.date_end, r.date_value) >= ?";
      params.push_back(filter.from);
    }
    if (!filter.to.empty()) {
      // A date prefix "2023-09" is before "2023-09-30"; compare on the prefix.
      sql += " AND r.date_value <= ?";
      params.push_back(filter.to + "\x7f");
    }
    sql += " ORDER BY r.date_value, r.id";
    if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
    RASED_ASSIGN_OR_RETURN(auto rows, db_->Query(sql, params));
    std::vector<int64_t> ids;
    for (const SqlRow& row : rows) ids.push_back(AsInt(row[0]));
    return LoadRelations(ids);
  }

  StatusOr<std::vector<RelationView>> Timeline(const std::string& entity) override {
    std::vector<int64_t> ids;
    if (entity.empty()) {
      RASED_ASSIGN_OR_RETURN(auto rows,
                             db_->Query("SELECT id FROM relations WHERE date_value IS NOT NULL "
                                        "ORDER BY date_value, id LIMIT 5000"));
      for (const SqlRow& row : rows) ids.push_back(AsInt(row[0]));
    } else {
      RASED_ASSIGN_OR_RETURN(int64_t id, FindEntityId(entity));
      RASED_ASSIGN_OR_RETURN(ids, RelationIdsOf(id, kTimelineRelations));
    }
    RASED_ASSIGN_OR_RETURN(auto relations, LoadRelations(ids));
    std::vector<RelationView> dated;
    for (auto& r : relations) {
      if (r.date && !r.date->value.empty()) dated.push_back(std::move(r));
    }
    std::stable_sort(dated.begin(), dated.end(), [](const RelationView& a, const RelationView& b) {
      return DateKey(a) < DateKey(b);
    });
    return dated;
  }

  StatusOr<Network> GetNetwork(const std::string& entity, int depth) override {
    RASED_ASSIGN_OR_RETURN(int64_t root, FindEntityId(entity));
    depth = std::clamp(depth, 1, 4);
    constexpr size_t kMaxNodes = 300;
    std::map<std::tuple<int64_t, int64_t, std::string>, NetworkEdge> edges;
    std::unordered_set<int64_t> nodes = {root};
    std::vector<int64_t> frontier = {root};
    for (int d = 0; d < depth && !frontier.empty() && nodes.size() < kMaxNodes; ++d) {
      std::vector<int64_t> next;
      for (int64_t node : frontier) {
        RASED_ASSIGN_OR_RETURN(auto adjacent, EdgesOf(node));
        for (auto& [key, edge] : adjacent) {
          auto [it, inserted] = edges.try_emplace(key, edge);
          if (!inserted) continue;
          for (int64_t other : {std::get<0>(key), std::get<1>(key)}) {
            if (nodes.size() < kMaxNodes && nodes.insert(other).second) next.push_back(other);
          }
        }
      }
      frontier = std::move(next);
    }
    return BuildNetwork(nodes, edges);
  }

  StatusOr<Network> FindPath(const std::string& from, const std::string& to) override {
    RASED_ASSIGN_OR_RETURN(int64_t a, FindEntityId(from));
    RASED_ASSIGN_OR_RETURN(int64_t b, FindEntityId(to));
    using EdgeKey = std::tuple<int64_t, int64_t, std::string>;
    std::unordered_map<int64_t, std::pair<int64_t, EdgeKey>> parent;  // node -> (prev, edge)
    std::unordered_map<int64_t, NetworkEdge> edge_of_node;
    parent[a] = {a, {}};
    std::deque<std::pair<int64_t, int>> queue = {{a, 0}};
    std::map<EdgeKey, NetworkEdge> all_edges;
    bool found = a == b;
    while (!queue.empty() && !found) {
      auto [node, dist] = queue.front();
      queue.pop_front();
      if (dist >= 6) break;
      RASED_ASSIGN_OR_RETURN(auto adjacent, EdgesOf(node));
      for (auto& [key, edge] : adjacent) {
        all_edges.try_emplace(key, edge);
        int64_t other = std::get<0>(key) == node ? std::get<1>(key) : std::get<0>(key);
        if (parent.count(other)) continue;
        parent[other] = {node, key};
        if (other == b) {
          found = true;
          break;
        }
        queue.push_back({other, dist + 1});
      }
    }
    Network path;
    if (!found) return path;
    std::unordered_set<int64_t> nodes;
    std::map<EdgeKey, NetworkEdge> chain;
    for (int64_t n = b;; n = parent[n].first) {
      nodes.insert(n);
      if (n == a) break;
      chain.emplace(parent[n].second, all_edges[parent[n].second]);
    }
    return BuildNetwork(nodes, chain);
  }

  StatusOr<std::vector<Conflict>> Conflicts() override {
    RASED_ASSIGN_OR_RETURN(
        auto rows,
        db_->Query("SELECT q.id, q.about, q.unit, q.rate, q.low, q.high, q.approximate, "
                   "se.entity_id, ae.entity_id, q.attribution_text, d.source, d.publisher, "
                   "d.published, q.evidence, q.start_cp, q.end_cp, d.id, d.near_dup_of "
                   "FROM quantities q JOIN documents d ON d.id = q.doc_id "
                   "LEFT JOIN doc_entities se ON se.id = q.subject "
                   "LEFT JOIN doc_entities ae ON ae.id = q.attribution "
                   "ORDER BY d.published, d.id, q.start_cp"));
    std::vector<QuantityClaim> claims;
    for (const SqlRow& row : rows) {
      QuantityClaim c;
      c.about = AsText(row[1]);
      c.unit = AsText(row[2]);
      c.rate = AsText(row[3]);
      c.low = AsDouble(row[4]);
      c.high = AsDouble(row[5]);
      c.approximate = AsInt(row[6]) != 0;
      c.subject = IsNull(row[7]) ? 0 : AsInt(row[7]);
      c.source_entity = IsNull(row[8]) ? 0 : AsInt(row[8]);
      c.source_text = AsText(row[9]);
      c.doc = AsText(row[10]);
      c.publisher = AsText(row[11]);
      c.published = AsText(row[12]);
      c.evidence = AsText(row[13]);
      c.start = static_cast<uint32_t>(AsInt(row[14]));
      c.end = static_cast<uint32_t>(AsInt(row[15]));
      c.doc_id = AsInt(row[16]);
      c.original_doc_id = IsNull(row[17]) ? c.doc_id : AsInt(row[17]);
      claims.push_back(std::move(c));
    }
    std::vector<Conflict> out = QuantityConflicts(claims, unit_classes_);
    for (Conflict& c : out) {
      if (c.subject) {
        RASED_ASSIGN_OR_RETURN(c.subject, EntityRefById(std::stoll(c.subject->id)));
        c.about = c.about + " — " + c.subject->name;
      }
      for (Claim& claim : c.claims) {
        if (claim.source) {
          RASED_ASSIGN_OR_RETURN(claim.source, EntityRefById(std::stoll(claim.source->id)));
        }
      }
    }
    RASED_ASSIGN_OR_RETURN(auto modality, ModalityConflicts());
    for (auto& c : modality) out.push_back(std::move(c));
    return out;
  }

  StatusOr<std::vector<SearchHit>> Search(const std::string& query, int limit) override {
    if (limit <= 0) limit = 20;
    std::vector<SearchHit> hits;
    const std::string key = NameKey(query);
    if (key.empty()) return hits;
    // Names: exact key, then skeleton (cross-script), then substring.
    std::map<int64_t, double> entity_scores;
    RASED_ASSIGN_OR_RETURN(auto exact, db_->Query("SELECT DISTINCT entity_id FROM aliases "
                                                  "WHERE alias_key = ? LIMIT 50",
                                                  {key}));
    for (const SqlRow& row : exact) entity_scores[AsInt(row[0])] += 3;
    const std::string skeleton = Skeleton(query);
    if (utf8::CountCodePoints(skeleton) >= 3) {
      RASED_ASSIGN_OR_RETURN(auto skel, db_->Query("SELECT DISTINCT entity_id FROM skeleton_keys "
                                                   "WHERE key = ? LIMIT 50",
                                                   {skeleton}));
      for (const SqlRow& row : skel) entity_scores[AsInt(row[0])] += 2;
    }
    if (utf8::CountCodePoints(key) >= 3) {
      // Names containing the query, the most documented first. SQLite reads
      // them from the trigram index; a substring scan of every alias grows
      // with the knowledge base.
      const std::string pattern = "%" + key + "%";
      RASED_ASSIGN_OR_RETURN(
          auto partial,
          db_->dialect() == Dialect::kSqlite
              ? db_->Query("SELECT a.entity_id FROM aliases a CROSS JOIN entities e "
                           "ON e.id = a.entity_id WHERE a.id IN ("
                           "SELECT rowid FROM (SELECT rowid FROM aliases_grams WHERE alias_key "
                           "LIKE ? LIMIT 5000) UNION SELECT rowid FROM (SELECT rowid FROM "
                           "aliases_grams WHERE alias LIKE ? LIMIT 5000)) AND e.doc_count > 0 "
                           "GROUP BY a.entity_id ORDER BY MAX(e.doc_count) DESC, a.entity_id "
                           "LIMIT 50",
                           {pattern, pattern})
              : db_->Query("SELECT a.entity_id FROM aliases a JOIN entities e "
                           "ON e.id = a.entity_id WHERE (a.alias_key LIKE ? OR LOWER(a.alias) "
                           "LIKE ?) AND e.doc_count > 0 GROUP BY a.entity_id "
                           "ORDER BY MAX(e.doc_count) DESC, a.entity_id LIMIT 50",
                           {pattern, pattern}));
      for (const SqlRow& row : partial) entity_scores[AsInt(row[0])] += 1;
    }
    struct Candidate {
      double score;
      int64_t id;
      SqlRow row;  // uid, name, name_latin, type
    };
    std::vector<Candidate> ranked;
    for (auto [id, score] : entity_scores) {
      RASED_ASSIGN_OR_RETURN(auto rows, db_->Query("SELECT doc_count, uid, name, name_latin, type "
                                                   "FROM entities WHERE id = ?",
                                                   {id}));
      if (rows.empty() || AsInt(rows[0][0]) <= 0) continue;
      ranked.push_back({score + std::log1p(AsDouble(rows[0][0])) / 10, id,
                        SqlRow(rows[0].begin() + 1, rows[0].end())});
    }
    // Best score first; of equal scores, the later entity first.
    std::sort(ranked.begin(), ranked.end(), [](const Candidate& a, const Candidate& b) {
      return a.score != b.score ? a.score > b.score : a.id > b.id;
    });
    std::string top_name;
    for (const Candidate& c : ranked) {
      if (static_cast<int>(hits.size()) >= limit) break;
      SearchHit hit;
      hit.kind = "entity";
      hit.id = AsText(c.row[0]);
      hit.title = AsText(c.row[1]);
      hit.type = AsText(c.row[3]);
      hit.name_latin = AsText(c.row[2]);
      hit.snippet = hit.type + (hit.name_latin.empty() ? "" : " · " + hit.name_latin);
      hit.score = c.score;
      if (top_name.empty()) top_name = hit.title;
      hits.push_back(std::move(hit));
    }
    // Documents: the query itself, and the best entity's Arabic name when the
    // query is in another script ("Haftar" -> documents saying حفتر).
    std::set<std::string> seen_docs;
    for (const std::string& q : {query, top_name}) {
      if (q.empty() || static_cast<int>(hits.size()) >= limit * 2) continue;
      RASED_ASSIGN_OR_RETURN(auto docs, SearchDocuments(q, limit));
      for (auto& hit : docs) {
        if (seen_docs.insert(hit.id).second) hits.push_back(std::move(hit));
      }
    }
    return hits;
  }

  StatusOr<DocumentView> GetDocument(const std::string& id) override {
    RASED_ASSIGN_OR_RETURN(
        auto rows, db_->Query("SELECT d.id, d.source, d.title, d.published, d.publisher, d.url, "
                              "d.text, d.boilerplate, nd.source FROM documents d "
                              "LEFT JOIN documents nd ON nd.id = d.near_dup_of WHERE d.source = ?",
                              {id}));
    if (rows.empty()) return Status::NotFound("no document " + id);
    const SqlRow& row = rows[0];
    const int64_t doc_id = AsInt(row[0]);
    DocumentView view;
    view.summary.id = AsText(row[1]);
    view.summary.title = AsText(row[2]);
    view.summary.published = AsText(row[3]);
    view.summary.publisher = AsText(row[4]);
    view.summary.url = AsText(row[5]);
    view.summary.near_duplicate_of = AsText(row[8]);
    view.text = AsText(row[6]);
    if (!IsNull(row[7])) {
      auto parsed = nlohmann::json::parse(AsText(row[7]), nullptr, false);
      if (parsed.is_array()) {
        for (const auto& line : parsed) view.boilerplate_removed.push_back(line.get<std::string>());
      }
    }
    RASED_ASSIGN_OR_RETURN(
        auto mentions, db_->Query("SELECT m.start_cp, m.end_cp, e.uid, e.name, e.type "
                                  "FROM mentions m JOIN doc_entities de ON de.id = m.doc_entity_id "
                                  "JOIN entities e ON e.id = de.entity_id WHERE m.doc_id = ? "
                                  "ORDER BY m.start_cp",
                                  {doc_id}));
    for (const SqlRow& m : mentions) {
      DocumentView::Annotation a;
      a.start = static_cast<uint32_t>(AsInt(m[0]));
      a.end = static_cast<uint32_t>(AsInt(m[1]));
      a.kind = "mention";
      a.entity_id = AsText(m[2]);
      a.entity_type = AsText(m[4]);
      a.label = AsText(m[3]);
      view.annotations.push_back(std::move(a));
    }
    view.summary.mention_count = static_cast<int>(mentions.size());
    RASED_ASSIGN_OR_RETURN(auto relations,
                           db_->Query("SELECT start_cp, end_cp, type, modality, id FROM relations "
                                      "WHERE doc_id = ? ORDER BY start_cp",
                                      {doc_id}));
    for (const SqlRow& r : relations) {
      DocumentView::Annotation a;
      a.start = static_cast<uint32_t>(AsInt(r[0]));
      a.end = static_cast<uint32_t>(AsInt(r[1]));
      a.kind = AsText(r[2]);
      a.relation_id = AsInt(r[4]);
      a.label = AsText(r[2]) + " (" + AsText(r[3]) + ")";
      view.annotations.push_back(std::move(a));
    }
    return view;
  }

  StatusOr<std::vector<DocumentSummary>> ListDocuments(int limit, int offset) override {
    if (limit <= 0) limit = 100;
    RASED_ASSIGN_OR_RETURN(
        auto rows,
        db_->Query("SELECT d.source, d.title, d.published, d.publisher, d.url, nd.source, "
                   "(SELECT COUNT(*) FROM mentions m WHERE m.doc_id = d.id) FROM documents d "
                   "LEFT JOIN documents nd ON nd.id = d.near_dup_of ORDER BY d.id LIMIT ? OFFSET ?",
                   {int64_t{limit}, int64_t{offset}}));
    std::vector<DocumentSummary> out;
    for (const SqlRow& row : rows) out.push_back(DocumentSummaryFromRow(row));
    return out;
  }

  // ------------------------------------------------------------ corrections

  Status Merge(const std::string& keep, const std::string& absorb) override {
    Transaction txn(*db_);
    RASED_RETURN_IF_ERROR(txn.Begin());
    RASED_RETURN_IF_ERROR(BeginAliasIndex());
    RASED_ASSIGN_OR_RETURN(int64_t keep_id, FindEntityId(keep));
    RASED_ASSIGN_OR_RETURN(int64_t absorb_id, FindEntityId(absorb));
    if (keep_id == absorb_id) return Status::InvalidArgument(keep + " and " + absorb + " are one");
    RASED_ASSIGN_OR_RETURN(std::string keep_uid, UidOf(keep_id));
    RASED_ASSIGN_OR_RETURN(std::string absorb_uid, UidOf(absorb_id));
    RASED_RETURN_IF_ERROR(db_->Query("INSERT INTO corrections(kind, keep_uid, other_uid, "
                                     "created_at) VALUES ('merge', ?, ?, ?)",
                                     {keep_uid, absorb_uid, NowIso()})
                              .status());
    // A merge undoes an earlier split of either side.
    RASED_RETURN_IF_ERROR(db_->Query("DELETE FROM corrections WHERE kind = 'split' AND "
                                     "keep_uid IN (?, ?)",
                                     {keep_uid, absorb_uid})
                              .status());
    cache_.Clear();  // whatever happens next: names and entities move
    RASED_RETURN_IF_ERROR(
        MoveEntity(absorb_id, keep_id, "merged by an analyst into «" + keep + "»"));
    corrections_loaded_ = false;
    RASED_RETURN_IF_ERROR(IndexNewAliases());
    return txn.Commit();
  }

  Status Split(const std::string& entity) override {
    Transaction txn(*db_);
    RASED_RETURN_IF_ERROR(txn.Begin());
    RASED_RETURN_IF_ERROR(BeginAliasIndex());
    RASED_ASSIGN_OR_RETURN(int64_t id, FindEntityId(entity));
    RASED_ASSIGN_OR_RETURN(std::string uid, UidOf(id));
    RASED_ASSIGN_OR_RETURN(auto rows, db_->Query("SELECT type, name, kb_id FROM entities "
                                                 "WHERE id = ?",
                                                 {id}));
    const std::string type = AsText(rows[0][0]);
    const std::string own_key = NameKey(AsText(rows[0][1]));
    const bool in_kb = !IsNull(rows[0][2]);
    cache_.Clear();  // whatever happens next: names leave the entity
    RASED_RETURN_IF_ERROR(db_->Query("INSERT INTO corrections(kind, keep_uid, other_uid, "
                                     "created_at) VALUES ('split', ?, NULL, ?)",
                                     {uid, NowIso()})
                              .status());
    // Names that joined by a merge (analyst or fuzzy) go back to entities of
    // their own; the entity keeps its own name and, in the KB, its KB matches.
    RASED_RETURN_IF_ERROR(db_->Query("DELETE FROM corrections WHERE kind = 'merge' AND "
                                     "(keep_uid = ? OR other_uid = ?)",
                                     {uid, uid})
                              .status());
    RASED_ASSIGN_OR_RETURN(auto members, db_->Query("SELECT id, name, name_key, reason, doc_id "
                                                    "FROM doc_entities WHERE entity_id = ?",
                                                    {id}));
    std::set<int64_t> touched = {id};
    for (const SqlRow& m : members) {
      const std::string name_key = AsText(m[2]);
      const std::string reason = AsText(m[3]);
      const bool stays = name_key == own_key || (in_kb && reason.rfind("knowledge base", 0) == 0);
      if (stays) continue;
      RASED_ASSIGN_OR_RETURN(int64_t new_id,
                             GetOrCreateEntity("x-" + Hex64(Fnv1a64(type + "\t" + name_key)), type,
                                               AsText(m[1]), "", ""));
      RASED_RETURN_IF_ERROR(
          db_->Query(
                 "UPDATE doc_entities SET entity_id = ?, reason = ? "
                 "WHERE id = ?",
                 {new_id, std::string("split by an analyst from «") + entity + "»", AsInt(m[0])})
              .status());
      RASED_RETURN_IF_ERROR(AddAlias(new_id, AsText(m[1])));
      // The name now leads to its own entity only.
      RASED_RETURN_IF_ERROR(DeleteAliases("entity_id = ? AND alias_key = ?", {id, name_key}));
      touched.insert(new_id);
    }
    for (int64_t e : touched) RASED_RETURN_IF_ERROR(RecountEntity(e));
    corrections_loaded_ = false;
    RASED_RETURN_IF_ERROR(IndexNewAliases());
    return txn.Commit();
  }

  StatusOr<Counts> GetCounts() override {
    Counts c;
    RASED_ASSIGN_OR_RETURN(
        auto rows, db_->Query("SELECT (SELECT COUNT(*) FROM documents), "
                              "(SELECT COUNT(*) FROM entities WHERE doc_count > 0), "
                              "(SELECT COUNT(*) FROM mentions), (SELECT COUNT(*) FROM relations), "
                              "(SELECT COUNT(*) FROM quantities)"));
    c.documents = AsInt(rows[0][0]);
    c.entities = AsInt(rows[0][1]);
    c.mentions = AsInt(rows[0][2]);
    c.relations = AsInt(rows[0][3]);
    c.quantities = AsInt(rows[0][4]);
    return c;
  }

 private:
  // ---------------------------------------------------------------- storing

  Status PutOne(const Document& doc, IngestStats& stats) {
    RASED_ASSIGN_OR_RETURN(auto same, db_->Query("SELECT id, source FROM documents WHERE hash = ?",
                                                 {doc.content_hash}));
    for (const SqlRow& row : same) {
      if (AsText(row[1]) == doc.id) {
        ++stats.documents_skipped;
        return Status::OK();
      }
    }
    RASED_ASSIGN_OR_RETURN(auto old,
                           db_->Query("SELECT id FROM documents WHERE source = ?", {doc.id}));
    if (!old.empty()) {
      RASED_RETURN_IF_ERROR(DeleteDocument(AsInt(old[0][0])));
      ++stats.documents_replaced;
    }
    // Near duplicates: an exact copy under another name, or a SimHash within
    // 3 bits (found through four 16-bit bands: by pigeonhole one band agrees).
    // One analysis of the text serves the SimHash and the full-text index.
    auto keys = std::make_unique<SearchKeyList>(doc.text);
    const uint64_t simhash = SimHash(*keys);
    int64_t near_dup = same.empty() ? -1 : AsInt(same[0][0]);
    int64_t bands[4];
    for (int b = 0; b < 4; ++b) bands[b] = static_cast<int64_t>((simhash >> (16 * b)) & 0xFFFF);
    if (near_dup < 0 && doc.text.size() > 200) {
      RASED_ASSIGN_OR_RETURN(
          auto candidates,
          db_->Query("SELECT id, simhash FROM documents WHERE band0 = ? OR band1 = ? OR "
                     "band2 = ? OR band3 = ? ORDER BY id LIMIT 200",
                     {bands[0], bands[1], bands[2], bands[3]}));
      for (const SqlRow& c : candidates) {
        if (std::popcount(static_cast<uint64_t>(AsInt(c[1])) ^ simhash) <= 3) {
          near_dup = AsInt(c[0]);
          break;
        }
      }
    }
    nlohmann::json boilerplate = doc.boilerplate_removed;
    RASED_ASSIGN_OR_RETURN(
        int64_t doc_id,
        db_->Insert(Returning("INSERT INTO documents(source, hash, url, title, published, "
                              "publisher, format, text, boilerplate, simhash, band0, band1, band2, "
                              "band3, near_dup_of, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                              "?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source) DO NOTHING"),
                    {doc.id, doc.content_hash, NullIfEmpty(doc.url), NullIfEmpty(doc.title),
                     NullIfEmpty(doc.published), NullIfEmpty(doc.publisher), doc.format, doc.text,
                     boilerplate.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                     static_cast<int64_t>(simhash), bands[0], bands[1], bands[2], bands[3],
                     NullIfNegative(near_dup), NowIso()}));
    if (doc_id == 0) {  // a concurrent PostgreSQL worker stored this source first
      ++stats.documents_skipped;
      return Status::OK();
    }
    if (db_->dialect() == Dialect::kSqlite) {
      pending_text_.push_back({doc_id, &doc, std::move(keys)});
    } else {
      RASED_RETURN_IF_ERROR(IndexText(doc_id, doc.title, doc.text, /*remove=*/false));
    }

    // Entities: knowledge-base ones first, so the context of the others is known.
    std::vector<LocalEntity> locals(doc.entities.size());
    for (size_t i = 0; i < doc.entities.size(); ++i) {
      LocalEntity& l = locals[i];
      l.index = static_cast<int>(i);
      l.entity = &doc.entities[i];
      l.key = NameKey(l.entity->name);
      std::set<std::string> seen;
      for (uint32_t m : l.entity->mentions) {
        std::string surface(doc.Slice(doc.mentions[m].span));
        if (seen.insert(surface).second) l.surfaces.push_back(std::move(surface));
      }
      l.mentions = static_cast<int>(l.entity->mentions.size());
    }
    for (const Role& r : doc.roles) {
      if (r.person < 0 || r.person >= static_cast<int32_t>(locals.size())) continue;
      const std::string title_key = text::MatchKey(r.title);  // Words() views into it
      for (std::string_view w : Words(title_key)) {
        if (utf8::CountCodePoints(w) >= 3) locals[r.person].title_words.insert(std::string(w));
      }
    }
    std::vector<int64_t> entity_of(locals.size(), 0);
    std::vector<int64_t> doc_entity_of(locals.size(), 0);
    std::set<int64_t> context;
    for (int pass = 0; pass < 2; ++pass) {
      for (LocalEntity& l : locals) {
        const bool kb = !l.entity->kb_id.empty();
        if ((pass == 0) != kb) continue;
        RASED_ASSIGN_OR_RETURN(Resolved r, Resolve(l, context));
        entity_of[l.index] = r.entity_id;
        context.insert(r.entity_id);
        RASED_ASSIGN_OR_RETURN(
            doc_entity_of[l.index],
            db_->Insert(
                Returning("INSERT INTO doc_entities(doc_id, local_index, entity_id, type, "
                          "name, name_key, mention_count, reason) VALUES (?, ?, ?, ?, ?, "
                          "?, ?, ?)"),
                {doc_id, int64_t{l.index}, r.entity_id, std::string(EntityTypeName(l.entity->type)),
                 l.entity->name, l.key, int64_t{l.mentions}, NullIfEmpty(r.reason)}));
        RASED_RETURN_IF_ERROR(AddAlias(r.entity_id, l.entity->name));
        for (const std::string& s : l.surfaces) RASED_RETURN_IF_ERROR(AddAlias(r.entity_id, s));
      }
    }
    // Counts: one document per distinct entity, however many local names.
    std::map<int64_t, int> mentions_per_entity;
    for (const LocalEntity& l : locals) mentions_per_entity[entity_of[l.index]] += l.mentions;
    for (auto [entity, mentions] : mentions_per_entity) {
      RASED_RETURN_IF_ERROR(db_->Query("UPDATE entities SET doc_count = doc_count + 1, "
                                       "mention_count = mention_count + ? WHERE id = ?",
                                       {int64_t{mentions}, entity})
                                .status());
      cache_.CountDocument(entity);
    }

    auto local_ref = [&](int32_t index) -> SqlValue {
      if (index < 0 || index >= static_cast<int32_t>(doc_entity_of.size())) return std::monostate{};
      return doc_entity_of[index];
    };
    auto cp = [&](uint32_t byte) { return static_cast<int64_t>(doc.CodePointOffset(byte)); };

    RowBatch mentions(
        *db_, "INSERT INTO mentions(doc_id, doc_entity_id, start_cp, end_cp, text, source)", 6);
    for (const Mention& m : doc.mentions) {
      if (m.entity < 0) continue;
      RASED_RETURN_IF_ERROR(
          mentions.Add({doc_id, local_ref(m.entity), cp(m.span.begin), cp(m.span.end),
                        std::string(doc.Slice(m.span)), std::string(MentionSourceName(m.source))}));
    }
    RASED_RETURN_IF_ERROR(mentions.Flush());
    RowBatch roles(*db_,
                   "INSERT INTO roles(doc_id, person, organization, title, start_cp, end_cp, "
                   "evidence)",
                   7);
    for (const Role& r : doc.roles) {
      if (r.person < 0) continue;
      RASED_RETURN_IF_ERROR(roles.Add({doc_id, local_ref(r.person), local_ref(r.organization),
                                       r.title, cp(r.evidence.begin), cp(r.evidence.end),
                                       std::string(doc.Slice(r.evidence))}));
    }
    RASED_RETURN_IF_ERROR(roles.Flush());
    RowBatch dates(
        *db_, "INSERT INTO dates(doc_id, text, start_cp, end_cp, value, end_value, precision)", 7);
    for (const DateExpr& d : doc.dates) {
      RASED_RETURN_IF_ERROR(
          dates.Add({doc_id, std::string(doc.Slice(d.span)), cp(d.span.begin), cp(d.span.end),
                     NullIfEmpty(d.value), NullIfEmpty(d.end_value),
                     std::string(DatePrecisionName(d.precision))}));
    }
    RASED_RETURN_IF_ERROR(dates.Flush());
    RowBatch relation_args(*db_,
                           "INSERT INTO relation_args(relation_id, role, doc_entity_id, text)", 4);
    for (const Relation& r : doc.relations) {
      SqlValue date_value, date_end, date_precision, date_text;
      if (r.date >= 0 && r.date < static_cast<int32_t>(doc.dates.size())) {
        const DateExpr& d = doc.dates[r.date];
        date_value = NullIfEmpty(d.value);
        date_end = NullIfEmpty(d.end_value);
        date_precision = std::string(DatePrecisionName(d.precision));
        date_text = std::string(doc.Slice(d.span));
      }
      RASED_ASSIGN_OR_RETURN(
          int64_t relation_id,
          db_->Insert(
              Returning("INSERT INTO relations(doc_id, type, date_value, date_end, "
                        "date_precision, date_text, place, attribution, attribution_text, "
                        "modality, confidence, start_cp, end_cp, evidence) VALUES (?, ?, "
                        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {doc_id, r.type, date_value, date_end, date_precision, date_text, local_ref(r.place),
               local_ref(r.attribution), NullIfEmpty(r.attribution_text),
               std::string(ModalityName(r.modality)), static_cast<double>(r.confidence),
               cp(r.evidence.begin), cp(r.evidence.end), std::string(doc.Slice(r.evidence))}));
      for (const RelationArg& a : r.args) {
        if (a.entities.empty()) {
          RASED_RETURN_IF_ERROR(relation_args.Add({relation_id, a.role, SqlValue{}, a.text}));
        }
        for (int32_t e : a.entities) {
          RASED_RETURN_IF_ERROR(relation_args.Add({relation_id, a.role, local_ref(e), SqlValue{}}));
        }
      }
    }
    RASED_RETURN_IF_ERROR(relation_args.Flush());
    RowBatch quantities(*db_,
                        "INSERT INTO quantities(doc_id, about, unit, rate, low, high, approximate, "
                        "subject, attribution, attribution_text, start_cp, end_cp, evidence)",
                        13);
    for (const Quantity& q : doc.quantities) {
      RASED_RETURN_IF_ERROR(quantities.Add(
          {doc_id, q.about, q.unit, NullIfEmpty(q.rate), q.low, q.high, int64_t{q.approximate},
           local_ref(q.subject), local_ref(q.attribution), NullIfEmpty(q.attribution_text),
           cp(q.span.begin), cp(q.span.end), std::string(doc.Slice(q.span))}));
    }
    RASED_RETURN_IF_ERROR(quantities.Flush());
    ++stats.documents_stored;
    return Status::OK();
  }

  Status DeleteDocument(int64_t doc_id) {
    cache_.Clear();  // counts fall and entities may go
    auto pending = std::find_if(pending_text_.begin(), pending_text_.end(),
                                [&](const PendingText& p) { return p.doc_id == doc_id; });
    if (pending != pending_text_.end()) {
      pending_text_.erase(pending);  // stored earlier in this batch, not indexed yet
    } else {
      RASED_ASSIGN_OR_RETURN(
          auto rows, db_->Query("SELECT title, text FROM documents WHERE id = ?", {doc_id}));
      if (!rows.empty()) {
        RASED_RETURN_IF_ERROR(IndexText(doc_id, AsText(rows[0][0]), AsText(rows[0][1]), true));
      }
    }
    RASED_ASSIGN_OR_RETURN(auto per_entity,
                           db_->Query("SELECT entity_id, SUM(mention_count) FROM doc_entities "
                                      "WHERE doc_id = ? GROUP BY entity_id",
                                      {doc_id}));
    for (const SqlRow& row : per_entity) {
      RASED_RETURN_IF_ERROR(db_->Query("UPDATE entities SET doc_count = doc_count - 1, "
                                       "mention_count = mention_count - ? WHERE id = ?",
                                       {AsInt(row[1]), AsInt(row[0])})
                                .status());
    }
    // Entities no stored document names any more go; corrections naming them
    // stay and apply if they come back.
    for (const SqlRow& row : per_entity) {
      RASED_ASSIGN_OR_RETURN(
          auto left, db_->Query("SELECT doc_count FROM entities WHERE id = ?", {AsInt(row[0])}));
      if (!left.empty() && AsInt(left[0][0]) <= 0) RASED_RETURN_IF_ERROR(DropEntity(AsInt(row[0])));
    }
    for (const char* sql :
         {"DELETE FROM relation_args WHERE relation_id IN (SELECT id FROM relations WHERE "
          "doc_id = ?)",
          "DELETE FROM relations WHERE doc_id = ?", "DELETE FROM quantities WHERE doc_id = ?",
          "DELETE FROM dates WHERE doc_id = ?", "DELETE FROM roles WHERE doc_id = ?",
          "DELETE FROM mentions WHERE doc_id = ?", "DELETE FROM doc_entities WHERE doc_id = ?",
          "UPDATE documents SET near_dup_of = NULL WHERE near_dup_of = ?",
          "DELETE FROM documents WHERE id = ?"}) {
      RASED_RETURN_IF_ERROR(db_->Query(sql, {doc_id}).status());
    }
    return Status::OK();
  }

  // Indexes the batch's documents, one after the other just before the
  // commit. FTS5 (3.40) writes its pending index to disk at every statement
  // savepoint, and many of the statements that store a document open one:
  // indexed as it was stored, each document became an index segment of its
  // own, to be merged again and again. Together, a batch is one segment.
  Status IndexPendingText() {
    for (const PendingText& p : pending_text_) {
      RASED_RETURN_IF_ERROR(
          IndexText(p.doc_id, p.doc->title, p.doc->text, /*remove=*/false, p.keys.get()));
    }
    pending_text_.clear();
    return Status::OK();
  }

  // `keys`, when given, are the analysed keys of `text`.
  Status IndexText(int64_t doc_id, const std::string& title, const std::string& text, bool remove,
                   const SearchKeyList* keys = nullptr) {
    if (db_->dialect() == Dialect::kSqlite) {
      // External-content FTS5: a delete must repeat the indexed values.
      if (remove) {
        return db_
            ->Query(
                "INSERT INTO docs_fts(docs_fts, rowid, title, text) "
                "VALUES ('delete', ?, ?, ?)",
                {doc_id, title, text})
            .status();
      }
      std::optional<ScopedKeyReplay> replay;
      if (keys != nullptr) replay.emplace(*keys);
      return db_
          ->Query("INSERT INTO docs_fts(rowid, title, text) VALUES (?, ?, ?)",
                  {doc_id, title, text})
          .status();
    }
    if (remove) return Status::OK();  // the row and its tsvector go together
    return db_
        ->Query("UPDATE documents SET search_keys = to_tsvector('simple', ?) WHERE id = ?",
                {SearchKeys(title + "\n" + text), doc_id})
        .status();
  }

  std::string Returning(const std::string& sql) const {
    return db_->dialect() == Dialect::kPostgres ? sql + " RETURNING id" : sql;
  }

  // --------------------------------------------------------------- resolving

  Status LoadCorrections() {
    if (corrections_loaded_) return Status::OK();
    redirect_.clear();
    split_.clear();
    RASED_ASSIGN_OR_RETURN(auto rows, db_->Query("SELECT kind, keep_uid, other_uid FROM "
                                                 "corrections ORDER BY id"));
    for (const SqlRow& row : rows) {
      if (AsText(row[0]) == "merge") redirect_[AsText(row[2])] = AsText(row[1]);
      if (AsText(row[0]) == "split") split_.insert(AsText(row[1]));
    }
    corrections_loaded_ = true;
    return Status::OK();
  }

  std::string Redirect(std::string uid) const {
    for (int hops = 0; hops < 16; ++hops) {
      auto it = redirect_.find(uid);
      if (it == redirect_.end()) break;
      uid = it->second;
    }
    return uid;
  }

  StatusOr<Resolved> Resolve(const LocalEntity& l, const std::set<int64_t>& context) {
    const Entity& e = *l.entity;
    const std::string type(EntityTypeName(e.type));
    if (!e.kb_id.empty()) {
      const std::string uid = Redirect(e.kb_id);
      RASED_ASSIGN_OR_RETURN(int64_t id,
                             GetOrCreateEntity(uid, type, e.name, e.name_latin, e.kb_id));
      std::string reason = "knowledge base id " + e.kb_id;
      if (uid != e.kb_id) reason += ", merged by an analyst into " + uid;
      return Resolved{id, reason};
    }
    // 1. The same normalised name (an alias already seen, in either
    //    document): the entity of this type in most documents; of equals,
    //    the first named so.
    RASED_ASSIGN_OR_RETURN(const std::vector<int64_t>* named, EntitiesNamed(l.key));
    int64_t best = 0;
    const WriterCache::Entity* best_info = nullptr;
    for (int64_t id : *named) {
      const WriterCache::Entity& info = cache_.entities.at(id);
      if (info.type != type) continue;
      if (best_info == nullptr || info.doc_count > best_info->doc_count) {
        best = id;
        best_info = &info;
      }
    }
    if (best_info != nullptr) {
      const std::string uid = Redirect(best_info->uid);
      if (uid != best_info->uid) {
        RASED_ASSIGN_OR_RETURN(best, FindEntityId(uid));
      }
      return Resolved{best, "same normalised name as an earlier mention"};
    }
    // 2. An organisation named without its country ("وزارة الدفاع") in a
    //    document about exactly one country whose organisation of that name
    //    is known ("وزارة الدفاع الروسية").
    RASED_ASSIGN_OR_RETURN(auto completed, CompleteWithCountry(l, type, context));
    if (completed.entity_id) return completed;
    // 3. A spelling variant: skeletons within one edit, names compatible, and
    //    context that agrees.
    RASED_ASSIGN_OR_RETURN(auto variant, FindVariant(l, type, context));
    if (variant.entity_id) return variant;
    // 4. A new entity.
    const std::string uid = Redirect("x-" + Hex64(Fnv1a64(type + "\t" + l.key)));
    RASED_ASSIGN_OR_RETURN(int64_t id, GetOrCreateEntity(uid, type, e.name, e.name_latin, ""));
    return Resolved{id, ""};
  }

  StatusOr<Resolved> CompleteWithCountry(const LocalEntity& l, const std::string& type,
                                         const std::set<int64_t>& context) {
    if (type != "ORGANIZATION" || options_.kb == nullptr || l.key.find(' ') == std::string::npos) {
      return Resolved{};
    }
    // Names that continue this one: "وزارة الدفاع" + " …". SQLite compares
    // keys bytewise, so the prefix is an index range; PostgreSQL's collation
    // may not order that way, so it matches with LIKE.
    const bool sqlite = db_->dialect() == Dialect::kSqlite;
    RASED_ASSIGN_OR_RETURN(
        auto rows,
        db_->Query(std::string("SELECT DISTINCT e.id, e.kb_id, e.name FROM aliases a CROSS JOIN "
                               "entities e WHERE e.id = a.entity_id AND ") +
                       (sqlite ? "a.alias_key >= ? AND a.alias_key < ?"
                               : "a.alias_key LIKE ? AND a.alias_key <> ?") +
                       " AND e.type = ? AND e.kb_id IS NOT NULL LIMIT 50",
                   {sqlite ? l.key + " " : l.key + " %", sqlite ? l.key + "!" : l.key, type}));
    Resolved found;
    int matches = 0;
    for (const SqlRow& row : rows) {
      auto facts = LookupKbFacts(options_.kb, AsText(row[1]));
      if (!facts || facts->country.empty()) continue;
      RASED_ASSIGN_OR_RETURN(auto country, db_->Query("SELECT id, name FROM entities WHERE uid = ?",
                                                      {facts->country}));
      if (country.empty() || !context.count(AsInt(country[0][0]))) continue;
      ++matches;
      found = Resolved{AsInt(row[0]), "«" + AsText(row[2]) +
                                          "»: the same name without its "
                                          "country, in a document about " +
                                          AsText(country[0][1])};
    }
    return matches == 1 ? found : Resolved{};
  }

  StatusOr<Resolved> FindVariant(const LocalEntity& l, const std::string& type,
                                 const std::set<int64_t>& context) {
    const std::string skeleton = Skeleton(l.entity->name);
    if (utf8::CountCodePoints(skeleton) < 3) return Resolved{};
    std::set<int64_t> candidates;
    for (const std::string& k : SkeletonDeletionKeys(skeleton)) {
      // CROSS JOIN keeps SQLite on the skeleton key's index; with a plain
      // join it may walk every entity of the type instead.
      RASED_ASSIGN_OR_RETURN(auto rows,
                             db_->Query("SELECT s.entity_id FROM skeleton_keys s CROSS JOIN "
                                        "entities e WHERE e.id = s.entity_id AND s.key = ? AND "
                                        "e.type = ? LIMIT 20",
                                        {k, type}));
      for (const SqlRow& row : rows) candidates.insert(AsInt(row[0]));
    }
    const std::vector<std::string_view> words = Words(l.key);
    Resolved best;
    int best_score = 0;
    for (int64_t candidate : candidates) {
      RASED_ASSIGN_OR_RETURN(auto aliases, db_->Query("SELECT alias, alias_key, skeleton FROM "
                                                      "aliases WHERE entity_id = ?",
                                                      {candidate}));
      RASED_ASSIGN_OR_RETURN(std::string uid, UidOf(candidate));
      if (split_.count(uid)) continue;  // an analyst said: exact names only
      // Context: entities seen with both, and shared words of their titles;
      // the same for every alias of the candidate, so looked up once.
      std::optional<std::pair<std::vector<std::string>, std::vector<std::string>>> shared;
      for (const SqlRow& a : aliases) {
        const std::string alias_key = AsText(a[1]);
        const std::string alias_skeleton = AsText(a[2]);
        if (alias_skeleton.empty() || EditDistance(alias_skeleton, skeleton, 1) > 1) continue;
        const std::vector<std::string_view> alias_words = Words(alias_key);
        // Two full names with different given names are different people
        // (بشار الأسد / حافظ الأسد), however alike the rest.
        const bool both_full = words.size() >= 2 && alias_words.size() >= 2;
        if (type == "PERSON" && both_full && words.front() != alias_words.front()) continue;
        if (!WordsAreVariants(words, alias_words, type == "PERSON")) continue;
        if (!shared) {
          shared.emplace();
          RASED_ASSIGN_OR_RETURN(auto neighbours, Neighbours(candidate));
          for (int64_t n : context) {
            if (neighbours.count(n)) {
              RASED_ASSIGN_OR_RETURN(EntityRef ref, EntityRefById(n));
              shared->first.push_back(ref.name);
            }
          }
          RASED_ASSIGN_OR_RETURN(auto titles, TitleWords(candidate));
          for (const std::string& w : l.title_words) {
            if (titles.count(w)) shared->second.push_back(w);
          }
        }
        const std::vector<std::string>& shared_names = shared->first;
        const std::vector<std::string>& shared_titles = shared->second;
        const int score = static_cast<int>(shared_names.size()) +
                          2 * static_cast<int>(shared_titles.size()) +
                          (both_full && words.front() == alias_words.front() ? 2 : 0);
        // Identical skeletons need one piece of agreeing context; one edit
        // apart needs more.
        const int needed = alias_skeleton == skeleton ? 1 : 3;
        if (shared_names.empty() && shared_titles.empty()) continue;
        if (score < needed || score <= best_score) continue;
        best_score = score;
        std::string reason = "spelling variant of «" + AsText(a[0]) + "» (consonant skeleton " +
                             (alias_skeleton == skeleton ? "identical" : "one letter apart");
        if (both_full) reason += "; same given name «" + std::string(words.front()) + "»";
        if (!shared_titles.empty()) {
          reason += "; shared title words:";
          for (const auto& w : shared_titles) reason += " " + w;
        }
        if (!shared_names.empty()) {
          reason += "; seen with the same entities:";
          for (size_t k = 0; k < shared_names.size() && k < 4; ++k) reason += " " + shared_names[k];
        }
        reason += ")";
        RASED_ASSIGN_OR_RETURN(int64_t target, FindEntityId(Redirect(uid)));
        best = Resolved{target, reason};
      }
    }
    return best;
  }

  StatusOr<std::unordered_set<int64_t>> Neighbours(int64_t entity) {
    RASED_ASSIGN_OR_RETURN(
        auto rows, db_->Query("SELECT DISTINCT b.entity_id FROM doc_entities a JOIN doc_entities b "
                              "ON b.doc_id = a.doc_id WHERE a.entity_id = ? AND b.entity_id <> ? "
                              "LIMIT 2000",
                              {entity, entity}));
    std::unordered_set<int64_t> out;
    for (const SqlRow& row : rows) out.insert(AsInt(row[0]));
    return out;
  }

  StatusOr<std::set<std::string>> TitleWords(int64_t entity) {
    RASED_ASSIGN_OR_RETURN(auto rows,
                           db_->Query("SELECT r.title FROM roles r JOIN doc_entities p ON "
                                      "p.id = r.person WHERE p.entity_id = ? LIMIT 200",
                                      {entity}));
    std::set<std::string> out;
    for (const SqlRow& row : rows) {
      const std::string title_key = text::MatchKey(AsText(row[0]));  // Words() views into it
      for (std::string_view w : Words(title_key)) {
        if (utf8::CountCodePoints(w) >= 3) out.insert(std::string(w));
      }
    }
    return out;
  }

  StatusOr<int64_t> GetOrCreateEntity(const std::string& uid, const std::string& type,
                                      const std::string& name, const std::string& name_latin,
                                      const std::string& kb_id) {
    if (auto it = cache_.id_by_uid.find(uid); it != cache_.id_by_uid.end()) return it->second;
    RASED_ASSIGN_OR_RETURN(int64_t id, CreateEntity(uid, type, name, name_latin, kb_id));
    cache_.id_by_uid.emplace(uid, id);
    return id;
  }

  StatusOr<int64_t> CreateEntity(const std::string& uid, const std::string& type,
                                 const std::string& name, const std::string& name_latin,
                                 const std::string& kb_id) {
    RASED_ASSIGN_OR_RETURN(auto rows, db_->Query("SELECT id FROM entities WHERE uid = ?", {uid}));
    if (!rows.empty()) return AsInt(rows[0][0]);
    std::optional<KbFacts> facts;
    if (!kb_id.empty()) facts = LookupKbFacts(options_.kb, kb_id);
    SqlValue lat, lon;
    if (facts && facts->lat && facts->lon) {
      lat = *facts->lat;
      lon = *facts->lon;
    }
    const std::string canonical = facts && !facts->name_ar.empty() ? facts->name_ar : name;
    const std::string latin = facts && !facts->name_en.empty() ? facts->name_en : name_latin;
    // ON CONFLICT: another PostgreSQL worker may create the same entity
    // concurrently; its row is then the one to use.
    const std::string insert =
        "INSERT INTO entities(uid, type, name, name_latin, kb_id, description, lat, lon) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING";
    RASED_ASSIGN_OR_RETURN(
        int64_t id, db_->Insert(Returning(insert),
                                {uid, type, canonical, NullIfEmpty(latin), NullIfEmpty(kb_id),
                                 facts ? NullIfEmpty(facts->description) : SqlValue{}, lat, lon}));
    if (id == 0) {
      RASED_ASSIGN_OR_RETURN(rows, db_->Query("SELECT id FROM entities WHERE uid = ?", {uid}));
      if (rows.empty()) return Status::Internal("entity " + uid + " vanished");
      return AsInt(rows[0][0]);
    }
    cache_.created.insert(id);
    RASED_RETURN_IF_ERROR(AddAlias(id, canonical));
    if (!latin.empty()) RASED_RETURN_IF_ERROR(AddAlias(id, latin));
    if (facts) {
      for (const std::string& alias : facts->aliases) RASED_RETURN_IF_ERROR(AddAlias(id, alias));
    }
    return id;
  }

  Status AddAlias(int64_t entity, const std::string& alias) {
    if (alias.empty()) return Status::OK();
    std::string known = std::to_string(entity);
    known.push_back('\t');
    known.append(alias);
    if (cache_.aliases.count(known)) return Status::OK();
    const std::string key = NameKey(alias);
    if (key.empty()) return Status::OK();
    const char* insert_alias =
        db_->dialect() == Dialect::kSqlite
            ? "INSERT OR IGNORE INTO aliases(entity_id, alias, alias_key, skeleton) "
              "VALUES (?, ?, ?, ?)"
            : "INSERT INTO aliases(entity_id, alias, alias_key, skeleton) VALUES (?, ?, ?, ?) "
              "ON CONFLICT DO NOTHING";
    // An entity created since the cache was last dropped has exactly the
    // aliases the cache lists.
    if (!cache_.created.count(entity)) {
      RASED_ASSIGN_OR_RETURN(auto existing, db_->Query("SELECT 1 FROM aliases WHERE entity_id = ? "
                                                       "AND alias = ?",
                                                       {entity, alias}));
      if (!existing.empty()) {
        cache_.aliases.insert(std::move(known));
        return Status::OK();
      }
    }
    cache_.aliases.insert(std::move(known));
    const std::string skeleton = Skeleton(alias);
    RASED_RETURN_IF_ERROR(
        db_->Query(insert_alias, {entity, alias, key, NullIfEmpty(skeleton)}).status());
    cache_.named.erase(key);  // one more entity answers to this key
    if (utf8::CountCodePoints(skeleton) < 3) return Status::OK();
    // All keys in one statement (a name has about eight).
    const std::vector<std::string> keys = SkeletonDeletionKeys(skeleton);
    std::string insert_keys = db_->dialect() == Dialect::kSqlite
                                  ? "INSERT OR IGNORE INTO skeleton_keys(key, entity_id) VALUES "
                                  : "INSERT INTO skeleton_keys(key, entity_id) VALUES ";
    Params params;
    params.reserve(2 * keys.size());
    for (const std::string& k : keys) {
      insert_keys += params.empty() ? "(?, ?)" : ", (?, ?)";
      params.push_back(k);
      params.push_back(entity);
    }
    if (db_->dialect() == Dialect::kPostgres) insert_keys += " ON CONFLICT DO NOTHING";
    return db_->Query(insert_keys, params).status();
  }

  // The trigram index of aliases (SQLite) follows the aliases table by hand:
  // aliases up to aliases_indexed_ are in it; a transaction's new aliases
  // are added just before it commits (added one by one, FTS5 would write an
  // index segment at every statement savepoint, as for documents).
  Status BeginAliasIndex() {
    if (db_->dialect() != Dialect::kSqlite) return Status::OK();
    RASED_ASSIGN_OR_RETURN(auto rows, db_->Query("SELECT COALESCE(MAX(id), 0) FROM aliases"));
    aliases_indexed_ = AsInt(rows[0][0]);
    return Status::OK();
  }

  Status IndexNewAliases() {
    if (db_->dialect() != Dialect::kSqlite) return Status::OK();
    return db_
        ->Query(
            "INSERT INTO aliases_grams(rowid, alias_key, alias) "
            "SELECT id, alias_key, alias FROM aliases WHERE id > ?",
            {aliases_indexed_})
        .status();
  }

  // Deletes the aliases `where` selects, and their trigram entries.
  Status DeleteAliases(const std::string& where, Params params) {
    if (db_->dialect() == Dialect::kSqlite) {
      Params indexed = params;
      indexed.push_back(aliases_indexed_);
      RASED_RETURN_IF_ERROR(
          db_->Query("INSERT INTO aliases_grams(aliases_grams, rowid, alias_key, alias) "
                     "SELECT 'delete', id, alias_key, alias FROM aliases WHERE " +
                         where + " AND id <= ?",
                     indexed)
              .status());
    }
    return db_->Query("DELETE FROM aliases WHERE " + where, params).status();
  }

  Status DropEntity(int64_t id) {
    RASED_RETURN_IF_ERROR(DeleteAliases("entity_id = ?", {id}));
    for (const char* sql :
         {"DELETE FROM skeleton_keys WHERE entity_id = ?", "DELETE FROM entities WHERE id = ?"}) {
      RASED_RETURN_IF_ERROR(db_->Query(sql, {id}).status());
    }
    return Status::OK();
  }

  // Moves every name and fact of `from` to `to` and removes `from`.
  Status MoveEntity(int64_t from, int64_t to, const std::string& reason) {
    RASED_RETURN_IF_ERROR(db_->Query("UPDATE doc_entities SET entity_id = ?, reason = "
                                     "COALESCE(reason || '; ', '') || ? WHERE entity_id = ?",
                                     {to, reason, from})
                              .status());
    RASED_ASSIGN_OR_RETURN(auto aliases,
                           db_->Query("SELECT alias FROM aliases WHERE entity_id = ?", {from}));
    for (const SqlRow& a : aliases) RASED_RETURN_IF_ERROR(AddAlias(to, AsText(a[0])));
    RASED_RETURN_IF_ERROR(DropEntity(from));
    return RecountEntity(to);
  }

  Status RecountEntity(int64_t id) {
    return db_
        ->Query(
            "UPDATE entities SET doc_count = (SELECT COUNT(DISTINCT doc_id) FROM doc_entities "
            "WHERE entity_id = ?), mention_count = (SELECT COALESCE(SUM(mention_count), 0) "
            "FROM doc_entities WHERE entity_id = ?) WHERE id = ?",
            {id, id, id})
        .status();
  }

  // ----------------------------------------------------------------- queries

  StatusOr<int64_t> FindEntityId(const std::string& id_or_name) {
    RASED_ASSIGN_OR_RETURN(auto rows,
                           db_->Query("SELECT id FROM entities WHERE uid = ?", {id_or_name}));
    if (!rows.empty()) return AsInt(rows[0][0]);
    RASED_ASSIGN_OR_RETURN(rows, db_->Query("SELECT e.id FROM aliases a JOIN entities e ON "
                                            "e.id = a.entity_id WHERE a.alias_key = ? AND "
                                            "e.doc_count > 0 ORDER BY e.doc_count DESC LIMIT 1",
                                            {NameKey(id_or_name)}));
    if (!rows.empty()) return AsInt(rows[0][0]);
    const std::string skeleton = Skeleton(id_or_name);
    if (utf8::CountCodePoints(skeleton) >= 3) {
      RASED_ASSIGN_OR_RETURN(rows, db_->Query("SELECT e.id FROM skeleton_keys s JOIN entities e ON "
                                              "e.id = s.entity_id WHERE s.key = ? AND "
                                              "e.doc_count > 0 ORDER BY e.doc_count DESC LIMIT 1",
                                              {skeleton}));
      if (!rows.empty()) return AsInt(rows[0][0]);
    }
    return Status::NotFound("no entity «" + id_or_name + "»");
  }

  StatusOr<std::string> UidOf(int64_t id) {
    RASED_ASSIGN_OR_RETURN(auto rows, db_->Query("SELECT uid FROM entities WHERE id = ?", {id}));
    if (rows.empty()) return Status::NotFound("no entity #" + std::to_string(id));
    return AsText(rows[0][0]);
  }

  StatusOr<EntityRef> EntityRefById(int64_t id) {
    RASED_ASSIGN_OR_RETURN(auto rows,
                           db_->Query("SELECT uid, name FROM entities WHERE id = ?", {id}));
    if (rows.empty()) return EntityRef{};
    return EntityRef{AsText(rows[0][0]), AsText(rows[0][1])};
  }

  std::optional<EntityRef> DocEntityRef(int64_t doc_entity) {
    auto rows = db_->Query(
        "SELECT e.uid, e.name FROM doc_entities de JOIN entities e ON "
        "e.id = de.entity_id WHERE de.id = ?",
        {doc_entity});
    if (!rows.ok() || rows->empty()) return std::nullopt;
    return EntityRef{AsText((*rows)[0][0]), AsText((*rows)[0][1])};
  }

  StatusOr<EntitySummary> SummaryFromRow(const SqlRow& row, bool with_mentions) {
    EntitySummary e;
    const int64_t id = AsInt(row[0]);
    e.id = AsText(row[1]);
    e.type = AsText(row[2]);
    e.name = AsText(row[3]);
    e.name_latin = AsText(row[4]);
    e.kb_id = AsText(row[5]);
    e.doc_count = static_cast<int>(AsInt(row[6]));
    e.mention_count = static_cast<int>(AsInt(row[7]));
    if (!IsNull(row[8])) e.lat = AsDouble(row[8]);
    if (!IsNull(row[9])) e.lon = AsDouble(row[9]);
    // Aliases as seen in text (and the KB's, in both scripts), most used first.
    RASED_ASSIGN_OR_RETURN(auto aliases, db_->Query("SELECT alias FROM aliases WHERE entity_id = ? "
                                                    "ORDER BY alias LIMIT 100",
                                                    {id}));
    for (const SqlRow& a : aliases) e.aliases.push_back(AsText(a[0]));
    if (with_mentions) {
      RASED_ASSIGN_OR_RETURN(
          auto mentions, db_->Query("SELECT d.source, m.start_cp, m.end_cp, m.text FROM mentions m "
                                    "JOIN doc_entities de ON de.id = m.doc_entity_id "
                                    "JOIN documents d ON d.id = m.doc_id WHERE de.entity_id = ? "
                                    "ORDER BY d.id, m.start_cp",
                                    {id}));
      for (const SqlRow& m : mentions) {
        e.mentions.push_back({AsText(m[0]), static_cast<uint32_t>(AsInt(m[1])),
                              static_cast<uint32_t>(AsInt(m[2])), AsText(m[3])});
      }
    }
    return e;
  }

  // The relations an entity takes part in, the most recently stored first.
  StatusOr<std::vector<int64_t>> RelationIdsOf(int64_t entity, int limit) {
    RASED_ASSIGN_OR_RETURN(
        auto rows,
        db_->Query("SELECT DISTINCT ra.relation_id FROM relation_args ra JOIN doc_entities de "
                   "ON de.id = ra.doc_entity_id WHERE de.entity_id = ? ORDER BY ra.relation_id "
                   "DESC LIMIT ?",
                   {entity, int64_t{limit}}));
    std::vector<int64_t> ids;
    for (const SqlRow& row : rows) ids.push_back(AsInt(row[0]));
    return ids;
  }

  static std::string DateKey(const RelationView& r) {
    return r.date && !r.date->value.empty() ? r.date->value : std::string("~");
  }

  StatusOr<std::vector<RelationView>> LoadRelations(const std::vector<int64_t>& ids) {
    std::vector<RelationView> out;
    out.reserve(ids.size());
    for (int64_t id : ids) {
      RASED_ASSIGN_OR_RETURN(
          auto rows,
          db_->Query("SELECT r.type, r.date_value, r.date_end, r.date_precision, r.date_text, "
                     "r.place, r.attribution, r.attribution_text, r.modality, r.confidence, "
                     "d.source, d.publisher, d.published, r.start_cp, r.end_cp, r.evidence "
                     "FROM relations r JOIN documents d ON d.id = r.doc_id WHERE r.id = ?",
                     {id}));
      if (rows.empty()) continue;
      const SqlRow& row = rows[0];
      RelationView v;
      v.id = id;
      v.type = AsText(row[0]);
      if (!IsNull(row[3])) {
        v.date = DateValue{AsText(row[1]), AsText(row[2]), AsText(row[3]), AsText(row[4])};
      }
      if (!IsNull(row[5])) v.place = DocEntityRef(AsInt(row[5]));
      if (!IsNull(row[6])) v.attribution = DocEntityRef(AsInt(row[6]));
      v.attribution_text = AsText(row[7]);
      v.modality = AsText(row[8]);
      v.confidence = AsDouble(row[9]);
      v.doc = AsText(row[10]);
      v.publisher = AsText(row[11]);
      v.published = AsText(row[12]);
      v.start = static_cast<uint32_t>(AsInt(row[13]));
      v.end = static_cast<uint32_t>(AsInt(row[14]));
      v.evidence = AsText(row[15]);
      RASED_ASSIGN_OR_RETURN(
          auto args, db_->Query("SELECT ra.role, e.uid, e.name, ra.text FROM relation_args ra "
                                "LEFT JOIN doc_entities de ON de.id = ra.doc_entity_id "
                                "LEFT JOIN entities e ON e.id = de.entity_id "
                                "WHERE ra.relation_id = ?",
                                {id}));
      for (const SqlRow& a : args) {
        const std::string role = AsText(a[0]);
        EntityRef ref =
            IsNull(a[1]) ? EntityRef{"", AsText(a[3])} : EntityRef{AsText(a[1]), AsText(a[2])};
        auto it = std::find_if(v.args.begin(), v.args.end(),
                               [&](const auto& p) { return p.first == role; });
        if (it == v.args.end()) {
          v.args.push_back({role, {std::move(ref)}});
        } else {
          it->second.push_back(std::move(ref));
        }
      }
      out.push_back(std::move(v));
    }
    return out;
  }

  using EdgeKey = std::tuple<int64_t, int64_t, std::string>;

  // Edges between `entity` and the entities it shares a relation with.
  StatusOr<std::map<EdgeKey, NetworkEdge>> EdgesOf(int64_t entity) {
    RASED_ASSIGN_OR_RETURN(
        auto rows,
        db_->Query("SELECT r.id, r.type, r.date_value, ra.role, de.entity_id FROM relations r "
                   "JOIN relation_args ra ON ra.relation_id = r.id "
                   "JOIN doc_entities de ON de.id = ra.doc_entity_id "
                   "WHERE r.id IN (SELECT ra2.relation_id FROM relation_args ra2 "
                   "JOIN doc_entities de2 ON de2.id = ra2.doc_entity_id WHERE de2.entity_id = ?) "
                   "ORDER BY r.id LIMIT 20000",
                   {entity}));
    std::map<EdgeKey, NetworkEdge> edges;
    auto flush = [&](int64_t rel, const std::string& type, const std::string& date,
                     const std::vector<std::pair<std::string, int64_t>>& args) {
      std::vector<int64_t> sources, targets, symmetric;
      for (const auto& [role, e] : args) {
        if (IsSymmetricRole(role))
          symmetric.push_back(e);
        else if (IsSourceRole(role))
          sources.push_back(e);
        else
          targets.push_back(e);
      }
      std::vector<std::pair<int64_t, int64_t>> pairs;
      for (size_t i = 0; i < symmetric.size(); ++i) {
        for (size_t j = i + 1; j < symmetric.size(); ++j)
          pairs.push_back({symmetric[i], symmetric[j]});
        for (int64_t t : targets) pairs.push_back({symmetric[i], t});
      }
      for (int64_t s : sources) {
        for (int64_t t : targets) pairs.push_back({s, t});
        for (int64_t t : symmetric) pairs.push_back({s, t});
      }
      for (auto [a, b] : pairs) {
        if (a == b || (a != entity && b != entity)) continue;
        NetworkEdge& edge = edges[{a, b, type}];
        edge.source = std::to_string(a);
        edge.target = std::to_string(b);
        edge.type = type;
        ++edge.count;
        edge.relation_ids.push_back(rel);
        if (!date.empty()) {
          if (edge.first_date.empty() || date < edge.first_date) edge.first_date = date;
          if (date > edge.last_date) edge.last_date = date;
        }
      }
    };
    int64_t current = -1;
    std::string type, date;
    std::vector<std::pair<std::string, int64_t>> args;
    for (const SqlRow& row : rows) {
      if (AsInt(row[0]) != current) {
        if (current >= 0) flush(current, type, date, args);
        current = AsInt(row[0]);
        type = AsText(row[1]);
        date = AsText(row[2]);
        args.clear();
      }
      args.push_back({AsText(row[3]), AsInt(row[4])});
    }
    if (current >= 0) flush(current, type, date, args);
    return edges;
  }

  StatusOr<Network> BuildNetwork(const std::unordered_set<int64_t>& nodes,
                                 const std::map<EdgeKey, NetworkEdge>& edges) {
    Network net;
    std::unordered_map<int64_t, std::string> uid_of;
    for (int64_t id : nodes) {
      RASED_ASSIGN_OR_RETURN(auto rows,
                             db_->Query("SELECT id, uid, type, name, name_latin, kb_id, doc_count, "
                                        "mention_count, lat, lon FROM entities WHERE id = ?",
                                        {id}));
      if (rows.empty()) continue;
      RASED_ASSIGN_OR_RETURN(EntitySummary s, SummaryFromRow(rows[0], false));
      uid_of[id] = s.id;
      net.nodes.push_back(std::move(s));
    }
    std::sort(net.nodes.begin(), net.nodes.end(),
              [](const EntitySummary& a, const EntitySummary& b) { return a.id < b.id; });
    for (const auto& [key, edge] : edges) {
      auto a = uid_of.find(std::get<0>(key)), b = uid_of.find(std::get<1>(key));
      if (a == uid_of.end() || b == uid_of.end()) continue;
      NetworkEdge e = edge;
      e.source = a->second;
      e.target = b->second;
      net.edges.push_back(std::move(e));
    }
    return net;
  }

  StatusOr<std::vector<SearchHit>> SearchDocuments(const std::string& query, int limit) {
    std::vector<SearchHit> hits;
    // Every word of the query must occur (as a key or clitic-stripped key).
    std::string match;
    ForEachSearchKey(query, [&](std::string_view key, size_t, size_t, bool colocated) {
      if (colocated) return;
      if (!match.empty()) match += db_->dialect() == Dialect::kSqlite ? " AND " : " & ";
      if (db_->dialect() == Dialect::kSqlite) {
        match += "\"" + std::string(key) + "\"";
      } else {
        match += std::string(key);
      }
    });
    if (match.empty()) return hits;
    std::vector<SqlRow> rows;
    if (db_->dialect() == Dialect::kSqlite) {
      // Rank first, then build snippets for the top hits only: a snippet
      // re-reads its document, and a common word matches thousands.
      RASED_ASSIGN_OR_RETURN(
          rows, db_->Query("SELECT d.source, d.title, snippet(docs_fts, 1, '[[', ']]', '…', 16), "
                           "top.score FROM (SELECT rowid, bm25(docs_fts) AS score FROM docs_fts "
                           "WHERE docs_fts MATCH ? ORDER BY score LIMIT ?) AS top "
                           "JOIN docs_fts ON docs_fts.rowid = top.rowid "
                           "JOIN documents d ON d.id = top.rowid "
                           "WHERE docs_fts MATCH ? ORDER BY top.score",
                           {match, int64_t{limit}, match}));
    } else {
      RASED_ASSIGN_OR_RETURN(
          rows, db_->Query("SELECT source, title, substr(text, 1, 240), "
                           "-ts_rank(search_keys, to_tsquery('simple', ?)) FROM documents "
                           "WHERE search_keys @@ to_tsquery('simple', ?) "
                           "ORDER BY 4 LIMIT ?",
                           {match, match, int64_t{limit}}));
    }
    for (const SqlRow& row : rows) {
      SearchHit hit;
      hit.kind = "document";
      hit.id = AsText(row[0]);
      hit.title = AsText(row[1]);
      hit.snippet = AsText(row[2]);
      hit.score = -AsDouble(row[3]);
      hits.push_back(std::move(hit));
    }
    return hits;
  }

  StatusOr<std::vector<Conflict>> ModalityConflicts() {
    // Relations with the same type and arguments, denied by one source and
    // asserted or reported by another.
    RASED_ASSIGN_OR_RETURN(
        auto rows,
        db_->Query("SELECT r.id, r.type, r.modality, de.entity_id FROM relations r "
                   "JOIN relation_args ra ON ra.relation_id = r.id "
                   "JOIN doc_entities de ON de.id = ra.doc_entity_id "
                   "WHERE r.id IN (SELECT r2.id FROM relations r2 JOIN relations r3 ON "
                   "r3.type = r2.type AND r3.modality = 'denied' AND r2.modality <> 'denied') "
                   "OR r.modality = 'denied' ORDER BY r.id LIMIT 50000"));
    std::map<int64_t, std::pair<std::string, std::set<int64_t>>> args;
    std::map<int64_t, std::string> modality;
    for (const SqlRow& row : rows) {
      auto& a = args[AsInt(row[0])];
      a.first = AsText(row[1]);
      a.second.insert(AsInt(row[3]));
      modality[AsInt(row[0])] = AsText(row[2]);
    }
    std::map<std::pair<std::string, std::set<int64_t>>, std::vector<int64_t>> groups;
    for (const auto& [id, key] : args) {
      if (key.second.size() >= 2) groups[key].push_back(id);
    }
    std::vector<Conflict> out;
    for (const auto& [key, ids] : groups) {
      bool denied = false, affirmed = false;
      for (int64_t id : ids) (modality[id] == "denied" ? denied : affirmed) = true;
      if (!denied || !affirmed) continue;
      RASED_ASSIGN_OR_RETURN(auto views, LoadRelations(ids));
      Conflict c;
      c.kind = "modality";
      c.about = key.first;
      for (const auto& [role, refs] : views.front().args) {
        for (const auto& r : refs) c.about += " " + r.name;
      }
      for (const RelationView& v : views) {
        Claim claim;
        claim.value = v.modality;
        claim.doc = v.doc;
        claim.publisher = v.publisher;
        claim.published = v.published;
        claim.source = v.attribution;
        claim.source_text = v.attribution_text;
        claim.evidence = v.evidence;
        claim.start = v.start;
        claim.end = v.end;
        c.claims.push_back(std::move(claim));
      }
      out.push_back(std::move(c));
    }
    return out;
  }

  static StatusOr<UnitClasses> LoadUnitClasses(const std::string& path) {
    RASED_ASSIGN_OR_RETURN(auto rows, ReadTsv(path));
    UnitClasses classes;
    for (const TsvRow& row : rows) {
      if (row.fields.size() < 2) {
        return Status::DataLoss(path + ":" + std::to_string(row.line) + ": expected 2 columns");
      }
      for (const std::string& w : SplitList(row.fields[1])) {
        classes[text::MatchKey(w)] = row.fields[0];
      }
    }
    return classes;
  }

  // What this connection knows the database holds, so that storing a
  // document does not ask again: entity ids by uid, stored (entity, alias)
  // pairs, and the entities each alias key names, with their type and
  // document count (kept up to date with every count this connection writes).
  // Exact, not a guess: it is kept only while this connection is the only
  // writer (ValidateWriterCache) and dropped when a transaction fails or a
  // document is replaced, entities are merged or split.
  struct WriterCache {
    struct Entity {
      std::string uid, type;
      int64_t doc_count = 0;
    };
    std::unordered_map<std::string, int64_t> id_by_uid;
    std::unordered_set<std::string> aliases;                      // "<entity id>\t<alias>" stored
    std::unordered_map<std::string, std::vector<int64_t>> named;  // alias_key -> entities
    std::unordered_map<int64_t, Entity> entities;                 // every entity in `named`
    std::unordered_set<int64_t> created;  // entities this connection created

    void Clear() {
      id_by_uid.clear();
      aliases.clear();
      named.clear();
      entities.clear();
      created.clear();
    }
    size_t size() const {
      return id_by_uid.size() + aliases.size() + entities.size() + created.size();
    }
    void CountDocument(int64_t id) {
      if (auto it = entities.find(id); it != entities.end()) ++it->second.doc_count;
    }
  };

  // Keeps the writer cache only when no other connection has written since
  // this one last did: SQLite says so through PRAGMA data_version (read inside
  // the write lock); PostgreSQL workers write concurrently, so there it lasts
  // one transaction.
  Status ValidateWriterCache() {
    constexpr size_t kMaxCacheEntries = 4'000'000;  // a few hundred MB at most
    if (db_->dialect() != Dialect::kSqlite || cache_.size() > kMaxCacheEntries) {
      cache_.Clear();
      return Status::OK();
    }
    RASED_ASSIGN_OR_RETURN(auto rows, db_->Query("PRAGMA data_version"));
    const int64_t version = rows.empty() ? -1 : AsInt(rows[0][0]);
    if (!cache_version_ || *cache_version_ != version) cache_.Clear();
    cache_version_ = version;
    return Status::OK();
  }

  // The entities with an alias whose key is `key` (any type), the first
  // named so first.
  StatusOr<const std::vector<int64_t>*> EntitiesNamed(const std::string& key) {
    if (auto it = cache_.named.find(key); it != cache_.named.end()) return &it->second;
    // CROSS JOIN keeps SQLite on the alias key's index.
    RASED_ASSIGN_OR_RETURN(auto rows,
                           db_->Query("SELECT e.id, e.uid, e.type, e.doc_count FROM aliases a "
                                      "CROSS JOIN entities e WHERE e.id = a.entity_id AND "
                                      "a.alias_key = ? GROUP BY e.id, e.uid, e.type, e.doc_count "
                                      "ORDER BY MIN(a.id)",
                                      {key}));
    std::vector<int64_t>& ids = cache_.named[key];
    for (const SqlRow& row : rows) {
      const int64_t id = AsInt(row[0]);
      ids.push_back(id);
      cache_.entities.try_emplace(
          id, WriterCache::Entity{AsText(row[1]), AsText(row[2]), AsInt(row[3])});
    }
    return &ids;
  }

  std::unique_ptr<SqlConnection> db_;
  StoreOptions options_;
  WriterCache cache_;
  std::optional<int64_t> cache_version_;
  // SQLite: documents of the batch in flight not yet in the full-text index.
  struct PendingText {
    int64_t doc_id;
    const Document* doc;
    std::unique_ptr<SearchKeyList> keys;
  };
  std::vector<PendingText> pending_text_;
  int64_t aliases_indexed_ = 0;  // SQLite: aliases up to this id are in aliases_grams
  UnitClasses unit_classes_;
  bool corrections_loaded_ = false;
  std::unordered_map<std::string, std::string> redirect_;
  std::unordered_set<std::string> split_;
};

}  // namespace

StatusOr<std::unique_ptr<GraphStore>> NewSqlGraphStore(std::unique_ptr<SqlConnection> db,
                                                       const StoreOptions& options) {
  auto store = std::make_unique<SqlGraphStore>(std::move(db), options);
  RASED_RETURN_IF_ERROR(store->Init());
  return std::unique_ptr<GraphStore>(std::move(store));
}

}  // namespace rased::store

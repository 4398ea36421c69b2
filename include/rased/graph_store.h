// GraphStore: the knowledge base of many annotated documents, resolved into
// one graph of entities and relations, and the questions analysts ask of it.
//
//   auto store = rased::GraphStore::Open("rased.db");        // or "postgres://…"
//   if (!store.ok()) return store.status();
//   RASED_RETURN_IF_ERROR((*store)->PutDocuments({&doc1, &doc2}));  // one transaction
//   auto profile = (*store)->GetEntity("khalifa-haftar");
//   auto hits = (*store)->Search("Haftar", 20);
//
// Backends: SQLite (a file, WAL; the default), PostgreSQL (shared by many
// workers), and SQLite in memory (":memory:", for tests). All three pass one
// shared test suite.
//
// Entities are resolved across documents as they are stored: knowledge-base
// entities by id, other names by normalised key, consonant-skeleton distance
// and context (type, given name, titles). Analysts correct the result with
// Merge() and Split(); corrections are persisted and re-applied when documents
// are stored again. Every resolved entity records why its names were joined.
//
// Thread safety: one GraphStore per thread. SQLite allows many readers while
// one process writes; PostgreSQL allows concurrent writers.
#ifndef RASED_GRAPH_STORE_H_
#define RASED_GRAPH_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rased/document.h"
#include "rased/status.h"

namespace rased {

class KnowledgeBase;

// ------------------------------------------------------------ query results

struct EntityMentionRef {
  std::string doc;              // the path or id the document was stored under
  uint32_t start = 0, end = 0;  // code points into the document text
  std::string text;
};

struct EntitySummary {
  std::string id;    // stable: the KB id ("khalifa-haftar") or "x-<hash>" for other names
  std::string type;  // PERSON, ORGANIZATION, LOCATION, FACILITY
  std::string name;
  std::string name_latin;
  std::string kb_id;                 // empty outside the knowledge base
  std::vector<std::string> aliases;  // every distinct surface seen, both scripts
  int doc_count = 0;
  int mention_count = 0;
  std::optional<double> lat, lon;          // places and facilities in the KB
  std::vector<EntityMentionRef> mentions;  // only when asked for (ListEntities)
};

struct EntityRef {
  std::string id;    // empty for a text-only argument
  std::string name;  // entity name, or the argument text
};

struct DateValue {
  std::string value;      // ISO prefix, empty when unresolved
  std::string end_value;  // ranges
  std::string precision;  // day, month, season, year, decade, unresolved
  std::string text;       // as written
};

struct RelationView {
  int64_t id = 0;
  std::string type;
  std::vector<std::pair<std::string, std::vector<EntityRef>>> args;  // role -> entities
  std::optional<DateValue> date;
  std::optional<EntityRef> place;
  std::optional<EntityRef> attribution;
  std::string attribution_text;
  std::string modality;
  double confidence = 0;
  std::string doc;        // source document id
  std::string publisher;  // of that document
  std::string published;
  uint32_t start = 0, end = 0;  // evidence, code points into the document text
  std::string evidence;
};

struct RoleView {
  std::string title;
  std::optional<EntityRef> organization;
  std::string doc;
  std::string published;
  std::string evidence;
};

struct DocumentSummary {
  std::string id;
  std::string title, published, publisher, url;
  int mention_count = 0;
  std::string near_duplicate_of;  // empty unless this is a copy of another document
};

struct EntityProfile {
  EntitySummary entity;
  std::string description;              // from the knowledge base
  std::vector<RoleView> roles;          // ordered by date
  std::vector<RelationView> relations;  // ordered by type, then date
  std::vector<DocumentSummary> documents;
  std::vector<std::string> merge_reasons;  // why these names are one entity
};

struct NetworkEdge {
  std::string source, target;  // entity ids
  std::string type;
  int count = 0;
  std::vector<int64_t> relation_ids;
  std::string first_date, last_date;
};

struct Network {
  std::vector<EntitySummary> nodes;
  std::vector<NetworkEdge> edges;
};

struct Claim {
  std::string value;  // as a reader would say it: "~300", "1500", "1–2 per week"
  double low = 0, high = 0;
  std::string rate;
  std::string doc, publisher, published;
  std::optional<EntityRef> source;  // who claims it
  std::string source_text;
  std::string evidence;
  uint32_t start = 0, end = 0;
};

struct Conflict {
  std::string kind;   // "quantity" or "modality"
  std::string about;  // "مقاتل سوري — Khalifa Haftar", "VISIT Haftar → Moscow"
  std::optional<EntityRef> subject;
  std::vector<Claim> claims;  // from at least two independent documents or sources
};

struct SearchHit {
  std::string kind;        // "entity" or "document"
  std::string id;          // entity id or document id
  std::string title;       // entity name or document title
  std::string type;        // entities: PERSON, ORGANIZATION, LOCATION, FACILITY
  std::string name_latin;  // entities
  std::string snippet;     // document text around the match, matches in [[…]]
  double score = 0;
};

struct DocumentView {
  DocumentSummary summary;
  std::string text;
  std::vector<std::string> boilerplate_removed;
  struct Annotation {
    uint32_t start = 0, end = 0;  // code points
    std::string kind;             // "mention" or a relation type
    std::string entity_id;        // for mentions
    std::string entity_type;      // for mentions: PERSON, ORGANIZATION, …
    int64_t relation_id = 0;      // for relations (see ListRelations ids)
    std::string label;
  };
  std::vector<Annotation> annotations;
};

// ------------------------------------------------------------------- filters

struct EntityFilter {
  std::string type;  // empty = any
  int min_docs = 0;
  std::string query;  // substring of a name or alias, either script; empty = all
  int limit = 0;      // 0 = no limit
  bool with_mentions = false;
};

struct RelationFilter {
  std::string type;
  std::string entity;    // id; empty = any. Matches arguments and the place.
  std::string from, to;  // ISO date prefixes; relations without a date are kept only
                         // when both are empty
  int limit = 0;
  std::vector<int64_t> ids;  // when not empty: exactly these relations (other fields ignored)
};

// How a store is opened.
struct StoreOptions {
  // Data directory (unit classes for the contradiction view). Empty means
  // DefaultDataDir().
  std::string data_dir;
  // When set, entities with a kb_id get their description, coordinates and
  // every alias in both scripts from it. Not owned; must outlive the store.
  const KnowledgeBase* kb = nullptr;
};

struct IngestStats {
  int documents_stored = 0;
  int documents_skipped = 0;   // same content hash already stored
  int documents_replaced = 0;  // same source, new content
};

// ----------------------------------------------------------------- the store

class GraphStore {
 public:
  // "path.db" (SQLite file, created if missing), ":memory:", or
  // "postgres://user@host/db" / "postgresql://…". Fails with kUnavailable
  // when the server cannot be reached, kDataLoss when the file is not a
  // rased database.
  static StatusOr<std::unique_ptr<GraphStore>> Open(const std::string& url,
                                                    const StoreOptions& options = {});
  virtual ~GraphStore() = default;

  // Stores annotated documents and their facts in ONE transaction and resolves
  // their entities. A document whose content hash is stored is skipped; one
  // whose source id is stored with another hash replaces the old facts.
  // On failure nothing of the batch is stored.
  virtual StatusOr<IngestStats> PutDocuments(const std::vector<const Document*>& docs) = 0;
  // Whether a document with this content hash is stored (to skip extraction).
  virtual StatusOr<bool> HasContent(const std::string& content_hash) = 0;
  // (source, content hash) of every stored document: what a re-run may skip.
  virtual StatusOr<std::vector<std::pair<std::string, std::string>>> StoredDocuments() = 0;

  virtual StatusOr<std::vector<EntitySummary>> ListEntities(const EntityFilter& filter) = 0;
  // kNotFound when no entity has this id (or, failing that, this exact name).
  virtual StatusOr<EntityProfile> GetEntity(const std::string& id_or_name) = 0;
  virtual StatusOr<std::vector<RelationView>> ListRelations(const RelationFilter& filter) = 0;
  // Dated relations in date order; all of them when entity is empty.
  virtual StatusOr<std::vector<RelationView>> Timeline(const std::string& entity) = 0;
  virtual StatusOr<Network> GetNetwork(const std::string& entity, int depth) = 0;
  // Shortest chain of relations between two entities; empty when none.
  virtual StatusOr<Network> FindPath(const std::string& from, const std::string& to) = 0;
  virtual StatusOr<std::vector<Conflict>> Conflicts() = 0;
  // Names in either script ("Yevkurov" finds يفكوروف) and Arabic-aware full text.
  virtual StatusOr<std::vector<SearchHit>> Search(const std::string& query, int limit) = 0;
  virtual StatusOr<DocumentView> GetDocument(const std::string& id) = 0;
  virtual StatusOr<std::vector<DocumentSummary>> ListDocuments(int limit, int offset) = 0;

  // Analyst corrections, persisted and re-applied after re-ingest.
  virtual Status Merge(const std::string& keep, const std::string& absorb) = 0;
  virtual Status Split(const std::string& entity) = 0;

  struct Counts {
    int64_t documents = 0, entities = 0, mentions = 0, relations = 0, quantities = 0;
  };
  virtual StatusOr<Counts> GetCounts() = 0;
};

}  // namespace rased

#endif  // RASED_GRAPH_STORE_H_

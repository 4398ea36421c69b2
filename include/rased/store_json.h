// JSON renderings of the knowledge-base query results, shared by the CLI's
// --json output and the HTTP API so both speak exactly the same shapes.
#ifndef RASED_STORE_JSON_H_
#define RASED_STORE_JSON_H_

#include <string>
#include <vector>

#include "rased/graph_store.h"

namespace rased {

std::string ToJson(const std::vector<EntitySummary>& entities);
std::string ToJson(const EntityProfile& profile);
std::string ToJson(const std::vector<RelationView>& relations);
std::string ToJson(const Network& network);
std::string ToJson(const std::vector<Conflict>& conflicts);
std::string ToJson(const std::vector<SearchHit>& hits);
std::string ToJson(const DocumentView& document);
std::string ToJson(const std::vector<DocumentSummary>& documents);
std::string ToJson(const GraphStore::Counts& counts);

}  // namespace rased

#endif  // RASED_STORE_JSON_H_

// Export: the knowledge base in the formats analysts' tools read.
//
//   std::ofstream out("rased.gexf");
//   RASED_RETURN_IF_ERROR(rased::Export(*store, rased::ExportFormat::kGexf, out));
//
// graphml  entities as nodes, relations as edges (type, dates, source, evidence) — Gephi, yEd,
// networkx gexf     the same with time intervals on edges, for Gephi's timeline csv      one row
// per edge (relation between two entities), with both ends' names and types csv-nodes  one row per
// entity jsonl    one JSON object per entity, then per relation (the CLI's --json shapes) ftm
// FollowTheMoney entities (Person, Organization, Company, Address,
//          Event, Trip, Membership) as JSON lines, for Aleph
#ifndef RASED_EXPORT_H_
#define RASED_EXPORT_H_

#include <ostream>
#include <string_view>

#include "rased/graph_store.h"
#include "rased/status.h"

namespace rased {

enum class ExportFormat { kGraphml, kGexf, kCsv, kCsvNodes, kJsonl, kFtm };

// "graphml", "gexf", "csv", "csv-nodes", "jsonl", "ftm"; kInvalidArgument otherwise.
StatusOr<ExportFormat> ParseExportFormat(std::string_view name);

// Writes the whole knowledge base. Fails only when the store fails.
Status Export(GraphStore& store, ExportFormat format, std::ostream& out);

}  // namespace rased

#endif  // RASED_EXPORT_H_

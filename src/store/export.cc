#include "rased/export.h"

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "rased/store_json.h"
#include "rased/text.h"

namespace rased {

namespace {

using nlohmann::json;

std::string XmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        // XML 1.0 forbids most control characters even when escaped.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') break;
        out.push_back(c);
    }
  }
  return out;
}

std::string CsvField(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"')
      out += "\"\"";
    else
      out.push_back(c);
  }
  return out + "\"";
}

// One edge per pair of entities joined by a relation, as in the network view:
// from the acting roles to the others, all pairs among symmetric roles.
struct Edge {
  std::string source, target;
  const RelationView* relation;
};

bool IsSymmetric(const std::string& role) { return role == "participants" || role == "parties"; }
bool IsActing(const std::string& role) {
  static const std::set<std::string> kActing = {"visitor", "supporter", "actor",   "recruiter",
                                                "force",   "operator",  "speaker", "controller",
                                                "member",  "person",    "sponsor"};
  return kActing.count(role) > 0;
}

std::vector<Edge> EdgesOf(const std::vector<RelationView>& relations) {
  std::vector<Edge> edges;
  for (const RelationView& r : relations) {
    std::vector<std::string> acting, symmetric, others;
    for (const auto& [role, refs] : r.args) {
      for (const EntityRef& ref : refs) {
        if (ref.id.empty()) continue;
        (IsSymmetric(role) ? symmetric : IsActing(role) ? acting : others).push_back(ref.id);
      }
    }
    auto add = [&](const std::string& a, const std::string& b) {
      if (a != b) edges.push_back({a, b, &r});
    };
    for (size_t i = 0; i < symmetric.size(); ++i) {
      for (size_t j = i + 1; j < symmetric.size(); ++j) add(symmetric[i], symmetric[j]);
      for (const auto& o : others) add(symmetric[i], o);
    }
    for (const auto& a : acting) {
      for (const auto& o : others) add(a, o);
      for (const auto& s : symmetric) add(a, s);
    }
  }
  return edges;
}

std::string SourceOf(const RelationView& r) {
  if (r.attribution) return r.attribution->name;
  if (!r.attribution_text.empty()) return r.attribution_text;
  return r.publisher;
}

std::string DateOf(const RelationView& r) { return r.date ? r.date->value : ""; }

void WriteGraphml(const std::vector<EntitySummary>& nodes, const std::vector<Edge>& edges,
                  std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
  for (const char* k : {"name", "name_latin", "type", "kb_id"}) {
    out << "  <key id=\"" << k << "\" for=\"node\" attr.name=\"" << k
        << "\" attr.type=\"string\"/>\n";
  }
  out << "  <key id=\"docs\" for=\"node\" attr.name=\"doc_count\" attr.type=\"int\"/>\n";
  for (const char* k : {"relation", "date", "precision", "modality", "source", "doc", "evidence"}) {
    out << "  <key id=\"" << k << "\" for=\"edge\" attr.name=\"" << k
        << "\" attr.type=\"string\"/>\n";
  }
  out << "  <key id=\"confidence\" for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"/>\n";
  out << "  <graph id=\"rased\" edgedefault=\"directed\">\n";
  for (const EntitySummary& n : nodes) {
    out << "    <node id=\"" << XmlEscape(n.id) << "\">"
        << "<data key=\"name\">" << XmlEscape(n.name) << "</data>"
        << "<data key=\"name_latin\">" << XmlEscape(n.name_latin) << "</data>"
        << "<data key=\"type\">" << n.type << "</data>"
        << "<data key=\"kb_id\">" << XmlEscape(n.kb_id) << "</data>"
        << "<data key=\"docs\">" << n.doc_count << "</data></node>\n";
  }
  int i = 0;
  for (const Edge& e : edges) {
    const RelationView& r = *e.relation;
    out << "    <edge id=\"r" << r.id << "_" << i++ << "\" source=\"" << XmlEscape(e.source)
        << "\" target=\"" << XmlEscape(e.target) << "\">"
        << "<data key=\"relation\">" << r.type << "</data>"
        << "<data key=\"date\">" << XmlEscape(DateOf(r)) << "</data>"
        << "<data key=\"precision\">" << (r.date ? r.date->precision : "") << "</data>"
        << "<data key=\"modality\">" << r.modality << "</data>"
        << "<data key=\"source\">" << XmlEscape(SourceOf(r)) << "</data>"
        << "<data key=\"doc\">" << XmlEscape(r.doc) << "</data>"
        << "<data key=\"evidence\">" << XmlEscape(r.evidence) << "</data>"
        << "<data key=\"confidence\">" << r.confidence << "</data></edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

// A date prefix as a full day for Gephi: "2019" -> 2019-01-01 .. 2019-12-31.
std::pair<std::string, std::string> Interval(const RelationView& r) {
  if (!r.date || r.date->value.empty()) return {"", ""};
  auto start = [](std::string v) {
    if (v.size() == 4) return v + "-01-01";
    if (v.size() == 7) return v + "-01";
    return v.substr(0, 10);
  };
  auto end = [](std::string v) {
    if (v.size() == 4) return v + "-12-31";
    if (v.size() == 7) return v + "-28";  // every month has a 28th
    return v.substr(0, 10);
  };
  const std::string& last = r.date->end_value.empty() ? r.date->value : r.date->end_value;
  return {start(r.date->value), end(last)};
}

void WriteGexf(const std::vector<EntitySummary>& nodes, const std::vector<Edge>& edges,
               std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
         "  <meta><creator>rased</creator><description>Arabic news knowledge graph"
         "</description></meta>\n"
         "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n"
         "    <attributes class=\"node\">\n"
         "      <attribute id=\"0\" title=\"type\" type=\"string\"/>\n"
         "      <attribute id=\"1\" title=\"name_latin\" type=\"string\"/>\n"
         "      <attribute id=\"2\" title=\"doc_count\" type=\"integer\"/>\n"
         "    </attributes>\n"
         "    <attributes class=\"edge\">\n"
         "      <attribute id=\"0\" title=\"relation\" type=\"string\"/>\n"
         "      <attribute id=\"1\" title=\"modality\" type=\"string\"/>\n"
         "      <attribute id=\"2\" title=\"source\" type=\"string\"/>\n"
         "      <attribute id=\"3\" title=\"doc\" type=\"string\"/>\n"
         "      <attribute id=\"4\" title=\"evidence\" type=\"string\"/>\n"
         "      <attribute id=\"5\" title=\"precision\" type=\"string\"/>\n"
         "    </attributes>\n"
         "    <nodes>\n";
  for (const EntitySummary& n : nodes) {
    out << "      <node id=\"" << XmlEscape(n.id) << "\" label=\"" << XmlEscape(n.name)
        << "\"><attvalues><attvalue for=\"0\" value=\"" << n.type << "\"/>"
        << "<attvalue for=\"1\" value=\"" << XmlEscape(n.name_latin) << "\"/>"
        << "<attvalue for=\"2\" value=\"" << n.doc_count << "\"/></attvalues></node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  int i = 0;
  for (const Edge& e : edges) {
    const RelationView& r = *e.relation;
    auto [start, end] = Interval(r);
    out << "      <edge id=\"r" << r.id << "_" << i++ << "\" source=\"" << XmlEscape(e.source)
        << "\" target=\"" << XmlEscape(e.target) << "\" label=\"" << r.type << "\"";
    if (!start.empty()) out << " start=\"" << start << "\" end=\"" << end << "\"";
    out << "><attvalues><attvalue for=\"0\" value=\"" << r.type << "\"/>"
        << "<attvalue for=\"1\" value=\"" << r.modality << "\"/>"
        << "<attvalue for=\"2\" value=\"" << XmlEscape(SourceOf(r)) << "\"/>"
        << "<attvalue for=\"3\" value=\"" << XmlEscape(r.doc) << "\"/>"
        << "<attvalue for=\"4\" value=\"" << XmlEscape(r.evidence) << "\"/>"
        << "<attvalue for=\"5\" value=\"" << (r.date ? r.date->precision : "") << "\"/>"
        << "</attvalues></edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

void WriteCsv(const std::map<std::string, const EntitySummary*>& by_id,
              const std::vector<Edge>& edges, std::ostream& out) {
  out << "relation_id,type,source_id,source_name,source_type,target_id,target_name,target_type,"
         "date,precision,modality,confidence,reported_by,doc,evidence\n";
  for (const Edge& e : edges) {
    const RelationView& r = *e.relation;
    const EntitySummary* s = by_id.at(e.source);
    const EntitySummary* t = by_id.at(e.target);
    out << r.id << "," << r.type << "," << CsvField(s->id) << "," << CsvField(s->name) << ","
        << s->type << "," << CsvField(t->id) << "," << CsvField(t->name) << "," << t->type << ","
        << DateOf(r) << "," << (r.date ? r.date->precision : "") << "," << r.modality << ","
        << r.confidence << "," << CsvField(SourceOf(r)) << "," << CsvField(r.doc) << ","
        << CsvField(r.evidence) << "\n";
  }
}

void WriteCsvNodes(const std::vector<EntitySummary>& nodes, std::ostream& out) {
  out << "id,type,name,name_latin,kb_id,doc_count,mention_count,lat,lon,aliases\n";
  for (const EntitySummary& n : nodes) {
    std::string aliases;
    for (const auto& a : n.aliases) aliases += (aliases.empty() ? "" : "|") + a;
    out << CsvField(n.id) << "," << n.type << "," << CsvField(n.name) << ","
        << CsvField(n.name_latin) << "," << CsvField(n.kb_id) << "," << n.doc_count << ","
        << n.mention_count << "," << (n.lat ? std::to_string(*n.lat) : "") << ","
        << (n.lon ? std::to_string(*n.lon) : "") << "," << CsvField(aliases) << "\n";
  }
}

void WriteJsonl(const std::vector<EntitySummary>& nodes, const std::vector<RelationView>& relations,
                std::ostream& out) {
  for (const EntitySummary& n : nodes) {
    json j = json::parse(ToJson(std::vector<EntitySummary>{n}))[0];
    j["kind"] = "entity";
    out << j.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
  }
  for (const RelationView& r : relations) {
    json j = json::parse(ToJson(std::vector<RelationView>{r}))[0];
    j["kind"] = "relation";
    out << j.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
  }
}

// FollowTheMoney: https://followthemoney.tech — schemata and property names.
void WriteFtm(const std::vector<EntitySummary>& nodes, const std::vector<RelationView>& relations,
              std::ostream& out) {
  auto emit = [&](const json& j) {
    out << j.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
  };
  for (const EntitySummary& n : nodes) {
    std::string schema = n.type == "PERSON"         ? "Person"
                         : n.type == "ORGANIZATION" ? "Organization"
                                                    : "Address";
    json props = {{"name", {n.name}}};
    std::vector<std::string> aliases;
    for (const auto& a : n.aliases) {
      if (a != n.name) aliases.push_back(a);
    }
    if (!n.name_latin.empty()) aliases.push_back(n.name_latin);
    if (!aliases.empty()) props[schema == "Address" ? "summary" : "alias"] = aliases;
    if (schema == "Address") {
      props["full"] = {n.name};
      if (n.lat && n.lon) {
        props["latitude"] = {std::to_string(*n.lat)};
        props["longitude"] = {std::to_string(*n.lon)};
      }
    }
    if (!n.kb_id.empty()) props["sourceUrl"] = {"rased:kb/" + n.kb_id};
    emit({{"id", "rased-" + n.id}, {"schema", schema}, {"properties", props}});
  }
  for (const RelationView& r : relations) {
    std::vector<std::string> involved;
    std::string member, organization, place;
    for (const auto& [role, refs] : r.args) {
      for (const EntityRef& ref : refs) {
        if (ref.id.empty()) continue;
        involved.push_back("rased-" + ref.id);
        if (role == "member") member = "rased-" + ref.id;
        if (role == "organization") organization = "rased-" + ref.id;
        if (role == "destination" || role == "location") place = "rased-" + ref.id;
      }
    }
    if (involved.empty()) continue;
    json props = {{"description", {r.evidence}}, {"publisher", {r.publisher}}};
    if (!SourceOf(r).empty()) props["publisher"] = {SourceOf(r)};
    if (r.date && !r.date->value.empty()) {
      props["startDate"] = {r.date->value};
      if (!r.date->end_value.empty()) props["endDate"] = {r.date->end_value};
    }
    std::string schema;
    if (r.type == "MEMBERSHIP" && !member.empty() && !organization.empty()) {
      schema = "Membership";
      props["member"] = {member};
      props["organization"] = {organization};
    } else {
      schema = r.type == "VISIT" || r.type == "TRANSPORT" ? "Trip" : "Event";
      props["name"] = {r.type + ": " + ClipText(r.evidence, 120)};
      props["involved"] = involved;
      if (!place.empty())
        props["location"] = {place};
      else if (r.place)
        props["location"] = {"rased-" + r.place->id};
    }
    emit({{"id", "rased-rel-" + std::to_string(r.id)}, {"schema", schema}, {"properties", props}});
  }
}

}  // namespace

StatusOr<ExportFormat> ParseExportFormat(std::string_view name) {
  if (name == "graphml") return ExportFormat::kGraphml;
  if (name == "gexf") return ExportFormat::kGexf;
  if (name == "csv") return ExportFormat::kCsv;
  if (name == "csv-nodes") return ExportFormat::kCsvNodes;
  if (name == "jsonl") return ExportFormat::kJsonl;
  if (name == "ftm") return ExportFormat::kFtm;
  return Status::InvalidArgument("unknown export format «" + std::string(name) +
                                 "» (graphml, gexf, csv, csv-nodes, jsonl, ftm)");
}

Status Export(GraphStore& store, ExportFormat format, std::ostream& out) {
  RASED_ASSIGN_OR_RETURN(auto nodes, store.ListEntities(EntityFilter{}));
  RASED_ASSIGN_OR_RETURN(auto relations, store.ListRelations(RelationFilter{}));
  std::map<std::string, const EntitySummary*> by_id;
  for (const EntitySummary& n : nodes) by_id[n.id] = &n;
  std::vector<Edge> edges;
  for (const Edge& e : EdgesOf(relations)) {
    if (by_id.count(e.source) && by_id.count(e.target)) edges.push_back(e);
  }
  switch (format) {
    case ExportFormat::kGraphml:
      WriteGraphml(nodes, edges, out);
      break;
    case ExportFormat::kGexf:
      WriteGexf(nodes, edges, out);
      break;
    case ExportFormat::kCsv:
      WriteCsv(by_id, edges, out);
      break;
    case ExportFormat::kCsvNodes:
      WriteCsvNodes(nodes, out);
      break;
    case ExportFormat::kJsonl:
      WriteJsonl(nodes, relations, out);
      break;
    case ExportFormat::kFtm:
      WriteFtm(nodes, relations, out);
      break;
  }
  if (!out) return Status::IoError("cannot write the export");
  return Status::OK();
}

}  // namespace rased

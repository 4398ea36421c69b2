#include "rased/store_json.h"

#include <nlohmann/json.hpp>

namespace rased {

using nlohmann::json;

void to_json(json& j, const EntityMentionRef& m) {
  j = {{"doc", m.doc}, {"start", m.start}, {"end", m.end}, {"text", m.text}};
}

void to_json(json& j, const EntitySummary& e) {
  j = {{"id", e.id},
       {"type", e.type},
       {"name", e.name},
       {"name_latin", e.name_latin},
       {"kb_id", e.kb_id.empty() ? json(nullptr) : json(e.kb_id)},
       {"aliases", e.aliases},
       {"doc_count", e.doc_count},
       {"mention_count", e.mention_count}};
  if (e.lat && e.lon) {
    j["lat"] = *e.lat;
    j["lon"] = *e.lon;
  }
  if (!e.mentions.empty()) j["mentions"] = e.mentions;
}

void to_json(json& j, const EntityRef& r) {
  j = {{"id", r.id.empty() ? json(nullptr) : json(r.id)}, {"name", r.name}};
}

template <typename T>
json Optional(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

void to_json(json& j, const DateValue& d) {
  j = {{"value", d.value.empty() ? json(nullptr) : json(d.value)},
       {"precision", d.precision},
       {"text", d.text}};
  if (!d.end_value.empty()) j["end_value"] = d.end_value;
}

void to_json(json& j, const RelationView& r) {
  json args = json::object();
  for (const auto& [role, refs] : r.args) args[role] = refs;
  j = {{"id", r.id},
       {"type", r.type},
       {"args", std::move(args)},
       {"date", Optional(r.date)},
       {"place", Optional(r.place)},
       {"attribution", Optional(r.attribution)},
       {"attribution_text", r.attribution_text},
       {"modality", r.modality},
       {"confidence", r.confidence},
       {"doc", r.doc},
       {"publisher", r.publisher},
       {"published", r.published},
       {"evidence", {{"start", r.start}, {"end", r.end}, {"text", r.evidence}}}};
}

void to_json(json& j, const RoleView& r) {
  j = {{"title", r.title},
       {"organization", Optional(r.organization)},
       {"doc", r.doc},
       {"published", r.published},
       {"evidence", r.evidence}};
}

void to_json(json& j, const DocumentSummary& d) {
  j = {{"id", d.id},
       {"title", d.title},
       {"published", d.published},
       {"publisher", d.publisher},
       {"url", d.url},
       {"mention_count", d.mention_count},
       {"near_duplicate_of",
        d.near_duplicate_of.empty() ? json(nullptr) : json(d.near_duplicate_of)}};
}

void to_json(json& j, const NetworkEdge& e) {
  j = {{"source", e.source},      {"target", e.target},          {"type", e.type},
       {"count", e.count},        {"relations", e.relation_ids}, {"first_date", e.first_date},
       {"last_date", e.last_date}};
}

void to_json(json& j, const Claim& c) {
  j = {{"value", c.value},
       {"low", c.low},
       {"high", c.high},
       {"rate", c.rate},
       {"doc", c.doc},
       {"publisher", c.publisher},
       {"published", c.published},
       {"source", Optional(c.source)},
       {"source_text", c.source_text},
       {"evidence", {{"start", c.start}, {"end", c.end}, {"text", c.evidence}}}};
}

void to_json(json& j, const Conflict& c) {
  j = {
      {"kind", c.kind}, {"about", c.about}, {"subject", Optional(c.subject)}, {"claims", c.claims}};
}

void to_json(json& j, const SearchHit& h) {
  j = {{"kind", h.kind},
       {"id", h.id},
       {"title", h.title},
       {"snippet", h.snippet},
       {"score", h.score}};
  if (h.kind == "entity") {
    j["type"] = h.type;
    j["name_latin"] = h.name_latin;
  }
}

namespace {
std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }
}  // namespace

std::string ToJson(const std::vector<EntitySummary>& entities) { return Dump(json(entities)); }

std::string ToJson(const EntityProfile& p) {
  return Dump({{"entity", p.entity},
               {"description", p.description},
               {"roles", p.roles},
               {"relations", p.relations},
               {"documents", p.documents},
               {"merge_reasons", p.merge_reasons}});
}

std::string ToJson(const std::vector<RelationView>& relations) { return Dump(json(relations)); }

std::string ToJson(const Network& n) { return Dump({{"nodes", n.nodes}, {"edges", n.edges}}); }

std::string ToJson(const std::vector<Conflict>& conflicts) { return Dump(json(conflicts)); }

std::string ToJson(const std::vector<SearchHit>& hits) { return Dump(json(hits)); }

std::string ToJson(const DocumentView& d) {
  json annotations = json::array();
  for (const auto& a : d.annotations) {
    annotations.push_back({{"start", a.start},
                           {"end", a.end},
                           {"kind", a.kind},
                           {"entity", a.entity_id.empty() ? json(nullptr) : json(a.entity_id)},
                           {"type", a.entity_type.empty() ? json(nullptr) : json(a.entity_type)},
                           {"relation", a.relation_id ? json(a.relation_id) : json(nullptr)},
                           {"label", a.label}});
  }
  return Dump({{"document", d.summary},
               {"text", d.text},
               {"boilerplate_removed", d.boilerplate_removed},
               {"annotations", std::move(annotations)}});
}

std::string ToJson(const std::vector<DocumentSummary>& documents) { return Dump(json(documents)); }

std::string ToJson(const GraphStore::Counts& c) {
  return Dump({{"documents", c.documents},
               {"entities", c.entities},
               {"mentions", c.mentions},
               {"relations", c.relations},
               {"quantities", c.quantities}});
}

}  // namespace rased

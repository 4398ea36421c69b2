#include "rased/output.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "rased/text.h"

namespace rased {

namespace {

using nlohmann::json;

std::string EntityId(int32_t index) { return "e" + std::to_string(index + 1); }

json EntityRef(int32_t index) { return index < 0 ? json(nullptr) : json(EntityId(index)); }

json Evidence(const Document& doc, Span span, bool with_text) {
  json ev = {{"start", doc.CodePointOffset(span.begin)}, {"end", doc.CodePointOffset(span.end)}};
  if (with_text) ev["text"] = std::string(doc.Slice(span));
  return ev;
}

json Number(double v) {
  if (std::floor(v) == v && std::fabs(v) < 9e15) return json(static_cast<int64_t>(v));
  return json(v);
}

json DateJson(const Document& doc, int32_t index) {
  if (index < 0 || index >= static_cast<int32_t>(doc.dates.size())) return nullptr;
  const DateExpr& d = doc.dates[index];
  json out = {{"value", d.value.empty() ? json(nullptr) : json(d.value)},
              {"precision", DatePrecisionName(d.precision)},
              {"text", std::string(doc.Slice(d.span))}};
  if (!d.end_value.empty()) out["end_value"] = d.end_value;
  return out;
}

}  // namespace

std::string ToJsonLine(const Document& doc) {
  json out;
  out["doc"] = doc.id;
  out["title"] = doc.title.empty() ? json(nullptr) : json(doc.title);
  out["published"] = doc.published.empty() ? json(nullptr) : json(doc.published);
  out["publisher"] = doc.publisher.empty() ? json(nullptr) : json(doc.publisher);
  if (!doc.url.empty()) out["url"] = doc.url;
  out["format"] = doc.format;
  out["text"] = doc.text;
  out["boilerplate_removed"] = doc.boilerplate_removed;
  if (!doc.warnings.empty()) out["warnings"] = doc.warnings;

  json entities = json::array();
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    json mentions = json::array();
    for (uint32_t m : e.mentions) {
      const Mention& mention = doc.mentions[m];
      mentions.push_back({{"start", doc.CodePointOffset(mention.span.begin)},
                          {"end", doc.CodePointOffset(mention.span.end)},
                          {"text", std::string(doc.Slice(mention.span))},
                          {"source", MentionSourceName(mention.source)}});
    }
    entities.push_back({{"id", EntityId(static_cast<int32_t>(i))},
                        {"type", EntityTypeName(e.type)},
                        {"name", e.name},
                        {"name_latin", e.name_latin},
                        {"kb_id", e.kb_id.empty() ? json(nullptr) : json(e.kb_id)},
                        {"mentions", std::move(mentions)}});
  }
  out["entities"] = std::move(entities);

  json roles = json::array();
  for (const Role& r : doc.roles) {
    roles.push_back({{"person", EntityRef(r.person)},
                     {"title", r.title},
                     {"organization", EntityRef(r.organization)},
                     {"evidence", Evidence(doc, r.evidence, true)}});
  }
  out["roles"] = std::move(roles);

  json relations = json::array();
  for (const Relation& r : doc.relations) {
    json args = json::object();
    for (const RelationArg& a : r.args) {
      if (a.entities.size() == 1 && a.role != "participants" && a.role != "parties") {
        args[a.role] = EntityId(a.entities[0]);
      } else if (!a.entities.empty()) {
        json ids = json::array();
        for (int32_t e : a.entities) ids.push_back(EntityId(e));
        args[a.role] = std::move(ids);
      } else {
        args[a.role] = a.text;
      }
    }
    json rel = {{"type", r.type},
                {"args", std::move(args)},
                {"date", DateJson(doc, r.date)},
                {"place", EntityRef(r.place)},
                {"attribution", EntityRef(r.attribution)},
                {"modality", ModalityName(r.modality)},
                {"confidence", std::round(r.confidence * 100) / 100},
                {"evidence", Evidence(doc, r.evidence, true)}};
    if (!r.attribution_text.empty()) rel["attribution_text"] = r.attribution_text;
    relations.push_back(std::move(rel));
  }
  out["relations"] = std::move(relations);

  json quantities = json::array();
  for (const Quantity& q : doc.quantities) {
    json item = {{"about", q.about},
                 {"low", Number(q.low)},
                 {"high", Number(q.high)},
                 {"approximate", q.approximate},
                 {"unit", q.unit},
                 {"rate", q.rate.empty() ? json(nullptr) : json(q.rate)},
                 {"subject", EntityRef(q.subject)},
                 {"attribution", EntityRef(q.attribution)},
                 {"evidence", Evidence(doc, q.span, true)}};
    if (!q.attribution_text.empty()) item["attribution_text"] = q.attribution_text;
    quantities.push_back(std::move(item));
  }
  out["quantities"] = std::move(quantities);

  json dates = json::array();
  for (const DateExpr& d : doc.dates) {
    json item = {{"text", std::string(doc.Slice(d.span))},
                 {"start", doc.CodePointOffset(d.span.begin)},
                 {"end", doc.CodePointOffset(d.span.end)},
                 {"value", d.value.empty() ? json(nullptr) : json(d.value)},
                 {"precision", DatePrecisionName(d.precision)},
                 {"relative", d.relative}};
    if (!d.end_value.empty()) item["end_value"] = d.end_value;
    dates.push_back(std::move(item));
  }
  out["dates"] = std::move(dates);
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

namespace {

std::string EntityLabel(const Document& doc, int32_t index) {
  if (index < 0 || index >= static_cast<int32_t>(doc.entities.size())) return "?";
  return doc.entities[index].name;
}

}  // namespace

std::string ToReadable(const Document& doc) {
  std::ostringstream out;
  out << "== " << doc.id << "\n";
  out << "   title:     " << (doc.title.empty() ? "-" : doc.title) << "\n";
  out << "   published: " << (doc.published.empty() ? "-" : doc.published) << "\n";
  out << "   publisher: " << (doc.publisher.empty() ? "-" : doc.publisher) << "\n";
  for (const std::string& w : doc.warnings) out << "   warning:   " << w << "\n";
  if (!doc.boilerplate_removed.empty()) {
    out << "   boilerplate removed: " << doc.boilerplate_removed.size() << " lines\n";
  }
  if (!doc.entities.empty()) {
    out << "-- entities\n";
    for (const Entity& e : doc.entities) {
      out << "   " << EntityTypeName(e.type) << "\t" << e.name;
      if (!e.name_latin.empty()) out << " (" << e.name_latin << ")";
      out << "  ×" << e.mentions.size();
      if (!e.kb_id.empty()) out << "  [" << e.kb_id << "]";
      out << "\n";
    }
  }
  if (!doc.roles.empty()) {
    // A title repeated through the article is listed once, with its count.
    out << "-- roles\n";
    std::vector<std::pair<std::string, int>> lines;
    for (const Role& r : doc.roles) {
      std::string line = EntityLabel(doc, r.person) + " — " + r.title;
      if (r.organization >= 0) line += " (" + EntityLabel(doc, r.organization) + ")";
      auto same =
          std::find_if(lines.begin(), lines.end(), [&](const auto& l) { return l.first == line; });
      if (same == lines.end()) {
        lines.emplace_back(std::move(line), 1);
      } else {
        ++same->second;
      }
    }
    for (const auto& [line, count] : lines) {
      out << "   " << line;
      if (count > 1) out << "  ×" << count;
      out << "\n";
    }
  }
  if (!doc.dates.empty()) {
    out << "-- dates\n";
    for (const DateExpr& d : doc.dates) {
      out << "   " << doc.Slice(d.span) << "  →  " << (d.value.empty() ? "?" : d.value);
      if (!d.end_value.empty()) out << " .. " << d.end_value;
      out << "  (" << DatePrecisionName(d.precision) << ")\n";
    }
  }
  if (!doc.quantities.empty()) {
    out << "-- quantities\n";
    for (const Quantity& q : doc.quantities) {
      out << "   " << (q.approximate ? "~" : "") << q.low;
      if (q.high != q.low) out << "–" << q.high;
      out << " " << (q.about.empty() ? q.unit : q.about);
      if (!q.rate.empty()) out << " per " << q.rate;
      if (q.attribution >= 0)
        out << "  (according to " << EntityLabel(doc, q.attribution) << ")";
      else if (!q.attribution_text.empty())
        out << "  (according to " << q.attribution_text << ")";
      out << "  «" << ClipText(doc.Slice(q.span), 120) << "»\n";
    }
  }
  if (!doc.relations.empty()) {
    out << "-- relations\n";
    for (const Relation& r : doc.relations) {
      out << "   " << r.type << "  ";
      bool first = true;
      for (const RelationArg& a : r.args) {
        if (!first) out << " → ";
        first = false;
        if (a.entities.empty()) {
          out << a.text;
          continue;
        }
        for (size_t k = 0; k < a.entities.size(); ++k) {
          if (k) out << ", ";
          out << EntityLabel(doc, a.entities[k]);
        }
      }
      if (r.date >= 0 && r.date < static_cast<int32_t>(doc.dates.size())) {
        const DateExpr& d = doc.dates[r.date];
        out << "  " << (d.value.empty() ? std::string(doc.Slice(d.span)) : d.value);
      }
      out << "  [" << ModalityName(r.modality);
      if (r.attribution >= 0)
        out << ", reported by " << EntityLabel(doc, r.attribution);
      else if (!r.attribution_text.empty())
        out << ", reported by " << r.attribution_text;
      out << "]  «" << ClipText(doc.Slice(r.evidence), 160) << "»\n";
    }
  }
  return out.str();
}

}  // namespace rased

#include "ingest/records.h"

#include <nlohmann/json.hpp>

namespace rased::ingest {

namespace {

using nlohmann::json;

std::string FieldString(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  if (v.is_number_unsigned()) return std::to_string(v.get<uint64_t>());
  if (v.is_object()) {
    for (const char* k : {"rendered", "name", "@value"}) {
      auto it = v.find(k);
      if (it != v.end() && it->is_string()) return it->get<std::string>();
    }
  }
  return "";
}

std::string First(const json& obj, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    auto it = obj.find(n);
    if (it == obj.end()) continue;
    std::string s = FieldString(*it);
    if (!s.empty()) return s;
  }
  return "";
}

StatusOr<JsonArticle> FromObject(const json& obj) {
  if (!obj.is_object()) return Status::DataLoss("JSON value is not an object");
  JsonArticle a;
  a.text = First(obj, {"text", "body", "content", "article", "articleBody"});
  if (a.text.empty()) {
    return Status::InvalidArgument("JSON record has no text (text|body|content|article)");
  }
  a.id = First(obj, {"id", "_id", "doc_id"});
  a.metadata.title = First(obj, {"title", "headline"});
  a.raw_date = First(obj, {"date", "published", "published_at", "pubDate", "datePublished"});
  a.metadata.url = First(obj, {"url", "link"});
  a.metadata.publisher = First(obj, {"source", "publisher", "site"});
  return a;
}

}  // namespace

StatusOr<JsonArticle> ParseJsonArticle(std::string_view text) {
  json obj = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (obj.is_discarded()) return Status::DataLoss("not valid JSON");
  return FromObject(obj);
}

StatusOr<std::vector<StatusOr<JsonArticle>>> ParseJsonDocument(std::string_view text) {
  json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return Status::DataLoss("not valid JSON");
  std::vector<StatusOr<JsonArticle>> out;
  if (doc.is_array()) {
    for (const json& v : doc) out.push_back(FromObject(v));
  } else {
    out.push_back(FromObject(doc));
  }
  return out;
}

bool IsJsonObjectLine(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
  if (i >= line.size() || line[i] != '{') return false;
  return json::accept(line);
}

}  // namespace rased::ingest

// JSON articles: one object per line (.jsonl) or a JSON document holding one
// object or an array of them.
//
// Field names, first present wins (a string, or an object whose "rendered"
// or "name" member is a string, as WordPress and schema.org write them):
//   text       text | body | content | article | articleBody
//   title      title | headline
//   date       date | published | published_at | pubDate | datePublished
//   url        url | link
//   publisher  source | publisher | site
//   id         id | _id | doc_id (string or integer)
//
// Thread safety: pure functions.
#ifndef RASED_INGEST_RECORDS_H_
#define RASED_INGEST_RECORDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/metadata.h"
#include "rased/status.h"

namespace rased::ingest {

struct JsonArticle {
  std::string id;        // the record's own id, empty when it has none
  std::string text;      // may be HTML; see LooksLikeHtml
  std::string raw_date;  // as given; parsed by the caller
  Metadata metadata;     // title, url, publisher as given; `published` empty
};

// One JSON object. kDataLoss when `json` is not valid JSON or not an object,
// kInvalidArgument when it has no text field.
StatusOr<JsonArticle> ParseJsonArticle(std::string_view json);

// A whole JSON document: an object is one article, an array holds one per
// element (each element parsed as by ParseJsonArticle). kDataLoss when it is
// not valid JSON.
StatusOr<std::vector<StatusOr<JsonArticle>>> ParseJsonDocument(std::string_view json);

// True when `line` parses as one complete JSON object (JSON lines format).
bool IsJsonObjectLine(std::string_view line);

}  // namespace rased::ingest

#endif  // RASED_INGEST_RECORDS_H_

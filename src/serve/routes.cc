#include "serve/routes.h"

#include <httplib.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <unordered_map>

#include "rased/export.h"
#include "rased/ingest_job.h"
#include "rased/store_json.h"

namespace rased::serve {

namespace {

using nlohmann::json;
using Request = httplib::Request;
using Response = httplib::Response;

void SendJson(Response& res, const std::string& body, int status = 200) {
  res.status = status;
  res.set_content(body, "application/json; charset=utf-8");
}

void SendError(Response& res, const Status& status) {
  json body = {{"error", status.message()}, {"code", StatusCodeName(status.code())}};
  SendJson(res, body.dump(-1, ' ', false, json::error_handler_t::replace), HttpStatus(status));
}

std::string Param(const Request& req, const char* name, const std::string& fallback = "") {
  return req.has_param(name) ? req.get_param_value(name) : fallback;
}

int IntParam(const Request& req, const char* name, int fallback, int lo, int hi) {
  if (!req.has_param(name)) return fallback;
  try {
    return std::clamp(std::stoi(req.get_param_value(name)), lo, hi);
  } catch (const std::exception&) {
    return fallback;
  }
}

// "1,2,3" -> {1, 2, 3}; malformed items are skipped, at most 1000 ids.
std::vector<int64_t> IdList(const std::string& text) {
  std::vector<int64_t> ids;
  size_t start = 0;
  while (start < text.size() && ids.size() < 1000) {
    size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    const std::string item = text.substr(start, end - start);
    char* rest = nullptr;
    const long long v = std::strtoll(item.c_str(), &rest, 10);
    if (!item.empty() && rest != nullptr && *rest == '\0' && v > 0) ids.push_back(v);
    start = end + 1;
  }
  return ids;
}

// Every store-backed handler: borrow a connection, run, render or report.
template <typename F>
httplib::Server::Handler WithStore(const Context& ctx, F body) {
  return [&ctx, body](const Request& req, Response& res) {
    auto lease = ctx.stores->Acquire();
    if (!lease.ok()) return SendError(res, lease.status());
    Status s = body(**lease, req, res);
    if (!s.ok()) SendError(res, s);
  };
}

// Answers of read-only routes, kept for a few seconds: an analyst's workspace
// asks for the same profiles and networks again and again, and the knowledge
// base changes only by ingest. Writes through this server clear it at once;
// an ingest by another process shows after at most kTtl.
class ResponseCache {
 public:
  static constexpr auto kTtl = std::chrono::seconds(2);
  static constexpr size_t kMaxEntries = 2000;

  // nullopt: the caller computes the answer and Put()s it. An expired entry
  // is recomputed by one request while the others still get it, so a busy
  // route never has all its clients recompute at once.
  std::optional<std::string> Get(const std::string& key) {
    std::lock_guard lock(mu_);
    auto it = entries_.find(key);
    if (it == entries_.end()) return std::nullopt;
    Entry& e = it->second;
    if (Clock::now() - e.stored > kTtl && !e.refreshing) {
      e.refreshing = true;
      return std::nullopt;
    }
    return e.body;
  }
  void Put(const std::string& key, std::string body) {
    std::lock_guard lock(mu_);
    if (entries_.size() >= kMaxEntries) entries_.clear();
    entries_[key] = Entry{Clock::now(), std::move(body), false};
  }
  void Clear() {
    std::lock_guard lock(mu_);
    entries_.clear();
  }

 private:
  using Clock = std::chrono::steady_clock;
  struct Entry {
    Clock::time_point stored;
    std::string body;
    bool refreshing = false;
  };
  std::mutex mu_;
  std::unordered_map<std::string, Entry> entries_;
};

ResponseCache& Cache() {
  static ResponseCache cache;
  return cache;
}

std::string CacheKey(const Request& req) {
  std::string key = req.path;
  for (const auto& [name, value] : req.params) key += "\x1f" + name + "=" + value;
  return key;
}

// Wraps a query that returns StatusOr<T> rendered with ToJson.
template <typename Query>
httplib::Server::Handler JsonQuery(const Context& ctx, Query query) {
  auto handler =
      WithStore(ctx, [query](GraphStore& store, const Request& req, Response& res) -> Status {
        auto result = query(store, req);
        if (!result.ok()) return result.status();
        std::string body = ToJson(*result);
        Cache().Put(CacheKey(req), body);
        SendJson(res, body);
        return Status::OK();
      });
  return [handler](const Request& req, Response& res) {
    if (auto cached = Cache().Get(CacheKey(req))) return SendJson(res, *cached);
    handler(req, res);
  };
}

// Every write: run it, then forget every cached answer.
httplib::Server::Handler Write(httplib::Server::Handler handler) {
  return [handler](const Request& req, Response& res) {
    handler(req, res);
    Cache().Clear();
  };
}

std::string ContentType(const std::filesystem::path& path) {
  static const std::map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".ttf", "font/ttf"},
      {".txt", "text/plain; charset=utf-8"}};
  auto it = kTypes.find(path.extension().string());
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

// Serves a file of the built UI. The resolved path must stay inside the UI
// folder ("/../../etc/passwd" and symlinks out are refused); unknown paths
// get index.html so the single-page app can route them.
void ServeStatic(const Context& ctx, const Request& req, Response& res) {
  namespace fs = std::filesystem;
  if (ctx.static_dir.empty()) {
    return SendError(res, Status::NotFound("this server has no web UI (API only)"));
  }
  std::error_code ec;
  const fs::path root = fs::weakly_canonical(ctx.static_dir, ec);
  std::string relative = req.path.empty() ? "/" : req.path;
  if (relative.find('\0') != std::string::npos)
    return SendError(res, Status::InvalidArgument("bad path"));
  fs::path target = fs::weakly_canonical(root / relative.substr(1), ec);
  const std::string root_str = root.string(), target_str = target.string();
  const bool inside = !ec && target_str.rfind(root_str, 0) == 0 &&
                      (target_str.size() == root_str.size() || target_str[root_str.size()] == '/');
  if (!inside) return SendError(res, Status::NotFound("no such file"));
  if (fs::is_directory(target, ec) || !fs::is_regular_file(target, ec)) {
    const bool asset = fs::path(relative).has_extension();
    if (asset) return SendError(res, Status::NotFound("no such file " + relative));
    target = root / "index.html";
  }
  std::ifstream in(target, std::ios::binary);
  if (!in) return SendError(res, Status::NotFound("no such file " + relative));
  std::ostringstream content;
  content << in.rdbuf();
  res.set_content(content.str(), ContentType(target).c_str());
  if (target.filename() != "index.html") res.set_header("Cache-Control", "max-age=3600");
}

bool Authorized(const Context& ctx, const Request& req) {
  if (ctx.token.empty()) return true;
  const std::string bearer = "Bearer " + ctx.token;
  if (req.get_header_value("Authorization") == bearer) return true;
  if (req.has_param("token") && req.get_param_value("token") == ctx.token) return true;
  const std::string cookie = req.get_header_value("Cookie");
  return cookie.find("rased_token=" + ctx.token) != std::string::npos;
}

// Ingest of uploaded files (multipart "files") or pasted text (JSON
// {"text", "title", "published", "publisher", "id"}).
Status Ingest(const Context& ctx, GraphStore& store, const Request& req, Response& res) {
  if (ctx.pipeline == nullptr || ctx.reader == nullptr) {
    return Status::FailedPrecondition("this server does not accept uploads");
  }
  std::vector<Document> docs;
  json errors = json::array();
  if (req.is_multipart_form_data()) {
    for (const auto& [name, file] : req.files) {
      const std::string id = "upload/" + (file.filename.empty() ? name : file.filename);
      const size_t dot = file.filename.find_last_of('.');
      auto doc = ctx.reader->ParseBytes(
          file.content, id, dot == std::string::npos ? "" : file.filename.substr(dot + 1));
      if (doc.ok()) {
        docs.push_back(std::move(*doc));
      } else {
        errors.push_back({{"doc", id}, {"error", doc.status().ToString()}});
      }
    }
  } else {
    json body = json::parse(req.body, nullptr, false);
    if (!body.is_object() || !body.contains("text") || !body["text"].is_string()) {
      return Status::InvalidArgument("send files as multipart/form-data, or JSON {\"text\": …}");
    }
    const std::string text = body["text"].get<std::string>();
    std::string id = body.value("id", "");
    if (id.empty()) id = "pasted/" + std::to_string(std::hash<std::string>{}(text));
    auto doc = ctx.reader->ParseBytes(text, id, "txt");
    if (!doc.ok()) return doc.status();
    if (body.contains("title") && body["title"].is_string()) doc->title = body["title"];
    if (body.contains("published") && body["published"].is_string())
      doc->published = body["published"];
    if (body.contains("publisher") && body["publisher"].is_string())
      doc->publisher = body["publisher"];
    docs.push_back(std::move(*doc));
  }
  IngestOptions options;
  std::vector<std::string> ids;
  for (const Document& d : docs) ids.push_back(d.id);
  auto summary = IngestDocuments(std::move(docs), *ctx.pipeline, store, options,
                                 [&](const std::string& source, const Status& s) {
                                   errors.push_back({{"doc", source}, {"error", s.ToString()}});
                                 });
  if (!summary.ok()) return summary.status();
  json out = {{"documents", ids},
              {"stored", summary->progress.documents_stored},
              {"skipped", summary->progress.documents_skipped},
              {"errors", errors},
              {"totals", json::parse(ToJson(summary->totals))}};
  SendJson(res, out.dump(-1, ' ', false, json::error_handler_t::replace),
           ids.empty() && !errors.empty() ? 422 : 200);
  return Status::OK();
}

}  // namespace

int HttpStatus(const Status& status) {
  switch (status.code()) {
    case StatusCode::kOk:
      return 200;
    case StatusCode::kInvalidArgument:
      return 400;
    case StatusCode::kNotFound:
      return 404;
    case StatusCode::kAlreadyExists:
      return 409;
    case StatusCode::kFailedPrecondition:
      return 409;
    case StatusCode::kDataLoss:
      return 422;
    case StatusCode::kResourceExhausted:
      return 413;
    case StatusCode::kUnavailable:
      return 503;
    case StatusCode::kIoError:
    case StatusCode::kInternal:
      return 500;
  }
  return 500;
}

void InstallRoutes(httplib::Server& http, const Context& ctx) {
  http.set_pre_routing_handler([&ctx](const Request& req, Response& res) {
    if (Authorized(ctx, req)) {
      // A token given in the URL of the page becomes a cookie, so the UI's
      // own requests carry it without putting it in every link.
      if (!ctx.token.empty() && req.has_param("token")) {
        res.set_header("Set-Cookie",
                       "rased_token=" + ctx.token + "; HttpOnly; SameSite=Strict; Path=/");
      }
      return httplib::Server::HandlerResponse::Unhandled;
    }
    SendError(res, Status(StatusCode::kInvalidArgument, "missing or wrong token"));
    res.status = 401;
    return httplib::Server::HandlerResponse::Handled;
  });
  http.set_post_routing_handler([](const Request&, Response& res) {
    // Article text is hostile: the UI escapes it, and the browser is told to
    // run no script that is not the UI's own.
    res.set_header("Content-Security-Policy",
                   "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                   "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                   "frame-ancestors 'none'; form-action 'self'");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("X-Frame-Options", "DENY");
  });
  http.set_exception_handler([](const Request&, Response& res, std::exception_ptr ep) {
    std::string what = "unexpected error";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    SendError(res, Status::Internal(what));
  });
  http.set_error_handler([](const Request&, Response& res) {
    if (res.body.empty()) {
      const StatusCode code = res.status == 413   ? StatusCode::kResourceExhausted
                              : res.status == 404 ? StatusCode::kNotFound
                                                  : StatusCode::kInvalidArgument;
      const int status = res.status;
      SendError(res, Status(code, "HTTP " + std::to_string(status)));
      res.status = status;
    }
  });

  // ---- the route table ------------------------------------------------------
  http.Get("/api/health", [](const Request&, Response& res) { SendJson(res, R"({"ok":true})"); });
  http.Get("/api/stats",
           JsonQuery(ctx, [](GraphStore& s, const Request&) { return s.GetCounts(); }));
  http.Get("/api/entities", JsonQuery(ctx, [](GraphStore& s, const Request& r) {
             return s.ListEntities({Param(r, "type"), IntParam(r, "min_docs", 0, 0, 1 << 30),
                                    Param(r, "q"), IntParam(r, "limit", 200, 1, 10000), false});
           }));
  http.Get(R"(/api/entities/([^/]+))", JsonQuery(ctx, [](GraphStore& s, const Request& r) {
             return s.GetEntity(r.matches[1]);
           }));
  http.Get("/api/relations", JsonQuery(ctx, [](GraphStore& s, const Request& r) {
             return s.ListRelations({Param(r, "type"), Param(r, "entity"), Param(r, "from"),
                                     Param(r, "to"), IntParam(r, "limit", 1000, 1, 20000),
                                     IdList(Param(r, "ids"))});
           }));
  http.Get("/api/timeline", JsonQuery(ctx, [](GraphStore& s, const Request& r) {
             return s.Timeline(Param(r, "entity"));
           }));
  http.Get("/api/network", JsonQuery(ctx, [](GraphStore& s, const Request& r) {
             return s.GetNetwork(Param(r, "entity"), IntParam(r, "depth", 1, 1, 3));
           }));
  http.Get("/api/path", JsonQuery(ctx, [](GraphStore& s, const Request& r) {
             return s.FindPath(Param(r, "from"), Param(r, "to"));
           }));
  http.Get("/api/conflicts",
           JsonQuery(ctx, [](GraphStore& s, const Request&) { return s.Conflicts(); }));
  http.Get("/api/search", JsonQuery(ctx, [](GraphStore& s, const Request& r) {
             return s.Search(Param(r, "q"), IntParam(r, "limit", 20, 1, 200));
           }));
  http.Get("/api/documents", JsonQuery(ctx, [](GraphStore& s, const Request& r) {
             return s.ListDocuments(IntParam(r, "limit", 100, 1, 10000),
                                    IntParam(r, "offset", 0, 0, 1 << 30));
           }));
  // Document ids are paths ("corpus/a.html"), so the id is a query parameter.
  http.Get("/api/document", JsonQuery(ctx, [](GraphStore& s, const Request& r) {
             return s.GetDocument(Param(r, "id"));
           }));
  http.Get("/api/export", WithStore(ctx, [](GraphStore& s, const Request& r, Response& res) {
             auto format = ParseExportFormat(Param(r, "format", "graphml"));
             if (!format.ok()) return format.status();
             std::ostringstream out;
             RASED_RETURN_IF_ERROR(Export(s, *format, out));
             const std::string name = "rased." + Param(r, "format", "graphml");
             res.set_header("Content-Disposition", "attachment; filename=\"" + name + "\"");
             res.set_content(out.str(),
                             *format == ExportFormat::kGraphml || *format == ExportFormat::kGexf
                                 ? "application/xml; charset=utf-8"
                                 : "text/plain; charset=utf-8");
             return Status::OK();
           }));
  http.Post("/api/ingest",
            Write(WithStore(ctx, [&ctx](GraphStore& s, const Request& r, Response& res) {
              return Ingest(ctx, s, r, res);
            })));
  http.Post(R"(/api/entities/([^/]+)/merge)",
            Write(WithStore(ctx, [](GraphStore& s, const Request& r, Response& res) {
              RASED_RETURN_IF_ERROR(s.Merge(r.matches[1], Param(r, "other")));
              SendJson(res, R"({"ok":true})");
              return Status::OK();
            })));
  http.Post(R"(/api/entities/([^/]+)/split)",
            Write(WithStore(ctx, [](GraphStore& s, const Request& r, Response& res) {
              RASED_RETURN_IF_ERROR(s.Split(r.matches[1]));
              SendJson(res, R"({"ok":true})");
              return Status::OK();
            })));
  http.Get(R"(/api/.*)", [](const Request& req, Response& res) {
    SendError(res, Status::NotFound("no API route " + req.path));
  });
  http.Get(R"(/.*)", [&ctx](const Request& req, Response& res) { ServeStatic(ctx, req, res); });
}

}  // namespace rased::serve

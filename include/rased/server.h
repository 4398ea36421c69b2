// Server: the JSON API and the web workspace over one knowledge base.
//
//   rased::ServerOptions options;           // 127.0.0.1:8080, no token
//   options.db = "rased.db";
//   auto server = rased::Server::Create(options, pipeline.get(), reader.get());
//   if (!server.ok()) return server.status();
//   (*server)->Run();                        // blocks until Stop()
//
// Every route is listed in one table (src/serve/routes.cc) and every handler
// is a thin call into GraphStore, Pipeline or Export. Errors are JSON
// {"error": "...", "code": "not found"} with the HTTP status that the Status
// code maps to (one function does the mapping).
//
// Security: binds to 127.0.0.1 unless told otherwise; listening on any other
// address requires a token, which every request must then carry
// ("Authorization: Bearer TOKEN", or "?token=TOKEN" for downloads). Request
// bodies are limited (max_upload_bytes); static files are served only from
// static_dir, never above it; every response forbids inline scripts through
// Content-Security-Policy.
//
// Thread safety: Run() serves requests on a pool of threads, each with its own
// store connection; Stop() may be called from any thread.
#ifndef RASED_SERVER_H_
#define RASED_SERVER_H_

#include <memory>
#include <string>

#include "rased/pipeline.h"
#include "rased/reader.h"
#include "rased/status.h"

namespace rased {

struct ServerOptions {
  // Knowledge base: SQLite file or postgres:// URL.
  std::string db = "rased.db";
  // Address to listen on. Anything but a loopback address needs `token`.
  std::string host = "127.0.0.1";
  // Port; 0 picks a free one (see Server::port()).
  int port = 8080;
  // Shared secret required on every request when not empty.
  std::string token;
  // The built web UI (web/dist); empty serves the API only.
  std::string static_dir;
  // Largest accepted request body (uploads), in bytes. Default 32 MiB.
  size_t max_upload_bytes = size_t{32} << 20;
  // Worker threads (each serves one connection at a time); 0 means 64.
  int threads = 0;
  // Data directory, for the store's tables (empty: DefaultDataDir()).
  std::string data_dir;
};

class Server {
 public:
  // `pipeline` and `reader` are not owned and must outlive the server. Fails
  // with kInvalidArgument for a non-loopback host without a token, kUnavailable
  // when the port cannot be bound, and any error of opening the store.
  static StatusOr<std::unique_ptr<Server>> Create(const ServerOptions& options,
                                                  const Pipeline* pipeline, const Reader* reader);
  ~Server();

  int port() const;  // the bound port
  // Serves until Stop(). Returns non-OK if the listener fails.
  Status Run();
  void Stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace rased

#endif  // RASED_SERVER_H_

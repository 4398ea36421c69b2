#include "rased/server.h"

#include <httplib.h>

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <thread>
#include <vector>

#include "rased/graph_store.h"
#include "serve/routes.h"

namespace rased {

namespace {

bool IsLoopback(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

// Store connections for the worker threads: a request borrows one and gives it
// back, so connections (and SQLite's prepared statements) are reused.
class StorePool final : public serve::StoreSource {
 public:
  StorePool(std::string url, StoreOptions options)
      : url_(std::move(url)), options_(std::move(options)) {}

  StatusOr<Lease> Acquire() override {
    {
      std::lock_guard lock(mu_);
      if (!free_.empty()) {
        auto store = std::move(free_.back());
        free_.pop_back();
        return Lease(std::move(store), this);
      }
    }
    RASED_ASSIGN_OR_RETURN(auto store, GraphStore::Open(url_, options_));
    return Lease(std::move(store), this);
  }

  void Release(std::unique_ptr<GraphStore> store) override {
    std::lock_guard lock(mu_);
    free_.push_back(std::move(store));
  }

 private:
  std::string url_;
  StoreOptions options_;
  std::mutex mu_;
  std::vector<std::unique_ptr<GraphStore>> free_;
};

}  // namespace

struct Server::Impl {
  ServerOptions options;
  std::unique_ptr<StorePool> stores;
  serve::Context context;  // referenced by the route handlers
  httplib::Server http;
  int port = 0;
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

int Server::port() const { return impl_->port; }

StatusOr<std::unique_ptr<Server>> Server::Create(const ServerOptions& options,
                                                 const Pipeline* pipeline, const Reader* reader) {
  if (!IsLoopback(options.host) && options.token.empty()) {
    return Status::InvalidArgument("listening on " + options.host +
                                   " exposes the knowledge base to the network: give --token");
  }
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  StoreOptions store_options;
  store_options.data_dir = options.data_dir;
  store_options.kb = pipeline ? &pipeline->kb() : nullptr;
  impl->stores = std::make_unique<StorePool>(options.db, store_options);
  // Open once now: a wrong URL or a corrupt file fails at start, not on the
  // first request.
  { RASED_ASSIGN_OR_RETURN(auto lease, impl->stores->Acquire()); }
  if (!options.static_dir.empty() && !std::filesystem::is_directory(options.static_dir)) {
    return Status::NotFound("no web UI at " + options.static_dir + " (build it: make web)");
  }

  httplib::Server& http = impl->http;
  // A thread serves one keep-alive connection at a time, so the pool must
  // cover the clients (a browser opens six; a team, dozens): too few threads
  // leave connections queued behind idle keep-alives.
  const int threads = options.threads > 0 ? options.threads : 64;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(options.max_upload_bytes);
  http.set_read_timeout(30, 0);
  http.set_write_timeout(60, 0);
  http.set_keep_alive_max_count(100);
  http.set_keep_alive_timeout(5);

  impl->context = serve::Context{impl->stores.get(), pipeline,           reader,
                                 options.token,      options.static_dir, options.max_upload_bytes};
  serve::InstallRoutes(http, impl->context);

  const int port = options.port == 0
                       ? http.bind_to_any_port(options.host)
                       : (http.bind_to_port(options.host, options.port) ? options.port : -1);
  if (port < 0) {
    return Status::Unavailable("cannot listen on " + options.host + ":" +
                               std::to_string(options.port) + " (in use?)");
  }
  impl->port = port;
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Status Server::Run() {
  if (!impl_->http.listen_after_bind()) return Status::Unavailable("the listener stopped");
  return Status::OK();
}

void Server::Stop() { impl_->http.stop(); }

}  // namespace rased

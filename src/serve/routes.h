// The HTTP routes of `rased serve`, in one table, and what they share.
#ifndef RASED_SERVE_ROUTES_H_
#define RASED_SERVE_ROUTES_H_

#include <memory>
#include <string>

#include "rased/graph_store.h"
#include "rased/pipeline.h"
#include "rased/reader.h"

namespace httplib {
class Server;
}

namespace rased::serve {

// Lends store connections to request handlers (one per concurrent request).
class StoreSource {
 public:
  class Lease {
   public:
    Lease(std::unique_ptr<GraphStore> store, StoreSource* owner)
        : store_(std::move(store)), owner_(owner) {}
    Lease(Lease&& other) noexcept = default;
    ~Lease() {
      if (store_) owner_->Release(std::move(store_));
    }
    GraphStore& operator*() { return *store_; }
    GraphStore* operator->() { return store_.get(); }

   private:
    std::unique_ptr<GraphStore> store_;
    StoreSource* owner_;
  };
  virtual ~StoreSource() = default;
  virtual StatusOr<Lease> Acquire() = 0;
  virtual void Release(std::unique_ptr<GraphStore> store) = 0;
};

struct Context {
  StoreSource* stores;
  const Pipeline* pipeline;  // may be null: then no uploads
  const Reader* reader;      // may be null: then no uploads
  std::string token;         // empty: no authentication
  std::string static_dir;    // empty: API only
  size_t max_upload_bytes;
};

// The HTTP status for a Status code: the one place this mapping lives.
int HttpStatus(const Status& status);

// Handlers keep a reference to `context`: it must outlive `http`.
void InstallRoutes(httplib::Server& http, const Context& context);

}  // namespace rased::serve

#endif  // RASED_SERVE_ROUTES_H_

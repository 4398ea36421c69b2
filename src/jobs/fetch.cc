#include <curl/curl.h>

#include <mutex>

#include "rased/ingest_job.h"

namespace rased {

namespace {

struct Sink {
  std::string body;
  size_t max_bytes;
  bool too_big = false;
};

size_t Write(char* data, size_t size, size_t n, void* user) {
  auto* sink = static_cast<Sink*>(user);
  if (sink->body.size() + size * n > sink->max_bytes) {
    sink->too_big = true;
    return 0;  // makes curl abort the transfer
  }
  sink->body.append(data, size * n);
  return size * n;
}

}  // namespace

StatusOr<std::string> FetchUrl(const std::string& url, size_t max_bytes,
                               std::string* content_type) {
  static std::once_flag init;
  std::call_once(init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  CURL* curl = curl_easy_init();
  if (curl == nullptr) return Status::Internal("cannot initialise libcurl");
  Sink sink{"", max_bytes};
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 5L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "rased/0.1");
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, Write);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
  const CURLcode rc = curl_easy_perform(curl);
  long code = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
  char* type = nullptr;
  curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &type);
  if (content_type != nullptr) *content_type = type ? type : "";
  curl_easy_cleanup(curl);
  if (sink.too_big) return Status::ResourceExhausted(url + ": larger than the download limit");
  if (rc != CURLE_OK) return Status::Unavailable(url + ": " + curl_easy_strerror(rc));
  if (code == 404) return Status::NotFound(url + ": HTTP 404");
  if (code >= 400) return Status::Unavailable(url + ": HTTP " + std::to_string(code));
  return std::move(sink.body);
}

}  // namespace rased

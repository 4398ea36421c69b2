// Status and StatusOr: how rased reports expected failures.
//
//   rased::StatusOr<rased::Document> doc = reader.Read("article.html");
//   if (!doc.ok()) {
//     std::cerr << doc.status().ToString() << "\n";   // "invalid argument: ..."
//     return;
//   }
//   Use(*doc);
//
// Library functions never throw for bad input (broken encodings, hostile HTML,
// missing files); they return a non-OK Status that names the document and the
// reason. Exceptions from third-party code are caught at the library boundary.
#ifndef RASED_STATUS_H_
#define RASED_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace rased {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,     // the caller's input is malformed (bad option, unparseable query)
  kNotFound,            // a file, entity or document does not exist
  kAlreadyExists,       // e.g. a document with the same content hash is stored
  kDataLoss,            // input is corrupt or undecodable (binary file, broken encoding)
  kIoError,             // the operating system refused a read or write
  kFailedPrecondition,  // the store or model is in the wrong state for the call
  kUnavailable,         // a server (PostgreSQL, a URL) cannot be reached
  kResourceExhausted,   // a size limit was exceeded (huge file, upload limit)
  kInternal,            // a bug in rased; please report it
};

// Value type. Cheap to copy when OK (no allocation).
class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string m) {
    return {StatusCode::kInvalidArgument, std::move(m)};
  }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status AlreadyExists(std::string m) { return {StatusCode::kAlreadyExists, std::move(m)}; }
  static Status DataLoss(std::string m) { return {StatusCode::kDataLoss, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status FailedPrecondition(std::string m) {
    return {StatusCode::kFailedPrecondition, std::move(m)};
  }
  static Status Unavailable(std::string m) { return {StatusCode::kUnavailable, std::move(m)}; }
  static Status ResourceExhausted(std::string m) {
    return {StatusCode::kResourceExhausted, std::move(m)};
  }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "not found: no such file: a.txt"; "OK" when ok().
  std::string ToString() const;

  // Returns a copy whose message is "context: message" (for naming the document).
  Status WithContext(std::string_view context) const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

std::string_view StatusCodeName(StatusCode code);

// Either a value or a non-OK Status. Accessing value() of a non-OK StatusOr is a
// programming error (asserted in debug builds).
template <typename T>
class StatusOr {
 public:
  StatusOr(Status status) : status_(std::move(status)) { assert(!status_.ok()); }  // NOLINT
  StatusOr(T value) : value_(std::move(value)) {}                                  // NOLINT

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  T& value() & {
    assert(ok());
    return *value_;
  }
  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace rased

#define RASED_STATUS_CONCAT_INNER_(a, b) a##b
#define RASED_STATUS_CONCAT_(a, b) RASED_STATUS_CONCAT_INNER_(a, b)

#define RASED_RETURN_IF_ERROR(expr)                \
  do {                                             \
    ::rased::Status rased_status_ = (expr);        \
    if (!rased_status_.ok()) return rased_status_; \
  } while (0)

#define RASED_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                 \
  if (!tmp.ok()) return tmp.status();                \
  lhs = std::move(tmp).value()

#define RASED_ASSIGN_OR_RETURN(lhs, expr) \
  RASED_ASSIGN_OR_RETURN_IMPL_(RASED_STATUS_CONCAT_(rased_statusor_, __LINE__), lhs, expr)

#endif  // RASED_STATUS_H_

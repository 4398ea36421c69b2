// Pipeline: annotates a Document with tokens, dates, quantities, entities,
// roles and relations.
//
//   rased::PipelineOptions options;               // defaults find data/
//   auto pipeline = rased::Pipeline::Create(options);
//   if (!pipeline.ok()) return pipeline.status();  // missing or corrupt data
//   rased::Document doc = ...;                     // from rased::Reader
//   RASED_RETURN_IF_ERROR((*pipeline)->Annotate(&doc));
//
// Create() loads and compiles the knowledge base and rule tables once (a few
// hundred milliseconds); Annotate() is then cheap.
//
// Thread safety: Annotate() is const and may be called concurrently from many
// threads on distinct Documents.
#ifndef RASED_PIPELINE_H_
#define RASED_PIPELINE_H_

#include <memory>
#include <string_view>

#include "rased/document.h"
#include "rased/options.h"
#include "rased/status.h"

namespace rased {

class KnowledgeBase;

// One stage of the pipeline. Implementations live in src/<stage>/.
class Annotator {
 public:
  virtual ~Annotator() = default;
  virtual std::string_view name() const = 0;
  // Adds this stage's annotations to `doc`. Requires the annotations of the
  // earlier stages. Fails only on internal errors; odd text is not an error.
  virtual Status Annotate(Document& doc) const = 0;
};

class Pipeline {
 public:
  // Fails with kNotFound / kDataLoss when a data file is missing or malformed
  // (the message names the file and line).
  static StatusOr<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options);
  ~Pipeline();

  // Clears earlier annotations of `doc` and runs every stage. Requires
  // doc->text to be valid UTF-8 (Reader guarantees it).
  Status Annotate(Document* doc) const;

  // The compiled knowledge base; owned by the pipeline.
  const KnowledgeBase& kb() const;

 private:
  struct Impl;
  explicit Pipeline(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace rased

#endif  // RASED_PIPELINE_H_

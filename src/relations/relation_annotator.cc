#include "relations/relation_annotator.h"

#include "kb/knowledge_base.h"
#include "relations/attribution.h"
#include "relations/doc_view.h"
#include "relations/extractor.h"
#include "relations/rules.h"

namespace rased::relations {

namespace {

// The relation stage. Holds the compiled rules; every document gets its own
// DocView, Attribution and Extractor, so Annotate is const and thread-safe.
class RelationAnnotator : public Annotator {
 public:
  RelationAnnotator(const KnowledgeBase& kb, std::unique_ptr<Rules> rules)
      : kb_(kb), rules_(std::move(rules)) {}

  std::string_view name() const override { return "relations"; }

  Status Annotate(Document& doc) const override {
    doc.relations.clear();
    if (doc.tokens.empty() || doc.sentences.empty()) return Status::OK();
    DocView view(doc, *rules_, kb_);
    Attribution attribution(view);
    attribution.Run();
    Extractor extractor(view, attribution);
    extractor.ExtractRelations(&doc.relations);
    extractor.LinkQuantities(doc.relations, &doc.quantities);
    return Status::OK();
  }

 private:
  const KnowledgeBase& kb_;
  std::unique_ptr<Rules> rules_;
};

}  // namespace

StatusOr<std::unique_ptr<Annotator>> NewRelationAnnotator(const KnowledgeBase& kb,
                                                          const std::string& data_dir) {
  RASED_ASSIGN_OR_RETURN(auto rules, Rules::Load(data_dir));
  return std::unique_ptr<Annotator>(new RelationAnnotator(kb, std::move(rules)));
}

}  // namespace rased::relations

#include "relations/relation_annotator.h"

#include <cstdio>
#include <cstdlib>

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
    if (getenv("RASED_REL_DEBUG")) {  // TEMP-DEBUG
      for (const Frame& f : attribution.frames()) {
        fprintf(stderr, "FRAME s=%u [%.60s] entity=%s text=%s pub=%d outlet=%d plural=%d\n", f.sentence,
                std::string(doc.Slice(doc.sentences[f.sentence].span)).c_str(),
                f.entity >= 0 ? doc.entities[f.entity].name.c_str() : "-", f.text.c_str(), f.from_publisher,
                f.outlet, f.plural);
      }
      std::string ex;
      for (uint32_t t = 0; t < view.size(); ++t) {
        if (view.tok(t).excluded) ex += std::string(doc.Slice(doc.tokens[t].span)) + " ";
        else if (!ex.empty() && ex.back() != '|') ex += "| ";
      }
      fprintf(stderr, "EXCLUDED %s\n", ex.c_str());
      if (getenv("RASED_REL_DEBUG_TOKENS")) {
        for (uint32_t t = 0; t < view.size(); ++t) {
          const Token& tk = doc.tokens[t];
          fprintf(stderr, "TOK %u key=%s base=%s stem=%s encl=%d classes=%x pro=%x m=%d\n", t, tk.key.c_str(),
                  tk.base.c_str(), tk.stem.c_str(), tk.enclitic_bytes, view.tok(t).classes, view.tok(t).proclitics,
                  view.tok(t).mention);
        }
      }
    }
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

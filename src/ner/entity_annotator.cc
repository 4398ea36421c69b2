// The entity stage. Passes, in order, over each document:
//   1. knowledge-base aliases (longest match over token keys, proclitics
//      tolerated on the first token, idioms excluded), with the names inside
//      them that refer to something else (a parent body, a place);
//   2. organisation and place heads with their genitive complements, and
//      direction words before places (a region, or only the place);
//   3. quoted names after a head (موقع "صوت دمشق");
//   4. titles and offices, with the person named after them (and roles);
//   5. given names and name particles; apposition; subjects of reporting
//      verbs; words of foreign shape in place contexts;
//   6. entities: knowledge-base ids, or the normalised name for new ones;
//      metonymy (a capital that acts stands for its state);
//   7. in-document coreference: short forms, title-only and descriptive
//      references, attached to entities already found (never creating one);
//   8. roles after a name (apposition), organisations of roles.
#include "ner/entity_annotator.h"

#include "ner/entity_annotator_internal.h"

namespace rased::ner {

namespace internal {

Status EntityAnnotator::Annotate(Document& doc) const {
  if (doc.tokens.empty()) return Status::OK();
  Ctx c(doc);
  Analyse(c);
  c.team_doc = TeamDocument(c);
  MatchKb(c);
  FindGenericOrgs(c);
  FindHeads(c);
  FindQuoted(c);
  FindPlaceConjuncts(c);
  FindTitles(c);
  FindNames(c);
  FindOutletRepeats(c);
  if (model_) {
    std::vector<ModelMention> found;
    model_->Find(
        doc,
        [&c](uint32_t i) {
          const TokInfo& in = c.info[i];
          return RuleTokenView{c.owner[i] >= 0, (in.flags & kIdiom) != 0,
                               (in.flags & (kStop | kGentilic)) != 0,
                               (in.flags & kLexicon) != 0 && in.facts.kb_readings == 0, in.head};
        },
        &found);
    for (const ModelMention& m : found) {
      Cand cand;
      cand.tb = m.token_begin;
      cand.te = m.token_end;
      cand.stripped = m.stripped;
      cand.type = m.type;
      cand.kb = m.kb;
      cand.source = MentionSource::kModel;
      c.Add(std::move(cand));
    }
  }
  BuildEntities(c);
  AppositionRoles(c);
  Corefer(c);
  Emit(c);
  return Status::OK();
}

}  // namespace internal

StatusOr<std::unique_ptr<Annotator>> NewEntityAnnotator(
    const KnowledgeBase& kb, const std::string& data_dir, bool model_mentions,
    std::shared_ptr<const text::Lexicon> lexicon) {
  RASED_ASSIGN_OR_RETURN(NerTables tables, NerTables::Load(data_dir));
  if (!lexicon) {
    auto loaded = text::Lexicon::Load("", data_dir);
    if (loaded.ok()) lexicon = std::move(*loaded);
  }
  std::unique_ptr<ModelMentions> model;
  if (model_mentions) {
    if (!lexicon) return Status::NotFound("model mentions need the Arabic word list");
    RASED_ASSIGN_OR_RETURN(model, ModelMentions::Load(data_dir, kb, *lexicon));
  }
  auto annotator =
      std::make_unique<internal::EntityAnnotator>(kb, std::move(tables), std::move(lexicon));
  annotator->set_model(std::move(model));
  return std::unique_ptr<Annotator>(std::move(annotator));
}

}  // namespace rased::ner

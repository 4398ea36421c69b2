#include "store/kb_facts.h"

#include "kb/knowledge_base.h"

namespace rased::store {

std::optional<KbFacts> LookupKbFacts(const KnowledgeBase* kb, const std::string& kb_id) {
  if (kb == nullptr) return std::nullopt;
  const KbEntity* e = kb->FindById(kb_id);
  if (e == nullptr) return std::nullopt;
  KbFacts facts;
  facts.name_ar = e->name_ar;
  facts.name_en = e->name_en;
  facts.description = e->description;
  facts.country = e->country;
  facts.lat = e->lat;
  facts.lon = e->lon;
  // Shared short forms ("~" in the KB) would pull other people's names into
  // this entity during resolution, so only the entity's own names are kept.
  for (const auto* list : {&e->aliases_ar, &e->aliases_en}) {
    for (const std::string& a : *list) {
      if (!IsWeakAlias(*e, a)) facts.aliases.push_back(a);
    }
  }
  return facts;
}

}  // namespace rased::store

// What the store takes from the knowledge base for an entity with a kb_id.
#ifndef RASED_STORE_KB_FACTS_H_
#define RASED_STORE_KB_FACTS_H_

#include <optional>
#include <string>
#include <vector>

namespace rased {
class KnowledgeBase;
}

namespace rased::store {

struct KbFacts {
  std::string name_ar, name_en, description;
  std::string country;  // KB id of the entity's country, empty when none
  std::optional<double> lat, lon;
  std::vector<std::string> aliases;  // both scripts, canonical names included
};

// nullopt when kb is null or has no such id.
std::optional<KbFacts> LookupKbFacts(const KnowledgeBase* kb, const std::string& kb_id);

}  // namespace rased::store

#endif  // RASED_STORE_KB_FACTS_H_

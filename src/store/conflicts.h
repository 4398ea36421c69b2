// The contradiction view: the same quantity reported differently by different
// sources ("حوالي ثلاثمائة" / "1500" / "حوالي 1000" Syrian fighters with
// Haftar; 10 flights a month / 1–2 a week).
#ifndef RASED_STORE_CONFLICTS_H_
#define RASED_STORE_CONFLICTS_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "rased/graph_store.h"

namespace rased::store {

// Match key of a counted noun -> its class ("people", "flights", "money" …),
// from data/store/unit_classes.tsv.
using UnitClasses = std::unordered_map<std::string, std::string>;

struct QuantityClaim {
  std::string about, unit, rate;
  double low = 0, high = 0;
  bool approximate = false;
  int64_t subject = 0;        // global entity id, 0 if none
  int64_t source_entity = 0;  // global entity id of the source, 0 if none
  std::string source_text;
  std::string doc, publisher, published, evidence;
  uint32_t start = 0, end = 0;
  int64_t doc_id = 0;
  int64_t original_doc_id = 0;  // the first copy, for near-duplicate articles
};

// Groups claims by (class of the counted noun, subject) and returns the groups
// whose values disagree between independent reports. Rates are compared per
// month (a week counts 52/12 times a month). Near-duplicate documents count as
// one report. Entity ids in the result (subject, sources) are the global ids
// as decimal strings; the caller turns them into names.
std::vector<Conflict> QuantityConflicts(const std::vector<QuantityClaim>& claims,
                                        const UnitClasses& classes);

// The class of a counted noun ("مقاتل سوري" -> "people"); empty when unknown.
std::string UnitClassOf(const QuantityClaim& claim, const UnitClasses& classes);

}  // namespace rased::store

#endif  // RASED_STORE_CONFLICTS_H_

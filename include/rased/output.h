// Output: a Document as the JSON contract of DESIGN.md, or as readable text.
//
//   std::cout << rased::ToJsonLine(doc) << "\n";   // one line, code-point offsets
//   std::cout << rased::ToReadable(doc);           // for people at a terminal
#ifndef RASED_OUTPUT_H_
#define RASED_OUTPUT_H_

#include <string>

#include "rased/document.h"

namespace rased {

// One JSON object (no trailing newline). Offsets are code points into `text`;
// entity ids are "e1", "e2", ... in Document::entities order.
std::string ToJsonLine(const Document& doc);

// A listing of metadata, entities, roles, dates, quantities and one readable
// sentence per relation: "VISIT  حفتر → موسكو  2023-09-26  (reported by …)  «…»".
std::string ToReadable(const Document& doc);

}  // namespace rased

#endif  // RASED_OUTPUT_H_

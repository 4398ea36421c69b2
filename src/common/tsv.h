// Reading the tab-separated tables of data/.
//
// Format: UTF-8, one record per line, fields separated by TAB. Lines that are
// empty or start with '#' are comments. Within a field, '|' separates list
// items (SplitList). A header line, if any, starts with '#'.
#ifndef RASED_COMMON_TSV_H_
#define RASED_COMMON_TSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "rased/status.h"

namespace rased {

struct TsvRow {
  int line = 0;                     // 1-based line number, for error messages
  std::vector<std::string> fields;  // at least one
};

// Reads a whole table. Fails with kNotFound when the file is missing and
// kDataLoss when it is not valid UTF-8 (naming path and line).
StatusOr<std::vector<TsvRow>> ReadTsv(const std::string& path);

// "a|b| c" -> {"a", "b", "c"}; empty items dropped, items trimmed.
std::vector<std::string> SplitList(std::string_view field, char sep = '|');

// Reads a whole file. kNotFound / kIoError on failure.
StatusOr<std::string> ReadFile(const std::string& path);

}  // namespace rased

#endif  // RASED_COMMON_TSV_H_

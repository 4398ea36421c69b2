#include "extract/fold_key.h"

#include "common/utf8.h"
#include "text/normalize.h"

namespace rased::extract {

std::string FoldKey(std::string_view text) {
  if (utf8::IsValid(text)) return text::MatchKey(text);
  std::string repaired;
  utf8::Repair(text, repaired);
  return text::MatchKey(repaired);
}

}  // namespace rased::extract

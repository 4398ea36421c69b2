// FoldKey: the normalisation ParseStandaloneDate applies to its input and to
// its tables: the text layer's match key (text::MatchKey), on input first
// repaired to valid UTF-8 since date strings come straight from page metadata.
//
// Thread safety: pure function.
#ifndef RASED_EXTRACT_FOLD_KEY_H_
#define RASED_EXTRACT_FOLD_KEY_H_

#include <string>
#include <string_view>

namespace rased::extract {

// Invalid UTF-8 bytes become U+FFFD.
std::string FoldKey(std::string_view text);

}  // namespace rased::extract

#endif  // RASED_EXTRACT_FOLD_KEY_H_

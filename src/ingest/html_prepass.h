// PrepareHtml: a cheap pass over a page before the HTML parser sees it.
//
// 1. Bounds element nesting. Gumbo checks scopes by walking its stack of open
//    elements and re-opens "active" formatting elements (<b>, <font>, <a>,
//    ...) inside every new block, so 100,000 unclosed <div>s cost it
//    quadratic time and "<p><b id=1>x</p><p><b id=2>x</p>..." a quadratic
//    number of elements. This pass tokenises the page (tags, comments,
//    raw-text elements such as <script>), follows an approximation of the
//    parser's stack of open elements (void elements, implied end tags of
//    p/li/td/..., end tags closing the nearest match) and of its list of
//    active formatting elements (with td/th/caption markers), and deletes
//    every start tag that would open an element deeper than `max_depth`, or
//    a formatting element beyond kMaxActiveFormatting. Real pages nest a few
//    dozen levels; the approximation only errs towards deleting more tags,
//    and a deleted tag loses markup, never text.
// 2. Empties <script> and <style> elements (except JSON-LD scripts, which
//    carry metadata) and deletes comments: never article text, often most
//    of a page's bytes, and the parser would tokenise them character by
//    character.
//
// Thread safety: pure function.
#ifndef RASED_INGEST_HTML_PREPASS_H_
#define RASED_INGEST_HTML_PREPASS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace rased::ingest {

inline constexpr size_t kMaxHtmlDepth = 256;

struct PrepassStats {
  size_t tags_removed = 0;   // start tags deleted by the depth limits
  size_t bytes_removed = 0;  // including script/style bodies and comments
};

// Writes the simplified page to *out and returns what was removed. When
// nothing was (bytes_removed == 0), *out is left untouched and `html` can be
// parsed as it is.
PrepassStats PrepareHtml(std::string_view html, size_t max_depth, std::string* out);

}  // namespace rased::ingest

#endif  // RASED_INGEST_HTML_PREPASS_H_

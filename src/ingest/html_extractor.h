// HtmlExtractor: the article in a news page — its paragraphs and metadata —
// without the page around it.
//
//   HtmlExtractor extractor(rules, dates);
//   HtmlPage page = extractor.Extract(html);
//   page.text;                 // "العنوان\n\nالفقرة الأولى ...\n\nالفقرة الثانية ..."
//   page.metadata.published;   // "2023-09-29"
//
// Parsing is gumbo's (an HTML5 parser: unclosed tags, stray end tags and
// broken attributes are handled as browsers do). Around it:
//   * Nesting is capped first (LimitHtmlDepth) and the parser allocates from
//     an arena that is dropped whole, so deep or huge pages cannot exhaust
//     the stack; every walk over the tree is iterative.
//   * Never content: script, style, noscript, nav, aside, header, footer,
//     iframe, svg, math, template, form controls (button, select, textarea,
//     input, label), media, elements that are hidden (hidden, aria-hidden,
//     display:none) or have a chrome ARIA role (navigation, banner,
//     contentinfo, complementary, search, menu, dialog, ...), and elements
//     whose class or id has a drop word of data/boilerplate/html_classes.tsv
//     (ad, share, social, related, comment, cookie, newsletter, menu,
//     breadcrumb, ...). An element whose class also has a keep word
//     ("main-content has-sidebar") is kept when it holds more than half of
//     the page's text. <form> itself is kept: ASP.NET pages wrap their whole
//     body in one.
//   * The article body is found as readability does, weighting Arabic
//     letters twice as much as Latin ones: every block with 25+ letters of
//     its own text gives its weight, less its share of link text, to its
//     parent, half to its grandparent and a third to the next ancestor; the
//     best-scoring element (times one minus its link density) wins, together
//     with its siblings that score at least a fifth of it or are long,
//     link-poor paragraphs themselves.
//   * Text: each block element (p, div, li, h1-h6, blockquote, figcaption,
//     td, ...) is its own paragraph, <br> is a line break, white space is
//     collapsed; paragraphs are joined with "\n\n". A paragraph that is 70%+
//     link text ("tags", lists of links) goes to `removed`.
//   * When the page's JSON-LD gives an articleBody with more than twice the
//     text found in the markup, that body is used instead.
// Metadata, first found wins:
//   title      og:title, JSON-LD headline, twitter:title, the first <h1>,
//              <title>; then CleanTitle (site name removed), and the <h1>
//              when the chosen title merely adds to it.
//   published  article:published_time, itemprop=datePublished, JSON-LD
//              datePublished, meta date/pubdate/publish-date/dc.date/...,
//              the first <time datetime>.
//   publisher  og:site_name, JSON-LD publisher.name, meta publisher.
//   url        og:url, <link rel=canonical>, JSON-LD url.
//
// Thread safety: Extract() is const; an extractor may be shared by threads.
#ifndef RASED_INGEST_HTML_EXTRACTOR_H_
#define RASED_INGEST_HTML_EXTRACTOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/boilerplate.h"
#include "ingest/metadata.h"

namespace rased::ingest {

struct HtmlPage {
  std::string text;                   // paragraphs joined by "\n\n"; "\n" for <br>
  Metadata metadata;                  // empty fields when the page does not say
  std::vector<std::string> removed;   // link-dense paragraphs of the content area
  std::vector<std::string> warnings;  // e.g. markup nested too deep, flattened
};

class HtmlExtractor {
 public:
  // Both must outlive the extractor.
  HtmlExtractor(const BoilerplateRules& rules, const DateReader& dates);

  // `html` must be valid UTF-8 (DecodeText's output). Never fails: a page
  // without text gives an empty HtmlPage::text.
  HtmlPage Extract(std::string_view html) const;

 private:
  const BoilerplateRules& rules_;
  const DateReader& dates_;
};

// Cheap test used for JSON records and sniffing: does `text` look like HTML
// markup rather than plain text (a tag near the start, or several <p>/<div>/
// <br> tags)?
bool LooksLikeHtml(std::string_view text);

}  // namespace rased::ingest

#endif  // RASED_INGEST_HTML_EXTRACTOR_H_

#include "ingest/html_prepass.h"

#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

namespace rased::ingest {

namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Tag names longer than this are compared by their first bytes only; no
// element that matters here has a longer name.
constexpr size_t kNameBytes = 11;

// Formatting elements kept open at once; more are deleted (see IsFormatting).
constexpr size_t kMaxActiveFormatting = 12;

struct Name {
  char s[kNameBytes + 1] = {};
  uint8_t n = 0;
  bool Is(std::string_view v) const { return v.size() == n && std::memcmp(s, v.data(), n) == 0; }
  bool operator==(const Name& o) const { return n == o.n && std::memcmp(s, o.s, n) == 0; }
};

bool IsIn(const Name& name, std::initializer_list<std::string_view> set) {
  for (std::string_view v : set) {
    if (name.Is(v)) return true;
  }
  return false;
}

bool IsVoid(const Name& n) {
  return IsIn(n,
              {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
               "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image"});
}

bool IsRawText(const Name& n) {
  return IsIn(n, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"});
}

// Start tags that close an open <p> (HTML's "close a p element").
bool ClosesP(const Name& n) {
  return IsIn(
      n, {"address", "article", "aside",    "blockquote", "center", "details", "dialog",  "dir",
          "div",     "dl",      "fieldset", "figcaption", "figure", "footer",  "form",    "h1",
          "h2",      "h3",      "h4",       "h5",         "h6",     "header",  "hgroup",  "hr",
          "main",    "menu",    "nav",      "ol",         "p",      "pre",     "section", "summary",
          "table",   "ul",      "li",       "dd",         "dt"});
}

// Elements whose end tag may be omitted when a sibling of the same kind starts.
bool SelfSibling(const Name& n) {
  return IsIn(n, {"li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rp", "rt", "tbody",
                  "thead", "tfoot"});
}

// HTML's formatting elements: closed implicitly they stay "active" and the
// parser re-opens them inside every later block, so a page can multiply them.
bool IsFormatting(const Name& n) {
  return IsIn(n, {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike",
                  "strong", "tt", "u"});
}

// Elements that put a marker on the list of active formatting elements.
bool IsMarker(const Name& n) {
  return IsIn(n, {"td", "th", "caption", "applet", "object", "marquee", "template"});
}

// Finds `needle` (lower-case ASCII) case-insensitively from `from`.
size_t FindNoCase(std::string_view hay, std::string_view needle, size_t from) {
  if (needle.empty()) return from;
  const char first = needle[0];
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    if (Lower(hay[i]) != first) continue;
    size_t k = 1;
    while (k < needle.size() && Lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// Reads a tag name at html[i] (a letter); advances i past it.
Name ReadName(std::string_view html, size_t& i) {
  Name name;
  while (i < html.size()) {
    const char c = html[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>') {
      break;
    }
    if (name.n < kNameBytes) name.s[name.n++] = Lower(c);
    ++i;
  }
  return name;
}

// Skips the attributes of a tag; returns the index just past its '>' (or the
// end) and whether it ended with "/>".
size_t SkipTag(std::string_view html, size_t i, bool* self_closing) {
  char last = 0;  // last non-space character
  *self_closing = false;
  while (i < html.size()) {
    const char c = html[i];
    if (c == '>') {
      *self_closing = last == '/';
      return i + 1;
    }
    if ((c == '"' || c == '\'') && last == '=') {
      const size_t close = html.find(c, i + 1);
      if (close == std::string_view::npos) return html.size();
      i = close + 1;
      last = c;
      continue;
    }
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') last = c;
    ++i;
  }
  return html.size();
}

}  // namespace

PrepassStats PrepareHtml(std::string_view html, size_t max_depth, std::string* out) {
  std::vector<Name> stack;
  // The parser's list of active formatting elements; an empty name is a marker.
  std::vector<Name> active;
  const Name marker;
  auto active_after_marker = [&] {
    size_t n = 0;
    for (size_t k = active.size(); k-- > 0 && !(active[k] == marker);) ++n;
    return n;
  };
  auto remove_active = [&](const Name& name) {
    for (size_t k = active.size(); k-- > 0 && !(active[k] == marker);) {
      if (active[k] == name) {
        active.erase(active.begin() + static_cast<std::ptrdiff_t>(k));
        return;
      }
    }
  };
  auto clear_to_marker = [&] {
    while (!active.empty()) {
      const bool was_marker = active.back() == marker;
      active.pop_back();
      if (was_marker) break;
    }
  };
  // Pops the stack down to (not including) index k.
  auto pop_to = [&](size_t k) {
    for (size_t j = stack.size(); j-- > k;) {
      if (IsMarker(stack[j])) clear_to_marker();
    }
    stack.resize(k);
  };
  std::vector<std::pair<size_t, size_t>> cut;  // [begin, end) of removed bytes, in order
  PrepassStats stats;
  size_t i = 0;
  const size_t n = html.size();
  while (i < n) {
    const void* lt = std::memchr(html.data() + i, '<', n - i);
    if (lt == nullptr) break;
    const size_t start = static_cast<const char*>(lt) - html.data();
    i = start + 1;
    if (i >= n) break;
    const char c = html[i];
    if (c == '!' || c == '?') {
      if (html.compare(i, 3, "!--") == 0) {
        const size_t e = html.find("-->", i + 3);
        i = e == std::string_view::npos ? n : e + 3;
        cut.emplace_back(start, i);
      } else {
        const size_t e = html.find('>', i);
        i = e == std::string_view::npos ? n : e + 1;
      }
      continue;
    }
    if (c == '/') {
      ++i;
      if (i >= n || !IsAlpha(html[i])) continue;
      const Name name = ReadName(html, i);
      bool ignored;
      i = SkipTag(html, i, &ignored);
      for (size_t k = stack.size(); k-- > 0;) {
        if (stack[k] == name) {
          pop_to(k);
          break;
        }
      }
      if (IsFormatting(name)) remove_active(name);
      continue;
    }
    if (!IsAlpha(c)) continue;
    const Name name = ReadName(html, i);
    bool self_closing = false;
    i = SkipTag(html, i, &self_closing);
    if (name.Is("plaintext")) break;  // everything after it is text
    if (IsRawText(name)) {
      std::string close = "</";
      close.append(name.s, name.n);
      const size_t e = FindNoCase(html, close, i);
      const size_t body_end = e == std::string_view::npos ? n : e;
      const bool code = name.Is("style") ||
                        (name.Is("script") && FindNoCase(html.substr(start, i - start), "ld+json",
                                                         0) == std::string_view::npos);
      if (code && body_end > i) cut.emplace_back(i, body_end);
      i = body_end;
      continue;
    }
    if (IsVoid(name) || self_closing) continue;
    if (!stack.empty()) {
      if (ClosesP(name) && stack.back().Is("p")) pop_to(stack.size() - 1);
      if (SelfSibling(name)) {
        // Close the nearest open sibling of the same kind among the last few.
        for (size_t k = stack.size(), seen = 0; k-- > 0 && seen < 4; ++seen) {
          if (stack[k] == name) {
            pop_to(k);
            break;
          }
        }
      }
    }
    const bool formatting = IsFormatting(name);
    if (formatting && (name.Is("a") || name.Is("nobr"))) remove_active(name);  // adoption agency
    if (stack.size() >= max_depth ||
        (formatting && active_after_marker() >= kMaxActiveFormatting)) {
      cut.emplace_back(start, i);
      ++stats.tags_removed;
      continue;
    }
    stack.push_back(name);
    if (formatting) active.push_back(name);
    if (IsMarker(name)) active.push_back(marker);
  }
  if (cut.empty()) return stats;
  out->clear();
  out->reserve(html.size());
  size_t pos = 0;
  for (const auto& [b, e] : cut) {
    out->append(html.substr(pos, b - pos));
    stats.bytes_removed += e - b;
    pos = e;
  }
  out->append(html.substr(pos));
  return stats;
}

}  // namespace rased::ingest

#include "ingest/html_extractor.h"

#include <gumbo.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>

#include "ingest/html_prepass.h"
#include "ingest/utf8_prefix.h"

namespace rased::ingest {

namespace {

// ------------------------------------------------------------------ arena

// Bump allocator for gumbo: freeing is a no-op and the whole tree goes at
// once, which is faster than malloc and avoids gumbo's recursive destroy.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena() {
    for (char* b : blocks_) std::free(b);
  }
  void* Allocate(size_t n) {
    n = (n + 15) & ~size_t{15};
    if (n > left_) {
      const size_t size = std::max(n, next_block_);
      next_block_ = std::min<size_t>(next_block_ * 2, size_t{8} << 20);
      cur_ = static_cast<char*>(std::malloc(size));
      if (cur_ == nullptr) std::abort();  // out of memory: nothing sensible to do
      blocks_.push_back(cur_);
      left_ = size;
    }
    void* p = cur_;
    cur_ += n;
    left_ -= n;
    return p;
  }

 private:
  std::vector<char*> blocks_;
  char* cur_ = nullptr;
  size_t left_ = 0;
  size_t next_block_ = 64 * 1024;
};

void* ArenaAllocate(void* arena, size_t n) { return static_cast<Arena*>(arena)->Allocate(n); }
void ArenaFree(void*, void*) {}

// ------------------------------------------------------------ tag classes

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

// Never article text; not even looked into.
bool IsOpaqueTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_APPLET:
      return true;
    default:
      return false;
  }
}

// Page chrome: not article text, but looked into for metadata (<h1>, <time>).
bool IsChromeTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

bool IsChromeRole(std::string_view role) {
  for (std::string_view r :
       {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
        "dialog", "alertdialog", "toolbar", "tablist", "alert", "tooltip"}) {
    if (role == r) return true;
  }
  return false;
}

std::string LowerAscii(std::string_view s, size_t max = 4096) {
  std::string out(s.substr(0, max));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool StyleHides(std::string_view style) {
  std::string s;
  for (char c : style.substr(0, 512)) {
    if (c == ' ' || c == '\t' || c == '\n') continue;
    s.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

// Arabic letters weigh 2, Latin letters 1 (see the header).
uint32_t TextWeight(std::string_view s) {
  uint32_t w = 0;
  for (unsigned char c : s) {
    if (c >= 0xD8 && c <= 0xDB) {
      w += 2;
    } else {
      const unsigned char l = c | 0x20;
      w += (l >= 'a' && l <= 'z');
    }
  }
  return w;
}

std::string_view Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a == nullptr || a->value == nullptr ? std::string_view() : std::string_view(a->value);
}

// ------------------------------------------------------------- flat tree

enum class OwnDrop : uint8_t { kNone, kTag, kClass, kClassUnlessLarge };

struct Node {
  const GumboNode* g = nullptr;
  int32_t parent = -1;
  uint32_t end = 0;  // one past the last descendant
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  bool is_text = false;
  bool is_block = false;
  OwnDrop own = OwnDrop::kNone;
  bool dropped = false;
  bool in_link = false;
  int32_t block = 0;  // nearest block element (or the root)
  uint32_t raw = 0;   // subtree weight before class drops
  uint32_t weight = 0;
  uint32_t link_weight = 0;
  uint32_t direct = 0;  // weight of the text whose nearest block is this node
  uint32_t direct_link = 0;
  float score = 0;
};

// Candidates found while walking; the first found of each wins.
struct MetaSlots {
  std::string og_title, twitter_title, title_tag, ld_headline;
  std::string date_og, date_itemprop, date_ld, date_meta, date_time;
  std::string publisher_og, publisher_ld, publisher_meta;
  std::string url_og, url_canonical, url_ld;
  std::string ld_body;
  std::vector<int32_t> h1;
  std::vector<int32_t>
      itemprop_dates;  // elements with itemprop=datePublished and no attribute value
};

void SetOnce(std::string& slot, std::string_view value) {
  if (slot.empty() && !value.empty()) slot.assign(Utf8Prefix(value, 2048));
}

std::string JsonString(const nlohmann::json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_object()) {
    for (const char* k : {"name", "@id", "url"}) {
      auto it = j.find(k);
      if (it != j.end() && it->is_string()) return it->get<std::string>();
    }
  }
  if (j.is_array() && !j.empty()) return JsonString(j.front());
  return "";
}

void ReadJsonLd(std::string_view text, MetaSlots* m) {
  if (text.size() > (size_t{1} << 20)) return;
  nlohmann::json root = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return;
  std::vector<const nlohmann::json*> todo = {&root};
  size_t visited = 0;
  while (!todo.empty() && ++visited < 10000) {
    const nlohmann::json* j = todo.back();
    todo.pop_back();
    if (j->is_array()) {
      for (auto it = j->rbegin(); it != j->rend(); ++it) todo.push_back(&*it);
      continue;
    }
    if (!j->is_object()) continue;
    auto get = [&](const char* k) -> std::string {
      auto it = j->find(k);
      return it == j->end() ? std::string() : JsonString(*it);
    };
    if (j->contains("headline") || j->contains("datePublished") || j->contains("articleBody")) {
      SetOnce(m->ld_headline, get("headline"));
      SetOnce(m->date_ld, get("datePublished"));
      if (auto it = j->find("publisher"); it != j->end()) SetOnce(m->publisher_ld, JsonString(*it));
      SetOnce(m->url_ld, get("url"));
      if (auto it = j->find("articleBody");
          it != j->end() && it->is_string() && m->ld_body.empty()) {
        m->ld_body = it->get<std::string>();
      }
    }
    if (auto it = j->find("@graph"); it != j->end()) todo.push_back(&*it);
  }
}

void ReadMeta(const GumboElement& e, MetaSlots* m) {
  std::string key = LowerAscii(Attr(e, "property"), 64);
  if (key.empty()) key = LowerAscii(Attr(e, "name"), 64);
  if (key.empty()) key = LowerAscii(Attr(e, "itemprop"), 64);
  const std::string_view content = Attr(e, "content");
  if (key.empty() || content.empty()) return;
  if (key == "og:title") {
    SetOnce(m->og_title, content);
  } else if (key == "twitter:title") {
    SetOnce(m->twitter_title, content);
  } else if (key == "article:published_time" || key == "og:article:published_time" ||
             key == "article:published") {
    SetOnce(m->date_og, content);
  } else if (key == "datepublished") {
    SetOnce(m->date_itemprop, content);
  } else if (key == "date" || key == "pubdate" || key == "publishdate" || key == "publish-date" ||
             key == "publish_date" || key == "dc.date" || key == "dc.date.issued" ||
             key == "dcterms.date" || key == "dcterms.created" || key == "dcterms.issued" ||
             key == "sailthru.date" || key == "parsely-pub-date" || key == "article.published" ||
             key == "og:published_time" || key == "published_time" ||
             key == "article_date_original") {
    SetOnce(m->date_meta, content);
  } else if (key == "og:site_name") {
    SetOnce(m->publisher_og, content);
  } else if (key == "publisher" || key == "article:publisher_name") {
    SetOnce(m->publisher_meta, content);
  } else if (key == "og:url") {
    SetOnce(m->url_og, content);
  }
}

std::string_view FirstChildText(const GumboElement& e) {
  if (e.children.length == 0) return "";
  const auto* child = static_cast<const GumboNode*>(e.children.data[0]);
  if (child->type != GUMBO_NODE_TEXT && child->type != GUMBO_NODE_CDATA &&
      child->type != GUMBO_NODE_WHITESPACE) {
    return "";
  }
  return child->v.text.text;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

class Walker {
 public:
  explicit Walker(const BoilerplateRules& rules) : rules_(rules) {}

  void Build(const GumboNode* root);
  void Decide();
  // Index of the best content element, or -1.
  int32_t Choose() const;
  std::vector<std::pair<uint32_t, uint32_t>> ContentRanges(int32_t top) const;
  void Emit(const std::vector<std::pair<uint32_t, uint32_t>>& ranges, HtmlPage* page) const;
  std::string TextOf(int32_t index) const;

  MetaSlots meta;
  std::vector<Node> nodes;

 private:
  void Visit(const GumboNode* g, int32_t parent);

  const BoilerplateRules& rules_;
};

void Walker::Visit(const GumboNode* g, int32_t parent) {
  Node n;
  n.g = g;
  n.parent = parent;
  if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_CDATA ||
      g->type == GUMBO_NODE_WHITESPACE) {
    n.is_text = true;
    n.raw = g->type == GUMBO_NODE_WHITESPACE ? 0 : TextWeight(g->v.text.text);
    nodes.push_back(n);
    return;
  }
  if (g->type == GUMBO_NODE_DOCUMENT) {
    nodes.push_back(n);
    return;
  }
  const GumboElement& e = g->v.element;
  n.tag = e.tag;
  n.is_block = IsBlockTag(e.tag);
  if (IsOpaqueTag(e.tag) || IsChromeTag(e.tag)) n.own = OwnDrop::kTag;
  const auto index = static_cast<int32_t>(nodes.size());
  bool immune = e.tag == GUMBO_TAG_BODY || e.tag == GUMBO_TAG_HTML || e.tag == GUMBO_TAG_MAIN ||
                e.tag == GUMBO_TAG_ARTICLE;
  bool class_drop = false, keep_too = false;
  for (unsigned k = 0; k < e.attributes.length; ++k) {
    const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[k]);
    const std::string_view name = a->name;
    const std::string_view value = a->value == nullptr ? "" : a->value;
    if (name == "class" || name == "id") {
      bool keep = false;
      if (rules_.ClassesEffect(value, &keep) == ClassEffect::kDrop) class_drop = true;
      keep_too = keep_too || keep;
    } else if (name == "hidden") {
      n.own = OwnDrop::kTag;
    } else if (name == "aria-hidden") {
      if (LowerAscii(value, 8) == "true") n.own = OwnDrop::kTag;
    } else if (name == "style") {
      if (StyleHides(value)) n.own = OwnDrop::kTag;
    } else if (name == "role") {
      if (IsChromeRole(LowerAscii(value, 32))) n.own = OwnDrop::kTag;
    } else if (name == "itemprop") {
      const std::string prop = LowerAscii(value, 32);
      if (prop == "articlebody") immune = true;
      if (prop == "datepublished" && e.tag != GUMBO_TAG_META) {
        std::string_view v = Attr(e, "datetime");
        if (v.empty()) v = Attr(e, "content");
        if (v.empty()) {
          meta.itemprop_dates.push_back(index);
        } else {
          SetOnce(meta.date_itemprop, v);
        }
      }
    }
  }
  if (class_drop && !immune && n.own == OwnDrop::kNone) {
    n.own = keep_too ? OwnDrop::kClassUnlessLarge : OwnDrop::kClass;
  }
  switch (e.tag) {
    case GUMBO_TAG_META:
      ReadMeta(e, &meta);
      break;
    case GUMBO_TAG_LINK:
      if (LowerAscii(Attr(e, "rel"), 32) == "canonical")
        SetOnce(meta.url_canonical, Attr(e, "href"));
      break;
    case GUMBO_TAG_TITLE:
      if (meta.title_tag.empty()) SetOnce(meta.title_tag, FirstChildText(e));
      break;
    case GUMBO_TAG_TIME:
      SetOnce(meta.date_time, Attr(e, "datetime"));
      break;
    case GUMBO_TAG_SCRIPT:
      if (LowerAscii(Attr(e, "type"), 64) == "application/ld+json") {
        ReadJsonLd(FirstChildText(e), &meta);
      }
      break;
    case GUMBO_TAG_H1:
      if (meta.h1.size() < 4) meta.h1.push_back(index);
      break;
    default:
      break;
  }
  nodes.push_back(n);
}

void Walker::Build(const GumboNode* root) {
  struct Frame {
    const GumboNode* g;
    int32_t index;
    unsigned next;
  };
  std::vector<Frame> stack;
  Visit(root, -1);
  stack.push_back({root, 0, 0});
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector* children = nullptr;
    if (f.g->type == GUMBO_NODE_DOCUMENT) {
      children = &f.g->v.document.children;
    } else if (f.g->type == GUMBO_NODE_ELEMENT || f.g->type == GUMBO_NODE_TEMPLATE) {
      if (!IsOpaqueTag(f.g->v.element.tag)) children = &f.g->v.element.children;
    }
    if (children == nullptr || f.next >= children->length) {
      nodes[f.index].end = static_cast<uint32_t>(nodes.size());
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children->data[f.next++]);
    if (child->type == GUMBO_NODE_COMMENT) continue;
    const auto index = static_cast<int32_t>(nodes.size());
    Visit(child, f.index);
    if (nodes[index].is_text) {
      nodes[index].end = index + 1;
    } else {
      stack.push_back({child, index, 0});
    }
  }
}

void Walker::Decide() {
  // Raw weights, before class decisions.
  for (size_t i = nodes.size(); i-- > 1;) {
    const Node& n = nodes[i];
    if (n.own != OwnDrop::kTag) nodes[n.parent].raw += n.raw;
  }
  const uint32_t page = nodes.empty() ? 0 : nodes[0].raw;
  // Top-down: drops, links, blocks.
  for (size_t i = 1; i < nodes.size(); ++i) {
    Node& n = nodes[i];
    const Node& p = nodes[n.parent];
    n.dropped = p.dropped || n.own == OwnDrop::kTag || n.own == OwnDrop::kClass ||
                (n.own == OwnDrop::kClassUnlessLarge && n.raw * 2 <= page);
    n.in_link = p.in_link || n.tag == GUMBO_TAG_A;
    n.block = (!n.is_text && n.is_block) ? static_cast<int32_t>(i) : p.block;
  }
  // Bottom-up: kept weights.
  for (size_t i = nodes.size(); i-- > 1;) {
    Node& n = nodes[i];
    if (n.dropped) continue;
    if (n.is_text) {
      n.weight = n.raw;
      n.link_weight = n.in_link ? n.raw : 0;
      nodes[n.block].direct += n.weight;
      nodes[n.block].direct_link += n.link_weight;
    }
    nodes[n.parent].weight += n.weight;
    nodes[n.parent].link_weight += n.link_weight;
  }
  // Paragraph scores go to the ancestors.
  constexpr uint32_t kMinParagraph = 50;  // 25 Arabic letters
  for (size_t i = 1; i < nodes.size(); ++i) {
    const Node& n = nodes[i];
    if (n.dropped || n.is_text || !n.is_block || n.direct < kMinParagraph) continue;
    const float s = static_cast<float>(n.direct - std::min(n.direct, n.direct_link));
    int32_t a = n.parent;
    for (int level = 1; level <= 3 && a > 0; ++level) {
      nodes[a].score += s / static_cast<float>(level);
      a = nodes[a].parent;
    }
  }
}

float FinalScore(const Node& n) {
  if (n.weight == 0) return 0;
  return n.score * (1.0f - static_cast<float>(n.link_weight) / static_cast<float>(n.weight));
}

int32_t Walker::Choose() const {
  int32_t best = -1;
  float best_score = 0;
  for (size_t i = 1; i < nodes.size(); ++i) {
    const Node& n = nodes[i];
    if (n.dropped || n.is_text || n.score <= 0) continue;
    const float s = FinalScore(n);
    if (s > best_score) {
      best_score = s;
      best = static_cast<int32_t>(i);
    }
  }
  return best;
}

std::vector<std::pair<uint32_t, uint32_t>> Walker::ContentRanges(int32_t top) const {
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  if (top < 0) {
    ranges.emplace_back(0, static_cast<uint32_t>(nodes.size()));
    return ranges;
  }
  // An <article> just around the winner is the article: it brings the
  // headline, the photo caption and the lead that sit beside the body.
  for (int32_t a = nodes[top].parent, level = 0; a > 0 && level < 3; a = nodes[a].parent, ++level) {
    const Node& n = nodes[a];
    if (n.tag != GUMBO_TAG_ARTICLE) continue;
    if (n.weight <= 2 * nodes[top].weight && n.link_weight * 2 < n.weight) top = a;
    break;
  }
  const int32_t parent = nodes[top].parent;
  if (parent <= 0) {
    ranges.emplace_back(top, nodes[top].end);
    return ranges;
  }
  const float threshold = std::max(20.0f, 0.2f * FinalScore(nodes[top]));
  for (uint32_t j = parent + 1; j < nodes[parent].end; j = nodes[j].end) {
    const Node& c = nodes[j];
    if (c.dropped || c.is_text) continue;
    const bool include = static_cast<int32_t>(j) == top || FinalScore(c) >= threshold ||
                         (c.is_block && c.direct >= 160 && c.direct_link * 4 < c.direct) ||
                         (c.tag == GUMBO_TAG_FIGURE && c.link_weight * 2 < c.weight);
    if (include) ranges.emplace_back(j, c.end);
  }
  return ranges;
}

struct Paragraph {
  std::string text;
  uint32_t weight = 0;
  uint32_t link_weight = 0;
};

void Walker::Emit(const std::vector<std::pair<uint32_t, uint32_t>>& ranges, HtmlPage* page) const {
  std::vector<Paragraph> paragraphs;
  Paragraph cur;
  int32_t cur_block = -1;
  bool pending_space = false;
  auto flush = [&] {
    while (!cur.text.empty() && (cur.text.back() == ' ' || cur.text.back() == '\n')) {
      cur.text.pop_back();
    }
    if (!cur.text.empty()) paragraphs.push_back(std::move(cur));
    cur = Paragraph();
    pending_space = false;
  };
  for (const auto& [begin, end] : ranges) {
    for (uint32_t i = begin; i < end;) {
      const Node& n = nodes[i];
      if (n.dropped) {
        i = n.end;
        continue;
      }
      if (!n.is_text) {
        if (n.tag == GUMBO_TAG_BR && !cur.text.empty()) {
          while (!cur.text.empty() && cur.text.back() == ' ') cur.text.pop_back();
          cur.text.push_back('\n');
          pending_space = false;
        }
        ++i;
        continue;
      }
      if (n.block != cur_block) {
        flush();
        cur_block = n.block;
      }
      const std::string_view t = n.g->v.text.text;
      for (char c : t) {
        if (IsSpace(c)) {
          pending_space = true;
          continue;
        }
        if (pending_space && !cur.text.empty() && cur.text.back() != '\n') cur.text.push_back(' ');
        pending_space = false;
        cur.text.push_back(c);
      }
      cur.weight += n.weight;
      cur.link_weight += n.link_weight;
      ++i;
    }
  }
  flush();
  for (Paragraph& p : paragraphs) {
    if (p.link_weight > 0 && p.link_weight * 10 >= p.weight * 7) {
      page->removed.push_back(std::move(p.text));
      continue;
    }
    if (!page->text.empty()) page->text.append("\n\n");
    page->text.append(p.text);
  }
}

std::string Walker::TextOf(int32_t index) const {
  std::string out;
  bool space = false;
  for (uint32_t i = index; i < nodes[index].end; ++i) {
    if (!nodes[i].is_text) continue;
    for (char c : std::string_view(nodes[i].g->v.text.text)) {
      if (IsSpace(c)) {
        space = true;
        continue;
      }
      if (space && !out.empty()) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

const std::string& FirstOf(std::initializer_list<const std::string*> slots) {
  for (const std::string* s : slots) {
    if (!s->empty()) return *s;
  }
  return **slots.begin();
}

}  // namespace

bool LooksLikeHtml(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && IsSpace(text[i])) ++i;
  const std::string head = LowerAscii(text.substr(i, 1024));
  if (head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0 ||
      (head.rfind("<?xml", 0) == 0 && head.find("<html") != std::string::npos)) {
    return true;
  }
  size_t tags = 0;
  for (std::string_view tag : {"<p>", "<p ", "<div", "<br", "</p>", "<body", "<head", "<span"}) {
    for (size_t p = head.find(tag); p != std::string::npos; p = head.find(tag, p + 1)) ++tags;
  }
  return tags >= 3 || (!head.empty() && head[0] == '<' && tags >= 1);
}

HtmlExtractor::HtmlExtractor(const BoilerplateRules& rules, const DateReader& dates)
    : rules_(rules), dates_(dates) {}

HtmlPage HtmlExtractor::Extract(std::string_view html) const {
  HtmlPage page;
  std::string limited;
  const PrepassStats prepass = PrepareHtml(html, kMaxHtmlDepth, &limited);
  if (prepass.bytes_removed > 0) html = limited;
  if (prepass.tags_removed > 0) {
    page.warnings.push_back("markup nested deeper than " + std::to_string(kMaxHtmlDepth) +
                            " levels: " + std::to_string(prepass.tags_removed) +
                            " tags ignored, their text kept");
  }

  Arena arena;
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = ArenaAllocate;
  options.deallocator = ArenaFree;
  options.userdata = &arena;
  options.max_errors = 0;
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  // The arena owns the tree; gumbo_destroy_output is deliberately not called.

  Walker w(rules_);
  w.Build(output->document);
  w.Decide();
  const int32_t top = w.Choose();
  w.Emit(w.ContentRanges(top), &page);

  MetaSlots& m = w.meta;
  if (!m.ld_body.empty() && !LooksLikeHtml(m.ld_body) &&
      TextWeight(m.ld_body) > 2 * TextWeight(page.text)) {
    page.text = m.ld_body;
    page.removed.clear();
  }

  Metadata& md = page.metadata;
  md.publisher = FirstOf({&m.publisher_og, &m.publisher_ld, &m.publisher_meta});
  std::string h1;
  for (int32_t i : m.h1) {
    h1 = w.TextOf(i);
    if (!h1.empty()) break;
  }
  const std::string& raw_title =
      FirstOf({&m.og_title, &m.ld_headline, &m.twitter_title, &h1, &m.title_tag});
  md.title = CleanTitle(raw_title, md.publisher);
  if (!h1.empty() && md.title != h1) {
    const LineKey h = MakeLineKey(h1);
    const LineKey t = MakeLineKey(md.title);
    if (h.size() >= 2 && t.key.find(h.key) != std::string::npos) md.title = CleanTitle(h1, "");
  }
  for (int32_t i : m.itemprop_dates) {
    if (!m.date_itemprop.empty()) break;
    SetOnce(m.date_itemprop, w.TextOf(i));
  }
  for (const std::string* d :
       {&m.date_og, &m.date_itemprop, &m.date_ld, &m.date_meta, &m.date_time}) {
    if (d->empty()) continue;
    md.published = dates_.Parse(*d);
    if (!md.published.empty()) break;
  }
  md.url = FirstOf({&m.url_og, &m.url_canonical, &m.url_ld});
  return page;
}

}  // namespace rased::ingest

#include "ingest/text_cleaner.h"

#include <algorithm>
#include <unordered_set>

#include "common/utf8.h"

namespace rased::ingest {

namespace {

constexpr size_t kDateLineWindow = 3;    // date lines are looked for among the first lines
constexpr size_t kSourceLineWindow = 6;  // lines looked at from the end for "المصدر: X"
constexpr size_t kTitleMaxWords = 20;
constexpr size_t kRepeatMinWords = 2;
constexpr size_t kPullQuoteMinWords = 8;

// Spaces and invisible marks that may pad a line.
bool IsPadding(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == 0x00A0 || (cp >= 0x200B && cp <= 0x200F) ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x3000 ||
         cp == 0xFEFF || cp == 0x202F;
}

std::string_view TrimLine(std::string_view s) {
  size_t b = 0;
  while (b < s.size()) {
    size_t i = b;
    if (!IsPadding(utf8::Next(s, i))) break;
    b = i;
  }
  s.remove_prefix(b);
  // Trailing: step back over whole code points.
  while (!s.empty()) {
    size_t start = s.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    size_t i = start;
    if (!IsPadding(utf8::Next(s, i))) break;
    s.remove_suffix(s.size() - start);
  }
  return s;
}

// Ends like a sentence or a clause: not a headline.
bool EndsLikeClause(std::string_view s) {
  for (std::string_view end : {".", "،", ",", ":", "؛", ";"}) {
    if (s.size() >= end.size() && s.substr(s.size() - end.size()) == end) return true;
  }
  return false;
}

// Ends with sentence or clause punctuation, questions and exclamations included.
bool EndsLikeSentence(std::string_view s) {
  if (EndsLikeClause(s)) return true;
  for (std::string_view end : {"!", "?", "؟", "…"}) {
    if (s.size() >= end.size() && s.substr(s.size() - end.size()) == end) return true;
  }
  return false;
}

struct Line {
  std::string_view text;  // trimmed
  LineKey key;
  bool blank = false;
  bool removed = false;
  bool is_title = false;   // never removed by the rules below
  bool synthetic = false;  // the known title, put in front
};

uint64_t HashToken(std::string_view t) {
  uint64_t h = 1469598103934665603ULL;
  for (char c : t) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

// Hash of tokens [begin, begin + 4) from per-token hashes.
uint64_t GramHash(const std::vector<uint64_t>& token_hashes, size_t begin) {
  uint64_t h = 0x9E3779B97F4A7C15ULL;
  for (size_t i = begin; i < begin + 4; ++i) h = (h ^ token_hashes[i]) * 0xBF58476D1CE4E5B9ULL;
  return h;
}

bool IsProclitic(std::string_view s) { return s == "و" || s == "ف"; }

// Does `quote` lie inside `container` on token boundaries, its first token
// possibly preceded by a proclitic in the container ("تاتي" in "وتاتي")?
bool ContainsQuote(const LineKey& container, const LineKey& quote) {
  // Search for the quote from its second token, then check the first.
  const std::string_view rest = std::string_view(quote.key).substr(quote.tokens[1].first);
  const std::string_view first = quote.token(0);
  const std::string_view hay = container.key;
  size_t pos = hay.find(rest);
  while (pos != std::string_view::npos) {
    const size_t end = pos + rest.size();
    const bool end_ok = end == hay.size() || hay[end] == ' ';
    if (end_ok && pos >= 1 + first.size() && hay[pos - 1] == ' ') {
      // The container token before `rest`.
      size_t tb = pos - 1;
      while (tb > 0 && hay[tb - 1] != ' ') --tb;
      const std::string_view prev = hay.substr(tb, pos - 1 - tb);
      if (prev == first) return true;
      if (prev.size() > first.size() && prev.substr(prev.size() - first.size()) == first &&
          IsProclitic(prev.substr(0, prev.size() - first.size()))) {
        return true;
      }
    }
    pos = hay.find(rest, pos + 1);
  }
  return false;
}

// Does the line at `first` open with the whole title, on a token boundary?
// A record's text that runs its headline into the lede ("<title> - الخرطوم
// ...") already has the title where the later stages read it.
bool OpensWith(const std::vector<Line>& lines, size_t first, const LineKey& title) {
  if (first >= lines.size() || title.size() < 2) return false;
  const std::string_view key = lines[first].key.key;
  return key.size() > title.key.size() && key.starts_with(title.key) &&
         key[title.key.size()] == ' ';
}

}  // namespace

TextCleaner::TextCleaner(const BoilerplateRules& rules, const DateReader& dates)
    : rules_(rules), dates_(dates) {}

CleanedText TextCleaner::Clean(std::string_view text, const Metadata& known,
                               const CleanOptions& options) const {
  CleanedText out;
  out.metadata = known;
  Metadata& meta = out.metadata;
  const bool remove = options.remove_boilerplate;

  std::vector<Line> lines;
  {
    size_t pos = 0;
    while (pos <= text.size()) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string_view::npos) nl = text.size();
      Line line;
      line.text = TrimLine(text.substr(pos, nl - pos));
      line.blank = line.text.empty();
      if (!line.blank) MakeLineKey(line.text, &line.key);
      // A line of only punctuation or symbols has no key; it is kept as is.
      lines.push_back(std::move(line));
      if (nl == text.size()) break;
      pos = nl + 1;
    }
  }
  auto next_nonblank = [&](size_t from) {
    while (from < lines.size() && lines[from].blank) ++from;
    return from;
  };
  auto drop = [&](Line& l) {
    if (!l.is_title) l.removed = true;
  };

  // 1. A date line among the first lines.
  size_t first = next_nonblank(0);
  {
    size_t seen = 0;
    for (size_t i = first; i < lines.size() && seen < kDateLineWindow; i = next_nonblank(i + 1)) {
      ++seen;
      if (lines[i].key.size() == 0 || lines[i].key.size() > 12) continue;
      std::string iso = dates_.Parse(lines[i].text);
      if (iso.empty()) continue;
      // The line stays in the text: it is the article's own dateline, which
      // the date stage cites like any other date.
      if (meta.published.empty()) meta.published = iso;
      if (i == first) first = next_nonblank(i + 1);
      break;
    }
  }

  // 2. A closing source line.
  {
    size_t looked = 0;
    for (size_t i = lines.size(); i-- > 0 && looked < kSourceLineWindow;) {
      if (lines[i].blank || lines[i].removed) continue;
      ++looked;
      std::string name = rules_.SourceLineName(lines[i].text, lines[i].key);
      if (!name.empty()) {
        meta.publisher = name;
        if (remove) lines[i].removed = true;
        break;
      }
      if (rules_.Match(lines[i].key) == nullptr) break;
    }
  }

  // 3. The title of a plain text: its first line, when it looks like one.
  std::string title_storage;
  if (meta.title.empty() && options.detect_title && first < lines.size()) {
    Line& t = lines[first];
    const size_t next = next_nonblank(first + 1);
    const bool blank_after = first + 1 < lines.size() && lines[first + 1].blank;
    const bool repeated = next < lines.size() && lines[next].key.key == t.key.key;
    if (t.key.size() >= 2 && t.key.size() <= kTitleMaxWords && !EndsLikeClause(t.text) &&
        next < lines.size() && (blank_after || repeated) && rules_.Match(t.key) == nullptr &&
        !rules_.EndsWithCategory(t.key, "credits")) {
      meta.title = std::string(t.text);
      t.is_title = true;
    }
  } else if (!meta.title.empty()) {
    const LineKey title = MakeLineKey(meta.title);
    if (first < lines.size() && title.key == lines[first].key.key) {
      lines[first].is_title = true;
    } else if (options.title_in_text && !OpensWith(lines, first, title)) {
      title_storage = meta.title;
      Line t;
      t.text = title_storage;
      MakeLineKey(t.text, &t.key);
      t.is_title = t.synthetic = true;
      Line gap;
      gap.blank = true;
      lines.insert(lines.begin(), {std::move(t), std::move(gap)});
    }
  }

  std::string title_key;
  if (!meta.title.empty()) title_key = MakeLineKey(meta.title).key;
  if (remove) {
    // 4. Phrase rules.
    for (Line& l : lines) {
      if (l.blank || l.removed || l.is_title) continue;
      if (rules_.Match(l.key) != nullptr) drop(l);
    }
    // 5. Repeated lines: keep the first. A short line that ends like a
    // sentence may repeat on purpose (a formula closing each item of a list:
    // "وقد أعد مرسوم ملكي بذلك."), so it stays.
    std::unordered_set<std::string_view> seen;
    for (Line& l : lines) {
      if (l.blank || l.removed || l.key.size() < kRepeatMinWords) continue;
      if (seen.insert(l.key.key).second) continue;
      if (l.key.size() < kPullQuoteMinWords && EndsLikeSentence(l.text) && l.key.key != title_key) {
        continue;
      }
      drop(l);
    }
    // 6. Pull quotes: every 4-gram of every long kept line, sorted by hash;
    // a candidate looks up the 4-gram after its first token.
    std::vector<std::vector<uint64_t>> token_hashes(lines.size());
    std::vector<std::pair<uint64_t, uint32_t>> grams;
    for (uint32_t i = 0; i < lines.size(); ++i) {
      const Line& l = lines[i];
      if (l.blank || l.removed || l.key.size() < 5) continue;
      std::vector<uint64_t>& th = token_hashes[i];
      th.reserve(l.key.size());
      for (size_t t = 0; t < l.key.size(); ++t) th.push_back(HashToken(l.key.token(t)));
      for (size_t t = 0; t + 4 <= th.size(); ++t) grams.emplace_back(GramHash(th, t), i);
    }
    std::sort(grams.begin(), grams.end());
    for (uint32_t i = 0; i < lines.size(); ++i) {
      Line& q = lines[i];
      if (q.blank || q.removed || q.is_title || q.key.size() < kPullQuoteMinWords) continue;
      const uint64_t h = GramHash(token_hashes[i], 1);
      auto it = std::lower_bound(grams.begin(), grams.end(), std::make_pair(h, uint32_t{0}));
      for (; it != grams.end() && it->first == h; ++it) {
        const uint32_t j = it->second;
        const Line& c = lines[j];
        if (j == i || c.removed || c.key.key.size() <= q.key.key.size()) continue;
        if (ContainsQuote(c.key, q.key)) {
          drop(q);
          break;
        }
      }
    }
  }

  // Assemble.
  bool gap = false;
  for (const Line& l : lines) {
    if (l.blank) {
      gap = true;
      continue;
    }
    if (l.removed) {
      out.removed.emplace_back(l.text);
      continue;
    }
    if (!out.text.empty()) out.text.append(gap ? "\n\n" : "\n");
    out.text.append(l.text);
    gap = false;
  }
  return out;
}

}  // namespace rased::ingest

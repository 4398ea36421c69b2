#include "ingest/metadata.h"

#include <vector>

#include "common/utf8.h"
#include "extract/date_parser.h"
#include "extract/date_tables.h"
#include "extract/fold_key.h"
#include "ingest/line_key.h"

namespace rased::ingest {

DateReader::DateReader(std::unique_ptr<extract::DateTables> tables) : tables_(std::move(tables)) {}
DateReader::~DateReader() = default;

StatusOr<std::unique_ptr<DateReader>> DateReader::Load(const std::string& data_dir) {
  RASED_ASSIGN_OR_RETURN(
      std::unique_ptr<extract::DateTables> tables,
      extract::DateTables::Load(data_dir, [](std::string_view s) { return extract::FoldKey(s); }));
  return std::unique_ptr<DateReader>(new DateReader(std::move(tables)));
}

std::string DateReader::Parse(std::string_view text) const {
  std::optional<extract::CivilDate> d = extract::ParseStandaloneDate(text, *tables_);
  return d ? extract::ToIso(*d) : std::string();
}

namespace {

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::vector<std::string_view> Split(std::string_view s, std::string_view sep) {
  std::vector<std::string_view> parts;
  size_t pos = 0;
  while (true) {
    const size_t p = s.find(sep, pos);
    parts.push_back(s.substr(pos, p == std::string_view::npos ? p : p - pos));
    if (p == std::string_view::npos) break;
    pos = p + sep.size();
  }
  return parts;
}

bool SameName(std::string_view part, const LineKey& site) {
  if (site.size() == 0) return false;
  const LineKey k = MakeLineKey(part);
  if (k.size() == 0) return false;
  return k.key == site.key || k.key.find(site.key) != std::string::npos ||
         (site.key.find(k.key) != std::string::npos && k.size() >= 1);
}

constexpr std::string_view kSeparators[] = {" | ", " || ", " :: ", " « ", " » ",
                                            " - ", " – ",  " — ",  " · ", " ـ "};

}  // namespace

std::string CleanTitle(std::string_view raw, std::string_view site_name) {
  std::string title = CollapseSpaces(raw);
  const LineKey site = MakeLineKey(site_name);
  // 1. A part naming the site, at either end.
  for (std::string_view sep : kSeparators) {
    std::vector<std::string_view> parts = Split(title, sep);
    if (parts.size() < 2) continue;
    if (SameName(parts.back(), site)) {
      title = std::string(title.substr(0, title.size() - parts.back().size() - sep.size()));
    } else if (SameName(parts.front(), site)) {
      title = std::string(title.substr(parts.front().size() + sep.size()));
    }
  }
  // 2. " | " only ever separates template parts: keep the longest.
  if (std::vector<std::string_view> parts = Split(title, " | "); parts.size() > 1) {
    std::string_view best;
    for (std::string_view p : parts) {
      if (utf8::CountCodePoints(p) > utf8::CountCodePoints(best)) best = p;
    }
    title = std::string(best);
  }
  // 3. A short tail after a dash is usually the site or section name.
  for (std::string_view sep : {" - ", " – ", " — "}) {
    const size_t p = title.rfind(sep);
    if (p == std::string::npos) continue;
    const LineKey tail = MakeLineKey(std::string_view(title).substr(p + sep.size()));
    const LineKey head = MakeLineKey(std::string_view(title).substr(0, p));
    if (tail.size() >= 1 && tail.size() <= 3 && head.size() >= 4) {
      title.resize(p);
      break;
    }
  }
  while (!title.empty() && title.back() == ' ') title.pop_back();
  return title;
}

}  // namespace rased::ingest

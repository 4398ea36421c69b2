#include "common/tsv.h"

#include <fstream>
#include <sstream>

#include "common/utf8.h"

namespace rased {

namespace {
std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}
}  // namespace

StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read " + path);
  return ss.str();
}

StatusOr<std::vector<TsvRow>> ReadTsv(const std::string& path) {
  RASED_ASSIGN_OR_RETURN(std::string content, ReadFile(path));
  std::vector<TsvRow> rows;
  size_t pos = 0;
  int line_no = 0;
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string::npos) nl = content.size();
    std::string_view line(content.data() + pos, nl - pos);
    ++line_no;
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty() || line.front() == '#') {
      if (nl == content.size()) break;
      continue;
    }
    if (!utf8::IsValid(line)) {
      return Status::DataLoss(path + ":" + std::to_string(line_no) + ": not valid UTF-8");
    }
    TsvRow row;
    row.line = line_no;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      std::string_view f = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
      row.fields.emplace_back(Trim(f));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(row));
    if (nl == content.size()) break;
  }
  return rows;
}

std::vector<std::string> SplitList(std::string_view field, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= field.size()) {
    size_t end = field.find(sep, start);
    if (end == std::string_view::npos) end = field.size();
    std::string_view item = Trim(field.substr(start, end - start));
    if (!item.empty()) out.emplace_back(item);
    start = end + 1;
  }
  return out;
}

}  // namespace rased

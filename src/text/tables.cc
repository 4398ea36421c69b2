#include "text/tables.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/utf8.h"
#include "text/lexicon.h"

namespace rased::text {
namespace {

struct EmbeddedTable {
  std::string_view name;
  std::string_view text;
};

constexpr EmbeddedTable kEmbedded[] = {
#include "text_tables.inc"
};

}  // namespace

std::string_view BuiltInTable(std::string_view name) {
  for (const EmbeddedTable& t : kEmbedded) {
    if (t.name == name) return t.text;
  }
  return {};
}

StatusOr<std::vector<TsvRow>> ParseTsvText(std::string_view text, std::string_view source_name) {
  std::vector<TsvRow> rows;
  int line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (!utf8::IsValid(line)) {
      return Status::DataLoss(std::string(source_name) + ":" + std::to_string(line_no) +
                              ": not valid UTF-8");
    }
    TsvRow row;
    row.line = line_no;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      if (tab == std::string_view::npos) {
        row.fields.emplace_back(line.substr(start));
        break;
      }
      row.fields.emplace_back(line.substr(start, tab - start));
      start = tab + 1;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

StatusOr<std::string> ReadLexiconTable(const std::string& data_dir, std::string_view name,
                                       std::string* source_name) {
  if (!data_dir.empty()) {
    const std::filesystem::path path = std::filesystem::path(data_dir) / "lexicon" / name;
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
      std::ifstream in(path, std::ios::binary);
      std::ostringstream buffer;
      buffer << in.rdbuf();
      if (!in.good() && !in.eof()) return Status::IoError("cannot read " + path.string());
      *source_name = path.string();
      return buffer.str();
    }
  }
  *source_name = "built-in " + std::string(name);
  return std::string(BuiltInTable(name));
}

}  // namespace rased::text

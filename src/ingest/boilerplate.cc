#include "ingest/boilerplate.h"

#include <algorithm>
#include <filesystem>

namespace rased::ingest {

namespace {

constexpr std::string_view kHtmlClassTable = "html_classes.tsv";
constexpr std::string_view kSourceLabelTable = "source_labels.tsv";

bool IsPlaceholder(std::string_view t) { return t == "<num>" || t == "<any>"; }

// Pattern text -> LineKey tokens, keeping the placeholders whole.
std::vector<std::string> PatternTokens(std::string_view pattern) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < pattern.size()) {
    size_t open = pattern.find('<', pos);
    std::string_view literal =
        pattern.substr(pos, open == std::string_view::npos ? open : open - pos);
    LineKey k = MakeLineKey(literal);
    for (size_t i = 0; i < k.size(); ++i) out.emplace_back(k.token(i));
    if (open == std::string_view::npos) break;
    const size_t close = pattern.find('>', open);
    std::string_view ph =
        pattern.substr(open, close == std::string_view::npos ? close : close - open + 1);
    if (IsPlaceholder(ph)) {
      out.emplace_back(ph);
    } else {
      // A lone '<' is punctuation: it separates tokens like any other.
      LineKey k2 = MakeLineKey(ph);
      for (size_t i = 0; i < k2.size(); ++i) out.emplace_back(k2.token(i));
    }
    if (close == std::string_view::npos) break;
    pos = close + 1;
  }
  return out;
}

bool TokenMatches(std::string_view pattern, std::string_view token) {
  if (pattern.size() >= 2 && pattern.front() == '<') {
    if (pattern == "<any>") return true;
    if (pattern == "<num>") return IsNumberToken(token);
  }
  return pattern == token;
}

// Splits a class/id value into lower-case words at non-alphanumerics and at
// camelCase humps: "articleBody share_bar" -> article, body, share, bar.
template <typename Fn>
void ForEachClassWord(std::string_view value, Fn&& fn) {
  // Hostile pages carry megabyte attributes; the first words are enough.
  value = value.substr(0, 512);
  std::string word;
  auto flush = [&] {
    if (!word.empty()) fn(std::string_view(word));
    word.clear();
  };
  for (size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    const bool upper = c >= 'A' && c <= 'Z';
    const bool lower = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!upper && !lower) {
      flush();
      continue;
    }
    if (upper && !word.empty() && i > 0 && value[i - 1] >= 'a' && value[i - 1] <= 'z') flush();
    word.push_back(upper ? static_cast<char>(c - 'A' + 'a') : c);
  }
  flush();
}

}  // namespace

BoilerplateRules::BoilerplateRules() = default;
BoilerplateRules::~BoilerplateRules() = default;

StatusOr<std::unique_ptr<BoilerplateRules>> BoilerplateRules::Load(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Status::NotFound("boilerplate tables: no directory " + dir);
  }
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".tsv") == 0 && name[0] != '.') {
      files.push_back(name);
    }
  }
  if (ec) return Status::IoError("cannot list " + dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  auto rules = std::make_unique<BoilerplateRules>();
  for (const std::string_view required : {kHtmlClassTable, kSourceLabelTable}) {
    if (std::find(files.begin(), files.end(), required) == files.end()) {
      return Status::NotFound("boilerplate tables: missing " + dir + "/" + std::string(required));
    }
  }
  for (const std::string& name : files) {
    const std::string path = dir + "/" + name;
    RASED_ASSIGN_OR_RETURN(std::vector<TsvRow> rows, ReadTsv(path));
    if (name == kHtmlClassTable) {
      RASED_RETURN_IF_ERROR(rules->AddHtmlClassTable(rows, path));
    } else if (name == kSourceLabelTable) {
      RASED_RETURN_IF_ERROR(rules->AddSourceLabelTable(rows, path));
    } else {
      RASED_RETURN_IF_ERROR(rules->AddPhraseTable(name.substr(0, name.size() - 4), rows, path));
    }
  }
  if (rules->rules_.empty())
    return Status::NotFound("boilerplate tables: no phrase table in " + dir);
  return rules;
}

Status BoilerplateRules::AddPhraseTable(const std::string& category,
                                        const std::vector<TsvRow>& rows, const std::string& file) {
  for (const TsvRow& row : rows) {
    auto where = [&] { return file + ":" + std::to_string(row.line) + ": "; };
    if (row.fields.size() < 2)
      return Status::DataLoss(where() + "want pattern<TAB>match[<TAB>max_words]");
    PhraseRule rule;
    rule.tokens = PatternTokens(row.fields[0]);
    if (rule.tokens.empty()) return Status::DataLoss(where() + "pattern has no word");
    const std::string& m = row.fields[1];
    if (m == "equals") {
      rule.kind = MatchKind::kEquals;
    } else if (m == "prefix") {
      rule.kind = MatchKind::kPrefix;
    } else if (m == "contains") {
      rule.kind = MatchKind::kContains;
    } else if (m == "words") {
      rule.kind = MatchKind::kWords;
      if (rule.tokens.size() != 1 || IsPlaceholder(rule.tokens[0])) {
        return Status::DataLoss(where() + "a `words` pattern is a single word");
      }
    } else {
      return Status::DataLoss(where() + "match must be equals, prefix, contains or words, not '" +
                              m + "'");
    }
    if (row.fields.size() >= 3 && !row.fields[2].empty()) {
      const std::string& w = row.fields[2];
      if (w.size() > 4 || w.find_first_not_of("0123456789") != std::string::npos) {
        return Status::DataLoss(where() + "max_words must be a small number, not '" + w + "'");
      }
      rule.max_words = static_cast<uint32_t>(std::stoul(w));
    }
    if (rule.max_words != 0 && rule.max_words < rule.tokens.size()) {
      return Status::DataLoss(where() + "max_words is shorter than the pattern");
    }
    rule.category = category;
    rule.origin = file.substr(file.find_last_of('/') + 1) + ":" + std::to_string(row.line);
    const auto index = static_cast<uint32_t>(rules_.size());
    switch (rule.kind) {
      case MatchKind::kWords:
        words_.emplace(rule.tokens[0], index);
        words_max_ = std::max(words_max_, rule.max_words == 0 ? 12u : rule.max_words);
        break;
      case MatchKind::kPrefix:
      case MatchKind::kContains:
        if (rule.max_words == 0) unlimited_ = true;
        limit_max_ = std::max(limit_max_, rule.max_words);
        [[fallthrough]];
      case MatchKind::kEquals:
        if (IsPlaceholder(rule.tokens[0])) {
          placeholder_first_.push_back(index);
        } else {
          by_first_token_[rule.tokens[0]].push_back(index);
        }
        break;
    }
    rules_.push_back(std::move(rule));
  }
  return Status::OK();
}

Status BoilerplateRules::AddHtmlClassTable(const std::vector<TsvRow>& rows,
                                           const std::string& file) {
  for (const TsvRow& row : rows) {
    auto where = [&] { return file + ":" + std::to_string(row.line) + ": "; };
    if (row.fields.size() < 3) return Status::DataLoss(where() + "want word<TAB>match<TAB>effect");
    ClassWord w;
    ForEachClassWord(row.fields[0], [&](std::string_view word) {
      if (w.word.empty()) w.word = word;
    });
    if (w.word.empty()) return Status::DataLoss(where() + "empty class word");
    if (row.fields[1] == "prefix") {
      w.prefix = true;
    } else if (row.fields[1] != "word") {
      return Status::DataLoss(where() + "match must be word or prefix");
    }
    if (row.fields[2] == "drop") {
      w.effect = ClassEffect::kDrop;
    } else if (row.fields[2] == "keep") {
      w.effect = ClassEffect::kKeep;
    } else {
      return Status::DataLoss(where() + "effect must be drop or keep");
    }
    class_words_.push_back(std::move(w));
  }
  return Status::OK();
}

Status BoilerplateRules::AddSourceLabelTable(const std::vector<TsvRow>& rows,
                                             const std::string& file) {
  for (const TsvRow& row : rows) {
    LineKey k = MakeLineKey(row.fields[0]);
    if (k.size() == 0) {
      return Status::DataLoss(file + ":" + std::to_string(row.line) + ": empty label");
    }
    std::vector<std::string> tokens;
    for (size_t i = 0; i < k.size(); ++i) tokens.emplace_back(k.token(i));
    source_labels_.push_back(std::move(tokens));
  }
  return Status::OK();
}

bool BoilerplateRules::MatchAt(const PhraseRule& rule, const LineKey& line, size_t pos) const {
  if (pos + rule.tokens.size() > line.size()) return false;
  for (size_t j = 0; j < rule.tokens.size(); ++j) {
    if (!TokenMatches(rule.tokens[j], line.token(pos + j))) return false;
  }
  return true;
}

const PhraseRule* BoilerplateRules::Match(const LineKey& line) const {
  const size_t n = line.size();
  if (n == 0) return nullptr;
  // `words` lines: every token is a share/social word.
  if (n <= words_max_) {
    const PhraseRule* first = nullptr;
    for (size_t i = 0; i < n; ++i) {
      auto it = words_.find(line.token(i));
      if (it == words_.end() ||
          (rules_[it->second].max_words != 0 && n > rules_[it->second].max_words)) {
        first = nullptr;
        break;
      }
      if (first == nullptr) first = &rules_[it->second];
    }
    if (first != nullptr) return first;
  }
  const bool limits_apply = !unlimited_ && n > limit_max_;
  auto accept = [&](const PhraseRule& r, size_t pos) {
    switch (r.kind) {
      case MatchKind::kEquals:
        return pos == 0 && r.tokens.size() == n && MatchAt(r, line, 0);
      case MatchKind::kPrefix:
        return pos == 0 && (r.max_words == 0 || n <= r.max_words) && MatchAt(r, line, 0);
      case MatchKind::kContains:
        return (r.max_words == 0 || n <= r.max_words) && MatchAt(r, line, pos);
      case MatchKind::kWords:
        return false;
    }
    return false;
  };
  const size_t last_start = limits_apply ? 1 : n;  // only equals rules when too long
  for (size_t pos = 0; pos < last_start; ++pos) {
    if (auto it = by_first_token_.find(line.token(pos)); it != by_first_token_.end()) {
      for (uint32_t idx : it->second) {
        if (accept(rules_[idx], pos)) return &rules_[idx];
      }
    }
    for (uint32_t idx : placeholder_first_) {
      if (accept(rules_[idx], pos)) return &rules_[idx];
    }
  }
  return nullptr;
}

bool BoilerplateRules::EndsWithCategory(const LineKey& line, std::string_view category) const {
  const size_t n = line.size();
  for (size_t start = 1; start < n; ++start) {
    auto it = by_first_token_.find(line.token(start));
    if (it == by_first_token_.end()) continue;
    for (uint32_t idx : it->second) {
      const PhraseRule& r = rules_[idx];
      if (r.category == category && r.kind == MatchKind::kEquals && start + r.tokens.size() == n &&
          MatchAt(r, line, start)) {
        return true;
      }
    }
  }
  return false;
}

std::string BoilerplateRules::SourceLineName(std::string_view line, const LineKey& key) const {
  for (const auto& label : source_labels_) {
    if (key.size() <= label.size() || key.size() > label.size() + 6) continue;
    bool ok = true;
    for (size_t i = 0; i < label.size() && ok; ++i) ok = key.token(i) == label[i];
    if (!ok) continue;
    // The label must be followed by a separator in the printed line. The
    // separator is searched for in the text; the label is short, so the first
    // one found belongs to it.
    size_t sep = std::string_view::npos;
    size_t sep_len = 0;
    for (std::string_view s : {":", "：", " - ", " -", "–", "—"}) {
      const size_t p = line.find(s);
      if (p != std::string_view::npos && p < sep) {
        sep = p;
        sep_len = s.size();
      }
    }
    if (sep == std::string_view::npos) continue;
    // Nothing of the name may precede the separator.
    LineKey before = MakeLineKey(line.substr(0, sep));
    if (before.size() != label.size()) continue;
    std::string_view name = line.substr(sep + sep_len);
    auto is_trim = [](char c) { return c == ' ' || c == '\t' || c == '.' || c == '-'; };
    while (!name.empty() && is_trim(name.front())) name.remove_prefix(1);
    while (!name.empty() && is_trim(name.back())) name.remove_suffix(1);
    if (!name.empty()) return std::string(name);
  }
  return "";
}

ClassEffect BoilerplateRules::ClassesEffect(std::string_view attribute, bool* keep_too) const {
  ClassEffect result = ClassEffect::kNone;
  bool keep = false;
  ForEachClassWord(attribute, [&](std::string_view word) {
    for (const ClassWord& w : class_words_) {
      const bool hit = w.prefix ? word.substr(0, w.word.size()) == w.word : word == w.word;
      if (!hit) continue;
      if (w.effect == ClassEffect::kDrop) {
        result = ClassEffect::kDrop;
      } else {
        keep = true;
      }
    }
  });
  if (keep_too != nullptr) *keep_too = keep;
  if (result == ClassEffect::kNone && keep) result = ClassEffect::kKeep;
  return result;
}

}  // namespace rased::ingest

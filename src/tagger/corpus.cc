#include "tagger/corpus.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>

#include "tagger/features.h"

namespace rased::tagger {

std::optional<EntityType> CorpusType(std::string_view type) {
  if (type == "PER" || type == "PERS" || type == "PERSON") return EntityType::kPerson;
  if (type == "ORG" || type == "ORGANIZATION") return EntityType::kOrganization;
  if (type == "LOC" || type == "GPE" || type == "LOCATION") return EntityType::kLocation;
  if (type == "FAC" || type == "FACILITY") return EntityType::kFacility;
  return std::nullopt;
}

namespace {

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

size_t Letters(std::string_view s) { return CodePoints(s); }

// Whether the tokens of [cp_begin, cp_end) are one word naming a group of
// people: a plural nisba ("السوريين", "الصليبيون": ends in يين / يون) or a
// definite sound masculine plural of at least three root letters
// ("المسلمين", "المؤمنون"; not "الحسين", whose stem is four letters).
bool IsPeopleGroup(const Document& doc, const GoldSpan& g) {
  const Token* word = nullptr;
  for (const Token& t : doc.tokens) {
    if (t.cp_end <= g.cp_begin || t.cp_begin >= g.cp_end) continue;
    if (word != nullptr || t.kind != TokenKind::kWord) return false;
    word = &t;
  }
  if (word == nullptr) return false;
  constexpr std::string_view kYaYaNun = "\xD9\x8A\xD9\x8A\xD9\x86";   // "يين"
  constexpr std::string_view kYaWawNun = "\xD9\x8A\xD9\x88\xD9\x86";  // "يون"
  constexpr std::string_view kYaNun = "\xD9\x8A\xD9\x86";             // "ين"
  constexpr std::string_view kWawNun = "\xD9\x88\xD9\x86";            // "ون"
  const std::string_view k = word->key;
  if (Letters(k) > 4 && (k.ends_with(kYaYaNun) || k.ends_with(kYaWawNun))) return true;
  const std::string_view base = word->base.empty() ? k : std::string_view(word->base);
  const std::string_view stem = word->stem.empty() ? base : std::string_view(word->stem);
  const bool definite = stem.size() < base.size();
  return definite && Letters(stem) >= 5 && (stem.ends_with(kYaNun) || stem.ends_with(kWawNun));
}

// Finishes a sentence whose text and gold spans are set.
Status Analyze(const TextAnalyzer& analyzer, LabeledSentence* s) {
  s->doc.id = s->id;
  RASED_RETURN_IF_ERROR(analyzer.Annotate(&s->doc));
  const size_t before = s->gold.size();
  std::erase_if(s->gold, [&](const GoldSpan& g) {
    return g.type == EntityType::kPerson && IsPeopleGroup(s->doc, g);
  });
  s->dropped_spans += static_cast<uint32_t>(before - s->gold.size());
  std::sort(s->gold.begin(), s->gold.end(),
            [](const GoldSpan& a, const GoldSpan& b) { return a.cp_begin < b.cp_begin; });
  s->labels = LabelTokens(s->doc, s->gold);
  return Status::OK();
}

}  // namespace

std::vector<uint8_t> LabelTokens(const Document& doc, const std::vector<GoldSpan>& gold,
                                 size_t* split_tokens) {
  std::vector<uint8_t> labels(doc.tokens.size(), kOutside);
  for (const GoldSpan& g : gold) {
    bool first = true;
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      const Token& t = doc.tokens[i];
      if (t.cp_end <= g.cp_begin || t.cp_begin >= g.cp_end) continue;
      const bool split = t.cp_begin < g.cp_begin || t.cp_end > g.cp_end;
      if (split && split_tokens != nullptr) ++*split_tokens;
      // A name that ends inside a token ("سوريا" of "سورياً") takes the
      // token; one that starts inside it does so after a proclitic (و[زليتن])
      // and takes it too. Spans are disjoint in the corpora; a later
      // overlapping one only relabels tokens the first left outside.
      if (labels[i] != kOutside) continue;
      labels[i] = first ? BeginLabel(g.type) : InsideLabel(g.type);
      first = false;
    }
  }
  return labels;
}

StatusOr<LabeledSentence> ParseLabeledSentence(std::string_view json_line,
                                               const TextAnalyzer& analyzer) {
  nlohmann::json j = nlohmann::json::parse(json_line, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) {
    return Status::DataLoss("expected a JSON object with a \"text\" string");
  }
  LabeledSentence s;
  if (j.contains("id") && j["id"].is_string()) s.id = j["id"].get<std::string>();
  s.doc.text = j["text"].get<std::string>();
  const size_t cp_size = CodePoints(s.doc.text);
  if (j.contains("entities")) {
    if (!j["entities"].is_array()) return Status::DataLoss("\"entities\" is not an array");
    for (const auto& e : j["entities"]) {
      if (!e.is_object() || !e.contains("start") || !e.contains("end") || !e.contains("type") ||
          !e["start"].is_number_unsigned() || !e["end"].is_number_unsigned() ||
          !e["type"].is_string()) {
        return Status::DataLoss("an entity needs unsigned \"start\", \"end\" and a \"type\"");
      }
      const auto b = e["start"].get<uint64_t>(), en = e["end"].get<uint64_t>();
      if (b >= en || en > cp_size) {
        return Status::DataLoss("entity [" + std::to_string(b) + ", " + std::to_string(en) +
                                ") outside the text's " + std::to_string(cp_size) + " code points");
      }
      std::optional<EntityType> type = CorpusType(e["type"].get<std::string>());
      if (!type) {
        ++s.dropped_spans;
        continue;
      }
      s.gold.push_back(GoldSpan{static_cast<uint32_t>(b), static_cast<uint32_t>(en), *type});
    }
  }
  RASED_RETURN_IF_ERROR(Analyze(analyzer, &s));
  return s;
}

StatusOr<LabeledSentence> ParseMarkedSentence(std::string_view line, const TextAnalyzer& analyzer) {
  LabeledSentence s;
  std::string& text = s.doc.text;
  for (size_t i = 0; i < line.size();) {
    if (line[i] == ']') return Status::DataLoss("\"]\" without \"[\"");
    if (line[i] != '[') {
      text += line[i++];
      continue;
    }
    const size_t close = line.find(']', i);
    const size_t space = line.find(' ', i);
    if (close == std::string_view::npos) return Status::DataLoss("\"[\" without \"]\"");
    if (space == std::string_view::npos || space > close || space == i + 1) {
      return Status::DataLoss("a mark needs a type and words: [PER name]");
    }
    const std::string_view type = line.substr(i + 1, space - i - 1);
    const std::string_view words = line.substr(space + 1, close - space - 1);
    if (words.find('[') != std::string_view::npos) return Status::DataLoss("nested \"[\"");
    if (words.find_first_not_of(' ') == std::string_view::npos) {
      return Status::DataLoss("a mark without words");
    }
    const size_t begin = CodePoints(text);
    text += words;
    std::optional<EntityType> t = CorpusType(type);
    if (t) {
      s.gold.push_back(
          GoldSpan{static_cast<uint32_t>(begin), static_cast<uint32_t>(CodePoints(text)), *t});
    } else {
      ++s.dropped_spans;
    }
    i = close + 1;
  }
  RASED_RETURN_IF_ERROR(Analyze(analyzer, &s));
  return s;
}

Status ReadLabeledSentences(const std::string& path, const TextAnalyzer& analyzer,
                            std::vector<LabeledSentence>* out, CorpusStats* stats) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open " + path);
  const bool marked = std::string_view(path).ends_with(".txt");
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || (marked && line[0] == '#')) continue;
    StatusOr<LabeledSentence> s =
        marked ? ParseMarkedSentence(line, analyzer) : ParseLabeledSentence(line, analyzer);
    if (!s.ok()) return s.status().WithContext(path + ":" + std::to_string(number));
    if (s->id.empty()) {
      s->id = path + ":" + std::to_string(number);
      s->doc.id = s->id;
    }
    if (stats != nullptr) {
      ++stats->sentences;
      stats->tokens += s->doc.tokens.size();
      stats->spans += s->gold.size();
      stats->dropped_spans += s->dropped_spans;
      LabelTokens(s->doc, s->gold, &stats->split_tokens);
    }
    out->push_back(std::move(s).value());
  }
  return Status::OK();
}

}  // namespace rased::tagger

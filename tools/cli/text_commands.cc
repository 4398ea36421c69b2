// rased normalize [--json] [--skeleton] FILE|- ...
// rased tokenize [--json] FILE|- ...
//
// Debugging the text stage on its own (sentencepiece's spm_normalize):
// normalize prints the match key of each input line (or its transliteration
// skeleton), tokenize prints sentences and tokens. Inputs are plain text
// files; "-" (or no input) reads stdin.
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "commands.h"
#include "rased/document.h"
#include "rased/text.h"

namespace rased::cli {

namespace {

struct TextArgs {
  CommonOptions common;
  std::vector<std::string> inputs;
  bool json = false;
  bool skeleton = false;
};

// Reads a whole input; "-" is stdin. False (with a message) when unreadable.
bool ReadInput(const std::string& name, std::string* out) {
  if (name == "-") {
    out->assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::ifstream in(name, std::ios::binary);
  if (!in) {
    std::cerr << "rased: " << name << ": cannot open\n";
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *out = buffer.str();
  return true;
}

std::string Dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string_view KindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kLatin:
      return "latin";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunct:
      return "punct";
    case TokenKind::kSymbol:
      return "symbol";
  }
  return "symbol";
}

int RunNormalize(const TextArgs& args) {
  int failures = 0;
  for (const std::string& input : args.inputs) {
    std::string text;
    if (!ReadInput(input, &text)) {
      ++failures;
      continue;
    }
    size_t pos = 0;
    while (pos < text.size()) {
      size_t end = text.find('\n', pos);
      if (end == std::string::npos) end = text.size();
      const std::string_view line = std::string_view(text).substr(pos, end - pos);
      const std::string out = args.skeleton ? TransliterationKey(line) : NormalizeForMatch(line);
      if (args.json) {
        nlohmann::json j = {{"doc", input}, {"line", line}, {"key", out}};
        std::cout << Dump(j) << "\n";
      } else {
        std::cout << out << "\n";
      }
      pos = end + 1;
    }
  }
  std::cout.flush();
  return failures == 0 ? 0 : 1;
}

int RunTokenize(const TextArgs& args) {
  auto analyzer = TextAnalyzer::Create(ToPipelineOptions(args.common));
  if (!analyzer.ok()) {
    std::cerr << "rased: " << analyzer.status().ToString() << "\n";
    return 2;
  }
  int failures = 0;
  for (const std::string& input : args.inputs) {
    Document doc;
    doc.id = input;
    if (!ReadInput(input, &doc.text)) {
      ++failures;
      continue;
    }
    Status s = (*analyzer)->Annotate(&doc);
    if (!s.ok()) {
      std::cerr << "rased: " << input << ": " << s.ToString() << "\n";
      ++failures;
      continue;
    }
    if (args.json) {
      // Offsets are code points, as in the extraction contract.
      nlohmann::json tokens = nlohmann::json::array();
      for (const Token& t : doc.tokens) {
        nlohmann::json j = {
            {"text", doc.Slice(t.span)}, {"start", t.cp_begin}, {"end", t.cp_end},
            {"kind", KindName(t.kind)},  {"key", t.key},        {"sentence", t.sentence}};
        if (t.kind == TokenKind::kWord) {
          j["base"] = t.base;
          j["stem"] = t.stem;
          if (t.enclitic_bytes > 0) j["enclitic"] = t.base.substr(t.base.size() - t.enclitic_bytes);
        }
        if (t.has_value) j["value"] = t.value;
        tokens.push_back(std::move(j));
      }
      nlohmann::json sentences = nlohmann::json::array();
      for (const Sentence& s : doc.sentences) {
        sentences.push_back({{"start", doc.CodePointOffset(s.span.begin)},
                             {"end", doc.CodePointOffset(s.span.end)},
                             {"tokens", {s.token_begin, s.token_end}}});
      }
      std::cout << Dump({{"doc", input}, {"sentences", sentences}, {"tokens", tokens}}) << "\n";
      continue;
    }
    // Readable: one sentence a line, tokens separated by spaces, a word shown
    // as surface[base+enclitic] when clitics were found, numbers with =value.
    for (const Sentence& s : doc.sentences) {
      std::string line;
      for (uint32_t k = s.token_begin; k < s.token_end; ++k) {
        const Token& t = doc.tokens[k];
        if (!line.empty()) line += ' ';
        line += doc.Slice(t.span);
        if (t.kind == TokenKind::kWord && (t.base != t.key || t.enclitic_bytes > 0)) {
          line += '[';
          line += t.base.substr(0, t.base.size() - t.enclitic_bytes);
          if (t.enclitic_bytes > 0) line += "+" + t.base.substr(t.base.size() - t.enclitic_bytes);
          line += ']';
        }
        if (t.has_value && t.kind != TokenKind::kNumber) {
          std::ostringstream v;
          v << t.value;
          line += "=" + v.str();
        }
      }
      std::cout << line << "\n";
    }
  }
  std::cout.flush();
  return failures == 0 ? 0 : 1;
}

}  // namespace

void RegisterTextCommands(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners) {
  {
    auto args = std::make_shared<TextArgs>();
    CLI::App* cmd = app.add_subcommand(
        "normalize", "Print the match key (or transliteration skeleton) of each input line");
    cmd->add_flag("--json", args->json, "one JSON object per line: doc, line, key");
    cmd->add_flag("--skeleton", args->skeleton,
                  "print the consonant skeleton shared by Arabic and Latin spellings");
    cmd->add_option("inputs", args->inputs, "text files, or - for stdin");
    runners.emplace_back(cmd, [args] {
      if (args->inputs.empty()) args->inputs.push_back("-");
      return RunNormalize(*args);
    });
  }
  {
    auto args = std::make_shared<TextArgs>();
    CLI::App* cmd = app.add_subcommand(
        "tokenize", "Print sentences and tokens (keys, clitics, number values) of text files");
    AddCommonOptions(cmd, &args->common);
    cmd->add_flag("--json", args->json,
                  "one JSON object per document: sentences and tokens, code-point offsets");
    cmd->add_option("inputs", args->inputs, "text files, or - for stdin");
    runners.emplace_back(cmd, [args] {
      if (args->inputs.empty()) args->inputs.push_back("-");
      return RunTokenize(*args);
    });
  }
}

}  // namespace rased::cli

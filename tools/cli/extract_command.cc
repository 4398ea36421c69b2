// rased extract [--json] FILE|DIR|- ...
#include <iostream>
#include <memory>

#include "commands.h"
#include "rased/output.h"
#include "rased/pipeline.h"
#include "rased/reader.h"

namespace rased::cli {

namespace {

struct ExtractArgs {
  CommonOptions common;
  std::vector<std::string> inputs;
  bool json = false;
};

int RunExtract(const ExtractArgs& args) {
  ReaderOptions reader_options;
  reader_options.data_dir = args.common.data_dir;
  auto reader = Reader::Create(reader_options);
  if (!reader.ok()) {
    std::cerr << "rased: " << reader.status().ToString() << "\n";
    return 2;
  }
  auto pipeline = Pipeline::Create(ToPipelineOptions(args.common));
  if (!pipeline.ok()) {
    std::cerr << "rased: " << pipeline.status().ToString() << "\n";
    return 2;
  }
  int failures = 0;
  (*reader)->ReadAll(args.inputs, [&](const std::string& source, StatusOr<Document> doc) {
    if (!doc.ok()) {
      std::cerr << "rased: " << source << ": " << doc.status().ToString() << "\n";
      ++failures;
      return;
    }
    for (const std::string& w : doc->warnings)
      std::cerr << "rased: " << source << ": " << w << "\n";
    Status s = (*pipeline)->Annotate(&*doc);
    if (!s.ok()) {
      std::cerr << "rased: " << source << ": " << s.ToString() << "\n";
      ++failures;
      return;
    }
    if (args.json) {
      std::cout << ToJsonLine(*doc) << "\n";
    } else {
      std::cout << ToReadable(*doc) << "\n";
    }
  });
  std::cout.flush();
  return failures == 0 ? 0 : 1;
}

}  // namespace

void RegisterExtract(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "Read documents and print entities, roles, relations, dates and quantities");
  AddCommonOptions(cmd, &args->common);
  cmd->add_flag("--json", args->json, "one JSON object per document per line (DESIGN.md contract)");
  cmd->add_option("inputs", args->inputs, "files, folders, or - for stdin")->required();
  runners.emplace_back(cmd, [args] { return RunExtract(*args); });
}

}  // namespace rased::cli

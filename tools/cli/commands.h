// Each subcommand of `rased` lives in its own file and registers itself here.
// Subcommands only parse arguments and call the public API in include/rased/.
#ifndef RASED_TOOLS_CLI_COMMANDS_H_
#define RASED_TOOLS_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "rased/options.h"

namespace rased::cli {

// Options every subcommand that runs the pipeline shares.
struct CommonOptions {
  std::string data_dir;
  std::vector<std::string> kb_files;
  std::string lexicon;
  bool model_mentions = PipelineOptions{}.model_mentions;
};

void AddCommonOptions(CLI::App* cmd, CommonOptions* common);
PipelineOptions ToPipelineOptions(const CommonOptions& common);

// Registrars: each adds one subcommand and sets `*run` to run it when chosen.
using Runner = std::function<int()>;
void RegisterExtract(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners);
// `rased normalize` and `rased tokenize` (text_commands.cc).
void RegisterTextCommands(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners);
void RegisterStoreCommands(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners);
void RegisterServe(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners);
void RegisterKb(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners);

}  // namespace rased::cli

#endif  // RASED_TOOLS_CLI_COMMANDS_H_

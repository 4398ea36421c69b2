// rased: the command-line front door. See README.md for the subcommands.
#include <iostream>

#include "commands.h"

namespace rased::cli {

void AddCommonOptions(CLI::App* cmd, CommonOptions* common) {
  cmd->add_option("--data", common->data_dir, "data directory (default: $RASED_DATA or built-in)");
  cmd->add_option("--kb", common->kb_files,
                  "extra knowledge-base TSV file(s), merged over data/kb");
  cmd->add_option("--lexicon", common->lexicon,
                  "hunspell Arabic word list (default: system ar.dic)");
  cmd->add_flag("--tagger,!--no-tagger", common->model_mentions,
                "also add the names the learned tagger finds where the rules found none");
}

PipelineOptions ToPipelineOptions(const CommonOptions& common) {
  PipelineOptions options;
  options.data_dir = common.data_dir;
  options.extra_kb_files = common.kb_files;
  options.lexicon_path = common.lexicon;
  options.model_mentions = common.model_mentions;
  return options;
}

}  // namespace rased::cli

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  CLI::App app{"rased (راصد) — offline Arabic news intelligence"};
  app.require_subcommand(1);
  std::vector<std::pair<CLI::App*, rased::cli::Runner>> runners;
  rased::cli::RegisterExtract(app, runners);
  rased::cli::RegisterTextCommands(app, runners);
  rased::cli::RegisterStoreCommands(app, runners);
  rased::cli::RegisterServe(app, runners);
  rased::cli::RegisterKb(app, runners);
  CLI11_PARSE(app, argc, argv);
  for (auto& [cmd, run] : runners) {
    if (cmd->parsed()) return run();
  }
  return 2;
}

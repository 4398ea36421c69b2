// rased serve [--db …] [--host 127.0.0.1] [--port 8080] [--token T]
#include <csignal>
#include <fstream>
#include <iostream>

#include "commands.h"
#include "rased/server.h"

#ifndef RASED_WEB_DIR
#define RASED_WEB_DIR ""
#endif

namespace rased::cli {

namespace {

struct ServeArgs {
  CommonOptions common;
  ServerOptions server;
  std::string token_file;
  std::string web = RASED_WEB_DIR;
  bool no_web = false;
};

Server* g_server = nullptr;

void OnSignal(int) {
  if (g_server) g_server->Stop();
}

int RunServe(ServeArgs args) {
  if (!args.token_file.empty()) {
    std::ifstream in(args.token_file);
    if (!std::getline(in, args.server.token) || args.server.token.empty()) {
      std::cerr << "rased: cannot read a token from " << args.token_file << "\n";
      return 2;
    }
  }
  if (const char* db = std::getenv("RASED_DB"); db && *db && args.server.db == "rased.db") {
    args.server.db = db;
  }
  args.server.data_dir = args.common.data_dir;
  args.server.static_dir = args.no_web ? "" : args.web;
  auto reader = Reader::Create(ReaderOptions{args.common.data_dir});
  if (!reader.ok()) {
    std::cerr << "rased: " << reader.status().ToString() << "\n";
    return 2;
  }
  auto pipeline = Pipeline::Create(ToPipelineOptions(args.common));
  if (!pipeline.ok()) {
    std::cerr << "rased: " << pipeline.status().ToString() << "\n";
    return 2;
  }
  auto server = Server::Create(args.server, pipeline->get(), reader->get());
  if (!server.ok()) {
    std::cerr << "rased: " << server.status().ToString() << "\n";
    return 2;
  }
  g_server = server->get();
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  std::cout << "rased: serving " << args.server.db << " on http://" << args.server.host << ":"
            << (*server)->port() << "/" << (args.server.token.empty() ? "" : "?token=…")
            << std::endl;
  Status s = (*server)->Run();
  g_server = nullptr;
  if (!s.ok()) {
    std::cerr << "rased: " << s.ToString() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

void RegisterServe(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand("serve", "JSON API and web workspace over a knowledge base");
  AddCommonOptions(cmd, &args->common);
  cmd->add_option("--db", args->server.db, "SQLite file or postgres:// URL (default: rased.db)");
  cmd->add_option("--host", args->server.host, "address to listen on (default 127.0.0.1)");
  cmd->add_option("--port", args->server.port, "port (default 8080; 0 = any free port)");
  cmd->add_option("--token", args->server.token, "secret every request must carry");
  cmd->add_option("--token-file", args->token_file, "read the token from this file");
  cmd->add_option("--web", args->web, "folder of the built web UI");
  cmd->add_flag("--no-web", args->no_web, "serve the API only");
  cmd->add_option("--max-upload", args->server.max_upload_bytes, "largest upload in bytes");
  runners.emplace_back(cmd, [args] { return RunServe(*args); });
}

}  // namespace rased::cli

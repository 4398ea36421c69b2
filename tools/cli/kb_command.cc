// rased kb lookup [--json] NAME...
//
// Looks a name up in the knowledge base (data/kb plus --kb files): Arabic as
// printed (proclitics tolerated: "لحفتر"), or Latin and other transliterations
// ("Hafter"), or an id ("khalifa-haftar"). Prints every matching record.
#include <algorithm>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "kb/knowledge_base.h"

namespace rased::cli {

namespace {

struct KbArgs {
  CommonOptions common;
  std::vector<std::string> names;
  bool json = false;
};

std::string Joined(const std::vector<std::string>& items, const char* sep = " | ") {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

nlohmann::json ToJson(const KbEntity& e) {
  nlohmann::json j = {
      {"id", e.id},
      {"type", EntityTypeName(e.type)},
      {"kind", e.kind},
      {"name_ar", e.name_ar},
      {"name_en", e.name_en},
      {"aliases_ar", e.aliases_ar},
      {"aliases_en", e.aliases_en},
      {"country", e.country.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.country)},
      {"affiliations", e.affiliations},
      {"adjectives", e.adjectives},
      {"description", e.description},
      {"source", e.source}};
  if (e.lat && e.lon) {
    j["lat"] = *e.lat;
    j["lon"] = *e.lon;
  } else {
    j["lat"] = nullptr;
    j["lon"] = nullptr;
  }
  return j;
}

void PrintReadable(const KbEntity& e) {
  std::cout << e.id << "  " << EntityTypeName(e.type);
  if (!e.kind.empty()) std::cout << " (" << e.kind << ")";
  std::cout << "\n  name:        " << e.name_ar;
  if (!e.name_en.empty()) std::cout << " — " << e.name_en;
  std::cout << "\n";
  if (!e.aliases_ar.empty() || !e.aliases_en.empty()) {
    std::cout << "  aliases:     " << Joined(e.aliases_ar);
    if (!e.aliases_ar.empty() && !e.aliases_en.empty()) std::cout << " | ";
    std::cout << Joined(e.aliases_en) << "\n";
  }
  if (!e.country.empty()) std::cout << "  country:     " << e.country << "\n";
  if (e.lat && e.lon) std::cout << "  coordinates: " << *e.lat << ", " << *e.lon << "\n";
  if (!e.affiliations.empty())
    std::cout << "  affiliated:  " << Joined(e.affiliations, ", ") << "\n";
  if (!e.description.empty()) std::cout << "  description: " << e.description << "\n";
  std::cout << "  source:      " << e.source << "\n";
}

int RunLookup(const KbArgs& args) {
  auto kb = KnowledgeBase::Load(
      args.common.data_dir.empty() ? DefaultDataDir() : args.common.data_dir, args.common.kb_files);
  if (!kb.ok()) {
    std::cerr << "rased: " << kb.status().ToString() << "\n";
    return 2;
  }
  int missing = 0;
  for (const std::string& name : args.names) {
    std::vector<const KbEntity*> found;
    if (const KbEntity* byid = (*kb)->FindById(name)) found.push_back(byid);
    for (const KbEntity* e : (*kb)->FindByName(name)) {
      if (std::find(found.begin(), found.end(), e) == found.end()) found.push_back(e);
    }
    if (found.empty()) ++missing;
    if (args.json) {
      nlohmann::json out = {{"query", name}, {"matches", nlohmann::json::array()}};
      for (const KbEntity* e : found) out["matches"].push_back(ToJson(*e));
      std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else if (found.empty()) {
      std::cout << name << ": not in the knowledge base\n";
    } else {
      for (const KbEntity* e : found) PrintReadable(*e);
    }
  }
  return missing == 0 ? 0 : 1;
}

}  // namespace

void RegisterKb(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners) {
  auto args = std::make_shared<KbArgs>();
  CLI::App* kb = app.add_subcommand("kb", "Query the knowledge base");
  kb->require_subcommand(1);
  CLI::App* lookup = kb->add_subcommand(
      "lookup",
      "Print the records matching a name (Arabic, Latin or id): id, type, names, "
      "aliases, country, coordinates, description; exit 1 when one is not found");
  AddCommonOptions(lookup, &args->common);
  lookup->add_flag("--json", args->json, "one JSON object per name queried");
  lookup->add_option("names", args->names, "names to look up")->required();
  runners.emplace_back(lookup, [args] { return RunLookup(*args); });
}

}  // namespace rased::cli

// The knowledge-base subcommands: ingest, entities, show, relations, timeline,
// network, path, conflicts, search, documents, merge, split, export.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>

#include "commands.h"
#include "rased/export.h"
#include "rased/graph_store.h"
#include "rased/ingest_job.h"
#include "rased/pipeline.h"
#include "rased/reader.h"
#include "rased/store_json.h"
#include "rased/text.h"

namespace rased::cli {

namespace {

std::string DefaultDb() {
  const char* env = std::getenv("RASED_DB");
  return env && *env ? env : "rased.db";
}

struct StoreArgs {
  std::string db = DefaultDb();
  bool json = false;
};

void AddStoreOptions(CLI::App* cmd, StoreArgs* args, bool with_json = true) {
  cmd->add_option("--db", args->db,
                  "SQLite file or postgres:// URL (default: $RASED_DB or rased.db)");
  if (with_json) cmd->add_flag("--json", args->json, "print JSON instead of a table");
}

int Fail(const Status& s) {
  std::cerr << "rased: " << s.ToString() << "\n";
  return s.code() == StatusCode::kNotFound || s.code() == StatusCode::kInvalidArgument ? 2 : 1;
}

std::unique_ptr<GraphStore> OpenStore(const std::string& url, const StoreOptions& options = {}) {
  auto store = GraphStore::Open(url, options);
  if (!store.ok()) {
    Fail(store.status());
    return nullptr;
  }
  return std::move(*store);
}

std::string Names(const std::vector<EntityRef>& refs) {
  std::string out;
  for (const EntityRef& r : refs) out += (out.empty() ? "" : ", ") + r.name;
  return out;
}

// "VISIT  خليفة حفتر → موسكو  2023-09-26 (day)  [reported, العربي الجديد]  «…»"
std::string RelationLine(const RelationView& r) {
  std::ostringstream out;
  out << std::left << std::setw(12) << r.type << " ";
  bool first = true;
  for (const auto& [role, refs] : r.args) {
    out << (first ? "" : " → ") << Names(refs);
    first = false;
  }
  if (r.date && !r.date->value.empty())
    out << "  " << r.date->value << " (" << r.date->precision << ")";
  out << "  [" << r.modality;
  if (r.attribution)
    out << ", " << r.attribution->name;
  else if (!r.attribution_text.empty())
    out << ", " << r.attribution_text;
  out << "]  " << r.doc << "\n      «" << ClipText(r.evidence, 400) << "»";
  return out.str();
}

void PrintEntities(const std::vector<EntitySummary>& entities) {
  for (const EntitySummary& e : entities) {
    std::cout << std::left << std::setw(13) << e.type << " " << e.name;
    if (!e.name_latin.empty()) std::cout << " (" << e.name_latin << ")";
    std::cout << "  docs=" << e.doc_count << " mentions=" << e.mention_count << "  [" << e.id
              << "]\n";
  }
}

void PrintNetwork(const Network& net) {
  std::map<std::string, std::string> names;
  for (const EntitySummary& n : net.nodes) names[n.id] = n.name;
  std::cout << net.nodes.size() << " entities, " << net.edges.size() << " links\n";
  for (const NetworkEdge& e : net.edges) {
    std::cout << "  " << std::left << std::setw(12) << e.type << " " << names[e.source] << " → "
              << names[e.target] << "  ×" << e.count;
    if (!e.first_date.empty()) std::cout << "  " << e.first_date;
    if (!e.last_date.empty() && e.last_date != e.first_date) std::cout << " … " << e.last_date;
    std::cout << "\n";
  }
}

// A query's answer as JSON, or through `print` for people; a failure as a message.
template <typename T, typename Print>
int Render(const StatusOr<T>& result, bool json, Print print) {
  if (!result.ok()) return Fail(result.status());
  if (json) {
    std::cout << ToJson(*result) << "\n";
  } else {
    print(*result);
  }
  return 0;
}

void PrintRelations(const std::vector<RelationView>& relations) {
  for (const auto& r : relations) std::cout << RelationLine(r) << "\n";
}

// --------------------------------------------------------------------- ingest

struct IngestArgs {
  CommonOptions common;
  StoreArgs store;
  std::vector<std::string> inputs;
  int jobs = 0;
  int batch = 64;
  bool quiet = false;
};

int RunIngestCommand(const IngestArgs& args) {
  ReaderOptions reader_options;
  reader_options.data_dir = args.common.data_dir;
  auto reader = Reader::Create(reader_options);
  if (!reader.ok()) return Fail(reader.status());
  auto pipeline = Pipeline::Create(ToPipelineOptions(args.common));
  if (!pipeline.ok()) return Fail(pipeline.status());
  StoreOptions store_options;
  store_options.data_dir = args.common.data_dir;
  store_options.kb = &(*pipeline)->kb();
  auto store = OpenStore(args.store.db, store_options);
  if (!store) return 1;
  IngestOptions options;
  options.jobs = args.jobs;
  options.batch_size = args.batch;
  const bool tty = isatty(STDERR_FILENO) && !args.quiet;
  auto progress = [&](const IngestProgress& p) {
    if (!tty) return;
    const double mb = p.bytes / 1e6;
    std::fprintf(
        stderr,
        "\r\033[K  %lld read · %lld stored · %lld skipped · %lld errors · %.1f MB · %.2f MB/s",
        static_cast<long long>(p.documents_read), static_cast<long long>(p.documents_stored),
        static_cast<long long>(p.documents_skipped), static_cast<long long>(p.errors), mb,
        p.seconds > 0 ? mb / p.seconds : 0.0);
  };
  auto error = [&](const std::string& source, const Status& s) {
    if (tty) std::fprintf(stderr, "\r\033[K");
    std::cerr << "rased: " << source << ": " << s.ToString() << "\n";
  };
  auto summary = RunIngest(args.inputs, **reader, **pipeline, *store, options, progress, error);
  if (tty) std::fprintf(stderr, "\n");
  if (!summary.ok()) return Fail(summary.status());
  const IngestProgress& p = summary->progress;
  const double mb = p.bytes / 1e6;
  if (args.store.json) {
    std::cout << "{\"read\":" << p.documents_read << ",\"stored\":" << p.documents_stored
              << ",\"skipped\":" << p.documents_skipped
              << ",\"replaced\":" << summary->documents_replaced << ",\"errors\":" << p.errors
              << ",\"bytes\":" << p.bytes << ",\"words\":" << summary->words
              << ",\"seconds\":" << p.seconds << ",\"totals\":" << ToJson(summary->totals) << "}\n";
  } else {
    std::cout << "ingested into " << args.store.db << ": " << p.documents_stored << " stored, "
              << p.documents_skipped << " already there, " << summary->documents_replaced
              << " replaced, " << p.errors << " errors\n"
              << std::fixed << std::setprecision(2) << "  " << mb << " MB, " << summary->words
              << " words in " << p.seconds << " s (" << (p.seconds > 0 ? mb / p.seconds : 0)
              << " MB/s, " << static_cast<long long>(p.seconds > 0 ? summary->words / p.seconds : 0)
              << " words/s)\n"
              << "  knowledge base: " << summary->totals.documents << " documents, "
              << summary->totals.entities << " entities, " << summary->totals.mentions
              << " mentions, " << summary->totals.relations << " relations, "
              << summary->totals.quantities << " quantities\n";
  }
  return p.errors == 0 ? 0 : 1;
}

// -------------------------------------------------------------------- queries

template <typename Args>
using Body = std::function<int(GraphStore&, const Args&)>;

template <typename Args>
void Register(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners,
              const std::string& name, const std::string& help,
              const std::function<void(CLI::App*, Args*)>& options, Body<Args> body) {
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(name, help);
  AddStoreOptions(cmd, &args->store);
  options(cmd, args.get());
  runners.emplace_back(cmd, [args, body] {
    auto store = OpenStore(args->store.db);
    if (!store) return 1;
    return body(*store, *args);
  });
}

struct EntitiesArgs {
  StoreArgs store;
  std::string type;
  int min_docs = 0;
  int limit = 0;
  std::string query;
};

struct NameArgs {
  StoreArgs store;
  std::string name;
  std::string other;
  int depth = 1;
};

struct RelationsArgs {
  StoreArgs store;
  std::string type, entity, from, to;
  int limit = 0;
};

struct ExportArgs {
  StoreArgs store;
  std::string format = "graphml";
  std::string out;
};

}  // namespace

void RegisterStoreCommands(CLI::App& app, std::vector<std::pair<CLI::App*, Runner>>& runners) {
  {
    auto args = std::make_shared<IngestArgs>();
    CLI::App* cmd = app.add_subcommand(
        "ingest", "Read, annotate and store documents in the knowledge base (idempotent)");
    AddCommonOptions(cmd, &args->common);
    AddStoreOptions(cmd, &args->store);
    cmd->add_option("-j,--jobs", args->jobs, "annotation threads (default: one per core)");
    cmd->add_option("--batch", args->batch, "documents per transaction (default 64)");
    cmd->add_flag("-q,--quiet", args->quiet, "no progress bar");
    cmd->add_option("inputs", args->inputs, "files, folders, URLs, or - for stdin")->required();
    runners.emplace_back(cmd, [args] { return RunIngestCommand(*args); });
  }
  Register<EntitiesArgs>(
      app, runners, "entities", "List entities of the knowledge base",
      [](CLI::App* cmd, EntitiesArgs* a) {
        cmd->add_option("--type", a->type, "PERSON, ORGANIZATION, LOCATION or FACILITY");
        cmd->add_option("--min-docs", a->min_docs, "only entities in at least N documents");
        cmd->add_option("--limit", a->limit, "at most N entities");
        cmd->add_option("--name", a->query, "names containing this (either script)");
      },
      [](GraphStore& store, const EntitiesArgs& a) {
        EntityFilter f{a.type, a.min_docs, a.query, a.limit, a.store.json};
        return Render(store.ListEntities(f), a.store.json, PrintEntities);
      });
  Register<NameArgs>(
      app, runners, "show", "Profile of one entity: names, roles, relations, documents",
      [](CLI::App* cmd, NameArgs* a) {
        cmd->add_option("entity", a->name, "entity id or name (either script)")->required();
      },
      [](GraphStore& store, const NameArgs& a) {
        auto p = store.GetEntity(a.name);
        if (!p.ok()) return Fail(p.status());
        if (a.store.json) {
          std::cout << ToJson(*p) << "\n";
          return 0;
        }
        const EntitySummary& e = p->entity;
        std::cout << e.name << (e.name_latin.empty() ? "" : "  (" + e.name_latin + ")") << "\n"
                  << "  " << e.type << "  [" << e.id << "]  " << e.doc_count << " documents, "
                  << e.mention_count << " mentions\n";
        if (!p->description.empty()) std::cout << "  " << p->description << "\n";
        std::cout << "  names:";
        for (const auto& alias : e.aliases) std::cout << " «" << alias << "»";
        std::cout << "\n";
        if (!p->merge_reasons.empty()) {
          std::cout << "\nwhy these names are one entity:\n";
          for (const auto& r : p->merge_reasons) std::cout << "  " << r << "\n";
        }
        if (!p->roles.empty()) {
          std::cout << "\nroles:\n";
          for (const RoleView& r : p->roles) {
            std::cout << "  " << r.title;
            if (r.organization) std::cout << " (" << r.organization->name << ")";
            std::cout << "  " << (r.published.empty() ? "" : r.published + "  ") << r.doc << "\n";
          }
        }
        std::string type;
        for (const RelationView& r : p->relations) {
          if (r.type != type) std::cout << "\n" << (type = r.type) << ":\n";
          std::cout << "  " << RelationLine(r) << "\n";
        }
        std::cout << "\ndocuments:\n";
        for (const DocumentSummary& d : p->documents) {
          std::cout << "  " << d.id << "  " << d.published << "  " << d.title << "  ×"
                    << d.mention_count
                    << (d.near_duplicate_of.empty() ? ""
                                                    : "  (copy of " + d.near_duplicate_of + ")")
                    << "\n";
        }
        return 0;
      });
  Register<RelationsArgs>(
      app, runners, "relations", "List relations and events",
      [](CLI::App* cmd, RelationsArgs* a) {
        cmd->add_option("--type", a->type, "MEETING, VISIT, SUPPORT, …");
        cmd->add_option("--entity", a->entity, "involving this entity (id or name)");
        cmd->add_option("--from", a->from, "dated on or after (YYYY[-MM[-DD]])");
        cmd->add_option("--to", a->to, "dated on or before");
        cmd->add_option("--limit", a->limit, "at most N");
      },
      [](GraphStore& store, const RelationsArgs& a) {
        return Render(store.ListRelations({a.type, a.entity, a.from, a.to, a.limit, {}}),
                      a.store.json, PrintRelations);
      });
  Register<NameArgs>(
      app, runners, "timeline", "Dated facts in order (all, or of one entity)",
      [](CLI::App* cmd, NameArgs* a) { cmd->add_option("entity", a->name, "entity id or name"); },
      [](GraphStore& store, const NameArgs& a) {
        return Render(store.Timeline(a.name), a.store.json, PrintRelations);
      });
  Register<NameArgs>(
      app, runners, "network", "Entities linked to one entity by relations",
      [](CLI::App* cmd, NameArgs* a) {
        cmd->add_option("entity", a->name, "entity id or name")->required();
        cmd->add_option("--depth", a->depth, "hops (1-4, default 1)");
      },
      [](GraphStore& store, const NameArgs& a) {
        return Render(store.GetNetwork(a.name, a.depth), a.store.json, PrintNetwork);
      });
  Register<NameArgs>(
      app, runners, "path", "Shortest chain of relations between two entities",
      [](CLI::App* cmd, NameArgs* a) {
        cmd->add_option("from", a->name, "entity id or name")->required();
        cmd->add_option("to", a->other, "entity id or name")->required();
      },
      [](GraphStore& store, const NameArgs& a) {
        auto net = store.FindPath(a.name, a.other);
        if (!net.ok()) return Fail(net.status());
        if (a.store.json)
          std::cout << ToJson(*net) << "\n";
        else if (net->edges.empty())
          std::cout << "no path\n";
        else
          PrintNetwork(*net);
        return 0;
      });
  Register<NameArgs>(
      app, runners, "conflicts", "Quantities and facts that sources report differently",
      [](CLI::App*, NameArgs*) {},
      [](GraphStore& store, const NameArgs& a) {
        auto conflicts = store.Conflicts();
        if (!conflicts.ok()) return Fail(conflicts.status());
        if (a.store.json) {
          std::cout << ToJson(*conflicts) << "\n";
          return 0;
        }
        for (const Conflict& c : *conflicts) {
          std::cout << c.kind << ": " << c.about << "\n";
          for (const Claim& claim : c.claims) {
            std::cout << "  " << std::left << std::setw(28) << claim.value << "  ";
            if (claim.source)
              std::cout << claim.source->name;
            else if (!claim.source_text.empty())
              std::cout << claim.source_text;
            else
              std::cout << (claim.publisher.empty() ? claim.doc : claim.publisher);
            std::cout << "  " << claim.published << "  " << claim.doc << "\n      «"
                      << ClipText(claim.evidence, 300) << "»\n";
          }
          std::cout << "\n";
        }
        if (conflicts->empty()) std::cout << "no conflicting claims\n";
        return 0;
      });
  Register<NameArgs>(
      app, runners, "search", "Names (either script) and Arabic-aware full text",
      [](CLI::App* cmd, NameArgs* a) {
        cmd->add_option("query", a->name, "words or a name, Arabic or Latin")->required();
        cmd->add_option("--limit", a->depth, "at most N hits of each kind (default 20)");
      },
      [](GraphStore& store, const NameArgs& a) {
        auto hits = store.Search(a.name, a.depth > 1 ? a.depth : 20);
        if (!hits.ok()) return Fail(hits.status());
        if (a.store.json) {
          std::cout << ToJson(*hits) << "\n";
          return 0;
        }
        for (const SearchHit& h : *hits) {
          std::cout << std::left << std::setw(9) << h.kind << " " << h.title << "  [" << h.id
                    << "]\n";
          if (!h.snippet.empty()) std::cout << "          " << h.snippet << "\n";
        }
        return 0;
      });
  Register<NameArgs>(
      app, runners, "documents", "List stored documents, or show one with its annotations",
      [](CLI::App* cmd, NameArgs* a) {
        cmd->add_option("doc", a->name, "document id to show");
        cmd->add_option("--limit", a->depth, "at most N documents");
      },
      [](GraphStore& store, const NameArgs& a) {
        if (!a.name.empty()) {
          auto doc = store.GetDocument(a.name);
          if (!doc.ok()) return Fail(doc.status());
          if (a.store.json) {
            std::cout << ToJson(*doc) << "\n";
          } else {
            std::cout << doc->summary.title << "\n"
                      << doc->summary.published << "  " << doc->summary.publisher << "\n\n"
                      << doc->text << "\n\n"
                      << doc->annotations.size() << " annotations\n";
          }
          return 0;
        }
        auto docs = store.ListDocuments(a.depth > 1 ? a.depth : 1000, 0);
        if (!docs.ok()) return Fail(docs.status());
        if (a.store.json) {
          std::cout << ToJson(*docs) << "\n";
          return 0;
        }
        for (const DocumentSummary& d : *docs) {
          std::cout << d.id << "  " << d.published << "  " << d.publisher << "  " << d.title
                    << (d.near_duplicate_of.empty() ? ""
                                                    : "  (copy of " + d.near_duplicate_of + ")")
                    << "\n";
        }
        return 0;
      });
  Register<NameArgs>(
      app, runners, "merge", "Join two entities (an analyst's correction, kept on re-ingest)",
      [](CLI::App* cmd, NameArgs* a) {
        cmd->add_option("keep", a->name, "entity that stays")->required();
        cmd->add_option("absorb", a->other, "entity merged into it")->required();
      },
      [](GraphStore& store, const NameArgs& a) {
        Status s = store.Merge(a.name, a.other);
        if (!s.ok()) return Fail(s);
        std::cout << "merged «" << a.other << "» into «" << a.name << "»\n";
        return 0;
      });
  Register<NameArgs>(
      app, runners, "split", "Undo the merges of an entity: each name stands alone again",
      [](CLI::App* cmd, NameArgs* a) { cmd->add_option("entity", a->name, "entity")->required(); },
      [](GraphStore& store, const NameArgs& a) {
        Status s = store.Split(a.name);
        if (!s.ok()) return Fail(s);
        std::cout << "split «" << a.name << "»\n";
        return 0;
      });
  Register<ExportArgs>(
      app, runners, "export", "Write the graph for Gephi, networkx, spreadsheets or Aleph",
      [](CLI::App* cmd, ExportArgs* a) {
        cmd->add_option("--format", a->format, "graphml, gexf, csv, csv-nodes, jsonl or ftm");
        cmd->add_option("--out", a->out, "output file (default: stdout)");
      },
      [](GraphStore& store, const ExportArgs& a) {
        auto format = ParseExportFormat(a.format);
        if (!format.ok()) return Fail(format.status());
        Status s;
        if (a.out.empty()) {
          s = Export(store, *format, std::cout);
        } else {
          std::ofstream out(a.out, std::ios::binary);
          if (!out) return Fail(Status::IoError("cannot write " + a.out));
          s = Export(store, *format, out);
        }
        return s.ok() ? 0 : Fail(s);
      });
}

}  // namespace rased::cli

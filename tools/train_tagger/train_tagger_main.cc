// rased_train_tagger: trains the learned name tagger and runs it on labelled
// or plain JSON lines.
//
//   rased_train_tagger train --train a_train.jsonl --train b_train.jsonl
//       --dev a_dev.jsonl --dev b_val.jsonl --out data/model/ner.model
//   rased_train_tagger eval  FILE.jsonl...   exact-span scores on rased tokens
//   rased_train_tagger tag   FILE.jsonl...   one JSON object of spans per line
//
// Input lines are {"id": ..., "text": ..., "entities": [{"start", "end",
// "type"}]} with code-point offsets (src/tagger/corpus.h); `tag` needs only
// "text". data/model/README.md has the command that made the shipped model.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/tsv.h"
#include "kb/knowledge_base.h"
#include "rased/options.h"
#include "rased/text.h"
#include "tagger/corpus.h"
#include "tagger/features.h"
#include "tagger/model.h"
#include "tagger/sequence_tagger.h"
#include "tagger/trainer.h"
#include "text/lexicon.h"

namespace {

using rased::Status;
using namespace rased::tagger;

int Fail(const Status& s) {
  std::cerr << "rased_train_tagger: " << s.ToString() << "\n";
  return 1;
}

std::string TypeTag(rased::EntityType t) {
  static const char* kTags[] = {"PER", "ORG", "LOC", "FAC"};
  return kTags[static_cast<int>(t)];
}

std::string ScoreTable(const SpanScores& s) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(3);
  auto row = [&](const std::string& name, const SpanCounts& c) {
    out << "  " << std::left << std::setw(4) << name << std::right << " P " << c.precision()
        << "  R " << c.recall() << "  F1 " << c.f1() << "  (gold " << c.gold << ", predicted "
        << c.predicted << ", correct " << c.correct << ")\n";
  };
  for (int t = 0; t < 4; ++t) row(TypeTag(static_cast<rased::EntityType>(t)), s.by_type[t]);
  row("all", s.all);
  return out.str();
}

struct Corpora {
  std::vector<LabeledSentence> sentences;
  std::string description;  // one line per file: path, sentences, spans
};

Status ReadAll(const std::vector<std::string>& paths, const rased::TextAnalyzer& analyzer,
               Corpora* out) {
  for (const std::string& p : paths) {
    CorpusStats stats;
    RASED_RETURN_IF_ERROR(ReadLabeledSentences(p, analyzer, &out->sentences, &stats));
    out->description += "  " + p + ": " + std::to_string(stats.sentences) + " sentences, " +
                        std::to_string(stats.tokens) + " rased tokens, " +
                        std::to_string(stats.spans) + " names (" +
                        std::to_string(stats.dropped_spans) + " of other types dropped)\n";
  }
  return Status::OK();
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  CLI::App app{"Trains and runs rased's learned name tagger"};
  app.require_subcommand(1);
  std::string data_dir;
  app.add_option("--data", data_dir, "data directory (default: $RASED_DATA or built-in)");

  CLI::App* train = app.add_subcommand("train", "train a model and write it");
  std::vector<std::string> train_files, dev_files;
  std::string out_path;
  std::string notice_file;
  TrainerOptions options;
  train->add_option("--train", train_files, "labelled JSON lines to learn from")->required();
  train->add_option("--dev", dev_files, "labelled JSON lines for early stopping and calibration")
      ->required();
  train->add_option("--out", out_path, "model file to write")->required();
  train->add_option("--seed", options.seed, "seed of the sentence order");
  train->add_option("--max-epochs", options.max_epochs, "passes over the training set at most");
  train->add_option("--patience", options.patience, "epochs without improvement before stopping");
  train->add_option("--min-weight", options.min_weight, "prune rows with smaller weights");
  train->add_option("--dictionary-dropout", options.dictionary_dropout,
                    "chance of hiding a sentence's table features in an epoch");
  train->add_option("--notice-file", notice_file,
                    "file recorded in the model (attribution and licence of the corpora)");

  CLI::App* eval = app.add_subcommand("eval", "exact-span scores of a model on labelled lines");
  CLI::App* tag = app.add_subcommand("tag", "print the spans a model finds in each line's text");
  std::vector<std::string> inputs;
  std::string model_path;
  for (CLI::App* c : {eval, tag}) {
    c->add_option("inputs", inputs, "JSON lines files")->required();
    c->add_option("--model", model_path, "model file (default: DATA/model/ner.model)");
  }
  CLI11_PARSE(app, argc, argv);
  if (data_dir.empty()) data_dir = rased::DefaultDataDir();

  rased::PipelineOptions popts;
  popts.data_dir = data_dir;
  auto analyzer = rased::TextAnalyzer::Create(popts);
  if (!analyzer.ok()) return Fail(analyzer.status());

  if (train->parsed()) {
    std::string notice;
    if (!notice_file.empty()) {
      auto text = rased::ReadFile(notice_file);
      if (!text.ok()) return Fail(text.status());
      notice = *text;
    }
    auto lexicon = rased::text::Lexicon::Load("", data_dir);
    if (!lexicon.ok()) return Fail(lexicon.status());
    auto kb = rased::KnowledgeBase::Load(data_dir, {});
    if (!kb.ok()) return Fail(kb.status());
    auto fx = FeatureExtractor::Create(data_dir, **kb, **lexicon);
    if (!fx.ok()) return Fail(fx.status());
    Corpora tr, dv;
    if (Status s = ReadAll(train_files, **analyzer, &tr); !s.ok()) return Fail(s);
    if (Status s = ReadAll(dev_files, **analyzer, &dv); !s.ok()) return Fail(s);
    std::cerr << "training on\n" << tr.description << "development\n" << dv.description;
    options.log = &std::cerr;
    auto result = Train(**fx, tr.sentences, dv.sentences, options);
    if (!result.ok()) return Fail(result.status());
    std::ostringstream meta;
    meta << "rased name tagger (averaged structured perceptron, BIO over PER ORG LOC FAC)\n"
         << "command: rased_train_tagger train";
    for (const std::string& f : train_files) meta << " --train " << f;
    for (const std::string& f : dev_files) meta << " --dev " << f;
    meta << " --seed " << options.seed << " --max-epochs " << options.max_epochs << " --patience "
         << options.patience << " --min-weight " << options.min_weight << " --dictionary-dropout "
         << options.dictionary_dropout;
    if (!notice_file.empty()) meta << " --notice-file " << notice_file;
    meta << " --out " << out_path << "\n"
         << "training data:\n"
         << tr.description << "development data:\n"
         << dv.description << "best epoch " << result->best_epoch << " of " << result->epochs.size()
         << "; " << result->features_seen << " features seen, " << result->model.feature_count()
         << " kept\n"
         << "score calibration: a " << result->model.calibration_a << ", b "
         << result->model.calibration_b << "\n"
         << "development exact-span scores:\n"
         << ScoreTable(result->dev);
    if (!notice.empty()) meta << "notice (" << notice_file << "):\n" << notice;
    result->model.metadata = meta.str();
    if (Status s = result->model.Write(out_path); !s.ok()) return Fail(s);
    std::cout << result->model.metadata;
    return 0;
  }

  rased::tagger::TaggerOptions topts;
  topts.model_path = model_path;
  const auto t0 = std::chrono::steady_clock::now();
  auto tagger = SequenceTagger::LoadStandalone(data_dir, topts);
  if (!tagger.ok()) return Fail(tagger.status());
  std::cerr
      << "loaded " << (*tagger)->info().model_path << " (" << (*tagger)->info().feature_count
      << " features) in "
      << std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count()
      << " ms with its knowledge base and word list\n";

  if (eval->parsed()) {
    // Each labelled sentence decoded whole, as in training, with the tables
    // and knowledge base of --data.
    auto lexicon = rased::text::Lexicon::Load("", data_dir);
    if (!lexicon.ok()) return Fail(lexicon.status());
    auto kb = rased::KnowledgeBase::Load(data_dir, {});
    if (!kb.ok()) return Fail(kb.status());
    auto fx = FeatureExtractor::Create(data_dir, **kb, **lexicon);
    if (!fx.ok()) return Fail(fx.status());
    auto model = rased::tagger::Model::Read((*tagger)->info().model_path);
    if (!model.ok()) return Fail(model.status());
    Corpora corpora;
    if (Status s = ReadAll(inputs, **analyzer, &corpora); !s.ok()) return Fail(s);
    std::cout << corpora.description << ScoreTable(Evaluate(**fx, *model, corpora.sentences));
    return 0;
  }

  // tag: one output line per input line, spans as code points of "text".
  for (const std::string& path : inputs) {
    std::ifstream in(path);
    if (!in) return Fail(Status::NotFound("cannot open " + path));
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) {
        return Fail(Status::DataLoss(path + ": a line without a \"text\" string"));
      }
      rased::Document doc;
      doc.text = j["text"].get<std::string>();
      if (Status s = (*analyzer)->Annotate(&doc); !s.ok()) return Fail(s);
      nlohmann::json out;
      out["id"] = j.contains("id") ? j["id"] : nlohmann::json(nullptr);
      out["spans"] = nlohmann::json::array();
      for (const TaggedSpan& t : (*tagger)->TagDocument(doc)) {
        const rased::Token& first = doc.tokens[t.token_begin];
        const rased::Token& last = doc.tokens[t.token_end - 1];
        out["spans"].push_back(
            {{"start", first.cp_begin},
             {"end", last.cp_end},
             {"type", std::string(rased::EntityTypeName(t.type))},
             {"score", std::round(t.score * 1000) / 1000},
             {"proper_noun", t.proper_noun},
             {"text", doc.text.substr(first.span.begin, last.span.end - first.span.begin)}});
      }
      std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
  }
  return 0;
}

// Options: every knob of the rased library, with its default and meaning.
#ifndef RASED_OPTIONS_H_
#define RASED_OPTIONS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace rased {

struct ReaderOptions {
  // Directory of curated data (boilerplate phrases, month names, ...). Empty
  // means DefaultDataDir().
  std::string data_dir;
  // Files larger than this are refused with kResourceExhausted (per document:
  // the rest of the batch goes on). JSON-lines files are streamed: the limit
  // applies to each record instead. Default 64 MiB.
  size_t max_file_bytes = size_t{64} << 20;
  // Remove page boilerplate (cookie notices, "اقرأ أيضا", photo credits,
  // repeated headlines and pull quotes, ...; see data/boilerplate/). Every
  // removed line is listed in Document::boilerplate_removed. When false, the
  // text keeps every line and metadata is still read. Default true.
  bool remove_boilerplate = true;
  // Keep the headline as the first paragraph of Document::text as well as in
  // Document::title, so that later stages find entities and relations in it:
  // a headline often names what the body only refers to ("السودان يوقف ...",
  // then "السلطات"). When a page or record gives a title that its text does
  // not start with, it is put in front; a later copy of it in the body is a
  // repeat and is removed (with remove_boilerplate). Default true.
  bool title_in_text = true;
  // Recurse into directories given as inputs.
  bool recursive = true;
};

struct PipelineOptions {
  // Directory of curated data: knowledge base (kb/), trigger words, titles,
  // month names. Empty means DefaultDataDir().
  std::string data_dir;
  // Extra knowledge-base files (same format as data/kb/*.tsv), merged over the
  // shipped one: a record with an existing id replaces it.
  std::vector<std::string> extra_kb_files;
  // Arabic word list used to decide clitic splits (hunspell format). Empty
  // means /usr/share/hunspell/ar.dic; a missing file is not an error, the
  // analyser then falls back to the knowledge base and data/lexicon.
  std::string lexicon_path;
  // Stages to run. Later stages need the earlier ones.
  bool recognize_entities = true;
  bool extract_relations = true;
  // Also add the names the learned tagger (data/model/ner.model) finds where
  // the entity rules found none, as mentions with MentionSource::kModel
  // (filters: src/ner/model_mentions.h). Off by default: on the held-out
  // news it added no entity the scorer counts (measurements:
  // data/model/README.md). When on, a missing model fails Create().
  bool model_mentions = false;
};

// $RASED_DATA if set, else the data directory compiled in (the source tree's
// data/, or the installed share/rased).
std::string DefaultDataDir();

}  // namespace rased

#endif  // RASED_OPTIONS_H_

// The article texts the benchmarks read: the first `megabytes` of a news
// corpus in JSON lines (gzip or plain), one "text" field per line.
#ifndef RASED_BENCH_NEWS_CORPUS_H_
#define RASED_BENCH_NEWS_CORPUS_H_

#include <zlib.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace rased::bench {

inline std::string DefaultNewsCorpus() {
  return std::string(RASED_BENCH_SHARED_DIR) + "/corpus/news/saudinewsnet-2015.jsonl.gz";
}

// The texts of the whole lines within the first `megabytes` of `path`; a file
// that is not JSON lines is one text. Empty when the file cannot be read.
inline std::vector<std::string> ReadNewsTexts(const std::string& path, size_t megabytes) {
  std::vector<std::string> texts;
  gzFile f = gzopen(path.c_str(), "rb");  // reads plain files too
  if (f == nullptr) return texts;
  std::string raw(megabytes << 20, '\0');
  const int n = gzread(f, raw.data(), static_cast<unsigned>(raw.size()));
  gzclose(f);
  if (n <= 0) return texts;
  raw.resize(static_cast<size_t>(n));
  if (raw[0] != '{') return {raw};
  for (size_t pos = 0; pos < raw.size();) {
    const size_t end = raw.find('\n', pos);
    if (end == std::string::npos) break;  // the cut-off last line
    auto j = nlohmann::json::parse(raw.begin() + pos, raw.begin() + end, nullptr, false);
    pos = end + 1;
    if (j.is_object() && j.contains("text") && j["text"].is_string()) {
      texts.push_back(j["text"].get<std::string>());
    }
  }
  return texts;
}

}  // namespace rased::bench

#endif  // RASED_BENCH_NEWS_CORPUS_H_

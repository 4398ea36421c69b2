#include "rased/reader.h"

#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>

#include "common/utf8.h"
#include "ingest/boilerplate.h"
#include "ingest/content_hash.h"
#include "ingest/encoding.h"
#include "ingest/html_extractor.h"
#include "ingest/metadata.h"
#include "ingest/pdf_text.h"
#include "ingest/records.h"
#include "ingest/text_cleaner.h"
#include "ingest/utf8_prefix.h"
#include "text/lexicon.h"

namespace rased {

namespace fs = std::filesystem;
using ingest::CleanedText;
using ingest::CleanOptions;
using ingest::Metadata;

namespace {

enum class Format { kUnknown, kText, kHtml, kJson, kPdf };

const char* FormatName(Format f) {
  switch (f) {
    case Format::kHtml:
      return "html";
    case Format::kJson:
      return "jsonl";
    case Format::kPdf:
      return "pdf";
    default:
      return "txt";
  }
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

Format FormatFromExtension(std::string_view ext) {
  if (!ext.empty() && ext[0] == '.') ext.remove_prefix(1);
  const std::string e = Lower(ext);
  if (e == "txt" || e == "text") return Format::kText;
  if (e == "html" || e == "htm" || e == "xhtml" || e == "shtml") return Format::kHtml;
  if (e == "jsonl" || e == "json" || e == "ndjson") return Format::kJson;
  if (e == "pdf") return Format::kPdf;
  return Format::kUnknown;
}

// The extension that says the format: "a.jsonl.gz" -> "jsonl", "a.html" -> "html".
std::string FormatExtension(const fs::path& path, bool* gz) {
  std::string ext = Lower(path.extension().string());
  *gz = ext == ".gz";
  if (*gz) ext = Lower(path.stem().extension().string());
  return ext.empty() ? ext : ext.substr(1);
}

Format Sniff(std::string_view text) {
  if (ingest::LooksLikeHtml(text)) return Format::kHtml;
  size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
  if (i < text.size() && (text[i] == '{' || text[i] == '[')) return Format::kJson;
  return Format::kText;
}

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') return false;
  }
  return true;
}

std::string SizeText(uint64_t bytes) {
  char buf[64];
  if (bytes >= (uint64_t{1} << 20)) {
    std::snprintf(buf, sizeof(buf), "%.1f MiB", static_cast<double>(bytes) / (1 << 20));
  } else {
    std::snprintf(buf, sizeof(buf), "%llu bytes", static_cast<unsigned long long>(bytes));
  }
  return buf;
}

// Reads a file that may be gzip-compressed (zlib reads plain files as they
// are), line by line or whole, stopping at `limit` bytes.
class InputFile {
 public:
  explicit InputFile(const std::string& path) : file_(gzopen(path.c_str(), "rb")) {
    if (file_ != nullptr) gzbuffer(file_, 1 << 17);
  }
  ~InputFile() {
    if (file_ != nullptr) gzclose(file_);
  }
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;
  bool ok() const { return file_ != nullptr && !error_; }

  // Appends up to `limit` + 1 bytes of the rest of the file to *out.
  void ReadAll(size_t limit, std::string* out) {
    // What NextLine has buffered comes first.
    out->append(buf_ + pos_, len_ - pos_);
    pos_ = len_ = 0;
    char buf[1 << 16];
    while (out->size() <= limit) {
      const int n = gzread(file_, buf, sizeof(buf));
      if (n < 0) {
        error_ = true;
        return;
      }
      if (n == 0) return;
      out->append(buf, static_cast<size_t>(n));
    }
  }

  // The next line without its "\n". Returns false at the end. A line longer
  // than `limit` is returned cut at limit + 1 bytes (the caller refuses it).
  bool NextLine(size_t limit, std::string* line) {
    line->clear();
    bool any = false;
    while (true) {
      if (pos_ >= len_) {
        const int n = gzread(file_, buf_, sizeof(buf_));
        if (n <= 0) {
          error_ = n < 0;
          return any;
        }
        len_ = static_cast<size_t>(n);
        pos_ = 0;
      }
      any = true;
      const char* start = buf_ + pos_;
      const void* nl = std::memchr(start, '\n', len_ - pos_);
      const size_t take = nl == nullptr ? len_ - pos_ : static_cast<const char*>(nl) - start;
      if (line->size() <= limit) line->append(start, std::min(take, limit + 1 - line->size()));
      pos_ += take;
      if (nl != nullptr) {
        ++pos_;
        return true;
      }
    }
  }

 private:
  gzFile file_;
  bool error_ = false;
  char buf_[1 << 16];
  size_t pos_ = 0;
  size_t len_ = 0;
};

}  // namespace

struct Reader::Impl {
  ReaderOptions options;
  std::unique_ptr<ingest::BoilerplateRules> rules;
  std::unique_ptr<ingest::DateReader> dates;
  std::unique_ptr<ingest::TextCleaner> cleaner;
  std::unique_ptr<ingest::HtmlExtractor> html;
  // Repairs the lam-alef ligatures of PDFs; loaded with the first PDF.
  mutable std::once_flag lexicon_once;
  mutable std::unique_ptr<text::Lexicon> lexicon;

  // nullptr when the lexicon cannot be loaded: the PDF is then read unrepaired.
  const text::Lexicon* PdfLexicon() const {
    std::call_once(lexicon_once, [this] {
      auto loaded =
          text::Lexicon::Load("", options.data_dir.empty() ? DefaultDataDir() : options.data_dir);
      if (loaded.ok()) lexicon = std::move(*loaded);
    });
    return lexicon.get();
  }

  // `size` is exact, or only known to exceed the limit (a stream read up to
  // limit + 1 bytes) when `lower_bound`.
  Status TooBig(uint64_t size, bool lower_bound = false) const {
    const std::string limit = SizeText(options.max_file_bytes);
    return Status::ResourceExhausted(
        (lower_bound ? "input is larger than " + limit
                     : "input is " + SizeText(size) + ", more than the limit of " + limit) +
        " (ReaderOptions::max_file_bytes)");
  }

  StatusOr<Document> Finish(std::string_view text, const Metadata& known, Format format,
                            const std::string& id, bool detect_title,
                            std::vector<std::string> warnings,
                            std::vector<std::string> removed_before) const {
    CleanOptions co;
    co.remove_boilerplate = options.remove_boilerplate;
    co.title_in_text = options.title_in_text;
    co.detect_title = detect_title;
    CleanedText c = cleaner->Clean(text, known, co);
    if (c.text.empty()) {
      return Status::InvalidArgument(removed_before.empty() && c.removed.empty()
                                         ? "no text found"
                                         : "no article text (every line is page boilerplate)");
    }
    Document doc;
    doc.id = id;
    doc.format = FormatName(format);
    doc.title = std::move(c.metadata.title);
    doc.published = std::move(c.metadata.published);
    doc.publisher = std::move(c.metadata.publisher);
    doc.url = std::move(c.metadata.url);
    doc.text = std::move(c.text);
    doc.content_hash = ingest::ContentHash(doc.text);
    doc.boilerplate_removed = std::move(removed_before);
    for (std::string& r : c.removed) doc.boilerplate_removed.push_back(std::move(r));
    doc.warnings = std::move(warnings);
    WarnAboutBidiControls(doc);
    return doc;
  }

  // Bidi embedding and override characters (U+202A..U+202E, U+2066..U+2069)
  // can make a displayed sentence read differently from its logical text. They
  // stay in the text (offsets must not move; matching ignores them), and the
  // analyst is told.
  static void WarnAboutBidiControls(Document& doc) {
    size_t count = 0;
    for (size_t i = 0; i + 2 < doc.text.size(); ++i) {
      const auto b0 = static_cast<unsigned char>(doc.text[i]);
      const auto b1 = static_cast<unsigned char>(doc.text[i + 1]);
      const auto b2 = static_cast<unsigned char>(doc.text[i + 2]);
      if (b0 != 0xE2) continue;
      const bool embedding = b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE;  // U+202A..U+202E
      const bool isolate = b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9;    // U+2066..U+2069
      count += embedding || isolate;
    }
    if (count > 0) {
      doc.warnings.push_back(std::to_string(count) +
                             " bidirectional control characters (such as U+202E) in the text: "
                             "kept, ignored for matching; displays may reorder the line");
    }
  }

  StatusOr<Document> FromHtml(std::string_view html_text, Metadata known, Format format,
                              const std::string& id, std::vector<std::string> warnings) const {
    ingest::HtmlPage page = html->Extract(html_text);
    for (std::string& w : page.warnings) warnings.push_back(std::move(w));
    // Character references can spell control characters ("&#1;").
    ingest::NormalizeControls(&page.text);
    for (std::string* field :
         {&page.metadata.title, &page.metadata.publisher, &page.metadata.url}) {
      ingest::NormalizeControls(field);
    }
    // Metadata given outside the markup (a JSON record's fields) wins.
    for (auto [given, found] : {std::pair{&known.title, &page.metadata.title},
                                {&known.published, &page.metadata.published},
                                {&known.publisher, &page.metadata.publisher},
                                {&known.url, &page.metadata.url}}) {
      if (given->empty()) *given = std::move(*found);
    }
    if (!options.remove_boilerplate) {
      // The extractor's link-list paragraphs are boilerplate too.
      for (const std::string& r : page.removed) page.text.append("\n\n").append(r);
      page.removed.clear();
    }
    return Finish(page.text, known, format, id, /*detect_title=*/false, std::move(warnings),
                  std::move(page.removed));
  }

  StatusOr<Document> FromJson(ingest::JsonArticle a, const std::string& fallback_id,
                              std::vector<std::string> warnings) const {
    const std::string id = a.id.empty() ? fallback_id : a.id;
    if (!a.raw_date.empty()) {
      a.metadata.published = dates->Parse(a.raw_date);
      if (a.metadata.published.empty()) {
        warnings.push_back("date field not understood: " +
                           std::string(ingest::Utf8Prefix(a.raw_date, 80)));
      }
    }
    // JSON strings are valid UTF-8 but may hold any control character.
    if (const size_t removed = ingest::NormalizeControls(&a.text); removed > 0) {
      warnings.push_back("removed " + std::to_string(removed) + " control characters");
    }
    if (ingest::LooksLikeHtml(a.text)) {
      return FromHtml(a.text, a.metadata, Format::kJson, id, std::move(warnings));
    }
    return Finish(a.text, a.metadata, Format::kJson, id, /*detect_title=*/true, std::move(warnings),
                  {});
  }

  // One input that is not a JSON-lines stream.
  StatusOr<Document> Parse(std::string_view bytes, const std::string& id, Format format) const {
    if (bytes.size() > options.max_file_bytes) return TooBig(bytes.size());
    if (IsBlank(bytes)) return Status::InvalidArgument("empty file");
    if (bytes.substr(0, 5) == "%PDF-" || format == Format::kPdf) {
      if (bytes.substr(0, 5) != "%PDF-") return Status::DataLoss("not a PDF document");
      RASED_ASSIGN_OR_RETURN(ingest::PdfText pdf, ingest::PdfToText(bytes));
      if (const text::Lexicon* lexicon = PdfLexicon()) ingest::RepairLamAlef(*lexicon, &pdf.text);
      auto decoded = ingest::DecodeText(pdf.text);
      if (!decoded.ok()) return decoded.status();
      if (IsBlank(decoded->text)) return Status::InvalidArgument("PDF has no text layer");
      ingest::Metadata known;
      known.title = std::move(pdf.title);
      return Finish(decoded->text, known, Format::kPdf, id, /*detect_title=*/known.title.empty(),
                    std::move(decoded->warnings), {});
    }
    RASED_ASSIGN_OR_RETURN(ingest::DecodedText decoded, ingest::DecodeText(bytes));
    if (IsBlank(decoded.text)) return Status::InvalidArgument("empty file");
    if (format == Format::kUnknown) format = Sniff(decoded.text);
    switch (format) {
      case Format::kHtml:
        return FromHtml(decoded.text, {}, Format::kHtml, id, std::move(decoded.warnings));
      case Format::kJson: {
        size_t start = 0;
        while (start < decoded.text.size()) {
          size_t nl = decoded.text.find('\n', start);
          if (nl == std::string::npos) nl = decoded.text.size();
          std::string_view line(decoded.text.data() + start, nl - start);
          if (!IsBlank(line)) {
            if (ingest::IsJsonObjectLine(line)) {
              RASED_ASSIGN_OR_RETURN(ingest::JsonArticle a, ingest::ParseJsonArticle(line));
              return FromJson(std::move(a), id + "#1", std::move(decoded.warnings));
            }
            break;
          }
          start = nl + 1;
        }
        RASED_ASSIGN_OR_RETURN(auto records, ingest::ParseJsonDocument(decoded.text));
        if (records.empty()) return Status::InvalidArgument("empty JSON array");
        if (!records[0].ok()) return records[0].status();
        return FromJson(std::move(*records[0]), id, std::move(decoded.warnings));
      }
      default:
        return Finish(decoded.text, {}, Format::kText, id, /*detect_title=*/true,
                      std::move(decoded.warnings), {});
    }
  }

  // Every record of a JSON document held in memory.
  void ParseJsonRecords(std::string_view bytes, const std::string& id, const Sink& sink) const {
    auto decoded = ingest::DecodeText(bytes);
    if (!decoded.ok()) {
      sink(id, decoded.status());
      return;
    }
    const std::string& text = decoded->text;
    // JSON lines when the first non-blank line is an object on its own.
    size_t start = 0, line_no = 0;
    bool lines_mode = false;
    bool any = false;
    while (start <= text.size()) {
      size_t nl = text.find('\n', start);
      if (nl == std::string::npos) nl = text.size();
      std::string_view line(text.data() + start, nl - start);
      ++line_no;
      start = nl + 1;
      if (IsBlank(line)) {
        if (nl == text.size()) break;
        continue;
      }
      if (!lines_mode) {
        if (!ingest::IsJsonObjectLine(line)) break;
        lines_mode = true;
      }
      any = true;
      EmitJsonLine(line, id + "#" + std::to_string(line_no), sink);
      if (nl == text.size()) break;
    }
    if (lines_mode) return;
    if (any) return;
    auto records = ingest::ParseJsonDocument(text);
    if (!records.ok()) {
      sink(id, records.status());
      return;
    }
    if (records->empty()) {
      sink(id, Status::InvalidArgument("empty JSON array"));
      return;
    }
    for (size_t i = 0; i < records->size(); ++i) {
      const std::string rid = records->size() == 1 ? id : id + "#" + std::to_string(i + 1);
      if (!(*records)[i].ok()) {
        sink(rid, (*records)[i].status());
      } else {
        sink(rid, Guard(rid, [&] { return FromJson(std::move(*(*records)[i]), rid, {}); }));
      }
    }
  }

  void EmitJsonLine(std::string_view line, const std::string& source, const Sink& sink) const {
    if (line.size() > options.max_file_bytes) {
      sink(source, TooBig(0, /*lower_bound=*/true));
      return;
    }
    std::string repaired;
    std::vector<std::string> warnings;
    if (!utf8::IsValid(line)) {
      utf8::Repair(line, repaired);
      line = repaired;
      warnings.push_back("repaired invalid UTF-8 bytes (replaced by U+FFFD)");
    }
    auto a = ingest::ParseJsonArticle(line);
    if (!a.ok()) {
      sink(source, a.status());
      return;
    }
    sink(source, Guard(source, [&] { return FromJson(std::move(*a), source, warnings); }));
  }

  // Library boundary: an exception from third-party code (allocation
  // failure, a JSON library bug) fails this document, not the batch.
  template <typename Fn>
  static StatusOr<Document> Guard(const std::string& source, Fn&& fn) {
    try {
      return fn();
    } catch (const std::exception& e) {
      return Status::Internal(source + ": " + e.what());
    }
  }

  void ReadBytes(std::string_view bytes, const std::string& id, Format format,
                 const Sink& sink) const {
    if (format == Format::kUnknown && !IsBlank(bytes) && ingest::BinaryMagic(bytes).empty()) {
      // A sniffed JSON stream may hold many records.
      auto decoded = ingest::DecodeText(bytes.substr(0, 4096));
      if (decoded.ok() && Sniff(decoded->text) == Format::kJson) format = Format::kJson;
    }
    if (format == Format::kJson && bytes.size() <= options.max_file_bytes && !IsBlank(bytes)) {
      ParseJsonRecords(bytes, id, sink);
      return;
    }
    sink(id, Guard(id, [&] { return Parse(bytes, id, format); }));
  }

  void ReadFile(const fs::path& path, const std::string& id, const Sink& sink) const {
    bool gz = false;
    const Format format = FormatFromExtension(FormatExtension(path, &gz));
    std::error_code ec;
    const uint64_t size = fs::file_size(path, ec);
    if (ec) {
      sink(id, Status::IoError("cannot read: " + ec.message()));
      return;
    }
    InputFile file(path.string());
    if (!file.ok()) {
      sink(id, Status::IoError("cannot open"));
      return;
    }
    if (format == Format::kJson) {
      // Streamed: the size limit applies to each record, not to the file.
      std::string line;
      if (!file.NextLine(options.max_file_bytes, &line)) {
        sink(id, file.ok() ? Status::InvalidArgument("empty file") : Status::IoError("read error"));
        return;
      }
      size_t line_no = 1;
      while (IsBlank(line) && file.NextLine(options.max_file_bytes, &line)) ++line_no;
      if (line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
      if (!ingest::IsJsonObjectLine(line)) {
        // A JSON document rather than JSON lines: read it whole.
        std::string all = line + "\n";
        file.ReadAll(options.max_file_bytes, &all);
        if (all.size() > options.max_file_bytes) {
          sink(id, gz ? TooBig(0, /*lower_bound=*/true) : TooBig(size));
          return;
        }
        ParseJsonRecords(all, id, sink);
        return;
      }
      do {
        if (!IsBlank(line)) EmitJsonLine(line, id + "#" + std::to_string(line_no), sink);
        ++line_no;
      } while (file.NextLine(options.max_file_bytes, &line));
      if (!file.ok()) sink(id + "#" + std::to_string(line_no), Status::IoError("read error"));
      return;
    }
    if (!gz && size > options.max_file_bytes) {
      sink(id, TooBig(size));
      return;
    }
    std::string bytes;
    file.ReadAll(options.max_file_bytes, &bytes);
    if (!file.ok()) {
      sink(id, Status::IoError("read error"));
      return;
    }
    if (bytes.size() > options.max_file_bytes) {
      sink(id, TooBig(0, /*lower_bound=*/true));
      return;
    }
    ReadBytes(bytes, id, format, sink);
  }

  void ReadDirectory(const fs::path& dir, const std::string& id, const Sink& sink) const {
    std::vector<fs::path> files;
    std::error_code ec;
    auto it =
        fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      sink(id, Status::IoError("cannot list directory: " + ec.message()));
      return;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        sink(id, Status::IoError("cannot list directory: " + ec.message()));
        break;
      }
      const std::string name = it->path().filename().string();
      std::error_code ec2;
      const bool is_dir = it->is_directory(ec2);
      if (name.empty() || name[0] == '.') {
        if (is_dir) it.disable_recursion_pending();
        continue;
      }
      if (is_dir) {
        if (!options.recursive) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec2)) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      bool gz = false;
      if (FormatFromExtension(FormatExtension(f, &gz)) == Format::kUnknown) {
        // Unknown extension: only files that look like text.
        std::ifstream in(f, std::ios::binary);
        char head[4096];
        in.read(head, sizeof(head));
        if (gz ||
            !ingest::LooksLikeText(std::string_view(head, static_cast<size_t>(in.gcount())))) {
          continue;
        }
      }
      ReadFile(f, f.string(), sink);
    }
  }
};

Reader::Reader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Reader::~Reader() = default;

StatusOr<std::unique_ptr<Reader>> Reader::Create(const ReaderOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  const std::string data_dir = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  RASED_ASSIGN_OR_RETURN(impl->rules, ingest::BoilerplateRules::Load(data_dir + "/boilerplate"));
  RASED_ASSIGN_OR_RETURN(impl->dates, ingest::DateReader::Load(data_dir));
  impl->cleaner = std::make_unique<ingest::TextCleaner>(*impl->rules, *impl->dates);
  impl->html = std::make_unique<ingest::HtmlExtractor>(*impl->rules, *impl->dates);
  return std::unique_ptr<Reader>(new Reader(std::move(impl)));
}

StatusOr<Document> Reader::ParseBytes(std::string_view bytes, const std::string& id,
                                      std::string_view format_hint) const {
  const Format format = FormatFromExtension(format_hint);
  return Impl::Guard(id, [&] { return impl_->Parse(bytes, id, format); });
}

void Reader::ReadAll(const std::vector<std::string>& inputs, const Sink& sink) const {
  for (const std::string& input : inputs) {
    if (input == "-") {
      std::string bytes;
      char buf[1 << 16];
      while (bytes.size() <= impl_->options.max_file_bytes &&
             std::cin.read(buf, sizeof(buf)).gcount() > 0) {
        bytes.append(buf, static_cast<size_t>(std::cin.gcount()));
      }
      if (bytes.size() > impl_->options.max_file_bytes) {
        sink(input, impl_->TooBig(0, /*lower_bound=*/true));
        continue;
      }
      impl_->ReadBytes(bytes, input, Format::kUnknown, sink);
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(input, ec);
    if (ec || !fs::exists(st)) {
      sink(input, Status::NotFound("no such file or directory"));
    } else if (fs::is_directory(st)) {
      impl_->ReadDirectory(input, input, sink);
    } else {
      impl_->ReadFile(input, input, sink);
    }
  }
}

}  // namespace rased

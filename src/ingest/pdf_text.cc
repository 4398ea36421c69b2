#include "ingest/pdf_text.h"

#include <algorithm>

#include "text/clitics.h"
#include "text/lexicon.h"
#include "text/normalize.h"

#ifdef RASED_WITH_POPPLER
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>
#include <mutex>
#include <vector>
#endif

namespace rased::ingest {
namespace {

constexpr std::string_view kLeftToRightEmbedding = "\u202a";
constexpr std::string_view kPopDirectional = "\u202c";

// Spaces and punctuation that take the direction of their surroundings and
// therefore sit on the wrong side of a left-to-right stretch in poppler's
// output. Brackets are left alone: which side they belong to depends on the
// pair, not on the stretch.
bool IsEdgeNeutral(char c) {
  return c == ' ' || c == ':' || c == ',' || c == '.' || c == ';' || c == '-' || c == '/' ||
         c == '!' || c == '?' || c == '%';
}

// Appends the visual-order stretch `run` in logical order.
void AppendLogical(std::string_view run, std::string& out) {
  size_t lead = 0;
  while (lead < run.size() && IsEdgeNeutral(run[lead])) ++lead;
  size_t trail = run.size();
  while (trail > lead && IsEdgeNeutral(run[trail - 1])) --trail;
  for (size_t i = run.size(); i > trail; --i) out.push_back(run[i - 1]);
  out.append(run.substr(lead, trail - lead));
  for (size_t i = lead; i > 0; --i) out.push_back(run[i - 1]);
}

constexpr std::string_view kAlefLam = "\xD8\xA7\xD9\x84";  // "ال"
constexpr std::string_view kLamAlef = "\xD9\x84\xD8\xA7";  // "لا"

// Arabic letters (hamza .. yeh), tatweel and harakat: what a word is made of here.
bool IsArabicLetterAt(std::string_view s, size_t i) {
  if (i + 1 >= s.size()) return false;
  const auto b0 = static_cast<unsigned char>(s[i]);
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  return (b0 == 0xD8 && b1 >= 0xA1) || (b0 == 0xD9 && (b1 <= 0x92 || b1 == 0xB0));
}

// Proclitic letters that may stand before the article: و ف ب ك ل.
bool IsProcliticLetter(std::string_view letter) {
  return letter == "\xD9\x88" || letter == "\xD9\x81" || letter == "\xD8\xA8" ||
         letter == "\xD9\x83" || letter == "\xD9\x84";
}

bool Known(const text::Lexicon& lexicon, std::string_view word) {
  return text::ExplainedByLexicon(text::MatchKeyKeepTaMarbuta(word), lexicon);
}

// The repaired word, or empty when it should stay as printed.
std::string RepairWord(const text::Lexicon& lexicon, std::string_view word) {
  // Offsets of "ال" that cannot be the article: not at the start, and not
  // after proclitic letters only ("وال", "فبال").
  std::vector<size_t> inner;
  for (size_t at = word.find(kAlefLam, 2); at != std::string_view::npos;
       at = word.find(kAlefLam, at + 2)) {
    bool after_proclitics = at <= 4;
    for (size_t i = 0; i < at && after_proclitics; i += 2) {
      after_proclitics = IsProcliticLetter(word.substr(i, 2));
    }
    if (!after_proclitics) inner.push_back(at);
  }
  if (inner.empty() || Known(lexicon, word)) return {};
  std::string all(word);
  for (size_t at : inner) all.replace(at, 4, kLamAlef);
  if (Known(lexicon, all)) return all;
  if (inner.size() == 1) return {};
  for (size_t at : inner) {
    std::string one(word);
    one.replace(at, 4, kLamAlef);
    if (Known(lexicon, one)) return one;
  }
  return {};
}

}  // namespace

size_t RepairLamAlef(const text::Lexicon& lexicon, std::string* text) {
  std::string& t = *text;
  // Correct text has lam-alef everywhere ("لا", "إلا", "خلال") and the swap
  // would only ever "repair" a few names (توتال، مالطا). A PDF with reversed
  // ligatures has almost none left: repair only when the words the swap
  // explains outnumber the lam-alefs still present four to one.
  struct Fix {
    size_t at;
    std::string word;
  };
  std::vector<Fix> fixes;
  size_t lam_alef_words = 0;
  size_t i = 0;
  while (i < t.size()) {
    if (!IsArabicLetterAt(t, i)) {
      ++i;
      continue;
    }
    size_t end = i;
    while (IsArabicLetterAt(t, end)) end += 2;
    const std::string_view word = std::string_view(t).substr(i, end - i);
    if (word.find(kLamAlef) != std::string_view::npos) ++lam_alef_words;
    if (word == kAlefLam) {
      fixes.push_back({i, std::string(kLamAlef)});  // the particle "لا" on its own
    } else if (std::string fixed = RepairWord(lexicon, word); !fixed.empty()) {
      fixes.push_back({i, std::move(fixed)});
    }
    i = end;
  }
  if (fixes.size() < 2 || fixes.size() < 4 * lam_alef_words) return 0;
  // Both pairs are 4 bytes: offsets do not move.
  for (const Fix& f : fixes) t.replace(f.at, f.word.size(), f.word);
  return fixes.size();
}

std::string LogicalOrderFromPoppler(std::string_view text) {
  if (text.find(kLeftToRightEmbedding) == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t open = text.find(kLeftToRightEmbedding, pos);
    if (open == std::string_view::npos) {
      out.append(text.substr(pos));
      break;
    }
    out.append(text.substr(pos, open - pos));
    const size_t begin = open + kLeftToRightEmbedding.size();
    const size_t close = text.find(kPopDirectional, begin);
    const size_t line_end = text.find('\n', begin);
    size_t end = std::min(close, line_end);
    if (end == std::string_view::npos) end = text.size();
    AppendLogical(text.substr(begin, end - begin), out);
    pos = end == close ? end + kPopDirectional.size() : end;
  }
  return out;
}

#ifdef RASED_WITH_POPPLER

bool PdfSupported() { return true; }

StatusOr<PdfText> PdfToText(std::string_view bytes) {
  // poppler prints parse errors to stderr; a damaged PDF is reported through
  // the returned Status instead.
  static std::once_flag quiet;
  std::call_once(
      quiet, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
  // poppler::document::load_from_raw_data does not copy: `bytes` outlives doc.
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (doc == nullptr) return Status::DataLoss("PDF document cannot be read (damaged?)");
  if (doc->is_locked()) return Status::DataLoss("PDF document is encrypted");
  std::string text;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (page == nullptr) continue;
    const poppler::byte_array utf8 = page->text().to_utf8();
    if (!text.empty()) text.append("\n\n");
    text.append(utf8.begin(), utf8.end());
  }
  PdfText out;
  out.text = LogicalOrderFromPoppler(text);
  const poppler::byte_array title = doc->info_key("Title").to_utf8();
  out.title.assign(title.begin(), title.end());
  return out;
}

#else

bool PdfSupported() { return false; }

StatusOr<PdfText> PdfToText(std::string_view) {
  return Status::DataLoss(
      "binary file (PDF document), skipped: this rased was built without PDF support "
      "(install libpoppler-cpp-dev and rebuild)");
}

#endif

}  // namespace rased::ingest

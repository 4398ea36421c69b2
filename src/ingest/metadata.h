// Page metadata helpers shared by the text, HTML and JSON readers: reading a
// date written on its own, and cleaning a page title.
//
// Thread safety: a DateReader is immutable after Load(); CleanTitle is pure.
#ifndef RASED_INGEST_METADATA_H_
#define RASED_INGEST_METADATA_H_

#include <memory>
#include <string>
#include <string_view>

#include "rased/status.h"

namespace rased::extract {
class DateTables;
}

namespace rased::ingest {

// What ingest knows about a document besides its text. Empty = unknown.
struct Metadata {
  std::string title;
  std::string published;  // ISO prefix: "2023-09-29", "2023-09", "2023"
  std::string publisher;
  std::string url;
};

// Reads stand-alone dates with the date stage's parser and month tables
// (data_dir/dates), so that ingest and the date annotator agree on every
// month name and format.
class DateReader {
 public:
  // kNotFound / kDataLoss when the date tables cannot be read.
  static StatusOr<std::unique_ptr<DateReader>> Load(const std::string& data_dir);
  ~DateReader();

  // "2023-09-29" for "29-سبتمبر-2023", "2023-09-29T10:00:00+03:00",
  // "الجمعة 29 سبتمبر 2023", "29/09/2023", "Fri, 29 Sep 2023 08:00:00 GMT";
  // empty when `text` is not a date on its own (a sentence that mentions a
  // date is not one).
  std::string Parse(std::string_view text) const;

 private:
  explicit DateReader(std::unique_ptr<extract::DateTables> tables);
  std::unique_ptr<extract::DateTables> tables_;
};

// A page title without the site name the page template adds:
// "حفتر في موسكو | الجزيرة نت" -> "حفتر في موسكو". With `site_name` known,
// a leading or trailing part equal to it is removed whatever the separator;
// without it, the longest part between " | " separators is kept, and a short
// last part after a dash ("... - الجزيرة نت") is removed when what remains is
// longer. Whitespace is collapsed.
std::string CleanTitle(std::string_view raw, std::string_view site_name);

}  // namespace rased::ingest

#endif  // RASED_INGEST_METADATA_H_

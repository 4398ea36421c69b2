// libFuzzer target for the date and quantity stages and ParseStandaloneDate.
//
// The raw input goes to ParseStandaloneDate; its UTF-8 repair goes through the
// text stage, the date stage and the quantity stage (with and without a
// publication date). Checked invariants: spans in bounds and in
// non-decreasing order, values that are well-formed ISO prefixes matching
// their precision, low <= high.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "common/utf8.h"
#include "extract/calendar.h"
#include "extract/date_annotator.h"
#include "extract/date_parser.h"
#include "extract/quantity_annotator.h"
#include "rased/options.h"
#include "text/text_annotator.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real date.
bool IsIsoPrefix(const std::string& v) {
  return rased::extract::FromIso(v).has_value() && v.size() <= 10;
}

void CheckValue(const rased::DateExpr& d) {
  using rased::DatePrecision;
  if (d.precision == DatePrecision::kUnresolved) {
    Check(d.value.empty());
    return;
  }
  if (d.precision == DatePrecision::kDecade) {
    Check(d.value.size() == 3);
    return;
  }
  Check(IsIsoPrefix(d.value));
  const size_t want = d.precision == DatePrecision::kDay    ? 10
                      : d.precision == DatePrecision::kYear ? 4
                                                            : 7;
  Check(d.value.size() == want);
  if (!d.end_value.empty()) Check(IsIsoPrefix(d.end_value));
}

struct Stages {
  std::unique_ptr<rased::Annotator> text, dates, quantities;
};

const Stages& GetStages() {
  static const Stages* stages = [] {
    auto* s = new Stages;
    s->text = rased::text::NewTextAnnotator(nullptr);
    auto dates = rased::extract::NewDateAnnotator(rased::DefaultDataDir());
    auto quantities = rased::extract::NewQuantityAnnotator(rased::DefaultDataDir());
    Check(dates.ok() && quantities.ok());
    s->dates = std::move(*dates);
    s->quantities = std::move(*quantities);
    return s;
  }();
  return *stages;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  const std::string parsed = rased::extract::ParseStandaloneDate(raw);
  Check(parsed.empty() || IsIsoPrefix(parsed));

  const Stages& stages = GetStages();
  for (const char* published : {"", "2023-09-29"}) {
    rased::Document doc;
    rased::utf8::Repair(raw, doc.text);
    doc.published = published;
    Check(stages.text->Annotate(doc).ok());
    Check(stages.dates->Annotate(doc).ok());
    Check(stages.quantities->Annotate(doc).ok());
    uint32_t last = 0;
    for (const rased::DateExpr& d : doc.dates) {
      Check(d.span.begin < d.span.end && d.span.end <= doc.text.size());
      Check(d.span.begin >= last);
      last = d.span.begin;
      CheckValue(d);
    }
    last = 0;
    for (const rased::Quantity& q : doc.quantities) {
      Check(q.span.begin < q.span.end && q.span.end <= doc.text.size());
      Check(q.span.begin >= last);
      last = q.span.begin;
      Check(q.low <= q.high);
      Check(q.subject == -1 && q.attribution == -1);
    }
  }
  return 0;
}

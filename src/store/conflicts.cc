#include "store/conflicts.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include "store/name_keys.h"
#include "text/normalize.h"

namespace rased::store {

namespace {

double PerMonth(const std::string& rate) {
  if (rate == "day") return 365.0 / 12;
  if (rate == "week") return 52.0 / 12;
  if (rate == "month") return 1;
  if (rate == "year") return 1.0 / 12;
  return 0;
}

std::string Format(double v) {
  std::ostringstream out;
  if (std::floor(v) == v) {
    out << static_cast<int64_t>(v);
  } else {
    out.precision(3);
    out << v;
  }
  return out.str();
}

std::string Describe(const QuantityClaim& c) {
  std::string value = (c.approximate ? "~" : "") + Format(c.low);
  if (c.high != c.low) value += "–" + Format(c.high);
  if (!c.rate.empty()) value += " per " + c.rate;
  return value;
}

// Two claims disagree when their ranges, with a 10% tolerance for rounding
// ("حوالي 1000" vs "1050"), do not overlap.
bool Disagree(double a_low, double a_high, double b_low, double b_high) {
  const double tolerance = 0.1;
  return a_high * (1 + tolerance) < b_low || b_high * (1 + tolerance) < a_low;
}

}  // namespace

std::string UnitClassOf(const QuantityClaim& claim, const UnitClasses& classes) {
  for (const std::string* field : {&claim.unit, &claim.about}) {
    const std::string key = text::MatchKey(*field);  // Words() views into it
    for (std::string_view w : Words(key)) {
      std::string word(w);
      // Counted nouns take the article or a proclitic: "المقاتلين", "لمقاتلين".
      for (int strip = 0; strip < 3 && !word.empty(); ++strip) {
        auto it = classes.find(word);
        if (it != classes.end()) return it->second;
        if (word.rfind("\xD8\xA7\xD9\x84", 0) == 0) {
          word = word.substr(4);
        } else if (word.size() > 6) {
          word = word.substr(2);
        } else {
          break;
        }
      }
    }
  }
  if (claim.unit == "%") return "percent";
  return "";
}

std::vector<Conflict> QuantityConflicts(const std::vector<QuantityClaim>& claims,
                                        const UnitClasses& classes) {
  // (class, subject, rate-kind) -> claims; rate-kind separates counts from
  // frequencies, which are compared per month.
  using Key = std::tuple<std::string, int64_t, bool>;
  std::map<Key, std::vector<const QuantityClaim*>> groups;
  std::vector<std::pair<const QuantityClaim*, std::string>> orphans;  // with their class
  for (const QuantityClaim& c : claims) {
    const std::string cls = UnitClassOf(c, classes);
    if (cls == "percent") continue;
    const bool is_rate = PerMonth(c.rate) > 0;
    if (cls.empty() || c.subject == 0) {
      orphans.emplace_back(&c, cls);
      continue;
    }
    groups[{cls, c.subject, is_rate}].push_back(&c);
  }
  // A claim missing one part joins the only group it can belong to: a bare
  // count of a subject ("كم عددهم؟ حوالي ثلاثمائة", about Haftar's Syrians)
  // joins that subject's one group of counts; a rate without a subject joins
  // the one group of rates of its class. With two candidates, it joins none.
  for (const auto& [c, cls] : orphans) {
    const bool is_rate = PerMonth(c->rate) > 0;
    const Key* only = nullptr;
    int candidates = 0;
    for (const auto& [key, members] : groups) {
      const bool fits = std::get<2>(key) == is_rate &&
                        (cls.empty() ? c->subject != 0 && std::get<1>(key) == c->subject
                                     : c->subject == 0 && std::get<0>(key) == cls);
      if (fits) {
        only = &key;
        ++candidates;
      }
    }
    if (candidates == 1)
      groups[*only].push_back(c);
    else if (!cls.empty() && is_rate)
      groups[{cls, 0, true}].push_back(c);
  }
  std::vector<Conflict> out;
  for (const auto& [key, members] : groups) {
    const bool is_rate = std::get<2>(key);
    auto low = [&](const QuantityClaim* c) {
      return is_rate ? c->low * PerMonth(c->rate) : c->low;
    };
    auto high = [&](const QuantityClaim* c) {
      return is_rate ? c->high * PerMonth(c->rate) : c->high;
    };
    // Independent reports: distinct (original document, source) pairs.
    std::set<std::pair<int64_t, std::string>> reports;
    bool disagreement = false;
    for (size_t i = 0; i < members.size(); ++i) {
      const QuantityClaim* a = members[i];
      reports.insert({a->original_doc_id, std::to_string(a->source_entity) + a->source_text});
      for (size_t j = i + 1; j < members.size(); ++j) {
        const QuantityClaim* b = members[j];
        const bool same_report = a->original_doc_id == b->original_doc_id &&
                                 a->source_entity == b->source_entity &&
                                 a->source_text == b->source_text;
        if (!same_report && Disagree(low(a), high(a), low(b), high(b))) disagreement = true;
      }
    }
    if (!disagreement || reports.size() < 2) continue;
    Conflict conflict;
    conflict.kind = "quantity";
    conflict.about = std::get<0>(key) + (is_rate ? " per month" : "");
    if (std::get<1>(key) != 0) conflict.subject = EntityRef{std::to_string(std::get<1>(key)), ""};
    for (const QuantityClaim* c : members) {
      Claim claim;
      claim.value = Describe(*c) + (c->about.empty() ? "" : " " + c->about);
      claim.low = c->low;
      claim.high = c->high;
      claim.rate = c->rate;
      claim.doc = c->doc;
      claim.publisher = c->publisher;
      claim.published = c->published;
      if (c->source_entity != 0) claim.source = EntityRef{std::to_string(c->source_entity), ""};
      claim.source_text = c->source_text;
      claim.evidence = c->evidence;
      claim.start = c->start;
      claim.end = c->end;
      conflict.claims.push_back(std::move(claim));
    }
    out.push_back(std::move(conflict));
  }
  return out;
}

}  // namespace rased::store

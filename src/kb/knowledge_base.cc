#include "kb/knowledge_base.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <set>
#include <utility>

#include "common/tsv.h"
#include "common/utf8.h"
#include "text/normalize.h"
#include "text/translit.h"

namespace rased {

namespace {

bool IsSeparator(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x00A0 || cp == 0x200B ||
         cp == 0x200C || cp == 0x200D || cp == 0x200E || cp == 0x200F;
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80)
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp == 0x060C || cp == 0x061B || cp == 0x061F || (cp >= 0x066A && cp <= 0x066D) ||
      cp == 0x06D4 || cp == 0x00AB || cp == 0x00BB || (cp >= 0x2000 && cp <= 0x206F) ||
      (cp >= 0x00A1 && cp <= 0x00BF) || cp == 0x00D7 || cp == 0x00F7) {
    return false;
  }
  return true;
}

bool ValidId(std::string_view id) {
  if (id.empty()) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  }
  return true;
}

bool ParseDouble(const std::string& s, double* out) {
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, *out);
  return ec == std::errc() && ptr == end;
}

std::string Join(const std::vector<std::string>& tokens) {
  std::string out;
  for (const std::string& t : tokens) {
    if (!out.empty()) out += ' ';
    out += t;
  }
  return out;
}

// "ال" in UTF-8, and the proclitic letters of normalised keys.
constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";
constexpr std::string_view kWaw = "\xD9\x88", kFa = "\xD9\x81", kBa = "\xD8\xA8", kLam = "\xD9\x84",
                           kKaf = "\xD9\x83";

// Spelling alternations the Arabic press uses for one word without a rule of
// the language deciding: the long vowel of America before or after the r
// ("الأمريكية" / "الأميركية", about as frequent as each other in 2015 news),
// "فيدرالي" / "فدرالي". Pairs of key fragments (alef already folded).
constexpr std::pair<std::string_view, std::string_view> kSpellingPairs[] = {
    {"\xD8\xA7\xD9\x85\xD8\xB1\xD9\x8A\xD9\x83",
     "\xD8\xA7\xD9\x85\xD9\x8A\xD8\xB1\xD9\x83"},  // امريك / اميرك
    {"\xD9\x81\xD9\x8A\xD8\xAF\xD8\xB1\xD8\xA7\xD9\x84",
     "\xD9\x81\xD8\xAF\xD8\xB1\xD8\xA7\xD9\x84"},  // فيدرال / فدرال
};
constexpr std::string_view kAbd = "\xD8\xB9\xD8\xA8\xD8\xAF";  // عبد

// The other spellings of an alias given as token keys, each as token keys
// (the alias itself excluded): every combination of the alternations above,
// and "عبد" + a word with the article written joined or apart ("عبد
// العزيز" / "عبدالعزيز"), as the press writes both in the same week.
std::vector<std::vector<std::string>> SpellingVariants(const std::vector<std::string>& tokens) {
  std::vector<std::vector<std::string>> out{tokens};
  auto push = [&](std::vector<std::string> v) {
    if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(std::move(v));
  };
  // Breadth-first over the growing list; each alias has few sites, so the
  // list stays small (at most a few dozen for the longest names).
  for (size_t n = 0; n < out.size() && out.size() < 64; ++n) {
    const std::vector<std::string> v = out[n];
    for (size_t t = 0; t < v.size(); ++t) {
      const std::string& w = v[t];
      for (const auto& [a, b] : kSpellingPairs) {
        for (const std::string_view from : {a, b}) {
          const size_t at = w.find(from);
          if (at == std::string::npos) continue;
          std::vector<std::string> x = v;
          x[t].replace(at, from.size(), from == a ? b : a);
          push(std::move(x));
        }
      }
      if (w == kAbd && t + 1 < v.size() && std::string_view(v[t + 1]).starts_with(kAl) &&
          utf8::CountCodePoints(v[t + 1]) >= 4) {
        std::vector<std::string> x = v;
        x[t] += x[t + 1];
        x.erase(x.begin() + static_cast<ptrdiff_t>(t) + 1);
        push(std::move(x));
      } else if (std::string_view(w).starts_with(kAbd) &&
                 std::string_view(w).substr(kAbd.size()).starts_with(kAl) &&
                 utf8::CountCodePoints(w) >= 7) {
        std::vector<std::string> x = v;
        x.insert(x.begin() + static_cast<ptrdiff_t>(t) + 1, w.substr(kAbd.size()));
        x[t] = std::string(kAbd);
        push(std::move(x));
      }
    }
  }
  out.erase(out.begin());
  return out;
}

}  // namespace

std::vector<std::string> KeyTokens(std::string_view text) {
  const std::string key = text::MatchKey(text);
  std::vector<std::string> out;
  std::string current;
  size_t i = 0;
  while (i < key.size()) {
    size_t start = i;
    char32_t cp = utf8::Next(key, i);
    if (IsSeparator(cp)) {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else if (IsWordChar(cp)) {
      current.append(key, start, i - start);
    } else {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
      out.emplace_back(key.substr(start, i - start));
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

void ProcliticVariants(std::string_view key, std::vector<std::string>* out) {
  std::vector<std::string> frontier{std::string(key)};
  auto add = [&](std::string v) {
    if (std::find(out->begin(), out->end(), v) != out->end()) return;
    out->push_back(v);
    frontier.push_back(std::move(v));
  };
  while (!frontier.empty()) {
    std::string t = std::move(frontier.back());
    frontier.pop_back();
    if (utf8::CountCodePoints(t) <= 3) continue;
    std::string_view v(t);
    if (v.starts_with(kWaw) || v.starts_with(kFa)) add(std::string(v.substr(2)));
    if (v.starts_with("\xD9\x84\xD9\x84")) add(std::string(kAl) + std::string(v.substr(4)));
    if (v.starts_with(kBa) || v.starts_with(kLam) || v.starts_with(kKaf)) {
      add(std::string(v.substr(2)));
    }
  }
}

StatusOr<std::unique_ptr<KnowledgeBase>> KnowledgeBase::Load(
    const std::string& data_dir, const std::vector<std::string>& extra_files) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code ec;
  const fs::path dir = fs::path(data_dir) / "kb";
  if (fs::is_directory(dir, ec)) {
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.is_regular_file() && entry.path().extension() == ".tsv") {
        files.push_back(entry.path().string());
      }
    }
    if (ec) return Status::IoError("cannot list " + dir.string() + ": " + ec.message());
  }
  std::sort(files.begin(), files.end());
  files.insert(files.end(), extra_files.begin(), extra_files.end());
  return LoadFiles(files);
}

StatusOr<std::unique_ptr<KnowledgeBase>> KnowledgeBase::LoadFiles(
    const std::vector<std::string>& files) {
  std::unique_ptr<KnowledgeBase> kb(new KnowledgeBase());
  for (const std::string& f : files) RASED_RETURN_IF_ERROR(kb->AddFile(f));
  kb->Compile();
  return kb;
}

Status KnowledgeBase::AddFile(const std::string& path) {
  RASED_ASSIGN_OR_RETURN(std::vector<TsvRow> rows, ReadTsv(path));
  for (TsvRow& row : rows) {
    const std::string where = path + ":" + std::to_string(row.line);
    auto& f = row.fields;
    f.resize(std::max<size_t>(f.size(), 13));
    if (!ValidId(f[0])) {
      return Status::DataLoss(where + ": bad id '" + f[0] +
                              "' (lower-case ASCII words joined by -)");
    }
    auto type = ParseEntityType(f[1]);
    if (!type) {
      return Status::DataLoss(where + ": bad type '" + f[1] +
                              "' (PERSON, ORGANIZATION, LOCATION or FACILITY)");
    }
    if (f[3].empty() && f[4].empty()) return Status::DataLoss(where + ": no name_ar nor name_en");
    KbEntity e;
    e.id = f[0];
    e.type = *type;
    e.kind = f[2];
    e.name_ar = f[3];
    e.name_en = f[4];
    for (std::string& a : SplitList(f[5])) {
      if (a.front() == '~' || a.front() == '?' || a.front() == '^') {
        const bool contextual = a.front() != '~';
        const bool sports = a.front() == '^';
        a.erase(0, 1);
        if (a.empty()) continue;
        e.weak_aliases.push_back(a);
        if (contextual) e.contextual_aliases.push_back(a);
        if (sports) e.sports_aliases.push_back(a);
      }
      e.aliases_ar.push_back(std::move(a));
    }
    for (std::string& a : SplitList(f[6])) {
      if (a.front() == '~') {
        a.erase(0, 1);
        if (a.empty()) continue;
        e.weak_aliases.push_back(a);
      }
      e.aliases_en.push_back(std::move(a));
    }
    e.country = f[7];
    if (!e.country.empty() && !ValidId(e.country)) {
      return Status::DataLoss(where + ": bad country id '" + e.country + "'");
    }
    if (!f[8].empty() || !f[9].empty()) {
      double lat = 0, lon = 0;
      if (!ParseDouble(f[8], &lat) || !ParseDouble(f[9], &lon) || lat < -90 || lat > 90 ||
          lon < -180 || lon > 180) {
        return Status::DataLoss(where + ": bad coordinates '" + f[8] + "', '" + f[9] + "'");
      }
      e.lat = lat;
      e.lon = lon;
    }
    e.affiliations = SplitList(f[10]);
    e.adjectives = SplitList(f[11]);
    e.description = f[12];
    e.source = where;
    auto it = by_id_.find(e.id);
    if (it != by_id_.end()) {
      entities_[it->second] = std::move(e);
    } else {
      by_id_.emplace(e.id, static_cast<int32_t>(entities_.size()));
      entities_.push_back(std::move(e));
    }
  }
  return Status::OK();
}

namespace {

// Whether `alias` is one of `marked`, compared on keys: "~عمان" makes the name
// "عمّان" (with shadda) weak too.
bool MarkedAlias(const std::vector<std::string>& marked, std::string_view alias) {
  if (marked.empty()) return false;
  const std::vector<std::string> key = KeyTokens(alias);
  for (const std::string& w : marked) {
    if (KeyTokens(w) == key) return true;
  }
  return false;
}

}  // namespace

bool IsWeakAlias(const KbEntity& e, std::string_view alias) {
  return MarkedAlias(e.weak_aliases, alias);
}

bool IsContextualAlias(const KbEntity& e, std::string_view alias) {
  return MarkedAlias(e.contextual_aliases, alias);
}

bool IsSportsAlias(const KbEntity& e, std::string_view alias) {
  return MarkedAlias(e.sports_aliases, alias);
}

void KnowledgeBase::Compile() {
  for (size_t i = 0; i < entities_.size(); ++i) {
    const KbEntity& e = entities_[i];
    const uint32_t index = static_cast<uint32_t>(i);
    auto weak = [&](const std::string& a) { return IsWeakAlias(e, a); };
    auto add = [&](const std::string& name, bool latin) {
      std::vector<std::string> tokens = KeyTokens(name);
      if (tokens.empty()) return;
      const AliasHit hit{index, weak(name), latin, IsContextualAlias(e, name),
                         IsSportsAlias(e, name)};
      matcher_.Add(tokens, hit);
      if (!latin) {
        for (const std::vector<std::string>& v : SpellingVariants(tokens)) matcher_.Add(v, hit);
        // "أوبك" / "الأوبك", "الناتو" / "ناتو": an international or regional
        // body's one-word name is a transliterated acronym, which the press
        // writes with the article or without it.
        if (tokens.size() == 1 && (e.kind == "intl-org" || e.kind == "regional-org") &&
            utf8::CountCodePoints(tokens[0]) >= 4) {
          const std::string& w = tokens[0];
          if (std::string_view(w).starts_with(kAl)) {
            if (utf8::CountCodePoints(w) >= 6) matcher_.Add({w.substr(kAl.size())}, hit);
          } else {
            matcher_.Add({std::string(kAl) + w}, hit);
          }
        }
      }
      std::string skeleton = text::SkeletonKey(name);
      if (!skeleton.empty()) by_skeleton_.emplace(std::move(skeleton), static_cast<int32_t>(i));
    };
    if (!e.name_ar.empty()) add(e.name_ar, false);
    for (const std::string& a : e.aliases_ar) add(a, false);
    if (!e.name_en.empty()) add(e.name_en, true);
    for (const std::string& a : e.aliases_en) add(a, true);
    for (const std::string& adj : e.adjectives) {
      std::string key = text::MatchKey(adj);
      if (key.empty()) continue;
      // Countries win over regions and cities sharing an adjective.
      auto put = [&](const std::string& k) {
        const size_t before = by_adjective_.size();
        int32_t& owner = by_adjective_.Insert(k, static_cast<int32_t>(i));
        const bool inserted = by_adjective_.size() != before;
        if (!inserted && entities_[owner].kind != "country" && e.kind == "country") {
          owner = static_cast<int32_t>(i);
        }
      };
      put(key);
      if (std::string_view(key).starts_with(kAl)) {
        put(key.substr(kAl.size()));
      } else {
        put(std::string(kAl) + key);
      }
    }
  }
}

const KbEntity* KnowledgeBase::FindById(std::string_view id) const {
  int32_t i = IndexOf(id);
  return i < 0 ? nullptr : &entities_[i];
}

int32_t KnowledgeBase::IndexOf(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? -1 : it->second;
}

std::vector<const KbEntity*> KnowledgeBase::FindByName(std::string_view name) const {
  std::vector<const KbEntity*> strong, weak;
  auto push = [](std::vector<const KbEntity*>& v, const KbEntity* e) {
    if (std::find(v.begin(), v.end(), e) == v.end()) v.push_back(e);
  };
  std::vector<std::string> tokens = KeyTokens(name);
  if (!tokens.empty()) {
    std::vector<std::string> firsts{tokens[0]};
    ProcliticVariants(tokens[0], &firsts);
    for (const std::string& first : firsts) {
      int32_t node = matcher_.Step(AliasMatcher::kRoot, first);
      for (size_t k = 1; node >= 0 && k < tokens.size(); ++k) node = matcher_.Step(node, tokens[k]);
      if (node < 0) continue;
      for (const AliasHit& h : matcher_.Hits(node))
        push(h.weak ? weak : strong, &entities_[h.entity]);
      if (!strong.empty() || !weak.empty()) break;  // the least-stripped reading wins
    }
  }
  for (const KbEntity* e : weak) push(strong, e);
  if (strong.empty()) {
    std::string skeleton = text::SkeletonKey(name);
    if (!skeleton.empty()) {
      auto [b, e] = by_skeleton_.equal_range(skeleton);
      std::vector<int32_t> found;
      for (auto it = b; it != e; ++it) found.push_back(it->second);
      std::sort(found.begin(), found.end());
      for (int32_t i : found) push(strong, &entities_[i]);
    }
  }
  return strong;
}

int32_t KnowledgeBase::AdjectiveIndex(std::string_view key) const {
  const int32_t* i = by_adjective_.Find(key);
  return i == nullptr ? -1 : *i;
}

const KbEntity* KnowledgeBase::FindByAdjective(std::string_view word) const {
  std::string key = text::MatchKey(word);
  int32_t i = AdjectiveIndex(key);
  if (i < 0) {
    std::vector<std::string> variants;
    ProcliticVariants(key, &variants);
    for (const std::string& v : variants) {
      if ((i = AdjectiveIndex(v)) >= 0) break;
    }
  }
  return i < 0 ? nullptr : &entities_[i];
}

std::vector<std::string> KnowledgeBase::AliasCollisions() const {
  // (type, alias key) -> strong claimants.
  std::map<std::pair<int, std::string>, std::vector<std::pair<int32_t, std::string>>> claims;
  for (size_t i = 0; i < entities_.size(); ++i) {
    const KbEntity& e = entities_[i];
    std::set<std::string> seen;
    auto claim = [&](const std::string& alias) {
      if (IsWeakAlias(e, alias)) return;
      std::string key = Join(KeyTokens(alias));
      if (key.empty() || !seen.insert(key).second) return;
      claims[{static_cast<int>(e.type), key}].emplace_back(static_cast<int32_t>(i), alias);
    };
    claim(e.name_ar);
    for (const auto& a : e.aliases_ar) claim(a);
    claim(e.name_en);
    for (const auto& a : e.aliases_en) claim(a);
  }
  std::vector<std::string> out;
  for (const auto& [key, owners] : claims) {
    for (size_t a = 1; a < owners.size(); ++a) {
      const KbEntity& first = entities_[owners[0].first];
      const KbEntity& other = entities_[owners[a].first];
      out.push_back(other.source + ": alias '" + owners[a].second + "' of " + other.id +
                    " is also claimed by " + first.id + " (" + first.source +
                    "); mark the less usual referent's alias weak with '~'");
    }
  }
  return out;
}

}  // namespace rased

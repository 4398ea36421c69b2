#include "relations/rules.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <utility>

#include "common/tsv.h"
#include "kb/knowledge_base.h"

namespace rased::relations {

namespace {

struct ClassName {
  std::string_view name;
  uint64_t bit;
};

constexpr ClassName kClassNames[] = {
    {"prep", kPrep},
    {"comp", kComp},
    {"rel", kRel},
    {"locrel", kLocRel},
    {"coord", kCoord},
    {"neg", kNeg},
    {"aux", kAux},
    {"head", kHead},
    {"exemplify", kExemplify},
    {"dual", kDual},
    {"copula", kCopula},
    {"since", kSince},
    {"kin", kKin},
    {"partitive", kPartitive},
    {"force", kForce},
    {"cargo", kCargo},
    {"parenthesis", kParen},
    {"unnamed", kUnnamed},
    {"unnamed_pl", kUnnamedPlural | kUnnamed},
    {"outlet", kOutlet},
    {"other", kOther},
    {"determiner", kDeterminer},
    {"spokesman", kSpokesman},
    {"source_end", kSourceEnd},
    {"anaphor", kAnaphor},
    {"comp_pronoun", kComp | kCompPronoun},
    {"people", kPeople},
    {"temporal", kTemporal},
    {"title", kTitle},
    {"name_particle", kNameParticle},
    {"group_pronoun", kGroupPronoun},
    {"nonstate", kNonState},
    {"official", kOfficial},
    {"follow", kFollow},
    {"subordinator", kSubordinator},
    {"bulletin", kBulletin},
};

struct SlotName {
  std::string_view name;
  SlotKind kind;
};

constexpr SlotName kSlotNames[] = {
    {"subj", SlotKind::kSubj},
    {"obj", SlotKind::kObj},
    {"gen", SlotKind::kGen},
    {"next", SlotKind::kNext},
    {"left", SlotKind::kLeft},
    {"appos", SlotKind::kAppos},
    {"encl", SlotKind::kEncl},
    {"rel", SlotKind::kRel},
    {"locrel", SlotKind::kLocRel},
    {"resume", SlotKind::kResume},
    {"pre", SlotKind::kPre},
    {"between", SlotKind::kBetween},
    {"between1", SlotKind::kBetween1},
    {"between2", SlotKind::kBetween2},
    {"lbetween", SlotKind::kLBetween},
    {"lbetween1", SlotKind::kLBetween1},
    {"lbetween2", SlotKind::kLBetween2},
    {"compound1", SlotKind::kCompound1},
    {"compound2", SlotKind::kCompound2},
    {"dual", SlotKind::kDual},
    {"hwa", SlotKind::kHwa},
    {"exemp", SlotKind::kExemp},
    {"all", SlotKind::kAll},
    {"text", SlotKind::kText},
    {"ftext", SlotKind::kFText},
    {"ltext", SlotKind::kLText},
    {"reltext", SlotKind::kRelText},
    {"stext", SlotKind::kSText},
    {"kind", SlotKind::kKind},
    {"topic", SlotKind::kTopic},
};

Status Malformed(const std::string& path, int line, std::string_view what) {
  return Status::DataLoss(path + ":" + std::to_string(line) + ": " + std::string(what));
}

// "ال" in UTF-8.
constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";

// Drops the definite article of a key when enough of the word remains.
std::string_view WithoutArticle(std::string_view key) {
  if (key.size() >= kArticle.size() + 4 && key.substr(0, kArticle.size()) == kArticle) {
    return key.substr(kArticle.size());
  }
  return key;
}

uint8_t ParseTypes(std::string_view letters, bool* ok) {
  uint8_t mask = 0;
  *ok = true;
  for (char c : letters) {
    switch (c) {
      case 'P':
        mask |= TypeBit(EntityType::kPerson);
        break;
      case 'O':
        mask |= TypeBit(EntityType::kOrganization);
        break;
      case 'L':
        mask |= TypeBit(EntityType::kLocation);
        break;
      case 'F':
        mask |= TypeBit(EntityType::kFacility);
        break;
      case 'S':
        mask |= kStateBit;
        break;
      default:
        *ok = false;
    }
  }
  return mask;
}

// The proclitic bit of a one-letter preposition key, 0 for other words.
uint8_t ProcliticOf(std::string_view key) {
  if (key == "\xD9\x84") return kProLi;  // ل
  if (key == "\xD8\xA8") return kProBi;  // ب
  if (key == "\xD9\x83") return kProKa;  // ك
  return 0;
}

StatusOr<Slot> ParseSlot(std::string_view text) {
  Slot slot;
  std::string_view name = text;
  std::string_view arg;
  if (size_t at = name.find('@'); at != std::string_view::npos) {
    std::string_view suffix = name.substr(at + 1);
    name = name.substr(0, at);
    if (!suffix.empty() && suffix[0] >= 'A' && suffix[0] <= 'Z') {
      bool ok = false;
      slot.types = ParseTypes(suffix, &ok);
      if (!ok) return Status::InvalidArgument("bad entity types '" + std::string(suffix) + "'");
    } else {
      slot.word_class = WordClassByName(suffix);
      // Anyone who can bear arms can be recruited too.
      if (slot.word_class == kPeople) slot.word_class |= kForce;
      if (slot.word_class == 0) {
        return Status::InvalidArgument("unknown word class '" + std::string(suffix) + "'");
      }
    }
  }
  if (size_t caret = name.find('^'); caret != std::string_view::npos) {
    std::string_view digits = name.substr(caret + 1);
    auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), slot.window);
    if (ec != std::errc() || slot.window == 0) {
      return Status::InvalidArgument("bad window '" + std::string(digits) + "'");
    }
    name = name.substr(0, caret);
  }
  if (size_t colon = name.find(':'); colon != std::string_view::npos) {
    arg = name.substr(colon + 1);
    name = name.substr(0, colon);
  }
  bool known = false;
  for (const SlotName& s : kSlotNames) {
    if (s.name == name) {
      slot.kind = s.kind;
      known = true;
      break;
    }
  }
  if (!known) return Status::InvalidArgument("unknown slot '" + std::string(name) + "'");
  if (slot.kind == SlotKind::kAll && !arg.empty()) {
    slot.words = KeyTokens(arg);
  } else if (slot.kind == SlotKind::kPre || slot.kind == SlotKind::kResume) {
    slot.words = KeyTokens(arg);
    if (slot.words.empty())
      return Status::InvalidArgument("slot '" + std::string(name) + "' needs a word");
    if (slot.words.size() == 1) slot.proclitic = ProcliticOf(slot.words[0]);
  } else if (!arg.empty()) {
    return Status::InvalidArgument("slot '" + std::string(name) + "' takes no word");
  }
  return slot;
}

}  // namespace

uint64_t WordClassByName(std::string_view name) {
  for (const ClassName& c : kClassNames) {
    if (c.name == name) return c.bit;
  }
  return 0;
}

void PhraseTable::Add(std::vector<std::string> words, uint32_t payload) {
  if (words.empty()) return;
  const std::string first = words[0];
  auto& list = by_first_[first];
  // The same form twice with the same payload (say, a noun listed with and
  // without its article that folds to one key) is kept once.
  for (uint32_t i : list) {
    if (entries_[i].payload == payload && entries_[i].words == words) return;
  }
  list.push_back(static_cast<uint32_t>(entries_.size()));
  entries_.push_back({std::move(words), payload});
}

const std::vector<uint32_t>* PhraseTable::StartingWith(std::string_view first) const {
  auto it = by_first_.find(first);
  return it == by_first_.end() ? nullptr : &it->second;
}

std::vector<std::pair<std::string, bool>> VerbForms(std::string_view p, std::string_view i) {
  // Third-person and first-plural endings cover what news prose uses; other
  // persons appear in quotes only and add noise.
  static constexpr std::string_view kPastSuffixes[] = {"",
                                                       "\xD8\xAA" /*ت*/,
                                                       "\xD9\x88\xD8\xA7" /*وا*/,
                                                       "\xD8\xA7" /*ا*/,
                                                       "\xD8\xAA\xD8\xA7" /*تا*/,
                                                       "\xD9\x86" /*ن*/,
                                                       "\xD9\x86\xD8\xA7" /*نا*/};
  static constexpr std::string_view kPresentPrefixes[] = {"\xD9\x8A" /*ي*/, "\xD8\xAA" /*ت*/,
                                                          "\xD9\x86" /*ن*/};
  static constexpr std::string_view kPresentSuffixes[] = {
      "", "\xD9\x88\xD9\x86" /*ون*/, "\xD8\xA7\xD9\x86" /*ان*/, "\xD9\x88\xD8\xA7" /*وا*/,
      "\xD9\x86" /*ن*/};
  constexpr std::string_view kFuture = "\xD8\xB3";  // س
  std::vector<std::pair<std::string, bool>> out;
  for (std::string_view s : kPastSuffixes) out.emplace_back(std::string(p) + std::string(s), false);
  if (!i.empty()) {
    for (std::string_view pre : kPresentPrefixes) {
      for (std::string_view s : kPresentSuffixes) {
        std::string form = std::string(pre) + std::string(i) + std::string(s);
        out.emplace_back(std::string(kFuture) + form, true);
        out.emplace_back(std::move(form), false);
      }
    }
  }
  return out;
}

StatusOr<std::unique_ptr<Rules>> Rules::Load(const std::string& data_dir) {
  std::unique_ptr<Rules> rules(new Rules());
  const std::string dir = data_dir + "/relations/";
  RASED_RETURN_IF_ERROR(rules->LoadKbKinds(dir + "kb_kinds.tsv"));
  RASED_RETURN_IF_ERROR(rules->LoadWords(dir + "words.tsv"));
  RASED_RETURN_IF_ERROR(rules->LoadRoles(dir + "roles.tsv"));
  RASED_RETURN_IF_ERROR(rules->LoadTriggers(dir + "triggers.tsv"));
  RASED_RETURN_IF_ERROR(rules->LoadAttribution(dir + "attribution.tsv"));
  RASED_RETURN_IF_ERROR(rules->LoadModality(dir + "modality.tsv"));
  RASED_RETURN_IF_ERROR(rules->LoadKinds(dir + "kinds.tsv"));
  rules->IndexWords();
  return rules;
}

uint64_t Rules::ClassesOf(std::string_view key) const {
  auto it = classes_.find(key);
  return it == classes_.end() ? 0 : it->second;
}

void Rules::IndexWords() {
  for (const auto& [key, bits] : classes_) words_.Insert(key, WordInfo()).classes |= bits;
  PhraseTable* tables[] = {&trigger_forms_, &attribution_cues_, &modality_cues_, &class_phrases_,
                           &source_phrases_};
  uint8_t bit = 1;
  for (PhraseTable* table : tables) {
    table->set_start_bit(bit);
    table->ForEachFirst(
        [&](const std::string& first) { words_.Insert(first, WordInfo()).starts |= bit; });
    bit <<= 1;
  }
  for (const auto& [key, kind] : kinds_)
    words_.Insert(key, WordInfo());  // so that Knows() accepts it
}

bool Rules::KindIn(std::string_view cls, std::string_view kind) const {
  auto it = kb_kinds_.find(cls);
  return it != kb_kinds_.end() &&
         std::find(it->second.begin(), it->second.end(), kind) != it->second.end();
}

Status Rules::LoadKbKinds(const std::string& path) {
  RASED_ASSIGN_OR_RETURN(auto rows, ReadTsv(path));
  for (const TsvRow& row : rows) {
    if (row.fields.size() < 2) return Malformed(path, row.line, "expected: class, kinds");
    kb_kinds_[row.fields[0]] = SplitList(row.fields[1]);
  }
  return Status::OK();
}

bool Rules::Knows(std::string_view key) const { return Lookup(key) != nullptr; }

std::string_view Rules::KindOf(std::string_view key) const {
  auto it = kinds_.find(key);
  return it == kinds_.end() ? std::string_view() : std::string_view(it->second);
}

const RoleRule* Rules::RoleOf(std::string_view type, std::string_view role) const {
  for (size_t i = 0; i < roles_.size(); ++i) {
    if (role_types_[i] == type && roles_[i].role == role) return &roles_[i];
  }
  return nullptr;
}

int Rules::RoleOrder(std::string_view type, std::string_view role) const {
  int order = 0;
  for (size_t i = 0; i < roles_.size(); ++i) {
    if (role_types_[i] != type) continue;
    if (roles_[i].role == role) return order;
    ++order;
  }
  return 1000;
}

Status Rules::LoadWords(const std::string& path) {
  RASED_ASSIGN_OR_RETURN(auto rows, ReadTsv(path));
  for (const TsvRow& row : rows) {
    if (row.fields.size() < 2) return Malformed(path, row.line, "expected: class, forms");
    const uint64_t bit = WordClassByName(row.fields[0]);
    if (bit == 0) return Malformed(path, row.line, "unknown class '" + row.fields[0] + "'");
    for (const std::string& form : SplitList(row.fields[1])) {
      std::vector<std::string> keys = KeyTokens(form);
      if (keys.empty()) {
        // Punctuation-only forms ("(", "-") are their own keys.
        keys.push_back(form);
      }
      if (keys.size() == 1) {
        classes_[keys[0]] |= bit;
      } else if (bit >> 32) {
        return Malformed(path, row.line, "class '" + row.fields[0] + "' takes single words only");
      } else {
        class_phrases_.Add(std::move(keys), static_cast<uint32_t>(bit));
      }
    }
  }
  return Status::OK();
}

Status Rules::LoadRoles(const std::string& path) {
  RASED_ASSIGN_OR_RETURN(auto rows, ReadTsv(path));
  for (const TsvRow& row : rows) {
    if (row.fields.size() < 3)
      return Malformed(path, row.line, "expected: type, role, types, need");
    const std::string& type = row.fields[0];
    if (row.fields[1] == "*") {
      int n = 0;
      auto [p, ec] =
          std::from_chars(row.fields[2].data(), row.fields[2].data() + row.fields[2].size(), n);
      if (ec != std::errc() || n < 1) return Malformed(path, row.line, "bad entity count");
      min_entities_[type] = n;
      continue;
    }
    RoleRule role;
    role.role = row.fields[1];
    bool ok = true;
    role.types = row.fields[2].empty() ? 0 : ParseTypes(row.fields[2], &ok);
    if (!ok) return Malformed(path, row.line, "bad entity types '" + row.fields[2] + "'");
    const std::string need = row.fields.size() > 3 ? row.fields[3] : "optional";
    if (need == "required") {
      role.need = Need::kRequired;
    } else if (need == "entity") {
      role.need = Need::kEntity;
    } else if (need == "optional") {
      role.need = Need::kOptional;
    } else if (need == "oneof") {
      role.need = Need::kOneOf;
    } else {
      return Malformed(path, row.line, "need must be required, entity, oneof or optional");
    }
    if (row.fields.size() > 4 && !row.fields[4].empty()) {
      auto it = kb_kinds_.find(row.fields[4]);
      if (it == kb_kinds_.end()) {
        return Malformed(path, row.line,
                         "unknown kind class '" + row.fields[4] + "' (kb_kinds.tsv)");
      }
      role.org_kinds = it->second;
    }
    roles_.push_back(std::move(role));
    role_types_.push_back(type);
  }
  return Status::OK();
}

Status Rules::LoadTriggers(const std::string& path) {
  RASED_ASSIGN_OR_RETURN(auto rows, ReadTsv(path));
  for (const TsvRow& row : rows) {
    if (row.fields.size() < 5) {
      return Malformed(path, row.line, "expected: pos, forms, type, roles, confidence[, flags]");
    }
    const std::string& pos = row.fields[0];
    if (pos != "verb" && pos != "noun" && pos != "phrase") {
      return Malformed(path, row.line, "pos must be verb, noun or phrase");
    }
    TriggerRule rule;
    rule.type = row.fields[2];
    rule.verb = pos == "verb";
    rule.line = row.line;
    rule.confidence = std::strtof(row.fields[4].c_str(), nullptr);
    if (rule.confidence <= 0 || rule.confidence > 1)
      return Malformed(path, row.line, "bad confidence");
    if (auto it = min_entities_.find(rule.type); it != min_entities_.end()) {
      rule.min_entities = it->second;
    }
    if (row.fields.size() > 5) {
      // A word list ("after:W|W|W", "with:W|W|W" or "if:W|W|W") runs to the
      // end of the field, so a line carries at most one.
      std::string_view flags = row.fields[5];
      struct ListFlag {
        std::string_view name;
        std::vector<std::string>* list;
      };
      const ListFlag lists[] = {
          {"after:", &rule.not_after}, {"with:", &rule.only_after}, {"if:", &rule.only_before}};
      size_t at = std::string_view::npos;
      const ListFlag* found = nullptr;
      for (const ListFlag& l : lists) {
        const size_t pos = flags.find(l.name);
        if (pos == std::string_view::npos) continue;
        if (found != nullptr) {
          return Malformed(path, row.line, "a line takes one of 'after:', 'with:' and 'if:'");
        }
        found = &l;
        at = pos;
      }
      if (found != nullptr) {
        for (const std::string& w : SplitList(flags.substr(at + found->name.size()))) {
          for (std::string& k : KeyTokens(w)) found->list->push_back(std::move(k));
        }
        if (found->list->empty()) return Malformed(path, row.line, "empty word list");
        flags = flags.substr(0, at);
      }
      for (const std::string& flag : SplitList(flags)) {
        if (flag == "stop") {
          rule.stop = true;
        } else if (flag == "vso") {
          rule.vso = true;
        } else if (flag == "planned") {
          rule.planned = true;
        } else if (flag == "symmetric") {
          rule.symmetric = true;
        } else if (flag == "titles") {
          rule.titles = true;
        } else if (flag == "loose") {
          rule.loose = true;
        } else if (flag == "named") {
          rule.named = true;
        } else if (flag.substr(0, 7) == "unless:") {
          for (std::string& k : KeyTokens(flag.substr(7))) rule.unless.push_back(std::move(k));
        } else {
          return Malformed(path, row.line, "unknown flag '" + std::string(flag) + "'");
        }
      }
    }
    for (const std::string& role_text : SplitList(row.fields[3], ';')) {
      const size_t eq = role_text.find('=');
      if (eq == std::string_view::npos) return Malformed(path, row.line, "role without '='");
      RoleRule role;
      role.role = std::string(role_text.substr(0, eq));
      const RoleRule* declared = RoleOf(rule.type, role.role);
      if (declared == nullptr) {
        return Malformed(path, row.line,
                         "role '" + role.role + "' of " + rule.type + " is not in roles.tsv");
      }
      role.types = declared->types;
      role.need = declared->need;
      role.org_kinds = declared->org_kinds;
      for (const std::string& alt : SplitList(std::string_view(role_text).substr(eq + 1), ',')) {
        SlotGroup group;
        for (const std::string& slot_text : SplitList(alt, '+')) {
          auto slot = ParseSlot(slot_text);
          if (!slot.ok()) return Malformed(path, row.line, slot.status().message());
          group.slots.push_back(std::move(*slot));
        }
        role.alternatives.push_back(std::move(group));
      }
      rule.roles.push_back(std::move(role));
    }
    // A role the type requires but the line does not say how to find would
    // silently drop every relation of the line.
    for (size_t i = 0; i < roles_.size(); ++i) {
      if (role_types_[i] != rule.type || roles_[i].need == Need::kOptional ||
          roles_[i].need == Need::kOneOf) {
        continue;
      }
      bool present = std::any_of(rule.roles.begin(), rule.roles.end(),
                                 [&](const RoleRule& r) { return r.role == roles_[i].role; });
      if (!present) {
        return Malformed(path, row.line, "required role '" + roles_[i].role + "' has no slot");
      }
    }
    if (rule.roles.empty()) return Malformed(path, row.line, "no roles");
    const auto index = static_cast<uint32_t>(triggers_.size());
    triggers_.push_back(std::move(rule));
    for (const std::string& form_text : SplitList(row.fields[1])) {
      const std::string_view form = form_text;
      if (pos == "verb" && form.find('/') != std::string_view::npos) {
        const size_t slash = form.find('/');
        std::vector<std::string> perfect = KeyTokens(form.substr(0, slash));
        std::vector<std::string> imperfect = KeyTokens(form.substr(slash + 1));
        if (perfect.size() != 1 || imperfect.size() > 1) {
          return Malformed(path, row.line, "verb stems must be single words: " + std::string(form));
        }
        for (auto& [f, future] : VerbForms(perfect[0], imperfect.empty() ? "" : imperfect[0])) {
          trigger_forms_.Add({f}, static_cast<uint32_t>(trigger_payloads_.size()));
          trigger_payloads_.push_back({index, future});
        }
        continue;
      }
      std::vector<std::string> keys = KeyTokens(form);
      if (keys.empty()) return Malformed(path, row.line, "empty form");
      const auto payload = static_cast<uint32_t>(trigger_payloads_.size());
      trigger_payloads_.push_back({index, false});
      if (pos != "verb") {
        // Nouns are found with or without their article ("الهجوم" / "هجومه").
        std::vector<std::string> bare = keys;
        bare[0] = std::string(WithoutArticle(bare[0]));
        if (bare[0] != keys[0]) trigger_forms_.Add(std::move(bare), payload);
      }
      trigger_forms_.Add(std::move(keys), payload);
    }
  }
  return Status::OK();
}

Status Rules::LoadAttribution(const std::string& path) {
  RASED_ASSIGN_OR_RETURN(auto rows, ReadTsv(path));
  for (const TsvRow& row : rows) {
    if (row.fields.size() < 2) return Malformed(path, row.line, "expected: kind, forms");
    const std::string& kind = row.fields[0];
    AttributionKind cue_kind;
    if (kind == "say") {
      cue_kind = AttributionKind::kSay;
    } else if (kind == "opine") {
      cue_kind = AttributionKind::kOpine;
    } else if (kind == "relay") {
      cue_kind = AttributionKind::kRelay;
    } else if (kind == "prep") {
      cue_kind = AttributionKind::kPrep;
    } else if (kind == "as") {
      cue_kind = AttributionKind::kAs;
    } else if (kind == "report") {
      cue_kind = AttributionKind::kReport;
    } else if (kind == "line") {
      cue_kind = AttributionKind::kLine;
    } else {
      const uint64_t bit = WordClassByName(kind);
      if (bit == 0) return Malformed(path, row.line, "unknown kind '" + kind + "'");
      for (const std::string& form : SplitList(row.fields[1])) {
        std::vector<std::string> keys = KeyTokens(form);
        if (keys.empty()) return Malformed(path, row.line, "empty form");
        if (keys.size() == 1) {
          classes_[keys[0]] |= bit;
          // Definiteness is what makes a source noun point back, so anaphors
          // keep their article.
          std::string_view bare = WithoutArticle(keys[0]);
          if (bare != keys[0] && bit != kAnaphor) classes_[std::string(bare)] |= bit;
        } else {
          source_phrases_.Add(std::move(keys), static_cast<uint32_t>(bit));
        }
      }
      continue;
    }
    for (const std::string& form_text : SplitList(row.fields[1])) {
      const std::string_view form = form_text;
      const auto payload = static_cast<uint32_t>(attribution_kinds_.size());
      attribution_kinds_.push_back(cue_kind);
      if (form.find('/') != std::string_view::npos) {
        const size_t slash = form.find('/');
        std::vector<std::string> perfect = KeyTokens(form.substr(0, slash));
        std::vector<std::string> imperfect = KeyTokens(form.substr(slash + 1));
        if (perfect.size() != 1 || imperfect.size() != 1) {
          return Malformed(path, row.line, "verb stems must be single words: " + std::string(form));
        }
        for (auto& [f, future] : VerbForms(perfect[0], imperfect[0])) {
          attribution_cues_.Add({f}, payload);
        }
        continue;
      }
      std::vector<std::string> keys = KeyTokens(form);
      if (keys.empty()) return Malformed(path, row.line, "empty form");
      attribution_cues_.Add(std::move(keys), payload);
    }
  }
  return Status::OK();
}

Status Rules::LoadModality(const std::string& path) {
  RASED_ASSIGN_OR_RETURN(auto rows, ReadTsv(path));
  for (const TsvRow& row : rows) {
    if (row.fields.size() < 3) return Malformed(path, row.line, "expected: modality, scope, forms");
    ModalityCue cue;
    const std::string& m = row.fields[0];
    if (m == "denied") {
      cue.modality = Modality::kDenied;
    } else if (m == "alleged") {
      cue.modality = Modality::kAlleged;
    } else if (m == "planned") {
      cue.modality = Modality::kPlanned;
    } else if (m == "blocked") {
      cue.blocks = true;
    } else {
      return Malformed(path, row.line, "modality must be denied, alleged, planned or blocked");
    }
    const std::string& scope = row.fields[1];
    if (scope == "after") {
      cue.scope = CueScope::kAfter;
    } else if (scope == "verb") {
      cue.scope = CueScope::kVerb;
    } else if (scope == "around") {
      cue.scope = CueScope::kAround;
    } else if (scope == "sentence") {
      cue.scope = CueScope::kSentence;
    } else {
      return Malformed(path, row.line, "scope must be after, verb, around or sentence");
    }
    const auto payload = static_cast<uint32_t>(modality_payloads_.size());
    modality_payloads_.push_back(cue);
    for (const std::string& form : SplitList(row.fields[2])) {
      std::vector<std::string> keys = KeyTokens(form);
      if (keys.empty()) return Malformed(path, row.line, "empty form");
      modality_cues_.Add(std::move(keys), payload);
    }
  }
  return Status::OK();
}

Status Rules::LoadKinds(const std::string& path) {
  RASED_ASSIGN_OR_RETURN(auto rows, ReadTsv(path));
  for (const TsvRow& row : rows) {
    if (row.fields.size() < 2) return Malformed(path, row.line, "expected: kind, forms");
    for (const std::string& form : SplitList(row.fields[1])) {
      std::vector<std::string> keys = KeyTokens(form);
      if (keys.size() != 1) return Malformed(path, row.line, "kind forms are single words");
      kinds_[keys[0]] = row.fields[0];
    }
  }
  return Status::OK();
}

}  // namespace rased::relations

#include "ner/ner_tables.h"

#include <sstream>

#include "common/tsv.h"
#include "kb/knowledge_base.h"
#include "text/normalize.h"

namespace rased::ner {

namespace {

constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // "ال"

std::string DropArticle(std::string key) {
  if (std::string_view(key).starts_with(kAl) && key.size() > kAl.size() + 2) {
    key.erase(0, kAl.size());
  }
  return key;
}

// Token keys of a phrase with the article dropped from the first token.
std::vector<std::string> PhraseKeys(std::string_view phrase, bool drop_article) {
  std::vector<std::string> keys = KeyTokens(phrase);
  if (drop_article && !keys.empty()) keys[0] = DropArticle(keys[0]);
  return keys;
}

std::string Where(const std::string& path, const TsvRow& row) {
  return path + ":" + std::to_string(row.line);
}

StatusOr<std::vector<TsvRow>> Read(const std::string& dir, const char* name, std::string* path) {
  *path = dir + "/ner/" + name;
  return ReadTsv(*path);
}

Status LoadSet(const std::string& dir, const char* name, KeySet* out) {
  std::string path;
  RASED_ASSIGN_OR_RETURN(auto rows, Read(dir, name, &path));
  for (const TsvRow& row : rows) {
    std::string key = text::MatchKey(row.fields[0]);
    if (key.empty()) return Status::DataLoss(Where(path, row) + ": empty entry");
    out->insert(std::move(key));
  }
  return Status::OK();
}

}  // namespace

StatusOr<NerTables> NerTables::Load(const std::string& data_dir) {
  NerTables t;
  std::string path;
  {
    RASED_ASSIGN_OR_RETURN(auto rows, Read(data_dir, "titles.tsv", &path));
    for (const TsvRow& row : rows) {
      if (row.fields.size() < 2)
        return Status::DataLoss(Where(path, row) + ": want title<TAB>class");
      const std::string& c = row.fields[1];
      TitleClass cls;
      if (c == "rank") {
        cls = TitleClass::kRank;
      } else if (c == "office") {
        cls = TitleClass::kOffice;
      } else if (c == "profession") {
        cls = TitleClass::kProfession;
      } else if (c == "honorific") {
        cls = TitleClass::kHonorific;
      } else {
        return Status::DataLoss(Where(path, row) + ": unknown title class '" + c + "'");
      }
      auto keys = PhraseKeys(row.fields[0], true);
      if (keys.empty()) return Status::DataLoss(Where(path, row) + ": empty title");
      // The first entry of a phrase wins ("الممثل" is listed as an office first).
      int32_t node = AliasMatcher::kRoot;
      for (const auto& k : keys) node = node < 0 ? -1 : t.titles.Step(node, k);
      if (node >= 0 && !t.titles.Hits(node).empty()) continue;
      t.titles.Add(keys, AliasHit{static_cast<uint32_t>(t.title_class.size()), false, false});
      t.title_class.push_back(cls);
      uint16_t flags = 0;
      for (size_t f = 2; f < row.fields.size(); ++f) {
        if (row.fields[f] == "address") {
          flags |= kTitleAddress;
        } else if (row.fields[f] == "destination") {
          flags |= kTitleDestination;
        } else if (row.fields[f] == "construct") {
          flags |= kTitleConstruct;
        } else if (row.fields[f] == "over") {
          flags |= kTitleOver;
        } else if (row.fields[f] == "several") {
          flags |= kTitleSeveral;
        } else if (row.fields[f] == "bare") {
          flags |= kTitleBare;
        } else if (row.fields[f] == "no-accusative") {
          flags |= kTitleNoAccusative;
        } else if (row.fields[f] == "style") {
          flags |= kTitleStyle;
        } else if (row.fields[f] == "role") {
          flags |= kTitleRole;
        } else if (row.fields[f] == "definite") {
          flags |= kTitleDefinite;
        } else if (!row.fields[f].empty()) {
          return Status::DataLoss(Where(path, row) + ": unknown title flag '" + row.fields[f] +
                                  "'");
        }
      }
      t.title_flags.push_back(flags);
    }
  }
  {
    RASED_ASSIGN_OR_RETURN(auto rows, Read(data_dir, "given_names.tsv", &path));
    for (const TsvRow& row : rows) {
      uint8_t flags = 0;
      if (row.fields.size() > 1) {
        std::istringstream tags(row.fields[1]);
        std::string tag;
        while (tags >> tag) {
          if (tag == "f")
            flags |= kNameFemale;
          else if (tag == "foreign")
            flags |= kNameForeign;
          else if (tag == "common")
            flags |= kNameCommon;
          else if (tag == "noun")
            flags |= kNameNoun;
          else if (tag != "m" && tag != "ar") {
            return Status::DataLoss(Where(path, row) + ": unknown tag '" + tag + "'");
          }
        }
      }
      for (const std::string& key : KeyTokens(row.fields[0])) t.given_names.emplace(key, flags);
    }
  }
  {
    RASED_ASSIGN_OR_RETURN(auto rows, Read(data_dir, "name_particles.tsv", &path));
    for (const TsvRow& row : rows) {
      if (row.fields.size() < 2) return Status::DataLoss(Where(path, row) + ": want word<TAB>role");
      ParticleRole role;
      if (row.fields[1] == "prefix")
        role = ParticleRole::kPrefix;
      else if (row.fields[1] == "theophoric")
        role = ParticleRole::kTheophoric;
      else if (row.fields[1] == "suffix")
        role = ParticleRole::kSuffix;
      else if (row.fields[1] == "foreign")
        role = ParticleRole::kForeign;
      else
        return Status::DataLoss(Where(path, row) + ": unknown role '" + row.fields[1] + "'");
      t.particles.emplace(text::MatchKey(row.fields[0]), role);
    }
  }
  for (const char* file : {"org_heads.tsv", "place_heads.tsv"}) {
    RASED_ASSIGN_OR_RETURN(auto rows, Read(data_dir, file, &path));
    for (const TsvRow& row : rows) {
      if (row.fields.size() < 3) {
        return Status::DataLoss(Where(path, row) + ": want head<TAB>type<TAB>mode");
      }
      Head h;
      auto type = ParseEntityType(row.fields[1]);
      if (!type) return Status::DataLoss(Where(path, row) + ": bad type '" + row.fields[1] + "'");
      h.type = *type;
      if (row.fields[2] == "full")
        h.mode = HeadMode::kFull;
      else if (row.fields[2] == "name")
        h.mode = HeadMode::kName;
      else
        return Status::DataLoss(Where(path, row) + ": bad mode '" + row.fields[2] + "'");
      if (row.fields.size() > 3) {
        std::istringstream flags(row.fields[3]);
        std::string f;
        while (flags >> f) {
          if (f == "weak")
            h.weak = true;
          else if (f == "number")
            h.number = true;
          else if (f == "person")
            h.person = true;
          else if (f == "national")
            h.national = true;
          else if (f == "place")
            h.place = true;
          else if (f == "outlet")
            h.outlet = true;
          else if (f == "list")
            h.list = true;
          else if (f == "distinct")
            h.distinct = true;
          else if (f == "ambiguous")
            h.ambiguous = true;
          else if (f == "landmark")
            h.landmark = true;
          else if (f == "led_by")
            h.led_by = true;
          else if (f == "district")
            h.district = true;
          else if (f == "purpose")
            h.purpose = true;
          else if (f == "front")
            h.front = true;
          else if (f == "settlement")
            h.settlement = true;
          else if (f == "figurative")
            h.figurative = true;
          else if (f == "adjectival")
            h.adjectival = true;
          else if (f == "body")
            h.body = true;
          else if (f == "part")
            h.part = true;
          else if (f == "written")
            h.written = true;
          else if (f == "within")
            h.within = true;
          else if (f == "leader")
            h.leader = true;
          else if (f == "seat")
            h.seat = true;
          else if (f == "trade")
            h.trade = true;
          else if (f == "town")
            h.town = true;
          else if (f == "branch")
            h.branch = true;
          else
            return Status::DataLoss(Where(path, row) + ": bad flag '" + f + "'");
        }
      }
      // Multi-word heads ("حاملة الطائرات") are keyed by their first word.
      auto keys = PhraseKeys(row.fields[0], true);
      {
        const std::string& written = row.fields[0];
        const size_t sp = written.find(' ');
        h.ends_ya = std::string_view(written).substr(0, sp).ends_with("\xD9\x8A");
      }
      if (keys.empty()) return Status::DataLoss(Where(path, row) + ": empty head");
      if (h.outlet && !h.list) t.outlet_heads.push_back(row.fields[0]);
      if (h.type == EntityType::kOrganization && h.mode == HeadMode::kName && !h.outlet &&
          !h.list && row.fields[0].find(' ') == std::string::npos) {
        t.group_heads.push_back({row.fields[0], text::MatchKey(row.fields[0])});
      }
      t.heads.emplace(keys[0], h);
    }
  }
  {
    RASED_ASSIGN_OR_RETURN(auto rows, Read(data_dir, "descriptive_refs.tsv", &path));
    for (const TsvRow& row : rows) {
      if (row.fields.size() < 3) {
        return Status::DataLoss(Where(path, row) + ": want phrase<TAB>type<TAB>rule");
      }
      DescriptiveRef ref;
      auto type = ParseEntityType(row.fields[1]);
      if (!type) return Status::DataLoss(Where(path, row) + ": bad type '" + row.fields[1] + "'");
      ref.type = *type;
      const std::string& rule = row.fields[2];
      if (rule == "title") {
        ref.rule = RefRule::kTitle;
      } else if (rule == "salient") {
        ref.rule = RefRule::kSalient;
      } else if (rule.starts_with("kind:")) {
        ref.rule = RefRule::kKind;
        ref.kind = rule.substr(5);
      } else {
        return Status::DataLoss(Where(path, row) + ": bad rule '" + rule + "'");
      }
      auto keys = PhraseKeys(row.fields[0], true);
      if (keys.empty()) return Status::DataLoss(Where(path, row) + ": empty phrase");
      ref.title = keys[0];
      t.descriptive.Add(keys,
                        AliasHit{static_cast<uint32_t>(t.descriptive_refs.size()), false, false});
      t.descriptive_refs.push_back(std::move(ref));
    }
  }
  {
    RASED_ASSIGN_OR_RETURN(auto rows, Read(data_dir, "idioms.tsv", &path));
    for (const TsvRow& row : rows) {
      auto keys = PhraseKeys(row.fields[0], false);
      if (keys.size() < 2) return Status::DataLoss(Where(path, row) + ": an idiom has 2+ words");
      t.idioms.Add(keys, AliasHit{0, false, false});
    }
  }
  {
    RASED_ASSIGN_OR_RETURN(auto rows, Read(data_dir, "generic_orgs.tsv", &path));
    for (const TsvRow& row : rows) {
      auto keys = PhraseKeys(row.fields[0], true);
      if (keys.empty()) return Status::DataLoss(Where(path, row) + ": empty phrase");
      // AliasHit::entity carries the phrase's flag: 1 = "في" + a place after
      // it belongs to the name; 2 = only a place right after it makes a name.
      uint32_t flag = 0;
      if (row.fields.size() > 1 && !row.fields[1].empty()) {
        if (row.fields[1] == "place") {
          flag = kGenericOrgPlace;
        } else if (row.fields[1] == "seat") {
          flag = kGenericOrgSeat;
        } else {
          return Status::DataLoss(Where(path, row) + ": bad flag '" + row.fields[1] + "'");
        }
      }
      t.generic_orgs.Add(keys, AliasHit{flag, false, false});
    }
  }
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "reporting_verbs.tsv", &t.reporting_verbs));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "meeting_verbs.tsv", &t.meeting_verbs));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "age_verbs.tsv", &t.age_verbs));
  {
    RASED_ASSIGN_OR_RETURN(auto rows, Read(data_dir, "post_verbs.tsv", &path));
    for (const TsvRow& row : rows) {
      const std::string_view cls = row.fields.size() > 1 ? row.fields[1] : "";
      PostWord w;
      if (cls == "appointment") {
        w = PostWord::kAppointment;
      } else if (cls == "copula") {
        w = PostWord::kCopula;
      } else if (cls == "holding") {
        w = PostWord::kHolding;
      } else if (cls == "recently") {
        w = PostWord::kRecently;
      } else if (cls == "then") {
        w = PostWord::kThen;
      } else {
        return Status::DataLoss(Where(path, row) +
                                ": want word<TAB>appointment|copula|holding|recently|then");
      }
      t.post_words.emplace(text::MatchKey(row.fields[0]), w);
    }
  }
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "metonymy_verbs.tsv", &t.metonymy_verbs));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "stop_words.tsv", &t.stop_words));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "modifiers.tsv", &t.modifiers));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "complement_nouns.tsv", &t.complement_nouns));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "directions.tsv", &t.directions));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "eponym_nouns.tsv", &t.eponym_nouns));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "demonstratives.tsv", &t.demonstratives));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "kinship.tsv", &t.kinship));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "place_prepositions.tsv", &t.place_prepositions));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "facility_adjectives.tsv", &t.facility_adjectives));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "country_nouns.tsv", &t.country_nouns));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "complex_nouns.tsv", &t.complex_nouns));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "prepositional_nouns.tsv", &t.prepositional_nouns));
  std::string unpaired;
  t.prepositional_nouns.ForEach([&](const std::string& entry) {
    const size_t space = entry.rfind(' ');
    if (space == std::string::npos) {
      if (unpaired.empty()) unpaired = entry;
    } else {
      t.prepositional_preps.insert(std::string_view(entry).substr(space + 1));
    }
  });
  if (!unpaired.empty()) {
    return Status::DataLoss("prepositional_nouns.tsv: want a noun and its preposition: " +
                            unpaired);
  }
  {
    RASED_ASSIGN_OR_RETURN(auto rows, Read(data_dir, "unnamed_bodies.tsv", &path));
    for (const TsvRow& row : rows) {
      std::string key;
      for (const std::string& w : SplitList(row.fields[0], ' ')) {
        std::string k = text::MatchKey(w);
        if (key.empty() && k.starts_with("\xD8\xA7\xD9\x84") && k.size() > 6) k.erase(0, 4);
        if (!key.empty()) key += ' ';
        key += k;
      }
      if (key.find(' ') == std::string::npos) {
        return Status::DataLoss(Where(path, row) + ": want a head and its noun");
      }
      t.unnamed_bodies.insert(std::move(key));
    }
  }
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "participles.tsv", &t.participles));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "sports_words.tsv", &t.sports_words));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "scope_adjectives.tsv", &t.scope_adjectives));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "title_words.tsv", &t.title_words));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "ordinals.tsv", &t.ordinals));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "person_nouns.tsv", &t.person_nouns));
  RASED_RETURN_IF_ERROR(LoadSet(data_dir, "family_names.tsv", &t.family_names));
  return t;
}

}  // namespace rased::ner

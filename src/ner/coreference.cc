// The entity stage: short forms, title-only and descriptive references attached to entities.
#include <set>

#include "ner/entity_annotator_internal.h"

namespace rased::ner::internal {

namespace {
constexpr std::string_view kNewspaper = "\xD8\xB5\xD8\xAD\xD9\x8A\xD9\x81\xD8\xA9";  // صحيفة
constexpr std::string_view kDaily = "\xD8\xAC\xD8\xB1\xD9\x8A\xD8\xAF\xD8\xA9";      // جريدة
}  // namespace

void EntityAnnotator::Corefer(Ctx& c) const {
  // Adds a mention of entity `entity` (of type `type`) by reference over the
  // tokens [b, e), `stripped` proclitic letters off its surface.
  auto refer = [&c](uint32_t b, uint32_t e, uint8_t stripped, EntityType type, int32_t entity,
                    bool nested = false) {
    Cand cand;
    cand.tb = b;
    cand.te = e;
    cand.stripped = stripped;
    cand.type = type;
    cand.source = MentionSource::kCoref;
    cand.entity = entity;
    cand.nested = nested;
    c.Add(std::move(cand));
  };
  Document& doc = c.doc;
  const auto& tokens = doc.tokens;
  // "الأمير بندر" after "الأمير بندر بن سلطان": a given name alone after a
  // title is the one person of the document whose name opens with it after
  // the same title ("الملك عبدالعزيز" is not "الأمير عبدالعزيز بن فهد").
  {
    std::map<std::pair<std::string_view, std::string_view>, int32_t> first_names;
    for (const Cand& cand : c.cands) {
      if (cand.dead || cand.type != EntityType::kPerson || cand.entity < 0) continue;
      // (A known name may open with its title: "الأمير بندر بن سلطان".)
      uint32_t b = cand.tb;
      while (b + 1 < cand.te && c.info[b].facts.title_node >= 0 && !c.Has(b, kGiven)) ++b;
      if (cand.te - b < 2 || b == 0 || !c.Has(b, kGiven) || c.Has(b, kPrefixParticle) ||
          c.info[b - 1].facts.title_node < 0) {
        continue;
      }
      const auto key = std::make_pair(DropAl(c.info[b - 1].word), c.info[b].word);
      auto [it, inserted] = first_names.emplace(key, cand.entity);
      if (!inserted && it->second != cand.entity) it->second = -1;
    }
    for (Cand& cand : c.cands) {
      if (cand.dead || cand.type != EntityType::kPerson || cand.te != cand.tb + 1 || cand.kb >= 0 ||
          cand.tb == 0 || !c.Has(cand.tb, kGiven) || c.info[cand.tb - 1].facts.title_node < 0) {
        continue;
      }
      auto it =
          first_names.find(std::make_pair(DropAl(c.info[cand.tb - 1].word), c.info[cand.tb].word));
      if (it != first_names.end() && it->second >= 0) cand.entity = it->second;
    }
  }
  // Short forms of persons: the family name, or a first name when only one
  // person in the document has it.
  std::map<std::string, int32_t, std::less<>> short_forms;
  auto add_short = [&](std::string_view key, int32_t entity) {
    if (Letters(key) < 3) return;
    auto [it, inserted] = short_forms.emplace(std::string(key), entity);
    if (!inserted && it->second != entity) it->second = -1;
  };
  // Family names that are words too ("الحبشي", Abyssinian; "الشيخ"; "الجمري"),
  // of names found in this document: they stand for the person only alone,
  // not after a definite noun they would qualify ("الجيش الحبشي") nor before
  // a definite word ("الشيخ محمد" is a title before a name).
  std::map<std::string, int32_t, std::less<>> word_short_forms;
  auto add_word_short = [&](std::string_view word, int32_t entity) {
    if (Letters(word) < 5) return;  // the article and three letters
    auto [it, inserted] = word_short_forms.emplace(std::string(word), entity);
    if (!inserted && it->second != entity) it->second = -1;
  };
  // Family names that are words without the article ("عون", help; "حرب",
  // war): they stand for the person only where no common noun can stand,
  // before a relative pronoun ("عون الذي كان قائدا للجيش": an indefinite
  // noun takes no "الذي") or as a reporting verb's subject ("وقال عون").
  std::map<std::string, int32_t, std::less<>> bare_short_forms;
  for (const Cand& cand : c.cands) {
    if (cand.dead || cand.type != EntityType::kPerson || cand.te - cand.tb < 2 || cand.entity < 0) {
      continue;
    }
    const TokInfo& last = c.info[cand.te - 1];
    if (!(last.flags & (kLexicon | kGivenCommon)) || !lexicon_) {
      add_short(tokens[cand.te - 1].key, cand.entity);
    } else if ((last.flags & kDefinite) && !(last.flags & kGivenCommon) &&
               c.info[cand.te - 1].stripped == 0 && !c.Has(cand.te - 2, kTheophoric)) {
      // (Known people too: "استقبل الربيعة أمس ..." after "عبدالله الربيعة".
      // Not the second half of "عبد العزيز", a given name.)
      add_word_short(last.word, cand.entity);
    } else if (!(last.flags & (kDefinite | kGivenCommon | kStop)) && last.stripped == 0 &&
               c.tok(cand.te - 1).kind == TokenKind::kWord && Letters(last.word) >= 3 &&
               c.tok(cand.te - 1).enclitic_bytes == 0) {
      auto [it, inserted] =
          bare_short_forms.emplace(std::string(c.tok(cand.te - 1).key), cand.entity);
      if (!inserted && it->second != cand.entity) it->second = -1;
    }
    const TokInfo& first = c.info[cand.tb];
    if ((first.flags & kGiven) && !(first.flags & (kGivenCommon | kPrefixParticle))) {
      add_short(first.word, cand.entity);
    }
  }
  // "العميد عبد الله الصبيحي ... وأضاف العميد الصبيحي": a family name alone
  // that the knowledge base also gives a namesake (another minister of that
  // family) is the person this document last named in full with it, when
  // the namesake is never named in full here.
  {
    std::vector<bool> full(doc.entities.size(), false);
    for (const Cand& cand : c.cands) {
      if (!cand.dead && cand.entity >= 0 && cand.te - cand.tb >= 2) full[cand.entity] = true;
    }
    for (Cand& cand : c.cands) {
      if (cand.dead || cand.type != EntityType::kPerson || cand.kb < 0 || cand.entity < 0 ||
          cand.te != cand.tb + 1 || full[cand.entity]) {
        continue;
      }
      int32_t named = -1;
      uint32_t named_at = 0;
      for (const Cand& other : c.cands) {
        if (other.dead || other.type != EntityType::kPerson || other.entity < 0 ||
            other.te - other.tb < 2 || other.te > cand.tb || other.tb < named_at ||
            tokens[other.te - 1].key != tokens[cand.tb].key) {
          continue;
        }
        named = other.entity;
        named_at = other.tb;
      }
      if (named >= 0) cand.entity = named;
    }
  }
  // "وقال رئيس البرلمان الجبوري" (the speaker of parliament, al-Jubouri,
  // said) after "سليم الجبوري": a post without a holder that ends right
  // before a short form, or that took it in as an adjective, is that
  // person's; the family name there is no adjective of the post's last word.
  // (A post of two words or more that ends complete: "مديرة أعمال روكو" is
  // Rocco's manager, the name its genitive; "الإمام الحافظ" an epithet.)
  auto post_at = [this, &c](uint32_t i) -> RoleCand* {
    if (i == 0 || c.Has(i, kGentilic | kModifier)) return nullptr;
    const int32_t before = c.owner[i - 1];
    if (!c.Has(i - 1, kDefinite | kGentilic | kModifier) &&
        !(before >= 0 && c.cands[before].te == i && c.cands[before].type != EntityType::kPerson)) {
      return nullptr;
    }
    for (RoleCand& r : c.roles) {
      if (r.person >= 0 || r.te < r.tb + 2) continue;
      TitleClass cls;
      const uint32_t tl = static_cast<uint32_t>(std::max(TitleAt(c, r.tb, r.te, &cls), 1));
      if (r.te == i || (r.te == i + 1 && r.tb + tl + 1 <= i)) {
        return &r;
      }
    }
    return nullptr;
  };
  auto post_before = [&post_at](uint32_t i) { return post_at(i) != nullptr; };
  auto join_post = [&c, &post_at](uint32_t i) {
    const int32_t o = c.owner[i];
    if (o < 0 || c.cands[o].tb != i) return;
    RoleCand* r = post_at(i);
    if (r == nullptr) return;
    r->te = i;
    r->person = o;
    r->ee = c.cands[o].te;
  };
  std::array<Reading, 6> readings;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    if (!c.Free(i) || c.Has(i, kPunct | kStop | kNumber) || TitleBeforeComplement(c, i)) continue;
    // "مؤسسة الملك عبدالعزيز": a name after an eponym noun names the place.
    if (Eponymous(c, i)) continue;
    bool nested = false;
    for (const Cand& cand : c.cands) {
      if (!cand.dead && cand.nested && cand.tb <= i && i < cand.te) nested = true;
    }
    if (nested) continue;
    if (!bare_short_forms.empty() && c.tok(i).kind == TokenKind::kWord && i > 0 &&
        i + 1 < tokens.size() && c.owner[i + 1] < 0) {
      auto it = bare_short_forms.find(c.tok(i).key);
      const std::string_view next = tokens[i + 1].key;
      const bool relative = next == "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A" ||  // الذي
                            next == "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A";    // التي
      const bool subject = c.Has(i - 1, kReporting) && c.Has(i + 1, kPunct | kStop);
      if (it != bare_short_forms.end() && it->second >= 0 && (relative || subject)) {
        refer(i, i + 1, 0, EntityType::kPerson, it->second);
        continue;
      }
    }
    if (!word_short_forms.empty() && c.tok(i).kind == TokenKind::kWord &&
        (c.info[i].stripped == 0 || tokens[i].key.starts_with("\xD9\x88"))) {
      auto it = word_short_forms.find(c.info[i].word);
      const bool alone = i > 0 && !c.Has(i - 1, kDefinite | kHead | kGentilic) &&
                         !(c.tok(i - 1).kind == TokenKind::kWord && c.info[i - 1].stripped == 0 &&
                           c.info[i - 1].facts.title_node >= 0) &&
                         (i + 1 >= tokens.size() || !c.Has(i + 1, kDefinite | kGentilic)) &&
                         (i + 1 >= tokens.size() || c.owner[i + 1] < 0);
      // And where a person stands: the subject of a verb that opens its
      // clause ("وأضاف الحبشي", "وعاد الجمري", "أبقت الحلو") or of the
      // complement particle ("إن الحلو"), or before one ("الحلو إن"). After
      // a noun or a preposition ("بقيمة القديمة", "على المباراة") it is the
      // word.
      auto slot = [&]() {
        const uint32_t p = i - 1;
        // (A verb of meeting too: "استقبل الربيعة أمس ...".)
        if (c.Has(p, kReporting) || c.tok(p).key == kAn || PerfectFeminine(c.info[p].word) ||
            t_.meeting_verbs.contains(c.info[p].word) || Attribution(c.tok(p).key) ||
            Attribution(c.info[p].word)) {
          return true;
        }
        if (c.tok(p).kind == TokenKind::kWord && c.tok(p).key.starts_with("\xD9\x88") &&
            c.info[p].stripped == 1 && !c.Has(p, kStop | kHead | kDefinite) &&
            !c.info[p].facts.function_word) {
          return true;
        }
        // "الشيخ إنه", "الحلو أن": the particle, maybe with a pronoun.
        const std::string_view next = i + 1 < tokens.size() ? tokens[i + 1].key : "";
        return next == kAn ||
               (next.starts_with(kAn) && Letters(next) <= 4 && c.Has(i + 1, kStop)) ||
               c.Has(i + 1, kReporting);
      };
      const bool titled =
          c.info[i].stripped == 0 && post_before(i) &&
          (i + 1 >= tokens.size() || (!c.Has(i + 1, kDefinite | kGentilic) && c.owner[i + 1] < 0));
      if (it != word_short_forms.end() && it->second >= 0 && ((alone && slot()) || titled)) {
        refer(i, i + 1, c.info[i].stripped, EntityType::kPerson, it->second);
        if (titled) join_post(i);
        continue;
      }
    }
    // "عمر الشاب" (the young man's age) is no "عمر" named before.
    if (GenitiveAfterNounName(c, i)) continue;
    int nr = ReadingsOf(tokens[i], &c.buf, &readings);
    for (int r = 0; r < nr; ++r) {
      auto it = short_forms.find(readings[r].key);
      if (it == short_forms.end() || it->second < 0) continue;
      // Not the first word of another name: "صدام" in "صدام حسين".
      if (i + 1 < tokens.size() && c.owner[i + 1] >= 0 &&
          c.cands[c.owner[i + 1]].type == EntityType::kPerson &&
          c.cands[c.owner[i + 1]].tb == i + 1) {
        break;
      }
      refer(i, i + 1, readings[r].stripped, EntityType::kPerson, it->second);
      if (readings[r].stripped == 0 && post_before(i)) join_post(i);
      break;
    }
  }
  // A one-word organisation or facility name again, with or without the
  // article: "سفينة الشحن "أورال"" ... "باخرة الأورال".
  std::map<std::string, int32_t, std::less<>> one_word;
  for (const Cand& cand : c.cands) {
    // Outlets named by a common word are named again only where marked so
    // (FindOutletRepeats): "التعاون" is mostly cooperation.
    if (cand.dead || cand.entity < 0 || cand.te != cand.tb + 1 || cand.kb >= 0 || cand.outlet ||
        cand.type == EntityType::kPerson || Letters(c.info[cand.tb].word) < 4) {
      continue;
    }
    // A place named by its head and a word of the language ("منطقة اليورو",
    // the euro area; "قرية الطفل", the children's village) is that word
    // again without the head: "تراجع اليورو" is the currency.
    if (cand.type == EntityType::kLocation && c.Has(cand.tb, kLexicon)) continue;
    one_word.emplace(std::string(DropAl(c.info[cand.tb].word)), cand.entity);
  }
  for (uint32_t i = 0; i < tokens.size() && !one_word.empty(); ++i) {
    if (!c.Free(i) || c.tok(i).kind != TokenKind::kWord || c.Has(i, kStop)) continue;
    auto it = one_word.find(DropAl(c.info[i].word));
    if (it == one_word.end()) continue;
    refer(i, i + 1, c.info[i].stripped, doc.entities[it->second].type, it->second);
  }
  // A bare generic head ("المقاومة", "القوات", "الحكومة") after a named
  // organisation with that head ("المقاومة الشعبية", "قوات الدعم السريع")
  // is that organisation, when the document named only one so far.
  {
    std::map<std::string, int32_t, std::less<>> by_head;  // head -> entity, -1 if several
    std::vector<std::pair<uint32_t, int32_t>> named;      // first token, entity
    for (const Cand& cand : c.cands) {
      if (cand.dead || cand.entity < 0 || cand.type != EntityType::kOrganization ||
          cand.te - cand.tb < 2 || cand.source == MentionSource::kCoref) {
        continue;
      }
      const TokInfo& first = c.info[cand.tb];
      if (!first.head && first.facts.generic_org_node < 0) continue;
      // "تعليم الرياض" (Riyadh's education directorate): its field's word
      // alone ("التعليم", education; "وزير التعليم") is the field.
      if (!first.head) {
        const auto hits = t_.generic_orgs.Hits(first.facts.generic_org_node);
        if (!hits.empty() && hits[0].entity == kGenericOrgSeat) continue;
      }
      named.emplace_back(cand.tb, cand.entity);
    }
    std::sort(named.begin(), named.end());
    size_t ni = 0;
    for (uint32_t i = 0; i < tokens.size() && !named.empty(); ++i) {
      for (; ni < named.size() && named[ni].first < i; ++ni) {
        const auto [tb, entity] = named[ni];
        auto [it, inserted] = by_head.emplace(std::string(DropAl(c.info[tb].word)), entity);
        if (!inserted && it->second != entity) it->second = -1;
      }
      if (by_head.empty() || !c.Free(i) || !c.Has(i, kDefinite) || c.info[i].stripped > 1 ||
          c.tok(i).kind != TokenKind::kWord) {
        continue;
      }
      // Bare: no adjective or genitive after it that would name another body.
      const uint32_t nx = i + 1;
      if (nx < tokens.size() && c.tok(nx).kind == TokenKind::kWord &&
          (c.Has(nx, kGentilic) || (c.Has(nx, kDefinite) && c.info[nx].stripped == 0) ||
           !c.Free(nx))) {
        continue;
      }
      auto it = by_head.find(DropAl(c.info[i].word));
      if (it == by_head.end() || it->second < 0) continue;
      refer(i, i + 1, c.info[i].stripped, EntityType::kOrganization, it->second);
    }
  }
  // "المملكة" (the Kingdom): the kingdom the document means, a country the
  // knowledge base also calls "المملكة ..." or "مملكة ...".
  bool says_kingdom = false;
  for (uint32_t i = 0; i < tokens.size() && !says_kingdom; ++i) {
    says_kingdom = c.Free(i) && c.Has(i, kDefinite) && DropAl(c.info[i].word) == kKingdomKey;
  }
  if (says_kingdom) {
    auto is_kingdom = [](const KbEntity* k) {
      if (!k || k->kind != "country") return false;
      for (const std::string& alias : k->aliases_ar) {
        if (std::string_view(alias).starts_with(kKingdom) ||
            std::string_view(alias).starts_with(kKingdom.substr(kAl.size()))) {
          return true;
        }
      }
      return false;
    };
    // The kingdoms the document names as countries; failing those, the
    // kingdoms its known bodies belong to ("الهيئة السعودية للمواصفات ...
    // وقالت إن المملكة").
    std::set<int32_t> named;  // KB indices
    for (const bool bodies : {false, true}) {
      for (const Entity& e : doc.entities) {
        const KbEntity* k = e.kb_id.empty() ? nullptr : kb_.FindById(e.kb_id);
        if (!k) continue;
        const std::string& country = bodies ? k->country : k->id;
        if (!country.empty() && is_kingdom(kb_.FindById(country))) {
          named.insert(kb_.IndexOf(country));
        }
      }
      if (!named.empty()) break;
    }
    // The publisher's kingdom: a Saudi paper's "المملكة" is its own, when no
    // other is named or when its own is among those named. A paper's name is
    // often a city's too ("الرياض"): its outlet record is named with the head.
    int32_t home = -1;
    for (const std::string_view head : {std::string_view(), kNewspaper, kDaily}) {
      if (home >= 0 || doc.publisher.empty()) break;
      const std::string name =
          head.empty() ? doc.publisher : std::string(head) + " " + doc.publisher;
      for (const KbEntity* k : kb_.FindByName(name)) {
        if (k->kind != "media" && k->kind != "news-agency") continue;
        if (is_kingdom(kb_.FindById(k->country))) home = kb_.IndexOf(k->country);
        break;
      }
    }
    int32_t chosen = named.size() == 1 ? *named.begin() : -1;
    if (home >= 0 && (named.empty() || named.contains(home))) chosen = home;
    int32_t kingdom = -1;
    if (chosen >= 0) {
      auto [it, inserted] =
          c.kb_to_entity.emplace(chosen, static_cast<int32_t>(doc.entities.size()));
      if (inserted) {
        const KbEntity& k = kb_.entities()[chosen];
        Entity e;
        e.type = k.type;
        e.kb_id = k.id;
        e.name = k.name_ar;
        e.name_latin = k.name_en;
        doc.entities.push_back(std::move(e));
      }
      kingdom = it->second;
    }
    for (uint32_t i = 0; i < tokens.size() && kingdom >= 0; ++i) {
      if (!c.Free(i) || !c.Has(i, kDefinite) || DropAl(c.info[i].word) != kKingdomKey) continue;
      // "المملكة المتحدة", "المملكة الأردنية": a name of its own follows.
      const uint32_t nx = i + 1;
      if (nx < tokens.size() && c.tok(nx).kind == TokenKind::kWord && c.info[nx].stripped == 0 &&
          (c.Has(nx, kDefinite | kGentilic) || !c.Free(nx))) {
        continue;
      }
      refer(i, i + 1, c.info[i].stripped, doc.entities[kingdom].type, kingdom);
    }
  }
  // The short forms just added take the posts in apposition after them as
  // full names do: "عون الذي كان قائدا للجيش" (Aoun, who was army commander).
  AppositionRoles(c);
  // Title-only references equal to the title of a named person's role.
  std::map<std::string, int32_t> titled;  // title key -> person entity
  auto title_key = [&](const RoleCand& r) {
    std::string key;
    for (uint32_t k = r.tb; k < r.te; ++k) {
      key += k == r.tb ? std::string(DropAl(c.info[k].word)) : std::string(tokens[k].key);
      key += ' ';
    }
    return key;
  };
  for (const RoleCand& r : c.roles) {
    if (r.person >= 0 && !c.cands[r.person].dead && c.cands[r.person].entity >= 0) {
      auto [it, inserted] = titled.emplace(title_key(r), c.cands[r.person].entity);
      if (!inserted && it->second != c.cands[r.person].entity) it->second = -1;
    }
  }
  for (const RoleCand& r : c.roles) {
    if (r.person >= 0 || r.te - r.tb < 2 || !c.FreeRange(r.tb, r.tb + 1)) continue;
    // "أحد قادة الحركة" (one of the movement's leaders) names no one post.
    if (c.info[r.tb].word == kAhad) continue;
    auto it = titled.find(title_key(r));
    if (it == titled.end() || it->second < 0) continue;
    refer(r.tb, r.te, r.stripped, EntityType::kPerson, it->second, true);
  }
  for (const RoleCand& r : c.roles) {
    if (r.person < 0) continue;
    for (uint32_t k = r.tb; k < r.te; ++k) c.info[k].flags |= kInTitle;
  }
  // Descriptive references: "المشير", "الجنرال الليبي", "الصحيفة".
  std::vector<uint32_t> person_count(doc.entities.size(), 0);
  std::vector<int32_t> last_seen(doc.entities.size(), -1);
  std::vector<std::pair<uint32_t, int32_t>> seen;  // token, entity
  for (const Cand& cand : c.cands) {
    if (!cand.dead && cand.entity >= 0) seen.emplace_back(cand.tb, cand.entity);
  }
  std::sort(seen.begin(), seen.end());
  size_t si = 0;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    while (si < seen.size() && seen[si].first < i) {
      ++person_count[seen[si].second];
      last_seen[seen[si].second] = static_cast<int32_t>(seen[si].first);
      ++si;
    }
    if (!c.Free(i) || !c.Has(i, kDefinite) || c.Has(i, kInTitle)) continue;
    int32_t node = c.info[i].facts.descriptive_node;
    uint32_t j = i + 1, best = 0;
    int32_t ref = -1;
    while (node >= 0) {
      auto hits = t_.descriptive.Hits(node);
      if (!hits.empty()) {
        best = j;
        ref = static_cast<int32_t>(hits[0].entity);
      }
      if (j >= tokens.size()) break;
      node = t_.descriptive.Step(node, tokens[j].key);
      ++j;
    }
    if (ref < 0) continue;
    // Followed by a name, it is a title, handled above.
    if (best < tokens.size() && (c.owner[best] >= 0 || NameStart(c, best, false))) continue;
    const DescriptiveRef& d = t_.descriptive_refs[ref];
    int32_t country = -1;
    uint32_t e = best;
    if (e < tokens.size() && c.Has(e, kGentilic) && c.Free(e)) {
      country = c.info[e].gentilic;
      ++e;
    }
    int32_t target = -1;
    for (size_t k = 0; k < doc.entities.size(); ++k) {
      const Entity& ent = doc.entities[k];
      if (ent.type != d.type || last_seen[k] < 0) continue;
      const KbEntity* kbe = ent.kb_id.empty() ? nullptr : kb_.FindById(ent.kb_id);
      if (country >= 0 && kbe && kbe->country != kb_.entities()[country].id) continue;
      if (d.rule == RefRule::kKind && (!kbe || kbe->kind != d.kind)) continue;
      if (d.rule == RefRule::kTitle) {
        bool had = false;
        for (const RoleCand& r : c.roles) {
          if (r.person >= 0 && c.cands[r.person].entity == static_cast<int32_t>(k) &&
              DropAl(c.info[r.tb].word) == d.title) {
            had = true;
          }
        }
        if (!had) continue;
      }
      auto better = [&](int32_t a, int32_t b) {
        if (d.rule == RefRule::kSalient) return person_count[a] > person_count[b];
        return last_seen[a] > last_seen[b];
      };
      if (target < 0 || better(static_cast<int32_t>(k), target)) target = static_cast<int32_t>(k);
    }
    if (target < 0) continue;
    refer(i, e, c.info[i].stripped, d.type, target);
    i = e - 1;
  }
}

}  // namespace rased::ner::internal

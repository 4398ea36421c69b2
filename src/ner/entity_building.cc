// The entity stage: mentions grouped into entities, knowledge-base links, metonymy, output.
#include "ner/entity_annotator_internal.h"

namespace rased::ner::internal {

std::string MentionText(const Document& doc, Span s) { return std::string(doc.Slice(s)); }

Span SpanOf(const Document& doc, uint32_t tb, uint32_t te, uint8_t stripped) {
  Span s{doc.tokens[tb].span.begin, doc.tokens[te - 1].span.end};
  // Skip `stripped` letters (and their harakat) of the first token.
  std::string_view text = doc.text;
  size_t p = s.begin;
  uint8_t skipped = 0;
  while (skipped < stripped && p < doc.tokens[tb].span.end) {
    utf8::Next(text, p);
    ++skipped;
    while (p < doc.tokens[tb].span.end) {
      size_t q = p;
      char32_t cp = utf8::Next(text, q);
      if (!(text::IsHaraka(cp) || cp == 0x0640)) break;
      p = q;
    }
  }
  if (p < doc.tokens[tb].span.end) s.begin = static_cast<uint32_t>(p);
  return s;
}

void EntityAnnotator::BuildEntities(Ctx& c) const {
  Document& doc = c.doc;
  // "من أصدقائي" (from my friends), "إلى حبيبتي" (to my beloved): a word
  // the lexicon knows with the pronoun ي ("my") after it is no place,
  // whatever its shape; columns and letters use it often.
  if (lexicon_) {
    for (Cand& cand : c.cands) {
      if (cand.dead || cand.kb >= 0 || cand.te != cand.tb + 1 ||
          cand.type != EntityType::kLocation) {
        continue;
      }
      const std::string_view key = c.tok(cand.tb).key;
      constexpr std::string_view kYa = "\xD9\x8A";  // ي
      if (!key.ends_with(kYa) || Letters(key) < 4) continue;
      std::string stem(key.substr(0, key.size() - kYa.size()));
      bool word = lexicon_->Contains(stem);
      // "أصدقائي": the hamza of "أصدقاء" sits on ي before the pronoun.
      if (!word && stem.ends_with(kYa)) {
        word = lexicon_->Contains(stem.substr(0, stem.size() - kYa.size()) + "\xD8\xA1");
      }
      // "حبيبتي": the ة of "حبيبة" is a ت before the pronoun.
      if (!word && stem.ends_with("\xD8\xAA")) {
        word = lexicon_->Contains(stem.substr(0, stem.size() - 2) + "\xD9\x87");
      }
      if (word) cand.dead = true;
    }
  }
  // "الطائرة السعودية" (the Saudi plane), "الجمعية السعودية لمكافحة العدوى":
  // a country whose name is also its feminine gentilic, right after a definite
  // word of its sentence, is that word's adjective: a definite noun takes no
  // genitive, so the name cannot be its complement. A gentilic is no mention
  // of its country (the body it qualifies is found as it was). A noun that
  // takes a country's name keeps it ("المملكة السعودية").
  for (Cand& cand : c.cands) {
    if (cand.dead || cand.kb < 0 || cand.te != cand.tb + 1 || cand.stripped > 0 ||
        cand.type != EntityType::kLocation || kb_.entities()[cand.kb].kind != "country") {
      continue;
    }
    const uint32_t i = cand.tb;
    // "للسعودية" (to Saudi Arabia) and "والسعودية" are read with the article
    // in their key; the surface tells the proclitic.
    if (i == 0 || !c.doc.Slice(c.tok(i).span).starts_with(kAl) || !c.Has(i, kDefinite) ||
        !c.Has(i, kNisba) || c.sent_end[i - 1] != c.sent_end[i] ||
        c.tok(i - 1).kind != TokenKind::kWord || !c.Has(i - 1, kDefinite) ||
        // "معرض ألوان السعودية" (the Colours of Saudi Arabia show): أل of
        // the word itself folds to the article in the key.
        c.doc.Slice(c.tok(i - 1).span).starts_with("\xD8\xA3\xD9\x84") ||
        c.Has(i - 1, kPunct | kStop | kNumber | kQuote) || c.info[i - 1].facts.function_word ||
        t_.country_nouns.contains(DropAl(c.info[i - 1].word)) ||
        // "وزار الوزير السعودية" (the minister visited Saudi Arabia), "تستهدف
        // بالدرجة الأولى السعودية": a person's title or an ordinal closes
        // the phrase before the verb's object.
        c.info[i - 1].facts.title_node >= 0 || t_.ordinals.contains(c.tok(i - 1).key)) {
      continue;
    }
    // "علي الزهراني السعودية" (a list of names): a person's name ends its own
    // phrase. "زار الوفد السعودية والأردن" (the delegation visited Saudi
    // Arabia and Jordan): a place joined to it by و makes it one of a list of
    // places, a noun.
    auto place_or_person = [&c](uint32_t k, EntityType type) {
      const int32_t o = c.owner[k];
      return o >= 0 && !c.cands[o].dead && c.cands[o].type == type;
    };
    if (place_or_person(i - 1, EntityType::kPerson) ||
        (i + 1 < c.sent_end[i] && c.info[i + 1].stripped > 0 &&
         c.doc.Slice(c.tok(i + 1).span).starts_with("\xD9\x88") &&
         place_or_person(i + 1, EntityType::kLocation))) {
      continue;
    }
    cand.dead = true;
    if (c.owner[i] >= 0 && &c.cands[c.owner[i]] == &cand) c.owner[i] = -1;
  }
  // "مجلس إدارة نادي الوحدة" (the board of al-Wahda club): a body every
  // company or club has, in the construct state before a body's name, is
  // that body's organ, and the body is the entity. A name found inside the
  // phrase stands alone; else the phrase starts at the body's head.
  if (!t_.unnamed_bodies.empty()) {
    std::string key;
    for (Cand& cand : c.cands) {
      if (cand.dead || cand.kb >= 0 || cand.type != EntityType::kOrganization ||
          cand.te < cand.tb + 3) {
        continue;
      }
      const uint32_t n = cand.tb + 1;
      if (c.info[n].stripped > 0 || c.Has(n, kDefinite)) continue;
      key.assign(DropAl(c.info[cand.tb].word));
      key += " \xD8\xA7\xD9\x84";  // the table spells the noun with its article
      key += c.tok(n).key;
      if (!t_.unnamed_bodies.contains(key)) continue;
      const uint32_t b = n + 1;
      const bool inner = std::any_of(c.cands.begin(), c.cands.end(), [&](const Cand& o) {
        return &o != &cand && !o.dead && o.tb == b && o.type == EntityType::kOrganization;
      });
      if (inner) {
        cand.dead = true;
        continue;
      }
      if (!c.info[b].head || c.info[b].head->type != EntityType::kOrganization) continue;
      for (uint32_t k = cand.tb; k < b; ++k) {
        if (c.owner[k] >= 0 && &c.cands[c.owner[k]] == &cand) c.owner[k] = -1;
      }
      cand.tb = b;
      cand.stripped = c.info[b].stripped;
      // "مجلس إدارة النادي": the club the story is about, not a name.
      if (cand.te == b + 1) cand.dead = true;
    }
  }
  // "أقر مجلس الوزراء" (the cabinet approved): a body every state has, named
  // by its head and a common noun alone, is no entity of its own.
  if (!t_.unnamed_bodies.empty()) {
    std::string key;
    for (Cand& cand : c.cands) {
      if (cand.dead || cand.kb >= 0 || cand.type != EntityType::kOrganization ||
          cand.te - cand.tb < 2 || cand.te - cand.tb > 3) {
        continue;
      }
      key.assign(DropAl(c.info[cand.tb].word));
      for (uint32_t k = cand.tb + 1; k < cand.te; ++k) {
        key += ' ';
        key += c.tok(k).key;
      }
      if (!t_.unnamed_bodies.contains(key)) continue;
      // "محكمة الاستئناف بالرياض"، "المجلس البلدي في جدة": a place right
      // after the phrase says which one.
      const uint32_t t = cand.te;
      auto place_at = [&](uint32_t k) {
        const int32_t o = k < c.owner.size() ? c.owner[k] : -1;
        return o >= 0 && c.cands[o].tb == k && c.cands[o].type == EntityType::kLocation;
      };
      const bool placed =
          t < doc.tokens.size() &&
          ((c.info[t].word == kFi && c.info[t].stripped == 0 && place_at(t + 1)) ||
           (c.info[t].stripped > 0 && doc.tokens[t].key.starts_with("\xD8\xA8") && place_at(t)));
      if (!placed) cand.dead = true;
    }
  }
  // "مديرية الملاح في لحج" (the district of al-Milah in Lahij): a district
  // head before a place's name names that place, which ends with the name;
  // where it lies is said after it.
  for (Cand& cand : c.cands) {
    if (cand.dead || cand.kb >= 0 || cand.type != EntityType::kOrganization ||
        cand.te < cand.tb + 2 || !c.info[cand.tb].head || !c.info[cand.tb].head->district) {
      continue;
    }
    const uint32_t n = cand.tb + 1;
    // The place inside is the same place: "مديرية السخنة" and "السخنة" are
    // one entity.
    int32_t inner = -1;
    for (const Cand& o : c.cands) {
      if (!o.dead && o.kb >= 0 && o.tb == n && o.te == n + 1 && o.type == EntityType::kLocation) {
        inner = o.kb;
      }
    }
    bool place = inner >= 0;
    place = place || (lexicon_ && c.tok(n).kind == TokenKind::kWord && c.info[n].stripped == 0 &&
                      !c.Has(n, kLexicon | kStop | kGiven | kHead | kGentilic | kNisba) &&
                      !KnownArabic(DropAl(c.info[n].word)));
    if (!place) continue;
    cand.type = EntityType::kLocation;
    cand.kb = inner;
    if (cand.te > n + 1 && (c.info[n + 1].word == kFi || c.Has(n + 1, kDirection))) {
      for (uint32_t k = n + 1; k < cand.te; ++k) {
        if (c.owner[k] >= 0 && &c.cands[c.owner[k]] == &cand) c.owner[k] = -1;
      }
      cand.te = n + 1;
    }
  }
  // Metonymy: a capital that acts stands for its state ("أرسلت أنقرة").
  for (Cand& cand : c.cands) {
    if (cand.dead || cand.kb < 0) continue;
    const KbEntity& e = kb_.entities()[cand.kb];
    if (e.kind != "capital" || e.country.empty()) continue;
    bool acts = (cand.tb > 0 && c.Has(cand.tb - 1, kMetonymyVerb)) ||
                (cand.te < c.info.size() && c.Has(cand.te, kMetonymyVerb));
    int32_t country = kb_.IndexOf(e.country);
    if (acts && country >= 0) {
      cand.kb = country;
      cand.type = kb_.entities()[country].type;
    }
  }
  // The matcher's node of the alias a KB candidate was found by, or -1.
  auto alias_node = [&](const Cand& cand) {
    std::array<Reading, 6> readings;
    int nr = ReadingsOf(doc.tokens[cand.tb], &c.buf, &readings);
    for (int r = 0; r < nr; ++r) {
      int32_t node = kb_.matcher().Step(AliasMatcher::kRoot, readings[r].key);
      for (uint32_t k = cand.tb + 1; node >= 0 && k < cand.te; ++k)
        node = kb_.matcher().Step(node, doc.tokens[k].key);
      if (node >= 0) return node;
    }
    return int32_t{-1};
  };
  // Names that are also words ("القصير", the short; "صور", pictures) name a
  // place only where the document names its country, by name, by a gentilic
  // or through another known name of it; else they are the words.
  std::vector<std::string_view> countries_named;
  std::vector<int32_t> records_named;  // KB indices named by a plain alias
  const bool contextual = std::any_of(c.cands.begin(), c.cands.end(), [](const Cand& cand) {
    return !cand.dead &&
           (cand.key == "context" || cand.key == "country" || cand.key == "country-weak" ||
            cand.key == "echo" || cand.key == "person-word" || cand.key == "person-word-weak");
  });
  for (const Cand& cand : c.cands) {
    if (!contextual || cand.dead || cand.kb < 0 || !cand.key.empty()) continue;
    const KbEntity& e = kb_.entities()[cand.kb];
    countries_named.push_back(e.kind == "country" ? std::string_view(e.id) : e.country);
    records_named.push_back(cand.kb);
  }
  for (const TokInfo& info : c.info) {
    if (contextual && info.gentilic >= 0) {
      countries_named.push_back(kb_.entities()[info.gentilic].id);
    }
  }
  // A local paper's news is set in its country unless it says otherwise:
  // "جدة" in a Saudi paper is the city though no line names the kingdom.
  const std::string_view home = PublisherCountry(doc);
  if (contextual && !home.empty()) countries_named.push_back(home);
  // "المملكة" (the Kingdom) names a kingdom before coreference says which:
  // enough for a dictionary noun's place in a country the knowledge base
  // calls so (not to choose between the kingdoms of a "?" alias).
  bool says_kingdom = false;
  for (uint32_t i = 0; contextual && i < c.info.size() && !says_kingdom; ++i) {
    says_kingdom = c.Free(i) && c.Has(i, kDefinite) && DropAl(c.info[i].word) == kKingdomKey;
  }
  auto kingdom = [&](const std::string& country) {
    const KbEntity* k = kb_.FindById(country);
    if (!k || k->kind != "country") return false;
    for (const std::string& alias : k->aliases_ar) {
      if (std::string_view(alias).starts_with(kKingdom)) return true;
    }
    return false;
  };
  auto country_named = [&](const std::string& country) {
    return !country.empty() && std::find(countries_named.begin(), countries_named.end(), country) !=
                                   countries_named.end();
  };
  // A story about sport (three words of the game or more, data/ner/
  // sports_words.tsv): a club's bare name that is also a word ("^الهلال")
  // names the club there.
  int sports_words = 0;
  for (uint32_t i = 0; contextual && i < c.info.size() && sports_words < 3; ++i) {
    if (t_.sports_words.contains(c.info[i].word)) ++sports_words;
  }
  const bool sports_story = sports_words >= 3;
  std::vector<size_t> by_context;  // the contextual KB candidates, left unowned by MatchKb
  for (size_t k = 0; k < c.cands.size(); ++k) {
    if (!c.cands[k].dead && (c.cands[k].key == "context" || c.cands[k].key == "echo") &&
        c.cands[k].nested)
      by_context.push_back(k);
  }
  for (Cand& cand : c.cands) {
    if (cand.dead ||
        (cand.key != "context" && cand.key != "country" && cand.key != "country-weak" &&
         cand.key != "echo" && cand.key != "person-word" && cand.key != "person-word-weak")) {
      continue;
    }
    const bool echo = cand.key == "echo";
    if (cand.key == "person-word" || cand.key == "person-word-weak") {
      // A person's name that is also a word: the person where the story
      // names the person (any claimant of a shared name) otherwise, or the
      // person's country. Else a word, or after a given name ("هشام مرسي")
      // or shaped like a family name ("المالكي") someone else's name, left
      // unlinked.
      const bool shared = cand.key == "person-word-weak";
      cand.key = shared ? "weak" : "";
      bool named = false;
      const int32_t node = shared ? alias_node(cand) : -1;
      if (node >= 0) {
        for (const AliasHit& h : kb_.matcher().Hits(node)) {
          const KbEntity& e = kb_.entities()[h.entity];
          named = named || country_named(e.country) ||
                  std::find(records_named.begin(), records_named.end(),
                            static_cast<int32_t>(h.entity)) != records_named.end();
        }
      } else {
        named =
            country_named(kb_.entities()[cand.kb].country) ||
            std::find(records_named.begin(), records_named.end(), cand.kb) != records_named.end();
      }
      // "حفتر والأسد": listed with a known person, a person too.
      named = named || std::any_of(c.cands.begin(), c.cands.end(), [&](const Cand& o) {
                return &o != &cand && !o.dead && o.kb >= 0 && o.type == EntityType::kPerson &&
                       (o.te == cand.tb || o.tb == cand.te);
              });
      if (!named) {
        cand.key.clear();
        if ((cand.tb > 0 && c.Has(cand.tb - 1, kGiven)) || c.Has(cand.tb, kNisba)) {
          cand.kb = -1;
        } else {
          cand.dead = true;
          for (uint32_t t = cand.tb; t < cand.te; ++t) {
            if (c.owner[t] >= 0 && &c.cands[c.owner[t]] == &cand) c.owner[t] = -1;
          }
        }
      }
      continue;
    }
    const bool own_country = cand.key != "context" && !echo;
    const bool weak = cand.key == "country-weak";
    cand.key.clear();
    if (cand.kb < 0) continue;  // retyped by a head: no KB link left
    // "التمرد القصير" (the short mutiny): after a definite word it agrees
    // with, the word is an adjective; after a given name ("محمد القصير"), a
    // family name.
    if (cand.tb > 0 && c.info[cand.tb].stripped == 0 &&
        ((c.Has(cand.tb, kDefinite) && c.Has(cand.tb - 1, kDefinite) && c.owner[cand.tb - 1] < 0) ||
         c.Has(cand.tb - 1, kGiven))) {
      cand.dead = true;
      continue;
    }
    // A place's name that is also a word, with no place context where it
    // stands: the place where the document names it unambiguously too.
    if (echo) {
      if (std::find(records_named.begin(), records_named.end(), cand.kb) == records_named.end()) {
        cand.dead = true;
      }
      continue;
    }
    // A name the dictionary knows only as a noun ("جدة"): the place the
    // knowledge base found, where its country is named.
    if (own_country) {
      if (weak) cand.key = "weak";
      const std::string& country = kb_.entities()[cand.kb].country;
      if (!country_named(country) && !(says_kingdom && kingdom(country))) {
        cand.dead = true;
      }
      continue;
    }
    const int32_t node = alias_node(cand);
    int32_t place = -1;
    // Of two claimants whose countries the document names ("?حزب البعث" of
    // Syria and of Iraq), the country it names most: an Iraqi story that
    // mentions Syria once speaks of the Iraqi party.
    ptrdiff_t place_count = 0;
    int32_t club = -1;
    ptrdiff_t club_count = -1;
    for (const AliasHit& h : node < 0 ? std::span<const AliasHit>() : kb_.matcher().Hits(node)) {
      // A body of no one country ("?القاعدة" of al-Qaeda, also "the base")
      // is named so where the document names it by another of its names
      // ("تنظيم القاعدة").
      const std::string& country = kb_.entities()[h.entity].country;
      if (!h.contextual) continue;
      // A club's bare name in a story about sport, unless an adjective of
      // nation or kind follows it ("الاتحاد الآسيوي", the Asian federation).
      // Of two clubs of that name ("^الأهلي" of Jeddah and of Cairo), the
      // one whose country the story names most.
      if (h.sports) {
        const bool qualified = cand.te < c.info.size() && c.info[cand.te].stripped == 0 &&
                               (c.info[cand.te].flags & kDefinite) &&
                               (c.info[cand.te].flags & (kNisba | kGentilic));
        // (A local paper's own clubs first: its country counts thrice, so a
        // Saudi paper's story about al-Ahli that names one Egyptian player
        // keeps the Jeddah club.)
        const ptrdiff_t count =
            std::count(countries_named.begin(), countries_named.end(), country) +
            (!country.empty() && country == home ? 2 : 0);
        // "وذكر الاتحاد في بيان" after "الاتحاد السعودي لكرة القدم" or "اتحاد
        // الكرة": where the story names a body by the same head word and
        // the club by none of its longer names ("نادي الاتحاد"), the bare word is that body's
        // short form (coreference may then join it to the body).
        auto named_by_two_words = [&](auto&& pred) {
          return std::any_of(c.cands.begin(), c.cands.end(), [&](const Cand& o) {
            return !o.dead && &o != &cand && o.type == EntityType::kOrganization &&
                   o.te >= o.tb + 2 && pred(o);
          });
        };
        const int32_t club_id = static_cast<int32_t>(h.entity);
        const bool body_of_head =
            c.info[cand.tb].head != nullptr &&
            !named_by_two_words([&](const Cand& o) { return o.kb == club_id; }) &&
            named_by_two_words([&](const Cand& o) {
              // Not "الاتحاد الغاني" alone, which may be the club's Ghanaian.
              return o.kb != club_id && (o.te >= o.tb + 3 || !c.Has(o.tb, kDefinite)) &&
                     DropAl(c.info[o.tb].word) == DropAl(c.info[cand.tb].word);
            });
        if (sports_story && !qualified && !body_of_head && (club < 0 || count > club_count)) {
          club = static_cast<int32_t>(h.entity);
          club_count = count;
        }
        continue;
      }
      if (country.empty() && std::find(records_named.begin(), records_named.end(),
                                       static_cast<int32_t>(h.entity)) != records_named.end()) {
        place = static_cast<int32_t>(h.entity);
        break;
      }
      const ptrdiff_t count =
          country.empty() ? 0 : std::count(countries_named.begin(), countries_named.end(), country);
      if (count > place_count) {
        place = static_cast<int32_t>(h.entity);
        place_count = count;
      }
    }
    if (place < 0) place = club;
    if (place < 0) {
      cand.dead = true;
      continue;
    }
    cand.kb = place;
    cand.type = kb_.entities()[place].type;
  }
  // A contextual name that stands takes its words back from what the other
  // passes found on them: it is the mention there, as if it had owned them
  // from the start. One that died leaves them what they found, unlinked.
  for (const size_t k : by_context) {
    Cand& kbc = c.cands[k];
    if (kbc.dead) continue;
    auto holds = [&](const Cand& o) {
      return o.tb <= kbc.tb && o.te >= kbc.te && o.te - o.tb > kbc.te - kbc.tb &&
             o.type != kbc.type;
    };
    // "جيش الشام" (the Army of the Levant), "حمود نعمان البرح": inside a
    // longer name of another type the word is that name's, not the place
    // the document may also name.
    for (const Cand& o : c.cands) {
      if (!o.dead && !o.nested && holds(o)) kbc.dead = true;
    }
    if (kbc.dead) continue;
    // "جيش الشام", "جامعة مشهد", "مسجد مشهد": right after a body's or a
    // building's head in the construct state, the word ends that name,
    // which no pass found (the heads leave a known name's words to the
    // knowledge base).
    const uint32_t h = kbc.tb - 1;
    if (kbc.type == EntityType::kLocation && kbc.tb > 0 && kbc.stripped == 0 && c.Free(h) &&
        c.info[h].head &&
        (c.info[h].head->type == EntityType::kOrganization ||
         c.info[h].head->type == EntityType::kFacility) &&
        !c.Has(h, kDefinite) && std::none_of(c.cands.begin(), c.cands.end(), [&](const Cand& o) {
          return !o.dead && o.tb <= h && h < o.te;
        })) {
      kbc.tb = h;
      kbc.stripped = c.info[h].stripped;
      kbc.kb = -1;
      kbc.type = c.info[h].head->type;
      kbc.source = MentionSource::kPattern;
    }
    for (size_t j = 0; j < c.cands.size(); ++j) {
      Cand& o = c.cands[j];
      if (j == k || o.dead || o.te <= kbc.tb || o.tb >= kbc.te || holds(o)) continue;
      // Its own inner names ("السعودي" in a body's name) stay.
      if (o.nested && o.kb >= 0 && o.tb >= kbc.tb && o.te <= kbc.te &&
          o.te - o.tb < kbc.te - kbc.tb) {
        continue;
      }
      o.dead = true;
      for (uint32_t t = o.tb; t < o.te; ++t) {
        if (c.owner[t] == static_cast<int32_t>(j)) c.owner[t] = -1;
      }
    }
    kbc.nested = false;
    for (uint32_t t = kbc.tb; t < kbc.te; ++t) c.owner[t] = static_cast<int32_t>(k);
  }
  // Weak (shared) aliases go to a sharer already named strongly, else to the
  // sharer of the country the document names most ("مجلس النواب" in a story
  // of the American Congress), else the first.
  std::vector<int32_t> named;
  for (const Cand& cand : c.cands) {
    if (!cand.dead && cand.kb >= 0 && cand.key != "weak") named.push_back(cand.kb);
  }
  std::vector<std::string_view> nations;  // a country for each naming of it, filled on demand
  bool nations_ready = false;
  const auto nation_of = [&](int32_t kb) -> std::string_view {
    const KbEntity& e = kb_.entities()[kb];
    return e.kind == "country" ? std::string_view(e.id) : std::string_view(e.country);
  };
  for (Cand& cand : c.cands) {
    if (cand.dead || cand.key != "weak") continue;
    cand.key.clear();
    if (cand.kb < 0) continue;  // retyped by a head ("صحيفة الشرق الأوسط"): no KB link left
    const int32_t node = alias_node(cand);
    if (node < 0) continue;
    bool strong_named = false, sharer_named = false;
    for (const AliasHit& h : kb_.matcher().Hits(node)) {
      if (std::find(named.begin(), named.end(), static_cast<int32_t>(h.entity)) == named.end()) {
        continue;
      }
      if (!h.weak || !strong_named) cand.kb = static_cast<int32_t>(h.entity);
      strong_named = strong_named || !h.weak;
      sharer_named = true;
    }
    if (!sharer_named) {
      if (!nations_ready) {
        for (const int32_t kb : named) nations.push_back(nation_of(kb));
        for (const TokInfo& info : c.info) {
          if (info.gentilic >= 0) nations.push_back(kb_.entities()[info.gentilic].id);
        }
        if (!home.empty()) nations.push_back(home);  // a local paper's country
        nations_ready = true;
      }
      // The first sharer stays unless another's country is named more.
      const std::string_view first = nation_of(cand.kb);
      ptrdiff_t best = first.empty() ? 0 : std::count(nations.begin(), nations.end(), first);
      for (const AliasHit& h : kb_.matcher().Hits(node)) {
        const std::string_view nation = nation_of(static_cast<int32_t>(h.entity));
        const ptrdiff_t n = nation.empty() ? 0 : std::count(nations.begin(), nations.end(), nation);
        if (n > best && kb_.entities()[h.entity].type == kb_.entities()[cand.kb].type) {
          best = n;
          cand.kb = static_cast<int32_t>(h.entity);
        }
      }
    }
    cand.type = kb_.entities()[cand.kb].type;
  }
  // "السعودية" retyped as an organisation somewhere is still the country the
  // document names: metonymy does not make a second entity.
  std::map<std::string, int32_t, std::less<>> countries;  // DropAl(word) -> KB index
  for (const Cand& cand : c.cands) {
    if (!cand.dead && cand.kb >= 0 && cand.te == cand.tb + 1 &&
        kb_.entities()[cand.kb].kind == "country") {
      countries.emplace(std::string(DropAl(c.info[cand.tb].word)), cand.kb);
    }
  }
  for (Cand& cand : c.cands) {
    if (cand.dead || cand.kb >= 0 || cand.outlet || cand.te != cand.tb + 1 ||
        (cand.type != EntityType::kOrganization && cand.type != EntityType::kLocation)) {
      continue;
    }
    auto it = countries.find(DropAl(c.info[cand.tb].word));
    if (it == countries.end()) continue;
    cand.kb = it->second;
    cand.type = kb_.entities()[it->second].type;
  }
  // "ومدير شرطة محايل" after "محافظة محايل عسير": a new name of a place that
  // is an alias of a place of the same type the knowledge base found in the
  // document is that place, not a second entity.
  for (Cand& cand : c.cands) {
    if (cand.dead || cand.kb >= 0 || cand.outlet || cand.type == EntityType::kPerson ||
        cand.te - cand.tb > 3) {
      continue;
    }
    std::array<Reading, 6> readings;
    const int nr = ReadingsOf(doc.tokens[cand.tb], &c.buf, &readings);
    for (int r = 0; r < nr && cand.kb < 0; ++r) {
      int32_t node = kb_.matcher().Step(AliasMatcher::kRoot, readings[r].key);
      for (uint32_t k = cand.tb + 1; node >= 0 && k < cand.te; ++k)
        node = kb_.matcher().Step(node, doc.tokens[k].key);
      if (node < 0) continue;
      for (const AliasHit& h : kb_.matcher().Hits(node)) {
        if (kb_.entities()[h.entity].type == cand.type &&
            std::find(named.begin(), named.end(), static_cast<int32_t>(h.entity)) != named.end()) {
          cand.kb = static_cast<int32_t>(h.entity);
          cand.source = MentionSource::kKb;
          break;
        }
      }
    }
  }
  // "صحيفة «الشرق الأوسط»" beside "لـ«الشرق الأوسط»": a new name written
  // word for word as a mention the knowledge base linked in the document,
  // with the same type, is that entity (the outlet here; the alias alone
  // is the region's).
  auto words_key = [&](const Cand& cand) {
    std::string key = std::to_string(static_cast<int>(cand.type)) + ":";
    key += DropAl(c.info[cand.tb].word);
    for (uint32_t k = cand.tb + 1; k < cand.te; ++k) {
      key += ' ';
      key += doc.tokens[k].key;
    }
    return key;
  };
  std::map<std::string, int32_t> linked;  // words_key -> KB index, -1 if several
  for (const Cand& cand : c.cands) {
    if (cand.dead || cand.kb < 0 || cand.type == EntityType::kPerson) continue;
    auto [it, inserted] = linked.emplace(words_key(cand), cand.kb);
    if (!inserted && it->second != cand.kb) it->second = -1;
  }
  for (Cand& cand : c.cands) {
    if (linked.empty() || cand.dead || cand.kb >= 0 || cand.type == EntityType::kPerson) continue;
    auto it = linked.find(words_key(cand));
    if (it != linked.end() && it->second >= 0) cand.kb = it->second;
  }
  // Group: KB id, or type + normalised name for new names.
  std::map<std::string, int32_t> by_key;
  std::vector<std::pair<uint32_t, int32_t>> order;
  for (size_t k = 0; k < c.cands.size(); ++k) {
    if (!c.cands[k].dead) order.emplace_back(c.cands[k].tb, static_cast<int32_t>(k));
  }
  std::sort(order.begin(), order.end());
  for (auto [tb, k] : order) {
    Cand& cand = c.cands[k];
    std::string key;
    if (cand.kb >= 0) {
      key = "kb:" + kb_.entities()[cand.kb].id;
    } else {
      key = std::to_string(static_cast<int>(cand.type)) + ":";
      // "منطقة العلم" and "العلم": a new place with the head news writes
      // into its name (place_heads.tsv "written") is the place without it.
      // A headed name no pass found bare stays a name of its own.
      const Head* head = c.info[cand.tb].head;
      const bool headed = cand.type == EntityType::kLocation && cand.te > cand.tb + 1 && head &&
                          head->written && !head->list && !c.Has(cand.tb, kDefinite) &&
                          std::any_of(c.cands.begin(), c.cands.end(), [&](const Cand& o) {
                            return !o.dead && &o != &cand && o.tb == cand.tb + 1 &&
                                   o.te == cand.te && o.type == cand.type;
                          });
      const uint32_t from = headed ? cand.tb + 1 : cand.tb;
      for (uint32_t t = from; t < cand.te; ++t) {
        std::string_view w = t == from ? c.info[t].word : std::string_view(doc.tokens[t].key);
        key += t == from ? std::string(DropAl(w)) : std::string(w);
        key += ' ';
      }
    }
    auto [it, inserted] = by_key.emplace(key, static_cast<int32_t>(doc.entities.size()));
    if (inserted) {
      Entity e;
      e.type = cand.type;
      if (cand.kb >= 0) {
        const KbEntity& kbe = kb_.entities()[cand.kb];
        e.kb_id = kbe.id;
        e.name = kbe.name_ar;
        e.name_latin = kbe.name_en;
        c.kb_to_entity[cand.kb] = it->second;
      }
      doc.entities.push_back(std::move(e));
    }
    cand.entity = it->second;
  }
  // A name without its "في" + place ("السفارة الأمريكية") is the one entity
  // named with it in the document ("السفارة الأمريكية في ليبيا"), if only one.
  const std::string in_place = std::string(" ") + std::string(kFi) + " ";
  std::map<std::string, int32_t> located;  // name before "في" -> entity, -1 if several
  for (const auto& [key, entity] : by_key) {
    const size_t at = key.find(in_place);
    if (key.starts_with("kb:") || at == std::string::npos) continue;
    auto [it, inserted] = located.emplace(key.substr(0, at + 1), entity);
    if (!inserted && it->second != entity) it->second = -1;
  }
  for (const auto& [key, entity] : by_key) {
    auto it = located.find(key);
    if (it == located.end() || it->second < 0) continue;
    for (Cand& cand : c.cands) {
      if (!cand.dead && cand.entity == entity) cand.entity = it->second;
    }
  }
  // A one-word person name equal to the family name of a longer one found in
  // the same document is that person ("يفكوروف" after "يونس يفكوروف").
  std::map<std::string, int32_t> family;
  for (const Cand& cand : c.cands) {
    if (cand.dead || cand.type != EntityType::kPerson || cand.te - cand.tb < 2) continue;
    auto [it, inserted] = family.emplace(doc.tokens[cand.te - 1].key, cand.entity);
    if (!inserted && it->second != cand.entity) it->second = -1;
  }
  for (Cand& cand : c.cands) {
    if (cand.dead || cand.type != EntityType::kPerson || cand.te - cand.tb != 1 || cand.kb >= 0) {
      continue;
    }
    auto it = family.find(std::string(c.info[cand.tb].word));
    if (it != family.end() && it->second >= 0) cand.entity = it->second;
  }
  // So is a family name of two words opening with a particle ("عبد الناصر"
  // after "جمال عبد الناصر", "أبو حليقة" after "علي أبو حليقة"): the end of
  // one longer name of the document, word for word.
  for (Cand& cand : c.cands) {
    const uint32_t len = cand.te - cand.tb;
    // (Not after an unknown word: "الأمير سطام بن سعود بن عبدالعزيز" is
    // another man, whose given name was missed.)
    if (cand.dead || cand.type != EntityType::kPerson || len < 2 || cand.kb >= 0 ||
        !c.Has(cand.tb, kPrefixParticle) ||
        (cand.tb > 0 && c.tok(cand.tb - 1).kind == TokenKind::kWord && c.Free(cand.tb - 1) &&
         !c.Has(cand.tb - 1, kGiven | kReporting | kStop | kPunct | kLexicon))) {
      continue;
    }
    int32_t match = -1;
    for (const Cand& full : c.cands) {
      if (full.dead || full.type != EntityType::kPerson || full.te - full.tb <= len ||
          full.entity < 0 || full.entity == cand.entity) {
        continue;
      }
      bool same = c.info[full.te - len].word == c.info[cand.tb].word;
      for (uint32_t k = 1; same && k < len; ++k) {
        same = doc.tokens[full.te - len + k].key == doc.tokens[cand.tb + k].key;
      }
      if (!same) continue;
      match = match < 0 || match == full.entity ? full.entity : -2;
    }
    if (match >= 0) cand.entity = match;
  }
}

// Whether the role's title names by its own gentilic a country other than
// that of its holder, a known person: "العاهل الأردني الملك عبد الله" taken
// for the Saudi king, "X وزير الخارجية القطري" after an Iraqi's name, "الرئيس
// النمساوي، هاينز" linked to an American: the link or the holder is wrong,
// and the role with it. (Not an origin: "السناتور الكوبي الأصل".)
bool EntityAnnotator::ForeignTitle(const Ctx& c, const RoleCand& r, std::string_view kb_id) const {
  if (kb_id.empty()) return false;
  const KbEntity* holder = kb_.FindById(kb_id);
  if (holder == nullptr || holder->country.empty()) return false;
  for (uint32_t k = r.tb; k < r.te; ++k) {
    if (c.info[k].gentilic < 0) continue;
    // Only the first, the office's own: not one inside a name ("وكالة
    // الصحافة الفرنسية", "المملكة العربية السعودية"), after "ل" ("مبعوث
    // الملك للسعودية", sent there), or an envoy's destination ("المبعوث
    // الأممي إلى اليمن"); a later one qualifies a complement ("المسؤول في
    // الحكومة الإسرائيلية عن الملف الإيراني").
    if (!c.Has(k, kDefinite) || c.owner[k] >= 0 || c.info[k].stripped > 0 ||
        (k > r.tb && (c.info[k - 1].word == kIla || c.info[k - 1].word == kLada))) {
      return false;
    }
    const KbEntity& country = kb_.entities()[c.info[k].gentilic];
    const std::string_view next = k + 1 < c.info.size() ? c.info[k + 1].word : "";
    const bool origin = next == "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xB5\xD9\x84" ||        // الاصل
                        next == "\xD8\xA7\xD9\x84\xD9\x85\xD9\x88\xD9\x84\xD8\xAF";  // المولد
    return country.kind == "country" && country.id != holder->country && !origin;
  }
  return false;
}

// Mentions, entity names, roles.
void EntityAnnotator::Emit(Ctx& c) const {
  Document& doc = c.doc;
  // The words at tb.. as a name or a title, written from span `s`: after the
  // preposition ل the article lost its alef ("للدفاع المدني", for the civil
  // defence; "للرئيس"), so no slice of the text spells the name alone, and
  // it is written back with the alef ("للاعب" is "اللاعب" as well).
  // Mentions and evidence keep the text as it is.
  const auto name_text = [&](uint32_t tb, Span s) {
    std::string text = MentionText(doc, s);
    if (text.starts_with("\xD9\x84\xD9\x84") && c.Has(tb, kDefinite) &&  // لل
        s.begin == c.tok(tb).span.begin) {
      text.replace(0, 2, "\xD8\xA7");  // ا
    }
    return text;
  };
  std::vector<std::pair<uint32_t, int32_t>> order;
  for (size_t k = 0; k < c.cands.size(); ++k) {
    if (!c.cands[k].dead && c.cands[k].entity >= 0) {
      order.emplace_back(c.cands[k].tb, static_cast<int32_t>(k));
    }
  }
  std::sort(order.begin(), order.end());
  std::vector<int32_t> cand_mention(c.cands.size(), -1);
  for (auto [tb, k] : order) {
    const Cand& cand = c.cands[k];
    Mention m;
    m.span = SpanOf(doc, cand.tb, cand.te, cand.stripped);
    m.token_begin = cand.tb;
    m.token_end = cand.te;
    m.entity = cand.entity;
    m.source = cand.source;
    cand_mention[k] = static_cast<int32_t>(doc.mentions.size());
    doc.entities[cand.entity].mentions.push_back(static_cast<uint32_t>(doc.mentions.size()));
    doc.mentions.push_back(m);
  }
  // Drop entities left without mentions (their candidates were merged).
  std::vector<int32_t> remap(doc.entities.size(), -1);
  std::vector<Entity> kept;
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    if (doc.entities[e].mentions.empty()) continue;
    remap[e] = static_cast<int32_t>(kept.size());
    kept.push_back(std::move(doc.entities[e]));
  }
  doc.entities = std::move(kept);
  for (Mention& m : doc.mentions) m.entity = remap[m.entity];
  for (Entity& e : doc.entities) {
    if (e.name.empty()) {
      // The longest pattern mention, proclitics excluded.
      for (uint32_t mi : e.mentions) {
        const Mention& m = doc.mentions[mi];
        if (m.source == MentionSource::kCoref) continue;
        std::string text = name_text(m.token_begin, m.span);
        if (Letters(text) > Letters(e.name)) e.name = std::move(text);
      }
      if (e.name.empty()) {
        const Mention& first = doc.mentions[e.mentions[0]];
        e.name = name_text(first.token_begin, first.span);
      }
    }
    if (e.name_latin.empty()) e.name_latin = text::Romanize(e.name);
  }
  // "قناة الجزيرة", "مجموعة ميتسوبيشي": the head of a channel, paper or
  // company before the bare name the knowledge base records is how the news
  // and annotators write the body's name, so the entity is named with it.
  // Only a linked body: the store merges new names across documents by
  // their name, which must stay the bare one the other documents write.
  for (Entity& e : doc.entities) {
    if (e.kb_id.empty() || e.type != EntityType::kOrganization) continue;
    for (uint32_t mi : e.mentions) {
      const Mention& m = doc.mentions[mi];
      const uint32_t k = m.token_begin;
      if (m.source == MentionSource::kCoref || k == 0 || m.span.begin != doc.tokens[k].span.begin) {
        continue;
      }
      // Not a site, a militia or a group before a body's own name ("موقع
      // منظمة الصحة العالمية"، "ميليشيا حزب الله"): only a channel's, a
      // paper's or a company's head before a name that has no head itself.
      const Head* head = c.info[k - 1].head;
      if (!head || head->mode != HeadMode::kName || head->list ||
          head->type != EntityType::kOrganization || c.owner[k - 1] >= 0 ||
          (c.info[k].head && c.info[k].head->type == EntityType::kOrganization) ||
          MentionText(doc, m.span) != e.name) {
        continue;
      }
      // A channel's head before an outlet, a company's or a group's before a
      // company: not "إذاعة الأمم المتحدة" (the UN's radio), "موقع
      // سامسونج" (Samsung's site) nor "شبكة موبايلي" (its network).
      const int32_t kb = kb_.IndexOf(e.kb_id);
      const std::string_view kind = kb < 0 ? std::string_view() : kb_.entities()[kb].kind;
      const bool company_head = head->trade || c.info[k - 1].word == kMajmoua;
      if (!(head->outlet && (kind == "media" || kind == "news-agency")) &&
          !(company_head && (kind == "company" || kind == "airline"))) {
        continue;
      }
      e.name = MentionText(doc, SpanOf(doc, k - 1, k, c.info[k - 1].stripped)) + " " + e.name;
      break;
    }
  }
  // Roles. One per person and post: a title repeated, or repeated shorter
  // ("العميد" after "العميد ركن"), is the same role again. The first word
  // keeps its article: the honorific "الأمير" is not "أمير منطقة الرياض".
  const size_t first_role = doc.roles.size();
  std::vector<std::vector<std::string_view>> role_keys;
  auto contains = [](const std::vector<std::string_view>& hi,
                     const std::vector<std::string_view>& lo) {
    return lo.size() <= hi.size() &&
           std::search(hi.begin(), hi.end(), lo.begin(), lo.end()) != hi.end();
  };
  for (const RoleCand& r : c.roles) {
    if (r.person < 0 || c.cands[r.person].dead || AddressOnly(c, r) ||
        NameIsGenitiveOfBareTitle(c, r)) {
      continue;
    }
    int32_t person = c.cands[r.person].entity;
    if (person < 0 || remap[person] < 0) continue;
    person = remap[person];
    if (doc.entities[person].type != EntityType::kPerson) continue;
    if (ForeignTitle(c, r, doc.entities[person].kb_id)) continue;
    Role role;
    role.person = person;
    Span ts = SpanOf(doc, r.tb, r.te, r.stripped);
    role.title = name_text(r.tb, ts);  // "للرئيس السابق" → "الرئيس السابق"
    // The organisation: the first organisation inside the title, else a
    // country named or implied by a gentilic there.
    int32_t org = -1, country = -1;
    for (const Mention& m : doc.mentions) {
      if (m.token_begin < r.tb || m.token_end > r.te || m.entity < 0) continue;
      // An envoy's destination is not whom he serves: "المبعوث الخاص للرئيس
      // الروسي إلى سورية" serves Russia (its gentilic, below).
      if (m.token_begin > r.tb &&
          (c.info[m.token_begin - 1].word == kIla || c.info[m.token_begin - 1].word == kLada)) {
        continue;
      }
      const Entity& e = doc.entities[m.entity];
      if (e.type == EntityType::kOrganization && org < 0) org = m.entity;
      if (e.type == EntityType::kLocation && country < 0) country = m.entity;
    }
    if (org < 0 && country < 0) {
      for (uint32_t k = r.tb; k < r.te; ++k) {
        if (c.info[k].gentilic < 0 ||
            (k > r.tb && (c.info[k - 1].word == kIla || c.info[k - 1].word == kLada))) {
          continue;
        }
        auto it = c.kb_to_entity.find(c.info[k].gentilic);
        if (it != c.kb_to_entity.end() && remap[it->second] >= 0) {
          country = remap[it->second];
          break;
        }
      }
    }
    role.organization = org >= 0 ? org : country;
    Span ev = SpanOf(doc, r.eb, r.ee, r.stripped);
    Span ps = SpanOf(doc, c.cands[r.person].tb, c.cands[r.person].te, c.cands[r.person].stripped);
    role.evidence = Span{std::min(ev.begin, ps.begin), std::max(ev.end, ps.end)};
    std::vector<std::string_view> keys;
    for (uint32_t k = r.tb; k < r.te; ++k) {
      keys.push_back(k == r.tb ? c.info[k].word : std::string_view(doc.tokens[k].key));
    }
    bool same = false;
    for (size_t q = first_role; q < doc.roles.size() && !same; ++q) {
      if (doc.roles[q].person != role.person) continue;
      if (contains(role_keys[q - first_role], keys)) {
        same = true;
      } else if (contains(keys, role_keys[q - first_role])) {
        doc.roles[q] = role;  // the longer title, first seen here
        role_keys[q - first_role] = keys;
        same = true;
      }
    }
    if (same) continue;
    role_keys.push_back(std::move(keys));
    doc.roles.push_back(std::move(role));
  }
}

}  // namespace rased::ner::internal

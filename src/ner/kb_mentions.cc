// The entity stage: knowledge-base aliases, with the names nested inside them.
#include "ner/entity_annotator_internal.h"

namespace rased::ner::internal {

namespace {

constexpr std::string_view kDuwal = "\xD8\xAF\xD9\x88\xD9\x84";  // دول

// Whether one of the Arabic names of `e` has the token key `key` ("محمود" in
// "محمود عباس"). Called on rare paths only: it tokenises the names.
bool RecordHasWord(const KbEntity& e, std::string_view key) {
  auto has = [&](const std::string& name) {
    for (const std::string& t : KeyTokens(name)) {
      if (t == key) return true;
    }
    return false;
  };
  if (has(e.name_ar)) return true;
  return std::any_of(e.aliases_ar.begin(), e.aliases_ar.end(), has);
}

// Whether the key `word` (no article) is a dictionary word, or a nisba
// adjective ("مالي", "قبليه") of a noun the dictionary knows ("مال", "قبل").
bool AdjectiveOfKnownNoun(const text::Lexicon& lexicon, std::string_view word) {
  if (lexicon.Contains(word)) return true;
  constexpr std::string_view kYa = "\xD9\x8A", kYaHa = "\xD9\x8A\xD9\x87";  // ي، يه (ية)
  std::string_view stem = word;
  if (stem.ends_with(kYaHa)) {
    stem.remove_suffix(kYaHa.size());
  } else if (stem.ends_with(kYa)) {
    stem.remove_suffix(kYa.size());
  } else {
    return false;
  }
  return Letters(stem) >= 2 && lexicon.Contains(stem);
}

// Whether `word` has the shape of a verbal noun of the second form, تفعيل
// ("تحرير" liberation, "تطهير", "تسليم"): ت, two letters, ي, one letter. No
// verb is written so, and a name after it is its genitive.
bool VerbalNounOfFormTwo(std::string_view word) {
  if (Letters(word) != 5 || !word.starts_with("\xD8\xAA")) return false;  // ت
  size_t p = 0;
  for (int k = 0; k < 3; ++k) utf8::Next(word, p);
  return word.substr(p).starts_with("\xD9\x8A");  // ي
}

// Whether a word is written إ + one letter, bare or after the conjunction و
// ("إب", "وإب"): no word of the language has that shape but a particle
// (إن، إذ), so a place the knowledge base knows by such a name is no stop
// word's other spelling (آب, a month, folds to the same key), and the و
// before it is the conjunction.
// "مدينة" as the entity stage keys it.
constexpr std::string_view kCityHeadKey = "\xD9\x85\xD8\xAF\xD9\x8A\xD9\x86\xD9\x87";

bool HamzaBelowPair(std::string_view surface) {
  if (surface.starts_with("\xD9\x88")) surface.remove_prefix(2);    // و
  return surface.starts_with("\xD8\xA5") && Letters(surface) == 2;  // إ
}

}  // namespace

template <typename Accept>
EntityAnnotator::AliasRun EntityAnnotator::LongestAlias(Ctx& c, uint32_t i, uint32_t limit,
                                                        Accept accept) const {
  AliasRun best;
  const uint8_t starts = c.info[i].facts.kb_readings;
  if (starts == 0) return best;
  const AliasMatcher& m = kb_.matcher();
  std::array<Reading, kMaxReadings> readings;
  const int nr = ReadingsOf(c.doc.tokens[i], &c.buf, &readings);
  for (int r = 0; r < nr; ++r) {
    if (!(starts & (1u << r))) continue;
    int32_t node = m.Step(AliasMatcher::kRoot, readings[r].key);
    bool skipped = false;
    for (uint32_t j = i + 1; node >= 0; ++j) {
      if (!skipped && j > best.end && !m.Hits(node).empty() && accept(j, node)) {
        best = AliasRun{j, node, readings[r].stripped};
      }
      if (j >= limit) break;
      const int32_t next = m.Step(node, c.doc.tokens[j].key);
      // "إن.بي.سي" (NBC): the dots between the letters of an abbreviation
      // spelled out, where the alias is written without them.
      skipped =
          next < 0 && c.doc.tokens[j].key == "." && j + 1 < limit &&
          c.doc.tokens[j - 1].kind == TokenKind::kWord && Letters(c.doc.tokens[j - 1].key) <= 3 &&
          c.doc.tokens[j + 1].kind == TokenKind::kWord && Letters(c.doc.tokens[j + 1].key) <= 3;
      if (!skipped) node = next;
    }
  }
  return best;
}

void EntityAnnotator::MatchKb(Ctx& c) const {
  const auto& tokens = c.doc.tokens;
  // Whether the word at i follows the dash of a dateline: a dash within the
  // first five words of a line, only words and dashes before it ("عين اليوم
  // – أبها", "سلمان العلي- سبق- أبها:").
  auto dateline_place = [&](uint32_t i) {
    if (i == 0 || !IsDash(c.tok(i - 1).key)) return false;
    for (uint32_t k = i - 1; k-- > 0 && i - 1 - k <= 5;) {
      if (c.tok(k).kind != TokenKind::kWord && !IsDash(c.tok(k).key)) return false;
      const std::string_view gap =
          k == 0 ? std::string_view("\n")
                 : c.doc.Slice(Span{c.tok(k - 1).span.end, c.tok(k).span.begin});
      if (gap.find('\n') != std::string_view::npos) return true;
    }
    return false;
  };
  const AliasMatcher& m = kb_.matcher();
  std::array<Reading, kMaxReadings> readings;
  std::vector<int8_t> idiom(tokens.size(), 0);
  // Idioms first: their words are not names.
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    const uint8_t starts = c.info[i].facts.idiom_readings;
    if (starts == 0) continue;
    const int nr = ReadingsOf(tokens[i], &c.buf, &readings);
    for (int r = 0; r < nr; ++r) {
      if (!(starts & (1u << r))) continue;
      int32_t node = t_.idioms.Step(AliasMatcher::kRoot, readings[r].key);
      uint32_t j = i + 1;
      uint32_t last = 0;
      while (node >= 0) {
        if (!t_.idioms.Hits(node).empty()) last = j;
        if (j >= tokens.size()) break;
        node = t_.idioms.Step(node, tokens[j].key);
        ++j;
      }
      if (last) {
        // "عن طريق فرقة الإنقاذ" (by means of the rescue team): a head
        // inside an idiom heads nothing, so the words after it are read as
        // they would be after any ordinary word.
        for (uint32_t k = i; k < last; ++k) {
          idiom[k] = 1;
          c.info[k].flags = (c.info[k].flags | kIdiom) & ~kHead;
          c.info[k].head = nullptr;
        }
        break;
      }
    }
  }
  uint32_t limit_of_send = UINT32_MAX, limit = 0;  // where an alias may end (below)
  for (uint32_t i = 0; i < tokens.size();) {
    const uint32_t send = c.sent_end[i];
    // No name starts with a function word: "على الدبيبة" (on Dbeibah) folds
    // to the key of "علي الدبيبة" (Ali Dbeibah).
    // A place's name of two words or more may open with one ("ذي قار",
    // "أم قصر", "أم درمان"): the whole name decides.
    const bool stop = c.Has(i, kStop);
    if (idiom[i] || c.Has(i, kPunct)) {
      ++i;
      continue;
    }
    const WordFacts& facts = c.info[i].facts;
    // "حركتي فتح وحماس" (the movements of Fatah and Hamas): a head in the
    // dual construct state ("حركتي" for "حركة") before a name the knowledge
    // base knows with the head in the singular; the mention is the name,
    // the head being shared with the name after "و".
    if (const uint32_t end = DualHeadAlias(c, i, send); end > i + 1) {
      i = end;
      continue;
    }
    // "لبي بي سي" (to the BBC): a proclitic on the first letter of an
    // abbreviation spelled out, which the readings do not strip from a word
    // of three letters.
    // (Three Arabic letters are six bytes: the cheap test first.)
    if (tokens[i].kind == TokenKind::kWord && tokens[i].key.size() == 6 && i + 2 < send &&
        (tokens[i].key.starts_with("\xD9\x84") || tokens[i].key.starts_with("\xD8\xA8") ||
         tokens[i].key.starts_with("\xD9\x88") || tokens[i].key.starts_with("\xD9\x81")) &&
        Letters(tokens[i].key) == 3) {
      int32_t node = m.Step(AliasMatcher::kRoot, tokens[i].key.substr(2));
      uint32_t end = 0;
      int32_t kb = -1;
      for (uint32_t j = i + 1; node >= 0 && j < send; ++j) {
        if (tokens[j].kind != TokenKind::kWord || Letters(tokens[j].key) > 3) break;
        node = m.Step(node, tokens[j].key);
        if (node < 0 || j < i + 2) continue;
        for (const AliasHit& h : m.Hits(node)) {
          if (h.weak || h.latin || h.contextual ||
              kb_.entities()[h.entity].type != EntityType::kOrganization) {
            continue;
          }
          end = j + 1;
          kb = static_cast<int32_t>(h.entity);
          break;
        }
      }
      if (kb >= 0) {
        Cand cand;
        cand.tb = i;
        cand.te = end;
        cand.stripped = 1;
        cand.kb = kb;
        cand.type = EntityType::kOrganization;
        cand.source = MentionSource::kKb;
        c.Add(std::move(cand));
        i = end;
        continue;
      }
    }
    // "تنظيم «القاعدة»", "شركة (روتانا)": a head before a name in quotes or
    // brackets, where the knowledge base knows the head and the name as one
    // alias; the mention runs from the head to the name's last word.
    // (A gentilic in quotes is a scare quote on an adjective: "الحكومة
    // «الإسرائيلية»" is the government a title before it governs.)
    if (c.info[i].head && facts.kb_readings != 0 && i + 3 < send &&
        c.Has(i + 1, kQuote | kParenOpen) && !c.Has(i + 2, kGentilic)) {
      const int nr = ReadingsOf(tokens[i], &c.buf, &readings);
      uint32_t q_end = 0;
      int32_t q_kb = -1;
      uint8_t q_stripped = 0;
      for (int r = 0; r < nr; ++r) {
        if (!(facts.kb_readings & (1u << r))) continue;
        int32_t node = m.Step(AliasMatcher::kRoot, readings[r].key);
        for (uint32_t j = i + 2; node >= 0 && j + 1 < send; ++j) {
          node = m.Step(node, tokens[j].key);
          if (node < 0 || j + 1 <= q_end || !c.Has(j + 1, kQuote | kParenClose)) continue;
          for (const AliasHit& h : m.Hits(node)) {
            // (Outlets in quotes are the outlet passes' to find: "صحيفة
            // «الحياة»", "لـ«الحياة»".)
            const KbEntity& e = kb_.entities()[h.entity];
            if (h.weak || h.latin || h.contextual || e.type == EntityType::kPerson ||
                e.kind == "media" || e.kind == "news-agency") {
              continue;
            }
            q_end = j + 1;
            q_kb = static_cast<int32_t>(h.entity);
            q_stripped = readings[r].stripped;
            break;
          }
        }
      }
      // Where the name in quotes is an alias of the record by itself
      // ("تنظيم «داعش»"), the quoted name is the mention as usual.
      if (q_kb >= 0) {
        int32_t bare = AliasMatcher::kRoot;
        for (uint32_t k = i + 2; bare >= 0 && k < q_end; ++k) bare = m.Step(bare, tokens[k].key);
        if (bare >= 0) {
          for (const AliasHit& h : m.Hits(bare)) {
            if (static_cast<int32_t>(h.entity) == q_kb) q_kb = -1;
          }
        }
      }
      if (q_kb >= 0) {
        // (An operation's name is an event: its words name nothing.)
        if (!kb_.entities()[q_kb].name_ar.starts_with(kOperation)) {
          Cand cand;
          cand.tb = i;
          cand.te = q_end;
          cand.stripped = q_stripped;
          cand.kb = q_kb;
          cand.type = kb_.entities()[q_kb].type;
          cand.source = MentionSource::kKb;
          c.Add(std::move(cand));
        }
        i = q_end;
        continue;
      }
    }
    // "(أ.ف.ب)", "بي.بي.سي": the text stage ends a sentence at the dot after
    // a letter, where an abbreviation spelled with dots goes on.
    // (Found once per sentence: the per-token loop would count letters.)
    if (send != limit_of_send) {
      limit_of_send = send;
      limit = send;
      while (limit >= 2 && limit < tokens.size() && tokens[limit - 1].key == "." &&
             Letters(tokens[limit - 2].key) <= 3 && tokens[limit].kind == TokenKind::kWord &&
             Letters(tokens[limit].key) <= 3 && c.sent_end[limit] > limit) {
        limit = c.sent_end[limit];
      }
    }
    const AliasRun run = LongestAlias(c, i, limit, [&](uint32_t j, int32_t node) {
      for (uint32_t k = i; k < j; ++k) {
        if (idiom[k]) return false;
      }
      if (!stop) return true;
      // "إن بي سي", "إم بي سي" (NBC, MBC): a Latin abbreviation spelled out
      // letter by letter, three short words or more, may open with a word
      // the keys read as a particle (أن، أم).
      if (j >= i + 3) {
        bool spelled = true;
        for (uint32_t k = i; k < j && spelled; ++k) {
          spelled = (c.tok(k).kind == TokenKind::kWord && Letters(c.tok(k).key) <= 3) ||
                    (k > i && c.tok(k).key == ".");
        }
        if (spelled) return true;
      }
      if (j < i + 2 || c.tok(i + 1).kind != TokenKind::kWord || c.Has(i + 1, kStop)) return false;
      for (const AliasHit& h : m.Hits(node)) {
        const EntityType type = kb_.entities()[h.entity].type;
        if (!h.weak && (type == EntityType::kLocation || type == EntityType::kFacility))
          return true;
      }
      return false;
    });
    uint32_t best_end = run.end;
    int32_t best_node = run.node;
    uint8_t best_stripped = run.stripped;
    // "في إب", "تعز وإب والضالع": a place's name of two letters written
    // with إ, alone or after و, which no reading takes (a stop word's key,
    // or too short to strip): the place the knowledge base knows by it.
    const bool hamza_pair =
        tokens[i].kind == TokenKind::kWord && HamzaBelowPair(c.doc.Slice(tokens[i].span));
    // Read through a proclitic or another hamza ("كأب", as a father; "أب"),
    // such a name is the word.
    if (best_end == i + 1 && !hamza_pair && Letters(tokens[i].key) == 2u + best_stripped &&
        std::string_view(tokens[i].key).substr(2u * best_stripped).starts_with("\xD8\xA7")) {
      ++i;
      continue;
    }
    if (best_node < 0 && hamza_pair) {
      const bool conj = Letters(tokens[i].key) == 3;
      const int32_t node =
          m.Step(AliasMatcher::kRoot, std::string_view(tokens[i].key).substr(conj ? 2 : 0));
      for (const AliasHit& h : node >= 0 ? m.Hits(node) : std::span<const AliasHit>()) {
        if (!h.latin && kb_.entities()[h.entity].type == EntityType::kLocation) {
          best_end = i + 1;
          best_node = node;
          // The mention is the name, without the conjunction.
          best_stripped = conj ? 1 : 0;
          break;
        }
      }
    }
    if (best_node < 0) {
      ++i;
      continue;
    }
    // "سلطان بن سلمان", "محمد بن مبارك": an alias that opens with "بن" after a
    // given name continues that person's chain of descent, and so does a
    // person's name after "بن" ("سلطان بن [سلمان بن عبد العزيز]"); "عبد
    // الهادي": a name after "عبد" is part of a person's name.
    if (i > 0 && c.info[i].stripped == 0) {
      const bool after_particle = c.Has(i - 1, kPrefixParticle) && !c.Has(i - 1, kTheophoric);
      bool person = false;
      for (const AliasHit& h : m.Hits(best_node)) {
        person = person || kb_.entities()[h.entity].type == EntityType::kPerson;
      }
      if ((c.Has(i, kPrefixParticle) && !c.Has(i, kTheophoric) && c.Has(i - 1, kGiven)) ||
          (after_particle && person) ||
          (best_end == i + 1 && c.Has(i - 1, kTheophoric) && c.info[i - 1].stripped == 0)) {
        ++i;
        continue;
      }
    }
    // Prefer strong hits; a head before the name decides between types.
    auto hits = m.Hits(best_node);
    // The head may stand before an adjective: "قاعدة جوية الجفرة".
    const Head* head = (i > 0 && c.info[i - 1].head) ? c.info[i - 1].head : nullptr;
    if (!head && i > 1 && c.Has(i - 1, kNisba) && !c.Has(i - 1, kDefinite))
      head = c.info[i - 2].head;
    int32_t pick = -1, weak_pick = -1, contextual_pick = -1;
    int weak_count = 0;
    for (const AliasHit& h : hits) {
      if (h.latin && tokens[i].kind != TokenKind::kLatin) continue;
      if (h.contextual) {
        if (contextual_pick < 0) contextual_pick = static_cast<int32_t>(h.entity);
        continue;
      }
      if (h.weak) {
        ++weak_count;
        if (weak_pick < 0) weak_pick = static_cast<int32_t>(h.entity);
        continue;
      }
      if (pick < 0 || (head && kb_.entities()[h.entity].type == head->type &&
                       kb_.entities()[pick].type != head->type)) {
        pick = static_cast<int32_t>(h.entity);
      }
    }
    // "CMA CGM TITAN" (a ship): a Latin name inside a longer run of Latin
    // words is part of another name, not the body whose acronym it spells.
    if (tokens[i].kind == TokenKind::kLatin &&
        ((i > 0 && tokens[i - 1].kind == TokenKind::kLatin) ||
         (best_end < send && tokens[best_end].kind == TokenKind::kLatin))) {
      i = best_end;
      continue;
    }
    // "الجبهة الديمقراطية الشعبية الأحوازية" (the Ahwazi Popular Democratic
    // Front): a body's known name that goes on with two adjectives agreeing
    // with its last word opens the name of another body.
    const int32_t known = pick >= 0 ? pick : weak_pick;
    if (known >= 0 && kb_.entities()[known].type == EntityType::kOrganization && best_end > i + 1) {
      const bool feminine = c.doc.Slice(tokens[best_end - 1].span).ends_with("\xD8\xA9");
      uint32_t e = best_end;
      while (e < send && c.Free(e) && tokens[e].kind == TokenKind::kWord &&
             c.info[e].stripped == 0 && tokens[e].key.starts_with(kAl) && c.Has(e, kDefinite) &&
             c.Has(e, kNisba) && !c.Has(e, kGentilic | kModifier | kStop | kDirection) &&
             !c.info[e].head && !c.info[e].facts.participle && c.info[e].facts.kb_readings == 0 &&
             c.info[e].facts.title_node < 0 &&
             c.doc.Slice(tokens[e].span).ends_with("\xD8\xA9") == feminine)
        ++e;
      // One adjective more describes the body ("تنظيم داعش الإرهابي", "وكالة
      // الأنباء العمانية الرسمية"); two name another. Not so after a name
      // that is no word of the language ("حزب سيريزا اليساري الراديكالي",
      // "تنظيم داعش الإرهابي المتطرف"): a proper name is the body's whole
      // name, the adjectives describe it.
      const std::string_view last = DropAl(c.info[best_end - 1].word);
      const bool proper = lexicon_ && c.tok(best_end - 1).kind == TokenKind::kWord &&
                          !c.Has(best_end - 1, kNisba | kLexicon) && !lexicon_->Contains(last) &&
                          !KnownArabic(last);
      if (e >= best_end + 2 && !proper) {
        Cand other;
        other.tb = i;
        other.te = e;
        other.stripped = best_stripped;
        other.type = EntityType::kOrganization;
        c.Add(std::move(other));
        i = e;
        continue;
      }
    }
    // Spelled so, the name is the place's wherever it stands.
    if (hamza_pair && best_end == i + 1 && pick < 0) pick = contextual_pick;
    // "مدينة مشهد": right after the head "مدينة" in the construct state, a
    // city's name that is also a word is the city's: the head is its place
    // context. (A village's head may name a namesake: "قرية الزاوية" in
    // Samtah, no Libyan city.)
    if (pick < 0 && weak_pick < 0 && contextual_pick >= 0 && i > 0 && c.info[i - 1].head &&
        c.info[i - 1].head->settlement && c.info[i - 1].word == kCityHeadKey &&
        !c.Has(i - 1, kDefinite) && c.info[i].stripped == 0 &&
        kb_.entities()[contextual_pick].kind == "city") {
      pick = contextual_pick;
    }
    Cand cand;
    cand.tb = i;
    cand.te = best_end;
    cand.stripped = best_stripped;
    cand.source = MentionSource::kKb;
    if (pick >= 0) {
      cand.kb = pick;
    } else if (weak_pick >= 0) {
      cand.kb = weak_pick;
    } else if (contextual_pick >= 0) {
      // Decided in BuildEntities, once the document's countries are known.
      cand.kb = contextual_pick;
      cand.key = "context";
    } else {
      ++i;
      continue;
    }
    // "عملية إعادة الأمل": a military operation is an event, not a body; its
    // words name nothing else either.
    if (kb_.entities()[cand.kb].name_ar.starts_with(kOperation)) {
      i = best_end;
      continue;
    }
    // A shared alias ("الأسد" of Bashar and, weakly, of Hafez): resolved in
    // BuildEntities to a claimant the document names unambiguously.
    if (weak_count > 0 && hits.size() > 1 && cand.key.empty()) cand.key = "weak";
    cand.type = kb_.entities()[cand.kb].type;
    // "وأكد خالد على أهمية المشروع" (Khaled stressed the importance of the
    // project): a person's name whose last word is written "على", the
    // preposition's spelling of the name Ali, before another word is a name
    // and the preposition, not the known "خالد علي"; after "بن" it is the
    // father's name ("زين العابدين بن على").
    if (cand.type == EntityType::kPerson && best_end > i + 1 && best_end < send &&
        c.doc.Slice(tokens[best_end - 1].span) == "\xD8\xB9\xD9\x84\xD9\x89" &&  // على
        tokens[best_end].kind == TokenKind::kWord && c.info[best_end - 2].word != kBin &&
        c.info[best_end - 2].word != kIbn) {
      ++i;
      continue;
    }
    // "شركة الاتصالات السعودية «stc»": a Latin abbreviation in brackets or
    // quotes right after a body's name is that body's, whatever else the
    // knowledge base calls so (STC, a Yemeni council).
    if (tokens[i].kind == TokenKind::kLatin && i >= 2 && c.Has(i - 1, kParenOpen | kQuote) &&
        best_end < send && c.Has(best_end, kParenClose | kQuote) && c.owner[i - 2] >= 0 &&
        c.cands[c.owner[i - 2]].te == i - 1 &&
        c.cands[c.owner[i - 2]].type == EntityType::kOrganization) {
      const Cand& body = c.cands[c.owner[i - 2]];
      if (body.kb < 0) {
        i = best_end;
        continue;
      }
      cand.kb = body.kb;
      cand.type = EntityType::kOrganization;
      cand.key.clear();
    }
    // "السياسة الخارجية الأميركية" (American foreign policy): a body's
    // short name that opens with an adjective ("الخارجية الأميركية", the
    // State Department without its head) is that adjective where a definite
    // noun stands right before it, which it agrees with.
    if (cand.type == EntityType::kOrganization && best_end > i + 1 && i > 0 && lexicon_ &&
        c.info[i].stripped == 0 && c.info[i - 1].stripped == 0 && c.Has(i, kDefinite) &&
        c.Has(i, kNisba) && !c.Has(i, kGentilic) && c.tok(i - 1).kind == TokenKind::kWord &&
        c.Has(i - 1, kDefinite) && !c.info[i - 1].head && c.info[i - 1].facts.title_node < 0 &&
        !c.info[i - 1].facts.function_word &&
        !c.Has(i - 1, kPunct | kStop | kGentilic | kNumber | kDirection) &&
        (c.Has(i - 1, kLexicon) || KnownArabic(DropAl(c.info[i - 1].word))) &&
        tokens[i].key.starts_with(kAl) &&
        // (On the same line: a byline's name ends before its line break.)
        c.doc.Slice(Span{tokens[i - 1].span.end, tokens[i].span.begin}).find_first_not_of(' ') ==
            std::string_view::npos &&
        // (The record's name has a head before that word: "وزارة
        // الخارجية"; "الجمعية العامة" opens with its head.)
        kb_.entities()[cand.kb].name_ar.find(" " + std::string(c.doc.Slice(tokens[i].span))) !=
            std::string::npos) {
      i = best_end;
      continue;
    }
    // "وزير الخارجية المصري اليوم" (the Egyptian foreign minister today),
    // "الدوري المصري اليوم": a body whose own name opens with a gentilic
    // (the paper "المصري اليوم") is that gentilic where a definite noun on
    // the same line stands right before it, which the gentilic describes.
    if (cand.type == EntityType::kOrganization && best_end > i + 1 && i > 0 &&
        c.info[i].stripped == 0 && c.info[i - 1].stripped == 0 && c.Has(i, kDefinite) &&
        c.Has(i, kGentilic) && c.tok(i - 1).kind == TokenKind::kWord && c.Has(i - 1, kDefinite) &&
        !c.info[i - 1].head && !c.info[i - 1].facts.function_word &&
        !c.Has(i - 1, kPunct | kStop | kGentilic | kNumber | kDirection) &&
        c.doc.Slice(Span{tokens[i - 1].span.end, tokens[i].span.begin}).find_first_not_of(' ') ==
            std::string_view::npos &&
        kb_.entities()[cand.kb].name_ar.starts_with(c.doc.Slice(tokens[i].span))) {
      i = best_end;
      continue;
    }
    // "حتى نجد الحلول" (until we find the solutions): after a particle that
    // governs a verb, a one-word name shaped like an imperfect verb (ي ت ن ا
    // and a known stem) is the verb. Towns, states and continents stay ("أن
    // موسكو", "أن تعز", "إن آسيا"): they are what such particles introduce
    // most.
    if (best_end == i + 1 && i > 0 && c.info[i].stripped == 0 && c.info[i - 1].stripped == 0 &&
        cand.type != EntityType::kPerson && lexicon_ && !c.Has(i, kDefinite)) {
      const std::string_view prev = tokens[i - 1].key;
      const std::string_view key = tokens[i].key;
      const std::string& kind = kb_.entities()[cand.kb].kind;
      if ((prev == kAn || prev == kLan || prev == kLam || prev == kKay || prev == kHatta) &&
          kind != "country" && kind != "capital" && kind != "city" && kind != "continent" &&
          // "أن أوروبا": a word the dictionary has only as a noun is no verb.
          !lexicon_->OnlyAsNoun(key) &&
          (key.starts_with("\xD9\x8A") || key.starts_with("\xD8\xAA") ||
           key.starts_with("\xD9\x86") || key.starts_with("\xD8\xA7")) &&
          (lexicon_->Contains(key) || KnownArabic(key))) {
        ++i;
        continue;
      }
    }
    // "الطريق الدائري" (the ring road): a one-word person's name that is an
    // ordinary word, right after a definite noun that is no title, is its
    // adjective. An adjective takes no preposition: "القوات الموالية للأسد"
    // (the forces loyal to Assad) is ل + the name.
    if (best_end == i + 1 && i > 0 && cand.type == EntityType::kPerson && lexicon_ &&
        c.info[i].stripped == 0 && !tokens[i].key.starts_with(kLiL) && c.Has(i, kDefinite) &&
        c.Has(i - 1, kDefinite) && c.info[i - 1].facts.title_node < 0 &&
        !c.Has(i - 1, kPunct | kStop | kGentilic) &&
        (c.Has(i, kLexicon) || KnownArabic(DropAl(c.info[i].word)))) {
      ++i;
      continue;
    }
    // "الدكتور عباس ميلاني" (another Abbas): a person's one-word alias that
    // is also a given name, with another name's word after it, is the name
    // of someone else; the person passes read the whole name. A word of the
    // record's own name keeps it.
    if (best_end == i + 1 && cand.type == EntityType::kPerson && c.info[i].stripped == 0 &&
        tokens[i].kind == TokenKind::kWord && lexicon_) {
      const KbEntity& e = kb_.entities()[cand.kb];
      auto other_name_word = [&](uint32_t k) {
        return c.tok(k).kind == TokenKind::kWord && c.info[k].stripped == 0 && c.Free(k) &&
               !c.Has(k, kStop | kPunct | kVerbLike | kGentilic | kReporting | kNumber |
                             kDirection | kPrefixParticle | kTheophoric) &&
               // No dictionary word, nor an inflected one ("مدعومة",
               // supported) but a nisba's shape: "ميلاني" is known to the
               // analysis only as "ميلان" + ي.
               !lexicon_->Contains(c.tok(k).key) && !lexicon_->Contains(DropAl(c.info[k].word)) &&
               !c.info[k].facts.participle &&
               // An accusative's alef ("عددا", a number of) is no name's end.
               !c.tok(k).key.ends_with("\xD8\xA7") &&
               (c.Has(k, kNisba) || !KnownArabic(DropAl(c.info[k].word))) && !c.info[k].head &&
               c.info[k].facts.title_node < 0 && c.info[k].facts.kb_readings == 0 &&
               !RecordHasWord(e, c.tok(k).key);
      };
      // "الخديوي عباس حلمي الثاني": a given name that is no word after it
      // is the next name of the chain, and not the record's; unless it is a
      // known person's one-word name itself ("هادي عباس", a player: which
      // of the two is the family name the person passes decide).
      auto another_given_name = [&](uint32_t k) {
        if (c.tok(k).kind != TokenKind::kWord || c.info[k].stripped > 0 || !c.Free(k) ||
            !c.Has(k, kGiven) || c.Has(k, kGivenCommon | kStop | kPunct) ||
            RecordHasWord(e, c.tok(k).key)) {
          return false;
        }
        // (Names listed with a tatweel between them, "أحمد عباس ـ يحيى",
        // are two people: only a space joins a chain.)
        const std::string_view gap = c.doc.Slice(Span{c.tok(k - 1).span.end, c.tok(k).span.begin});
        if (gap.find_first_not_of(' ') != std::string_view::npos) return false;
        const int32_t node = kb_.matcher().Step(AliasMatcher::kRoot, c.tok(k).key);
        return node < 0 || kb_.matcher().Hits(node).empty();
      };
      if (c.Has(i, kGiven) && i + 1 < send &&
          (other_name_word(i + 1) || another_given_name(i + 1))) {
        ++i;
        continue;
      }
    }
    // "أحكام الشرع" (the rulings of the law, not al-Sharaa), "قتل الأسد"
    // (the lion): a person's one-word alias that is a dictionary noun with
    // the article names the person only where the story names the person
    // by another name, or the person's country, or a title stands before
    // it. Decided in BuildEntities. (Without the article the dictionary's
    // affixes read too much: "بوتين" as بوت + ين.)
    if (best_end == i + 1 && cand.type == EntityType::kPerson &&
        (cand.key.empty() || cand.key == "weak") && lexicon_ && StartsWithAl(c.info[i].word) &&
        lexicon_->Contains(DropAl(c.info[i].word)) && !c.Has(i, kGiven) &&
        !(i > 0 && c.info[i - 1].facts.title_node >= 0)) {
      cand.key = cand.key.empty() ? "person-word" : "person-word-weak";
    }
    // "الوضع هادئ" (the situation is calm): the keys fold the hamza's seat,
    // so an adjective in ئ meets a name in ي ("هادي"); the name is written
    // without the hamza, the adjectives and participles with it. So is a
    // known word with the hamza inside ("الفائز", the winner) that meets a
    // family name written without it ("الفايز").
    if (best_end == i + 1 && cand.type == EntityType::kPerson &&
        ((c.doc.Slice(tokens[i].span).ends_with("\xD8\xA6") &&
          !kb_.entities()[cand.kb].name_ar.ends_with("\xD8\xA6")) ||
         (c.doc.Slice(tokens[i].span).find("\xD8\xA6") != std::string_view::npos &&
          kb_.entities()[cand.kb].name_ar.find("\xD8\xA6") == std::string::npos &&
          (c.Has(i, kLexicon) || KnownArabic(DropAl(c.info[i].word)))))) {
      ++i;
      continue;
    }
    // "وأمّ لوس أنجليس" (and made for Los Angeles) is no "وام" (WAM): the
    // keys fold the hamza away, but a one-word alias printed without it
    // (the knowledge base prints names as the press does) is not met by a
    // word written with a hamza on its alef.
    if (best_end == i + 1 && HamzaOnlyInText(c, i, cand.kb)) {
      ++i;
      continue;
    }
    // "فساد مالي" (financial corruption), "المعارضة السلمية" (the peaceful
    // opposition): a one-word place name shaped like an adjective, right
    // after a plain noun of the same definiteness, agrees with that noun as
    // its adjective. A noun that takes a country's name ("شعب مالي", the people
    // of Mali) is a head, a direction, a title or listed in country_nouns.
    // Gentilics ("القناة السعودية") stay mentions of their country.
    // An outlet named by an adjective ("الحضارة السومرية", the Sumerian
    // civilisation) is its name only without such a noun, or after its head.
    const bool outlet_adjective = cand.type == EntityType::kOrganization &&
                                  kb_.entities()[cand.kb].kind == "media" && i > 0 &&
                                  !c.info[i - 1].head && c.Has(i, kDefinite);
    if (best_end == i + 1 && i > 0 && lexicon_ && tokens[i].kind == TokenKind::kWord &&
        (cand.type == EntityType::kLocation || outlet_adjective) && c.info[i].stripped == 0 &&
        // "ولي عهد أبوظبي" (the crown prince of Abu Dhabi): no capital is
        // an adjective the press uses.
        kb_.entities()[cand.kb].kind != "capital" && c.Has(i, kNisba) && !c.Has(i, kGentilic) &&
        c.Has(i, kDefinite) == c.Has(i - 1, kDefinite) && c.tok(i - 1).kind == TokenKind::kWord &&
        !c.info[i - 1].facts.function_word &&
        // A title before a definite place is no office of it ("المعارضة
        // السلمية", the peaceful opposition; not an opponent).
        (c.info[i - 1].facts.title_node < 0 || c.Has(i, kDefinite)) &&
        // Definite, the noun may be a body's head or name ("الجبهة السلمية",
        // the peaceful front): a place never follows one with the article.
        (c.Has(i, kDefinite)
             ? !c.info[i - 1].head || c.info[i - 1].head->type == EntityType::kOrganization
             : !c.info[i - 1].head && c.info[i - 1].facts.kb_readings == 0) &&
        !c.Has(i - 1, kPunct | kStop | kDirection | kGentilic | kNumber) &&
        // "التسوية السلمية" (the peaceful settlement), "النووية السلمية": a
        // definite noun or adjective shaped like a nisba is still what the
        // definite adjective after it agrees with.
        (!c.Has(i - 1, kNisba) || c.Has(i, kDefinite)) &&
        !t_.place_prepositions.contains(c.info[i - 1].word) &&
        !t_.country_nouns.contains(DropAl(c.info[i - 1].word)) &&
        (c.Has(i - 1, kLexicon) || KnownArabic(DropAl(c.info[i - 1].word))) &&
        // "دعم مالي" (financial support), "نزاع قبلي": the adjective of a
        // noun the dictionary knows (مال، قبل). "ولي عهد أبوظبي", "هجوم
        // بنغازي", "معارك كوباني": a name that only looks like one, whatever
        // affixes an analysis could peel off it, is the place.
        AdjectiveOfKnownNoun(*lexicon_, DropAl(c.info[i].word))) {
      ++i;
      continue;
    }
    // "هذه الطبقة" (this class, not Tabqa), "تلك الوجه": a demonstrative
    // makes the definite word after it a common noun. States and capitals
    // stay ("هذا العراق").
    if (best_end == i + 1 && i > 0 && c.Has(i - 1, kDemonstrative) && c.Has(i, kDefinite) &&
        (cand.type == EntityType::kLocation || cand.type == EntityType::kFacility) &&
        kb_.entities()[cand.kb].kind != "country" && kb_.entities()[cand.kb].kind != "capital") {
      ++i;
      continue;
    }
    // "جزيرة كورسيكا ... حاكم الجزيرة" (the island's governor): a one-word
    // name that is also a place's head with the article refers back to the
    // place the document named with that head, not to the channel or the
    // gulf the knowledge base calls so.
    if (best_end == i + 1 && c.info[i].head && c.info[i].head->type == EntityType::kLocation &&
        c.Has(i, kDefinite) && cand.type != EntityType::kPerson) {
      bool named_before = false;
      // The head outside another name: "القاعدة في جزيرة العرب" names a body.
      for (uint32_t k = 0; k + 1 < i && !named_before; ++k) {
        const int32_t o = c.owner[k];
        named_before = c.info[k].head == c.info[i].head && !c.Has(k, kDefinite) &&
                       c.tok(k + 1).kind == TokenKind::kWord && !c.Has(k + 1, kStop | kPunct) &&
                       (o < 0 || (c.cands[o].tb == k && c.cands[o].type == EntityType::kLocation));
      }
      if (named_before) {
        ++i;
        continue;
      }
    }
    // "بوقت كافٍ" (in good time): a word written with tanwin is an
    // indefinite noun or adjective, not a one-word name of a body or place.
    if (best_end == i + 1 && facts.tanwin && cand.type != EntityType::kPerson) {
      ++i;
      continue;
    }
    // "الميادين الرئيسية" (the main squares, not Mayadin), "الوجه اللعين"
    // (the cursed face): a one-word place name that is an ordinary plural or
    // noun, with an adjective agreeing after it, is that noun. After a head
    // ("معسكر العند الاستراتيجي") or another noun it governs ("مجمع الظهران
    // التجاري") the adjective may be the head's, and the word is the name.
    if (best_end == i + 1 && lexicon_ && i + 1 < tokens.size() &&
        (cand.type == EntityType::kLocation || cand.type == EntityType::kFacility) &&
        kb_.entities()[cand.kb].kind != "country" && kb_.entities()[cand.kb].kind != "capital" &&
        tokens[i].kind == TokenKind::kWord && c.info[i].stripped == 0 &&
        tokens[i].key.starts_with(kAl) && c.Has(i, kDefinite) && !c.Has(i, kNisba) &&
        (i == 0 || (!c.info[i - 1].head && (c.Has(i - 1, kStop | kDefinite) ||
                                            (c.Has(i - 1, kPunct) && !c.Has(i - 1, kQuote)) ||
                                            c.info[i - 1].facts.function_word ||
                                            t_.place_prepositions.contains(c.info[i - 1].word)))) &&
        (c.Has(i, kLexicon) || KnownArabic(DropAl(c.info[i].word))) &&
        tokens[i + 1].kind == TokenKind::kWord && c.info[i + 1].stripped == 0 &&
        c.Has(i + 1, kDefinite) && c.Has(i + 1, kNisba) &&
        !c.Has(i + 1, kGentilic | kDirection | kStop | kPunct) && !c.info[i + 1].head &&
        c.info[i + 1].facts.kb_readings == 0 &&
        (c.Has(i + 1, kLexicon) || KnownArabic(DropAl(c.info[i + 1].word)))) {
      ++i;
      continue;
    }
    // "هيئة الهلال الأحمر الإماراتية" (the Emirati Red Crescent): a short
    // name of one country's body, with another country's gentilic after
    // it, names that country's body; the heads pass names it.
    // (Not a club of two words or more, a name no other country's club
    // bears: the gentilic after it is its player's or coach's, "مدرب ريال
    // مدريد الإيطالي X", the Italian coach of Real Madrid.)
    if (cand.type == EntityType::kOrganization && best_end > i + 1 && best_end < tokens.size() &&
        kb_.entities()[cand.kb].kind != "club" && c.info[best_end].stripped == 0 &&
        c.info[best_end].gentilic >= 0 && c.Has(best_end, kDefinite) &&
        !kb_.entities()[cand.kb].country.empty() &&
        kb_.entities()[c.info[best_end].gentilic].kind == "country" &&
        kb_.entities()[c.info[best_end].gentilic].id != kb_.entities()[cand.kb].country &&
        // It agrees with the body's head: in "اللجنة الأولمبية الدولية
        // الألماني" the German is the committee's president.
        c.doc.Slice(tokens[best_end].span).ends_with("\xD8\xA9") ==
            c.doc.Slice(tokens[i].span).ends_with("\xD8\xA9") &&
        // "قوات الاحتلال الفلسطينيين": a plural gentilic is the people, no
        // adjective of the body.
        !c.doc.Slice(tokens[best_end].span).ends_with("\xD9\x8A\xD9\x86") &&
        !c.doc.Slice(tokens[best_end].span).ends_with("\xD9\x88\xD9\x86")) {
      ++i;
      continue;
    }
    // A one-word place name that is also an ordinary word ("مالية" is
    // "financial" before it is Malé) needs a place context before it.
    if (best_end == i + 1 && lexicon_ && tokens[i].kind == TokenKind::kWord &&
        (cand.type == EntityType::kLocation || cand.type == EntityType::kFacility)) {
      const KbEntity& e = kb_.entities()[cand.kb];
      std::string_view w = c.info[i].word;
      // "عنه" (about him), "في داخله" (inside it): a function word and a
      // possessive ه, where the place's name ends in ة that the keys fold to
      // ه ("عنة", Anah; "الداخلة"). "حماه" (Hama) is no pronoun on "حما".
      if (c.doc.Slice(tokens[i].span).ends_with("\xD9\x87") && e.name_ar.ends_with("\xD8\xA9") &&
          Letters(w) >= 3) {
        const std::string_view stem = w.substr(0, w.size() - 2);
        if (t_.stop_words.contains(stem)) {
          ++i;
          continue;
        }
      }
      // "وأن" (and that) reads و + "ان", not the town Van.
      const bool function_word = facts.function_word;
      // "للحج" (for the Hajj) is ل + "الحج", not ل + "لحج" (Lahij): after
      // "لل" a word the language knows is read with the article, and a name
      // that starts with ل needs a place context.
      std::string_view lil = tokens[i].key;
      if (lil.starts_with("\xD9\x88") || lil.starts_with("\xD9\x81")) lil.remove_prefix(2);
      const bool word_as_written =
          best_stripped > 0 && e.kind != "country" && e.kind != "capital" &&
          lil.starts_with(kLiL) && Letters(lil) > 3 &&
          (lexicon_->Contains(lil.substr(kLiL.size())) || KnownArabic(lil.substr(kLiL.size())));
      if (function_word || word_as_written ||
          (e.kind != "country" && (e.kind != "capital" || c.Has(i, kNisba)) && !StartsWithAl(w) &&
           (lexicon_->Contains(w) || KnownArabic(w)))) {
        // Place contexts: a head, a direction, a preposition of place
        // ("عبر إفريقيا", "وقرب طبرق"), an office of a place ("محافظ عدن"),
        // or a place it is listed with ("بنغازي ودرنة", "برقة (سرت").
        TitleClass cls;
        bool common_noun = false;  // a place context, but the word governs a noun
        bool place =
            (i > 0 && (c.info[i - 1].head || c.Has(i - 1, kDirection) ||
                       // "من فرقة" (from a band): no proclitic follows a
                       // preposition, which governs the word as written.
                       (best_stripped == 0 &&
                        (c.info[i - 1].word == kFi || c.info[i - 1].word == "\xD9\x85\xD9\x86" ||
                         c.info[i - 1].word == "\xD8\xA7\xD9\x84\xD9\x8A" ||
                         (OnlyConjunctionBefore(c, i - 1) &&
                          t_.place_prepositions.contains(c.info[i - 1].word)))) ||
                       (c.info[i - 1].facts.title_node >= 0 && TitleAt(c, i - 1, i, &cls) == 1 &&
                        cls == TitleClass::kOffice) ||
                       // "ولي عهد أبوظبي": an office of two words.
                       (i > 1 && c.info[i - 2].facts.title_node >= 0 &&
                        TitleAt(c, i - 2, i, &cls) == 2 && cls == TitleClass::kOffice) ||
                       c.info[i - 1].word == kMithl || ListedWithPlace(c, i))) ||
            // "عين اليوم – أبها", "سلمان العلي- سبق- أبها:": the place of a
            // dateline, after the dash that ends the outlet's name or a
            // byline opening a line.
            (best_stripped == 0 && dateline_place(i)) ||
            // "بسيناء" (in Sinai): the preposition ب on the name itself; but
            // "بداخله" (inside it) ends in a pronoun where the key folds ة.
            (best_stripped == 1 && tokens[i].key.starts_with("\xD8\xA8") && !word_as_written &&
             !c.doc.Slice(tokens[i].span).ends_with("\xD9\x87"));
        // "تكريت وبيجي", "عدن، وتعز", "عسير، جازان": a place listed before
        // another one.
        // Across a comma, not a verb ("البيئة تدمر، ثقافتنا تدمر، إيران") nor
        // a word with ب/ل before it ("لعنة، والصين": a curse).
        const uint32_t n = i + 2 < send && c.Has(i + 1, kComma) ? i + 2 : i + 1;
        const bool comma_ok =
            !VerbLike(w) && (best_stripped == 0 || tokens[i].key.starts_with("\xD9\x88"));
        if (!place && !function_word && n < send &&
            (n == i + 2 ? comma_ok : c.tok(n).key.starts_with("\xD9\x88")) &&
            c.tok(n).kind == TokenKind::kWord && c.info[n].facts.kb_readings != 0) {
          const AliasRun next = LongestAlias(c, n, send, [](uint32_t, int32_t) { return true; });
          if (next.node >= 0) {
            for (const AliasHit& h : m.Hits(next.node)) {
              place = place || (!h.weak && kb_.entities()[h.entity].type == EntityType::kLocation);
            }
          }
        }
        // "في بلد العجائب" (in a land of wonders): before a definite noun
        // that is no adjective the word is in the construct state, a common
        // noun governing it.
        // A head before the word names it ("محافظة جدة"); "لل" + a noun
        // ("عدن للوقوف") says what for, a title ("جدة المهندس") whose, and a
        // word in ة ("دوما القريبة") is an adjective that agrees with a place.
        if (place && i > 0 && !c.info[i - 1].head && i + 1 < send && c.Free(i + 1) &&
            e.kind != "continent" && e.kind != "region" && c.tok(i + 1).kind == TokenKind::kWord &&
            c.info[i + 1].stripped == 0 && c.Has(i + 1, kDefinite) &&
            !c.tok(i + 1).key.starts_with(kLiL) &&
            c.info[i + 1].facts.word_source != ReadingSource::kArticle &&
            c.info[i + 1].facts.title_node < 0 &&
            !c.doc.Slice(c.tok(i + 1).span).ends_with("\xD8\xA9") &&
            !c.Has(i + 1, kNisba | kGentilic | kDirection | kStop | kModifier) &&
            !c.info[i + 1].head && c.info[i + 1].facts.kb_readings == 0 &&
            (c.Has(i + 1, kLexicon) || KnownArabic(DropAl(c.info[i + 1].word)))) {
          place = false;
          common_noun = true;
        }
        // "استعدادات الوزارة لحج هذا العام" (for this year's Hajj): a
        // demonstrative after the word makes it a common noun.
        if (place && i + 1 < send && c.Has(i + 1, kDemonstrative)) {
          place = false;
          common_noun = true;
        }
        // "جدة", "جازان", "أوروبا": a word the dictionary lists only as a
        // noun, or knows only through affixes ("جاز" + ان), is no verb or
        // particle that the place's name would take the place of: it is
        // read as a "?" alias is, the place where the document names the
        // place's country (decided in BuildEntities); a continent always.
        // Not so a clitic on a word as written ("فرقة" is no ف + "رقة"),
        // or a name in a person's slot: after a given name, a title with the
        // article or a reporting verb ("قال ميزاب", "الكاتب خليل صويلح").
        const bool person_slot =
            i > 0 && (c.Has(i - 1, kGiven | kReporting) ||
                      (c.Has(i - 1, kDefinite) && c.info[i - 1].facts.title_node >= 0));
        const bool noun_or_affixed =
            lexicon_->OnlyAsNoun(w) || (!lexicon_->Contains(w) && !VerbLike(w));
        // "زوجات جده" (his grandfather's wives), "سعاة بريده" (his mail
        // carriers): a word in ه where the place's name ends in ة, which the
        // keys fold together, is a noun with the pronoun "his".
        const bool his =
            c.doc.Slice(tokens[i].span).ends_with("\xD9\x87") && e.name_ar.ends_with("\xD8\xA9");
        if (!place && !function_word && !word_as_written && !his &&
            (noun_or_affixed || e.kind == "continent") && !(best_stripped > 0 && facts.key_known) &&
            !c.Has(i, kGiven) && !person_slot) {
          if (e.kind == "continent") {
            place = true;
          } else if (!e.country.empty() && (cand.key.empty() || cand.key == "weak")) {
            // A city and its province share the name ("نجران"): which one
            // is decided as for any shared alias, once the country is named.
            place = true;
            cand.key = cand.key.empty() ? "country" : "country-weak";
          }
        }
        // "تخبئها دبي" (that Dubai hides), "السيطرة على عدن" (control of
        // Aden): with no place context here, the word is still the place
        // where the document names that place elsewhere unambiguously ("في
        // عدن", "مدينة دبي"): a name keeps one sense in one story. Decided
        // in BuildEntities; the other passes keep the words till then.
        // (Not after a definite adjective: "لاعب الوسط الدولي انخل دي
        // ماريا" describes a person, whose name the word begins.)
        const bool after_adjective = i > 0 && c.Has(i - 1, kDefinite) && !c.info[i - 1].head &&
                                     c.info[i - 1].word.ends_with("\xD9\x8A");  // ي
        // "ثوار تعز" (the rebels of Taiz), "مهرجان أبها", "تحرير عدن": the
        // genitive of a plain noun in the construct state (no article, no
        // particle) is a noun, no verb; where the document or its paper is
        // set in the place's country, the place.
        const bool genitive =
            i > 0 && best_stripped == 0 && !e.country.empty() &&
            c.tok(i - 1).kind == TokenKind::kWord && !c.Has(i - 1, kDefinite) &&
            !c.Has(i - 1,
                   kPunct | kStop | kNumber | kGiven | kGentilic | kReporting | kDemonstrative) &&
            !c.info[i - 1].facts.function_word && !c.info[i - 1].facts.tanwin &&
            !c.info[i - 1].facts.participle && c.info[i - 1].facts.title_node < 0 &&
            // A noun the dictionary lists only as one ("كنا نجد", we used
            // to find: a verb before a verb).
            // ("تحرير", liberation, reads ت + "حرير" as a verb would.)
            (VerbalNounOfFormTwo(c.info[i - 1].word) ||
             (lexicon_->OnlyAsNoun(c.info[i - 1].word) && !c.Has(i - 1, kVerbLike))) &&
            !VerbLike(w) &&
            // "وقال دليل آمد": a name after a reporting verb is a person's.
            !(i > 1 && c.Has(i - 2, kReporting)) &&
            // "مصرف دبي الإسلامي": an adjective after it makes the phrase a
            // body's name.
            !(i + 1 < send && c.Has(i + 1, kDefinite) && c.Has(i + 1, kNisba) &&
              !c.Has(i + 1, kGentilic));
        if (!place && !function_word && !word_as_written && !common_noun && cand.key.empty() &&
            !c.Has(i, kGiven) && !person_slot && !after_adjective && genitive && !his) {
          cand.key = "country";
        } else if (!place && !function_word && !word_as_written && !common_noun &&
                   cand.key.empty() && !c.Has(i, kGiven) && !person_slot && !after_adjective &&
                   !(best_stripped > 0 && lexicon_->Contains(c.tok(i).key))) {  // ورقة: و + رقة
          cand.key = "echo";
        } else if (!place || function_word) {
          ++i;
          continue;
        }
      }
    }
    // "قاعدة جوية الجفرة" (an air base, al-Jufra): a facility head before a
    // place names the facility the knowledge base knows as head + place
    // ("قاعدة الجفرة").
    if (head && head->type == EntityType::kFacility && cand.type != EntityType::kFacility) {
      const uint32_t h = c.info[i - 1].head ? i - 1 : i - 2;
      int32_t node = m.Step(AliasMatcher::kRoot, c.info[h].word);
      for (uint32_t k = i; node >= 0 && k < best_end; ++k) node = m.Step(node, tokens[k].key);
      if (node >= 0) {
        for (const AliasHit& hit : m.Hits(node)) {
          if (!hit.weak && !hit.latin && kb_.entities()[hit.entity].type == EntityType::kFacility) {
            cand.kb = static_cast<int32_t>(hit.entity);
            cand.type = EntityType::kFacility;
            cand.key.clear();
            break;
          }
        }
      }
    }
    // "قاعدة الجفرة", "وقاعدة جوية الجفرة": the facility's head joins its name.
    if (cand.type == EntityType::kFacility && i > 0) {
      uint32_t h = i - 1;
      if (h > 0 && c.Has(h, kNisba) && !c.Has(h, kDefinite) && c.info[h - 1].head) --h;
      // "طريق مطار الطائف" (the Taif airport road): a name that opens with a
      // facility's head of its own is the genitive of the head before it,
      // which names another facility.
      if (c.info[h].head && c.info[h].head->type == EntityType::kFacility && c.Free(h) &&
          !c.Has(h, kDefinite) && !(c.info[i].head && best_stripped == 0)) {
        cand.tb = h;
        cand.stripped = c.info[h].stripped;
      }
    }
    // "دول الخليج" (the Gulf states), "دول البلطيق", "لدول المغرب العربي":
    // the region the knowledge base names with "دول" (the countries of) is
    // mentioned by its own name, as annotators write it ("الخليج",
    // "الخليج العربي"); the word only counts its states. After ل it stays
    // whole: "المركز الإحصائي لدول الخليج", "مجلس التعاون لدول الخليج" are
    // bodies named for the states, which their own passes read.
    if (cand.type == EntityType::kLocation && best_end > i + 1 && c.info[i].word == kDuwal &&
        c.info[i + 1].stripped == 0 &&
        !(c.info[i].stripped > 0 && c.tok(i).key.starts_with("\xD9\x84"))) {
      cand.tb = i + 1;
      cand.stripped = 0;
    }
    // "دول حزام ووسط أفريقيا" (the countries of the belt and the middle of
    // Africa): the place is the mention, not the knowledge base's region.
    // "محافظة لحج جنوب اليمن", "بنغازي شرقي ليبيا": a region named by a
    // direction right after a town only says where the town lies; the
    // country is the mention. A governorate so named ("رفح بشمال سيناء")
    // stays: it is where the town is.
    if (cand.type == EntityType::kLocation && c.Has(i, kDirection) &&
        (SharesPlace(c, i) ||
         (best_end > i + 1 && kb_.entities()[cand.kb].kind == "region" && LocatesPrevious(c, i)))) {
      ++i;
      continue;
    }
    // A name that is also a word ("?الهيئة العامة للطيران المدني", "?سفيرة")
    // leaves its words to the other passes until BuildEntities knows whether
    // the document names its country: if not, what they find there stands.
    if (cand.key == "context" || cand.key == "echo") cand.nested = true;
    AddInnerMentions(c, c.Add(std::move(cand)));
    i = best_end;
  }
  // A byline opening a line names the outlet bare between dashes, or before
  // the dash that ends it: "سلمان العلي- سبق- الرياض:", "سبق- وكالات:".
  // A one-word name that is also a word ("سبق", it preceded) is the paper
  // there when the knowledge base knows the paper by its head and that word
  // ("صحيفة سبق").
  for (uint32_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kWord || !c.Free(i) || c.info[i].stripped > 0 ||
        !IsDash(tokens[i + 1].key)) {
      continue;
    }
    auto line_start = [&](uint32_t k) {
      return k == 0 || c.doc.Slice(Span{tokens[k - 1].span.end, tokens[k].span.begin}).find('\n') !=
                           std::string_view::npos;
    };
    // The outlet opens the line, or follows the reporter's name (two to four
    // words) and a dash, with a dash or a colon after it.
    bool byline = line_start(i);
    if (!byline && i >= 3 && IsDash(tokens[i - 1].key) && i + 2 < tokens.size()) {
      for (uint32_t b = i - 1; b-- > 0 && i - 1 - b <= 4;) {
        if (tokens[b].kind != TokenKind::kWord) break;
        if (line_start(b)) {
          byline = i - 1 - b >= 2;
          break;
        }
      }
    }
    if (!byline) continue;
    int32_t node =
        m.Step(AliasMatcher::kRoot, "\xD8\xB5\xD8\xAD\xD9\x8A\xD9\x81\xD9\x87");  // صحيفه
    if (node >= 0) node = m.Step(node, tokens[i].key);
    if (node < 0) continue;
    for (const AliasHit& h : m.Hits(node)) {
      const KbEntity& e = kb_.entities()[h.entity];
      if (h.weak || h.latin || e.kind != "media") continue;
      Cand cand;
      cand.tb = i;
      cand.te = i + 1;
      cand.kb = static_cast<int32_t>(h.entity);
      cand.type = EntityType::kOrganization;
      cand.source = MentionSource::kKb;
      c.Add(std::move(cand));
      break;
    }
  }
  // An outlet's mention is its name as the press writes it bare: "صحيفة
  // السفير" and "الشروق المصرية" in the knowledge base's aliases are
  // السفير and الشروق; the head and the country's gentilic stay outside.
  for (Cand& cand : c.cands) {
    if (cand.dead || cand.nested || cand.kb < 0 || kb_.entities()[cand.kb].kind != "media") {
      continue;
    }
    cand.outlet = true;
    if (cand.te - cand.tb >= 2 && c.info[cand.tb].head && c.info[cand.tb].head->outlet &&
        !c.Has(cand.tb, kDefinite)) {
      c.owner[cand.tb] = -1;
      ++cand.tb;
      cand.stripped = 0;
    }
    // A head still opening the name ("هيئة الإذاعة البريطانية", the BBC)
    // makes the gentilic part of it.
    if (cand.te - cand.tb >= 2 && c.Has(cand.te - 1, kGentilic) && !c.info[cand.tb].head &&
        kb_.entities()[c.info[cand.te - 1].gentilic].kind == "country") {
      c.owner[cand.te - 1] = -1;
      --cand.te;
    }
  }
}

// A name after a head in the dual construct state at i ("حركتي فتح",
// "مدينتي الموصل"): when the head in the singular ("حركة", "مدينة") and the
// words after it make a knowledge-base alias, adds the name without the
// head and returns its end; else returns i.
uint32_t EntityAnnotator::DualHeadAlias(Ctx& c, uint32_t i, uint32_t send) const {
  constexpr std::string_view kDualTi = "\xD8\xAA\xD9\x8A";  // تي
  const std::string_view word = c.info[i].word;
  if (c.tok(i).kind != TokenKind::kWord || !word.ends_with(kDualTi) || Letters(word) < 5 ||
      i + 1 >= send || c.tok(i + 1).kind != TokenKind::kWord || !c.Free(i + 1)) {
    return i;
  }
  std::string singular(word.substr(0, word.size() - kDualTi.size()));
  singular += "\xD9\x87";  // ة folded
  const AliasMatcher& m = kb_.matcher();
  int32_t node = m.Step(AliasMatcher::kRoot, singular);
  uint32_t best_end = i;
  int32_t best = -1;
  for (uint32_t j = i + 1; node >= 0 && j < send; ++j) {
    node = m.Step(node, c.tok(j).key);
    if (node < 0) break;
    for (const AliasHit& h : m.Hits(node)) {
      if (h.weak || h.latin || h.contextual) continue;
      const EntityType type = kb_.entities()[h.entity].type;
      if (type == EntityType::kPerson) continue;
      best_end = j + 1;
      best = static_cast<int32_t>(h.entity);
      break;
    }
  }
  if (best < 0) return i;
  Cand cand;
  cand.tb = i + 1;
  cand.te = best_end;
  cand.kb = best;
  cand.type = kb_.entities()[best].type;
  cand.source = MentionSource::kKb;
  c.Add(std::move(cand));
  return best_end;
}

// Whether the word at i is written with a hamza on an alef (أ إ آ) while
// every alias of record `kb` its key matches is printed without one.
bool EntityAnnotator::HamzaOnlyInText(const Ctx& c, uint32_t i, int32_t kb) const {
  const std::string_view surface = c.doc.Slice(c.tok(i).span);
  auto hamza = [](std::string_view s) {
    return s.find("\xD8\xA3") != std::string_view::npos ||
           s.find("\xD8\xA5") != std::string_view::npos ||
           s.find("\xD8\xA2") != std::string_view::npos;
  };
  if (c.tok(i).kind != TokenKind::kWord || !hamza(surface)) return false;
  const KbEntity& e = kb_.entities()[kb];
  bool matched = false;
  auto check = [&](const std::string& name) {
    if (name.find(' ') != std::string::npos) return false;
    const std::string key = text::MatchKey(name);
    // The key as written or after proclitics ("بفأس": ب + "فأس").
    const std::string_view written = c.tok(i).key;
    if (key.empty() || !written.ends_with(key) || written.size() > key.size() + 4) return false;
    matched = true;
    return hamza(name);
  };
  if (check(e.name_ar)) return false;
  for (const std::string& a : e.aliases_ar) {
    if (check(a)) return false;
  }
  return matched;
}

// A paper's name is often a city's too ("الرياض", "المدينة"): its outlet
// record is looked up with the head as well ("صحيفة سبق"). Only a name the
// record writes so counts: a skeleton's likeness would make "الوئام" (a
// Saudi site) WAM, the Emirates' agency.
std::string_view EntityAnnotator::PublisherCountry(const Document& doc) const {
  if (doc.publisher.empty()) return {};
  // Once per publisher and thread (the lookups below normalise every alias
  // of the candidates).
  thread_local uint64_t cache_generation = 0;
  thread_local std::unordered_map<std::string, std::string_view> cache;
  if (cache_generation != generation_ || cache.size() > 4096) {
    cache.clear();
    cache_generation = generation_;
  }
  auto [country, fresh] = cache.try_emplace(doc.publisher);
  if (fresh) country->second = PublisherCountryUncached(doc.publisher);
  return country->second;
}

std::string_view EntityAnnotator::PublisherCountryUncached(const std::string& publisher) const {
  // The publisher's name with each outlet head of org_heads.tsv ("صحيفة",
  // "جريدة" ...), then alone.
  for (size_t h = 0; h <= t_.outlet_heads.size(); ++h) {
    const std::string name =
        h < t_.outlet_heads.size() ? t_.outlet_heads[h] + " " + publisher : publisher;
    const std::vector<std::string> key = KeyTokens(name);
    for (const KbEntity* k : kb_.FindByName(name)) {
      if (k->kind != "media" && k->kind != "news-agency") continue;
      // (The corpus's Latin ids of outlets, "alriyadh", are its Latin names.)
      bool exact = KeyTokens(k->name_ar) == key || KeyTokens(k->name_en) == key;
      for (const auto* names : {&k->aliases_ar, &k->aliases_en}) {
        for (size_t a = 0; a < names->size() && !exact; ++a) exact = KeyTokens((*names)[a]) == key;
      }
      if (exact) return k->country;
    }
  }
  return {};
}

// Whether the token at i carries no proclitic but a conjunction: "عبر",
// "وعبر", "فعبر" (a preposition keeps its meaning after "و"), not "بعبر".
bool EntityAnnotator::OnlyConjunctionBefore(const Ctx& c, uint32_t i) const {
  const uint8_t n = c.info[i].stripped;
  if (n == 0) return true;
  const std::string_view key = c.tok(i).key;
  return n == 1 && (key.starts_with("\xD9\x88") || key.starts_with("\xD9\x81"));
}

// Whether the word at i follows a place it is listed with: joined by "و" or
// "أو" ("بنغازي ودرنة", "مصر أو طبرق") or opening a bracket after it ("برقة
// (سرت والخديم)"). A list of places keeps an ordinary word's other sense out:
// "سرت" after "برقة (" is Sirte, not "she walked".
bool EntityAnnotator::ListedWithPlace(const Ctx& c, uint32_t i) const {
  auto place_ends_at = [&](uint32_t end) {
    if (end == 0) return false;
    const int32_t o = c.owner[end - 1];
    auto place = [](const Cand& cand) {
      return cand.type == EntityType::kLocation || cand.type == EntityType::kFacility;
    };
    if (o >= 0) return c.cands[o].te == end && place(c.cands[o]);
    // "قرب مدينة مشهد، وهراة": a place whose name is also a word owns no
    // words yet, and still opens the list.
    return std::any_of(c.cands.begin(), c.cands.end(), [&](const Cand& cand) {
      return !cand.dead && cand.te == end && cand.key == "context" && place(cand);
    });
  };
  const std::string_view key = c.tok(i).key;
  // Whatever the analysis made of the rest ("وبيجي" may read و + ب + "يجي"),
  // the alias matched after و.
  if (key.starts_with("\xD9\x88") && place_ends_at(i)) return true;
  // "والمدينة المنورة والشرقية وجازان", "تبوك والجوف وحائل": further down
  // the list, past one-word items joined by و that no pass has read yet.
  if (key.starts_with("\xD9\x88")) {
    for (uint32_t k = i; k >= 2 && i - k < 3;) {
      --k;
      if (c.tok(k).kind != TokenKind::kWord || c.owner[k] >= 0 || c.info[k].stripped == 0 ||
          !c.tok(k).key.starts_with("\xD9\x88")) {
        break;
      }
      if (place_ends_at(k)) return true;
    }
  }
  if (i < 2) return false;
  // "عدن، وتعز", "جازان، نجران": after a comma that follows a place.
  if (c.Has(i - 1, kComma) && place_ends_at(i - 1)) return true;
  const bool either = c.info[i - 1].stripped == 0 && c.tok(i - 1).key == kOr;
  return (either || c.Has(i - 1, kParenOpen)) && place_ends_at(i - 1);
}

// Whether the direction word at i, joined by "و" to a noun before it that is
// no direction, shares that noun's genitive: "حزام ووسط أفريقيا" (the belt
// and the middle of Africa) speaks of Africa, not of a region. Two directions
// ("وسط وشرق أوروبا") name two regions and are left to the rules for each.
bool EntityAnnotator::SharesPlace(const Ctx& c, uint32_t i) const {
  if (i == 0 || !c.Has(i, kDirection) || c.info[i].stripped == 0 ||
      !c.tok(i).key.starts_with("\xD9\x88")) {
    return false;
  }
  const uint32_t p = i - 1;
  if (c.tok(p).kind != TokenKind::kWord || !c.Free(p) || c.info[p].facts.kb_readings != 0 ||
      c.Has(p, kPunct | kStop | kDefinite | kGiven | kGentilic | kReporting | kNumber)) {
    return false;  // "منطقة حائل وشمال الجزيرة": two places
  }
  // A noun in the construct state: an ordinary word or a head, without the
  // article.
  return !c.Has(p, kDirection) && c.Has(p, kLexicon | kHead | kComplementNoun);
}

// Whether the title at i stands before its complement, as a title and not as
// the given name it may also be: "مساعد المدير العام", "أمين منطقة تبوك",
// "أمين عام الهيئة"; but "مساعد العتيبي" is a name and its family name.
bool EntityAnnotator::TitleBeforeComplement(const Ctx& c, uint32_t i) const {
  TitleClass cls;
  const int tl = TitleAt(c, i, c.sent_end[i], &cls);
  if (tl > 1) return true;
  if (tl == 0 || i + 1 >= c.info.size() || c.info[i + 1].stripped > 0) return false;
  // "حاكم دبي" (the ruler of Dubai), "سلطان عمان": a place the knowledge
  // base names is the office's complement, not a family name.
  const int32_t o = c.owner[i + 1];
  if (o >= 0 && c.cands[o].tb == i + 1 && c.cands[o].type == EntityType::kLocation &&
      c.cands[o].source == MentionSource::kKb) {
    return true;
  }
  return c.Has(i + 1, kHead | kComplementNoun) ||
         (c.Has(i + 1, kDefinite) && c.Has(i + 1, kLexicon) && !c.Has(i + 1, kNisba | kGentilic));
}

// Whether a name or title at i names the place or institution before it
// ("مستشفى الملك فهد", "مدرسة أبو بكر الصديق", "جامعة الأمير سلطان"): an
// eponym noun in the construct state, maybe with a one-word title between.
bool EntityAnnotator::Eponymous(const Ctx& c, uint32_t i) const {
  if (i == 0) return false;
  uint32_t p = i - 1;
  TitleClass cls;
  if (p > 0 && TitleAt(c, p, c.sent_end[p], &cls) == 1) --p;
  return c.Has(p, kEponym) && !c.Has(p, kDefinite) && c.info[p].facts.possessed_head == nullptr;
}

// Whether the direction phrase at i only locates the town or facility named
// just before it: "اللاذقية (شمال غرب سوريا)", "في الخيام، جنوب لبنان". After
// a region it renames it instead ("برقة (شرق ليبيا)") and stays a region.
bool EntityAnnotator::LocatesPrevious(const Ctx& c, uint32_t i) const {
  if (i == 0 || !c.Has(i, kDirection)) return false;
  // "السويداء وجنوب سوريا" adds a second place; "حلب بشمال سوريا" locates.
  const std::string_view key = c.tok(i).key;
  if (c.info[i].stripped > 0 && (key.starts_with("\xD9\x88") || key.starts_with("\xD9\x81"))) {
    return false;
  }
  uint32_t p = i - 1;
  while (p > 0 && c.Has(p, kDirection) && c.Free(p)) --p;  // "شمال غرب"
  if (c.Has(p, kParenOpen | kComma) && p > 0) --p;
  const int32_t o = c.owner[p];
  if (o < 0 || c.cands[o].te != p + 1) return false;
  const Cand& prev = c.cands[o];
  if (prev.type == EntityType::kFacility) return true;
  if (prev.type != EntityType::kLocation || prev.kb < 0) return false;
  const std::string& kind = kb_.entities()[prev.kb].kind;
  return kind == "city" || kind == "capital" || kind == "district" || kind == "province";
}

// Knowledge-base names inside a knowledge-base name, kept as mentions of their
// own where they refer to something else the text speaks of: a place or a
// person in an organisation's or facility's name ("سفارة ... في دمشق", "نظام
// بشار الأسد"), the parent body in a body's name ("بعثة الأمم المتحدة للدعم
// في ليبيا"), the country or continent a region is part of ("غرب أوروبا").
// Brand names (media, companies, airlines) keep theirs: "تلفزيون سوريا" is no
// mention of Syria.
void EntityAnnotator::AddInnerMentions(Ctx& c, int32_t outer_index) const {
  const Cand outer = c.cands[outer_index];
  if (outer.kb < 0 || outer.te - outer.tb < 2) return;
  const KbEntity& oe = kb_.entities()[outer.kb];
  const bool region = oe.type == EntityType::kLocation &&
                      (oe.kind == "region" || oe.kind == "province") && c.Has(outer.tb, kDirection);
  if (oe.type == EntityType::kPerson || (oe.type == EntityType::kLocation && !region)) return;
  // A brand named after a place does not mention the place: "تلفزيون دبي",
  // "ريال مدريد" (a club, not Madrid).
  if (oe.kind == "media" || oe.kind == "news-agency" || oe.kind == "company" ||
      oe.kind == "airline" || oe.kind == "club") {
    return;
  }
  const auto& tokens = c.doc.tokens;
  const AliasMatcher& m = kb_.matcher();
  for (uint32_t k = outer.tb + 1; k < outer.te;) {
    // A facility's name holds the place it is named after ("مطار بنغازي",
    // "ميناء صفاقس"); only a place after "في" is one it is in.
    const bool located = k > outer.tb + 1 && c.info[k - 1].word == kFi;
    if (c.Has(k, kPunct | kStop) || c.info[k].facts.kb_readings == 0 ||
        (oe.type == EntityType::kFacility && !located)) {
      ++k;
      continue;
    }
    // The first hit at a node that refers to something else than the outer name.
    auto inner_hit = [&](int32_t node) -> int32_t {
      for (const AliasHit& h : m.Hits(node)) {
        if (h.weak || (h.latin && tokens[k].kind != TokenKind::kLatin)) continue;
        if (static_cast<int32_t>(h.entity) == outer.kb) continue;
        const KbEntity& ie = kb_.entities()[h.entity];
        const bool keep =
            region ? ie.type == EntityType::kLocation &&
                         (ie.kind == "country" || ie.kind == "continent" || ie.kind == "territory")
                   : ie.type != oe.type || std::find(oe.affiliations.begin(), oe.affiliations.end(),
                                                     ie.id) != oe.affiliations.end();
        if (keep) return static_cast<int32_t>(h.entity);
      }
      return -1;
    };
    const AliasRun run =
        LongestAlias(c, k, outer.te, [&](uint32_t, int32_t node) { return inner_hit(node) >= 0; });
    const int32_t best = run.node >= 0 ? inner_hit(run.node) : -1;
    const uint32_t best_end = run.end;
    const uint8_t best_stripped = run.stripped;
    // "المجلس الأطلسي": one word shaped like an adjective qualifies the name.
    if (best < 0 || (best_end == k + 1 && c.Has(k, kNisba))) {
      ++k;
      continue;
    }
    Cand inner;
    inner.tb = k;
    inner.te = best_end;
    inner.stripped = best_stripped;
    inner.type = kb_.entities()[best].type;
    inner.kb = best;
    inner.source = MentionSource::kKb;
    inner.nested = true;
    c.Add(std::move(inner));
    k = best_end;
  }
}

}  // namespace rased::ner::internal

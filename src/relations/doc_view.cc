#include "relations/doc_view.h"

#include <algorithm>

#include "common/utf8.h"

namespace rased::relations {

namespace {

constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال
constexpr std::string_view kLamLam = "\xD9\x84\xD9\x84";   // لل
constexpr std::string_view kTa = "\xD8\xAA";               // ت
constexpr std::string_view kHa = "\xD9\x87";               // ه (folded ة)

bool IsHardPunct(std::string_view s) {
  return s == "." || s == "!" || s == "?" || s == "\xD8\x9F" /*؟*/ || s == ";" ||
         s == "\xD8\x9B" /*؛*/ || s == ":";
}

bool IsComma(std::string_view s) { return s == "," || s == "\xD8\x8C" /*،*/; }

bool IsQuote(std::string_view s) {
  return s == "\"" || s == "'" || s == "\xE2\x80\x9C" /*“*/ || s == "\xE2\x80\x9D" /*”*/ ||
         s == "\xC2\xAB" /*«*/ || s == "\xC2\xBB" /*»*/ || s == "\xE2\x80\x9E" /*„*/ ||
         s == "\xE2\x80\xB3" /*″*/ || s == "\xE2\x80\x9F" /*‟*/ || s == "\xE2\x80\x98" ||
         s == "\xE2\x80\x99";
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// One proclitic letter's bit, 0 when the two bytes are not one.
uint8_t ProcliticBit(std::string_view two) {
  if (two == "\xD9\x88") return kProWa;  // و
  if (two == "\xD9\x81") return kProFa;  // ف
  if (two == "\xD8\xA8") return kProBi;  // ب
  if (two == "\xD9\x83") return kProKa;  // ك
  if (two == "\xD9\x84") return kProLi;  // ل
  return 0;
}

// The proclitics the text stage split off `key` to get `base`; 0 when `base`
// is not `key` minus proclitics.
uint8_t ProcliticsOf(std::string_view key, std::string_view base) {
  uint8_t bits = 0;
  size_t i = 0;
  while (i + 2 <= key.size()) {
    std::string_view rest = key.substr(i);
    if (rest == base) return bits;
    // "للأسد" -> "الاسد": the ل of the preposition absorbed the alef.
    if (rest.substr(0, kLamLam.size()) == kLamLam && base.substr(0, kArticle.size()) == kArticle &&
        rest.substr(kLamLam.size()) == base.substr(kArticle.size())) {
      return bits | kProLi;
    }
    const uint8_t bit = ProcliticBit(rest.substr(0, 2));
    if (bit == 0) break;
    bits |= bit;
    i += 2;
  }
  return 0;
}

}  // namespace

DocView::DocView(const Document& doc, const Rules& rules, const KnowledgeBase& kb)
    : doc_(doc), rules_(rules), kb_(kb) {
  IndexTokens();
  IndexMentions();
  IndexParagraphs();
  MarkParentheticals();
}

void DocView::IndexTokens() {
  const size_t n = doc_.tokens.size();
  toks_.resize(n);
  // Stripped forms are written to one arena first and viewed afterwards, so
  // that growing it never invalidates a view.
  struct Pending {
    uint32_t token;
    uint32_t offset;
    uint32_t size;
  };
  std::vector<Pending> pending;
  std::vector<std::string> variants;
  for (size_t i = 0; i < n; ++i) {
    const Token& t = doc_.tokens[i];
    Tok& tk = toks_[i];
    std::string_view key = t.key;
    std::string_view base = t.base.empty() ? key : std::string_view(t.base);
    std::string_view stem = t.stem.empty() ? base : std::string_view(t.stem);
    auto add = [&tk](std::string_view f) {
      if (f.empty() || tk.nforms >= 8) return;
      for (uint8_t k = 0; k < tk.nforms; ++k) {
        if (tk.forms[k] == f) return;
      }
      tk.forms[tk.nforms++] = f;
    };
    add(key);
    add(base);
    add(stem);
    if (t.enclitic_bytes > 0 && t.enclitic_bytes < base.size()) {
      tk.enclitic = base.substr(base.size() - t.enclitic_bytes);
      std::string_view bare = base.substr(0, base.size() - t.enclitic_bytes);
      add(bare);
      if (stem.size() > t.enclitic_bytes) add(stem.substr(0, stem.size() - t.enclitic_bytes));
      // "زيارته" -> "زيارت" -> "زياره": the pronoun turned ة into ت.
      if (bare.size() > kTa.size() && bare.substr(bare.size() - kTa.size()) == kTa) {
        for (std::string_view b : {bare, stem.substr(0, stem.size() - t.enclitic_bytes)}) {
          if (b.size() <= kTa.size()) continue;
          pending.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(arena_.size()),
                             static_cast<uint32_t>(b.size())});
          arena_.append(b.substr(0, b.size() - kTa.size()));
          arena_.append(kHa);
        }
      }
    }
    tk.proclitics = ProcliticsOf(key, base);
    if (t.kind == TokenKind::kWord && key == base && key.size() > 6 &&
        ProcliticBit(key.substr(0, 2))) {
      // The text stage splits proclitics only off words its lexicon knows
      // ("ووصل" stays whole); the stage's own tables know their words.
      variants.clear();
      ProcliticVariants(key, &variants);
      for (const std::string& v : variants) {
        if (!rules_.Knows(v)) continue;
        pending.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(arena_.size()),
                           static_cast<uint32_t>(v.size())});
        arena_.append(v);
        tk.proclitics |= ProcliticsOf(key, v);
        break;
      }
    } else if (t.kind == TokenKind::kWord && key != base && key.size() > 6 &&
               (ProcliticBit(key.substr(0, 2)) & (kProWa | kProFa)) && base != key.substr(2) &&
               rules_.Knows(key.substr(2))) {
      // The text stage took a longer proclitic chain than the conjunction
      // (و + ك + ...) for a word its lexicon lacks: when the word after the
      // conjunction alone is in this stage's tables, that is the better reading.
      const std::string_view rest = key.substr(2);
      add(rest);
      tk.proclitics = ProcliticsOf(key, rest);
    }
    for (uint8_t k = 0; k < tk.nforms; ++k) {
      if (const WordInfo* w = rules_.Lookup(tk.forms[k])) {
        tk.classes |= w->classes;
        tk.starts |= w->starts;
      }
    }
    tk.number = t.has_value;
    if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kSymbol) {
      std::string_view surface = doc_.Slice(t.span);
      tk.hard = IsHardPunct(surface);
      tk.comma = IsComma(surface);
      tk.quote = IsQuote(surface);
    }
  }
  for (const Pending& p : pending) {
    Tok& tk = toks_[p.token];
    std::string_view f(arena_.data() + p.offset, p.size);
    bool dup = false;
    for (uint8_t k = 0; k < tk.nforms; ++k) dup |= tk.forms[k] == f;
    if (!dup && tk.nforms < 8) tk.forms[tk.nforms++] = f;
    if (const WordInfo* w = rules_.Lookup(f)) {
      tk.classes |= w->classes;
      tk.starts |= w->starts;
    }
  }
}

void DocView::IndexMentions() {
  mentions_.resize(doc_.mentions.size());
  for (size_t m = 0; m < doc_.mentions.size(); ++m) {
    const Mention& mention = doc_.mentions[m];
    MentionInfo& info = mentions_[m];
    info.entity = mention.entity;
    info.span = mention.span;
    info.begin = mention.token_begin;
    info.end = std::min<uint32_t>(mention.token_end, size());
    if (mention.entity >= 0 && mention.entity < static_cast<int32_t>(doc_.entities.size())) {
      info.type = doc_.entities[mention.entity].type;
    }
    for (uint32_t t = info.begin; t < info.end; ++t) {
      const int32_t old = toks_[t].mention;
      if (old < 0 || mentions_[old].end - mentions_[old].begin < info.end - info.begin) {
        toks_[t].mention = static_cast<int32_t>(m);
      }
    }
    if (info.end == info.begin + 1 && info.type == EntityType::kLocation) {
      const Token& t = doc_.tokens[info.begin];
      info.adjectival =
          kb_.AdjectiveIndex(t.key) >= 0 || (!t.base.empty() && kb_.AdjectiveIndex(t.base) >= 0);
    }
  }
  AddAdjectiveMentions();
  for (MentionInfo& info : mentions_) {
    if (info.entity < 0) continue;
    const std::string& id = doc_.entities[info.entity].kb_id;
    const KbEntity* e = id.empty() ? nullptr : kb_.FindById(id);
    if (e == nullptr) continue;
    info.outlet = rules_.KindIn("outlet", e->kind);
    info.state = rules_.KindIn("state", e->kind);
  }
  MarkTitlesAndNames();
  // A gentilic adjective right before a person's name belongs to the title
  // ("الرئيس الروسي فلاديمير بوتين"): the person is the argument, not Russia.
  for (MentionInfo& info : mentions_) {
    if (!info.adjectival) continue;
    for (uint32_t t = info.end; t < size() && t < info.end + 3; ++t) {
      const Tok& tk = toks_[t];
      if (tk.mention >= 0 && mentions_[tk.mention].type == EntityType::kPerson &&
          mentions_[tk.mention].begin == t) {
        info.modifier = true;
        break;
      }
      if (tk.hard || tk.comma || (tk.classes & (kPrep | kComp | kRel)) || tk.mention >= 0) break;
    }
  }
}

void DocView::AddAdjectiveMentions() {
  for (uint32_t t = 1; t < size(); ++t) {
    const Token& token = doc_.tokens[t];
    if (toks_[t].mention >= 0 || token.kind != TokenKind::kWord) continue;
    std::string_view base =
        token.base.empty() ? std::string_view(token.key) : std::string_view(token.base);
    if (base.substr(0, kArticle.size()) != kArticle) continue;
    // After a common noun: "النفوذ الروسي", not "الشباب" + nationality alone.
    const Tok& prev = toks_[t - 1];
    if (prev.mention >= 0 || doc_.tokens[t - 1].kind != TokenKind::kWord) continue;
    // Not after a function word, nor after people ("المقاتلون السوريون"):
    // those name nationals, not their state.
    if (prev.classes & (kPrep | kComp | kRel | kCoord | kAux | kNeg | kForce | kHead | kNonState))
      continue;
    // Plural adjectives name people ("التونسيين"), not their state, unless
    // the people speak for it ("المسؤولين الروس").
    constexpr std::string_view kYn = "\xD9\x8A\xD9\x86", kWn = "\xD9\x88\xD9\x86";  // ين ون
    const bool officials = (prev.classes & kOfficial) != 0;
    if (!officials && base.size() > 4 &&
        (base.substr(base.size() - 4) == kYn || base.substr(base.size() - 4) == kWn)) {
      continue;
    }
    // Gentilic adjectives end in ي or يه ("الروسي", "الروسيه"); the check
    // spares a lookup for most words.
    const bool nisba = base.size() > 6 && (base.substr(base.size() - 2) == "\xD9\x8A" ||
                                           base.substr(base.size() - 4) == "\xD9\x8A\xD9\x87");
    if (!nisba && !officials) continue;
    int32_t kb_index = kb_.AdjectiveIndex(base);
    if (kb_index < 0) kb_index = kb_.AdjectiveIndex(token.key);
    if (kb_index < 0) continue;
    const std::string& id = kb_.entities()[kb_index].id;
    int32_t entity = -1;
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      if (doc_.entities[e].kb_id == id) {
        entity = static_cast<int32_t>(e);
        break;
      }
    }
    if (entity < 0) continue;
    MentionInfo info;
    info.entity = entity;
    info.type = doc_.entities[entity].type;
    info.span = token.span;
    info.begin = t;
    info.end = t + 1;
    info.adjectival = true;
    info.pseudo = true;
    toks_[t].mention = static_cast<int32_t>(mentions_.size());
    mentions_.push_back(info);
  }
}

void DocView::MarkTitlesAndNames() {
  constexpr uint32_t kTitleSpan = 7;
  for (size_t m = 0; m < doc_.mentions.size(); ++m) {
    MentionInfo& info = mentions_[m];
    if (info.type != EntityType::kPerson || info.entity < 0) continue;
    const uint32_t s = SentenceOf(info.begin);
    const uint32_t sb = SentenceBegin(s);
    const uint32_t se = SentenceEnd(s);
    // "سلمان بن عبدالعزيز آل سعود": a name right after a person's name is the
    // rest of it.
    if (info.end < se && toks_[info.end].mention >= 0) {
      MentionInfo& next = mentions_[toks_[info.end].mention];
      if (next.begin == info.end && !next.pseudo && (toks_[next.begin].classes & kNameParticle)) {
        next.continuation = true;
      }
    }
    // After the name: "، أمير منطقة الرياض", "وزير الدولة عضو مجلس الوزراء".
    uint32_t t = info.end;
    while (t < se && (toks_[t].comma || toks_[t].quote)) ++t;
    if (t < se && (toks_[t].classes & kTitle) && toks_[t].mention < 0) {
      for (uint32_t k = t + 1; k < se && k < t + kTitleSpan; ++k) {
        const Tok& tk = toks_[k];
        if (tk.hard || tk.comma || (tk.classes & (kComp | kRel)) || (tk.proclitics & kProWa)) break;
        if ((tk.proclitics & kProPrepositions) && !(tk.classes & kTitle) && tk.mention < 0) break;
        if (tk.mention >= 0 && mentions_[tk.mention].type != EntityType::kPerson) {
          mentions_[tk.mention].in_title = true;
        } else if (tk.mention >= 0) {
          break;
        }
      }
    }
    // Before the name: "مبعوث مجلس التعاون إلى اليمن الدكتور صالح القنيعير".
    for (uint32_t k = info.begin; k > sb && info.begin - k < kTitleSpan; --k) {
      const Tok& tk = toks_[k - 1];
      if (tk.hard || tk.comma || (tk.classes & (kComp | kRel))) break;
      if (tk.mention >= 0 && mentions_[tk.mention].type == EntityType::kPerson) break;
      if ((tk.classes & kTitle) && tk.mention < 0) {
        for (uint32_t j = k; j < info.begin; ++j) {
          if (toks_[j].mention >= 0) mentions_[toks_[j].mention].in_title = true;
        }
        break;
      }
    }
  }
}

void DocView::IndexParagraphs() {
  paragraph_.assign(doc_.sentences.size(), 0);
  uint32_t p = 0;
  for (size_t s = 1; s < doc_.sentences.size(); ++s) {
    const uint32_t from = doc_.sentences[s - 1].span.end;
    const uint32_t to = doc_.sentences[s].span.begin;
    int newlines = 0;
    for (uint32_t i = from; i < to && i < doc_.text.size(); ++i) {
      const char c = doc_.text[i];
      if (c == '\n') {
        ++newlines;
      } else if (!IsSpace(c)) {
        newlines = 0;
      }
    }
    if (newlines >= 2) ++p;
    paragraph_[s] = p;
  }
}

void DocView::MarkParentheticals() {
  const std::string& text = doc_.text;
  for (size_t s = 0; s < doc_.sentences.size(); ++s) {
    const uint32_t b = SentenceBegin(static_cast<uint32_t>(s));
    const uint32_t e = SentenceEnd(static_cast<uint32_t>(s));
    int64_t open_paren = -1;
    int64_t open_dash = -1;
    for (uint32_t t = b; t < e; ++t) {
      if (!(toks_[t].classes & kParen)) continue;
      const Span sp = doc_.tokens[t].span;
      std::string_view surface = doc_.Slice(sp);
      if (surface == "(" || surface == "[") {
        open_paren = t;
      } else if ((surface == ")" || surface == "]") && open_paren >= 0) {
        for (uint32_t k = static_cast<uint32_t>(open_paren); k <= t; ++k) toks_[k].paren = true;
        open_paren = -1;
      } else {
        // A dash with a space on one side opens or closes a remark; one joined
        // to both neighbours joins a pair ("دمشق-بنغازي").
        const bool space_before = sp.begin == 0 || IsSpace(text[sp.begin - 1]);
        const bool space_after = sp.end >= text.size() || IsSpace(text[sp.end]);
        if (!space_before && !space_after) continue;
        if (open_dash < 0) {
          open_dash = t;
        } else {
          for (uint32_t k = static_cast<uint32_t>(open_dash); k <= t; ++k) toks_[k].paren = true;
          open_dash = -1;
        }
      }
    }
  }
}

bool DocView::Matches(uint32_t t, std::string_view word) const {
  const Tok& tk = toks_[t];
  for (uint8_t k = 0; k < tk.nforms; ++k) {
    if (tk.forms[k] == word) return true;
  }
  if (word.size() > kArticle.size() + 4 && word.substr(0, kArticle.size()) == kArticle) {
    std::string_view bare = word.substr(kArticle.size());
    for (uint8_t k = 0; k < tk.nforms; ++k) {
      if (tk.forms[k] == bare) return true;
    }
  }
  return false;
}

uint32_t DocView::MatchWords(uint32_t t, uint32_t end, const std::string* words, size_t n) const {
  uint32_t i = t;
  for (size_t w = 0; w < n; ++w) {
    while (i < end && toks_[i].quote) ++i;
    if (i >= end || !Matches(i, words[w])) return 0;
    ++i;
  }
  return i - t;
}

uint32_t DocView::ClassAt(uint32_t t, uint32_t end, uint64_t cls) const {
  uint32_t best = (toks_[t].classes & cls) ? 1 : 0;
  MatchTable(rules_.class_phrases(), t, end, [&](uint32_t payload, uint32_t len) {
    if ((payload & cls) && len > best) best = len;
  });
  return best;
}

bool DocView::Fits(int32_t m, uint8_t types) const {
  const MentionInfo& info = mentions_[m];
  if (info.entity < 0) return false;
  if (types & TypeBit(info.type)) return true;
  return info.type == EntityType::kLocation && info.state && (types & kStateBit);
}

int32_t DocView::MentionEndingBefore(uint32_t t, uint32_t floor, bool comma) const {
  uint32_t j = t;
  bool used_comma = false;
  while (j > floor) {
    const Tok& tk = toks_[j - 1];
    if (tk.quote) {
      --j;
      continue;
    }
    if (comma && tk.comma && !used_comma) {
      used_comma = true;
      --j;
      continue;
    }
    break;
  }
  if (j == floor || j == 0) return -1;
  const int32_t m = toks_[j - 1].mention;
  if (m >= 0 && mentions_[m].end == j) return m;
  return -1;
}

bool DocView::ProcliticInName(const MentionInfo& info) const {
  if (info.pseudo || info.entity < 0) return false;
  const std::string_view text = doc_.Slice(info.span);
  const std::string& name = doc_.entities[info.entity].name;
  if (info.span.begin != doc_.tokens[info.begin].span.begin) return false;
  const size_t a = text.find(' ');
  const size_t b = name.find(' ');
  const std::string_view first_text = text.substr(0, a);
  const std::string_view first_name = std::string_view(name).substr(0, b);
  return !first_text.empty() && first_text == first_name;
}

bool DocView::Governed(int32_t m) {
  MentionInfo& info = mentions_[m];
  if (info.governed >= 0) return info.governed == 1;
  info.governed = 0;  // guards against cycles through coordination
  const uint32_t first = info.begin;
  const uint32_t floor = SentenceBegin(SentenceOf(first));
  bool governed = false;
  if (toks_[first].proclitics & kProPrepositions) {
    // "باراك أوباما": a name whose own first letter reads as a preposition.
    governed = !ProcliticInName(info);
  } else {
    // A gentilic adjective shares the governor of the noun it follows
    // ("داخل الأراضي السورية").
    uint32_t j = info.pseudo && first > floor ? first - 1 : first;
    if (j < first && (toks_[j].proclitics & kProPrepositions)) governed = true;
    int heads = 0;
    while (!governed && j > floor) {
      const Tok& tk = toks_[j - 1];
      if (tk.quote) {
        --j;
        continue;
      }
      if (tk.mention >= 0) break;
      if (tk.classes & kExemplify) {
        // "ومن بينها السودان": an example in a list, not a subject.
        governed = true;
        break;
      }
      if (tk.classes & kPrep) {
        // "1200 من عناصر فاغنر", "كل من حفتر والأسد": partitive, not a governor;
        // "مندوبين من شرق ليبيا", "مسؤولون آخرون من الحكومة": those who speak
        // for the name, which is the party.
        bool partitive = false;
        if (doc_.tokens[j - 1].key == "\xD9\x85\xD9\x86" /*من*/ && j - 1 > floor) {
          uint32_t k = j - 2;
          if ((toks_[k].classes & kOther) && k > floor && (toks_[k - 1].classes & kOfficial)) --k;
          partitive = toks_[k].number || (toks_[k].classes & (kPartitive | kOfficial));
        }
        governed = !partitive;
        break;
      }
      if ((tk.classes & kHead) && heads < 2) {
        if (tk.proclitics & kProPrepositions) {
          governed = true;
          break;
        }
        ++heads;
        --j;
        continue;
      }
      break;
    }
    if (!governed) {
      // The second conjunct of "X و Y" shares X's governor.
      bool joined = toks_[first].proclitics & kProWa;
      uint32_t k = first;
      while (k > floor) {
        const Tok& p = toks_[k - 1];
        if (p.quote || p.comma) {
          --k;
          continue;
        }
        if ((p.classes & kCoord) && p.mention < 0) {
          joined = true;
          --k;
          continue;
        }
        break;
      }
      if (joined) {
        const int32_t prev = MentionEndingBefore(k, floor, false);
        if (prev >= 0 && prev != m) governed = Governed(prev);
      }
    }
  }
  info.governed = governed ? 1 : 0;
  return governed;
}

Span DocView::SpanOf(uint32_t b, uint32_t e, bool strip_proclitics) const {
  if (b >= e) return Span{};
  Span span{doc_.tokens[b].span.begin, doc_.tokens[e - 1].span.end};
  if (strip_proclitics && toks_[b].proclitics) {
    // Skip as many letters as the proclitics took, with their marks. In
    // "للأسد" the article's alef is gone from the surface, so only the letters
    // before the double lam are dropped.
    const Token& t = doc_.tokens[b];
    std::string_view base = t.base.empty() ? std::string_view(t.key) : std::string_view(t.base);
    int letters = 0;
    for (size_t i = 0; i < t.key.size();) {
      utf8::Next(t.key, i);
      ++letters;
    }
    for (size_t i = 0; i < base.size();) {
      utf8::Next(base, i);
      --letters;
    }
    size_t i = span.begin;
    while (letters > 0 && i < t.span.end) {
      char32_t cp = utf8::Next(doc_.text, i);
      if (utf8::IsArabicLetter(cp)) {
        --letters;
        // Marks after the letter belong to it.
        while (i < t.span.end) {
          size_t j = i;
          char32_t next = utf8::Next(doc_.text, j);
          if (utf8::IsArabicLetter(next) || next < 0x80) break;
          i = j;
        }
      }
    }
    if (i < t.span.end) span.begin = static_cast<uint32_t>(i);
  }
  return span;
}

std::string DocView::TextOf(uint32_t b, uint32_t e, bool strip_proclitics) const {
  return std::string(doc_.Slice(SpanOf(b, e, strip_proclitics)));
}

}  // namespace rased::relations

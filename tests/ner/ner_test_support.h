// What the entity stage's tests share: the text and entity stages over a
// knowledge base, built once per suite and never freed (suites keep them in
// statics), a sentence run through them, an entity found by one of its
// mentions, the record it links and the titles of its roles, a readable dump
// of entities and roles for failure messages, and the fixture of the suites
// over the shipped data.
#ifndef RASED_TESTS_NER_NER_TEST_SUPPORT_H_
#define RASED_TESTS_NER_NER_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kb/knowledge_base.h"
#include "ner/entity_annotator.h"
#include "text/lexicon.h"
#include "text/text_annotator.h"

namespace rased::ner::test {

struct Stages {
  KnowledgeBase* kb = nullptr;
  Annotator* ner = nullptr;
  Annotator* text = nullptr;

  // The text and entity stages over `text`, published by `publisher` (an
  // outlet's id or name; the entity stage reads the paper's own name by it).
  Document Run(const std::string& text, const std::string& publisher = "") const {
    Document doc;
    doc.id = "test";
    doc.text = text;
    doc.publisher = publisher;
    EXPECT_TRUE(this->text->Annotate(doc).ok());
    EXPECT_TRUE(ner->Annotate(doc).ok());
    return doc;
  }

  // The knowledge-base id of the entity with the mention `mention` in
  // `text`; "" when no entity has that mention or the entity has no record.
  std::string KbIdOf(const std::string& text, std::string_view mention) const;

  // Whether some entity of `text` links the record `id`.
  bool Links(const std::string& text, std::string_view id) const {
    const Document doc = Run(text);
    for (const Entity& e : doc.entities) {
      if (e.kb_id == id) return true;
    }
    return false;
  }
};

// Knowledge-base files are paths below the source tree; with none, the
// shipped knowledge base of the data directory.
inline void LoadStages(const std::vector<std::string>& kb_files, Stages* out) {
  std::vector<std::string> paths;
  for (const std::string& f : kb_files) paths.push_back(std::string(RASED_TEST_SOURCE_DIR) + f);
  auto kb = paths.empty() ? KnowledgeBase::Load(RASED_TEST_DATA_DIR, {})
                          : KnowledgeBase::LoadFiles(paths);
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  out->kb = std::move(*kb).release();
  auto ner = NewEntityAnnotator(*out->kb, RASED_TEST_DATA_DIR);
  ASSERT_TRUE(ner.ok()) << ner.status().ToString();
  out->ner = std::move(*ner).release();
  out->text = text::NewTextAnnotator(nullptr).release();
}

// Gives `stages` the text stage with the word list of the data directory, as
// the pipeline runs it; whether the list has hunspell's dictionary.
inline bool UseWordList(Stages* stages) {
  auto lexicon = text::Lexicon::Load("", RASED_TEST_DATA_DIR);
  EXPECT_TRUE(lexicon.ok()) << lexicon.status().ToString();
  if (!lexicon.ok()) return false;
  const bool has_hunspell = (*lexicon)->has_hunspell();
  // Kept for the process, as the stages are.
  stages->text = text::NewTextAnnotator(std::move(*lexicon).release()).release();
  return has_hunspell;
}

// The entity with a mention whose text is `mention`, or nullptr.
inline const Entity* FindEntity(const Document& doc, std::string_view mention) {
  for (const Entity& e : doc.entities) {
    for (uint32_t m : e.mentions) {
      if (doc.Slice(doc.mentions[m].span) == mention) return &e;
    }
  }
  return nullptr;
}

inline std::string Stages::KbIdOf(const std::string& text, std::string_view mention) const {
  const Document doc = Run(text);
  const Entity* e = FindEntity(doc, mention);
  return e == nullptr ? "" : e->kb_id;
}

// The titles of the roles of the person with a mention `person`, in order.
inline std::vector<std::string> TitlesOf(const Document& doc, std::string_view person) {
  std::vector<std::string> out;
  for (const Role& r : doc.roles) {
    for (uint32_t m : doc.entities[r.person].mentions) {
      if (doc.Slice(doc.mentions[m].span) == person) {
        out.push_back(r.title);
        break;
      }
    }
  }
  return out;
}

// "TYPE name [mention/source ...]" per entity, then "ROLE name = title".
inline std::string Dump(const Document& doc) {
  std::string out;
  for (const Entity& e : doc.entities) {
    out += std::string(EntityTypeName(e.type)) + " " + e.name + " [";
    for (uint32_t m : e.mentions) {
      out += std::string(doc.Slice(doc.mentions[m].span)) + "/" +
             std::string(MentionSourceName(doc.mentions[m].source)) + " ";
    }
    out += "]\n";
  }
  for (const Role& r : doc.roles) {
    out += "ROLE " + doc.entities[r.person].name + " = " + r.title + "\n";
  }
  return out;
}

// Every `want` line is among `got`; a failure shows `context` and all of `got`.
inline void ExpectAllPresent(const std::vector<std::string>& got,
                             const std::vector<std::string>& want, const std::string& context) {
  std::string all;
  for (const std::string& g : got) all += g + "\n";
  for (const std::string& w : want) {
    EXPECT_NE(std::find(got.begin(), got.end(), w), got.end())
        << context << "\nwant " << w << "\ngot\n"
        << all;
  }
}

// "TYPE mention" for every mention of the document.
inline std::vector<std::string> TypedMentions(const Document& doc) {
  std::vector<std::string> out;
  for (const Entity& e : doc.entities) {
    for (uint32_t m : e.mentions) {
      out.push_back(std::string(EntityTypeName(e.type)) + " " +
                    std::string(doc.Slice(doc.mentions[m].span)));
    }
  }
  return out;
}

// A sentence, the "TYPE mention" lines it must give, and what no entity may
// have: a "TYPE mention" line or a bare mention text.
struct MentionCase {
  const char* text;
  std::vector<std::string> want;
  std::vector<std::string> absent;
};

inline void ExpectMentions(const std::vector<std::string>& got, const MentionCase& tc) {
  ExpectAllPresent(got, tc.want, tc.text);
  std::string all;
  for (const std::string& g : got) all += g + "\n";
  for (const std::string& a : tc.absent) {
    for (const std::string& g : got) {
      EXPECT_NE(g, a) << tc.text << "\nunwanted " << a << "\ngot\n" << all;
      EXPECT_NE(g.substr(g.find(' ') + 1), a) << tc.text << "\nunwanted " << a << "\ngot\n" << all;
    }
  }
}

// A sentence, a mention of it and the record that mention must link.
struct LinkCase {
  const char* text;
  const char* mention;
  const char* want_id;
};

inline void ExpectLinks(const Stages& stages, std::span<const LinkCase> cases) {
  for (const LinkCase& c : cases) {
    EXPECT_EQ(stages.KbIdOf(c.text, c.mention), c.want_id) << c.text;
  }
}

// A sentence, the mentions that must be persons in it and the texts that
// must be no entity.
struct PersonCase {
  const char* text;
  std::vector<const char*> persons;  // mention texts that must be PERSON mentions
  std::vector<const char*> absent;   // mention texts that must not be entities
};

inline void ExpectPersons(const Stages& stages, std::span<const PersonCase> cases) {
  for (const PersonCase& c : cases) {
    SCOPED_TRACE(c.text);
    const Document doc = stages.Run(c.text);
    for (const char* p : c.persons) {
      const Entity* e = FindEntity(doc, p);
      ASSERT_NE(e, nullptr) << p << "\n" << Dump(doc);
      EXPECT_EQ(e->type, EntityType::kPerson) << p << "\n" << Dump(doc);
    }
    for (const char* a : c.absent) {
      EXPECT_EQ(FindEntity(doc, a), nullptr) << a << "\n" << Dump(doc);
    }
  }
}

// A sentence, a mention of a person in it and that person's titles.
struct RolesCase {
  const char* text;
  const char* person;               // a mention of the holder
  std::vector<const char*> titles;  // his roles' titles, in order
};

// The titles found against the titles wanted, in order.
inline void ExpectTitles(const std::vector<std::string>& got, const std::vector<const char*>& want,
                         const std::string& context) {
  ASSERT_EQ(got.size(), want.size()) << context;
  for (size_t k = 0; k < want.size(); ++k) EXPECT_EQ(got[k], want[k]) << context;
}

inline void ExpectTitles(const Document& doc, const RolesCase& c) {
  ExpectTitles(TitlesOf(doc, c.person), c.titles, std::string(c.text) + "\n" + Dump(doc));
}

// A suite over the shipped knowledge base and tables of data/. Its stages
// are built by the first suite of the test program that needs them and
// shared by every suite derived from it.
class ShippedDataTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (stages_.ner == nullptr) LoadStages({}, &stages_);
  }

  // "TYPE mention" for every mention of `text`.
  static std::vector<std::string> Mentions(const std::string& text) {
    return TypedMentions(stages_.Run(text));
  }

  // How many places in `text` name the record `id`: a name written with its
  // head ("مدينة أبها") is mentioned with the head and without it, one place.
  static int LinkedMentions(const std::string& text, std::string_view id) {
    const Document doc = stages_.Run(text);
    std::vector<uint32_t> ends;
    for (const Entity& e : doc.entities) {
      if (e.kb_id != id) continue;
      for (const uint32_t m : e.mentions) ends.push_back(doc.mentions[m].span.end);
    }
    std::sort(ends.begin(), ends.end());
    return static_cast<int>(std::unique(ends.begin(), ends.end()) - ends.begin());
  }

  // Every knowledge-base id the sentence links.
  static std::vector<std::string> KbIds(const std::string& text) {
    const Document doc = stages_.Run(text);
    std::vector<std::string> ids;
    for (const Entity& e : doc.entities) {
      if (!e.kb_id.empty()) ids.push_back(e.kb_id);
    }
    return ids;
  }

  // A sentence and a record it must not link.
  struct NoLinkCase {
    const char* text;
    const char* not_id;
  };

  template <size_t N>
  static void ExpectNoLinks(const NoLinkCase (&cases)[N]) {
    for (const NoLinkCase& tc : cases) {
      for (const std::string& id : KbIds(tc.text)) EXPECT_NE(id, tc.not_id) << tc.text;
    }
  }

  // A sentence, a record and how many places in the sentence name it.
  struct LinkCountCase {
    const char* text;
    const char* id;
    int mentions;  // places that name `id`
  };

  template <size_t N>
  static void ExpectLinkCounts(const LinkCountCase (&cases)[N]) {
    for (const LinkCountCase& tc : cases) {
      EXPECT_EQ(LinkedMentions(tc.text, tc.id), tc.mentions) << tc.text;
    }
  }

  inline static Stages stages_;
};

// A suite over the shipped data and the text stage with the word list, as
// the pipeline runs them (the rules read the word list).
class WordListTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    LoadStages({}, &stages_);
    has_word_list_ = UseWordList(&stages_);
  }
  void SetUp() override {
    if (!has_word_list_) GTEST_SKIP() << "needs hunspell's Arabic dictionary";
  }
  static Document Run(const std::string& text) { return stages_.Run(text); }
  template <size_t N>
  static void ExpectPersons(const PersonCase (&cases)[N]) {
    test::ExpectPersons(stages_, cases);
  }
  // "TYPE mention" for every mention of `text`.
  static std::vector<std::string> Mentions(const std::string& text) {
    return TypedMentions(stages_.Run(text));
  }

  inline static Stages stages_;
  inline static bool has_word_list_ = false;
};

}  // namespace rased::ner::test

#endif  // RASED_TESTS_NER_NER_TEST_SUPPORT_H_

// Entity stage tests on sentences written for them (not taken from any
// corpus), over the small fixture knowledge base of tests/kb/testdata.
#include "ner/entity_annotator.h"

#include <gtest/gtest.h>

#include "kb/knowledge_base.h"
#include "text/text_annotator.h"

namespace rased::ner {
namespace {

class EntityAnnotatorTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto kb = KnowledgeBase::LoadFiles(
        {std::string(RASED_TEST_SOURCE_DIR) + "/tests/kb/testdata/fixture_kb.tsv"});
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    kb_ = std::move(*kb).release();
    auto ner = NewEntityAnnotator(*kb_, RASED_TEST_DATA_DIR);
    ASSERT_TRUE(ner.ok()) << ner.status().ToString();
    ner_ = std::move(*ner).release();
    text_ = text::NewTextAnnotator(nullptr).release();
  }

  static Document Run(const std::string& text) {
    Document doc;
    doc.id = "test";
    doc.text = text;
    EXPECT_TRUE(text_->Annotate(doc).ok());
    EXPECT_TRUE(ner_->Annotate(doc).ok());
    return doc;
  }

  // The entity with a mention whose text is `mention`, or nullptr.
  static const Entity* Find(const Document& doc, std::string_view mention) {
    for (const Entity& e : doc.entities) {
      for (uint32_t m : e.mentions) {
        if (doc.Slice(doc.mentions[m].span) == mention) return &e;
      }
    }
    return nullptr;
  }

  static std::string Dump(const Document& doc) {
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

  static KnowledgeBase* kb_;
  static Annotator* ner_;
  static Annotator* text_;
};

KnowledgeBase* EntityAnnotatorTest::kb_ = nullptr;
Annotator* EntityAnnotatorTest::ner_ = nullptr;
Annotator* EntityAnnotatorTest::text_ = nullptr;

struct Expect {
  const char* mention;  // text of one mention, proclitics excluded
  EntityType type;
  const char* kb_id;  // "" for a name outside the knowledge base
};

struct Case {
  const char* text;
  std::vector<Expect> want;
  std::vector<const char*> absent;  // mention texts that must not be entities
};

TEST_F(EntityAnnotatorTest, RecognisesNamesInContext) {
  const Case cases[] = {
      // "A Russian delegation met Haftar in Benghazi, then returned to Moscow."
      {"والتقى وفد روسي بحفتر في بنغازي، ثم عاد الوفد إلى موسكو.",
       {{"حفتر", EntityType::kPerson, "khalifa-haftar"},
        {"بنغازي", EntityType::kLocation, "benghazi"},
        {"موسكو", EntityType::kLocation, "moscow"}},
       {}},
      // "Wagner fighters moved to al-Jufra base": the head joins the facility.
      {"وانتقل مقاتلو فاغنر إلى قاعدة الجفرة وسط البلاد.",
       {{"فاغنر", EntityType::kOrganization, "wagner-group"},
        {"قاعدة الجفرة", EntityType::kFacility, "jufra-airbase"}},
       {}},
      // "The Russian Ministry of Defence announced yesterday ..."
      {"وأعلنت وزارة الدفاع الروسية أمس عن مناورات جديدة.",
       {{"وزارة الدفاع الروسية", EntityType::kOrganization, ""}},
       {}},
      // "Brigade 166 led an attack" vs "Major General Osama Juwaili arrived".
      {"وقاد اللواء 166 هجوما على المدينة. ووصل اللواء أسامة جويلي إلى المعسكر.",
       {{"اللواء 166", EntityType::kOrganization, ""}, {"أسامة جويلي", EntityType::kPerson, ""}},
       {}},
      // "The Mauritanian foreign minister Mohamed Salem Ould Merzouk said ..."
      {"وقال وزير الخارجية الموريتاني محمد سالم ولد مرزوك إن الاجتماع كان مثمرا.",
       {{"محمد سالم ولد مرزوك", EntityType::kPerson, ""}},
       {}},
      // "The newspaper "Al-Marsad" published a report on the Government of National Unity."
      {"ونشرت صحيفة \"المرصد\" تقريرا عن حكومة الوحدة الوطنية في طرابلس.",
       {{"المرصد", EntityType::kOrganization, ""},
        {"حكومة الوحدة الوطنية", EntityType::kOrganization, ""}},
       {}},
      // "Ankara sent military advisers": the acting capital is the state.
      {"وأرسلت أنقرة مستشارين عسكريين إلى الغرب الليبي.",
       {{"أنقرة", EntityType::kLocation, "turkey"}},
       {}},
      // "He got the lion's share of the contracts": not al-Assad.
      {"وحصل المقاول على حصة الأسد من العقود الجديدة.", {}, {"الأسد"}},
      // "Putin received Haftar": Latin-free KB names, and the verb is no name.
      {"واستقبل بوتين حفتر في الكرملين.",
       {{"بوتين", EntityType::kPerson, "vladimir-putin"},
        {"حفتر", EntityType::kPerson, "khalifa-haftar"}},
       {}},
  };
  for (const Case& c : cases) {
    Document doc = Run(c.text);
    for (const Expect& w : c.want) {
      const Entity* e = Find(doc, w.mention);
      ASSERT_NE(e, nullptr) << w.mention << " in " << c.text << "\n" << Dump(doc);
      EXPECT_EQ(e->type, w.type) << w.mention << "\n" << Dump(doc);
      EXPECT_EQ(e->kb_id, w.kb_id) << w.mention << "\n" << Dump(doc);
    }
    for (const char* a : c.absent) EXPECT_EQ(Find(doc, a), nullptr) << a << "\n" << Dump(doc);
  }
}

TEST_F(EntityAnnotatorTest, NeverMatchesInsideALongerWord) {
  // "The Wagnerites' villas" (made-up derived word) and "Putinism".
  Document doc = Run("وانتقد الكاتب البوتينية الجديدة في مقاله.");
  EXPECT_EQ(Find(doc, "بوتين"), nullptr) << Dump(doc);
}

TEST_F(EntityAnnotatorTest, ShortFormsAndTitlesReferToTheNamedPerson) {
  // "US envoy Richard Norland met Khalifa Haftar. Norland said ..."
  Document doc =
      Run("والتقى المبعوث الأمريكي ريتشارد نورلاند بخليفة حفتر في بنغازي. وقال نورلاند إن اللقاء "
          "كان صريحا.");
  const Entity* norland = Find(doc, "ريتشارد نورلاند");
  ASSERT_NE(norland, nullptr) << Dump(doc);
  EXPECT_EQ(norland->type, EntityType::kPerson);
  EXPECT_EQ(norland->mentions.size(), 2u) << Dump(doc);
  EXPECT_EQ(Find(doc, "نورلاند"), norland) << Dump(doc);
  ASSERT_FALSE(doc.roles.empty()) << Dump(doc);
  EXPECT_EQ(doc.roles[0].title, "المبعوث الأمريكي");
  EXPECT_EQ(&doc.entities[doc.roles[0].person], norland);
}

TEST_F(EntityAnnotatorTest, RolesFromAppositionAndOffices) {
  struct RoleCase {
    const char* text;
    const char* person;
    const char* title;
  };
  const RoleCase cases[] = {
      // "Tarek Mitri, the former UN envoy, said ..."
      {"وقال طارق متري، المبعوث الأممي السابق، إن الحل سياسي.", "طارق متري",
       "المبعوث الأممي السابق"},
      // "Abdullah al-Lafi, deputy head of the Presidential Council, met ..."
      {"واجتمع عبد الله اللافي نائب رئيس المجلس الرئاسي مع الوفد.", "عبد الله اللافي",
       "نائب رئيس المجلس الرئاسي"},
      // "Russian President Vladimir Putin"
      {"وهنأ الرئيس الروسي فلاديمير بوتين الفريق الفائز.", "فلاديمير بوتين", "الرئيس الروسي"},
  };
  for (const RoleCase& c : cases) {
    Document doc = Run(c.text);
    const Entity* p = Find(doc, c.person);
    ASSERT_NE(p, nullptr) << c.text << "\n" << Dump(doc);
    bool found = false;
    for (const Role& r : doc.roles) {
      if (&doc.entities[r.person] == p && r.title == c.title) found = true;
    }
    EXPECT_TRUE(found) << c.text << "\n" << Dump(doc);
  }
}

}  // namespace
}  // namespace rased::ner

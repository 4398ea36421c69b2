// ModelMentions (src/ner/model_mentions.h): the shipped tagger's names as
// entity-stage mentions, filtered by what the rules know of each token.
// Sentences written for these tests, names invented.
#include "ner/model_mentions.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "kb/knowledge_base.h"
#include "rased/pipeline.h"
#include "rased/text.h"
#include "tagger_test_support.h"
#include "text/lexicon.h"

namespace rased::ner {
namespace {

class ModelMentionsTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    tagger::test::LoadAnalyzer(&analyzer_);
    tagger::test::LoadKnowledgeBase(&kb_);
    tagger::test::LoadLexicon(&lexicon_);
  }

  static Document Analyze(const std::string& text) {
    return tagger::test::Analyze(*analyzer_, text);
  }

  static std::unique_ptr<ModelMentions> Load(const ModelMentionOptions& options = {}) {
    auto found = ModelMentions::Load(RASED_TEST_DATA_DIR, *kb_, *lexicon_, options);
    EXPECT_TRUE(found.ok()) << found.status().ToString();
    return found.ok() ? std::move(*found) : nullptr;
  }

  // The mentions' text (proclitics skipped as ModelMention::stripped says is
  // left to the entity stage; here the whole tokens), "TYPE text" each.
  static std::vector<std::string> Texts(const Document& doc,
                                        const std::vector<ModelMention>& found) {
    std::vector<std::string> out;
    for (const ModelMention& m : found) {
      const uint32_t b = doc.tokens[m.token_begin].span.begin;
      const uint32_t e = doc.tokens[m.token_end - 1].span.end;
      out.push_back(std::string(EntityTypeName(m.type)) + " " + doc.text.substr(b, e - b));
    }
    return out;
  }

  static TextAnalyzer* analyzer_;
  static KnowledgeBase* kb_;
  static text::Lexicon* lexicon_;
};
TextAnalyzer* ModelMentionsTest::analyzer_ = nullptr;
KnowledgeBase* ModelMentionsTest::kb_ = nullptr;
text::Lexicon* ModelMentionsTest::lexicon_ = nullptr;

// Index of the first token whose surface is `word`, or -1.
int TokenOf(const Document& doc, const std::string& word) {
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.Slice(doc.tokens[i].span) == word) return static_cast<int>(i);
  }
  return -1;
}

struct Case {
  const char* sentence;
  const char* taken;      // a word the rules are said to have covered, or ""
  const char* name_head;  // a word the rules call a head of mode "name", or ""
  const char* expected;   // "TYPE text" of the one mention expected, or "" for none
};

TEST_F(ModelMentionsTest, KeepsOnlyWhatTheRulesLeftAndTheFiltersPass) {
  std::unique_ptr<ModelMentions> finder = Load();
  ASSERT_NE(finder, nullptr);
  const std::vector<Case> cases = {
      // "Colonel Marwan al-Dhubaibi, commander of the third brigade, said
      // the road was open." The rules found nothing: the person is kept.
      {"وقال العقيد مروان الذبيباني إن الطريق أصبح مفتوحا.", "", "", "PERSON مروان الذبيباني"},
      // The same, the rules having found the name already: nothing new.
      {"وقال العقيد مروان الذبيباني إن الطريق أصبح مفتوحا.", "الذبيباني", "", ""},
      // "Fighting broke out in the town of Kafr Zaytun west of the river."
      // A head of mode "name" (بلدة "town") is left out of the name.
      {"واندلعت اشتباكات في بلدة كفرزيتون غرب النهر.", "", "بلدة", "LOCATION كفرزيتون"},
      // "The ministry said that the salaries would be paid next week": no
      // name at all.
      {"وقالت الوزارة إن الرواتب ستصرف الأسبوع المقبل.", "", "", ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.sentence);
    Document doc = Analyze(c.sentence);
    const int taken = *c.taken ? TokenOf(doc, c.taken) : -1;
    const int head = *c.name_head ? TokenOf(doc, c.name_head) : -1;
    if (*c.taken) {
      ASSERT_GE(taken, 0);
    }
    if (*c.name_head) {
      ASSERT_GE(head, 0);
    }
    const Head town{EntityType::kLocation, HeadMode::kName};
    std::vector<ModelMention> found;
    finder->Find(
        doc,
        [&](uint32_t i) {
          RuleTokenView v;
          v.taken = static_cast<int>(i) == taken;
          if (static_cast<int>(i) == head) v.head = &town;
          return v;
        },
        &found);
    std::vector<std::string> expected;
    if (*c.expected) expected.push_back(c.expected);
    EXPECT_EQ(Texts(doc, found), expected);
  }
}

TEST_F(ModelMentionsTest, ThresholdsAndWordFilters) {
  // "Colonel Marwan al-Dhubaibi said that the road was open."
  const std::string sentence = "وقال العقيد مروان الذبيباني إن الطريق أصبح مفتوحا.";
  Document doc = Analyze(sentence);
  const int first = TokenOf(doc, "مروان");
  ASSERT_GE(first, 0);
  auto free = [](uint32_t) { return RuleTokenView{}; };
  std::vector<ModelMention> found;

  ModelMentionOptions no_people;
  no_people.person_min_score = 1.5f;  // above any score: the type is kept out
  Load(no_people)->Find(doc, free, &found);
  EXPECT_TRUE(found.empty());

  std::unique_ptr<ModelMentions> finder = Load();
  // A span inside a fixed expression is dropped, as is one that starts with
  // a stop word or a gentilic.
  for (bool idiom : {true, false}) {
    found.clear();
    finder->Find(
        doc,
        [&](uint32_t i) {
          RuleTokenView v;
          if (static_cast<int>(i) == first) (idiom ? v.idiom : v.function) = true;
          return v;
        },
        &found);
    EXPECT_TRUE(found.empty()) << (idiom ? "idiom" : "function word");
  }

  found.clear();
  finder->Find(doc, free, &found);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].stripped, 0);
  EXPECT_EQ(found[0].type, EntityType::kPerson);
  EXPECT_GE(found[0].score, finder->options().person_min_score);
}

// Places must be names the knowledge base knows (or open with a head): the
// proclitic the text stage split off is skipped, and the alias links them.
TEST_F(ModelMentionsTest, PlacesAreKnowledgeBaseNames) {
  std::unique_ptr<ModelMentions> finder = Load();
  ASSERT_NE(finder, nullptr);
  // "Thunderstorms will cover the regions of Asir, Jazan and Najran."
  Document doc = Analyze("وتشمل الأمطار الرعدية مناطق عسير وجازان ونجران خلال الأيام المقبلة.");
  std::vector<ModelMention> found;
  finder->Find(
      doc, [](uint32_t) { return RuleTokenView{}; }, &found);
  ASSERT_FALSE(found.empty());
  for (const ModelMention& m : found) {
    SCOPED_TRACE(doc.Slice(doc.tokens[m.token_begin].span));
    EXPECT_EQ(m.type, EntityType::kLocation);
    ASSERT_GE(m.kb, 0);
    const Token& t = doc.tokens[m.token_begin];
    EXPECT_EQ(m.stripped, t.key.size() == t.base.size() ? 0 : 1);  // و "and"
  }
}

TEST(ModelMentionsLoadTest, MissingModelIsNotFound) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok());
  auto lexicon = text::Lexicon::Load("", RASED_TEST_DATA_DIR);
  ASSERT_TRUE(lexicon.ok());
  // A data directory without model/ner.model: the entity stage then runs
  // its rules alone.
  auto found = ModelMentions::Load(testing::TempDir() + "/no_such_data_dir", **kb, **lexicon);
  ASSERT_FALSE(found.ok());
  EXPECT_EQ(found.status().code(), StatusCode::kNotFound);
}

// The pipeline with PipelineOptions::model_mentions: names the rules leave
// (a winger is no title of the tables) come from the model; the regions
// after the plural head "مناطق", which the rules find now, stay linked to
// the knowledge base whichever finds them.
TEST(ModelMentionsPipelineTest, AddsModelNamesOnlyWhenAsked) {
  // "The winger Mansour al-Zuhairi said after the match the team would
  // come back stronger next season. Thunderstorms will cover the regions of
  // Asir in the coming days."
  const std::string text =
      "وقال الجناح منصور الزهيري بعد المباراة إن الفريق سيعود أقوى في الموسم المقبل. "
      "وتشمل الأمطار الرعدية مناطق عسير خلال الأيام المقبلة.";
  struct Found {
    std::string text, type, kb_id;
    bool operator==(const Found&) const = default;
  };
  auto run = [&](bool model_mentions) {
    PipelineOptions options;
    options.data_dir = RASED_TEST_DATA_DIR;
    options.extract_relations = false;
    options.model_mentions = model_mentions;
    auto pipeline = Pipeline::Create(options);
    EXPECT_TRUE(pipeline.ok()) << pipeline.status().ToString();
    std::vector<Found> found;
    if (!pipeline.ok()) return found;
    Document doc;
    doc.id = "test";
    doc.text = text;
    EXPECT_TRUE((*pipeline)->Annotate(&doc).ok());
    for (const Mention& m : doc.mentions) {
      const Entity& e = doc.entities[m.entity];
      // Model mentions, and the region whatever its source.
      if (m.source != MentionSource::kModel && doc.Slice(m.span) != "عسير") continue;
      found.push_back(
          {std::string(doc.Slice(m.span)), std::string(EntityTypeName(e.type)), e.kb_id});
    }
    return found;
  };
  const std::vector<Found> rules = run(false);
  for (const Found& f : rules) EXPECT_EQ(f.text, "عسير");  // no model mention
  const std::vector<Found> found = run(true);
  const std::vector<Found> expected = {{"منصور الزهيري", "PERSON", ""},
                                       {"عسير", "LOCATION", "asir"}};
  for (const Found& f : expected) {
    EXPECT_NE(std::find(found.begin(), found.end(), f), found.end()) << f.text;
  }
  for (const Found& f : found) EXPECT_NE(f.text, "المقبل");  // "next": no name
}

}  // namespace
}  // namespace rased::ner

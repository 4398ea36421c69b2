// The shipped tagger (data/model/ner.model) on sentences written for these
// tests, with names that appear in none of its training corpora; load
// failures; thread safety.
#include "tagger/sequence_tagger.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "kb/knowledge_base.h"
#include "rased/text.h"
#include "tagger/features.h"
#include "tagger/model.h"
#include "tagger_test_support.h"
#include "text/lexicon.h"

namespace rased::tagger {
namespace {

namespace fs = std::filesystem;

class SequenceTaggerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    test::LoadAnalyzer(&analyzer_);
    auto tagger = SequenceTagger::LoadStandalone(RASED_TEST_DATA_DIR);
    ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
    tagger_ = std::move(*tagger).release();
  }

  static Document Analyze(const std::string& text) { return test::Analyze(*analyzer_, text); }

  static std::string SpanText(const Document& doc, const TaggedSpan& s) {
    return doc.text.substr(
        doc.tokens[s.token_begin].span.begin,
        doc.tokens[s.token_end - 1].span.end - doc.tokens[s.token_begin].span.begin);
  }

  static std::string Dump(const Document& doc, const std::vector<TaggedSpan>& spans) {
    std::string out;
    for (const TaggedSpan& s : spans) {
      out += std::string(EntityTypeName(s.type)) + " [" + SpanText(doc, s) + "] " +
             std::to_string(s.score) + "\n";
    }
    return out;
  }

  static TextAnalyzer* analyzer_;
  static SequenceTagger* tagger_;
};
TextAnalyzer* SequenceTaggerTest::analyzer_ = nullptr;
SequenceTagger* SequenceTaggerTest::tagger_ = nullptr;

struct NameCase {
  const char* sentence;
  const char* name;  // the tokens of the name as written
  EntityType type;
};

// A span of `type` that covers every token of `name` and at most one token
// more (the training corpora include a head noun such as شركة "company" in
// the name, rased's rules leave it out; either is accepted here).
TEST_F(SequenceTaggerTest, FindsUnseenNamesInNewsSentences) {
  const std::vector<NameCase> cases = {
      // "Colonel Salem al-Bar'asi said that the forces withdrew from the city."
      {"وقال العقيد سالم البرعصي إن القوات انسحبت من المدينة.", "سالم البرعصي",
       EntityType::kPerson},
      // "The minister Laila Ben Hussein said the government will support farmers."
      {"قالت الوزيرة ليلى بن حسين إن الحكومة ستدعم المزارعين.", "ليلى بن حسين",
       EntityType::kPerson},
      // "The army spokesman, Brigadier Khaled al-Mahjoub, announced the attack failed."
      {"وأعلن المتحدث باسم الجيش العميد خالد المحجوب أن الهجوم فشل.", "خالد المحجوب",
       EntityType::kPerson},
      // "The Italian ambassador Giuseppe Buccino met the speaker of parliament in Tobruk."
      {"التقى السفير الإيطالي جوزيبي بوتشينو رئيس البرلمان في طبرق.", "جوزيبي بوتشينو",
       EntityType::kPerson},
      // "Al-Buraq Aviation Company announced new flights to Istanbul."
      {"أعلنت شركة البراق للطيران عن رحلات جديدة إلى إسطنبول.", "البراق للطيران",
       EntityType::kOrganization},
      // "The Waha Oil Company said production rose to a hundred thousand barrels."
      {"وقالت شركة الواحة للنفط إن الإنتاج ارتفع إلى مئة ألف برميل.", "الواحة للنفط",
       EntityType::kOrganization},
      // "The Libyan Ministry of Health issued a statement on the disease."
      {"أصدرت وزارة الصحة الليبية بيانا حول انتشار المرض.", "وزارة الصحة الليبية",
       EntityType::kOrganization},
      // "The Italian ambassador ... in Tobruk": the place as well.
      {"التقى السفير الإيطالي جوزيبي بوتشينو رئيس البرلمان في طبرق.", "طبرق",
       EntityType::kLocation},
  };
  for (const NameCase& c : cases) {
    const Document doc = Analyze(c.sentence);
    const std::vector<TaggedSpan> spans = tagger_->TagDocument(doc);
    const Document name = Analyze(c.name);
    bool found = false;
    for (const TaggedSpan& s : spans) {
      const std::string text = SpanText(doc, s);
      found = found || (s.type == c.type && text.find(c.name) != std::string::npos &&
                        s.token_end - s.token_begin <= name.tokens.size() + 1);
    }
    EXPECT_TRUE(found) << c.sentence << "\nwanted " << EntityTypeName(c.type) << " [" << c.name
                       << "], got\n"
                       << Dump(doc, spans);
  }
}

TEST_F(SequenceTaggerTest, SpansAreOrderedDisjointWithinSentencesAndScored) {
  // "Haftar visited Moscow on Tuesday. Then the delegation went to Benghazi
  // and met officials of the National Oil Corporation."
  const Document doc = Analyze(
      "زار خليفة حفتر موسكو يوم الثلاثاء. ثم توجه الوفد إلى بنغازي والتقى مسؤولين في "
      "المؤسسة الوطنية للنفط.\nوقال مصدر إن الزيارة ناجحة");
  ASSERT_GE(doc.sentences.size(), 3u);
  const std::vector<TaggedSpan> spans = tagger_->TagDocument(doc);
  EXPECT_GE(spans.size(), 3u) << Dump(doc, spans);
  for (size_t i = 0; i < spans.size(); ++i) {
    const TaggedSpan& s = spans[i];
    EXPECT_LT(s.token_begin, s.token_end);
    EXPECT_GE(s.score, 0.0f);
    EXPECT_LE(s.score, 1.0f);
    EXPECT_EQ(doc.tokens[s.token_begin].sentence, doc.tokens[s.token_end - 1].sentence);
    if (i > 0) {
      EXPECT_LE(spans[i - 1].token_end, s.token_begin);
    }
  }
  // Tagging a range appends only spans inside it.
  std::vector<TaggedSpan> second;
  const Sentence& s1 = doc.sentences[1];
  tagger_->Tag(doc, s1.token_begin, s1.token_end, &second);
  for (const TaggedSpan& s : second) {
    EXPECT_GE(s.token_begin, s1.token_begin);
    EXPECT_LE(s.token_end, s1.token_end);
  }
}

TEST_F(SequenceTaggerTest, OddInputGivesNoSpansAndNoCrash) {
  for (const char* text : {"", " ", "...", "2024 - 2025 %", "Hello world", "\xD8\xA7"}) {
    const Document doc = Analyze(text);
    const std::vector<TaggedSpan> spans = tagger_->TagDocument(doc);
    for (const TaggedSpan& s : spans) EXPECT_LE(s.token_end, doc.tokens.size());
  }
  Document empty;
  EXPECT_TRUE(tagger_->TagDocument(empty).empty());
}

TEST_F(SequenceTaggerTest, ConcurrentCallsAgreeWithSerialOnes) {
  const std::vector<std::string> texts = {
      "التقى السفير الإيطالي جوزيبي بوتشينو رئيس البرلمان في طبرق.",
      "أعلنت شركة البراق للطيران عن رحلات جديدة إلى إسطنبول.",
      "وقال العقيد سالم البرعصي إن القوات انسحبت من المدينة.",
      "أصدرت وزارة الصحة الليبية بيانا حول انتشار المرض.",
  };
  std::vector<Document> docs;
  std::vector<std::string> serial;
  for (const std::string& t : texts) {
    docs.push_back(Analyze(t));
    serial.push_back(Dump(docs.back(), tagger_->TagDocument(docs.back())));
  }
  std::vector<std::string> results(8 * texts.size());
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round) {
        for (size_t d = 0; d < docs.size(); ++d) {
          std::string out = Dump(docs[d], tagger_->TagDocument(docs[d]));
          if (round == 49) results[t * texts.size() + d] = std::move(out);
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (size_t i = 0; i < results.size(); ++i) EXPECT_EQ(results[i], serial[i % texts.size()]);
}

TEST_F(SequenceTaggerTest, LoadFailuresAreClear) {
  const fs::path dir =
      fs::temp_directory_path() / ("rased_tagger_load_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  // No model in an empty data directory.
  auto missing = SequenceTagger::LoadStandalone(dir.string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("ner.model"), std::string::npos)
      << missing.status().ToString();

  // A model of another feature extractor is refused, naming the file.
  Model foreign;
  foreign.fingerprint = FeatureExtractor::Fingerprint() + 1;
  const float w[kNumLabels] = {1};
  foreign.AddFeature(HashBytes("x"), w);
  foreign.Finish(0);
  const std::string foreign_path = (dir / "foreign.model").string();
  ASSERT_TRUE(foreign.Write(foreign_path).ok());
  TaggerOptions options;
  options.model_path = foreign_path;
  auto refused = SequenceTagger::LoadStandalone(RASED_TEST_DATA_DIR, options);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(refused.status().message().find(foreign_path), std::string::npos);

  // Not a model at all.
  const std::string text_path = (dir / "notes.model").string();
  {
    std::FILE* f = std::fopen(text_path.c_str(), "w");
    std::fputs("these are notes, not weights\n", f);
    std::fclose(f);
  }
  options.model_path = text_path;
  auto garbage = SequenceTagger::LoadStandalone(RASED_TEST_DATA_DIR, options);
  ASSERT_FALSE(garbage.ok());
  EXPECT_EQ(garbage.status().code(), StatusCode::kDataLoss);
  fs::remove_all(dir);
}

TEST_F(SequenceTaggerTest, ShippedModelDescribesItself) {
  const TaggerInfo& info = tagger_->info();
  EXPECT_GT(info.feature_count, 1000u);
  EXPECT_NE(info.metadata.find("rased_train_tagger train"), std::string::npos);
  EXPECT_NE(info.metadata.find("CC BY-SA"), std::string::npos) << info.metadata;
}

}  // namespace
}  // namespace rased::tagger

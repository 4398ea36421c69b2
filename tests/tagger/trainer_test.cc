// Reading labelled sentences, the feature extractor's tables, and training:
// deterministic, and able to learn a small set of sentences written for
// these tests.
#include "tagger/trainer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/tsv.h"
#include "kb/knowledge_base.h"
#include "rased/text.h"
#include "tagger/corpus.h"
#include "tagger/features.h"
#include "tagger_test_support.h"
#include "text/lexicon.h"

namespace rased::tagger {
namespace {

namespace fs = std::filesystem;

// "زار [LOC للمغرب] أمس" -> {"text": "زار للمغرب أمس", "entities": [{start 4, end 10, LOC}]}
// (code-point offsets), the format of the NER corpora.
std::string Markup(const std::string& id, std::string_view marked) {
  std::string text;
  nlohmann::json entities = nlohmann::json::array();
  auto cps = [](std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
  };
  for (size_t i = 0; i < marked.size();) {
    if (marked[i] != '[') {
      text += marked[i++];
      continue;
    }
    const size_t space = marked.find(' ', i);
    const size_t close = marked.find(']', i);
    const std::string type(marked.substr(i + 1, space - i - 1));
    const size_t start = cps(text);
    text += marked.substr(space + 1, close - space - 1);
    entities.push_back({{"start", start}, {"end", cps(text)}, {"type", type}});
    i = close + 1;
  }
  return nlohmann::json{{"id", id}, {"text", text}, {"entities", entities}}.dump();
}

class TrainerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    test::LoadAnalyzer(&analyzer_);
    test::LoadLexicon(&lexicon_);
    test::LoadKnowledgeBase(&kb_);
    auto fx = FeatureExtractor::Create(RASED_TEST_DATA_DIR, *kb_, *lexicon_);
    ASSERT_TRUE(fx.ok()) << fx.status().ToString();
    fx_ = std::move(*fx).release();
  }

  static LabeledSentence Parse(const std::string& id, std::string_view marked) {
    auto s = ParseLabeledSentence(Markup(id, marked), *analyzer_);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(*s) : LabeledSentence();
  }

  // Labels by token surface, for readable expectations.
  static std::vector<std::string> Labels(const LabeledSentence& s) {
    std::vector<std::string> out;
    for (size_t i = 0; i < s.doc.tokens.size(); ++i) {
      out.push_back(std::string(s.doc.Slice(s.doc.tokens[i].span)) + "/" +
                    std::string(LabelName(s.labels[i])));
    }
    return out;
  }

  static TextAnalyzer* analyzer_;
  static text::Lexicon* lexicon_;
  static KnowledgeBase* kb_;
  static FeatureExtractor* fx_;
};
TextAnalyzer* TrainerTest::analyzer_ = nullptr;
text::Lexicon* TrainerTest::lexicon_ = nullptr;
KnowledgeBase* TrainerTest::kb_ = nullptr;
FeatureExtractor* TrainerTest::fx_ = nullptr;

TEST_F(TrainerTest, GoldSpansWithProcliticsLabelTheWholeToken) {
  struct Case {
    const char* marked;
    std::vector<std::string> labels;
  };
  const std::vector<Case> cases = {
      // "The delegation went to Morocco yesterday": the gold span includes "لل".
      {"توجه الوفد [LOC للمغرب] أمس", {"توجه/O", "الوفد/O", "للمغرب/B-LOC", "أمس/O"}},
      // "and the forces of the Government of National Unity": و attached, three tokens.
      {"انسحبت [ORG وقوات حكومة الوحدة] من المدينة",
       {"انسحبت/O", "وقوات/B-ORG", "حكومة/I-ORG", "الوحدة/I-ORG", "من/O", "المدينة/O"}},
      // MISC ("the Arabs") is not a type of rased: outside.
      {"قال [PER سالم الورفلي] إن [MISC العرب] غائبون",
       {"قال/O", "سالم/B-PER", "الورفلي/I-PER", "إن/O", "العرب/O", "غائبون/O"}},
      // A mark after the proclitic: "and Zliten" is one token, labelled whole.
      {"بين [LOC مصراتة] و[LOC زليتن]", {"بين/O", "مصراتة/B-LOC", "وزليتن/B-LOC"}},
      // Groups of people tagged PER by a corpus ("the Syrians", "the Muslims")
      // are not names; a definite name with a short stem ("al-Hussein") is.
      {"التقى [PER السوريين] و[PER المسلمين] في مسجد [PER الحسين]",
       {"التقى/O", "السوريين/O", "والمسلمين/O", "في/O", "مسجد/O", "الحسين/B-PER"}},
  };
  for (const Case& c : cases) {
    LabeledSentence s = Parse("case", c.marked);
    EXPECT_EQ(Labels(s), c.labels) << c.marked;
  }
  LabeledSentence misc = Parse("misc", cases[2].marked);
  EXPECT_EQ(misc.gold.size(), 1u);
  EXPECT_EQ(misc.dropped_spans, 1u);
  LabeledSentence groups = Parse("groups", cases[4].marked);
  EXPECT_EQ(groups.gold.size(), 1u);
  EXPECT_EQ(groups.dropped_spans, 2u);
}

TEST_F(TrainerTest, BadLinesAreDataLoss) {
  const std::vector<std::string> bad = {
      "not json",
      R"({"entities": []})",
      R"({"text": "قال", "entities": [{"start": 0, "end": 9, "type": "PER"}]})",
      R"({"text": "قال", "entities": [{"start": 2, "end": 1, "type": "PER"}]})",
      R"({"text": "قال", "entities": [{"start": -1, "end": 1, "type": "PER"}]})",
      R"({"text": "قال", "entities": {"start": 0}})",
  };
  for (const std::string& line : bad) {
    auto s = ParseLabeledSentence(line, *analyzer_);
    ASSERT_FALSE(s.ok()) << line;
    EXPECT_EQ(s.status().code(), StatusCode::kDataLoss) << line;
  }
  std::vector<LabeledSentence> out;
  EXPECT_EQ(ReadLabeledSentences("/nonexistent/train.jsonl", *analyzer_, &out).code(),
            StatusCode::kNotFound);
}

TEST_F(TrainerTest, MissingOrMalformedTablesNameTheFile) {
  const fs::path dir =
      fs::temp_directory_path() / ("rased_tagger_tables_" + std::to_string(::getpid()));
  fs::create_directories(dir / "ner");
  auto missing = FeatureExtractor::Create(dir.string(), *kb_, *lexicon_);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("titles.tsv"), std::string::npos);

  for (const auto& entry : fs::directory_iterator(fs::path(RASED_TEST_DATA_DIR) / "ner")) {
    fs::copy_file(entry.path(), dir / "ner" / entry.path().filename(),
                  fs::copy_options::overwrite_existing);
  }
  {
    std::ofstream titles(dir / "ner" / "titles.tsv", std::ios::app);
    titles
        << "\xD8\xA7\xD9\x84\xD9\x85\xD9\x84\xD9\x83\tmonarch\n";  // "الملك" with an unknown class
  }
  auto malformed = FeatureExtractor::Create(dir.string(), *kb_, *lexicon_);
  ASSERT_FALSE(malformed.ok());
  EXPECT_EQ(malformed.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(malformed.status().message().find("titles.tsv:"), std::string::npos)
      << malformed.status().ToString();
  fs::remove_all(dir);
}

TEST_F(TrainerTest, ProperNounsAreUnknownWordsLatinWordsOrKnowledgeBaseNames) {
  // "The parliament met the Italian ambassador Buccino in Benghazi with Haftar."
  LabeledSentence s = Parse("proper", "التقى البرلمان السفير بوتشينو في بنغازي مع Haftar");
  FeatureBuffer buf;
  fx_->Extract(s.doc, 0, static_cast<uint32_t>(s.doc.tokens.size()), &buf);
  std::vector<std::string> proper;
  for (size_t i = 0; i < s.doc.tokens.size(); ++i) {
    if (FeatureExtractor::IsProperNoun(buf.info[i])) {
      proper.emplace_back(s.doc.Slice(s.doc.tokens[i].span));
    }
  }
  // Ordinary words (met, parliament, ambassador, in, with) are not.
  EXPECT_EQ(proper, (std::vector<std::string>{"بوتشينو", "بنغازي", "Haftar"}));
}

TEST_F(TrainerTest, FeaturesDependOnNeighboursAndRepeatExactly) {
  // "Colonel Salem said" against "Mr. Salem said": the title two words away
  // changes the features of "said" and of "Salem".
  LabeledSentence a = Parse("a", "قال العقيد سالم");
  LabeledSentence b = Parse("b", "قال السيد سالم");
  FeatureBuffer fa, fb, again;
  fx_->Extract(a.doc, 0, 3, &fa);
  fx_->Extract(b.doc, 0, 3, &fb);
  fx_->Extract(a.doc, 0, 3, &again);
  ASSERT_EQ(fa.size(), 3u);
  EXPECT_EQ(fa.hashes, again.hashes);
  for (uint32_t k = 0; k < 3; ++k) {
    const std::vector<uint64_t> x(fa.begin(k), fa.begin(k) + fa.count(k));
    const std::vector<uint64_t> y(fb.begin(k), fb.begin(k) + fb.count(k));
    EXPECT_NE(x, y) << "token " << k;
    EXPECT_GT(x.size(), 20u);
  }
  // Dictionary dropout leaves the word features and removes the table ones.
  FeatureBuffer plain;
  fx_->Extract(a.doc, 0, 3, &plain, /*dictionaries=*/false);
  EXPECT_LT(plain.count(1), fa.count(1));
}

// Sentences written for this test (invented people and companies).
const char* const kTiny[] = {
    // "Colonel Salem al-Werfalli said that the forces withdrew from Gharyan."
    "قال العقيد [PER سالم الورفلي] إن القوات انسحبت من [LOC غريان] .",
    // "The Nasim Contracting Company signed a contract with the Ministry of Housing."
    "وقعت [ORG شركة النسيم للمقاولات] عقدا مع [ORG وزارة الإسكان] .",
    // "Minister Laila Ben Hussein visited Sfax on Tuesday."
    "زارت الوزيرة [PER ليلى بن حسين] مدينة [LOC صفاقس] يوم الثلاثاء .",
    // "The plane landed at Mitiga airport after a flight from Istanbul."
    "هبطت الطائرة في [FAC مطار معيتيقة] بعد رحلة من [LOC إسطنبول] .",
    // "Dr. Mounir al-Haddad confirmed that the hospital needs medicine."
    "وأكد الدكتور [PER منير الحداد] أن المستشفى يحتاج إلى أدوية .",
    // "The Waha Oil Company announced that production rose in Zella."
    "أعلنت [ORG شركة الواحة للنفط] أن الإنتاج ارتفع في [LOC زلة] .",
    // "Brigadier Khaled al-Mahjoub met the delegation in Misrata."
    "التقى العميد [PER خالد المحجوب] الوفد في [LOC مصراتة] .",
    // "The Hilal Insurance Company doubled its profits this year."
    "ضاعفت [ORG شركة الهلال للتأمين] أرباحها هذا العام .",
};

TEST_F(TrainerTest, TrainingIsDeterministicAndLearnsItsSentences) {
  std::vector<LabeledSentence> train;
  int id = 0;
  for (const char* marked : kTiny) train.push_back(Parse("tiny-" + std::to_string(id++), marked));
  TrainerOptions options;
  options.max_epochs = 15;
  options.patience = 15;
  options.seed = 7;
  options.min_weight = 0;

  std::string bytes[2];
  for (int run = 0; run < 2; ++run) {
    auto result = Train(*fx_, train, /*dev=*/train, options);
    ASSERT_TRUE(result.ok()) << result.status().ToString();
    EXPECT_GT(result->model.feature_count(), 0u);
    EXPECT_EQ(result->model.fingerprint, FeatureExtractor::Fingerprint());
    // The averaged weights learn eight sentences nearly perfectly (how nearly
    // depends on the shipped tables the features read); determinism is exact.
    EXPECT_EQ(result->dev.all.gold, 14u);
    EXPECT_GE(result->dev.all.f1(), 0.9) << "best epoch " << result->best_epoch;
    const std::string path =
        (fs::temp_directory_path() /
         ("rased_tagger_tiny_" + std::to_string(::getpid()) + "_" + std::to_string(run)))
            .string();
    ASSERT_TRUE(result->model.Write(path).ok());
    bytes[run] = *ReadFile(path);
    std::remove(path.c_str());
  }
  EXPECT_FALSE(bytes[0].empty());
  EXPECT_EQ(bytes[0], bytes[1]);

  // Another seed visits the sentences in another order: weights differ.
  options.seed = 8;
  auto other = Train(*fx_, train, train, options);
  ASSERT_TRUE(other.ok());
  const std::string path =
      (fs::temp_directory_path() / ("rased_tagger_tiny_seed8_" + std::to_string(::getpid())))
          .string();
  ASSERT_TRUE(other->model.Write(path).ok());
  EXPECT_NE(*ReadFile(path), bytes[0]);
  std::remove(path.c_str());
}

TEST_F(TrainerTest, EmptySetsAreRefused) {
  std::vector<LabeledSentence> none, one;
  one.push_back(Parse("one", kTiny[0]));
  EXPECT_EQ(Train(*fx_, none, one, {}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(Train(*fx_, one, none, {}).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace rased::tagger

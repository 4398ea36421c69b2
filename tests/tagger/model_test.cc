// The tagger's model file and decoder: round trips, refusals of damaged or
// foreign files, BIO well-formedness, spans and margins.
#include "tagger/model.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "common/tsv.h"
#include "tagger/decoder.h"
#include "tagger/features.h"

namespace rased::tagger {
namespace {

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("rased_tagger_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

std::string Slurp(const std::string& path) {
  auto s = ReadFile(path);
  return s.ok() ? *s : std::string();
}

void Spit(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// A small model: three features, some transitions, metadata.
Model SmallModel() {
  Model m;
  m.fingerprint = FeatureExtractor::Fingerprint();
  m.tables_fingerprint = 42;
  m.calibration_a = 0.25f;
  m.calibration_b = -1.5f;
  m.metadata = "test model: نموذج";  // "model"
  m.transitions.start[BeginLabel(EntityType::kPerson)] = 0.5f;
  m.transitions
      .trans[BeginLabel(EntityType::kPerson) * kNumLabels + InsideLabel(EntityType::kPerson)] =
      2.0f;
  m.transitions.end[kOutside] = 0.25f;
  const float a[kNumLabels] = {1, 2, 0, 0, 0, 0, 0, 0, -3};
  const float b[kNumLabels] = {0, 0, 0, 0, 0.5f, 0, 0, 0, 0};
  const float tiny[kNumLabels] = {0.001f, 0, 0, 0, 0, 0, 0, 0, 0};
  m.AddFeature(HashBytes("a"), a);
  m.AddFeature(HashBytes("b"), b);
  m.AddFeature(HashBytes("tiny"), tiny);
  m.Finish(/*min_weight=*/0.01f);
  return m;
}

TEST(ModelTest, WriteThenReadKeepsWeightsTransitionsAndMetadata) {
  const Model m = SmallModel();
  EXPECT_EQ(m.feature_count(), 2u);  // "tiny" pruned
  const std::string path = TempPath("roundtrip.model");
  ASSERT_TRUE(m.Write(path).ok());
  auto r = Model::Read(path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->feature_count(), 2u);
  EXPECT_EQ(r->metadata, m.metadata);
  EXPECT_EQ(r->fingerprint, m.fingerprint);
  EXPECT_EQ(r->tables_fingerprint, 42u);
  EXPECT_FLOAT_EQ(r->calibration_a, 0.25f);
  EXPECT_FLOAT_EQ(r->calibration_b, -1.5f);
  EXPECT_FLOAT_EQ(r->transitions.start[1], 0.5f);
  EXPECT_FLOAT_EQ(r->transitions.trans[1 * kNumLabels + 2], 2.0f);
  const int16_t* row = r->Find(HashBytes("a"));
  ASSERT_NE(row, nullptr);
  EXPECT_NEAR(row[1] * r->scale(), 2.0f, 1e-3);
  EXPECT_NEAR(row[8] * r->scale(), -3.0f, 1e-3);
  EXPECT_EQ(r->Find(HashBytes("tiny")), nullptr);
  EXPECT_EQ(r->Find(HashBytes("never added")), nullptr);
  // Writing what was read gives the same bytes.
  const std::string again = TempPath("roundtrip2.model");
  ASSERT_TRUE(r->Write(again).ok());
  EXPECT_EQ(Slurp(path), Slurp(again));
  std::remove(path.c_str());
  std::remove(again.c_str());
}

TEST(ModelTest, EmissionsSumTheRowsOfEachTokensFeatures) {
  const Model m = SmallModel();
  FeatureBuffer f;
  f.hashes = {HashBytes("a"), HashBytes("b"), HashBytes("unknown"), HashBytes("b")};
  f.offsets = {0, 2, 4};  // token 0: a, b; token 1: unknown, b
  std::vector<float> e(2 * kNumLabels);
  m.Emissions(f, e.data());
  EXPECT_NEAR(e[1], 2.0f, 1e-3);
  EXPECT_NEAR(e[4], 0.5f, 1e-3);
  EXPECT_NEAR(e[kNumLabels + 4], 0.5f, 1e-3);
  EXPECT_NEAR(e[kNumLabels + 1], 0.0f, 1e-6);
}

struct BadFile {
  const char* name;
  std::function<void(std::string*)> damage;
  StatusCode code;
};

TEST(ModelTest, RefusesDamagedOrForeignFiles) {
  const std::string good_path = TempPath("good.model");
  ASSERT_TRUE(SmallModel().Write(good_path).ok());
  const std::string good = Slurp(good_path);
  const std::vector<BadFile> cases = {
      {"empty", [](std::string* s) { s->clear(); }, StatusCode::kDataLoss},
      {"magic", [](std::string* s) { (*s)[0] = 'X'; }, StatusCode::kDataLoss},
      {"truncated", [](std::string* s) { s->resize(s->size() / 2); }, StatusCode::kDataLoss},
      {"flipped byte", [](std::string* s) { (*s)[s->size() / 2] ^= 0x40; }, StatusCode::kDataLoss},
      {"version", [](std::string* s) { (*s)[8] = 99; }, StatusCode::kFailedPrecondition},
      {"labels", [](std::string* s) { (*s)[12] = 7; }, StatusCode::kFailedPrecondition},
  };
  for (const BadFile& c : cases) {
    std::string bytes = good;
    c.damage(&bytes);
    const std::string path = TempPath(std::string("bad_") + c.name);
    Spit(path, bytes);
    auto r = Model::Read(path);
    ASSERT_FALSE(r.ok()) << c.name;
    EXPECT_EQ(r.status().code(), c.code) << c.name << ": " << r.status().ToString();
    EXPECT_NE(r.status().message().find(path), std::string::npos) << c.name;
    std::remove(path.c_str());
  }
  auto missing = Model::Read(TempPath("no_such.model"));
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  std::remove(good_path.c_str());
}

// Decoder: emissions that prefer an I- label where no B- precedes it still
// give a well-formed sequence.
TEST(DecoderTest, ViterbiNeverStartsASpanWithInside) {
  Transitions t;
  const uint32_t n = 3;
  std::vector<float> e(n * kNumLabels, 0.0f);
  e[0 * kNumLabels + InsideLabel(EntityType::kLocation)] = 5;  // I-LOC first: not allowed
  e[1 * kNumLabels + InsideLabel(EntityType::kPerson)] = 5;    // I-PER after ?: only after PER
  e[0 * kNumLabels + BeginLabel(EntityType::kPerson)] = 1;
  std::vector<uint8_t> labels(n);
  DecoderBuffer buf;
  Viterbi(t, e.data(), n, labels.data(), &buf);
  EXPECT_FALSE(IsInside(labels[0]));
  for (uint32_t i = 1; i < n; ++i) {
    if (IsInside(labels[i])) {
      EXPECT_NE(labels[i - 1], kOutside);
      EXPECT_EQ(LabelType(labels[i - 1]), LabelType(labels[i]));
    }
  }
  // B-PER I-PER beats O I-... : the I-PER evidence pulls B-PER in front.
  EXPECT_EQ(labels[0], BeginLabel(EntityType::kPerson));
  EXPECT_EQ(labels[1], InsideLabel(EntityType::kPerson));
  EXPECT_EQ(labels[2], kOutside);
}

TEST(DecoderTest, SpansOfReadsTypedRunsAndMarginsShrinkWithCloseRivals) {
  const std::vector<uint8_t> labels = {kOutside, BeginLabel(EntityType::kPerson),
                                       InsideLabel(EntityType::kPerson),
                                       BeginLabel(EntityType::kLocation), kOutside};
  std::vector<LabelSpan> spans;
  SpansOf(labels.data(), static_cast<uint32_t>(labels.size()), &spans);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 1u);
  EXPECT_EQ(spans[0].end, 3u);
  EXPECT_EQ(spans[0].type, EntityType::kPerson);
  EXPECT_EQ(spans[1].begin, 3u);
  EXPECT_EQ(spans[1].end, 4u);
  EXPECT_EQ(spans[1].type, EntityType::kLocation);

  // One token whose LOC reading wins by 1 over O, by 4 over the rest.
  Transitions t;
  std::vector<float> e(kNumLabels, -3.0f);
  e[BeginLabel(EntityType::kLocation)] = 1;
  e[kOutside] = 0;
  std::vector<uint8_t> best(1);
  DecoderBuffer buf;
  const float score = Viterbi(t, e.data(), 1, best.data(), &buf);
  EXPECT_EQ(best[0], BeginLabel(EntityType::kLocation));
  std::vector<LabelSpan> one;
  SpansOf(best.data(), 1, &one);
  ASSERT_EQ(one.size(), 1u);
  Margins(t, e.data(), 1, best.data(), score, &buf, one.data(), one.size());
  EXPECT_NEAR(one[0].margin, 1.0f, 1e-5);
}

}  // namespace
}  // namespace rased::tagger

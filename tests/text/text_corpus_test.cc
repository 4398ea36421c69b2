// The text stage over the real seed articles in shared/corpus/seeds (read at
// run time, skipped when absent): structural invariants only, since the
// articles are not ours to copy into expectations.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "common/utf8.h"
#include "rased/document.h"
#include "text/lexicon.h"
#include "text/normalize.h"
#include "text/text_annotator.h"

namespace rased::text {
namespace {

std::vector<std::string> SeedFiles() {
  std::vector<std::string> files;
  const std::filesystem::path dir = std::filesystem::path(RASED_TEST_SHARED_DIR) / "corpus/seeds";
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

void CheckInvariants(const Document& doc, const std::string& name) {
  const uint32_t size = static_cast<uint32_t>(doc.text.size());
  uint32_t last_end = 0;
  uint32_t last_cp = 0;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    ASSERT_LT(t.span.begin, t.span.end) << name << " token " << i;
    ASSERT_LE(t.span.end, size) << name << " token " << i;
    ASSERT_GE(t.span.begin, last_end) << name << " token " << i;  // no overlap, in order
    ASSERT_GE(t.cp_begin, last_cp) << name << " token " << i;
    ASSERT_EQ(t.cp_begin, doc.CodePointOffset(t.span.begin)) << name << " token " << i;
    ASSERT_EQ(t.cp_end, doc.CodePointOffset(t.span.end)) << name << " token " << i;
    ASSERT_LT(t.sentence, doc.sentences.size()) << name;
    ASSERT_EQ(t.key, MatchKey(doc.Slice(t.span))) << name << " token " << i;
    ASSERT_TRUE(utf8::IsValid(t.key)) << name;
    if (t.kind == TokenKind::kWord) {
      ASSERT_FALSE(t.base.empty()) << name << " token " << i;
      ASSERT_LE(t.base.size(), t.key.size() + 2) << name << " token " << i;  // + "ا" of لل
      ASSERT_LE(t.enclitic_bytes, t.base.size()) << name;
    }
    last_end = t.span.end;
    last_cp = t.cp_end;
  }
  uint32_t next = 0;
  for (const Sentence& s : doc.sentences) {
    ASSERT_EQ(s.token_begin, next) << name;
    ASSERT_LT(s.token_begin, s.token_end) << name;
    ASSERT_LE(s.span.end, size) << name;
    next = s.token_end;
  }
  ASSERT_EQ(next, doc.tokens.size()) << name;
}

TEST(TextCorpusTest, SeedArticlesKeepTheInvariants) {
  const std::vector<std::string> files = SeedFiles();
  if (files.empty()) GTEST_SKIP() << "no seed articles under " << RASED_TEST_SHARED_DIR;
  auto lexicon = Lexicon::Load("", RASED_TEST_DATA_DIR);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
  auto annotator = NewTextAnnotator(lexicon->get());
  for (const std::string& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    Document doc;
    doc.id = path;
    doc.text = buffer.str();
    ASSERT_TRUE(annotator->Annotate(doc).ok()) << path;
    EXPECT_GT(doc.tokens.size(), 100u) << path;
    EXPECT_GT(doc.sentences.size(), 5u) << path;
    CheckInvariants(doc, path);
    // Annotating twice gives the same result (the analysis cache is transparent).
    Document again;
    again.text = doc.text;
    ASSERT_TRUE(annotator->Annotate(again).ok());
    ASSERT_EQ(again.tokens.size(), doc.tokens.size());
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      EXPECT_EQ(again.tokens[i].base, doc.tokens[i].base);
      EXPECT_EQ(again.tokens[i].value, doc.tokens[i].value);
    }
  }
}

}  // namespace
}  // namespace rased::text

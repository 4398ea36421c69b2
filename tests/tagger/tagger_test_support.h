// What the tagger's tests share: the text analyzer, the knowledge base and the
// word list of the shipped data directory, each loaded once per suite and
// never freed (suites keep them in statics), and a sentence analysed.
#ifndef RASED_TESTS_TAGGER_TAGGER_TEST_SUPPORT_H_
#define RASED_TESTS_TAGGER_TAGGER_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <string>

#include "kb/knowledge_base.h"
#include "rased/pipeline.h"
#include "rased/text.h"
#include "text/lexicon.h"

namespace rased::tagger::test {

// Each sets *out or fails the calling SetUpTestSuite.
inline void LoadAnalyzer(TextAnalyzer** out) {
  PipelineOptions options;
  options.data_dir = RASED_TEST_DATA_DIR;
  auto analyzer = TextAnalyzer::Create(options);
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  *out = std::move(*analyzer).release();
}

inline void LoadKnowledgeBase(KnowledgeBase** out) {
  auto kb = KnowledgeBase::Load(RASED_TEST_DATA_DIR, {});
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  *out = std::move(*kb).release();
}

inline void LoadLexicon(text::Lexicon** out) {
  auto lexicon = text::Lexicon::Load("", RASED_TEST_DATA_DIR);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
  *out = std::move(*lexicon).release();
}

// The text stage over `text`.
inline Document Analyze(const TextAnalyzer& analyzer, const std::string& text) {
  Document doc;
  doc.id = "test";
  doc.text = text;
  EXPECT_TRUE(analyzer.Annotate(&doc).ok());
  return doc;
}

}  // namespace rased::tagger::test

#endif  // RASED_TESTS_TAGGER_TAGGER_TEST_SUPPORT_H_

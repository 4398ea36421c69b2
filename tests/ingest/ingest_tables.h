// A test fixture holding the boilerplate rules and date reader of data/,
// loaded once per suite, for the tests of the cleaner and the HTML extractor.
#ifndef RASED_TESTS_INGEST_INGEST_TABLES_H_
#define RASED_TESTS_INGEST_INGEST_TABLES_H_

#include <gtest/gtest.h>

#include <string>

#include "ingest/boilerplate.h"
#include "ingest/metadata.h"

namespace rased::ingest {

class IngestTablesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto rules = BoilerplateRules::Load(std::string(RASED_TEST_DATA_DIR) + "/boilerplate");
    ASSERT_TRUE(rules.ok()) << rules.status().ToString();
    rules_ = std::move(*rules).release();
    auto dates = DateReader::Load(RASED_TEST_DATA_DIR);
    ASSERT_TRUE(dates.ok()) << dates.status().ToString();
    dates_ = std::move(*dates).release();
  }
  static void TearDownTestSuite() {
    delete rules_;
    delete dates_;
    rules_ = nullptr;
    dates_ = nullptr;
  }

  static inline BoilerplateRules* rules_ = nullptr;
  static inline DateReader* dates_ = nullptr;
};

}  // namespace rased::ingest

#endif  // RASED_TESTS_INGEST_INGEST_TABLES_H_

// The main() of every test program: GoogleTest's, with one listener.
//
// When a suite's SetUpTestSuite fails (say a data table that no longer
// loads), GoogleTest reports each of its tests as skipped, and ctest, which
// counts "[  SKIPPED ]" as a skip whatever the exit code, would report no
// failure at all. The listener turns such a test into a failed run instead.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>

namespace {

class SuiteSetUpFailure : public testing::EmptyTestEventListener {
  // Called before the default printer's OnTestEnd (end events run in reverse
  // order of registration), so no "[  SKIPPED ]" line is printed for the test.
  void OnTestEnd(const testing::TestInfo& info) override {
    if (!info.result()->Skipped()) return;
    const testing::TestSuite* suite = testing::UnitTest::GetInstance()->current_test_suite();
    if (suite == nullptr || !suite->ad_hoc_test_result().Failed()) return;
    std::printf("[  FAILED  ] %s.%s: the suite's SetUpTestSuite failed (see above)\n",
                info.test_suite_name(), info.name());
    std::fflush(stdout);
    std::_Exit(1);
  }
};

}  // namespace

int main(int argc, char** argv) {
  testing::InitGoogleTest(&argc, argv);
  testing::UnitTest::GetInstance()->listeners().Append(new SuiteSetUpFailure);
  return RUN_ALL_TESTS();
}

#include "common/tsv.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

namespace rased {
namespace {

// One file per test: ctest runs the tests of this binary in parallel
// processes, which would otherwise overwrite each other's file.
std::string WriteTemp(const std::string& content) {
  std::string path = testing::TempDir() + "/tsv_test_" +
                     testing::UnitTest::GetInstance()->current_test_info()->name() + ".tsv";
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(TsvTest, SkipsCommentsAndSplitsFields) {
  auto rows = ReadTsv(WriteTemp("# id\tname\nlibya\tليبيا\n\nsyria\tسوريا|سورية \n"));
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].line, 2);
  EXPECT_EQ((*rows)[1].fields[1], "سوريا|سورية");
  EXPECT_EQ(SplitList((*rows)[1].fields[1]), (std::vector<std::string>{"سوريا", "سورية"}));
}

TEST(TsvTest, ReportsFileAndLineOfBadUtf8) {
  auto rows = ReadTsv(WriteTemp("ok\tok\nbad\t\xFF\n"));
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(rows.status().message().find(":2:"), std::string::npos);
}

TEST(TsvTest, MissingFileIsNotFound) {
  EXPECT_EQ(ReadTsv("/nonexistent/x.tsv").status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace rased

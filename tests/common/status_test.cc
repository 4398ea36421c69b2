#include "rased/status.h"

#include <gtest/gtest.h>

namespace rased {
namespace {

StatusOr<int> ParsePositive(int v) {
  if (v <= 0) return Status::InvalidArgument("not positive: " + std::to_string(v));
  return v;
}

Status UsesMacros(int v, int* out) {
  RASED_ASSIGN_OR_RETURN(*out, ParsePositive(v));
  RASED_RETURN_IF_ERROR(Status::OK());
  return Status::OK();
}

TEST(StatusTest, OkByDefault) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "OK");
}

TEST(StatusTest, NamedConstructorsCarryCodeAndMessage) {
  Status s = Status::NotFound("no such file: a.txt");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_EQ(s.ToString(), "not found: no such file: a.txt");
  EXPECT_EQ(s.WithContext("doc 3").ToString(), "not found: doc 3: no such file: a.txt");
}

TEST(StatusTest, MacrosPropagateErrors) {
  int out = 0;
  EXPECT_TRUE(UsesMacros(5, &out).ok());
  EXPECT_EQ(out, 5);
  Status s = UsesMacros(-1, &out);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace rased

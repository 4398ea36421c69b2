#include "rased/document.h"

#include <gtest/gtest.h>

namespace rased {
namespace {

TEST(DocumentTest, CodePointOffsetsCountArabicAsOne) {
  Document doc;
  doc.text = "زار حفتر Moscow";  // "Haftar visited Moscow"
  EXPECT_EQ(doc.CodePointOffset(0), 0u);
  EXPECT_EQ(doc.CodePointOffset(6), 3u);  // after "زار"
  EXPECT_EQ(doc.CodePointOffset(7), 4u);  // start of حفتر
  EXPECT_EQ(doc.CodePointOffset(static_cast<uint32_t>(doc.text.size())), 15u);
}

TEST(DocumentTest, CodePointOffsetsAcrossManyBlocks) {
  Document doc;
  for (int i = 0; i < 100; ++i) doc.text += "ليبيا ";  // 5 letters + space, 11 bytes
  EXPECT_EQ(doc.CodePointOffset(11 * 50), 6u * 50);
  EXPECT_EQ(doc.CodePointOffset(static_cast<uint32_t>(doc.text.size())), 600u);
}

TEST(DocumentTest, SliceReturnsTheOriginalBytes) {
  Document doc;
  doc.text = "قالت صحيفة لوموند";
  EXPECT_EQ(doc.Slice({20, 32}), "لوموند");
}

}  // namespace
}  // namespace rased

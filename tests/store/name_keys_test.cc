#include "store/name_keys.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <tuple>

namespace rased::store {
namespace {

TEST(NameKeysTest, NameKeyStripsOnlySafeProclitics) {
  EXPECT_EQ(NameKey("للأسد"), NameKey("الأسد"));     // li-l-Asad -> al-Asad
  EXPECT_EQ(NameKey("والجفرة"), NameKey("الجفرة"));  // wa-l-Jufra
  EXPECT_EQ(NameKey("وزارة الدفاع"), NameKey("وزارة الدفاع"));
  EXPECT_NE(NameKey("وزير"), NameKey("زير"));  // wazir is a word, not wa+zir
}

TEST(NameKeysTest, DeletionKeysMeetWithinOneEdit) {
  auto a = SkeletonDeletionKeys("mmlwk");
  auto b = SkeletonDeletionKeys("mlwk");
  bool shared = false;
  for (const auto& x : a) {
    for (const auto& y : b) shared |= x == y;
  }
  EXPECT_TRUE(shared);
  EXPECT_EQ(SkeletonDeletionKeys("abc").size(), 1u);  // too short to vary
}

TEST(NameKeysTest, EditDistanceCountsCodePoints) {
  EXPECT_EQ(EditDistance("يفكوروف", "يفكيروف", 3), 1);  // Yevkurov spellings
  EXPECT_EQ(EditDistance("مملوك", "ملوك", 3), 1);
  EXPECT_EQ(EditDistance("بشار", "حافظ", 2), 3);  // stops above the limit
}

TEST(NameKeysTest, SimHashOfNearCopiesIsClose) {
  // A wire story of twenty distinct sentences, published by two sites that
  // append their own credit line.
  std::string body;
  const char* places[] = {"بنغازي", "طرابلس", "سرت", "درنة", "مصراتة"};
  for (int i = 0; i < 20; ++i) {
    body += "قالت مصادر ليبية إن وفدا عسكريا زار " + std::string(places[i % 5]) + " في اليوم " +
            std::to_string(i + 1) + " من الشهر وبحث مع المسؤولين ملف رقم " +
            std::to_string(100 + i) + ". ";
  }
  const uint64_t a = SimHash(body + "المصدر: وكالة الأنباء");
  const uint64_t b = SimHash(body + "المصدر: موقع إخباري");
  const uint64_t c =
      SimHash("أعلنت وزارة الصحة المصرية تسجيل إصابات جديدة بالحمى في أسوان والأقصر.");
  EXPECT_LE(__builtin_popcountll(a ^ b), 3);
  EXPECT_GT(__builtin_popcountll(a ^ c), 10);
}

// "Haftar met in Benghazi with a Russian delegation, and the delegation
// returned to Moscow; ..." — with clitics (وبنغازي, لموسكو) and harakat.
constexpr const char* kReport =
    "التقى حفترُ في بنغازي وفدًا روسيًا، وعاد الوفد لموسكو والتقى المشير بالوفد "
    "مرة ثانية في بنغازي قبل أن يعود حفتر إلى الرجمة. Wagner, 2023.";

TEST(SearchKeyListTest, HoldsWhatForEachSearchKeyEmits) {
  std::vector<std::tuple<std::string, size_t, size_t, bool>> expected;
  ForEachSearchKey(kReport, [&](std::string_view key, size_t begin, size_t end, bool colocated) {
    expected.emplace_back(std::string(key), begin, end, colocated);
  });
  const SearchKeyList list(kReport);
  ASSERT_EQ(list.keys().size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    const SearchKeyList::Key& k = list.keys()[i];
    EXPECT_EQ(
        std::make_tuple(std::string(list.key(k)), size_t{k.begin}, size_t{k.end}, k.colocated),
        expected[i]);
  }
  EXPECT_FALSE(expected.empty());
}

// SimHash as defined: +1 for every shingle that sets a bit, -1 for every one
// that does not; the bit is set when the sum is positive.
uint64_t ReferenceSimHash(std::string_view text) {
  int weights[64] = {0};
  uint64_t w1 = 0, w2 = 0;
  int seen = 0;
  ForEachSearchKey(text, [&](std::string_view key, size_t, size_t, bool colocated) {
    if (colocated) return;
    const uint64_t h = Fnv1a64(key);
    if (++seen >= 3) {
      uint64_t shingle = h * 31 + w1 * 17 + w2;
      shingle ^= shingle >> 33;
      shingle *= 0xff51afd7ed558ccdull;
      shingle ^= shingle >> 33;
      for (int b = 0; b < 64; ++b) weights[b] += (shingle >> b) & 1 ? 1 : -1;
    }
    w2 = w1;
    w1 = h;
  });
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b) {
    if (weights[b] > 0) out |= uint64_t{1} << b;
  }
  return out;
}

TEST(SimHashTest, CountsBitsAsTheSignedWeightsDo) {
  std::string text;
  // Long enough that the byte-wide bit counters are flushed several times.
  for (int i = 0; i < 120; ++i) text += std::string(kReport) + " " + std::to_string(i) + " ";
  for (size_t n : {size_t{0}, size_t{40}, size_t{300}, text.size()}) {
    const std::string_view part(text.data(), n);
    EXPECT_EQ(SimHash(part), ReferenceSimHash(part)) << n;
    EXPECT_EQ(SimHash(SearchKeyList(part)), SimHash(part)) << n;
  }
}

// Full-text search over a table indexed with a replayed key list gives what
// it gives without one; a list of another text is not replayed.
TEST(ScopedKeyReplayTest, ReplaysOnlyTheTextItWasMadeFor) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(":memory:", &db), SQLITE_OK);
  ASSERT_TRUE(RegisterFtsTokenizer(db).ok());
  ASSERT_EQ(sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='rased')", nullptr,
                         nullptr, nullptr),
            SQLITE_OK);
  const std::string other = "زار وفد مصري طرابلس";  // an Egyptian delegation visited Tripoli
  auto insert = [&](int64_t rowid, const std::string& text) {
    sqlite3_stmt* stmt = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "INSERT INTO t(rowid, x) VALUES (?, ?)", -1, &stmt, nullptr),
              SQLITE_OK);
    sqlite3_bind_int64(stmt, 1, rowid);
    sqlite3_bind_text(stmt, 2, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    EXPECT_EQ(sqlite3_step(stmt), SQLITE_DONE);
    sqlite3_finalize(stmt);
  };
  {
    const SearchKeyList keys(kReport);
    ScopedKeyReplay replay(keys);
    insert(1, kReport);  // replayed
    insert(2, other);    // analysed
  }
  insert(3, kReport);  // analysed
  auto rows = [&](const std::string& query) {
    std::vector<int64_t> out;
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, "SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", -1,
                                 &stmt, nullptr),
              SQLITE_OK);
    sqlite3_bind_text(stmt, 1, query.data(), static_cast<int>(query.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(stmt) == SQLITE_ROW) out.push_back(sqlite3_column_int64(stmt, 0));
    sqlite3_finalize(stmt);
    return out;
  };
  EXPECT_EQ(rows("موسكو"), (std::vector<int64_t>{1, 3}));          // Moscow, from لموسكو
  EXPECT_EQ(rows("\"الوفد بالوفد\""), std::vector<int64_t>{});     // not adjacent
  EXPECT_EQ(rows("\"في بنغازي\""), (std::vector<int64_t>{1, 3}));  // "in Benghazi"
  EXPECT_EQ(rows("طرابلس"), (std::vector<int64_t>{2}));            // Tripoli
  EXPECT_EQ(rows("wagner"), (std::vector<int64_t>{1, 3}));
  sqlite3_close(db);
}

}  // namespace
}  // namespace rased::store

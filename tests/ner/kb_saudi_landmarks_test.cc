// Landmarks of Saudi Arabia the press of 2015 names by name (a market, two
// railways, a road, a bridge, a mosque, a beach; data/kb/
// facilities_saudi_landmarks_2015.tsv), the Jamarat bridge as the structure
// it is, and the kingdom's informal regions (المنطقة الجنوبية). Sentences
// written for these tests, not taken from any corpus, over the shipped
// knowledge base and tables of data/.
#include <gtest/gtest.h>

#include <string>

#include "ner_test_support.h"

namespace rased::ner {
namespace {

class KbSaudiLandmarksTest : public test::ShippedDataTest {};

using Case = test::MentionCase;

// The market is named with its head, and the newspaper that shares its name
// ("عكاظ") is not read inside it; the railways, the road, the bridge and the
// beach are named by words of the language that the head rules leave alone.
TEST_F(KbSaudiLandmarksTest, LandmarksNamedByCommonWords) {
  const Case cases[] = {
      // "The governor opens Souq Okaz in Taif next Wednesday."
      {"ويفتتح أمير المنطقة سوق عكاظ في الطائف الأربعاء المقبل.",
       {"FACILITY سوق عكاظ", "LOCATION الطائف"},
       {"ORGANIZATION عكاظ"}},
      // "The company opened applications for seasonal jobs on the Mashaer
      // train and the Haramain train."
      {"وفتحت الشركة باب التقديم لوظائف موسمية في قطار المشاعر وقطار الحرمين.",
       {"FACILITY قطار المشاعر", "FACILITY قطار الحرمين"},
       {}},
      // "Traffic was diverted from Haramain road towards the Obhur bridge."
      {"وتم تحويل الحركة المرورية من طريق الحرمين باتجاه جسر أبحر المعلق.",
       {"FACILITY طريق الحرمين", "FACILITY جسر أبحر المعلق"},
       {}},
      // "Half Moon beach was crowded with families during the holiday."
      {"واكتظ شاطئ نصف القمر بالعائلات خلال إجازة العيد.", {"LOCATION شاطئ نصف القمر"}, {}},
      // "The prince visited the historic Aba Al-Saud palace in Najran."
      {"وزار الأمير قصر أبا السعود التاريخي وسط نجران.",
       {"FACILITY قصر أبا السعود التاريخي", "LOCATION نجران"},
       {}},
      // "The crew reached the International Space Station yesterday."
      {"ووصل الطاقم إلى محطة الفضاء الدولية أمس.", {"FACILITY محطة الفضاء الدولية"}, {}},
      // "Pilgrims headed to the Jamarat facility to stone the pillars."
      {"وتوجه الحجاج إلى منشأة الجمرات لرمي الجمار صباح اليوم.", {"FACILITY منشأة الجمرات"}, {}},
  };
  for (const Case& tc : cases) test::ExpectMentions(Mentions(tc.text), tc);
  EXPECT_EQ(LinkedMentions("انفجار في مسجد قوة الطوارئ أثناء صلاة الظهر.",
                           "emergency-forces-mosque-abha"),
            1);
}

// The kingdom's quarters the press names as it names the Eastern Province.
TEST_F(KbSaudiLandmarksTest, RegionsOfTheKingdom) {
  const Case tc = {"وتشهد المنطقة الجنوبية والمنطقة الغربية أمطارا غزيرة منذ يومين.",
                   {"LOCATION المنطقة الجنوبية", "LOCATION المنطقة الغربية"},
                   {}};
  test::ExpectMentions(Mentions(tc.text), tc);
}

}  // namespace
}  // namespace rased::ner

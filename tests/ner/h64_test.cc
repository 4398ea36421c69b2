// Roles whose title reads on as far as the title phrase goes: an apposition
// closed by punctuation, a construct chain before the holder, an envoy's
// destination, two offices joined by "و". Sentences written for these tests
// (not taken from any corpus), over the small fixture knowledge base of
// tests/kb/testdata.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "ner_test_support.h"
#include "text/lexicon.h"
#include "text/text_annotator.h"

namespace rased::ner {
namespace {

class TitlePhraseTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    test::LoadStages({"/tests/kb/testdata/fixture_kb.tsv"}, &stages_);
  }
  static Document Run(const std::string& text) { return stages_.Run(text); }

  // The titles of the roles of the person with a mention `person`.
  static std::vector<std::string> TitlesOf(const Document& doc, std::string_view person) {
    std::vector<std::string> out;
    for (const Role& r : doc.roles) {
      for (uint32_t m : doc.entities[r.person].mentions) {
        if (doc.Slice(doc.mentions[m].span) == person) {
          out.push_back(r.title);
          break;
        }
      }
    }
    return out;
  }

  static test::Stages stages_;
};

test::Stages TitlePhraseTest::stages_;

struct TitlesCase {
  const char* text;
  const char* person;               // a mention of the holder
  std::vector<const char*> titles;  // his roles' titles, in order
};

void ExpectTitles(const Document& doc, const TitlesCase& c, const std::vector<std::string>& got) {
  const std::string context = std::string(c.text) + "\n" + test::Dump(doc);
  ASSERT_NE(test::FindEntity(doc, c.person), nullptr) << context;
  ASSERT_EQ(got.size(), c.titles.size()) << context;
  for (size_t k = 0; k < c.titles.size(); ++k) EXPECT_EQ(got[k], c.titles[k]) << context;
}

TEST_F(TitlePhraseTest, AnApposedPostReadsOnToThePunctuation) {
  const TitlesCase cases[] = {
      // "Salem bin Ahmad al-Otaibi, the acting traffic director of Tabuk
      // region, said traffic has resumed": nouns in the construct state,
      // then the region's name and an adjective, up to the comma.
      {"وقال سالم بن أحمد العتيبي، مدير مرور منطقة تبوك المكلف، إن الحركة عادت.",
       "سالم بن أحمد العتيبي",
       {"مدير مرور منطقة تبوك المكلف"}},
      // "Khalid al-Omari, the chief executive of the financial and banking
      // services sector in Riyadh, explained that profits rose": "ل" + a
      // noun, two coordinated adjectives and a scope with "في".
      {"وأوضح خالد العمري، الرئيس التنفيذي لقطاع الخدمات المالية والمصرفية في الرياض، أن "
       "الأرباح ارتفعت.",
       "خالد العمري",
       {"الرئيس التنفيذي لقطاع الخدمات المالية والمصرفية في الرياض"}},
      // "Khalid al-Omari, director general of the national maritime
      // transport company, had announced the plan."
      {"وكان خالد العمري، مدير عام الشركة الوطنية للنقل البحري، قد أعلن الخطة.",
       "خالد العمري",
       {"مدير عام الشركة الوطنية للنقل البحري"}},
  };
  for (const TitlesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(doc, c, TitlesOf(doc, c.person));
  }
}

TEST_F(TitlePhraseTest, AConstructChainReadsOnToTheHolder) {
  const TitlesCase cases[] = {
      // "The mayor of Taif governorate, Dr Fahd al-Harithi, said the project
      // is complete": "أمين" awaits its genitive, the governorate's name.
      {"وقال أمين محافظة الطائف الدكتور فهد الحارثي إن المشروع اكتمل.",
       "فهد الحارثي",
       {"أمين محافظة الطائف", "الدكتور"}},
      // "The deputy minister of education and mayor of Taif governorate, Dr
      // Fahd al-Harithi, said ...": two offices joined by "و", both his.
      {"وقال نائب وزير التعليم وأمين محافظة الطائف الدكتور فهد الحارثي إن المشروع اكتمل.",
       "فهد الحارثي",
       {"نائب وزير التعليم", "أمين محافظة الطائف", "الدكتور"}},
      // "The traffic director of Taif governorate, Colonel Salem
      // al-Zahrani, said the roads are open."
      {"وقال مدير مرور محافظة الطائف العقيد سالم الزهراني إن الطرق مفتوحة.",
       "سالم الزهراني",
       {"مدير مرور محافظة الطائف", "العقيد"}},
      // "The head of «al-Ufuq» company, engineer Salem al-Zahrani, said
      // ...": a quoted name completes the title; the form of address after
      // it is no part of the post.
      {"وقال رئيس شركة «الأفق» المهندس سالم الزهراني إن الطرق مفتوحة.",
       "سالم الزهراني",
       {"رئيس شركة «الأفق»"}},
  };
  for (const TitlesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(doc, c, TitlesOf(doc, c.person));
  }
}

TEST_F(TitlePhraseTest, ABodysShortNameInBracketsBeforeTheHolder) {
  const TitlesCase cases[] = {
      // "The director general of Gulf Aviation Company (Gulf Air), engineer
      // Muhammad Salem al-Anazi, said flights increased."
      {"وقال المدير العام لشركة الخليج للطيران (جلف إير)، المهندس محمد سالم العنزي، إن "
       "الرحلات زادت.",
       "محمد سالم العنزي",
       {"المدير العام لشركة الخليج للطيران (جلف إير)"}},
      // The same without the comma, the holder's name right after.
      {"وقال المدير العام لشركة الخليج للطيران (جلف إير) محمد سالم العنزي إن الرحلات زادت.",
       "محمد سالم العنزي",
       {"المدير العام لشركة الخليج للطيران (جلف إير)"}},
  };
  for (const TitlesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(doc, c, TitlesOf(doc, c.person));
  }
}

TEST_F(TitlePhraseTest, AParticiplesClauseBetweenTheTitleAndTheHolder) {
  // "The secretary general of the world commission for human development,
  // part of the Muslim World League, Muhammad Salem al-Anazi, explained
  // that taking part matters": the clause between commas describes the body.
  const TitlesCase c = {
      "وأوضح أمين عام الهيئة العالمية للتنمية البشرية، التابعة لرابطة العالم الإسلامي، محمد "
      "سالم العنزي، أن المشاركة مهمة.",
      "محمد سالم العنزي",
      {"أمين عام الهيئة العالمية للتنمية البشرية"}};
  Document doc = Run(c.text);
  ExpectTitles(doc, c, TitlesOf(doc, c.person));
}

TEST_F(TitlePhraseTest, AfterWahuTheNextOfficeIsTheFirstNamesToo) {
  // "Judge Muhammad Salem al-Anazi, head of the criminal court, who is the
  // judge at the trial of the deposed president Ahmad Nasser al-Kaabi":
  // "وهو" after al-Anazi's post makes the next office his; the name after it
  // holds the title in its genitive.
  const char* text =
      "وقال المستشار محمد سالم العنزي رئيس محكمة الجنايات وهو قاضي محاكمة الرئيس المعزول "
      "أحمد ناصر الكعبي إن الجلسة تأجلت.";
  Document doc = Run(text);
  const TitlesCase judge = {
      text,
      "محمد سالم العنزي",
      {"المستشار", "رئيس محكمة الجنايات", "قاضي محاكمة الرئيس المعزول أحمد ناصر الكعبي"}};
  ExpectTitles(doc, judge, TitlesOf(doc, judge.person));
  const TitlesCase deposed = {text, "أحمد ناصر الكعبي", {"الرئيس المعزول"}};
  ExpectTitles(doc, deposed, TitlesOf(doc, deposed.person));
}

TEST_F(TitlePhraseTest, AnEnvoysDestinationBeforeTheHolder) {
  // "The ambassador of the State of Kuwait to the Kingdom, Muhammad Salem
  // al-Anazi, attended the ceremony."
  const TitlesCase c = {"وحضر الحفل سفير دولة الكويت لدى المملكة محمد سالم العنزي.",
                        "محمد سالم العنزي",
                        {"سفير دولة الكويت لدى المملكة"}};
  Document doc = Run(c.text);
  ExpectTitles(doc, c, TitlesOf(doc, c.person));
}

TEST_F(TitlePhraseTest, ADualTitleInTheConstructStateIsEachNamesPost) {
  const TitlesCase cases[] = {
      // "The two foreign ministers, Muhammad Salem al-Anazi and Ahmad Nasser
      // al-Kaabi,
      // discussed the situation in the region": "وزيرا" before a definite
      // genitive is the dual, not the accusative "وزيرًا".
      {"وبحث وزيرا الخارجية محمد سالم العنزي وأحمد ناصر الكعبي الأوضاع في المنطقة.",
       "أحمد ناصر الكعبي",
       {"وزيرا الخارجية"}},
      {"وبحث وزيرا الخارجية محمد سالم العنزي وأحمد ناصر الكعبي الأوضاع في المنطقة.",
       "محمد سالم العنزي",
       {"وزيرا الخارجية"}},
      // "The council named Samih Shukri minister for foreign affairs": the
      // accusative, with "ل", is his post alone.
      {"وعين المجلس سامح شكري وزيرا للخارجية.", "سامح شكري", {"وزيرا للخارجية"}},
  };
  for (const TitlesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(doc, c, TitlesOf(doc, c.person));
  }
}

TEST_F(TitlePhraseTest, AfterANamedHostTheChainIsTheGuests) {
  // "Muhammad Salem al-Anazi received yesterday the former Libyan health
  // minister,
  // head of the Red Crescent society, Dr Nasser Baoum": the host is named
  // after the verb, so every title of the chain after him is the guest's.
  const TitlesCase c = {
      "واستقبل محمد سالم العنزي أمس وزير الصحة الليبي السابق، رئيس جمعية الهلال الأحمر الدكتور "
      "ناصر باعوم.",
      "ناصر باعوم",
      {"وزير الصحة الليبي السابق", "رئيس جمعية الهلال الأحمر", "الدكتور"}};
  Document doc = Run(c.text);
  ExpectTitles(doc, c, TitlesOf(doc, c.person));
  EXPECT_TRUE(TitlesOf(doc, "محمد سالم العنزي").empty()) << test::Dump(doc);
}

TEST_F(TitlePhraseTest, APostIntroducedAfterTheName) {
  const TitlesCase cases[] = {
      // "Muhammad Salem al-Anazi took part, in his capacity as head of the
      // national elections committee, in the meeting": "بصفته" sets the post
      // off; "في الاجتماع" is the verb's, no part of it.
      {"وشارك محمد سالم العنزي بصفته رئيس اللجنة الوطنية للانتخابات في الاجتماع.",
       "محمد سالم العنزي",
       {"رئيس اللجنة الوطنية للانتخابات"}},
      // "Muhammad Salem al-Anazi, director of the campaign's office in Libya,
      // explained that the project ended": "بأن" (that) opens what he
      // explained and ends the title.
      {"وأوضح محمد سالم العنزي مدير مكتب الحملة في ليبيا بأن المشروع انتهى.",
       "محمد سالم العنزي",
       {"مدير مكتب الحملة في ليبيا"}},
      // "Muhammad Salem al-Anazi, who was recently named head of the national
      // committee, said the elections will be held."
      {"وقال محمد سالم العنزي الذي عين مؤخرا رئيسا للجنة الوطنية إن الانتخابات ستجري.",
       "محمد سالم العنزي",
       {"رئيسا للجنة الوطنية"}},
      // "Muhammad Salem al-Anazi, who appointed the prime minister, said ...":
      // the active verb's object is another's post.
      {"وقال محمد سالم العنزي الذي عين رئيس الوزراء إن الانتخابات ستجري.", "محمد سالم العنزي", {}},
      // "Mr President Bashar al-Assad stressed that ...": the style and the
      // office are one title.
      {"وأكد السيد الرئيس بشار الأسد أن الحرب مستمرة.", "بشار الأسد", {"السيد الرئيس"}},
  };
  for (const TitlesCase& c : cases) {
    Document doc = Run(c.text);
    ExpectTitles(doc, c, TitlesOf(doc, c.person));
  }
}

// Over the shipped knowledge base, whose people's family names may be words,
// and the text stage with the word list, as the pipeline runs them.
class KnownFamilyNameTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    test::LoadStages({}, &stages_);
    auto lexicon = text::Lexicon::Load("", RASED_TEST_DATA_DIR);
    ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
    // Kept for the process, as the stages are.
    stages_.text = text::NewTextAnnotator(std::move(*lexicon).release()).release();
  }
  static test::Stages stages_;
};

test::Stages KnownFamilyNameTest::stages_;

TEST_F(KnownFamilyNameTest, AKnownPersonsFamilyNameAloneAfterAVerbOfMeeting) {
  // "Dr Abdullah al-Rabeeah arrived in Aden yesterday. Al-Rabeeah received
  // the health minister at the centre's headquarters": the family name, a
  // word too ("الربيعة"), of a person the knowledge base knows, stands for
  // him as the subject of a verb of meeting.
  Document doc = stages_.Run(
      "وصل الدكتور عبدالله الربيعة إلى عدن أمس. واستقبل الربيعة وزير الصحة في مقر "
      "المركز.");
  const Entity* full = test::FindEntity(doc, "عبدالله الربيعة");
  ASSERT_NE(full, nullptr) << test::Dump(doc);
  EXPECT_EQ(test::FindEntity(doc, "الربيعة"), full) << test::Dump(doc);
}

}  // namespace
}  // namespace rased::ner

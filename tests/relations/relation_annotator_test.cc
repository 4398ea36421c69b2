// The relation stage run through the whole pipeline (text, dates, quantities,
// entities, relations) on Arabic sentences written for these tests.
#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "rased/document.h"
#include "rased/pipeline.h"

namespace rased {
namespace {

class RelationAnnotatorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    PipelineOptions options;
    options.data_dir = RASED_TEST_DATA_DIR;
    auto pipeline = Pipeline::Create(options);
    ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
    pipeline_ = std::move(*pipeline).release();
  }
  static void TearDownTestSuite() {
    delete pipeline_;
    pipeline_ = nullptr;
  }

  static Document Annotate(const std::string& text, const std::string& publisher = "") {
    Document doc;
    doc.id = "test";
    doc.published = "2023-09-29";
    doc.publisher = publisher;
    doc.text = text;
    Status s = pipeline_->Annotate(&doc);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return doc;
  }

  static Pipeline* pipeline_;
};

Pipeline* RelationAnnotatorTest::pipeline_ = nullptr;

// The entity index of a knowledge-base id in `doc`, -1 when absent.
int32_t EntityOf(const Document& doc, const std::string& kb_id) {
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    if (doc.entities[i].kb_id == kb_id) return static_cast<int32_t>(i);
  }
  return -1;
}

bool ArgHas(const Document& doc, const Relation& r, const std::string& role,
            const std::string& kb_id) {
  const int32_t e = EntityOf(doc, kb_id);
  if (e < 0) return false;
  for (const RelationArg& a : r.args) {
    if (a.role != role) continue;
    for (int32_t x : a.entities) {
      if (x == e) return true;
    }
  }
  return false;
}

const RelationArg* ArgOf(const Relation& r, const std::string& role) {
  for (const RelationArg& a : r.args) {
    if (a.role == role) return &a;
  }
  return nullptr;
}

// The first relation of `type` whose roles hold all these (role, kb id) pairs.
const Relation* Find(const Document& doc, const std::string& type,
                     const std::vector<std::pair<std::string, std::string>>& args) {
  for (const Relation& r : doc.relations) {
    if (r.type != type) continue;
    bool all = true;
    for (const auto& [role, id] : args) all &= ArgHas(doc, r, role, id);
    if (all) return &r;
  }
  return nullptr;
}

std::string Dump(const Document& doc) {
  std::string out;
  for (const Relation& r : doc.relations) {
    out += r.type + "(";
    for (const RelationArg& a : r.args) {
      out += a.role + "=";
      for (int32_t e : a.entities)
        out += doc.entities[e].kb_id.empty() ? doc.entities[e].name : doc.entities[e].kb_id;
      if (a.entities.empty()) out += "'" + a.text + "'";
      out += " ";
    }
    out += ") " + std::string(ModalityName(r.modality)) + "\n";
  }
  return out.empty() ? "(no relations)" : out;
}

struct Case {
  const char* name;
  const char* text;
  const char* type;
  std::vector<std::pair<std::string, std::string>> args;  // role, kb id
  Modality modality;
};

class FrameCaseTest : public RelationAnnotatorTest, public ::testing::WithParamInterface<Case> {};

TEST_P(FrameCaseTest, FindsTheRelationWithItsArguments) {
  const Case& c = GetParam();
  Document doc = Annotate(c.text);
  const Relation* r = Find(doc, c.type, c.args);
  ASSERT_NE(r, nullptr) << c.name << "\n" << Dump(doc);
  EXPECT_EQ(r->modality, c.modality) << c.name << "\n" << Dump(doc);
  EXPECT_GT(r->confidence, 0.0f);
  EXPECT_LE(r->confidence, 1.0f);
  EXPECT_FALSE(r->evidence.empty());
  EXPECT_TRUE(r->evidence.Contains(r->trigger));
}

const Case kCases[] = {
    // "Russian President Vladimir Putin received Field Marshal Khalifa Haftar in
    // the Kremlin": verb first, subject with its title, then the object.
    {"verb_first_meeting",
     "استقبل الرئيس الروسي فلاديمير بوتين في الكرملين المشير خليفة حفتر.",
     "MEETING",
     {{"participants", "vladimir-putin"}, {"participants", "khalifa-haftar"}},
     Modality::kAsserted},
    // "Erdogan met Dbeibah in Ankara": التقى with a direct object.
    {"met_with_object",
     "والتقى الرئيس التركي رجب طيب أردوغان عبد الحميد الدبيبة في أنقرة.",
     "MEETING",
     {{"participants", "recep-tayyip-erdogan"}, {"participants", "abdul-hamid-dbeibah"}},
     Modality::kAsserted},
    // "Haftar's visit to Moscow comes after the floods": a verbal noun and its genitive.
    {"verbal_noun_visit",
     "وتأتي زيارة حفتر إلى موسكو بعد أسابيع من الفيضانات.",
     "VISIT",
     {{"visitor", "khalifa-haftar"}, {"destination", "moscow"}},
     Modality::kAsserted},
    // "Haftar launched an attack on Tripoli in 2019".
    {"attack_on",
     "وشن حفتر هجوما على طرابلس في عام 2019.",
     "HOSTILITY",
     {{"actor", "khalifa-haftar"}, {"target", "tripoli-libya"}},
     Modality::kAsserted},
    // "... with the support of the UAE, Egypt and Russia": coordinated supporters;
    // the beneficiary is the subject of the clause.
    {"with_support_of",
     "وشن حفتر هجوما على طرابلس بدعم من الإمارات ومصر وروسيا.",
     "SUPPORT",
     {{"supporter", "egypt"}, {"beneficiary", "khalifa-haftar"}},
     Modality::kAsserted},
    // "Coordination takes place between Turkey and the Government of National
    // Accord": an impersonal passive with بين.
    {"impersonal_between",
     "ويتم التنسيق بين تركيا وحكومة الوفاق الوطني بشكل يومي.",
     "COOPERATION",
     {{"parties", "turkey"}, {"parties", "government-of-national-accord"}},
     Modality::kAsserted},
    // "Wagner forces remained present at al-Jufra air base".
    {"present_in",
     "وبقيت قوات فاغنر متواجدة في قاعدة الجفرة الجوية.",
     "DEPLOYMENT",
     {{"force", "wagner-group"}, {"location", "jufra-airbase"}},
     Modality::kAsserted},
    // "Haftar is expected to visit Moscow next month": planned.
    {"expected_visit",
     "ومن المتوقع أن يزور حفتر موسكو الشهر المقبل.",
     "VISIT",
     {{"visitor", "khalifa-haftar"}, {"destination", "moscow"}},
     Modality::kPlanned},
    // "Turkey will send fighters to Tripoli": the future prefix.
    {"future_send",
     "وسترسل تركيا مقاتلين إلى طرابلس خلال الأيام المقبلة.",
     "TRANSPORT",
     {{"operator", "turkey"}, {"destination", "tripoli-libya"}},
     Modality::kPlanned},
    // "Tripoli has no authority over the city of Sirte": a negated verb.
    {"negated_control",
     "ولا تملك طرابلس سلطة على مدينة سرت.",
     "CONTROL",
     {{"controller", "tripoli-libya"}, {"location", "sirte"}},
     Modality::kDenied},
    // "Ankara sent about 3000 Syrian fighters to Tripoli".
    {"sent_to",
     "وأرسلت أنقرة إلى طرابلس حوالي 3000 مقاتل سوري.",
     "TRANSPORT",
     {{"destination", "tripoli-libya"}},
     Modality::kAsserted},
    // "Moscow has close relations with Haftar": relations with مع.
    {"relations_with",
     "وتمتلك روسيا علاقات وثيقة مع حفتر منذ سنوات.",
     "COOPERATION",
     {{"parties", "russia"}, {"parties", "khalifa-haftar"}},
     Modality::kAsserted},
    // "The delegation arrived in Benghazi, Haftar's stronghold, this morning": apposition.
    {"stronghold",
     "ووصل الوفد إلى بنغازي، معقل حفتر، صباح اليوم.",
     "CONTROL",
     {{"controller", "khalifa-haftar"}, {"location", "benghazi"}},
     Modality::kAsserted},
    // "Moscow is considered the main backer of both": لكليهما stands for the
    // pair named before it.
    {"dual_pronoun",
     "واستفاد كل من حفتر والأسد من الدور الروسي، إذ تعتبر موسكو الداعم الأبرز لكليهما.",
     "SUPPORT",
     {{"supporter", "moscow"}, {"beneficiary", "bashar-al-assad"}},
     Modality::kAsserted},
    // "Haftar is visiting Russia, which he reached on Tuesday": the relative
    // clause's pronoun (إليها) stands for Russia, the subject is Haftar.
    {"resumptive_pronoun",
     "ويقوم حفتر بزيارة رسمية بدعوة من روسيا، التي وصل إليها يوم الثلاثاء.",
     "VISIT",
     {{"visitor", "khalifa-haftar"}, {"destination", "russia"}},
     Modality::kAsserted},
    // "Haftar, who resorted to Wagner during his attack on Tripoli": the
    // pronoun of هجومه stands for Haftar.
    {"pronoun_actor",
     "وتملك موسكو صلات مع حفتر، الذي لجأ إلى عناصر فاغنر خلال هجومه على طرابلس.",
     "HOSTILITY",
     {{"actor", "khalifa-haftar"}, {"target", "tripoli-libya"}},
     Modality::kAsserted},
    // "Flights between Damascus and Tehran doubled last year": both ends of
    // بين, the first as origin and the second as destination.
    {"flights_between",
     "وتضاعفت الرحلات الجوية بين دمشق وطهران خلال العام الماضي.",
     "TRANSPORT",
     {{"origin", "damascus"}, {"destination", "tehran"}},
     Modality::kAsserted},
    // "The company runs regular flights on the Damascus-Tehran line": a
    // hyphenated pair; its first end owns nothing.
    {"hyphenated_line",
     "وتسير الشركة رحلات منتظمة على خط دمشق-طهران.",
     "TRANSPORT",
     {{"origin", "damascus"}, {"destination", "tehran"}},
     Modality::kAsserted},
    // "The Tehran-Damascus axis grew stronger during the war years".
    {"hyphenated_axis",
     "وتعزز محور طهران-دمشق خلال سنوات الحرب.",
     "COOPERATION",
     {{"parties", "tehran"}, {"parties", "damascus"}},
     Modality::kAsserted},
    // "Khalifa Haftar, who is close to Moscow, arrived in Cairo": the trigger
    // ends with its own preposition.
    {"close_to",
     "ووصل خليفة حفتر، المقرب من موسكو، إلى القاهرة.",
     "COOPERATION",
     {{"parties", "khalifa-haftar"}, {"parties", "moscow"}},
     Modality::kAsserted},
    // "The attack, which ISIS launched on the city of Mosul, failed after
    // hours": a relative clause on the trigger noun names its actor.
    {"relative_on_the_attack",
     "وفشل الهجوم، الذي شنه تنظيم داعش على مدينة الموصل، بعد ساعات.",
     "HOSTILITY",
     {{"actor", "islamic-state"}, {"target", "mosul"}},
     Modality::kAsserted},
    // "Iraqi forces repelled an attack ISIS launched near Mosul": whoever
    // repels the attack is its target.
    {"repelled_attack",
     "وصدت القوات العراقية هجوما شنه تنظيم داعش قرب الموصل.",
     "HOSTILITY",
     {{"actor", "islamic-state"}, {"target", "iraqi-army"}},
     Modality::kAsserted},
    // "Russia announced its full support for Khalifa Haftar": the speaker acts
    // in what its verb reports.
    {"speaker_supports",
     "وأعلنت روسيا دعمها الكامل لخليفة حفتر.",
     "SUPPORT",
     {{"supporter", "russia"}, {"beneficiary", "khalifa-haftar"}},
     Modality::kReported},
    // "Turkey announced that it will send forces to Tripoli": أنها points back
    // to the speaker when the trigger is the verb of the reported clause.
    {"speaker_in_its_clause",
     "وأعلنت تركيا أنها سترسل قوات إلى طرابلس.",
     "TRANSPORT",
     {{"operator", "turkey"}, {"destination", "tripoli-libya"}},
     Modality::kPlanned},
    // "Russia sent forces to Syria, and Iran followed suit": the follower does
    // what the clause before told of its subject.
    {"followed_suit",
     "وأرسلت روسيا قوات إلى سوريا، وحذت إيران حذوها.",
     "TRANSPORT",
     {{"operator", "iran"}, {"destination", "syria"}},
     Modality::kAsserted},
    // "Russia signed an agreement with Syria, and Iran followed it days later".
    {"followed_suit_after_the_cue",
     "ووقعت روسيا اتفاقا مع سوريا، وتبعتها إيران بعد أيام.",
     "AGREEMENT",
     {{"parties", "iran"}, {"parties", "syria"}},
     Modality::kAsserted},
    // "Turkey built a military base in Qatar in 2016".
    {"base_built",
     "وأنشأت تركيا قاعدة عسكرية في قطر عام 2016.",
     "DEPLOYMENT",
     {{"force", "turkey"}, {"location", "qatar"}},
     Modality::kAsserted},
    // "A delegation of the Syrian government arrived in Moscow yesterday": the
    // name after وفد من is the visitor.
    {"delegation_from",
     "ووصل وفد من الحكومة السورية إلى موسكو أمس.",
     "VISIT",
     {{"visitor", "syrian-government"}, {"destination", "moscow"}},
     Modality::kAsserted},
    // "During his visit to Russia, Haftar asked the Russian leadership to sign
    // a defence agreement between them": the leadership stands for Russia.
    {"leadership_pair",
     "وخلال زيارته إلى روسيا، طلب حفتر من القيادة الروسية توقيع اتفاق دفاعي بينهما.",
     "AGREEMENT",
     {{"parties", "khalifa-haftar"}, {"parties", "russia"}},
     Modality::kPlanned},
};

INSTANTIATE_TEST_SUITE_P(Frames, FrameCaseTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return info.param.name;
                         });

// Sentences where a relation of `type` must not hold these arguments (an empty
// kb id: no entity at all in that role; no arguments: no relation of the type).
struct NoCase {
  const char* name;
  const char* text;
  const char* type;
  std::vector<std::pair<std::string, std::string>> args;
};

class NoRelationTest : public RelationAnnotatorTest,
                       public ::testing::WithParamInterface<NoCase> {};

TEST_P(NoRelationTest, DoesNotReadTheWrongRelation) {
  const NoCase& c = GetParam();
  Document doc = Annotate(c.text);
  for (const Relation& r : doc.relations) {
    if (r.type != c.type) continue;
    bool all = true;
    for (const auto& [role, id] : c.args) {
      const RelationArg* a = ArgOf(r, role);
      all &= id.empty() ? a != nullptr && !a->entities.empty() : ArgHas(doc, r, role, id);
    }
    EXPECT_FALSE(all) << c.name << "\n" << Dump(doc);
  }
}

const NoCase kNoCases[] = {
    // "Ankara sent to Tripoli fighters loyal to the Turks from among the
    // opponents of Assad": loyal to a common noun, not to the name further on.
    {"loyal_to_a_common_noun",
     "وأرسلت أنقرة إلى طرابلس مقاتلين موالين للأتراك من المعارضين للأسد.",
     "SUPPORT",
     {{"beneficiary", "bashar-al-assad"}}},
    // "The forces took the road that links Sanaa and Marib": a road, no transport.
    {"a_road_links_two_places",
     "وسيطرت القوات على الطريق الذي يربط بين صنعاء ومأرب.",
     "TRANSPORT",
     {}},
    // "Iraqi forces repelled an attack on their positions near Mosul": the
    // defender is not the attacker.
    {"defender_is_no_actor",
     "وصدت القوات العراقية هجوما على مواقعها قرب الموصل.",
     "HOSTILITY",
     {{"actor", "iraqi-army"}}},
    // "The Spanish interior ministry announced the arrest of a man suspected of
    // recruiting young men for ISIS": his pronoun is not the ministry's.
    {"pronoun_disagrees_with_the_speaker",
     "وأعلنت وزارة الداخلية الإسبانية توقيف رجل يشتبه بتجنيده شبانا لحساب داعش.",
     "RECRUITMENT",
     {{"recruiter", ""}}},
    // "The rebels targeted the homes of Assad's forces' officers at the Abu
    // al-Duhur air base east of Idlib": the subject is the definite noun right
    // after the verb, not a name further on.
    {"definite_noun_subject",
     "واستهدف الثوار مساكن ضباط قوات الأسد في مطار أبو الظهور العسكري شرق إدلب.",
     "HOSTILITY",
     {{"actor", ""}}},
    // "The RSF took the city of Wad Madani, capital of Gezira state": an
    // apposition, not a second place taken.
    {"apposition_is_no_conjunct",
     "وسيطرت قوات الدعم السريع على مدينة ود مدني، عاصمة ولاية الجزيرة.",
     "CONTROL",
     {{"location", "gezira-state"}}},
};

INSTANTIATE_TEST_SUITE_P(Negatives, NoRelationTest, ::testing::ValuesIn(kNoCases),
                         [](const ::testing::TestParamInfo<NoCase>& info) {
                           return info.param.name;
                         });

TEST_F(RelationAnnotatorTest, SplitsCoordinatedSupportersIntoOneRelationEach) {
  // "... with the support of the UAE, Egypt and Russia".
  Document doc = Annotate("وشن حفتر هجوما على طرابلس بدعم من الإمارات ومصر وروسيا.");
  for (const char* id : {"united-arab-emirates", "egypt", "russia"}) {
    const int32_t e = EntityOf(doc, id);
    if (e < 0) continue;  // entity recognition is tested elsewhere
    EXPECT_NE(Find(doc, "SUPPORT", {{"supporter", id}, {"beneficiary", "khalifa-haftar"}}), nullptr)
        << id << "\n"
        << Dump(doc);
  }
}

TEST_F(RelationAnnotatorTest, AttributesToTheOutletAndKeepsTheChain) {
  // "Al-Araby Al-Jadeed newspaper quoted informed Libyan sources as saying that
  // Haftar met Putin in Moscow."
  Document doc =
      Annotate("ونقلت صحيفة العربي الجديد، عن مصادر ليبية مطلعة، أن حفتر التقى بوتين في موسكو.");
  const Relation* r = Find(
      doc, "MEETING", {{"participants", "khalifa-haftar"}, {"participants", "vladimir-putin"}});
  ASSERT_NE(r, nullptr) << Dump(doc);
  EXPECT_EQ(r->attribution, EntityOf(doc, "al-araby-al-jadeed"));
  EXPECT_NE(r->attribution_text.find("مصادر ليبية مطلعة"), std::string::npos)
      << r->attribution_text;
  EXPECT_NE(r->attribution_text.find("\xE2\x86\x90"), std::string::npos)
      << r->attribution_text;  // ←
  EXPECT_EQ(r->modality, Modality::kReported);
  // The sources' own words are not read as an argument.
  for (const Relation& x : doc.relations) {
    EXPECT_NE(x.type, "COOPERATION") << Dump(doc);
  }
}

TEST_F(RelationAnnotatorTest, KeepsUnnamedSourcesAsText) {
  // "Libyan security sources said that Wagner forces are stationed at al-Jufra base."
  Document doc = Annotate("وقالت مصادر أمنية ليبية إن قوات فاغنر تتمركز في قاعدة الجفرة.");
  const Relation* r = Find(doc, "DEPLOYMENT", {{"location", "jufra-airbase"}});
  ASSERT_NE(r, nullptr) << Dump(doc);
  EXPECT_EQ(r->attribution, -1);
  EXPECT_EQ(r->attribution_text, "مصادر أمنية ليبية");
  EXPECT_EQ(r->modality, Modality::kReported);
}

TEST_F(RelationAnnotatorTest, CarriesAReportOverToTheNextSentence) {
  // "According to Syria TV, Ali Mamlouk visited Cairo last week. Ali Mamlouk
  // met Haftar in the city."
  Document doc = Annotate(
      "وبحسب موقع تلفزيون سوريا، زار علي مملوك القاهرة الأسبوع الماضي. واجتمع علي مملوك مع حفتر في "
      "المدينة.");
  const int32_t source = EntityOf(doc, "syria-tv");
  ASSERT_GE(source, 0) << "entity stage missed تلفزيون سوريا";
  const Relation* visit =
      Find(doc, "VISIT", {{"visitor", "ali-mamlouk"}, {"destination", "cairo"}});
  ASSERT_NE(visit, nullptr) << Dump(doc);
  EXPECT_EQ(visit->attribution, source);
  const Relation* meeting =
      Find(doc, "MEETING", {{"participants", "ali-mamlouk"}, {"participants", "khalifa-haftar"}});
  ASSERT_NE(meeting, nullptr) << Dump(doc);
  EXPECT_EQ(meeting->attribution, source);
  EXPECT_EQ(meeting->modality, Modality::kReported);
}

TEST_F(RelationAnnotatorTest, ResolvesAnAnaphoricSourceToTheEarlierOne) {
  // "Anadolu agency reported that Turkey sent drones to Tripoli. According to the
  // same agency, Ankara signed an agreement with the Government of National Accord."
  Document doc = Annotate(
      "وذكرت وكالة الأناضول أن تركيا أرسلت طائرات مسيرة إلى طرابلس.\n\nوبحسب الوكالة، وقعت تركيا "
      "اتفاقا أمنيا مع حكومة الوفاق الوطني.");
  const int32_t source = EntityOf(doc, "anadolu-agency");
  ASSERT_GE(source, 0);
  const Relation* r =
      Find(doc, "AGREEMENT", {{"parties", "turkey"}, {"parties", "government-of-national-accord"}});
  ASSERT_NE(r, nullptr) << Dump(doc);
  EXPECT_EQ(r->attribution, source);
}

TEST_F(RelationAnnotatorTest, MarksDenialsAndAllegations) {
  // "Russia denied that it had sent fighters to Libya. The airline is suspected
  // of being owned by Rami Makhlouf."
  Document doc = Annotate(
      "ونفت روسيا أن تكون قد أرسلت مقاتلين إلى ليبيا.\n\nوتعمل في المطار شركة أجنحة الشام التي "
      "يشتبه "
      "في أنها مملوكة لرامي مخلوف.");
  bool denied = false;
  for (const Relation& r : doc.relations) {
    if ((r.type == "TRANSPORT" || r.type == "DEPLOYMENT") &&
        ArgHas(doc, r, r.type == "TRANSPORT" ? "destination" : "location", "libya")) {
      denied |= r.modality == Modality::kDenied;
    }
  }
  EXPECT_TRUE(denied) << Dump(doc);
  const Relation* owned =
      Find(doc, "CONTROL", {{"controller", "rami-makhlouf"}, {"location", "cham-wings"}});
  ASSERT_NE(owned, nullptr) << Dump(doc);
  EXPECT_EQ(owned->modality, Modality::kAlleged);
}

TEST_F(RelationAnnotatorTest, DatesARelationWithItsSentencesDate) {
  // "Haftar arrived in Moscow on Tuesday" (published 2023-09-29, a Friday).
  Document doc = Annotate("ووصل حفتر إلى موسكو يوم الثلاثاء في زيارة رسمية.");
  const Relation* r =
      Find(doc, "VISIT", {{"visitor", "khalifa-haftar"}, {"destination", "moscow"}});
  ASSERT_NE(r, nullptr) << Dump(doc);
  ASSERT_GE(r->date, 0);
  EXPECT_EQ(doc.dates[r->date].value, "2023-09-26");
  EXPECT_EQ(r->place, EntityOf(doc, "moscow"));
}

TEST_F(RelationAnnotatorTest, NamedSpeakerMakesAStatement) {
  // "Russian Foreign Minister Sergei Lavrov said that his country supports a
  // political solution in Libya."
  Document doc =
      Annotate("وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده تدعم الحل السياسي في ليبيا.");
  const Relation* r = Find(doc, "STATEMENT", {{"speaker", "sergei-lavrov"}});
  ASSERT_NE(r, nullptr) << Dump(doc);
  EXPECT_EQ(r->attribution, EntityOf(doc, "sergei-lavrov"));
  const RelationArg* topic = ArgOf(*r, "topic");
  ASSERT_NE(topic, nullptr);
  EXPECT_NE(topic->text.find("الحل السياسي"), std::string::npos) << topic->text;
}

TEST_F(RelationAnnotatorTest, TiesAQuantityToWhomItCountsAndWhoSaysSo) {
  // "According to a UN report, about 1200 Wagner elements took part in the attack."
  Document doc =
      Annotate("وبحسب تقرير للأمم المتحدة، شارك حوالي 1200 من عناصر فاغنر في الهجوم على طرابلس.");
  ASSERT_FALSE(doc.quantities.empty());
  const Quantity& q = doc.quantities[0];
  EXPECT_EQ(q.low, 1200);
  EXPECT_EQ(q.subject, EntityOf(doc, "wagner-group"));
  EXPECT_EQ(q.attribution, EntityOf(doc, "united-nations"));
}

TEST_F(RelationAnnotatorTest, SentencesWithoutEventsYieldNothing) {
  // "Oil prices rose on world markets yesterday. The weather was mild in Tripoli."
  Document doc =
      Annotate("ارتفعت أسعار النفط في الأسواق العالمية أمس. وكان الطقس معتدلا في طرابلس.");
  EXPECT_TRUE(doc.relations.empty()) << Dump(doc);
}

TEST_F(RelationAnnotatorTest, DoesNotReadATriggerInsideAName) {
  // "The Rapid Support Forces entered Khartoum": دعم inside the name is no support.
  Document doc = Annotate("ودخلت قوات الدعم السريع إلى الخرطوم.");
  for (const Relation& r : doc.relations) EXPECT_NE(r.type, "SUPPORT") << Dump(doc);
}

TEST_F(RelationAnnotatorTest, NamesInsideATitleAreNoParties) {
  // "Prince Faisal bin Bandar, emir of the Riyadh region, received the
  // well-wishers at the palace": Riyadh belongs to his title.
  Document doc = Annotate(
      "استقبل الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض بقصر الحكم المهنئين بالعيد.");
  for (const Relation& r : doc.relations) EXPECT_NE(r.type, "MEETING") << Dump(doc);
}

TEST_F(RelationAnnotatorTest, WhatAClauseWorksAgainstIsNoEvent) {
  // "The Tunisian government seeks to stop the recruitment of young people by
  // ISIS": no recruitment is asserted.
  Document doc = Annotate("وتسعى الحكومة التونسية لوقف تجنيد الشباب في صفوف تنظيم داعش.");
  for (const Relation& r : doc.relations) EXPECT_NE(r.type, "RECRUITMENT") << Dump(doc);
}

TEST_F(RelationAnnotatorTest, AGameIsNoHostility) {
  // "In the match Egypt against Tunisia yesterday ...".
  Document doc = Annotate("وفي مباراة مصر ضد تونس أمس، سجل اللاعبون ثلاثة أهداف.");
  for (const Relation& r : doc.relations) EXPECT_NE(r.type, "HOSTILITY") << Dump(doc);
}

TEST_F(RelationAnnotatorTest, AnOpinionVerbReportsOnlyWithItsComplementiser) {
  // "Lavrov considered that Russia supports the Libyan National Army. Moscow is
  // considered the main backer of Haftar."
  Document doc = Annotate(
      "واعتبر وزير الخارجية الروسي سيرغي لافروف أن بلاده تدعم الحل السياسي.\n\nوتعتبر موسكو "
      "الداعم الأبرز لحفتر.");
  EXPECT_NE(Find(doc, "STATEMENT", {{"speaker", "sergei-lavrov"}}), nullptr) << Dump(doc);
  const Relation* support =
      Find(doc, "SUPPORT", {{"supporter", "moscow"}, {"beneficiary", "khalifa-haftar"}});
  ASSERT_NE(support, nullptr) << Dump(doc);
  EXPECT_EQ(support->attribution, -1);
}

TEST_F(RelationAnnotatorTest, CountsTheForceNamedBeforeTheNumber) {
  // "The number of Wagner forces ranges between 1000 and 1500 soldiers".
  Document doc = Annotate("ويتراوح عدد قوات فاغنر في ليبيا بين 1000 و1500 جندي.");
  ASSERT_FALSE(doc.quantities.empty());
  EXPECT_EQ(doc.quantities[0].subject, EntityOf(doc, "wagner-group"));
}

TEST_F(RelationAnnotatorTest, EmptyDocumentIsFine) {
  Document doc = Annotate("");
  EXPECT_TRUE(doc.relations.empty());
}

}  // namespace
}  // namespace rased

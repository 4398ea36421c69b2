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
    // "The militants loyal to ISIS took the city of Sirte": the unnamed
    // subject takes for the group it is loyal to.
    {"loyal_fighters_take_for_their_group",
     "وسيطر المسلحون الموالون لتنظيم داعش على مدينة سرت.",
     "CONTROL",
     {{"controller", "islamic-state"}, {"location", "sirte"}},
     Modality::kAsserted},
    // "The Turkish police arrested, on Friday evening, five members of ISIS in
    // Istanbul": the arrest phrase broken by an adverbial.
    {"arrest_phrase_broken_by_an_adverbial",
     "وألقت الشرطة التركية القبض، مساء الجمعة، على خمسة عناصر من تنظيم داعش في إسطنبول.",
     "HOSTILITY",
     {{"actor", "turkish-national-police"}, {"target", "islamic-state"}},
     Modality::kAsserted},
    // "Sudanese army forces entered the city of El Fasher on Sunday morning".
    {"forces_enter_a_city",
     "ودخلت قوات الجيش السوداني مدينة الفاشر صباح الأحد.",
     "DEPLOYMENT",
     {{"force", "sudanese-armed-forces"}, {"location", "el-fasher"}},
     Modality::kAsserted},
    // "The Libyan National Army entered the city of Sirte" (with إلى).
    {"forces_enter_into_a_city",
     "ودخل الجيش الوطني الليبي إلى مدينة سرت.",
     "DEPLOYMENT",
     {{"force", "libyan-national-army"}, {"location", "sirte"}},
     Modality::kAsserted},
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
    // "The official said that Russian Foreign Minister Sergei Lavrov and
    // Turkish Foreign Minister Mevlut Cavusoglu will visit Tehran next week":
    // a hollow verb's dual future, and a conjunct that opens with its title.
    {"dual_future_visit_with_titles",
     "وأكد المسؤول أن وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية التركي مولود جاويش "
     "أوغلو سيزوران طهران الأسبوع المقبل.",
     "VISIT",
     {{"visitor", "sergei-lavrov"}, {"destination", "tehran"}},
     Modality::kPlanned},
    // "President Abd Rabbuh Mansur Hadi returned to Aden yesterday".
    {"returned_to",
     "وعاد الرئيس عبد ربه منصور هادي إلى عدن أمس.",
     "VISIT",
     {{"visitor", "abdrabbuh-mansur-hadi"}, {"destination", "aden"}},
     Modality::kAsserted},
    // "Khaled Bahah spent hours in Aden before he left for Abu Dhabi": the
    // verb after "قبل أن" shares the subject of the clause.
    {"left_for_after_before_that",
     "وأمضى خالد بحاح ساعات في عدن قبل أن يغادر إلى أبوظبي.",
     "VISIT",
     {{"visitor", "khaled-bahah"}, {"destination", "abu-dhabi"}},
     Modality::kAsserted},
    // "Prime Minister Khaled Bahah toured the port of Aden".
    {"toured",
     "وأجرى رئيس الوزراء خالد بحاح جولة في ميناء عدن.",
     "VISIT",
     {{"visitor", "khaled-bahah"}, {"destination", "aden-port"}},
     Modality::kAsserted},
    // "President Hadi visited a number of governorates, among them Sanaa".
    {"visited_among_them",
     "وزار الرئيس هادي عددا من المحافظات بينها صنعاء وتعز.",
     "VISIT",
     {{"visitor", "abdrabbuh-mansur-hadi"}, {"destination", "sanaa"}},
     Modality::kAsserted},
    // "Violent clashes broke out between the Iraqi army and ISIS in Mosul".
    {"clashes_between",
     "واندلعت اشتباكات عنيفة بين الجيش العراقي وتنظيم داعش في الموصل.",
     "HOSTILITY",
     {{"actor", "iraqi-army"}, {"target", "islamic-state"}},
     Modality::kAsserted},
    // "Clashes took place between regime forces and Hezbollah on one side,
    // and opposition factions and the Nusra Front on the other": two sides.
    {"clashes_between_sides",
     "ودارت اشتباكات بين قوات النظام وحزب الله من جهة، وفصائل المعارضة وجبهة النصرة من جهة "
     "أخرى.",
     "HOSTILITY",
     {{"actor", "syrian-arab-army"}, {"target", "jabhat-al-nusra"}},
     Modality::kAsserted},
    // "Relations between Turkey and Russia have seen tension for weeks".
    {"tension_between",
     "وتشهد العلاقات بين تركيا وروسيا توترا منذ أسابيع.",
     "HOSTILITY",
     {{"actor", "turkey"}, {"target", "russia"}},
     Modality::kAsserted},
    // "Saudi forces foiled an attack by the Houthis on the al-Tuwal crossing":
    // the attacker after ل.
    {"foiled_attack_by",
     "وأحبطت القوات السعودية هجوما للحوثيين على منفذ الطوال.",
     "HOSTILITY",
     {{"actor", "houthis"}, {"target", "saudi-armed-forces"}},
     Modality::kAsserted},
    // "... foiled an attack by the Houthis on Aden airport": the attack's own
    // target.
    {"foiled_attack_on",
     "وأحبطت القوات السعودية هجوما للحوثيين على مطار عدن.",
     "HOSTILITY",
     {{"actor", "houthis"}, {"target", "aden-airport"}},
     Modality::kAsserted},
    // "Coalition aircraft were shelling Houthi positions": the auxiliary
    // (with its "و") opens the clause of subject and verb.
    {"auxiliary_subject_verb",
     "وكانت طائرات التحالف العربي تقصف مواقع الحوثيين.",
     "HOSTILITY",
     {{"actor", "saudi-led-coalition-yemen"}, {"target", "houthis"}},
     Modality::kAsserted},
    // "Coalition aircraft shelled Houthi positions in Sanaa": the target owns
    // what was hit.
    {"shelled_positions_of",
     "وقصفت طائرات التحالف العربي مواقع للحوثيين في صنعاء.",
     "HOSTILITY",
     {{"actor", "saudi-led-coalition-yemen"}, {"target", "houthis"}},
     Modality::kAsserted},
    // "The Iraqi army liberated the city of Mosul from ISIS".
    {"liberated_from",
     "وحرر الجيش العراقي مدينة الموصل من تنظيم داعش.",
     "HOSTILITY",
     {{"actor", "iraqi-army"}, {"target", "islamic-state"}},
     Modality::kAsserted},
    {"liberated_holds",
     "وحرر الجيش العراقي مدينة الموصل من تنظيم داعش.",
     "CONTROL",
     {{"controller", "iraqi-army"}, {"location", "mosul"}},
     Modality::kAsserted},
    // "Government forces managed to liberate the city of Taiz from the
    // Houthis": who it was liberated from held it.
    {"liberation_from",
     "وتمكنت القوات الحكومية من تحرير مدينة تعز من الحوثيين.",
     "CONTROL",
     {{"controller", "houthis"}, {"location", "taiz"}},
     Modality::kAsserted},
    // "The Qassam Brigades, the military wing of Hamas, claimed the attack".
    {"military_wing",
     "وتبنت كتائب القسام، الجناح العسكري لحركة حماس، الهجوم.",
     "MEMBERSHIP",
     {{"member", "al-qassam-brigades"}, {"organization", "hamas"}},
     Modality::kAsserted},
    // "Negotiations are under way between the Yemeni government and the
    // Houthis to reach an agreement in Geneva": the pair before the trigger.
    {"talks_to_reach_agreement",
     "وتجري مفاوضات بين الحكومة اليمنية والحوثيين للتوصل إلى اتفاق في جنيف.",
     "AGREEMENT",
     {{"parties", "yemeni-government"}, {"parties", "houthis"}},
     Modality::kPlanned},
    // "Russia continues to support and arm the Libyan National Army": two
    // verbal nouns share the genitive.
    {"support_and_arm",
     "وتواصل روسيا دعم وتسليح الجيش الوطني الليبي.",
     "SUPPORT",
     {{"supporter", "russia"}, {"beneficiary", "libyan-national-army"}},
     Modality::kAsserted},
    // "The Popular Mobilisation, which backs the Iraqi government, fought in
    // Fallujah".
    {"backing_participle",
     "وقاتل الحشد الشعبي المساند للحكومة العراقية في الفلوجة.",
     "SUPPORT",
     {{"supporter", "popular-mobilization-forces"}, {"beneficiary", "iraqi-government"}},
     Modality::kAsserted},
    // "The Iranian official called on Riyadh to stop what he described as the
    // “aggression” on Yemen": a word in quotes is no quotation.
    {"scare_quotes",
     "ودعا المسؤول الإيراني الرياض إلى وقف ما وصفه بـ“العدوان” على اليمن.",
     "HOSTILITY",
     {{"actor", "riyadh"}, {"target", "yemen"}},
     Modality::kAsserted},
    // "Other officials of the Syrian government arrived in Moscow yesterday".
    {"other_officials_from",
     "ووصل مسؤولون آخرون من الحكومة السورية إلى موسكو أمس.",
     "VISIT",
     {{"visitor", "syrian-government"}, {"destination", "moscow"}},
     Modality::kAsserted},
    // "The United States and the European Union condemned the attack on the
    // village": condemning is a statement of each subject.
    {"condemned_by_two",
     "ونددت الولايات المتحدة والاتحاد الأوروبي بالهجوم على القرية.",
     "STATEMENT",
     {{"speaker", "european-union"}},
     Modality::kAsserted},
    // "Iraqi Prime Minister Haider al-Abadi decided to abolish the posts of the
    // vice-presidents": a decision is a statement.
    {"decision_is_statement",
     "وقرر رئيس الوزراء العراقي حيدر العبادي إلغاء مناصب نواب رئيس الجمهورية.",
     "STATEMENT",
     {{"speaker", "haider-al-abadi"}},
     Modality::kAsserted},
    // "Future Movement MPs, which Saad Hariri heads, boycott the sessions".
    {"relative_clause_leader",
     "ويقاطع نواب تيار المستقبل الذي يترأسه سعد الحريري جلسات البرلمان.",
     "MEMBERSHIP",
     {{"member", "saad-hariri"}, {"organization", "future-movement"}},
     Modality::kAsserted},
    // "The Free Patriotic Movement, allied with Hezbollah and headed by Michel
    // Aoun, demands …": the relative clause joined by "و" describes the
    // movement, not Hezbollah.
    {"allied_with",
     "ويطالب التيار الوطني الحر المتحالف مع حزب الله والذي يترأسه ميشال عون بتعيين قائد للجيش.",
     "COOPERATION",
     {{"parties", "free-patriotic-movement"}, {"parties", "hezbollah"}},
     Modality::kAsserted},
    {"joined_relative_clause",
     "ويطالب التيار الوطني الحر المتحالف مع حزب الله والذي يترأسه ميشال عون بتعيين قائد للجيش.",
     "MEMBERSHIP",
     {{"member", "michel-aoun"}, {"organization", "free-patriotic-movement"}},
     Modality::kAsserted},
    // "Dozens of members of the armed groups backed by Turkey were killed".
    {"passive_support",
     "وقتل عشرات من عناصر المجموعات المسلحة المدعومة من تركيا في ريف حلب.",
     "SUPPORT",
     {{"supporter", "turkey"}},
     Modality::kAsserted},
    // "Hassan Nasrallah backed the regime of Bashar al-Assad".
    {"backed_verb",
     "وأيد حسن نصر الله نظام بشار الأسد منذ بداية الحرب.",
     "SUPPORT",
     {{"supporter", "hassan-nasrallah"}, {"beneficiary", "syrian-government"}},
     Modality::kAsserted},
    // "The Arab coalition's air force stepped up striking the Houthi militias".
    {"striking_as_noun",
     "وكثف طيران التحالف العربي ضرب ميليشيات الحوثي في زنجبار.",
     "HOSTILITY",
     {{"actor", "saudi-led-coalition-yemen"}, {"target", "houthis"}},
     Modality::kAsserted},
    // "Britain decided to extend its part in the air strikes against ISIS".
    {"air_strikes_against",
     "وقررت بريطانيا تمديد مشاركتها في الضربات الجوية ضد تنظيم داعش في العراق.",
     "HOSTILITY",
     {{"actor", "united-kingdom"}, {"target", "islamic-state"}},
     Modality::kAsserted},
    // "The Popular Mobilisation Forces arrested 12 members of ISIS": the
    // organisation of those taken is the target.
    {"arrested_members_of",
     "وألقت قوات الحشد الشعبي القبض على 12 عنصرا من تنظيم داعش في الرمادي.",
     "HOSTILITY",
     {{"actor", "popular-mobilization-forces"}, {"target", "islamic-state"}},
     Modality::kAsserted},
    {"arrested_named",
     "وقبضت قوات الحشد الشعبي على أبو بكر البغدادي.",
     "HOSTILITY",
     {{"actor", "popular-mobilization-forces"}, {"target", "abu-bakr-al-baghdadi"}},
     Modality::kAsserted},
    // "Merkel stressed, in a telephone call with Turkish Prime Minister Ahmet
    // Davutoglu, …": a call is a meeting at a distance.
    {"telephone_call",
     "وقال المتحدث إن المستشارة الألمانية أنغيلا ميركل شددت خلال مكالمة هاتفية مع رئيس الوزراء "
     "التركي أحمد داود أوغلو على ضرورة السلام.",
     "MEETING",
     {{"participants", "angela-merkel"}, {"participants", "ahmet-davutoglu"}},
     Modality::kAsserted},
    // "A meeting was held that brought together Adel al-Jubeir and Mohammad
    // Javad Zarif in Muscat".
    {"meeting_brought_together",
     "وعقد اجتماع ضم وزير الخارجية السعودي عادل الجبير ونظيره الإيراني محمد جواد ظريف في مسقط.",
     "MEETING",
     {{"participants", "adel-al-jubeir"}, {"participants", "mohammad-javad-zarif"}},
     Modality::kAsserted},
    // "UN Secretary-General Ban Ki-moon strongly condemned the killing of the
    // child": "بان" is his name, not the complementiser "بأن".
    {"name_like_a_complementiser",
     "وأدان الأمين العام للأمم المتحدة بان كي مون \"بشدة\" قتل الطفل الفلسطيني حرقا.",
     "STATEMENT",
     {{"speaker", "ban-ki-moon"}},
     Modality::kAsserted},
    // "US President Barack Obama condemned the killing": the first letter of
    // "باراك" is no preposition.
    {"name_like_a_preposition",
     "وأدان الرئيس الأمريكي باراك أوباما قتل الطفل.",
     "STATEMENT",
     {{"speaker", "barack-obama"}},
     Modality::kAsserted},
    // "Meanwhile, German Chancellor Angela Merkel called on the Turkish
    // government not to abandon the peace process": a fronted link, then the
    // verb and its titled subject.
    {"fronted_link_then_verb",
     "الى ذلك دعت المستشارة الألمانية انجيلا ميركل الحكومة التركية إلى عدم التخلي عن عملية "
     "السلام.",
     "STATEMENT",
     {{"speaker", "angela-merkel"}},
     Modality::kAsserted},
    // "The Lebanese defence ministry approved extending the army commander's
    // term".
    {"approved_is_statement",
     "وأقرت وزارة الدفاع اللبنانية اليوم تمديد ولاية قائد الجيش.",
     "STATEMENT",
     {{"speaker", "lebanese-ministry-of-defence"}},
     Modality::kAsserted},
    // "Iraqi Prime Minister Haider al-Abadi had signed a decision abolishing
    // the posts of the vice-presidents".
    {"signed_a_decision",
     "وكان رئيس الوزراء العراقي حيدر العبادي وقع قرار إلغاء مناصب نواب الرئيس.",
     "STATEMENT",
     {{"speaker", "haider-al-abadi"}},
     Modality::kAsserted},
    // "ISIS took control of large parts of northern Syria": a part of a place.
    {"control_of_parts_of",
     "وسيطر تنظيم داعش على أجزاء واسعة من سوريا منذ سنوات.",
     "CONTROL",
     {{"controller", "islamic-state"}, {"location", "syria"}},
     Modality::kAsserted},
    // "The government condemned the campaign that Turkey launched on the PKK".
    {"campaign_launched_by",
     "وأدانت الحكومة الحملة التي بدأتها تركيا على حزب العمال الكردستاني.",
     "HOSTILITY",
     {{"actor", "turkey"}, {"target", "pkk"}},
     Modality::kAsserted},
    // "Greek Prime Minister Alexis Tsipras also called for another step".
    {"also_called",
     "كما دعا رئيس الوزراء اليوناني أليكسيس تسيبراس إلى اتخاذ خطوة أخرى.",
     "STATEMENT",
     {{"speaker", "alexis-tsipras"}},
     Modality::kAsserted},
    // "… the conflict in neighbouring Syria, where Hezbollah takes part in the
    // fighting": the place before "حيث" may have an adjective.
    {"where_after_an_adjective",
     "وينقسم لبنان بحدة على خلفية النزاع في سوريا المجاورة، حيث يشارك حزب الله في القتال.",
     "DEPLOYMENT",
     {{"force", "hezbollah"}, {"location", "syria"}},
     Modality::kAsserted},
    // "An important meeting that brought together the movement's head Malik
    // Agar and the deputy secretary-general Yasir Arman was held in Kauda".
    {"accusative_meeting",
     "وقالت الحركة إن اجتماعا هاما ضم رئيس الحركة مالك عقار ونائب الأمين العام ياسر عرمان قد "
     "انعقد في كاودا.",
     "MEETING",
     {{"participants", "malik-agar"}, {"participants", "yasir-arman"}},
     Modality::kAsserted},
    // "Clashes went on between the regime forces and Hezbollah on one side and
    // opposition factions, among them al-Nusra Front and Ahrar al-Sham, on
    // the other": every party of one side against every party of the other.
    {"sides_of_several_parties",
     "واستمرت الاشتباكات بين قوات النظام وحزب الله من جهة وبين فصائل معارضة بينها جبهة النصرة "
     "وحركة أحرار الشام في الزبداني.",
     "HOSTILITY",
     {{"actor", "hezbollah"}, {"target", "ahrar-al-sham"}},
     Modality::kAsserted},
    // "… the conflict in Syria, where Hezbollah takes part in the fighting".
    {"where_takes_part",
     "وينقسم لبنان على خلفية النزاع في سوريا، حيث يشارك حزب الله في القتال.",
     "DEPLOYMENT",
     {{"force", "hezbollah"}, {"location", "syria"}},
     Modality::kAsserted},
    // "Wagner is concentrated in the east and south of Libya – the areas Haftar
    // controls".
    {"areas_controlled_after_dash",
     "وتتركز قوات فاغنر في شرق ليبيا – المناطق التي يسيطر عليها حفتر.",
     "CONTROL",
     {{"controller", "khalifa-haftar"}},
     Modality::kAsserted},
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
    // "The agreement between Turkey and Russia entered into force": no force
    // enters a place.
    {"agreement_enters_into_force", "ودخل الاتفاق بين تركيا وروسيا حيز التنفيذ.", "DEPLOYMENT", {}},
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
    // "Regime forces and Hezbollah on one side, and the factions and the
    // Nusra Front on the other": allies on one side are no enemies.
    {"allies_on_one_side",
     "ودارت اشتباكات بين قوات النظام وحزب الله من جهة، وفصائل المعارضة وجبهة النصرة من جهة "
     "أخرى.",
     "HOSTILITY",
     {{"actor", "syrian-arab-army"}, {"target", "hezbollah"}}},
    // "Clashes between the Iraqi army and gunmen in Mosul": the city is where,
    // not whom.
    {"place_after_the_pair",
     "وتدور مواجهات مستمرة بين الجيش العراقي والمسلحين في الموصل.",
     "HOSTILITY",
     {{"target", "mosul"}}},
    // "Relations between Turkey and Russia have seen tension": no cooperation.
    {"tense_relations", "وتشهد العلاقات بين تركيا وروسيا توترا منذ أسابيع.", "COOPERATION", {}},
    // "An agreement between Haftar and Assad ends the disputes between them".
    {"disputes_ended", "ووقع اتفاق بين حفتر والأسد ينهي الخلافات بينهما.", "HOSTILITY", {}},
    // "Forming the axis between Haftar and Assad is a sign of the
    // internationalisation of the war in Libya": the pair is not at war.
    {"pair_far_from_the_trigger",
     "وقال إن تشكيل المحور بين حفتر والأسد مؤشر على تدويل الخلافات في ليبيا.",
     "HOSTILITY",
     {}},
    // "Mansour issued a statement attacking ISIS": the speaker comes before
    // what is issued.
    {"issuer_before_the_statement",
     "وأصدر الملا منصور بيانا يهاجم فيه تنظيم داعش.",
     "STATEMENT",
     {{"speaker", "islamic-state"}}},
    // "The ministry's branches in Hail carry out field survey rounds": no
    // destination after the tour.
    {"tour_without_destination",
     "وتقوم فروع وزارة العمل في منطقة حائل بجولات المسح الميداني.",
     "VISIT",
     {}},
    // "Iran holds to its position. The Iranian official called on Riyadh to
    // stop the war": an unnamed official, not Iran, makes the call.
    {"unnamed_official_calls",
     "وتتمسك إيران بموقفها. ودعا المسؤول الإيراني الرياض إلى وقف الحرب.",
     "STATEMENT",
     {{"speaker", "iran"}}},
    // "The movement stressed that the meeting decided to appoint Khalifa
    // Haftar commander": the meeting decides, Haftar is its object.
    // "… the resolution, which demands that the Rapid Support Forces end the
    // siege": the resolution demands; the forces are its object.
    {"relative_clause_on_a_common_noun",
     "وتبنى المجلس القرار رقم 2736، الذي يطالب قوات الدعم السريع بوقف حصار الفاشر.",
     "STATEMENT",
     {{"speaker", "rapid-support-forces"}}},
    // "The candidates showed unity by their condemning of the Obama era": a
    // verbal noun with a preposition is no verb of condemning.
    {"condemning_as_noun",
     "وكان المرشحون برهنوا على وحدتهم بإدانتهم عهد أوباما.",
     "STATEMENT",
     {{"speaker", "barack-obama"}}},
    // "Sudanese papers published an obituary of the student Mohammed
    // Mamoun": "للطالب" is a student, not "طالب" (demanded).
    {"student_is_no_demand",
     "ونشرت صحف سودانية نعيا للطالب محمد مأمون الذي قتل في سوريا.",
     "STATEMENT",
     {}},
    // "… in line with the sanctions that the United Nations approved": the
    // relative clause describes the sanctions, it reports no statement.
    {"approved_in_a_relative_clause",
     "وجمدت تركيا أموال الرئيس السابق التزاما بالعقوبات التي أقرتها الأمم المتحدة.",
     "STATEMENT",
     {{"speaker", "united-nations"}}},
    // "Spanish police arrested a man over his links to networks recruiting
    // women for ISIS": the police recruit no one.
    {"networks_that_recruit",
     "واعتقلت الشرطة الإسبانية رجلا بتهمة صلته بشبكات تجنيد نساء للقتال في سوريا.",
     "RECRUITMENT",
     {}},
    {"common_noun_subject_decides",
     "وأكدت الحركة أن الاجتماع قرر تعيين خليفة حفتر قائدا للجيش.",
     "STATEMENT",
     {{"speaker", "khalifa-haftar"}}},
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

TEST_F(RelationAnnotatorTest, OneNamedPartyAndPeopleAsText) {
  // "Israeli occupation forces arrested about 15 Palestinians at dawn in the
  // West Bank": the people arrested have no name.
  Document doc =
      Annotate("واعتقلت قوات الاحتلال الإسرائيلي فجر اليوم نحو 15 فلسطينيا في الضفة الغربية.");
  const Relation* r = Find(doc, "HOSTILITY", {{"actor", "israel-defense-forces"}});
  ASSERT_NE(r, nullptr) << Dump(doc);
  const RelationArg* target = ArgOf(*r, "target");
  ASSERT_NE(target, nullptr);
  EXPECT_TRUE(target->entities.empty());
  EXPECT_NE(target->text.find("15"), std::string::npos) << target->text;
  // "Clashes between the Iraqi army and gunmen": the nameless end as text.
  doc = Annotate("وتدور مواجهات مستمرة بين الجيش العراقي والمسلحين في الموصل.");
  r = Find(doc, "HOSTILITY", {{"actor", "iraqi-army"}});
  ASSERT_NE(r, nullptr) << Dump(doc);
  target = ArgOf(*r, "target");
  ASSERT_NE(target, nullptr);
  EXPECT_EQ(target->text, "المسلحين");
}

TEST_F(RelationAnnotatorTest, OrganisationsSpeakInStatements) {
  // "The Turkish defence ministry said in a statement that its forces shelled
  // positions in northern Iraq."
  Document doc =
      Annotate("وقالت وزارة الدفاع التركية في بيان إن قواتها قصفت مواقع في شمال العراق.");
  const Relation* r = Find(doc, "STATEMENT", {{"speaker", "turkish-ministry-of-national-defence"}});
  ASSERT_NE(r, nullptr) << Dump(doc);
  EXPECT_EQ(r->attribution, EntityOf(doc, "turkish-ministry-of-national-defence"));
  // "Turkey said that it will send forces": a state that is the reporting
  // verb's own subject speaks as well.
  doc = Annotate("وقالت تركيا إنها سترسل قوات إلى ليبيا.");
  EXPECT_NE(Find(doc, "STATEMENT", {{"speaker", "turkey"}}), nullptr) << Dump(doc);
  // "An official source in the Turkish defence ministry said that …": the
  // ministry is only where the unnamed source works.
  doc = Annotate("وقال مصدر مسؤول في وزارة الدفاع التركية إن قواتها قصفت مواقع في شمال العراق.");
  EXPECT_EQ(Find(doc, "STATEMENT", {{"speaker", "turkish-ministry-of-national-defence"}}), nullptr)
      << Dump(doc);
  // "Moscow has not officially announced any deployment in Libya": a denial
  // is no statement; "channels published adverts that mention Libya and
  // Mali": a verb inside a noun phrase names what it mentions.
  doc = Annotate("ولم تعلن موسكو رسميا عن أي انتشار في ليبيا.");
  EXPECT_EQ(Find(doc, "STATEMENT", {{"speaker", "russia"}}), nullptr) << Dump(doc);
  // "… without the Israeli police announcing any indictment" says nothing;
  // "after the Israeli police announced that it arrested them" does.
  doc = Annotate(
      "وصعد متطرفون يهود من هجماتهم، دون أن تعلن الشرطة الإسرائيلية عن تقديم لائحة اتهام.");
  EXPECT_EQ(Find(doc, "STATEMENT", {{"speaker", "israel-police"}}), nullptr) << Dump(doc);
  doc = Annotate("وذلك بعد أن أعلنت الشرطة الإسرائيلية أنها اعتقلت المشتبه بهم.");
  EXPECT_NE(Find(doc, "STATEMENT", {{"speaker", "israel-police"}}), nullptr) << Dump(doc);
  doc = Annotate("ونشرت قنوات روسية إعلانات للتجنيد، تذكر ليبيا ومالي وجهات محتملة.");
  EXPECT_EQ(Find(doc, "STATEMENT", {{"speaker", "libya"}}), nullptr) << Dump(doc);
  // "The Turkish defence ministry had said that …": the subject before its
  // verb speaks as well.
  doc = Annotate("وكانت وزارة الدفاع التركية قالت إن قواتها قصفت مواقع في شمال العراق.");
  EXPECT_NE(Find(doc, "STATEMENT", {{"speaker", "turkish-ministry-of-national-defence"}}), nullptr)
      << Dump(doc);
  // "Meanwhile, the British government announced that it will extend …".
  doc = Annotate("إلى ذلك أعلنت الحكومة البريطانية أنها ستمدد مشاركتها في الضربات الجوية.");
  EXPECT_NE(Find(doc, "STATEMENT", {{"speaker", "uk-government"}}), nullptr) << Dump(doc);
}

TEST_F(RelationAnnotatorTest, OutletsAndMonitorsSpeakInTheirOwnName) {
  struct Row {
    const char* text;
    const char* speaker;
    bool statement;
  };
  const Row rows[] = {
      // "Reuters news agency reported that the army took two villages": an
      // outlet opening its clause reports in its own name.
      {"وذكرت وكالة رويترز أن الجيش سيطر على قريتين قرب الحدود.", "reuters", true},
      // "Reuters said: the talks failed" (a colon instead of "أن").
      {"قالت وكالة رويترز: إن المحادثات فشلت.", "reuters", true},
      // "Twelve fighters were killed in clashes, as the Syrian Observatory
      // announced": the sentence credited to a named monitor.
      {"وقتل 12 مقاتلا في اشتباكات قرب حلب، وفق ما أعلن المرصد السوري لحقوق الإنسان.",
       "syrian-observatory-for-human-rights", true},
      // "As the Observatory reported, the shelling went on": the cue first.
      {"وحسبما ذكر المرصد السوري لحقوق الإنسان، تواصل القصف على الأحياء الشرقية.",
       "syrian-observatory-for-human-rights", true},
      // "A military source told Reuters that …": the outlet is the addressee,
      // the unnamed source speaks.
      {"وبحسب ما قال مصدر عسكري لوكالة رويترز، فإن القصف استمر طوال الليل.", "reuters", false},
      // "Reuters quoted sources saying that …": a relay carries another's words.
      {"ونقلت وكالة رويترز عن مصادر أمنية أن القصف استمر.", "reuters", false},
  };
  for (const Row& row : rows) {
    Document doc = Annotate(row.text);
    const Relation* r = Find(doc, "STATEMENT", {{"speaker", row.speaker}});
    EXPECT_EQ(r != nullptr, row.statement) << row.text << "\n" << Dump(doc);
  }
}

TEST_F(RelationAnnotatorTest, SpeakerOfARelativeClause) {
  // "According to Turkish Foreign Minister Mevlut Cavusoglu, who said that his
  // country will support the Government of National Accord."
  Document doc = Annotate(
      "وبحسب وزير الخارجية التركي مولود جاويش أوغلو، الذي قال إن بلاده ستدعم حكومة الوفاق.");
  const Relation* r = Find(doc, "STATEMENT", {{"speaker", "mevlut-cavusoglu"}});
  ASSERT_NE(r, nullptr) << Dump(doc);
  const RelationArg* topic = ArgOf(*r, "topic");
  ASSERT_NE(topic, nullptr);
  EXPECT_NE(topic->text.find("ستدعم"), std::string::npos) << topic->text;
}

TEST_F(RelationAnnotatorTest, SpeakerNamedAfterTheTitlesOwner) {
  // "Putin's adviser, Yuri Ushakov, said the visit was a success": Putin is
  // whose adviser, Ushakov speaks.
  Document doc = Annotate("وقال مستشار الرئيس بوتين، يوري أوشاكوف، إن الزيارة ناجحة.");
  EXPECT_NE(Find(doc, "STATEMENT", {{"speaker", "yuri-ushakov"}}), nullptr) << Dump(doc);
  EXPECT_EQ(Find(doc, "STATEMENT", {{"speaker", "vladimir-putin"}}), nullptr) << Dump(doc);
}

TEST_F(RelationAnnotatorTest, DecreeIsAStatementAboutWhatItOrders) {
  // "Libyan Prime Minister Abdul Hamid Dbeibah issued a decision to close the
  // border with Tunisia."
  Document doc =
      Annotate("وأصدر رئيس الوزراء الليبي عبد الحميد الدبيبة قرارا بإغلاق الحدود مع تونس.");
  const Relation* r = Find(doc, "STATEMENT", {{"speaker", "abdul-hamid-dbeibah"}});
  ASSERT_NE(r, nullptr) << Dump(doc);
  EXPECT_EQ(r->attribution, EntityOf(doc, "abdul-hamid-dbeibah"));
  const RelationArg* topic = ArgOf(*r, "topic");
  ASSERT_NE(topic, nullptr);
  EXPECT_EQ(topic->text.rfind("قرارا", 0), 0u) << topic->text;
}

TEST_F(RelationAnnotatorTest, EmptyDocumentIsFine) {
  Document doc = Annotate("");
  EXPECT_TRUE(doc.relations.empty());
}

}  // namespace
}  // namespace rased

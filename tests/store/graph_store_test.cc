// One test suite for every GraphStore backend (SQLite in memory, SQLite file,
// PostgreSQL when RASED_TEST_POSTGRES_URL names a running server).
//
// Documents are annotated by hand here, so that these tests pin the store's
// behaviour (resolution, queries, corrections) independently of extraction.
#include "rased/graph_store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <pqxx/pqxx>
#include <set>
#include <sstream>

#include "rased/export.h"
#include "rased/store_json.h"

namespace rased {
namespace {

// Builds an annotated Document: entities are found by their surface forms.
class DocBuilder {
 public:
  DocBuilder(std::string id, std::string text) {
    doc_.id = std::move(id);
    doc_.text = std::move(text);
    doc_.format = "txt";
    doc_.content_hash = std::to_string(std::hash<std::string>{}(doc_.text));
  }
  DocBuilder& Published(std::string date) {
    doc_.published = std::move(date);
    return *this;
  }
  // Returns the entity index. Every occurrence of every surface is a mention.
  int32_t Entity(EntityType type, std::string name, std::string kb_id,
                 std::vector<std::string> surfaces, std::string latin = "") {
    rased::Entity e;
    e.type = type;
    e.name = name;
    e.kb_id = std::move(kb_id);
    e.name_latin = std::move(latin);
    const auto index = static_cast<int32_t>(doc_.entities.size());
    if (surfaces.empty()) surfaces.push_back(name);
    for (const std::string& s : surfaces) {
      for (size_t pos = doc_.text.find(s); pos != std::string::npos;
           pos = doc_.text.find(s, pos + s.size())) {
        const Span span{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + s.size())};
        bool covered = false;  // "حفتر" inside an earlier "خليفة حفتر"
        for (uint32_t k : e.mentions) covered |= doc_.mentions[k].span.Overlaps(span);
        if (covered) continue;
        Mention m;
        m.span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + s.size())};
        m.entity = index;
        e.mentions.push_back(static_cast<uint32_t>(doc_.mentions.size()));
        doc_.mentions.push_back(m);
      }
    }
    doc_.entities.push_back(std::move(e));
    return index;
  }
  Span Find(const std::string& s) const {
    size_t pos = doc_.text.find(s);
    EXPECT_NE(pos, std::string::npos) << s;
    return {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + s.size())};
  }
  DocBuilder& Role(int32_t person, std::string title, int32_t org = -1) {
    doc_.roles.push_back({person, title, org, Find(title)});
    return *this;
  }
  int32_t Date(const std::string& text, std::string value, DatePrecision p) {
    DateExpr d;
    d.span = Find(text);
    d.value = std::move(value);
    d.precision = p;
    doc_.dates.push_back(d);
    return static_cast<int32_t>(doc_.dates.size() - 1);
  }
  DocBuilder& Relation(std::string type, std::vector<RelationArg> args, const std::string& evidence,
                       int32_t date = -1, Modality modality = Modality::kAsserted,
                       int32_t attribution = -1) {
    rased::Relation r;
    r.type = std::move(type);
    r.args = std::move(args);
    r.evidence = Find(evidence);
    r.date = date;
    r.modality = modality;
    r.attribution = attribution;
    r.confidence = 0.8f;
    doc_.relations.push_back(std::move(r));
    return *this;
  }
  DocBuilder& Quantity(const std::string& evidence, double low, double high, std::string unit,
                       std::string rate, int32_t subject, int32_t attribution = -1,
                       std::string attribution_text = "") {
    rased::Quantity q;
    q.span = Find(evidence);
    q.low = low;
    q.high = high;
    q.unit = unit;
    q.about = unit;
    q.rate = std::move(rate);
    q.subject = subject;
    q.attribution = attribution;
    q.attribution_text = std::move(attribution_text);
    doc_.quantities.push_back(std::move(q));
    return *this;
  }
  const Document& doc() const { return doc_; }
  Document& mutable_doc() { return doc_; }

 private:
  Document doc_;
};

constexpr auto kPerson = EntityType::kPerson;
constexpr auto kOrg = EntityType::kOrganization;
constexpr auto kLocation = EntityType::kLocation;

// "Russian President Vladimir Putin received Khalifa Haftar in Moscow on
// 26 September 2023; Haftar thanked Moscow for its support."
Document VisitDoc() {
  DocBuilder b("visit.txt",
               "استقبل الرئيس الروسي فلاديمير بوتين خليفة حفتر في موسكو يوم 26 سبتمبر 2023، "
               "وشكر حفتر موسكو على دعمها لقواته.");
  b.Published("2023-09-29");
  const int32_t putin = b.Entity(kPerson, "فلاديمير بوتين", "vladimir-putin", {}, "Vladimir Putin");
  const int32_t haftar =
      b.Entity(kPerson, "خليفة حفتر", "khalifa-haftar", {"خليفة حفتر", "حفتر"}, "Khalifa Haftar");
  const int32_t moscow = b.Entity(kLocation, "موسكو", "moscow", {}, "Moscow");
  const int32_t date = b.Date("26 سبتمبر 2023", "2023-09-26", DatePrecision::kDay);
  b.Role(putin, "الرئيس الروسي");
  b.Relation("VISIT", {{"visitor", {haftar}, ""}, {"destination", {moscow}, ""}},
             "استقبل الرئيس الروسي فلاديمير بوتين خليفة حفتر في موسكو يوم 26 سبتمبر 2023", date);
  b.Relation("MEETING", {{"participants", {putin, haftar}, ""}},
             "استقبل الرئيس الروسي فلاديمير بوتين خليفة حفتر", date);
  return b.doc();
}

class GraphStoreTest : public testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    const std::string backend = GetParam();
    if (backend == "memory") {
      url_ = ":memory:";
    } else if (backend == "file") {
      dir_ = std::filesystem::path(testing::TempDir()) /
             ("rased_store_" + std::to_string(::getpid()) + "_" + TestName());
      std::filesystem::remove_all(dir_);
      std::filesystem::create_directories(dir_);
      url_ = (dir_ / "kb.db").string();
    } else {
      const char* base = std::getenv("RASED_TEST_POSTGRES_URL");
      if (base == nullptr || *base == '\0') GTEST_SKIP() << "RASED_TEST_POSTGRES_URL not set";
      url_ = FreshPostgresDatabase(base);
    }
    StoreOptions options;
    options.data_dir = RASED_TEST_DATA_DIR;
    auto store = GraphStore::Open(url_, options);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store);
  }

  void TearDown() override {
    store_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  static std::string TestName() {
    std::string name = testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : name) {
      if (!isalnum(static_cast<unsigned char>(c))) c = '_';
    }
    return name;
  }

  // A new database per test, named after it, on the server of `base`.
  static std::string FreshPostgresDatabase(const std::string& base) {
    std::string db = "rased_t_";
    for (char c : TestName()) db.push_back(static_cast<char>(tolower(c)));
    db = db.substr(0, 60);
    pqxx::connection admin(base);
    pqxx::nontransaction w(admin);
    w.exec("DROP DATABASE IF EXISTS " + db);
    w.exec("CREATE DATABASE " + db);
    // base is "postgresql:///NAME?query": swap the database name.
    const size_t slash = base.find("///");
    const size_t query = base.find('?');
    return base.substr(0, slash + 3) + db + (query == std::string::npos ? "" : base.substr(query));
  }

  IngestStats Put(const std::vector<Document>& docs) {
    std::vector<const Document*> ptrs;
    for (const Document& d : docs) ptrs.push_back(&d);
    auto stats = store_->PutDocuments(ptrs);
    EXPECT_TRUE(stats.ok()) << stats.status().ToString();
    return stats.ok() ? *stats : IngestStats{};
  }

  std::string IdOf(const std::string& name) {
    auto p = store_->GetEntity(name);
    EXPECT_TRUE(p.ok()) << name << ": " << p.status().ToString();
    return p.ok() ? p->entity.id : "";
  }

  std::string url_;
  std::filesystem::path dir_;
  std::unique_ptr<GraphStore> store_;
};

TEST_P(GraphStoreTest, StoresADocumentAndAnswersProfileQueries) {
  Put({VisitDoc()});
  auto profile = store_->GetEntity("khalifa-haftar");
  ASSERT_TRUE(profile.ok()) << profile.status().ToString();
  EXPECT_EQ(profile->entity.name, "خليفة حفتر");
  EXPECT_EQ(profile->entity.doc_count, 1);
  EXPECT_EQ(profile->entity.mention_count, 2);
  ASSERT_EQ(profile->relations.size(), 2u);
  EXPECT_EQ(profile->relations[0].type, "MEETING");
  EXPECT_EQ(profile->relations[1].type, "VISIT");
  ASSERT_TRUE(profile->relations[1].date.has_value());
  EXPECT_EQ(profile->relations[1].date->value, "2023-09-26");
  EXPECT_EQ(profile->relations[1].args[1].second[0].name, "موسكو");
  ASSERT_EQ(profile->documents.size(), 1u);
  EXPECT_EQ(profile->documents[0].published, "2023-09-29");

  auto putin = store_->GetEntity("vladimir-putin");
  ASSERT_TRUE(putin.ok());
  ASSERT_EQ(putin->roles.size(), 1u);
  EXPECT_EQ(putin->roles[0].title, "الرئيس الروسي");
}

TEST_P(GraphStoreTest, EntityIdsAndMentionsUseCodePointOffsets) {
  Put({VisitDoc()});
  auto entities = store_->ListEntities({"PERSON", 0, "", 0, /*with_mentions=*/true});
  ASSERT_TRUE(entities.ok());
  ASSERT_EQ(entities->size(), 2u);
  const EntitySummary& haftar = (*entities)[0];  // two mentions: listed first
  EXPECT_EQ(haftar.id, "khalifa-haftar");
  ASSERT_EQ(haftar.mentions.size(), 2u);
  EXPECT_EQ(haftar.mentions[0].doc, "visit.txt");
  EXPECT_EQ(haftar.mentions[0].text, "خليفة حفتر");
  // "استقبل الرئيس الروسي فلاديمير بوتين " is 36 code points.
  EXPECT_EQ(haftar.mentions[0].start, 36u);
  EXPECT_EQ(haftar.mentions[0].end, 46u);
}

TEST_P(GraphStoreTest, SameContentIsSkippedAndChangedContentReplacesOldFacts) {
  EXPECT_EQ(Put({VisitDoc()}).documents_stored, 1);
  EXPECT_EQ(Put({VisitDoc()}).documents_skipped, 1);
  DocBuilder changed("visit.txt", "زار خليفة حفتر بنغازي.");  // "Haftar visited Benghazi."
  changed.Entity(kPerson, "خليفة حفتر", "khalifa-haftar", {});
  IngestStats stats = Put({changed.doc()});
  EXPECT_EQ(stats.documents_replaced, 1);
  auto counts = store_->GetCounts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, 1);
  EXPECT_EQ(counts->relations, 0);
  auto profile = store_->GetEntity("khalifa-haftar");
  ASSERT_TRUE(profile.ok());
  EXPECT_EQ(profile->entity.mention_count, 1);
  EXPECT_FALSE(store_->GetEntity("vladimir-putin").ok());  // no document mentions him now
}

TEST_P(GraphStoreTest, MergesSpellingVariantsWhenContextAgrees) {
  // Two reports name the Syrian security chief differently (مملوك / ملوك),
  // both with a security title and both beside Haftar.
  DocBuilder a("a.txt", "التقى مدير مكتب الأمن الوطني السوري علي مملوك بمبعوث خليفة حفتر في دمشق.");
  int32_t mamlouk = a.Entity(kPerson, "علي مملوك", "", {});
  a.Entity(kPerson, "خليفة حفتر", "khalifa-haftar", {});
  a.Role(mamlouk, "مدير مكتب الأمن الوطني السوري");
  DocBuilder b("b.txt", "وصل المقاتلون بتنسيق من علي ملوك، مدير الأمن السوري، إلى قوات حفتر.");
  int32_t malouk = b.Entity(kPerson, "علي ملوك", "", {});
  b.Entity(kPerson, "خليفة حفتر", "khalifa-haftar", {"حفتر"});
  b.Role(malouk, "مدير الأمن السوري");
  Put({a.doc(), b.doc()});
  const std::string id = IdOf("علي مملوك");
  EXPECT_EQ(IdOf("علي ملوك"), id);
  auto profile = store_->GetEntity(id);
  ASSERT_TRUE(profile.ok());
  EXPECT_EQ(profile->entity.doc_count, 2);
  ASSERT_FALSE(profile->merge_reasons.empty());
  EXPECT_NE(profile->merge_reasons[0].find("spelling variant"), std::string::npos)
      << profile->merge_reasons[0];
}

TEST_P(GraphStoreTest, DoesNotMergeVariantsWithoutContext) {
  DocBuilder a("a.txt", "افتتح علي مملوك معرضا للكتاب في حلب.");  // opened a book fair
  a.Entity(kPerson, "علي مملوك", "", {});
  DocBuilder b("b.txt", "فاز علي ملوك ببطولة الشطرنج في تونس.");  // won a chess title
  b.Entity(kPerson, "علي ملوك", "", {});
  Put({a.doc(), b.doc()});
  EXPECT_NE(IdOf("علي مملوك"), IdOf("علي ملوك"));
}

TEST_P(GraphStoreTest, NeverMergesPeopleWhoShareOnlyAFamilyName) {
  DocBuilder a("a.txt", "قال الرئيس السوري بشار الأسد إن دمشق تدعم حفتر.");
  a.Entity(kPerson, "بشار الأسد", "", {});
  a.Entity(kPerson, "حفتر", "khalifa-haftar", {});
  DocBuilder b("b.txt", "حكم حافظ الأسد سوريا وكان حفتر ضابطا شابا.");
  b.Entity(kPerson, "حافظ الأسد", "", {});
  b.Entity(kPerson, "حفتر", "khalifa-haftar", {});
  DocBuilder c("c.txt", "أكد رامي مخلوف، ابن خال بشار الأسد، أن حفتر صديق.");
  c.Entity(kPerson, "رامي مخلوف", "", {});
  c.Entity(kPerson, "بشار الأسد", "", {});
  c.Entity(kPerson, "حفتر", "khalifa-haftar", {});
  Put({a.doc(), b.doc(), c.doc()});
  EXPECT_NE(IdOf("بشار الأسد"), IdOf("حافظ الأسد"));
  EXPECT_NE(IdOf("بشار الأسد"), IdOf("رامي مخلوف"));
  auto bashar = store_->GetEntity("بشار الأسد");
  ASSERT_TRUE(bashar.ok());
  EXPECT_EQ(bashar->entity.doc_count, 2);  // the exact same name does join
}

TEST_P(GraphStoreTest, AnalystMergeAndSplitPersistAcrossReingest) {
  DocBuilder a("a.txt", "زار يفكوروف مدينة بنغازي.");  // Yevkurov visited Benghazi
  a.Entity(kPerson, "يفكوروف", "", {});
  DocBuilder b("b.txt", "استقبل حفتر الجنرال إيفكوروف.");  // Haftar received general Evkurov
  b.Entity(kPerson, "إيفكوروف", "", {});
  Put({a.doc(), b.doc()});
  std::string keep = IdOf("يفكوروف"), other = IdOf("إيفكوروف");
  if (keep != other) {
    ASSERT_TRUE(store_->Merge(keep, other).ok());
  }
  EXPECT_EQ(IdOf("إيفكوروف"), keep);
  // Re-ingesting a changed b.txt keeps the correction.
  DocBuilder b2("b.txt", "استقبل حفتر الجنرال إيفكوروف في بنغازي.");
  b2.Entity(kPerson, "إيفكوروف", "", {});
  EXPECT_EQ(Put({b2.doc()}).documents_replaced, 1);
  EXPECT_EQ(IdOf("إيفكوروف"), keep);
  auto profile = store_->GetEntity(keep);
  ASSERT_TRUE(profile.ok());
  EXPECT_EQ(profile->entity.doc_count, 2);

  ASSERT_TRUE(store_->Split(keep).ok());
  EXPECT_NE(IdOf("إيفكوروف"), IdOf("يفكوروف"));
  // …and the split holds when the document comes again.
  DocBuilder b3("b.txt", "استقبل حفتر الجنرال إيفكوروف في بنغازي أمس.");
  b3.Entity(kPerson, "إيفكوروف", "", {});
  Put({b3.doc()});
  EXPECT_NE(IdOf("إيفكوروف"), IdOf("يفكوروف"));
}

TEST_P(GraphStoreTest, ConflictsListDisagreeingCountsWithTheirSources) {
  // Three reports of Syrian fighters with Haftar: ~300, 1500 and ~1000.
  DocBuilder a("a.txt", "يقاتل مع حفتر حوالي ثلاثمائة مقاتل سوري بحسب مصدر دولي.");
  a.Published("2020-03-10");
  int32_t h1 = a.Entity(kPerson, "حفتر", "khalifa-haftar", {});
  a.Quantity("حوالي ثلاثمائة مقاتل سوري", 300, 300, "مقاتل", "", h1, -1, "مصدر دولي");
  DocBuilder b("b.txt", "وصل 1500 رجل من الكوماندوز السوريين إلى قوات حفتر في بنغازي.");
  b.Published("2020-03-12");
  int32_t h2 = b.Entity(kPerson, "حفتر", "khalifa-haftar", {});
  b.Quantity("1500 رجل", 1500, 1500, "رجل", "", h2);
  // Flights: 10 a month against 1–2 a week.
  DocBuilder c("c.txt", "يسير النظام 10 رحلات جوية شهريا إلى بنغازي، ورحلة أو رحلتين في الأسبوع.");
  c.Quantity("10 رحلات جوية شهريا", 10, 10, "رحلات", "month", -1, -1, "مصادر أمنية");
  DocBuilder d("d.txt", "زادت الرحلات إلى رحلة أو رحلتين في الأسبوع وفقا لخبير.");
  d.Quantity("رحلة أو رحلتين في الأسبوع", 1, 2, "رحلة", "week", -1, -1, "خبير");
  Put({a.doc(), b.doc(), c.doc(), d.doc()});
  auto conflicts = store_->Conflicts();
  ASSERT_TRUE(conflicts.ok()) << conflicts.status().ToString();
  ASSERT_EQ(conflicts->size(), 2u) << ToJson(*conflicts);
  const Conflict* people = nullptr;
  const Conflict* flights = nullptr;
  for (const Conflict& c : *conflicts) {
    (c.about.find("people") != std::string::npos ? people : flights) = &c;
  }
  ASSERT_NE(people, nullptr);
  ASSERT_NE(flights, nullptr);
  ASSERT_TRUE(people->subject.has_value());
  EXPECT_EQ(people->subject->id, "khalifa-haftar");
  ASSERT_EQ(people->claims.size(), 2u);
  EXPECT_EQ(people->claims[0].source_text, "مصدر دولي");
  EXPECT_EQ(people->claims[1].doc, "b.txt");
  EXPECT_EQ(flights->claims.size(), 2u);
}

TEST_P(GraphStoreTest, NearDuplicateCopiesAreOneReport) {
  std::string body;
  for (int i = 0; i < 12; ++i) {
    body += "قالت مصادر ليبية إن حفتر التقى مسؤولين روسا في بنغازي لبحث التعاون العسكري. ";
  }
  DocBuilder a("site-a.html", body + "المصدر: وكالة");
  int32_t h = a.Entity(kPerson, "حفتر", "khalifa-haftar", {});
  a.Quantity("التقى مسؤولين", 300, 300, "مقاتل", "", h);
  DocBuilder b("site-b.html", body + "المصدر: موقع");
  int32_t h2 = b.Entity(kPerson, "حفتر", "khalifa-haftar", {});
  b.Quantity("التقى مسؤولين", 1500, 1500, "مقاتل", "", h2);
  Put({a.doc(), b.doc()});
  auto docs = store_->ListDocuments(10, 0);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 2u);
  EXPECT_EQ((*docs)[1].near_duplicate_of, "site-a.html");
  // A copy of the same wire story is not a second, independent source.
  auto conflicts = store_->Conflicts();
  ASSERT_TRUE(conflicts.ok());
  EXPECT_TRUE(conflicts->empty()) << ToJson(*conflicts);
}

TEST_P(GraphStoreTest, SearchFindsNamesInEitherScriptAndArabicText) {
  Put({VisitDoc()});
  DocBuilder b("b.txt", "وجهت موسكو دعوة لحفتر لزيارة روسيا.");  // Moscow invited Haftar
  b.Entity(kPerson, "حفتر", "khalifa-haftar", {"لحفتر"});
  Put({b.doc()});
  auto latin = store_->Search("Haftar", 10);
  ASSERT_TRUE(latin.ok()) << latin.status().ToString();
  ASSERT_FALSE(latin->empty());
  EXPECT_EQ((*latin)[0].kind, "entity");
  EXPECT_EQ((*latin)[0].id, "khalifa-haftar");
  // Documents come through the entity's Arabic name.
  int docs = 0;
  for (const auto& h : *latin) docs += h.kind == "document";
  EXPECT_GE(docs, 1);

  auto arabic = store_->Search("حفتر", 10);  // finds "لحفتر" too
  ASSERT_TRUE(arabic.ok());
  std::set<std::string> found;
  for (const auto& h : *arabic) {
    if (h.kind == "document") found.insert(h.id);
  }
  EXPECT_TRUE(found.count("b.txt")) << ToJson(*arabic);
  EXPECT_TRUE(found.count("visit.txt"));
}

TEST_P(GraphStoreTest, SearchFindsNamesContainingTheQueryAndForgetsRemovedOnes) {
  // "The Russian Foreign Ministry said that the Saudi foreign minister Adel
  // al-Jubeir will visit Moscow."
  DocBuilder a("a.txt",
               "قالت وزارة الخارجية الروسية إن وزير الخارجية السعودي عادل الجبير سيزور موسكو.");
  a.Entity(kOrg, "وزارة الخارجية الروسية", "", {});
  a.Entity(kPerson, "عادل الجبير", "", {}, "Adel al-Jubeir");
  Put({a.doc()});
  auto hits = store_->Search("الخارجية", 10);  // inside the ministry's name
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  std::set<std::string> entities;
  for (const auto& h : *hits) {
    if (h.kind == "entity") entities.insert(h.title);
  }
  EXPECT_TRUE(entities.count("وزارة الخارجية الروسية")) << ToJson(*hits);
  auto latin = store_->Search("jubeir", 10);  // inside the Latin alias, any case
  ASSERT_TRUE(latin.ok());
  ASSERT_FALSE(latin->empty());
  EXPECT_EQ((*latin)[0].title, "عادل الجبير");

  // The document changes and no longer names the ministry: neither does
  // search. Al-Jubeir's entity goes with the old document and comes back.
  DocBuilder a2("a.txt", "سيزور عادل الجبير موسكو الأسبوع المقبل.");  // will visit next week
  a2.Entity(kPerson, "عادل الجبير", "", {}, "Adel al-Jubeir");
  EXPECT_EQ(Put({a2.doc()}).documents_replaced, 1);
  hits = store_->Search("الخارجية", 10);
  ASSERT_TRUE(hits.ok());
  for (const auto& h : *hits) EXPECT_NE(h.kind, "entity") << ToJson(*hits);
  latin = store_->Search("jubeir", 10);
  ASSERT_TRUE(latin.ok());
  ASSERT_FALSE(latin->empty());
  EXPECT_EQ((*latin)[0].title, "عادل الجبير");
}

// Two reports name a "Mohammed"; three name "Mohammed Rahim" and call him
// "Mohammed" further on. A sixth "Mohammed" is the one named so in most
// documents, whatever the store had seen of them before.
std::vector<Document> MohammedDocs() {
  std::vector<Document> docs;
  for (const char* id : {"a1.txt", "a2.txt"}) {
    // "Mohammed arrived in Benghazi this morning / yesterday."
    DocBuilder a(id, std::string("وصل محمد إلى بنغازي ") + (id[1] == '1' ? "صباح اليوم." : "أمس."));
    a.Entity(kPerson, "محمد", "", {});
    docs.push_back(a.doc());
  }
  for (const char* day : {"أمس", "اليوم", "الأحد"}) {  // yesterday, today, on Sunday
    // "Mohammed Rahim said the talks went well, and Mohammed added that the
    // delegation returned <day>."
    DocBuilder b(
        std::string("b-") + std::to_string(docs.size()) + ".txt",
        std::string("قال محمد رحيم إن المحادثات كانت جيدة، وأضاف محمد أن الوفد عاد ") + day + ".");
    b.Entity(kPerson, "محمد رحيم", "", {"محمد رحيم", "محمد"});
    docs.push_back(b.doc());
  }
  DocBuilder d("d.txt", "التقى محمد بالسفير في طرابلس.");  // Mohammed met the ambassador
  d.Entity(kPerson, "محمد", "", {});
  docs.push_back(d.doc());
  return docs;
}

std::string EntityOfFirstMention(GraphStore& store, const std::string& doc) {
  auto view = store.GetDocument(doc);
  EXPECT_TRUE(view.ok()) << view.status().ToString();
  if (!view.ok()) return "";
  for (const auto& a : view->annotations) {
    if (a.kind == "mention") return a.entity_id;
  }
  return "";
}

TEST_P(GraphStoreTest, ANameResolvesToTheEntityMostDocumentsNameSo) {
  const std::vector<Document> docs = MohammedDocs();
  for (const Document& d : docs) Put({d});  // one transaction each
  EXPECT_EQ(EntityOfFirstMention(*store_, "d.txt"), EntityOfFirstMention(*store_, "b-2.txt"));
  EXPECT_NE(EntityOfFirstMention(*store_, "a1.txt"), EntityOfFirstMention(*store_, "b-2.txt"));
}

TEST_P(GraphStoreTest, TimelineNetworkAndPath) {
  Put({VisitDoc()});
  auto timeline = store_->Timeline("khalifa-haftar");
  ASSERT_TRUE(timeline.ok());
  ASSERT_EQ(timeline->size(), 2u);
  EXPECT_EQ((*timeline)[0].date->value, "2023-09-26");
  auto net = store_->GetNetwork("حفتر", 1);
  ASSERT_TRUE(net.ok()) << net.status().ToString();
  EXPECT_EQ(net->nodes.size(), 3u);
  bool visit_edge = false;
  for (const NetworkEdge& e : net->edges) {
    visit_edge |= e.type == "VISIT" && e.source == "khalifa-haftar" && e.target == "moscow";
  }
  EXPECT_TRUE(visit_edge) << ToJson(*net);
  auto path = store_->FindPath("vladimir-putin", "moscow");
  ASSERT_TRUE(path.ok());
  EXPECT_EQ(path->edges.size(), 2u);  // Putin — Haftar — Moscow
  auto relations = store_->ListRelations({"VISIT", "", "2023-09", "2023-09", 0});
  ASSERT_TRUE(relations.ok());
  EXPECT_EQ(relations->size(), 1u);
  auto none = store_->ListRelations({"", "", "2024", "", 0});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_P(GraphStoreTest, DocumentViewCarriesTextAndAnnotations) {
  Document doc = VisitDoc();
  doc.boilerplate_removed = {"هذا الموقع يستخدم ملفات تعريف الارتباط"};
  Put({doc});
  auto view = store_->GetDocument("visit.txt");
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->text, doc.text);
  EXPECT_EQ(view->boilerplate_removed.size(), 1u);
  int mentions = 0, relations = 0;
  for (const auto& a : view->annotations) (a.kind == "mention" ? mentions : relations)++;
  EXPECT_EQ(mentions, 5);  // بوتين, خليفة حفتر, حفتر, موسكو ×2
  EXPECT_EQ(relations, 2);
  EXPECT_EQ(store_->GetDocument("nope.txt").status().code(), StatusCode::kNotFound);
}

TEST_P(GraphStoreTest, ExportsEveryFormat) {
  Put({VisitDoc()});
  for (const char* name : {"graphml", "gexf", "csv", "csv-nodes", "jsonl", "ftm"}) {
    auto format = ParseExportFormat(name);
    ASSERT_TRUE(format.ok());
    std::ostringstream out;
    ASSERT_TRUE(Export(*store_, *format, out).ok()) << name;
    EXPECT_NE(out.str().find("حفتر"), std::string::npos) << name;
  }
  EXPECT_FALSE(ParseExportFormat("xlsx").ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, GraphStoreTest, testing::Values("memory", "file", "postgres"));

class SqliteFileTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::path(testing::TempDir()) /
           ("rased_sqlite_" + std::to_string(::getpid()) + "_" +
            testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "kb.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::unique_ptr<GraphStore> Open() {
    StoreOptions options;
    options.data_dir = RASED_TEST_DATA_DIR;
    auto store = GraphStore::Open(path_, options);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(*store) : nullptr;
  }

  static void Put(GraphStore& store, const Document& doc) {
    auto stats = store.PutDocuments({&doc});
    EXPECT_TRUE(stats.ok()) << stats.status().ToString();
  }

  void Sql(const std::string& script) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    EXPECT_EQ(sqlite3_exec(db, script.c_str(), nullptr, nullptr, &err), SQLITE_OK)
        << (err ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
  }

  std::filesystem::path dir_;
  std::string path_;
};

// Storing remembers what it has read (entities by name, their document
// counts) only while no other connection writes: another process ingesting
// into the same file must not be overlooked.
TEST_F(SqliteFileTest, ResolutionSeesWhatAnotherConnectionStored) {
  const std::vector<Document> docs = MohammedDocs();
  auto first = Open();
  auto second = Open();
  ASSERT_TRUE(first && second);
  Put(*first, docs[0]);  // first now knows the one "Mohammed", in two documents
  Put(*first, docs[1]);
  for (int i = 2; i < 5; ++i) Put(*second, docs[i]);  // another connection: Mohammed Rahim
  Put(*first, docs[5]);
  EXPECT_EQ(EntityOfFirstMention(*first, "d.txt"), EntityOfFirstMention(*first, "b-2.txt"));
}

// A knowledge base written by schema version 1 (aliases without ids,
// skeleton keys with rowids, no trigram index) opens, is upgraded once,
// finds names by substring and takes new documents.
TEST_F(SqliteFileTest, UpgradesAVersionOneDatabase) {
  {
    auto store = Open();
    ASSERT_TRUE(store);
    Put(*store, VisitDoc());
  }
  Sql("DROP TABLE aliases_grams;"
      "CREATE TABLE aliases_v1 (entity_id BIGINT NOT NULL, alias TEXT NOT NULL, "
      "alias_key TEXT NOT NULL, skeleton TEXT, PRIMARY KEY (entity_id, alias));"
      "INSERT INTO aliases_v1 SELECT entity_id, alias, alias_key, skeleton FROM aliases;"
      "DROP TABLE aliases; ALTER TABLE aliases_v1 RENAME TO aliases;"
      "CREATE INDEX aliases_key ON aliases(alias_key);"
      "CREATE TABLE skeleton_v1 (key TEXT NOT NULL, entity_id BIGINT NOT NULL, "
      "PRIMARY KEY (key, entity_id));"
      "INSERT INTO skeleton_v1 SELECT key, entity_id FROM skeleton_keys;"
      "DROP TABLE skeleton_keys; ALTER TABLE skeleton_v1 RENAME TO skeleton_keys;"
      "UPDATE meta SET value = '1' WHERE key = 'schema_version';");
  auto store = Open();
  ASSERT_TRUE(store);
  auto hits = store->Search("Putin", 5);  // a substring of "Vladimir Putin"
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_FALSE(hits->empty());
  EXPECT_EQ((*hits)[0].id, "vladimir-putin");
  DocBuilder b("b.txt", "وجهت موسكو دعوة لحفتر لزيارة روسيا.");  // Moscow invited Haftar
  b.Entity(kPerson, "حفتر", "khalifa-haftar", {"لحفتر"});
  Put(*store, b.doc());
  auto haftar = store->GetEntity("khalifa-haftar");
  ASSERT_TRUE(haftar.ok());
  EXPECT_EQ(haftar->entity.doc_count, 2);
  store.reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &stmt,
                               nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "2");
  sqlite3_finalize(stmt);
  sqlite3_close(db);
}

TEST(GraphStoreOpenTest, RefusesAFileThatIsNotADatabase) {
  const std::string path = testing::TempDir() + "/not_a_db.txt";
  FILE* f = fopen(path.c_str(), "w");
  fputs("this is not SQLite, just some text that fills the header page ...", f);
  fclose(f);
  auto store = GraphStore::Open(path);
  EXPECT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kDataLoss);
}

TEST(GraphStoreOpenTest, UnreachablePostgresIsUnavailable) {
  auto store = GraphStore::Open("postgresql:///nodb?host=/nonexistent&port=1");
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnavailable);
}

}  // namespace
}  // namespace rased

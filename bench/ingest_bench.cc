// Ingest throughput: HTML pages and plain-text articles through
// Reader::ParseBytes (decode, parse, main-content extraction, boilerplate
// cleaning, metadata, hash), in MB of input per second on one core.
//
// The pages wrap real Arabic news text — the first articles of
// shared/corpus/news/saudinewsnet-2015.jsonl.gz when present, else a few
// sentences written here — in the chrome of a typical news site: inline
// scripts and styles, JSON-LD, a navigation menu, share bar, ads, related
// links, comments, a sidebar and a footer.
//
//   build/bench/rased_ingest_bench --benchmark_filter=Html
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "rased/reader.h"

namespace {

constexpr size_t kArticles = 200;

struct Article {
  std::string title;
  std::string date;
  std::string text;  // paragraphs separated by blank lines
};

std::vector<Article> LoadArticles() {
  std::vector<Article> out;
  const std::string path =
      std::string(RASED_BENCH_SHARED_DIR) + "/corpus/news/saudinewsnet-2015.jsonl.gz";
  if (gzFile f = gzopen(path.c_str(), "rb"); f != nullptr) {
    std::string line;
    char buf[1 << 16];
    while (out.size() < kArticles && gzgets(f, buf, sizeof(buf)) != nullptr) {
      line += buf;
      if (line.empty() || line.back() != '\n') continue;
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      line.clear();
      if (!j.is_object() || !j.contains("text")) continue;
      out.push_back({j.value("title", ""), j.value("date", ""), j.value("text", "")});
    }
    gzclose(f);
  }
  if (out.empty()) {
    // No shared corpus: sentences written for this benchmark, repeated.
    const std::string p1 =
        "أعلنت الحكومة يوم الأربعاء إعادة فتح سفارتها في العاصمة بعد سنوات من الإغلاق، في خطوة "
        "وصفها مراقبون بأنها تحول مهم في العلاقات بين البلدين الجارين.";
    const std::string p2 =
        "وقال وزير الخارجية في مؤتمر صحفي إن القرار جاء بعد مشاورات طويلة مع دول الجوار، مؤكدا "
        "أن بلاده تسعى إلى علاقات متوازنة مع الجميع وأن الرحلات الجوية ستستأنف قريبا.";
    for (size_t i = 0; i < kArticles; ++i) {
      std::string text;
      for (size_t k = 0; k < 6 + i % 5; ++k) text += (k % 2 ? p2 : p1) + "\n\n";
      out.push_back({"الحكومة تعيد فتح سفارتها", "2015-07-21", text});
    }
  }
  return out;
}

std::string Escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '<') {
      out += "&lt;";
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '"') {
      out += "&quot;";
    } else {
      out += c;
    }
  }
  return out;
}

std::string Page(const Article& a, const std::vector<Article>& all, size_t index) {
  std::string menu, related, most_read;
  for (int i = 0; i < 40; ++i) {
    menu += "<li class=\"menu-item\"><a href=\"/section/" + std::to_string(i) + "\">قسم " +
            std::to_string(i) + "</a></li>";
  }
  for (size_t i = 1; i <= 8; ++i) {
    const Article& r = all[(index + i) % all.size()];
    related += "<li><a href=\"/news/" + std::to_string(i) + "\"><img src=\"/i/" +
               std::to_string(i) + ".jpg\" alt=\"\">" + Escape(r.title) + "</a></li>";
    most_read += "<li><a href=\"/top/" + std::to_string(i) + "\">" + Escape(r.title) + "</a></li>";
  }
  std::string body;
  size_t pos = 0;
  int para = 0;
  while (pos < a.text.size()) {
    size_t end = a.text.find("\n\n", pos);
    if (end == std::string::npos) end = a.text.size();
    const std::string p = a.text.substr(pos, end - pos);
    if (p.find_first_not_of(" \n") != std::string::npos) {
      body += "<p>" + Escape(p) + "</p>\n";
      if (++para == 2) {
        body +=
            "<div class=\"ad ad-inline\"><script>googletag.cmd.push(function(){googletag."
            "display('div-gpt-ad-1')});</script></div>\n";
      }
    }
    pos = end + 2;
  }
  std::string script;
  for (int i = 0; i < 60; ++i) {
    script += "function f" + std::to_string(i) +
              "(a,b){var c=a+b;if(c>10){return "
              "document.getElementById('x').innerHTML='<p>'+c+'</p>';}return c;}\n";
  }
  return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
         "<title>" +
         Escape(a.title) +
         " | صحيفة الأخبار</title>"
         "<meta property=\"og:title\" content=\"" +
         Escape(a.title) +
         "\">"
         "<meta property=\"og:site_name\" content=\"صحيفة الأخبار\">"
         "<meta property=\"article:published_time\" content=\"" +
         Escape(a.date) +
         "\">"
         "<link rel=\"stylesheet\" href=\"/css/main.css\"><style>body{font-family:Tahoma}"
         ".ad{min-height:250px}.menu-item{display:inline-block;padding:4px}</style>"
         "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
         "\"NewsArticle\",\"headline\":\"" +
         Escape(a.title) +
         "\",\"publisher\":{\"@type\":"
         "\"Organization\",\"name\":\"صحيفة الأخبار\"}}</script>"
         "<script>" +
         script +
         "</script></head><body>"
         "<div class=\"cookie-notice\">نستخدم ملفات تعريف الارتباط لتحسين تجربتك "
         "<button>موافق</button></div>"
         "<header class=\"site-header\"><div class=\"logo\"><a href=\"/\">صحيفة الأخبار</a></div>"
         "<nav class=\"main-nav\"><ul>" +
         menu +
         "</ul></nav></header>"
         "<div class=\"breadcrumbs\"><a href=\"/\">الرئيسية</a> / <a href=\"/s\">محليات</a></div>"
         "<main class=\"container\"><div class=\"row\"><div class=\"col-8\">"
         "<article class=\"article\"><h1 class=\"article-title\">" +
         Escape(a.title) +
         "</h1>"
         "<div class=\"meta\"><span class=\"author\">كتب: المحرر</span></div>"
         "<div class=\"share-bar\"><a href=\"#\">فيسبوك</a><a href=\"#\">تويتر</a><a "
         "href=\"#\">واتساب</a></div>"
         "<figure><img src=\"/img/main.jpg\" alt=\"\"><figcaption>صورة "
         "أرشيفية</figcaption></figure>"
         "<div class=\"article-body\">\n" +
         body +
         "</div>"
         "<div class=\"tags\"><a href=\"/tag/1\">السعودية</a><a "
         "href=\"/tag/2\">اقتصاد</a></div></article>"
         "<section class=\"related-articles\"><h3>اقرأ أيضا</h3><ul>" +
         related +
         "</ul></section>"
         "<section "
         "id=\"comments\"><h3>التعليقات</h3><form><textarea></textarea><button>إرسال</button>"
         "</form></section></div>"
         "<aside class=\"col-4 sidebar\"><div class=\"widget most-read\"><h3>الأكثر "
         "قراءة</h3><ul>" +
         most_read +
         "</ul></div><div class=\"ad ad-sidebar\"></div></aside></div></main>"
         "<footer class=\"site-footer\"><p>جميع الحقوق محفوظة لصحيفة الأخبار</p></footer>"
         "<script src=\"/js/app.js\"></script></body></html>";
}

struct Corpus {
  std::unique_ptr<rased::Reader> reader;
  std::vector<std::string> pages;
  std::vector<std::string> texts;
  size_t page_bytes = 0;
  size_t text_bytes = 0;

  static const Corpus& Get() {
    static const Corpus* corpus = [] {
      auto* c = new Corpus;
      rased::ReaderOptions options;
      options.data_dir = RASED_BENCH_DATA_DIR;
      auto reader = rased::Reader::Create(options);
      if (!reader.ok()) {
        std::fprintf(stderr, "%s\n", reader.status().ToString().c_str());
        std::abort();
      }
      c->reader = std::move(*reader);
      const std::vector<Article> articles = LoadArticles();
      for (size_t i = 0; i < articles.size(); ++i) {
        c->pages.push_back(Page(articles[i], articles, i));
        c->page_bytes += c->pages.back().size();
        c->texts.push_back(articles[i].title + "\n\n" + articles[i].text);
        c->text_bytes += c->texts.back().size();
      }
      return c;
    }();
    return *corpus;
  }
};

void RunOver(benchmark::State& state, const std::vector<std::string>& inputs, size_t bytes,
             const char* format) {
  const Corpus& c = Corpus::Get();
  size_t done = 0, chars = 0;
  for (auto _ : state) {
    for (const std::string& in : inputs) {
      auto doc = c.reader->ParseBytes(in, "bench", format);
      if (doc.ok()) chars += doc->text.size();
      benchmark::DoNotOptimize(doc);
    }
    done += inputs.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["docs/s"] =
      benchmark::Counter(static_cast<double>(done), benchmark::Counter::kIsRate);
  state.counters["text_share"] =
      static_cast<double>(chars) / static_cast<double>(state.iterations() * bytes);
}

void BM_IngestHtmlPages(benchmark::State& state) {
  const Corpus& c = Corpus::Get();
  RunOver(state, c.pages, c.page_bytes, "html");
}
BENCHMARK(BM_IngestHtmlPages)->Unit(benchmark::kMillisecond);

void BM_IngestPlainText(benchmark::State& state) {
  const Corpus& c = Corpus::Get();
  RunOver(state, c.texts, c.text_bytes, "txt");
}
BENCHMARK(BM_IngestPlainText)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

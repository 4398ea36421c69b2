#include "store/fts_tokenizer.h"

#include <sqlite3.h>

#include <cstring>

#include "common/utf8.h"
#include "text/normalize.h"

namespace rased::store {

namespace {

bool IsWordChar(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (utf8::IsArabicLetter(c)) return true;
  if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640) return true;  // harakat, tatweel
  if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9)) return true;  // digits
  if (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) return true;  // Latin-1, Extended
  return false;
}

constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال
constexpr std::string_view kLam = "\xD9\x84";         // ل

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Proclitic letters that may open a word: و ف ب ك ل (two bytes each).
bool IsProcliticLetter(std::string_view s) {
  if (s.size() < 2) return false;
  static const char* kLetters[] = {"\xD9\x88", "\xD9\x81", "\xD8\xA8", "\xD9\x83", "\xD9\x84"};
  for (const char* l : kLetters) {
    if (std::memcmp(s.data(), l, 2) == 0) return true;
  }
  return false;
}

size_t Letters(std::string_view key) { return utf8::CountCodePoints(key); }

// Emits the key, then shorter variants: proclitics stripped (keeping at least
// three letters), "لل" read as "ال", and the article dropped.
template <typename Emit>
void EmitVariants(std::string_view key, Emit&& emit) {
  emit(key, false);
  std::string_view rest = key;
  std::string rebuilt;
  for (int round = 0; round < 2 && Letters(rest) > 3 && IsProcliticLetter(rest); ++round) {
    if (StartsWith(rest, "\xD9\x84\xD9\x84")) {  // لل -> ال
      rebuilt = std::string(kAl) + std::string(rest.substr(4));
      emit(rebuilt, true);
      if (Letters(rebuilt) > 4) emit(std::string_view(rebuilt).substr(kAl.size()), true);
      return;
    }
    rest = rest.substr(2);
    emit(rest, true);
    if (StartsWith(rest, kLam) && !StartsWith(rest, kAl)) break;
  }
  if (StartsWith(rest, kAl) && Letters(rest) > 4) emit(rest.substr(kAl.size()), true);
}

// ---- FTS5 glue ------------------------------------------------------------

struct Tokenizer {};

int Create(void*, const char**, int, Fts5Tokenizer** out) {
  *out = reinterpret_cast<Fts5Tokenizer*>(new Tokenizer);
  return SQLITE_OK;
}

void Delete(Fts5Tokenizer* t) { delete reinterpret_cast<Tokenizer*>(t); }

int Tokenize(Fts5Tokenizer*, void* ctx, int /*flags*/, const char* text, int n,
             int (*token)(void*, int, const char*, int, int, int)) {
  int rc = SQLITE_OK;
  ForEachSearchKey(std::string_view(text, n), [&](std::string_view key, size_t begin, size_t end,
                                                  bool colocated) {
    if (rc != SQLITE_OK) return;
    rc = token(ctx, colocated ? FTS5_TOKEN_COLOCATED : 0, key.data(), static_cast<int>(key.size()),
               static_cast<int>(begin), static_cast<int>(end));
  });
  return rc;
}

fts5_api* GetFtsApi(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) return nullptr;
  sqlite3_bind_pointer(stmt, 1, reinterpret_cast<void*>(&api), "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  return api;
}

}  // namespace

void ForEachSearchKey(std::string_view text,
                      const std::function<void(std::string_view, size_t, size_t, bool)>& emit) {
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    char32_t c = utf8::Next(text, i);
    if (!IsWordChar(c)) continue;
    size_t end = i;
    while (end < text.size()) {
      size_t next = end;
      if (!IsWordChar(utf8::Next(text, next))) break;
      end = next;
    }
    i = end;
    const std::string key = text::MatchKey(text.substr(start, end - start));
    if (key.empty()) continue;
    EmitVariants(key, [&](std::string_view k, bool colocated) { emit(k, start, end, colocated); });
  }
}

std::string SearchKeys(std::string_view text) {
  std::string out;
  ForEachSearchKey(text, [&](std::string_view key, size_t, size_t, bool) {
    if (!out.empty()) out.push_back(' ');
    out.append(key);
  });
  return out;
}

Status RegisterFtsTokenizer(sqlite3* db) {
  fts5_api* api = GetFtsApi(db);
  if (api == nullptr) return Status::FailedPrecondition("this SQLite has no FTS5");
  static fts5_tokenizer tokenizer = {Create, Delete, Tokenize};
  if (api->xCreateTokenizer(api, "rased", nullptr, &tokenizer, nullptr) != SQLITE_OK) {
    return Status::Internal("cannot register the FTS5 tokenizer");
  }
  return Status::OK();
}

}  // namespace rased::store

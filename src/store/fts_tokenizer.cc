#include "store/fts_tokenizer.h"

#include <sqlite3.h>

#include <array>
#include <cstring>

#include "common/utf8.h"
#include "text/normalize.h"

namespace rased::store {

namespace {

// ASCII letters and digits; bytes >= 0x80 are decided by IsWordChar.
constexpr bool IsAsciiWordByte(unsigned char b) {
  return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

bool IsWordChar(char32_t c) {
  if (c < 0x80) return IsAsciiWordByte(static_cast<unsigned char>(c));
  if (utf8::IsArabicLetter(c)) return true;
  if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640) return true;  // harakat, tatweel
  if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9)) return true;  // digits
  if (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) return true;  // Latin-1, Extended
  return false;
}

// Decodes the code point at text[i] and advances i, reporting whether it
// is a word character. Arabic letters (two bytes, U+0600–U+06FF) take a
// table instead of the general decoder and classifier.
bool NextIsWordChar(std::string_view text, size_t& i) {
  static const auto* kArabicBlock = [] {
    auto* table = new std::array<bool, 256>;
    for (char32_t c = 0; c < 256; ++c) (*table)[c] = IsWordChar(0x0600 + c);
    return table;
  }();
  const auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 < 0x80) {
    ++i;
    return IsAsciiWordByte(b0);
  }
  if (b0 >= 0xD8 && b0 <= 0xDB && i + 1 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    if ((b1 & 0xC0) == 0x80) {
      i += 2;
      return (*kArabicBlock)[((b0 & 0x03) << 6) | (b1 & 0x3F)];
    }
  }
  return IsWordChar(utf8::Next(text, i));
}

constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال
constexpr std::string_view kLam = "\xD9\x84";         // ل

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Proclitic letters that may open a word: و ف ب ك ل (two bytes each).
bool IsProcliticLetter(std::string_view s) {
  if (s.size() < 2 || static_cast<unsigned char>(s[0]) < 0xD8) return false;
  static const char* kLetters[] = {"\xD9\x88", "\xD9\x81", "\xD8\xA8", "\xD9\x83", "\xD9\x84"};
  for (const char* l : kLetters) {
    if (std::memcmp(s.data(), l, 2) == 0) return true;
  }
  return false;
}

// Code points of a key (which is valid UTF-8): its non-continuation bytes.
size_t Letters(std::string_view key) {
  size_t n = 0;
  for (char c : key) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

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

// The analysis behind ForEachSearchKey, with the callback inlined: the FTS
// tokenizer and SimHash run it over every stored document.
template <typename Emit>
void VisitSearchKeys(std::string_view text, Emit&& emit) {
  std::string key;  // reused: one allocation per text, not per word
  size_t i = 0;
  while (i < text.size()) {
    const size_t start = i;
    if (!NextIsWordChar(text, i)) continue;
    size_t end = i;
    while (end < text.size()) {
      size_t next = end;
      if (!NextIsWordChar(text, next)) break;
      end = next;
    }
    i = end;
    key.clear();
    text::AppendMatchKey(text.substr(start, end - start), &key);
    if (key.empty()) continue;
    EmitVariants(key, [&](std::string_view k, bool colocated) { emit(k, start, end, colocated); });
  }
}

// The key list the tokenizer replays on this thread (ScopedKeyReplay).
thread_local const SearchKeyList* replay = nullptr;

// ---- FTS5 glue ------------------------------------------------------------

struct Tokenizer {};

int Create(void*, const char**, int, Fts5Tokenizer** out) {
  *out = reinterpret_cast<Fts5Tokenizer*>(new Tokenizer);
  return SQLITE_OK;
}

void Delete(Fts5Tokenizer* t) { delete reinterpret_cast<Tokenizer*>(t); }

int Tokenize(Fts5Tokenizer*, void* ctx, int /*flags*/, const char* text, int n,
             int (*token)(void*, int, const char*, int, int, int)) {
  const std::string_view input(text, static_cast<size_t>(n));
  if (replay != nullptr && replay->text() == input) {
    for (const SearchKeyList::Key& k : replay->keys()) {
      const std::string_view key = replay->key(k);
      const int rc =
          token(ctx, k.colocated ? FTS5_TOKEN_COLOCATED : 0, key.data(),
                static_cast<int>(key.size()), static_cast<int>(k.begin), static_cast<int>(k.end));
      if (rc != SQLITE_OK) return rc;
    }
    return SQLITE_OK;
  }
  int rc = SQLITE_OK;
  VisitSearchKeys(input, [&](std::string_view key, size_t begin, size_t end, bool colocated) {
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
  VisitSearchKeys(text, emit);
}

std::string SearchKeys(std::string_view text) {
  std::string out;
  VisitSearchKeys(text, [&](std::string_view key, size_t, size_t, bool) {
    if (!out.empty()) out.push_back(' ');
    out.append(key);
  });
  return out;
}

SearchKeyList::SearchKeyList(std::string_view text) : text_(text) {
  bytes_.reserve(text.size() + text.size() / 2);
  keys_.reserve(text.size() / 5);
  VisitSearchKeys(text, [&](std::string_view key, size_t begin, size_t end, bool colocated) {
    keys_.push_back({static_cast<uint32_t>(bytes_.size()), static_cast<uint32_t>(key.size()),
                     static_cast<uint32_t>(begin), static_cast<uint32_t>(end), colocated});
    bytes_.append(key);
  });
}

ScopedKeyReplay::ScopedKeyReplay(const SearchKeyList& keys) { replay = &keys; }

ScopedKeyReplay::~ScopedKeyReplay() { replay = nullptr; }

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

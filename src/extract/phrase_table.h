// PhraseTable: longest-match lookup of short word sequences (month names such
// as "كانون الثاني", fixed phrases such as "منذ ذلك الحين") over a sequence of
// normalised keys.
//
//   PhraseTable t;
//   t.Add({"كانون", "الثاني"}, 1);
//   std::vector<std::string_view> keys = {"في", "كانون", "الثاني", "2020"};
//   PhraseMatch m = t.Longest(keys, 1, {keys[1]});   // m.payload == 1, m.length == 2
//
// Words are compared byte for byte, so the table and the text must be keyed by
// the same normalisation function (the loader applies it to the table).
//
// Thread safety: const methods may be called concurrently once building is done.
#ifndef RASED_EXTRACT_PHRASE_TABLE_H_
#define RASED_EXTRACT_PHRASE_TABLE_H_

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/string_hash.h"

namespace rased::extract {

struct PhraseMatch {
  int32_t payload = -1;  // -1: no match
  uint32_t length = 0;   // words matched
  bool ok() const { return payload >= 0; }
};

class PhraseTable {
 public:
  // Adds a phrase of one or more keyed words. A phrase added twice keeps its
  // first payload. Empty phrases are ignored.
  void Add(const std::vector<std::string>& words, int32_t payload);

  // The longest phrase starting at keys[i]. The first word may match any of
  // `first_forms` (e.g. the key and the key without its proclitic); the others
  // must equal keys[i+1...]. Empty keys never match.
  PhraseMatch Longest(std::span<const std::string_view> keys, size_t i,
                      std::initializer_list<std::string_view> first_forms) const;

  // Convenience for a single word.
  int32_t Find(std::string_view word) const;

  bool empty() const { return by_first_.size() == 0; }

  // The distinct first words of all phrases: views into the table, valid
  // until the next Add().
  std::vector<std::string_view> FirstWords() const;

  // The scanners ask every table about nearly every token, and almost every
  // answer is no: a bitmap over a cheap fingerprint of the first word (its
  // length and its first and last two bytes) answers most of them without
  // hashing the word. A scanner may compute each token's Shape() once and
  // ask MayStart() before Longest(). MayStart() has no false negatives.
  static uint32_t Shape(std::string_view word);
  bool MayStart(uint32_t shape) const { return (shape_[shape >> 6] >> (shape & 63)) & 1; }
  bool MayStart(std::string_view word) const { return MayStart(Shape(word)); }

 private:
  struct Entry {
    std::vector<std::string> rest;
    int32_t payload;
  };

  text::FlatStringMap<std::vector<Entry>> by_first_;  // longest phrases first
  uint64_t shape_[64] = {};                           // 4096 bits, see Shape()
};

// Splits a table form on spaces and keys each word with `key`; words whose key
// is empty are dropped.
std::vector<std::string> KeyWords(std::string_view form,
                                  const std::function<std::string(std::string_view)>& key);

}  // namespace rased::extract

#endif  // RASED_EXTRACT_PHRASE_TABLE_H_

// Keys the store derives from names to resolve entities across documents.
#ifndef RASED_STORE_NAME_KEYS_H_
#define RASED_STORE_NAME_KEYS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "store/fts_tokenizer.h"

namespace rased::store {

// Normalised key of a name: MatchKey, with one leading proclitic letter or
// "لل" removed when the name is a single long word ("لحفتر" -> "حفتر").
std::string NameKey(std::string_view name);

// The consonant skeleton shared by Arabic and Latin spellings (text::SkeletonKey).
std::string Skeleton(std::string_view name);

// The skeleton and every string obtained by deleting one character from it
// (symmetric-delete keys): two skeletons within edit distance 1 share a key.
std::vector<std::string> SkeletonDeletionKeys(std::string_view skeleton);

// Levenshtein distance over code points, stopping early above `limit`.
int EditDistance(std::string_view a, std::string_view b, int limit);

// The space-separated words of a key.
std::vector<std::string_view> Words(std::string_view key);

// 64-bit FNV-1a, for stable ids of names outside the knowledge base.
uint64_t Fnv1a64(std::string_view s);

// SimHash of a text's word 3-shingles (over match keys): near-duplicate
// articles differ in a few bits only.
uint64_t SimHash(std::string_view text);
// The same, over keys already analysed.
uint64_t SimHash(const SearchKeyList& keys);

}  // namespace rased::store

#endif  // RASED_STORE_NAME_KEYS_H_

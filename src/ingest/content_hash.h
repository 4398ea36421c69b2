// ContentHash: the fingerprint of a cleaned article text (Document::content_hash).
//
// 64-bit FNV-1a over the UTF-8 bytes of Document::text, printed as 16
// lower-case hex digits ("cbf29ce484222325" for the empty text). Chosen for
// being tiny, dependency-free and stable across platforms and versions: the
// store uses it to recognise a document it has already seen, so it must never
// change for the same text. It is not cryptographic; two different texts
// collide with probability about n^2 / 2^65 for n stored documents.
//
// Thread safety: pure function.
#ifndef RASED_INGEST_CONTENT_HASH_H_
#define RASED_INGEST_CONTENT_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace rased::ingest {

uint64_t Fnv1a64(std::string_view bytes);

// Fnv1a64(text) as 16 hex digits.
std::string ContentHash(std::string_view text);

}  // namespace rased::ingest

#endif  // RASED_INGEST_CONTENT_HASH_H_

#include "rased/document.h"

#include <algorithm>

#include "common/utf8.h"

namespace rased {

namespace {
constexpr uint32_t kBlock = 64;
}

uint32_t Document::CodePointOffset(uint32_t byte) const {
  if (byte > text.size()) byte = static_cast<uint32_t>(text.size());
  const size_t blocks = text.size() / kBlock + 1;
  if (cp_index_.size() != blocks) {
    cp_index_.assign(blocks, 0);
    uint32_t count = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      if (i % kBlock == 0) cp_index_[i / kBlock] = count;
      count += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    }
    if (text.size() % kBlock == 0) cp_index_[blocks - 1] = count;
  }
  const uint32_t block = byte / kBlock;
  uint32_t count = cp_index_[block];
  for (uint32_t i = block * kBlock; i < byte; ++i) {
    count += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  return count;
}

std::string_view EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPerson:
      return "PERSON";
    case EntityType::kOrganization:
      return "ORGANIZATION";
    case EntityType::kLocation:
      return "LOCATION";
    case EntityType::kFacility:
      return "FACILITY";
  }
  return "PERSON";
}

std::optional<EntityType> ParseEntityType(std::string_view name) {
  for (EntityType t : {EntityType::kPerson, EntityType::kOrganization, EntityType::kLocation,
                       EntityType::kFacility}) {
    if (EntityTypeName(t) == name) return t;
  }
  return std::nullopt;
}

std::string_view ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted:
      return "asserted";
    case Modality::kReported:
      return "reported";
    case Modality::kAlleged:
      return "alleged";
    case Modality::kDenied:
      return "denied";
    case Modality::kPlanned:
      return "planned";
  }
  return "asserted";
}

std::string_view DatePrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay:
      return "day";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kSeason:
      return "season";
    case DatePrecision::kYear:
      return "year";
    case DatePrecision::kDecade:
      return "decade";
    case DatePrecision::kUnresolved:
      return "unresolved";
  }
  return "unresolved";
}

std::string_view MentionSourceName(MentionSource s) {
  switch (s) {
    case MentionSource::kKb:
      return "kb";
    case MentionSource::kPattern:
      return "pattern";
    case MentionSource::kModel:
      return "model";
    case MentionSource::kCoref:
      return "coref";
  }
  return "kb";
}

}  // namespace rased

#include "rased/options.h"

#include <cstdlib>

#ifndef RASED_DEFAULT_DATA_DIR
#define RASED_DEFAULT_DATA_DIR "data"
#endif

namespace rased {

std::string DefaultDataDir() {
  if (const char* env = std::getenv("RASED_DATA"); env != nullptr && *env != '\0') return env;
  return RASED_DEFAULT_DATA_DIR;
}

}  // namespace rased

// Reading the text stage's TSV tables from text (a file's contents or the
// built-in copy compiled from data/lexicon/), in the format of
// src/common/tsv.h: UTF-8, TAB-separated, '#' lines and empty lines skipped.
#ifndef RASED_TEXT_TABLES_H_
#define RASED_TEXT_TABLES_H_

#include <string>
#include <string_view>
#include <vector>

#include "common/tsv.h"
#include "rased/status.h"

namespace rased::text {

// Splits `text` into rows. Trailing '\r' is removed; fields are not trimmed.
// kDataLoss "source_name:line: not valid UTF-8" for an invalid line.
StatusOr<std::vector<TsvRow>> ParseTsvText(std::string_view text, std::string_view source_name);

// The contents of data_dir/lexicon/<name>, or the built-in copy when data_dir
// is empty or has no such file. *source_name receives the path or
// "built-in <name>". kIoError when the file exists but cannot be read.
StatusOr<std::string> ReadLexiconTable(const std::string& data_dir, std::string_view name,
                                       std::string* source_name);

}  // namespace rased::text

#endif  // RASED_TEXT_TABLES_H_

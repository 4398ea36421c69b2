# Writes OUT, a C++ fragment with the text of each file in INPUTS (a
# ;-separated list) as {"name", R"rased_tsv(...)rased_tsv"}, entries for an
# array initializer. Run as: cmake -DOUT=... -DINPUTS=... -P embed_tables.cmake
set(content "// Generated from data/lexicon/*.tsv by src/text/embed_tables.cmake. DO NOT EDIT.\n")
foreach(input IN LISTS INPUTS)
  get_filename_component(name "${input}" NAME)
  file(READ "${input}" text)
  string(APPEND content "{\"${name}\", R\"rased_tsv(${text})rased_tsv\"},\n")
endforeach()
file(WRITE "${OUT}.tmp" "${content}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)

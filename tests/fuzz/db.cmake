# The ChangeFeed's NOTIFY payload parser (Change::parse, "KIND:OP:ID"); seed corpus:
# tests/fuzz/corpus/change_payload/ (every payload migration 0011 sends, and bad ones).
opsdeck_add_fuzz(fuzz_change_payload
  SOURCE ${CMAKE_SOURCE_DIR}/tests/db/fuzz_change_payload.cpp
  LIBS opsdeck_core
  CORPUS ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus/change_payload)

# One fuzz target per ingest parser; seed corpora from the captured fixtures.
foreach(_f exposition plaintext kurado graphite_json prometheus_json opentsdb_json)
  opsdeck_add_fuzz(fuzz_ingest_${_f} SOURCE ${CMAKE_SOURCE_DIR}/tests/ingest/fuzz/fuzz_${_f}.cpp
                   LIBS opsdeck_core_ingest CORPUS ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus/ingest_${_f})
endforeach()

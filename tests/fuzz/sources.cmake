# Every kind of source's answer through SourceProtocol::decode. Corpus: the captured
# real answers in tests/data/sources/fuzz, each behind a byte that picks its kind
# (0 node_exporter, 1 Graphite, 2 Prometheus, 3 OpenTSDB).
opsdeck_add_fuzz(fuzz_sources SOURCE ${CMAKE_SOURCE_DIR}/tests/sources/fuzz_sources.cpp
                 LIBS opsdeck_core_sources CORPUS ${CMAKE_SOURCE_DIR}/tests/data/sources/fuzz)

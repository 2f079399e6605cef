# Ingest parsers: node_exporter page parse+map CPU per page (vs Prometheus's 0.76 ms),
# Graphite plaintext and Kurado-line throughput.
opsdeck_add_bench(bench_ingest SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_ingest.cpp LIBS opsdeck_core_ingest
                  SMOKE_ARGS 200)

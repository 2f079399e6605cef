# The metrics cache (issue 4): ingest samples/s (goal >= 500,000), a week of one-minute
# data for one series (10,080 points) queried (goal < 10 ms), and cache bytes per series
# for the default retention with every archive full (goal <= 190 KB, Kurado's RRD file).
# Full size by hand (a few minutes): build-*/tests/bench_store [ingest] [query] [size] [fleet [HOSTS [MINUTES]]]
# (fleet: the store at 3,000 hosts x 36 series, ingest + maintenance CPU s per minute)
opsdeck_add_bench(bench_store SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_store.cpp LIBS opsdeck_core_metrics
                  TIMEOUT 300)

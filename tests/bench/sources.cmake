# Polling 3,000 node_exporter targets once a minute: Opsdeck's CPU against Prometheus's
# on the same targets in the same run (issue 4). Full size by hand:
#   build-*/tests/bench_poll            (3,000 targets, 60 s each; add --targets N --seconds S)
opsdeck_add_bench(bench_poll SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_poll.cpp
                  LIBS opsdeck_realservers opsdeck_core_sources
                  SMOKE_ARGS --targets 20 --seconds 6 --interval 5 TIMEOUT 300)

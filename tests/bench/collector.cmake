# One local collector pass over the real /proc: CPU time per pass (goal under 2 ms).
# Full size by hand: build-*/tests/bench_collector 2000
opsdeck_add_bench(bench_collector SOURCES ${CMAKE_SOURCE_DIR}/tests/bench/bench_collector.cpp
                  LIBS opsdeck_core_collector SMOKE_ARGS 20)

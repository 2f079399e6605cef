# Live changes between consoles (issue 12 part 3): commit in one of 10 engines to the row
# in the other nine's machine tables, p50/p99/max against the 1 s target. Full size by
# hand: build/release/tests/bench/bench_changefeed [N [CONSOLES]]
opsdeck_add_bench(bench_changefeed SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_changefeed.cpp
                  LIBS opsdeck_realservers opsdeck_models)

# Compare pages (issue 10, part 3): 500 hosts x one day of one-minute data as small
# multiples: first screen (goal < 500 ms) and a scroll step, GUI thread (goal < 16 ms);
# and 24 live charts with a point a second each for 60 s (goal < 5 % of one core).
# Full size by hand: build/release/tests/bench_compare [HOSTS]
#                    build/release/tests/bench_live_charts [SECONDS] [--realtime]
opsdeck_add_bench(bench_compare
                  SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_compare.cpp ${CMAKE_CURRENT_LIST_DIR}/GuiBenchSupport.cpp
                  LIBS opsdeck_widgets TIMEOUT 600)
opsdeck_add_bench(bench_live_charts
                  SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_live_charts.cpp ${CMAKE_CURRENT_LIST_DIR}/GuiBenchSupport.cpp
                  LIBS opsdeck_widgets TIMEOUT 600)

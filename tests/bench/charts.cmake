# The charts (issue 10): a 1,000,000-point series from the cache to a drawn chart (goal
# < 50 ms) and a dashboard of 24 charts x 10,000 points, first paint (goal < 300 ms).
# Full size by hand: build-*/tests/bench_charts [big] [dashboard]
opsdeck_add_bench(bench_charts
                  SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_charts.cpp ${CMAKE_CURRENT_LIST_DIR}/GuiBenchSupport.cpp
                  LIBS opsdeck_widgets TIMEOUT 600)

# Dashboards (issue 10, part 4): a stored dashboard of 24 chart panels x 10,080 points (a
# week of one-minute data per machine) through PanelEvaluator, and the Dashboards tab's
# first paint of it (read off the GUI thread, drawn). Goal: first paint < 300 ms.
# Full size by hand: build-*/tests/bench_dashboards
opsdeck_add_bench(bench_dashboards
                  SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_dashboards.cpp ${CMAKE_CURRENT_LIST_DIR}/GuiBenchSupport.cpp
                  LIBS opsdeck_widgets TIMEOUT 600)

# Cold start of the window to its first paint, and resident memory then (issue 2).
opsdeck_add_bench(bench_startup SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_startup.cpp
                  LIBS opsdeck_engine)

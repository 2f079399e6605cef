# Headless PNG export (issue 10): `opsdeck export chart` of a week of one-minute data
# (10,080 points) at 1200x600, whole process, against `rrdtool graph` of the same data at
# the same size (CPU from wait4's rusage, and wall). Goal: at most rrdtool's CPU and wall.
# Full size by hand: build/release/tests/bench_export [RUNS]
opsdeck_add_bench(bench_export SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_export.cpp LIBS opsdeck_core_metrics)

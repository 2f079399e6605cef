# Inventory at fleet scale: import of 100,000 machines in 10,000 nodes (goal < 5 s),
# 200,000 units, and the bulk reads the window's models use, on SQLite and on a real
# PostgreSQL (postgres.sh) in the same run, side by side (issue 12: PostgreSQL at most 2x).
# ctest runs a smoke size; full size by hand: build-*/tests/bench_inventory (or:
# bench_inventory MACHINES NODES UNITS)
opsdeck_add_bench(bench_inventory SOURCES ${CMAKE_SOURCE_DIR}/tests/bench/bench_inventory.cpp
                  LIBS opsdeck_core_inventory opsdeck_testdatabase SMOKE_ARGS 1000 200 2000)

# The inventory view at fleet scale (issue 3): usable time, filter keystroke, sort,
# scroll step and resident memory with 100,000 machines, 10,000 nodes, 200,000 units.
opsdeck_add_bench(bench_inventory_gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_inventory_gui.cpp
                  LIBS opsdeck_widgets)

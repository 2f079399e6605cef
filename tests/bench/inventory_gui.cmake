# The inventory view at fleet scale (issue 3): usable time, filter keystroke, sort,
# scroll step and resident memory with 100,000 machines, 10,000 nodes, 200,000 units.
opsdeck_add_bench(bench_inventory_gui
                  SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_inventory_gui.cpp ${CMAKE_CURRENT_LIST_DIR}/GuiBenchSupport.cpp
                  LIBS opsdeck_widgets)
# The whole window on the same fleet (issue 8): the longest event-loop stall while
# selecting a machine, applying a lifecycle event from the table and turning the
# receiver on; a full run fails when one passes 16 ms.
opsdeck_add_bench(bench_gui_stall
                  SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_gui_stall.cpp ${CMAKE_CURRENT_LIST_DIR}/GuiBenchSupport.cpp
                  LIBS opsdeck_widgets)

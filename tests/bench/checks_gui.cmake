# The checks in the window (issue 11): the monitor's read of 2,000 checks with 30 days
# of alert history, the longest GUI stall while it lands in the check list, the tree's
# and table's icons and the tray, and the alert history view's open time.
opsdeck_add_bench(bench_checks_gui
                  SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_checks_gui.cpp ${CMAKE_CURRENT_LIST_DIR}/GuiBenchSupport.cpp
                  LIBS opsdeck_widgets)

# A dashboard's JSON (core/dashboards/DashboardJson), which users write and import, and a
# Grafana dashboard read by GrafanaImporter. Seeds under tests/fuzz/corpus/dashboard_json/:
# every panel kind and row kind, and the Grafana fixtures of tests/data/grafana.
if(OPSDECK_FUZZ)
  opsdeck_add_fuzz(fuzz_dashboard_json SOURCE ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_dashboard_json.cpp
                   LIBS opsdeck_core_dashboards)
else()
  opsdeck_add_fuzz(fuzz_dashboard_json SOURCE ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_dashboard_json.cpp
                   LIBS opsdeck_core_dashboards CORPUS ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus/dashboard_json)
endif()

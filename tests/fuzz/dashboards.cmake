# A dashboard's JSON (core/dashboards/DashboardJson), which users write and import, and a
# Grafana dashboard read by GrafanaImporter. Seeds under tests/fuzz/corpus/dashboard_json/:
# every panel kind and row kind, and the Grafana fixtures of tests/data/grafana.
if(OPSDECK_FUZZ)
  # Instrument the readers themselves (see metrics.cmake).
  opsdeck_add_fuzz(fuzz_dashboard_json SOURCE ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_dashboard_json.cpp
                   LIBS opsdeck_core_sources opsdeck_core)
  target_sources(fuzz_dashboard_json PRIVATE ${CMAKE_SOURCE_DIR}/core/dashboards/Dashboard.cpp
                 ${CMAKE_SOURCE_DIR}/core/dashboards/DashboardJson.cpp
                 ${CMAKE_SOURCE_DIR}/core/dashboards/GrafanaImporter.cpp
                 ${CMAKE_SOURCE_DIR}/core/dashboards/GrafanaSupport.cpp)
else()
  opsdeck_add_fuzz(fuzz_dashboard_json SOURCE ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_dashboard_json.cpp
                   LIBS opsdeck_core_dashboards CORPUS ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus/dashboard_json)
endif()

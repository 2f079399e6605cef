# A Nagios plugin's output (core/checks/NagiosOutput): exit code, status line and
# performance data. Seeds under tests/fuzz/corpus/nagios_output/: captured real outputs of
# Debian's monitoring-plugins (check_disk, check_procs, check_load), the plugin
# guidelines' multi-line example and malformed performance data, each file's first byte
# being the exit code.
if(OPSDECK_FUZZ)
  # Instrument the parser itself (see metrics.cmake).
  opsdeck_add_fuzz(fuzz_nagios_output SOURCE ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_nagios_output.cpp
                   LIBS opsdeck_core)
  target_sources(fuzz_nagios_output PRIVATE ${CMAKE_SOURCE_DIR}/core/checks/NagiosOutput.cpp
                                            ${CMAKE_SOURCE_DIR}/core/checks/CheckTypes.cpp)
else()
  opsdeck_add_fuzz(fuzz_nagios_output SOURCE ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_nagios_output.cpp
                   LIBS opsdeck_core_checks CORPUS ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus/nagios_output)
endif()

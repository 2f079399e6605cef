# One fuzz target per /proc parser of the local collector, all from one source with the
# parser picked by OPSDECK_PROC_FILE; seed corpus: tests/fuzz/corpus/proc_<file>/ (the
# parser fixtures of every kernel in tests/data/proc/ plus a few hand-made bad inputs).
foreach(_proc stat loadavg meminfo diskstats netdev snmp mounts uptime version)
  opsdeck_add_fuzz(fuzz_proc_${_proc}
    SOURCE ${CMAKE_SOURCE_DIR}/tests/collector/fuzz_proc_parser.cpp
    LIBS opsdeck_core_collector
    CORPUS ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus/proc_${_proc})
  target_compile_definitions(fuzz_proc_${_proc} PRIVATE OPSDECK_PROC_FILE="${_proc}")
endforeach()

# The conf.d plugin configuration reader (toml++); corpus: tests/fuzz/corpus/plugin_config/.
opsdeck_add_fuzz(fuzz_plugin_config
  SOURCE ${CMAKE_SOURCE_DIR}/tests/collector/fuzz_plugin_config.cpp
  LIBS opsdeck_core_collector
  CORPUS ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus/plugin_config)

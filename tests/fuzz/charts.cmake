# A graph definition file (core/charts/GraphDefinition): Kurado's metrics-graph text, which
# users write by hand. Seeds under tests/fuzz/corpus/graph_definition/: the test fixtures
# and a graph with every element kind.
if(OPSDECK_FUZZ)
  # Instrument the parser itself (see metrics.cmake).
  opsdeck_add_fuzz(fuzz_graph_definition SOURCE ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_graph_definition.cpp
                   LIBS opsdeck_core)
  target_sources(fuzz_graph_definition PRIVATE ${CMAKE_SOURCE_DIR}/core/charts/GraphDefinition.cpp)
else()
  opsdeck_add_fuzz(fuzz_graph_definition SOURCE ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_graph_definition.cpp
                   LIBS opsdeck_core_charts CORPUS ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus/graph_definition)
endif()

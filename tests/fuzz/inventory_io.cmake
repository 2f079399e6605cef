# One fuzz target per inventory reader; seeds are the realistic fixtures (and a few edge cases)
# under tests/fuzz/corpus/inventory_<format>/.
foreach(_format ini yaml ssh csv json)
  opsdeck_add_fuzz(fuzz_inventory_${_format}
    SOURCE ${CMAKE_SOURCE_DIR}/tests/inventory_io/fuzz_inventory_${_format}.cpp
    LIBS opsdeck_core_inventory_io
    CORPUS ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus/inventory_${_format})
  target_include_directories(fuzz_inventory_${_format} PRIVATE ${CMAKE_SOURCE_DIR}/tests/inventory_io)
endforeach()

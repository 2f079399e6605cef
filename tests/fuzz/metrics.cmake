# The metric cache's chunk codec: ChunkCodec::decode reads chunks back from a file that a
# crash or a disk can damage. Seed corpus: tests/fuzz/corpus/metrics_chunk/, chunks taken
# from a real store (raw pieces and chunks of one value column, rollups of four).
if(OPSDECK_FUZZ)
  # libFuzzer is guided by the coverage of the code under test: build the codec into the
  # target, instrumented, rather than take the uninstrumented one of the library.
  opsdeck_add_fuzz(fuzz_chunk_codec SOURCE ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_chunk_codec.cpp
                   LIBS opsdeck_core)
  target_sources(fuzz_chunk_codec PRIVATE ${CMAKE_SOURCE_DIR}/core/metrics/ChunkCodec.cpp)
else()
  opsdeck_add_fuzz(fuzz_chunk_codec SOURCE ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_chunk_codec.cpp
                   LIBS opsdeck_core_metrics CORPUS ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus/metrics_chunk)
endif()

# SSH fan-out (issue 9): `true` on 200 loopback hosts at parallelism 50, opsdeck run vs
# parallel-ssh -p 50, wall and CPU. ctest runs 10 hosts; full size by hand:
# build-*/tests/bench_ssh_fanout [HOSTS [PARALLEL]]
opsdeck_add_bench(bench_ssh_fanout SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_ssh_fanout.cpp ${CMAKE_CURRENT_LIST_DIR}/SshBenchSupport.h
                  LIBS opsdeck_realservers)
# The engine in-process: one step on N hosts with 1, 2 and 4 worker threads, and five steps
# over one connection per host against one step (goal <= 1.5x). Full size by hand:
# build-*/tests/bench_ssh_engine [HOSTS [PARALLEL]]
opsdeck_add_bench(bench_ssh_engine SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_ssh_engine.cpp ${CMAKE_CURRENT_LIST_DIR}/SshBenchSupport.h
                  LIBS opsdeck_realservers opsdeck_core_ssh)
# The window while 500 hosts stream 100 lines/s each through a JobSession into a shown
# JobProgressView: event-loop latency (p99, goal < 50 ms) and resident memory above idle
# (goal < 200 MB). Full size by hand: build-*/tests/bench_job_gui [HOSTS [SECONDS]]
opsdeck_add_bench(bench_job_gui
                  SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_job_gui.cpp ${CMAKE_CURRENT_LIST_DIR}/GuiBenchSupport.cpp
                  LIBS opsdeck_widgets opsdeck_realservers)

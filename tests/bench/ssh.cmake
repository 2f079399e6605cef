# SSH fan-out (issue 9): `true` on 200 loopback hosts at parallelism 50, opsdeck run vs
# parallel-ssh -p 50, wall and CPU. ctest runs 10 hosts; full size by hand:
# build-*/tests/bench_ssh_fanout [HOSTS [PARALLEL]]
opsdeck_add_bench(bench_ssh_fanout SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_ssh_fanout.cpp
                  LIBS opsdeck_realservers)

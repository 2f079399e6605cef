# Five steps of one job against one step through the JobRunner on N loopback hosts (issue
# 9's goal: <= 1.5x). ctest runs 10 hosts; full size by hand:
# build-*/tests/bench_job_steps [HOSTS [PARALLEL]]
opsdeck_add_bench(bench_job_steps SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_job_steps.cpp ${CMAKE_CURRENT_LIST_DIR}/SshBenchSupport.h
                  LIBS opsdeck_realservers opsdeck_core_jobs)

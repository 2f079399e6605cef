# 2,000 HTTP checks at a 60 s interval: Opsdeck's HttpProbe CPU against Debian's check_http
# run once per check (issue 11). ctest runs 20 checks over 5 s; full size by hand:
#   build-*/tests/bench_http_checks [--checks 2000] [--seconds 60] [--compare 200]
opsdeck_add_bench(bench_http_checks SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_http_checks.cpp
                  LIBS opsdeck_realservers opsdeck_core_checks
                  SMOKE_ARGS --checks 20 --seconds 5 --compare 5 TIMEOUT 300)

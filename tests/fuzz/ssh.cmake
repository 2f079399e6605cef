# The OpenSSH known_hosts parser; seeds under tests/fuzz/corpus/known_hosts/ (lines written
# by ssh-keygen, hashed with ssh-keygen -H, markers, ports, and broken ones).
opsdeck_add_fuzz(fuzz_known_hosts
  SOURCE ${CMAKE_SOURCE_DIR}/tests/ssh/fuzz_known_hosts.cpp
  LIBS opsdeck_core_ssh
  CORPUS ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus/known_hosts)

# KD_BUILD_FUZZERS: libFuzzer targets fuzz/<name>_fuzzer.cc -> <name>_fuzzer,
# plus the aggregate target kd_fuzzers. Included at the end of the top
# CMakeLists.txt, once the stage libraries exist.
#
# libFuzzer needs clang. The fuzz targets link with -fsanitize=fuzzer; the
# stage libraries they call are compiled with -fsanitize=fuzzer-no-link so
# that libFuzzer sees their coverage (a fuzz target alone would be blind to
# the code under test). Both get ASan and UBSan, and undefined behaviour
# aborts so that libFuzzer records it as a crash.
#
#   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
#         -DKD_BUILD_FUZZERS=ON -DKD_BUILD_TESTS=OFF
#   cmake --build build-fuzz --target kd_fuzzers
option(KD_BUILD_FUZZERS "Build the libFuzzer targets in fuzz/ (clang only)" OFF)

if(KD_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "KD_BUILD_FUZZERS needs clang (libFuzzer): configure a separate build "
                        "tree with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  set(KD_FUZZ_SANITIZERS address,undefined)
  set(KD_FUZZ_COMMON -fsanitize=${KD_FUZZ_SANITIZERS} -fno-sanitize-recover=undefined
                     -fno-omit-frame-pointer)

  # Instrument every stage library. Their link option travels to whatever
  # links them (the CLI and the tests, when built in this tree) so that
  # those still link against the sanitizer runtimes.
  foreach(stage kd_base kd_loader kd_extract kd_compare kd_render kd_pipeline)
    if(TARGET ${stage})
      target_compile_options(${stage} PRIVATE -fsanitize=fuzzer-no-link ${KD_FUZZ_COMMON})
      target_link_options(${stage} INTERFACE -fsanitize=${KD_FUZZ_SANITIZERS})
    endif()
  endforeach()

  add_custom_target(kd_fuzzers)
  file(GLOB KD_FUZZ_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/fuzz/*_fuzzer.cc")
  foreach(src IN LISTS KD_FUZZ_SOURCES)
    get_filename_component(name "${src}" NAME_WE)
    add_executable(${name} "${src}")
    target_include_directories(${name} PRIVATE "${CMAKE_SOURCE_DIR}/src")
    target_compile_options(${name} PRIVATE -fsanitize=fuzzer ${KD_FUZZ_COMMON})
    target_link_options(${name} PRIVATE -fsanitize=fuzzer,${KD_FUZZ_SANITIZERS})
    # Only the stages a target exercises, so it builds while another stage
    # is being worked on.
    if(name MATCHES "^loader")
      target_link_libraries(${name} PRIVATE kd_loader)
    elseif(name MATCHES "^extract")
      target_link_libraries(${name} PRIVATE kd_extract kd_loader)
    elseif(name MATCHES "^report")
      target_link_libraries(${name} PRIVATE kd_render kd_compare kd_extract kd_loader)
    else()  # jsonl: the reader and finish_run live in kd_pipeline
      target_link_libraries(${name} PRIVATE karabakh_diff::core)
    endif()
    add_dependencies(kd_fuzzers ${name})
  endforeach()
  message(STATUS "karabakh-diff: fuzz targets ${KD_FUZZ_SOURCES}")
endif()

# KD_SANITIZE: the whole build (library, CLI, tests) with AddressSanitizer and
# UndefinedBehaviorSanitizer. Included from the top CMakeLists.txt before any
# target exists, so directory-wide options reach every target.
#
# scripts/sanitize.sh configures a separate tree (build-asan) with this on and
# runs the whole ctest suite there; the end-to-end tests then exercise the
# sanitized binary too.
option(KD_SANITIZE "Build everything with ASan and UBSan" OFF)

if(KD_SANITIZE)
  # Undefined behaviour aborts instead of printing and carrying on, so a test
  # (or a fuzz run) cannot pass while UBSan complains. Frame pointers make
  # the reports' stacks readable.
  set(KD_SANITIZE_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined
                        -fno-omit-frame-pointer)
  add_compile_options(${KD_SANITIZE_FLAGS})
  add_link_options(-fsanitize=address,undefined)
  message(STATUS "karabakh-diff: building with ASan and UBSan")
endif()

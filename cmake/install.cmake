# Install rules and the Debian package (included by the top CMakeLists.txt).
#   cmake --install build --prefix /usr/local   binary, man page, bash completion
#   (cd build && cpack -G DEB)                  karabakh-diff_<version>_<arch>.deb
include(GNUInstallDirs)

set(KD_INSTALL_RULES ON)
install(TARGETS karabakh-diff RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(FILES "${CMAKE_SOURCE_DIR}/docs/karabakh-diff.1"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
# bash-completion loads completions/<command> on demand, so the file is named
# after the command.
install(FILES "${CMAKE_SOURCE_DIR}/scripts/completion/karabakh-diff.bash"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions"
        RENAME karabakh-diff)

set(KD_DEB_MAINTAINER "The karabakh-diff authors <maintainers@users.noreply.h-seed-13c767f0.example>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME karabakh-diff)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The karabakh-diff authors")
set(CPACK_PACKAGE_CONTACT "${KD_DEB_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "compares governments' readouts of the same diplomatic call across news articles")
set(CPACK_PACKAGE_DESCRIPTION
    "karabakh-diff reads news articles about diplomatic calls and meetings, extracts every\n\
attributed statement (who said it, on whose account, through which outlet, when),\n\
groups the reports of one call across articles and flags where two governments'\n\
readouts diverge: contradiction, omission, framing, or an official readout against\n\
an anonymous source. Reports as text, JSON, Markdown, HTML or CSV; 'karabakh-diff\n\
check' compares the extraction with golden files for CI.")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${KD_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
# Depends: (ICU, fmt, libstdc++) from the binary's shared libraries, when
# dpkg-shlibdeps (package dpkg-dev) is there to find them.
find_program(KD_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(KD_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  message(STATUS "dpkg-shlibdeps not found: the .deb will list no Depends (install dpkg-dev)")
endif()
include(CPack)

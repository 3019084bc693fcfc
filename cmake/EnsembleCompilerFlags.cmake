# Project-wide compiler settings; applied per target so imported Qt targets are untouched.
add_library(ensemble_compiler_flags INTERFACE)
target_compile_options(ensemble_compiler_flags INTERFACE -Wall -Wextra -Wpedantic
    $<$<BOOL:${ENSEMBLE_WERROR}>:-Werror>)
target_compile_definitions(ensemble_compiler_flags INTERFACE
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_FOREACH
    ENSEMBLE_VERSION="${PROJECT_VERSION}")

if(ENSEMBLE_SANITIZE)
    set(_ensemble_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(ensemble_compiler_flags INTERFACE ${_ensemble_san})
    # Without PIE: a sanitized test executable drops its 52 MB of dynamic relocations (156 MB
    # to 104 MB), and the CI disk holds the ASan tree. Every object is -fPIC (Qt asks for it), so
    # Qt's data is still reached through the GOT, as in a PIE.
    target_link_options(ensemble_compiler_flags INTERFACE ${_ensemble_san} -no-pie)
endif()

# Line tables only, compressed: with full -g the two CI trees took 28 GB (a test executable 120 MB)
# and a CI machine ran out of disk; this way a test executable is 11 MB, and sanitizer reports and
# backtraces still name the file and line.
option(ENSEMBLE_COMPACT_DEBUG_INFO "Build with -g1 -gz (line tables, compressed)" OFF)
if(ENSEMBLE_COMPACT_DEBUG_INFO)
    target_compile_options(ensemble_compiler_flags INTERFACE -g1 -gz)
    target_link_options(ensemble_compiler_flags INTERFACE -gz)
endif()

# Fuzzing: libFuzzer's coverage instrumentation in every library, so the fuzz targets in
# tests/fuzz (linked with -fsanitize=fuzzer) explore our code, not only the harness.
if(ENSEMBLE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "ENSEMBLE_FUZZ needs clang (libFuzzer); use the fuzz preset")
    endif()
    set(_ensemble_fuzz -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_compile_options(ensemble_compiler_flags INTERFACE ${_ensemble_fuzz})
    target_link_options(ensemble_compiler_flags INTERFACE ${_ensemble_fuzz})
endif()

# lld links a test executable about five times faster than ld.bfd (1.2 s against 6.4 s for
# tst_authorshipmap, Debug, on a loaded machine), and CI links some 150 of them twice.
include(CheckLinkerFlag)
check_linker_flag(CXX -fuse-ld=lld ENSEMBLE_HAVE_LLD)
if(ENSEMBLE_HAVE_LLD)
    target_link_options(ensemble_compiler_flags INTERFACE -fuse-ld=lld)
endif()

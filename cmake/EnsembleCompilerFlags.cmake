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
    target_link_options(ensemble_compiler_flags INTERFACE ${_ensemble_san})
endif()

# Fails when any C++ source differs from what clang-format (with the committed .clang-format) makes of it.
file(GLOB_RECURSE sources
    ${SOURCE_DIR}/net/*.cpp ${SOURCE_DIR}/net/*.h
    ${SOURCE_DIR}/editor/*.cpp ${SOURCE_DIR}/editor/*.h
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h
    ${SOURCE_DIR}/translations/*.cpp ${SOURCE_DIR}/translations/*.h ${SOURCE_DIR}/packaging/*.cpp)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${sources} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "clang-format: the files above need formatting (cmake --build <dir> --target format)")
endif()
list(LENGTH sources count)
message(STATUS "clang-format: ${count} files formatted correctly")

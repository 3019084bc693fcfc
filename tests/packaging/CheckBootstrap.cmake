# `bootstrap.sh run` builds the app alone before starting it: run on a copy of the script, with
# stand-ins for cmake, dpkg-query and the app that record how they were called.
include(${CMAKE_CURRENT_LIST_DIR}/Common.cmake)

set(root ${WORK_DIR}/bootstrap)
file(REMOVE_RECURSE ${root})
file(MAKE_DIRECTORY ${root}/packaging ${root}/bin ${root}/build/release/app)
file(COPY ${SOURCE_DIR}/packaging/bootstrap.sh DESTINATION ${root}/packaging)
set(log ${root}/calls.log)
function(stand_in path body)
    file(WRITE ${path} "#!/bin/sh\n${body}\n")
    file(CHMOD ${path} PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
endfunction()
stand_in(${root}/bin/cmake "echo \"cmake $*\" >> '${log}'")
stand_in(${root}/bin/dpkg-query "printf 'install ok installed'")
stand_in(${root}/build/release/app/ensemble "echo \"ensemble $*\" >> '${log}'")

run_checked(out ${CMAKE_COMMAND} -E env "PATH=${root}/bin:$ENV{PATH}"
    bash ${root}/packaging/bootstrap.sh run notes.txt)
file(STRINGS ${log} calls)
set(expected "cmake --preset release"
    "cmake --build --preset release --target ensemble" "ensemble notes.txt")
if(NOT calls STREQUAL expected)
    list(JOIN calls "\n    " got)
    list(APPEND failures "bootstrap.sh run should build the ensemble target alone, then start it; it ran:\n    ${got}")
endif()
report_failures()

# The man page formats without a groff warning and documents every command-line option.
include(${CMAKE_CURRENT_LIST_DIR}/Common.cmake)
require_tool("${GROFF}" groff-base)

set(page ${SOURCE_DIR}/packaging/ensemble.1)
run_checked(out ${GROFF} -man -ww -z -Tutf8 ${page})
if(NOT out STREQUAL "")
    list(APPEND failures "groff warns:\n${out}")
endif()

file(READ ${page} roff)
string(REPLACE "\\-" "-" roff "${roff}")
foreach(option --serve --port --bind --data-dir --password-file --host --join --name --help
        --version)
    if(NOT roff MATCHES "\\.B[IR]? [^\n]*${option}")
        list(APPEND failures "option ${option} is not documented")
    endif()
endforeach()
if(NOT roff MATCHES "ensemble://")
    list(APPEND failures "invite links (ensemble://HOST:PORT/ROOM-ID) are not described")
endif()
report_failures()

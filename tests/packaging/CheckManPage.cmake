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
foreach(option --serve --port --bind --data-dir --password-file --cert --key --generate-certificate
        --host --join --name --help --version --no-create --max-rooms --max-participants
        --max-message-bytes --max-document --max-documents --max-open-documents
        --max-session-text --kept-operations --kept-operation-units
        --max-transform-work --message-rate --message-burst --message-backlog
        --max-connections-per-address --max-pending-connections --handshake-timeout
        --hello-timeout --idle-timeout --max-send-queue --max-send-frames --send-budget
        --unfinished-budget --message-timeout --rooms-per-hour --max-storage --room-expiry
        --history-revisions --history-storage)
    if(NOT roff MATCHES "\\.B[IR]? [^\n]*${option}")
        list(APPEND failures "option ${option} is not documented")
    endif()
endforeach()
if(NOT roff MATCHES "ensemble://")
    list(APPEND failures "invite links (ensemble://HOST:PORT/ROOM-ID) are not described")
endif()
# Whatever the page refers a reader to must be installed, not only in the source tree.
string(REGEX MATCHALL "/usr/share/doc/ensemble/[A-Za-z0-9_.-]+|[A-Za-z]+/[A-Z]+\\.md" references "${roff}")
expected_installed_files(installed)
foreach(reference IN LISTS references)
    string(REGEX REPLACE "^/usr/" "" relative "${reference}")
    list(FIND installed "${relative}" found)
    if(found EQUAL -1)
        list(APPEND failures "refers to ${reference}, which is not installed")
    endif()
endforeach()
report_failures()

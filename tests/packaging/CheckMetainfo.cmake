# The AppStream metainfo validates strictly (offline), names the desktop entry, and lists the
# project's version as its newest release and the project's homepage.
include(${CMAKE_CURRENT_LIST_DIR}/Common.cmake)
require_tool("${APPSTREAMCLI}" appstream)

set(metainfo ${SOURCE_DIR}/packaging/${APP_ID}.metainfo.xml)
run_checked(out ${APPSTREAMCLI} validate --no-net --strict ${metainfo})

file(READ ${metainfo} xml)
if(NOT xml MATCHES "<id>${APP_ID}</id>")
    list(APPEND failures "component id is not ${APP_ID}")
endif()
if(NOT xml MATCHES "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>")
    list(APPEND failures "launchable is not ${APP_ID}.desktop")
endif()
if(NOT xml MATCHES "<release version=\"([^\"]+)\"")
    list(APPEND failures "no <release> entry")
elseif(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    list(APPEND failures "newest release is ${CMAKE_MATCH_1}, the project is ${VERSION}: "
        "add a <release> entry for it")
endif()
if(NOT xml MATCHES "<url type=\"homepage\">([^<]+)</url>" OR NOT CMAKE_MATCH_1 STREQUAL HOMEPAGE)
    list(APPEND failures "homepage is not the project's ${HOMEPAGE}")
endif()
report_failures()

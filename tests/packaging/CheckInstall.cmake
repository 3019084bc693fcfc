# `cmake --install` puts the binary, desktop entry, metainfo, hicolor icons (SVG and every PNG
# size, each really that size) and the man page in their freedesktop places, and nothing a user
# does not need; appstreamcli accepts the installed tree as a whole.
include(${CMAKE_CURRENT_LIST_DIR}/Common.cmake)
require_tool("${APPSTREAMCLI}" appstream)

set(root ${WORK_DIR}/install-root)
file(REMOVE_RECURSE ${root})
run_checked(out ${CMAKE_COMMAND} -E env DESTDIR=${root}
    ${CMAKE_COMMAND} --install ${BINARY_DIR} --prefix /usr)

expected_installed_files(expected)
foreach(file IN LISTS expected)
    if(NOT EXISTS ${root}/usr/${file})
        list(APPEND failures "missing /usr/${file}")
    endif()
endforeach()
if(EXISTS ${root}/usr/bin/ensemble AND NOT IS_DIRECTORY ${root}/usr/bin/ensemble)
    file(READ ${root}/usr/bin/ensemble magic LIMIT 4 HEX)
    if(NOT magic STREQUAL "7f454c46")
        list(APPEND failures "/usr/bin/ensemble is not an ELF executable")
    endif()
endif()

# A PNG's IHDR chunk holds width and height as big-endian 32-bit integers at offsets 16 and 20.
foreach(size IN LISTS ICON_SIZES)
    set(png ${root}/usr/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
    if(EXISTS ${png})
        file(READ ${png} header LIMIT 24 HEX)
        string(SUBSTRING "${header}" 32 8 width_hex)
        string(SUBSTRING "${header}" 40 8 height_hex)
        math(EXPR width "0x${width_hex}")
        math(EXPR height "0x${height_hex}")
        if(NOT header MATCHES "^89504e47" OR NOT width EQUAL size OR NOT height EQUAL size)
            list(APPEND failures "${size}x${size} icon is not a ${size}x${size} PNG (${width}x${height})")
        endif()
    endif()
endforeach()

file(GLOB_RECURSE unwanted RELATIVE ${root} ${root}/*.a ${root}/*.h ${root}/*.cmake)
if(unwanted)
    list(APPEND failures "installs build artefacts: ${unwanted}")
endif()

run_checked(out ${APPSTREAMCLI} validate-tree --no-net ${root})
report_failures()

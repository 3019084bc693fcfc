# Shared by the packaging test scripts (run with cmake -P).

# Lists arrive comma-separated (see CMakeLists.txt).
string(REPLACE "," ";" ICON_SIZES "${ICON_SIZES}")
string(REPLACE "," ";" TS_FILES "${TS_FILES}")

# Fails unless the tool was found when the build was configured.
function(require_tool path package)
    if(NOT path OR NOT EXISTS "${path}")
        message(FATAL_ERROR "needs a tool from the Debian package ${package}; "
            "`bash packaging/bootstrap.sh test` installs it (then re-run cmake)")
    endif()
endfunction()

# Runs a command; fails with its output unless it exits 0. Puts stdout and stderr in out_var.
function(run_checked out_var)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT result EQUAL 0)
        string(REPLACE ";" " " command "${ARGN}")
        message(FATAL_ERROR "`${command}` failed (${result}):\n${out}")
    endif()
    set(${out_var} "${out}" PARENT_SCOPE)
endfunction()

# Scripts collect what is wrong in the list `failures`; this ends the script with all of it.
function(report_failures)
    if(failures)
        list(JOIN failures "\n  " text)
        message(FATAL_ERROR "failed expectations:\n  ${text}")
    endif()
endfunction()

# The files `cmake --install` and the .deb put in place, relative to the prefix (/usr).
function(expected_installed_files out_var)
    set(files
        bin/ensemble
        share/applications/${APP_ID}.desktop
        share/metainfo/${APP_ID}.metainfo.xml
        share/icons/hicolor/scalable/apps/${APP_ID}.svg
        share/man/man1/ensemble.1.gz
        share/doc/ensemble/copyright
        share/doc/ensemble/PROTOCOL.md)
    foreach(size IN LISTS ICON_SIZES)
        list(APPEND files share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
    endforeach()
    set(${out_var} ${files} PARENT_SCOPE)
endfunction()

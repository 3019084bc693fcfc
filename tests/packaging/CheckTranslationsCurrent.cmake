# The committed .ts files hold every string of the sources, translated: lupdate refreshes copies
# of them from the sources, and the catalogue check must still pass on the copies (a new string
# shows up as unfinished, a removed one as vanished).
include(${CMAKE_CURRENT_LIST_DIR}/Common.cmake)

set(copies ${WORK_DIR}/ts-current)
file(REMOVE_RECURSE ${copies})
file(COPY ${TS_FILES} DESTINATION ${copies})
file(GLOB copied ${copies}/*.ts)
# The include paths of update_translations: without them lupdate cannot find the header of a
# class whose .cpp includes it as "hosting/X.h", and names the context without its namespace.
run_checked(out ${LUPDATE} -locations none -I ${SOURCE_DIR}/app -I ${SOURCE_DIR}/editor
    -I ${SOURCE_DIR}/net @${SOURCES_LIST} -ts ${copied})
run_checked(out ${CMAKE_COMMAND} -E env ENSEMBLE_TS_DIR=${copies} QT_QPA_PLATFORM=offscreen
    ${CHECKER} catalogueIsComplete)

# Fails when a user-visible string has no finished Simplified Chinese
# translation: lupdate refreshes a scratch copy of the catalogue from the
# current sources, so strings added since the last update count as missing.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(COPY "${TS_FILE}" DESTINATION "${WORK}")
get_filename_component(name "${TS_FILE}" NAME)
set(copy "${WORK}/${name}")
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none -extensions cpp,h
            "${SOURCE_DIR}/app" "${SOURCE_DIR}/modules" -ts "${copy}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${errors}")
endif()
file(READ "${copy}" content)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?<translation type=\"unfinished\"" missing "${content}")
string(REGEX MATCHALL "<translation></translation>" empty "${content}")
list(LENGTH missing missingCount)
list(LENGTH empty emptyCount)
if(missingCount GREATER 0 OR emptyCount GREATER 0)
    string(REPLACE "<translation type=\"unfinished\"" "" listed "${missing}")
    message(FATAL_ERROR "${missingCount} untranslated and ${emptyCount} empty zh_CN string(s):\n${listed}\n"
                        "Build the backroom-core_lupdate target and translate translations/${name}.")
endif()
string(REGEX MATCHALL "<source>" sources "${content}")
list(LENGTH sources sourceCount)
message(STATUS "${sourceCount} strings, all translated")

# Runs the real backroom executable headless on a fresh demo company and
# checks that it saved a picture of the window.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(ENV{BACKROOM_DATA_DIR} "${WORK}/data")
set(ENV{XDG_CONFIG_HOME} "${WORK}/config")
execute_process(
    COMMAND "${BACKROOM}" --lang ${LANG} --demo --screenshot "${WORK}/home.png"
    RESULT_VARIABLE result ERROR_VARIABLE errors TIMEOUT 120)
if(NOT result EQUAL 0 OR NOT EXISTS "${WORK}/home.png")
    message(FATAL_ERROR "screenshot failed (${result}): ${errors}")
endif()
file(SIZE "${WORK}/home.png" size)
if(size LESS 20000)
    message(FATAL_ERROR "the screenshot is suspiciously small (${size} bytes)")
endif()
execute_process(
    COMMAND "${BACKROOM}" --lang ${LANG} --page finance/overview --screenshot "${WORK}/finance.png" "${WORK}/data/demo.backroom"
    RESULT_VARIABLE result ERROR_VARIABLE errors TIMEOUT 120)
if(NOT result EQUAL 0 OR NOT EXISTS "${WORK}/finance.png")
    message(FATAL_ERROR "screenshot of finance/overview failed (${result}): ${errors}")
endif()
execute_process(
    COMMAND "${BACKROOM}" --lang ${LANG} --page nowhere --screenshot "${WORK}/nowhere.png" "${WORK}/data/demo.backroom"
    RESULT_VARIABLE result ERROR_VARIABLE errors TIMEOUT 120)
if(NOT result EQUAL 2 OR EXISTS "${WORK}/nowhere.png")
    message(FATAL_ERROR "an unknown page should exit with 2 and save nothing (got ${result})")
endif()

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

# A file that is not a company is refused with a clear message and left as it was.
file(WRITE "${WORK}/letter.backroom" "Dear supplier,\n")
file(SHA256 "${WORK}/letter.backroom" before)
execute_process(
    COMMAND "${BACKROOM}" --lang en --screenshot "${WORK}/letter.png" "${WORK}/letter.backroom"
    RESULT_VARIABLE result ERROR_VARIABLE errors TIMEOUT 120)
file(SHA256 "${WORK}/letter.backroom" after)
if(NOT result EQUAL 1 OR NOT errors MATCHES "is not a Backroom company file" OR NOT before STREQUAL after
   OR EXISTS "${WORK}/letter.png")
    message(FATAL_ERROR "a foreign file must be refused with exit code 1, a message and no change "
                        "(got ${result}: ${errors})")
endif()

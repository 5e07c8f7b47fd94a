# Packaging: desktop integration files and CPack configuration.
#
# Included from the top-level CMakeLists.txt after every target exists and after
# include(GNUInstallDirs). Uses PROJECT_VERSION, PROJECT_SOURCE_DIR and the
# BACKROOM_BIN_DIR / BACKROOM_LIB_DIR / BACKROOM_MODULE_DIR layout variables.
#
#   Linux:   cpack            -> backroom_<version>_<arch>.deb and backroom-<version>-Linux.tar.gz
#   Windows: cpack            -> backroom-<version>-win64.exe (NSIS)
#   Any:     cpack -G <GEN>   to pick another generator.

set(BACKROOM_APP_ID "org.backroom.Backroom")
set(BACKROOM_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")

# ---------------------------------------------------------------------------
# Desktop integration (freedesktop.org)
# ---------------------------------------------------------------------------
if(UNIX AND NOT APPLE)
    install(FILES "${BACKROOM_PACKAGING_DIR}/linux/${BACKROOM_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${BACKROOM_PACKAGING_DIR}/linux/${BACKROOM_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${BACKROOM_PACKAGING_DIR}/linux/backroom-company.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/backroom.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
            RENAME "${BACKROOM_APP_ID}.svg")
    # Scheduled backups of a company (backroom-cli backup --folder) on a
    # server machine: a systemd service and timer per instance, the account
    # they run as and an example of an instance's settings. /usr/lib is
    # where systemd looks on Debian 12 (merged /usr) and elsewhere.
    install(FILES "${BACKROOM_PACKAGING_DIR}/linux/systemd/backroom-backup@.service"
                  "${BACKROOM_PACKAGING_DIR}/linux/systemd/backroom-backup@.timer"
            DESTINATION "lib/systemd/system")
    install(FILES "${BACKROOM_PACKAGING_DIR}/linux/systemd/backroom.sysusers"
            DESTINATION "lib/sysusers.d"
            RENAME backroom.conf)
    install(FILES "${BACKROOM_PACKAGING_DIR}/linux/systemd/backup-nightly.conf"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/backroom/examples")
    # Debian policy wants the licence at /usr/share/doc/<package>/copyright.
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/backroom"
            RENAME copyright)
endif()

# ---------------------------------------------------------------------------
# Windows runtime deployment
# ---------------------------------------------------------------------------
# The NSIS installer packs the install tree as it is, so that tree must already
# hold everything the program needs at run time:
#   * the MSVC / MinGW runtime DLLs (InstallRequiredSystemLibraries below);
#   * Qt's DLLs and plugins (platforms/, styles/, sqldrivers/, imageformats/ and
#     iconengines/ for the SVG icons, translations/). windeployqt copies them:
#     it must run on the *installed* executables, after they are installed and
#     before CPack archives the tree. The install(CODE) below does exactly that,
#     and because CPack runs the install step into its staging directory,
#     `cpack` and `cmake --install` both get a self-contained tree.
if(WIN32)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${BACKROOM_BIN_DIR}")
    include(InstallRequiredSystemLibraries)

    find_program(BACKROOM_WINDEPLOYQT windeployqt
        HINTS "${Qt6_DIR}/../../../bin"
              "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}"
        DOC "Qt's windeployqt, used to copy the Qt runtime into the install tree")
    if(BACKROOM_WINDEPLOYQT)
        # ${...} is left for install time (CMAKE_INSTALL_PREFIX is then CPack's
        # staging directory); @...@ is filled in now.
        set(_backroom_deploy_code [=[
            set(_bin "${CMAKE_INSTALL_PREFIX}/@BACKROOM_BIN_DIR@")
            file(GLOB _backroom_binaries
                 "${_bin}/backroom.exe"
                 "${_bin}/backroom-cli.exe"
                 "${CMAKE_INSTALL_PREFIX}/@BACKROOM_LIB_DIR@/backroom-core.dll"
                 "${CMAKE_INSTALL_PREFIX}/@BACKROOM_MODULE_DIR@/*.dll")
            message(STATUS "Running windeployqt on ${_bin}")
            execute_process(
                COMMAND "@BACKROOM_WINDEPLOYQT@"
                        --dir "${_bin}"
                        --no-compiler-runtime
                        --no-system-d3d-compiler
                        --verbose 1
                        ${_backroom_binaries}
                RESULT_VARIABLE _backroom_deploy_result)
            if(NOT _backroom_deploy_result EQUAL 0)
                message(FATAL_ERROR "windeployqt failed (${_backroom_deploy_result})")
            endif()
        ]=])
        string(CONFIGURE "${_backroom_deploy_code}" _backroom_deploy_code @ONLY)
        install(CODE "${_backroom_deploy_code}")
        # QtKeychain (server passwords in the Credential Manager) is not Qt's
        # own: windeployqt leaves its DLL out.
        if(TARGET ${BACKROOM_KEYCHAIN_TARGET})
            install(IMPORTED_RUNTIME_ARTIFACTS ${BACKROOM_KEYCHAIN_TARGET} RUNTIME DESTINATION "${BACKROOM_BIN_DIR}")
        endif()
        unset(_backroom_deploy_code)
    else()
        message(WARNING "windeployqt not found: the install tree and the NSIS "
                        "installer will lack Qt's DLLs and plugins. Run "
                        "windeployqt on <prefix>/${BACKROOM_BIN_DIR}/backroom.exe "
                        "by hand before packaging.")
    endif()
endif()

# ---------------------------------------------------------------------------
# CPack: common settings
# ---------------------------------------------------------------------------
# Write every CPACK_* value into CPackConfig.cmake exactly as set here, so that
# the NSIS snippets below need no extra layers of backslash escaping.
set(CPACK_VERBATIM_VARIABLES ON)

set(CPACK_PACKAGE_NAME "backroom")
set(CPACK_PACKAGE_VENDOR "The Backroom developers")
set(CPACK_PACKAGE_CONTACT "Backroom developers <dev@backroom.example.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://backroom.example.org")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Offline back-office suite for a small office")
set(CPACK_PACKAGE_DESCRIPTION
"Backroom keeps the back office of one small company on one computer, with no
server and no internet connection. Each company lives in a single file that can
be copied and backed up like any document.

Its departments cover finance and bookkeeping, human resources and payroll,
procurement, inventory, administration, IT assets, legal matters, facilities,
customer service and operations reporting, in English and Simplified Chinese.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VERSION_MAJOR "${PROJECT_VERSION_MAJOR}")
set(CPACK_PACKAGE_VERSION_MINOR "${PROJECT_VERSION_MINOR}")
set(CPACK_PACKAGE_VERSION_PATCH "${PROJECT_VERSION_PATCH}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Backroom")
# Pairs of <executable name without .exe> <start menu label>.
set(CPACK_PACKAGE_EXECUTABLES "backroom;Backroom")
set(CPACK_PACKAGE_CHECKSUM SHA256)

if(NOT DEFINED CPACK_GENERATOR)
    if(WIN32)
        set(CPACK_GENERATOR "NSIS")
    else()
        set(CPACK_GENERATOR "DEB;TGZ")
    endif()
endif()

if(NOT WIN32)
    # Ship stripped binaries; RelWithDebInfo builds are otherwise mostly
    # debug information.
    set(CPACK_STRIP_FILES ON)
endif()

# ---------------------------------------------------------------------------
# CPack: Debian package
# ---------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Debian has no "office" section; office programs live in "misc".
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://backroom.example.org")
# dpkg-shlibdeps finds the Qt and C++ libraries the binaries link to; it
# resolves our private libraries through the $ORIGIN RPATHs, with the search
# directories below as a fallback (relative to the package root, i.e. for the
# default CPACK_PACKAGING_INSTALL_PREFIX of /usr).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS
    "usr/${BACKROOM_LIB_DIR}"
    "usr/${BACKROOM_MODULE_DIR}")
# What dpkg-shlibdeps cannot see: plugins Qt loads at run time (SQLite driver,
# SVG icon engine, platform plugins), libsecret, which QtKeychain loads at run
# time to reach the Secret Service (GNOME Keyring, KWallet) for the server
# passwords a clerk asks to remember, the CJK font for the Chinese UI and the
# one for PDFs whose Chinese text can be searched (see PageFurniture).
# These are added in front of the detected dependencies. Libraries the
# binaries link to (libqrencode4, libzxing2 for the barcodes, ...) are not
# listed: dpkg-shlibdeps adds them with their minimum versions, and
# tests/packaging/check_deb.sh checks that it did.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins, libsecret-1-0, fonts-noto-cjk, fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, libqt6sql6-psql")
# postinst creates the account scheduled backups run as (and /etc/backroom).
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${BACKROOM_PACKAGING_DIR}/linux/debian/postinst")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

# ---------------------------------------------------------------------------
# CPack: NSIS installer (Windows)
# ---------------------------------------------------------------------------
if(WIN32)
    set(CPACK_NSIS_DISPLAY_NAME "Backroom")
    set(CPACK_NSIS_PACKAGE_NAME "Backroom")
    set(CPACK_NSIS_URL_INFO_ABOUT "https://backroom.example.org")
    set(CPACK_NSIS_HELP_LINK "https://backroom.example.org")
    set(CPACK_NSIS_CONTACT "dev@backroom.example.org")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\backroom.exe")
    # Same link as the one CPACK_PACKAGE_EXECUTABLES makes (it is simply
    # written twice), plus the website.
    set(CPACK_NSIS_MENU_LINKS
        "bin/backroom.exe" "Backroom"
        "https://backroom.example.org" "Backroom website")

    set(_backroom_ico "${BACKROOM_PACKAGING_DIR}/windows/backroom.ico")
    if(EXISTS "${_backroom_ico}")
        file(TO_NATIVE_PATH "${_backroom_ico}" _backroom_ico_native)
        set(CPACK_NSIS_MUI_ICON "${_backroom_ico_native}")
        set(CPACK_NSIS_MUI_UNIICON "${_backroom_ico_native}")
        unset(_backroom_ico_native)
    endif()
    unset(_backroom_ico)

    # File association for *.backroom company files. The installer runs with
    # RequestExecutionLevel admin and SetShellVarContext all, so SHCTX is
    # HKLM and the keys land in HKLM\Software\Classes, which is what HKCR
    # shows (for a per-user install SHCTX is HKCU and they land in the user's
    # HKCU\Software\Classes, again visible through HKCR). NSIS does not treat
    # backslashes as escapes and CPACK_VERBATIM_VARIABLES keeps them as written.
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr SHCTX "Software\Classes\.backroom" "" "Backroom.Company"
  WriteRegStr SHCTX "Software\Classes\.backroom" "Content Type" "application/x-backroom-company"
  WriteRegStr SHCTX "Software\Classes\Backroom.Company" "" "Backroom company file"
  WriteRegStr SHCTX "Software\Classes\Backroom.Company\DefaultIcon" "" "$INSTDIR\bin\backroom.exe,0"
  WriteRegStr SHCTX "Software\Classes\Backroom.Company\shell\open\command" "" '"$INSTDIR\bin\backroom.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  ReadRegStr $0 SHCTX "Software\Classes\.backroom" ""
  StrCmp $0 "Backroom.Company" 0 +2
    DeleteRegKey SHCTX "Software\Classes\.backroom"
  DeleteRegKey SHCTX "Software\Classes\Backroom.Company"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
endif()

include(CPack)

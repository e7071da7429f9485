# SQLite, libxlsxwriter and libzip where pkg-config is missing (Windows with vcpkg).
# Included by the top-level CMakeLists.txt only when pkg-config was not found; it makes
# the same target names that pkg_check_modules makes on Linux (PkgConfig::SQLITE3,
# PkgConfig::XLSXWRITER, PkgConfig::LIBZIP), so that no link line changes.

# An INTERFACE target of that name, visible everywhere, that links what was found.
function(hubdesk_alias_dependency name)
    add_library(${name} INTERFACE IMPORTED GLOBAL)
    target_link_libraries(${name} INTERFACE ${ARGN})
endfunction()

# SQLite: vcpkg exports unofficial-sqlite3; CMake's own FindSQLite3 covers other installs.
find_package(unofficial-sqlite3 CONFIG QUIET)
if(TARGET unofficial::sqlite3::sqlite3)
    hubdesk_alias_dependency(PkgConfig::SQLITE3 unofficial::sqlite3::sqlite3)
else()
    find_package(SQLite3 REQUIRED)
    hubdesk_alias_dependency(PkgConfig::SQLITE3 SQLite::SQLite3)
endif()

# libzip exports a CMake package (libzip::zip), which brings zlib along; else header and library.
find_package(libzip CONFIG QUIET)
if(TARGET libzip::zip)
    hubdesk_alias_dependency(PkgConfig::LIBZIP libzip::zip)
else()
    find_path(HUBDESK_LIBZIP_INCLUDE_DIR zip.h REQUIRED)
    find_library(HUBDESK_LIBZIP_LIBRARY NAMES zip libzip REQUIRED)
    add_library(PkgConfig::LIBZIP INTERFACE IMPORTED GLOBAL)
    target_include_directories(PkgConfig::LIBZIP INTERFACE ${HUBDESK_LIBZIP_INCLUDE_DIR})
    target_link_libraries(PkgConfig::LIBZIP INTERFACE ${HUBDESK_LIBZIP_LIBRARY})
endif()

# libxlsxwriter installs no CMake package in vcpkg (only a .pc file): header and library.
find_path(HUBDESK_XLSXWRITER_INCLUDE_DIR xlsxwriter.h REQUIRED)
find_library(HUBDESK_XLSXWRITER_LIBRARY NAMES xlsxwriter libxlsxwriter REQUIRED)
find_package(ZLIB REQUIRED)
add_library(PkgConfig::XLSXWRITER INTERFACE IMPORTED GLOBAL)
target_include_directories(PkgConfig::XLSXWRITER INTERFACE ${HUBDESK_XLSXWRITER_INCLUDE_DIR})
# zlib too, for a static libxlsxwriter (a DLL carries it already; linking it twice is harmless).
target_link_libraries(PkgConfig::XLSXWRITER INTERFACE ${HUBDESK_XLSXWRITER_LIBRARY} ZLIB::ZLIB)

#!/usr/bin/env bash
# What of the Windows build can be checked on Debian, without Windows:
#   1. CMakePresets.json and vcpkg.json are valid and the presets are readable;
#   2. the .rc compiles (MinGW's windres);
#   3. the files with platform branches compile as Windows code (MinGW g++, syntax only,
#      against the Linux Qt headers: it catches missing names, not link or run problems);
#   4. windows.cmake configures in a small project, installs, and CPack's NSIS generator
#      makes an installer from it (makensis), so the NSIS script and includes compile.
# Needs: apt-get install nsis binutils-mingw-w64-x86-64 mingw-w64-x86-64-dev g++-mingw-w64-x86-64-posix
set -euo pipefail
cd "$(dirname "$0")/../.."
src=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "1. JSON and presets"
python3 -m json.tool CMakePresets.json >/dev/null
python3 -m json.tool vcpkg.json >/dev/null
cmake --list-presets=all >/dev/null

echo "2. hubdesk.rc"
sed -e "s#@HUBDESK_ICON_FILE@#$src/packaging/windows/hubdesk.ico#" \
    -e 's/@PROJECT_VERSION_MAJOR@/0/g; s/@PROJECT_VERSION_MINOR@/1/g; s/@PROJECT_VERSION_PATCH@/0/g' \
    -e 's/@PROJECT_VERSION@/0.1.0/g; s/@PROJECT_DESCRIPTION@/HubDesk/' \
    packaging/windows/hubdesk.rc.in >"$work/hubdesk.rc"
pp=(--preprocessor=cpp)
for d in RC_INVOKED _WIN32 _WIN64 __x86_64__; do pp+=(--preprocessor-arg=-D$d); done
pp+=(--preprocessor-arg=-U__linux__ --preprocessor-arg=-Ulinux)
x86_64-w64-mingw32-windres "${pp[@]}" -I /usr/share/mingw-w64/include -O coff \
    -i "$work/hubdesk.rc" -o "$work/hubdesk.res.o"

echo "3. platform branches as Windows code"
q=$(qtpaths6 --query QT_INSTALL_HEADERS 2>/dev/null || echo /usr/include/x86_64-linux-gnu/qt6)
mkdir -p "$work/inc"
cp /usr/include/sqlite3.h "$work/inc/"
files=$(grep -lE 'Q_OS_(WIN|UNIX|LINUX)' models/*/*.cpp app/*.cpp)
for f in $files; do
    x86_64-w64-mingw32-g++-posix -std=c++17 -fsyntax-only -Wall -Wextra -Wpedantic -Wshadow -Werror \
        -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DHUBDESK_VERSION='"0.1.0"' -DUNICODE -D_UNICODE \
        -isystem "$q" -isystem "$q/QtCore" -isystem "$q/QtGui" -isystem "$q/QtSql" -isystem "$q/QtWidgets" \
        -isystem "$work/inc" -I models -I models/storage "$f"
    echo "   $f"
done

echo "4. windows.cmake and the NSIS installer"
mkdir -p "$work/p"
printf '#include <sqlite3.h>\n#include <cstdio>\nint main() { std::puts(sqlite3_libversion()); }\n' >"$work/p/main.cpp"
cat >"$work/p/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.21)
project(HubDesk VERSION 0.1.0 DESCRIPTION "HubDesk" HOMEPAGE_URL "https://example.invalid/hubdesk" LANGUAGES CXX)
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui)
set(CMAKE_DISABLE_FIND_PACKAGE_libzip ON) # Debian's libzip CMake package is incomplete; test the fallback
include($src/packaging/windows/dependencies.cmake)
add_executable(hubdesk main.cpp)
target_link_libraries(hubdesk PRIVATE PkgConfig::SQLITE3 PkgConfig::XLSXWRITER PkgConfig::LIBZIP)
install(TARGETS hubdesk RUNTIME DESTINATION bin)
file(WRITE \${CMAKE_BINARY_DIR}/LICENSE "GNU GENERAL PUBLIC LICENSE\n")
set(PROJECT_SOURCE_DIR \${CMAKE_BINARY_DIR})
include($src/packaging/windows/windows.cmake)
include(CPack)
CMAKE
cmake -S "$work/p" -B "$work/b" -G Ninja >/dev/null
cmake --build "$work/b" >/dev/null
(cd "$work/b" && cpack -G NSIS >/dev/null)
ls "$work/b"/HubDesk-*-win64.exe
echo "All Windows checks that Linux can run passed."

# Windows only, included at the end of app/CMakeLists.txt: hubdesk.exe gets its icon and
# version details, and is a window program (no console window when started from the
# Start menu). The command line still prints: app/main.cpp attaches to the console it was
# typed in, and hubdesk-cli.cmd waits for it and passes on its exit code (for scripts).
set(HUBDESK_ICON_FILE "${CMAKE_CURRENT_LIST_DIR}/hubdesk.ico")
configure_file("${CMAKE_CURRENT_LIST_DIR}/hubdesk.rc.in" "${CMAKE_CURRENT_BINARY_DIR}/hubdesk.rc" @ONLY)
target_sources(hubdesk PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/hubdesk.rc")
set_target_properties(hubdesk PROPERTIES WIN32_EXECUTABLE ON)

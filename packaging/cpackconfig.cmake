# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE): settings that differ
# between the .deb and the archive.
if(CPACK_GENERATOR STREQUAL "DEB")
    # A Debian package installs under /usr whatever the build dir's install prefix.
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
endif()

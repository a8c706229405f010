# cmake -DMETAINFO=FILE -DVERSION=X.Y.Z -P check_metainfo_version.cmake
# The newest <release> of the AppStream metainfo (the first one: appstreamcli checks the
# order) must be the project's version, so that software centres show this version's notes.
file(READ "${METAINFO}" metainfo)
string(REGEX MATCH "<release[^>]* version=\"([^\"]*)\"" release "${metainfo}")
if(NOT release)
    message(FATAL_ERROR "${METAINFO}: no <release version=\"…\">")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${METAINFO}: the newest release is ${CMAKE_MATCH_1}, but the project is "
        "${VERSION}: add a <release version=\"${VERSION}\"> with its notes at the top of "
        "<releases>.")
endif()
message(STATUS "metainfo release ${CMAKE_MATCH_1} = project version ${VERSION}")

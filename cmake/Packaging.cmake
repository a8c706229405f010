# Packaging: installation rules, the application icon in every form the platforms need, the
# Linux desktop integration, and CPack (.deb and .tar.gz on Linux, an NSIS installer on
# Windows, a drag-and-drop disk image on macOS). Included last from the top-level
# CMakeLists.txt, after the programs are defined. Files it uses live in installer/.
#
#   cmake --build --preset release && (cd build/release && cpack -G DEB)
#
# The version everywhere (programs, About box, packages, Info.plist, Windows resources) is
# project(VERSION) in CMakeLists.txt.

set(SCOPEKEEPER_APP_ID "io.scopekeeper.Scopekeeper")
set(SCOPEKEEPER_APP_SVG "${PROJECT_SOURCE_DIR}/resources/app/${SCOPEKEEPER_APP_ID}.svg")
set(SCOPEKEEPER_INSTALLER_DIR "${PROJECT_SOURCE_DIR}/installer")

# ---------------------------------------------------------------------------------------------
# The application icon: render_icons draws the SVG (with Qt's own SVG renderer, the one that
# draws the window icon) into the hicolor PNG sizes, a Windows .ico and a macOS .iconset, at
# build time: there is no rendered copy in the repository to fall out of date.
set(SCOPEKEEPER_ICON_SIZES 16 24 32 48 64 128 256)
set(SCOPEKEEPER_ICON_DIR "${PROJECT_BINARY_DIR}/icons")
add_executable(scopekeeper-render-icons "${SCOPEKEEPER_INSTALLER_DIR}/tools/render_icons.cpp")
target_link_libraries(scopekeeper-render-icons PRIVATE Qt6::Gui Qt6::Svg)
set_target_properties(scopekeeper-render-icons PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)

set(scopekeeper_icon_outputs "${SCOPEKEEPER_ICON_DIR}/${SCOPEKEEPER_APP_ID}.ico")
foreach(size IN LISTS SCOPEKEEPER_ICON_SIZES)
    list(APPEND scopekeeper_icon_outputs
        "${SCOPEKEEPER_ICON_DIR}/hicolor/${size}x${size}/apps/${SCOPEKEEPER_APP_ID}.png")
endforeach()
foreach(size 16 32 128 256 512)
    list(APPEND scopekeeper_icon_outputs
        "${SCOPEKEEPER_ICON_DIR}/${SCOPEKEEPER_APP_ID}.iconset/icon_${size}x${size}.png"
        "${SCOPEKEEPER_ICON_DIR}/${SCOPEKEEPER_APP_ID}.iconset/icon_${size}x${size}@2x.png")
endforeach()
if(WIN32)
    # Windows looks for DLLs beside the program: give the tool Qt's, to run at build time.
    add_custom_command(TARGET scopekeeper-render-icons POST_BUILD
        COMMAND "${CMAKE_COMMAND}" -E copy_if_different
                $<TARGET_RUNTIME_DLLS:scopekeeper-render-icons>
                $<TARGET_FILE_DIR:scopekeeper-render-icons>
        COMMAND_EXPAND_LISTS)
endif()
add_custom_command(
    OUTPUT ${scopekeeper_icon_outputs}
    COMMAND scopekeeper-render-icons "${SCOPEKEEPER_APP_SVG}" "${SCOPEKEEPER_APP_ID}"
            "${SCOPEKEEPER_ICON_DIR}"
    DEPENDS scopekeeper-render-icons "${SCOPEKEEPER_APP_SVG}"
    COMMENT "Rendering the application icon"
    VERBATIM)
add_custom_target(scopekeeper_app_icons ALL DEPENDS ${scopekeeper_icon_outputs})

# ---------------------------------------------------------------------------------------------
if(SCOPEKEEPER_BUILD_TESTS)
    add_subdirectory("${PROJECT_SOURCE_DIR}/tests/packaging" "${PROJECT_BINARY_DIR}/tests/packaging")
endif()

# Precompiled Qt headers: most of a translation unit's compile time here is parsing Qt's headers.
# Two small targets build a precompiled header each: provisiondesk_pch_core (Qt Core, Network, Sql)
# and provisiondesk_pch_widgets (plus Widgets), with no more compile definitions than any user has.
# Every target that links provisiondesk_core or provisiondesk_ui reuses one of them (REUSE_FROM), so
# its definitions are a superset of the producer's, which GCC and Clang need to accept the header.
# A target that links neither (the resources library) compiles as before. Targets that also link
# Qt Test (tests, their fixtures, benchmarks) reuse a third or fourth header that adds <QTest>: every
# test includes it, and it pulls in much of QtGui for a widgets test.
option(PROVISIONDESK_PCH "Precompile Qt's headers (shorter builds)" ON)

# The headers most sources include (counted over app/, ui/ and tests/).
set(PD_PCH_CORE_HEADERS
    <QByteArray> <QCoreApplication> <QDateTime> <QDebug> <QDir> <QElapsedTimer> <QFile> <QHash>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QJsonValue> <QList> <QLocale> <QMap>
    <QNetworkAccessManager> <QNetworkReply> <QNetworkRequest> <QObject> <QPointer> <QSet>
    <QSqlDatabase> <QSqlError> <QSqlQuery> <QString> <QStringList> <QTimer> <QUrl> <QUuid> <QVariant>
    <functional> <memory> <optional>)
set(PD_PCH_WIDGETS_HEADERS
    <QAbstractButton> <QAbstractItemModel> <QApplication> <QCheckBox> <QComboBox> <QDialog>
    <QDialogButtonBox> <QGridLayout> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QMessageBox>
    <QPlainTextEdit> <QProgressBar> <QPushButton> <QSortFilterProxyModel> <QSplitter> <QTabWidget>
    <QTableView> <QToolButton> <QVBoxLayout> <QWidget>)
set(PD_PCH_TEST_HEADERS <QSignalSpy> <QTemporaryDir> <QTest>)

# True in OUT when target (or anything it links, transitively) is `wanted`.
function(pd_links_to target wanted out)
    set(seen "")
    set(todo ${target})
    while(todo)
        list(POP_FRONT todo current)
        if(current STREQUAL wanted AND NOT current STREQUAL target)
            set(${out} TRUE PARENT_SCOPE)
            return()
        endif()
        if(NOT TARGET ${current} OR current IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${current})
        get_target_property(type ${current} TYPE)
        set(props INTERFACE_LINK_LIBRARIES)
        if(NOT type STREQUAL "INTERFACE_LIBRARY")
            list(APPEND props LINK_LIBRARIES)
        endif()
        foreach(prop ${props})
            get_target_property(libs ${current} ${prop})
            if(libs)
                foreach(lib ${libs})
                    # $<LINK_ONLY:x> and other generator expressions wrap plain target names.
                    string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
                    if(TARGET ${lib})
                        list(APPEND todo ${lib})
                    endif()
                endforeach()
            endif()
        endforeach()
    endwhile()
    set(${out} FALSE PARENT_SCOPE)
endfunction()

function(pd_collect_targets dir out)
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(sub ${subdirs})
        pd_collect_targets(${sub} sub_targets)
        list(APPEND targets ${sub_targets})
    endforeach()
    set(${out} ${targets} PARENT_SCOPE)
endfunction()

function(pd_add_pch_producer name headers)
    set(anchor ${PROJECT_BINARY_DIR}/${name}.cpp)
    if(NOT EXISTS ${anchor})
        file(WRITE ${anchor} "// Anchors the precompiled header of ${name}.\n")
    endif()
    add_library(${name} STATIC ${anchor})
    target_link_libraries(${name} PRIVATE ${ARGN} provisiondesk_options)
    target_precompile_headers(${name} PRIVATE ${${headers}})
endfunction()

# Called once, at the end of the top-level CMakeLists.txt, when every target exists.
function(pd_apply_precompiled_headers)
    if(NOT PROVISIONDESK_PCH OR NOT TARGET provisiondesk_core)
        return()
    endif()
    pd_collect_targets(${PROJECT_SOURCE_DIR} targets)
    # Qt Test's usage requirements define QT_TESTCASE_SOURCEDIR/BUILDDIR per target directory, and
    # <QTest> tests them with #ifdef: one shared header needs one value. Nothing here uses
    # QFINDTESTDATA, so the tests go without them (QTEST_SET_MAIN_SOURCE_PATH becomes a no-op).
    if(TARGET Qt6::Test)
        set_property(TARGET Qt6::Test PROPERTY INTERFACE_COMPILE_DEFINITIONS QT_TESTLIB_LIB)
    endif()
    pd_add_pch_producer(provisiondesk_pch_core PD_PCH_CORE_HEADERS Qt6::Core Qt6::Network Qt6::Sql)
    # producers: pairs of (libraries a target links, joined by '+'; precompiled header target)
    set(producers provisiondesk_core provisiondesk_pch_core)
    if(TARGET Qt6::Test)
        set(PD_PCH_CORE_TEST_HEADERS ${PD_PCH_CORE_HEADERS} ${PD_PCH_TEST_HEADERS})
        pd_add_pch_producer(provisiondesk_pch_core_test PD_PCH_CORE_TEST_HEADERS
            Qt6::Core Qt6::Network Qt6::Sql Qt6::Test)
        list(PREPEND producers provisiondesk_core+Qt6::Test provisiondesk_pch_core_test)
    endif()
    if(TARGET provisiondesk_ui)
        set(PD_PCH_ALL_HEADERS ${PD_PCH_CORE_HEADERS} ${PD_PCH_WIDGETS_HEADERS})
        pd_add_pch_producer(provisiondesk_pch_widgets PD_PCH_ALL_HEADERS
            Qt6::Core Qt6::Network Qt6::Sql Qt6::Widgets)
        # The richer header first: a target that links both uses the widgets one.
        list(PREPEND producers provisiondesk_ui provisiondesk_pch_widgets)
        if(TARGET Qt6::Test)
            set(PD_PCH_ALL_TEST_HEADERS ${PD_PCH_ALL_HEADERS} ${PD_PCH_TEST_HEADERS})
            pd_add_pch_producer(provisiondesk_pch_widgets_test PD_PCH_ALL_TEST_HEADERS
                Qt6::Core Qt6::Network Qt6::Sql Qt6::Widgets Qt6::Test)
            list(PREPEND producers provisiondesk_ui+Qt6::Test provisiondesk_pch_widgets_test)
        endif()
    endif()
    foreach(target ${targets})
        get_target_property(type ${target} TYPE)
        if(NOT type MATCHES "^(STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|EXECUTABLE)$")
            continue()
        endif()
        if(target MATCHES "^provisiondesk_pch_")
            continue()
        endif()
        set(pairs ${producers})
        while(pairs)
            list(POP_FRONT pairs libraries pch)
            string(REPLACE "+" ";" libraries "${libraries}")
            set(links TRUE)
            foreach(library ${libraries})
                set(this FALSE)
                if(target STREQUAL library)
                    set(this TRUE)
                else()
                    pd_links_to(${target} ${library} this)
                endif()
                if(NOT this)
                    set(links FALSE)
                endif()
            endforeach()
            if(links)
                target_precompile_headers(${target} REUSE_FROM ${pch})
                if(type STREQUAL "EXECUTABLE")
                    # A test's moc output is included by its .cpp, so AUTOMOC's mocs_compilation.cpp
                    # is empty there: without the header it compiles in 0.03 s, with it in over 1 s.
                    get_target_property(bin_dir ${target} BINARY_DIR)
                    set_source_files_properties(${bin_dir}/${target}_autogen/mocs_compilation.cpp
                        TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
                endif()
                break()
            endif()
        endwhile()
    endforeach()
endfunction()

# Precompiled headers. About two thirds of a translation unit's compile time here is g++ parsing
# Qt's headers (measured on editor/collab/EditCapture.cpp at -O2 -g: 4.3 s CPU without, 1.5 s with
# a precompiled header of the headers below), and both CI stages build every target from nothing.
# One list per layer, so that a precompiled header never hands a layer a header it may not use
# (net/ never sees QtWidgets). g++ only: clang (the fuzz preset) rejects a shared precompiled header
# when the targets' Qt Test macros differ, and that preset builds a handful of targets.
include_guard(GLOBAL)

if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    option(ENSEMBLE_PCH "Precompile the Qt headers each layer uses" ON)
else()
    set(ENSEMBLE_PCH OFF)
endif()

set(ENSEMBLE_PCH_core
    <algorithm> <functional> <memory> <optional> <variant> <vector>
    <QtCore/QByteArray> <QtCore/QCoreApplication> <QtCore/QDateTime> <QtCore/QDir>
    <QtCore/QElapsedTimer> <QtCore/QFile> <QtCore/QFileInfo> <QtCore/QHash> <QtCore/QJsonArray>
    <QtCore/QJsonDocument> <QtCore/QJsonObject> <QtCore/QList> <QtCore/QObject> <QtCore/QPointer>
    <QtCore/QString> <QtCore/QStringList> <QtCore/QTimer>)
set(ENSEMBLE_PCH_net ${ENSEMBLE_PCH_core}
    <QtNetwork/QHostAddress> <QtNetwork/QTcpSocket> <QtWebSockets/QWebSocket>)
set(ENSEMBLE_PCH_gui ${ENSEMBLE_PCH_net}
    <QtGui/QColor> <QtWidgets/QDialog> <QtWidgets/QLabel> <QtWidgets/QMainWindow>
    <QtWidgets/QWidget> <Qsci/qsciscintilla.h>)

# Gives TARGET a precompiled header of LAYER's list (core, net or gui).
function(ensemble_precompile target layer)
    if(ENSEMBLE_PCH)
        target_precompile_headers(${target} PRIVATE ${ENSEMBLE_PCH_${layer}})
    endif()
endfunction()

# Executables (the tests) share one precompiled header per layer, made once by a donor executable:
# a header of their own would cost each of them more than it saves. Executables need a donor that
# is an executable too (-fPIE, where static libraries get -fPIC).
function(ensemble_precompile_donor name layer)
    if(ENSEMBLE_PCH)
        add_executable(${name} ${PROJECT_SOURCE_DIR}/cmake/PchDonor.cpp)
        target_link_libraries(${name} PRIVATE ensemble_compiler_flags ${ARGN})
        ensemble_precompile(${name} ${layer})
    endif()
endfunction()

# Makes executable TARGET reuse DONOR's precompiled header.
function(ensemble_precompile_from target donor)
    if(ENSEMBLE_PCH)
        target_precompile_headers(${target} REUSE_FROM ${donor})
    endif()
endfunction()

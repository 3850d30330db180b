#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace Newsdesk {

// Checks on a library file made before SQLite touches it, so that a missing, foreign, empty or
// read-only file is reported by name and never modified.
class LibraryFile final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::LibraryFile)

public:
    // The file exists, is an SQLite database by its header, and can be read and written.
    static Status checkOpenable(const QString &path);
    // Nothing exists at path and its folder exists and can be written.
    static Status checkCreatable(const QString &path);
    // Whether the permission bits allow writing (even for root, who may ignore them).
    static bool isMarkedWritable(const QString &path);
};

} // namespace Newsdesk

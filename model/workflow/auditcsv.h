#pragma once

#include "core/history.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace Newsdesk {

class Library;

// The audit log as CSV for spreadsheets: RFC 4180 (CRLF line ends, fields with commas,
// quotes or line breaks quoted, quotes doubled), UTF-8 with a byte order mark so that Excel
// reads Chinese names and titles correctly. Columns: time (local, ISO 8601 with its offset),
// user, action, article id, article title, detail.
class AuditCsv final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::AuditCsv)

public:
    // Rows written so far; returns false to stop (the export then reports Cancelled).
    using Progress = std::function<bool(qint64 written)>;
    static constexpr int PageSize = 2000;

    static QByteArray header(); // with the byte order mark
    static QByteArray line(const AuditRow &row);
    static QString field(const QString &value); // quoted when it must be

    // Writes header and rows to device.
    static Status write(QIODevice &device, const QList<AuditRow> &rows);
    // Writes every row filter selects (all pages, whatever its limit and offset) to the file
    // at path, replacing it only when complete. Gives the number of rows written.
    static Result<qint64> exportTo(Library &library, AuditFilter filter, const QString &path,
                                   const Progress &progress = {});
};

} // namespace Newsdesk

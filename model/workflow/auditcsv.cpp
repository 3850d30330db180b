#include "auditcsv.h"

#include "storage/library.h"

#include <QIODevice>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QByteArray ByteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");
const QByteArray LineEnd = QByteArrayLiteral("\r\n");

Status writeAll(QIODevice &device, const QByteArray &bytes)
{
    if (device.write(bytes) != bytes.size())
        return Error(Error::Kind::Io,
                     AuditCsv::tr("Cannot write the audit log CSV: %1").arg(device.errorString()));
    return {};
}
} // namespace

QString AuditCsv::field(const QString &value)
{
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
            || value.contains(u'\r');
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray AuditCsv::header()
{
    const QStringList names {tr("time"),          tr("user"),         tr("action"),
                             tr("article id"),    tr("article title"), tr("detail")};
    QStringList fields;
    for (const QString &name : names)
        fields << field(name);
    return ByteOrderMark + fields.join(u',').toUtf8() + LineEnd;
}

QByteArray AuditCsv::line(const AuditRow &row)
{
    const AuditEntry &e = row.entry;
    const QStringList fields {
            field(e.at.toLocalTime().toString(Qt::ISODate)),
            field(row.userName),
            field(e.action),
            e.articleId > 0 ? QString::number(e.articleId) : QString(),
            field(row.articleTitle),
            field(e.detail),
    };
    return fields.join(u',').toUtf8() + LineEnd;
}

Status AuditCsv::write(QIODevice &device, const QList<AuditRow> &rows)
{
    if (Status s = writeAll(device, header()); !s)
        return s;
    for (const AuditRow &row : rows) {
        if (Status s = writeAll(device, line(row)); !s)
            return s;
    }
    return {};
}

Result<qint64> AuditCsv::exportTo(Library &library, AuditFilter filter, const QString &path,
                                  const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Kind::Io,
                     tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (Status s = writeAll(file, header()); !s)
        return s.error();
    // Keyset pages: each page continues after the last row of the one before, which stays
    // fast on millions of rows where a growing OFFSET would not.
    filter.limit = PageSize;
    filter.offset = 0;
    filter.beforeAt = {};
    filter.beforeId = 0;
    qint64 written = 0;
    for (;;) {
        Result<QList<AuditRow>> page = library.history().auditLog(filter);
        if (!page)
            return page.error();
        for (const AuditRow &row : page.value()) {
            if (Status s = writeAll(file, line(row)); !s)
                return s.error();
        }
        written += page.value().size();
        if (progress && !progress(written))
            return Error(Error::Kind::Cancelled, tr("The audit log export was cancelled."));
        if (page.value().size() < PageSize)
            break;
        filter.beforeAt = page.value().constLast().entry.at;
        filter.beforeId = page.value().constLast().entry.id;
    }
    if (!file.commit())
        return Error(Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return written;
}

} // namespace Newsdesk

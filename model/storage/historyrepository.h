#pragma once

#include "core/history.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Newsdesk {

class Database;

// The record of what happened: revisions, review comments and the audit log. Rows are only
// ever added.
class HistoryRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::HistoryRepository)

public:
    explicit HistoryRepository(Database &database)
        : m_database(database)
    {
    }

    Result<qint64> addRevision(const Revision &revision);
    Result<QList<Revision>> revisions(qint64 articleId) const;

    Result<qint64> addComment(const ReviewComment &comment);
    Result<QList<ReviewComment>> comments(qint64 articleId) const;

    Result<qint64> audit(const AuditEntry &entry);
    Result<QList<AuditEntry>> auditFor(qint64 articleId) const;
    // One page of the audit log as filter selects it, newest first.
    Result<QList<AuditRow>> auditLog(const AuditFilter &filter) const;
    // The distinct action names in the log ("save", "user.add", ...), sorted.
    Result<QStringList> auditActions() const;

private:
    Database &m_database;
};

} // namespace Newsdesk

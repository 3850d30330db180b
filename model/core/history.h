#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Newsdesk {

// Every saved version of an article, as a JSON snapshot of all its fields.
struct Revision
{
    qint64 id = 0;
    qint64 articleId = 0;
    int version = 0;
    qint64 savedById = 0;
    QDateTime savedAt;
    QByteArray snapshot; // ArticleJson of the article as saved
    QString contentHash; // SHA-256 of the snapshot
};

// A chief editor's comment on an article, usually when returning it.
struct ReviewComment
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 revisionId = 0;
    qint64 authorId = 0;
    QDateTime createdAt;
    QString body;
};

// One line of the audit log: who did what to which article, and when.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    qint64 userId = 0;
    QString action; // "create", "save", "submit", "approve", ...
    qint64 articleId = 0;
    QString detail;
};

// What the audit log viewer asks for. Empty or zero fields do not filter. Rows come newest
// first; pages follow either offset or, cheaper on millions of rows, a keyset cursor: the
// (at, id) of the last row of the previous page (before*).
struct AuditFilter
{
    QDateTime from; // inclusive
    QDateTime to; // exclusive
    qint64 userId = 0;
    QString action;
    qint64 articleId = 0;
    QString text; // in the detail or the article's title
    int limit = 200; // 0: no limit
    int offset = 0;
    QDateTime beforeAt;
    qint64 beforeId = 0;
};

// An audit entry with the names a person reads: who and which article (empty when gone).
struct AuditRow
{
    AuditEntry entry;
    QString userName;
    QString articleTitle;
};

} // namespace Newsdesk

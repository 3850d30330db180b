#include "leaserepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QLocale>
#include <QSqlQuery>
#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QString SelectLeases =
        u"SELECT l.article_id, l.user_id, u.name, l.taken_at, l.renewed_at, l.expires_at "
        "FROM leases l JOIN users u ON u.id = l.user_id"_s;
// Inserts the lease, or renews it when the same person holds it or the old one lapsed (or
// when taking over): one statement, so the check and the write cannot be split by another
// desktop's write.
const QString UpsertLease =
        u"INSERT INTO leases (article_id, user_id, taken_at, renewed_at, expires_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
        "user_id = excluded.user_id, "
        "taken_at = CASE WHEN leases.user_id = excluded.user_id AND leases.expires_at > ? "
        "THEN leases.taken_at ELSE excluded.taken_at END, "
        "renewed_at = excluded.renewed_at, expires_at = excluded.expires_at "
        "WHERE leases.user_id = excluded.user_id OR leases.expires_at <= ? OR ? = 1"_s;
const QString DeleteLease = u"DELETE FROM leases WHERE article_id = ? AND user_id = ?"_s;

Lease leaseFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(),         q.value(1).toLongLong(),
            q.value(2).toString(),           SqlValues::toTime(q.value(3)),
            SqlValues::toTime(q.value(4)),   SqlValues::toTime(q.value(5))};
}
} // namespace

QString LeaseRepository::describe(const Lease &lease)
{
    const QDateTime local = lease.takenAt.toLocalTime();
    const QString since = local.date() == QDate::currentDate()
            ? QLocale().toString(local.time(), u"HH:mm"_s)
            : QLocale().toString(local, QLocale::ShortFormat);
    return tr("being edited by %1 since %2").arg(lease.userName, since);
}

Result<std::optional<Lease>> LeaseRepository::of(qint64 articleId) const
{
    Result<QSqlQuery> q = m_database.run(SelectLeases % u" WHERE l.article_id = ?"_s, {articleId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Lease>();
    return std::optional<Lease>(leaseFrom(q.value()));
}

Result<std::optional<Lease>> LeaseRepository::heldByOther(qint64 articleId, qint64 userId,
                                                          const QDateTime &time) const
{
    Result<std::optional<Lease>> lease = of(articleId);
    if (!lease)
        return lease.error();
    if (lease.value() && lease.value()->userId != userId && lease.value()->isActiveAt(time))
        return lease;
    return std::optional<Lease>();
}

Result<QHash<qint64, Lease>> LeaseRepository::activeAt(const QDateTime &time,
                                                       const QList<qint64> &ids) const
{
    QString sql = SelectLeases % u" WHERE l.expires_at > ?"_s;
    QVariantList values {SqlValues::fromTime(time)};
    if (!ids.isEmpty()) {
        QStringList marks;
        for (qint64 id : ids) {
            marks.append(u"?"_s);
            values.append(id);
        }
        sql += u" AND l.article_id IN ("_s % marks.join(u", "_s) % u')';
    }
    Result<QSqlQuery> q = m_database.run(sql, values);
    if (!q)
        return q.error();
    QHash<qint64, Lease> leases;
    while (q.value().next()) {
        const Lease lease = leaseFrom(q.value());
        leases.insert(lease.articleId, lease);
    }
    return leases;
}

Result<LeaseRepository::Taken> LeaseRepository::take(qint64 articleId, qint64 userId,
                                                     const QDateTime &time, int durationSeconds,
                                                     bool takeOver)
{
    Taken taken;
    const Status status = m_database.transaction([&]() -> Status {
        Result<std::optional<Lease>> before = of(articleId);
        if (!before)
            return before.error();
        const QVariant now = SqlValues::fromTime(time);
        Result<QSqlQuery *> q = m_database.runCached(
                UpsertLease,
                {articleId, userId, now, now, SqlValues::fromTime(time.addSecs(durationSeconds)),
                 now, now, takeOver ? 1 : 0});
        if (!q)
            return q.error();
        Result<std::optional<Lease>> after = of(articleId);
        if (!after)
            return after.error();
        if (!after.value() || after.value()->userId != userId) {
            const Lease &holder = *after.value();
            return Error(Error::Kind::Conflict,
                         tr("The article is %1; its lease ends at %2 unless renewed.")
                                 .arg(describe(holder),
                                      QLocale().toString(holder.expiresAt.toLocalTime().time(),
                                                         u"HH:mm"_s)));
        }
        taken.lease = *after.value();
        if (before.value() && before.value()->userId != userId
            && before.value()->isActiveAt(time))
            taken.replaced = before.value();
        return {};
    });
    if (!status)
        return status.error();
    return taken;
}

Status LeaseRepository::release(qint64 articleId, qint64 userId)
{
    Result<QSqlQuery *> q = m_database.runCached(DeleteLease, {articleId, userId});
    if (!q)
        return q.error();
    return {};
}

} // namespace Newsdesk

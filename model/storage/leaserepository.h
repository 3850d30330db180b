#pragma once

#include "core/lease.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace Newsdesk {

class Database;

// The edit leases of a library: one row per article being edited. Taking, renewing and
// releasing are single statements, so two desktops racing for a lease cannot both win.
class LeaseRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::LeaseRepository)

public:
    explicit LeaseRepository(Database &database)
        : m_database(database)
    {
    }

    // The lease on an article, active or lapsed; none when nobody took one.
    Result<std::optional<Lease>> of(qint64 articleId) const;
    // The lease on an article that someone other than userId holds, active at time; none when
    // nobody else is editing it.
    Result<std::optional<Lease>> heldByOther(qint64 articleId, qint64 userId,
                                             const QDateTime &time) const;
    // Active leases of these articles (all articles when ids is empty), by article id.
    Result<QHash<qint64, Lease>> activeAt(const QDateTime &time, const QList<qint64> &ids = {}) const;

    // Takes or renews the lease for userId until time + duration, unless someone else holds an
    // active one (then Error::Kind::Conflict naming who and since when). With takeOver, an
    // active lease of someone else is replaced (the caller checked the person may).
    // Returns the lease as stored and the one it replaced, if another person's.
    struct Taken
    {
        Lease lease;
        std::optional<Lease> replaced;
    };
    Result<Taken> take(qint64 articleId, qint64 userId, const QDateTime &time, int durationSeconds,
                       bool takeOver = false);
    // Gives the lease up, if userId holds it.
    Status release(qint64 articleId, qint64 userId);

    // "being edited by 小李 since 10:02" (local time).
    static QString describe(const Lease &lease);

private:
    Database &m_database;
};

} // namespace Newsdesk

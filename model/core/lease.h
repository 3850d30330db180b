#pragma once

#include <QDateTime>
#include <QString>

namespace Newsdesk {

// Who is editing an article: opening it for editing takes a lease, the editor renews it while
// the window is open, and it lapses at expiresAt when not renewed (a crashed desktop does not
// lock an article for ever). Times are UTC.
struct Lease
{
    qint64 articleId = 0;
    qint64 userId = 0;
    QString userName;
    QDateTime takenAt;
    QDateTime renewedAt;
    QDateTime expiresAt;

    bool isValid() const { return articleId > 0 && userId > 0; }
    bool isActiveAt(const QDateTime &time) const { return isValid() && expiresAt > time; }
};

} // namespace Newsdesk

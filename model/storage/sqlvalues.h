#pragma once

#include <QDateTime>
#include <QVariant>

// Conversions between domain values and column values, shared by the repositories.
namespace Newsdesk::SqlValues {

// Times are stored as seconds since the epoch (UTC); NULL when not set.
inline QVariant fromTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime toTime(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Ids of 0 mean "none" and are stored as NULL.
inline QVariant fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

inline qint64 toId(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

// The current time, truncated to the seconds the database keeps.
inline QDateTime now()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

} // namespace Newsdesk::SqlValues

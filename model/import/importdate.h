#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringView>
#include <QTime>

class QTimeZone;

namespace Newsdesk {

// Publish times as old sites and front matter write them, read into a moment in UTC. Shared by
// the import readers, so that "2017-07-21 10:32" means the same wherever it is found.
//
// Accepted: a date "2017-07-21", "2017/7/21", "2017.07.21" or "2017年7月21日", optionally
// followed (after 'T' or spaces) by a time "10:32" or "10:32:05" with an optional fraction, and
// an optional offset: "Z", "UTC", "GMT", "+08:00", "+0800", "+08", alone or after a space
// ("2017-07-21 10:32:05 +0800", Jekyll's form). RFC 2822 dates ("Fri, 21 Jul 2017 10:32:05
// +0800") are accepted too. A time without an offset is read in the given zone (UTC when the
// zone is invalid); a date alone is the start of that day there.
//
// Thread-safe: no state.
class ImportDate final
{
public:
    // The moment in UTC, or an invalid QDateTime when text is not such a date.
    static QDateTime parse(QStringView text, const QTimeZone &zone);
    // date at time in zone (UTC when invalid), as UTC.
    static QDateTime inZone(QDate date, QTime time, const QTimeZone &zone);
};

} // namespace Newsdesk

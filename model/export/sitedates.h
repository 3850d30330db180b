#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace Newsdesk {

// The dates of the site-wide files (feeds, sitemaps, the search index) in the site's time
// zone, written in the formats those files need. Made for thousands of dates a run: the zone's
// UTC offset is looked up once per UTC day (exactly, at every date, on a day when the offset
// changes), and the fields come from arithmetic on the epoch; asking QTimeZone for every date
// cost more than the rest of a sitemap. An invalid time gives "".
class SiteDates final
{
public:
    explicit SiteDates(QTimeZone zone);

    // RFC 822 as RSS 2.0 asks, with a four-digit year: "Fri, 21 Jul 2017 10:07:00 +0800".
    QString rfc822(const QDateTime &time);
    // W3C Datetime as sitemaps ask: "2017-07-21T10:07:00+08:00".
    QString w3c(const QDateTime &time);
    void appendW3c(QByteArray &out, const QDateTime &time);
    // The date alone, "2017-07-21", appended to out.
    void appendDate(QByteArray &out, const QDateTime &time);

private:
    struct Fields
    {
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, dayOfWeek = 0;
        int offsetSeconds = 0;
    };
    bool fields(const QDateTime &time, Fields &out);
    int offsetAt(qint64 utcMSecs);
    // Writes value with width digits (years 0–9999) at p; returns the end.
    static char *putDigits(char *p, int value, int width);
    static char *putDate(char *p, const Fields &f);

    QTimeZone m_zone;
    QHash<qint64, int> m_dayOffsets; // UTC day → offset in seconds, or VariesDuringDay
};

} // namespace Newsdesk

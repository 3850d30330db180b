#include "sitedates.h"

#include <climits>
#include <cstdio>
#include <cstdlib>

namespace Newsdesk {

namespace {
constexpr qint64 MSecsPerDay = 86'400'000;
constexpr int VariesDuringDay = INT_MIN;
constexpr qint64 UnixEpochJulianDay = 2'440'588;
constexpr const char *DayNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr const char *MonthNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}
} // namespace

SiteDates::SiteDates(QTimeZone zone)
    : m_zone(std::move(zone))
{
}

int SiteDates::offsetAt(qint64 utcMSecs)
{
    const qint64 day = floorDiv(utcMSecs, MSecsPerDay);
    auto it = m_dayOffsets.constFind(day);
    if (it == m_dayOffsets.constEnd()) {
        const auto at = [this](qint64 msecs) {
            return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc()));
        };
        const int start = at(day * MSecsPerDay);
        const int end = at((day + 1) * MSecsPerDay - 1);
        it = m_dayOffsets.insert(day, start == end ? start : VariesDuringDay);
    }
    if (*it != VariesDuringDay)
        return *it;
    return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMSecs, QTimeZone::utc()));
}

bool SiteDates::fields(const QDateTime &time, Fields &out)
{
    if (!time.isValid())
        return false;
    const qint64 utc = time.toMSecsSinceEpoch();
    out.offsetSeconds = offsetAt(utc);
    const qint64 local = utc + qint64(out.offsetSeconds) * 1000;
    const qint64 day = floorDiv(local, MSecsPerDay);
    const qint64 secondOfDay = (local - day * MSecsPerDay) / 1000;
    const QDate date = QDate::fromJulianDay(UnixEpochJulianDay + day);
    date.getDate(&out.year, &out.month, &out.day);
    out.dayOfWeek = date.dayOfWeek();
    out.hour = int(secondOfDay / 3600);
    out.minute = int(secondOfDay / 60 % 60);
    out.second = int(secondOfDay % 60);
    return true;
}

QString SiteDates::rfc822(const QDateTime &time)
{
    Fields f;
    if (!fields(time, f))
        return {};
    const int offset = std::abs(f.offsetSeconds) / 60;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d",
                  DayNames[f.dayOfWeek - 1], f.day, MonthNames[f.month - 1], f.year, f.hour,
                  f.minute, f.second, f.offsetSeconds < 0 ? '-' : '+', offset / 60, offset % 60);
    return QString::fromLatin1(buffer);
}

QString SiteDates::w3c(const QDateTime &time)
{
    QByteArray text;
    appendW3c(text, time);
    return QString::fromLatin1(text);
}

// The formats of the long files by hand: snprintf was a fifth of a sitemap's time.
void SiteDates::appendW3c(QByteArray &out, const QDateTime &time)
{
    Fields f;
    if (!fields(time, f))
        return;
    const int offset = std::abs(f.offsetSeconds) / 60;
    char buffer[32];
    char *p = putDate(buffer, f);
    *p++ = 'T';
    p = putDigits(p, f.hour, 2);
    *p++ = ':';
    p = putDigits(p, f.minute, 2);
    *p++ = ':';
    p = putDigits(p, f.second, 2);
    *p++ = f.offsetSeconds < 0 ? '-' : '+';
    p = putDigits(p, offset / 60, 2);
    *p++ = ':';
    p = putDigits(p, offset % 60, 2);
    out.append(buffer, p - buffer);
}

void SiteDates::appendDate(QByteArray &out, const QDateTime &time)
{
    Fields f;
    if (!fields(time, f))
        return;
    char buffer[16];
    out.append(buffer, putDate(buffer, f) - buffer);
}

char *SiteDates::putDigits(char *p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    return p + width;
}

char *SiteDates::putDate(char *p, const Fields &f)
{
    p = putDigits(p, f.year, 4);
    *p++ = '-';
    p = putDigits(p, f.month, 2);
    *p++ = '-';
    return putDigits(p, f.day, 2);
}

} // namespace Newsdesk

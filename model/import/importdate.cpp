#include "importdate.h"

#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

// A small hand-written scanner: faster than a regular expression per field and simpler to read
// than one expression for every accepted form.
class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text.trimmed())
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    bool take(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void skipSpaces()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }
    // Between min and max ASCII digits; -1 when there are fewer than min.
    int number(int min, int max)
    {
        int value = 0;
        int count = 0;
        while (count < max && !atEnd() && peek() >= u'0' && peek() <= u'9') {
            value = value * 10 + (peek().unicode() - u'0');
            ++m_pos;
            ++count;
        }
        return count >= min ? value : -1;
    }
    qsizetype position() const { return m_pos; }
    void setPosition(qsizetype pos) { m_pos = pos; }
    QStringView rest() const { return m_text.mid(m_pos); }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

QDate readDate(Scanner &in)
{
    const int year = in.number(4, 4);
    if (year < 0)
        return {};
    const QChar separator = in.peek();
    const bool chinese = separator == u'年';
    if (separator != u'-' && separator != u'/' && separator != u'.' && !chinese)
        return {};
    in.take(separator);
    const int month = in.number(1, 2);
    if (month < 0 || !in.take(chinese ? u'月' : separator))
        return {};
    const int day = in.number(1, 2);
    if (day < 0)
        return {};
    if (chinese)
        in.take(u'日');
    return QDate(year, month, day);
}

// "10:32", "10:32:05", "10:32:05.123456"; an invalid time when none.
QTime readTime(Scanner &in)
{
    const int hour = in.number(1, 2);
    if (hour < 0 || !in.take(u':'))
        return {};
    const int minute = in.number(2, 2);
    if (minute < 0)
        return {};
    int second = 0;
    int msec = 0;
    if (in.take(u':')) {
        second = in.number(2, 2);
        if (second < 0)
            return {};
        if (in.take(u'.') || in.take(u',')) {
            const qsizetype start = in.position();
            const int fraction = in.number(1, 3);
            if (fraction < 0)
                return {};
            const qsizetype digits = in.position() - start;
            msec = fraction * (digits == 1 ? 100 : digits == 2 ? 10 : 1);
            in.number(0, 9); // finer digits than milliseconds are dropped
        }
    }
    return QTime(hour, minute, second, msec);
}

// The offset from UTC in seconds; nullopt when there is none, and sets bad when there is
// something that is not one.
std::optional<int> readOffset(Scanner &in, bool *bad)
{
    in.skipSpaces();
    if (in.atEnd())
        return std::nullopt;
    const QStringView rest = in.rest();
    if (rest == u"Z"_s || rest == u"z"_s || rest == u"UTC"_s || rest == u"GMT"_s)
        return 0;
    const QChar sign = in.peek();
    if (sign != u'+' && sign != u'-') {
        *bad = true;
        return std::nullopt;
    }
    in.take(sign);
    const int hours = in.number(2, 2);
    int minutes = 0;
    if (hours >= 0 && !in.atEnd()) {
        in.take(u':');
        minutes = in.number(2, 2);
    }
    if (hours < 0 || hours > 14 || minutes < 0 || minutes > 59 || !in.atEnd()) {
        *bad = true;
        return std::nullopt;
    }
    const int seconds = hours * 3600 + minutes * 60;
    return sign == u'-' ? -seconds : seconds;
}

} // namespace

QDateTime ImportDate::parse(QStringView text, const QTimeZone &zone)
{
    Scanner in(text);
    const QDate date = readDate(in);
    if (!date.isValid())
        return QDateTime::fromString(text.trimmed().toString(), Qt::RFC2822Date).toUTC();

    QTime time(0, 0);
    if (!in.take(u'T') && !in.take(u't'))
        in.skipSpaces();
    if (!in.atEnd()) {
        const qsizetype beforeTime = in.position();
        const QTime read = readTime(in);
        if (read.isValid())
            time = read;
        else
            in.setPosition(beforeTime); // what follows must be an offset or nothing
    }
    bool bad = false;
    const std::optional<int> offset = readOffset(in, &bad);
    if (bad || !time.isValid())
        return {};
    if (offset)
        return QDateTime(date, time, QTimeZone(*offset)).toUTC();
    return inZone(date, time, zone);
}

QDateTime ImportDate::inZone(QDate date, QTime time, const QTimeZone &zone)
{
    return QDateTime(date, time, zone.isValid() ? zone : QTimeZone::utc()).toUTC();
}

} // namespace Newsdesk

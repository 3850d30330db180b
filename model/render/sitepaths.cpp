#include "sitepaths.h"

#include "core/channel.h"
#include "core/media.h"

#include <QRegularExpression>
#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
QString expand(QString rule, const QString &channelPath, qint64 id, const QString &name,
               const QDate &date)
{
    const QString mm = u"%1"_s.arg(date.month(), 2, 10, QLatin1Char('0'));
    const QString dd = u"%1"_s.arg(date.day(), 2, 10, QLatin1Char('0'));
    rule.replace(u"{channel}"_s, channelPath)
            .replace(u"{yyyy}"_s, u"%1"_s.arg(date.year(), 4, 10, QLatin1Char('0')))
            .replace(u"{mmdd}"_s, mm + dd)
            .replace(u"{mm}"_s, mm)
            .replace(u"{dd}"_s, dd)
            .replace(u"{id}"_s, QString::number(id))
            .replace(u"{name}"_s, name);
    // An empty {channel} (the root channel) leaves "/2017/…": no empty segments.
    QStringList segments = rule.split(u'/', Qt::SkipEmptyParts);
    return segments.join(u'/');
}

bool isSafePath(const QString &path)
{
    static const QRegularExpression allowed(u"^[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*$"_s);
    if (!allowed.match(path).hasMatch() || !path.endsWith(u".html"_s))
        return false;
    const QStringList segments = path.split(u'/');
    for (const QString &segment : segments) {
        if (segment.startsWith(u'.'))
            return false;
    }
    return segments.constLast().size() > 5;
}
} // namespace

QString SitePaths::article(const QString &rule, const QString &channelPath, qint64 id,
                           const QString &fileName, const QDateTime &publishAt,
                           const QTimeZone &zone)
{
    // offsetFromUtc and addSecs: a few times faster than toTimeZone, the same date.
    const QDate date = publishAt.isValid()
            ? publishAt.toUTC().addSecs(zone.offsetFromUtc(publishAt)).date()
            : QDate(1970, 1, 1);
    const QString name = isValidFileName(fileName) ? fileName : QString::number(id);
    const QString path = expand(rule.isEmpty() ? QString::fromUtf16(DefaultArticleUrlRule) : rule,
                                channelPath, id, name, date);
    if (isSafePath(path))
        return path;
    return expand(QString::fromUtf16(DefaultArticleUrlRule), channelPath, id, name, date);
}

QString SitePaths::articlePage(const QString &firstPage, int number)
{
    if (number <= 1)
        return firstPage;
    return firstPage.chopped(5) % u'_' % QString::number(number) % u".html"_s;
}

QString SitePaths::channelIndex(const QString &channelPath)
{
    return channelPath.isEmpty() ? HomePage : channelPath % u"/index.html"_s;
}

QString SitePaths::channelList(const QString &channelPath, int number)
{
    const QString file = u"list_%1.html"_s.arg(number);
    return channelPath.isEmpty() ? file : channelPath % u'/' % file;
}

QString SitePaths::channelFeed(const QString &channelPath)
{
    return channelPath.isEmpty() ? Feed : channelPath % u'/' % Feed;
}

QString SitePaths::sitemapPart(int number)
{
    return u"sitemap-%1.xml"_s.arg(number);
}

QString SitePaths::tagIndex(const QString &tagSlug)
{
    return u"tags/"_s % tagSlug % u"/index.html"_s;
}

QString SitePaths::tagList(const QString &tagSlug, int number)
{
    return u"tags/"_s % tagSlug % u"/list_%1.html"_s.arg(number);
}

QString SitePaths::media(const Media &media)
{
    return u"media/"_s % media.sha256.left(2) % u'/' % media.sha256 % u'.'
            % mediaExtension(media.mimeType);
}

QString SitePaths::mediaExtension(const QString &mimeType)
{
    if (mimeType == u"image/jpeg"_s)
        return u"jpg"_s;
    if (mimeType == u"image/svg+xml"_s)
        return u"svg"_s;
    if (mimeType.startsWith(u"image/"_s) && mimeType.size() > 6)
        return mimeType.mid(6);
    return u"bin"_s;
}

QString SitePaths::relativeRoot(const QString &pagePath)
{
    return u"../"_s.repeated(pagePath.count(u'/'));
}

bool SitePaths::isValidFileName(const QString &fileName)
{
    static const QRegularExpression allowed(u"^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$"_s);
    return allowed.match(fileName).hasMatch();
}

} // namespace Newsdesk

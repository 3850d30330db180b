#include "articlejson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Newsdesk::ArticleJson {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject contentObject(const Article &a)
{
    QJsonArray secondary;
    for (qint64 id : a.secondaryChannelIds)
        secondary.append(id);
    return {
            {u"title"_s, a.title},
            {u"shortTitle"_s, a.shortTitle},
            {u"subtitle"_s, a.subtitle},
            {u"titleColor"_s, a.titleColor},
            {u"titleBold"_s, a.titleBold},
            {u"summary"_s, a.summary},
            {u"keywords"_s, a.keywords},
            {u"channelId"_s, a.channelId},
            {u"secondaryChannelIds"_s, secondary},
            {u"tags"_s, QJsonArray::fromStringList(a.tags)},
            {u"flags"_s, ArticleFlagsText::letters(a.flags)},
            {u"redirectUrl"_s, a.redirectUrl},
            {u"coverMediaId"_s, a.coverMediaId},
            {u"source"_s, a.source},
            {u"author"_s, a.author},
            {u"editor"_s, a.editor},
            {u"body"_s, a.body},
            {u"publishAt"_s, timeValue(a.publishAt)},
            {u"expireAt"_s, timeValue(a.expireAt)},
            {u"fileName"_s, a.fileName},
    };
}

QByteArray snapshot(const Article &a)
{
    // The written fields and the record's own; QJsonObject keeps keys sorted, so the bytes
    // are those snapshots always had.
    QJsonObject o = contentObject(a);
    o.insert(u"id"_s, a.id);
    o.insert(u"weight"_s, a.weight);
    o.insert(u"status"_s, ArticleStatuses::key(a.status));
    o.insert(u"version"_s, a.version);
    // Only when set, so that snapshots without a staged edit keep the bytes they always had.
    if (a.pending)
        o.insert(u"pending"_s, ArticleStatuses::key(*a.pending));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString hash(const QByteArray &snapshot)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(snapshot, QCryptographicHash::Sha256).toHex());
}

} // namespace Newsdesk::ArticleJson

namespace Newsdesk::ArticleJson {

namespace {
QDateTime timeFrom(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODate).toUTC()
                            : QDateTime();
}
} // namespace

Result<Article> fromSnapshot(const QByteArray &snapshot, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(snapshot, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error(Error::Kind::Corrupt,
                     QCoreApplication::translate("Newsdesk::ArticleJson",
                                                 "The article saved in %1 cannot be read: %2.")
                             .arg(source,
                                  parseError.error != QJsonParseError::NoError
                                          ? parseError.errorString()
                                          : QCoreApplication::translate("Newsdesk::ArticleJson",
                                                                        "not a JSON object")));
    const QJsonObject o = document.object();
    Article a;
    a.id = o.value(u"id"_s).toInteger();
    a.title = o.value(u"title"_s).toString();
    a.shortTitle = o.value(u"shortTitle"_s).toString();
    a.subtitle = o.value(u"subtitle"_s).toString();
    a.titleColor = o.value(u"titleColor"_s).toString();
    a.titleBold = o.value(u"titleBold"_s).toBool();
    a.summary = o.value(u"summary"_s).toString();
    a.keywords = o.value(u"keywords"_s).toString();
    a.channelId = o.value(u"channelId"_s).toInteger();
    const QJsonArray secondary = o.value(u"secondaryChannelIds"_s).toArray();
    for (const QJsonValue &id : secondary)
        a.secondaryChannelIds.append(id.toInteger());
    const QJsonArray tags = o.value(u"tags"_s).toArray();
    for (const QJsonValue &tag : tags)
        a.tags.append(tag.toString());
    a.flags = ArticleFlagsText::fromLetters(o.value(u"flags"_s).toString());
    a.redirectUrl = o.value(u"redirectUrl"_s).toString();
    a.weight = o.value(u"weight"_s).toInt();
    a.coverMediaId = o.value(u"coverMediaId"_s).toInteger();
    a.source = o.value(u"source"_s).toString();
    a.author = o.value(u"author"_s).toString();
    a.editor = o.value(u"editor"_s).toString();
    a.body = o.value(u"body"_s).toString();
    a.publishAt = timeFrom(o.value(u"publishAt"_s));
    a.expireAt = timeFrom(o.value(u"expireAt"_s));
    a.fileName = o.value(u"fileName"_s).toString();
    a.status = ArticleStatuses::fromKey(o.value(u"status"_s).toString())
                       .value_or(ArticleStatus::Draft);
    a.version = o.value(u"version"_s).toInt(1);
    if (o.contains(u"pending"_s))
        a.pending = ArticleStatuses::fromKey(o.value(u"pending"_s).toString());
    return a;
}

} // namespace Newsdesk::ArticleJson

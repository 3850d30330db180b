#include "articlejson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Newsdesk::ArticleJson {

namespace {
QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QByteArray snapshot(const Article &a)
{
    QJsonArray secondary;
    for (qint64 id : a.secondaryChannelIds)
        secondary.append(id);
    QJsonObject o {
            {u"id"_s, a.id},
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
            {u"weight"_s, a.weight},
            {u"coverMediaId"_s, a.coverMediaId},
            {u"source"_s, a.source},
            {u"author"_s, a.author},
            {u"editor"_s, a.editor},
            {u"body"_s, a.body},
            {u"publishAt"_s, timeValue(a.publishAt)},
            {u"expireAt"_s, timeValue(a.expireAt)},
            {u"fileName"_s, a.fileName},
            {u"status"_s, ArticleStatuses::key(a.status)},
            {u"version"_s, a.version},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString hash(const QByteArray &snapshot)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(snapshot, QCryptographicHash::Sha256).toHex());
}

} // namespace Newsdesk::ArticleJson

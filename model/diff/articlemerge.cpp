#include "articlemerge.h"

#include "core/articlejson.h"
#include "editor/articlefield.h"

#include <dtl/dtl.hpp>

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
using Lines = std::vector<std::u16string>;

Lines linesOf(const QString &text)
{
    Lines lines;
    for (const QStringView line : QStringView(text).split(u'\n'))
        lines.emplace_back(reinterpret_cast<const char16_t *>(line.utf16()), line.size());
    return lines;
}

QString textOf(const Lines &lines)
{
    QStringList parts;
    parts.reserve(qsizetype(lines.size()));
    for (const std::u16string &line : lines)
        parts.append(QString::fromStdU16String(line));
    return parts.join(u'\n');
}

// The body merged line by line, or nothing when both sides changed the same lines.
std::optional<QString> mergedBody(const QString &base, const QString &theirs, const QString &mine)
{
    dtl::Diff3<std::u16string, Lines> diff3(linesOf(theirs), linesOf(base), linesOf(mine));
    diff3.compose();
    if (!diff3.merge())
        return std::nullopt;
    return textOf(diff3.getMergedSequence());
}

// Copies the editor-written fields (those of ArticleJson::contentObject) of from into to.
void copyContent(const Article &from, Article &to)
{
    to.title = from.title;
    to.shortTitle = from.shortTitle;
    to.subtitle = from.subtitle;
    to.titleColor = from.titleColor;
    to.titleBold = from.titleBold;
    to.summary = from.summary;
    to.keywords = from.keywords;
    to.channelId = from.channelId;
    to.secondaryChannelIds = from.secondaryChannelIds;
    to.tags = from.tags;
    to.flags = from.flags;
    to.redirectUrl = from.redirectUrl;
    to.coverMediaId = from.coverMediaId;
    to.source = from.source;
    to.author = from.author;
    to.editor = from.editor;
    to.body = from.body;
    to.publishAt = from.publishAt;
    to.expireAt = from.expireAt;
    to.fileName = from.fileName;
}

// The form's order of the fields, for the list of conflicts.
const QStringList &fieldOrder()
{
    static const QStringList order {
            u"title"_s,        u"shortTitle"_s, u"subtitle"_s,  u"titleColor"_s,
            u"titleBold"_s,    u"channelId"_s,  u"secondaryChannelIds"_s,
            u"tags"_s,         u"flags"_s,      u"summary"_s,   u"keywords"_s,
            u"source"_s,       u"author"_s,     u"editor"_s,    u"coverMediaId"_s,
            u"redirectUrl"_s,  u"publishAt"_s,  u"expireAt"_s,  u"fileName"_s,
            u"body"_s};
    return order;
}
} // namespace

QString ArticleMerge::fieldName(const QString &key)
{
    static const QHash<QString, ArticleField> fields {
            {u"title"_s, ArticleField::Title},
            {u"shortTitle"_s, ArticleField::ShortTitle},
            {u"subtitle"_s, ArticleField::Subtitle},
            {u"titleColor"_s, ArticleField::TitleColor},
            {u"titleBold"_s, ArticleField::TitleBold},
            {u"channelId"_s, ArticleField::Channel},
            {u"secondaryChannelIds"_s, ArticleField::SecondaryChannels},
            {u"tags"_s, ArticleField::Tags},
            {u"flags"_s, ArticleField::Flags},
            {u"summary"_s, ArticleField::Summary},
            {u"keywords"_s, ArticleField::Keywords},
            {u"source"_s, ArticleField::Source},
            {u"author"_s, ArticleField::Author},
            {u"editor"_s, ArticleField::Editor},
            {u"coverMediaId"_s, ArticleField::CoverMedia},
            {u"redirectUrl"_s, ArticleField::RedirectUrl},
            {u"publishAt"_s, ArticleField::PublishAt},
            {u"expireAt"_s, ArticleField::ExpireAt},
            {u"fileName"_s, ArticleField::FileName}};
    const auto it = fields.constFind(key);
    return it != fields.constEnd() ? ArticleFields::displayName(*it) : tr("Body");
}

ArticleMerge ArticleMerge::merge(const Article &base, const Article &theirs, const Article &mine)
{
    const QJsonObject b = ArticleJson::contentObject(base);
    const QJsonObject t = ArticleJson::contentObject(theirs);
    const QJsonObject m = ArticleJson::contentObject(mine);
    QJsonObject merged = t;
    ArticleMerge result;
    for (const QString &key : fieldOrder()) {
        const QJsonValue bv = b.value(key);
        const QJsonValue tv = t.value(key);
        const QJsonValue mv = m.value(key);
        if (mv == bv || mv == tv)
            continue; // theirs already
        if (tv == bv) {
            merged.insert(key, mv);
            continue;
        }
        if (key == u"body"_s) {
            if (const std::optional<QString> body =
                        mergedBody(bv.toString(), tv.toString(), mv.toString())) {
                merged.insert(key, *body);
                continue;
            }
        }
        merged.insert(key, mv);
        result.conflicts.append(key);
    }
    // Through a snapshot, so that each field is read back the way revisions are.
    QJsonObject snapshot = merged;
    snapshot.insert(u"id"_s, theirs.id);
    snapshot.insert(u"weight"_s, theirs.weight);
    snapshot.insert(u"status"_s, ArticleStatuses::key(theirs.status));
    snapshot.insert(u"version"_s, theirs.version);
    result.merged = theirs;
    const Result<Article> content = ArticleJson::fromSnapshot(
            QJsonDocument(snapshot).toJson(QJsonDocument::Compact), u"merge"_s);
    if (content) {
        copyContent(content.value(), result.merged);
    } else {
        // Cannot happen (contentObject's own output); keep mine whole rather than lose it.
        copyContent(mine, result.merged);
        result.conflicts = fieldOrder();
    }
    return result;
}

} // namespace Newsdesk

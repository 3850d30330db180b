#include "articlefield.h"

namespace Newsdesk {

QList<ArticleField> ArticleFields::all()
{
    QList<ArticleField> fields;
    for (int i = 0; i < ArticleFieldCount; ++i)
        fields.append(ArticleField(i));
    return fields;
}

QVariant ArticleFields::value(const Article &a, ArticleField field)
{
    switch (field) {
    case ArticleField::Title:
        return a.title;
    case ArticleField::ShortTitle:
        return a.shortTitle;
    case ArticleField::Subtitle:
        return a.subtitle;
    case ArticleField::TitleColor:
        return a.titleColor;
    case ArticleField::TitleBold:
        return a.titleBold;
    case ArticleField::Channel:
        return a.channelId;
    case ArticleField::SecondaryChannels:
        return QVariant::fromValue(a.secondaryChannelIds);
    case ArticleField::Tags:
        return a.tags;
    case ArticleField::Flags:
        return int(a.flags.toInt());
    case ArticleField::RedirectUrl:
        return a.redirectUrl;
    case ArticleField::Weight:
        return a.weight;
    case ArticleField::Source:
        return a.source;
    case ArticleField::Author:
        return a.author;
    case ArticleField::Editor:
        return a.editor;
    case ArticleField::PublishAt:
        return a.publishAt;
    case ArticleField::ExpireAt:
        return a.expireAt;
    case ArticleField::FileName:
        return a.fileName;
    case ArticleField::CoverMedia:
        return a.coverMediaId;
    case ArticleField::Summary:
        return a.summary;
    case ArticleField::Keywords:
        return a.keywords;
    }
    return {};
}

void ArticleFields::setValue(Article &a, ArticleField field, const QVariant &v)
{
    switch (field) {
    case ArticleField::Title:
        a.title = v.toString();
        break;
    case ArticleField::ShortTitle:
        a.shortTitle = v.toString();
        break;
    case ArticleField::Subtitle:
        a.subtitle = v.toString();
        break;
    case ArticleField::TitleColor:
        a.titleColor = v.toString();
        break;
    case ArticleField::TitleBold:
        a.titleBold = v.toBool();
        break;
    case ArticleField::Channel:
        a.channelId = v.toLongLong();
        break;
    case ArticleField::SecondaryChannels:
        a.secondaryChannelIds = v.value<QList<qint64>>();
        break;
    case ArticleField::Tags:
        a.tags = v.toStringList();
        break;
    case ArticleField::Flags:
        a.flags = ArticleFlags::fromInt(v.toInt());
        break;
    case ArticleField::RedirectUrl:
        a.redirectUrl = v.toString();
        break;
    case ArticleField::Weight:
        a.weight = v.toInt();
        break;
    case ArticleField::Source:
        a.source = v.toString();
        break;
    case ArticleField::Author:
        a.author = v.toString();
        break;
    case ArticleField::Editor:
        a.editor = v.toString();
        break;
    case ArticleField::PublishAt:
        a.publishAt = v.toDateTime();
        break;
    case ArticleField::ExpireAt:
        a.expireAt = v.toDateTime();
        break;
    case ArticleField::FileName:
        a.fileName = v.toString();
        break;
    case ArticleField::CoverMedia:
        a.coverMediaId = v.toLongLong();
        break;
    case ArticleField::Summary:
        a.summary = v.toString();
        break;
    case ArticleField::Keywords:
        a.keywords = v.toString();
        break;
    }
}

QString ArticleFields::displayName(ArticleField field)
{
    switch (field) {
    case ArticleField::Title:
        return tr("Title");
    case ArticleField::ShortTitle:
        return tr("Short title");
    case ArticleField::Subtitle:
        return tr("Subtitle");
    case ArticleField::TitleColor:
        return tr("Title colour");
    case ArticleField::TitleBold:
        return tr("Bold title");
    case ArticleField::Channel:
        return tr("Channel");
    case ArticleField::SecondaryChannels:
        return tr("Secondary channels");
    case ArticleField::Tags:
        return tr("Tags");
    case ArticleField::Flags:
        return tr("Flags");
    case ArticleField::RedirectUrl:
        return tr("Redirect URL");
    case ArticleField::Weight:
        return tr("Weight");
    case ArticleField::Source:
        return tr("Source");
    case ArticleField::Author:
        return tr("Author");
    case ArticleField::Editor:
        return tr("Editor");
    case ArticleField::PublishAt:
        return tr("Publish time");
    case ArticleField::ExpireAt:
        return tr("Expiry");
    case ArticleField::FileName:
        return tr("File name");
    case ArticleField::CoverMedia:
        return tr("Cover image");
    case ArticleField::Summary:
        return tr("Summary");
    case ArticleField::Keywords:
        return tr("Keywords");
    }
    return {};
}

bool ArticleFields::isTyped(ArticleField field)
{
    switch (field) {
    case ArticleField::Title:
    case ArticleField::ShortTitle:
    case ArticleField::Subtitle:
    case ArticleField::Tags:
    case ArticleField::RedirectUrl:
    case ArticleField::Weight:
    case ArticleField::Source:
    case ArticleField::Author:
    case ArticleField::Editor:
    case ArticleField::FileName:
    case ArticleField::Summary:
    case ArticleField::Keywords:
    case ArticleField::PublishAt:
    case ArticleField::ExpireAt:
        return true;
    default:
        return false;
    }
}

} // namespace Newsdesk

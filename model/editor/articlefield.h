#pragma once

#include "core/article.h"

#include <QCoreApplication>
#include <QVariant>

namespace Newsdesk {

// The fields of an article that its editor's form changes, each read and written as a QVariant
// so that one undo command serves them all (like Tiled's ChangeValue). The body is not among
// them: it keeps the undo history of its QTextDocument.
enum class ArticleField {
    Title, // QString
    ShortTitle,
    Subtitle,
    TitleColor, // QString "#rrggbb" or empty
    TitleBold, // bool
    Channel, // qint64
    SecondaryChannels, // QList<qint64>
    Tags, // QStringList
    Flags, // int (ArticleFlags)
    RedirectUrl,
    Weight, // int
    Source,
    Author,
    Editor,
    PublishAt, // QDateTime, invalid: not set
    ExpireAt,
    FileName,
    CoverMedia, // qint64, 0: none
    Summary,
    Keywords,
};
inline constexpr int ArticleFieldCount = int(ArticleField::Keywords) + 1;

class ArticleFields final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ArticleFields)

public:
    static QVariant value(const Article &article, ArticleField field);
    static void setValue(Article &article, ArticleField field, const QVariant &value);
    // The field's label as the form shows it ("Title", "标题"), for messages and undo text.
    static QString displayName(ArticleField field);
    // Whether typing in the field gives many small changes that undo should take back at once.
    static bool isTyped(ArticleField field);
    static QList<ArticleField> all();
};

} // namespace Newsdesk

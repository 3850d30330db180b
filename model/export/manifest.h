#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>

namespace Newsdesk {

// manifest.json at the root of a bundle (docs/export.md): every file of the bundle with its
// SHA-256 and size, the live articles each shows, and the keys an incremental export compares
// (PageKeys). Written deterministically: sorted, no time of the export.
struct Manifest
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Manifest)

public:
    static constexpr int Format = 1;
    static inline const QString FileName = QStringLiteral("manifest.json");

    struct File
    {
        QString sha256; // lower-case hex
        qint64 size = 0;
        QString key; // hex of the page's PageKeys key; "" for files compared by content
        QList<qint64> articles; // the live articles the file shows
    };
    // An article's pages and the media its body uses.
    struct Article
    {
        QString key;
        QStringList pages;
        QList<qint64> media;
    };

    QString generator;
    QString site; // hex of the site key
    QList<qint64> siteArticles; // shown on every page (the sidebar's blocks)
    std::map<QString, File> files; // by path
    QHash<qint64, Article> articles; // by id
    std::map<QString, QString> tagSlugs; // tag name → its pinyin (SiteTag::baseSlug)

    QByteArray toJson() const;
    // fileName names the manifest in errors.
    static Result<Manifest> fromJson(const QByteArray &json, const QString &fileName);
};

} // namespace Newsdesk

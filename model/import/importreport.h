#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Newsdesk {

// What an import did (or, in a dry run, would do) with each item, with reasons.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ImportReport)

public:
    enum class Outcome {
        Imported, // a new article
        Updated, // the article an earlier import made, changed to the item's new content
        Unchanged, // imported before with the same bytes: nothing to do
        Skipped, // not imported: the reason says why
    };
    struct Entry
    {
        QString item; // the item as the report names it (ImportItem::displayPath)
        Outcome outcome = Outcome::Skipped;
        qint64 articleId = 0; // 0 in a dry run's new articles and for skipped items
        QString title;
        QString reason; // why it was skipped or unchanged; empty otherwise
        QStringList notes; // what to look at: remote images, unreadable fields, a channel made
        QStringList remoteImages; // http(s) images kept as external links
    };

    QList<Entry> entries;
    bool dryRun = false;
    bool cancelled = false;
    int total = 0; // items found (entries may be fewer when cancelled)
    int otherFiles = 0; // resources in the folders (images, CSS), not articles
    QStringList createdChannels; // "资讯 > 新栏目"

    int count(Outcome outcome) const;
    // "Imported 12, updated 3, unchanged 40, skipped 2." (dry run: "Would import …").
    QString summary() const;
    // One line per entry and its notes, then the summary: the command line's output.
    QString toText() const;
    static QString outcomeName(Outcome outcome, bool dryRun);
};

} // namespace Newsdesk

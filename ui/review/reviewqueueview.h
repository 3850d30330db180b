#pragma once

#include "storage/reviewrepository.h"

#include <QDockWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Newsdesk {

class LibrarySession;

// The review queue dock: the articles waiting for review, oldest submission first, with their
// channel, who submitted them and when, and a badge on staged edits of live articles. The
// count is in the dock's title. Activating an article (double click, Enter) asks for its
// review panel. The owner calls refresh() when articles change; the view reloads by itself
// when the library or the person changes.
class ReviewQueueView final : public QDockWidget
{
    Q_OBJECT

public:
    enum Column { BadgeColumn, TitleColumn, ChannelColumn, SubmittedByColumn, WhenColumn };

    explicit ReviewQueueView(LibrarySession &session, QWidget *parent = nullptr);

    void refresh();
    // The queue as last loaded.
    const QList<ReviewQueueEntry> &entries() const { return m_entries; }
    QTreeWidget *list() const { return m_list; }
    // "5 min ago", "yesterday": how long ago at was, as of now.
    static QString relativeTime(const QDateTime &at, const QDateTime &now);

Q_SIGNALS:
    void reviewRequested(qint64 articleId);

private:
    void activated(QTreeWidgetItem *item);
    // Brings "5 min ago" up to date without reading the queue again.
    void updateTimes();
    QTreeWidgetItem *itemFor(const ReviewQueueEntry &entry,
                             const QHash<qint64, QString> &channels) const;

    LibrarySession &m_session;
    QTreeWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
    QList<ReviewQueueEntry> m_entries;
};

} // namespace Newsdesk

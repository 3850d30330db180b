#include "reviewqueueview.h"

#include "library/librarysession.h"
#include "storage/library.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
constexpr int IdRole = Qt::UserRole;
}

ReviewQueueView::ReviewQueueView(LibrarySession &session, QWidget *parent)
    : QDockWidget(tr("Review Queue"), parent)
    , m_session(session)
{
    setObjectName(u"dock.reviewQueue"_s);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTreeWidget(body);
    m_list->setObjectName(u"reviewQueue.list"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(
            {QString(), tr("Title"), tr("Channel"), tr("Submitted by"), tr("When")});
    // The title takes what the other columns leave.
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_message = new QLabel(body);
    m_message->setObjectName(u"reviewQueue.message"_s);
    m_message->setWordWrap(true);
    m_message->setContentsMargins(6, 6, 6, 6);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addWidget(m_list);
    setWidget(body);

    auto *clock = new QTimer(this);
    clock->setInterval(60 * 1000);
    clock->start();
    connect(clock, &QTimer::timeout, this, &ReviewQueueView::updateTimes);
    connect(m_list, &QTreeWidget::itemActivated, this, &ReviewQueueView::activated);
    connect(&m_session, &LibrarySession::libraryChanged, this, &ReviewQueueView::refresh);
    connect(&m_session, &LibrarySession::currentUserChanged, this, &ReviewQueueView::refresh);
    refresh();
}

QString ReviewQueueView::relativeTime(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return QString();
    const qint64 seconds = qMax<qint64>(0, at.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", "", int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n h ago", "", int(seconds / 3600));
    const qint64 days = at.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 1)
        return tr("yesterday");
    if (days < 30)
        return tr("%n day(s) ago", "", int(days));
    return QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
}

void ReviewQueueView::refresh()
{
    const qint64 current = m_list->currentItem()
            ? m_list->currentItem()->data(TitleColumn, IdRole).toLongLong()
            : 0;
    m_list->clear();
    m_entries.clear();
    m_message->hide();
    Library *library = m_session.library();
    if (!library) {
        setWindowTitle(tr("Review Queue"));
        return;
    }
    Result<QList<ReviewQueueEntry>> queue = library->review().queue();
    if (!queue) {
        setWindowTitle(tr("Review Queue"));
        m_message->setText(queue.error().message());
        m_message->show();
        return;
    }
    m_entries = std::move(queue).value();
    QHash<qint64, QString> channels;
    for (const Channel &channel : library->channels().all().valueOr({}))
        channels.insert(channel.id, channel.name);
    QList<QTreeWidgetItem *> items;
    items.reserve(m_entries.size());
    for (const ReviewQueueEntry &entry : std::as_const(m_entries))
        items.append(itemFor(entry, channels));
    m_list->addTopLevelItems(items);
    for (QTreeWidgetItem *item : std::as_const(items)) {
        if (item->data(TitleColumn, IdRole).toLongLong() == current)
            m_list->setCurrentItem(item);
    }
    setWindowTitle(tr("Review Queue (%1)").arg(m_entries.size()));
    if (m_entries.isEmpty()) {
        m_message->setText(tr("Nothing is waiting for review."));
        m_message->show();
    }
}

QTreeWidgetItem *ReviewQueueView::itemFor(const ReviewQueueEntry &e,
                                          const QHash<qint64, QString> &channels) const
{
    auto *item = new QTreeWidgetItem;
    item->setData(TitleColumn, IdRole, e.articleId);
    if (e.stagedEdit) {
        item->setText(BadgeColumn, tr("Edit", "review queue badge: a staged edit (改)"));
        item->setToolTip(BadgeColumn,
                         tr("An edit of a live article: the approved version stays published "
                            "until this edit is approved."));
        item->setForeground(BadgeColumn, palette().highlightedText());
        item->setBackground(BadgeColumn, palette().highlight());
        item->setTextAlignment(BadgeColumn, Qt::AlignCenter);
    }
    item->setText(TitleColumn, e.title);
    QString byline = e.author.isEmpty() ? e.createdByName : e.author;
    item->setToolTip(TitleColumn,
                     byline.isEmpty()
                             ? e.title
                             : tr("%1\nby %2 (version %3)").arg(e.title, byline).arg(e.version));
    item->setText(ChannelColumn, channels.value(e.channelId));
    item->setText(SubmittedByColumn, e.submittedByName);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    item->setText(WhenColumn, relativeTime(e.submittedAt, now));
    item->setToolTip(WhenColumn,
                     QLocale().toString(e.submittedAt.toLocalTime(), QLocale::LongFormat));
    return item;
}

void ReviewQueueView::updateTimes()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < m_list->topLevelItemCount() && i < m_entries.size(); ++i)
        m_list->topLevelItem(i)->setText(WhenColumn,
                                         relativeTime(m_entries.at(i).submittedAt, now));
}

void ReviewQueueView::activated(QTreeWidgetItem *item)
{
    if (item)
        Q_EMIT reviewRequested(item->data(TitleColumn, IdRole).toLongLong());
}

} // namespace Newsdesk

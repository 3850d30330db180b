#pragma once

#include "core/result.h"

#include <QHash>
#include "storage/changefeed.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace Newsdesk {

class LibrarySession;
class LibraryView;
class ReviewPanel;
class ReviewQueueView;
struct Article;
enum class WorkflowAction;

// The review actions of the main window: Approve, Return… and Withdraw… on the articles
// selected in the library (all or nothing, through Workflow::applyAll), History… and the
// review panel of an article (one per article), and View > Review Queue. Enables them for the
// roles that may use them and says why when they are not.
class ReviewActions final : public QObject
{
    Q_OBJECT

public:
    struct ActionSet
    {
        QAction *approve = nullptr;
        QAction *returnToAuthor = nullptr;
        QAction *withdraw = nullptr;
        QAction *history = nullptr;
        QAction *toggleQueue = nullptr;
    };

    ReviewActions(LibrarySession &session, LibraryView &view, ReviewQueueView &queue,
                  const ActionSet &actions, QWidget *window);

    void approve();
    void returnToAuthor();
    void withdraw();
    void showHistory();
    // Opens (or raises) the review panel of the article, on its History tab when asked.
    ReviewPanel *openReview(qint64 articleId, bool history = false);
    // The panel open for the article, if any.
    ReviewPanel *panel(qint64 articleId) const;
    // Enables the actions for the person's role and the selection in the library (active
    // tells whether the library tab is shown).
    void updateActions(bool active, int selected);

Q_SIGNALS:
    void statusMessage(const QString &message);
    void articlesChanged(const QList<qint64> &articleIds);

private:
    void apply(WorkflowAction action, const QString &title, const QString &comment);
    // Open panels follow other desktops: a changed article reloads its panel, a new comment
    // its thread and history.
    void changedElsewhere(const ChangeFeed::Changes &changes);
    void userChanged();
    void setReason(QAction *action, const QString &reason);

    LibrarySession &m_session;
    LibraryView &m_view;
    ReviewQueueView &m_queue;
    ActionSet m_actions;
    QWidget *m_window = nullptr;
    QHash<QAction *, QString> m_statusTips;
    QHash<qint64, QPointer<ReviewPanel>> m_panels;
    bool m_active = false;
    int m_selected = 0;
};

} // namespace Newsdesk
